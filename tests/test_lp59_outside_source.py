"""A source distilled from a folder outside the workspace is recorded where it is (hd66c: `-w ws distill seeds` run beside
the workspace recorded `path: seeds/…`, which names the workspace's own empty seeds/, so a colleague's clone and
`withdraw` looked for the source in the wrong place)."""

from __future__ import annotations

import shutil

import yaml
from click.testing import CliRunner

from drafter.cli import cli
from helpers import REPO, new_workspace


def test_outside_source_recorded_relative_to_the_workspace(tmp_path, monkeypatch):
    ws = new_workspace(tmp_path / "ws", seeds=False)
    outside = tmp_path / "seeds"
    outside.mkdir()
    seed = REPO / "seeds" / "000_60a5176dfe2077e9.txt"
    shutil.copy(seed, outside / seed.name)
    monkeypatch.chdir(tmp_path)  # the clerk runs it beside the workspace: the path given is relative to here
    result = CliRunner().invoke(cli, ["-w", "ws", "distill", "seeds"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [fact_file] = list((ws / "facts").glob("*.yaml"))
    recorded = yaml.safe_load(fact_file.read_text(encoding="utf-8"))["source"]["path"]
    assert recorded == f"../seeds/{seed.name}"
    assert (ws / recorded).resolve() == (outside / seed.name).resolve()


def test_inside_source_recorded_as_before(tmp_path):
    ws = new_workspace(tmp_path / "ws", seeds=False)
    (ws / "seeds").mkdir(exist_ok=True)
    seed = REPO / "seeds" / "000_60a5176dfe2077e9.txt"
    shutil.copy(seed, ws / "seeds" / seed.name)
    result = CliRunner().invoke(cli, ["-w", str(ws), "distill", str(ws / "seeds")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [fact_file] = list((ws / "facts").glob("*.yaml"))
    assert yaml.safe_load(fact_file.read_text(encoding="utf-8"))["source"]["path"] == f"seeds/{seed.name}"
