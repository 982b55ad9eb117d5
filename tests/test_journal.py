"""The fact base's journal: a write of several fact files killed at any point is undone by the
next reader, so nothing ever reads half of it."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from helpers import REPO, disk_full_after_first_rename

from drafter.cli import cli
from drafter.errors import DrafterError
from drafter.facts import journal
from drafter.facts.index import FactIndex, signature
from drafter.facts.store import load_fact_files, plan_save, plan_supersede, save_fact_file, write_updates
from drafter.model import Fact, FactFile, Figure, Period, SourceMeta
from drafter.workspace import load_workspace

COMMENT = "# 复核人：陈坚议，数字已与统计局核对"


def _fact_file(sid: str, kind: str, year: int, texts: list[tuple[str, float, str, str]]) -> FactFile:
    source = SourceMeta(id=sid, path=f"seeds/{sid}.txt", sha256="ab" * 32, kind=kind, date=f"{year}-05-20")
    facts = [
        Fact(id=f"f-{sid}-{n:04d}", text=text, kind="done", period=Period(year, "document date"),
             jurisdiction="泉州市", source_id=sid, topics=[counts],
             figures=[Figure(value, unit, f"{value:g}{unit}", counts)])
        for n, (text, value, unit, counts) in enumerate(texts, 1)
    ]
    return FactFile(source, facts)


@pytest.fixture
def base(tmp_path):
    """A workspace with two fact files (one with a person's comment), the planned write of a
    refresh (a new file plus superseded_by marks in both old ones), and the cache of the old base."""
    shutil.copy(REPO / "drafter.yaml", tmp_path / "drafter.yaml")
    ws = load_workspace(tmp_path)
    save_fact_file(_fact_file("2025-reply-1071", "reply", 2025, [
        ("全市培育科技型中小企业1614家。", 1614, "家", "科技型中小企业"),
        ("国家级高新技术企业3122家。", 3122, "家", "国家级高新技术企业"),
    ]), ws)
    save_fact_file(_fact_file("2024-work-report", "work_report", 2024, [
        ("新增省级新型研发机构5家。", 5, "家", "省级新型研发机构"),
        ("技术合同成交额25.3亿元。", 25.3, "亿元", "技术合同成交额"),
    ]), ws)
    reply = ws.facts_dir / "2025-reply-1071.yaml"
    reply.write_text(reply.read_text(encoding="utf-8").replace("facts:\n", f"facts:\n{COMMENT}\n"), encoding="utf-8")
    new = _fact_file("2026-work-report", "work_report", 2026, [
        ("全市培育科技型中小企业1890家。", 1890, "家", "科技型中小企业"),
        ("技术合同成交额31.2亿元。", 31.2, "亿元", "技术合同成交额"),
    ])
    marks = {"f-2025-reply-1071-0001": "f-2026-work-report-0001", "f-2024-work-report-0002": "f-2026-work-report-0002"}
    updates = [plan_save(new, ws)] + plan_supersede(ws, marks)
    before = _files(ws)
    after = {**before, **{u.path.name: u.text.encode("utf-8") for u in updates}}
    FactIndex.load(ws)  # the cache of the old base
    (tmp_path / "updates.pickle").write_bytes(pickle.dumps(updates))
    return ws, updates, before, after, signature(ws)


def _files(ws) -> dict[str, bytes]:
    """Every file under facts/ (hidden ones too) by name."""
    return {p.relative_to(ws.facts_dir).as_posix(): p.read_bytes() for p in sorted(ws.facts_dir.rglob("*")) if p.is_file()}


KILLERS = """
import os, pickle, sys
from drafter.facts import journal, store

def die_after(owner, name, calls=1):
    real, seen = getattr(owner, name), []
    def wrapper(*args, **kwargs):
        result = real(*args, **kwargs)
        seen.append(1)
        if len(seen) >= calls:
            os._exit(9)
        return result
    setattr(owner, name, wrapper)

def die_before(owner, name):
    setattr(owner, name, lambda *args, **kwargs: os._exit(9))
"""
WRITER = KILLERS + """
{kill}
with open(sys.argv[1], "rb") as fh:
    store.write_updates(pickle.load(fh))
"""

# Where the writer is killed, and whether the base must then read as before or after the write.
KILLS = {
    "after the new texts and backups": ("die_after(journal, '_prepare')", "before"),
    "after the manifest": ("die_after(journal, '_write_manifest')", "before"),
    "after the first rename": ("die_after(journal, '_replace')", "before"),
    "after the second rename": ("die_after(journal, '_replace', 2)", "before"),
    "after all renames": ("die_before(journal, '_finish')", "before"),
    "after the manifest was removed": ("die_before(journal.shutil, 'rmtree')", "after"),
}


def _kill_writer(ws, kill: str) -> None:
    script = WRITER.format(kill=kill)
    proc = subprocess.run([sys.executable, "-c", script, str(ws.root / "updates.pickle")],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert journal.pending(ws.facts_dir)  # the dead writer left its journal


@pytest.mark.parametrize("point", list(KILLS))
def test_a_write_killed_at_any_point_reads_as_before_or_after(base, point):
    ws, _, before, after, old_signature = base
    kill, expected = KILLS[point]
    _kill_writer(ws, kill)
    index = FactIndex.load(ws)  # a plain reader, with the old base's cache on disk
    assert not journal.pending(ws.facts_dir)
    marks = {f.id: f.superseded_by for f in index.facts.values()}
    if expected == "before":
        assert _files(ws) == before  # byte-identical, the person's comment included
        assert signature(ws) == old_signature  # restored with the old mtimes: the old cache is right again
        assert "f-2026-work-report-0001" not in marks and not any(marks.values())
    else:
        assert _files(ws) == after
        assert marks["f-2025-reply-1071-0001"] == "f-2026-work-report-0001"  # the cache was not reused
        assert marks["f-2024-work-report-0002"] == "f-2026-work-report-0002"
    assert set(marks) >= {"f-2025-reply-1071-0001", "f-2025-reply-1071-0002", "f-2024-work-report-0001",
                          "f-2024-work-report-0002"}  # a write never loses a fact


def test_facts_cli_and_store_loader_recover_too(base):
    ws, _, before, _, _ = base
    _kill_writer(ws, KILLS["after the first rename"][0])
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "facts", "--json"])
    assert result.exit_code == 0, result.output
    listed = {f["id"]: f["superseded_by"] for f in json.loads(result.output)}
    assert listed == dict.fromkeys(["f-2024-work-report-0001", "f-2024-work-report-0002",
                                    "f-2025-reply-1071-0001", "f-2025-reply-1071-0002"])
    assert _files(ws) == before
    _kill_writer(ws, KILLS["after all renames"][0])
    assert [ff.source.id for ff in load_fact_files(ws)] == ["2024-work-report", "2025-reply-1071"]
    assert _files(ws) == before


def test_a_recovery_killed_half_way_is_run_again(base):
    ws, _, before, _, _ = base
    _kill_writer(ws, KILLS["after all renames"][0])
    script = KILLERS + "die_after(os, 'replace')\njournal.recover(sys.argv[1])\n"  # dies after one file restored
    proc = subprocess.run([sys.executable, "-c", script, str(ws.facts_dir)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 9, proc.stderr
    assert journal.pending(ws.facts_dir)
    restored = journal.recover(ws.facts_dir)
    assert sorted(p.name for p in restored) == ["2024-work-report.yaml", "2025-reply-1071.yaml", "2026-work-report.yaml"]
    assert _files(ws) == before


def test_a_new_write_undoes_a_dead_one_before_writing(base):
    ws, updates, before, after, _ = base
    _kill_writer(ws, KILLS["after the second rename"][0])
    write_updates([plan_save(_fact_file("2027-news", "news", 2027, [("据报道，全市新增孵化器2家。", 2, "家", "孵化器")]), ws)])
    files = _files(ws)
    assert files.pop("2027-news.yaml") and files == before


def test_an_error_during_the_renames_puts_the_base_back_at_once(base, monkeypatch):
    ws, updates, before, _, _ = base
    done = disk_full_after_first_rename(monkeypatch)
    with pytest.raises(DrafterError, match="已还原"):
        write_updates(updates)
    assert done and _files(ws) == before and not journal.pending(ws.facts_dir)


def test_an_error_while_preparing_leaves_the_base_untouched(base, monkeypatch):
    ws, updates, before, _, _ = base

    def full(journal_dir, entries):
        raise OSError(28, "No space left on device", str(journal_dir / journal.MANIFEST))

    monkeypatch.setattr(journal, "_write_manifest", full)
    with pytest.raises(DrafterError, match="未改动"):
        write_updates(updates)
    assert _files(ws) == before and not journal.pending(ws.facts_dir)


@pytest.mark.skipif(journal.fcntl is None, reason="no folder locks on this platform")
def test_a_reader_waits_for_a_running_write_instead_of_undoing_it(base):
    ws, _, _, after, _ = base
    halfway, go = ws.root / "halfway", ws.root / "go"
    kill = f"""
import pathlib, time
real = journal._replace
def paused(new, target):
    real(new, target)
    pathlib.Path({str(halfway)!r}).touch()
    while not pathlib.Path({str(go)!r}).exists():
        time.sleep(0.01)
journal._replace = paused
"""
    writer = subprocess.Popen([sys.executable, "-c", WRITER.format(kill=kill), str(ws.root / "updates.pickle")],
                              stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(3000):
            if halfway.exists() or writer.poll() is not None:
                break
            time.sleep(0.01)
        assert halfway.exists(), writer.stderr.read() if writer.poll() is not None else "writer never got half-way"
        seen = {}
        reader = threading.Thread(target=lambda: seen.update(FactIndex.load(ws).facts))
        reader.start()
        reader.join(0.3)
        assert reader.is_alive()  # held back by the writer's lock, not reading half a base
    finally:
        go.touch()
        assert writer.wait(60) == 0
    reader.join(30)
    assert not reader.is_alive()
    assert _files(ws) == after  # the reader did not "recover" the running write
    assert seen["f-2025-reply-1071-0001"].superseded_by == "f-2026-work-report-0001"
