"""The same 交办清单 run twice at once (two threads, two ``drafter batch`` processes, two uploads):
the runs take turns on their drafts folder, every draft stays recorded as drafter's own, a third run
rewrites them all, and a draft a clerk edited is still kept. Messages name files relative to the
workspace."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import docx
import pytest

import drafter
from drafter.tracking import MANIFEST_NAME, folder_lock
from web_helpers import DEMO_LIST, csrf_of, make_workspace

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

DEMO_FILES = 20  # the demo list's rows, each a draft


@pytest.fixture
def root(tmp_path):
    return make_workspace(tmp_path / "ws")


def wait_for(condition, what: str, seconds: float = 120) -> None:
    deadline = time.time() + seconds
    while not condition():
        assert time.time() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def assert_all_recorded(out: Path) -> dict:
    """Every draft and the 跟踪表 in ``out`` recorded with the hash of the file as it lies there."""
    recorded = json.loads((out / MANIFEST_NAME).read_text("utf-8"))["files"]
    drafts = sorted(p.name for p in out.glob("*.docx"))
    assert len(drafts) == DEMO_FILES
    for name in [*drafts, "跟踪表.xlsx"]:
        assert recorded[name]["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest(), name
    assert not list(out.glob("跟踪表(*")), "no second tracking workbook"
    return recorded


def assert_third_run_rewrites_all_then_keeps_an_edit(ws, out: Path) -> None:
    third = ws.batch(DEMO_LIST, out, jobs=1)
    assert (third.count("drafted"), third.count("skipped"), third.count("failed")) == (DEMO_FILES, 0, 0)
    assert third.warnings == [] and third.workbook.name == "跟踪表.xlsx"
    assert_all_recorded(out)
    edited = docx.Document(str(out / "1084.docx"))
    edited.add_paragraph("科员补充的一段")
    edited.save(str(out / "1084.docx"))
    fourth = ws.batch(DEMO_LIST, out, jobs=1)
    kept = {i.number: i for i in fourth.items if i.status == "skipped"}
    assert list(kept) == ["1084"] and kept["1084"].message == "同名文件已被修改，未覆盖"
    assert "科员补充的一段" in "\n".join(p.text for p in docx.Document(str(out / "1084.docx")).paragraphs)


@pytest.mark.parametrize("hold", [False, True])
def test_two_runs_of_one_list_into_one_folder_in_threads(root, hold):
    """Two Workspace.batch calls at once on the demo list into one folder; with ``hold`` both
    are made to start while the folder is busy, so both are told they wait."""
    ws = drafter.open_workspace(root)
    out = root / "drafts" / "交办清单"
    out.mkdir(parents=True)
    told: list[str] = []

    def run(_):
        return ws.batch(DEMO_LIST, out, jobs=1, waiting=told.append)

    with ThreadPoolExecutor(2) as threads:
        if hold:
            with folder_lock(out):
                runs = [threads.submit(run, n) for n in range(2)]
                wait_for(lambda: len(told) == 2, "both runs to wait")
        else:
            runs = [threads.submit(run, n) for n in range(2)]
        reports = [r.result() for r in runs]
    if hold:
        assert told == ["drafts/交办清单"] * 2
    for report in reports:
        assert report.count("skipped") == report.count("failed") == 0, [i.message for i in report.items]
        assert report.count("drafted") == DEMO_FILES and report.warnings == []
    assert_all_recorded(out)
    assert_third_run_rewrites_all_then_keeps_an_edit(ws, out)


def test_two_batch_commands_at_once_on_one_folder(root):
    """Two ``drafter batch`` processes on one folder: the second says it waits, neither reports a
    draft as edited, and a third run finds every draft recorded."""
    out = root / "drafts" / "交办清单"
    out.mkdir(parents=True)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "drafter", "-w", str(root), "batch", str(DEMO_LIST), "-j", "1"]
    logs = [root.parent / f"run{n}.err" for n in range(2)]
    with folder_lock(out):  # both start while the folder is busy
        runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log.open("wb"), env=env)
                for log in logs]
        wait_for(lambda: all("等它完成后开始" in log.read_text("utf-8", "replace") for log in logs),
                 "both commands to say they wait", 180)
    outputs = [run.communicate(timeout=300)[0].decode("utf-8") for run in runs]
    for run, output, log in zip(runs, outputs, logs):
        assert run.returncode == 0, output + log.read_text("utf-8")
        assert f"已起草 {DEMO_FILES} 份，未覆盖（已修改）0 份，失败 0 份；问题行 0 行" in output
        said = log.read_text("utf-8").splitlines()
        assert "另一个批量起草正在写入 drafts/交办清单，等它完成后开始…" in said
        assert not any(str(root) in line for line in said)
    assert_all_recorded(out)
    assert_third_run_rewrites_all_then_keeps_an_edit(drafter.open_workspace(root), out)


def test_the_same_list_uploaded_twice_joins_and_another_waits(root):
    """Through the web app: the list sent again while it is drafted joins the running job; an
    edited list of the same name waits for the folder, saying so; a third run through /api/batch
    finds every draft recorded as drafter's own."""
    import openpyxl

    from drafter.web.app import create_app

    data = DEMO_LIST.read_bytes()
    book = openpyxl.load_workbook(DEMO_LIST)
    book.active["C3"] = "关于推动科技创新与产业创新深度融合发展的建议"  # 1288's title, edited
    other = root.parent / "交办清单.xlsx"
    book.save(other)
    out = root / "drafts" / "交办清单"
    out.mkdir(parents=True)
    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as client:
        token = csrf_of(client.get("/batch").text)

        def send(body: bytes):
            return client.post("/batch", data={"csrf": token}, files={"file": ("交办清单.xlsx", body)},
                               follow_redirects=False)

        def status(job: str) -> dict:
            return client.get(f"/api/jobs/{job}").json()

        with folder_lock(out):  # a batch already writing the folder
            first = send(data)
            job = first.headers["location"].rsplit("/", 1)[-1]
            wait_for(lambda: status(job)["note"], "the first upload to wait")
            assert status(job)["note"] == "另一份清单正在写入 drafts/交办清单，等它完成后开始起草…"
            page = client.get(first.headers["location"]).text
            assert "另一份清单正在写入 drafts/交办清单，等它完成后开始起草…" in page
            again = send(data)
            assert again.status_code == 303 and again.headers["location"] == f"/batch/{job}?joined=1"
            assert "这份清单正在起草" in client.get(again.headers["location"]).text
            edited = send(other.read_bytes())
            second = edited.headers["location"].rsplit("/", 1)[-1]
            assert second != job
            wait_for(lambda: status(second)["note"], "the edited list to wait")
        for each in (job, second):
            wait_for(lambda each=each: status(each)["finished"], "the runs to finish")
            done = status(each)
            assert done["error"] is None and done["done"] == done["total"] == DEMO_FILES
            html = client.get(f"/batch/{each}").text
            assert "未覆盖（已修改）0 份，失败 0 份" in html and str(root) not in html
        assert_all_recorded(out)
        third = client.post("/api/batch", files={"file": ("交办清单.xlsx", data)}).json()
        assert (third["drafted"], third["skipped"], third["failed"]) == (DEMO_FILES, 0, 0)
        # the list whose 1288 has another title went to a folder of its own, never over the other's drafts
        assert third["warnings"] in ([], ["drafts/交办清单 中的1288.docx是另一标题的草稿（另一份同名清单），未覆盖；"
                                          "本清单的草稿写入 drafts/交办清单-2：两份清单请用不同的文件名，或分别指定草稿目录"])
        assert third["drafted"] == DEMO_FILES
        assert_all_recorded(out)
        assert_all_recorded(root / "drafts" / "交办清单-2")


