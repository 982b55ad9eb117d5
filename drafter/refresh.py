"""Refresh the fact base from a new report: match its figures to the base, supersede, list what aged.

``refresh(ws, paths)`` reads and distills the new document(s) in memory, matches every new figure
to the fact that holds the same measure, marks the old facts ``superseded_by`` the new ones (they
stay in the base: a refresh never deletes a fact), saves the new fact file, and lists the facts
that got no update and are now past the freshness window.

Match rule
----------
A figure's *measure* is (thing counted, unit, jurisdiction, plan or not):

- **thing counted**: ``Figure.counts`` normalised — full/half-width folded (NFKC), quotes,
  punctuation and spaces removed, and leading/trailing words that do not change what is counted
  stripped (``全市``/``我市``/``共``/``累计``/``现有``/``截至目前``…, the fact's own place name;
  a trailing ``累计达``/``总数``/``总量``). ``新增``/``新认定`` are kept: a year's additions are not the total.
  A figure without ``counts`` is never matched (reported as ``unnamed``).
- **unit**: the unit with its scale folded into the value (``8485.55万元`` = 84855500 元, ``1.17亿元``
  = 117000000 元), so ``万元`` and ``亿元`` figures are compared in 元; ``家`` never matches ``个``,
  ``%`` never matches ``个百分点``.
- **jurisdiction**: equal places only (a fact with none is the workspace's): a 厦门市 or 鲤城区
  figure is never matched to a 泉州市 one.
- **plan or not**: a target (``力争…达22亿元``) only matches a target; a result only a result.

Candidates are the base's figures of the same unit, jurisdiction and plan-ness that are *older*
(an earlier figure year — ``Figure.year`` else the fact's period — or, in the same year, an
earlier source date), not from the same source, and not superseded already (unless by this very
document: refreshing twice gives the same result). Among them:

1. **exact**: the normalised names are equal. Only when there is no exact candidate:
2. **fuzzy**: character-bigram Jaccard similarity of the names >= ``FUZZY_THRESHOLD`` (0.75),
   keeping only the best-scoring ones (``国家级高新技术企`` ~ ``国家级高新技术企业``: 0.875).

If the best candidates name two or more different measures, or the newest of them (by year, then
source date) are two or more facts that disagree on the value, the figure is **ambiguous**: it is
reported (请人工确认) and nothing is touched. Otherwise the newest candidate is the predecessor:
the outcome is **updated** when the value changed, **unchanged** when it did not (a newer
statement of the same value still supersedes: its period is newer), and every candidate of that
measure gets ``superseded_by`` = the new fact's id. No candidate: **new** measure.

Superseding acts on whole facts. When an old fact is superseded through one of its figures, its
other figures that the new document does not restate are listed as ``orphaned`` for review.

Writing all or nothing
----------------------
Every file's new text (the new fact file through the store's curated-edit merge; ``superseded_by``
set in the old files with comments and key order kept) is prepared and validated in memory, then
written in one step by :func:`drafter.facts.store.write_updates` (the new fact file first, so no
``superseded_by`` ever names a fact that is not there). That step goes through the fact base's
journal (:mod:`drafter.facts.journal`): an error puts the base back at once, and a refresh killed
at any point is undone by the next command that reads the base (``draft``, ``facts``, ``check``,
``refresh``…), so nothing ever reads half of it. Nothing is deleted: old facts only get
``superseded_by``, and a refresh that would drop facts from a fact file it rewrites (the same
source refreshed again after the distiller changed) is refused before anything is written.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DrafterError
from .facts import journal
from .model import PLAN, Fact, FactFile, Figure, SourceMeta
from .workspace import Workspace

UPDATED, UNCHANGED, NEW, AMBIGUOUS, UNNAMED = "updated", "unchanged", "new", "ambiguous", "unnamed"
FUZZY_THRESHOLD = 0.75

SCALES = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
# Words around the thing counted that do not change what is counted (longest first).
_LEADING = sorted(
    ("全市", "全区", "全县", "全省", "全国", "我市", "本市", "我区", "本区", "我县", "本县", "我省",
     "截至目前", "截至", "目前", "现有", "共计", "总计", "合计", "累计", "共", "已", "全年", "培育", "拥有"),
    key=len, reverse=True,
)
_TRAILING = ("达到", "总数", "总量", "数量", "达", "累计", "共计", "合计", "总计", "共")
_NOT_WORD = re.compile(r"[\W_]+")


# ---------------------------------------------------------------- the measure of a figure


def normalise_counts(counts: str | None, places: tuple[str, ...] = ()) -> str:
    """The thing counted, reduced to what identifies it (see the module docstring)."""
    text = _NOT_WORD.sub("", unicodedata.normalize("NFKC", counts or ""))
    stems = {p for place in places if place for p in (place, place[:-1] if len(place) > 2 else place)}
    prefixes = sorted((*_LEADING, *stems), key=len, reverse=True)
    changed = True
    while changed and text:
        changed = False
        for word in prefixes:
            if text.startswith(word) and len(text) > len(word):
                text, changed = text[len(word):], True
                break
        for word in _TRAILING:
            if text.endswith(word) and len(text) > len(word):
                text, changed = text[: -len(word)], True
                break
    return text


def base_value(figure: Figure) -> tuple[float, str]:
    """The figure's value in base units and its base unit: (1.17, 元, 亿) → (117000000.0, "元")."""
    value = float(figure.value)
    unit = unicodedata.normalize("NFKC", figure.unit or "").strip()
    for char in unicodedata.normalize("NFKC", figure.scale or ""):
        value *= SCALES.get(char, 1.0)
    while len(unit) > 1 and unit[0] in SCALES:  # a scale left in the unit: 万元, 亿元
        value *= SCALES[unit[0]]
        unit = unit[1:]
    return value, unit


