"""rv10's review of 820edebb..d594245c: severity-1 findings 2 and 3, each on the reviewer's input.

Each test fails on the code before its fix.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_saying, unit_workspace

from drafter.distill.figures import find_figures
from drafter.read.clean import _run_on_report, strip_inline_chrome
from helpers import XINGTAI


@pytest.mark.parametrize("line, heading", [
    ("6、其他需要报告的事项 本机关无其他需要报告的事项。", "6、其他需要报告的事项"),
    ("1、概述 2018年度，我局共主动公开信息120条。", "1、概述"),
    ("3、2023年度重点工作完成情况 全年共完成造林5万亩。", "3、2023年度重点工作完成情况"),
    # (a level's character in a noun is no place: 乡村, 县域)
    ("2、乡村振兴工作 全年新建森林乡村6个。", "2、乡村振兴工作"),
    ("4、县域经济发展情况 全县地区生产总值增长6%。", "4、县域经济发展情况"),
])
def test_a_reports_numbered_section_run_into_its_body_splits(line, heading):
    """rv10 2: a 政府信息公开年度报告's fixed sections (概述, 其他需要报告的事项) and a heading holding its year ran into the
    sentence after them, HEADED_BREAK asking for a heading's word and no digit."""
    assert _run_on_report(line) == [heading, line[len(heading) + 1:]]


def test_a_heading_with_a_year_breaks_before_its_figures_name():
    """rv10 2 (and 8): the figure's name does not run over the heading before the space."""
    counts = {f.raw: f.counts for f in find_figures("3、2023年度重点工作完成情况 造林面积5万亩。")}
    assert counts["5万亩"] == "造林面积", counts


def test_a_districts_item_closing_on_a_heading_word_keeps_its_district(tmp_path):
    """rv10 2: 1、南和区造林工作 完成… closes on 工作, a heading's word, yet its text opens on a district: the item's subject, not a
    section's heading (rv9 1's bug: the district dropped and its figure filed as 邢台市's)."""
    page = ("邢台市林业局2023年工作总结\n\n2023年，全市林业工作取得新成效。\n\n1、南和区造林工作 完成造林面积1.71万亩，新建森林乡村6个。\n\n"
            "2、任泽区造林工作 完成造林面积2.1万亩。\n")
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XINGTAI), page, "2023-12-20_xingtai.txt")
    assert fact_saying(ff, "1.71万亩").jurisdiction == "南和区", [(f.text, f.jurisdiction) for f in ff.facts]
    assert fact_saying(ff, "2.1万亩").jurisdiction == "任泽区"


@pytest.mark.parametrize("line, text", [
    ("部门动态 3月12日，市林业局组织开展义务植树活动，共植树1.2万株。", "3月12日，市林业局组织开展义务植树活动，共植树1.2万株。"),
    ("工作动态 全市完成造林面积5.2万亩。", "全市完成造林面积5.2万亩。"),
    ("信息发布 一是抓政策落地。全力争取上级政策支持。", "一是抓政策落地。全力争取上级政策支持。"),
    # a sentence's subject and verb, a title after it (rv9 3): kept
    ("市政府正式发布 《邢台市国土绿化三年行动方案》，明确三年完成造林50万亩。", "市政府正式发布 《邢台市国土绿化三年行动方案》，明确三年完成造林50万亩。"),
    ("市林业局发布 全市造林绿化工作情况，全年完成造林5万亩。", "市林业局发布 全市造林绿化工作情况，全年完成造林5万亩。"),
])
def test_a_news_columns_label_run_into_the_text_goes(line, text):
    """rv10 3: the column's label (部门动态, 工作动态) run into a sentence was kept once only a numbered item's label went."""
    assert strip_inline_chrome(line) == text
