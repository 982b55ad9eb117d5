"""A command runs once and exits, so `drafter` collects young objects less often while it runs
(benchmarks/bench_draft.py measures the gain); the server runs for days and goes back to Python's
own thresholds before it starts."""

from __future__ import annotations

import gc

import pytest

import drafter.web.server
from drafter.cli import PYTHON_GC, SHORT_RUN_GC, main
from helpers import new_workspace


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