def test_two_api_batches_at_once_through_a_drafting_process(root):
    """/api/batch twice at once with drafter serve's drafting processes: the second waits in its
    process and both answer with every draft drafted."""
    from drafter.web.app import create_app
    from drafter.web.workers import DraftWorkers

    data = DEMO_LIST.read_bytes()
    with DraftWorkers(root, 2) as workers, TestClient(create_app(root, workers=workers),
                                                      base_url="http://127.0.0.1:8765") as client:
        def send(_):
            return client.post("/api/batch", files={"file": ("交办清单.xlsx", data)}).json()

        with ThreadPoolExecutor(2) as threads:
            answers = list(threads.map(send, range(2)))
        for answer in answers:
            assert (answer["drafted"], answer["skipped"], answer["failed"]) == (DEMO_FILES, 0, 0), answer
        assert_all_recorded(root / "drafts" / "交办清单")

        # the page's job, its batch waiting in a drafting process: the wait is told on the page
        token = csrf_of(client.get("/batch").text)
        with folder_lock(root / "drafts" / "交办清单"):
            r = client.post("/batch", data={"csrf": token}, files={"file": ("交办清单.xlsx", data)},
                            follow_redirects=False)
            job = r.headers["location"].rsplit("/", 1)[-1]
            wait_for(lambda: client.get(f"/api/jobs/{job}").json()["note"], "the batch to wait")
            assert client.get(f"/api/jobs/{job}").json()["note"] == \
                "另一份清单正在写入 drafts/交办清单，等它完成后开始起草…"
        wait_for(lambda: client.get(f"/api/jobs/{job}").json()["finished"], "the batch to finish")
        status = client.get(f"/api/jobs/{job}").json()
        assert status["error"] is None and status["done"] == DEMO_FILES and status["note"] == ""


