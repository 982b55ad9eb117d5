"""A cold ``drafter draft --text`` does less work for the same draft (sp58): a search weighs no hit that could not be kept,
on_ask weighs one word's bigrams only of a fact the other tests take, a section's fill asks what it still owes only of a
sentence saying an owed point, a key word's halves are found without a pattern compiled per run — and each gives what the
longer way gave, on the demo base's 1288 and the seeds' own lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest
from helpers import TEXT_1288, TITLE_1288

from drafter.compose import reply as R
from drafter.compose import select as S
from drafter.compose.asks import MAX_INSERT, Ask, _halves, _key_said, _said_apart, parse_asks, read_suggestion_text
from drafter.compose.reply import _told_done
from drafter.compose.sentences import clauses, without_field_lists
from drafter.compose.suggestion import Suggestion
from drafter.facts.index import FactIndex
from drafter.facts.measure import _LEADING, _NEUTRAL, _TRAILING, _trim
from drafter.model import DONE
from drafter.reply import Span
from drafter.workspace import load_workspace

TODAY = dt.date(2026, 5, 20)


def _suggestion() -> Suggestion:
    return Suggestion(number="1288", title=TITLE_1288, deputy="林永红", session="市十七届人大五次会议", reply_class="A",
                      date=TODAY, co_handlers=["市市场监管局"], text=read_suggestion_text(str(TEXT_1288)))


def _compose(root) -> R.Reply:
    ws = load_workspace(root)
    return R.compose_reply(ws, _suggestion(), FactIndex.load(ws), TODAY)


# ---- a key word's halves said apart (人才…评价 of 完善人才评价): found by str.find as the pattern found them

# (key word, its point: suggestion 1288's ask 4; clauses: seed 000's line and others like it)
HALVES = [("人才评价", "完善人才评价和服务保障"), ("专利审查", "加快专利审查和确权"), ("技术交易", "加大技术交易和成果转化的政策支持")]
CLAUSES = ["推荐3家科研院所入选人才自主评价试点单位", "45家高新技术企业692名人才", "人才分类评价", "人才队伍建设与评价",
           "人才\n评价", "专利快速审查", "专利预审查", "专利优先审查和快速确权", "技术合同交易", "技术转移和交易", "善人才评价"]


@pytest.mark.parametrize("key, point", HALVES)
def test_halves_said_apart_as_their_pattern_said_them(key, point):
    for head, tail in _halves(key, point):
        pattern = re.compile(f"{re.escape(head)}.{{1,{MAX_INSERT}}}{re.escape(tail)}")
        for clause in CLAUSES:
            assert _said_apart(head, tail, clause) == bool(pattern.search(clause)), (head, tail, clause)
    flat = "".join(CLAUSES)
    assert _key_said(key, point, flat, flat, CLAUSES, kin=False) == any(
        re.compile(f"{re.escape(h)}.{{1,{MAX_INSERT}}}{re.escape(t)}").search(c) for h, t in _halves(key, point) for c in CLAUSES)


def test_the_ask_said_apart_is_told():
    assert _said_apart("人才", "评价", "推荐3家科研院所入选人才自主评价试点单位")  # (人才 自主 评价: two between)
    assert not _said_apart("人才", "评价", "人才队伍建设与评价")  # (five between)
    assert not _said_apart("人才", "评价", "人才\n评价")  # (not across a line)


def test_owed_compiles_no_pattern(seeded_root, monkeypatch):
    compiled = []
    compile_ = re.compile

    def spy(pattern, flags=0):
        if __import__("sys")._getframe(1).f_globals.get("__name__") == "drafter.compose.asks":
            compiled.append(pattern)
        return compile_(pattern, flags)

    monkeypatch.setattr(re, "compile", spy)
    owed = []
    ask_owed = Ask.owed
    monkeypatch.setattr(Ask, "owed", lambda self, said, kin=True: owed.append(said) or ask_owed(self, said, kin))
    reply = _compose(seeded_root)
    assert len(owed) > 20 and any("第1288号" in b.text for b in reply.blocks)  # (the asks' points weighed, the reply made)
    assert compiled == []  # (30 patterns a draft, each compiled anew by every process)


# ---- a section's fill asks what it still owes only of a sentence saying an owed point wholly


def test_filled_asks_what_is_owed_only_of_a_sentence_saying_a_point(seeded_root, monkeypatch):
    calls = []
    filled = S._filled
    monkeypatch.setattr(S, "_filled", lambda ask, said, owed, text: calls.append((ask, said, list(owed), text))
                        or filled(ask, said, owed, text))
    _compose(seeded_root)
    assert len(calls) > 20
    monkeypatch.setattr(S, "_filled", filled)
    ask_owed, asked = Ask.owed, []
    for ask, said, owed, text in calls:
        bare = without_field_lists(text)
        # (the longer way: what the section owes with the text said, then those the text says wholly)
        expected = {o for o in set(owed) - set(ask.owed(said + bare)) if ask.says_wholly(o, bare)}
        asked.clear()
        monkeypatch.setattr(Ask, "owed", lambda self, s, kin=True: asked.append(s) or ask_owed(self, s, kin))
        assert filled(ask, said, owed, text) == expected
        monkeypatch.setattr(Ask, "owed", ask_owed)
        assert len(asked) == (1 if any(ask.says_wholly(o, bare) for o in owed) else 0)
    assert any(not any(ask.says_wholly(o, without_field_lists(t)) for o in owed) for ask, _, owed, t in calls)


# ---- on_ask: one word's bigrams (the costliest test) weighed last


def test_one_word_weighed_only_of_a_fact_the_other_tests_take(seeded_root, monkeypatch):
    said_thing = []
    says_thing, one_word = S.says_thing, S._one_word

    def spy_says(text, ask):
        said_thing.append(says_thing(text, ask))
        return said_thing[-1]

    weighed = []

    def spy_one(text, said, ask):
        weighed.append(bool(said_thing) and said_thing[-1])
        return one_word(text, said, ask)

    monkeypatch.setattr(S, "says_thing", spy_says)
    monkeypatch.setattr(S, "_one_word", spy_one)
    _compose(seeded_root)
    assert weighed and all(weighed)  # (each after says_thing took the fact: before, of every fact sharing enough words)


# ---- an ask's stale facts weighed on it only when they could still count beside its fresh ones


def test_a_stale_fact_weighed_on_an_ask_only_when_it_could_still_count(seeded_root, monkeypatch):
    searched, weighed, answering = {}, {}, []
    relevant_items, on_ask, asks_answered = S.relevant_items, S.on_ask, S._asks_answered

    def spy_search(index, query, ws, today, kinds, places, keys=(), works=None, members=()):
        found = relevant_items(index, query, ws, today, kinds, places, keys, works, members)
        if answering:
            searched[query, kinds] = found
        return found

    def spy_on_ask(fact, ask, own):
        said = on_ask(fact, ask, own)
        if answering:
            weighed[fact.id, ask.query] = said
        return said

    def spy_answered(*args):
        answering.append(True)
        try:
            return asks_answered(*args)
        finally:
            answering.pop()

    monkeypatch.setattr(S, "relevant_items", spy_search)
    monkeypatch.setattr(S, "on_ask", spy_on_ask)
    monkeypatch.setattr(S, "_asks_answered", spy_answered)
    _compose(seeded_root)
    left = 0
    for (query, _kinds), found in searched.items():
        fresh = [i for i in found if not i.stale]
        assert all((i.fact.id, query) in weighed for i in fresh)  # (every fresh fact weighed on the ask)
        best = max((i.score for i in fresh if weighed[i.fact.id, query]), default=0.0)
        for i in found:
            if i.stale and (i.fact.id, query) in weighed:
                assert i.score / S.STALE_WEIGHT > best  # (it could still count: as high as the fresh ones, its age aside)
            elif i.stale:
                left += 1
    assert searched and left  # (stale facts no fresher one leaves room for: not weighed; before, every one was)


# ---- a search weighs no hit scoring under RELATIVE_THRESHOLD of a fact on the topic found


def test_a_search_leaves_out_unweighed_only_hits_it_would_drop(seeded_root, monkeypatch):
    ws = load_workspace(seeded_root)
    index = FactIndex.load(ws)
    asks = parse_asks(read_suggestion_text(str(TEXT_1288)), TITLE_1288)
    weighed = []
    known = S._known
    monkeypatch.setattr(S, "_known", lambda fact, index, today: weighed.append(fact.id) or known(fact, index, today))

    def search(ask) -> list[tuple[str, float]]:
        items = S.relevant_items(index, ask.query, ws, TODAY, (DONE,), ws.own_places(), ask.matter_keys)
        return [(i.fact.id, i.score) for i in items]

    pruned = [search(ask) for ask in asks]
    pruned_weighed = len(weighed)
    monkeypatch.setattr(S, "TOP_WEIGHT", float("inf"))  # (no hit under the floor: every hit weighed)
    weighed.clear()
    assert [search(ask) for ask in asks] == pruned
    assert all(pruned) and pruned_weighed < len(weighed)


# ---- remembered or done otherwise: the same results


def test_clauses_remembered_are_a_new_list_each_time():
    sentence = "2025 年推动大院大所服务企业 2062 家、解决技术难题 558 项、研发转化项目 281 项，（其中，“揭榜挂帅”项目 13 个），成效明显。"
    first = clauses(sentence)
    assert first == ["2025 年推动大院大所服务企业 2062 家、解决技术难题 558 项、研发转化项目 281 项，",
                     "（其中，“揭榜挂帅”项目 13 个），", "成效明显。"]
    first.append("x")
    assert clauses(sentence) == first[:-1]


def test_told_done_cuts_the_characters_at_its_cuts():
    # (seed 003's sentence in three spans, the middle a figure; cuts across a span's edge and inside one)
    spans = [Span("2025 年获省技术创新资金项目（装备制造产业）立项 "), Span("2", note="有更新数值"), Span(" 项，立项资金 580 万元。")]
    text = "".join(s.text for s in spans)
    for cuts in ([], [(5, 9)], [(0, 3), (20, 33)], [(27, 29)], [(30, 100)], [(-3, 2)], [(0, len(text))]):
        expected = []
        pos = 0
        for span in spans:
            kept = "".join(c for k, c in enumerate(span.text, pos) if not any(s <= k < e for s, e in cuts))
            expected += [replace(span, text=kept)] if kept else []
            pos += len(span.text)
        assert _told_done(spans, cuts) == expected, cuts


def test_trim_strips_as_every_word_tried_in_turn():
    def trimmed(text, front, back, keep):  # (the longer way: every word tried on every text)
        changed = True
        while changed and text:
            changed = False
            for word in front:
                if text.startswith(word) and (len(text) > len(word) or not keep):
                    text, changed = text[len(word):], True
                    break
            for word in back:
                if text.endswith(word) and (len(text) > len(word) or not keep):
                    text, changed = text[: -len(word)], True
                    break
        return text

    # (counted names of the seeds' figures, and pieces of their clauses)
    for text in ("全市累计高新技术企业总数", "共有市级以上企业技术中心", "新增国家级科技型中小企业", "累计达到", "共计", "达",
                 "全市新培育", "总量", ""):
        for front, back in ((_LEADING, _TRAILING), (_NEUTRAL, _NEUTRAL)):
            for keep in (True, False):
                assert _trim(text, front, back, keep) == trimmed(text, front, back, keep), (text, keep)
