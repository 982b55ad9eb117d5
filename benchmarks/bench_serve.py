"""Time drafts through a running ``drafter serve`` against the floor of any .docx writer.

The floor is a fresh Python process that opens ``templates/reference.docx`` with python-docx and
saves it again. The server runs in its own process (``drafter serve --no-browser --port 0``) on a
copy of the demo workspace; requests go over HTTP from this process:

1. the first page (``GET /draft`` right after the server prints its address; goal < 0.3 s);
2. one warm draft (``POST /api/draft``; goal ≤ 1× the floor);
3. ten drafts at once (goal ≤ 5× one warm draft).

The drafts are ten different suggestions, as ten clerks would send them: the 主办 rows of the demo
交办清单 (each its own number, title, deputy and class), never ten copies of one request. "One"
and "ten" are measured the same way and equally warm: the server first drafts the ten once at
once (its drafting processes start and load the base; a first draft of each title), then, taking
turns ``--runs`` times, each of the ten is timed alone, one after the other, and the ten are sent
at once, each a request of its own on its own connection (a round's time is the time until the
last answer): "one" is the median of all the drafts timed alone, "ten" the median of the rounds.
Taking turns puts a change in the machine's load (other programs starting or ending) on both
alike, where timing every draft alone first and every round after put it on one of them.
This client runs on the server's cores (ten clerks would send from their own PCs), so it keeps
its own work small and out of the clock: plain http.client, forms encoded and the ten sending
threads started before the clock starts (they then send together), the session cookie sent as a
browser does.
Every round drafts under new numbers, so no draft is a rewrite of the same file.

It also prints the CPU the drafts used (the server, its drafting processes and this client, from
/proc on Linux) and what that allows: ten drafts at once cannot end sooner than a round's CPU
spread on every core, so on 2 cores the ratio cannot go below 5× the share of one draft's time
spent on the CPU (the rest of it is waiting: disk flushes, processes handing over); and the load
average at the start and the end, since other programs' work lengthens the ten-at-once round
more than a draft alone. (/proc counts each process's CPU in ticks of 10 ms, read before and
after each pass: with three processes, one draft's CPU from five passes of the ten alone is exact
to a few ms, a round's from five rounds to about ±6 ms.)

Usage: ``python benchmarks/bench_serve.py [--runs N] [--page]`` from the repository root
(``--runs``: floor processes, and how many times the ten alone and the ten at once take turns;
medians are printed; ``--page``: the drafts go to the 起草 page, as a clerk's browser sends them, and come back
as the page with its preview, instead of to /api/draft).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO_LIST = REPO / "examples" / "交办清单.xlsx"
CLASSES = ("A", "B", "C")
FLOOR = "import sys, docx; docx.Document(sys.argv[1]).save(sys.argv[2])"
SERVE = "from drafter.cli import main; main()"
DRAFT_AT = {"path": "/api/draft"}  # or the 起草 page (--page), its CSRF token in SESSION
SESSION = {"Content-Type": "application/x-www-form-urlencoded"}  # and the session cookie, as a browser sends


def workspace_copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    shutil.copy(REPO / "drafter.yaml", dest / "drafter.yaml")
    for folder in ("templates", "facts"):
        shutil.copytree(REPO / folder, dest / folder)
    return dest


def start_server(root: Path, code: str = SERVE, path: tuple[Path, ...] = (REPO,), **env: str):
    """``drafter serve`` (``code`` run as ``python -c``) on the workspace at ``root``, on a free
    port: (its process, its address once printed)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, path)), "PYTHONUNBUFFERED": "1", **env}
    proc = subprocess.Popen([sys.executable, "-c", code, "--workspace", str(root), "serve", "--no-browser",
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    match = re.search(r"http://\S+/", line)
    if not match:
        proc.kill()
        raise SystemExit(f"server did not start: {line}{proc.communicate()[1]}")
    return proc, match.group(0)


def floor(runs: int, tmp: Path) -> float:
    times = []
    for i in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", FLOOR, str(REPO / "templates" / "reference.docx"),
                        str(tmp / f"floor{i}.docx")], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def suggestions(count: int = 10) -> list[dict[str, str]]:
    """The first ``count`` 主办 rows of the demo list as draft forms (title, deputy, session, class)."""
    import openpyxl

    rows = list(openpyxl.load_workbook(DEMO_LIST, read_only=True).active.iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if row and "标题" in row)
    col = {name: rows[head].index(name) for name in ("建议号", "标题", "领衔代表", "届次", "承办方式")}
    forms = []
    for row in rows[head + 1:]:
        if row[col["承办方式"]] != "主办" or not row[col["标题"]]:
            continue
        forms.append({"number": str(row[col["建议号"]]), "topic": row[col["标题"]], "deputy": row[col["领衔代表"]],
                      "session": row[col["届次"]], "type": CLASSES[len(forms) % len(CLASSES)],
                      "date": "2026-05-20", "proposal": "1" if "提案" in row[col["标题"]] else ""})
    if len(forms) < count:
        raise SystemExit(f"{DEMO_LIST} has only {len(forms)} 主办 rows")
    return forms[:count]


def renumbered(forms: list[dict[str, str]], round_: int) -> list[dict[str, str]]:
    return [{**form, "number": str(int(form["number"]) + 10000 * round_)} for form in forms]


def get(url: str) -> str:
    """GET ``url``; keeps the session cookie the server sets, for the drafts to send."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.request("GET", parts.path)
    resp = conn.getresponse()
    cookie = resp.getheader("set-cookie")
    if cookie:
        SESSION["Cookie"] = cookie.split(";", 1)[0]
    page = resp.read().decode("utf-8")
    conn.close()
    return page


def post_draft(url: str, form: dict[str, str], ready: threading.Barrier | None = None) -> dict:
    """One draft sent (on a connection of its own) and its whole answer read: ``send`` and ``done``
    (``time.perf_counter``), and ``port``, the client port that names the request in the server.
    The form is encoded before (a clerk's browser has it filled in), and with ``ready`` the request
    waits there for the others: the clock runs for the server's work, not this client's set-up.
    A draft that failed ends the benchmark (SystemExit naming the error)."""
    parts = urllib.parse.urlsplit(url)
    body = urllib.parse.urlencode(form).encode()
    if ready is not None:
        ready.wait()
    send = time.perf_counter()
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    conn.request("POST", DRAFT_AT["path"], body, SESSION)
    port = conn.sock.getsockname()[1]
    answer = conn.getresponse().read().decode("utf-8")
    done = time.perf_counter()
    conn.close()
    if DRAFT_AT["path"] == "/api/draft" and "error" in json.loads(answer):
        raise SystemExit(f"draft failed: {json.loads(answer)['error']}")
    if DRAFT_AT["path"] != "/api/draft" and ('class="error"' in answer or "答复稿已生成" not in answer):
        raise SystemExit(f"draft failed: {answer[:500]}")
    return {"port": port, "send": send, "done": done}


def took(sent: dict) -> float:
    """Seconds from sending a draft to its whole answer (:func:`post_draft`'s times)."""
    return sent["done"] - sent["send"]


def children(pid: int) -> list[Path]:
    """The /proc folders of process ``pid``'s live children (Linux; none elsewhere)."""
    out = []
    proc = Path("/proc")
    for stat in proc.glob("[0-9]*/stat") if proc.is_dir() else ():
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue  # ended meanwhile
        if parent == pid:
            out.append(stat.parent)
    return out


def cpu_seconds(pid: int) -> dict[str, float]:
    """CPU seconds used so far by process ``pid`` and by each of its live children (Linux /proc;
    empty elsewhere): where the work of a round went, whatever else the machine was running."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    out = {}
    for name, folder in [("server", Path(f"/proc/{pid}")), *((f"child {c.name}", c) for c in children(pid))]:
        try:
            fields = (folder / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] = (int(fields[11]) + int(fields[12])) / tick
    return out


def add_used(total: dict[str, float], before: dict[str, float], after: dict[str, float], client: float) -> None:
    """Add to ``total`` the CPU each process used between ``before`` and ``after``, and this client's."""
    for name in after:
        total[name] = total.get(name, 0.0) + after[name] - before.get(name, 0.0)
    total["this client"] = total.get("this client", 0.0) + client


def shown(total: dict[str, float]) -> str:
    return ", ".join(f"{name} {total[name]:.2f}" for name in sorted(total))


def at_once(url: str, forms: list[dict[str, str]]) -> tuple[float, list[dict]]:
    """Seconds until the last of ``forms`` is drafted, all sent at once (each from a thread of its
    own, started and with its form encoded before the clock starts), and each draft's
    :func:`post_draft` times. A draft that failed fails the round once all have ended."""
    ready = threading.Barrier(len(forms) + 1)
    sent: list[dict] = []
    failed: list[BaseException] = []

    def send(form: dict[str, str]) -> None:
        try:
            sent.append(post_draft(url, form, ready))
        except BaseException as exc:  # SystemExit included: reported once all have ended
            failed.append(exc)

    threads = [threading.Thread(target=send, args=(form,)) for form in forms]
    for thread in threads:
        thread.start()
    ready.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if failed:
        raise failed[0]
    return elapsed, sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page", action="store_true",
                        help="draft through the 起草 page (its preview built and rendered) instead of /api/draft")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        root = workspace_copy(tmp / "ws")
        base = floor(args.runs, tmp)
        started = time.perf_counter()
        proc, url = start_server(root)
        try:
            printed = time.perf_counter() - started
            start = time.perf_counter()
            html = get(url + "draft")
            first_page = time.perf_counter() - start
            if args.page:
                DRAFT_AT["path"] = "/draft"  # the page's token goes as a script sends it: a header
                SESSION["X-CSRF-Token"] = re.search(r'name="csrf" value="([A-Za-z0-9_-]+)"', html).group(1)
            forms = suggestions()
            at_once(url, renumbered(forms, 1))  # warm: drafting processes, the base, each title once
            alone: list[float] = []
            tens: list[float] = []
            alone_cpu: dict[str, float] = {}  # CPU seconds per process, over all passes of the ten alone
            round_cpu: dict[str, float] = {}  # and over all the rounds
            for r in range(max(1, args.runs)):  # taking turns: a change in the load falls on both
                cpu0, client0 = cpu_seconds(proc.pid), time.process_time()
                alone += [took(post_draft(url, form)) for form in renumbered(forms, 2 + 2 * r)]
                cpu1, client1 = cpu_seconds(proc.pid), time.process_time()
                tens.append(at_once(url, renumbered(forms, 3 + 2 * r))[0])
                cpu2, client2 = cpu_seconds(proc.pid), time.process_time()
                add_used(alone_cpu, cpu0, cpu1, client1 - client0)
                add_used(round_cpu, cpu1, cpu2, client2 - client1)
            one, ten = statistics.median(alone), statistics.median(tens)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"floor (python-docx open+save, process): {base:.3f} s")
    print(f"serve: address printed after {printed:.2f} s (goal < 2 s)")
    print(f"first page GET /draft: {first_page:.3f} s (goal < 0.3 s)")
    print(f"drafts sent to: {'the 起草 page (preview included)' if args.page else '/api/draft'}")
    print(f"one warm draft through the server: {one:.3f} s = {one / base:.2f}× the floor (goal ≤ 1×); "
          f"the {len(alone)} alone: {min(alone):.3f}–{max(alone):.3f} s, {sum(alone) / len(alone):.3f} s on average")
    print(f"ten different drafts at once: {ten:.3f} s = {ten / one:.2f}× one draft (goal ≤ 5×; "
          f"{len(tens)} round(s): {', '.join(f'{t:.3f}' for t in tens)} s)")
    print(f"CPU seconds: the {len(alone)} alone: {shown(alone_cpu)}; the {len(tens)} ten-at-once round(s): "
          f"{shown(round_cpu)}")
    if len(alone_cpu) > 1:  # what the cores allow: a round's CPU (server, drafting processes, this client) spread on all
        cores = os.cpu_count() or 1
        per_draft = sum(alone_cpu.values()) / len(alone)
        per_round = sum(round_cpu.values()) / len(tens)
        print(f"CPU per draft alone: {per_draft:.3f} s of its {statistics.mean(alone):.3f} s (the rest waits: "
              f"disk flushes, processes handing over); a ten-at-once round needs {per_round:.3f} s of CPU, "
              f"at least {per_round / cores:.3f} s on {cores} cores = {per_round / cores / one:.2f}× one draft")
    print(f"machine: {os.cpu_count()} cores; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(at the start: {' '.join(f'{x:.2f}' for x in load_at_start)})")


if __name__ == "__main__":
    main()
