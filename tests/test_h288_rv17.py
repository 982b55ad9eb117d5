"""rv17's findings on the distil side (review of d796ebd7..c51f7969): a January review's 年初 dated a year late, ordinary
待-words read as a step awaited, counts of sessions read as a works' phase, statements taken for captions, 公正谋划 read as a
plan, and a mid-page link label cutting the page. Each on the reviewer's input; the case each rule was made for stays in
its own test (test_h279_xiantao, test_h282_hd52c, test_h263_hengshui)."""

from __future__ import annotations

from drafter.compose.sentences import under_way_at
from drafter.distill.facts import RELATIVE_YEAR, is_caption
from drafter.distill.figures import find_figures
from drafter.distill.structure import _PLANNING_NOW
from helpers import distil, fact_saying, unit_workspace


def _county(tmp_path):
    return unit_workspace(tmp_path / "ws", "平顺县林业局", "县林业局", "平顺县")


def test_a_year_opening_said_in_a_january_review_is_the_year_before(tmp_path):
    """rv17 1: «年初以来，我县坚持生态优先，全年共完成植树造林1.2万亩。» of a page of 2025-01-10 was dated 2025 once 年初 read as the
    page's own year before 全年 was tried: a year's review told early in the next is of the year before, whatever its 年初;
    新年伊始 names the new year (test_h279_xiantao keeps hd52b's)."""
    page = ("平顺县生态建设成效显著\n\n年初以来，我县坚持生态优先，全年共完成植树造林1.2万亩。县林业局组织各乡镇开展国土绿化行动，"
            "新建苗圃基地3个。\n")
    fact = fact_saying(distil(tmp_path, _county(tmp_path), page, "2025-01-10_生态建设.txt"), "植树造林")
    assert fact.period.year == 2024


def test_the_opening_of_another_year_is_not_the_pages():
    """rv17 1: 次年初, 当年初, 翌年初, 去年年初 (the opening of a year other than the page's) read as the page's own year."""
    this_year = RELATIVE_YEAR[1][0]
    opening = RELATIVE_YEAR[-1][0]
    for said in ("该项目次年初开工建设", "当年初即完成立项", "翌年初投入使用", "该年初启动", "同年初开工"):
        assert not this_year.search(said) and not opening.search(said), said
    assert not opening.search("去年年初启动")
    assert opening.search("年初以来，全县…") and this_year.search("新年伊始，市住建局部署…")


def test_ordinary_words_with_dai_are_no_step_awaited():
    """rv17 2: 待遇, 待业, 接待, 有待 (done facts: 确保各项待遇落实到位) were marked 【待核实：最新进展】 in a later year's draft as a
    step the work waited on; a step awaited is 待 and what must happen, closing on 后 or its clause (hd52c's in test_h282_hd52c)."""
    for said in ("确保各项待遇落实到位。", "为1200名待业青年落实就业岗位。", "全年接待游客通过景区验票系统统计达到3万人次。",
                 "相关政策有待进一步落实。"):
        assert under_way_at(said) is None, said
    assert under_way_at("目前已完成项目设计工作，待上级资金下达，将进行工程招投标。")[1] == "待上级资金下达"
    assert under_way_at("待资金到位后开工建设。")[1] == "待资金到位"
    # (real replies' steps: 镇康县's and 牟定县's, the step's object or the next deed after it)
    assert under_way_at("积极向上级争取项目，待上级下达资金后优先安排实施。")[1] == "待上级下达"
    assert under_way_at("待项目资金下达我们会及时开展铁厂河河道治理工程建设。")[1] == "待项目资金下达"


def test_sessions_held_are_counted_whatever_they_train_for():
    """rv17 5: «全年举办4期项目申报培训会», «共举办3期工程技术人员培训班» lost 4期 and 3期 (read as a works' phase, N期 before 工程/项目): N期
    held, or of a course, counts sessions; a works' phase stays no count (完成3期工程建设, test_h279_xiantao)."""
    assert [f.raw for f in find_figures("全年举办4期项目申报培训会")] == ["4期"]
    assert [f.raw for f in find_figures("共举办3期工程技术人员培训班，培训600人次")] == ["3期", "600人次"]
    assert [f.raw for f in find_figures("组织开展2期项目管理人员培训")] == ["2期"]
    assert find_figures("完成3期工程建设") == []
    assert find_figures("推进2期安置房建设") == []


def test_a_visit_to_a_site_and_a_photo_with_a_figure_are_statements():
    """rv17 7, 12: «市委书记李明深入重点项目建设现场。» (someone going to the site: a deed) and «3月12日，航拍新建成的滨江公园，总面积12万平方米。»
    (a figure: a fact) were dropped as captions; a scene named (关山隧道内建设场景。) and a photo's day and view with no figure stay
    captions."""
    assert not is_caption("市委书记李明深入重点项目建设现场。")
    assert not is_caption("县长带队督导检查安全生产现场。")
    assert not is_caption("3月12日，航拍新建成的滨江公园，总面积12万平方米。")
    assert is_caption("关山隧道内建设场景。") and is_caption("项目施工现场。")
    assert is_caption("2022年8月24日，鸟瞰衡水市区，绿树绕城。") and is_caption("3月12日，航拍新建成的滨江公园。")


def test_a_photo_with_a_figure_is_a_fact(tmp_path):
    """rv17 12, distilled: the photo's line with its figure is a fact, its figure kept."""
    page = ("平顺县滨江公园建成开放\n\n公园位于县城东部，由县住建局负责建设，于今年3月正式向市民开放，成为市民休闲健身的好去处。\n\n"
            "3月12日，航拍新建成的滨江公园，总面积12万平方米。\n")
    fact = fact_saying(distil(tmp_path, _county(tmp_path), page, "2025-03-15_滨江公园.txt"), "滨江公园")
    assert [f.raw for f in fact.figures] == ["12万平方米"]


def test_zheng_ending_a_word_is_no_planning_now():
    """rv17 13: 公正谋划, 真正谋划 were read as 正谋划 (a plan being made now); 正在加紧谋划 (hd52b) and 正谋划 still are."""
    assert not _PLANNING_NOW.match("坚持公正谋划，")
    assert not _PLANNING_NOW.match("真正谋划好全年项目")
    assert _PLANNING_NOW.match("正在加紧谋划“一纵两横”龍昌路") and _PLANNING_NOW.match("我局正谋划建设")


def test_a_section_headed_by_a_link_label_inside_the_page_stays(tmp_path):
    """rv17 11: a 工作简报's section heading «热点新闻» after its first sentence cut the page there (a link list's label ends the
    article wherever it stood): a label ends it only with links after it or at the page's end (hd52a's, test_h279_xiantao)."""
    page = ("平顺县林业局工作简报\n\n今年以来，县林业局组织各乡镇开展国土绿化行动，全县完成植树造林1.2万亩，新建苗圃基地3个，"
            "森林覆盖率达到45.2%。\n\n热点新闻\n\n全县召开春季森林防火工作会议\n\n"
            "3月15日，县林业局召开春季森林防火工作会议，全县共排查火灾隐患点23处。\n\n图片新闻\n\n全县义务植树活动启动\n\n"
            "3月12日，全县开展义务植树活动，共栽植苗木5000株。\n")
    texts = [f.text for f in distil(tmp_path, _county(tmp_path), page, "2025-03-20_工作简报.txt").facts]
    assert any("23处" in t for t in texts) and any("5000株" in t for t in texts)
