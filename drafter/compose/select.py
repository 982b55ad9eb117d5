"""Choose the facts a reply reports, and group them into headed sections.

Ranking is the fact index's BM25 over character bigrams (no word segmenter on the draft path:
bigrams need no dictionary, cope with new terms such as 具身智能 and load instantly) for the
topic — the suggestion's title without its framing words (关于…的建议, 推动, 加快…) and without
the bureau's own place names, which every fact shares. The score is scaled by how far a source
can speak for the bureau (replies and work reports 1, policy 0.8, news 0.5) and halved for a
stale fact. A fact is relevant when it reaches RELATIVE_THRESHOLD of the best score and shares
MIN_SHARED topic bigrams (so 党建 or 安全生产 paragraphs stay out). Then the rules of a reply:

* only this organisation's jurisdiction and the areas under it (another city's fact is left out);
* superseded facts, problem facts and lead-ins announcing a list (``…如下：``) are skipped, and
  so is anything not yet known on the reply's date (a later period or source);
* the newest value of each figure measure wins (the refresh's notion of the same measure,
  :mod:`drafter.facts.measure`): an older fact adding nothing else is dropped, an older figure
  kept inside a fact that adds something is flagged;
* facts older than the freshness window are used only to fill the frame when fresh facts cannot
  (fewer than :data:`MIN_SECTIONS` sections) and are then flagged stale;
* done/context facts make the sections of part one; the newest plan facts of the bureau's own
  jurisdiction make the next-step part.

Everything is deterministic: ties are broken by fact id.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..facts.measure import Measured, fact_year, measure_fact, newest_successors
from ..grammar import ITEM_START, ORDINAL, strip_ordinal
from ..grammar import bigrams as grammar_bigrams
from ..model import CONTEXT, DONE, NEWS, PLAN, POLICY, Fact, Figure, SourceMeta
from ..workspace import Workspace
from .suggestion import Suggestion

MIN_SECTIONS, MAX_SECTIONS = 3, 6
MAX_ITEMS = 4  # 一是…四是 per section
MAX_PLANS = 5
SEARCH_LIMIT = 200
# A fact is relevant when its score reaches this share of the best score and it shares at
# least MIN_SHARED distinct topic bigrams with the topic.
RELATIVE_THRESHOLD = 0.05
MIN_SHARED = 3
# Two headings name the same section when this share of the shorter one's bigrams recurs.
HEADING_OVERLAP = 0.5
# How far a source kind can speak for the bureau.
KIND_WEIGHT = {NEWS: 0.5, POLICY: 0.8}
STALE_WEIGHT = 0.5

# Words that frame a suggestion's title without saying what it is about.
FRAMING = re.compile(
    r"^关于|(?:的)?(?:建议|提案|意见)$|进一步|推动|推进|加快|加强|促进|关于|有关|的"
)
TRAILING_PUNCT = "。；;，,：: "


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[str]:
    """The character bigrams of ``text`` (:func:`drafter.grammar.bigrams`); remembered, since a
    batch asks again for the same facts' texts."""
    return frozenset(g for g in grammar_bigrams(text) if len(g) > 1)


def topic_query(title: str, ws: Workspace) -> str:
    """The topic of a suggestion title: framing words and the bureau's own place names removed."""
    text = title.strip().strip("《》")
    for place in sorted(ws.own_places(), key=len, reverse=True):
        text = text.replace(place, " ")
        if len(place) > 2 and place[-1] in "市区县":
            text = text.replace(place[:-1], " ")
    return FRAMING.sub(" ", text).strip()


@dataclass
class Item:
    """A fact chosen for the reply, with its score and what to flag about it."""

    fact: Fact
    source: SourceMeta | None
    score: float
    year: int | None  # the period the fact speaks of
    stale: bool = False  # older than the freshness window
    outdated: dict[str, str] = field(default_factory=dict)  # figure raw → note (newer value)


@dataclass
class Section:
    """A heading (from the sources, ordinal stripped; None when no source gave one) and items."""

    heading: str | None
    items: list[Item]

    @property
    def score(self) -> float:
        return max(i.score for i in self.items)


@dataclass
class Selection:
    """What part one and part two of a reply will say."""

    sections: list[Section]
    plans: list[Item]
    warnings: list[str] = field(default_factory=list)
    overview: Item | None = None  # a source's own overview of the work (近年来，…), opening part one


