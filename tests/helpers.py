"""Shared by the test files: the repository, suggestion 1288's and 1350's titles and texts (and
the finance titles 45 and 1167), the titles a clerk drafts (the demo list's, the seeds' and the
corpus replies'), the places a text names, a new workspace, the demo drafts' commands, how a draft's text is read (its years, figures, owed
placeholders, part one and its sections, part two and its items), LibreOffice's command, packaging/build_offline.py as a
module, and the shared corpus beside the clone (:data:`CORPUS`; :data:`HAS_CORPUS` says whether it is
there, :data:`needs_corpus` skips a test where it is not) with the 重庆 bureau's workspace drafted from
it. conftest and the test files take what they share from here rather than from one another."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import shutil
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
import yaml
from click.testing import CliRunner
from docx.oxml.ns import qn
from lxml import etree

from drafter.cli import cli
from drafter.distill.places import places_in

REPO = Path(__file__).resolve().parents[1]
TITLE_1288 = "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议"
TEXT_1288 = REPO / "examples" / "1288建议.txt"
TITLE_1350 = "关于加快中试验证平台建设促进科技成果就地转化的建议"
TEXT_1350 = REPO / "examples" / "1350建议.txt"
TITLE_45 = "关于加大科技金融支持科创企业的提案"  # the demo list's finance proposal and suggestion
TITLE_1167 = "关于完善科技金融服务体系的建议"
DEMO_LIST = REPO / "examples" / "交办清单.xlsx"
# Real pages of the hd22 round that more than one test drafts or distils: 武汉市人社局's reply to 吴彩荣委员 (2024-07-12),
# its signature and the suggestion the tests draft against; 龙陵县教育体育局's 2020 reply to 张建能代表 (a page with no title, its
# metadata table's rows over it: longling.gov.cn/info/11924/2370209.htm), as the page prints it.
WUHAN_SIGNED = """武汉市人力资源和社会保障局
2024年7月12日
"""
WUHAN_ASKS = """关于进一步促进高校毕业生留汉就业创业的建议
一、加大高校毕业生就业创业资金支持力度。
二、扩大就业见习岗位，拓宽高校毕业生就业渠道。
三、鼓励高校毕业生到农村和养老、家政等行业创业。
"""
LONGLING_2020 = """URL: https://longling.gov.cn/info/11924/2370209.htm
索引号 | 01526265-2-/2020-0824011 | 发布机构 | 龙陵县教育体育局 |
公开目录 | 人大建议办理结果 | 发布日期 | 2020-08-24 |
文号 | 浏览量 |
张建能代表:
你在龙陵县第十七届人民代表大会第五次会议上提的《关于立项搬迁象达镇朝阳幼儿园的建议》,已交我局办理。经研究,现答复如下:
龙陵县政府和县教育体育局十分重视解决全县学前教育发展相对滞后的问题,相继完成了《龙陵县学前教育三年行动计划》(一期、二期规划)和《龙陵县“一村一幼”及“班改幼”建设规划》。项目需在新征土地上实施,征地工作已完成,但土地报批手续未完善。下步我们将加强与相关部门沟通协调,积极推进土地报批手续,争取立项实施该项目。
感谢你对教育事业的关心和支持,希望你们继续对我们的工作提出宝贵意见及建议。
"""
# A news item on 王竹康 of 怀宁县 (aipiwu.com/zfjy/288963.html, of 2023: 去年…荣获三等奖 after 2021年…), its third, fourth and
# seventh paragraphs: its story opens on his enlisting.
WANG = ("退役军人王竹康返乡创业\n2023年08月01日 来源：安庆日报\n\n"
        "2011年，高中在读的王竹康应征入伍。2014年底，退役后的王竹康到上海求职，在饭店干了一年多后，自己盘下了一间店铺开起餐馆，"
        "赚到了“第一桶金”。2017年，王竹康回到老家平山镇高泽村过春节，看到村里日新月异的变化，他有了留在农村创业的想法。\n\n"
        "说干就干，他拿出全部积蓄，流转150亩土地发展“稻虾共养”项目。第二年，这个项目就产生了收益，年收入在10万元左右。\n\n"
        "通过刻苦学习，他成了村里的养羊能手，从给小羊打疫苗到搭建羊棚，他游刃有余。如今，他养羊的规模在1000多只，"
        "稻虾种养基地150余亩，同时还开办了农家乐。\n")
# 邹城市民政局's news of 2022-01-28 (邹城外宣网, held-out round hd38a), its lines as the page prints them.
ZOUCHENG_NEWS = """邹城外宣网 今天是
新闻动态
部门动态
高点定位 奋力前行 开启民政事业高质量发展新征程
2022年01月28日

新的一年,邹城市民政局将深入贯彻落实第十五次党代会和两会精神,以“走在前列”为目标定位,面向新时代,承担新使命,体现新担当,实现新作为,展现新面貌进一步筑牢基本民生保障底线、大力促进养老服务业发展、不断优化提升基本社会公共服务、全面提升基层治理水平,为全市争先进位和高质量发展贡献力量。

2021年以来市民政局按照“织密网、兜底线、保民生”的要求,科学把握发展形势,勇于破解发展难题,各项工作呈现良好发展态势,着力巩固脱贫攻坚成果,扎实做好精准扶贫“回头看”,保障城乡困难群众3.6万人;改造提升7处敬老院、运营兴办30处社区幸福食堂,与国药福芯公司签署战略合作框架协议;召开全省城乡社区治理创新实验区工作推进会,峄山镇大二村被民政部评为全国村级议事协商创新实验试点单位,在济宁市率先在建成625个社区志愿服务站(点),争创成为全省未成年人保护工作试点候选县。

2022年,市民政局将继续践行“民政为民、民政爱民”的工作理念,深入贯彻党代会和两会精神,主动作为、务实进取。

一是扎牢民生保障防护网。完善最低生活保障制度,适度扩大最低生活保障覆盖范围,加强各种救助有效衔接,推进慈善事业发展,着力提升社会救助精准度和时效性。

二是加快养老服务事业发展。推进全省县域养老服务体系创新示范市创建工作,改造提升5处敬老院,增加护理型床位使其达到60%以上,推动专业养老服务组织连锁化、规模化、品牌化建设,做大做强养老服务产业。
"""
ZOUCHENG_NEWS_NAME = "2022-01-28_民政事业高质量发展新征程.txt"
# 大众网, 2025-02-27: 济南“预付宝” launched (its first lines, the headline its picture repeats kept), drafted and distilled by
# more than one test.
DAZHONG = """• 我的订阅
  • 社会

济南“预付宝”上线!全国首创预付消费“信托式”监管新模式 架起预付消费的“信任之桥”

类别:社会 发布时间:2025-02-27 10:21:00 来源:大众网

这样的预付式消费场景是您期待的吗?

“扫一扫”,充值的钱全部进入监管账户,消费一笔、账户扣款一笔、商家到账一笔,操作便捷、结算透明,余额可查,随时可退,闭店、过期自动退。既能享受到充值优惠,又不必担心钱款跑路。

安心、舒心、放心的消费环境是提振消费信心,提升城市竞争力、吸引力的重要因素。为有效破解预付式消费带来的纠纷问题,让消费者有高质量的消费体验,济南市市场监管局、济南市消费者协会按照市委、市政府要求,从高效保护消费者合法权益的角度出发,坚持有解思维,注重消费体验,突出“社会共治”理念,搭建平台为各行业主管部门提升监管效能提供重要载体。

济南“预付宝”上线!全国首创预付消费“信托式”监管新模式 架起预付消费的“信任之桥”

2月26日,济南“预付宝”正式上线运行,全国首创“政府推动、平台保障、银行支持、商家积极、消费者满意”的预付消费“信托式”监管新模式——由工商银行、国民信托、支付宝三方共同搭建,在前端打造“一站式”操作平台,在后台设立“隐藏式”银行结算平台和信托资金监管平台。

济南“预付宝”上线!全国首创预付消费“信托式”监管新模式 架起预付消费的“信任之桥”
"""
# The head of 安康市文化和旅游广电局关于市政协五届二次会议第39号提案的复函 (2023, wh.ankang.gov.cn, hd35c) as saved: the page's
# table of fields, a rule between each field and its value, then the letter to 市政协民宗委 up to its receipt.
ANKANG_39_HEAD = """https://wh.ankang.gov.cn/Content-2599364.html
安康市文化和旅游广电局关于市政协五届二次会议第39号提案的复函
文件名称 | 安康市文化和旅游广电局关于市政协五届二次会议第39号提案的复函 | ||
索引号 | szfgzbmswhhlygdj/2023-0025 | 公开目录: | 部门文件 |
公开责任部门 | 市文化和旅游广电局 | 公开形式: | 主动公开 |
文号 | 安文旅广函〔2023〕116 号 | 成文日期: | 2023年07月25日 |
有效性 | 有效 | 公开日期: | 2023年07月25日10时28分 |
市政协民宗委:
您委提出的《关于推动东关历史文化街区建设的提案》收悉,现将有关情况答复如下:
"""
# 镇康县农业农村局's reply to 建议0019 (ynzk.gov.cn/zfxxgk_zkx/artview/333/339929.html, 2025), the page's excerpt as saved:
# it opens on 一、办理工作开展情况 (who led it, the meetings, the talks with the deputies).
ZHENKANG_0019_TEXT = """罗再强等7名代表:
你们在镇康县第十八届人民代表大会第四次会议期间提出的《关于进一步落实细化产业发展“县有配套政策”的建议》(第0019号),已交由镇康县农业农村局办理,现将办理情况答复如下:
一、办理工作开展情况
此建议由县人民政府副县长黎旭领办,县农业农村局局长张汉愿同志具体落实办理工作。
2025年5月13日,黎旭副县长组织召开专题会议,对重点建议办理工作作研究,要求严格按程序办理,积极与代表面商,认真梳理本行业本部门针对人大代表建议的政策及资金支持情况,力求找到建议办理的结合点和切入点。镇康县农业农村局高度重视,召开党组会议专题研究人大代表建议办理工作,提出三点办理要求:一是实学。要求班子成员及建议办理人员认真研学人大代表建议办理的相关规定及文件通知要求,并严格遵照执行。二是实办。要求做到重点建议“一建议一方案”,规范办理流程,不得以协商代替答复,更不得协商、答复一并开展。三是实效。要求与人大代表面对面协商,深入了解代表的真实意图和预期效果,多想办法,多找渠道,力求把建议办理做成为民办实事的有效渠道。明确由张汉愿牵头,奎新荣配合,农业农村股负责办理此建议,全流程开展面商、办理、答复等工作。
2025年12月5日,黎旭副县长再次组织召开专题会议,要求就人大代表建议办理工作进行复盘,在逐字逐句分析人大代表建议内容的基础上,再次与代表核实建议意图,正面回应代表,提高办理的精准性和答复的准确性。12月5日,张汉愿组织局班子成员及建议办理中心(站、办公室)负责人召开会议,要求立即开展复盘工作,并逐件研究办理情况和审核答复文稿。
二、关于建议中反映的问题
你们反映的“关于进一步落实细化产业发展‘县有配套
"""
# seeds/2022-12-13_对市五届人大一次会议第1号建议的答复函.txt of hd57b, whole (the page stops in its second paragraph, at 加之沿).
YULIN_REPLY_67 = """当前位置:首页 > 互动交流 > 建议提案

对市五届人大一次会议第1号建议的答复函

来源:榆林市文化和旅游局  发布日期:2022-12-13 16:53:10  点击量:1809
字体:[ | | ] 分享到:
打印本页

类  别:B

签发人:崔  渊

榆政文旅函〔2022〕67号


对市五届人大一次会议第1号建议的答复函


高秋燕代表:

您提出的《关于加强中国长城“心脏地段”的保护宣传榆林需要形成全社会合力的议案》(第1号)收悉。现答复如下:

党中央、国务院历来高度重视长城保护。党的十八大以来,习近平总书记对长城保护多次作出重要指示,在多个场合的讲话中,也多次提到长城。保护好长城,保护好中华民族的象征,其价值十分重大,意义十分深远。我市的长城资源丰富,时代延续较长、遗存体量较大、文化内涵丰富。根据长城资源调查结果,榆林境内现存战国秦长城、隋长城和明长城,分布于我市的府谷、神木、榆阳、横山、靖边、定边六县市区,总长度约1500多公里,单体建筑1734座,营堡41座,相关遗存多处。

