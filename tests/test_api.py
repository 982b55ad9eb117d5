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

REPO = Path(__file__).resolve().parents[1]
TOPIC = "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议"


def copy_workspace(root: Path, seeds: bool = True) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "facts").mkdir()
    if seeds:
        shutil.copytree(REPO / "seeds", root / "seeds")
    return root


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_draft_check_refresh_through_the_api_without_click(tmp_path):
    """The acceptance test: a whole year's work from Python; click and rich are never imported."""
    root = copy_workspace(tmp_path / "ws")
    (root / "inbox").mkdir()
    shutil.move(str(next((root / "seeds").glob("000_*.txt"))), root / "inbox")  # the new report
    code = textwrap.dedent(f"""
        import json, sys
        import drafter

        ws = drafter.open_workspace()
        steps = []
        distilled = ws.distill(["seeds"], progress=lambda d, t, what: steps.append((d, t, what)))
        draft = ws.draft("1288", {TOPIC!r}, deputy="林永红", session="市十七届人大五次会议",
                         type="A", date="2026-05-20")
        check = ws.check(draft.path)
        refresh = ws.refresh(["inbox"], dry_run=True)
        print(json.dumps({{
            "distilled": distilled.to_dict(), "steps": steps, "draft": draft.to_dict(),
            "check": check.to_dict(), "refresh": refresh.to_dict(),
            "modules": sorted(m for m in sys.modules if m.split(".")[0] in ("click", "rich")),
        }}, ensure_ascii=False, default=str))
    """)
    done = run_python(code, root)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["modules"] == []
    assert out["distilled"]["totals"]["documents"] == 4 and out["distilled"]["totals"]["facts"] > 20
    assert [s[:2] for s in out["steps"]] == [[1, 4], [2, 4], [3, 4], [4, 4]]
    assert Path(out["draft"]["path"]) == root / "drafts" / "1288.docx"
    assert out["draft"]["facts_used"], "the draft cites facts of the seeds"
    assert out["check"]["path"] == out["draft"]["path"]
    # a fresh draft still has its placeholders (document number, contact…): check reports them
    assert any(f["code"] == "placeholder" for f in out["check"]["findings"])
    # the report would be filed under seeds/ (a dry run copies nothing)
    filed = out["refresh"]["sources"][0]["path"]
    assert out["refresh"]["dry_run"] is True and filed.startswith("seeds/harvested/")
    assert not (root / filed).exists()
    assert out["refresh"]["changes"] or out["refresh"]["new"]
    assert not (root / "facts" / f"{out['refresh']['sources'][0]['id']}.yaml").exists()  # dry run


def test_reports_equal_the_cli_json(tmp_path):
    """Each report's to_dict() is what the command prints with --json."""
    from click.testing import CliRunner

    from drafter.cli import cli

    root = copy_workspace(tmp_path / "ws")
    ws = drafter.open_workspace(root)
    ws.distill([root / "seeds"])

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


def test_facts_limit_counts_what_it_left_out(tmp_path):
    root = copy_workspace(tmp_path / "ws")
    ws = drafter.open_workspace(root)
    ws.distill(root / "seeds")
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
    (lambda ws: ws.draft("12", TOPIC, date="2026/05/20"), "YYYY-MM-DD"),
    (lambda ws: ws.facts(kind="bogus"), "事实类型"),
    (lambda ws: ws.facts(period="去年"), "年份"),
])
def test_library_errors_say_what_is_wrong_without_cli_flags(tmp_path, call, message):
    ws = drafter.open_workspace(copy_workspace(tmp_path / "ws", seeds=False))
    with pytest.raises(DrafterError) as caught:
        call(ws)
    assert message in str(caught.value)
    assert not re.search(r"--[a-z]", str(caught.value))


def test_a_proposal_is_drafted_under_the_batch_name(tmp_path):
    root = copy_workspace(tmp_path / "ws")
    ws = drafter.open_workspace(root)
    ws.distill(root / "seeds")
    report = ws.draft(45, "关于加快科技成果转化的提案", proposal=True, date="2026-05-20")
    assert report.path == root / "drafts" / "提案-45.docx" and report.path.is_file()
    suggestion = drafter.make_suggestion(46, "关于加快科技成果转化的提案", proposal=True)
    assert ws.draft(suggestion).path == root / "drafts" / "提案-46.docx"


def test_open_workspace_finds_the_nearest_and_names_a_missing_one(tmp_path, monkeypatch):
    root = copy_workspace(tmp_path / "ws", seeds=False)
    monkeypatch.chdir(root / "templates")
    assert drafter.open_workspace().root == root
    with pytest.raises(DrafterError) as caught:
        drafter.open_workspace(tmp_path)
    assert "drafter.yaml" in str(caught.value)


def test_readme_example_runs(tmp_path):
    """The README's "Use from Python" example, run as written in a copy of the demo workspace."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use from Python", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    root = copy_workspace(tmp_path / "demo")
    done = run_python(code, root)
    assert done.returncode == 0, done.stderr
    assert "drafts/api-1288.docx" in done.stdout and "还有" in done.stdout
    assert (root / "drafts" / "api-1288.docx").is_file()
