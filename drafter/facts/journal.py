"""All-or-nothing writes of several fact files, and recovery from a write that was killed.

A write of several files (a refresh: the new fact file plus ``superseded_by`` marks in older
ones) goes through a journal, ``<folder>/.journal/``, in four steps:

1. **prepare** — every new text is written to ``new/<n>`` and a copy of every file about to be
   replaced to ``backup/<n>`` (mode and modification time kept), each flushed to disk. The base
   is untouched.
2. **mark** — ``manifest.json`` (each target with its new text and its backup, or none for a
   file that did not exist) is written atomically and flushed: from now on the journal can undo
   everything.
3. **rename** — each ``new/<n>`` is renamed over its target, in the order given.
4. **finish** — the manifest is removed (the commit point: the base is now the new one), then
   the rest of the journal.

:func:`recover` handles the journal a killed writer left. Without a manifest (killed while
preparing or while finishing) the base is exactly the old or exactly the new one: the journal is
removed. With one, every target is put back from its backup and files that did not exist are
removed: the base is exactly the old one. Restoring copies the backups, so a recovery that is
itself killed is simply run again. Backups keep their modification time, so the restored base
has the names, sizes and mtimes the index cache knew for the old base.

Readers wrap their reads in :func:`reading`: when a journal is there (one ``os.path.exists``)
they recover first, and they hold a shared lock on the folder while they read. Writers hold the
exclusive lock from their recovery check to the finish. So a reader never sees a base half-way
through a commit, and never "recovers" a write that is still running. The locks are ``flock``
on the folder (released by the system when a process dies). Where ``fcntl`` is missing
(Windows) there is no lock: a killed write is still undone, but a reader running *during* a
write may see it half-way.

A write of one file needs no journal: it is one atomic rename (:func:`drafter.fileio.atomic_write`).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from ..errors import DrafterError, os_reason
from ..fileio import atomic_write

try:
    import fcntl
except ImportError:  # Windows: no advisory locks on folders
    fcntl = None

JOURNAL = ".journal"
MANIFEST = "manifest.json"


def pending(folder: str | Path) -> bool:
    """True when ``folder`` holds a journal: a write is running or was killed."""
    return os.path.exists(os.path.join(folder, JOURNAL))


@contextmanager
def reading(folder: str | Path) -> Iterator[None]:
    """Hold the base in ``folder`` still while reading it: undo a killed write first, then lock.

    Inside the block no write is half-way: the files are exactly the old base or the new one.
    """
    folder = Path(folder)
    while True:
        if pending(folder):
            recover(folder)
        with _locked(folder, exclusive=False):
            if not pending(folder):  # with the lock held, a journal can only be a dead writer's
                yield
                return


def recover(folder: str | Path) -> list[Path]:
    """Undo a write to ``folder`` that was killed half-way; waits for a running write to finish.

    Returns the files put back or removed (empty when there was nothing to undo).
    """
    folder = Path(folder)
    if not pending(folder):
        return []
    with _locked(folder, exclusive=True):
        return _recover(folder)


def commit(folder: str | Path, texts: Mapping[Path, str | bytes]) -> list[Path]:
    """Write every ``path → text`` (all files directly in ``folder``), in order, or none of them.

    A failure before the renames leaves the base untouched; a failure during them puts the base
    back at once; either raises :class:`DrafterError`. A kill at any point leaves a journal that
    the next reader or writer undoes (see the module docstring). Returns the paths written.
    Never call it inside :func:`reading`: it would wait for the caller's own shared lock.
    """
    folder = Path(folder)
    items = [(Path(p), t.encode("utf-8") if isinstance(t, str) else t) for p, t in texts.items()]
    names = [p.name for p, _ in items]
    if any(p.parent.resolve() != folder.resolve() for p, _ in items) or len(set(names)) != len(names):
        raise ValueError(f"journal.commit: targets must be distinct files directly in {folder}")
    if not items:
        return []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DrafterError(f"无法写入：{os_reason(exc)}", folder) from None
    with _locked(folder, exclusive=True):
        _recover(folder)
        if len(items) == 1:
            atomic_write(*items[0])
            return [items[0][0]]
        journal = folder / JOURNAL
        try:
            entries = _prepare(journal, items)
            _write_manifest(journal, entries)
        except BaseException as exc:
            shutil.rmtree(journal, ignore_errors=True)
            if isinstance(exc, OSError):
                raise DrafterError(f"无法写入，事实库未改动：{os_reason(exc)}", exc.filename or folder) from None
            raise
        try:
            for entry in entries:
                _replace(journal / entry["new"], folder / entry["path"])
            _fsync_dir(folder)
        except BaseException as exc:
            _recover(folder)
            if isinstance(exc, OSError):
                raise DrafterError(
                    f"写入中断，事实库已还原为更新前的内容：{os_reason(exc)}", exc.filename or folder
                ) from None
            raise
        _finish(journal)
    return [p for p, _ in items]


# --- the steps (separate functions, so tests can kill a writer between them) -----------------


def _prepare(journal: Path, items: list[tuple[Path, bytes]]) -> list[dict]:
    """Write the new texts and the backups into the journal; the manifest entries."""
    (journal / "new").mkdir(parents=True)
    (journal / "backup").mkdir()
    entries = []
    for n, (target, data) in enumerate(items):
        new = f"new/{n}"
        with open(journal / new, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        backup = None
        if target.exists():
            backup = f"backup/{n}"
            _copy_synced(target, journal / backup)
            shutil.copymode(target, journal / new)
        entries.append({"path": target.name, "new": new, "backup": backup})
    for sub in ("new", "backup"):
        _fsync_dir(journal / sub)
    return entries


def _write_manifest(journal: Path, entries: list[dict]) -> None:
    """Mark the journal complete: from here on a kill is undone from the backups."""
    atomic_write(journal / MANIFEST, json.dumps(entries, ensure_ascii=False, indent=1))
    _fsync_dir(journal)


def _replace(new: Path, target: Path) -> None:
    """Rename one prepared file over its target."""
    os.replace(new, target)


def _finish(journal: Path) -> None:
    """Drop the journal, the manifest first: the commit point of a write (or of a recovery)."""
    try:
        (journal / MANIFEST).unlink(missing_ok=True)
        _fsync_dir(journal)
        shutil.rmtree(journal)
    except OSError as exc:
        raise DrafterError(f"无法清除写入日志，请人工检查：{os_reason(exc)}", journal) from None


def _recover(folder: Path) -> list[Path]:
    """Undo a killed write (the caller holds the exclusive lock)."""
    journal = folder / JOURNAL
    if not journal.exists():
        return []
    manifest = journal / MANIFEST
    restored = []
    if manifest.exists():
        try:
            entries = json.loads(manifest.read_text(encoding="utf-8"))
            for entry in entries:
                target = folder / entry["path"]
                if entry["backup"]:
                    restoring = journal / "restoring"
                    _copy_synced(journal / entry["backup"], restoring)
                    os.replace(restoring, target)
                else:
                    target.unlink(missing_ok=True)
                restored.append(target)
            _fsync_dir(folder)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            why = os_reason(exc) if isinstance(exc, OSError) else "写入日志内容不完整"
            raise DrafterError(f"无法还原上次中断的写入，请人工检查 {JOURNAL}：{why}", journal) from None
    _finish(journal)
    return restored


# --- file system helpers -----------------------------------------------------------------------


@contextmanager
def _locked(folder: Path, exclusive: bool) -> Iterator[None]:
    """An advisory lock on ``folder`` (shared or exclusive) for the block; none where unsupported."""
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # no folder yet: nothing to read, and writers create it before locking
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        except OSError:  # a file system without flock: go on unlocked
            pass
        yield
    finally:
        os.close(fd)  # releases the lock


def _copy_synced(source: Path, dest: Path) -> None:
    """Copy a file with its mode and modification time, flushed to disk."""
    Path(dest).unlink(missing_ok=True)  # a copy left by a killed recovery may be read-only
    shutil.copy2(source, dest)
    fd = os.open(dest, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make renames and new entries in ``folder`` durable (POSIX; a no-op where unsupported)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove(path: str | Path, into: str | Path) -> Path:
    """Move fact file ``path`` out of the base (to ``into``, outside it), under the writers' lock
    after undoing any killed write: one atomic rename, so readers see the base with the file or
    without it. Raises :class:`DrafterError` when it cannot be moved (the base is unchanged)."""
    path, into = Path(path), Path(into)
    folder = path.parent
    with _locked(folder, exclusive=True):
        _recover(folder)
        try:
            os.replace(path, into)
            _fsync_dir(folder)
        except OSError as exc:
            raise DrafterError(f"无法移走，事实库未改动：{os_reason(exc)}", exc.filename or path) from None
    return into
