"""What goes under a heading, found on held-out round hd19 (hd19a: 沈阳市农业农村局; hd19b: 天水市文化和旅游局, each read
by a tester as its clerk from the bureau's own pages, cut off where the search cut them).

Each test distils excerpts of the real pages (their words as the pages print them; each page named by its date and title
as the tester saved it) through ``drafter distill`` in a workspace of the page's own bureau, drafts the reply the tester
drafted with ``drafter draft``, and asserts on the written draft.
"""

from __future__ import annotations

from pathlib import Path

import re

import docx
from click.testing import CliRunner
from helpers import unit_workspace

from drafter.cli import cli
from helpers import TIANSHUI

SHENYANG = ("沈阳市农业农村局", "市农业农村局", "沈阳市", "和平区, 沈河区, 大东区, 皇姑区, 铁西区, 浑南区, 于洪区, 沈北新区, "
            "苏家屯区, 辽中区, 新民市, 康平县, 法库县")

# 天水市文化和旅游局's reply to 市政协八届二次会议第280号提案 (2024-01-11), its opening paragraph of counts.
T280 = """天水市文化和旅游局关于市政协八届二次会议第280号提案的答复

2024-01-11

民建天水市委员会全体委员:

你们好!首先感谢你们对我市文化事业的关注和支持。你们在市政协八届二次会议上《关于加强全市公共文化设施建设的建议》收悉,现将办理情况答复如下。

全市共建成文化馆8个,其中国家二级馆3个(市文化馆、秦州区文化馆、秦安县文化馆),三级馆5个;共建成公共图书馆8个,其中国家一级馆1个(市图书馆),国家二级馆1个(麦积区图书馆),国家三级馆5个;共建成美术馆7个(市级馆1个、县区馆6个);实现市县两级公共文化场馆全覆盖。建成乡镇综合文化站113个、街道综合文化站10个、社区综合文化服务中心118个、村级综合性文化服务中心2491个,实现全市基层综合性文化服务中心建设全覆盖。近年来,我们严格贯彻落实《中华人民共和国公共文化服务保障法》《甘肃省公共文化服务保障条例》,着眼推进公共文化治理体系和治理能力现代化,不断夯实公共文化发展基础,全面推动公共文化服务高质量发展,全市公共文化服务体系建设标准化、均等化水平明显提高。
"""

# Its reply to 第88号提案 of the same day, the paragraph on 文旅项目 (the new buildings among them).
T88 = """天水市文化和旅游局关于市政协八届二次会议第88号提案的答复

2024-01-11

于凤梅委员:

感谢您对我市文化旅游产业发展的关心与支持。天水市政协八届二次会议上提出的第88号提案《关于加快推动我市文化旅游产业提质升级的建议》已收悉。现将提案办理情况答复如下:

加快推进文旅项目建设,麦积山景区游客服务中心项目基本完工,公航旅·麦积山明珠酒店已建成运营,麦积山国际露营地综合体项目二期开工,计划明年5月投入运营。“麦积梦谷”国际艺术村、白鹿仓国际旅游度假区项目正在加快推进,市文化馆新馆项目、市图书馆新馆项目已全面封顶,正在进行外部装修。市博物馆新馆项目累计完成投资1.9亿元,争取年内完成主体工程建设。伏羲庙游客服务中心项目已完成累计投资1亿元,主楼第一流水段部分筏板钢筋开始安装。为进一步完善我市文旅康养产业链,今年我局共推出2批次66个招商引资推介项目,在微信和局网站进行广泛宣传推介。
"""

# 网易's report of 2024-07-04 on the bureau's first half of 2024, its paragraph on 公共文化 (the page's clutter line kept).
NETEASE = """7月4日,记者从天水市文化和旅游局获悉,2024年上半年,天水市紧抓天水麻辣烫爆火“出圈”这一独特机遇,以创新和实干精神,推动了全市文旅产业的蓬勃发展。

打开网易新闻 查看精彩图片

文化服务效能全面提升。开展公共文化馆服务宣传周活动,组织书画展览、文艺演出、非遗展演等一系列示范性主题活动553场次。积极搭建全民阅读平台,先后举办各项全民阅读相关活动344场次,线上线下参与群众达14万人次,有效激发全民阅读的热情。积极遴选、推荐全国全省“四季村晚”示范展示点,推荐上报“四季村晚”示范展示点17个,武山县滩歌镇卢坪村入选全国示范展示点,秦安县王铺镇榆木村入选全省示范展示点。
"""

