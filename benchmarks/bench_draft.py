"""Time a cold ``drafter draft`` against the floor of any .docx writer, and measure its memory.

The floor is a fresh Python process that opens ``templates/reference.docx`` with python-docx and
saves it again: a draft cannot cost less. Each ``drafter draft`` also runs in a fresh process
(imports, workspace, fact index from its cache, compose, write), on a copy of the demo workspace:

1. with the seeds' facts (goal ≤ 3× the floor), by title alone and with the suggestion's text
   (``--text examples/1288建议.txt``, read by the source readers);
2. with a 10,000-fact base made by varying the seeds' facts (goal ≤ 4×): the first draft builds
   the index cache (reported apart), later drafts load it;
3. peak memory of the draft process (ru_maxrss of the child; goal < 150 MB).

Each run times the floor and the drafts one after the other (interleaved), so a change in the
machine's load falls on both sides of a ratio; medians are reported, by wall-clock time (the goal)
and by CPU time (user + system of the process: less sensitive to other processes on the machine).
drafter's modules are byte-compiled first (``compileall``), as an installed drafter has them (pip
compiles on install, the offline bundles ship .pyc, and a checkout writes them on its first run),
while python-docx's come compiled from pip: with ``PYTHONDONTWRITEBYTECODE`` set and no .pyc,
every run would compile drafter's sources again (``--no-compile`` measures that). Likewise the
first (untimed) drafts run without ``PYTHONDONTWRITEBYTECODE`` leave the compiled regular
expressions a draft uses beside the bytecode (:mod:`drafter.lazyre`), as a first draft on an
office PC does; ``--no-compile`` leaves them out too.

Usage: ``python benchmarks/bench_draft.py [--runs N] [--no-compile]`` from the repository root.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOPIC = "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议"
DRAFT = ["draft", "1288", TOPIC, "--deputy", "林永红", "--session", "市十七届人大五次会议",
         "--type", "A", "--date", "2026-05-20", "--force"]
FLOOR = "import sys, docx; docx.Document(sys.argv[1]).save(sys.argv[2])"
CLI = "from drafter.cli import main; main()"
BIG = 10_000


def timed(argv: list[str], write_caches: bool = False) -> tuple[float, float, float]:
    """Run ``argv`` in a fresh process: (seconds, CPU seconds, peak RSS in MB of that process).
    ``write_caches``: without ``PYTHONDONTWRITEBYTECODE``, so that it leaves the compiled
    patterns it used (:mod:`drafter.lazyre`) as a first run on an office PC does."""
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(REPO)}  # this checkout, installed or not
    if write_caches:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{proc.stderr.read().decode()}")
    proc.stderr.close()
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024  # KiB on Linux


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float, float]]:
    """Each command once per round, ``runs`` rounds: (median seconds, median CPU seconds, peak MB)."""
    results: dict[str, list] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            results[name].append(timed(argv))
    return {name: (statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows),
                   max(r[2] for r in rows)) for name, rows in results.items()}


def workspace_copy(dest: Path) -> Path:
    """The demo workspace (drafter.yaml, templates, seeds, facts) copied to ``dest``."""
    dest.mkdir(parents=True)
    shutil.copy(REPO / "drafter.yaml", dest / "drafter.yaml")
    for folder in ("templates", "seeds", "facts"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, dest / folder)
    (dest / "facts").mkdir(exist_ok=True)
    return dest


def ensure_facts(root: Path) -> int:
    """Distill the seeds into the copy when the demo fact base is empty; the number of facts."""
    from drafter.facts.index import FactIndex
    from drafter.distill import distill_paths
    from drafter.workspace import load_workspace

    ws = load_workspace(root)
    if not any((root / "facts").glob("*.yaml")):
        distill_paths(ws, sorted((root / "seeds").glob("*.txt")))
    return len(FactIndex.load(ws).facts)


def grow(root: Path, target: int) -> int:
    """Add variants of the seeds' fact files until the base holds ``target`` facts."""
    from drafter.facts.store import load_fact_files, save_fact_file
    from drafter.workspace import load_workspace

    ws = load_workspace(root)
    originals = load_fact_files(ws)
    total = sum(len(ff.facts) for ff in originals)
    copy = 0
    while total < target:
        for ff in originals:
            copy += 1
            sid = f"{ff.source.id}-v{copy}"
            year_shift = -(copy % 8)
            facts = [
                replace(
                    f, id=f"{f.id}-v{copy}", source_id=sid, superseded_by=None,
                    text=f"{f.text}（第{copy}批）",
                    period=replace(f.period, year=(f.period.year + year_shift) if f.period.year else None),
                )
                for f in ff.facts
            ]
            save_fact_file(replace(ff, source=replace(ff.source, id=sid, sha256=f"{sid}"), facts=facts), ws)
            total += len(facts)
            if total >= target:
                break
    return total


