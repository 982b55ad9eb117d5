"""rv11: the last review's findings on the fixes of rv10's — each on the reviewer's input, failing before."""

from __future__ import annotations

import re

import pytest

from drafter.distill.facts import SAID_WILL, _forecast_turn
from drafter.grammar import HEADED_BREAK, target_years

HEADED = re.compile(HEADED_BREAK)


@pytest.mark.parametrize("line", [
    "二、省委巡视反馈问题整改情况 本机关高度重视…",
    "1、棚户区改造工作 全年完成改造1200户。",
    "（二）县城建设情况 全年新建道路5条。",
    "3、上市公司培育工作 全年新增上市企业2家。",
    "1、辖区安全生产情况 全年未发生较大事故。",
])
def test_a_reports_section_heading_naming_no_place_splits_from_its_body(line):
    assert HEADED.match(line)


@pytest.mark.parametrize("line", [
    "1、南和区造林工作 完成造林面积1.71万亩。",
    "1、县科技局2023年工作总结及2024年工作打算 今年以来…",
])
def test_a_numbered_text_opening_on_a_place_or_its_organ_is_kept_whole(line):
    assert not HEADED.match(line)


def test_funds_won_after_striving_are_no_aim():
    assert not SAID_WILL.search("全力争取到上级资金5亿元。")


def test_all_the_works_left_forecast_to_finish_are_split_off():
    sentence = "全市已完成老旧小区改造36个，预计年底前全部完成剩余12个小区改造。"
    assert _forecast_turn(sentence) == ["全市已完成老旧小区改造36个。", "预计年底前全部完成剩余12个小区改造。"]


@pytest.mark.parametrize("sentence", [
    "2024年至2026年，全市新建城市公园15个。",
    "2024年至2026年森林城市创建三年行动",
    "2024年至2026年，全市每年完成造林10万亩。",
])
def test_an_action_plans_bare_span_aims_at_its_end(sentence):
    assert target_years(sentence) == [("2024年至2026年", 2026)]
