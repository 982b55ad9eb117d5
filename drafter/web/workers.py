"""Drafting processes of ``drafter serve``: drafts run in parallel on every core.

A draft is CPU-bound Python (composing, building the .docx), so threads of one process draft one
at a time. The server therefore keeps a pool of worker processes (one per core by default),
started once the server has answered its first request (so they do not slow the first page
down; they warm up while the clerk fills in the form) and kept warm: each worker opens the
workspace and loads the fact base once, and again only when a fact file changed
(:meth:`FactIndex.load` keeps the index while the base's signature is unchanged, and reads it
under the fact base's lock, so a refresh is never seen half-way). The server process does the
HTTP, the forms, the drafts record and the preview; a worker composes and writes the .docx and
returns plain data. A batch runs in one worker (its progress sent back on a queue), so the
others go on drafting single replies.

The workers are *started fresh* (the ``spawn`` method, the only one Windows has), never forked
from the server: forking a process that runs threads can deadlock the child. Only the workspace
folder and the progress queue cross to a worker at start, and a task's arguments per task. A
worker that dies (killed, out of memory) fails only the tasks it had: they get a one-line
message, and the pool is started again for the next ones. Workers end with the server.
"""

from __future__ import annotations

import functools
import os
import secrets
import threading
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable

from ..errors import DrafterError
from .drafting import WorkspaceCache, draft

WAITING = -1  # a batch's progress "done" that says it waits for another batch writing its folder
STOPPED = "服务正在停止，未起草（请在重新启动 drafter serve 后重试）"


# In a worker process only (set by _start): its workspace, and the queue its batches report on.
_CACHE: WorkspaceCache | None = None
_PROGRESS = None


def _is_broken(pool: ProcessPoolExecutor) -> bool:
    """Whether a worker of ``pool`` died (the executor then refuses every task)."""
    return bool(getattr(pool, "_broken", False))  # set by the executor's manager thread


