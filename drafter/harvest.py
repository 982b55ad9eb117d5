"""Harvest signed, sent replies: file them among the workspace's sources and distill them.

``harvest(ws, paths)`` copies each document into ``seeds/harvested/`` under a stable name made
from its metadata — ``<year>-<kind>-<number>.<ext>``, e.g. ``2026-reply-1288.docx`` — and distills
it into the fact base, so next year's drafts build on this year's answers. The year is that of the
document's date, else of its number (``泉科函〔2026〕102号``), else its period; the kind is the
document kind (``proposal`` for a reply to a CPPCC proposal); the number is the suggestion or
proposal number, else the document number, else the first 8 hex digits of the content hash.

The same content always lands under the same name. A file that is already among the workspace's
sources (anywhere under ``seeds/``, byte for byte) is not copied again; a *different* file that
would take the same name gets ``-<hash8>`` appended, so nothing is ever overwritten. Harvesting the
same file twice therefore changes nothing the second time. ``refresh`` files its reports the
same way (:func:`file_source`).

A reply that is not finished — still holding drafter's placeholder marks (【待补充：…】,
【待更新：…】, 【待核实：…】…) or without its 发文字号, as when a draft is picked instead of the signed
copy — is refused with one line naming the file and what is left (:class:`Unfinished`), unless
forced; so is, when the caller asks (``replies_only``: the web page, which then offers to distill it
as a source), a document that is no reply at all (a work report, a news item). Filed either way, a sentence holding a mark never becomes a fact, nor do the reply's set
formulas (:mod:`drafter.frame`). A filing that replaces an earlier one of the same reply (same
source id, other content) says so; the earlier copy, when harvest had filed it under
``seeds/harvested/``, is moved to ``seeds/harvested/.replaced/``, where no distill reads it. What
newer sources superseded in the earlier filing stays superseded in the new one (:func:`keep_marks`:
the same measures, by refresh's rule, whatever value a correction gave them), and the line says so.

Distilling a harvested reply keeps history right (:mod:`drafter.facts.history`, applied by
:class:`drafter.distill.run.FactSink`): a sentence or figure the reply repeats from an older fact
keeps that fact's period and is linked to it (``repeats:`` / ``same_as:``), so last year's
``1614家`` pasted into this year's reply never reads as this year's value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import DrafterError
from .fileio import atomic_write, sha256_file
from .lazyre import lazy
from .model import DOC_KIND_NAMES, REPLY, FactFile, SourceMeta
from .workspace import Workspace

HARVEST_FOLDER = "harvested"
# Where an earlier filing of a reply goes when a new one replaces it (a hidden folder: sources are
# never read from it, yet the file is kept).
REPLACED_FOLDER = ".replaced"
_UNSAFE = lazy(r"[^\w]+")


def harvest_dir(ws: Workspace) -> Path:
    """Where harvested documents are filed: ``seeds/harvested/``."""
    return ws.seeds_dir / HARVEST_FOLDER


def stable_name(meta: SourceMeta, suffix: str) -> str:
    """``<year>-<kind>-<number><suffix>`` from a document's metadata (see the module docstring)."""
    year = meta.document_year() or "undated"
    kind = "proposal" if meta.kind == REPLY and meta.proposal else meta.kind
    number = meta.suggestion_number or meta.number or meta.sha256[:8]
    number = _UNSAFE.sub("-", number).strip("-") or meta.sha256[:8]
    return f"{year}-{kind}-{number}{suffix.lower()}"