# The tester's text of 市八届人大五次会议第108号建议 (its asks as the real reply's headings say them).
T108 = """关于提升公共文化服务水平的建议

领衔代表：李云霞、马瑞珍

为进一步提升我市公共文化服务水平，建议：

一、不断夯实公共文化基础设施建设。加快推进市文化馆、市图书馆、市博物馆新馆建设，推动公共文化场馆晋等升级，完善县级文化馆图书馆总分馆制，建设城市书房等新型公共文化空间。

二、深入推进全民阅读。广泛开展全民阅读活动，打造“书香天水”品牌，推动书香社区、书香家庭建设。

三、培育群众性文化活动品牌。持续开展“四季村晚”等群众文化活动，打造一批具有天水特色的公共文化服务品牌，提升服务效能。

四、推进公共文化数字化建设。加强数字图书馆、数字文化馆建设，推动公共文化服务线上线下融合，让群众更加便捷地享受公共文化服务。
"""

# 沈阳市农业农村局's reply to 省十四届人大二次会议第1421516号建议 (2024-06-12), its first heading and paragraph.
S1421516 = """省十四届人大二次会议《关于立足沈阳现代化都市圈发展都市农业的建议》(第1421516号)的答复
时间:2024年06月12日来源:市农业农村局

丁杰代表:

  您提出的关于立足沈阳现代化都市圈发展都市农业的建议收悉,现答复如下:

  一、加强规划设计

  充分发挥城市组团的集聚辐射、产业协同和同城化效应,推进都市圈各领域协同发展,编制了21个专项规划,其中《关于印发沈阳现代化都市圈农业发展专项规划》已印发,按照因地制宜、优势互补、特色彰显,开发与保护协调的理念,统筹生产、生态和生活空间配置,打破行政边界,构建“一核、五带、四区”的总体空间布局。今年,将做好规划落实工作纳入《全力在引领沈阳现代化都市圈建设上攻坚突破专项行动计划》任务,在12+1赛道的第12赛道上进行赛马比拼。
"""

# The bureau's news item of 2024-10-24 on a meeting, its first paragraph.
MEETING = """市农业农村局召开农业产业项目落实推进会 深入贯彻落实沈阳市全面振兴新突破 三年行动推进会议精神
信息来源:供给侧改革处 发布时间:2024-10-24
为深入贯彻落实10月22日沈阳市全面振兴新突破三年行动推进会议精神,吹响冲刺四季度,打赢攻坚战的号角,倡导紧盯目标任务,一诺千金,使命必达的决心信心,10月23日,市农业农村局在第二十四届中国(沈阳)国际农业博览会现场,召开了农业产业项目落实推进专题会议,传达全市会议精神,强势推动农业产业项目建设。会议由市农业农村局副局长石福祥主持,王政宇局长总结讲话。
"""

# An undated news item on 沈阳's 乡村全面振兴 (a mirror in traditional characters), its paragraph on 龙头企业.
LEADING_FIRMS = """遼寧省沈陽市深入實施鄉(xiāng)村全面振興戰(zhàn)略,以在遼寧打造現(xiàn)代化大農業(yè)發(fā)展先行地中當好排頭兵為己任,推進農業(yè)農村現(xiàn)代化。
沈陽市積極引育農事龍頭企業(yè),培育壯大新型農業(yè)經營主體,進一步完善農業(yè)社會化服務體系,加快建設現(xiàn)代農業(yè)大基地、大企業(yè)、大產業(yè),有力有效推動農業(yè)增產、農民增收,促進區(qū)域經濟高質量發(fā)展。今年截至目前,沈陽市新增2家國家級農事龍頭企業(yè)、18家
"""

# 沈阳市农业农村局's reply to 民革沈阳市委员会's proposal (2024-11-22), its item on 绿色农业.
MINGE = """民革沈阳市委员会:
贵单位提出的关于聚焦重点突出特色,加快推进我市农业农村现代化的提案收悉,现答复如下:
近年来,我市高度重视农业农村现代化工作,以发展现代化大农业为主攻方向,推进农业生产规模化、科学化、智慧化、社会化、绿色化、品牌化发展。
二是绿色农业稳步发展。推进畜禽粪污资源化利用,五个县区已全面完成项目建设,建成粪污处理中心4个,收集中心11个;实施渔业绿色循环发展试点项目,标准化改造集中连片池塘4000亩。实施农村环境净化行动,持续推动农村垃圾、污水、改厕“三大革命”,基本清除积存垃圾;治理农村污水217个村,污水治理率45%,高于全省平均水平;尊重农民意愿,分类整改户厕7.4万座,1114个改厕村运维全覆盖。
"""


