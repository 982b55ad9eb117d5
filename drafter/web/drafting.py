"""The workspace a server works on, and one draft as the pages show it."""

from __future__ import annotations

import threading
from pathlib import Path


class DraftsRecord:
    """The record of the drafts this server wrote (the folder's :class:`~drafter.tracking.Manifest`),
    written by group commit: each save is flushed to disk (about 10 ms), so drafts finishing
    together are recorded in one save rather than queueing for one save each. :meth:`record`
    returns once the draft's entry is on disk."""

    def __init__(self):
        self._pending: list[tuple[Path, dict]] = []
        self._lock = threading.Lock()  # the pending entries
        self._saving = threading.Lock()  # one save at a time

    def record(self, path: Path, **info) -> None:
        with self._lock:
            self._pending.append((Path(path), info))
        with self._saving:
            with self._lock:
                batch, self._pending = self._pending, []
            if not batch:  # a save since this entry was queued has written it
                return
            from ..tracking import Manifest

            for folder in dict.fromkeys(p.parent for p, _ in batch):
                manifest = Manifest(folder)
                for p, entry in batch:
                    if p.parent == folder:
                        manifest.record(p, **entry)
                manifest.save()


class WorkspaceCache:
    """The workspace at ``root``, read again only when its drafter.yaml changes (the pages pick up
    an edited drafter.yaml without a restart, and do not parse it on every request)."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._key: tuple | None = None
        self._ws = None
        self._lock = threading.Lock()

    def get(self):
        from ..api import open_workspace

        try:
            stat = (self.root / "drafter.yaml").stat()
            key: tuple | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = None
        with self._lock:
            if key is None or self._ws is None or key != self._key:
                self._ws, self._key = open_workspace(self.root), key
            return self._ws


def draft(ws, suggestion, target: Path, force: bool, preview: bool = True) -> dict:
    """Draft through the library; what the pages show, as plain data: the report (``draft
    --json``) and, for the page's ``preview``, the composed reply's blocks and each cited fact as
    ``facts --json`` shows it (/api/draft returns the report only, and skips building them)."""
    from ..facts.index import FactIndex
    from ..facts.show import fact_record

    report = ws.draft(suggestion, output=target, force=force)
    result = {"report": report.to_dict(), "path": str(report.path)}
    if not preview:
        return result
    facts = {}
    if report.reply.facts_used:
        index = FactIndex.load(ws)
        used = [index.facts[i] for i in report.reply.facts_used if i in index.facts]
        facts = {f.id: fact_record(f, index.sources.get(f.source_id)) for f in used}
    return {**result, "reply": report.reply.to_dict(), "facts": facts}
