"""The fact base as JSON records (``facts --json``, ``sources --json``); data in, dicts out.
The readable listings are the command line's (:mod:`drafter.cli_output`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import FACT_FIELDS, FIGURE_FIELDS, PERIOD_FIELDS, Fact, FieldSpec, Figure, SourceMeta


def _json_value(spec: FieldSpec, value: Any) -> Any:
    if spec.type == "period":
        return _record(PERIOD_FIELDS, value)
    if spec.type == "figures":
        return [figure_record(g) for g in value]
    if spec.type == "texts":
        return list(value)
    return value


def _record(specs: tuple[FieldSpec, ...], obj: Any, shown: str | None = None) -> dict[str, Any]:
    """``obj``'s fields in ``specs`` order (those ``shown`` there, if given), without the unset
    optional ones."""
    return {s.name: _json_value(s, getattr(obj, s.name)) for s in specs
            if (shown is None or s.shown == shown) and not (s.omit in ("unset", "later") and s.unset(getattr(obj, s.name)))}


def figure_record(fig: Figure) -> dict[str, Any]:
    """A figure as JSON: the fields of FIGURE_FIELDS (the optional ones where set)."""
    return _record(FIGURE_FIELDS, fig)


def fact_record(fact: Fact, source: SourceMeta | None, score: float | None = None) -> dict[str, Any]:
    """A fact as JSON: its content (the ``shown: fact`` fields of FACT_FIELDS) plus where it came
    from (document, date and the ``shown: source`` fields: section, paragraph)."""
    record = _record(FACT_FIELDS, fact, "fact")
    record["source"] = {
        "id": fact.source_id,
        "label": source.label() if source else fact.source_id,
        "number": source.number if source else None,
        "title": source.title if source else None,
        "date": source.date if source else None,
        "kind": source.kind if source else None,
        "path": source.path if source else None,
        **_record(FACT_FIELDS, fact, "source"),
    }
    if score is not None:
        record["score"] = round(score, 4)
    return record


def source_record(meta: SourceMeta, facts: int) -> dict[str, Any]:
    """A source as JSON: every metadata field, its label, what it is and how many facts it gave."""
    return {**asdict(meta), "label": meta.label(), "kind_name": meta.kind_name(), "facts": facts}
