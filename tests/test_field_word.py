"""One rule for "the text says this field word of drafter.yaml": a point handed to a unit
(``remit_of``) and an ask the base holds nothing on placed in a unit's field (``gap_owner``) read
the same words the same way."""
from __future__ import annotations

from dataclasses import replace

import pytest

from drafter.compose.asks import parse_asks
from drafter.compose.remit import gap_owner, remit_of
from drafter.workspace import load_workspace
from helpers import REPO


@pytest.fixture(scope="module")
def ws():
    return replace(load_workspace(REPO), higher_powers={"国家知识产权局": ["专利审查", "确权"]},
                   other_fields={"市市场监管局": ["专利", "商标"], "市人力资源和社会保障局": ["就业", "职业技能"]})


def only_ask(text: str):
    asks = parse_asks(f"一、{text}\n二、加强科技人才引育，引进高层次人才团队。", "关于加强科技创新的建议")
    return asks[0]


@pytest.mark.parametrize("text, unit", [
    ("促进就业，扩大就业见习岗位。", "市人力资源和社会保障局"),  # 就业 opens both clauses
    ("加强高校毕业生职业技能培训。", "市人力资源和社会保障局"),  # 职业技能: a longer word anywhere
    ("推动专利转化运用，加强商标品牌培育。", "市市场监管局"),
    ("稳定高校毕业生就业，支持企业吸纳高校毕业生。", None),  # 就业 only ends another matter
    ("推进职务科技成果确权，完善科技成果评价。", None),
])
def test_an_asks_field_is_the_units_whose_words_open_its_matters(ws, text, unit):
    ask = only_ask(text)
    assert gap_owner(ask, [], ws) == (unit, unit, False, False)


def test_an_ask_and_its_point_are_read_alike(ws):
    """The point 稳定高校毕业生就业 is the bureau's; so is an ask saying only that."""
    ask = only_ask("稳定高校毕业生就业。")
    assert remit_of(ask.phrase, ws, []) is None
    assert gap_owner(ask, [], ws) == (None, None, False, False)
    assert gap_owner(only_ask("促进就业。"), ["市人社局"], ws)[1] == "市人力资源和社会保障局"
