"""Shared by the web tests: a copy of the demo workspace, a running server, hostile uploads."""

from __future__ import annotations

import io
import re
import shutil
import socket
import threading
import time
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from helpers import REPO

if TYPE_CHECKING:
    from drafter.web.workers import DraftWorkers

DEMO_LIST = REPO / "examples" / "交办清单.xlsx"
# A new year's report: two figures of the demo fact base (from the 2025 reply) change.
REPORT_2026 = """泉州市科学技术局2026年工作总结

2026年，我局坚持以科技创新引领产业创新，各项工作取得新成效。现将有关情况总结如下：
一、主要工作成效
（一）创新主体持续壮大。全市培育科技型中小企业2015家，国家级高新技术企业3600家，省级以上“专精特新”企业820家。
（二）创新平台提质增效。新型研发机构建设加快，市级新型研发机构达31家。
二、2027年工作计划
一是持续壮大创新主体。二是加快建设新型研发机构。

泉州市科学技术局
2027年1月12日
"""
REPORT = REPORT_2026.encode("utf-8")
SCREENSHOTS = REPO / "screenshots"  # git-ignored: what a reviewer looks at


def make_workspace(root: Path) -> Path:
    """The repository's demo workspace (drafter.yaml, facts/, templates/) copied to ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "facts", root / "facts")
    (root / "seeds").mkdir()
    return root


class Clock:
    """The time a module reads (``monkeypatch.setattr(module, "time", Clock())``): the real time
    plus what a test has moved it on, so that waiting out a pause takes no real time."""

    def __init__(self):
        self.ahead = 0.0

    def time(self) -> float:
        return time.time() + self.ahead

    def advance(self, seconds: float) -> None:
        self.ahead += seconds


def started_since(others: set) -> list:
    """The child processes started since ``others`` (``multiprocessing.active_children()`` then)."""
    import multiprocessing

    return [p for p in multiprocessing.active_children() if p not in others]


def kill_all(processes: list) -> None:
    """Kill each of ``processes`` and wait for it to end."""
    for process in processes:
        process.kill()
        process.join(10)


def error_of(html: str) -> str | None:
    """The error line a page shows (its first ``<p class="error">``), or None."""
    m = re.search(r'<p class="error"[^>]*>(.*?)</p>', html, re.S)
    return m.group(1).strip() if m else None


def shot(pg, name: str) -> Path:
    """A screenshot of what a browser page's screen shows, saved as screenshots/<name>.png."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    pg.screenshot(path=str(path))  # what the screen shows (a full page costs seconds)
    return path


@contextmanager
def browser_page(browser, width: int = 1280, height: int = 900, locale: str = "zh-CN", **options):
    """A page of its own in ``browser`` (a context closed afterwards), in Chinese unless ``locale``
    says otherwise, 30 s timeout."""
    context = browser.new_context(viewport={"width": width, "height": height}, locale=locale, **options)
    pg = context.new_page()
    pg.set_default_timeout(30000)
    try:
        yield pg
    finally:
        context.close()


def csrf_of(html: str) -> str:
    """The token of a page's forms (their hidden field ``csrf``)."""
    return re.search(r'<input type="hidden" name="csrf" value="([A-Za-z0-9_\-]+)">', html).group(1)


def zip_bomb() -> bytes:
    """A .docx whose document.xml inflates from ~20 KB to 20 MB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        zf.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    return buf.getvalue()


OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
HOSTILE = {
    "fake.docx": b"this is plain text, not a zip",
    "bomb.docx": zip_bomb(),
    "encrypted.docx": OLE_MAGIC + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le"),
}


def scanned_pdf() -> bytes:
    """A one-page PDF with no text layer (what a scanner gives)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


class LiveServer:
    """The app under uvicorn in a daemon thread, on a port the OS picked (no race); with
    ``workers`` (a number) it drafts in that many drafting processes, as ``drafter serve`` does,
    stopped with the server; or in another server's (a ``DraftWorkers`` of the same ``root``),
    left running."""

    def __init__(self, root: Path, workers: int | DraftWorkers | None = None, **settings):
        import uvicorn

        from drafter.web.app import create_app
        from drafter.web.config import ServeSettings
        from drafter.web.workers import DraftWorkers

        self.root = root
        self.own_workers = isinstance(workers, int)
        self.workers = DraftWorkers(root, workers) if self.own_workers else workers
        assert self.workers is None or self.workers.root == root
        self.app = create_app(root, ServeSettings(**settings) if settings else None, workers=self.workers)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("服务没有启动")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
        if self.own_workers:
            self.workers.stop()
