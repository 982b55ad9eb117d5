"""Whose figures a paragraph's source names (据市政府办公室统计…, ``市人民政府办公厅：…``): the
unit's whole name, an organ's office included, is what a draft's 据…统计 credits."""
from __future__ import annotations

import pytest

from drafter.compose.sentences import attribution, paragraph_unit
from drafter.model import Fact, Period
from drafter.workspace import load_workspace
from helpers import REPO


@pytest.fixture(scope="module")
def ws():
    return load_workspace(REPO)  # the demo workspace's settings, read in place


def fact(text: str) -> Fact:
    return Fact(id="f1", text=text, kind="result", period=Period(2024, "stated"), jurisdiction="泉州市",
                source_id="s1")


@pytest.mark.parametrize("text, unit", [
    ("据市政府办公室统计，2024年全市共办理人大代表建议312件。", "市政府办公室"),
    ("据市委办公室统计，全年督查督办事项86项，办结率100%。", "市委办公室"),
    ("据区政府办统计，今年以来全区新增市场主体1.2万户。", "区政府办"),
    ("据市人民政府办公厅统计，2023年全市政务服务事项网办率达98%。", "市人民政府办公厅"),
    ("据市财政局统计，2024年全市科技支出35.6亿元，增长12%。", "市财政局"),
    ("据市发展和改革委员会统计，全市共有省级重点项目120个。", "市发展和改革委员会"),
    ("据市财政统计，全市科技支出增长12%。", "市财政"),
    ("据市财政局办理情况反馈，全年拨付资金3.2亿元。", "市财政局"),
    ("市人民政府办公厅：2024年全市共受理政务咨询2.1万件。", "市人民政府办公厅"),
    ("市财政局：安排科技专项资金2.5亿元。", "市财政局"),
    ("市财政：将统筹安排资金1亿元。", "市财政"),
])
def test_the_unit_a_paragraph_names_is_its_whole_name(ws, text, unit):
    assert paragraph_unit(fact(text), ws) == unit
    sentence = text.split("，", 1)[1] if text.startswith("据") else text.split("：", 1)[1]
    named, note, _ = attribution(sentence, fact(text), ws)
    assert (named, unit in note) == (unit, True)


def test_this_bureau_named_by_its_own_source_is_no_other_unit(ws):
    assert paragraph_unit(fact("据市科技局统计，2024年全市高新技术企业达1500家。"), ws) is None
