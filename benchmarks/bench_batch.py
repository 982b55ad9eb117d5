"""Benchmark: ``drafter batch`` on a generated 200-row list against one cold ``drafter draft``.

Both run as fresh subprocesses on a temporary copy of the demo workspace, in the same run, so the
ratio does not depend on the machine. Goal: batch ≤ 10× a single cold draft (the fact index and
templates load once for the whole list) and a peak memory (max RSS of the batch process) under
300 MB. The fact index cache is primed by one untimed draft first, so both timed runs read it.

Usage: python benchmarks/bench_batch.py [--rows 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOPICS = ["科技创新", "高新技术企业", "研发投入", "科技成果转化", "科技人才", "知识产权", "中试平台",
          "科技金融", "农业科技特派员", "新型研发机构", "科技型中小企业", "产学研协同"]
ASPECTS = ["加大支持力度", "完善政策体系", "强化服务保障", "推动高质量发展", "优化发展环境"]
GOAL_RATIO, GOAL_MB = 10.0, 300


def make_list(path: Path, rows: int) -> Path:
    """An assignment list of ``rows`` items: mostly 主办, every fourth 会办, every tenth a proposal."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2026年市人大代表建议交办清单（基准测试）"])
    sheet.append(["序号", "建议号", "标题", "领衔代表", "届次", "类别", "承办方式", "主办单位", "会办单位",
                  "交办日期"])
    for n in range(rows):
        topic, aspect = TOPICS[n % len(TOPICS)], ASPECTS[n // len(TOPICS) % len(ASPECTS)]
        proposal, co = n % 10 == 9, n % 4 == 3
        sheet.append([
            n + 1, 2001 + n, f"关于{topic}{aspect}的{'提案' if proposal else '建议'}", f"代表{n + 1}",
            "市政协十三届五次会议" if proposal else "市十七届人大五次会议", "提案" if proposal else "建议",
            "会办" if co else "主办", "市工信局" if co else "市科技局", "市科技局" if co else "市财政局",
            dt.date(2026, 3, 1) + dt.timedelta(days=n % 40),
        ])
    book.save(path)
    return path


def run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Run ``drafter args`` in a fresh interpreter; return (seconds, its max RSS in MB)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        command = [sys.executable, "-c", "from drafter.cli import main; main()", *args]
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own resource usage
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            out.seek(0)
            sys.exit(f"drafter {' '.join(args)} failed ({proc.returncode}):\n"
                     f"{out.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024  # KB on Linux


def prepare(tmp: Path) -> tuple[Path, int]:
    """Copy the demo workspace; distill the seeds when it has no facts yet. Returns (ws, facts)."""
    ws = tmp / "ws"
    ws.mkdir()
    shutil.copy(REPO / "drafter.yaml", ws)
    for folder in ("templates", "facts", "seeds"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, ws / folder)
    if not list((ws / "facts").glob("*.yaml")):
        try:
            from drafter.distill import distill_paths
            from drafter.workspace import load_workspace

            distill_paths(load_workspace(ws), sorted((ws / "seeds").glob("*.txt")))
        except ImportError:
            print("注意：事实库为空且无法提炼种子文件，以空事实库测试", file=sys.stderr)
    facts = sum(p.read_text("utf-8").count("\n  - id:") for p in (ws / "facts").glob("*.yaml"))
    return ws, facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="cold draft runs (best used)")
    options = parser.parse_args()
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as name:
        ws, facts = prepare(Path(name))
        make_list(ws / "list.xlsx", options.rows)
        draft = ["draft", "1288", "关于推动科技成果转化的建议", "--deputy", "林永红", "--force",
                 "-o", "cold.docx"]
        run(draft, ws)  # primes the fact index cache
        cold, draft_peak = min(run(draft, ws) for _ in range(options.repeat))
        batch, peak = run(["batch", "list.xlsx", "-o", "out", "--today", "2026-04-01"], ws)
        drafted = len(list((ws / "out").glob("*.docx")))
    ratio = batch / cold
    print(f"facts: {facts}, rows: {options.rows}, drafts written: {drafted}")
    print(f"cold draft: {cold:.2f} s (best of {options.repeat}), peak {draft_peak:.0f} MB")
    print(f"batch:      {batch:.2f} s = {batch / max(drafted, 1) * 1000:.0f} ms per draft, "
          f"peak {peak:.0f} MB")
    print(f"ratio batch/cold draft: {ratio:.1f}× (goal ≤ {GOAL_RATIO:.0f}×) — "
          f"{'ok' if ratio <= GOAL_RATIO else 'SLOW'}; memory {'ok' if peak < GOAL_MB else 'HIGH'} "
          f"(goal < {GOAL_MB} MB)")


if __name__ == "__main__":
    main()
