"""rv8's review of the morning's second batch of merges (h247): findings 6, 8, 10–16 and the lower items, each on the reviewer's
input.

Each test fails on the code before its fix.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from helpers import distil, fact_saying, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.reply import _work_items
from drafter.compose.select import deadline_ahead, still_ahead
from drafter.distill.figures import find_figures
from drafter.distill.structure import PLAN_TURN, default_class
from drafter.model import CONTEXT, NEWS, PLAN, WORK_REPORT, SourceMeta

PLAN_2023 = SourceMeta("src", "src.txt", "", "plan", date="2023-03-01")


def test_a_deadline_after_its_work_keeps_the_work():
    """rv8 6: of a plan of 2023 read in June 2024, 2025年底前 and 于2026年前 date the work of the clause before them, which
    went (改造老旧小区120个 dropped, 2025年底前全部完工 left an orphan); a to-year opening its clause still keeps its own alone."""
    today, plan = dt.date(2024, 6, 1), SimpleNamespace(year=2023, source=PLAN_2023)
    for said in ("改造老旧小区120个，2025年底前全部完工。", "新建城市公园5个，确保于2026年前投入使用。"):
        assert still_ahead(said, plan, today) == said
    assert still_ahead("全年新增高新技术企业50家，到2025年，全市高新技术企业总数达到800家。", plan, today) == \
        "到2025年，全市高新技术企业总数达到800家。"
    assert still_ahead("全年新增高新技术企业50家，2025年底前完成改造小区80个。", plan, today) == "2025年底前完成改造小区80个。"


def test_a_running_plan_over_a_span_of_years_aims_at_its_end():
    """rv8 8: in 2025, a plan running over 2024年至2026年 or 2023年到2025年 still aims ahead; a span reported (累计建成) does not
    — reported by a document of its last year (h253: in the plan of 2023 that opens the span it is planned, an aim)."""
    today = dt.date(2025, 6, 1)
    assert deadline_ahead("2024年至2026年，全市计划每年新建城市公园5个。", PLAN_2023, today)
    assert deadline_ahead("2023年到2025年，每年改造老旧小区100个。", PLAN_2023, today)
    reported = SourceMeta("src", "src.txt", "", WORK_REPORT, date="2025-05-20")
    assert not deadline_ahead("2023年至2025年，累计建成5G基站1200个。", reported, today)


def test_mid_autumn_and_lantern_festival_reach_into_october_and_march(tmp_path):
    """rv8 12: 中秋 falls in October in some years (2025-10-06) and 元宵 in March (2026-03-03): 中秋期间 of a page of 2025-09-20
    was dated that year's festival, not yet come; from October on it is; 元宵期间 of 2026-02-25 is the page's date's alone."""
    ws = unit_workspace(tmp_path / "ws", "黄石市文化和旅游局", "市文化和旅游局", "黄石市")
    autumn = "中秋期间，市文化和旅游局组织举办各类文旅活动40余场，接待游客120万人次，同比增长15%。"
    early = fact_saying(distil(tmp_path, ws, autumn + "\n", "2025-09-20_a.txt"), autumn[:10]).period
    assert (early.year, early.part) == (2025, None), early
    late = fact_saying(distil(tmp_path, ws, autumn + "\n", "2025-10-09_b.txt"), autumn[:10]).period
    assert (late.year, late.part) == (2025, "中秋期间"), late
    lantern = "元宵期间，市文化和旅游局组织举办灯会等活动30场，接待游客50万人次，同比增长9%。"
    feb = fact_saying(distil(tmp_path, ws, lantern + "\n", "2026-02-25_c.txt"), lantern[:10]).period
    assert (feb.year, feb.part) == (2026, None), feb


def test_a_news_title_looking_back_over_years_aims_at_none():
    """rv8 15: a news title of 2024 summing up 2021年至2025年 (累计建成) or counting to 截至2025年 read as a target ahead and made the
    page a plan; hd45b's 目标2025年！ of 2022 still plans."""
    assert default_class(NEWS, "2021年至2025年我市累计建成公园120个", year=2024) == CONTEXT
    assert default_class(NEWS, "截至2025年我市累计建成公园120个", year=2024) == CONTEXT
    assert default_class(NEWS, "目标2025年！邢台将建50个省级森林乡村", year=2022) == PLAN
    assert default_class(NEWS, "到2026年我市将新建城市公园30个", year=2024) == PLAN


def test_a_named_work_on_another_site_or_of_another_kind_is_not_said():
    """rv8 11: a share of bigrams took 维修教学楼屋面 as said by 对…办公楼屋面进行维修, 新建学校食堂 by 新建学校运动场 and
    硬化村内道路 by 对村内道路进行亮化, and left the work the member named unanswered; rv7's 完成共和初级中学运动场翻新硬化 still says
    对共和初级中学运动场进行翻新硬化."""
    ask, = parse_asks("加强农村学校和村庄基础设施建设，如维修教学楼屋面，新建学校食堂，硬化村内道路。",
                      "关于加强农村学校和村庄基础设施建设的建议")
    assert ask.named_works == ["维修教学楼屋面", "新建学校食堂", "硬化村内道路"]
    said = "我局将对共和初级中学办公楼屋面进行维修，新建学校运动场，对村内道路进行亮化。"
    assert [item[0].text for item in _work_items(ask, said, 2024)] == ["维修教学楼屋面。", "新建学校食堂。", "硬化村内道路。"]
    assert [item[0].text for item in _work_items(ask, "我局将维修教学楼屋面，新建学校食堂，硬化村内道路。", 2024)] == []
    ask, = parse_asks("加强教育基础设施建设投入，如对共和初级中学运动场进行翻新硬化，将共和银丝完小办公楼屋顶改琉璃瓦。",
                      "关于加强教育基础设施建设投入的建议")
    assert [item[0].text for item in _work_items(ask, "完成共和初级中学运动场翻新硬化。", 2024)] == ["将共和银丝完小办公楼屋顶改琉璃瓦。"]