def select_facts(index, suggestion: Suggestion, ws: Workspace, today: dt.date) -> Selection:
    """Rank, filter and group the facts of ``index`` for ``suggestion`` (see the module doc)."""
    query = topic_query(suggestion.title, ws)
    warnings: list[str] = []
    done = _relevant(index, query, ws, today, (DONE, CONTEXT), ws.own_places())
    done = _newest_per_measure(done, ws)
    overview = _overview(done, index)
    sections = _sections([i for i in done if i is not overview], index)
    if any(i.stale for s in sections for i in s.items):
        warnings.append(f"部分事实早于时效（{ws.freshness_years}年），已标出，请核实是否有更新数据")
    # "下一步我局将…": only the bureau's own plans, not those of the areas under it
    plans = _newest_plans(_relevant(index, query, ws, today, (PLAN,), [ws.jurisdiction]))
    if not sections:
        warnings.append("事实库中没有与该主题相关的本地区工作事实，第一部分留有待补充项")
    if not plans:
        warnings.append("事实库中没有与该主题相关的工作计划，下一步部分留有待补充项")
    return Selection(sections=sections, plans=plans, warnings=warnings,
                     overview=overview if sections else None)


def is_lead_in(text: str) -> bool:
    """A sentence announcing a list (``…主要做法如下：``) says nothing on its own."""
    return text.rstrip().endswith(("：", ":"))


def is_item(text: str) -> bool:
    """True when the source text is an enumerated item (``一是…``, ``（二）…``, ``3.…``)."""
    return bool(ORDINAL.match(text))


def figure_year(figure: Figure, item: Item) -> int | None:
    return figure.year or item.year


def is_old(year: int | None, ws: Workspace, today: dt.date) -> bool:
    """True when ``year`` lies beyond the freshness window counted back from ``today``."""
    return year is not None and today.year - year > ws.freshness_years


def _relevant(index, query: str, ws: Workspace, today: dt.date, kinds, places) -> list[Item]:
    """Facts of the given kinds and places (None counts as own) relevant to ``query``, best first."""
    if not query:
        return []
    wanted = bigrams(query)
    hits = index.search(query, limit=SEARCH_LIMIT, kinds=kinds)
    items: list[Item] = []
    for fact, score in hits:
        if fact.superseded_by or fact.external or fact.kind not in kinds or is_lead_in(fact.text):
            continue
        if fact.jurisdiction is not None and fact.jurisdiction not in places:
            continue
        if len(wanted & bigrams(fact.text)) < MIN_SHARED:
            continue
        source = index.source_of(fact)
        year = fact_year(fact, source)
        if (year is not None and year > today.year) or (source and (source.date or "") > today.isoformat()):
            continue  # not yet known on the reply's date
        stale = is_old(year, ws, today)
        weight = KIND_WEIGHT.get(source.kind, 1.0) if source else 1.0
        if stale:
            weight *= STALE_WEIGHT
        items.append(Item(fact, source, score * weight, year, stale))
    if not items:
        return []
    best = max(i.score for i in items)
    items = [i for i in items if i.score >= RELATIVE_THRESHOLD * best]
    items.sort(key=lambda i: (-i.score, i.fact.id))
    return items


def _newest_per_measure(items: list[Item], ws: Workspace) -> list[Item]:
    """Keep the newest value of each figure measure; drop older facts that add nothing else.

    "The same measure" and "newer" are the refresh's rule (:mod:`drafter.facts.measure`), applied
    among the candidates. A figure is covered when a newer candidate supersedes it (flagged with
    the newer value when that differs) or a better-ranked kept fact restates it (same measure,
    year and value). A fact all of whose figures are covered is dropped; a kept fact's outdated
    figures are flagged with the newer value.
    """
    measured = {id(item): measure_fact(item.fact, item.source, ws) for item in items}
    newer = newest_successors([m for item in items for m in measured[id(item)]])
    kept: list[Item] = []
    shown: list[Measured] = []  # the figures of the facts kept so far
    for item in items:
        covered: dict[str, str] = {}
        for m in measured[id(item)]:
            successor = newer.get(id(m))
            if successor is not None:
                when = f"{successor.year}年，" if successor.year else ""
                covered[m.figure.raw] = "" if successor.same_value(m) else (
                    f"有更新数值：{successor.figure.raw}（{when}见{successor.label()}）"
                )
            elif any(m.restates(other) for other in shown):
                covered[m.figure.raw] = ""
        if item.fact.figures and len(covered) == len(item.fact.figures):
            continue
        item.outdated = {raw: note for raw, note in covered.items() if note}
        shown.extend(measured[id(item)])
        kept.append(item)
    return kept


