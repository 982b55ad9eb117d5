"""What a figure measures, and when a newer figure is a new value of the same measure.

One rule serves ``refresh`` (which old fact a new report's figure updates) and ``compose`` (the
newest value of each measure in a draft, and the note 有更新数值 on an older one).

The measure of a figure
-----------------------
- **name**: ``Figure.counts`` normalised — full/half-width folded (NFKC), quotes, punctuation and
  spaces removed, and leading/trailing words that do not change what is counted stripped
  (``全市``/``我市``/``共``/``累计``/``现有``/``截至目前``…, the fact's own place name — never ``全国``, a class there:
  ``全国重点实验室``; a trailing ``累计达``/``总数``/``总量``), and an aspect particle between verb and object dropped (``汇交了科技成果`` =
  ``汇交科技成果``). ``新增``/``新认定`` are kept: a year's additions are not the total.
  A figure without ``counts`` has no measure and is never matched.
- **qualifier**: what the figure's clause says about it besides the thing counted (below).
- **unit**: the unit with its scale folded into the value (``8485.55万元`` = 84855500 元, ``1.17亿元``
  = 117000000 元), so ``万元`` and ``亿元`` figures are compared in 元; ``家`` never matches ``个``,
  ``%`` never matches ``个百分点``.
- **place**: the fact's jurisdiction (none: the workspace's): a 厦门市 or 鲤城区 figure is never
  the same measure as a 泉州市 one. A figure whose name opens on one of the workspace's areas
  (``闵行区全社会研发投入`` in a city report) is that area's, as a fact of the area is.
- **plan or not**: a target (``力争…达22亿元``) is only compared with a target, a result with a result.

The qualifier (context guard)
-----------------------------
Two figures can share a counted noun and still count different things: ``储备23个投资项目`` (a
fund's pipeline) and ``累计投资项目287个`` (another fund's investments) both count 投资项目;
``新认定…27家`` is this year's additions, ``现有总量128家`` the stock. What tells them apart is
said in the figure's clause, outside the noun. The **clause** is the text around the number up to
the nearest ``，；：、`` outside brackets and quotes, or the sentence's end; the **qualifier** is that
clause with the noun and the figure cut out, years/dates and other digits removed, punctuation
dropped, and the neutral words above (and place names) stripped from the ends of each remaining
piece (before, between and after noun and number). So ``全市培育科技型中小企业1614家`` and
``全市科技型中小企业达1890家`` both have the empty qualifier, while ``…储备23个投资项目`` has …储备 and
``累计投资项目287个`` none; ``新认定…27家`` has 新认定 and ``…现有总量128家`` none; ``组织61家企业和团队
参加…大赛`` and ``组织60家企业申报…企业技术中心`` differ in what follows the noun. When the noun is
not written in the clause (a ``其中国家级14家`` whose name the distiller borrowed), a clause start
that merely repeats part of the name is no qualifier. A figure that cannot be found in its
fact's text has no qualifier and is never matched.

Qualifiers must be **equal**: no similarity threshold, no list of "distinguishing" words. This is
deliberately conservative: a missed update is visible and harmless (the older figure stays, or
the refresh lists the figure as new), a wrong one silently replaces a true figure. The price is
that a report rewording the verb (``兑现`` → ``发放``) is not matched: refresh lists it as
ambiguous (请人工确认) when its name, unit, place and plan-ness are an older figure's — unless
it names one thing (the name, at least ``MIN_THING`` characters) and both state a total held at a
date (截至…, 目前, 现有, 累计, 总量…) or both what a period added: then, the same thing counted in the
same unit and place, the newer supersedes the older whatever their clauses say (成功培育…2家 of a
2021 co-reply / 新培育…4家 of a 2025 report), and 新认定…31家 never supersedes 现有总量128家.
The guard reads one clause: a subject named only in an earlier clause (``市科创天使投资基金，
累计投资项目41个`` vs ``…产业基金矩阵，…，累计投资项目287个``) is not seen, so two such figures of
one place and year-order still count as one measure — refresh lists every match for review.

Same measure
------------
Two measures are the same when unit, place, plan-ness and qualifier are equal and the names are

1. **exactly** equal (score 1.0), or
2. **close**: character-bigram Jaccard similarity >= ``FUZZY_THRESHOLD`` (0.75) *and* the same
   first two characters (``国家级高新技术企`` ~ ``国家级高新技术企业``: 0.875). A Chinese noun
   phrase puts its modifiers first (市级/省级/新增…): names that differ at the start differ in
   what is counted, however close they look (``新增异地研发孵化机构`` vs ``异地研发孵化机构``: 0.78).

Supersession
------------
A figure's *predecessors* (:func:`match_figure`) are the figures of the same measure that are
*older* (an earlier year — ``Figure.year``, else the fact's period, else its source's date — or,
in the same year, an earlier source date: an undated report of a year speaks as of its end, so a
``2025年工作总结``'s figures are newer than a reply's of 2025-05), not in the same fact (a sentence giving two years'
values makes a comparison, not an update), and not superseded already (unless by the
very facts being matched, so that refreshing twice gives the same result). An exact predecessor
hides the close ones. If the best ones name two or more different measures, or the newest of them
are two or more facts that disagree on the value, the figure is **ambiguous** and supersedes
nothing. Otherwise the newest is the predecessor (**updated** when the value changed,
**unchanged** when not) and every predecessor of that measure is superseded.

A new figure left with no predecessor whose thing is an older figure's with a word (one or two
characters) more or less inside it — the same first two characters and the same last two
(``市级农业示范基地`` / ``市级农业科技示范基地``, ``科技型企业`` / ``科技型中小企业``) — may count that thing or
a narrower kind of it: it is **ambiguous** (请人工确认), never superseding. A word more at the start
(``省级…`` / ``…``, ``新增…``) or at the end names another thing.

A new figure left with no predecessor whose thing is an older figure's with what it belongs to
before it (``市科普工作联席会议成员单位40家`` / ``成员单位``), the shorter one's sentence naming that before
its figure (``市科普工作联席会议已吸纳16个区和39家成员单位``), or the other way round, counts the same
thing: it supersedes the older when both state a total held at a date (and the newest such agree),
else it is **ambiguous** (请人工确认).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..grammar import LOCAL_SCOPES, TIME_WORD, YEAR_WORD, base_amount, find_figure
from ..lazyre import lazy
from ..model import PLAN, Fact, FactFile, Figure, SourceMeta
from ..textutil import NOT_WORD, nfkc
from ..workspace import Workspace
from .history import figure_superseded_by

UPDATED, UNCHANGED, NEW, AMBIGUOUS, UNNAMED = "updated", "unchanged", "new", "ambiguous", "unnamed"
FUZZY_THRESHOLD = 0.75

# Words around the thing counted that do not change what is counted: not 全国, which opens a counted name as a class
# (全国重点实验室 is not the place's 重点实验室).
_LEADING = (
    *LOCAL_SCOPES, "截至目前", "截至", "目前", "现有", "共计", "总计", "合计", "累计", "共", "已", "全年", "培育", "拥有",
    "其中",
)
_TRAILING = ("达到", "实现", "总数", "总量", "数量", "达", "累计", "共计", "合计", "总计", "共")
_NEUTRAL = _LEADING + _TRAILING
# An aspect particle between a verb and its object (汇交了科技成果, 举办过…, 带动着…): no part of what is counted; not
# the 了 of 了解, 为了, 除了, nor 通过, 超过, 经过, 过程, 着力, 着手, 沿着….
_ASPECT = lazy(r"(?<=[\u4e00-\u9fff])(?:(?<![为除罢])了(?!解)|(?<![通超经不越度穿透])过(?![程去渡硬度])"
               r"|(?<![沿顺随接朝向])着(?![力手眼重实落想]))(?=[\u4e00-\u9fff])")
# Dates and other numbers in a clause: 2024年, 2024年度, 7月底, 3年来, 今年…
_TIME = lazy(r"\d+(?:\.\d+)?(?:年度|年|月份|月|日|号)?(?:底|末|初|以来|来)?|" + YEAR_WORD + "|" + TIME_WORD.pattern)
# Clause breaks (outside brackets and quotes; a sentence's end is one even inside them), and
# the brackets themselves.
_BREAKS = frozenset("，；：、,;:")
_SENTENCE_ENDS = frozenset("。！？!?\n")
_OPENS, _CLOSES = "（(《「【“‘[", "）)》」】”’]"


# What says a figure is a total held at a date: the sentence's 截至…/目前, the clause's 现有/累计….
_AS_OF = lazy(r"截至|截止|目前")
_HELD = lazy(r"现有|累计|总量|总数|共有|拥有|存量")
_ASIDE = lazy(r"[（(][^（()）]*[）)]")  # a bracketed aside in a counted noun phrase
MIN_THING = 4  # characters: a shorter counted noun (企业, 项目) names no one thing


# ---------------------------------------------------------------- names, values, qualifiers


def _trim(text: str, front: tuple[str, ...], back: tuple[str, ...], keep: bool) -> str:
    """Strip ``front`` words from the start and ``back`` words from the end, repeatedly (the first
    in their order that fits); with ``keep`` a word is never stripped when it is all that is left."""
    opening, ending = _by_edge(front, 0), _by_edge(back, -1)
    changed = True
    while changed and text:
        changed = False
        for word in opening.get(text[0], ()):
            if text.startswith(word) and (len(text) > len(word) or not keep):
                text, changed = text[len(word):], True
                break
        for word in ending.get(text[-1:], ()):
            if text.endswith(word) and (len(text) > len(word) or not keep):
                text, changed = text[: -len(word)], True
                break
    return text


@lru_cache(maxsize=64)
def _by_edge(words: tuple[str, ...], at: int) -> dict[str, tuple[str, ...]]:
    """``words`` by their character at ``at`` (0: the first, -1: the last), each group in their order: those a text opening
    (ending) on that character may strip (:func:`_trim` tried every word on every text)."""
    out: dict[str, list[str]] = {}
    for word in words:
        out.setdefault(word[at], []).append(word)
    return {char: tuple(group) for char, group in out.items()}


@lru_cache(maxsize=64)
def _neutral_words(places: tuple[str, ...], words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` and the place names with their stems (泉州市 → 泉州市, 泉州), longest first."""
    stems = {p for place in places if place for p in (place, place[:-1] if len(place) > 2 else place)}
    return tuple(sorted({*words, *stems}, key=len, reverse=True))