def test_a_districts_task_line_is_no_list_of_names(tmp_path):
    """rv8 10: 襄都区：加快推进七里河生态修复、达活泉公园提升改造、环城水系建设。 was skipped as a list of names (hd45b's 信都区：
    滨江社区、德贤社区…): its entries close on verbs of work; a list of names, one opening on 建设 too, is still none."""
    ws = unit_workspace(tmp_path / "ws", "邢台市住房和城乡建设局", "市住建局", "邢台市", "襄都区, 信都区")
    page = ("全市城市建设工作会议召开\n\n3月1日，全市城市建设工作会议召开，部署2023年城建重点工作。会议要求，各县（市、区）要"
            "加快推进重点项目建设，确保全年新建城市公园15个。\n\n襄都区：加快推进七里河生态修复、达活泉公园提升改造、环城水系建设。\n\n"
            "信都区：建设路社区、滨江社区、德贤社区、太行社区。\n")
    ff = distil(tmp_path, ws, page, "2023-03-01_城建会议.txt")
    assert fact_saying(ff, "七里河生态修复").jurisdiction == "襄都区"
    assert not [f for f in ff.facts if "滨江社区" in f.text], [f.text for f in ff.facts]


def test_a_pool_among_holds_no_verb_of_work():
    """rv8 13: 在3个乡镇推进农民集中居住 counted 乡镇推进农民集 (集中 + 居住 read as a pool and a standing, 居); a pool holds no verb of
    work after its first word and a bare 居 stands only before a place (居第3位); hd45c's 从135个申报城市中脱颖而出 still counts
    申报城市."""
    counts = {f.raw: f.counts for f in find_figures("在3个乡镇推进农民集中居住，安置农户120户。")}
    assert not counts["3个"].endswith("集"), counts
    counts = {f.raw: f.counts for f in find_figures("常德市以优异成绩从135个申报城市中脱颖而出，跻身全国首批16个试点城市之一。")}
    assert counts["135个"] == "申报城市", counts


def test_a_numbered_lines_spaced_name_runs_over_its_space():
    """rv8 14: 3、全市高新 技术企业达到120家 counted 技术企业, its space read as a heading's break; only a heading's text closing on a
    heading's word breaks there (hd45c's 3、基础性工作开展情况 单位…汇报5次)."""
    counts = {f.raw: f.counts for f in find_figures("3、全市高新 技术企业达到120家。")}
    assert counts["120家"] in ("高新 技术企业", "全市高新 技术企业"), counts
    counts = {f.raw: f.counts for f in find_figures("3、基础性工作开展情况 单位主要领导听取政务公开工作情况汇报5次")}
    assert counts["5次"] == "单位主要领导听取政务公开工作情况汇报", counts


def test_a_basis_opening_a_plan_turns_with_its_sentence():
    """rv8 lower: PLAN_TURN spelt 根据|按照|依据 apart from facts._BASIS, which also takes 鉴于 (hd46a): …。鉴于该公路对…，2024年拟…
    turned at its comma, leaving 鉴于… with the work done before it; it turns at the sentence's end as 根据… does (BASIS_WORDS)."""
    for basis in ("根据市政府工作部署", "鉴于该公路对沿线群众出行具有重要意义"):
        text = f"该路段已完成改造。{basis}，2024年拟对其余8公里进行提档升级。"
        assert PLAN_TURN.search(text).start() == text.index("。"), basis


def test_a_holding_word_as_a_modifier_keeps_the_span(tmp_path):
    """rv8 lower: STOCK_VERBS twinned PRESENT_HOLDING's 现有, read anywhere: 2021年以来，全市新建现有标准的农贸市场15个 on a page of
    2024 was dated 2024 alone (rv8 4's input); 现有 holds only where PRESENT_HOLDING reads it (opening a clause, after a place):
    hd41a's 现有省级现代农业园区2个 still is the page's date's."""
    ws = unit_workspace(tmp_path / "ws", "邢台市商务局", "市商务局", "邢台市")
    page = ("对市人大十六届二次会议第12号建议的答复\n\n张三代表：\n\n您提出的《关于加强农贸市场建设的建议》收悉。现答复如下：\n\n"
            "2021年以来，全市新建现有标准的农贸市场15个，完成投资2.3亿元。\n\n感谢您对商务工作的关心和支持。\n\n邢台市商务局\n2024年6月1日\n")
    ff = distil(tmp_path, ws, page, "2024-06-01_市商务局12号建议答复.txt")
    assert [(g.year, g.until) for g in fact_saying(ff, "农贸市场15个").figures if g.raw == "15个"] == [(2021, 2024)]
