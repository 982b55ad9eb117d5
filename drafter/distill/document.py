"""Distill a source document into a sourced fact file.

``distill_document(doc, ws)`` outlines the document (:mod:`.structure`), reads its metadata
(:mod:`.metadata`), and turns each reusable statement into a fact with its figures
(:mod:`.figures`), kind, period, jurisdiction, topics and stable id (:mod:`.facts`).
"""

from __future__ import annotations

from ..frame import without_marks
from ..model import REPLY, Document, FactFile
from ..workspace import Workspace
from .facts import build_facts, handling_year
from .metadata import _session_level, named_year, read_metadata
from .structure import outline

__all__ = ["distill_document"]


def distill_document(doc: Document, ws: Workspace, session_years: dict | None = None, place: str | None = None) -> FactFile:
    """The facts of one read document, with its metadata as their source; their ``digest`` unset
    (the store stamps every fact it writes). A sentence holding a placeholder mark is no
    statement (:func:`drafter.frame.without_marks`). ``session_years``: the year of each (session, place) other dated replies
    of the base answer (:func:`drafter.distill.run.session_years`), to date an undated reply to the same session; else the
    days its handling names, else the year its file is named by (a year estimated: its id stays undated-…). ``place``: the
    document's place as the clerk corrected it in its fact file (:func:`drafter.facts.store.corrected_place`), read for it."""
    doc = without_marks(doc)
    out = outline(doc)
    meta = read_metadata(doc, out, ws)
    meta.jurisdiction = place or meta.jurisdiction
    year = (session_years or {}).get(session_key(meta, ws)) if meta.session else None
    if meta.kind == REPLY and meta.document_year() is None:
        # the session's year (its id stays undated-…: the year is the base's reading, not the page's), else the days its
        # handling names (2025年12月5日，…再次组织召开专题会议…复盘), else the year the clerk named its file by
        # (03_chongqing_reply_2023.txt)
        meta.period = year or handling_year(out) or named_year(doc.path.stem)
    return FactFile(source=meta, facts=build_facts(out, meta, ws))


def session_key(meta, ws: Workspace) -> tuple:
    """The (session, place) a reply answers: its own place, or — a reply naming none, to a session that names none either but
    the workspace's level (市十六届人大三次会议 in 福州市海洋与渔业局's base) — the workspace's."""
    place = meta.jurisdiction
    if not place and _session_level(meta.session) and ws.jurisdiction.endswith(_session_level(meta.session)):
        place = ws.jurisdiction
    return meta.session, place
