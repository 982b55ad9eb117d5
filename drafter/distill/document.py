"""Distill a source document into a sourced fact file.

``distill_document(doc, ws)`` outlines the document (:mod:`.structure`), reads its metadata
(:mod:`.metadata`), and turns each reusable statement into a fact with its figures
(:mod:`.figures`), kind, period, jurisdiction, topics and stable id (:mod:`.facts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..frame import without_marks
from ..grammar import in_order, same_unit
from ..model import REPLY, Document, FactFile, SourceMeta
from ..workspace import Workspace
from .facts import build_facts, handling_year, text_year
from .metadata import _session_level, named_year, read_metadata
from .places import is_place, places_in
from .structure import guests_words, outline, transcript

__all__ = ["distill_document"]


def distill_document(doc: Document, ws: Workspace, session_years: dict | None = None,
                     own_codes: Iterable[str] = (), place: str | None = None) -> FactFile:
    """The facts of one read document, with its metadata as their source; their ``digest`` unset
    (the store stamps every fact it writes). A sentence holding a placeholder mark is no
    statement (:func:`drafter.frame.without_marks`). ``session_years``: the year of each (session, place) other dated replies
    of the base answer (:func:`drafter.distill.run.session_years`), to date an undated reply to the same session; else the
    days its handling names, else the year its file is named by (a year estimated: its id stays undated-…). ``own_codes``:
    the codes of the bureau's own document numbers (:func:`own_codes`): a document naming no issuer whose number has one
    of them (泉科函〔2025〕81号 where the base holds 泉科函〔2026〕102号 of the bureau's), or one spelling the bureau's name
    (:func:`spells_name`), is the bureau's; another unit's code names no issuer (the unit it stands for is not known). ``place``: the document's place as the clerk corrected it
    in its fact file (:func:`drafter.facts.store.corrected_place`), read for it — and for every statement reading the place the
    clerk rejected (the one read for the document), as the merge places a curated fact of it (hd56a)."""
    doc = without_marks(doc)
    out = outline(doc)
    interview = transcript(out)  # (told once: its kind and its host's words, hd67b)
    meta, written = read_metadata(doc, out, ws, interview)
    code = number_code(meta.number)
    if meta.issuer is None and code and (code in set(own_codes) or spells_name(code, ws.name)):
        meta.issuer, meta.jurisdiction = ws.name, meta.jurisdiction or ws.jurisdiction
    read = ws.own_spelling(meta.jurisdiction) or other_levels_place(meta.issuer, doc, ws)
    meta.jurisdiction = place or read
    year = (session_years or {}).get(session_key(meta, ws)) if meta.session else None
    if meta.kind == REPLY and meta.document_year() is None:
        # the session's year (its id stays undated-…: the year is the base's reading, not the page's), else the days its
        # handling names (2025年12月5日，…再次组织召开专题会议…复盘), else the year the clerk named its file by
        # (03_chongqing_reply_2023.txt), else the year its item's number opens on (建议第20240019号: 2024's session)
        meta.period = year or handling_year(out) or named_year(doc.path.stem) or item_number_year(meta.suggestion_number)
    # (outlined again in the document's year, once read, where it is not the latest it speaks of: 2024年，…将… of a 2023 summary
    # a plan, 2023年，…将…发放到位 work done — :func:`drafter.distill.structure.year_ahead`)
    doc_year = text_year(meta)
    if doc_year and doc_year != out.year:
        out = outline(doc, doc_year)
    facts = build_facts(guests_words(doc, out) if interview else out, meta, ws, written, read if place and read != place else None)
    for fact in facts if not place else ():  # (the workspace's own places spelt as it spells them: 楚雄彝族自治州 is its 楚雄州)
        fact.jurisdiction = ws.own_spelling(fact.jurisdiction)
        for figure in fact.figures:
            figure.place = ws.own_spelling(figure.place)
    return FactFile(source=meta, facts=facts)


# An issuer named by its level word alone (区妇联, 县教育局), that level's word not the workspace's place's nor its areas' (a 米易县
# workspace's seed from 区妇联, hd32c): a unit of another place.
_LEVEL_ISSUER = re.compile(r"^([省市州区县旗])[\u4e00-\u9fff]")


def other_levels_place(issuer: str | None, doc: Document, ws: Workspace) -> str | None:
    """The place of an ``issuer`` of another place (:data:`_LEVEL_ISSUER`) named by its level alone: the one place of its level
    the document's file name or text names (婺城区 of 2023-01-06_婺城区妇联_….txt), else its level said as unnamed (区（地名未写明）),
    never none — its facts are never the workspace's own. None for any other issuer."""
    level = _LEVEL_ISSUER.match(issuer or "")
    if not level or not ws.jurisdiction or ws.jurisdiction.endswith(level.group(1)) or any(
            a.endswith(level.group(1)) for a in ws.areas):
        return None
    text = "\n".join([doc.path.stem, *(b.text for b in doc.blocks)])
    named = {p for _, _, p in places_in(text) if p.endswith(level.group(1)) and is_place(p) and not ws.is_own(p)}
    return named.pop() if len(named) == 1 else f"{level.group(1)}（地名未写明）"


# An item's number opening on its session's year, its count after it (第20240019号, 2025012): not a bare count (1288).
_YEAR_NUMBER = re.compile(r"^((?:199|20\d)\d)\d{3,5}$")


def item_number_year(number: str | None) -> int | None:
    """The year an item's number opens on (:data:`_YEAR_NUMBER`), None where it opens on none."""
    m = _YEAR_NUMBER.match(number or "")
    return int(m.group(1)) if m else None


def session_key(meta, ws: Workspace) -> tuple:
    """The (session, place) a reply answers: its own place, or — a reply naming none, to a session that names none either but
    the workspace's level (市十六届人大三次会议 in 福州市海洋与渔业局's base) — the workspace's."""
    place = meta.jurisdiction
    if not place and _session_level(meta.session) and ws.jurisdiction.endswith(_session_level(meta.session)):
        place = ws.jurisdiction
    return meta.session, place


# A document number's code before its year (泉科函〔2025〕81号 → 泉科, 泉科〔2017〕28号 → 泉科), its kind of document (函, 发, 复,
# 字…) aside: the unit it stands for.
_NUMBER_CODE = re.compile(r"^\s*(.+?)(?:函|发|复|字|文)*\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]")


def number_code(number: str | None) -> str | None:
    """The unit's code of a document number (:data:`_NUMBER_CODE`), two characters at least; None for none."""
    m = _NUMBER_CODE.match(number or "")
    return m.group(1) if m and len(m.group(1)) >= 2 else None


def spells_name(code: str, name: str) -> bool:
    """Whether a number's code (:func:`number_code`) abbreviates the unit ``name``: three characters at least, opening on the
    name's first one, each of them the name's, in its order (岳县水利 of 岳阳县水利局; not 岳县水务 of 岳阳县水务局, nor 岳市水利 of
    岳阳市水利局; a code of two, 岳水, fits many a unit)."""
    return len(code) >= 3 and code[0] == name[:1] and in_order(code, name)


def own_codes(ws: Workspace, *groups: Iterable[SourceMeta]) -> set[str]:
    """The codes (:func:`number_code`) of the numbers of the bureau's own documents in ``groups`` (their issuer the
    workspace's unit)."""
    return {code for group in groups for meta in group
            if meta.issuer and same_unit(meta.issuer, ws.name) and (code := number_code(meta.number))}
