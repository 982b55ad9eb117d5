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

Distilling a harvested reply keeps history right (:mod:`drafter.facts.history`, applied by
:class:`drafter.distill.run.FactSink`): a sentence or figure the reply repeats from an older fact
keeps that fact's period and is linked to it (``repeats:`` / ``same_as:``), so last year's
``1614家`` pasted into this year's reply never reads as this year's value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DrafterError
from .fileio import atomic_write, sha256_file
from .model import REPLY, SourceMeta
from .workspace import Workspace

HARVEST_FOLDER = "harvested"
_UNSAFE = re.compile(r"[^\w]+")


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


def find_same_content(folder: Path, sha256: str, size: int) -> Path | None:
    """A file under ``folder`` with exactly this content, if there is one."""
    if not folder.is_dir():
        return None
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and path.stat().st_size == size:
            if sha256_file(path) == sha256:
                return path
    return None


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


def filed_path(ws: Workspace, path: Path, meta: SourceMeta) -> tuple[Path, bool]:
    """Where the source ``path`` (distilled as ``meta``) is kept under ``seeds/``: the file with
    the same content already there (False), else its free stable path in ``seeds/harvested/``
    (True: not copied yet)."""
    stored = find_same_content(ws.seeds_dir, meta.sha256, path.stat().st_size)
    if stored is not None:
        return stored, False
    return destination(ws, meta, path.suffix), True


def file_source(ws: Workspace, path: Path, meta: SourceMeta) -> tuple[Path, bool]:
    """Keep the source ``path`` under ``seeds/`` (see :func:`filed_path`): (where, copied now)."""
    stored, new = filed_path(ws, path, meta)
    if new:
        atomic_write(stored, path.read_bytes(), overwrite=False)
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

    def to_dict(self) -> dict:
        return {
            "original": str(self.original), "stored": str(self.stored), "copied": self.copied,
            "source_id": self.source_id, "label": self.label, "facts": self.facts,
            "repeats": self.repeats,
        }


@dataclass
class HarvestReport:
    """Every document harvested, and the one-line errors of those that could not be."""

    items: list[Harvested] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files of an unknown type found in folders

    def to_dict(self) -> dict:
        return {"items": [i.to_dict() for i in self.items], "errors": list(self.errors),
                "skipped": list(self.skipped)}


def harvest(ws: Workspace, paths: list[str | Path], progress=None) -> HarvestReport:
    """Copy each document into ``seeds/harvested/`` under its stable name and distill it.

    Files and folders are accepted. A file that cannot be read is reported in ``errors`` (one
    line naming it) and the others are still harvested. ``progress(done, total, path)`` is called
    after each document.
    """
    from .distill import distill_document
    from .distill.run import FactSink, collect_sources, cycle_collection_paused
    from .read import read_document

    files, found = collect_sources(ws, paths)
    report = HarvestReport(errors=[issue.message for issue in found.errors],
                           skipped=[issue.message for issue in found.skipped])
    with cycle_collection_paused(), FactSink(ws) as sink:
        for done, path in enumerate(files, 1):
            try:  # each file is read and distilled once; the facts name the filed copy
                doc = read_document(path)
                ff = distill_document(doc, ws)
                stored, copied = file_source(ws, path, ff.source)
                ff.source.path = ws.relpath(stored)
                source = sink.store(ff, stored)
            except DrafterError as exc:
                report.errors.append(str(exc) if exc.path else f"{path}: {exc}")
            else:
                report.items.append(Harvested(path, stored, copied, source.id, source.label, source.facts,
                                               source.repeats))
            if progress:
                progress(done, len(files), path)
    return report