def test_messages_name_files_relative_to_the_workspace(root):
    ws = drafter.open_workspace(root)
    first = ws.batch(DEMO_LIST, jobs=1)
    out = first.out_dir
    import openpyxl

    book = openpyxl.load_workbook(first.workbook)
    book["跟踪表"]["A2"] = "已电话联系"
    book.save(first.workbook)
    (out / MANIFEST_NAME).write_text("{坏", "utf-8")
    report = ws.batch(DEMO_LIST, jobs=1)
    assert report.warnings == [
        "drafts/交办清单/.drafter-batch.json: 清单记录损坏，已有文件一律视为人工文件，不覆盖",
        "drafts/交办清单/跟踪表.xlsx: 跟踪表已被修改，未覆盖；新表另存为 跟踪表(2).xlsx"]
    assert report.count("skipped") == DEMO_FILES  # a lost record: every draft is taken as the clerk's
    assert openpyxl.load_workbook(first.workbook)["跟踪表"]["A2"].value == "已电话联系"


@pytest.mark.skipif(sys.platform == "win32", reason="fork")
def test_a_forked_drafting_process_does_not_keep_the_folder_locked(tmp_path):
    """A batch's drafting processes are forked from it (drafter batch -j N): one left running
    after its batch ended (the batch killed) must not keep the folder locked for the next."""
    import multiprocessing

    out = tmp_path / "out"
    out.mkdir()
    with folder_lock(out):
        orphan = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,), daemon=True)
        orphan.start()
    try:
        probe = ("import sys; from pathlib import Path; from drafter.tracking import folder_lock\n"
                 "with folder_lock(Path(sys.argv[1]), waiting=lambda: print('busy', flush=True)):\n"
                 "    print('locked')\n")
        result = subprocess.run([sys.executable, "-c", probe, str(out)], capture_output=True, text=True,
                                timeout=60)
        assert result.stdout.split() == ["locked"]
    finally:
        orphan.terminate()
        orphan.join()


