"""hd26: the letter's frame as the bureau's own replies write it, on real lines of their pages — how it thanks
(牟定县水务局, hd26c), whom it addresses and how it tells the item's handling (临沧市文化和旅游局, hd26b)."""

from __future__ import annotations

import re

import docx
from click.testing import CliRunner
from helpers import distil_pages, unit_workspace

from drafter.cli import cli
from drafter.compose.form import title_end, title_head
from drafter.compose.wording import Wording
from drafter.docx.read import read_draft
from drafter.model import SourceMeta

# 临沧市文化和旅游局's reply to 政协第05030103号提案 (2024-08-06), its head as the page prints it: to a 学习小组, 你们; its first
# paragraph thanks, then tells how the proposal was handled.
LINCANG_05030103 = """政府信息公开

索引号:
lyj1/2024-00062
发布机构:
临沧市文化和旅游局
文 号:
发布日期:
2024-08-06

临沧市文化和旅游局关于政协临沧市委员会五届三次会议第05030103号提案的答复

市政协人口资源环境委员会第二学习小组:

你们在政协临沧市委员会五届三次会议上提出的“关于加强A级旅游景区管理,推动乡村旅游提档升级的提案”(第05030103号),已由市政府转交我局研究办理,现将办理情况答复如下:

首先,衷心地感谢你们对临沧文化旅游业的关心和支持,为临沧文化旅游业的健康、快速、可持续发展出谋划策。我局收到提案后,高度重视,召开专题会议对提案进行了认真的分析、研究,并责成分管领导负责,指定智慧旅游规划科具体办理。

近年来,在市委、市政府的高度重视下,制定出台了《临沧市文化和旅游强市建设三年行动方案(2023—2025年)》和《临沧市加快推动旅游高质量发展实施方案》等政策措施,不断推动文化旅游深度融合,在要素完善、产品开发、品牌创建、主体培育、宣传促销等方面都得到长足进步。全市建成A级景区48家(AA级13家、AAA级26家、AAAA级9家)。
"""
# …and its reply to 人大第97号建议 (2019), to two deputies: 你, its unit by its short name at the handling sentence's head.
LINCANG_97 = """关于对临沧市第四届人民代表大会第二次会议第97号建议的答复函

  临文旅函〔2019〕27号

  临沧市文化和旅游局关于对临沧市第四届人民代表大会第二次会议第97号

  建议的答复函

  田俊、李若一代表:

  你在临沧市第四届人民代表大会第二次会议上提出的“关于打造中国黄衣阿佤古寨发展民族特色旅游业的建议”(即第97号建议),已由市政府转交由我局研究办理,现将办理情况答复如下:

  首先,衷心地感谢你对临沧文化旅游业的关心和支持,为临沧文化旅游业的健康、快速、可持续发展出谋划策。市文化旅游局收到建议后,高度重视,召开了专题会议,对你的建议进行了认真的分析、研究,并责成分管领导负责,指定智慧旅游规划科具体办理。

  6月29日,市委召开了四届五次全会,审议通过了《中共临沧市委关于深入实施“百村示范、千村整治”工程全面推进乡村振兴的决定》,研究制定了《临沧市大力发展乡村旅游的意见》和《临沧市乡村旅游示范村建设实施方案》。
"""
LINCANG_TITLE = "关于推动临沧文旅产业高质量发展的几点建议"
LINCANG_ASKS = "一是从市级层面加强全市旅游资源的整体打造,树牢全域旅游发展理念。二是加快度假区创建,策划包装特色鲜明的网红夜市。\n"