战国秦长城在榆林境内途经神木、榆阳、横山、靖边四县区,全长350多公里;隋长城分布在神木、靖边、定边三县市区,全长18公里;明长城即“九边重镇”延绥镇长城,东北连接内蒙古自治区和山西省境内长城,西南连接宁夏自治区和甘肃省境内长城,在榆林境内东起府谷县墙头村,经神木市、榆阳区、横山区、靖边县境,西出定边县马圈梁与宁夏境长城连接,总长约1100多公里,由“大边”和“二边”两道基本并行的防线组成,是榆林境内保存最为完整的长城。由于历史时期文物保护意识不强,在长城公布为省级文物保护单位前并未划定保护范围和建设控制地带,造成目前长城本体和保护范围、建控范围内存在大量早期修建的民房、墓地、道路等,加之沿
"""
# seeds/2023-04-25_交城县政府工作报告.txt of hd56b (交城县人民政府's report to its people's congress): its opening and the first two
# paragraphs of its review, to its sentence on crops.
JIAOCHENG_REPORT = (
    "政府工作报告\n\n  ——2023年4月25日在交城县第十七届人民代表大会第四次会议上\n\n  各位代表:\n\n"
    "  现在,我代表县人民政府向大会报告工作,请予审议,并请县政协委员和其他列席人员提出意见。\n\n  一、2022年工作回顾\n\n"
    "  过去的一年,极不平凡、极具挑战、极富成效。面对新冠疫情冲击、经济下行等多重压力,全县上下在县委的坚强领导下,坚持以习近平新时代"
    "中国特色社会主义思想为指导,全面贯彻落实习近平总书记考察调研山西重要讲话重要指示精神,认真贯彻落实中央、省、市决策部署,科学统筹"
    "疫情防控和经济社会发展,迎难而上,奋勇争先,全力实施“四创战略”,打造“四张名片”,较好地完成了各项既定目标任务。\n\n"
    "  过去的一年,我们坚持转型引领,推动产业创优,经济质效越来越好。经济运行稳中向好。出台实施稳经济47条、助企纾困22条、民营企业参与"
    "政府投资项目13条等措施,推动国家、省、市稳增长一揽子政策落地见效。全县地区生产总值完成107.2亿元,稳定突破百亿元大关;"
    "固定资产投资完成39.9亿元,同比增长13.3%;一般公共预算收入完成9亿元,同比增长19.9%。乡村产业加快发展。完成粮食播种11.34万亩,"
    "总产量8287万斤,复耕撂荒地664.6亩,建设高标准农田1万亩;改造温室大棚141个,种植花卉1100万株、中药材5000亩、食用菌110万棒;\n"
)
# The shared corpus (28 documents of other places and their labels): beside the clone on this
# machine only, read in place; a test that needs it is skipped where it is absent.
CORPUS = REPO.parent / "shared" / "corpus"
LABELS = CORPUS / "labels.jsonl"
HAS_CORPUS = LABELS.is_file()
needs_corpus = pytest.mark.skipif(not HAS_CORPUS, reason=f"共享语料不存在：{CORPUS}（在工作树外，仅本机有）")
# LibreOffice's command under either name it is installed as; None when it is not installed.
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

# How the tests read a draft's text: a year, a figure with its unit, a placeholder of what an ask
# names and the draft does not report.
YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:家|个|项|亿元|万元|元|人次|人|名|场次|场|件|份|笔|%|期|次|条)")
OWED = re.compile(r"【待补充：建议所提(.+?)方面的工作情况】")


def owed_by_section(path) -> dict[str, str]:
    """Part one's sections of the written draft at ``path`` (heading, its ordinal dropped) → what an
    :data:`OWED` placeholder lists under it ("" for none): in drafter's comment on its heading (a
    section reporting some work) or in its text (an item of a section reporting none)."""
    from drafter.docx.read import read_draft

    out: dict[str, str] = {}
    current = None
    for p in part_one_of(read_draft(path)):
        heading = re.match(r"（[一二三四五六七八九十]+）([^。【]+)", p.text)
        if heading:
            current = heading.group(1)
            out[current] = ""
        found = OWED.search(p.text + "".join(n.text for n in p.notes if n.author == "drafter"))
        if current and found:
            out[current] = found.group(1)
    return out


def owed_entries(listed: str) -> list[str]:
    """The entries of what an :data:`OWED` placeholder lists: its things (``纺织鞋服、机械装备、新材料等产业``:
    the kind after 等 left out) and, after ``，以及``, its measures, each as the ask says it."""
    things, _, acts = listed.partition("，以及")
    named = [t for group in things.split("，") for t in re.sub(r"等[\u4e00-\u9fff]{1,4}$", "", group).split("、")]
    return named + (acts.split("、") if acts else [])
NAMED = re.compile(r"“[^“”]*”|《[^《》]*》")  # a number in a name (“12条措施”, 《…》) measures nothing
# nor does a measure's term: its size, cap or award (设立规模超1亿元…资金, 给予每家5万元奖励)
TERM = re.compile(r"(?:规模|最高|每家|给予)[超达]?\d+(?:\.\d+)?[万亿]?元|\d+(?:\.\d+)?[万亿]?元(?:一次性)?奖励")
# An item's dated lead clause: after its 一是 and lead phrase, a clause stating the period that
# scopes the whole paragraph (2025年以来，…); a 截至2025年5月 scopes its own sentence only.
DATED_LEAD = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:[^。，；\d]{1,24}。)?(?:19|20)\d{2}\s*年(?:[^。，；]*)以来，")


@functools.cache
def build_offline():
    """packaging/build_offline.py, a script rather than a module of drafter, loaded from its file."""
    spec = importlib.util.spec_from_file_location("build_offline", REPO / "packaging" / "build_offline.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def new_workspace(root: Path, seeds: bool = True) -> Path:
    """drafter.yaml and templates/ of the demo workspace (and its seeds/), an empty facts/."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "facts").mkdir()
    if seeds:
        shutil.copytree(REPO / "seeds", root / "seeds")
    return root


def copy_without(workspace: Path, root: Path, source: str, *ignore: str) -> Path:
    """A copy of ``workspace`` at ``root`` without the one fact file whose text holds ``source`` (the
    document it was distilled from; its .drafter cache and the files matching ``ignore`` not copied)."""
    shutil.copytree(workspace, root, ignore=shutil.ignore_patterns(".drafter", *ignore))
    gone = [p for p in (root / "facts").glob("*.yaml") if source in p.read_text("utf-8")]
    assert len(gone) == 1, gone
    gone[0].unlink()
    return root


def with_setting(workspace: Path, root: Path, setting: str, value: str) -> Path:
    """A copy of ``workspace`` at ``root`` whose drafter.yaml sets ``setting: value`` in place of the
    demo's value (the line must be there)."""
    shutil.copytree(workspace, root, ignore=shutil.ignore_patterns(".drafter"))
    config = root / "drafter.yaml"
    text, count = re.subn(rf"^(\s*{setting}:) \S+", rf"\1 {value}", config.read_text("utf-8"), count=1, flags=re.M)
    assert count == 1, setting
    config.write_text(text, "utf-8")
    return root


# The mark ending a part-two item taken from an earlier year's plan (``earlier_plans: text``, the default):
# the plan's year and the reply's.
PLAN_MARK = re.compile(r"【待核实：(\d{4})年计划，是否仍列入(\d{4})年】")


# A part-two item said by its lead alone (``earlier_plans: comment``): its comment quotes
# last year's plan.
# (its kind explained once a draft: a later one ends on the quote, 同前注（…）：…此项写的是：“…”, or on what
# the ask proposes after it, …此项写的是：“…”建议该条所提的做法为：“…”…)
STUB_QUOTE = re.compile(r"(\d{4})年的计划（.*?）此项写的是：“(.*?)”。?(?:仍列入|建议该条所提|$)")


def quoted_plan(paragraph) -> str | None:
    """What last year's plan said, as the comment of a part-two item said by its lead alone quotes
    it (a read_draft paragraph); None for any other item."""
    found = next((m for c in paragraph.comments for m in [STUB_QUOTE.search(c)] if m), None)
    return found.group(2) if found else None


# An A-class closing's 已采纳 while things are owed, and how it is carried out: 按上述举措 only over a part two
# saying measures (its group), not one of leads over 【待补充：具体举措】 (rv46).
ADOPTED = re.compile(r"已采纳，我们将会同有关部门(按上述举措)?抓好落实")


# A last year's plan offered as done, an item of its own: its lead inside the mark, so that deleting
# the mark cannot leave the plan reading as done (the plan itself quoted in the mark's comment).
CLAIM_MARK = re.compile(r"【待核实：(\d{4})年计划“([^”]*)”的落实情况】")
CLAIM_QUOTE = re.compile(r"计划写的是：“(.*)”已完成的")


def claimed(paragraph) -> str | None:
    """What a last year's plan offered as done in part one claims, as the comment of its item (its
    lead and 【待核实：是否已完成】 in the text) quotes it (a read_draft paragraph); None for any other."""
    found = next((m for c in paragraph.comments for m in [CLAIM_QUOTE.search(c)] if m), None)
    return found.group(1) if found else None


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]*[。！？]?", text) if s.strip()]


def undated_figures(paragraph: str) -> list[tuple[str, str]]:
    """(figure, sentence) of ``paragraph`` whose year is stated neither in their sentence nor in
    the paragraph's dated lead clause."""
    if DATED_LEAD.match(paragraph):
        return []
    return [(figure, s) for s in sentences(paragraph) if not YEAR.search(NAMED.sub("", s))  # a title's year dates the title
            for figure in FIGURE.findall(TERM.sub("", NAMED.sub("", s)))]


def part_one_of(paragraphs) -> list:
    """A written draft's paragraphs (python-docx's or drafter's reader's: anything with ``.text``)
    between 一、基本情况 and the next part."""
    out, inside = [], False
    for p in paragraphs:
        if p.text == "一、基本情况":
            inside = True
        elif p.text.startswith("二、"):
            break
        elif inside:
            out.append(p)
    return out


def part_one(document) -> list[str]:
    """The texts of a written draft's paragraphs between 一、基本情况 and the next part."""
    return [p.text for p in part_one_of(document.paragraphs)]


# A numbered item's numeral, （一）…, opening its paragraph
NUMERAL_ITEM = re.compile(r"^（[一二三四五六七八九十]+）")


def part_two_of(paragraphs) -> list:
    """A written draft's non-empty paragraphs (python-docx's or drafter's reader's: anything with
    ``.text`` and ``.style``, a style or its name) between 二、's heading and the closing (the
    paragraph in the closing's style): the part's opening and its items."""
    from drafter.docx.styles import STYLE_BY_KIND
    from drafter.reply import CLOSING

    out, inside = [], False
    for p in paragraphs:
        if not p.text.strip():
            continue
        if p.text.startswith("二、"):
            inside = True
        elif inside and getattr(p.style, "name", p.style) == STYLE_BY_KIND[CLOSING]:
            break
        elif inside:
            out.append(p)
    return out


def part_two_items(paragraphs) -> list:
    """Part two's numbered items (（一）…) of a written draft's paragraphs (as :func:`part_two_of`); its one item
    after its lead-in where it has no numbered ones (a lone item is not numbered, hd17 D7)."""
    part = part_two_of(paragraphs)
    return [p for p in part if NUMERAL_ITEM.match(p.text)] or part[1:2]


def part_two_texts(document) -> list[str]:
    """The texts of part two's numbered items of a written draft (python-docx's document)."""
    return [p.text for p in part_two_items(document.paragraphs)]


def sections_in(paragraphs) -> dict[str, list]:
    """Part one's sections of a written draft's paragraphs (as :func:`part_one_of` takes them):
    heading (its ordinal dropped) → its paragraphs."""
    out: dict[str, list] = {}
    current = None
    for p in part_one_of(paragraphs):
        heading = re.match(r"（[一二三四五六七八九十]+）(.+)$", p.text)
        if heading:
            current = out.setdefault(heading.group(1), [])
        elif current is not None:
            current.append(p)
    return out


def sections(document) -> dict[str, list[str]]:
    """Part one's sections: heading (its ordinal dropped) → paragraphs' texts."""
    return {heading: [p.text for p in ps] for heading, ps in sections_in(document.paragraphs).items()}


def run_1288(root: Path, out: Path, *extra: str, with_: tuple[str, ...] = ("市市场监管局",),
             session: str | None = "市十七届人大五次会议"):
    """``drafter draft 1288`` from ``root`` with its text, ``--date 2026-05-20``, a ``--with`` for
    each unit of ``with_``, ``--session`` (unless None) and ``extra`` options, written to ``out``:
    the command's result, once it has exited 0."""
    options = [*(("--session", session) if session is not None else ()),
               *(word for unit in with_ for word in ("--with", unit))]
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1288", TITLE_1288, "--deputy", "林永红", *options,
        "--date", "2026-05-20", "--text", str(TEXT_1288), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result


def draft_1288(root: Path, out: Path, *extra: str) -> docx.document.Document:
    """Suggestion 1288 drafted from ``root`` with its text, ``--with 市市场监管局 --date 2026-05-20``
    and ``extra`` options (test_reply_1288's draft), written to ``out``."""
    run_1288(root, out, *extra)
    return docx.Document(out)


def unit_workspace(root: Path, name: str, short: str, place: str, areas: str = "", work: str = ""):
    """A loaded workspace at ``root`` of the unit ``name`` (its short name, place and areas, ``areas`` as a YAML
    flow list's items, its ``work`` when given), the repository's templates: a held-out round's page read as its own
    bureau would."""
    from drafter.workspace import load_workspace

    root.mkdir()
    (root / "drafter.yaml").write_text(
        f"organisation:\n  name: {name}\n  short_name: {short}\n  jurisdiction: {place}\n  areas: [{areas}]\n"
        + (f"  work: {work}\n" if work else ""), "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def page_draft(tmp_path: Path, ws, page: str, suggestion: str, number: str, title: str, *options: str,
               name: str = "page.txt"):
    """``page`` distilled in ``ws`` (written to ``tmp_path/name``), then ``title`` drafted from it with the suggestion's
    text ``suggestion`` (``--deputy 张某``, ``options``) as a clerk's ``drafter distill`` and ``drafter draft`` do: the
    command's result and the draft (``tmp_path/draft.docx``)."""
    (tmp_path / name).write_text(page, "utf-8")
    (tmp_path / "suggestion.txt").write_text(suggestion, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / name)]).exit_code == 0
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", number, title, "--deputy", "张某",
                                 "--text", str(tmp_path / "suggestion.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, docx.Document(out)



def seeds_draft(tmp_path: Path, ws, seeds: dict[str, str], number: str, title: str, text: str, *options: str, edit=None):
    """``seeds`` (file name → page) distilled in ``ws`` by ``drafter distill``, each fact file then passed to ``edit`` (a
    clerk's hand edit of the base), and ``title`` drafted with the suggestion's ``text`` and ``options``: the command's
    result and the draft's path (``tmp_path/draft.docx``)."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for name, page in seeds.items():
        (folder / name).write_text(page, "utf-8")
    (tmp_path / "suggestion.txt").write_text(text, "utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(folder)]).exit_code == 0
    for path in (ws.root / "facts").glob("*.yaml") if edit else ():
        edit(path)
    out = tmp_path / "draft.docx"
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", number, title, "--text", str(tmp_path / "suggestion.txt"),
                                 "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out

def distil_pages(ws, pages: dict[str, str]) -> Path:
    """``pages`` (file name → text) written into ``ws``'s seeds/ and distilled by ``drafter distill``: the workspace's root."""
    (ws.root / "seeds").mkdir()
    for file, text in pages.items():
        (ws.root / "seeds" / file).write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(ws.root / "seeds")])
    assert result.exit_code == 0, result.output
    return ws.root


def distil_by_cli(tmp_path: Path, ws, page: str, name: str):
    """``page`` written as ``tmp_path/seeds/name`` and distilled by ``drafter distill`` in ``ws``: the command's result,
    the base's facts and its one source."""
    from drafter.facts.index import FactIndex

    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / name).write_text(page, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)])
    assert result.exit_code == 0, result.output
    index = FactIndex.load(ws)
    return result, list(index.facts.values()), next(iter(index.sources.values()))


def distil(tmp_path: Path, ws, text: str, name: str = "page.txt"):
    """``text`` written to ``tmp_path/name`` and distilled as ``drafter distill`` does (read_document
    → distill_document) in ``ws``: its FactFile."""
    from drafter.distill import distill_document
    from drafter.read import read_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return distill_document(read_document(path), ws)


def figure_labels(text: str) -> dict[str, str | None]:
    """Each figure of ``text`` as written → what it counts, as :func:`~drafter.distill.figures.find_figures` reads them."""
    from drafter.distill.figures import find_figures

    return {g.raw: g.counts for g in find_figures(text)}


def fact_saying(ff, words: str):
    """The first fact of the FactFile ``ff`` whose text says ``words``."""
    return first_saying(ff.facts, words)


def first_saying(facts, words: str):
    """The first of ``facts`` whose text says ``words``."""
    return next(f for f in facts if words in f.text)


