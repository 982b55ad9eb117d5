"""rv5's review of the compose side (h225): each test holds the reviewer's own input and failed before its fix."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from drafter.compose.select import deadline_ahead, still_ahead
from drafter.model import SourceMeta

# A plan of an earlier year setting a deadline (hd43b's sentence, from a reply of a month's date alone).
def _source(date: str) -> SourceMeta:
    return SourceMeta("src", "src.txt", "", "reply", date=date)


PLAN = "在两年内，争取把唐庄郭庄村、王河村等10个美丽乡村，打造成乡村振兴示范村。"


def test_a_deadline_of_a_month_only_source_counts_from_its_last_day():
    """rv5 F2: a source dated 2022-08 (a month alone, as other places' pages are) raised ValueError in deadline_ahead and
    broke the draft; its 两年内 counts from 2022-08-31: still ahead in June 2023, past in 2025; a year alone from its end."""
    assert deadline_ahead(PLAN, _source("2022-08"), dt.date(2023, 6, 1))
    assert not deadline_ahead(PLAN, _source("2022-08"), dt.date(2025, 1, 1))
    assert deadline_ahead(PLAN, _source("2022"), dt.date(2024, 12, 1))
    assert deadline_ahead(PLAN, _source("2022-08-22"), dt.date(2024, 8, 20))
    assert not deadline_ahead(PLAN, _source("2022-08-22"), dt.date(2024, 8, 25))


def test_a_word_going_on_of_any_spelling_is_no_end_of_a_plan():
    """rv5 F10: _FRAME_ALONE spelt its own words going on (同时|此外|另外): an earlier year's plan losing its figure's clause
    ended on 与此同时 or 另一方面; the grammar's ADDING_WORDS are all of them."""
    plan, today = SimpleNamespace(year=2022, source=None), dt.date(2023, 11, 1)
    assert still_ahead("持续推进老旧小区改造，与此同时，新建口袋公园5个。", plan, today) == "持续推进老旧小区改造。"
    assert still_ahead("持续推进老旧小区改造，另一方面，新建口袋公园5个。", plan, today) == "持续推进老旧小区改造。"
