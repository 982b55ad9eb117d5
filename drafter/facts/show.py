"""The fact base as JSON records (``facts --json``, ``sources --json``); data in, dicts out.
The readable listings are the command line's (:mod:`drafter.cli_output`)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..model import Fact, SourceMeta


def figure_record(fig) -> dict[str, Any]:
    return {"value": fig.value, "unit": fig.unit, "scale": fig.scale, "counts": fig.counts,
            "year": fig.year, "raw": fig.raw}


def fact_record(fact: Fact, source: SourceMeta | None, score: float | None = None) -> dict[str, Any]:
    """A fact as JSON: its content plus where it came from (document, date, section, paragraph)."""
    record: dict[str, Any] = {
        "id": fact.id,
        "text": fact.text,
        "kind": fact.kind,
        "period": {"year": fact.period.year, "basis": fact.period.basis},
        "jurisdiction": fact.jurisdiction,
        "external": fact.external,
        "figures": [figure_record(g) for g in fact.figures],
        "topics": list(fact.topics),
        "reviewed": fact.reviewed,
        "superseded_by": fact.superseded_by,
        "source": {
            "id": fact.source_id,
            "label": source.label() if source else fact.source_id,
            "number": source.number if source else None,
            "title": source.title if source else None,
            "date": source.date if source else None,
            "kind": source.kind if source else None,
            "path": source.path if source else None,
            "section": list(fact.section),
            "paragraph": fact.paragraph,
        },
    }
    if score is not None:
        record["score"] = round(score, 4)
    return record


def source_record(meta: SourceMeta, facts: int) -> dict[str, Any]:
    """A source as JSON: every metadata field, its label and how many facts it gave."""
    return {**asdict(meta), "label": meta.label(), "facts": facts}