@lru_cache(maxsize=8192)
def normalise_counts(counts: str | None, places: tuple[str, ...] = ()) -> str:
    """The thing counted, reduced to what identifies it (see the module docstring)."""
    text = _ASPECT.sub("", NOT_WORD.sub("", nfkc(counts or "")))
    return _trim(text, _neutral_words(places, _LEADING), _TRAILING, keep=True)


def base_value(figure: Figure) -> tuple[float, str]:
    """The figure's value in base units and its base unit: (1.17, 元, 亿) → (117000000.0, "元")."""
    return base_amount(figure.value, figure.scale, figure.unit)


def bigram_jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the character bigrams of ``a`` and ``b`` (1.0 for equal strings)."""
    if a == b:
        return 1.0
    grams_a = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return len(grams_a & grams_b) / len(grams_a | grams_b)


def _clause_edge(text: str, at: int, step: int) -> int:
    """Where the clause holding ``text[at]`` ends going backward (step -1) or forward (+1):
    at a clause break outside brackets and quotes, an unmatched bracket or a sentence's end."""
    inner, outer = (_CLOSES, _OPENS) if step < 0 else (_OPENS, _CLOSES)
    depth, i = 0, at
    while 0 <= i < len(text):
        char = text[i]
        if char in _SENTENCE_ENDS:
            break
        if char in inner:
            depth += 1
        elif char in outer:
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and char in _BREAKS:
            break
        i += step
    return i + 1 if step < 0 else i


