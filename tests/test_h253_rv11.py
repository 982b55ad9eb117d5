"""rv11: the last review's findings on the fixes of rv10's — each on the reviewer's input, failing before (its span and
striving cases are in test_h251_rv10, beside rv10's)."""

from __future__ import annotations

import re

import pytest

from drafter.distill.facts import _forecast_turn
from drafter.grammar import HEADED_BREAK

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


def test_all_the_works_left_forecast_to_finish_are_split_off():
    sentence = "全市已完成老旧小区改造36个，预计年底前全部完成剩余12个小区改造。"
    assert _forecast_turn(sentence) == ["全市已完成老旧小区改造36个。", "预计年底前全部完成剩余12个小区改造。"]


@pytest.mark.parametrize("line", [
    "1、区域布局优化工作 我局坚持…",
])
def test_a_heading_whose_word_ends_in_an_organs_character_splits(line):
    """rv12: 布局 is no organ (局)."""
    assert HEADED.match(line)


def test_a_counties_one_character_name_opens_an_item():
    """rv12: 涉县, 磁县 are counties of one character before their level."""
    assert not HEADED.match("1、涉县造林工作 完成造林面积1.2万亩。")


def test_an_output_forecast_after_all_is_no_forecast_of_works():
    """rv12: 全部完成投资 is an output's figure, kept with the results."""
    sentence = "全市已完成投资3亿元，预计到年底全部完成投资5亿元。"
    assert _forecast_turn(sentence) == [sentence]