def _drafted(tmp_path: Path, unit: tuple, pages: dict[str, str], number: str, title: str, text: str | None,
             *options: str, done: str | None = None) -> list[str]:
    """``pages`` (file name → text) distilled in a workspace of ``unit`` — each source's place set to the unit's and
    distilled again, and the fact saying ``done``, when given, marked ``kind: done``, by hand as a clerk does —, then ``title`` drafted (with the suggestion's ``text`` when given) as
    ``drafter draft`` does: the draft's paragraphs."""
    ws = unit_workspace(tmp_path / "ws", *unit)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, page in pages.items():
        (seeds / name).write_text(page, "utf-8")
    runner = CliRunner()
    distilled = runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)])
    assert distilled.exit_code == 0, distilled.output
    for path in (ws.root / "facts").glob("*.yaml"):  # the source's place as the clerk corrects it (the reminder asks)
        facts = path.read_text("utf-8")
        found = re.search(r"^  jurisdiction: ", facts, re.M)  # (the source's, not a fact's 4-space line)
        if found is None:
            continue  # (no place read, none misread)
        at = found.start()
        path.write_text(facts[:at] + f"  jurisdiction: {unit[2]}" + facts[facts.index("\n", at):], "utf-8")
    distilled = runner.invoke(cli, ["-w", str(ws.root), "distill", str(seeds)])
    assert distilled.exit_code == 0, distilled.output
    for path in (ws.root / "facts").glob("*.yaml") if done else ():
        facts = path.read_text("utf-8")
        at = facts.find(done)
        if at >= 0:
            kind = facts.index("kind: ", at)
            path.write_text(facts[:kind] + "kind: done" + facts[facts.index("\n", kind):], "utf-8")
    out = tmp_path / "draft.docx"
    args = ["-w", str(ws.root), "draft", number, title, "--deputy", "张某", "--type", "B", "-o", str(out), *options]
    if text is not None:
        (tmp_path / "suggestion.txt").write_text(text, "utf-8")
        args += ["--text", str(tmp_path / "suggestion.txt")]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    return [p.text for p in docx.Document(out).paragraphs]


HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _under(paragraphs: list[str], heading: str) -> list[str]:
    """The paragraphs under the first heading ending in ``heading`` (一、… or （一）…), up to the next heading."""
    at = next(k for k, p in enumerate(paragraphs) if HEADING.match(p) and p.endswith(heading))
    rest = paragraphs[at + 1:]
    end = next((k for k, p in enumerate(rest) if HEADING.match(p)), len(rest))
    return rest[:end]

# 盛京's report of 2023-10-12 on the bureau's press conference, its opening and its paragraph on 美丽宜居村.
PRESS = """全心全意 护航“三农”
10月11日,市政府新闻办召开“2023年沈阳市为群众办实事”系列新闻发布会(第四场),市农业农村局副局长田淑军作新闻发布。
2023年10月12日
主题教育开展以来,市农业农村局坚持以习近平新时代中国特色社会主义思想为指导,自觉践行以人民为中心的发展思想,将“三美”建设作为践行“千万工程”经验的重要载体,持续开展“我为群众办实事”实践活动,聚焦人民群众最关心的垃圾、污水、厕所等问题,深入推进美丽宜居村建设,切实提升农村基础设施和公共服务水平,持续改善农村生产生活条件。2023年推动105个行政村创建省级美丽宜居村,截至目前,80个村已达到创建标准,25个村正在进行收尾工作,预计于10月中下旬100%完成创建目标。
"""

TIANSHUI_REPLIES = {"2024-01-11_天水市文化和旅游局关于市政协八届二次会议第280号提案的答复.txt": T280,
                    "2024-01-11_天水市文化和旅游局关于市政协八届二次会议第88号提案的答复.txt": T88}
T108_ARGS = ("108", "关于提升公共文化服务水平的建议", "--session", "市八届人大五次会议", "--date", "2025-07-15")


def test_a_result_sharing_only_a_seam_of_the_asks_words_is_not_put_under_it(tmp_path):
    """(三)培育群众性文化活动品牌 held 280's 建成乡镇综合文化站113个…村级综合性文化服务中心2491个: an ask left empty takes a
    result another ask's fact holds on its matter, and the two shared 性文化 — 群众性|文化 of the ask, 综合性|文化 of the
    counts, half a word of each. A result goes under an ask only naming one of its key words as written (hd19b)."""
    paragraphs = _drafted(tmp_path, TIANSHUI, TIANSHUI_REPLIES, T108_ARGS[0], T108_ARGS[1], T108, *T108_ARGS[2:])
    brands = _under(paragraphs, "培育群众性文化活动品牌")
    assert not any("综合文化站" in p for p in brands), brands
    assert brands and brands[0].startswith("【待补充："), brands