# 米易县水利局's reply to 县十九届人大五次会议第34号建议 (2025-09-23), as its page prints it: a paragraph of how it was
# handled, the days it met the deputy, before the matter.
MIYI_34 = """米易县水利局 对县十九届人大五次会议第34号建议的答复
来源:米易县水利局 发布时间:2025-11-14 选择阅读字号:[ 大 中 小 ] 阅读次数: 0
米易县水利局
对县十九届人大五次会议第34号建议的答复
张迎春代表:
感谢您对米易县水利事业发展的关心和支持,您提出的关于解决攀莲镇水塘村9-15社农村饮用水问题的建议收悉,现答复如下:
针对您提出的建议,我局高度重视,立即组织分管负责同志及相关科室人员对建议进行研究。2025年5月21日,我局组织相关科室人员与代表进行见面沟通,深入了解建议细节与核心诉求;6月17日,我局与代表进行见面,就工作思路及方法进行了沟通交流;6月25日我局工作人员会同代表进行实地勘察就建议解决方案形成了初步答复意见。
经核查,近几年因降雨量减少加之晃桥水库中型灌溉项目实施了渠道改管道措施,工程规范化管理的同时地表渗透水减少也加剧饮用水井水量不足。
最后,再次感谢您对米易县水利工作的关心,希望您一如既往地关心和支持我们的工作!
米易县水利局
2025年9月23日
"""
# 镇康县农业农村局's reply to 建议0038 (ynzk.gov.cn/zfxxgk_zkx_nyncj/artview/333/339948.html, 2025-12-16), its head as
# the page prints it: 一、办理工作开展情况, the meeting, who led it and who handled it, by name.
ZHENKANG_0038 = """镇康县农业农村局关于对镇康县第十八届 人民代表大会第四次会议代表第0038号 建议的答复函
浏览:301次 字体:【

杨文强等3名代表:

你们在镇康县第十八届人民代表大会第四次会议期间提出的《关于硬化勐捧镇南梳坝村老出水自然村产业道路的建议》,已交由镇康县农业农村局办理,现将办理情况答复如下:

一、办理工作开展情况

镇康县农业农村局高度重视,召开党组会议专题研究人大代表建议办理工作,提出三点办理要求:一是实学。要求班子成员及建议办理人员认真研学人大代表建议办理的相关规定及文件通知要求,并严格遵照执行。二是实办。要求做到重点建议“一建议一方案”,规范办理流程,不得以协商代替答复,更不得协商、答复一并开展。三是实效。要求与人大代表面对面协商,深入了解代表的真实意图和预期效果,多想办法,多找渠道,力求把建议办理做成为民办实事的有效渠道。会议明确由刘权牵头,杨天恩具体负责,县农业项目管理服务中心负责办理此建议,全流程开展面商、办理、答复等工作。

通过主动与代表沟通联系,于2025年5月8日与杨文强代表进行面商,充分听取意见建议,了解代表真实意愿,通过与发改、交通、勐捧镇等部门沟通对接,形成初步答复意见,2025年12月3日,再次和杨文强代表面对面协商确认,形成建议办理意见。

二、关于建议中反映的问题

你们反映的:“关于硬化勐捧镇南梳坝村老出水自然村产业道路”的建议,我们经研究核实认为:勐捧镇南梳坝村老出水自然村耕地资源集中,农业种植是当地村民主要收入来源。
"""
# …and its reply to 政协第34号提案 (ynzk.gov.cn/info/1090/5344.htm, 2021-07-02), its head as the page prints it.
ZHENKANG_34 = """镇康县农业农村局关于对镇康县政协第十一届委员会第五次会议第34号提案的答复函 |
来源: 作者:镇康县农业局 时间:2021-08-25 点击率:【 打印 】【 关闭 】 |
|
罗捧军等委员: 你们在政协镇康县第十一届委员会第五次会议期间提出“关于请求帮助解决南伞镇道水村丙亩坝水渠建设的提案”,已交由我局办理。现将办理情况答复如下: 实施沟渠修建,对于提高农业生产水平,促进群众增产增收具有重要意义。我局已将该沟渠作为小型农田水利建设项目储备,在农业农村“十四五”规划和农业补短板项目中进行细化,积极向上级争取项目,待上级下达资金后优先安排实施。 感谢你们对农业农村工作的支持,对以上办理有何意见,请填入“征询意见表”向政协提案工作委员会反馈。 镇康县农业农村局 2021年7月2日 |
"""
# 牟定县水务局's replies (2022, 2023), as their pages print them: 收悉…现答复如下 with no thanks, the thanks at the end.
MOUDING_74 = """牟定县水务局关于答复县十八届人大一次会议第74号建议的函

日期:2022年09月24日   作者:   来源:    点击:[]

李宗玉代表:

你在县十八届人大一次会议上提出的关于立项建设铁厂河河道治理的建议,交由我单位办理,现答复如下:

2020年,县水务局已委托楚雄欣源水利电力勘察设计有限责任公司编制了《牟定县“十四五”水安全保障规划报告》,铁厂河河道治理工程已列入牟定县“十四五”水安全保障规划中的山洪沟治理工程项目。目前,项目上报国家水利部,争取项目资金支持。

感谢您对我县水务工作的关心与支持!
"""
MOUDING_YANGGANSHI = """王建平、李晓艳、代德忠、刘姣艳、陈忠丽、孟德云、普翠珍、希琼芬、晋波、杨鑫代表:
您 们在县十八届人大二次会议上提出的“关于请求上级党委政府给予解决羊肝石村委会人畜饮水困难的议案”,交由我单位办理,现答复如下:
羊肝石村委会人畜饮水项目已列入牟定县城乡供水一体化三年专项行动项目中,该项目已完成项目的可研编制及批复。
最后,感谢您 们对我县水务工作的关心与支持,希望一如既往地支持水务工作。
"""


