"""The data every step shares: documents read from sources, their metadata, and facts.

Readers produce a :class:`Document`; distilling gives a :class:`SourceMeta` and a list of
:class:`Fact`; the fact store writes them as one YAML file per source (:class:`FactFile`).
These classes know nothing of YAML, Word or ranking.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, fields
from pathlib import Path, PurePosixPath

from .lazyre import lazy
from .textutil import CLAUSE_OR_SENTENCE_END, doc_number_year

# Fact kinds and section classes.
DONE, PLAN, PROBLEM, CONTEXT = "done", "plan", "problem", "context"
FACT_KINDS = (DONE, PLAN, PROBLEM, CONTEXT)

# Document kinds.
REPLY, WORK_REPORT, NEWS, POLICY = "reply", "work_report", "news", "policy"
# A reply's form: in parts (一、基本情况 … 二、下一步工作计划), one section per ask, its plan inside (一、关于“…”的建议), or
# plain (PLAIN, below: a few paragraphs, 一是…二是… inside them, no head nor subhead).
PARTS, PER_ASK = "parts", "per_ask"
ASK_SLOT = "…"  # where a per_ask reply's section head (SourceMeta.head) says the ask: 关于“…”的建议
# What a reply's closing says: the suggestion's status (您提出的建议已采纳…) or only thanks (再次感谢您对…的支持…).
STATUS, THANKS = "status", "thanks"
CLOSINGS = (STATUS, THANKS)
# Whether a reply's opening (…收悉) thanks its reader too (…收悉，感谢您对…的关心和支持) or not (…收悉。现答复如下).
PLAIN = "plain"
OPENINGS = (THANKS, PLAIN)
# Where a reply's opening words (SourceMeta.opened) said its item's particulars: the reader, the session, the title, the number.
OPENING_SLOTS = YOU_SLOT, SESSION_SLOT, TITLE_SLOT, NUMBER_SLOT = "{you}", "{session}", "{title}", "{number}"
REPLY_FORMS = (PARTS, PER_ASK, PLAIN)
# Whether a reply's addressee line honours its reader (尊敬的任涛委员：) or names them alone (任涛委员：).
HONOURED = "honoured"
SALUTATIONS = (HONOURED, PLAIN)
# A headline's column before its bar (辉煌十三五 奋进新德州 | 宁津：…, 创建全国文明城市丨临沂市体育局：…, 央媒看四川|…) and the clause
# marks a long headline's first clause ends on: where a comment naming the source cuts it (LABEL_CHARS).
TITLE_BAR = lazy(r"\s*[|｜丨]\s*")
LABEL_CHARS = 20  # a title longer than this, cut at a clause mark, is named by its first clause
MIN_CLAUSE = 8  # …one of this many characters at least (目标2025年！邢台将建50个省级森林乡村 is no 目标2025年…)


def short_title(title: str) -> str:
    """How a comment names a document by its ``title``: a headline under its column by the headline alone, the longest part
    between its bars (宁津：累计投入26.8亿元，新建改建中小学、幼儿园校舍51.9万平方米 of 辉煌十三五 奋进新德州 | 宁津：…), and one over
    :data:`LABEL_CHARS` by its first clause (宁津：累计投入26.8亿元…: hd48e's comments named the page by its whole headline, bar and
    all, one twice over); a title of one clause as it is (泉州市科学技术局2024年工作总结和2025年工作思路)."""
    title = max(TITLE_BAR.split(title.strip()), key=len)
    cut = next((m for m in CLAUSE_OR_SENTENCE_END.finditer(title, MIN_CLAUSE)  # (not inside a quoted name: “奋进新时代，建功新征程”主题活动)
                if title.count("“", 0, m.start()) == title.count("”", 0, m.start())
                and title.count("《", 0, m.start()) == title.count("》", 0, m.start())), None)
    return title[:cut.start()] + "…" if cut and len(title) > LABEL_CHARS and title[cut.end():].strip() else title


KIND_WORDS = {REPLY: "答复", WORK_REPORT: "工作报告", NEWS: "新闻报道", POLICY: "政策文件"}  # a source without number or title
DOC_KINDS = (REPLY, WORK_REPORT, NEWS, POLICY)
# How a person reads each kind (the CLI's listings, the web pages).
FACT_KIND_NAMES = {DONE: "已做", PLAN: "计划", PROBLEM: "问题", CONTEXT: "背景"}
DOC_KIND_NAMES = {REPLY: "答复", WORK_REPORT: "总结/计划", NEWS: "新闻", POLICY: "政策"}  # 工作总结, 工作要点 alike

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
    site: str | None = None  # the unit owning the site, as its footer names it (版权所有：武汉市科学技术局)
    news_column: bool = False  # filed under its site's news column, as its breadcrumb says (首页 / 动态 / 工作动态 / 正文)
    forum: bool = False  # posted on a forum, as its post's header says (发表于…, 只看该作者): a third party's post

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


def pickled_by_fields(cls):
    """Pickle the dataclass ``cls`` as a call of it with its fields' values, in order, not as the class and a dict of
    its field names (pickle's way): the fact index's cache (:mod:`drafter.facts.index`) holds one pickle per fact, read
    as a draft needs it, and each is a fifth smaller and reads in two thirds of the time (10,000 facts)."""
    names = tuple(f.name for f in fields(cls))
    cls.__reduce__ = lambda self: (cls, tuple(getattr(self, name) for name in names))
    return cls


# The month by which a past year's summary, or a reply written in it, is still posted: its present (今年) is that year.
POSTED_EARLY_BY = 3


@pickled_by_fields
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
    # the lead unit a 会办/协办意见 goes to (市生态环境局: its addressee): the bureau's opinion to that unit, no reply to the deputy
    lead: str | None = None
    reply_class: str | None = None  # 答复类型, e.g. "A"
    signatory: str | None = None
    contact: str | None = None
    phone: str | None = None
    cc: list[str] = field(default_factory=list)
    disclosure: str | None = None  # 主动公开 / 依申请公开 / 不予公开
    # a reply's form (REPLY_FORMS) and, per_ask, how its section heads say the ask (ASK_SLOT for it): 关于“…”的建议
    form: str | None = None
    head: str | None = None
    closing: str | None = None  # what its closing says (CLOSINGS): the status (已采纳…) or only thanks
    thanks: str | None = None  # its closing's words where it only thanks (感谢你们对农业农村工作的支持，…反馈。)
    opening: str | None = None  # whether its opening thanks (OPENINGS): 收悉，感谢…, or 收悉。现答复如下
    # its opening's words, the item's particulars slots (OPENING_SLOTS): 您在{session}上提出的《{title}》收悉。经研究，现答复如下：
    opened: str | None = None
    address: str | None = None  # the word it addresses its reader with (grammar.READER_WORDS): 您, 你们, 贵单位…
    salutation: str | None = None  # whether its addressee line honours its reader (SALUTATIONS): 尊敬的任涛委员：, or 任涛委员：
    contact_label: str | None = None  # the word its contact line names its clerk with (grammar.CONTACT_LABELS): 承办人:谢以凡
    # the bureau's own place by its name before its level was renamed, as the page tells (香格里拉县 of 香格里拉市, hd51a): own
    # to every reader of the base, who has not the page's text (Workspace.is_own)
    renamed: str | None = None

    def kind_name(self) -> str:
        """What it is, as the base's lists and comments say: a reply that is a letter to its lead unit (:attr:`lead`) by the
        name its title gives it, 协办意见, else 会办意见; else its kind's name (:data:`DOC_KIND_NAMES`)."""
        if self.kind == REPLY and self.lead:
            return "协办意见" if "协办" in (self.title or "") and "会办" not in (self.title or "") else "会办意见"
        return DOC_KIND_NAMES.get(self.kind, self.kind)

    def label(self) -> str:
        """How a comment and every list name this source: the document number, else the title (:func:`short_title`), else who
        issued it, its year and what it is (``鲤城区科技局2024年工作报告``: words a clerk knows, not the base's file id), else the name of the file
        it was read from (``05_banan_water_plan_14th.txt``, which the clerk saved: never ``undated-work_report-68ebd6b7``, nor a
        year and a kind alone, 2025年新闻报道, which names no document a clerk could find), else the id — these said to be no
        title of the document's own (广州市应急管理局2023年工作报告（无标题）, hd28a)."""
        if self.number or self.title:
            return self.number or short_title(self.title)
        year = self.period or (int(self.date[:4]) if self.date else None)
        said = f"{self.issuer}{f'{year}年' if year else ''}" if self.issuer else ""
        if said and self.kind in KIND_WORDS:
            said += self.kind_name() if self.lead else KIND_WORDS[self.kind]
        else:
            said = PurePosixPath(self.path.replace("\\", "/")).name or self.id if self.path else self.id
        return f"{said}（无标题）"

    def document_year(self) -> int | None:
        """The year the document is filed under: its date's, else its number's (``〔2025〕``),
        else the period it covers; None when none is known."""
        return self.stated_year() or self.period

    def this_year(self) -> int | None:
        """The year its present (今年) speaks of: its date's, but the year it covers when posted early in the next
        (:data:`POSTED_EARLY_BY`): 仙居's 2023年重点工作总结 dated 2024-01-11, a reply to a 2023 sitting posted then, whose text
        names 2023 as its latest year (:attr:`period`: drafter.distill.document)."""
        year = int(self.date[:4]) if self.date else None
        if year and self.period == year - 1 and int(self.date[5:7]) <= POSTED_EARLY_BY:
            return self.period
        return year

    def stated_year(self) -> int | None:
        """The year the document states: its date's, else its number's (``〔2025〕``); None when it states
        none (an undated reply's year is at most an estimate: :attr:`period`)."""
        return int(self.date[:4]) if self.date else doc_number_year(self.number)


@pickled_by_fields
@dataclass
class Period:
    """The year a statement speaks of, and how that year was found (one of PERIOD_BASES).

    ``until`` is the last year of a span the statement speaks of (``2011—2015年``, ``十二五`` →
    2011 until 2015; ``自2017年至今`` in a 2019 reply → 2017 until 2019); None for one year. ``part`` is the part of the year
    it speaks of (``上半年``, ``下半年``: 2024年上半年，…上半年全市共接待游客3104.14万人次; ``前三季度``; ``1-11月``), not the whole
    year's; None for the year.
    """

    year: int | None
    basis: str
    until: int | None = None
    part: str | None = None


@pickled_by_fields
@dataclass
class Figure:
    """A number in a fact: ``1.17亿元`` → value 1.17, scale 亿, unit 元, raw ``1.17亿元``.

    ``counts`` names the thing counted (``高企认定奖补资金``); ``year`` is set when the text names
    the figure's year (its sentence's, or the one its statement opens on: 2002年，…。辖10个镇…)
    or a time different from the fact's period, and ``until`` when that is a span (2011 until
    2015). ``place`` is set when the figure's clause names another place than the fact's
    jurisdiction (``全市仅华容县有1家…`` → 华容县; a zone or a region counts: 宝鸡高新区, 川渝). ``basis`` says how ``year`` was found when not from the text
    (one of PERIOD_BASES: a figure that comes before any year its statement names takes its
    section's or document's time; ``earlier fact`` when the figure repeats an older fact's figure
    — ``same_as``: that fact's id — whose year it keeps). ``superseded_by`` names the fact holding
    a newer value of this figure's measure (set by ``refresh``, one figure at a time: the fact's
    other figures stay current).
    """

    value: float | None  # None for a vague count (几十米, 上百人): a figure of its raw words, of no value (hd44b F6)
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
    upto: float | None = None  # a range's high end (路面宽3-4米: value 3, upto 4; 100~300万元: 100, 300, scale 万)



@pickled_by_fields
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

    def marks(self) -> set[str]:
        """The ids of the facts its marks name: those superseding it or a figure of it, those it repeats."""
        return {r for r in [self.superseded_by, self.repeats] + [x for f in self.figures for x in (f.superseded_by, f.same_as)]
                if r}


@dataclass
class FactFile:
    """Everything distilled from one source: what ``facts/<source.id>.yaml`` holds."""

    source: SourceMeta
    facts: list[Fact]


# ---------------------------------------------------------------------------------------------
# The one definition of a fact's fields: the YAML mapping and its validation
# (:mod:`drafter.facts.store`), the printed record (:mod:`drafter.facts.show`) and the content
# digest all derive from these tables, in this order.


@dataclass(frozen=True)
class FieldSpec:
    """One field of a :class:`Fact`, :class:`Period` or :class:`Figure`.

    ``type`` says what a value is: ``id``, ``statement`` (a fact's text: a non-empty string),
    ``text`` (text or a number read as text; required: not empty), ``unit`` (text, may be empty),
    ``number``, ``year``, ``count`` (a positive integer), ``flag``, ``texts`` (a list),
    ``fact_kind`` (one of FACT_KINDS), ``basis`` (one of PERIOD_BASES), ``period`` (a
    PERIOD_FIELDS mapping), ``figures`` (a list of FIGURE_FIELDS mappings), ``fact_ref`` (another
    fact's id) or ``digest`` (written as :func:`content_digest`).
    ``omit``: the YAML leaves the field out when it is ``None`` ("none") or false ("false");
    "unset" fields are left out of the YAML and the printed record alike when None or empty, and
    join the digest only where set (after the others, so digests made before they existed hold); "later" fields too, each
    joining it only where it is set itself (after the "unset" ones: a field added after them leaves their digests as they were).
    ``machine``: part of the machine-made content that :func:`content_digest` hashes.
    ``shown``: where the printed record puts it (``fact``, ``source`` or nowhere: None).
    """

    name: str
    type: str
    required: bool = False
    omit: str | None = None
    machine: bool = True
    shown: str | None = "fact"

    def unset(self, value) -> bool:
        """True when the YAML leaves ``value`` out."""
        return ((self.omit in ("none", "unset", "later") and value is None) or (self.omit == "false" and not value)
                or (self.omit in ("unset", "later") and value == ""))


PERIOD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("year", "year"),
    FieldSpec("basis", "basis", required=True),
    FieldSpec("until", "year", omit="unset"),
    FieldSpec("part", "text", omit="later"),
)
FIGURE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("value", "number", omit="none"),
    FieldSpec("upto", "number", omit="later"),
    FieldSpec("unit", "unit"),
    FieldSpec("scale", "text", omit="none"),
    FieldSpec("counts", "text"),
    FieldSpec("year", "year", omit="none"),
    FieldSpec("until", "year", omit="unset"),
    FieldSpec("place", "text", omit="unset"),
    FieldSpec("basis", "basis", omit="unset"),
    FieldSpec("raw", "text", required=True),
    FieldSpec("same_as", "fact_ref", omit="none", machine=False),
    FieldSpec("superseded_by", "fact_ref", omit="none", machine=False),
)
FACT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "id", required=True, machine=False),
    FieldSpec("text", "statement", required=True),
    FieldSpec("kind", "fact_kind", required=True),
    FieldSpec("period", "period", required=True),
    FieldSpec("jurisdiction", "text"),
    FieldSpec("external", "flag", omit="false"),
    FieldSpec("section", "texts", shown="source"),
    FieldSpec("paragraph", "count", shown="source"),
    FieldSpec("figures", "figures"),
    FieldSpec("topics", "texts"),
    FieldSpec("reviewed", "flag", machine=False),
    FieldSpec("superseded_by", "fact_ref", omit="none", machine=False),
    FieldSpec("repeats", "fact_ref", omit="none", machine=False),
    FieldSpec("digest", "digest", machine=False, shown=None),
)


