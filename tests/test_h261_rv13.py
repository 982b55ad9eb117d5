"""rv13's review of 116fe012..4561b77d: each finding on the reviewer's inputs, failing before its fix."""

from __future__ import annotations

import re

import pytest

from drafter.distill.facts import AIMING, FORECAST_CLAUSE, SAID_WILL, _forecast_turn
from drafter.frame import _template_patterns
from drafter.grammar import HEADED_BREAK, STRIVE

HEADED = re.compile(HEADED_BREAK)


@pytest.mark.parametrize("line", [
    "1、发展县域经济工作 全年…", "2、推进县域医共体建设情况 全年…", "2、完善县级医院建设情况 全年…", "2、完善县内交通网络建设 全年…",
    "1、加快县城建设情况 全年…", "1、市县联动工作 全年…", "1、该县造林工作 全年…",
    # (rv13 6: 区域 is no level's, so 区域发展全局 no organ's name)
    "1、区域发展全局工作 全年…",
])
def test_a_levels_noun_or_a_word_of_reference_opens_no_place(line):
    """rv13 1, 6: 县域, 县级, 县内, 县城 wherever they stand, 该县 and 市县 name no county, 区域 opens no organ's name: the heading
    splits from its body."""
    assert HEADED.match(line)


@pytest.mark.parametrize("line", [
    "1、邢台市城区绿化工作 完成…", "1、南和区城乡环境整治工作 完成…", "1、和平区城市管理工作 完成…",
    "1、涉县造林工作 完成造林面积1.2万亩。",
])
def test_a_place_before_its_city_word_still_opens_an_item(line):
    """rv13 2: 城区, 城乡, 城市 after a place leave the place the item's subject (rv9 1), kept whole."""
    assert not HEADED.match(line)


@pytest.mark.parametrize("sentence", ["全力争取得到上级政策支持，全年共争取资金9.53亿元。", "力争取得突破，全年争取到位资金3亿元。"])
def test_striving_for_what_its_sentence_counts_won_is_no_aim(sentence):
    """rv13 3: 力争 + 取得 went past the funds its sentence counts won after it (SOUGHT's veto)."""
    assert not re.search(STRIVE, sentence)
    assert not SAID_WILL.search(sentence) and not AIMING.search(sentence)


@pytest.mark.parametrize("sentence", [
    # (万 or 亿 of a count that is no sum of money)
    "全力争取2026年底前新增造林10万亩。", "全力争取全年接待游客500万人次。",
    # (到 a time that is no year's digits)
    "全力争取到年底全部建成。", "全力争取到明年6月底前建成投用。", "全力争取到“十四五”末全部建成。",
])
def test_striving_for_a_count_or_by_a_time_is_an_aim(sentence):
    """rv13 4: a bare 万/亿 read as a sum won, 到 a time other than a year's digits as funds won."""
    assert re.search(STRIVE, sentence)
    assert SAID_WILL.search(sentence) and AIMING.search(sentence)


@pytest.mark.parametrize("sentence", ["全力争取上级补助3亿余元。", "全力争取上级补助500余万元。"])
def test_a_sum_won_said_about_is_still_won(sentence):
    """rv13 4: a sum of money won is one with its 余 or 多 (万 and 亿 before a unit are no sum)."""
    assert not re.search(STRIVE, sentence)


@pytest.mark.parametrize("clause", ["预计年底前完成造林3000亩。", "预计年底完成造林120公顷。", "预计完成粮食产量5.2万吨。",
                                    "预计完成接待游客300万人次。", "预计年底完成税收收入3.2亿。"])
def test_a_forecast_of_an_outputs_figure_is_no_forecast_of_works(clause):
    """rv13 5: only 投资, 产值, 万元/亿元, 万亩 or % after 完成 told an output; any figure whose unit counts no works does."""
    assert not FORECAST_CLAUSE.match(clause)


def test_an_outputs_forecast_after_results_stays_with_them_and_works_left_are_split_off():
    """rv13 5: the forecast's clause of 3000亩 stays in its sentence; 剩余12个小区改造 (个, a counter of works) is still cut off."""
    sentence = "已完成造林2.1万亩，预计年底前完成造林3000亩。"
    assert _forecast_turn(sentence) == [sentence]
    assert _forecast_turn("全市已完成老旧小区改造36个，预计年底前完成剩余12个小区改造。") == [
        "全市已完成老旧小区改造36个。", "预计年底前完成剩余12个小区改造。"]


def test_a_templates_blank_is_no_wording_of_its_own():
    """rv13 7: frame counted a template's literal characters by \\W, a twin of textutil.NOT_WORD that took a blank's underscores
    for words: 联系人：______。 (3 characters of its own, fewer than MIN_LITERAL) was made a formula."""
    assert [p.pattern for p in _template_patterns("联系人：______。\n我局高度重视。")] == ["我局高度重视。"]