def _locate(text: str, figures: list[Figure]) -> list[tuple[int, int] | None]:
    """Where each figure's ``raw`` stands in ``text`` (not inside a longer number), taking the
    figures in order; None when it is not there."""
    spans: list[tuple[int, int] | None] = []
    pos = 0
    for fig in figures:
        at = -1
        if fig.raw:
            at = find_figure(text, fig.raw, pos)
            if at < 0:
                at = find_figure(text, fig.raw)
        spans.append((at, at + len(fig.raw)) if at >= 0 else None)
        if at >= 0:
            pos = at + len(fig.raw)
    return spans


@lru_cache(maxsize=8192)
def _clean(part: str, neutral: tuple[str, ...]) -> str:
    """A piece of clause as qualifier words: dates, digits, punctuation and neutral words gone."""
    text = NOT_WORD.sub("", _TIME.sub("", nfkc(part)))
    return _trim(text, neutral, neutral, keep=False)


def qualifier(text: str, span: tuple[int, int], counts: str, places: tuple[str, ...] = ()) -> str:
    """What the clause of the figure at ``span`` says besides the noun ``counts`` (module doc)."""
    start, end = span
    before = text[_clause_edge(text, start - 1, -1) : start]
    after = text[end : _clause_edge(text, end, +1)]
    neutral = _neutral_words(places, _NEUTRAL)
    head = ""
    if (at := before.rfind(counts)) >= 0:  # 全市培育科技型中小企业1614家
        parts = (before[:at], before[at + len(counts):], after)
    elif (at := after.find(counts)) >= 0:  # 储备23个投资项目
        parts = (before, after[:at], after[at + len(counts):])
    else:  # a name the clause does not write out: 其中国家级14家 (国家级企业技术中心)
        head = _clean(before, neutral)
        if head in NOT_WORD.sub("", nfkc(counts)):
            head = ""
        parts = (after,)
    return head + "".join(_clean(part, neutral) for part in parts)


