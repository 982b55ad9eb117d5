"""The fact base as JSON records (``facts --json``, ``sources --json``); data in, dicts out.
The readable listings are the command line's (:mod:`drafter.cli_output`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import FACT_FIELDS, FIGURE_FIELDS, Fact, FieldSpec, Figure, SourceMeta


def _json_value(spec: FieldSpec, value: Any) -> Any:
    if spec.type == "period":
        return {"year": value.year, "basis": value.basis}
    if spec.type == "figures":
        return [figure_record(g) for g in value]
    if spec.type == "texts":
        return list(value)
    return value


def figure_record(fig: Figure) -> dict[str, Any]:
    """A figure as JSON: every field of FIGURE_FIELDS."""
    return {spec.name: _json_value(spec, getattr(fig, spec.name)) for spec in FIGURE_FIELDS}


def fact_record(fact: Fact, source: SourceMeta | None, score: float | None = None) -> dict[str, Any]:
    """A fact as JSON: its content (the ``shown: fact`` fields of FACT_FIELDS) plus where it came
    from (document, date and the ``shown: source`` fields: section, paragraph)."""
    def fields_shown(where: str) -> dict[str, Any]:
        return {s.name: _json_value(s, getattr(fact, s.name)) for s in FACT_FIELDS if s.shown == where}

    record = fields_shown("fact")
    record["source"] = {
        "id": fact.source_id,
        "label": source.label() if source else fact.source_id,
        "number": source.number if source else None,
        "title": source.title if source else None,
        "date": source.date if source else None,
        "kind": source.kind if source else None,
        "path": source.path if source else None,
        **fields_shown("source"),
    }
    if score is not None:
        record["score"] = round(score, 4)
    return record


def source_record(meta: SourceMeta, facts: int) -> dict[str, Any]:
    """A source as JSON: every metadata field, its label and how many facts it gave."""
    return {**asdict(meta), "label": meta.label(), "facts": facts}
