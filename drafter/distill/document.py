"""Distill a source document into a sourced fact file.

``distill_document(doc, ws)`` outlines the document (:mod:`.structure`), reads its metadata
(:mod:`.metadata`), and turns each reusable statement into a fact with its figures
(:mod:`.figures`), kind, period, jurisdiction, topics and stable id (:mod:`.facts`).
"""

from __future__ import annotations

from ..frame import without_marks
from ..model import Document, FactFile
from ..workspace import Workspace
from .facts import build_facts
from .metadata import read_metadata
from .structure import outline

__all__ = ["distill_document"]


def distill_document(doc: Document, ws: Workspace) -> FactFile:
    """The facts of one read document, with its metadata as their source; their ``digest`` unset
    (the store stamps every fact it writes). A sentence holding a placeholder mark is no
    statement (:func:`drafter.frame.without_marks`)."""
    doc = without_marks(doc)
    out = outline(doc)
    meta = read_metadata(doc, out, ws)
    return FactFile(source=meta, facts=build_facts(out, meta, ws))