class Contents:
    """The files under a folder by content, to find one with exactly a given content: the folder walked once, each
    file hashed at most once (when a file of its size is looked for); hidden files and folders (a replaced filing in
    ``.replaced/``) are passed over, as distill passes them over."""

    def __init__(self, folder: Path):
        self._folder = folder
        self._by_size: dict[int, list[Path]] = {}
        self._hashes: dict[Path, str] = {}
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not self._hidden(path):
                    self._by_size.setdefault(path.stat().st_size, []).append(path)

    def _hidden(self, path: Path) -> bool:
        return any(part.startswith(".") for part in path.relative_to(self._folder).parts)

    def find(self, sha256: str, size: int) -> Path | None:
        """The first file (in name order) with exactly this content, if there is one."""
        for path in self._by_size.get(size, ()):
            if path not in self._hashes:
                self._hashes[path] = sha256_file(path)
            if self._hashes[path] == sha256:
                return path
        return None

    def add(self, path: Path, sha256: str) -> None:
        """``path``, of content ``sha256``, was put in the folder."""
        if not self._hidden(path):
            self._by_size.setdefault(path.stat().st_size, []).append(path)
            self._hashes[path] = sha256

    def discard(self, path: Path) -> None:
        """``path`` was moved out of the folder (or aside, into a hidden one)."""
        for paths in self._by_size.values():
            if path in paths:
                paths.remove(path)
        self._hashes.pop(path, None)


def destination(ws: Workspace, meta: SourceMeta, suffix: str) -> Path:
    """The free stable path for a document: its name, or the name with ``-<hash8>`` if taken."""
    name = stable_name(meta, suffix)
    path = harvest_dir(ws) / name
    if path.exists():
        stem, ext = name[: -len(suffix)] if suffix else name, suffix.lower()
        path = harvest_dir(ws) / f"{stem}-{meta.sha256[:8]}{ext}"
        if path.exists():  # the same name and hash prefix, different content: never overwrite
            raise DrafterError(f"归档目录中已有同名的另一文件，未覆盖：{path.name}", path)
    return path


def filed_path(ws: Workspace, path: Path, meta: SourceMeta, held: Contents) -> tuple[Path, bool]:
    """Where the source ``path`` (distilled as ``meta``) is kept under ``seeds/`` (``held``: its files, walked once a
    run): the file with the same content already there (False), else its free stable path in ``seeds/harvested/``
    (True: not copied yet)."""
    stored = held.find(meta.sha256, path.stat().st_size)
    if stored is not None:
        return stored, False
    return destination(ws, meta, path.suffix), True


def file_source(ws: Workspace, path: Path, meta: SourceMeta, held: Contents) -> tuple[Path, bool]:
    """Keep the source ``path`` under ``seeds/`` (see :func:`filed_path`): (where, copied now)."""
    stored, new = filed_path(ws, path, meta, held)
    if new:
        atomic_write(stored, path.read_bytes(), overwrite=False)
        held.add(stored, meta.sha256)
    return stored, new


@dataclass
class Harvested:
    """One document filed: where it came from, where it is kept, and what the distill gave."""

    original: Path
    stored: Path
    copied: bool  # False when the same content was among the sources already
    source_id: str
    label: str
    facts: int
    repeats: int = 0  # sentences and figures repeating an older fact (they keep its period)
    replaced_source: str | None = None  # an earlier filing of the same reply this one replaces (as it was kept)
    replaced: str | None = None  # where that earlier file is now (both relative to the workspace)
    elsewhere: str = ""  # its place when it is not the workspace's (distill's SourceResult.elsewhere)
    area: bool = False  # that place may be one of the workspace's areas (distill's SourceResult.area)
    fact_file: str = ""  # its fact file, relative to the workspace
    kept_marks: int = 0  # figures of the replaced filing's that newer sources superseded, superseded again in this one

    @property
    def replacement(self) -> str | None:
        """The line saying which earlier filing this one replaces, or None."""
        if not self.replaced_source:
            return None
        moved = f"，原文件已移至 {self.replaced}" if self.replaced and self.replaced != self.replaced_source else ""
        kept = f"；其 {self.kept_marks} 个数字仍标为已被较新来源取代" if self.kept_marks else ""
        return f"替换了此前归档的同一答复 {self.replaced_source}{moved}{kept}"

    def to_dict(self) -> dict:
        return {
            "original": str(self.original), "stored": str(self.stored), "copied": self.copied,
            "source_id": self.source_id, "label": self.label, "facts": self.facts,
            "repeats": self.repeats, "replaced_source": self.replaced_source, "replaced": self.replaced,
            "replacement": self.replacement, "elsewhere": self.elsewhere, "area": self.area, "fact_file": self.fact_file,
            "kept_marks": self.kept_marks,
        }


