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
supersedes: its period is newer), and every candidate of that measure gets ``superseded_by`` =
the new fact's id. No candidate: **new** measure; a figure naming nothing: **unnamed**.

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
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DrafterError
from .facts import journal
from .facts.measure import (
    AMBIGUOUS, NEW, UNCHANGED, UNNAMED, UPDATED, Match, Measured, match_figures, measured_figures,
)
from .model import Fact, FactFile, SourceMeta
from .workspace import Workspace


def supersessions(matches: list[Match]) -> dict[str, str]:
    """Old fact id → id of the new fact superseding it (the first new figure to claim it wins)."""
    result: dict[str, str] = {}
    for match in matches:
        for old in match.superseded:
            result.setdefault(old.fact.id, match.new.fact.id)
    return result


def orphaned_figures(matches: list[Match], base: list[Measured]) -> list[Measured]:
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
    orphaned: list[Measured]
    stale: list[tuple[Fact, SourceMeta]]
    superseded: dict[str, str]  # old fact id → new fact id
    written: list[Path] = field(default_factory=list)
    dry_run: bool = False
    recovered: list[Path] = field(default_factory=list)  # files restored from an interrupted refresh
    skipped: list[str] = field(default_factory=list)  # files of an unknown type found in folders

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
            "skipped": list(self.skipped),
        }


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
    base = measured_figures([ff for ff in base_files if ff.source.id not in incoming], ws)
    matches = match_figures(measured_figures(new_files, ws), base)
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
        skipped=[issue.message for issue in found.skipped],
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