def _workspace(tmp_path, name: str, short: str, place: str, work: str, pages: dict[str, str]):
    ws = unit_workspace(tmp_path / "ws", name, short, place, work=work)
    return distil_pages(ws, pages)


def _draft(root, number: str, title: str, deputy: str, *options: str, text: str = LINCANG_ASKS):
    (root / "suggestion.txt").write_text(text, "utf-8")
    out = root / "drafts" / f"{number}.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", deputy, "--date", "2025-09-19",
                                      "--type", "B", "--text", str(root / "suggestion.txt"), "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return out


def _paragraphs(path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def _lincang(tmp_path, pages: dict[str, str]):
    return _workspace(tmp_path, "临沧市文化和旅游局", "市文旅局", "临沧市", "临沧文化和旅游工作", pages)


def test_a_collective_is_addressed_as_the_bureaus_replies_to_collectives_say(tmp_path):
    """临沧's replies to a 学习小组 and to a 界别 say 你们, and so does its real reply to 市政协委员联络委员会; the draft said
    贵会 three times, a 委员会's word by its name (hd26b 8)."""
    root = _lincang(tmp_path, {"2024-08-06_05030103.txt": LINCANG_05030103})
    text = "".join(t for _, t in _paragraphs(_draft(root, "05040117", LINCANG_TITLE, "市政协委员联络委员会", "--proposal",
                                                  "--session", "临沧市政协五届四次会议")))
    assert "你们提出的《关于推动临沧文旅产业高质量发展的几点建议》" in text and "感谢你们" in text, text
    assert "贵会" not in text, text


def test_a_collective_is_addressed_by_its_name_where_the_bureau_wrote_only_to_persons(tmp_path):
    """The word of its replies to two deputies (你) tells nothing of a collective: 贵会 as its name says."""
    root = _lincang(tmp_path, {"2019-12-19_97.txt": LINCANG_97})
    text = "".join(t for _, t in _paragraphs(_draft(root, "05040117", LINCANG_TITLE, "市政协委员联络委员会", "--proposal",
                                                  "--session", "临沧市政协五届四次会议")))
    assert "贵会提出的《关于推动临沧文旅产业高质量发展的几点建议》" in text, text


def test_the_handling_is_told_as_the_bureaus_replies_tell_it(tmp_path):
    """Both of 临沧's replies open their body on how the item was handled (收到提案后，高度重视，召开专题会议…指定智慧旅游规划科
    具体办理), and so does its real reply of 2025; the draft had nothing of it (hd26b 7). It is offered after the opening, as
    they place it, highlighted under a comment naming the reply; the office they named that year is the clerk's to fill."""
    root = _lincang(tmp_path, {"2019-12-19_97.txt": LINCANG_97, "2024-08-06_05030103.txt": LINCANG_05030103})
    out = _draft(root, "05040117", LINCANG_TITLE, "市政协委员联络委员会", "--proposal", "--session", "临沧市政协五届四次会议")
    paragraphs = _paragraphs(out)
    at = next(n for n, (style, _) in enumerate(paragraphs) if style == "开头语")
    handling = paragraphs[at + 1][1]
    assert handling == "我局收到提案后，高度重视，召开专题会议对提案进行了认真的分析、研究，并责成分管领导负责，指定【待补充：承办科室】具体办理。", handling
    assert paragraphs[at + 2][1] == "一、基本情况", paragraphs[at + 2]
    assert "智慧旅游规划科" not in "".join(t for _, t in paragraphs)
    read = next(p for p in read_draft(out) if p.text == handling)
    assert "".join(h.text for h in read.highlights) == handling, read.highlights
    assert any("第05030103号提案的答复" in n and "办理过程" in n for n in read.comments), read.comments


def test_the_handling_of_a_suggestion_is_said_of_it(tmp_path):
    """The 2019 reply's sentence (市文化旅游局收到建议后…对你的建议进行了认真的分析) drafts a deputy's suggestion: the bureau's
    self name at its head, the draft's reader and item word."""
    root = _lincang(tmp_path, {"2019-12-19_97.txt": LINCANG_97})
    paragraphs = _paragraphs(_draft(root, "12", "关于发展乡村旅游的建议", "张某", "--session", "临沧市第五届人民代表大会第四次会议"))
    at = next(n for n, (style, _) in enumerate(paragraphs) if style == "开头语")
    assert paragraphs[at + 1][1].startswith("我局收到建议后，高度重视，召开了专题会议，对你的建议进行了认真的分析、研究"), paragraphs[at + 1]


def test_the_days_of_the_handling_are_the_clerks_to_fill(tmp_path):
    """米易县水利局's paragraph of how it handled 第34号建议 (我局高度重视，立即组织…研究; the days it met the deputy):
    offered whole, in its words, its days 【待补充】 — another year's days are never this item's."""
    root = _workspace(tmp_path, "米易县水利局", "县水利局", "米易县", "我县水利工作", {"2025-09-23_34.txt": MIYI_34})
    paragraphs = _paragraphs(_draft(root, "12", "关于解决丙谷镇农村饮用水问题的建议", "李某", "--session", "县十九届人大六次会议",
                                    text="建议解决丙谷镇农村饮用水问题。\n"))
    at = next(n for n, (style, _) in enumerate(paragraphs) if style == "开头语")
    said = paragraphs[at + 1][1]
    assert said.startswith("我局高度重视，立即组织分管负责同志及相关科室人员对建议进行研究。【待补充：时间】，我局组织"), said
    assert "会同代表进行实地勘察" in said and not re.search(r"\d", said), said


def test_the_persons_who_led_the_handling_are_the_clerks_to_fill(tmp_path):
    """镇康's part 一、办理工作开展情况 names who led its handling of 0038 (由刘权牵头，杨天恩具体负责) and the unit handling it:
    under its heading, the draft says its paragraph of the meeting for this item, those names 【待补充】, never copied."""
    root = _workspace(tmp_path, "镇康县农业农村局", "县农业农村局", "镇康县", "我县农业农村工作",
                      {"2025-12-16_0038.txt": ZHENKANG_0038})
    paragraphs = _paragraphs(_draft(root, "0040", "关于支持南伞镇茶叶产业发展的建议", "李某某",
                                    "--session", "镇康县第十八届人民代表大会第五次会议", text="建议支持南伞镇茶叶产业发展。\n"))
    at = next(n for n, (style, _) in enumerate(paragraphs) if style == "开头语")
    assert paragraphs[at + 1][1] == "一、办理工作开展情况", paragraphs[at + 1]
    said = paragraphs[at + 2][1]
    assert said.startswith("我局高度重视，召开党组会议专题研究人大代表建议办理工作，提出三点办理要求"), said
    assert "会议明确由【待补充：牵头或负责人员】牵头，【待补充：牵头或负责人员】具体负责，【待补充：承办科室】负责办理此建议" in said, said
    assert not any(name in "".join(t for _, t in paragraphs) for name in ("刘权", "杨天恩", "项目管理服务中心")), said


def test_a_bureau_thanking_at_the_end_alone_thanks_once(tmp_path):
    """牟定县水务局's replies open …交由我单位办理，现答复如下 and thank at the end; the draft thanked in its opening and again
    (hd26c 10): one of them was signed, and one is no habit. Its unsigned one counted as the bureau's own (its issuer filled,
    as the clerk did in ws2), the draft thanks once, in the closing, without 再次 — for the work drafter.yaml names."""
    root = _workspace(tmp_path, "牟定县水务局", "县水务局", "牟定县", "我县水务工作",
                      {"2022-09-24_74.txt": MOUDING_74, "2023-06-20_羊肝石.txt": MOUDING_YANGGANSHI})
    unsigned = next(p for p in (root / "facts").glob("*.yaml") if "羊肝石" in p.read_text("utf-8"))
    unsigned.write_text(re.sub(r"(?m)^  issuer:.*$", "  issuer: 牟定县水务局", unsigned.read_text("utf-8"), count=1), "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    paragraphs = dict(_paragraphs(_draft(root, "12", "关于对米村青龙闸（小二型）水库进行除险加固的建议", "李家彪",
                                         "--session", "县十八届人大四次会议",
                                         text="建议对米村青龙闸（小二型）水库进行除险加固。\n")))
    assert "感谢" not in paragraphs["开头语"], paragraphs["开头语"]
    assert "感谢您对我县水务工作的理解和支持" in paragraphs["结束语"] and "再次" not in paragraphs["结束语"], paragraphs["结束语"]


