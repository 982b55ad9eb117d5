"""The fact base as the pages announce it: empty, or seeds/ holding files not yet distilled.

A file under ``seeds/`` counts as distilled when a source of the fact base has its content (the
source's ``sha256``, whatever its path); the files are listed as ``drafter distill seeds/`` reads
them (:func:`~drafter.distill.run.collect_sources`), each hashed once per change of its size or
time (a page costs a walk of seeds/ and the fact base's cached index). A file that failed to
distill in this server, unchanged since, is not offered again: its one-line error was shown.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BaseStatus:
    """What a page says of the fact base: how many facts, the files of seeds/ not yet distilled
    (paths relative to the workspace) and the folder they are put in."""

    facts: int
    pending: list[str] = field(default_factory=list)
    seeds: str = ""

    @property
    def shown(self) -> bool:
        return not self.facts or bool(self.pending)


class SeedWatch:
    """The :class:`BaseStatus` of a workspace, the hashes of seeds/ kept between pages."""

    def __init__(self):
        self._hashes: dict[Path, tuple[tuple[int, int], str]] = {}  # file → ((size, mtime), sha256)
        self._failed: dict[Path, tuple[int, int]] = {}  # file → (size, mtime) when it failed
        self._lock = threading.Lock()

    def status(self, ws) -> BaseStatus:
        from ..distill.run import collect_sources
        from ..facts.index import FactIndex

        index = FactIndex.load(ws)
        known = {s.sha256 for s in index.sources.values()}
        files, _ = collect_sources(ws, [ws.seeds_dir]) if ws.seeds_dir.is_dir() else ([], None)
        pending = []
        for path in files:
            stamp = _stamp(path)
            if stamp is None or self._failed.get(path) == stamp:
                continue
            if self._sha256(path, stamp) not in known:
                pending.append(ws.relpath(path))
        return BaseStatus(len(index.facts), pending, str(ws.seeds_dir))

    def failed(self, paths) -> None:
        """Files that could not be distilled: not offered again until they change."""
        with self._lock:
            for path in paths:
                stamp = _stamp(Path(path))
                if stamp is not None:
                    self._failed[Path(path)] = stamp

    def _sha256(self, path: Path, stamp: tuple[int, int]) -> str:
        from ..fileio import sha256_file

        with self._lock:
            held = self._hashes.get(path)
        if held is not None and held[0] == stamp:
            return held[1]
        digest = sha256_file(path)
        with self._lock:
            self._hashes[path] = (stamp, digest)
        return digest


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns
