"""`drafter withdraw`: a clerk on the command line takes a mis-distilled source out of the base —
named by its id or its file under seeds/, `--dry-run` to see what goes, `--edited` to confirm a
person's edits go too, never a source other sources' facts refer to; nothing deleted."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from drafter.cli import cli
from helpers import REPO, new_workspace
from web_helpers import REPORT_2026

REPLY = "2025-reply-1071"  # the demo base's 1071 reply, from seeds/000_….txt


def workspace(tmp_path):
    root = new_workspace(tmp_path / "ws")
    shutil.rmtree(root / "facts")
    shutil.copytree(REPO / "facts", root / "facts")
    return root


def run(root, *args):
    return CliRunner().invoke(cli, ["-w", str(root), *args])


def base_files(root):
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for folder in ("facts", "seeds") for p in (root / folder).rglob("*") if p.is_file()}


def seed_of(root) -> str:
    return json.loads(run(root, "withdraw", REPLY, "--dry-run", "--json").output)["seed"]


def test_dry_run_by_seed_file_says_what_goes_and_moves_nothing(tmp_path):
    root = workspace(tmp_path)
    seed = seed_of(root)
    assert seed.startswith("seeds/") and (root / seed).is_file()
    before = base_files(root)
    facts = (root / "facts" / f"{REPLY}.yaml").read_text("utf-8").count("\n  - id: ")
    r = run(root, "withdraw", str(root / seed), "--dry-run")
    assert r.exit_code == 0, r.output
    assert f"撤回 泉科函〔2025〕81号（{REPLY}）将移走：" in r.output
    assert f"事实文件 facts/{REPLY}.yaml：{facts} 条事实" in r.output
    assert f"原文件 {seed}" in r.output and "未作改动（--dry-run）" in r.output
    assert base_files(root) == before and not (root / "withdrawn").exists()


def test_withdraw_moves_both_files_to_withdrawn_and_the_source_leaves_the_base(tmp_path):
    root = workspace(tmp_path)
    seed = seed_of(root)
    before = base_files(root)
    r = run(root, "withdraw", REPLY)
    assert r.exit_code == 0, r.output
    kept = list((root / "withdrawn").glob(f"*-{REPLY}"))
    assert len(kept) == 1
    assert f"已撤回：泉科函〔2025〕81号（{REPLY}，" in r.output and f"withdrawn/{kept[0].name}/" in r.output
    after = base_files(root)
    assert set(before) - set(after) == {f"facts/{REPLY}.yaml", seed}
    assert (kept[0] / f"{REPLY}.yaml").read_bytes() == before[f"facts/{REPLY}.yaml"]
    assert REPLY not in run(root, "sources").output
    again = run(root, "withdraw", REPLY)
    assert again.exit_code == 2 and again.output.count("\n") == 1
    assert f"错误：事实库中没有这个来源：{REPLY}" in again.output and "Traceback" not in again.output


def test_a_reviewed_fact_goes_only_with_edited(tmp_path):
    root = workspace(tmp_path)
    fact_file = root / "facts" / f"{REPLY}.yaml"
    fact_file.write_text(fact_file.read_text("utf-8").replace("reviewed: false", "reviewed: true", 1), "utf-8")
    before = base_files(root)
    plan = run(root, "withdraw", REPLY, "--dry-run")
    assert "其中 1 条经人工核实或修改（须加 --edited）" in plan.output
    r = run(root, "withdraw", REPLY)
    assert r.exit_code == 2 and r.output.count("\n") == 1
    assert f"facts/{REPLY}.yaml" in r.output and "其中 1 条事实经人工核实或修改" in r.output
    assert "确要一并撤回请加 --edited" in r.output
    assert base_files(root) == before
    assert run(root, "withdraw", REPLY, "--edited").exit_code == 0
    assert not fact_file.exists()


def test_a_report_that_superseded_older_figures_is_never_withdrawn(tmp_path):
    """A year-end report applied by refresh marks older figures superseded: withdrawing it would
    leave those marks pointing at nothing."""
    root = workspace(tmp_path)
    report = tmp_path / "2026年工作总结.txt"
    report.write_text(REPORT_2026, "utf-8")
    applied = json.loads(run(root, "refresh", str(report), "--json").output)
    source = applied["filed"][0]  # the report's copy under seeds/harvested/ names it
    before = base_files(root)
    plan = run(root, "withdraw", source, "--dry-run")
    assert plan.exit_code == 1 and "不能撤回：其他来源的" in plan.output
    r = run(root, "withdraw", source, "--edited")
    assert r.exit_code == 2 and "未撤回" in r.output
    assert base_files(root) == before


def test_a_source_whose_figures_a_newer_report_supersedes_is_never_withdrawn(tmp_path):
    """qa18 #14: `drafter withdraw 2023-reply-0157` went through though the 2025 report supersedes its
    26.18%: the mark refresh writes is on the old source's own figure (superseded_by naming the
    newer fact), which the check, reading other sources' marks only, never saw."""
    root = workspace(tmp_path)
    report = tmp_path / "2026年工作总结.txt"
    report.write_text(REPORT_2026, "utf-8")
    applied = json.loads(run(root, "refresh", str(report), "--json").output)
    older = sorted({h["source_id"] for h in applied["superseded_figures"]})
    assert older, applied
    before = base_files(root)
    for source in older:
        plan = run(root, "withdraw", source, "--dry-run", "--json")
        assert plan.exit_code == 1 and json.loads(plan.output)["cited_by"] > 0, plan.output
        shown = run(root, "withdraw", source, "--dry-run")
        assert "不能撤回：其他来源的" in shown.output, shown.output
        r = run(root, "withdraw", source, "--edited")
        assert r.exit_code == 2 and "未撤回" in r.output, r.output
    assert base_files(root) == before and not (root / "withdrawn").exists()