def test_a_run_killed_at_any_moment_leaves_no_draft_taken_for_an_edit(root):
    """``drafter batch`` killed (SIGKILL: nothing of it runs after) at moments through its run:
    the next run finds every draft the killed one put in place recorded as drafter's own."""
    out = root / "drafts" / "交办清单"
    command = [sys.executable, "-m", "drafter", "-w", str(root), "batch", str(DEMO_LIST), "-j", "1"]
    ws = drafter.open_workspace(root)
    for delay in (0.0, 0.3, 0.6, 0.9, 1.2):  # after its first draft is made, when it is made
        start = time.time()
        run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def drafted(start=start) -> bool:  # a draft made (in place or not yet) since the run started
            return any(p.stat().st_mtime >= start for p in out.glob("*.docx")) or bool(list(out.glob(".*.drafting")))

        while run.poll() is None and not drafted() and time.time() < start + 120:
            time.sleep(0.01)
        time.sleep(delay)
        run.kill()
        run.wait()
        again = ws.batch(DEMO_LIST, jobs=1)
        assert (again.count("drafted"), again.count("skipped")) == (DEMO_FILES, 0), \
            [(i.file, i.message) for i in again.items if i.status != "drafted"]
        assert again.warnings == []
        assert_all_recorded(out)
        assert not list(out.glob(".*.drafting"))


def test_drafts_recorded_but_not_yet_in_place_stay_drafters(root, monkeypatch):
    """The run stopped after saving the record of drafts about to replace the old ones and before
    replacing them all: the old drafts are still drafter's, the new ones recorded too."""
    import drafter.batch

    ws = drafter.open_workspace(root)
    first = ws.batch(DEMO_LIST, jobs=1)
    out = first.out_dir
    real_replace, calls = os.replace, []

    def replace(made, target):  # os.replace everywhere: count only drafts put in place
        if str(made).endswith(".drafting"):
            calls.append(target)
            if len(calls) == 5:
                raise KeyboardInterrupt  # as if killed here
        real_replace(made, target)

    monkeypatch.setattr(drafter.batch.os, "replace", replace)
    monkeypatch.setattr(drafter.batch, "PLACE_EVERY_SECONDS", 0.0)  # each draft placed as it comes
    with pytest.raises(KeyboardInterrupt):
        ws.batch(DEMO_LIST, jobs=1)
    monkeypatch.undo()
    recorded = json.loads((out / MANIFEST_NAME).read_text("utf-8"))["files"]
    stopped = Path(calls[-1]).name
    assert recorded[stopped]["replacing"] == hashlib.sha256((out / stopped).read_bytes()).hexdigest()
    again = ws.batch(DEMO_LIST, jobs=1)
    assert (again.count("drafted"), again.count("skipped")) == (DEMO_FILES, 0)
    assert "replacing" not in json.loads((out / MANIFEST_NAME).read_text("utf-8"))["files"][stopped]
    assert_all_recorded(out)


def test_a_draft_a_clerk_saves_during_the_run_is_kept(root, monkeypatch):
    """A clerk saving a draft in Word while the batch is drafting it: the batch keeps the clerk's."""
    import drafter.batch

    ws = drafter.open_workspace(root)
    out = ws.batch(DEMO_LIST, jobs=1).out_dir
    real_outcome = drafter.batch._outcome

    def outcome(result, made, report):
        if result.file == "1103.docx":
            (out / "1103.docx").write_bytes(b"clerk's version")
        return real_outcome(result, made, report)

    monkeypatch.setattr(drafter.batch, "_outcome", outcome)
    report = ws.batch(DEMO_LIST, jobs=1)
    kept = {i.file: i.message for i in report.items if i.status == "skipped"}
    assert kept == {"1103.docx": "同名文件已被修改，未覆盖"}
    assert (out / "1103.docx").read_bytes() == b"clerk's version"
    assert not list(out.glob(".*.drafting"))


def test_a_draft_that_cannot_be_put_in_place_fails_alone(root):
    ws = drafter.open_workspace(root)
    out = root / "drafts" / "交办清单"
    (out / "1125.docx").mkdir(parents=True)  # a folder where the draft goes
    report = ws.batch(DEMO_LIST, jobs=1, force=True)
    failed = {i.file: i.message for i in report.items if i.status == "failed"}
    assert list(failed) == ["1125.docx"] and failed["1125.docx"].startswith("1125.docx: 无法写入：")
    assert report.count("drafted") == DEMO_FILES - 1 and (out / "1125.docx").is_dir()
    assert not list(out.glob(".*.drafting"))
