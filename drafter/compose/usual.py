"""How the bureau usually answers a request for works at one site (:func:`~.asks.site_of`): its newest
past reply of that kind on the same field — a few paragraphs under no heading, to another deputy's request
like this one — whose work and principle (按照一个村小组至少有一条通村硬化路的目标和原则…), reason
(目前主要是在修建…进村路，…暂不能解决) and arrangement (只能纳入项目库…) a site reply offers as text for the clerk to verify, rather than
asking for them (rv41: the real reply of 马关 said them again)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..facts.measure import fact_as_of, fact_year
from ..model import DONE, PLAN, PROBLEM, REPLY
from ..workspace import Workspace
from .select import Item, answered_before, closing_formulas, older_than, relevant_items
from .suggestion import Suggestion

MAX_FACTS = 8  # a past reply of more facts, or with headings, answers a field of work, not one site


def works_kind(site: str) -> str:
    """The kind of works asked for at ``site``, by the noun its name ends on (产业道路 → 路, 村卫生室 → 室,
    大沟 → 沟): a past reply on a canal is no usual answer to a request for a road (hd10: 镇康县农业农村局's
    reply on 丙亩坝's 沟渠 was pasted into one on 老出水自然村's 产业道路). "" (any) for no site."""
    return site[-1:] if site else ""


@dataclass
class Usual:
    """A past site reply's work (its done facts, in its order), reasons (its problem facts) and
    arrangement (its plan facts)."""

    done: list[Item]
    reasons: list[Item] = field(default_factory=list)
    plans: list[Item] = field(default_factory=list)


def usual_answer(index, suggestion: Suggestion, ws: Workspace, today: dt.date, site: str = "") -> Usual | None:
    """The bureau's newest short reply (:data:`MAX_FACTS`, no headings), known on ``today`` and to another
    item, whose work done shares the suggestion's words (its title and text, as part one's facts are
    found) and names the kind of works asked for at ``site`` (:func:`works_kind`: a request like this one);
    None when the base holds none."""
    query = "\n".join(filter(None, (suggestion.title, suggestion.text)))
    kind = works_kind(site)
    again = answered_before(index, suggestion, today.year)  # said by the draft's note on it, not offered again
    short: dict[str, bool] = {}  # source id → a reply of a few paragraphs under no heading (read once each)
    found: dict[str, list[Item]] = {}
    for item in relevant_items(index, query, ws, today, (DONE,), ws.own_places()):
        source = item.source
        if source is None or source.kind != REPLY or (again is not None and source.id == again.id):
            continue  # (known on ``today``: relevant_items says so)
        if kind not in item.fact.text:  # a canal's reply to a request for a road (hd10)
            continue
        if source.id not in short:
            facts = index.facts_of(source.id)
            short[source.id] = len(facts) <= MAX_FACTS and not any(f.section for f in facts)
        if short[source.id]:
            found.setdefault(source.id, []).append(item)
    if not found:
        return None
    best = max(found, key=lambda sid: (index.sources[sid].date or "", sid))  # the newest (ISO dates)
    source = index.sources[best]
    facts = index.facts_of(best)

    def as_item(fact) -> Item:
        year = fact_year(fact, source)
        return Item(fact, source, 1.0, year, older_than(fact_as_of(fact, source), ws.freshness_years, today))

    chosen, formulas = {i.fact.id for i in found[best]}, closing_formulas(index)  # (a closing every reply says: no arrangement)
    return Usual(done=[as_item(f) for f in facts if f.id in chosen],
                 reasons=[as_item(f) for f in facts if f.kind == PROBLEM and not f.external],
                 plans=[as_item(f) for f in facts if f.kind == PLAN and not f.external and f.id not in formulas])
