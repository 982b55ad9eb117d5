"""Refresh the fact base from a new report: match its figures to the base, supersede, list what aged.

``refresh(ws, paths)`` reads and distills the new document(s) in memory, matches every new figure
to the fact that holds the same measure, marks the old facts ``superseded_by`` the new ones (they
stay in the base: a refresh never deletes a fact), saves the new fact file, and lists the facts
that got no update and are now past the freshness window.

Match rule
----------
A new figure updates the base's figures of the *same measure* that are older, by the one rule
the drafts use too (:mod:`drafter.facts.measure`): the thing counted (normalised ``counts``,
exact, else a close name), the words of its clause besides it, the unit with 万/亿 folded in,
the jurisdiction, and plan or not. Candidates are the other sources' figures that are older
(year, then source date) and not superseded already (unless by this very document: refreshing twice gives the
same result). When the best candidates name different measures or disagree on the value, the
figure is **ambiguous**: it is reported (请人工确认) and nothing is touched. Otherwise the outcome
is **updated** (the value changed) or **unchanged** (a newer statement of the same value still
supersedes: its period is newer), and every candidate figure of that measure gets
``superseded_by`` = the new fact's id. No candidate: **new** measure — unless an older figure
names the same thing in the same unit and place, its clause worded otherwise: then it is updated
when both name one thing and state a total or both what a period added (成功培育…2家 / 新培育…4家),
else ambiguous too (签约落地80余项 / 落地120余项), as is a figure whose thing is an older one's with a word
more or less inside (市级农业示范基地 / 市级农业科技示范基地); a figure naming nothing: **unnamed**.

Superseding acts on figures, not facts (:mod:`drafter.facts.history`): when one figure of a
paragraph changes, only that figure is marked; the paragraph's other figures stay current. An
old fact gets ``superseded_by`` itself only once every one of its figures is superseded.

Filing and running twice
------------------------
Like ``harvest``, a refresh keeps the report among the workspace's sources: a file with the same
content anywhere under ``seeds/`` is used as it is, otherwise the report is copied to
``seeds/harvested/<year>-<kind>-<number>.<ext>`` (:func:`drafter.harvest.file_source`), and the
new fact file names that path, so a colleague's clone has the source. A report already refreshed
(its fact file is in the base and nothing would change) is said to be so first
(:attr:`RefreshReport.already_applied`), and nothing is written.

A dry run is the same computation as the update: its report lists exactly the figures the update
marks superseded (those whose ``superseded_by`` changes) and the facts it adds (those not in the
base yet), so a preview promises what confirming does; a report applied before promises nothing.

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
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DrafterError
from .fileio import atomic_write
from .facts import journal
from .facts.measure import (
    AMBIGUOUS, NEW, UNCHANGED, UNNAMED, UPDATED, Match, Measured, fact_as_of, match_figures, measured_figures,
)
from .model import Fact, FactFile, SourceMeta
from .workspace import Workspace


def _figure_index(h: Measured) -> int:
    return next(i for i, g in enumerate(h.fact.figures) if g is h.figure)


def _marks_change(files: list[FactFile], whole: dict[str, str], marks: dict[str, dict[int, str]]) -> bool:
    """Whether setting ``whole`` (fact id → superseding id) and ``marks`` (fact id → {figure
    index → id}) would change a fact of ``files``: what writing them would find, without the
    round-trip read."""
    for ff in files:
        for fact in ff.facts:
            if fact.id in whole and fact.superseded_by != whole[fact.id]:
                return True
            if any(fact.figures[i].superseded_by != by for i, by in marks.get(fact.id, {}).items()):
                return True
    return False


def figure_claims(matches: list[Match]) -> dict[tuple[str, int], tuple[Measured, Match]]:
    """(old fact id, index of its figure) → (that figure, the match of the new figure superseding
    it): the first new figure to claim an old one wins."""
    result: dict[tuple[str, int], tuple[Measured, Match]] = {}
    for match in matches:
        for old in match.superseded:
            result.setdefault((old.fact.id, _figure_index(old)), (old, match))
    return result


def figure_supersessions(claims: dict[tuple[str, int], tuple[Measured, Match]]) -> dict[str, dict[int, str]]:
    """Old fact id → {index of its figure → id of the new fact superseding that figure}, from
    :func:`figure_claims` (the first new figure to claim an old one wins)."""
    result: dict[str, dict[int, str]] = {}
    for (fid, i), (_, match) in claims.items():
        result.setdefault(fid, {})[i] = match.new.fact.id
    return result


def supersessions(figure_marks: dict[str, dict[int, str]], base: list[Measured]) -> tuple[dict, dict]:
    """The marks to write: (fact id → id superseding the whole fact, fact id → {figure index →
    id}).

    A fact is superseded as a whole only when every figure of it is (now or before). A fact
    that carried a whole-fact mark and no figure marks has its mark written on each of its
    other figures first, so that it still stands for them once a figure carries its own.
    """
    from .facts.history import figure_superseded_by

    facts = {h.fact.id: h.fact for h in base}
    whole: dict[str, str] = {}
    figures: dict[str, dict[int, str]] = {}
    for fid, marks in figure_marks.items():
        fact = facts[fid]
        merged = {i: figure_superseded_by(fact, g) for i, g in enumerate(fact.figures)}
        merged.update(marks)
        figures[fid] = {i: by for i, by in merged.items() if by}
        if all(merged.values()):
            whole[fid] = fact.superseded_by or merged[0]
    return whole, figures


def stale_facts(
    files: list[FactFile], ws: Workspace, today: dt.date, superseded: set[str]
) -> list[tuple[Fact, SourceMeta]]:
    """Facts with figures, not superseded, whose period (a span's as of its end: :func:`~.facts.measure.fact_as_of`) is past
    the freshness window."""
    cutoff = today.year - ws.freshness_years
    return [
        (fact, ff.source)
        for ff in files
        for fact in ff.facts
        if fact.figures
        and not (fact.superseded_by or fact.id in superseded)
        and fact.period.year is not None
        and fact_as_of(fact, ff.source) < cutoff
    ]


# ---------------------------------------------------------------- the report


@dataclass
class RefreshReport:
    """What a refresh found and (unless a dry run) wrote.

    A dry run and the update are one computation: ``superseded_figures``, ``superseded`` and
    ``added`` are what writing changes — the figures that get a ``superseded_by`` they did not
    have, the facts that become superseded as a whole, the facts new to the base — whether the
    report is written or not; a report already applied changes, and so lists, none of them.
    """

    sources: list[SourceMeta]
    matches: list[Match]
    stale: list[tuple[Fact, SourceMeta]]
    superseded: dict[str, str]  # old fact id → new fact id, for facts that become superseded as a whole
    superseded_figures: list[tuple[Measured, Match]] = field(default_factory=list)  # each old figure marked, its match
    added: list[tuple[Fact, SourceMeta]] = field(default_factory=list)  # facts new to the base
    written: list[Path] = field(default_factory=list)
    filed: list[Path] = field(default_factory=list)  # where the reports are kept under seeds/
    copied: list[Path] = field(default_factory=list)  # those copied there by this refresh
    already_applied: bool = False  # every report was refreshed before: nothing to change
    # every report was refreshed before, yet the base changed since (a reply harvested, a mark
    # cleared by hand): what this run marks anew is what is newer now
    applied_before: bool = False
    dry_run: bool = False
    recovered: list[Path] = field(default_factory=list)  # files restored from an interrupted refresh
    # (source, its place, its fact file) for each report whose facts are all another place's (distill's reminder)
    elsewhere: list[tuple[SourceMeta, str, str, bool]] = field(default_factory=list)  # (source, place, fact file, unlisted_area)
    skipped: list[str] = field(default_factory=list)  # files of an unknown type found in folders

    def by_outcome(self, *outcomes: str) -> list[Match]:
        """The matches of these outcomes that change the base: an update or a new statement of
        the same value that marks a figure (UPDATED, UNCHANGED), a new measure whose fact is
        added (NEW); ambiguous and unnamed figures change nothing and are all listed."""
        marking = {id(m) for _, m in self.superseded_figures}
        adding = {f.id for f, _ in self.added}
        return [m for m in self.matches if m.outcome in outcomes and (
            id(m) in marking if m.outcome in (UPDATED, UNCHANGED)
            else m.new.fact.id in adding if m.outcome == NEW else True)]

    def to_dict(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "already_applied": self.already_applied,
            "applied_before": self.applied_before,
            "sources": [{"id": s.id, "path": s.path, "label": s.label(), "date": s.date} for s in self.sources],
            "changes": [m.to_dict() for m in self.by_outcome(UPDATED, UNCHANGED)],
            "ambiguous": [m.to_dict() for m in self.by_outcome(AMBIGUOUS)],
            "new": [m.to_dict() for m in self.by_outcome(NEW)],
            "unnamed": [m.new.to_dict() for m in self.by_outcome(UNNAMED)],
            "superseded": self.superseded,
            "superseded_figures": [
                {**h.to_dict(), "superseded_by": m.new.fact.id, "outcome": m.outcome, "new": m.new.to_dict()}
                for h, m in self.superseded_figures
            ],
            "added": [
                {"id": f.id, "text": f.text, "kind": f.kind, "period": f.period.year, "source": s.label()}
                for f, s in self.added
            ],
            "stale": [
                {"id": f.id, "text": f.text, "period": f.period.year, "jurisdiction": f.jurisdiction,
                 "source": s.label()}
                for f, s in self.stale
            ],
            "written": [str(p) for p in self.written],
            "filed": [str(p) for p in self.filed],
            "copied": [str(p) for p in self.copied],
            "recovered": [str(p) for p in self.recovered],
            "elsewhere": [{"id": s.id, "label": s.label(), "place": place, "fact_file": fact_file, "area": area}
                          for s, place, fact_file, area in self.elsewhere],
            "skipped": list(self.skipped),
        }


# ---------------------------------------------------------------- refresh


def refresh(
    ws: Workspace, paths: list[str | Path], dry_run: bool = False, today: dt.date | None = None
) -> RefreshReport:
    """Distill the new document(s), match their figures to the base, supersede, and write.

    Every input is read and distilled before anything is written: an unreadable file, or one
    distill refuses (a suggestion's own text, a draft: :func:`~drafter.distill.run.read_source`),
    raises :class:`~drafter.errors.SourceError` naming it and the base is left as it was; a report
    whose facts are all another place's is listed in ``elsewhere``, as distill says it. With
    ``dry_run`` the same report is computed and nothing is written.
    """
    from .distill.run import cycle_collection_paused

    with cycle_collection_paused():
        return _refresh(ws, paths, dry_run, today)


def _refresh(ws: Workspace, paths: list[str | Path], dry_run: bool, today: dt.date | None) -> RefreshReport:
    from .distill import distill_document
    from .facts.history import History, document_when, figure_superseded_by
    from .facts.index import FactIndex
    from .facts.store import load_fact_files, plan_save, plan_supersede, write_updates
    from .harvest import Contents, filed_path
    from .distill.document import own_codes
    from .distill.run import collect_sources, elsewhere_of, read_source, unlisted_area

    recovered = journal.recover(ws.facts_dir)  # reported: a killed write is undone before reading
    today = today or dt.date.today()
    files, found = collect_sources(ws, paths)
    if found.errors:
        raise DrafterError(found.errors[0].message)
    if not files:
        raise DrafterError(f"没有可读取的来源文件：{'、'.join(map(str, paths))}")
    incoming: dict[str, FactFile] = {}
    filing: dict[str, tuple[Path, Path, bool]] = {}  # source id → (input, kept at, to copy)
    held = Contents(ws.seeds_dir)
    index = FactIndex.load(ws)  # (the base as it is until this refresh writes: read once)
    codes = own_codes(ws, index.sources.values())  # (the bureau's numbers' codes, an issuer for a page naming none)
    for path in files:
        ff = distill_document(read_source(path), ws, own_codes=codes)  # what distill refuses (a suggestion, a draft), refused
        if ff.source.id in incoming:
            continue  # the same content under two names counts once
        stored, new = filed_path(ws, path, ff.source, held)
        if new and any(to == stored for _, to, _ in filing.values()):
            raise DrafterError(f"两份不同的报告会存为同一文件名：{stored.name}", path)
        ff.source.path = ws.relpath(stored)  # the fact file names the copy under seeds/
        incoming[ff.source.id] = ff
        filing[ff.source.id] = (path, stored, new)
    new_files = list(incoming.values())
    base_files = load_fact_files(ws)
    known = {ff.source.id for ff in base_files}
    kept = [ff for ff in base_files if ff.source.id not in incoming]
    history = History(ws, kept)  # as distill and harvest do: a repeated older figure keeps its year
    for ff in sorted(new_files, key=lambda ff: document_when(ff.source)):
        history.date_repeats(ff)
        history.add(ff)
    base = measured_figures(kept, ws)
    matches = match_figures(measured_figures(new_files, ws), base)
    claims = figure_claims(matches)
    figure_marks = figure_supersessions(claims)
    whole, marks = supersessions(figure_marks, base)
    after = kept + new_files
    # what writing changes (the dry run's promise is the update's result): the figures marked
    # anew, the facts superseded whole anew, the facts not in the base yet
    facts = {h.fact.id: h.fact for h in base}
    marking = [(h, m) for (fid, i), (h, m) in claims.items()
               if figure_superseded_by(facts[fid], facts[fid].figures[i]) != m.new.fact.id]
    known_facts = {f.id for ff in base_files for f in ff.facts}
    report = RefreshReport(
        sources=[ff.source for ff in new_files],
        matches=matches,
        stale=stale_facts(after, ws, today, set(whole)),
        superseded={fid: by for fid, by in whole.items() if facts[fid].superseded_by != by},
        superseded_figures=marking,
        added=[(f, ff.source) for ff in new_files for f in ff.facts if f.id not in known_facts],
        filed=[stored for _, stored, _ in filing.values()],
        dry_run=dry_run,
        recovered=recovered,
        skipped=[issue.message for issue in found.skipped],
    )
    saves = [plan_save(ff, ws) for ff in new_files]
    report.elsewhere = [(ff.source, place, update.report.path, unlisted_area(place, ws))
                        for ff, update in zip(new_files, saves) if (place := elsewhere_of(ff))]
    for update in saves:  # a refresh never deletes a fact
        if update.report.dropped:
            raise DrafterError(
                f"更新会删去此文件中不再提炼出的事实 {'、'.join(update.report.dropped)}，事实库未改动；"
                "如确需删除，请用 drafter distill 重新提炼该来源", update.path,
            )
    # The marks are written round-trip, reading only the files holding superseded facts (the base
    # was validated above); a dry run only asks whether they change anything.
    supersede = [] if dry_run else plan_supersede(ws, whole, marks, index=index)
    marks_change = _marks_change(kept, whole, marks) if dry_run else any(u.changed for u in supersede)
    report.applied_before = set(incoming) <= known
    report.already_applied = report.applied_before and not marks_change and not any(u.changed for u in saves)
    if dry_run:
        return report
    updates = saves + supersede
    copies = [(source, stored) for source, stored, new in filing.values() if new]
    for source, stored in copies:
        atomic_write(stored, source.read_bytes(), overwrite=False)
    try:
        write_updates(updates)
    except BaseException:
        for _, stored in copies:  # the base is back as it was: so are the sources
            stored.unlink(missing_ok=True)
        raise
    report.copied = [stored for _, stored in copies]
    written = [u for u in updates if u.changed]
    report.written = [u.path for u in written]
    if written:
        FactIndex.load(ws, known={u.path: u.fact_file for u in written})
    return report
