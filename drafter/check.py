"""``drafter check``: what in an edited draft must be fixed before it goes for signature.

A draft is read back from .docx (:func:`drafter.docx.read.read_draft`) into numbered paragraphs
and compared with the fact base, the workspace's class scheme and ``templates/reference.docx``.
Every finding has a code (:data:`RULES` says what each one means and :data:`ADVICE` what to do
about it; a rule is one function and one entry of :data:`CHECKS`), the paragraph number a person
counts in Word (non-empty paragraphs, from 1), a snippet of about 30 characters and a message.

Parts are recognised by their text first (a clerk may have replaced our styles by 正文/Normal,
split runs, deleted comments or added paragraphs) and by their paragraph style second.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

from . import grammar as G
from . import reply as R
from .errors import DrafterError
from .lazyre import lazy
from .model import DONE, PLAN
from .textutil import cn_number, digit_date, doc_number_year
from .workspace import Workspace, others_place_words

SNIPPET_CHARS = 30
MARGIN_TOLERANCE = 57  # twips: 1 mm = 56.7 twips


@dataclass
class Finding:
    """One problem: ``paragraph`` is None for document-wide findings (page setup, styles, parts)."""

    code: str
    paragraph: int | None
    snippet: str
    message: str


@dataclass
class CheckReport:
    """The findings for one draft, in paragraph order (document-wide ones last)."""

    path: str
    reply_class: str | None
    year: int
    findings: list[Finding] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.findings

    @property
    def summary(self) -> dict[str, int]:
        """Findings by kind (:data:`GROUPS`: placeholders, gaps, untraced, outdated, structure,
        layout), every kind counted, in that order."""
        counts = {key: 0 for key, _, _ in GROUPS}
        for f in self.findings:
            counts[GROUP[f.code]] += 1
        return counts

    @property
    def summary_text(self) -> str:
        """The summary in a clerk's words: 占位符 2 处 · 无出处数字 1 处 · 格式 0 处 (the kinds always
        shown, the others when found)."""
        return " · ".join(f"{label} {n} 处" for (key, label, always), n in zip(GROUPS, self.summary.values())
                          if always or n)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "reply_class": self.reply_class,
            "year": self.year,
            "clean": self.clean,
            "summary": self.summary,
            "summary_text": self.summary_text,
            "findings": [asdict(f) for f in self.findings],
        }


@dataclass
class Para:
    """A non-empty paragraph of the draft as check sees it.

    ``kind`` is the block kind its style maps to (None for 正文/Normal or a foreign style);
    ``fonts`` and ``sizes`` (half-points) are those set directly on its runs.
    """

    number: int
    text: str
    kind: str | None = None
    style: str | None = None
    highlights: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)  # the facts drafter cited here (from the file)
    fonts: list[str] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    notes: list = field(default_factory=list)  # its comments with their ranges (drafter.docx.read.Note)
    gaps: list = field(default_factory=list)  # its placeholders as written (drafter.docx.read.DraftParagraph.gaps)


# ---------------------------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------------------------

def snippet(text: str, start: int = 0, end: int | None = None, width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``text`` centred on ``text[start:end]``, with … where cut."""
    text = text.replace("\n", " ")
    end = len(text) if end is None else end
    if len(text) <= width:
        return text
    pad = max(0, (width - (end - start)) // 2)
    lo = max(0, start - pad)
    hi = min(len(text), max(end + pad, lo + width))
    lo = max(0, min(lo, hi - width))
    return ("…" if lo > 0 else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``[start, end)`` shares a character with one of ``spans``."""
    return any(s < end and start < e for s, e in spans)


def _squash(text: str) -> str:
    """Text with all whitespace removed and half-width colons/parentheses made full-width."""
    text = re.sub(r"\s+", "", text)
    return text.replace(":", "：").replace("(", "（").replace(")", "）")


# ---------------------------------------------------------------------------------------------
# figures: what counts as a number, and its key for tracing
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FigureToken:
    key: tuple[str, str]  # (absolute value as text, unit): 1.17亿元 → ("117000000", "元")
    start: int
    end: int
    text: str


def figure_tokens(text: str) -> list[FigureToken]:
    """The figures in ``text`` as the distiller finds them (:func:`drafter.grammar.figure_matches`),
    outside document numbers, dates, phones, years, ordinals, placeholders and 《titles》."""
    out = []
    for m in G.figure_matches(G.mask_not_figures(G.fold_width(text))):
        key = G.figure_key(G.match_value(m), m.group("scale"), m.group("unit"))
        if key:
            out.append(FigureToken(key, m.start(), m.end(), text[m.start():m.end()]))
    return out


# ---------------------------------------------------------------------------------------------
# recognising the parts of a reply by their text
# ---------------------------------------------------------------------------------------------

_PLAN_START_RE = lazy(rf"{G.NEXT_OR_LATER}|工作计划|工作打算|将从以下")

def _in_plan(body: list[Para], kinds: dict[int, str]) -> list[bool]:
    """Which of the body's paragraphs are plans (下一步…): from the plan part's heading (二、下一步工作计划), else from a
    paragraph opening on its words, to the next first-level heading of another part — in a reply of one section per ask
    (一、关于“…”的建议, its plan inside) each section's 下一步，我局将… to the next section's head; an item of part one that
    names a plan (…列入年度工作计划…) is none when the plan part has a heading of its own."""
    headed = any(kinds[p.number] == R.HEADING1 and _PLAN_START_RE.search(p.text) for p in body)
    flags, plan = [], False
    for p in body:
        if kinds[p.number] == R.HEADING1:
            plan = bool(_PLAN_START_RE.search(p.text))
        elif not headed and _PLAN_START_RE.search(p.text[:40]):
            plan = True
        flags.append(plan)
    return flags


# Parts a reply must have: (finding code, the kind that satisfies it, message); the contact
# (联系人 and 联系电话) is checked apart.
_REQUIRED_PARTS = (
    ("missing-opening", R.OPENING, "缺少开头语（应有“…收悉…现答复如下：”）"),
    ("missing-closing", R.CLOSING, "缺少结束语（应有“感谢…”或“以上意见…”一段）"),
    ("missing-signature", R.SIGNATURE, "缺少领导署名（“领导署名：…”）"),
    ("missing-note", R.NOTE, "缺少附注（如“（此件主动公开）”）"),
    ("missing-cc", R.CC, "缺少抄送（“抄送：…。”）"),
)


def recognise_parts(paras: list[Para]) -> dict[int, str]:
    """Paragraph number → block kind, from the text first and the paragraph style second.

    The opening is the first 收悉/答复如下 paragraph; the closing the last other 感谢 (or, in a
    会办意见, 以上意见…) paragraph after it. Paragraphs recognised neither way (正文, Normal, a clerk's own style) are body text.
    """
    kinds: dict[int, str] = {}
    for p in paras:
        text = _squash(p.text)
        kind = next((k for k, rx in G.PARTS if rx.search(text)), None)
        if kind == R.OPENING and R.OPENING in kinds.values():
            kind = None  # only the first 收悉 paragraph opens the reply
        if kind is None and G.LEVELS[0][1].match(text) and len(text) <= 40:
            kind = R.HEADING1
        if kind is None and p.kind not in (None, R.OPENING, R.CLOSING):
            kind = p.kind
        kinds[p.number] = kind or R.BODY
    opening = next((n for n, k in kinds.items() if k == R.OPENING), 0)
    closing = [p.number for p in paras if p.number > opening and kinds[p.number] == R.BODY
               and G.CLOSING_ANYWHERE.search(_squash(p.text))]
    if closing:
        kinds[closing[-1]] = R.CLOSING
    return kinds


# ---------------------------------------------------------------------------------------------
# the checks: each takes the paragraphs (and what it needs) and returns findings
# ---------------------------------------------------------------------------------------------

def check_placeholders(paras: list[Para], covered: dict[int, list[tuple[int, int]]],
                       sentences: dict[int, list[re.Match]]) -> list[Finding]:
    """``【待补充…】`` left in the text, and highlighted text outside placeholders and outside the
    figures already reported (``covered``: paragraph → (start, end) of figures with a finding).

    A sentence that still carries a 【待更新：…】 flag is one finding: the highlighted figures of
    that sentence (cyan, wanting the newer value the flag asks for) are named in its first flag's
    finding, not reported one by one (:func:`_flagged_figures`; ``sentences``: paragraph → its
    sentences' matches, :meth:`Draft.sentences`). A comment of drafter's opening on a placeholder (a section's
    points asked on its heading: :func:`~drafter.docx.review.open_points`) is one too, until the clerk deletes it."""
    from .docx.review import open_points

    out = []
    for p in paras:
        holes = [(m.start(), m.end()) for m in R.PLACEHOLDER_RE.finditer(p.text)]
        lit = highlight_spans(p)
        folded = _flagged_figures(p.text, holes, lit, sentences[p.number])
        for start, end in holes:
            message = f"占位符未补全：{p.text[start:end]}"
            named = folded.get(start)
            if named:
                dates = "".join(f"“{p.text[a:b].strip()}”" for a, b in named if _SAID_DATE.fullmatch(p.text[a:b].strip()))
                shown = "".join(f"“{p.text[a:b].strip()}”" for a, b in named if not _SAID_DATE.fullmatch(p.text[a:b].strip()))
                said = f"日期{dates}和数字{shown}" if dates and shown else f"日期{dates}" if dates else f"数字{shown}"
                message += f"；句中高亮的{said}待更新，更新后请清除高亮"
            before = flagged_before(p.text, start, end, lit)
            if before:
                folded[start] = [before]
                said = p.text[before[0]:before[1]].strip()
                said = said if len(said) <= LIT_SHOWN else said[:LIT_SHOWN] + "…"
                message += f"；其前高亮的“{said}”随之核实，确认或改写后请清除高亮"
            out.append(Finding("placeholder", p.number, snippet(p.text, start, end), message))
        for mark, _ in open_points(p.notes):  # a section's points asked in a comment on its heading
            out.append(Finding("placeholder", p.number, snippet(p.text),
                               f"批注中仍有待补充的事项：{mark}（已写入正文或不涉及的，删去该批注）"))
        # a placeholder name (陈某某代表：), highlighted or not: the real name is still to be written
        names = [(m.start(), m.end()) for m in R.PLACEHOLDER_NAME.finditer(p.text) if not overlaps(m.start(), m.end(), holes)]
        for start, end in names:
            out.append(Finding("placeholder", p.number, snippet(p.text, start, end),
                               f"占位的{'号码' if any(c.isdigit() for c in p.text[start:end]) else '名称'}"
                               f"未改为实际{'号码' if any(c.isdigit() for c in p.text[start:end]) else '名称'}：{p.text[start:end]}"))
        undated = undated_figures(p, covered.get(p.number, []), sentences[p.number])  # named by their flag's finding
        named = holes + names + [span for spans in folded.values() for span in spans]
        # a figure whose number the draft left out (X家), no longer under its flag: still to be written
        blanks = [(m.start(), m.end()) for m in G.BLANK_FIGURE.finditer(p.text) if not overlaps(m.start(), m.end(), named)]
        for start, end in blanks:
            unit = p.text[end:end + BLANK_SHOWN]
            out.append(Finding("placeholder", p.number, snippet(p.text, start, end),
                               f"数字未填写：“{G.BLANK}{unit}…”，请填入数值（原数值见批注）"))
        known = holes + names + blanks + covered.get(p.number, []) + [
            span for spans in (*folded.values(), *undated.values()) for span in spans]
        for at, end in lit:
            if overlaps(at, end, known):
                continue
            mark = p.text[at:end]
            out.append(Finding("highlight", p.number, snippet(p.text, at, end),
                               f"残留高亮：“{mark.strip()}”，核实后请清除高亮"))
    return out


BLANK_SHOWN = 3  # characters after a blank figure's X a finding quotes (its unit)


def highlight_spans(p: Para) -> list[tuple[int, int]]:
    """Where the paragraph's highlighted texts stand, in order (blank ones left out)."""
    out = []
    cursor = 0
    for mark in p.highlights:
        at = p.text.find(mark, cursor)
        if at < 0 or not mark.strip():
            continue
        cursor = at + len(mark)
        out.append((at, cursor))
    return out


LIT_SHOWN = 20  # characters of a highlighted sentence a finding quotes
_SENTENCE_ENDS = ("。", "；", "！", "？")


def flagged_before(text: str, start: int, end: int, lit: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The highlighted text ending right where the mark ``text[start:end]`` begins when that mark
    flags a part-two item as a whole (:data:`~drafter.reply.PLAN_MARK_RE`: last year's plan, part
    one's work carried on), or is one to verify standing after a finished sentence (…很大提升。【待核实：以往答复的安排
    是否适用于该处】: that sentence, not the next one, hd25a): what the mark asks to confirm, one finding with it."""
    closing = text[:start].endswith(_SENTENCE_ENDS) and text.startswith(R.VERIFY_OPEN, start)
    if not (closing or R.PLAN_MARK_RE.fullmatch(text[start:end])):
        return None
    return next(((a, b) for a, b in lit if b == start), None)


def _flagged_figures(text: str, holes: list[tuple[int, int]], lit: list[tuple[int, int]],
                     sentences: list[re.Match]) -> dict[int, list[tuple[int, int]]]:
    """The start of each sentence's (of ``sentences``, the text's) first 【待更新：…】 flag → the
    highlighted figures of that sentence (highlights outside placeholders that hold a figure) and
    the date it states for them (截至2025年5月, 2024年) — what the flag asks to update."""
    out: dict[int, list[tuple[int, int]]] = {}
    for m in sentences:
        flag = next((s for s, e in holes if m.start() <= s < m.end() and text.startswith(R.UPDATE_OPEN, s)), None)
        if flag is None:
            continue
        figures = lit_figures(text, holes, lit, m.start(), m.end())
        dates = [(a, b) for a, b in lit if m.start() <= a < m.end() and _SAID_DATE.fullmatch(text[a:b].strip())]
        if figures or dates:
            out[flag] = sorted(dates + figures)
    return out


_SAID_DATE = lazy(G.said_date())  # the date a flagged sentence states for its figures, highlighted with them


def lit_figures(text: str, holes: list[tuple[int, int]], lit: list[tuple[int, int]], start: int, end: int
                ) -> list[tuple[int, int]]:
    """The highlighted figures of ``text[start:end]`` (a sentence): the highlights (``lit``,
    :func:`highlight_spans`) starting there, outside placeholders (``holes``), that hold a figure."""
    return [(a, b) for a, b in lit if start <= a < end and (figure_tokens(text[a:b]) or G.BLANK_FIGURE.match(text[a:b]))
            and not overlaps(a, b, holes)]


@dataclass
class _Trace:
    fact: object  # drafter.model.Fact
    year: int | None
    figure: object = None  # the drafter.model.Figure, when traced through the fact's figures
    superseded_by: str | None = None  # the figure's mark (drafter.facts.history.figure_superseded_by)


class FigureTracer:
    """Where each figure of the fact base stands: key → the facts stating it, with their year.

    A fact states a figure when the figure is in its ``figures`` (value, scale, unit or raw) or
    in its text; the year is the figure's own year, else the fact's (its period, else its
    source's date — the rule drafting uses).

    Superseding is per figure (a refresh marks the figure whose measure got a newer value): a
    figure is superseded only when the fact named by its mark states a *different* value of the
    same measure — that value is what the finding asks for. A mark whose fact restates the same
    value, or states no value of that measure (a whole fact marked by hand), leaves the figure
    judged as a current one, and so does a mark whose value was published after ``as_of`` (the
    draft's date: a reply signed in May 2025 holds no value of a report of January 2026).
    """

    def __init__(self, facts, sources: dict, ws: Workspace, as_of: dt.date | None = None):
        from .facts.history import figure_superseded_by
        from .facts.measure import fact_as_of, standing_year

        self.by_key: dict[tuple[str, str], list[_Trace]] = {}
        self.facts = {}
        self.sources = sources
        self.ws = ws
        self.as_of = as_of.isoformat() if as_of else None
        self._traced: dict[tuple, tuple] = {}  # (key, cited) → traces_of's answer
        for fact in facts:
            self.facts[fact.id] = fact
            source = sources.get(fact.source_id)
            year = fact_as_of(fact, source)  # (a span's figure is as of its end: :func:`~.facts.measure.standing_year`)
            seen: set[tuple[str, str]] = set()
            for fig in fact.figures:
                for key in {G.figure_key(fig.value, fig.scale, fig.unit),
                            *(t.key for t in figure_tokens(fig.raw or ""))}:
                    if key and key not in seen:
                        seen.add(key)
                        self.by_key.setdefault(key, []).append(
                            _Trace(fact, standing_year(fig.year, fig.until, source) or year, fig,
                                   figure_superseded_by(fact, fig)))
            for tok in figure_tokens(fact.text):
                if tok.key not in seen:
                    seen.add(tok.key)
                    self.by_key.setdefault(tok.key, []).append(_Trace(fact, year))

    def newer_value(self, trace: _Trace):
        """(the traced figure measured, the newest figure of its measure in the fact its mark
        names, published by ``as_of``) — either None when not known."""
        from .facts.measure import measure_fact, source_as_of

        successor = self.facts.get(trace.superseded_by)
        if successor is None or trace.figure is None:
            return None, None
        mine = next((m for m in measure_fact(trace.fact, self.sources.get(trace.fact.source_id), self.ws)
                     if m.figure is trace.figure), None)
        if mine is None:
            return None, None
        newer = [m for m in measure_fact(successor, self.sources.get(successor.source_id), self.ws)
                 if m.measure.similarity(mine.measure) > 0
                 and not (self.as_of and source_as_of(m.source) > self.as_of)]
        return mine, max(newer, key=lambda m: m.recency()) if newer else None

    def traces_of(self, key, cited: frozenset):
        """(the facts stating the figure, preferring those the paragraph cites — ``cited``: fact
        ids the draft file carries, made a frozenset once per paragraph; without any that state it,
        the whole base —, those of them current as (trace, the year it holds for, the source that
        dates it), those superseded as (trace, the newer figure)). Worked out once for a figure and citation (:meth:`judge`, then
        :meth:`not_current` for a sound figure)."""
        memo = (key, cited)
        if memo not in self._traced:
            self._traced[memo] = self._traces_of(key, cited)
        return self._traced[memo]

    def _traces_of(self, key, cited: frozenset):
        traces = self.by_key.get(key, [])
        traces = [t for t in traces if t.fact.id in cited] or traces
        current: list[tuple[_Trace, int | None, object]] = []
        superseded = []
        for t in traces:
            mine, newer = self.newer_value(t) if t.superseded_by else (None, None)
            if newer is None:
                current.append((t, t.year, self.sources.get(t.fact.source_id)))
            elif newer.same_value(mine):  # restated later: current as of the restatement
                current.append((t, newer.year or t.year, newer.source))
            else:
                superseded.append((t, newer))
        return traces, current, superseded

    def history(self, tok, cited: frozenset) -> bool:
        """True when a fact stating the figure ``tok`` (those the paragraph cites first) tells it as history: a policy's count
        of measures or a notice's decided batch (:func:`~drafter.compose.sentences.is_policy_count`, on the fact's text: the
        draft drops the notice's 决定)."""
        from .compose.sentences import is_policy_count

        return any(is_policy_count(t.fact.text, tok.text) for t in self.traces_of(tok.key, cited)[0])

    def judge(self, key, cited: frozenset, year: int) -> tuple[str | None, str]:
        """(finding code or None when the figure is sound, explanation).

        The facts the paragraph cites are preferred (:meth:`traces_of`). A figure is sound when a
        current (not superseded) fact within the freshness window of ``year`` states it.
        """
        from .compose.select import older_than

        ws = self.ws
        traces, current, superseded = self.traces_of(key, cited)
        if not traces:
            return "number-untraced", "在事实库中找不到出处：同事或其他单位提供的，在数字上插入批注写明出处；无从核实的改为【待补充：…】"
        as_of = dt.date(year, 12, 31)
        if any(not older_than(when, ws.freshness_years, as_of) for _, when, _ in current):
            return None, ""
        if current:
            t, when, _ = max(current, key=lambda c: c[1] or 0)
            return "number-stale", (f"只见于{when}年的事实 {t.fact.id}（早于时效{ws.freshness_years}年），"
                                    "请核实是否有新值")
        t, newer = max(superseded, key=lambda s: s[1].recency())
        when = f"{newer.year}年，" if newer.year else ""
        return "number-superseded", (f"只见于已被新值取代的数字（事实 {t.fact.id}）；新值为{newer.figure.raw}"
                                     f"（{when}见事实 {newer.fact.id}），请改用新值")

    def not_current(self, key, cited: frozenset, year: int, said: frozenset = frozenset()):
        """The fact a sound figure comes from when that figure is not current in a reply of
        ``year`` — by drafting's own test (:func:`drafter.compose.reply.not_current`: older than
        the full year before, or of that year only as of a date inside it) — as (trace, the year
        it holds for, the source that dates it), the newest such; None when a fact states it as a
        current value. Besides the facts the paragraph cites, any fact stating the figure for a year
        its sentence says (``said``: 截至2024年底…16个区, a harvested reply's 2024 fact) dates it.
        A plan's figure is a target, never a value as of a date, and a number only in
        a fact's text (not among its figures) is none drafting dates: neither is this."""
        from .compose.reply import not_current as stale_in_reply

        _, current, _ = self.traces_of(key, cited)
        if said:
            current = current + [c for c in self.traces_of(key, frozenset())[1]
                                 if c[1] in said and all(c[0] is not d[0] for d in current)]
        today = dt.date(year, 12, 31)
        if not current or any(t.figure is None or t.fact.kind == PLAN or not stale_in_reply(when, source, today)
                              for t, when, source in current):
            return None
        return max(current, key=lambda c: (c[1] or 0, (c[2].date if c[2] else None) or ""))


def traced_paragraphs(paras: list[Para], kinds: dict[int, str]) -> list[Para]:
    """The paragraphs whose figures are traced: not the document number, date, contact,
    signature, 抄送 or 附注, nor the addressee (杨文强等3名代表：, the proposers as the list names them)."""
    skip = (R.DOC_NUMBER, R.DATE, R.CONTACT, R.SIGNATURE, R.CC, R.NOTE, R.ADDRESSEE)
    return [p for p in paras if kinds[p.number] not in skip]


# A clerk's comment naming where a figure comes from (据市统计局…提供, 来源：…, 〔2026〕号文件).
_NAMES_SOURCE = lazy(r"来源|出处|提供|统计|报送|公布|发布|印发|文件|报告|〔\d{4}〕")


def sourced_by_clerk(p: Para, tok: FigureToken) -> bool:
    """True when a comment not of drafter's names the source of the figure ``tok``: anchored on
    it (its range takes in the figure) or quoting it, in words that name a source."""
    from .docx.review import AUTHOR

    return any(note.author != AUTHOR and _NAMES_SOURCE.search(note.text)
               and ((note.end is not None and overlaps(note.start, note.end, [(tok.start, tok.end)]))
                    or tok.text.strip() in note.text)
               for note in p.notes)


def trace_numbers(paras: list[Para], kinds: dict[int, str], tracer: FigureTracer, year: int,
                  sentences: dict[int, list[re.Match]]) -> list[tuple[Finding, tuple[int, int]]]:
    """Every figure outside the document number, dates, phones, ordinals and years must trace to
    a current, fresh fact (preferring the facts the paragraph cites): (finding, where the figure
    stands) for each that does not. A figure in no fact whose source the clerk named in a Word
    comment (:func:`sourced_by_clerk`) is the clerk's to vouch for: no finding; nor is an old one that a
    sentence's 【待更新：…】 flag still names (its highlighted figures, :func:`_flagged_figures`; ``sentences``:
    paragraph → its sentences' matches), whose finding names them (hd16: one paragraph reported 8 times); nor is a count its
    fact tells as history no newer value replaces, a policy's measures or a notice's decided batch (:meth:`FigureTracer.history`:
    2021年，…授予信都区滨江社区等50个社区…称号, hd45b)."""
    out = []
    for p in traced_paragraphs(paras, kinds):
        cited = frozenset(p.fact_ids)
        holes = [(m.start(), m.end()) for m in R.PLACEHOLDER_RE.finditer(p.text)]
        named = [span for spans in _flagged_figures(p.text, holes, highlight_spans(p), sentences[p.number]).values()
                 for span in spans]  # what each flag's finding names to update (check_placeholders)
        for tok in figure_tokens(p.text):
            code, why = tracer.judge(tok.key, cited, year)
            if code == "number-untraced" and sourced_by_clerk(p, tok):
                continue
            if code == "number-stale" and (overlaps(tok.start, tok.end, named) or tracer.history(tok, cited)):
                continue
            if code:
                found = Finding(code, p.number, snippet(p.text, tok.start, tok.end),
                                f"数字“{tok.text.strip()}”{why}")
                out.append((found, (tok.start, tok.end)))
    return out


def check_current(paras: list[Para], kinds: dict[int, str], tracer: FigureTracer, year: int,
                  reported: dict[int, list[tuple[int, int]]],
                  sentences: dict[int, list[re.Match]]) -> list[tuple[Finding, list[tuple[int, int]]]]:
    """Figures that are not current in a reply of ``year`` in a sentence that carries no
    【待更新：…】 (the flag drafting puts on such a sentence, which a clerk removed, or never had):
    one finding per sentence and fact, naming its figures, with where they stand.

    A figure is not current when the fact it traces to fails drafting's own test
    (:meth:`FigureTracer.not_current`); the figures drafting never dates are left alone as it
    leaves them: a number inside a name (“12条措施”, :data:`~drafter.compose.sentences.NAME`) and
    a measure's term (设立规模超1亿元…资金, :func:`~drafter.compose.sentences.is_term`) and a policy's
    count of measures (新出台…3条措施, :func:`~drafter.compose.sentences.is_policy_count`), its fact's too (a notice's decided
    batch, :meth:`FigureTracer.history`). Figures
    already reported (``reported``: untraced, superseded or stale) are left to those findings.
    ``sentences``: paragraph → its sentences' matches (:meth:`Draft.sentences`)."""
    from .compose.reply import in_year_only
    from .compose.sentences import NAME, is_policy_count, is_term, source_month

    today = dt.date(year, 12, 31)
    out = []
    for p in traced_paragraphs(paras, kinds):
        cited = frozenset(p.fact_ids)
        done = reported.get(p.number, [])
        for m in sentences[p.number]:
            sentence = m.group()
            if R.UPDATE_OPEN in sentence:
                continue  # still flagged: the clerk has been told
            names = [(n.start(), n.end()) for n in NAME.finditer(sentence)]
            said = frozenset(G.said_years(NAME.sub("", sentence)))
            groups: dict[tuple[str, str], list[FigureToken]] = {}
            for tok in figure_tokens(sentence):
                start, end = m.start() + tok.start, m.start() + tok.end
                if (overlaps(start, end, done) or any(a <= tok.start < b for a, b in names)
                        or is_term(sentence, tok.text) or is_policy_count(sentence, tok.text) or tracer.history(tok, cited)):
                    continue
                found = tracer.not_current(tok.key, cited, year, said)
                if found is None:
                    continue
                t, when, source = found
                period = (f"来源日期{when}年{source_month(source)[1]}月" if in_year_only(when, source, today)
                          else f"{when}年")  # (no as-of date guessed from the source's)
                groups.setdefault((period, t.fact.id), []).append(FigureToken(tok.key, start, end, tok.text))
            for (period, fact_id), toks in groups.items():
                shown = "".join(f"“{tok.text.strip()}”" for tok in toks)
                message = (f"数字{shown}为{period}的数据（事实 {fact_id}），不是{year - 1}年全年或{year}年的数值，"
                           f"句中却无【待更新】标记：请改为最新数值并注明时间，尚无新值的加回【待更新：…】标记")
                finding = Finding("number-not-current", p.number, snippet(p.text, toks[0].start, toks[0].end),
                                  message)
                out.append((finding, [(tok.start, tok.end) for tok in toks]))
    return out




# The relative time words a draft makes absolute (:data:`drafter.grammar.RELATIVE_TIME`), one pattern.
_RELATIVE = lazy("|".join(f"(?:{pattern})" for pattern, _ in G.RELATIVE_TIME))
# 全年 of a year the sentence says before it (2025年，…全年接待观众150万人次: of 2025, absolute).
_OF_A_YEAR = lazy("|".join(f"(?:{pattern})" for pattern, meaning in G.RELATIVE_TIME if meaning == G.FULL_YEAR))


def check_relative_time(paras: list[Para], kinds: dict[int, str], facts: dict, year: int) -> list[Finding]:
    """Relative time words (目前, 今年, 近日, 现在…) a body paragraph took from a fact it cites,
    the same word in the fact's text: said of the source's date, they read as the reply's in a
    reply of ``year``. Drafting makes them absolute when the source is dated; one left (an
    undated source) or pasted back by a clerk is reported. A clerk's own 今年以来 is left alone,
    and so is a 全年 after a year its sentence states (2025年，…全年…), as drafting leaves it.
    ``facts``: fact id → Fact."""
    from .compose.sentences import has_year

    out = []
    for p in paras:
        if kinds[p.number] not in BODY_KINDS:
            continue
        cited = [facts[i] for i in p.fact_ids if i in facts]
        for m in _RELATIVE.finditer(p.text):
            if _OF_A_YEAR.fullmatch(m.group()) and has_year(re.split(r"[。；！？]", p.text[:m.start()])[-1]):
                continue
            fact = next((f for f in cited if m.group() in f.text), None)
            if fact is not None:
                out.append(Finding("time-relative", p.number, snippet(p.text, m.start(), m.end()),
                                   f"“{m.group()}”是来源原文按其发布时间说的（事实 {fact.id}），"
                                   f"在{year}年的答复中读来像是现在"))
    return out


# What a class promises (:func:`drafter.grammar.class_statuses`, read from its meaning in the
# workspace's class scheme, so A/B/C, A/B/C/D and 甲/乙/丙 schemes work alike) → what the reply
# must contain: solved → results, planned → a plan, reference → a reason.
_DONE_WORDS = lazy(r"已|累计|完成|建成|出台|新增|获批|认定|实现|共计|截至|先后|取得|立项|引进|举办")
_FUTURE_WORDS = lazy(rf"将|拟|计划|力争|争取|{G.NEXT_OR_LATER}")
_PLAN_WORDS = lazy(rf"{G.NEXT_OR_LATER}|将|计划|拟|逐步|列入|力争|争取")
_SCHEDULED = lazy(r"列入.{0,8}(?:计划|规划)|正在|将逐步|逐步解决|分步")
_REASON_WORDS = lazy(r"因|由于|受.{0,15}(?:限制|影响|制约)|条件|暂不|暂无|尚不|尚未|难以|留作参考|以后|逐步")


def check_class(paras: list[Para], kinds: dict[int, str], reply_class: str | None,
                classes: dict[str, str], at: Para | None, facts: dict | None = None) -> list[Finding]:
    """The body fits the class: done part with figures or achievements for a "done" class,
    a plan part for a "plan" class, an explanation for a "reason" class. A sentence of part one
    saying a future word is no result, unless its paragraph cites a fact of work done (``facts``:
    id → Fact): 合作计划项目190个 and 成功争取3个…设施落地 are results."""
    if reply_class is None:
        return []
    where = at.number if at else None
    shown = snippet(at.text) if at else f"答复类型：{reply_class}类"
    if reply_class not in classes:
        known = "、".join(classes)
        return [Finding("class-unknown", where, shown, f"答复类型“{reply_class}”不在工作区分类（{known}）中")]
    body = [p for p in paras if kinds[p.number] in (R.BODY, R.HEADING1, R.HEADING2)]
    planned = _in_plan(body, kinds)
    plans = [p for p, plan in zip(body, planned) if plan]
    facts = facts or {}
    done_sentences = [(s, any(getattr(facts.get(f), "kind", None) == DONE for f in p.fact_ids))
                      for p, plan in zip(body, planned) if not plan and kinds[p.number] == R.BODY
                      for s in re.split(r"[。；;！!？?]", p.text)]
    has = {
        G.SOLVED: any((figure_tokens(s) or _DONE_WORDS.search(s)) and (done or not _FUTURE_WORDS.search(s))
                    for s, done in done_sentences),
        G.PLANNED: any(_PLAN_WORDS.search(p.text) for p in plans)
                or any(_SCHEDULED.search(p.text) for p in body),
        G.REFERENCE: any(_REASON_WORDS.search(p.text) for p in body),
    }
    missing = {
        G.SOLVED: "只有计划，没有已办成效（做法、数据）",
        G.PLANNED: "没有下一步工作计划",
        G.REFERENCE: "没有说明原因（如“因…条件限制”“暂不具备”“留作参考”）",
    }
    meaning = classes[reply_class]
    return [Finding("class-content", where, shown, f"{reply_class}类（{meaning}）答复{missing[need]}")
            for need in G.class_statuses(meaning) if not has[need]]


# Two marks of a clause's end in a row (，，  ，。  。。): what deleting a flag or words between two
# punctuation marks leaves; an ellipsis (……) and a dash (——) are no such marks.
DOUBLED = lazy(r"[，、；：。]{2,}")


def check_punctuation(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """Punctuation left doubled in the body (…平台建设专项行动，，推动41个…): one finding per place."""
    return [Finding("punctuation-doubled", p.number, snippet(p.text, m.start(), m.end()),
                    f"标点重复：“{m.group()}”")
            for p in paras if kinds[p.number] in BODY_KINDS for m in DOUBLED.finditer(p.text)]


# An addressee's end (…代表：, …等8位委员：) and its names' list.
_ADDRESSEE_END = lazy(rf"(?:{G.MEMBERS_COUNTED})?(?:代表|委员)们?\s*[:：]$")
_NAME_ITEM = lazy(r"[^、，,（()）\s]+")


def check_addressee(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """An addressee (the 主送 line, or a line before the opening ending in 代表：/委员：) whose names are cut: a bracket left open,
    or a name of one character in its list (廖俊（廖俊、…梁芳、王代表：, its field cut mid-name: hd34c)."""
    opening = next((p.number for p in paras if kinds[p.number] == R.OPENING), None)
    out = []
    for p in paras:
        text = _squash(p.text)
        end = _ADDRESSEE_END.search(text)
        if not end or not (kinds[p.number] == R.ADDRESSEE or (opening is not None and p.number < opening)):
            continue
        names = text[:end.start()]
        unclosed = names.count("（") + names.count("(") > names.count("）") + names.count(")")
        cut = [m.group() for m in _NAME_ITEM.finditer(names) if len(m.group()) == 1]
        if unclosed or cut:
            out.append(Finding("addressee-cut", p.number, snippet(p.text, max(len(p.text) - 12, 0)),
                               f"称呼中的姓名不完整：“{cut[-1] if cut else names[-8:]}”" + ("，括号未闭合" if unclosed else "")))
    return out


# What a mirror's lost characters leave in a draft (:data:`~drafter.grammar.GARBLED`), or a ? right after a Chinese
# character that ends the paragraph or runs into letters (…综合实力百？): a reply states, it does not ask; or what a source's
# fact kept of them (:data:`~drafter.reply.GARBLED_RUN`: 实施方案□月初, 笆濉逼陂g年均…), its highlight cleared.
_GARBLED = lazy(rf"{G.GARBLED.pattern}|(?<=[\u4e00-\u9fff])[?？](?=\s*$|[A-Za-z])|{R.GARBLED_RUN.pattern}")


def check_garbled(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """Garbled text in the body (…连续7年蝉联全国县域旅游综合实力百？): one finding per paragraph, at its first garble."""
    return [Finding("garbled", p.number, snippet(p.text, m.start(), m.end()), f"疑似乱码：“{m.group()}”")
            for p in paras if kinds[p.number] in BODY_KINDS for m in [_GARBLED.search(p.text)] if m]


def check_place_word(paras: list[Para], kinds: dict[int, str], ws) -> list[Finding]:
    """A body paragraph naming as its own a jurisdiction of another level than the bureau's (``ws.own_place_word``):
    one finding per paragraph, at its first such word."""
    own = ws.own_place_word()
    other = others_place_words(own)
    if not other:
        return []
    pattern = re.compile("|".join(other))
    return [Finding("place-word", p.number, snippet(p.text, m.start(), m.end()),
                    f"“{m.group()}”与本单位所在的{ws.jurisdiction}（{own}）不符")
            for p in paras if kinds[p.number] in BODY_KINDS for m in [pattern.search(p.text)] if m]


_TITLE_SESSION = lazy(r"关于(.+?会议)")


def check_session_year(paras: list[Para], kinds: dict[int, str], sources: dict, ws) -> list[Finding]:
    """A date line of a year the session the title names cannot sit in or be answered in, as the base's replies to
    another sitting of its term tell it (:meth:`drafter.sessions.Sitting.misdated`; only unlikely at one sitting a year
    is no finding: the clerk could not resolve it): one finding, on the date line."""
    from .sessions import session_year

    title = next((p for p in paras if kinds[p.number] == R.TITLE), None)
    dated = date_line(paras, kinds)
    named = _TITLE_SESSION.search(_squash(title.text)) if title and dated else None
    sits = session_year(sources.values(), named.group(1), ws) if named else None
    date, year = (dated[0], dated[1].year) if sits else (None, None)
    if not sits or not sits.misdated(year):
        return []
    return [Finding("session-year", date.number, snippet(date.text), sits.said(year, named.group(1)))]


def check_numbering(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """Heading ordinals (一、 （一） 1. （1）) and 一是…二是 items run 1, 2, 3… without gaps or
    repeats in each scope; a 1 always starts a new run."""
    out: list[Finding] = []
    last: dict[str, int] = {}

    def step(label: str, n: int, p: Para, start: int, end: int, shown: str) -> None:
        prev = last.get(label, 0)
        if n != 1 and n != prev + 1:
            code = "numbering-skip" if n > prev + 1 else "numbering-repeat"
            what = "跳号" if code == "numbering-skip" else "重复或倒序"
            after = f"上一个是第{prev}个" if prev else "前面没有第一个"
            out.append(Finding(code, p.number, snippet(p.text, start, end),
                               f"编号{what}：“{shown}”（{after}）"))
        last[label] = n

    for p in paras:
        if kinds[p.number] not in (R.BODY, R.HEADING1, R.HEADING2):
            continue
        text = p.text.lstrip()
        offset = len(p.text) - len(text)
        rest = 0
        for depth, (label, rx) in enumerate(G.LEVELS):
            m = rx.match(text)
            if not m:
                continue
            n = cn_number(m.group(1)) if depth < 2 else int(m.group(1))
            if n is None:
                break
            for deeper, _ in G.LEVELS[depth + 1:]:
                last.pop(deeper, None)
            last.pop("是", None)
            step(label, n, p, offset, offset + m.end(), m.group().strip())
            rest = m.end()
            break
        for m in G.ITEM.finditer(text, rest):
            n = cn_number(m.group(1))
            if n is not None:
                step("是", n, p, offset + m.start(), offset + m.end(), m.group())
    return out


# A 会办/协办意见's title: a letter to the lead unit alone, with no 附注 nor 抄送 (咸宁市科技局's have none).
_CO_TITLE_END = lazy(rf"(?:{G.words(G.CO_OPINION_ENDS)})$")


def check_parts(paras: list[Para], kinds: dict[int, str], signs=None) -> list[Finding]:
    """Opening, closing, signature, contact (person, by any of :data:`~drafter.grammar.CONTACT_LABELS`, and phone), 附注 and
    抄送 (not of a 会办/协办意见) are all there — but a leader's line or a 抄送 the bureau's replies never have (``signs``:
    :class:`~drafter.compose.form.SignOff`, whose drafts leave them out)."""
    present = set(kinds.values())
    co = any(kinds[p.number] == R.TITLE and _CO_TITLE_END.search(_squash(p.text)) for p in paras)
    unsaid = {kind for kind, said in ((R.SIGNATURE, signs.signed), (R.CC, signs.copied)) if not said} if signs else set()
    out = [Finding(code, None, "", message) for code, kind, message in _REQUIRED_PARTS
           if kind not in present and not (co and kind in (R.NOTE, R.CC)) and kind not in unsaid]
    contact = "".join(_squash(p.text) for p in paras if kinds[p.number] == R.CONTACT)
    lacking = [name for name in ("联系人", "联系电话")
               if not any(w + "：" in contact for w in (G.CONTACT_LABELS if name == "联系人" else (name,)))]
    if lacking:
        out.append(Finding("missing-contact", None, "", f"缺少{'和'.join(lacking)}"))
    return out


def check_layout(layout, reference, paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """Page size and margins (±1 mm), the page's line grid, the fonts and sizes of the styles the
    draft uses, and fonts or sizes set directly on runs of body text, against the reference
    layout — said in a clerk's words (页边距, 字体, 三号), one finding for the margins and one for the
    grid."""
    from .docx.styles import STYLE_BY_KIND

    out = []
    if any(abs(have - want) > MARGIN_TOLERANCE for have, want in
           ((layout.page_width, reference.page_width), (layout.page_height, reference.page_height))):
        out.append(Finding("layout-page", None, "纸张大小",
                           f"纸张大小与公文格式不符：本稿为{_mm(layout.page_width)}×{_mm(layout.page_height)}，"
                           f"应为{_mm(reference.page_width)}×{_mm(reference.page_height)}"))
    sides = {"top": "上", "bottom": "下", "left": "左", "right": "右"}
    margins = [f"{sides[k]}边距{_mm(layout.margins.get(k, 0))}（应为{_mm(v)}）"
               for k, v in reference.margins.items() if abs(layout.margins.get(k, 0) - v) > MARGIN_TOLERANCE]
    if margins:
        out.append(Finding("layout-page", None, "页边距", f"页边距与公文格式不符：{'、'.join(margins)}"))
    if any(layout.grid.get(key) != want for key, want in reference.grid.items()):
        have, want = _grid_lines(layout), _grid_lines(reference)
        shown = f"本稿每页约{have}行" if have else "本稿没有设置行网格"
        out.append(Finding("layout-grid", None, "页面行距网格",
                           f"页面行距网格与公文格式不符：{shown}，公文格式为每页{want or 22}行、每行28字"))
    styles = [("文档默认", layout.default_font, layout.default_size,
               reference.default_font, reference.default_size, None)]
    used = {}
    for p in paras:
        used.setdefault(p.style, p)
    for name, want in reference.styles.items():
        have = layout.styles.get(name)
        if have is not None and name in used:
            styles.append((f"样式“{name}”", have.east_asia, have.half_points,
                             want.east_asia, want.half_points, used[name]))
    for what, font, size, want_font, want_size, p in styles:
        where, shown = (p.number, snippet(p.text)) if p else (None, what)
        if font != want_font:
            out.append(Finding("layout-style", where, shown,
                               f"中文字体不是{want_font}：{what}的中文字体为{_font(font)}"))
        if size != want_size:
            out.append(Finding("layout-style", where, shown,
                               f"字号不是{_pt(want_size)}：{what}的字号为{_pt(size)}"))
    for p in paras:
        if kinds[p.number] != R.BODY:
            continue
        want = reference.styles.get(p.style) or reference.styles.get(STYLE_BY_KIND[R.BODY])
        if want is None:
            continue
        fonts = [f for f in p.fonts if f != want.east_asia]
        sizes = [s for s in p.sizes if s != want.half_points]
        if fonts or sizes:
            changed = "、".join([*fonts, *(_pt(s) for s in sizes)])
            out.append(Finding("layout-run", p.number, snippet(p.text),
                               f"这段有文字单独设置了字体或字号（{changed}），"
                               f"与样式（{want.east_asia} {_pt(want.half_points)}）不一致"))
    return out


def _grid_lines(layout) -> int | None:
    """Lines a page holds by the layout's line grid (its pitch within the type area), None when
    the page has no line grid."""
    pitch = layout.grid.get("linePitch") or ""
    if not layout.grid.get("type") or not pitch.isdigit() or not int(pitch):
        return None
    return round((layout.page_height - layout.margins.get("top", 0) - layout.margins.get("bottom", 0)) / int(pitch))


# Chinese type sizes (号) by half-points, as Word and WPS name them.
_SIZE_NAMES = {84: "初号", 72: "小初", 52: "一号", 48: "小一", 44: "二号", 36: "小二", 32: "三号",
               30: "小三", 28: "四号", 24: "小四", 21: "五号", 18: "小五"}


def _font(name: str | None) -> str:
    """A font as Word shows it: a theme's font (theme:minorEastAsia) is 主题字体."""
    if not name:
        return "未设置"
    return "主题字体（等线或宋体）" if name.startswith("theme:") else name


def _mm(twips: int | None) -> str:
    return f"{(twips or 0) / 56.6929:.1f}毫米"


def _pt(half_points: int | None) -> str:
    if not half_points:
        return "未设置"
    name = _SIZE_NAMES.get(half_points)
    return f"{name}（{half_points / 2:g}磅）" if name else f"{half_points / 2:g}磅"


# ---------------------------------------------------------------------------------------------
# the whole check
# ---------------------------------------------------------------------------------------------

_DAY_RE = lazy(r"(\d{4})年(?:\d{1,2}月\d{1,2}日)?")


def read_paragraphs(path: str | Path) -> list[Para]:
    """The non-empty paragraphs of a .docx draft, numbered from 1 as a person counts them."""
    from .docx.read import read_draft

    return paragraphs_of(read_draft(path))[0]


def paragraphs_of(read: list) -> tuple[list[Para], dict[int, str]]:
    """The non-empty paragraphs of a draft as read (:func:`drafter.docx.read.read_draft`), numbered
    from 1 as a person counts them, and the empty ones in a style of ours: the number of the
    paragraph before each (0 at the top) → its kind (a 发文字号 line left empty)."""
    paras: list[Para] = []
    blank: dict[int, str] = {}
    for p in read:
        if not p.text.strip():
            if p.kind:
                blank.setdefault(len(paras), p.kind)
            continue
        paras.append(Para(len(paras) + 1, p.text, p.kind, p.style,
                          [h.text for h in p.highlights], list(p.comments), list(p.fact_ids),
                          list(p.fonts), list(p.sizes), list(p.notes), list(p.gaps)))
    return paras, blank


def date_line(paras: list[Para], kinds: dict[int, str]) -> tuple[Para, dt.date] | None:
    """The draft's date line (成文日期, in digits or in Chinese numerals, as many letters date themselves) and the
    day it says (of a line giving its year alone, or a day that is none, that year's last day)."""
    for p in paras:
        if kinds[p.number] != R.DATE:
            continue
        m = _DAY_RE.search(p.text)
        if m:
            return p, digit_date(m.group())[0] or dt.date(int(m.group(1)), 12, 31)
        written = G.cn_date(p.text)  # (year, month, day) in Chinese numerals
        if written:
            return p, digit_date("-".join(map(str, written)))[0] or dt.date(written[0], 12, 31)
    return None


def draft_date(paras: list[Para], kinds: dict[int, str], today: Callable[[], dt.date]) -> dt.date:
    """The day the draft speaks from: its date line (:func:`date_line`), else the last day of its document number's
    year, else ``today()`` (the date it was written as of, when stored: a past year's list drafted as of each
    deadline) — called only then, so a dated draft is not opened again."""
    dated = date_line(paras, kinds)
    if dated:
        return dated[1]
    for p in paras:
        year = doc_number_year(p.text) if kinds[p.number] == R.DOC_NUMBER else None
        if year:
            return dt.date(year, 12, 31)
    return today()


def class_of(paras: list[Para], kinds: dict[int, str]) -> str | None:
    """The class code of the draft's ``答复类型：X类`` mark, if it has one."""
    for p in paras:
        m = G.CLASS_MARK.search(_squash(p.text)) if kinds[p.number] == R.CLASS_MARK else None
        if m:
            return m.group(1)
    return None


# The closing a class never contradicts, said with check's advice on one that does (draft.closing: thanks drafts it).
THANKS_ONLY = "结束语也可只致谢、不写办理状态（类型见文首答复类型），各类答复均适用；起草时如此写，可在 drafter.yaml 的 draft 中设 closing: thanks"


def check_closing(paras: list[Para], kinds: dict[int, str], reply_class: str | None,
                  classes: dict[str, str]) -> list[Finding]:
    """The closing's wording fits the class: what it says of the suggestion (已采纳/已基本解决,
    正在解决/已列入计划, 留作参考 — :func:`drafter.grammar.closing_status`) is what the class's
    meaning in the workspace's scheme promises. A closing that only thanks fits every class: the advice says so
    (:data:`THANKS_ONLY`)."""
    if reply_class not in classes:
        return []
    promised = G.class_statuses(classes[reply_class])
    out = []
    for p in paras:
        if kinds[p.number] != R.CLOSING:
            continue
        said = G.closing_status(_squash(p.text))
        if said and promised and said not in promised:
            fits = [code for code, meaning in classes.items() if said in G.class_statuses(meaning)]
            hint = f"，是{'、'.join(fits)}类的说法" if fits else ""
            out.append(Finding("class-closing", p.number, snippet(p.text),
                               f"结束语与{reply_class}类（{classes[reply_class]}）不符{hint}，"
                               f"请改结束语或答复类型；{THANKS_ONLY}"))
    return out


# A closing stating the suggestion's problem solved (not only adopted: 已采纳 fits a reply whose
# parts are still to come).
_SOLVED_CLAIM = lazy(r"(?:已经?|基本|全部)解决|已办结|已经?落实")


def check_closing_gaps(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """A closing that says the problem is (basically) solved while the part on what was done (the
    body between the opening and the plan part) still holds 【待…】 placeholders — the bureau's own
    gaps or a co-handler's part still to come (【待UNIT提供：…】): what is not yet written cannot be
    solved. The plan part's gaps (【待补充：具体举措】) are next steps still to write, not a problem
    left unsolved: the draft says 已基本解决 on the same rule. A figure flagged for a newer value
    (【待更新：…】) or for its year or month (【待核实：年份】, 【待补充：月份】:
    :func:`~drafter.reply.is_figure_flag`) is no gap in what was done."""
    closing = [p for p in paras if kinds[p.number] == R.CLOSING]
    if not closing or not _SOLVED_CLAIM.search(_squash(closing[-1].text)):
        return []
    end = closing[-1]
    opening = next((p.number for p in paras if kinds[p.number] == R.OPENING), 0)
    body = [p for p in paras if opening < p.number < end.number
            and kinds[p.number] in (R.BODY, R.HEADING1, R.HEADING2)]
    holes = [m.group() for p, plan in zip(body, _in_plan(body, kinds)) if not plan
             for m in R.PLACEHOLDER_RE.finditer(p.text) if not R.is_figure_flag(m.group())]
    if not holes:
        return []
    units = sorted({m.group(1) for h in holes for m in [R.PROVIDED.match(h)] if m})
    theirs = f"，其中{'、'.join(units)}承办部分尚待提供" if units else ""
    return [Finding("closing-gaps", end.number, snippet(end.text),
                    f"结束语称所提问题已解决，但正文仍有{len(holes)}处【待…】内容{theirs}")]


# ---------------------------------------------------------------------------------------------
# a reply at all; gaps a clerk left (a line, an item or a marked gap emptied)
# ---------------------------------------------------------------------------------------------

# The parts only a reply has: none of them, and the file is something else (a suggestion's text);
# a title is also known by its last line alone (…建议 / 办理情况的答复函, broken over two paragraphs), by a reply's last
# words (:data:`~drafter.grammar.REPLY_LETTER_ENDS`, :data:`~drafter.grammar.REPLY_OPINION_ENDS`) but …的函: any letter
# ends so (关于商请…的函), not a reply's alone.
_REPLY_PARTS = (R.TITLE, R.ADDRESSEE, R.OPENING, R.CLOSING)
_REPLY_TITLE_END = lazy(rf"(?:{G.words(tuple(w for w in G.REPLY_LETTER_ENDS if w != '的函'), G.REPLY_OPINION_ENDS)})$")
_TITLE_WITHIN = 8  # paragraphs from the top where a title stands


def check_is_reply(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """A document with none of a reply's own parts — a title 关于…的答复 (会办意见, 协办意见), an
    addressee (…代表：), an opening (…收悉…答复如下：) or a closing — is no reply: a suggestion's
    text or another file uploaded by mistake. One finding says so (:data:`CHECKS` runs no other
    rule then: its page setup and missing parts would only be noise). A file drafter wrote (a
    paragraph in one of its styles, or citing facts) is a reply whatever is left of it."""
    if (any(kind in _REPLY_PARTS for kind in kinds.values()) or any(p.kind or p.fact_ids for p in paras)
            or any(_REPLY_TITLE_END.search(_squash(p.text)) for p in paras[:_TITLE_WITHIN])):
        return []
    return [Finding("not-a-reply", None, snippet(paras[0].text),
                    "这不像是一份答复稿：没有“关于…的答复”标题、“××代表：”称呼、“…收悉…现答复如下：”"
                    "开头语，也没有结束语。是不是上传错了文件（如代表建议原文）？")]


def check_doc_number(paras: list[Para], kinds: dict[int, str], blank: dict[int, str]) -> list[Finding]:
    """A reply carries its 发文字号: a line in the 发文字号 style left empty (its placeholder
    deleted, nothing typed: ``blank``, :func:`paragraphs_of`) is reported on the paragraph above
    it, a reply without any such line document-wide."""
    if R.DOC_NUMBER in kinds.values() or any("发文字号" in m.group() for p in paras
                                               for m in R.PLACEHOLDER_RE.finditer(p.text)):
        return []  # there, or still a placeholder (reported as one)
    after = next((n for n, kind in blank.items() if kind == R.DOC_NUMBER), None)
    if after is None:
        return [Finding("doc-number-missing", None, "发文字号",
                        "缺少发文字号（如“×科函〔2026〕×号”，在发文机关标志下一行）")]
    above = next((p for p in paras if p.number == after), None)
    return [Finding("doc-number-missing", above.number if above else None,
                    snippet(above.text) if above else "发文字号",
                    ("此段下面" if above else "开头") + "的发文字号一行是空的：原来的【待补充：发文字号】已删去，没有填写文号")]


# What is left of an item whose words were all deleted: nothing but spaces and punctuation.
_HOLLOW_CHARS = r"[\s。，,；;：:、．.！!？?…—\-]*"
_HOLLOW = lazy(_HOLLOW_CHARS)
BODY_KINDS = (R.BODY, R.HEADING1, R.HEADING2)


def check_empty_items(paras: list[Para], kinds: dict[int, str]) -> list[Finding]:
    """A numbered item left without words: an ordinal alone (（三） with nothing after it, a 三是
    with nothing before the next 四是 or the paragraph's end), and a heading with nothing under it
    (the next paragraph a heading of its level or above, or no body text at all: the closing)."""
    out = []
    section = ""  # the 一、 heading a paragraph stands under
    for i, p in enumerate(paras):
        kind = kinds[p.number]
        if kind not in BODY_KINDS:
            continue
        text = p.text.strip()
        if kind == R.HEADING1:
            section = text
        under = f"（在“{snippet(section, width=16)}”下）" if section and kind != R.HEADING1 else ""
        numeral = next((m for _, rx in G.LEVELS for m in [rx.match(text)] if m), None)
        if numeral and _HOLLOW.fullmatch(text, numeral.end()):
            out.append(Finding("empty-item", p.number, snippet(text),
                               f"编号“{numeral.group().strip()}”后面没有内容{under}：这一项的文字被删空了"))
            continue
        items = list(G.ITEM.finditer(text))
        for k, item in enumerate(items):
            end = items[k + 1].start() if k + 1 < len(items) else len(text)
            if _HOLLOW.fullmatch(text, item.end(), end):
                out.append(Finding("empty-item", p.number, snippet(text, item.start(), item.end()),
                                   f"“{item.group().strip()}”后面没有内容{under}：这一项的文字被删空了"))
        if kind in (R.HEADING1, R.HEADING2):
            after = kinds[paras[i + 1].number] if i + 1 < len(paras) else None
            if after not in BODY_KINDS or after == R.HEADING1 or (after == R.HEADING2 and kind == R.HEADING2):
                out.append(Finding("empty-item", p.number, snippet(text),
                                   f"标题“{snippet(text, width=20)}”下面没有内容{under}：这一项的正文被删空了"))
    return out


# A comment of drafter's asking for words to be written (a gap's, a date's), not one asking to
# check a figure or a plan (deleting such a mark is what its comment asks) or a figure's year.
_ASKS_FOR_TEXT = lazy(r"请(?:补充|补写|写明|提供)(?!年份)")
GAP_SPOT = "▲"  # where a deleted gap stood, in a finding's snippet


# A flag standing where a sentence says when its figures held (【待更新：统计期】; drafts before 2026-12 wrote
# 【待更新：截至2025年5月】 too):
# deleted with nothing typed there, the sentence no longer dates its figures.
_DATE_FLAGS = (R.UPDATE_OPEN + "截至", R.PERIOD_UNSTATED)


def _unmarked(text: str) -> tuple[str, list[int]]:
    """``text`` without its placeholders, and where each of its characters (and its end) stands in
    ``text``."""
    marked = {i for m in R.PLACEHOLDER_RE.finditer(text) for i in range(m.start(), m.end())}
    where = [i for i in range(len(text)) if i not in marked]
    return "".join(text[i] for i in where), [*where, len(text)]


def _deleted_spot(p: Para, before: str, after: str) -> tuple[int, int] | None:
    """Where a placeholder written between ``before`` and ``after`` (:func:`drafter.docx.write.
    placeholder_contexts`: the block's text around it, other placeholders left out, cut at
    ``GAP_CONTEXT`` characters) stood, when the two still meet with nothing but punctuation
    between them: (start, end) in the paragraph's text; None when words were written there or
    the words around it were changed."""
    from .docx.write import GAP_CONTEXT

    if not before and not after:
        return None
    head = "" if len(before) == GAP_CONTEXT else "^"
    tail = r"\s*$" if len(after) < GAP_CONTEXT else ""
    plain, where = _unmarked(p.text)
    m = re.search(f"{head}{re.escape(before)}(?P<gap>{_HOLLOW_CHARS}){re.escape(after)}{tail}", plain)
    return (where[m.start("gap")], where[m.end("gap")]) if m else None


def _said_by_clerk(p: Para, spot: tuple[int, int]) -> bool:
    """True when a comment of the clerk's (not drafter's) stands at ``spot``: why nothing is written there."""
    from .docx.review import AUTHOR

    return any(note.author != AUTHOR and note.end is not None and note.start <= spot[1] and note.end >= spot[0]
               for note in p.notes)


def _in_sentence(sentences: list[re.Match], at: int) -> re.Match | None:
    return next((m for m in sentences if m.start() <= at < m.end()), None)


def undated_figures(p: Para, reported: list[tuple[int, int]], sentences: list[re.Match]
                    ) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The date flags of ``p`` (【待更新：统计期】, 【待更新：截至…】) deleted with no time written and
    no finding on their sentence's figures (``reported``) or comment of the clerk's saying why:
    where each stood → the highlighted figures of its sentence, which its finding names (they
    still want the time the flag asked for): one finding, not one per figure."""
    holes = [(m.start(), m.end()) for m in R.PLACEHOLDER_RE.finditer(p.text)]
    lit = highlight_spans(p)
    out = {}
    for before, gap, after in p.gaps:
        spot = _deleted_spot(p, before, after) if gap.startswith(_DATE_FLAGS) and gap not in p.text else None
        if spot is None or _said_by_clerk(p, spot):
            continue
        sentence = _in_sentence(sentences, spot[0])
        if sentence and overlaps(sentence.start(), sentence.end(), reported):
            continue  # the figures' finding says it
        out[spot] = lit_figures(p.text, holes, lit, sentence.start(), sentence.end()) if sentence else []
    return out


def check_deleted_gaps(paras: list[Para], kinds: dict[int, str],
                       reported: dict[int, list[tuple[int, int]]],
                       sentences: dict[int, list[re.Match]], emptied: set[int]) -> list[Finding]:
    """A gap drafter wrote (【待补充：…】, a unit's 【待…提供：…】) that the clerk deleted with no
    words written in its place: drafter keeps each paragraph's placeholders with the words around
    them in the file (:func:`drafter.docx.write.placeholder_contexts`), so a placeholder gone
    whose neighbours now meet is one finding naming it, and one replaced by words is filled however
    the paragraph's runs were rewritten (a line selected and retyped leaves its comments on no
    words). Paragraphs whose placeholders the file does not record (drafts written before) are read by
    drafter's comments: a comment asking for words (a gap's, a date's to write in) left anchored
    on nothing (an edit that keeps comments; Word drops a comment with all of its text). A clerk
    who finds the point needs no words says why in a comment of their own at that spot (or, for
    a gap found by drafter's comment, deletes that comment). A date flag (【待更新：截至…】, 【待更新：统计期】) deleted
    with no time written is one too (:func:`undated_figures`), naming its sentence's highlighted
    figures: the sentence no longer says when they held.
    Paragraphs reported as emptied items (``emptied``) and a sentence whose figures are reported
    for want of their 【待更新】 flag (``reported``) are left to those findings."""
    from .docx.review import AUTHOR

    def left_to_figures(p: Para, at: int) -> bool:
        sentence = _in_sentence(sentences[p.number], at)
        return bool(sentence) and overlaps(sentence.start(), sentence.end(), reported.get(p.number, []))

    out = []
    for p in paras:
        if kinds[p.number] not in BODY_KINDS or p.number in emptied:
            continue
        undated = undated_figures(p, reported.get(p.number, []), sentences[p.number])
        spots = []
        for before, gap, after in p.gaps:
            dated = gap.startswith(_DATE_FLAGS)
            spot = _deleted_spot(p, before, after) if (R.is_gap(gap) or dated) and gap not in p.text else None
            if spot is None:
                continue
            spots.append(spot)
            if (spot not in undated) if dated else _said_by_clerk(p, spot):
                continue  # the clerk says why in a comment there; the figures' finding says it
            marked = p.text[:spot[0]] + GAP_SPOT + p.text[spot[0]:]
            said = "（数据的统计时间），已删去却没有写明时间" if dated else "，已删去却没有写入内容"
            if undated.get(spot):
                shown = "".join(f"“{p.text[a:b].strip()}”" for a, b in undated[spot])
                said += f"；句中高亮的数字{shown}，写明时间后请清除高亮"
            out.append(Finding("gap-deleted", p.number, snippet(marked, spot[0], spot[0] + 1),
                               f"{GAP_SPOT}处原有{snippet(gap, width=40)}{said}"))
        for note in [] if p.gaps else p.notes:  # its gaps recorded: a comment left on no words is no gap
            if (note.author != AUTHOR or note.end is None or not _ASKS_FOR_TEXT.search(note.text)
                    or not re.fullmatch(_HOLLOW_CHARS, p.text[note.start:note.end])
                    or any(a <= note.start <= b for a, b in spots) or left_to_figures(p, note.start)):
                continue
            ask = _ASKS_FOR_TEXT.search(note.text)
            asked = re.split(r"[；;。\n（]", note.text[ask.start():])[0]
            marked = p.text[:note.start] + GAP_SPOT + p.text[note.start:]
            out.append(Finding("gap-deleted", p.number, snippet(marked, note.start, note.start + 1),
                               f"{GAP_SPOT}处原有待填写的标记，已删去却没有写入文字（批注：“{asked}”）"))
    return out


# ---------------------------------------------------------------------------------------------
# the registry: every rule is one function above and one entry here
# ---------------------------------------------------------------------------------------------


@dataclass
class Draft:
    """What the rules read: the draft's paragraphs and parts, its year and class, the fact base
    (``facts``: list of Fact; ``sources``: source id → SourceMeta) and, when read from a file,
    its ``path`` (for the layout)."""

    ws: Workspace
    paras: list[Para]
    kinds: dict[int, str]
    year: int
    reply_class: str | None
    facts: list
    sources: dict
    path: Path | None = None
    blank: dict[int, str] = field(default_factory=dict)  # empty paragraphs in a style of ours (paragraphs_of)
    date: dt.date | None = None  # the day it speaks from (draft_date): a value published later is no newer value for it
    signs: object = None  # how the bureau's replies sign off (:class:`~drafter.compose.form.SignOff`), None: not known

    @cached_property
    def tracer(self) -> FigureTracer:
        return FigureTracer(self.facts, self.sources, self.ws, self.date)

    @cached_property
    def numbers(self) -> list[tuple[Finding, tuple[int, int]]]:
        """The figure findings with where each figure stands (read by three rules)."""
        return trace_numbers(self.paras, self.kinds, self.tracer, self.year, self.sentences)

    @cached_property
    def outdated(self) -> list[tuple[Finding, list[tuple[int, int]]]]:
        """The figures not current whose 【待更新】 flag was removed, with where each stands."""
        return check_current(self.paras, self.kinds, self.tracer, self.year, _spans(self.numbers), self.sentences)

    @cached_property
    def sentences(self) -> dict[int, list[re.Match]]:
        """Paragraph → its sentences (:func:`~drafter.compose.sentences.sentence_spans`' matches),
        split once for the rules that read sentences."""
        from .compose.sentences import sentence_spans

        return {p.number: sentence_spans(p.text) for p in self.paras}

    @cached_property
    def covered(self) -> dict[int, list[tuple[int, int]]]:
        """Paragraph → spans of the figures already reported."""
        return _spans(self.numbers + [(f, span) for f, spans in self.outdated for span in spans])

    @cached_property
    def emptied(self) -> list[Finding]:
        """The items left without words (:func:`check_empty_items`)."""
        return check_empty_items(self.paras, self.kinds)

    @property
    def mark(self) -> Para | None:
        """The paragraph a class finding points at: the class mark, else the title."""
        return next((p for p in self.paras if self.kinds[p.number] in (R.CLASS_MARK, R.TITLE)), None)


def _spans(found: list[tuple[Finding, tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """Paragraph → the spans of ``found``."""
    out: dict[int, list[tuple[int, int]]] = {}
    for finding, span in found:
        out.setdefault(finding.paragraph, []).append(span)
    return out


def _layout(d: Draft) -> list[Finding]:
    if d.path is None:
        return []
    from .docx.read import read_layout

    return check_layout(read_layout(d.path), read_layout(d.ws.reference_docx), d.paras, d.kinds)


# The kinds of findings a summary counts: (key of ``--json``'s ``summary``, the clerk's word, shown
# even when none was found).
PLACEHOLDERS, HIGHLIGHTS, GAPS, UNTRACED, OUTDATED, STRUCTURE, LAYOUT = (
    "placeholders", "highlights", "gaps", "untraced", "outdated", "structure", "layout")
GROUPS: tuple[tuple[str, str, bool], ...] = (
    (PLACEHOLDERS, "占位符", True), (HIGHLIGHTS, "残留高亮", False), (GAPS, "漏填", False),
    (UNTRACED, "无出处数字", True),
    (OUTDATED, "数字或时间待更新", False), (STRUCTURE, "内容与结构", False), (LAYOUT, "格式", True),
)
REFERENCE_PLACE = "工作区的 templates/reference.docx"  # where a clerk finds the layout to follow


@dataclass(frozen=True)
class Rule:
    """One check: the finding codes it reports with their help lines, what a clerk does about
    each (one line for all its codes, or one per code), the kind a summary counts it as (one
    for all, or one per code) and the function. A rule ``alone`` that finds anything is the only
    one reported (a file that is no reply)."""

    codes: dict[str, str]
    todo: str | dict[str, str]
    run: Callable[[Draft], list[Finding]]
    group: str | dict[str, str] = STRUCTURE
    alone: bool = False

    def advice(self, code: str) -> str:
        return self.todo if isinstance(self.todo, str) else self.todo[code]

    def kind(self, code: str) -> str:
        return self.group if isinstance(self.group, str) else self.group[code]


CHECKS: tuple[Rule, ...] = (
    Rule({"not-a-reply": "不像答复稿（没有标题、称呼、开头语和结束语）：可能上传错了文件"},
         "上传要核的答复稿（.docx）；若这确是答复稿，请按公文格式写上“关于…的答复”标题、称呼、开头语和结束语",
         lambda d: check_is_reply(d.paras, d.kinds), alone=True),
    Rule({"placeholder": "正文仍有【待补充：…】占位符，或空出未填的数字（X家）",
          "highlight": "残留高亮文字（占位符或待核实数据的标记未清除）"},
         {"placeholder": "补全占位符内容，或删去整句", "highlight": "核实后在 Word 中清除高亮"},
         lambda d: check_placeholders(d.paras, d.covered, d.sentences),
         {"placeholder": PLACEHOLDERS, "highlight": HIGHLIGHTS}),
    Rule({"doc-number-missing": "发文字号为空或缺少（占位符删去后没有填写文号）",
          "empty-item": "编号或标题下没有内容（（三）、三是或小标题后的文字被删空）",
          "gap-deleted": "待补充的占位符或标记被删去，却没有写入内容"},
         {"doc-number-missing": "填上本件的发文字号（向办公室或文书取号），写在发文机关标志下一行",
          "empty-item": "写上这一项的内容（该项建议的办理情况或下一步举措）；整项不需要的，连同编号一起删去，并调整后面的编号",
          "gap-deleted": "在▲处按原占位符（或批注）所说补写内容；确实不涉及的，在▲处插入批注写明原因"
                         "（如“此事项不属本局职责”），核稿即不再提示"},
         lambda d: [*check_doc_number(d.paras, d.kinds, d.blank), *d.emptied,
                    *check_deleted_gaps(d.paras, d.kinds, d.covered, d.sentences, {f.paragraph for f in d.emptied})],
         GAPS),
    Rule({"number-untraced": "数字（含单位）在事实库中找不到出处",
          "number-superseded": "数字只见于已被新值取代（superseded_by）的事实",
          "number-stale": "数字只见于早于时效（freshness_years）的事实"},
         {"number-untraced": "数字是同事或其他单位提供的：在 Word 中选中这个数字，插入批注写明出处"
                             "（如“据市统计局2026年3月提供”），核稿即视为有出处；出自新的工作总结或报告的："
                             "在“年度更新”页上传该报告，数字便进入事实库；无从核实的，改回【待补充：…】或删去",
          "number-superseded": "改用事实库中的最新数值",
          "number-stale": "改用近年的数值，或注明年份"},
         lambda d: [finding for finding, _ in d.numbers],
         {"number-untraced": UNTRACED, "number-superseded": OUTDATED, "number-stale": OUTDATED}),
    Rule({"number-not-current": "数字不是上年全年或今年的数值，所在句却无【待更新】标记"},
         "改为上年全年或今年的最新数值并注明年份；尚无新值的，恢复【待更新：…】标记",
         lambda d: [finding for finding, _ in d.outdated], OUTDATED),
    Rule({"time-relative": "照抄了来源的相对时间（目前、今年、近日…），读来像答复当时"},
         "改为来源所指的具体时间（如“截至2025年5月”“2024年”），来源日期见批注；已是最新情况的，删去这个词",
         lambda d: check_relative_time(d.paras, d.kinds, d.tracer.facts, d.year), OUTDATED),
    Rule({"class-unknown": "答复类型不在工作区的分类（classes）中",
          "class-content": "内容与答复类型不符（A类缺成效、B类缺计划、C类缺原因）"},
         "改正答复类型，或按类型补足内容",
         lambda d: check_class(d.paras, d.kinds, d.reply_class, d.ws.classes, d.mark, d.tracer.facts)),
    Rule({"class-closing": "结束语与答复类型不符（A类已解决、B类已列入计划、C类留作参考）"},
         "按答复类型改写结束语，或改正答复类型",
         lambda d: check_closing(d.paras, d.kinds, d.reply_class, d.ws.classes)),
    Rule({"closing-gaps": "结束语称已基本解决，正文却仍有【待…】占位符（含会办单位部分）"},
         "补全正文的占位符（会办单位的部分到位）后再称已基本解决，否则结束语只说“已采纳”",
         lambda d: check_closing_gaps(d.paras, d.kinds)),
    Rule({"punctuation-doubled": "标点重复（删去标记或文字后留下两个标点）"},
         "删去多余的标点，只留一个",
         lambda d: check_punctuation(d.paras, d.kinds)),
    Rule({"addressee-cut": "称呼中的姓名被截断（括号未闭合，或名单中有单字的名字）"},
         "按建议原件写全代表（委员）姓名，或写作“领衔人等N位代表：”",
         lambda d: check_addressee(d.paras, d.kinds)),
    Rule({"garbled": "正文有乱码（汉字后的问号、夹入的拼音字母：来源网页转码时丢了字）"},
         "对照来源原文（出处见该段批注）改正这几个字，或删去这一小句",
         lambda d: check_garbled(d.paras, d.kinds)),
    Rule({"place-word": "正文所称“我市”“我县”与本单位的级别不符：可能是外地的材料"},
         "核对该段出处：是其他地方的情况的，删去或写明地名作为例子；是本地的，改为本单位的称呼",
         lambda d: check_place_word(d.paras, d.kinds, d.ws)),
    Rule({"session-year": "成文日期不可能是标题所称会议的答复年份（据同届会议的答复）"},
         "核对成文日期和标题中的会议届次，改正写错的一处；各处“今年”“上年全年”的数据按成文日期核实",
         lambda d: check_session_year(d.paras, d.kinds, d.sources, d.ws)),
    Rule({"numbering-skip": "编号跳号（一、二、四、；一是…三是）",
          "numbering-repeat": "编号重复或倒序"},
         "调整编号，使其连续不重复",
         lambda d: check_numbering(d.paras, d.kinds)),
    Rule({"missing-opening": "缺少开头语（…收悉…现答复如下）",
          "missing-closing": "缺少结束语（感谢…；会办意见为“以上意见…”）",
          "missing-signature": "缺少领导署名",
          "missing-contact": "缺少联系人或联系电话",
          "missing-note": "缺少附注（（此件…公开））",
          "missing-cc": "缺少抄送（抄送：…。）"},
         "按公文格式补上这一部分",
         lambda d: check_parts(d.paras, d.kinds, d.signs)),
    Rule({"layout-page": "纸张大小或页边距与公文格式不符（容差±1毫米）",
          "layout-grid": "页面行距网格（每页行数、每行字数）与公文格式不符",
          "layout-style": "样式的中文字体或字号与公文格式不符",
          "layout-run": "正文中有文字单独设置了字体或字号，与样式不一致"},
         {"layout-page": "在 Word“布局→页边距→自定义页边距”（WPS：页面布局→页边距）中按上面的数值改；"
                         f"公文格式以{REFERENCE_PLACE}为准",
          "layout-grid": "在 Word“布局→页面设置→文档网格”中选“指定行和字符网格”，按上面的行数、字数设置；"
                         f"公文格式以{REFERENCE_PLACE}为准",
          "layout-style": "在 Word“开始→样式”中右击该样式→修改，改成上面的字体、字号；"
                          f"公文格式以{REFERENCE_PLACE}为准（用 drafter 重新起草的稿子自带这些样式）",
          "layout-run": "选中这段，按 Ctrl+空格（WPS：开始→清除格式）清除单独设置的字体字号，让它按样式显示"},
         _layout, LAYOUT),
)
# Every finding code (the ``code`` of ``--json``) and the rule it stands for, from CHECKS; what
# to do about it (the 核稿 page shows it under each finding); and the kind a summary counts it as.
RULES: dict[str, str] = {code: text for rule in CHECKS for code, text in rule.codes.items()}
ADVICE: dict[str, str] = {code: rule.advice(code) for rule in CHECKS for code in rule.codes}
GROUP: dict[str, str] = {code: rule.kind(code) for rule in CHECKS for code in rule.codes}


def rules_help() -> str:
    """One line per finding code, for ``drafter check --help``."""
    return "\n".join(f"{code}：{text}" for code, text in RULES.items())


def run_checks(draft: Draft) -> list[Finding]:
    """Every rule of :data:`CHECKS` on ``draft``, in paragraph order (document-wide ones last); a
    rule ``alone`` that finds anything is the only one reported."""
    findings = []
    for rule in CHECKS:
        found = rule.run(draft)
        assert all(f.code in rule.codes for f in found), "a rule reports only the codes it registers"
        if rule.alone and found:
            return found
        findings += found
    findings.sort(key=lambda f: (f.paragraph is None, f.paragraph or 0))
    return findings


def check_draft(ws: Workspace, path: str | Path, index=None, today: dt.date | None = None,
                reply_class: str | None = None) -> CheckReport:
    """Check a draft .docx against the fact base, the class scheme and the reference layout.

    ``index`` is the workspace's FactIndex (loaded when not given); ``today`` stands in for the
    draft's year when the draft has no date or document number (default: the date the draft was
    written as of, stored in it, else today); ``reply_class`` overrides the
    draft's ``答复类型`` mark. Unreadable files raise :class:`DrafterError`.
    """
    from .docx.read import read_as_of, read_draft

    path = Path(path)
    paras, blank = paragraphs_of(read_draft(path))
    if not paras:
        raise DrafterError("答复稿没有正文", path)
    if index is None:
        from .facts.index import FactIndex

        index = FactIndex.load(ws)
    kinds = recognise_parts(paras)
    day = draft_date(paras, kinds, lambda: today or read_as_of(path) or dt.date.today())
    if reply_class:  # --type b, B类: the class as drafter draft and a list take it
        from .compose.suggestion import class_code

        reply_class = class_code(reply_class, ws.classes) or reply_class
    reply_class = reply_class or class_of(paras, kinds)
    from .compose.form import own_replies, sign_off

    proposal = any(kinds[p.number] == R.TITLE and "提案" in p.text for p in paras)
    draft = Draft(ws, paras, kinds, day.year, reply_class, list(index.facts.values()), index.sources, path, blank,
                  day, sign_off(ws, own_replies(ws, index), proposal))
    return CheckReport(str(path), reply_class, day.year, run_checks(draft))