# A heading that only names a part of a reply or report (基本情况, 2024年工作完成情况, 主要做法及成效)
# says nothing about the topic: the draft has its own part headings.
GENERIC_HEADING = re.compile(
    r"^(?:(?:19|20)\d{2}年度?)?(?:基本|主要|有关|相关|工作|完成|开展|落实|办理|情况|做法|成效|成绩|总结|进展|及|和|与|、)+$"
)


def section_heading(fact: Fact, parents: set[str]) -> str | None:
    """The heading a fact is filed under: its innermost source heading that is not a part
    heading (one with sub-headings of its own, e.g. ``一、基本情况``, or one that only names a
    part), nor an item label."""
    for raw in reversed(fact.section):
        if ITEM_START.match(raw):
            continue
        heading = strip_ordinal(raw).rstrip(TRAILING_PUNCT)
        if heading and raw not in parents and not GENERIC_HEADING.match(heading):
            return heading
    return None


def _overview(items: list[Item], index) -> Item | None:
    """The best fresh context fact filed under no topical heading (a reply's or report's own
    overview of the work, ``近年来，…``): it opens part one instead of the generic lead-in."""
    parents = index.parent_headings
    return next((i for i in items if i.fact.kind == CONTEXT and not i.stale and not is_item(i.fact.text)
                 and section_heading(i.fact, parents.get(i.fact.source_id, set())) is None), None)


@dataclass
class _Group:
    grams: list[set[str]]  # of the headings
    items: list[tuple[Item, str | None]]  # with each item's own heading


def _sections(items: list[Item], index) -> list[Section]:
    """Group items by similar headings; fresh sections first, stale ones only to fill the frame.

    An item without a heading joins the headed group whose headings share most bigrams with its
    text (at least MIN_SHARED), else a group without heading (the draft asks for one).
    """
    parents = index.parent_headings
    groups: list[_Group] = []
    loose: list[Item] = []
    for item in items:
        heading = section_heading(item.fact, parents.get(item.fact.source_id, set()))
        if heading is None:
            loose.append(item)
            continue
        grams = bigrams(heading)
        group = next((g for g in groups if any(_overlap(grams, h) >= HEADING_OVERLAP for h in g.grams)), None)
        if group is None:
            groups.append(_Group([grams], [(item, heading)]))
        else:
            group.grams.append(grams)
            group.items.append((item, heading))
    unheaded = _Group([], [])
    for item in loose:
        text = bigrams(item.fact.text)
        shared = [(max(len(text & h) for h in g.grams), -n) for n, g in enumerate(groups)]
        best = max(shared, default=(0, 0))
        target = groups[-best[1]] if best[0] >= MIN_SHARED else unheaded
        target.items.append((item, None))
    if unheaded.items:
        groups.append(unheaded)
    sections: list[Section] = []
    for group in groups:
        members = sorted(group.items, key=lambda m: (-m[0].score, m[0].fact.id))
        chosen = ([m for m in members if not m[0].stale] or members)[:MAX_ITEMS]
        # the heading of the best chosen item that has one: a dropped stale fact lends none
        heading = next((h for _, h in chosen if h), None)
        sections.append(Section(heading, [i for i, _ in chosen]))
    sections.sort(key=lambda s: (s.items[0].stale, -s.score, s.items[0].fact.id))
    result = [s for s in sections if not s.items[0].stale][:MAX_SECTIONS]
    for section in sections:
        if len(result) >= MIN_SECTIONS:
            break
        if section.items[0].stale:
            result.append(section)
    return result


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _newest_plans(items: list[Item]) -> list[Item]:
    """Fresh plan facts (a stale plan is no next step), newest source first, each source's items
    in their own order (a plan list reads as its author wrote it)."""

    def source_date(item: Item) -> str:
        return item.source.date if item.source and item.source.date else str(item.year or "")

    fresh = sorted((i for i in items if not i.stale), key=lambda i: (i.fact.paragraph or 0, i.fact.id))
    fresh.sort(key=source_date, reverse=True)
    return fresh[:MAX_PLANS]
