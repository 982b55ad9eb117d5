"""The workspace a server works on, and one draft as the pages show it."""

from __future__ import annotations

import threading
from pathlib import Path


class DraftsRecord:
    """The record of the drafts this server wrote (each folder's :class:`~drafter.tracking.Manifest`),
    held in memory: a folder's record is read once, and again only when its file changed on disk
    (something else wrote it), not twice per draft. Written by group commit: each save is flushed
    to disk (about 10 ms), so drafts finishing together are recorded in one save rather than
    queueing for one save each. :meth:`record` returns once the draft's entry is on disk.

    A draft's hash comes from whoever wrote it (:func:`draft` hashes it where it was written, in
    the drafting process) and a file is hashed here only when its hash is needed and not known,
    never under the record's lock: the caller holds the draft's path lock from writing it until
    :meth:`record` returns, so the file hashed is the file recorded."""

    def __init__(self):
        self._pending: list[tuple[Path, str, dict]] = []
        self._held: dict[Path, tuple[tuple | None, object]] = {}  # folder → (its file's stat, Manifest)
        self._lock = threading.Lock()  # the pending entries and the manifests held
        self._saving = threading.Lock()  # one save at a time

    def kept(self, path: Path) -> str | None:
        """Why ``path`` may not be rewritten (:meth:`Manifest.kept`), None when it may. The path
        is looked at once (:func:`~drafter.tracking.on_disk`), outside the lock, and the file
        hashed only when the record needs its hash (:meth:`Manifest.needs_hash`), outside it too."""
        from ..fileio import sha256_file
        from ..tracking import on_disk

        path = Path(path)
        found = on_disk(path)
        with self._lock:
            manifest = self._manifest(path.parent)
            if not manifest.needs_hash(path, found):
                return manifest.kept(path, found=found)
        digest = sha256_file(path)
        with self._lock:
            return self._manifest(path.parent).kept(path, digest, found)

    def record(self, path: Path, sha256: str | None = None, **info) -> None:
        """Record ``path`` as this server's draft (``sha256``: its hash, when its writer worked it
        out; otherwise the file is hashed here). Returns once the record is on disk."""
        from ..fileio import atomic_write, sha256_file

        path = Path(path)
        digest = sha256 or sha256_file(path)
        with self._lock:
            self._pending.append((path, digest, info))
        with self._saving:
            with self._lock:
                batch, self._pending = self._pending, []
                if not batch:  # a save since this entry was queued has written it
                    return
                for p, hashed, entry in batch:
                    self._manifest(p.parent).record(p, hashed, **entry)
                saves = {p.parent: self._held[p.parent][1] for p, _, _ in batch}
                saves = {folder: (manifest, manifest.text()) for folder, manifest in saves.items()}
            for folder, (manifest, text) in saves.items():
                atomic_write(manifest.path, text)
                with self._lock:  # its own write is no change to read again
                    self._held[folder] = (_stat_key(manifest.path), manifest)

    def _manifest(self, folder: Path):
        """The folder's Manifest (with ``self._lock`` held), read again when its file changed."""
        from ..tracking import MANIFEST_NAME, Manifest

        key = _stat_key(folder / MANIFEST_NAME)
        held = self._held.get(folder)
        if held is None or held[0] != key:
            held = self._held[folder] = (key, Manifest(folder))
        return held[1]


def _stat_key(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


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
    """Draft through the library (``Workspace.draft``'s :func:`~drafter.draft.make_draft`); what the
    pages show, as plain data: the report (``draft --json``) and, for the page's ``preview``, its
    :func:`~drafter.web.views.preview` blocks with each cited fact as ``facts --json`` shows it
    (/api/draft returns the report only, and skips building them), and the written file's
    ``sha256`` for the drafts record (:func:`~drafter.draft.make_draft`'s hash of the bytes it
    wrote, in the drafting process, rather than the file read again by the server). The draft and its preview
    read one loaded fact base: a refresh finishing in between cannot show the draft's citations
    from another base."""
    from ..draft import make_draft
    from ..facts.index import FactIndex
    from ..facts.show import fact_record
    from .views import preview as preview_blocks

    index = FactIndex.load(ws)
    drafted = make_draft(ws, suggestion, out=target, force=force, index=index)
    result = {"report": drafted.report(), "path": str(drafted.path), "sha256": drafted.sha256}
    if not preview:
        return result
    used = [index.facts[i] for i in drafted.reply.facts_used if i in index.facts]
    facts = {f.id: fact_record(f, index.sources.get(f.source_id)) for f in used}
    return {**result, "blocks": preview_blocks(drafted.reply, facts)}
