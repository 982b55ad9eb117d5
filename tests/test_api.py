"""drafter as a library: ``drafter.open_workspace`` and one method per command, without click."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import drafter
from drafter.errors import DrafterError

from helpers import REPO, TITLE_1288 as TOPIC, new_workspace


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_draft_check_refresh_through_the_api_without_click(seeded_ws):
    """The acceptance test: a year's work from Python; click and rich are never imported."""
    root = seeded_ws.root
    (root / "inbox").mkdir()
    shutil.copy(next((root / "seeds").glob("000_*.txt")), root / "inbox")  # a new report
    code = textwrap.dedent(f"""
        import json, sys
        import drafter, drafter.batch, drafter.harvest, drafter.distill.run

        ws = drafter.open_workspace()
        draft = ws.draft("1288", {TOPIC!r}, deputy="林永红", session="市十七届人大五次会议",
                         type="A", date="2026-05-20")
        check = ws.check(draft.path)
        refresh = ws.refresh(["inbox"], dry_run=True)
        print(json.dumps({{
            "draft": draft.to_dict(),
            "check": check.to_dict(), "refresh": refresh.to_dict(),
            "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("click", "rich")),
        }}, ensure_ascii=False, default=str))
    """)
    before = {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")}
    done = run_python(code, root)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["modules"] == []
    assert Path(out["draft"]["path"]) == root / "drafts" / "1288.docx"
    assert out["draft"]["facts_used"], "the draft cites facts of the seeds"
    assert out["check"]["path"] == out["draft"]["path"]
    # a fresh draft still has its placeholders (document number, contact…): check reports them
    assert any(f["code"] == "placeholder" for f in out["check"]["findings"])
    # the report is kept under seeds/: here the seed with the same content (nothing copied)
    seed = next((root / "seeds").glob("000_*.txt"))
    assert out["refresh"]["dry_run"] is True and out["refresh"]["sources"][0]["path"] == f"seeds/{seed.name}"
    assert not out["refresh"]["copied"]
    # the seed is in the base already (distilled): said so, and nothing to add or supersede
    assert out["refresh"]["already_applied"] and out["refresh"]["stale"]
    assert not (out["refresh"]["added"] or out["refresh"]["superseded_figures"] or out["refresh"]["new"])
    after = {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")}
    assert out["refresh"]["written"] == [] and after == before  # a dry run writes nothing


def test_reports_equal_the_cli_json(seeded_ws, tmp_path):
    """Each report's to_dict() is what the command prints with --json."""
    from click.testing import CliRunner

    from drafter.cli import cli

    ws, root = seeded_ws, seeded_ws.root

    def cli_json(*args):
        result = CliRunner().invoke(cli, ["-w", str(root), *args, "--json"])
        assert result.exit_code in (0, 1), result.output
        return json.loads(result.stdout)

    assert json.loads(json.dumps(ws.facts("高新技术企业", period="2024-2025").to_dict())) == \
        cli_json("facts", "高新技术企业", "--period", "2024-2025")
    assert json.loads(json.dumps(ws.sources().to_dict(), default=str)) == cli_json("sources")
    report = ws.draft(1288, TOPIC, deputy="林永红", type="A", date="2026-05-20",
                      output=tmp_path / "api.docx")
    from_cli = cli_json("draft", "1288", TOPIC, "--deputy", "林永红", "--type", "A",
                        "--date", "2026-05-20", "-o", str(tmp_path / "cli.docx"))
    assert {**report.to_dict(), "path": None} == {**from_cli, "path": None}
    checked = cli_json("check", str(tmp_path / "api.docx"))
    assert ws.check(tmp_path / "api.docx").to_dict() == checked


def test_distill_and_harvest_report_progress(tmp_path):
    ws = drafter.open_workspace(new_workspace(tmp_path / "ws"))  # the seeds, not yet distilled
    steps = []
    report = ws.distill(ws.seeds_dir, progress=lambda *step: steps.append(step))
    assert report.to_dict()["totals"]["documents"] == 5 and report.ok
    assert [s[:2] for s in steps] == [(i, 5) for i in range(1, 6)] and steps[0][2].endswith(".txt")
    steps.clear()
    harvested = ws.harvest(next(ws.seeds_dir.glob("003_*.txt")), progress=lambda *s: steps.append(s))
    assert harvested.to_dict()["items"][0]["copied"] is False  # already among the sources
    assert [s[:2] for s in steps] == [(1, 1)]


def test_facts_limit_counts_what_it_left_out(seeded_root):
    ws = drafter.open_workspace(seeded_root)
    everything = ws.facts("高新技术企业")
    assert everything.total == len(everything.found) > 20
    first = ws.facts("高新技术企业", limit=20)
    assert len(first.facts) == 20 and first.more == everything.total - 20
    assert first.facts == everything.facts[:20]
    done = ws.facts(kind="done", period=2025, jurisdiction="泉州")
    assert done.facts and all(f.kind == "done" and "泉州" in (f.jurisdiction or "") for f in done.facts)


@pytest.mark.parametrize("call, message", [
    (lambda ws: ws.draft("abc", TOPIC), "应为数字"),
    (lambda ws: ws.draft("12", TOPIC, lead="市工信局"), "主办时不写主办单位"),
    (lambda ws: ws.draft("12", TOPIC, role="协办"), "主办单位"),
    (lambda ws: ws.draft("12", TOPIC, date="2026/13/20"), "成文日期“2026/13/20”有误：月份应为1–12"),
    (lambda ws: ws.facts(kind="bogus"), "事实类型"),
    (lambda ws: ws.facts(period="去年"), "年份"),
    (lambda ws: ws.draft("12", TOPIC, output="out.txt"), ".docx"),
    (lambda ws: ws.draft(drafter.make_suggestion(12, TOPIC), deputy="林永红"), "deputy"),
    (lambda ws: ws.draft("12", TOPIC, output="/nonexistent/dir/x.docx"), "目录不存在"),
])
def test_library_errors_say_what_is_wrong_without_cli_flags(empty_root, call, message):
    ws = drafter.open_workspace(empty_root)
    with pytest.raises(DrafterError) as caught:
        call(ws)
    assert message in str(caught.value)
    assert not re.search(r"--[a-z]", str(caught.value))


def test_a_proposal_is_drafted_under_the_batch_name(seeded_ws):
    ws, root = seeded_ws, seeded_ws.root
    report = ws.draft(45, "关于加快科技成果转化的提案", proposal=True, date="2026-05-20")
    assert report.path == root / "drafts" / "提案-45.docx" and report.path.is_file()
    suggestion = drafter.make_suggestion(46, "关于加快科技成果转化的提案", proposal=True)
    assert ws.draft(suggestion).path == root / "drafts" / "提案-46.docx"


def test_open_workspace_finds_the_nearest_and_names_a_missing_one(empty_root, tmp_path, monkeypatch):
    root = empty_root
    monkeypatch.chdir(root / "templates")
    assert drafter.open_workspace().root == root
    with pytest.raises(DrafterError) as caught:
        drafter.open_workspace(tmp_path)
    assert "drafter.yaml" in str(caught.value)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DrafterError) as caught:
        drafter.open_workspace()
    assert caught.value.fix == "workspace" and "--" not in str(caught.value)


def test_readme_example_runs(seeded_root, tmp_path):
    """The README's "Use from Python" example, run as written in a copy of the demo workspace."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    root = tmp_path / "demo"
    shutil.copytree(seeded_root, root)
    done = run_python(code, root)
    assert done.returncode == 0, done.stderr
    assert "drafts/api-1288.docx" in done.stdout and "还有" in done.stdout and "5 份来源" in done.stdout
    assert (root / "drafts" / "api-1288.docx").is_file()