def draft_1350(root: Path, out: Path, reply_type: str = "B", *extra: str) -> docx.document.Document:
    """Suggestion 1350 drafted from ``root`` as the README's quick start drafts it (its text,
    ``--date 2026-05-20``; ``--type B`` unless ``reply_type`` says otherwise; ``extra`` options
    such as ``--with``), written to ``out``."""
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1350", TITLE_1350, "--deputy", "陈某某", "--session", "市十七届人大五次会议",
        "--text", str(TEXT_1350), "--date", "2026-05-20", "--type", reply_type, "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def draft_title(root: Path, out: Path, number: str, title: str, *extra: str) -> docx.document.Document:
    """Suggestion ``number`` drafted from ``root`` by its ``title`` alone (``--date 2026-05-20``;
    ``extra`` options such as ``--proposal``), written to ``out``."""
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--date", "2026-05-20",
                                      "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def draft_platforms(root: Path, out: Path) -> docx.document.Document:
    """A suggestion on 高能级创新平台 drafted from ``root`` by its title alone (1401, ``--type B``,
    ``--date 2026-05-20``), written to ``out``."""
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1401", "关于加快引建高能级创新平台的建议", "--deputy", "某代表",
        "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--type", "B", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def letter_head(opening: str) -> list:
    """The first blocks of a reply to 1288 built by hand (drafter.reply's blocks): letterhead, the
    document number's placeholder, class A, title, addressee and ``opening``."""
    from drafter import reply as R

    T = R.Span
    return [
        R.ReplyBlock(R.LETTERHEAD, [T("泉州市科学技术局")]),
        R.ReplyBlock(R.DOC_NUMBER, [T(R.placeholder_text("文号"), R.PLACEHOLDER)]),
        R.ReplyBlock(R.CLASS_MARK, [T("答复类型：A类")]),
        R.ReplyBlock(R.TITLE, [T("关于市十七届人大五次会议第1288号建议的答复")]),
        R.ReplyBlock(R.ADDRESSEE, [T("林永红代表：")]),
        R.ReplyBlock(R.OPENING, [T(opening)]),
    ]


def as_earlier_versions_wrote(path: Path, out: Path) -> Path:
    """The same draft as drafter wrote drafts before its 抄送 became the last paragraph: the 抄送
    written right before the closing, in a frame at the foot of the type area."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    root = etree.fromstring(parts["word/document.xml"])
    body = root.find(qn("w:body"))

    def styled(name: str):
        return next(p for p in body.iterchildren(qn("w:p"))
                    if p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}").get(qn("w:val")) == name)

    cc = styled("GwCc")
    frame = etree.SubElement(cc.find(qn("w:pPr")), qn("w:framePr"))
    frame.set(qn("w:wrap"), "notBeside")
    frame.set(qn("w:vAnchor"), "margin")
    frame.set(qn("w:yAlign"), "bottom")
    styled("GwClosing").addprevious(cc)
    parts["word/document.xml"] = etree.tostring(root)
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return out


def disk_full_after_first_rename(monkeypatch) -> list:
    """The fact journal's renames fail as on a full disk from the second on (the first is done):
    the targets renamed into place, filled as they are."""
    from drafter.facts import journal

    real, done = journal._replace, []

    def failing(new, target):
        if done:
            raise OSError(28, "No space left on device")
        done.append(target)
        real(new, target)

    monkeypatch.setattr(journal, "_replace", failing)
    return done


def forget_templates() -> None:
    """Forget every reference drafting parsed (the next draft parses its reference again, as in a
    new process)."""
    from drafter.docx import write

    with write._templates_lock:
        write._templates.clear()


# --- 重庆市科学技术局's workspace, from the corpus (conftest's ``chongqing`` distils it) -----------

CHONGQING = """
organisation:
  name: 重庆市科学技术局
  short_name: 市科技局
  jurisdiction: 重庆市
  areas: [万州区, 涪陵区, 渝中区, 江北区, 沙坪坝区, 九龙坡区, 南岸区, 北碚区, 渝北区, 巴南区, 綦江区, 两江新区, 万盛经开区]
signatory: 某某某
contact: 某某
phone: 023-63897000
cc:
  suggestion: [[市人大常委会代表工委], [市政府办公厅]]
  proposal: [[市政协提案委], [市政府办公厅]]
other_units:
  市经济信息委: [企业技术中心, 专精特新]
"""

# The corpus documents of 重庆市科学技术局 and the day after which each is drafted again.
DRAFTED_ON = {"01": "2024-09-20", "02": "2024-09-20", "04": "2022-07-15", "05": "2025-05-28"}


def corpus_rows() -> list[dict]:
    """Every row of the corpus labels (labels.jsonl), in its order; none where ``../shared`` is not beside the repository."""
    if not HAS_CORPUS:
        return []
    return [json.loads(line) for line in LABELS.read_text("utf-8").splitlines() if line.strip()]


# A suggestion's title as a reply quotes it: 《关于…的建议》 / 《关于…的提案》.
QUOTED_TITLE = re.compile(r"《(关于[^》]+?(?:建议|提案))\s*》")


def demo_list_items() -> list[tuple[str, str]]:
    """(建议号, 标题) of every row of the demo list (:data:`DEMO_LIST`), read by its header row (the
    row under the sheet's title), in its order."""
    rows = list(openpyxl.load_workbook(DEMO_LIST).active.iter_rows(values_only=True))
    number, title = rows[1].index("建议号"), rows[1].index("标题")
    return [(str(r[number]), r[title]) for r in rows[2:] if r[title]]


def seed_titles() -> list[str]:
    """The suggestions' titles the seeds quote (:data:`QUOTED_TITLE`), sorted, each once."""
    return sorted({t for p in (REPO / "seeds").glob("*.txt") for t in QUOTED_TITLE.findall(p.read_text("utf-8"))})


def corpus_titles() -> list[str]:
    """The suggestions' titles the corpus replies quote (:data:`QUOTED_TITLE`), sorted, each once."""
    return sorted({t for r in corpus_rows() if r["kind"] in ("reply", "proposal_reply", "coreply")
                   for t in QUOTED_TITLE.findall((CORPUS / r["file"]).read_text("utf-8"))})


def place_names(text: str) -> list[str]:
    """The names of the places ``text`` names (:func:`drafter.distill.places.places_in`), in order."""
    return [name for _, _, name in places_in(text)]


def corpus_row(prefix: str) -> dict:
    """The corpus label of the document whose file name starts with ``prefix`` (17_…)."""
    return next(r for r in corpus_rows() if r["file"].startswith(prefix))


def labels() -> dict[str, dict]:
    """The corpus labels of 重庆市科学技术局's documents, by their number (01…05)."""
    return {r["file"][:2]: r for r in corpus_rows() if r["issuer"] == "重庆市科学技术局"}


def suggestion_title(path: Path) -> str:
    """The suggestion's title as the reply quotes it: 你提出的《关于…的建议》."""
    found = re.search(r"《(关于[^》]+)》", path.read_text("utf-8"))
    assert found, path
    return found.group(1)


def left_out(chongqing: Path, tmp_path: Path, n: str) -> Path:
    """A copy of the 重庆 workspace without document ``n`` and its facts."""
    return copy_without(chongqing, tmp_path / f"cq-{n}", labels()[n]["file"])


def undated_1160(chongqing: Path, tmp_path: Path) -> Path:
    """A copy of the 重庆 workspace whose 1160 reply (03, stating no date) was saved under a name of no year: its facts
    of no known year (…_2023.txt dates them, an estimate)."""
    from drafter.distill import distill_paths
    from drafter.workspace import load_workspace

    reply = labels()["03"]["file"]
    root = copy_without(chongqing, tmp_path / "cq", reply)
    shutil.copy(CORPUS / reply, tmp_path / "1160答复.txt")
    assert distill_paths(load_workspace(root), [tmp_path / "1160答复.txt"]).ok
    return root


def redraft(chongqing: Path, tmp_path: Path, n: str, *extra: str):
    """Document ``n`` drafted again from the other four, its title alone driving it."""
    row = labels()[n]
    root = left_out(chongqing, tmp_path, n)
    out = tmp_path / f"{n}.docx"
    proposal = ["--proposal"] if row["kind"] == "proposal_reply" else []
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", row["item_number"], suggestion_title(CORPUS / row["file"]),
        "--deputy", row["deputy"], "--session", row["session"], "--date", DRAFTED_ON[n],
        "-o", str(out), *proposal, *extra])
    assert result.exit_code == 0, result.output
    return root, docx.Document(str(out))


def chengyu(chongqing: Path, tmp_path: Path):
    """A suggestion on 成渝 cooperation (this test's own title) drafted from the base without 05,
    dated as 05: the 0219 reply's items on joint work with 四川 (2024-09) are its results."""
    root = left_out(chongqing, tmp_path, "05")
    out = tmp_path / "0999.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "0999", "关于深化成渝地区双城经济圈科技创新合作攻关的建议", "--deputy", "某某",
        "--session", "市政协六届三次会议", "--date", DRAFTED_ON["05"], "-o", str(out)])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def base_facts(root: Path) -> list[dict]:
    """Every fact of a workspace's fact files, as stored."""
    return [f for p in sorted((root / "facts").glob("*.yaml"))
            for f in yaml.safe_load(p.read_text("utf-8"))["facts"]]


def edit_docx(path: Path, change) -> None:
    """Open the .docx at ``path``, apply ``change`` (a function of the document) and save it."""
    document = docx.Document(str(path))
    change(document)
    document.save(str(path))


def paragraph_with(document, contains: str):
    """The first paragraph of ``document`` whose text holds ``contains``."""
    return next(p for p in document.paragraphs if contains in p.text)


