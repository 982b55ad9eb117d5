"""h253: when a statement aims at a year, read by its document's date, never the clock's — and what 力争/争取 aim at.

A span of years (2021年至2023年) in a document after it is looked back on (a result), in one before or at its start aimed at;
完成 in a span's clause ahead of its document is work planned. 争取 of a sum won (全力争取到上级资金5亿元, 共争取资金9.53亿元,
争取上三级科技经费6138万元) is no aim wherever the words of an aim are read (grammar.STRIVING: select.TARGET, periods'
deadline, structure's plan turn), each failing before.
"""

from __future__ import annotations

import datetime

import pytest
from helpers import distil, fact_saying, unit_workspace

from drafter.compose.select import TARGET, deadline_ahead
from drafter.distill.periods import time_mentions
from drafter.distill.structure import _plan_turn
from drafter.grammar import target_years
from drafter.model import SourceMeta
from helpers import XINGTAI

PARKS = "2021年至2023年，全市新建公园32个。"
REPLY_2024 = ("关于加快城市公园建设的建议的答复\n\n张代表：\n\n您提出的建议收悉。现答复如下：\n\n{said}\n\n"
              "下一步，我局将继续加快公园建设。\n\n邢台市林业局\n2024年6月20日\n")


def _source(date: str) -> SourceMeta:
    return SourceMeta(id="s", path="s.txt", sha256="0", kind="reply", date=date)


@pytest.mark.parametrize("sentence, doc_year, aims", [
    (PARKS, 2024, []),  # a reply of 2024 looks back on it
    (PARKS, 2021, [("2021年至2023年", 2023)]),  # a plan of 2021 aims at its end
    ("2025年至2027年，全市完成造林20万亩。", 2025, [("2025年至2027年", 2027)]),  # 完成 ahead of its document: planned
    ("2025年至2027年，全市完成造林20万亩。", 2028, []),  # …and done in a summary of 2028
    ("2025年至2027年，全市已完成造林20万亩。", 2026, []),  # (work done so far)
    # funds won over a span, whatever the document's year
    ("2021年至2023年，全市共争取资金9.53亿元。", 2024, []),
    ("2021年至2023年，全市共争取资金9.53亿元。", None, []),
    ("2021年至2023年，全市累计争取上级资金3.2亿元。", None, []),
])
def test_a_spans_aim_is_read_by_its_documents_year(sentence, doc_year, aims):
    assert target_years(sentence, doc_year) == aims


def test_whether_a_plans_span_is_still_aimed_at_is_its_documents_reading_not_the_reply_dates():
    """The same sentence, a reply of 2024 looking back on the span, a plan of 2021 aiming at 2023 (a reply of 2022 still
    offers it); the reply's date alone never makes a look back an aim."""
    today = datetime.date(2022, 5, 1)
    assert deadline_ahead(PARKS, _source("2021-03-01"), today)
    assert not deadline_ahead(PARKS, _source("2024-06-20"), today)


def test_the_same_seed_gives_the_same_facts_whatever_the_clock(tmp_path, monkeypatch):
    """Distilling reads a text against its document's date: the clock's year changes no fact's kind, period or figures."""
    page = REPLY_2024.format(said=f"{PARKS}2021年至2023年，全市共争取资金9.53亿元。")

    def facts(clock_year: int):
        class Clock(datetime.date):
            @classmethod
            def today(cls):
                return cls(clock_year, 6, 1)
        monkeypatch.setattr(datetime, "date", Clock)
        root = tmp_path / str(clock_year)
        root.mkdir()
        ff = distil(root, unit_workspace(root / "ws", *XINGTAI), page, "2024-06-20_reply.txt")
        monkeypatch.undo()
        return [(f.text, f.kind, f.period, [(g.raw, g.year, g.until) for g in f.figures]) for f in ff.facts]

    early, late = facts(2019), facts(2031)
    assert early == late
    assert [kind for text, kind, *_ in early if "公园32个" in text] == ["done"]


@pytest.mark.parametrize("sentence, aimed", [
    ("全力争取到上级资金5亿元。", False),
    ("累计争取上级资金3.2亿元。", False),
    # (a real line: 24_kunlun_plan_nd of the shared corpus)
    ("截至目前,昆区共实施国家、自治区、市级科技项目153项,争取上三级科技经费6138万元;", False),
    # (what is to come: 力争, a 争取 of no sum won, a sum aimed at by a year)
    ("力争2025年底前建成投用。", True), ("积极争取上级资金支持。", True), ("全力争取2025年完成投资5亿元。", True),
])
def test_a_sum_won_after_striving_is_no_target_of_a_claim(sentence, aimed):
    assert bool(TARGET.search(sentence)) == aimed


def test_funds_won_for_homes_built_by_a_year_take_no_deadline_from_it():
    """2000年底前建成的老旧小区 is the age of the homes the funds are for (a cut-off), 争取 no deadline's word before it."""
    years = {(a, b) for _, a, b, _ in time_mentions("2023年，全市共争取2000年底前建成的老旧小区改造资金3亿元。", 2024)}
    assert years == {(2023, 2023)}
    assert (2025, 2025) in {(a, b) for _, a, b, _ in time_mentions("力争2025年底前建成的老旧小区改造全部完工。", 2024)}


def test_funds_won_after_striving_turn_no_paragraph_to_its_plans():
    assert _plan_turn("全市新建公园5个。力争取到上级资金5亿元，用于公园建设。", 0, 2024) is None
    assert _plan_turn("全市新建公园5个，力争2025年建成10个。", 0, 2024) is not None


@pytest.mark.parametrize("name, page, kind", [
    ("2024-06-20_reply.txt", REPLY_2024, "plan"),  # work of years after the reply's: planned
    ("2025-03-01_plan.txt", "邢台市国土绿化三年行动方案\n\n一、工作目标\n\n{said}\n\n二、重点任务\n\n加快推进造林绿化。\n", "plan"),
    ("2028-12-20_summary.txt", "邢台市林业局2028年工作总结\n\n2028年，全市林业工作取得新成效。\n\n一、主要成效\n\n{said}\n", "done"),
], ids=["reply-2024", "plan-2025", "summary-2028"])
def test_work_finished_over_a_span_ahead_of_its_document_is_planned(tmp_path, name, page, kind):
    said = "2025年至2027年，全市完成造林20万亩。"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XINGTAI), page.format(said=said), name)
    fact = fact_saying(ff, "20万亩")
    assert (fact.kind, fact.period.year, fact.period.until) == (kind, 2025, 2027), fact