def bigram_jaccard(a: str, b: str) -> float:
    """Jaccard similarity of the character bigrams of ``a`` and ``b`` (1.0 for equal strings)."""
    if a == b:
        return 1.0
    grams_a = {a[i : i + 2] for i in range(len(a) - 1)} or {a}
    grams_b = {b[i : i + 2] for i in range(len(b) - 1)} or {b}
    return len(grams_a & grams_b) / len(grams_a | grams_b)


@dataclass
class Held:
    """One figure as it stands in its fact and source, with its measure worked out."""

    fact: Fact
    figure: Figure
    source: SourceMeta
    name: str  # normalised thing counted ("" when the figure names none)
    unit: str  # base unit
    value: float  # value in the base unit
    place: str
    plan: bool

    @classmethod
    def of(cls, fact: Fact, figure: Figure, source: SourceMeta, ws: Workspace) -> Held:
        place = fact.jurisdiction or ws.jurisdiction
        value, unit = base_value(figure)
        name = normalise_counts(figure.counts, (place, *ws.own_places()))
        return cls(fact, figure, source, name, unit, value, place, fact.kind == PLAN)

    @property
    def year(self) -> int | None:
        return self.figure.year or self.fact.period.year

    def recency(self) -> tuple[int, str]:
        return (self.year or 0, self.source.date or "")

    def is_older_than(self, other: Held) -> bool:
        """An earlier year, or in the same (or an unknown) year an earlier source date."""
        if self.year is not None and other.year is not None and self.year != other.year:
            return self.year < other.year
        return bool(self.source.date and other.source.date and self.source.date < other.source.date)

    def same_value(self, other: Held) -> bool:
        return math.isclose(self.value, other.value, rel_tol=1e-9, abs_tol=1e-9)

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
            "source": self.source.label(),
            "source_id": self.source.id,
        }


def held_figures(files: list[FactFile], ws: Workspace) -> list[Held]:
    """Every figure of every fact in ``files``, in order."""
    return [Held.of(fact, fig, ff.source, ws) for ff in files for fact in ff.facts for fig in fact.figures]


@dataclass
class Match:
    """What became of one new figure: its outcome, predecessor and the old figures it supersedes."""

    outcome: str  # UPDATED, UNCHANGED, NEW, AMBIGUOUS or UNNAMED
    new: Held
    old: Held | None = None  # the predecessor shown in the table
    superseded: list[Held] = field(default_factory=list)  # old figures whose facts it supersedes
    candidates: list[Held] = field(default_factory=list)  # the equally good ones, when ambiguous
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


