"""h272: findings of blind review rv15 (severity 1: items 1 with 15, 2, 3, 5; severity 2: items 10, 12, 13), each on the
reviewer's input."""

from __future__ import annotations

import pytest

from drafter.distill.facts import context_period, led_context
from drafter.model import SourceMeta


def _page(kind: str, date: str) -> SourceMeta:
    return SourceMeta(id="x", path="x.txt", sha256="", kind=kind, date=date)


@pytest.mark.parametrize("kind", ["news", "policy"])
@pytest.mark.parametrize("sentence", ["本办法自5月1日起施行。", "报名时间为4月1日至4月30日。", "游客中心将于10月1日正式开放。"])
def test_a_day_to_come_later_in_the_year_stays_the_pages_year(kind, sentence):
    """rv15 1: a day without its year, of a month after the page's (2024-03-05), was dated the year before whatever the sentence
    said; only a deed told done is (h269: …于12月16日获得民政部批复 of a page of 01-06)."""
    assert context_period(sentence, [], _page(kind, "2024-03-05")).year == 2024
    assert context_period("该项目于12月16日获得省发改委批复。", [], _page(kind, "2024-03-05")).year == 2023


def test_a_plans_day_is_never_shifted_to_the_year_before():
    """rv15 15: a figure's context (led_context) read a plan as done work, its later day the year before's."""
    plan = "下一步，所有村级站点12月16日前全部获批。"
    assert led_context(plan, [], _page("news", "2024-03-05"), None, plan=True).year == 2024
