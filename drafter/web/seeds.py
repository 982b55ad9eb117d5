"""The fact base as the pages announce it: empty, or seeds/ holding files not yet distilled; and
the bureau's past documents uploaded into seeds/ (:func:`add_to_seeds`), never over a file there.

A file under ``seeds/`` counts as distilled when a fact file's source has its content (the
``sha256`` of the file's ``source:`` header, whatever its path); the files are listed as
``drafter distill seeds/`` reads them (:func:`~drafter.distill.run.collect_sources`). Each file,
seed or fact file, is read once per change of its size or time, and the server never loads the
fact base for this (its drafting processes do): a page costs a walk of seeds/ and facts/. A file
that failed to distill in this server, unchanged since, is not offered again: its one-line error
was shown.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..lazyre import lazy

# The source's content hash in a fact file's header (facts.store.header: ``source:`` first, its
# fields indented under it).
_SOURCE_SHA = lazy(r"^source:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+sha256:[ \t]*['\"]?([0-9a-f]{64})", re.M)


@dataclass
class BaseStatus:
    """What a page says of the fact base: whether it is empty (no fact file) and the files of
    seeds/ not yet distilled (paths relative to the workspace)."""

    empty: bool
    pending: list[str] = field(default_factory=list)

    @property
    def shown(self) -> bool:
        return self.empty or bool(self.pending)


class SeedWatch:
    """The :class:`BaseStatus` of a workspace, the hashes of seeds/ kept between pages."""

    def __init__(self):
        self._read_memo: dict[Path, tuple[tuple[int, int], str | None]] = {}  # file → ((size, mtime), value)
        self._failed: dict[Path, tuple[int, int]] = {}  # file → (size, mtime) when it failed
        self._lock = threading.Lock()

    def status(self, ws) -> BaseStatus:
        from ..distill.run import collect_sources
        from ..facts.store import fact_file_paths

        known = {self._read(path, _source_sha256) for path in fact_file_paths(ws)}
        files, _ = collect_sources(ws, [ws.seeds_dir]) if ws.seeds_dir.is_dir() else ([], None)
        pending = []
        for path in files:
            with self._lock:
                failed = self._failed.get(path)
            if failed is not None and failed == _stamp(path):
                continue
            if self._read(path, sha256_file) not in known:
                pending.append(ws.relpath(path))
        return BaseStatus(not known, pending)

    def failed(self, paths) -> None:
        """Files that could not be distilled: not offered again until they change."""
        with self._lock:
            for path in paths:
                stamp = _stamp(Path(path))
                if stamp is not None:
                    self._failed[Path(path)] = stamp

    def _read(self, path: Path, read) -> str | None:
        """``read(path)``, read again only when the file's size or time changed."""
        stamp = _stamp(path)
        if stamp is None:
            return None
        with self._lock:
            held = self._read_memo.get(path)
        if held is not None and held[0] == stamp:
            return held[1]
        value = read(path)
        with self._lock:
            self._read_memo[path] = (stamp, value)
        return value


def sha256_file(path: Path) -> str | None:
    from ..fileio import sha256_file as digest

    try:
        return digest(path)
    except OSError:
        return None


def _source_sha256(path: Path) -> str | None:
    """The sha256 of the source a fact file was distilled from (its header's), or None."""
    try:
        with open(path, encoding="utf-8") as f:
            head = f.read(4096)
    except (OSError, UnicodeDecodeError):
        return None
    match = _SOURCE_SHA.search(head)
    return match.group(1) if match else None


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


@dataclass
class Added:
    """Uploads put into seeds/: the files copied (paths), the files of seeds/ that already hold
    an upload's content (under any name or folder: not copied again), and the uploads whose name
    a different file holds — never overwritten: (the upload, the file in seeds/, a free new name
    to save it as)."""

    copied: list[Path] = field(default_factory=list)
    there: list[Path] = field(default_factory=list)
    clashes: list[tuple[Path, Path, str]] = field(default_factory=list)


def add_to_seeds(seeds_dir: Path, uploads: list[tuple[Path, str]]) -> Added:
    """Copy each stored upload (its path, the name to give it in seeds/) into ``seeds_dir``; a file
    of that name is never overwritten. seeds/ is walked and each of its files hashed at most once."""
    from ..fileio import atomic_write
    from ..harvest import Contents
    from .files import next_version

    added = Added()
    held = Contents(seeds_dir)
    for upload, name in uploads:
        target = seeds_dir / name
        digest = sha256_file(upload)
        same = held.find(digest, upload.stat().st_size)
        if same is not None:
            added.there.append(same)
        elif target.exists():
            added.clashes.append((upload, target, next_version(target).name))
        else:
            added.copied.append(atomic_write(target, upload.read_bytes(), overwrite=False))
            held.add(added.copied[-1], digest)
    return added
