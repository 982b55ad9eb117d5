"""A reply composed again after a trim writes again only the items the trim changed (sp57: the composing after a trim wrote
every item anew, the cost of a second draft), and reads exactly as one composed with every item written anew."""

from __future__ import annotations

import datetime as dt

from helpers import TEXT_1288, TITLE_1288

from drafter.compose import reply as R
from drafter.compose.asks import read_suggestion_text
from drafter.compose.suggestion import Suggestion
from drafter.facts.index import FactIndex
from drafter.workspace import load_workspace

TODAY = dt.date(2026, 5, 20)


def _suggestion() -> Suggestion:
    """Suggestion 1288 with its text, co-handled with 市市场监管局, as the benchmark drafts it: long enough to be trimmed."""
    return Suggestion(number="1288", title=TITLE_1288, deputy="林永红", session="市十七届人大五次会议", reply_class="A",
                      date=TODAY, co_handlers=["市市场监管局"], text=read_suggestion_text(str(TEXT_1288)))


def _composed(seeded_root) -> tuple[R.Reply, list[tuple], int]:
    """The reply to 1288 from the seeded base; each item written (its fact, its sentences, how: part one or two, the
    co-handlers' names, its note, led among others), and how many times the reply was composed."""
    ws = load_workspace(seeded_root)
    written: list[tuple] = []
    composed = [0]
    item_spans, compose = R._item_spans, R._compose

    def spy_spans(item, ws, today, part_one=True, co=(), part_note=None, led=False):
        written.append((item.fact.id, tuple(item.sentences or ()), part_one, tuple(co), part_note, led))
        return item_spans(item, ws, today, part_one, co, part_note, led)

    def spy_compose(*args):
        composed[0] += 1
        return compose(*args)

    R._item_spans, R._compose = spy_spans, spy_compose
    try:
        reply = R.compose_reply(ws, _suggestion(), FactIndex.load(ws), TODAY)
    finally:
        R._item_spans, R._compose = item_spans, compose
    return reply, written, composed[0]


def test_untouched_items_written_once(seeded_root):
    reply, written, composed = _composed(seeded_root)
    assert composed >= 2  # (trimmed: composed, measured, composed again)
    assert len(written) >= 10
    again = [w for k, w in enumerate(written) if w in written[:k]]
    assert again == []  # (each item as it stood written once, however often the reply was composed)


def test_same_reply_as_written_anew(seeded_root, monkeypatch):
    reply, _written, _composed_times = _composed(seeded_root)
    monkeypatch.setattr(R, "_fact_spans", R._item_spans)  # every item written anew by every composing
    anew = R.compose_reply(load_workspace(seeded_root), _suggestion(), FactIndex.load(load_workspace(seeded_root)), TODAY)
    assert [(b.kind, [(s.text, s.kind, s.note, s.group) for s in b.spans]) for b in reply.blocks] == [
        (b.kind, [(s.text, s.kind, s.note, s.group) for s in b.spans]) for b in anew.blocks]
    assert any("第" in b.text and "号" in b.text for b in reply.blocks)  # (the letter itself, not an empty reply)