@dataclass
class Unfinished:
    """A reply refused as not yet finished: still holding placeholder marks, or no 发文字号; or, asked for
    replies only, a document that is no reply."""

    path: Path
    marks: int  # placeholder marks left (【待补充：…】, 【待更新：…】, 【待核实：…】, 【待…提供：…】)
    no_number: bool  # a reply without its 发文字号
    kind: str = REPLY  # the document's kind: another (a work report, a news item…) when it is no reply
    label: str = ""  # the document as its source is named (泉科〔2017〕28号)

    @property
    def message(self) -> str:
        """The one line naming the file and what is unfinished."""
        if self.kind != REPLY:
            return f"{self.path}: 这份文件是“{DOC_KIND_NAMES.get(self.kind, self.kind)}”（{self.label}），不是答复，未归档"
        what = [f"仍有 {self.marks} 处【待…】标记"] if self.marks else []
        what += ["发文字号为空"] if self.no_number else []
        return f"{self.path}: 这份答复{'、'.join(what)}，不像签发稿，未归档"

    def to_dict(self) -> dict:
        return {"path": str(self.path), "marks": self.marks, "no_number": self.no_number, "kind": self.kind,
                "message": self.message}


@dataclass
class HarvestReport:
    """Every document harvested, the one-line errors of those that could not be, and the
    unfinished replies refused (filed only when forced)."""

    items: list[Harvested] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of an unknown type found in folders
    unfinished: list[Unfinished] = field(default_factory=list)  # refused: not filed

    @property
    def ok(self) -> bool:
        """Everything asked for was filed."""
        return not (self.errors or self.unfinished)

    def to_dict(self) -> dict:
        return {"items": [i.to_dict() for i in self.items], "errors": list(self.errors),
                "unfinished": [u.to_dict() for u in self.unfinished], "skipped": list(self.skipped)}


def unfinished(doc, meta: SourceMeta, replies_only: bool = False) -> Unfinished | None:
    """Why the read document ``doc`` (distilled as ``meta``) is not a finished reply, or None:
    with ``replies_only`` its kind when it is no reply, else the placeholder marks it still holds, a reply's empty
    发文字号."""
    from .frame import count_marks

    if replies_only and meta.kind != REPLY:
        return Unfinished(doc.path, 0, False, meta.kind, meta.label())
    marks = count_marks(doc.text)
    no_number = meta.kind == REPLY and not meta.number
    return Unfinished(doc.path, marks, no_number) if marks or no_number else None


def harvest(ws: Workspace, paths: list[str | Path], progress=None, force: bool = False,
            replies_only: bool = False) -> HarvestReport:
    """Copy each document into ``seeds/harvested/`` under its stable name and distill it.

    Files and folders are accepted. A file that cannot be read is reported in ``errors`` (one
    line naming it) and the others are still harvested. A reply that still holds placeholder
    marks or has no 发文字号 (a draft uploaded in place of the signed copy) is refused and listed
    in ``unfinished``, unless ``force``, as is with ``replies_only`` a document that is no reply; filed either way, a sentence holding a mark is never a
    fact (:mod:`drafter.frame`). A suggestion's own text is refused as distill refuses it.
    ``progress(done, total, path)`` is called after each document.
    """
    from .distill import distill_document
    from .distill.document import own_codes
    from .distill.run import FactSink, collect_sources, cycle_collection_paused, not_a_suggestion
    from .read import read_document

    files, found = collect_sources(ws, paths)
    report = HarvestReport(errors=[issue.message for issue in found.errors],
                           skipped=[issue.message for issue in found.skipped])
    with cycle_collection_paused(), FactSink(ws) as sink:
        filed = {sid: (meta.path, meta.sha256) for sid, meta in sink.index.sources.items()}
        held = Contents(ws.seeds_dir)
        codes = own_codes(ws, sink.index.sources.values())  # (the bureau's numbers' codes, an issuer for a page naming none)
        for done, path in enumerate(files, 1):
            try:  # each file is read and distilled once; the facts name the filed copy
                doc = not_a_suggestion(read_document(path))  # never a reply, forced or not
                ff = distill_document(doc, ws, own_codes=codes)
                refused = None if force else unfinished(doc, ff.source, replies_only)
                if refused is not None:
                    report.unfinished.append(refused)
                else:
                    report.items.append(_file(ws, sink, path, ff, filed.get(ff.source.id), held))
                    filed[ff.source.id] = (ff.source.path, ff.source.sha256)
            except DrafterError as exc:
                report.errors.append(str(exc) if exc.path else f"{path}: {exc}")
            if progress:
                progress(done, len(files), path)
    return report


