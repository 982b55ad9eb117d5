"""``refresh``'s preview is what applying does: the dry run lists every old figure the update
marks superseded and every fact it adds, the update then marks and adds exactly those (read back
from the fact files), a report applied before promises nothing — through ``refresh --dry-run
--json``, the command's own lines and the 年度更新 page."""

from __future__ import annotations

import json
import re
import shutil
import warnings
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.store import load_fact_files
from drafter.workspace import load_workspace
from web_helpers import REPORT, csrf_of

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

TODAY = "2027-01-15"


def _base(root: Path) -> tuple[Counter, set[str]]:
    """The figures carrying a ``superseded_by`` (fact id, raw, mark) and the fact ids of the base."""
    files = load_fact_files(load_workspace(root))
    marks = Counter((f.id, g.raw, g.superseded_by) for ff in files for f in ff.facts for g in f.figures
                    if g.superseded_by)
    return marks, {f.id for ff in files for f in ff.facts}


def _refresh(root: Path, report: Path, *options: str):
    result = CliRunner().invoke(cli, ["-w", str(root), "refresh", str(report), "--today", TODAY, *options])
    assert result.exit_code == 0, result.output
    return result


def _promise_is_the_result(root: Path, report: Path) -> dict:
    """Preview ``report``, apply it, and check the update did what the preview said; the preview."""
    marks_before, facts_before = _base(root)
    preview = json.loads(_refresh(root, report, "--dry-run", "--json").stdout)
    applied = json.loads(_refresh(root, report, "--json").stdout)
    marks_after, facts_after = _base(root)
    marked = Counter((f["fact"], f["raw"], f["superseded_by"]) for f in preview["superseded_figures"])
    assert marks_after - marks_before == marked
    assert facts_after - facts_before == {f["id"] for f in preview["added"]}
    for key in ("superseded_figures", "added", "superseded", "changes", "new", "already_applied"):
        assert applied[key] == preview[key], key
    return preview


@pytest.fixture
def root(seeded_ws) -> Path:
    return seeded_ws.root


@pytest.fixture
def report(tmp_path) -> Path:
    path = tmp_path / "2026年工作总结.txt"
    path.write_bytes(REPORT)
    return path


def test_a_new_reports_preview_lists_every_figure_it_supersedes_and_every_fact_it_adds(root, report):
    preview = _promise_is_the_result(root, report)
    assert preview["superseded_figures"] and preview["added"] and not preview["already_applied"]
    # more figures are marked than values changed: a figure whose value a newer statement repeats
    # is marked too, and the preview lists it
    changed = [f for f in preview["superseded_figures"] if f["outcome"] == "updated"]
    assert 0 < len(changed) <= len(preview["superseded_figures"])
    # every new measure listed is one of the facts added
    assert {m["new"]["fact"] for m in preview["new"]} <= {f["id"] for f in preview["added"]}
    # applied before: said so, nothing promised, nothing written
    again = json.loads(_refresh(root, report, "--dry-run", "--json").stdout)
    assert again["already_applied"]
    assert not (again["superseded_figures"] or again["added"] or again["new"] or again["changes"]
                or again["superseded"])
    lines = _refresh(root, report, "--dry-run").stdout
    assert "本次不再改动" in lines and "将" not in lines.split("未获更新")[0]


def test_a_seed_already_distilled_promises_no_facts_it_holds(root):
    """Seed 004 is in the base (distilled, never refreshed): its preview adds no fact, and what
    it says it supersedes is what applying it supersedes."""
    seed = next((root / "seeds").glob("004_*"))
    preview = _promise_is_the_result(root, seed)
    assert not preview["added"] and not preview["new"]


def _flat(text: str) -> str:
    """The command's prose without the breaks and indents of its wrapping."""
    return re.sub(r"\s+", "", text)


def test_the_command_says_what_it_will_do_then_what_it_did(root, report):
    preview = _flat(_refresh(root, report, "--dry-run").stdout)
    data = json.loads(_refresh(root, report, "--dry-run", "--json").stdout)
    n, added = len(data["superseded_figures"]), len(data["added"])
    assert f"确认更新后将把{n}个旧数字标为已被取代" in preview and f"将新增事实{added}条" in preview
    assert preview.count("→") + preview.count("＝") >= 2 * n  # a row a figure: old → new, sources
    done = _flat(_refresh(root, report).stdout)
    assert f"已把{n}个旧数字标为已被取代" in done and f"已新增事实{added}条" in done
    assert "将" not in done.split("未获更新")[0]


def test_the_page_previews_what_confirming_does_and_says_it_in_the_past_after(root, report, tmp_path):
    from drafter.web.app import create_app

    pristine = shutil.copytree(root, tmp_path / "pristine")
    data = json.loads(_refresh(pristine, report, "--dry-run", "--json").stdout)
    n, added = len(data["superseded_figures"]), len(data["added"])
    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as client:
        csrf = csrf_of(client.get("/refresh").text)
        r = client.post("/refresh", data={"csrf": csrf}, files={"file": ("2026年工作总结.txt", REPORT)})
        assert r.status_code == 200
        assert f"确认更新后：{n} 个旧数字将标记为被取代，将加入 {added} 条新事实" in r.text
        assert f"将标记为被取代的旧数字（{n}）" in r.text and f"将加入的新事实（{added}）" in r.text
        assert r.text.count("<tr><td>") == n  # one row per figure the update marks
        fields = dict(re.findall(r'name="(token|name|original)" value="([^"]*)"', r.text))
        marks_before, _ = _base(root)
        r = client.post("/refresh/apply", data={**fields, "csrf": csrf})
        assert r.status_code == 200
        marks_after, _ = _base(root)
        assert sum((marks_after - marks_before).values()) == n
        assert f"{n} 个旧数字已标记为被取代，已加入 {added} 条新事实" in r.text
        assert f"已标记为被取代的旧数字（{n}）" in r.text and f"已加入的新事实（{added}）" in r.text
        assert "将标记" not in r.text and "将加入" not in r.text and "确认更新" not in r.text
        # the same report again: applied before, nothing promised
        r = client.post("/refresh", data={"csrf": csrf}, files={"file": ("2026年工作总结.txt", REPORT)})
        assert "此前已用该报告更新过事实库，本次不会改动" in r.text
        assert "将标记" not in r.text and "将加入" not in r.text and "/refresh/apply" not in r.text
