"""Where a draft's time goes in ``drafter serve``: a timeline per phase per draft, alone and ten at once.

It runs the server as ``bench_serve.py`` does (its own process, a copy of the demo workspace, the
same ten suggestions, the same warm-up, drafts alone and rounds of ten taking turns), with
timestamps taken in the server, in its drafting processes and in this client, on one clock
(``time.perf_counter``: the system's monotonic clock, the same in every process on Linux):

- client: ``send`` (before connecting), ``done`` (the whole answer read);
- server, its event loop: ``connected`` and ``data`` (uvicorn's protocol: the connection made,
  the first bytes received), ``app`` (the app called, the request's head parsed), ``form`` (the
  form read and parsed), ``sent`` (the last byte of the answer handed to the socket);
- server, drafting the request: ``run`` (run_draft started), ``kept`` (the drafts record asked),
  ``submit`` (handed to the drafting processes), ``back`` (their answer here), ``record`` and
  ``recorded`` (the drafts record, in a thread), ``returned`` (run_draft done);
- drafting process: ``start``/``end`` of the draft there (that process's id, its CPU and its time
  in fsync for the draft).

It also reads, per pass, the scheduler's counts (/proc/…/schedstat, in nanoseconds: exact, where
/proc/…/stat counts 10 ms ticks) of the time on a core and the time waiting for one, of the
server's event loop, its other threads and each drafting process (this client's CPU from
``time.process_time``, its sending threads having ended); and the
machine's idle time (/proc/stat), which other programs' work fills.

The timestamps cost a few microseconds each; the tracing is installed by patching functions from
outside (nothing in ``drafter`` knows about it). Usage, from the repository root:
``python benchmarks/trace_serve.py [--runs N] [--show K] [--workers W]`` (``--show``: print the
full timeline of K rounds; ``--workers``: that many drafting processes instead of one per core).
"""

from __future__ import annotations

import argparse
import contextvars
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
import bench_serve  # noqa: E402  (beside this file)

# ------------------------------------------------------------------ in the server process

EVENTS: list[tuple] = []  # (request id or client port, phase, time, extra)
REQUEST: contextvars.ContextVar = contextvars.ContextVar("traced_request", default=None)


def mark(phase: str, at: float | None = None, **extra) -> None:
    EVENTS.append((REQUEST.get(), phase, time.perf_counter() if at is None else at, extra))


FSYNC = [0.0]  # seconds this process has spent in os.fsync


def timed_fsync(fd) -> None:
    start = time.perf_counter()
    try:
        _fsync(fd)
    finally:
        FSYNC[0] += time.perf_counter() - start


_fsync, os.fsync = os.fsync, timed_fsync


def worker_draft(*args):
    """:func:`drafter.web.workers._draft` in a drafting process, with its start and end, its CPU
    and its time in fsync."""
    from drafter.web.workers import _draft

    start, cpu, synced = time.perf_counter(), time.process_time(), FSYNC[0]
    result = _draft(*args)
    return {**result, "_trace": (start, time.perf_counter(), os.getpid(), time.process_time() - cpu,
                                 FSYNC[0] - synced)}