def issuer_workspace(root: Path, row: dict) -> Path:
    """A workspace at ``root`` for the issuer of the corpus document ``row`` (its name and
    jurisdiction, no other setting), the repository's templates, that document distilled."""
    from drafter.distill import distill_paths
    from drafter.workspace import load_workspace

    root.mkdir()
    (root / "drafter.yaml").write_text(
        f"organisation:\n  name: {row['issuer']}\n  jurisdiction: {row['jurisdiction']}\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    assert distill_paths(load_workspace(root), [CORPUS / row["file"]]).ok
    return root


def fact_texts(ff) -> str:
    """The texts of a fact file's facts, one a line."""
    return "\n".join(f.text for f in ff.facts)


def xianning_refreshed(tmp_path: Path, report: str) -> tuple[Path, dict]:
    """咸宁's two co-replies (corpus 09, 10) distilled in a workspace of the bureau, then ``report`` (a year-end report's
    text) applied as ``drafter refresh`` does: the workspace's folder and refresh's --json report."""
    ws = unit_workspace(tmp_path / "ws", "咸宁市科学技术局", "市科技局", "咸宁市")
    runner = CliRunner()
    for name in ("09_xianning_coreply_2022.txt", "10_xianning_coreply_2021.txt"):
        assert runner.invoke(cli, ["-w", str(ws.root), "distill", str(CORPUS / name)]).exit_code == 0
    (tmp_path / "2025年工作总结.txt").write_text(report, "utf-8")
    result = runner.invoke(cli, ["-w", str(ws.root), "refresh", str(tmp_path / "2025年工作总结.txt"), "--json"])
    assert result.exit_code == 0, result.output
    return ws.root, json.loads(result.output)


# 福州市海洋与渔业局 (hd13): its drafter.yaml, its real replies' excerpts, and the asks of 1292 (深远海养殖).
FUZHOU_HYJ_YAML = """organisation:
  name: 福州市海洋与渔业局
  short_name: 市海渔局
  jurisdiction: 福州市
  areas: [鼓楼区, 台江区, 仓山区, 晋安区, 马尾区, 长乐区, 连江县, 罗源县, 闽侯县]
signatory: 某某某
contact: 某某
phone: 0591-00000000
"""

# 福州市海洋与渔业局's reply to 政协 proposal 20251061 on 深远海养殖, on a mirror (enerxy-qy.com/…/zxta/202506/
# t20250625_5038657.htm), its first 23 lines as printed (its first section cut short where the mirror cut it).
FUZHOU_20251061 = """关于市政协十四届四次会议20251061号提案的答复

日期:2025-06-25 17:41 来源:海渔局
| | | |


办理结果:A类



关于市政协十四届四次会议

20251061号提案的答复



俞传华委员

《关于推进我市深远海养殖发展的建议》(20251061号)收悉。今年是深入贯彻落实习近平总书记在福建考察时的重要讲话精神的关键之年,也是“十四五”规划收官之年,您给我市海洋渔业工作提出了宝贵建议,为推动我市海洋渔业经济工作提档升级、高水平建设全国海洋经济发展示范区提供了重要参考。对此我局向您表示最诚挚的谢意!感谢您对我市海洋渔业的关心与支持。现答复如下:

一、关于“以政策创新为立足点,加大产业扶持力度”的建议

健全鼓励产业发展政策。积极沟通省海洋与渔业局,推动省级新出台“深远海养殖高质量发展”补助政策,按照不超过整体新增投入的30%对深远海养殖渔场进行补助,降低深远海养殖投资成本。正对接协调市农业农村局,争取将深远海养殖渔场配套补助政策纳入“十五五”《农业十条措施》,加大我市深远海养殖渔场补助力度。支持连江县在全省率先试点,参照“养殖船”开展养殖平台产权登记、建造养殖运输船,解决平台投保和贷款、活鱼转运等难题。二是创新专属金融产品。持续与海峡银行、邮储银行、农信联社(农商银行)、农业银行等开展战略合作,定期组织摸底深远海养殖全产业企业融资需求,推动在榕银行靶向出台惠农e贷-渔业设施贷、流动资金贷款、绿色渔业贷等深远海养殖金融产品。三是推进深远海养殖渔业保险试点对接协调省渔业互保协会,为“乾动1号”“闽投1号”深远海养殖平台开展保险业务,其中针对“闽投1号”渔旅融合的特点,协会就装备、人员提供综合保险方案,承保沿海内
"""

SHENYUANHAI_ASKS = """为此建议：
一、推动现代化深远海养殖全产业链向连江规模集聚发展。统筹养殖空间布局，引导苗种繁育、饲料、装备制造等企业向连江集聚。
二、加大深远海养殖政策和金融支持。加大对深远海养殖平台建设的奖补力度，创新养殖平台产权登记、抵押贷款和保险产品，降低企业投资风险。
三、推动深远海养殖与文旅融合发展。依托深远海养殖平台开发海上观光、休闲垂钓、研学体验等渔旅融合产品，打造“渔旅融合”特色品牌。
"""


# The same bureau's reply to 1365 of 市十六届人大三次会议 (2024), on a mirror in traditional characters with pinyin as the
# mirror prints them (its address lost by the tester, hd13), its opening and its first item.
FUZHOU_1365 = """關于市十六屆人大三次會議第1365號建議的答復
答復類別:A類 |
|
關于市十六屆人大三次會議
第1365號建議的答復 |
陳能華等代表:
《關于推動建設“百臺萬噸”深遠海養(yǎng)殖平臺項目的建議》(第1365號)收悉。現(xiàn)答復如下:
一、關于“加大政策獎補力度”的建議
一是爭取將深遠海養(yǎng)殖平臺市級配套獎勵政策納入市政府辦公廳出臺的《關于加快特色現(xiàn)代農業(yè)發(fā)展十條措施》,對落地我市的深遠海裝備養(yǎng)殖平臺按照省級(含)以上補助資金的25%給予配套獎勵(每臺獎勵不超過100萬元),提高平臺補助力度。目前該措施已在《福州市海洋與漁業(yè)結構調整專項資金管理辦法》以及《福州市水產養(yǎng)殖獎補資金實施方案》予以落實。同時,為加大深遠海養(yǎng)殖產業(yè)獎補力度,我局借鑒國內相關地市經驗做法,加強調查研究,提出《關于支持深遠海養(yǎng)殖產業(yè)鏈發(fā)展七條措施》(送審稿)于2023年10月上報市政府。
"""

# Its reply to 1229 of the same session, dated, its head and first paragraph as printed (dates the session's undated replies).
FUZHOU_1229 = """關于市十六屆人大三次會議第1229號建議的答復

日期:2024-04-19 16:18 來源:海漁局
| | | |


答復類別:A類



關于市十六屆人大三次會議



第1229號建議的答復



陳能華等代表

《關于鄉(xiāng)村振興把休閑觀光發(fā)展起來的建議》(第1229號)收悉?,F(xiàn)答復如下:

您的建議為我市發(fā)展濱海旅游、打造休閑漁業(yè)基地提供了廣闊的思路,為我市漁旅融合發(fā)展提供了很好的思路。我局在推動鄉(xiāng)村文旅經(jīng)濟發(fā)展方面的相關工作主要是支持沿海漁村拓展?jié)O業(yè)三產(chǎn),發(fā)展休閑漁業(yè)產(chǎn)業(yè),打造休閑漁業(yè)基地。近年來,我市沿??h(市)區(qū)建設了一批集濱海觀光、漁業(yè)養(yǎng)殖、餐飲、度假于一體的休閑旅游區(qū)。其中連江縣安凱鄉(xiāng)同心村是一個村居環(huán)境良好、文旅資源豐富的漁村,是我市沿海漁旅融合發(fā)展的亮點。
"""


# 马关县交通运输局's reply to 马关县第十八届人大二次会议第64号建议 of 陈万惠, 2023 (ynmg.gov.cn/info/2400/101196.htm), its page's
# chrome kept (held-out rounds hd17/69).
MAGUAN_64 = """马关县交通运输局关于马关县第十八届人大二次会议第64号建议的答复函

来源: 更新时间:2024/01/03

陈万惠代表:

你提出的“关于维修坡脚镇桐子林至上弯腰树道路的建议”,已交我局研究办理,现答复如下:

加大农村公路建设力度和改善道路通行条件是我局义不容辞的责任,近年来,我们按照一个村小组至少有一条通村硬化路的目标和原则,大力解决群众出行难问题,目前主要是解决全县未通硬化路的进村路。你建议中提及的维修坡脚镇桐子林至上弯腰树道路,属于乡级管护道路,按照农村公路管养的原则“谁使用谁管养”,我局暂时解决不了。目前只能纳入项目库,待国家有这方面的投资计划,我局将及时申报,争取早日解决。

感谢你对交通运输工作的关心和支持,希望以后多提宝贵意见,以利于我们改进交通运输工作。

马关县交通运输局

2023年8月8日
"""


# 惠州市发展和改革局's 会办意见 of 2024-05-07 to 市教育局 on 建议第20240224号
# (m.1183118.com/zwgk/wgk/jggk/jytaxxgkzl/shijytabl/content/post_5288022.html, a mirror in traditional characters), as printed
# (held-out rounds hd16/69).
HUIZHOU_FAGAI_HUIBAN = """【B】
惠市發改社會案〔2024〕30號
市教育局:
市人大代表陳劍提出的《關于大力推進鄉村“麻雀學校”拆並工作、改善鄉村薄弱學校辦學條件,推動城鄉教育資源均衡優質發展的建議》(建議第20240224號)收悉。現結合建議內容和我局職能,會辦意見如下:
我局高度重視城鄉義務教育,將“推動城鄉義務教育優質均衡一體化發展”納入《惠州市國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》。近年來,我們主動服務和支持學校建設項目,據統計,“十四五”以來截至2023年6月,全市共投入1.9億元加強鄉村小規模學校和鄉鎮寄宿制學校標準化建設,改擴建校舍7.8萬平方米。組織推薦普通高中建設、中學實驗儀器設備改造提升項目申報2024年教育強國基礎設施建設工程中央預算內投資計劃。
下步,我們將積極配合教育主管部門認真貫徹落實《惠州市創建“廣東省基礎教育高質量發展實驗區”行動方案(2023-2025年)》《惠州市“百縣千鎮萬村高質量發展工程”教育實施方案(2023-2027年)》等政策文件,圍繞分類妥善處理好鄉村“麻雀學校”、優化城鄉學校布局、辦好必要的鄉村小規模學校等重點工作,充分發揮發改部門職能,完善發展規劃,支持項目建設,改善學校辦學條件,促進城鄉教育資源均衡優質發展。
惠州市發展和改革局
2024年5月7日
"""


# (held-out rounds hd16/69/70) 鹿阜街道办事处's reply to 县第十七届人大第三次会议第25号建议 of 陈保华 (www.kmsl.gov.cn/c/2019-09-03/3616838.shtml), filed by 石林县
# 卫生健康局's clerk among its own replies, as printed.
LUFU_25 = """鹿阜街道办事处 对县第十七届人大第三次会议第25号建议的答复
陈保华代表:
您提出的关于《关于补助鱼龙坝村委会西纳村卫生室缺口资金的建议》已交我们研究办理,向答复如下:
一、基本情况
西纳村是鱼龙坝村委会最大的自然村,共有2个村民小组,493户,1724人。近几年来,呈贡蔬菜、花卉种植户相继到该村租种土地,随着人口的增加,由于村内没有卫生室,群众看病十分不便,村民多次向村委会反应,建议在本村内建一个村卫生室,以方便群众看病就医。经村委会召开“两委”会议研究决定:由村委会出资3万元,西纳村出资2万元,向上级争取6万元,新建一个120平方米的卫生室,总投资11万元。现已经开始新建,恳请县人大给予支持缺口资金6万元,建盖西纳村卫生室,解决本村群众看病难的问题。
二、意见建议办理情况
街道办与县人大沟通协调,争取县人大项目资金支持。《石林县彝族自治县人大常委会办公室关于安排2019年县人大代表意见、建议办理专项补助项目的通知》(石人大〔2019〕15号),安排补助资金5万元。
鹿阜街道办事处
2019年7月21日
"""


# (held-out rounds hd16/70) 石林县卫生健康局's reply to 第37号建议 of 2020 (www.kmsl.gov.cn/c/2020-11-10/4647303.shtml) as its page
# prints it.
SHILIN_37 = """石林县卫生健康局关于县第十七届人大第四次会议第37号建议答复的函
发布时间:2020-11-10 15:33 浏览次数:98
陈云会代表
您在第十七届人民代表大会第次会议提出的《解决大哨村委会卫生室建设资金事项》第37号建议交县卫生健康局办理我局高度重视,召开专题会议研究,成立了由洪敏局长任组长,分管副局长任副组长,相关科室负责人为成员人大代表议案、建议和政协委员提案办理小组,具体负责办理该建议。办理人员通过深入走访,认真调查,提出以下办理答复意见:
一、基本情况
县委、县政府历来重视基层卫生工作,村卫生室和乡村医生是广大人民群众的“健康守门人”,是发展农村医疗卫生事业、保障农村居民健康的重要力量。石林县2005-2006年期间对全县村卫生室进行了建设,但随着时间的推移,部分村卫生室出现了老化、占用等情况,2017年健康扶贫工作开展以来,县委、县政府投入了大量人、财、物力对村卫生室进行整治、重建、改造,力争让全县人民“看得起病、看得好病、方便看病”。
二、意见建议办理情况
针对所提建议即:解决大哨村委会卫生室建设资金事项2017年底,县卫生健康局结合健康扶贫工作,申请县财政45万元作为全县贫困村卫生室重建、修缮项目资金,其中安排了6.39万元用于支持大哨村卫生室重建,已全额拨付。
"""


# 长治市's 行政审批 page of its 亮点工作 (www.changzhi.gov.cn/xxgkml/zfxxgkml/szfzssydw/czsdag_242724/czsrmzf/ndjh_3413/202208/
# t20220831_2630459.shtml), the sentence of its cuts as printed.
CHANGZHI = """对承接局机关的166项即办件审批事项,以制度为遵循,严格依照标准化业务流程与办理规范开展全流程办理工作。其中,道路旅客运输从业资格认定等事项办理时长从原来的1.5小时缩短至10分钟左右;巡游出租汽车驾驶员证核发则办理用时从3个小时压缩至30分钟以内,真正实现群众“即来即办、一次办好”的高效精准服务体验。
"""


# 仙居县民政局's summary of 2023 (zjxj.gov.cn/art/2024/1/11/art_1229311252_3912549.html), its head and first item as printed
# (test_hd14_reading, test_summary_present).
XIANJU_SUMMARY = """当前位置: 首页 > 政务公开 > 规划计划 > 计划总结
成文日期 2024-01-11 发布机构 县民政局
县民政局2023年重点工作总结及2024年工作思路
发布日期: 2024-01-11 访问次数:
一、今年重点工作总结
(一)补齐民生短板,全力推进重大项目建设。今年我局共推进谋划重大专项债项目10项,涵盖养老、殡葬等基础设施建设,总投资11.95亿元,年度投资2.05亿元。福利中心二期完成部分单体结顶,完成固定资产投资约4116万元。
"""

# 天台县交通运输局's reply to 政协第2024159号提案 (2024-06-20): its body as the page prints it (hd22b's seed).
REPLY_2024159 = """关于对天台县政协十一届三次会议第2024159号提案的答复
汤赞伟委员:

您提出的《关于拓宽南屏乡敏坑村至下辽村公路的建议》提案,现答复如下:

拓宽敏坑至下辽段农村公路能缓解旅游旺季时段南屏公路的通行压力,方便沿线村民出行,具有一定的必要性。你们可以向属地乡镇南屏乡人民政府提出申请,取得自规部门的土地许可,并筹集好项目建设的配套资金,解决好相关政策处理问题,由南屏乡人民政府申报至我局。我们将按照《关于深化农村公路管理养护体制改革的实施意见(试行)》天政发〔2023〕2号文件精神,将该项目列入农村公路建设计划,并按规定进行补助。

感谢您对我县交通建设工作的关心和支持!

天台县交通运输局

2024年 6月20日
"""

# 县自然资源和规划局's reply to 78号建议 (2022-10-25) on the county's site, its head and opening as printed (its first paragraph
# cut at its first sentence's end).
WEIXI_ZIRAN_78 = """政府信息公开

(县自然资源和规划局)

索引号
0152885889/202200316
文  号
来 源
县自然资源和规划局
公开日期
2022-10-25
维西傈僳族自治县第十八届人民代表大会第一次会议78号建议的答复
发布时间:2022-10-25 16:24     浏览次数:954
字体:[ ]
打印

和治国委员:

您提出的在塔城镇基础设施项目规划设计过程中多听取镇村组三级意见的建议提案已交我单位研究办理,现答复如下:

我单位于2020年组织了维西县塔城景区旅游基础设施建设项目规划方案专家及部门审查会会议邀请了塔城镇政府参加,并征求了相关意见,此项目围绕把维西县塔城镇建设成为“乡村康养福地.休闲度假乐园”为目标定位,以宜居、宜游、宜业、宜养的原则,按照5A级景区的标准加快资源开发和整合力度,按照全域发展的理念推进。
"""


# 九江市教育局's “辉煌‘十四五’ 九江勇争先”系列新闻发布会 of 2025-12-12 (held-out round hd25b; tests/test_span_age.py, test_h142_wording.py), as saved (cut off by the
# store).
JIUJIANG_PRESS = """12月12日,“辉煌‘十四五’ 九江勇争先”系列新闻发布会市教育局专场举行。“十四五”以来,市教育局聚焦“走在前、勇争先、善作为”目标要求,全面贯彻党的教育方针,落实立德树人根本任务,补短板、强弱项,抓改革、求创新,扩资源、提质量,推动九江教育事业迈上新台阶,人民群众教育获得感、幸福感显著增强。
治教办学达到新高度。全面从严治党纵深推进,深入开展党史学习教育、学习贯彻习近平新时代中国特色社会主义思想主题教育、党纪学习教育、深入贯彻中央八项规定精神学习教育,全面开展“固本兴新勇争先”大学习大调研大讨论大提升活动,党风政风行风稳步向好。中小学党建工作持续强化,526所学校实现党组织领导的校长负责制全覆盖。在全省率先开展中小学校党务工作者队伍建设试点,21所中小学校有效落实。柴桑区特殊教育学校党支部获评“全国先进基层党组织”。
五育并举开创新局面。思政教育改革创新深化,建成思政名师工作室28个,26所中小学、幼儿园被评为省红色基因传承示范校。体美劳教育深入开展,创建国家级体育特色学校186所,13个县(市、区)普及游泳教育。在全省率先成立市级青少年心理健康和家庭教育指导服务中心。教育国际交流合作拓展深化,成功承办“体验九江庐山·知行中国:全球青少年模拟世界遗产大会”等活动,有力提升九江教育国际知名度和影响力。
资源供给持续扩大。“十四五”期间,全市财政性教育经费累计投入达704.97亿元。教育布局不断优化,新改扩建教育项目400个,改扩建面积220万平方米,新增学位4.8万个。“两项评估”稳步推进,德安县获评全国义务教育优质均衡发展县。教育数字化加速推进。实施智慧教育、人工智能教育等重点项目,建成教育城域
"""


def lincang_workspace(tmp_path):
    """A workspace of 临沧市文化和旅游局 (held-out round hd26)."""
    return unit_workspace(tmp_path / "ws", "临沧市文化和旅游局", "市文旅局", "临沧市")


def mouding_workspace(tmp_path):
    """A workspace of 牟定县水务局 and its 乡镇 (held-out round hd26)."""
    return unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县", "共和镇, 新桥镇, 江坡镇, 凤屯镇, 蟠猫乡, 戌街乡, 安乐乡")


def distil_cli(ws, path):
    """``drafter distill PATH`` in ``ws``: its output, the reminders unwrapped."""
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(path)])
    assert result.exit_code == 0, result.output
    return result.output.replace("\n", "")  # (the reminders as the terminal wraps them)


