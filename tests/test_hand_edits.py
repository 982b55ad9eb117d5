"""Hand edits stay consistent (issue 11): a person who corrects a fact's text in its YAML file
sees its figures follow the text on the next load, never the old number."""

from __future__ import annotations

import json

from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.store import load_fact_file
from drafter.distill import distill_paths
from drafter.workspace import load_workspace

from helpers import REPO


def _distilled_seed000(root):
    ws = load_workspace(root)
    report = distill_paths(ws, [REPO / "seeds" / "000_60a5176dfe2077e9.txt"])
    assert report.ok, report.to_dict()["errors"]
    return ws, ws.facts_dir / f"{report.sources[0].id}.yaml"


def test_a_corrected_number_in_the_text_becomes_the_figure(empty_root):
    ws, path = _distilled_seed000(empty_root)
    text = path.read_text(encoding="utf-8")
    assert text.count("1614家") >= 2  # in the fact's text and as its figure's raw
    path.write_text(text.replace("1614家", "1620家", 1), encoding="utf-8")  # the text comes first

    fact = next(f for f in load_fact_file(path).facts if "1620家" in f.text)
    raws = [g.raw for g in fact.figures]
    assert "1620家" in raws and "1614家" not in raws
    assert next(g for g in fact.figures if g.raw == "1620家").value == 1620

    listed = CliRunner().invoke(cli, ["--workspace", str(empty_root), "facts", "科技型中小企业", "--json"])
    assert listed.exit_code == 0, listed.output
    records = json.loads(listed.output)
    shown = [g["raw"] for r in records for g in r["figures"]]
    assert "1620家" in shown and "1614家" not in shown


def test_figures_a_person_set_are_kept_while_the_text_holds_them(empty_root):
    ws, path = _distilled_seed000(empty_root)
    text = path.read_text(encoding="utf-8")
    original = next(f for f in load_fact_file(path).facts if "1614家" in f.text)
    # only the counted noun of the figure is corrected: the text still holds every raw
    path.write_text(text.replace("counts: 科技型中小企业", "counts: 科技型中小企业（在库）", 1), encoding="utf-8")
    again = next(f for f in load_fact_file(path).facts if f.id == original.id)
    assert [g.raw for g in again.figures] == [g.raw for g in original.figures]