def install() -> None:
    """Patch the server's functions to take the timestamps (in the server process)."""
    from uvicorn.protocols.http import h11_impl

    from drafter.web import app as app_mod
    from drafter.web import drafting, workers

    protocol = h11_impl.H11Protocol
    made, received = protocol.connection_made, protocol.data_received

    def connection_made(self, transport):
        made(self, transport)
        EVENTS.append((("port", self.client[1]), "connected", time.perf_counter(), {}))

    def data_received(self, data):
        if not getattr(self, "_traced", False):
            self._traced = True
            EVENTS.append((("port", self.client[1]), "data", time.perf_counter(), {}))
        received(self, data)

    protocol.connection_made, protocol.data_received = connection_made, data_received

    create_app, ids = app_mod.create_app, itertools.count(1)

    def traced_app(*args, **kwargs):
        inner = create_app(*args, **kwargs)

        async def app(scope, receive, send):
            if scope["type"] == "http" and scope["path"] == "/__trace":
                body = json.dumps(EVENTS).encode()
                EVENTS.clear()
                await send({"type": "http.response.start", "status": 200,
                            "headers": [(b"content-type", b"application/json")]})
                await send({"type": "http.response.body", "body": body})
                return
            if scope["type"] != "http":
                return await inner(scope, receive, send)
            REQUEST.set(next(ids))
            mark("app", port=scope["client"][1] if scope.get("client") else None)

            async def traced_send(message):
                await send(message)
                if message["type"] == "http.response.body" and not message.get("more_body"):
                    mark("sent")

            await inner(scope, receive, traced_send)

        app.state = inner.state
        return app

    app_mod.create_app = traced_app

    read_form = app_mod.read_form

    async def traced_read_form(request):
        out = await read_form(request)
        mark("form")
        return out

    app_mod.read_form = traced_read_form

    run_draft = app_mod.run_draft

    async def traced_run_draft(*args, **kwargs):
        mark("run")
        result = await run_draft(*args, **kwargs)
        mark("returned")
        return result

    app_mod.run_draft = traced_run_draft

    record_cls = drafting.DraftsRecord
    kept, record = record_cls.kept, record_cls.record

    def traced_kept(self, path):
        out = kept(self, path)
        mark("kept")
        return out

    def traced_record(self, *args, **kwargs):
        mark("record")
        synced = FSYNC[0]  # of the whole server: other records' fsyncs too, when they overlap
        try:
            return record(self, *args, **kwargs)
        finally:
            mark("recorded", fsync=FSYNC[0] - synced)

    record_cls.kept, record_cls.record = traced_kept, traced_record

    pool_cls = workers.DraftWorkers
    submit, outcome = pool_cls._submit, pool_cls._outcome
    size = int(os.environ.get("TRACE_SERVE_WORKERS") or 0)
    if size:  # --workers: how many drafting processes (drafter serve: one per core)
        init = pool_cls.__init__
        pool_cls.__init__ = lambda self, root, _=None: init(self, root, size)

    def traced_submit(self, *args):
        mark("submit")
        return submit(self, *args)

    def traced_outcome(self, *args):  # called by the thread waiting for the answer: marked when it has it
        result = outcome(self, *args)
        mark("back")
        if isinstance(result, dict) and "_trace" in result:
            start, end, pid, cpu, synced = result.pop("_trace")
            mark("start", start, pid=pid)
            mark("end", end, pid=pid, cpu=cpu, fsync=synced)
        return result

    pool_cls._submit, pool_cls._outcome = traced_submit, traced_outcome
    workers._draft = worker_draft


def serve_traced() -> None:
    """``drafter`` (its command line) with the tracing installed: run as the server process."""
    install()
    from drafter.cli import main

    main()


# ------------------------------------------------------------------ in this client


def sched(pid: int) -> dict[str, tuple[float, float]]:
    """(seconds on a core, seconds waiting for one) of the server's event loop (its main thread),
    of its other threads (the process pool's, the record's) and of each of its children: the
    scheduler's own counts (/proc/…/schedstat, in nanoseconds); and this client's CPU."""
    out: dict[str, tuple[float, float]] = {}

    def add(key: str, task: Path) -> None:
        try:
            ran, waited = (int(x) / 1e9 for x in (task / "schedstat").read_text().split()[:2])
        except (OSError, ValueError):
            return  # the thread has ended
        before = out.get(key, (0.0, 0.0))
        out[key] = (before[0] + ran, before[1] + waited)

    for task in Path(f"/proc/{pid}/task").iterdir():
        add("server: event loop" if task.name == str(pid) else "server: other threads", task)
    for child in bench_serve.children(pid):
        try:
            tasks = list((child / "task").iterdir())
        except OSError:
            continue  # it has ended
        for task in tasks:
            add(f"drafting process {child.name}", task)
    out["this client"] = (time.process_time(), 0.0)  # its round's threads have ended: not in /proc
    return out


def idle_ticks() -> tuple[int, int]:
    """(idle + iowait, all) ticks of the whole machine since boot."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return fields[3] + fields[4], sum(fields[:8])


def trace_events(url: str) -> list:
    """The server's events so far (and it forgets them)."""
    return json.loads(bench_serve.get(url + "__trace"))


PHASES = ("send", "connected", "data", "app", "form", "run", "kept", "submit", "start", "end", "back",
          "record", "recorded", "returned", "sent", "done")