def xinmin_draft(tmp_path):
    """:data:`MOUDING_XINMIN` distilled by ``drafter distill`` in :func:`mouding_workspace` (its place corrected by hand where
    a mirror's garble misread it, as hd26c's clerk did), then a suggestion on 新民水库 drafted from it as of 2022-12-30: the
    workspace, distill's output (unwrapped) and the draft's path."""
    ws = mouding_workspace(tmp_path)
    page = tmp_path / "2022-09-24_tuwife_37812_果志艳议案答复.txt"
    page.write_text(MOUDING_XINMIN, "utf-8")
    said = distil_cli(ws, page)
    fact_file = next((ws.root / "facts").glob("*.yaml"))
    fact_file.write_text(fact_file.read_text("utf-8").replace("jurisdiction: 求县", "jurisdiction: 牟定县")
                         .replace("    external: true\n", ""), "utf-8")
    (tmp_path / "suggestion.txt").write_text("关于解决安乐乡新民水库蓄水的建议\n一、加快中屯水库调水工程建设，解决新民水库蓄水问题。", "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "99", "关于解决安乐乡新民水库蓄水的建议", "--deputy", "张某",
                                      "--session", "县十八届人大四次会议", "--date", "2022-12-30",
                                      "--text", str(tmp_path / "suggestion.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return ws, said, out


# The mirror (tuwife.com) of 牟定县水务局's reply to 果志艳's 议案: characters the page lost shown as ?, a pinyin note garbled.
MOUDING_XINMIN = """果志艷代表:
您 們在縣十八屆人大一次會議上提出的關於請求縣人民政府立項解決新民水庫提灌蓄水問題的議案,交由我單位辦理,現答復如下:
今年年初,縣水務局已委托楚雄欣源水利電力勘察設計有限責任公司編制了牟定縣中屯水庫調水工程(一期)實施方案,將中屯水庫的水調入安樂鄉新民水庫及戌街鐵廠、百草地、悟魯?shù)氐鹊?。實施方案?月初通過了技術評審,並且爭取到國家專項債券資金2500萬元,目前正在開展工程招投標程序,待工程建設完工後,新民水庫的蓄水問題將得到徹底解決。
感謝您 們對我縣水務工作的關心與支持!
"""

# 牟定县水务局's reply to 县十八届人大一次会议第74号建议 (2022-09-24, mdx.gov.cn 37806).
MOUDING_74 = """牟定县水务局关于答复县十八届人大一次会议第74号建议的函

日期:2022年09月24日   作者:   来源:    点击:[]

李宗玉代表:

你在县十八届人大一次会议上提出的关于立项建设铁厂河河道治理的建议,交由我单位办理,现答复如下:

2020年,县水务局已委托楚雄欣源水利电力勘察设计有限责任公司编制了《牟定县“十四五”水安全保障规划报告》,铁厂河河道治理工程已列入牟定县“十四五”水安全保障规划中的山洪沟治理工程项目,规划治理河道总长3.8km,保护人口0.08万人,保护农田0.11万亩,治理标准为10年一遇,主要建设内容为:新建护岸及堤防长度6.08km,排洪渠长度0.2km,河道道疏浚量2.85万m³。目前,项目上报国家水利部,争取项目资金支持。待项目资金下达我们会及时开展铁厂河河道治理工程建设。

感谢您对我县水务工作的关心与支持!
"""


# 牟定县水务局's signed reply to one deputy (37806), cut after its first result: 你 where its other replies say 您.
TIECHANGHE = """牟定县水务局关于答复县十八届人大一次会议第74号建议的函
日期:2022年09月24日
李宗玉代表:
你在县十八届人大一次会议上提出的关于立项建设铁厂河河道治理的建议,交由我单位办理,现答复如下:
2020年,县水务局已委托楚雄欣源水利电力勘察设计有限责任公司编制了《牟定县“十四五”水安全保障规划报告》,铁厂河河道治理工程已列入牟定县“十四五”水安全保障规划中的山洪沟治理工程项目。
感谢您对我县水务工作的关心与支持!
"""


TONGSHAN_AREAS = "通羊镇, 南林桥镇, 黄沙铺镇, 厦铺镇, 九宫山镇, 闯王镇, 洪港镇, 大畈镇, 杨芳林乡, 燕厦乡, 大路乡, 慈口乡"

# 通山县林业局's news (hd27a) (m.zzx7.cn, undated, cut off mid-sentence as the mirror prints it): paragraphs 2, 3 and 5.
TONGSHAN_NEWS = """今年來,通山縣林業(yè)局立足部門職能職責(zé),以環(huán)境作風(fēng)優(yōu)化年活動為抓手,抓實(shí)國土綠化、項目建設(shè)、生態(tài)保護(hù)、產(chǎn)業(yè)發(fā)展、優(yōu)化環(huán)境“五篇文章”,推進(jìn)林業(yè)工作提質(zhì)量上水平,確保全縣林業(yè)工作實(shí)現(xiàn)良好開局。
該局突出一個主旨(以生態(tài)建設(shè)為中心),解決兩大難題(森林資源總量不足、質(zhì)量不高),實(shí)施三大工程(森林質(zhì)量精準(zhǔn)提升、油茶產(chǎn)業(yè)擴(kuò)面提質(zhì)增效行動、“雙重”項目建設(shè)),圍繞五綠重點(diǎn)(全民愛綠、守線護(hù)綠、提質(zhì)增綠、創(chuàng)新活綠、產(chǎn)業(yè)富綠),推深做實(shí)林長制改革,嚴(yán)格資源保護(hù)管理,推進(jìn)林草治理體系和治理能力現(xiàn)代化,為打造國家新型能源之都、國家全域旅游強(qiáng)縣提供生態(tài)支撐。
持續(xù)開展全域國土綠化。該局搶抓春季造林的黃金季節(jié),堅持規(guī)劃引領(lǐng)、因地制宜,積極開展油茶新造和低產(chǎn)低效林改造,提升林業(yè)資源總量和質(zhì)量?,F(xiàn)已完成油茶新造1.6萬畝、低產(chǎn)低效林改造2.8萬畝。
"""
# A suggestion of three asks on its matter (hd27a's probe).
TONGSHAN_TITLE = "关于加快油茶产业发展的建议"
TONGSHAN_SUGGESTION = f"{TONGSHAN_TITLE}\n\n建议：一、扩大油茶新造面积；二、加快低产低效油茶林改造；三、加大油茶产业扶持资金投入。\n"


def tongshan(tmp_path):
    """通山县林业局's workspace (hd27a), its towns named."""
    return unit_workspace(tmp_path / "ws", "通山县林业局", "县林业局", "通山县", TONGSHAN_AREAS, "我县林业工作")


def comments_on(path, starts: str) -> list[str]:
    """The texts of the Word comments anchored in the draft's paragraph starting with ``starts``."""
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.text.startswith(starts))
    ids = {e.get(qn("w:id")) for e in paragraph._p.iter(qn("w:commentRangeStart"))}
    return [c.text for c in document.comments if str(c.comment_id) in ids]


# 绍兴市上虞区交通运输局's replies (seeds/ of hd46a, their bodies abridged), as its pages give them, and a workspace of it.
SHANGYU_HEADER = ("当前位置 : 首页\n>>交通运输局 >>政策文件 >>政策文件\n索引号: 002590059/2019-{index} 公开方式: 主动公开\n"
          "文 号: 虞交建〔2019〕{serial}号 公开日期: 2019-12-23 09:33\n发布单位: 区交通运输局 有效性:\n\n")
SHANGYU_SIGNED = "\n\n承办人:谢以凡\n\n联系电话:82218902\n\n绍兴市上虞区交通运输局\n\n2019年5月9日\n"
# seeds/2019-05-09_58号章镇丰惠公交.txt
SHANGYU_58 = SHANGYU_HEADER.format(index=57337, serial=12) + (
    "关于区人大一届三次会议第58号建议的答复\n\n虞交建[2019]12号\n\n樊德洪代表:\n\n"
    "您在区人大一届三次会议上提出的《关于增开章镇至丰惠双向对开公交车的建议》收悉。经研究,现答复如下:\n\n"
    "我区于2013年12月完成公交公营化改革任务以来,依照区委区政府“五个城乡一体化”总体部署,持续改善城乡公交运营条件、完善城乡公交运营网络。"
    "五年多时间,我局牵头规划布设了51条城乡二级公交线网(其中,章镇布设13条、丰惠布设6条)。\n\n"
    "非常感谢您对我区交通运输事业的关心与支持!") + SHANGYU_SIGNED
# seeds/2019-05-09_61号汤浦夜公交.txt (its title's 》 before 的建议)
SHANGYU_61 = SHANGYU_HEADER.format(index=57341, serial=13) + (
    "关于区人大一届三次会议第61号建议的答复\n\n虞交建[2019]13号\n\n刘世群代表:\n\n"
    "您在区人大一届三次会议上提出的《关于扶持汤浦童装产业增开汤浦晚班公交》的建议收悉。经研究,现答复如下:\n\n"
    "我区实现城乡公交一体化运营以来,城乡公交运营条件持续改善、城乡公交运营网络日趋完善。其中,小越、东关、丰惠、崧厦夜公交较早开通,"
    "章镇夜公交于2014年开通,道墟夜公交于2017年开通,盖北和沥海夜公交刚于2019年4月开通。\n\n"
    "非常感谢您对我区交通运输事业的关心与支持!") + SHANGYU_SIGNED
# seeds/2021-05-18_39号梁湖梁岙道路.txt: no 文号, 收悉 misprinted 悉
SHANGYU_39 = (
    "当前位置 : 首页\n>>交通运输局 >>建议提案\n索引号: 002590059/2021-69439 公开方式: 主动公开\n文号: 公开日期: 2021-08-10 09:24\n"
    "发布单位: 区交通运输局\n名称 关于区一届人大五次会议第39号建议的答复\n创建时间\n正文内容\n\n樊德洪代表:\n\n"
    "您在区一届人大五次会议上提出的《关于打通梁湖梁岙至上浦夏家埠之间道路并建设成为县道的建议》悉。经研究,现答复如下:\n\n"
    "二、2021年4月13日举行的上虞区2021年年度农村公路工作对接会议上,梁湖梁岙至上浦夏家埠之间道路的打通工作已经重新安排在了下阶段的"
    "农村公路建设中,被列入了断头路三年打通计划。\n\n衷心感谢您对交通事业和关心、支持和理解!欢迎多提宝贵的意见和建议。\n\n"
    "承办人:郑艳伟\n\n联系电话:82180951\n\n绍兴市上虞区交通运输局\n\n2021年5月18日\n")
# seeds/2019-05-13_54号石厦线.txt, the page flattened into table rows (its body one line after the number and addressee)
SHANGYU_54 = (
    "索引号: | 002590059/2019-57355 | 公开方式: | 主动公开 |\n文 号: | 虞交建〔2019〕18号 | 公开日期: | 2019-12-23 09:41 |\n"
    "发布单位: | 区交通运输局 | 有效性: |\n关于区人大一届三次会议第54号建议的答复 | ||\n|\n"
    "虞交建[2019]18号 陈江芬代表: 您在区人大一届三次会议上提出的《关于将石厦线提升为县道管理的建议》悉,经研究,现答复如下: 首先,感谢您对"
    "我区交通规划和道路建设工作的重视。乡道石厦线(Y032)全长1.331公里,是陈溪乡对外连接重要交通通道。 最后,感谢您对交通建设的关心和支持。 "
    "承办人:李建军 联系电话:82212132 绍兴市上虞区交通运输局 2019年5月13日 |\n")


def shangyu_workspace(tmp_path: Path):
    """A loaded workspace of 绍兴市上虞区交通运输局 at ``tmp_path/ws`` (hd46a's bureau)."""
    return unit_workspace(tmp_path / "ws", "绍兴市上虞区交通运输局", "区交通运输局", "上虞区")


# 达州市城市管理行政执法局 (hd28b): its areas and a workspace of it.
DAZHOU_AREAS = "通川区, 达川区, 宣汉县, 开江县, 大竹县, 渠县, 万源市"


def dazhou_workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "达州市城市管理行政执法局", "市城管执法局", "达州市", DAZHOU_AREAS)


# 达州市城管执法局's 协办 letter on 市四届政协五次会议第241号提案 (dazhou.gov.cn, 2020-06-28), the page as saved.
DAZHOU_241 = """索 引 号: 731606460-00-2021-0055 分 类: 人大建议政协提案
责任部门: 市城市管理行政执法局 发文日期: 2021-01-04 19:55:57
标 题: 关于市四届政协五次会议第241号提案协办意见的函
公开方式: 经本单位审核后公开 公开时限: 常年公开 公开范围: 全社会
关于市四届政协五次会议第241号提案协办意见的函
  市生态环境局:

  现将任欣玥委员在市四届政协五次会议上提出的《关于加强洗车行业管理的建议》(第241号提案)协办意见函告如下:

  一、针对提案中洗车场占用人行道、盲道、公共场地进行作业的问题

  任欣玥委员反映的问题实质上是现有洗车场是否具备开设洗车场的条件和环保审批的源头问题,营业执照的审批和环保审批的责任主体是市场监管部门和环保部门。我局的职责为:对违规占用人行道的行为进行执法、处罚。

  为更好的服务市民,维护良好的城市市容市貌,我局做了大量治理违规占道洗车、卖车的工作。一是摸排并建立台账。我局根据上级要求及工作实际,经过多次调研,已于2019年8月对城区内所有洗车场、卖车商家进行了摸排,建立了巡查台账,截止2020年6月达州市主城区共摸排洗车场130家。二是建立常态管理制度。在重点路段加强路巡、车巡频次,在具体执法工作中以劝导规范为主,立案处罚为辅,发现一起处理一起。同时,设立了城市管理监督24小时举报电话2383110。三是开展专项整治。自2019年8月以来,立案查处占道洗车、占道卖车案件32件,辖区占道洗车、占道卖车情况得到有效改善。

  二、建议

  针对目前达州市主城区占道洗车、占道卖车乱象问题,建议由其行业主管部门对不具备室内作业条件或达不到相关标准的洗车场依法予以取缔。


  达州市城市管理行政执法局

  2020年6月28日
"""


# 博乐市财政局 (hd29b): its areas, a workspace of it (other units' fields added to drafter.yaml when given), and two replies
# of its column.
BOLE_AREAS = "青得里街道, 顾里木图街道, 小营盘镇, 达勒特镇"


def bole_workspace(tmp_path, other_fields: str = ""):
    from drafter.workspace import load_workspace

    ws = unit_workspace(tmp_path / "ws", "博乐市财政局", "市财政局", "博乐市", BOLE_AREAS)
    if other_fields:
        path = ws.root / "drafter.yaml"
        path.write_text(path.read_text("utf-8") + other_fields, "utf-8")
        ws = load_workspace(ws.root)
    return ws