class DraftWorkers:
    """``size`` drafting processes (default: one per core) for the workspace at ``root``."""

    def __init__(self, root: str | Path, size: int | None = None):
        self.root = Path(root)
        self.size = max(1, size or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._progress = None  # the current pool's queue of (batch token, done, total, what)
        self._relaying: threading.Thread | None = None
        self._listeners: dict[str, Callable[[int, int, str], None]] = {}
        self._lock = threading.Lock()
        self._stopped = False  # by stop(): for good, so a request still finishing starts none

    def start(self) -> DraftWorkers:
        """Start the processes; they load the workspace and its fact base in the background. A
        pool broken since (a worker died while idle) is replaced, so that the next task is not
        refused. Once :meth:`stop` has ended them (the server is shutting down) nothing is started."""
        import multiprocessing

        with self._lock:
            if self.needs_start():
                if self._pool is not None:  # broken: forgotten, its progress relay ended
                    self._drop(self._pool)
                context = multiprocessing.get_context("spawn")
                progress = context.Queue()  # handed over at start: the only way a queue may cross
                pool = ProcessPoolExecutor(self.size, mp_context=context, initializer=_start,
                                           initargs=(str(self.root), progress))
                for _ in range(self.size):  # one process per task submitted while none is idle
                    pool.submit(os.getpid)
                self._relaying = threading.Thread(target=self._relay, args=(progress,),
                                                  name="drafter-batch-progress", daemon=True)
                self._relaying.start()
                self._pool, self._progress = pool, progress
        return self

    def needs_start(self) -> bool:
        """Whether :meth:`start` would start processes (none yet, or their pool broke): a cheap
        look, so that the event loop hands the start itself to a thread only when it is due."""
        pool = self._pool
        return not self._stopped and (pool is None or _is_broken(pool))

    def hand_over(self, suggestion, target: Path, force: bool, preview: bool = True) -> Callable[[], dict]:
        """:func:`drafter.web.drafting.draft` in a worker process, in two steps: the draft is
        handed to the drafting processes now (without waiting: the server's event loop calls
        this as soon as a request is read), and the function returned waits for its answer (in a
        thread; the draft's errors are raised there). Through a thread from the start,
        ten requests arriving together were all read and parsed before the first of their
        threads got its turn to hand a draft over, and the drafting processes sat idle."""
        pool = self._pool or self.start()._pool
        future = self._submit(pool, _draft, (suggestion, str(target), force, preview))
        return functools.partial(self._outcome, pool, future)

    def batch(self, list_path: Path, out_dir: Path, progress: Callable[[int, int, str], None] | None = None,
              waiting: Callable[[str], None] | None = None):
        """``Workspace.batch`` of the list into ``out_dir`` in one worker process (the others go on
        drafting single replies), its progress reported here, and ``waiting(folder)`` when it
        waits for another batch writing ``out_dir``."""
        token = secrets.token_hex(8)

        def listener(done: int, total: int, what: str) -> None:
            if done == WAITING:
                if waiting is not None:
                    waiting(what)
            elif progress is not None:
                progress(done, total, what)

        self._listeners[token] = listener
        try:
            report = self._run(_batch, str(list_path), str(out_dir), token)
        finally:
            self._listeners.pop(token, None)
        if progress is not None:  # the last report may still be on its way: the end is now
            progress(len(report.items), len(report.items), "")
        return report

    def _run(self, work: Callable, *args):
        pool = self._pool or self.start()._pool
        return self._outcome(pool, self._submit(pool, work, args))

    def _outcome(self, pool: ProcessPoolExecutor, future):
        """The task's result, or its failure as the one line a user sees."""
        try:
            return future.result()
        except CancelledError:  # stop() cancelled it before a process took it
            raise DrafterError(STOPPED) from None
        except BrokenProcessPool:
            if self._restart(pool) is None:
                raise DrafterError(STOPPED) from None
            raise DrafterError("起草进程意外退出（已重新启动），请重试") from None

    def _submit(self, pool: ProcessPoolExecutor | None, work: Callable, args: tuple):
        for attempt in (1, 2):
            if pool is None:  # stopped: the server is shutting down
                raise DrafterError(STOPPED)
            try:
                return pool.submit(work, *args)
            except BrokenProcessPool:  # a worker died before this task: a fresh pool takes it
                if attempt == 2:
                    raise
                pool = self._restart(pool)
            except RuntimeError:  # "cannot schedule new futures after shutdown"
                if self._stopped:
                    raise DrafterError(STOPPED) from None
                raise

    def _relay(self, progress) -> None:
        """Pass the workers' batch progress on to whoever started each batch (until the pool ends)."""
        for token, done, total, what in iter(progress.get, None):
            listener = self._listeners.get(token)
            try:
                if listener is not None:
                    listener(done, total, what)
            except Exception:  # a progress display must not stop the relay for other batches
                pass
        progress.close()

    def _restart(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor | None:
        """A fresh pool in place of ``broken`` (None once stopped): ``broken`` has its ``_broken``
        set by then (the executor sets it before it fails the futures or refuses a task), so
        :meth:`start` replaces it, unless another thread already has."""
        return self.start()._pool

    def _drop(self, broken: ProcessPoolExecutor) -> None:
        """Forget the broken current pool and end its progress relay (by :meth:`start`, with the
        lock held)."""
        broken.shutdown(wait=False, cancel_futures=True)
        self._progress.put(None)  # ends its relay thread, which closes the queue
        self._pool = self._progress = self._relaying = None

    def stop(self) -> None:
        """End the processes (a task running finishes first) and the progress relay, for good: a
        request still finishing afterwards gets a one-line message and starts no new processes.
        Waits for both, so the queue is released here rather than reported as leaked at exit."""
        with self._lock:
            self._stopped = True
            pool, progress, relaying = self._pool, self._progress, self._relaying
            self._pool = self._progress = self._relaying = None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
            progress.put(None)
            relaying.join(5)

    def __enter__(self) -> DraftWorkers:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# ------------------------------------------------------------------ in a worker process


def _start(root: str, progress) -> None:
    """A new worker: open the workspace and load the fact base (a broken base is reported by the
    first draft, as without workers)."""
    global _CACHE, _PROGRESS
    _exit_with_the_server()
    _CACHE, _PROGRESS = WorkspaceCache(Path(root)), progress
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


def _batch(list_path: str, out_dir: str, token: str):
    def each(done: int, total: int, what: str) -> None:
        _PROGRESS.put((token, done, total, str(what)))

    def waiting(folder: str) -> None:
        _PROGRESS.put((token, WAITING, 0, folder))

    return _CACHE.get().batch(Path(list_path), Path(out_dir), jobs=1, progress=each, waiting=waiting)


def _draft(suggestion, target: str, force: bool, preview: bool) -> dict:
    return draft(_CACHE.get(), suggestion, Path(target), force, preview)
