"""Which of a deputy's points lie in another unit's remit, as the workspace says it.

A reply does not leave a point that is another unit's work as a gap of its own (【待补充：…】):
it says, in one plain sentence, whose work it is (关于企业技术中心事项，属市工业和信息化局职责，…).
Two lists of drafter.yaml say whose: ``other_fields`` (the fields of the jurisdiction's other
units, 市工业和信息化局: [企业技术中心, …]) and ``higher_powers`` (what only a higher authority
decides, 国家知识产权局: [专利审查, 确权]). A point in the field of a unit that co-handles the item
(``--with``) is no remit sentence: that unit was asked for its part. A higher authority's power
is its own whoever co-handles.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..workspace import Workspace


@dataclass
class Remit:
    """Points of one ask that are one unit's work."""

    unit: str  # 市工业和信息化局 / 国家知识产权局
    higher: bool  # a higher authority's power (higher_powers), else another local unit's field
    points: list[str]  # the deputy's points, as written (企业技术中心, 加快专利审查和确权)
    terms: list[str]  # the field words of drafter.yaml they say (企业技术中心, 专利审查)


def remit_of(point: str, ws: Workspace, co_handlers: list[str]) -> tuple[str, bool, str] | None:
    """(unit, higher, the field word) when ``point`` lies in another unit's remit: a higher
    authority's power first (专利审查 is 国家知识产权局's even where 专利 is 市市场监管局's field),
    then the other unit's field whose word it says (the longest such word: the most specific);
    None when it is the bureau's own, or the field of a co-handler (who provides that part)."""
    from .select import unit_named

    for higher, fields in ((True, ws.higher_powers), (False, ws.other_fields)):
        best: tuple[int, str, str] | None = None
        for unit, terms in fields.items():
            if ws.is_own_unit(unit):
                continue
            for term in terms:
                if term in point and (best is None or len(term) > best[0]):
                    best = (len(term), unit, term)
        if best is None:
            continue
        _, unit, term = best
        if not higher and any(unit_named(c, unit) or unit_named(unit, c) for c in co_handlers):
            return None  # the co-handler's field: its part is asked for, not declined
        return unit, higher, term
    return None


def split_remits(points: list[str], ws: Workspace, co_handlers: list[str]) -> tuple[list[str], list[Remit]]:
    """``points`` as (those still the bureau's to answer, the others grouped by unit in the order
    they first come: one sentence per unit)."""
    kept: list[str] = []
    remits: list[Remit] = []
    for point in points:
        found = remit_of(point, ws, co_handlers)
        if found is None:
            kept.append(point)
            continue
        unit, higher, term = found
        remit = next((r for r in remits if r.unit == unit), None)
        if remit is None:
            remits.append(Remit(unit, higher, [point], [term]))
        else:
            remit.points.append(point)
            remit.terms.append(term)
    return kept, remits


def gap_remits(ask, suggestion, ws: Workspace) -> tuple[list[str], list[Remit]]:
    """:func:`split_remits` of the points of an ask the base holds nothing on, whose section is a
    placeholder asking a unit for its part (:func:`~.select.gap_owner`: the co-handler, or the
    unit whose field the ask is in): that unit counts as asked, so its points stay in the
    placeholder; another unit's are said to be its work."""
    from .select import gap_owner

    _, field_unit = gap_owner(ask, suggestion, ws)
    return split_remits(ask.points, ws, [*suggestion.co_handlers, *([field_unit] if field_unit else [])])