# 博乐市财政局's reply to 冬花委员's 第10号提案 (xjbl.gov.cn/info/1290/71409.htm, 2021-11-19), as the page prints it.
BOLE_71409 = """URL: https://www.xjbl.gov.cn/info/1290/71409.htm

冬花委员:
您在博乐市政协十届一次会议上提出的“关于合理拨付文物保护专项经费的提案”(第10号建议)收悉,现答复如下:
一.承办具体过程
根据博乐市人民政府《关于做好博乐市人大代表建议和政协委员提案办理工作的通知》(博市政办发〔2021〕69号)文件要求,我局召开专题工作部署会,落实责任科室和责任人员,明确相关要求。11月16日,责任人员通过电话联系方式与您进行了沟通,征求办理意见和建议,同时向您汇报了提案办理情况。
二.建议办理情况
1.2017-2021年安排上级专项资金共计454万元;
2.2020-2021年本级财力安排资金37.61万元;
3.2017年之前,博乐市每年预算安排5-10万元专项用于文物保护工作经费,2017年之后均以专项项目资金予以保障文物保护工作经费。
谨此回复。感谢您对财政工作的大力支持,敬请您一如既往多提宝贵意见。
联系人:布冉 电话:09092288759
博乐市财政局
2021年11月19日
审核人:黎华
"""
# A reply on 创城 from the same column (xjbl.gov.cn/info/1290/56815.htm): the base holds more than one matter.
BOLE_56815 = """URL: https://www.xjbl.gov.cn/info/1290/56815.htm

库尔曼江、买热艳·买买提、古丽松·哈尼、汪澎等4位委员:
你们提出的“关于举全州之力支持博乐市创建全国文明城市的提案”收悉。经研究办理,现答复如下:
一是博乐市下发《关于州、市公职人员及家属全力参与创建全国文明城市的通知》,要求州市所有单位部门全力参与创城工作。
二是博乐市召开的创建全国文明城市动员会、推进会等重要大型会议,要求州市单位部门及第五师都要参加,全力支持创城工作。
三是博州党委宣传部全力配合自治区和中央测评组,开展对博乐市创建全国文明城市测评工作。
衷心感谢你们对我市工作的关心和支持,希望你们能一如既往地对我们的工作提出宝贵意见。
"""


# --- 连云港市住房和城乡建设局's workspace (hd37b) -----------

LYG_AREAS = "海州区, 连云区, 赣榆区, 东海县, 灌云县, 灌南县"

# A blog post of 2025 (as found, its commas ASCII): the city bureau's plan, then 赣榆区's report under a heading of 赣榆.
LYG_PLAN_POST = """近日,连云港计划实施城中村改造项目18个3493户,其中赣榆9个,具体文中探讨。

连云港计划实施城中村改造项目18个3493户

着力推进城中村改造,计划实施改造项目18个、改造居民户数3493户,筹集安置房4999套,总投资约55亿元,助推海州区、连云区、赣榆区形成一批示范项目。加快推进老旧小区加装电梯工程,改善老旧小区环境品质。

赣榆计划开展城中村改造9个

以系统思维加快城市更新。因地制宜编制中心城区三年建设规划,分片联动开展城市更新行动,启动城市微更新地块7处,开展城中村改造9个。
"""


# The post's comment (大鬼点评) quoting both plans, as found.
LYG_PLAN_COMMENT = LYG_PLAN_POST + """

大鬼点评

近日,连云港市住建局2025年工作计划提出:着力推进城中村改造,计划实施改造项目18个、改造居民户数3493户,助推海州区、连云区、赣榆区形成一批示范项目。而赣榆2025年政府工作报告也提出:启动城市微更新地块7处,开展城中村改造9个。
"""


def lyg_workspace(tmp_path: Path):
    """A workspace of 连云港市住房和城乡建设局 and its areas (:data:`LYG_AREAS`) at ``tmp_path/ws``."""
    return unit_workspace(tmp_path / "ws", "连云港市住房和城乡建设局", "市住建局", "连云港市", LYG_AREAS)


# hd42a (德江县教育局): the tester's suggestion's title (/work/wt/hd42a/suggestion.txt), and a seed of it.
INFRASTRUCTURE_TITLE = "关于加强教育基础设施建设投入的建议"
# The tester's seed 2014-06-01_德江一中复查评估教育投入.txt (中国教育品牌网 news), whole.
INVESTMENT_PAGE = """中国教育品牌网讯 日前,笔者从贵州省德江县第一中学省级示范性高中复查评估汇报暨反馈会上获悉,该县四年来共投入教育经费近19亿元,用于优化教育发展结构,改善办学条件,努力促进教育均衡发展。
近年来,该县积极争取项目资金投入,倾注大量的人力、物力、财力,认真落实了“西部农村寄宿制项目”、中小学危房改造工程、中小学生生活设施改造、校舍安全工程、“班班通”工程建设等项目。教育投入逐年加大,近四年县累计投入教育经费近19亿元,年均增长21%以上。
在教育经费的有力保障下,该县中小学校面貌焕然一新,城乡教育基础设施得到了进一步的完善,该县教育事业步入了快速健康发展的“快车道”。(编辑:胡勇)"""


# 大姚县公安局's reply to 第177号建议 (2019, dayao.gov.cn), the page's head and first paragraphs as saved (its last cut off).
DAYAO_177 = """大姚县公安局关于对大姚县第十七届人民代表大会第三次会议代表建议第177号建议的答复

索 引 号:115323260151757350-/2021-0804152 公文目录:人大代表建议 发文机构:大姚县政府办 主 题 词: 发布日期:2019年11月25日 文  号: 标  题:大姚县公安局关于对大姚县第十七届人民代表大会第三次会议代表建议第177号建议的答复

大公复字〔2019〕2号

尊敬的王以华、张光燕、杨平代表:

你们提出的《关于加强县城道路交通管理的建议》已交我局研究办理。现答复如下:

对你们提出的建议,县公安局高度重视,局领导组织召开专题会议进行认真研究,并明确了主办部门和承办人,将办理工作落细落小。

县城区道路交通秩序管理一直是我局交警部门一项重点工作,为加强县城区道路交通秩序管理,主要采取了以下措施:一是强化日常管理,严管严治城区秩序。每天安排警力对县城区开展交通巡逻疏道和乱停乱放车辆整治工作,严查严处车辆乱停乱放交通违法行为。二是利用公安科技信息化,实施精准打击。利用平安城市视频监控系统,对县城区交通情况实时视频巡查,及时指令路面执勤人员对交通乱点实施精准打击,对乱停乱放摩托车、电动车加大拖移处罚力度,对交通堵点进行及时疏通保畅,确保县城区道路交通有序畅通。三是深入推进“五进宣传”,不断增强广大交通参与者的交通安全意识。深入社区、学校、机关、企业等广泛开展宣传活动,进一步提高市民群众、中小学生及驾驶人的文明交通安全意识。
"""

# …and its reply to 第10030043号提案 (2024-08-05), cut off after its （二） as the page was.
DAYAO_10030043 = """大姚县公安局关于对政协大姚县十届第三次会议第10030043号提案的答复

索 引 号:dyx006-/2024-0805005 公文目录:政协委员提案 发文机构:大姚县公安局 主 题 词: 发布日期:2024年08月05日 文  号:大公复字〔2024〕9号 标  题:大姚县公安局关于对政协大姚县十届第三次会议第10030043号提案的答复

尊敬的杨陈新委员:

     您提出的《关于加强电动车综合治理》提案(第10030043号)已交我局研究办理。现将办理情况答复如下:

  一、提案落实办理情况

    收到您提出的提案后,我局领导高度重视,及时召开了专题会议进行了认真研究,明确了主办人和承办人,负责提案办理及落实。

  二、提案答复情况

    今年以来,我局交警部门根据道路交通管理工作实际和突出交通违法行为,以规范秩序、确保安全,常态化开展电动车道路交通安全整治专项活动,道路交通秩序明显好转。主要采取了以下措施:

    (一)强化源头管理。我局交警大队一直严把电动摩托车、电动车自行车、新能源轿车登记准入关,严格按照国家相关技术标准,对电动摩托车、电动自行车开展注册登记工作。同时,交警大队还协调联合工业和信息化局、市场监督管理局等有关部门,结合我县创文工作实际,对全县的电动车销售商、销售点进行常态化的检查,从源头上杜绝非法及不符合相关技术标准的的电动车流入市场。

    (二)明确整治重点。我局交警大队依据《中华人民共和国道路交通安全法》等法律法规,上路严查电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等严重交通违法,同时利用多种渠道,充分调动各辖区交通安全劝导站,对电动车驾驶人进行交通安全劝导及宣传教育。

    (
"""

# 住朋网's repost (2014-06-09) of 南国今报's report, its head and two paragraphs as the site prints them: 规划 masked as **.
PARKING_NEWS = """住朋网住朋网住朋网住朋网
地图找房预约看房
您的位置: 住朋网>资讯>柳州> 柳州市**局:龙潭公园门口或建地下停车场

柳州市**局:龙潭公园门口或建地下停车场

来源:南国今报作者:admin2014-06-09 09:12反馈/举报

    柳州市**局对此答复说,柳州市公共自行车正在建设的二期工程中,增设了龙潭公园门口站点,以增加市民使用公共交通到达龙潭公园的选择,此举将在一定程度上缓解该公园门口的停车难问题。

    另外,根据龙潭公园总体**安排,将考虑充分利用龙潭公园门口广场的地下空间,建设地下立体停车库。同时,柳州市**部门还要求龙潭公园门口周边地块开发建设时,按现行**停车配套标准,配建相应规模的地下停车位,在满足项目自身配套停车要求的前提下,额外增加配套不少于400个面向社会的机动车停车位。
"""


# hd47b (上高县水利局): the tester's one seed, seeds/2023-06-13_上高县水利工作成效.txt (a county news page), as it was saved.
SHANGGAO_PAGE = """网聚上高人
信息发布 一是抓政策落地。全力争取上级政策支持,“十三五”以来,共争取中央、省级公共财政资金9.53亿元,已到位资金1.34亿元,同比增长46.7%。截至目前,全县共储备8个有融资需求水利项目,总投资17.11亿元,期望融资金额10.96亿元,成功发行专项债券1.6亿元。二是抓项目推进。率先启动并完成““十四五”水安全保障规划”编制,整合包装城乡供水保障工程,争取到专项债券项目资金4.7亿元。预计铺设供水管网706.81km,建成后可新增农村供水70431户,自来水普及率达到97.5%,规模化供水人口覆盖率 89.8%,全县农村自来水供水率 97.0%,规模化供水人口覆盖率达到88.0%。三是抓安全保障。积极推进河流防洪综合治理,实施五河治理工程5个、中小河流治理工程5个、万亩圩堤除险加固项目2个,共治理河流69.85公里。完成149座小型水库除险加固攻坚行动、116 座病险山塘整治,防洪安全保障能力不断增强。(钟文肄)
"""
SHANGGAO_SEED = "2023-06-13_上高县水利工作成效.txt"


# seeds/2023-01-24_殡葬管理办法.txt as the tester saved it, to its fourth article.
XIANGGELILA_NOTICE = (
    "政府信息公开\n索引号\n015286208L/202300747\n文  号\n香政规〔2023〕1号\n来 源\n民政局\n公开日期\n2023-01-24\n"
    "香格里拉市人民政府办公室关于印发《香格里拉市殡葬管理办法》的通知\n发布时间:2023-01-24 10:37     浏览次数:1194    \n\n"
    " 各乡镇人民政府、市直各相关单位:\n\n"
    "        经三届市人民政府第11次常务会议研究审议通过,现将《香格里拉市殡葬管理办法》印发给你们,请认真抓好贯彻落实。\n\n"
    "        附件:香格里拉市殡葬管理办法\n\n\n香格里拉市人民政府办公室\n\n2023年1月23日\n\n"
    "                                                                                             (此件公开发布)\n\n"
    "第一章     \n\n第二条  本市行政区域内的丧葬活动、殡仪服务及其殡葬管理适用本办法。\n\n"
    "第四条  各乡(镇)人民政府,各机关、团体、企事业单位和其它组织应当加强殡葬工作的领导,把殡葬工作纳入当地经济和社会发展规划,"
    "建立殡葬管理目标责任制,将殡仪馆、火化场、公墓、骨灰堂(塔)等殡葬设施和场所的建设纳入城乡建设的总体规划,"
    "逐步加大对殡葬事业的财政投入和执法力度,大力支持主管部门做好殡葬管理和殡葬改革工作;动员全社会力量,推动殡葬改革工作。\n")
XIANGGELILA_NOTICE_NAME = "2023-01-24_殡葬管理办法.txt"


def xianggelila_workspace(tmp_path: Path):
    """香格里拉市民政局's workspace (hd51a), no areas listed."""
    return unit_workspace(tmp_path / "ws", "香格里拉市民政局", "市民政局", "香格里拉市")


# 香格里拉's page on its county becoming a city (撤县设市, 2014; hd51a), as the tester saved it.
XIANGGELILA_RENAMED = (
    "民政部批复香格里拉撤县设市\n\n"
    "  记者从香格里拉县民政局了解到,申报了多年的香格里拉县撤县设市工作于12月16日获得民政部批复。\n\n"
    "  据悉,民政部是以(民函〔2014〕375号)批文《关于撤销香格里拉县设立香格里拉市的批复》作为函件发送给香格里拉县相关部门的。批复的"
    "主要内容是:撤销香格里拉县,设立县级香格里拉市,以原香格里拉县的行政区域为香格里拉市的行政区域,香格里拉市人民政府驻建塘镇金沙路22号。\n\n"
    "  据了解,香格里拉县总面积11613平方公里,辖4个镇、7个乡,共有6个居委会、58个行政村。2011年起,香格里拉县就着手撤县设市的申报工作。"
    "2013年省民政厅批复之后,上报中央。今年年初,该县又加大了申报力度,最终获得了民政部批复。\n\n"
    "  撤县设市是迪庆州的一件喜事,是各族人民社会生活中的一件大事,标志着香格里拉进入一个崭新的历史阶段。\n")


