"""rv9's review of the merges 7ac48f79..820edebb: findings 1, 3, 6 and 9, each on the reviewer's input.

Each test fails on the code before its fix.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.figures import find_figures
from helpers import XINGTAI


def _facts(tmp_path, page: str, name: str):
    """The facts of ``page`` distilled as ``name`` in a workspace of 邢台市林业局."""
    return distil(tmp_path, unit_workspace(tmp_path / "ws", *XINGTAI), page, name)


def test_a_numbered_district_line_keeps_its_district(tmp_path):
    """rv9 1: 1、南和区 完成造林面积… was split at its space as a heading run into its body (1、 read as a report's rank), the
    district dropped and its figures filed as 邢台市's; only a heading closing on a heading's word breaks there (hd45c's
    3、基础性工作开展情况 单位…), nor does a spaced mirror's name (3、全市高新 技术企业…)."""
    page = ("邢台市林业局2023年工作总结\n\n2023年，全市林业工作取得新成效。\n\n1、南和区 完成造林面积1.71万亩，新建森林乡村6个。\n\n"
            "2、任泽区 完成造林面积2.1万亩。\n\n3、基础性工作开展情况 单位主要领导听取林业工作情况汇报5次。\n")
    ff = _facts(tmp_path, page, "2023-12-20_xingtai.txt")
    assert fact_saying(ff, "1.71万亩").jurisdiction == "南和区", [(f.text, f.jurisdiction) for f in ff.facts]
    assert fact_saying(ff, "2.1万亩").jurisdiction == "任泽区"
    assert not fact_saying(ff, "汇报5次").text.startswith("3、"), fact_saying(ff, "汇报5次").text
    counts = {f.raw: f.counts for f in find_figures("3、全市高新 技术企业达到120家，同比增长15%。")}
    assert counts["120家"] != "技术企业", counts


def test_a_sentence_opening_on_a_column_word_keeps_its_subject_and_verb(tmp_path):
    """rv9 3: 发布 closing a news column's label (信息发布 一是…, hd47b) cut 市政府正式发布 off its sentence, so the news page
    kept no fact; a column's label goes only before its first item's number."""
    said = "市政府正式发布 《邢台市国土绿化三年行动方案》，明确三年完成造林50万亩，新建森林乡村60个。"
    ff = _facts(tmp_path, f"邢台市印发国土绿化三年行动方案\n\n{said}\n", "2023-06-20_news.txt")
    assert fact_saying(ff, "50万亩").text.startswith("市政府正式发布"), [f.text for f in ff.facts]


def test_a_districts_works_closing_on_a_noun_are_no_list_of_names(tmp_path):
    """rv9 6: a district's task list whose entries close on the works' noun (襄都区：七里河生态修复工程、…工程。) was skipped as a
    list of names, only its last word looked at; a list of names closes each entry on a named unit's word (hd45b's 信都区：…社区)."""
    page = ("全市城市建设工作会议召开\n\n3月1日，全市城市建设工作会议召开，部署2023年城建重点工作。会议要求，各县（市、区）要"
            "加快推进重点项目建设，确保全年新建城市公园15个。\n\n"
            "襄都区：七里河生态修复工程、达活泉公园提升改造工程、环城水系建设工程。\n\n"
            "信都区：建设路社区、滨江社区、德贤社区、胜利小区、国有苏村苗圃。\n")
    ff = _facts(tmp_path, page, "2023-03-01_城建会议.txt")
    assert fact_saying(ff, "七里河生态修复工程").jurisdiction == "襄都区", [f.text for f in ff.facts]
    assert not [f for f in ff.facts if "滨江社区" in f.text], [f.text for f in ff.facts]


def test_each_change_of_a_list_on_the_year_before_is_the_runs_last_years(tmp_path):
    """rv9 9: in a run of years, 较上年分别增长12%、15% gave 12% the run's last year (hd47b's 同比增长46.7%) and left 15% the whole
    run; each figure of the list is the change of that year. The run's own totals and a list after another clause keep the run."""
    said = "“十三五”以来，全县共争取中央、省级资金9.53亿元、到位资金1.34亿元，较上年分别增长12%、15%，新增企业5家、合作社30个。"
    ff = _facts(tmp_path, f"邢台市林业局2023年工作总结\n\n{said}\n", "2023-12-20_xingtai.txt")
    years = {g.raw: (g.year, g.until) for g in fact_saying(ff, "9.53亿元").figures}
    assert years["12%"] == years["15%"] == (2023, None), years
    assert years["9.53亿元"] == years["30个"] == (2016, 2023), years
