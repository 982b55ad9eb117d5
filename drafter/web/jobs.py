"""Long actions (a batch) run in a thread of their own; a page polls their progress."""

from __future__ import annotations

import secrets
import threading
import time
import traceback
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

    def progress(self, done: int, total: int, what: str = "") -> None:
        self.done, self.total, self.current = done, total, str(what)

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "done": self.done, "total": self.total,
                "current": self.current, "finished": self.finished, "error": self.error}


class Jobs:
    """The jobs of one server, by id; finished ones are forgotten after a few hours."""

    def __init__(self, describe_error: Callable[[BaseException], str]):
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._describe = describe_error

    def start(self, title: str, work: Callable[[Job], Any]) -> Job:
        job = Job(secrets.token_urlsafe(9), title)
        with self._lock:
            now = time.time()
            for key in [k for k, j in self._jobs.items() if j.finished and now - j.started > KEEP_SECONDS]:
                del self._jobs[key]
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
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)