# 西双版纳傣族自治州交通运输局's two replies (hd54c's seeds): the page of 2017 signed with the prefecture's full name, the
# page of 2021 naming its bureau 西双版纳州交通运输局.
XSBN_2017 = """关于对州十三届人大一次会议第77号建议的答复

作者 :佚名 来源 :西双版纳州交通运输局 访问次数 : 发布时间 :2017-12-27

关于州十三届人大一次会议77号建议的答复


西交发(2017)259号


刀章明代表:

你提出的《关于小磨高速公路改扩建后期亟需解决问题的建议》已收悉,现答复如下:

小磨高速公路建设项目,是国家重点项目,是昆曼大通道在中国境内的最末段,项目的建设不仅是社会经济发展的需要,更是国防建设的需要,所以中央、省投入了大量的建设资金,我们也是举全州之力完成了征地拆迁工作。在建设过程中,对沿线环境可能会造成一些不完善、不尽人意的地方,如你所提到的有关问题我们高度重视,终坚持建设公路为地方经济发展,为群众出行便捷而积极努力,做好服务碰到有关问题和困难积极向州政府、勐腊县政府及相关部门汇报反映我们相信,在符合政策规定和有关要求的情况下,对合理诉求一定会尽力帮助解决问题和困难,但也可能做不到尽善尽美,人人满意。在此希望得到你的理解,同时也希望你充分发挥人大代表的作用,积极协助做好群众工作

感谢全州交通事业的关心、理解支持

联系人及电话:李明 13908817811

                                                     西双版纳傣族自治州交通运输局

                      2017823
"""
XSBN_2021 = """-
当前位置: 西双版纳傣族自治州人民政府>>西双版纳州交通运输局窗口>>政务公开>>人大代表建议和政协提案办理工作>>
对州十三届人大六次会议第20号建议的答复
来源 :西双版纳州交通运输局 访问次数 : 发布时间 :2021-09-24
C类
公开
罗义辉代表:
您提出的《关于立项实施勐海县至景洪市嘎酒镇嘎东路段(老214线,现XI39线)改扩建项目的建议》收悉,现答复如下:
“十三五”以来,在州委、州政府的正确领导和各级各部门的关心支持下,勐海县农村公路建设以脱贫攻坚为契机,紧紧围绕县委、县政府提出的“普洱茶第一县”的总体思路,以“构建综合交通网,打造互联互通勐海”为总体目标,切实加快建设进度,取得了可喜成绩。农村公路实现3个“一百”,即乡镇通油路率达100%,行政村道路硬化率达100%,村小组通路率达100%。
勐海县至景洪市嘎洒镇嘎东路段39公里道路(老214线,现XI39线)为四级公路,沥青路面。位于景海高速公路旁,景海高速公路分段通车后,勐海至景洪的二级公路通行能力进一步提升,现在勐海县至景洪市嘎洒镇嘎东路段39公里道路的车流量很少。经向上级汇报,该道路改扩建补助资金无政策支撑,资金申请十分困难。勐宋连接线10公里道路改扩建项目,已于2015年11月至2016年12月运用边境转移支付资金进行了改扩建(全长15.13公里,四级公路,路基宽度6.5米、路面宽度4.5米、水泥混凝土路面),目前暂无相关资金进行再次修建。
今后我们将根据经济社会发展情况,确定沿线群众及交通量需求,继续向上级部门申报,争取有关资金、项目支持,有效提高勐宋乡乡村道路通行率,进一步带动和促进勐宋乡经济的发展,使扶贫攻坚得到巩固提升,为步入乡村振兴战略奠定基础。
感谢您对我州交通发展事业的关心和支持!
西双版纳傣
"""
XSBN_SEEDS = {"2017-12-27_州十三届人大一次会议第77号建议答复.txt": XSBN_2017,
              "2021-09-24_州十三届人大六次会议第20号建议答复.txt": XSBN_2021}
# hd54c's suggestion 96, as its clerk received it.
XSBN_96 = """关于列入建设勐海县勐满镇南罕线K0+360至纳包线K0+220道路硬化项目的建议

领衔代表：岩香

建议：将勐海县勐满镇南罕线K0+360至纳包线K0+220道路硬化项目列入建设计划，开展该道路硬化项目工程建设。
"""
XSBN_96_TITLE = "关于列入建设勐海县勐满镇南罕线K0+360至纳包线K0+220道路硬化项目的建议"


# hd54b's suggestion 44 (温县交通运输局), as its clerk received it.
WENXIAN_44 = """关于对维修温县“四好公路”一号路的建议

领衔代表：段艳霞
附议代表：冯文娟、李永庆

建议：对温县“四好公路”一号路（县道紫南线）进行维修。
"""


# seeds/2022-06-29_州人大64号公墓建设资金建议答复.txt of hd55a (shared by test_h293 and test_h298): the reply's lines, its page's frame left out.
WENSHAN_REPLY = """对文山州十五届人大一次会议第64号建议的答复

2022-06-29 17:17  来源:文山州民政局

文民函〔2022〕48号

李万忠等5名代表:

你们提出的《关于给予西畴县8个乡镇农村公益性公墓建设资金支持的建议》(第64号)收悉,现答复如下:

首先,非常感谢各位人大代表对殡葬改革工作,特别是农村公墓建设营运工作的关心和重视。

根据《文山州人民政府关于深化殡葬改革的实施意见》(文政发〔2016〕78号)规定,每建一个乡镇级农村公益性公墓补助40万元。目前,全州已建成的96个乡镇级农村公益性公墓,省、州补助资金已按州级制定的补助标准全部补助到位,包括西畴县的9个乡镇级农村公益性公墓。截止2021年已划拨西畴县农村公益性公墓建设补助资金共计495万元,已超过了州级制定的乡镇级农村公益性公墓建设补助标准,但县级财政实际划拨用于农村公益性公墓建设的资金不足300万元,且2022年又将州本级福彩公益金安排补助西畴县农村公益性公墓建设资金30万元。村级农村公益性公墓建设主要由村级群众自筹建设,上级没有专项补助资金,只有在省级、州本级福彩公益金资金安排上积极争取该项补助资金。

下步,我局将继续抓好以下两项工作:

一是督促西畴县民政局向县政府分管领导汇报、与当地财政部门沟通对接,切实将下达资金划拨到位,切实发挥资金效益。

二是积极向上争取农村公益性公墓建设资金,将争取到的资金逐步分配到各县(市)进行安排补助。

最后,衷心感谢你们对民政工作,特别是对殡葬改革工作的关心与支持。

文山州民政局

2022年6月29日
"""
CEMETERY_TITLE = "关于进一步完善殡葬改革有关配套政策的建议"
CEMETERY_TEXT = ("关于进一步完善殡葬改革有关配套政策的建议\n\n提案人：赵云柱等4位委员\n\n建议：\n一、明确农村公益性公墓的安葬范围。\n"
                 "二、明确经营性公墓的安葬范围。\n")
WENSHAN_AREAS = "文山市, 砚山县, 西畴县, 麻栗坡县, 马关县, 丘北县, 广南县, 富宁县"


# seeds/2020-10-29_市政协四届五次会议第136号建议的复函.txt of hd57b (the bureau's reply on 陕北民歌公园): from its title to the end of its first
# paragraph, the site's chrome left out.
YULIN_REPLY_136 = """关于市政协四届五次会议第136号建议的复函

来源:榆林市文化和旅游局  发布日期:2020-10-29 17:40:26  点击量:3367

 类别:B

签发人:刘仲平

吕政轩代表:

您提出的《关于建设“陕北民歌公园”的建议》(第136号)收悉。现答复如下:

陕北民歌是榆林黄土文化的特色和精粹,是不断创新发展的源泉。近年来,市委、市政府高度重视陕北民歌的传承发展,先后成功举办了六届陕北国际民歌艺术节、三届陕北民歌大赛,吸引了众多游客来榆旅游观光;收集整理了各类陕北民歌3000余首,制作了《永远的信天游—榆林印象》;建成了全国一流的中国陕北民歌博物馆并免费对外开放;举办了“歌从陕北来”陕北民歌演唱会、“流淌在心灵的歌—杜朋朋陕北民歌音乐会”,协办了王二妮在人民大会堂举办的《黄土地的诉说》演唱会,不断推出陕北民歌手,为弘扬和传承发展陕北民歌做出了不懈努力;创作排演的《米脂婆姨绥德汉》《陕北歌谣》等大型陕北秧歌剧,多次到省内外进行了演出,好评如潮。通过一系列的活态传承,《榆林美》《再唱圪梁梁》《俏妹妹》《唱美榆林走天下》《大漠边墙》等一大批新民歌不断涌现出来,为弘扬陕北文化及陕北民歌做出了积极的贡献。组织市民间艺术研究院优秀陕北民歌手多次到学校、广场社区、厂矿进行了惠民演出,不断增强人民群众的文化获得感。横山区成功申报为“中国民间文化艺术之乡”“中国陕北民歌之乡”。经过近年来的精心打造,陕北民歌已逐渐成为榆林文化节庆品牌的又一大亮点。
"""
# seeds/2020-10-29_市政协四届五次会议第223号提案答复的函.txt of hd57b: from its title to the end of its part 一, the site's chrome, 类别
# and 签发人 left out.
YULIN_REPLY_223 = """关于市政协四届五次会议第223号提案答复的函

来源:榆林市文化和旅游局  发布日期:2020-10-29 17:54:36  点击量:2384
樊金朋委员:

您提出的《关于榆林以发展旅游业为载体,打造最具影响力的区域中心城市的建议》(第223号)已收悉,现答复如下:

榆林特殊的地理区位和地形地貌,孕育了独特的文化内涵,拥有丰富的文化资源,既有传统民俗、名胜古迹、自然风光等独特的黄土文化旅游资源,同时有长城文化、农牧交汇文化等众多文化内容,被评为国家历史文化名城,近年来市县两级共同发力,不断激发榆林文化旅游的发展潜力。

一、科学规划引领,合理布局谋篇

2018年完成“十大战略”研究课题之文化旅游产业战略研究,以此为依据,启动《榆林市全域旅游发展规划》编制工作,并于2019年5月通过专家评审会,2020年3月以市政府办文件批准印发,榆林市旅游产业发展顶层设计和战略定位进一步明确,我们将以战略研究成果和《榆林市全域旅游发展规划》为指导,始终坚持“两个更大,三个更好”的总体目标,通过科学规划引领,进一步指导各县市区编制因地制宜的发展规划,合理布局榆林文化旅游产业发展新格局,努力开拓榆林文化旅游发展新局面。
"""
# seeds/2016-10-27_对我市长城沿线旅游发展情况的审议意见.txt of hd57b (the city congress's 审议意见): to the end of its (一).
YULIN_REVIEW_2016 = """网站首页 -> 重要发布 -> 审议意见 -> 正文
对我市长城沿线旅游发展情况的审议意见
  • 信息来源:
  • 发布日期:2016-10-27
  • 作者:
【文字
发布时间:2016-10-27  编辑:



市四届人大常委会第四次会议于2016930日听取和审议了市人民政府《关于我市长城沿线旅游发展情况的报告》和市人大常委会调研组《关于我市长城沿线旅游发展情况的调研报告》。会议认为,近年来,在全市转型发展的大背景下,市政府不断加大长城保护利用工作力度,进一步挖掘长城文化内涵,我市长城沿线旅游业得到一定发展,但同时也存在一些不容忽视的问题,主要表现在:重视不够投入不足;旅游规划严重滞后;管理体制机制不顺;古长城保护现状堪忧;长城沿线缺少精品景区。针对存在的问题,常委会组成人员经过认真审议,提出以下审议意见:

(一)加强领导、提高认识,着力做好旅游发展规划

目前,在我市经济下行的压力之下,全市上下必须牢固树立区域统筹发展理念,统筹考虑我市长城沿线旅游发展整体方向,科学定位,统一规划,尽快出台《榆林市旅游发展总体规划》和《榆林市长城沿线旅游发展专项规划》。遵循“先规划、后开发”的原则,充分发挥规划的龙头先导作用,将我市长城沿线旅游融入国家“一带一路”战略,依托长城文化,打造边塞旅游廊道。长城沿线各县区要充分认识到旅游业作为国民经济战略型支柱产业的重要地位,要有主动转型的战略思维,切实把旅游业发展作为资源型城市转型发展的重要突破口,重点在不断完善长城沿线文化、能化、生态农业旅游上下功夫,推动全市长城沿线旅游业有序发展。
"""
# seeds/2019-12-07_榆林加强长城遗址保护.txt of hd57b (a forum's repost of news of the bureau's 长城 work): to the end of its work with figures.
YULIN_WALL_2019 = """主题: 榆林加强长城遗址保护,让长城精神传承下去~

  • 不甚了了
楼主回复
  • 阅读:11991
  • 回复:0
  • 发表于:2019/12/7 13:50:45
  • 来自:陕西
  1. 楼主
  2. 倒序看帖
  3. 只看该作者
马上注册,结交更多好友,享用更多功能,让你轻松玩转府谷社区。

立即注册。已有帐号? 登录或使用QQ登录微信登录新浪微博登录

榆林作为边关要地,是我国历史上修筑长城最多的地区之一,目前主要遗存有战国秦长城(即秦昭襄王长城)、隋长城、明长城。自东向西经过我市府谷、神木、榆阳、横山、靖边、定边等县区。此外,明长城沿线还分布着规模较大的军事性驻军聚落,被称为“三十六营堡”。经过数百年风雨侵蚀和人为活动的影响,榆林长城整体保存情况较差,为此,我市逐步建立完备的长城保护管理制度,不断完善长城保护工作,全面展示长城文化精神。


镇北台(刘继远 摄)


{

多措并举

加强长城遗址保护

}

  经过数百年风雨侵蚀和人为活动的影响,长城榆林整体保存情况差,许多墙体段落及其附属的障城、烽火台等已经消失。为使珍贵的长城资源得到全面有效保护,除了逐步建立完备的长城保护管理制度,大力加强巡查力度外,2019年以来,市文旅局在全力加强榆林长城遗址保护中做了大量工作。



  市文旅局安排400余万元,完成了200块长城遗址重点段落和重点营堡保护标志碑的项目设计,将于年底安装到位;实施长城抢救性保护工作,争取国家投资1270万元,实施明长城龙洲堡、靖边县五台村段抢救性保护工程,不断改善和优化靖边县境内长城周边环境,保护长城遗存的真实性、完整性和历史风貌,展示长城遗址“中华民族精神标识”的深厚内涵。
"""
# seeds/2022-12-13_对市五届人大一次会议第1号建议的答复函.txt of hd57b (the bureau's reply of two days before, on 长城): its first two paragraphs, the second to its first sentence's end.
YULIN_REPLY_67_HEAD = YULIN_REPLY_67[:YULIN_REPLY_67.index("由于历史时期")] + "\n"
YULIN_TITLE = "关于建设榆林边塞文化旅游走廊的议案"
# hd57b's suggestion.txt (the asks restated from the real reply's title, opening and part one), whole.
YULIN_SUGGESTION = """关于建设榆林边塞文化旅游走廊的议案

领衔代表：张凌云

（议案原文未公开；以下据答复函的标题、开头和第一个小标题复述所提事项。答复页面在第一点中途截断，其后或另有所提事项。）

榆林地处长城沿线，境内长城、营堡、烽燧等边塞文化资源丰富，但长期以来开发利用分散，尚未形成整体品牌和旅游线路。为此建议：
一、依托长城资源，统一规划建设榆林边塞文化旅游走廊（长城文化旅游带），把沿线景区景点、营堡串联起来。
二、抓住长城国家文化公园建设机遇，推进长城沿线重点景区提升和精品景区创建，丰富沿线旅游业态。
三、打造榆林长城边塞文化旅游品牌，加强宣传推介和招商。
"""
YULIN_SEEDS = {"2020-10-29_市政协四届五次会议第136号建议的复函.txt": YULIN_REPLY_136, "2020-10-29_市政协四届五次会议第223号提案答复的函.txt": YULIN_REPLY_223,
         "2016-10-27_对我市长城沿线旅游发展情况的审议意见.txt": YULIN_REVIEW_2016, "2019-12-07_榆林加强长城遗址保护.txt": YULIN_WALL_2019,
         "2022-12-13_对市五届人大一次会议第1号建议的答复函.txt": YULIN_REPLY_67_HEAD}