def match_figure(new: Held, base: list[Held], refreshing: set[str] = frozenset()) -> Match:
    """Match one new figure against the base's figures by the rule in the module docstring.

    ``refreshing`` holds the ids of the new document's facts: an old fact already superseded by
    one of them is still a candidate, so that refreshing the same document twice is idempotent.
    """
    if not new.name:
        return Match(UNNAMED, new)
    scored: list[tuple[float, Held]] = []
    for old in base:
        if (
            not old.name
            or old.source.id == new.source.id
            or (old.fact.superseded_by and old.fact.superseded_by not in refreshing)
            or (old.unit, old.place, old.plan) != (new.unit, new.place, new.plan)
            or not old.is_older_than(new)
        ):
            continue
        score = bigram_jaccard(old.name, new.name)
        if score == 1.0 or score >= FUZZY_THRESHOLD:
            scored.append((score, old))
    if not scored:
        return Match(NEW, new)
    best = max(score for score, _ in scored)
    top = [old for score, old in scored if math.isclose(score, best)]
    if len({old.name for old in top}) > 1:
        return Match(AMBIGUOUS, new, candidates=top, score=best)
    newest = max(old.recency() for old in top)
    latest = [old for old in top if old.recency() == newest]
    if any(not latest[0].same_value(other) for other in latest[1:]):
        return Match(AMBIGUOUS, new, candidates=latest, score=best)
    old = latest[0]
    outcome = UNCHANGED if old.same_value(new) else UPDATED
    return Match(outcome, new, old=old, superseded=top, score=best)


def match_figures(new: list[Held], base: list[Held]) -> list[Match]:
    """Match every new figure (in document order) against the base."""
    refreshing = {h.fact.id for h in new}
    return [match_figure(h, base, refreshing) for h in new]


def supersessions(matches: list[Match]) -> dict[str, str]:
    """Old fact id → id of the new fact superseding it (the first new figure to claim it wins)."""
    result: dict[str, str] = {}
    for match in matches:
        for old in match.superseded:
            result.setdefault(old.fact.id, match.new.fact.id)
    return result


def orphaned_figures(matches: list[Match], base: list[Held]) -> list[Held]:
    """Figures of superseded facts that no new figure restates (they leave the drafts: review them)."""
    superseded = supersessions(matches)
    covered = {(id(old.fact), id(old.figure)) for m in matches for old in m.superseded}
    covered |= {(id(m.old.fact), id(m.old.figure)) for m in matches if m.old}
    return [
        h for h in base
        if h.fact.id in superseded and (id(h.fact), id(h.figure)) not in covered
    ]


def stale_facts(
    files: list[FactFile], ws: Workspace, today: dt.date, superseded: set[str]
) -> list[tuple[Fact, SourceMeta]]:
    """Facts with figures, not superseded, whose period is past the freshness window."""
    cutoff = today.year - ws.freshness_years
    return [
        (fact, ff.source)
        for ff in files
        for fact in ff.facts
        if fact.figures
        and not (fact.superseded_by or fact.id in superseded)
        and fact.period.year is not None
        and fact.period.year < cutoff
    ]


# ---------------------------------------------------------------- the report


@dataclass
class RefreshReport:
    """What a refresh found and (unless a dry run) wrote."""

    sources: list[SourceMeta]
    matches: list[Match]
    orphaned: list[Held]
    stale: list[tuple[Fact, SourceMeta]]
    superseded: dict[str, str]  # old fact id → new fact id
    written: list[Path] = field(default_factory=list)
    dry_run: bool = False
    recovered: list[Path] = field(default_factory=list)  # files restored from an interrupted refresh

    def by_outcome(self, *outcomes: str) -> list[Match]:
        return [m for m in self.matches if m.outcome in outcomes]

    def to_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "sources": [{"id": s.id, "path": s.path, "label": s.label(), "date": s.date} for s in self.sources],
            "changes": [m.to_dict() for m in self.by_outcome(UPDATED, UNCHANGED)],
            "ambiguous": [m.to_dict() for m in self.by_outcome(AMBIGUOUS)],
            "new": [m.to_dict() for m in self.by_outcome(NEW)],
            "unnamed": [m.new.to_dict() for m in self.by_outcome(UNNAMED)],
            "orphaned": [h.to_dict() for h in self.orphaned],
            "superseded": self.superseded,
            "stale": [
                {"id": f.id, "text": f.text, "period": f.period.year, "jurisdiction": f.jurisdiction,
                 "source": s.label()}
                for f, s in self.stale
            ],
            "written": [str(p) for p in self.written],
            "recovered": [str(p) for p in self.recovered],
        }


def _shown(h: Held | None) -> str:
    if h is None:
        return "—"
    return f"{h.figure.raw}（{h.year or '年份不详'}）"