def is_total(text: str, span: tuple[int, int]) -> bool:
    """The figure at ``span`` states a total held at a date — its sentence, up to the figure's
    clause's end, says 截至…/目前 or its clause 现有/累计/总量… (``截至2025年底，全市高新技术企业达到486家``,
    ``现有总量128家``) — rather than what a period added (``2025年，新培育…4家``)."""
    clause = _clause_edge(text, span[0] - 1, -1)
    return bool(_AS_OF.search(text, _sentence_start(text, span[0]), span[0])
                or _HELD.search(text[clause : _clause_edge(text, span[1], +1)]))


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence of ``text`` holding position ``at`` starts."""
    return max(text.rfind(end, 0, at) for end in _SENTENCE_ENDS) + 1


# ---------------------------------------------------------------- measures and figures


def source_as_of(source: SourceMeta | None) -> str:
    """The date a source's statements hold at: its date, else — an undated report covering a
    year (``2025年工作总结``) — that year's last day, else ""."""
    if source is None:
        return ""
    if source.date:
        return source.date
    return f"{source.period}-12-31" if source.period else ""


def fact_year(fact: Fact, source: SourceMeta | None) -> int | None:
    """The year a fact speaks of: its period, else its source's date."""
    if fact.period.year is not None:
        return fact.period.year
    if source is not None and source.date:
        return int(source.date[:4])
    return None


def standing_year(year: int | None, until: int | None, source: SourceMeta | None) -> int | None:
    """The year what is said of ``year`` (to ``until``, a span) in ``source`` stands as of, the year its age is counted from: a
    span's last — a finished one's sum (“十四五”期间…累计投入704.97亿元 in a summary of 2025-12) is as of its end, a running one's
    (2021年以来, 至今: its end the source's year) as of the source's date — but never after the source's own year (“十四五”期间 in
    a report of 2023 is as of 2023, the span not over); a single year is itself."""
    if year is None or until is None:
        return year
    written = source_as_of(source)
    return min(until, int(written[:4])) if written else until


def fact_as_of(fact: Fact, source: SourceMeta | None) -> int | None:
    """The year a fact stands as of (:func:`standing_year` of its :func:`fact_year` and its period's end)."""
    return standing_year(fact_year(fact, source), fact.period.until, source)