def yulin_workspace(tmp_path):
    """hd57b's workspace: 榆林市文化和旅游局 and its city's areas."""
    return unit_workspace(tmp_path / "ws", "榆林市文化和旅游局", "市文旅局", "榆林市",
                          "榆阳区, 横山区, 神木市, 府谷县, 靖边县, 定边县, 绥德县, 米脂县, 佳县, 吴堡县, 清涧县, 子洲县")


CHENGDE_AREAS = ("双桥区, 双滦区, 鹰手营子矿区, 平泉市, 承德县, 兴隆县, 滦平县, 隆化县, 丰宁满族自治县, 宽城满族自治县, "
                 "围场满族蒙古族自治县")
CHENGDE = ("承德市交通运输局", "市交通运输局", "承德市", CHENGDE_AREAS)
CHENGDE_TITLE = "关于承德高速口到鞍匠、下板城高速口免高速费的建议"
# suggestion.txt of hd58a (the asks as the real reply restates them), its note on that left out.
CHENGDE_SUGGESTION = (f"{CHENGDE_TITLE}\n\n领衔代表：李淑君等代表\n\n目前，市区环城高速双峰寺、承德东、承德、高新区、滦河、西地、双滦北、避暑山庄八个站口之间点对点通行的小客车已通过“先缴费、后退费”"
              "方式实现免费通行。承德县鞍匠、下板城两个高速口不在免费范围内，承德县群众往返市区仍需缴纳高速通行费。为此建议：\n\n"
              "一、将承德高速口至鞍匠高速口、至下板城高速口之间通行的小客车纳入环城高速免费（退费）范围，免收高速通行费。\n\n"
              "二、方便承德县群众往返市区出行，促进承德县与市区一体化发展。\n")
CHENGDE_ENDS = "二、方便承德县群众往返市区出行，促进承德县与市区一体化发展。"
# seeds/2017-02-08_承德市公路养护水平走在全省前列.txt of hd58a: its head and its third paragraph.
CHENGDE_SEED = "2017-02-08_承德市公路养护水平走在全省前列.txt"
CHENGDE_PAGE = ("http://cd.hebnews.cn/2017-02/08/content_6289544.htm\n承德新闻>>承德时政要闻\n\n承德市公路养护水平走在全省前列\n\n"
        "2017-02-08 10:42:43 来源:承德政府网\n\n"
        "养护管理能力进一步提升,考评位次由全省第三提升至第二位。目前,已完成国省干线公路养护工程41 项,完成投资5 亿元,其中在交通运输部确定的"
        "公路安全生命防护示范工程6个省级先行试点中,承德市作为河北省唯一试点,在全国率先完成4 条段258.3公里的示范工程改造和建设,获交通运输部"
        "验收组的高度评价。道路运输服务水平进一步提升,承德至下板城、承德至围场高速客运班线正式开通,承张高速客运班线已完成招投标工作,预计今年"
        "年内开通。(记者马思稳,通讯员张伟)\n")


def asks_as_drafted(ws, text: str, title: str):
    """The asks of a suggestion's ``text`` under ``title`` with their words (:func:`~drafter.compose.select.ask_words`), set as
    a draft sets them in the workspace ``ws`` (their synonyms, the title's words, their keys primed on its fact base)."""
    from drafter.compose.asks import parse_asks
    from drafter.compose.select import GENERIC, ask_words, matter_phrase, prime_asks
    from drafter.compose.sentences import bigrams
    from drafter.compose.synonyms import phrase_synonyms, synonyms_of
    from drafter.facts.index import FactIndex

    asks, index = parse_asks(text, title), FactIndex.load(ws)
    for ask in asks:
        ask.synonyms, ask.phrase_synonyms = " ".join(synonyms_of(ask.text, ws)), " ".join(phrase_synonyms(ask.phrase, ask.text, ws))
        ask.titled = frozenset(bigrams(matter_phrase(title)) - GENERIC)
    words = ask_words(asks, ws, index)
    prime_asks(asks, index, ws)
    return asks, words


WUYUAN_TITLE = "关于推动农村产业发展促进乡村振兴的建议"
# hd69b's suggestion.txt (婺源县农业农村局, 县政协十二届二次会议第18号提案), whole, and the county's areas.
WUYUAN_TEXT = ("关于推动农村产业发展促进乡村振兴的建议\n\n产业振兴是乡村振兴的重中之重。为推动我县农村产业发展、促进乡村振兴,建议:\n"
               "一、合理规划。立足我县生态、文化等特色资源优势,科学编制乡村产业发展规划,明确主导产业和发展布局,推进各类生产要素优化配置。\n"
               "二、做强特色产业。围绕茶叶、皇菊、油茶等特色产业,发展优势产业,提升农产品品牌和附加值。\n"
               "三、促进一二三产业融合发展。在乡村适度发展农产品加工业,推动农业与文化、旅游、体育融合,发展休闲农业、乡村旅游、农村电商等新产业新业态,"
               "打造田园综合体。\n"
               "四、带动农民增收。让产业发展更多更好惠及农村农民,巩固拓展脱贫攻坚成果,防止规模性返贫。\n")
WUYUAN_AREAS = "蚺城街道, 紫阳镇, 清华镇, 秋口镇, 江湾镇"
# seeds/2019-03-26_生态加产业乡村振兴路径研究.txt of hd69b: its head and its second item's paragraph to its 三是.
WUYUAN_PAPER = ("APP下载\n\n“生态+产业”:乡村振兴的路径研究\n——以江西婺源乡村振兴为个案\n\n2019-03-26\n\n福建质量管理 2019年20期\n"
                "关键词:婺源县婺源油菜花\n\n(西北工业大学 陕西 西安 710072)\n\n一、“农业+旅游”:打牢乡村振兴的产业基础\n\n"
                "(二)做好特产,把农特产品变成旅游商品。婺源县把农特产品变成旅游商品,提升农业产品的附加值。一是做龙头。目前省、市农业龙头企业分别"
                "达到7家、27家。龙头企业在开拓市场、创新科技、带动农户方面发挥了积极作用,增强了农业的旅游服务能力,推动了农业增效和农民增收。"
                "二是做品牌。围绕振兴“千年茶乡”目标,将全县原有20余个茶叶品牌整合为“婺源绿茶”一个品牌,实行“统一品牌、统一标准、统一宣传营销”。\n")
# seeds/2020-05-06_产业富农文明兴村.txt of hd69b (中国城市报): its head and its first two paragraphs.
WUYUAN_NEWS = ("当前位置:首页 > 新闻频道 > 媒体看婺源\n\n[中国城市报]江西婺源:产业富农 文明兴村(图文)\n\n"
               "发布时间:2020-05-06 12:22:46  作者: 叶中华 江淦泉  来源:中国城市报  点击数:载入中…\n\n篁岭晒秋。\n\n"
               "江西省上饶市婺源县篁岭村置身于海拔1260 米的石耳山中,有着近600年历史。旅游开发之前,篁岭村一度成为“空心村”。2009年,"
               "婺源县乡村文化发展有限公司开始进入篁岭进行古村开发保护,通过资本注入、产权置换,以山上旧宅置换山下新宅方式,对篁岭村320名村民"
               "进行搬迁,实现了“村民下山、游客进村”,让地道农民变为旅游从业者,构建起村民和景区的利益共同体。\n\n"
               "如今,篁岭村已经从一个“养在深闺人未识”的村庄,成长为国家4A级景区。篁岭景区周边的晓容、前段、栗木坑、篁岭新村等村庄有50余家"
               "从事农家乐经营的农户,户均年增收5万元,“旅游脱贫”在这里已经变为现实,形成了独具特色的“篁岭模式”。\n")


def wuyuan_workspace(root: Path):
    """A loaded workspace at ``root`` of hd69b's bureau, 婺源县农业农村局."""
    return unit_workspace(root, "婺源县农业农村局", "县农业农村局", "婺源县", WUYUAN_AREAS)


def wuyuan_draft(tmp_path: Path, seeds: dict[str, str]) -> list[str]:
    """hd69b's proposal drafted as its clerk drafted it (第18号, 江建红, 2022-11-01) in :func:`wuyuan_workspace` from ``seeds``
    (file name → page): the draft's paragraphs."""
    _, out = seeds_draft(tmp_path, wuyuan_workspace(tmp_path / "ws"), seeds, "18", WUYUAN_TITLE, WUYUAN_TEXT, "--deputy", "江建红",
                         "--session", "县政协十二届二次会议", "--proposal", "--date", "2022-11-01")
    return [p.text for p in docx.Document(str(out)).paragraphs]


# hd62b's suggestion.txt (栖霞市农业农村局, 第1802016号建议), whole.
APPLE_TITLE = "关于苹果业加快发展的建议"
APPLE_TEXT = ("关于苹果业加快发展的建议\n\n栖霞苹果是我市最大的富民产业,但当前老龄低效果园比重大、产能下降,果农技术水平参差不齐,"
              "主栽品种单一、良种苗木供给不足。为加快我市苹果产业发展,建议:\n"
              "一、加快老龄低效果园更新改造,推广伐老建新、矮砧密植、水肥一体化、防雹网等设施,提升果园产能;\n"
              "二、加强果农技术培训,邀请科研院所专家开展技术指导,实现技术培训全覆盖;\n"
              "三、加快优良品种和苗木繁育推广,扶持苗木繁育企业,引进试验新优品种,开展栖霞苹果自主品种选育;\n"
              "四、强化政策支持,推动苹果产业高质量发展。\n")


# The held-out rounds' bureaus as :func:`unit_workspace` takes them (name, short name, place[, areas[, work]]), each
# declared once: a test wanting one without its areas takes its first three.
BAOSHAN = ("保山市文化和旅游局", "市文旅局", "保山市")
XINYANG = ("信阳市工业和信息化局", "市工信局", "信阳市", "浉河区, 平桥区, 罗山县, 光山县, 新县, 商城县, 固始县, 潢川县, 淮滨县, 息县")
TIANSHUI = ("天水市文化和旅游局", "市文旅局", "天水市", "秦州区, 麦积区, 清水县, 秦安县, 甘谷县, 武山县, 张家川回族自治县")
YICHUN = ("宜春市文化广电新闻出版旅游局", "市文广新旅局", "宜春市", "袁州区, 樟树市, 丰城市, 高安市, 奉新县, 万载县, 上高县, 宜丰县, 靖安县, 铜鼓县")
BAZHONG = ("巴中市卫生健康委员会", "市卫生健康委", "巴中市", "巴州区, 恩阳区, 通江县, 南江县, 平昌县")
KAIFENG = ("开封市公安局", "市公安局", "开封市", "龙亭区, 顺河回族区, 鼓楼区, 禹王台区, 祥符区, 杞县, 通许县, 尉氏县, 兰考县", "我市交通管理工作")
HANZHONG = ("汉中市经济合作局", "市经合局", "汉中市", "汉台区, 南郑区, 城固县, 洋县, 西乡县, 勉县, 宁强县, 略阳县, 镇巴县, 留坝县, 佛坪县")
SHANWEI = ("汕尾市住房和城乡建设局", "市住房城乡建设局", "汕尾市", "城区, 海丰县, 陆丰市, 陆河县")
ZHUHAI = ("珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区")
ZHOUSHAN = ("舟山市发展和改革委员会", "市发改委", "舟山市", "定海区, 普陀区, 岱山县, 嵊泗县")
XINGTAI = ("邢台市林业局", "市林业局", "邢台市", "南和区, 任泽区, 襄都区, 信都区")
HUOQIU = ("霍邱县城市管理行政执法局", "县城管执法局", "霍邱县", "城关镇, 孟集镇, 临淮岗乡")
XIAPU = ("霞浦县农业农村局", "县农业农村局", "霞浦县", "松城街道, 长春镇, 牙城镇, 溪南镇, 沙江镇, 三沙镇")


# 旺苍县文化旅游和体育局 (held-out hd72b): the unit, a seed page and the suggestion (tests hx73b1, md61b).
WANGCANG_BUREAU = ("旺苍县文化旅游和体育局", "县文化旅游和体育局", "旺苍县")
# hd72b's seeds/2021-06-04_wangcang-tianfu-candidate.txt: its head and its first four paragraphs.
WANGCANG_TIANFU = ('您的位置: 首页 >新闻中心>全省地情动态>市县动态>详细内容\n\n旺苍县入选天府旅游名县候选县\n\n'
                   '来源:旺苍县委党史研究室(县地方志编纂中心)供稿 发布时间:2021-06-04 11:20:52 浏览次数: 【字体:\n\n'
                   '6月2日,四川省文化和旅游厅发布了第三批天府旅游名县候选县名单(55个县(市、区)入选),其中旺苍县成功入选。\n\n'
                   '旺苍位于四川盆地北缘、米仓山南麓,幅员面积2987平方公里,总人口53万。旺苍地处南北气候交界线和东西地理分界线,'
                   '独特的自然条件造就了丰厚的旅游资源,素有“川北明珠•人间仙境”之美誉。\n\n'
                   '旺苍处处山奇水秀,风光绮丽,可春赏花、夏避暑、秋观叶、冬听雪,一年四季皆美景,一年四季皆可游,是高端生态旅游目的地。\n\n'
                   '旺苍有国家级自然保护区——米仓山自然保护区,国家级风景名胜区——米仓山大峡谷,国家4A级旅游景区鼓城山---七里峡、米仓山大峡谷、'
                   '中国红军城、木门景区,国家3A级旅游景区南阳山景区,省级森林公园——盐井河原始彩色森林公园,四川名泉——鹿亭温泉。\n')
# hd72b's suggestion.txt, whole.
WANGCANG_FARM_TOURISM = ('关于创新农旅深度融合 推动乡村振兴发展的建议\n\n'
                         '一、农旅融合与乡村振兴要注重强化规划引领。建议编制完善全县旅游、乡村旅游等规划,为农旅项目和休闲旅游项目落地提供上位依据,'
                         '在农旅融合点上结合城镇建设规划,体现农业生产、农村居住、生态环境保护和农耕文明传承等功能。\n'
                         '二、农旅融合与乡村振兴要注重全面提档升级。建议打造提升红色旅游景区,完善景区道路、停车场、旅游厕所等配套设施,'
                         '改善通往景区景点的交通条件,打造星级农家乐、乡村酒店、乡村民宿等乡村旅游精品产品。\n'
                         '三、农旅融合与乡村振兴要注重凝聚乡村人气。建议借助电子商务平台推广农村产品,培育旅游产品,实施园区变景区,'
                         '让农业园区带动群众在旅游发展中受益。\n')