def _brief(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[:width] + "…"


def print_report(report: RefreshReport, console=None) -> None:
    """Print the diff table, then ambiguous items, new measures, orphaned figures and stale facts."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console(width=max(Console().width, 120))

    def say(text: str = "", heading: bool = False) -> None:
        console.print(text, style="bold" if heading else None, markup=False, highlight=False)

    if report.recovered:
        say(f"已恢复上次中断的更新：{len(report.recovered)} 个文件还原为更新前的内容")
    names = "、".join(s.label() for s in report.sources)
    changes = report.by_outcome(UPDATED, UNCHANGED)
    table = Table(title=f"事实更新：{names}" + ("（试运行，未写入）" if report.dry_run else ""))
    for column in ("测量项", "原值（年份） → 新值（年份）", "来源"):
        table.add_column(column)
    for m in changes:
        arrow = "→" if m.outcome == UPDATED else "＝"
        table.add_row(
            escape(m.new.figure.counts or ""),
            escape(f"{_shown(m.old)} {arrow} {_shown(m.new)}"),
            escape(f"{m.old.source.label()} → {m.new.source.label()}"),
        )
    console.print(table)
    updated = len(report.by_outcome(UPDATED))
    say(f"数值更新 {updated} 项，数值未变 {len(changes) - updated} 项，取代旧事实 {len(report.superseded)} 条。")
    sections = [
        ("无法确定对应关系（请人工确认，未改动）：", [
            f"{m.new.figure.counts} {_shown(m.new)} 可能对应："
            + "；".join(f"{h.figure.counts} {_shown(h)}〔{h.source.label()}〕" for h in m.candidates)
            for m in report.by_outcome(AMBIGUOUS)
        ]),
        ("新增测量项：", [f"{m.new.figure.counts} {_shown(m.new)}" for m in report.by_outcome(NEW)]),
        ("随旧事实一并被取代、新文件未再提及的数字（请核对）：", [
            f"{h.figure.counts or '（未识别）'} {_shown(h)}〔{h.source.label()}，{h.fact.id}〕" for h in report.orphaned
        ]),
        ("未获更新且已超出时效的事实：", [
            f"{fact.period.year}年｜{source.label()}｜{fact.id}｜{_brief(fact.text)}" for fact, source in report.stale
        ]),
    ]
    for title, lines in sections:
        if lines:
            say()
            say(title, heading=True)
            for line in lines:
                say(f"  {line}")
    if report.written:
        say(f"\n已写入 {len(report.written)} 个事实文件。")
    elif not report.dry_run:
        say("\n事实库无需改动。")


# ---------------------------------------------------------------- refresh


def refresh(
    ws: Workspace, paths: list[str | Path], dry_run: bool = False, today: dt.date | None = None
) -> RefreshReport:
    """Distill the new document(s), match their figures to the base, supersede, and write.

    Every input is read and distilled before anything is written: an unreadable file raises
    :class:`~drafter.errors.SourceError` naming it and the base is left as it was. With
    ``dry_run`` the same report is computed and nothing is written.
    """
    from .distill import distill_document
    from .facts.index import FactIndex
    from .facts.store import load_fact_files, plan_save, plan_supersede, write_updates
    from .ingest import collect_sources
    from .sources import read_document

    recovered = journal.recover(ws.facts_dir)  # reported: a killed write is undone before reading
    today = today or dt.date.today()
    files, found = collect_sources(ws, paths)
    if found.errors:
        raise DrafterError(found.errors[0].message)
    if not files:
        raise DrafterError(f"没有可读取的来源文件：{'、'.join(map(str, paths))}")
    incoming: dict[str, FactFile] = {}
    for path in files:
        ff = distill_document(read_document(path), ws)
        incoming.setdefault(ff.source.id, ff)  # the same content under two names counts once
    new_files = list(incoming.values())
    base_files = load_fact_files(ws)
    base = held_figures([ff for ff in base_files if ff.source.id not in incoming], ws)
    matches = match_figures(held_figures(new_files, ws), base)
    marks = supersessions(matches)
    after = [ff for ff in base_files if ff.source.id not in incoming] + new_files
    report = RefreshReport(
        sources=[ff.source for ff in new_files],
        matches=matches,
        orphaned=orphaned_figures(matches, base),
        stale=stale_facts(after, ws, today, set(marks)),
        superseded=marks,
        dry_run=dry_run,
        recovered=recovered,
    )
    updates = [plan_save(ff, ws) for ff in new_files] + plan_supersede(ws, marks)
    for update in updates:  # a refresh never deletes a fact
        if update.report.dropped:
            raise DrafterError(
                f"更新会删去此文件中不再提炼出的事实 {'、'.join(update.report.dropped)}，事实库未改动；"
                "如确需删除，请用 drafter distill 重新提炼该来源", update.path,
            )
    if not dry_run:
        write_updates(updates)
        written = [u for u in updates if u.changed]
        report.written = [u.path for u in written]
        if written:
            FactIndex.load(ws, known={u.path: u.fact_file for u in written})
    return report
