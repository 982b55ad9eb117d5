"""Long actions (a batch) run in a thread of their own; a page polls their progress.

A job may have a ``key`` (a batch's: its drafts folder and its list's content): while one runs,
the same list sent again joins it (:meth:`Jobs.join_or_start`) rather than drafting it twice.
"""

from __future__ import annotations

import secrets
import threading
import time
import traceback
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, Callable

KEEP_SECONDS = 6 * 3600


@dataclass
class Job:
    id: str
    title: str
    done: int = 0
    total: int = 0
    current: str = ""
    finished: bool = False
    error: str | None = None
    result: Any = None  # what the work returned
    started: float = field(default_factory=time.time)
    key: Hashable = None  # what the job does (Jobs.running finds it by this)
    note: str = ""  # why it has not started yet (waiting for another job), while it has not
    said: dict = field(default_factory=dict)  # what its page shows besides its progress and result

    def progress(self, done: int, total: int, what: str = "") -> None:
        self.done, self.total, self.current, self.note = done, total, str(what), ""

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "done": self.done, "total": self.total,
                "current": self.current, "finished": self.finished, "error": self.error,
                "note": self.note}


class Jobs:
    """The jobs of one server, by id; finished ones are forgotten after a few hours."""

    def __init__(self, describe_error: Callable[[BaseException], str]):
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._describe = describe_error

    def start(self, title: str, work: Callable[[Job], Any], key: Hashable = None) -> Job:
        """Run ``work(job)`` in a thread of its own; the job, to follow its progress."""
        return self.join_or_start(title, work, key)[0]

    def join_or_start(self, title: str, work: Callable[[Job], Any], key: Hashable = None
                      ) -> tuple[Job, bool]:
        """(the unfinished job started with ``key``, True) when there is one (``key`` None: never),
        else (a job started as :meth:`start` does, False): two requests for the same work at the
        same moment get one job."""
        job = Job(secrets.token_urlsafe(9), title, key=key)
        with self._lock:
            if key is not None:
                running = next((j for j in self._jobs.values() if j.key == key and not j.finished), None)
                if running is not None:
                    return running, True
            now = time.time()
            for old in [k for k, j in self._jobs.items() if j.finished and now - j.started > KEEP_SECONDS]:
                del self._jobs[old]
            self._jobs[job.id] = job

        def run() -> None:
            try:
                job.result = work(job)
            except Exception as exc:  # reported on the job's page; the server stays up
                job.error = self._describe(exc)
                if not getattr(exc, "message", None):
                    traceback.print_exc()
            finally:
                job.finished = True

        threading.Thread(target=run, name=f"drafter-job-{job.id}", daemon=True).start()
        return job, False

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)
