"""h251: findings 1 and 4 of the blind review rv10, on the reviewer's inputs.

A forecast of works still left closing a sentence of results (…，剩余3个预计年内完成。) is split off as a plan whether it says
完工 or a bare 完成; an output forecast with its figure after 完成 (预计完成投资5亿元) is none. A span of years (2021年至2023年) is
a target only in a sentence of plan, not in one looking back on work done (累计, a span alone in its clause before the report).
What follows 力争取 decides whether it strives for what is to come, not the adverb before it: 全力争取早日建成 is an aim,
大力争取上级资金支持，…共争取资金9.53亿元 funds won. A place's tasks (襄都区：建设美丽乡村、打造特色小镇。) are no list of names,
nor is 局 of 布局/格局 an organ's.
"""

from __future__ import annotations

import pytest

from drafter.distill.facts import NAMES_LISTED, SAID_WILL, _forecast_turn
from drafter.grammar import target_years


@pytest.mark.parametrize("sentence, left", [
    ("全市已建成口袋公园12个，占计划的80%，剩余3个预计年内完成。", "剩余3个预计年内完成。"),
    ("示范区已完成改造面积12平方公里，占示范区面积的96.9%，剩余3个项目预计6月可完成验收。", "剩余3个项目预计6月可完成验收。"),
])
def test_works_left_forecast_to_finish_are_split_off(sentence, left):
    assert _forecast_turn(sentence) == [sentence[:-len(left) - 1] + "。", left]


@pytest.mark.parametrize("sentence", [
    "全市已完成投资12亿元，占年度计划的80%，预计完成投资15亿元。",
    "1-11月，全市完成造林面积4.8万亩，预计全年完成造林面积5.2万亩。",
])
def test_an_output_forecast_with_its_figure_is_not_split_off(sentence):
    assert _forecast_turn(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "2021年至2023年期间，全市累计建成公园32个。",
    "2021年至2023年，全市新建公园32个，累计投资5亿元。",
])
def test_a_span_looked_back_on_is_no_target(sentence):
    assert target_years(sentence) == []


@pytest.mark.parametrize("sentence", [
    "2024年至2026年，全市计划完成造林30万亩。",
    "2024年至2026年，全市力争每年完成造林10万亩。",
    # (rv11: an action plan's bare span, a title's, 每年完成)
    "2024年至2026年，全市新建城市公园15个。",
    "2024年至2026年森林城市创建三年行动",
    "2024年至2026年，全市每年完成造林10万亩。",
])
def test_a_planned_span_finishing_work_aims_at_its_end(sentence):
    assert target_years(sentence) == [("2024年至2026年", 2026)]


@pytest.mark.parametrize("sentence", ["全力争取早日建成投用。", "着力争取省级项目支持，确保年内开工。",
                                      # (rv12: a year aimed at, not a sum won; 力争取得 is 力争 + 取得)
                                      "全力争取2025年底前建成投用。", "全力争取到2025年底全部建成。", "力争取得3项国家级试点。"])
def test_striving_for_what_is_to_come_whatever_the_adverb(sentence):
    assert SAID_WILL.search(sentence)


@pytest.mark.parametrize("sentence", [
    "大力争取上级资金支持，2023年共争取资金9.53亿元。",
    "着力争取上级政策支持，全年争取到中央预算内资金2亿元。",
    "全力争取到上级资金5亿元。",  # (rv11: the 争取 it stands on decides too)
])
def test_striving_for_funds_its_sentence_counts_won_is_no_plan(sentence):
    assert not SAID_WILL.search(sentence)


@pytest.mark.parametrize("sentence", [
    "桥东区：优化产业布局、完善城市格局。",
    "襄都区：建设美丽乡村、打造特色小镇。",
    "南和区：创建文明单位、文明家庭。",
])
def test_a_places_tasks_are_no_list_of_names(sentence):
    assert not NAMES_LISTED.match(sentence)


@pytest.mark.parametrize("sentence", ["信都区：建设路社区、滨江社区、德贤社区、太行社区。", "信都区：建设村、滨江社区、胜利小区。"])
def test_names_a_road_or_village_opens_on_a_verb_are_still_names(sentence):
    assert NAMES_LISTED.match(sentence)
