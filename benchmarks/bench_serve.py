"""Time drafts through a running ``drafter serve`` against the floor of any .docx writer.

The floor is a fresh Python process that opens ``templates/reference.docx`` with python-docx and
saves it again. The server runs in its own process (``drafter serve --no-browser --port 0``) on a
copy of the demo workspace; requests go over HTTP from this process:

1. the first page (``GET /draft`` right after the server prints its address; goal < 0.3 s);
2. one warm draft (``POST /api/draft`` after a first one; goal ≤ 1× the floor);
3. ten drafts at once (goal ≤ 5× one warm draft).

Usage: ``python benchmarks/bench_serve.py [--runs N]`` from the repository root.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOPIC = "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议"
FLOOR = "import sys, docx; docx.Document(sys.argv[1]).save(sys.argv[2])"
SERVE = "from drafter.cli import main; main()"
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def workspace_copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(REPO / "drafter.yaml", dest / "drafter.yaml")
    for folder in ("templates", "facts"):
        shutil.copytree(REPO / folder, dest / folder)
    return dest


def floor(runs: int, tmp: Path) -> float:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR, str(REPO / "templates" / "reference.docx"),
                        str(tmp / f"floor{i}.docx")], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def post_draft(url: str, number: int) -> float:
    body = urllib.parse.urlencode({"number": str(number), "topic": TOPIC, "deputy": "林永红",
                                   "session": "市十七届人大五次会议", "type": "A", "date": "2026-05-20"}).encode()
    start = time.perf_counter()
    with OPENER.open(urllib.request.Request(url + "api/draft", data=body), timeout=120) as resp:
        data = json.loads(resp.read())
    elapsed = time.perf_counter() - start
    if "error" in data:
        raise SystemExit(f"draft failed: {data['error']}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        root = workspace_copy(tmp / "ws")
        base = floor(args.runs, tmp)
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", SERVE, "--workspace", str(root), "serve", "--no-browser",
                                 "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            line = proc.stdout.readline()
            match = re.search(r"http://\S+/", line)
            if not match:
                raise SystemExit(f"server did not start: {line}{proc.stderr.read()}")
            url = match.group(0)
            printed = time.perf_counter() - started
            start = time.perf_counter()
            with OPENER.open(url + "draft", timeout=30) as resp:
                resp.read()
            first_page = time.perf_counter() - start
            post_draft(url, 9000)  # warm: index cache, reference, templates
            one = statistics.median(post_draft(url, 9001 + i) for i in range(args.runs))
            start = time.perf_counter()
            with ThreadPoolExecutor(10) as pool:
                list(pool.map(lambda n: post_draft(url, n), range(9100, 9110)))
            ten = time.perf_counter() - start
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"floor (python-docx open+save, process): {base:.3f} s")
    print(f"serve: address printed after {printed:.2f} s (goal < 2 s)")
    print(f"first page GET /draft: {first_page:.3f} s (goal < 0.3 s)")
    print(f"one warm draft through the server: {one:.3f} s = {one / base:.2f}× the floor (goal ≤ 1×)")
    print(f"ten drafts at once: {ten:.3f} s = {ten / one:.2f}× one draft (goal ≤ 5×)")


if __name__ == "__main__":
    main()