@dataclass(frozen=True)
class Measure:
    """What a figure counts (module docstring); ``name`` "" when it names nothing, ``qualifier``
    None when the figure is not in its fact's text."""

    name: str
    qualifier: str | None
    unit: str
    place: str
    plan: bool

    def similarity(self, other: Measure) -> float:
        """1.0 for the same measure by exact name, the bigram score for a close name, else 0.0."""
        if (
            not self.name
            or not other.name
            or self.qualifier is None
            or (self.qualifier, self.unit, self.place, self.plan)
            != (other.qualifier, other.unit, other.place, other.plan)
        ):
            return 0.0
        if self.name == other.name:
            return 1.0
        score = bigram_jaccard(self.name, other.name)
        return score if score >= FUZZY_THRESHOLD and self.name[:2] == other.name[:2] else 0.0


def older(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Recency ``a`` (year or 0, source date or "") is older than ``b``: an earlier year, or in the
    same (or an unknown) year an earlier source date."""
    if a[0] and b[0] and a[0] != b[0]:
        return a[0] < b[0]
    return bool(a[1] and b[1] and a[1] < b[1])


@dataclass
class Measured:
    """One figure as it stands in its fact and source, with its measure worked out."""

    fact: Fact
    figure: Figure
    source: SourceMeta | None
    measure: Measure
    value: float  # in the base unit
    # What the figure counts, whatever its clause says about it: the counted noun phrase without
    # its bracketed asides (``中试验证平台（基地）`` → 中试验证平台), normalised as the measure's name;
    # "" when that is too short to name one thing (``企业``, ``项目``).
    thing: str = ""
    # Where its ``raw`` stands in its fact's text; None when it is not there.
    span: tuple[int, int] | None = None

    @property
    def name(self) -> str:
        return self.measure.name

    @property
    def place(self) -> str:
        return self.measure.place

    @cached_property
    def total(self) -> bool:
        """The figure states a total held at a date (:func:`is_total`), not what a period added (read by refresh's
        matchers alone: worked out when asked)."""
        return self.span is not None and is_total(self.fact.text, self.span)

    @cached_property
    def before(self) -> str:
        """Its sentence up to the figure, as a name is normalised (what the thing counted may belong to:
        市科普工作联席会议已吸纳…39家成员单位); "" when the figure is not found in its fact's text."""
        if self.span is None:
            return ""
        text, at = self.fact.text, self.span[0]
        return NOT_WORD.sub("", nfkc(text[_sentence_start(text, at) : at]))

    @cached_property
    def year(self) -> int | None:
        return self.figure.year or fact_year(self.fact, self.source)

    def recency(self) -> tuple[int, str]:
        return self._recency

    @cached_property
    def _recency(self) -> tuple[int, str]:
        return (self.year or 0, source_as_of(self.source))

    def is_older_than(self, other: Measured) -> bool:
        return older(self.recency(), other.recency())

    def same_value(self, other: Measured) -> bool:
        return math.isclose(self.value, other.value, rel_tol=1e-9, abs_tol=1e-9)

    def restates(self, other: Measured) -> bool:
        """The same measure, year and value: saying it again adds nothing."""
        return (
            self.year is not None
            and self.year == other.year
            and self.same_value(other)
            and self.measure.similarity(other.measure) > 0
        )

    def counts_same_thing(self, other: Measured) -> bool:
        """True when both figures count the same thing (:attr:`thing`) in the same unit, place
        and plan-ness — two counts a reader takes for one, even when their clauses differ
        (推动41个中试验证平台申报入库 / 推动建设中试验证平台（基地）28个), unlike
        :meth:`Measure.similarity`, which refresh uses to replace one value by another."""
        mine, theirs = self.measure, other.measure
        return bool(self.thing) and self.thing == other.thing and (mine.unit, mine.place, mine.plan) == (
            theirs.unit, theirs.place, theirs.plan)

    def label(self) -> str:
        """The source as a comment names it (its id when unknown)."""
        return self.source.label() if self.source else self.fact.source_id

    def to_dict(self) -> dict:
        return {
            "fact": self.fact.id,
            "text": self.fact.text,
            "counts": self.figure.counts,
            "raw": self.figure.raw,
            "value": self.figure.value,
            "unit": self.figure.unit,
            "scale": self.figure.scale,
            "year": self.year,
            "jurisdiction": self.place,
            "source": self.label(),
            "source_id": self.fact.source_id,
        }


# id(fact) → {(id(source), id(ws)): (fact, source, ws, measured)}
_MEASURED: dict[int, dict[tuple[int, int], tuple[Fact, SourceMeta | None, Workspace, list[Measured]]]] = {}
# A long-running process (drafter serve) loads fresh fact objects for every request: past this many
# facts the memo starts afresh rather than keep every request's facts alive.
MEMO_LIMIT = 50_000


def measure_fact(fact: Fact, source: SourceMeta | None, ws: Workspace) -> list[Measured]:
    """Every figure of ``fact`` with its measure, in order.

    Remembered for the same fact, source and workspace objects: a batch measures the same facts
    for many drafts (the objects are kept in the memo, so an id is never reused for another).
    """
    by_fact = _MEASURED.get(id(fact))
    hit = by_fact.get((id(source), id(ws))) if by_fact is not None else None
    if hit is not None and hit[0] is fact and hit[1] is source and hit[2] is ws:
        return hit[3]
    out = _measure_fact(fact, source, ws)
    if by_fact is None or next(iter(by_fact.values()))[0] is not fact:
        if len(_MEASURED) >= MEMO_LIMIT:
            _MEASURED.clear()
        by_fact = _MEASURED[id(fact)] = {}
    by_fact[(id(source), id(ws))] = (fact, source, ws, out)
    return out


def forget(facts: list[Fact]) -> None:
    """Drop the remembered measures of ``facts`` (after their years were changed in place)."""
    for fact in facts:
        by_fact = _MEASURED.get(id(fact))
        if by_fact is not None and next(iter(by_fact.values()))[0] is fact:
            del _MEASURED[id(fact)]


def _area_named(counts: str | None, areas: list[str]) -> str | None:
    """The workspace area ``counts`` opens on, by its name or stem (闵行区全社会研发投入, 闵行全社会…), if any."""
    text = NOT_WORD.sub("", nfkc(counts or ""))
    return next((area for area in areas if text.startswith(area if len(area) <= 2 else area[:-1])), None)


def _measure_fact(fact: Fact, source: SourceMeta | None, ws: Workspace) -> list[Measured]:
    place = fact.jurisdiction or ws.jurisdiction
    places = (place, *ws.own_places())
    areas = [area for area in ws.areas if area != place]
    spans = _locate(fact.text, fact.figures)
    out = []
    for fig, span in zip(fact.figures, spans):
        if fig.value is None:
            continue  # (a vague count, 几十米: no value of a measure)
        value, unit = base_value(fig)
        name = normalise_counts(fig.counts, places)
        aside = fig.counts and _ASIDE.search(fig.counts)  # its name without it (most have none: the name)
        thing = normalise_counts(_ASIDE.sub("", fig.counts), places) if aside else name
        qual = qualifier(fact.text, span, fig.counts, places) if span and fig.counts else None
        fig_place = _area_named(fig.counts, areas) or place
        out.append(Measured(fact, fig, source, Measure(name, qual, unit, fig_place, fact.kind == PLAN), value,
                            thing if len(thing) >= MIN_THING else "", span))
    return out


def measured_figures(files: list[FactFile], ws: Workspace) -> list[Measured]:
    """Every figure of every fact in ``files``, in order."""
    return [m for ff in files for fact in ff.facts for m in measure_fact(fact, ff.source, ws)]


# ---------------------------------------------------------------- supersession


@dataclass
class Match:
    """What became of one figure: its outcome, predecessor and the older figures it supersedes."""

    outcome: str  # UPDATED, UNCHANGED, NEW, AMBIGUOUS or UNNAMED
    new: Measured
    old: Measured | None = None  # the predecessor shown in the table
    superseded: list[Measured] = field(default_factory=list)  # older figures whose facts it supersedes
    candidates: list[Measured] = field(default_factory=list)  # the equally good ones, when ambiguous
    score: float = 0.0  # 1.0 exact, else the bigram Jaccard similarity

    def to_dict(self) -> dict:
        return {
            "outcome": self.outcome,
            "measure": self.new.figure.counts,
            "score": round(self.score, 3),
            "new": self.new.to_dict(),
            "old": self.old.to_dict() if self.old else None,
            "supersedes": sorted({h.fact.id for h in self.superseded}),
            "candidates": [h.to_dict() for h in self.candidates],
        }


def match_figure(new: Measured, base: list[Measured], refreshing: set[str] = frozenset()) -> Match:
    """Find the predecessors of ``new`` among ``base`` by the rule in the module docstring.

    ``refreshing`` holds the ids of the facts being matched: an old fact already superseded by
    one of them is still a candidate, so that refreshing the same document twice is idempotent.
    """
    if not new.name:
        return Match(UNNAMED, new)
    scored: list[tuple[float, Measured]] = []
    own_id, when, measure = new.fact.id, new.recency(), new.measure
    for old in base:  # the cheap tests first: a large base holds many copies of a measure
        if old.fact.id == own_id or not older(old.recency(), when):
            continue
        mark = figure_superseded_by(old.fact, old.figure)
        if mark and mark not in refreshing:
            continue
        score = measure.similarity(old.measure)
        if score:
            scored.append((score, old))
    if not scored:
        return Match(NEW, new)
    best = max(score for score, _ in scored)
    top = [old for score, old in scored if math.isclose(score, best)]
    if len({old.name for old in top}) > 1:
        return Match(AMBIGUOUS, new, candidates=top, score=best)
    latest = _newest(top)
    return _settled(new, top, latest, best) or Match(AMBIGUOUS, new, candidates=latest, score=best)


def _newest(figures: list[Measured]) -> list[Measured]:
    """The newest of ``figures`` (those of the latest recency)."""
    newest = max(fig.recency() for fig in figures)
    return [fig for fig in figures if fig.recency() == newest]


def _settled(new: Measured, olds: list[Measured], latest: list[Measured], score: float) -> Match | None:
    """``new`` superseding ``olds`` when their newest, ``latest``, agree on a value (UNCHANGED when it is
    ``new``'s, else UPDATED; ``latest[0]`` its predecessor); None when they disagree."""
    if any(not latest[0].same_value(other) for other in latest[1:]):
        return None
    return Match(UNCHANGED if latest[0].same_value(new) else UPDATED, new, old=latest[0], superseded=olds, score=score)


def _coarse(m: Measured) -> tuple:
    """The part of a measure that must be equal: figures differing here are never compared
    (:meth:`Measure.similarity` is 0 unless these and the names' first two characters agree)."""
    return (m.measure.qualifier, m.measure.unit, m.measure.place, m.measure.plan, m.name[:2])


def _named(m: Measured) -> tuple:
    """A measure but for its qualifier: figures equal here count the same named thing, perhaps
    said otherwise (签约落地80余项 / 落地120余项)."""
    return (m.name, m.measure.unit, m.measure.place, m.measure.plan)


def _worded_otherwise(match: Match, alike: list[Measured]) -> Match:
    """A NEW figure whose name, unit, place and plan-ness older figures share, their clauses
    worded otherwise (成功培育…2家 / 新培育…4家, 签约落地80余项 / 落地120余项): when it names one
    thing (:attr:`Measured.thing`) and the newest of those that, as it does, state a total or
    what a period added (:attr:`Measured.total`) agree on a value, it supersedes them (UPDATED or
    UNCHANGED); else AMBIGUOUS, the newest such figures its candidates (a person decides: 新认定…31家
    is no new value of 现有总量128家, nor 组织60家企业申报 of 组织61家企业参加); else the match as it is."""
    new = match.new
    older_ones = [old for old in alike if old.fact.id != new.fact.id and old.measure.qualifier is not None
                  and old.is_older_than(new)]
    if match.outcome != NEW or new.measure.qualifier is None or not older_ones:
        return match
    same = [old for old in older_ones if new.thing and old.thing == new.thing and old.total == new.total]
    settled = _settled(new, same, _newest(same), 1.0) if same else None
    return settled or Match(AMBIGUOUS, new, candidates=_newest(older_ones))


def _a_word_apart(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` is the other with a word (one or two characters) inserted inside it: after its first
    two characters and before its last two (市级农业示范基地 / 市级农业科技示范基地)."""
    short, long = sorted((a, b), key=len)
    if not 0 < len(long) - len(short) <= 2:
        return False
    head = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return head >= 2 and len(short) - head >= 2 and long.endswith(short[head:])


def _kind_of(match: Match, kin: list[Measured]) -> Match:
    """A NEW figure whose thing is an older figure's (of ``kin``: the same unit, place and plan-ness) with a word
    more or less inside (:func:`_a_word_apart`) is AMBIGUOUS, the newest such its candidates; else the match."""
    new = match.new
    if match.outcome != NEW or not new.thing:
        return match
    near = [old for old in kin if old.fact.id != new.fact.id and old.is_older_than(new)
            and _a_word_apart(old.thing, new.thing)]
    return Match(AMBIGUOUS, new, candidates=_newest(near)) if near else match


def _owned_by(short: Measured, long: Measured) -> bool:
    """``long``'s thing is ``short``'s with the name of what it belongs to before it (市科普工作联席会议成员单位 /
    成员单位), and ``short``'s sentence names that before its figure (市科普工作联席会议已吸纳16个区和39家成员单位)."""
    head = long.thing[: -len(short.thing)] if short.thing and long.thing.endswith(short.thing) else ""
    return len(head) >= 2 and head in short.before


def _owner_named(match: Match, kin: list[Measured]) -> Match:
    """A NEW figure and older ones of ``kin`` (the same unit, place and plan-ness) of which one's thing is the other's
    with what it belongs to before it, that written in the other's sentence (:func:`_owned_by`), count the same thing:
    when all state a total held at a date and the newest of them agree on a value, it supersedes them; else AMBIGUOUS,
    the newest such its candidates (请人工确认); else the match as it is."""
    new = match.new
    if match.outcome != NEW or not new.thing:
        return match
    owned = [old for old in kin if old.fact.id != new.fact.id and old.is_older_than(new)
             and (_owned_by(old, new) or _owned_by(new, old))]
    if not owned:
        return match
    latest = _newest(owned)
    settled = _settled(new, owned, latest, 1.0) if new.total and all(old.total for old in owned) else None
    return settled or Match(AMBIGUOUS, new, candidates=latest)


def match_figures(new: list[Measured], base: list[Measured]) -> list[Match]:
    """Match every figure of ``new`` (in order) against ``base``; a new measure that only its
    clause's wording tells from an older one supersedes it or is AMBIGUOUS (:func:`_worded_otherwise`),
    as is one whose thing is an older one's with a word more or less inside (:func:`_kind_of`); one whose thing is an
    older one's with what it belongs to before it supersedes it or is AMBIGUOUS (:func:`_owner_named`)."""
    refreshing = {h.fact.id for h in new}
    groups: dict[tuple, list[Measured]] = defaultdict(list)
    named: dict[tuple, list[Measured]] = defaultdict(list)
    kin: dict[tuple, list[Measured]] = defaultdict(list)
    for old in base:
        mark = figure_superseded_by(old.fact, old.figure)
        if not (mark and mark not in refreshing):  # else never a predecessor (match_figure)
            groups[_coarse(old)].append(old)
            if old.name:
                named[_named(old)].append(old)
            if old.thing and old.measure.qualifier is not None:
                kin[_named(old)[1:]].append(old)
    return [_owner_named(_kind_of(_worded_otherwise(match_figure(h, groups.get(_coarse(h), []), refreshing),
                                                    named.get(_named(h), [])), kin.get(_named(h)[1:], [])),
                         kin.get(_named(h)[1:], []))
            for h in new]


def newest_successors(figures: list[Measured]) -> dict[int, Measured]:
    """For each figure (by ``id``) that a newer one of ``figures`` supersedes: the newest such."""
    result: dict[int, Measured] = {}
    for match in match_figures(figures, figures):
        if match.outcome not in (UPDATED, UNCHANGED):
            continue
        for old in match.superseded:
            current = result.get(id(old))
            if current is None or current.recency() < match.new.recency():
                result[id(old)] = match.new
    return result