def test_the_new_buildings_an_ask_names_are_reported_from_a_paragraph_on_other_projects(tmp_path):
    """The ask names 市文化馆、市图书馆、市博物馆新馆建设 and 88's paragraph on 文旅项目 reports 市博物馆新馆项目累计完成投资1.9亿元, yet
    (一) held only 280's counts and its comment asked for 市博物馆新馆 as though the base had nothing: a fact saying only a thing
    the ask names had to say the ask's heading words (基础设施) too — right for a field named as the ask's scope (围绕纺织鞋服…等
    产业), not for a thing whose own building the ask asks for. Its figure has no period of its own: the paragraph's 年内 (争取年内
    完成…, after it) and 今年 (of the next sentences) date no figure said before them, so no year is guessed for it (hd19b)."""
    paragraphs = _drafted(tmp_path, TIANSHUI, TIANSHUI_REPLIES, T108_ARGS[0], T108_ARGS[1], T108, *T108_ARGS[2:])
    works = "".join(_under(paragraphs, "夯实公共文化基础设施建设"))
    assert "市博物馆新馆项目累计完成投资1.9亿元" in works, works
    assert "【待更新：统计期】，市博物馆新馆项目" in works and "2024年，市博物馆" not in works, works


def test_a_clause_saying_only_an_asks_point_words_stays_in_its_sentence(tmp_path):
    """(四)推进公共文化数字化建设 held 【待更新：统计期】，线上线下参与群众达14万人次。 — the people at 344 reading activities, torn from
    their sentence because 线上线下 is three words of the ask's point 线上线下融合 (the news item's paragraph read as 背景, the clerk
    marked it done as the README invites). A clause given to another ask must say a word of what that ask is about (its
    phrase: 数字化, 公共文化); the figure stays with its activities under 全民阅读 (hd19b)."""
    pages = {**TIANSHUI_REPLIES, "2024-07-04_网易_天水市2024年上半年文旅工作.txt": NETEASE}
    paragraphs = _drafted(tmp_path, TIANSHUI, pages, T108_ARGS[0], T108_ARGS[1], T108, *T108_ARGS[2:], done="344场次")
    digital = _under(paragraphs, "推进公共文化数字化建设")
    assert not any("14万人次" in p for p in digital), digital
    reading = "".join(_under(paragraphs, "深入推进全民阅读"))
    assert "344场次，线上线下参与群众达14万人次" in reading, reading


MINGE_ASKS = """关于聚焦重点突出特色，加快推进我市农业农村现代化的提案
提案人：民革沈阳市委员会
建议：
一、提升农业科技水平，推动种业振兴和农机农艺融合。
二、推动绿色农业发展，加强畜禽粪污资源化利用和农村人居环境整治。
三、提升农产品质量，培育新型农业经营主体。
四、打造农业品牌，提高品牌优势。
"""


def test_an_ask_takes_no_result_sharing_only_the_word_every_ask_says(tmp_path):
    """Every ask of 民革's proposal says 农业, and an ask left empty takes a result on the matter all share: 提升农业科技水平 took the
    meeting's 召开了农业产业项目落实推进专题会议 (no 科技, no result), 推动绿色农业发展 the 都市圈's 农业发展专项规划 (nothing 绿色).
    Where a key word of the ask's phrase says more than the shared matter (农业科技, 绿色农业), the result must say it (hd19a)."""
    pages = {"2024-06-12_省十四届人大二次会议第1421516号建议_都市农业_答复.txt": S1421516,
             "2024-10-24_市农业农村局召开农业产业项目落实推进会.txt": MEETING,
             "未注日期_沈阳市深入实施乡村全面振兴战略_新闻.txt": LEADING_FIRMS}
    paragraphs = _drafted(tmp_path, SHENYANG, pages, "1", "关于聚焦重点突出特色，加快推进我市农业农村现代化的提案", MINGE_ASKS,
                          "--proposal", "--session", "市政协十六届三次会议", "--date", "2024-11-22")
    science, green = _under(paragraphs, "提升农业科技水平"), _under(paragraphs, "推动绿色农业发展")
    assert not any("专题会议" in p for p in science) and science[0].startswith("【待补充："), science
    assert not any("都市圈" in p for p in green) and green[0].startswith("【待补充："), green


