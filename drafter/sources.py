"""``drafter sources``: the source documents of the fact base, with their metadata and how many
facts each gave (read from the fact index, :mod:`drafter.facts.index`).

The file readers that turn a source into a Document are :mod:`drafter.read`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import SourceMeta
from .workspace import Workspace


@dataclass
class SourcesReport:
    """The source documents of the fact base with how many facts each gave."""

    sources: list[SourceMeta]
    counts: dict[str, int]

    def to_dict(self) -> list[dict[str, Any]]:
        """The source records ``sources --json`` prints (a JSON list, one record per source)."""
        from .facts.show import source_record

        return [source_record(meta, self.counts.get(meta.id, 0)) for meta in self.sources]


def list_sources(ws: Workspace) -> SourcesReport:
    """Every source document of ``ws``'s fact base, in fact-base order."""
    from .facts.index import FactIndex

    index = FactIndex.load(ws)
    return SourcesReport(list(index.sources.values()), index.count_by_source())
