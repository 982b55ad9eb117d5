"""A final read of drafter/compose: functions that worked the same thing out twice, and drifted
(part one's and part two's owed points, the length of an item and of what trimming it takes away).

Read on the leave-one-out 1288 selection (the real seeds but 003, the real suggestion text).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from helpers import TEXT_1288, TITLE_1288

from drafter.compose import reply
from drafter.compose.form import Habits
from drafter.reply import HEADING1
from drafter.compose.select import Item, select_facts
from drafter.compose.sentences import split_sentences
from drafter.compose.suggestion import Suggestion
from drafter.facts.index import FactIndex
from drafter.workspace import load_workspace

TODAY = dt.date(2026, 5, 20)


@pytest.fixture(scope="module")
def ws(loo):
    return load_workspace(loo)


@pytest.fixture(scope="module")
def index(ws):
    return FactIndex.load(ws)


def suggestion_1288() -> Suggestion:
    return Suggestion(number="1288", title=TITLE_1288, deputy="林永红", session="市十七届人大五次会议",
                      reply_class="A", date=TODAY, text=TEXT_1288.read_text("utf-8"), co_handlers=["市市场监管局"])


def with_claim(index, claim_text: str, at: int = 0):
    """select_facts, then a last year's plan (a real fact of the base saying ``claim_text``) said
    after the first item of part one's section ``at``, as the selection says such plans (its claims)."""
    real = select_facts

    def select(*args):
        selection = real(*args)
        fact = next(f for f in index.facts.values() if claim_text in f.text)
        said = next(s for s in split_sentences(fact.text) if claim_text in s)
        host = selection.sections[at].items[0]
        host.claims.append(Item(fact, None, 0.0, 2025, sentences=[said]))
        return selection
    return select


def test_a_point_part_ones_own_claim_states_is_not_owed_after_its_section(ws, index, monkeypatch):
    # the first section (智能制造…攻关) owes 智能装备、工业软件 on the real base; a plan
    # said after its item that names 智能装备 says it: part one asks for it no more, as part two does not
    monkeypatch.setattr(reply, "select_facts", with_claim(index, "智能装备"))
    drafted = reply.compose_reply(ws, suggestion_1288(), index, TODAY)
    marks = [s for b in drafted.blocks for s in b.spans if s.note and "计划写的是" in s.note]
    assert any("智能装备" in m.note for m in marks)  # the claim is in the draft: its mark, the plan in its comment
    parts = [k for k, b in enumerate(drafted.blocks) if b.kind == HEADING1]
    part_one = "".join(s.note or "" for b in drafted.blocks[parts[0]:parts[1]] for s in b.spans)  # owed: on a heading
    owed = re.findall(r"【待补充：建议所提(.+?)方面的工作情况】", part_one)
    assert owed and "工业软件" in owed[0], owed  # what nothing says is still asked for
    assert not [o for o in owed if "智能装备" in o], owed


def test_trimming_an_item_counts_the_plans_said_after_it(ws, index):
    """A platforms item carrying a last year's plan (its claim, 具身智能…, said after it as the
    selection says a claim on its matter): dropping the item drops the plan, and trim says so in
    the characters it took away."""
    selection = with_claim(index, "具身智能", at=1)(index, suggestion_1288(), ws, TODAY)
    platforms = selection.sections[1]
    host = platforms.items[0]
    section = dataclasses.replace(platforms, items=[host, *(i for i in platforms.items if i is not host)])
    selection.sections = [section]
    before = reply.body_length(reply._compose(ws, suggestion_1288(), selection, TODAY, None, Habits.of(ws, None)))
    cut = reply.trim(selection, areas=[host.fact.jurisdiction])
    assert host not in section.items and section.items
    after = reply.body_length(reply._compose(ws, suggestion_1288(), selection, TODAY, None, Habits.of(ws, None)))
    claim = sum(len(s) for c in host.claims for s in c.sentences)
    assert claim > 50
    assert abs((before - after) - cut) < claim / 2, (before, after, cut)