def _machine_plan(specs: tuple[FieldSpec, ...]) -> tuple[tuple[tuple[str, str], ...], tuple[FieldSpec, ...], tuple[FieldSpec, ...]]:
    """(name, type) of ``specs``' always-hashed machine fields, in order, their "unset" ones and their "later" ones."""
    plan = _PLANS.get(id(specs))
    if plan is None or plan[0] is not specs:
        always = tuple((s.name, s.type) for s in specs if s.machine and s.omit not in ("unset", "later"))
        optional = tuple(s for s in specs if s.machine and s.omit == "unset")
        later = tuple(s for s in specs if s.machine and s.omit == "later")
        plan = _PLANS[id(specs)] = (specs, always, optional, later)
    return plan[1], plan[2], plan[3]


# Keyed by id() for speed (hashing the FieldSpecs on every digest would cost more than the
# digest); safe, since each entry holds its table: an id in use is never reused, and `is` checks it.
_PLANS: dict[int, tuple] = {}


def _machine_items(specs: tuple[FieldSpec, ...], obj) -> tuple[list, list]:
    """The digest's items for ``obj``: (those of the fields always hashed, in order; those of its
    "unset" fields, all of them when any is set, then each "later" field that is set). A figure's own "unset" items end its
    list; a period's end the fact's (so that digests made before those fields existed hold)."""
    always, optional, later = _machine_plan(specs)
    items, late = [], []
    for name, kind in always:
        value = getattr(obj, name)
        if kind == "period":
            own, extra = _machine_items(PERIOD_FIELDS, value)
            items += own
            late += extra
            continue
        if kind == "number":
            value = None if value is None else float(value)  # (None: a vague count's)
        elif kind == "flag":
            value = bool(value)
        elif kind == "texts":
            value = list(value)
        elif kind == "figures":
            value = [[*own, *extra] for own, extra in (_machine_items(FIGURE_FIELDS, g) for g in value)]
        items.append(value)
    if any(not spec.unset(getattr(obj, spec.name)) for spec in optional):
        late = [getattr(obj, spec.name) for spec in optional] + late
    late += [value for spec in later if not spec.unset(value := getattr(obj, spec.name))]
    return items, late


def content_digest(fact: Fact) -> str:
    """Hash of a fact's machine-made content (the ``machine`` fields of FACT_FIELDS: everything
    but id, reviewed, digest and the history links: superseded_by, repeats, a figure's same_as
    and superseded_by).

    The distiller stamps it on every fact; the store compares it later to tell a person's edit.
    """
    items, late = _machine_items(FACT_FIELDS, fact)
    text = json.dumps(items + late, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
