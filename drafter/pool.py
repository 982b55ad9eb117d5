"""A drafting pool: many drafts from one workspace, one loaded fact index and one "today".

Everything a draft needs is held by the :class:`DraftingPool` object, none in module state, so two
pools (two batches, or a server's threads) never share or clobber anything. With ``jobs`` > 1 the
pool starts its own worker processes, each running :meth:`DraftingPool._work` of this very object:
forked (the index is inherited, not copied) when the calling thread is the only one, otherwise
started fresh (``forkserver``/``spawn``; the pool is pickled once per worker), since forking a
process that runs other threads can deadlock the child.
"""

from __future__ import annotations

import datetime as dt
import queue
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .compose.suggestion import Suggestion
from .errors import DrafterError
from .workspace import Workspace

WAIT_SECONDS = 0.5  # how often the pool looks whether a silent worker has died


@dataclass(eq=False)
class Task:
    """One draft to write: ``overwrite`` when the target may be replaced; ``today``, the day it is
    drafted as of, when not the pool's. Tasks compare (and hash) by identity: :meth:`DraftingPool.run`
    yields the very task objects it was given."""

    suggestion: Suggestion
    target: Path
    overwrite: bool = False
    today: dt.date | None = None


@dataclass
class Outcome:
    """What drafting one item gave (small, so it crosses from a worker process cheaply)."""

    path: str | None = None
    error: str | None = None
    reply_class: str | None = None
    facts_used: int = 0
    placeholders: int = 0
    warnings: list[str] = field(default_factory=list)
    sha256: str | None = None  # of the file written (make_draft's hash of its bytes)
    answered: str | None = None  # the base's reply to this very item (Reply.answered)


class DraftingPool:
    """Drafts tasks with ``ws``, the loaded fact ``index`` and ``today``, in ``jobs`` processes
    (default one per CPU core; 1 drafts in the calling process)."""

    def __init__(self, ws: Workspace, index, today: dt.date, jobs: int | None = None):
        self.ws, self.index, self.today, self.jobs = ws, index, today, jobs

    def draft(self, task: Task) -> Outcome:
        """Draft one task here; a DrafterError becomes the outcome's ``error``."""
        from .draft import make_draft

        try:
            drafted = make_draft(self.ws, task.suggestion, out=task.target, force=task.overwrite,
                                 index=self.index, today=task.today or self.today)
        except DrafterError as exc:
            return Outcome(error=str(exc))
        reply = drafted.reply
        return Outcome(str(drafted.path), None, reply.reply_class, len(reply.facts_used),
                       len(reply.placeholders), list(reply.warnings), drafted.sha256, reply.answered)

    def run(self, tasks: Iterable[Task]) -> Iterator[tuple[Task, Outcome]]:
        """Draft every task; yields (task, outcome) as each finishes (in any order). Where no
        worker process can be started (the workspace cannot be handed to a fresh process), the
        tasks are drafted here, one after the other."""
        import os

        tasks = list(tasks)
        workers = min(self.jobs if self.jobs is not None else (os.cpu_count() or 1), len(tasks))
        processes = self._start(workers) if workers > 1 else None
        if processes is None:
            for task in tasks:
                yield task, self._drafted(task)
            return
        yield from self._in_processes(tasks, *processes)

    def _start(self, workers: int):
        """(worker processes, task queue, result queue), or None when they cannot be started."""
        import pickle

        context = _process_context()
        todo, done = context.Queue(), context.Queue()
        processes = [context.Process(target=self._work, args=(todo, done), daemon=True)
                     for _ in range(workers)]
        try:
            for process in processes:  # before the first put starts the queue's feeder thread
                process.start()
        except (pickle.PicklingError, TypeError, AttributeError):
            for process in processes:
                if process.is_alive():
                    process.terminate()
            return None
        return processes, todo, done

    def _in_processes(self, tasks: list[Task], processes: list, todo, done) -> Iterator[tuple[Task, Outcome]]:
        workers = len(processes)
        for n, task in enumerate(tasks):
            todo.put((n, task))
        for _ in range(workers):
            todo.put(None)
        try:
            pending = len(tasks)
            while pending:
                try:
                    n, outcome = done.get(timeout=WAIT_SECONDS)
                except queue.Empty:
                    if not any(p.is_alive() for p in processes):
                        raise DrafterError(f"起草进程意外退出，尚有{pending}份未起草") from None
                    continue
                pending -= 1
                yield tasks[n], outcome
        finally:
            for process in processes:
                if process.is_alive():
                    process.terminate()
                process.join()
            todo.close()
            todo.join_thread()

    def _work(self, todo, done) -> None:
        """A worker process: draft tasks from ``todo`` until its end mark, report on ``done``."""
        for n, task in iter(todo.get, None):
            done.put((n, self._drafted(task)))

    def _drafted(self, task: Task) -> Outcome:
        """:meth:`draft`, any other failure (a bug) the outcome's ``error`` too: one bad item must not
        stop the others, in a worker process or drafting here (--jobs 1)."""
        try:
            return self.draft(task)
        except Exception as exc:
            return Outcome(error=f"起草失败：{type(exc).__name__}: {exc}")


def _process_context():
    """``fork`` when this is the only thread (workers inherit the loaded index), else a fresh start."""
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