def joined(sent: list[dict], events: list) -> list[dict]:
    """One row per draft: each phase's time, from the client's times and the server's events."""
    by_port: dict[int, dict] = {}
    by_request: dict[int, dict] = {}
    for key, phase, at, extra in events:
        if isinstance(key, list):  # ("port", n): uvicorn's protocol, before any request id
            by_port.setdefault(key[1], {})[phase] = at
        elif key is not None:
            row = by_request.setdefault(key, {})
            row[phase] = at
            for name, value in extra.items():
                row[f"{phase}.{name}"] = value
    rows = []
    for request in by_request.values():
        port = request.get("app.port")
        if port is None:
            continue
        client = next((s for s in sent if s["port"] == port), None)
        if client is None:
            continue
        rows.append({**by_port.get(port, {}), **request, **client})
    return rows


def relative(row: dict, zero: float) -> dict[str, float]:
    return {p: (row[p] - zero) * 1000 for p in PHASES if p in row}


def show_round(rows: list[dict]) -> str:
    zero = min(r["send"] for r in rows)
    lines = ["  ms from the round's first send: " + " ".join(f"{p:>8}" for p in PHASES) + "  worker"]
    for row in sorted(rows, key=lambda r: r["start"]):
        rel = relative(row, zero)
        lines.append("  " + " " * 32 + " ".join(f"{rel.get(p, float('nan')):8.1f}" for p in PHASES)
                     + f"  {row.get('start.pid')}")
    return "\n".join(lines)


def round_summary(rows: list[dict]) -> dict[str, float]:
    """What a round's timeline says: when drafting started on each process, how long each process
    was idle between its first start and the round's last draft end, the tail after it."""
    zero = min(r["send"] for r in rows)
    last_done = max(r["done"] for r in rows)
    by_pid: dict[int, list[tuple[float, float]]] = {}
    for r in rows:
        by_pid.setdefault(r["start.pid"], []).append((r["start"], r["end"]))
    last_end = max(r["end"] for r in rows)
    firsts = sorted(min(s for s, _ in spans) for spans in by_pid.values())
    idle_inside = 0.0  # gaps between a process's drafts
    idle_after = 0.0  # a process done before the last draft ended
    busy = 0.0
    for spans in by_pid.values():
        spans.sort()
        busy += sum(e - s for s, e in spans)
        idle_inside += sum(max(0.0, b[0] - a[1]) for a, b in zip(spans, spans[1:]))
        idle_after += last_end - spans[-1][1]
    return {
        "round": (last_done - zero) * 1000,
        "all sent": (max(r["send"] for r in rows) - zero) * 1000,
        "last data at server": (max(r.get("data", zero) for r in rows) - zero) * 1000,
        "first draft starts": (firsts[0] - zero) * 1000,
        "second process starts": (firsts[1] - zero) * 1000 if len(firsts) > 1 else float("nan"),
        "drafting busy (sum)": busy * 1000,
        "idle between drafts": idle_inside * 1000,
        "idle at the end (a process done early)": idle_after * 1000,
        "last draft end → last done": (last_done - last_end) * 1000,
        "processes": len(by_pid),
        "form parse on the loop (sum)": sum(r["form"] - r["app"] for r in rows) * 1000,
        "submit → start (median)": statistics.median(r["start"] - r["submit"] for r in rows) * 1000,
        "end → back (median)": statistics.median(r["back"] - r["end"] for r in rows) * 1000,
        "drafting processes in fsync (sum)": sum(r["end.fsync"] for r in rows) * 1000,
        "drafting processes' CPU (sum)": sum(r["end.cpu"] for r in rows) * 1000,
        "record → recorded (median)": statistics.median(r["recorded"] - r["record"] for r in rows) * 1000,
    }