def _file(ws: Workspace, sink, path: Path, ff, earlier: tuple[str | None, str] | None, held: Contents) -> Harvested:
    """Keep ``path`` under seeds/ (``held``: its files) and store its facts (``ff``); ``earlier`` is (path, sha256) of
    the source filed before under the same id. A different earlier file of the same reply kept
    under seeds/harvested/ is moved to its :data:`REPLACED_FOLDER`, so that a later ``distill
    seeds/`` never reads it again."""
    stored, copied = file_source(ws, path, ff.source, held)
    ff.source.path = ws.relpath(stored)
    before = earlier[0] if earlier is not None and earlier[1] != ff.source.sha256 else None
    kept = keep_marks(ws, sink.index, ff) if before else 0
    source = sink.store(ff, stored)
    now = before
    old = ws.root / before if before else None
    if (old is not None and old.is_file() and old.resolve() != stored.resolve()
            and old.resolve().is_relative_to(harvest_dir(ws).resolve())):
        aside = harvest_dir(ws) / REPLACED_FOLDER / old.name
        aside.parent.mkdir(parents=True, exist_ok=True)
        if aside.exists():
            aside = aside.with_name(f"{old.stem}-{earlier[1][:8]}{old.suffix}")
        old.replace(aside)
        held.discard(old)
        now = ws.relpath(aside)
    return Harvested(path, stored, copied, source.id, source.label, source.facts, source.repeats,
                     replaced_source=before, replaced=now, elsewhere=source.elsewhere, area=source.area, fact_file=source.merge.path,
                     kept_marks=kept)


def keep_marks(ws: Workspace, index, ff: FactFile) -> int:
    """Mark ``ff`` (a reply filed again, corrected) superseded where its earlier filing in ``index``
    was: the newer facts its marks named (a refresh's report) supersede the same measures of
    ``ff`` by refresh's one rule (:func:`drafter.facts.measure.match_figures`), whatever value the
    correction gave them. Returns how many figures of ``ff`` are so marked."""
    from .facts.measure import match_figures, measured_figures
    from .refresh import figure_claims, figure_supersessions, supersessions

    earlier = [f for f in index.facts.values() if f.source_id == ff.source.id]
    named = {r for f in earlier for r in (f.superseded_by, *(g.superseded_by for g in f.figures)) if r}
    newer: dict[str, list] = {}
    for fid in sorted(named):
        fact = index.facts.get(fid)
        if fact is not None and fact.source_id in index.sources:
            newer.setdefault(fact.source_id, []).append(fact)
    base = measured_figures([ff], ws)
    matches = match_figures(measured_figures([FactFile(index.sources[sid], facts) for sid, facts in newer.items()], ws),
                            base)
    whole, marks = supersessions(figure_supersessions(figure_claims(matches)), base)
    for fact in ff.facts:
        for i, by in marks.get(fact.id, {}).items():
            fact.figures[i].superseded_by = by
        fact.superseded_by = whole.get(fact.id, fact.superseded_by)
    return sum(len(m) for m in marks.values())
