"""The time a statement and each of its figures speak of: years, spans and the document's date.

Time mentions in a text (:func:`time_mentions`), each a (position, first year, last year):

- a year, ``2023年`` (not inside 《》, not a start ``自2024年7月…以来``, not a comparison's base:
  ``在2022年的基础上``, ``比2015年``, ``较2020年``);
- a span: ``2011—2015年`` before 期间/间/时期 or a clause's end; a five-year plan's period,
  ``“十二五”期间`` → 2011–2015 (a name such as ``“十四五”国家重大科技基础设施`` is no period);
  ``自2017年至今`` / ``2017年以来`` → 2017 until the document's year.

A figure's period (:func:`figure_periods`) is the nearest mention before it — in its own
sentence, or anywhere before it when the statement opens with its time (``2023年，全市…``).
A statement whose first figure comes before any time it names speaks, as a whole, of the time
its section or document gives (see :func:`drafter.distill.facts.fact_period`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .figures import YEAR

FIVE_YEAR_PLANS = {"十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
PLAN_SPAN = re.compile(r"[“\"]?(十[一二三四五]?五)[”\"]?(?:规划)?(?:期间|时期|以来|间)")
SINCE = re.compile(r"^(?:[^，。；]{0,12}?)(?:至今|以来)")
BASE_AFTER = re.compile(r"^\s?(?:度)?(?:的?基础上|基础上|同期|相比|水平)")
BASE_BEFORE = re.compile(r"(?:较|比|与|相比|同比|对比)\s?$")
SPAN_END = re.compile(r"^\s?(?:度)?(?:期间|间|时期|内)?(?:[，。；：]|$)")
SENTENCE_END = re.compile(r"[。！？!?]")


def time_mentions(norm: str, doc_year: int | None = None) -> list[tuple[int, int, int]]:
    """(position, first year, last year) of each time the text names (see the module docstring)."""
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》]*》", norm)]

    def in_title(i: int) -> bool:
        return any(a <= i < b for a, b in titles)

    out = []
    for m in YEAR.finditer(norm):
        if in_title(m.start()):
            continue
        after = norm[m.end(): m.end() + 30]
        first = int(m.group(1))
        if m.group(2):
            if SPAN_END.match(after):
                out.append((m.start(), first, int(m.group(2))))
            continue
        if BASE_AFTER.match(after) or BASE_BEFORE.search(norm[max(0, m.start() - 3): m.start()]):
            continue
        if SINCE.match(after):
            if doc_year and doc_year > first and not re.match(r"^\s?\d{1,2}月", after):
                out.append((m.start(), first, doc_year))
            continue
        out.append((m.start(), first, first))
    for m in PLAN_SPAN.finditer(norm):
        if in_title(m.start()):
            continue
        first = FIVE_YEAR_PLANS.get(m.group(1))
        if first is None:
            continue
        if m.group().endswith("以来"):
            if doc_year and doc_year > first:
                out.append((m.start(), first, doc_year))
            continue
        out.append((m.start(), first, first + 4))
    return sorted(out)


def figure_periods(norm: str, positions: list[int], mentions: list[tuple[int, int, int]],
                   opens: bool) -> list[tuple[int, int] | None]:
    """The (first, last) year of each figure at ``positions``: the nearest mention before it in
    its sentence, or anywhere before it when the statement ``opens`` with its time; None when
    no mention applies."""
    stops = [m.end() for m in SENTENCE_END.finditer(norm)]
    out: list[tuple[int, int] | None] = []
    for pos in positions:
        k = bisect_right(stops, pos)
        floor = 0 if opens else (stops[k - 1] if k else 0)
        before = [(a, b) for p, a, b in mentions if floor <= p < pos]
        out.append(before[-1] if before else None)
    return out