def single_summary(rows: list[dict]) -> list[tuple[str, float]]:
    """Median duration of each step of a draft alone."""
    steps = []
    for a, b in zip(PHASES, PHASES[1:]):
        values = [(r[b] - r[a]) * 1000 for r in rows if a in r and b in r]
        if values:
            steps.append((f"{a} → {b}", statistics.median(values)))
    steps.append(("total (send → done)", statistics.median((r["done"] - r["send"]) * 1000 for r in rows)))
    steps.append(("in the drafting process (start → end)", statistics.median((r["end"] - r["start"]) * 1000 for r in rows)))
    steps.append(("drafting process CPU", statistics.median(r["end.cpu"] * 1000 for r in rows)))
    steps.append(("drafting process in fsync", statistics.median(r["end.fsync"] * 1000 for r in rows)))
    steps.append(("server in fsync while recording", statistics.median(r["recorded.fsync"] * 1000 for r in rows)))
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--show", type=int, default=2)
    parser.add_argument("--workers", type=int, default=0, help="drafting processes (default: one per core)")
    args = parser.parse_args()
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp_name:
        root = bench_serve.workspace_copy(Path(tmp_name) / "ws")
        proc, url = bench_serve.start_server(root, "import trace_serve; trace_serve.serve_traced()", (REPO, HERE),
                                             TRACE_SERVE_WORKERS=str(args.workers or ""))
        try:
            bench_serve.get(url + "draft")
            forms = bench_serve.suggestions()
            bench_serve.at_once(url, bench_serve.renumbered(forms, 1))  # warm, as bench_serve
            trace_events(url)
            alone_rows: list[dict] = []
            rounds: list[list[dict]] = []
            used = {"alone": {}, "round": {}}  # name → [seconds on a core, waiting for one], summed
            idle = {"alone": [0, 0], "round": [0, 0]}
            for r in range(args.runs):
                for kind in ("alone", "round"):
                    before, idle0 = sched(proc.pid), idle_ticks()
                    batch = bench_serve.renumbered(forms, 2 + 2 * r + (kind == "round"))
                    sent = ([bench_serve.post_draft(url, f) for f in batch] if kind == "alone"
                            else bench_serve.at_once(url, batch)[1])
                    after, idle1 = sched(proc.pid), idle_ticks()
                    for name, (ran, waited) in after.items():
                        ran0, waited0 = before.get(name, (0.0, 0.0))
                        total = used[kind].setdefault(name, [0.0, 0.0])
                        total[0] += ran - ran0
                        total[1] += waited - waited0
                    idle[kind][0] += idle1[0] - idle0[0]
                    idle[kind][1] += idle1[1] - idle0[1]
                    rows = joined(sent, trace_events(url))
                    if len(rows) != len(batch):
                        raise SystemExit(f"traced {len(rows)} of {len(batch)} drafts")
                    if kind == "alone":
                        alone_rows += rows
                    else:
                        rounds.append(rows)
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"load average at the start {' '.join(f'{x:.2f}' for x in load_at_start)}, "
          f"at the end {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {os.cpu_count()} cores")
    one = statistics.median((r["done"] - r["send"]) * 1000 for r in alone_rows)
    print(f"\nA draft alone ({len(alone_rows)} drafts), median ms per step:")
    for name, ms in single_summary(alone_rows):
        print(f"  {name:<40} {ms:7.2f}")
    summaries = [round_summary(rows) for rows in rounds]
    tens = [s["round"] for s in summaries]
    print(f"\nTen at once ({len(rounds)} rounds): median {statistics.median(tens):.1f} ms = "
          f"{statistics.median(tens) / one:.2f}× one ({one:.1f} ms); median ms per round of:")
    for key in summaries[0]:
        print(f"  {key:<40} {statistics.median(s[key] for s in summaries):7.1f}")
    median_round = sorted(range(len(rounds)), key=lambda i: tens[i])[len(rounds) // 2]
    for i in sorted({median_round, *range(min(args.show - 1, len(rounds)))}):
        print(f"\nround {i + 1} ({tens[i]:.1f} ms):")
        print(show_round(rounds[i]))
    n, m = len(alone_rows), 10 * len(rounds)
    print(f"\nms per draft on a core, alone (of {n}) | in rounds (of {m}); and waiting for a core:")
    for name in sorted(set(used["alone"]) | set(used["round"])):
        a, b = used["alone"].get(name, (0, 0)), used["round"].get(name, (0, 0))
        print(f"  {name:<40} {a[0] * 1000 / n:6.2f} | {b[0] * 1000 / m:6.2f}    waiting {a[1] * 1000 / n:6.2f} | {b[1] * 1000 / m:6.2f}")
    ran_alone = sum(x[0] for x in used["alone"].values()) * 1000 / n
    ran_round = sum(x[0] for x in used["round"].values()) * 1000 / m
    print(f"  {'all':<40} {ran_alone:6.2f} | {ran_round:6.2f}")
    cores = os.cpu_count() or 1
    print(f"a round's CPU spread on {cores} cores: {ran_round * 10 / cores:.1f} ms = "
          f"{ran_round * 10 / cores / one:.2f}× one draft ({one:.1f} ms, of which {ran_alone:.1f} ms on a core); "
          f"the median round took {statistics.median(tens):.1f} ms")
    for kind in ("alone", "round"):
        spent, total = idle[kind]
        print(f"machine idle during the {kind} passes: {100 * spent / max(1, total):.0f}% of all cores' time")


if __name__ == "__main__":
    main()
