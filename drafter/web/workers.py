"""Drafting processes of ``drafter serve``: drafts run in parallel on every core.

A draft is CPU-bound Python (composing, building the .docx), so threads of one process draft one
at a time. The server therefore keeps a pool of worker processes (one per core by default),
started once the server has answered its first request (so they do not slow the first page
down; they warm up while the clerk fills in the form) and kept warm: each worker opens the
workspace and loads the fact base once, and loads it again only when a fact file changed (:meth:`FactIndex.load` keeps the
index while the base's signature is unchanged, and reads it under the fact base's lock, so a
refresh is never seen half-way). The server process does the HTTP, the forms, the drafts record
and the preview; a worker composes and writes the .docx and returns plain data.

The workers are *started fresh* (the ``spawn`` method, the only one Windows has), never forked
from the server: forking a process that runs threads can deadlock the child. Nothing but the
workspace folder crosses to a worker at start, and a draft's Suggestion and target path per task.
A worker that dies (killed, out of memory) fails only the drafts it had: they get a one-line
message, and the pool is started again for the next ones.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..errors import DrafterError
from .drafting import WorkspaceCache, draft

# The workspace of this worker process (set by _start in a worker; never used by the server).
_CACHE: WorkspaceCache | None = None


class DraftWorkers:
    """``size`` drafting processes (default: one per core) for the workspace at ``root``."""

    def __init__(self, root: str | Path, size: int | None = None):
        self.root = Path(root)
        self.size = max(1, size or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def start(self) -> DraftWorkers:
        """Start the processes; they load the workspace and its fact base in the background."""
        import multiprocessing

        with self._lock:
            if self._pool is None:
                pool = ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"),
                                           initializer=_start, initargs=(str(self.root),))
                for _ in range(self.size):  # one process per task submitted while none is idle
                    pool.submit(os.getpid)
                self._pool = pool
        return self

    def draft(self, suggestion, target: Path, force: bool, preview: bool = True) -> dict:
        """:func:`drafter.web.drafting.draft` in a worker process (its errors raised here)."""
        pool = self._pool or self.start()._pool
        try:
            future = pool.submit(_draft, suggestion, str(target), force, preview)
        except BrokenProcessPool:  # a worker died before this draft: a fresh pool takes it
            pool = self._restart(pool)
            future = pool.submit(_draft, suggestion, str(target), force, preview)
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart(pool)
            raise DrafterError("起草进程意外退出（已重新启动），请重试") from None

    def _restart(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is broken:
                self._pool = None
                broken.shutdown(wait=False)
        return self.start()._pool

    def stop(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> DraftWorkers:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ------------------------------------------------------------------ in a worker process


def _start(root: str) -> None:
    """A new worker: open the workspace and load the fact base (a broken base is reported by the
    first draft, as without workers)."""
    global _CACHE
    _exit_with_the_server()
    _CACHE = WorkspaceCache(Path(root))
    try:
        from ..draft import make_draft  # noqa: F401  (imported now, not during the first draft)
        from ..facts.index import FactIndex

        FactIndex.load(_CACHE.get())
    except Exception:
        pass


def _exit_with_the_server() -> None:
    """End this worker when the server process ends, however it ends (killed, or its signal
    re-raised before the pool could be shut down): a worker would otherwise wait forever."""
    import multiprocessing
    from multiprocessing.connection import wait

    server = multiprocessing.parent_process()
    if server is None:
        return

    def watch() -> None:
        wait([server.sentinel])
        os._exit(0)  # a draft being written is a temporary file, renamed into place only when whole

    threading.Thread(target=watch, name="drafter-server-watch", daemon=True).start()


def _draft(suggestion, target: str, force: bool, preview: bool) -> dict:
    return draft(_CACHE.get(), suggestion, Path(target), force, preview)