def prepare(root: Path, target: int | None) -> None:
    """In a child process (so the parent stays small and its memory never counts for a child's):
    copy the demo workspace to ``root`` and distill the seeds, or grow the base to ``target``."""
    if target is None:
        workspace_copy(root)
        print(ensure_facts(root))
    else:
        print(grow(root, target))


def in_child(*args: str) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, __file__, *args], env=env, check=True, capture_output=True, text=True)
    return int(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (median)")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--grow", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-compile", action="store_true", help="do not byte-compile drafter (nor its patterns) first")
    args = parser.parse_args()
    if args.prepare:
        return prepare(args.prepare, args.grow)
    py = sys.executable
    if not args.no_compile:
        subprocess.run([py, "-m", "compileall", "-q", str(REPO / "drafter")], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        root = tmp / "ws"
        facts = in_child("--prepare", str(root))
        floor_argv = [py, "-c", FLOOR, str(root / "templates" / "reference.docx"), str(tmp / "floor.docx")]
        draft_argv = [py, "-c", CLI, "-w", str(root), *DRAFT, "-o", str(tmp / "draft.docx")]
        text_argv = [*draft_argv, "--text", str(REPO / "examples" / "1288建议.txt"), "--with", "市市场监管局"]

        compiling = not args.no_compile
        timed(draft_argv, compiling)  # builds the index cache, as the first draft after a distill would
        timed(text_argv, compiling)  # compiles the wording templates and patterns it adds, as any first use would
        small = interleaved({"floor": floor_argv, "draft": draft_argv, "text": text_argv}, args.runs)

        big_facts = in_child("--prepare", str(root), "--grow", str(BIG))
        first = timed(draft_argv)[0]  # rebuilds the index for the grown base
        big = interleaved({"floor": floor_argv, "draft": draft_argv}, args.runs)

    def ratio(row: tuple, floor: tuple) -> str:
        return f"{row[0] / floor[0]:.2f}× floor (CPU time {row[1] / floor[1]:.2f}×)"

    compiled = "drafter byte-compiled" if not args.no_compile else "drafter not byte-compiled by the benchmark"
    print(f"load average {os.getloadavg()[0]:.1f} at the end; {compiled}; medians of {args.runs} interleaved runs")
    floor = small["floor"]
    print(f"floor (python-docx open+save of reference.docx): {floor[0] * 1000:.0f} ms "
          f"(CPU {floor[1] * 1000:.0f} ms), {floor[2]:.0f} MB")
    print(f"draft, {facts} facts:  {small['draft'][0] * 1000:.0f} ms  = {ratio(small['draft'], floor)} (goal ≤ 3×)")
    print(f"draft with --text, {facts} facts:  {small['text'][0] * 1000:.0f} ms  = {ratio(small['text'], floor)}"
          f" (goal ≤ 3×), {small['text'][2]:.0f} MB")
    print(f"draft, {big_facts} facts: {big['draft'][0] * 1000:.0f} ms  = {ratio(big['draft'], big['floor'])}"
          f" (goal ≤ 4×; floor of that round {big['floor'][0] * 1000:.0f} ms);"
          f" first draft after the change (index rebuild): {first * 1000:.0f} ms")
    peak = max(small["draft"][2], small["text"][2], big["draft"][2])
    print(f"peak memory of a draft: {peak:.0f} MB (goal < 150 MB;"
          f" {small['draft'][2]:.0f} MB small base, {big['draft'][2]:.0f} MB large base)")


if __name__ == "__main__":
    main()