def test_an_undated_paragraph_counts_no_year_from_a_later_sentence(tmp_path):
    """The 都市圈 paragraph's 编制了21个专项规划 was written 2024年，编制了21个专项规划 (按来源所述期间写作“2024年”): the year came from
    its last sentence, 今年，将做好规划落实工作…, a plan. A word naming the year dates what it opens, not a figure said before it:
    the figure's period is unstated, 【待更新：统计期】 as the README has it (hd19a)."""
    pages = {"2024-06-12_省十四届人大二次会议第1421516号建议_都市农业_答复.txt": S1421516}
    asks = "关于加强都市圈农业规划的建议\n建议：\n一、加强都市圈农业发展规划设计，编制都市圈农业发展专项规划。\n"
    paragraphs = _drafted(tmp_path, SHENYANG, pages, "5", "关于加强都市圈农业规划的建议", asks,
                          "--session", "市十七届人大四次会议", "--date", "2025-04-28")
    said = next(p for p in paragraphs if "21个专项规划" in p)
    assert "2024年，编制了21个" not in said and "【待更新：统计期】" in said, said


COLLECTIVE_ASKS = """关于推动沈阳市农村集体经济高质量发展的提案
提案人：九三学社沈阳市委员会
为此建议：
一、加强统筹推进，健全发展壮大新型农村集体经济的工作机制。
二、深化农村集体产权制度改革，规范农村集体“三资”管理。
三、强化党建引领，拓宽村集体经济增收渠道。
"""


def test_a_paragraph_on_another_matter_opens_no_reply_on_a_matter_the_base_lacks(tmp_path):
    """The draft on 农村集体经济 opened on 我市积极引育农事龙头企业…促进区域经济高质量发展。: with no result on any ask, part one
    opens on the newest result on the title's matter, and the base never says 集体经济 — of the title's matter the paragraph
    said only 经济, in the aim its work serves. A clause naming that aim (促进…发展) says nothing of what a paragraph is on:
    the base holds nothing on the matter, with the text or without it (hd19a)."""
    pages = {"未注日期_沈阳市深入实施乡村全面振兴战略_新闻.txt": LEADING_FIRMS, "2024-11-22_民革沈阳市委提案_答复.txt": MINGE}
    title = "关于推动沈阳市农村集体经济高质量发展的提案"
    for text, where in ((COLLECTIVE_ASKS, tmp_path / "text"), (None, tmp_path / "title")):
        where.mkdir()
        paragraphs = _drafted(where, SHENYANG, pages, "126", title, text, "--proposal", "--session", "市政协十六届四次会议",
                              "--date", "2025-04-28")
        assert not any("龙头企业" in p for p in paragraphs), paragraphs


FACILITIES_ASKS = """关于加快推进美丽宜居村建设 改善农村人居环境的建议
建议：
一、加快推进农村改厕和农村生活污水治理。
二、持续开展农村垃圾治理。
"""


def test_a_lead_over_sentences_left_out_does_not_head_those_kept(tmp_path):
    """Under 加快推进农村改厕和农村生活污水治理 stood 绿色农业稳步发展。实施农村环境净化行动，…: the lead of 民革's item on 畜禽粪污 and
    渔业, its 人居环境 sentence kept for the ask and those the lead heads left out. A lead saying none of the ask's words goes
    when the sentences after it are left out (hd19a)."""
    pages = {"2024-11-22_民革沈阳市委提案_加快推进农业农村现代化_答复.txt": MINGE}
    paragraphs = _drafted(tmp_path, SHENYANG, pages, "88", "关于加快推进美丽宜居村建设 改善农村人居环境的建议", FACILITIES_ASKS,
                          "--session", "市十七届人大四次会议", "--date", "2025-04-28")
    toilets = _under(paragraphs, "加快推进农村改厕和农村生活污水治理")
    assert "治理农村污水" in toilets[0] and "绿色农业稳步发展" not in toilets[0], toilets


def test_a_titles_space_between_two_phrases_is_no_space_in_a_heading_or_sentence(tmp_path):
    """A title sets its two phrases apart by a space (加快推进美丽宜居村建设 改善农村人居环境); the draft kept it in its heading and in
    下一步，我局将持续加快推进美丽宜居村建设 改善农村人居环境。 — no sentence holds a space between two words. The title is quoted
    as given (hd19a)."""
    title = "关于加快推进美丽宜居村建设 改善农村人居环境的建议"
    paragraphs = _drafted(tmp_path, SHENYANG, {"2023-10-12_盛京_市农业农村局为群众办实事新闻发布会.txt": PRESS}, "88", title,
                          None, "--session", "市十七届人大四次会议", "--date", "2025-04-28")
    spaced = [p for p in paragraphs if re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", p) and f"《{title}》" not in p]
    assert not spaced, spaced
    assert any("加快推进美丽宜居村建设、改善农村人居环境" in p for p in paragraphs), paragraphs  # (the two joined)