def test_the_title_opens_as_the_bureaus_titles_do_after_its_name(tmp_path):
    """镇康县农业农村局's titles open on its name, then 关于对 (…关于对镇康县第十八届人民代表大会第四次会议代表第0038号建议的答复函,
    …关于对…第34号提案的答复函): two of them make its habit, head and end, though each names the bureau first."""
    root = _workspace(tmp_path, "镇康县农业农村局", "县农业农村局", "镇康县", "我县农业农村工作",
                      {"2025-12-16_0038.txt": ZHENKANG_0038, "2021-07-02_34.txt": ZHENKANG_34})
    paragraphs = _paragraphs(_draft(root, "0040", "关于支持南伞镇茶叶产业发展的建议", "李某某",
                                    "--session", "镇康县第十八届人民代表大会第五次会议", text="建议支持南伞镇茶叶产业发展。\n"))
    title = "".join(t for style, t in paragraphs if style == "公文标题")
    assert title == "关于对镇康县第十八届人民代表大会第五次会议第0040号建议的答复函", title


def test_a_bureaus_titles_on_answering_an_item_by_a_letter_are_its_habit():
    """牟定县水务局's titles read 牟定县水务局关于答复县十八届人大一次会议第74号建议的函 (and …第53号建议的函, as its site lists
    it): the draft's was 关于…建议的答复 (hd26c 10). Two such titles make the habit, head and end; one is none."""
    titles = ("牟定县水务局关于答复县十八届人大一次会议第74号建议的函", "牟定县水务局关于答复县十八届人大一次会议第53号建议的函")
    replies = [SourceMeta(id=f"r{k}", path="", sha256="", kind="reply", title=t, issuer="牟定县水务局") for k, t in enumerate(titles)]
    assert (title_head(replies), title_end(replies, False)) == ("关于答复", "建议的函")
    assert (title_head(replies[:1]), title_end(replies[:1], False)) == ("关于", None)


def test_a_co_handlers_views_are_titled_as_views_not_as_an_answer(tmp_path):
    """A head naming the answer (关于答复…) titles the bureau's replies, not its 会办意见 to another unit."""
    ws = unit_workspace(tmp_path / "ws", "牟定县水务局", "县水务局", "牟定县")
    said = "".join(s.text for s in Wording.of(ws).spans("title", title_head="关于答复", session="县十八届人大四次会议", number="12",
                                                         proposal=False, role="会办"))
    assert said == "关于县十八届人大四次会议第12号建议的会办意见", said
