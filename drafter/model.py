"""The data every step shares: documents read from sources, their metadata, and facts.

Readers produce a :class:`Document`; distilling gives a :class:`SourceMeta` and a list of
:class:`Fact`; the fact store writes them as one YAML file per source (:class:`FactFile`).
These classes know nothing of YAML, Word or ranking.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .textutil import doc_number_year

# Fact kinds and section classes.
DONE, PLAN, PROBLEM, CONTEXT = "done", "plan", "problem", "context"
FACT_KINDS = (DONE, PLAN, PROBLEM, CONTEXT)

# Document kinds.
REPLY, WORK_REPORT, NEWS, POLICY = "reply", "work_report", "news", "policy"
DOC_KINDS = (REPLY, WORK_REPORT, NEWS, POLICY)

# How a fact's period was found (Period.basis). "relative to document date": the text says
# 去年 / 今年 / 全年 and the year is counted from the document's date (see drafter.distill.facts).
# "earlier fact": the statement repeats an older source's fact (drafter.facts.history), whose
# year it keeps.
PERIOD_BASES = (
    "text", "report period", "document date", "relative to document date", "earlier fact", "unknown",
)


@dataclass
class Block:
    """One paragraph of a source after cleaning.

    ``text`` is the cleaned paragraph (chrome dropped, page-break splits rejoined, spaces around
    numbers normalised); ``raw`` is the original text it came from, kept for provenance.
    ``index`` is the 1-based paragraph number in the cleaned document. ``heading`` is a heading
    level hinted by the format itself (markdown ``#`` count, a Word ``Heading N`` style, an HTML
    ``<hN>``), or None: numbering such as ``一、`` is recognised later by the distiller.
    """

    text: str
    raw: str
    index: int
    heading: int | None = None


@dataclass
class Document:
    """A source file read and cleaned: paragraphs in order, plus what the reader knows."""

    path: Path
    format: str  # "txt", "md", "docx", "html", "pdf"
    blocks: list[Block]
    sha256: str  # of the file's bytes: identifies the same source under another name
    title: str | None = None  # a title the format carries (HTML <title>, docx core title)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class SourceMeta:
    """Metadata of one source document (the ``source:`` mapping of a fact file).

    ``id`` is stable for the same content and names the fact file (``facts/<id>.yaml``).
    Reply-only fields stay None/empty for other kinds.
    """

    id: str
    path: str  # where it was read from, relative to the workspace when inside it
    sha256: str
    kind: str  # one of DOC_KINDS
    title: str | None = None
    issuer: str | None = None
    jurisdiction: str | None = None
    number: str | None = None  # document number, e.g. 泉科函〔2025〕81号
    date: str | None = None  # ISO date, e.g. 2025-05-20
    period: int | None = None  # the year a report covers (2024年工作总结 → 2024)
    # replies
    deputy: str | None = None  # deputy (代表) or member (委员)
    proposal: bool = False  # True for a CPPCC proposal (提案), False for a suggestion (建议)
    suggestion_number: str | None = None  # 1071
    session: str | None = None  # 市十七届人大五次会议
    suggestion_title: str | None = None
    co_handlers: list[str] = field(default_factory=list)
    reply_class: str | None = None  # 答复类型, e.g. "A"
    signatory: str | None = None
    contact: str | None = None
    phone: str | None = None
    cc: list[str] = field(default_factory=list)
    disclosure: str | None = None  # 主动公开 / 依申请公开 / 不予公开

    def label(self) -> str:
        """How a comment names this source: the document number, else the title, else the id."""
        return self.number or self.title or self.id

    def document_year(self) -> int | None:
        """The year the document is filed under: its date's, else its number's (``〔2025〕``),
        else the period it covers; None when none is known."""
        return int(self.date[:4]) if self.date else doc_number_year(self.number) or self.period


@dataclass
class Period:
    """The year a statement speaks of, and how that year was found (one of PERIOD_BASES).

    ``until`` is the last year of a span the statement speaks of (``2011—2015年``, ``十二五`` →
    2011 until 2015; ``自2017年至今`` in a 2019 reply → 2017 until 2019); None for one year.
    """

    year: int | None
    basis: str
    until: int | None = None


@dataclass
class Figure:
    """A number in a fact: ``1.17亿元`` → value 1.17, scale 亿, unit 元, raw ``1.17亿元``.

    ``counts`` names the thing counted (``高企认定奖补资金``); ``year`` is set when the figure's
    own sentence names a year different from, or more precise than, the fact's period, and
    ``until`` when that is a span (2011 until 2015). ``place`` is set when the figure's clause
    names another place than the fact's jurisdiction (``全市仅华容县有1家…`` → 华容县; a zone or a
    region counts: 宝鸡高新区, 川渝). ``basis`` says how ``year`` was found when not from the text
    (one of PERIOD_BASES: a figure that comes before any year its statement names takes its
    section's or document's time; ``earlier fact`` when the figure repeats an older fact's figure
    — ``same_as``: that fact's id — whose year it keeps). ``superseded_by`` names the fact holding
    a newer value of this figure's measure (set by ``refresh``, one figure at a time: the fact's
    other figures stay current).
    """

    value: float
    unit: str
    raw: str
    counts: str | None = None
    scale: str | None = None  # 万, 亿, 千 …
    year: int | None = None
    until: int | None = None
    place: str | None = None
    basis: str | None = None
    same_as: str | None = None  # id of the older fact this figure repeats
    superseded_by: str | None = None  # id of the fact with the newer value of this measure

    def own_time_and_place(self) -> dict:
        """``until``, ``basis`` and ``place`` where set (fact files and JSON list only these)."""
        return {k: v for k, v in (("until", self.until), ("basis", self.basis), ("place", self.place))
                if v is not None and v != ""}


@dataclass
class Fact:
    """One reusable statement with its figures, period, jurisdiction and source."""

    id: str
    text: str
    kind: str  # one of FACT_KINDS
    period: Period
    jurisdiction: str | None
    source_id: str  # SourceMeta.id of the document it came from
    section: list[str] = field(default_factory=list)  # heading path, outermost first
    paragraph: int | None = None  # Block.index in the source
    figures: list[Figure] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    external: bool = False  # True when the jurisdiction is outside the workspace's
    reviewed: bool = False
    superseded_by: str | None = None  # set when every figure is superseded (or by a person)
    repeats: str | None = None  # id of the older fact whose sentence this one repeats
    digest: str | None = None  # hash of the machine-made content; differs once a person edits


@dataclass
class FactFile:
    """Everything distilled from one source: what ``facts/<source.id>.yaml`` holds."""

    source: SourceMeta
    facts: list[Fact]


def content_digest(fact: Fact) -> str:
    """Hash of a fact's machine-made content (everything but id, reviewed, digest and the history
    links: superseded_by, repeats, a figure's same_as and superseded_by).

    The distiller stamps it on every fact; the store compares it later to tell a person's edit.
    """
    # spans and figure places join the hash only where set, so older digests stay valid
    data = [
        fact.text, fact.kind, fact.period.year, fact.period.basis, fact.jurisdiction,
        bool(fact.external), list(fact.section), fact.paragraph,
        [[float(g.value), g.unit, g.scale, g.counts, g.year, g.raw]
         + ([g.until, g.place, g.basis] if g.until is not None or g.place or g.basis else []) for g in fact.figures],
        list(fact.topics),
    ] + ([fact.period.until] if fact.period.until is not None else [])
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
