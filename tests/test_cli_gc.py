"""A command runs once and exits, so `drafter` collects young objects less often while it runs
and leaves them to the process's end rather than to the interpreter's last collection
(benchmarks/bench_draft.py measures the gain); the server runs for days and goes back to Python's
own thresholds before it starts."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import docx
import pytest

import drafter.web.server
from drafter.cli import PYTHON_GC, SHORT_RUN_GC, main
from helpers import REPO, TEXT_1288, TITLE_1288, new_workspace


@pytest.fixture
def thresholds():
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_a_command_runs_with_fewer_collections(tmp_path, thresholds, monkeypatch):
    root = new_workspace(tmp_path / "ws", seeds=False)
    seen = []
    monkeypatch.setattr("drafter.cli_output.show_sources", lambda report, echo: seen.append(gc.get_threshold()))
    with pytest.raises(SystemExit) as done:
        main(["-w", str(root), "sources"])
    assert done.value.code == 0
    assert seen == [SHORT_RUN_GC] and SHORT_RUN_GC[0] > PYTHON_GC[0]


def test_the_server_runs_with_pythons_own_thresholds(tmp_path, thresholds, monkeypatch):
    root = new_workspace(tmp_path / "ws", seeds=False)
    seen = []
    monkeypatch.setattr(drafter.web.server, "serve", lambda *a, **k: seen.append(gc.get_threshold()))
    with pytest.raises(SystemExit) as done:
        main(["-w", str(root), "serve", "--no-browser"])
    assert done.value.code == 0
    assert seen == [PYTHON_GC] and PYTHON_GC != SHORT_RUN_GC


def test_a_draft_leaves_its_objects_to_the_process_end(seeded_root, tmp_path):
    # a handler registered before main runs after its own: it sees what the last collection will walk
    probe = ("import atexit, gc; atexit.register(lambda: print('frozen', gc.get_freeze_count()));"
             " from drafter.cli import main; main()")
    out = tmp_path / "1288.docx"
    result = subprocess.run(
        [sys.executable, "-c", probe, "-w", str(seeded_root), "draft", "1288", TITLE_1288, "--deputy", "林永红",
         "--date", "2026-05-20", "--text", str(TEXT_1288), "-o", str(out)],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert result.returncode == 0, result.stderr
    frozen = int(result.stdout.split("frozen")[-1])
    assert frozen > 10_000  # the modules, the index, the document: out of the last collection's reach
    assert "一是" in "".join(p.text for p in docx.Document(out).paragraphs)  # written whole before
