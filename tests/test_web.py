"""``drafter serve``: every page and /api/ endpoint through an in-process client, the safety
rules (login, CSRF, upload limit, paths, hostile files), concurrency on a live server, and the
``serve`` command itself."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import warnings
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

import docx
import pytest
from click.testing import CliRunner

from drafter.api import make_suggestion
from drafter.cli import cli
from drafter.errors import DrafterError
from drafter.web.app import create_app
from drafter.web.config import ServeSettings
from drafter.web.files import resolve_download, safe_name
from helpers import TEXT_1288, TITLE_1288
from web_helpers import (
    DEMO_LIST, HOSTILE, REPORT, REPORT_2026, Clock, LiveServer, csrf_of, error_of, kill_all, make_workspace, scanned_pdf,
    started_since,
)

warnings.filterwarnings("ignore", message=".*httpx.*")  # starlette's TestClient prefers httpx2
from starlette.testclient import TestClient  # noqa: E402

BASE = "http://127.0.0.1:8765"
FORM_1288 = {"number": "1288", "topic": TITLE_1288, "deputy": "林永红", "session": "市十七届人大五次会议",
             "type": "A", "date": "2026-05-20"}


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return make_workspace(tmp_path_factory.mktemp("web") / "ws")


@pytest.fixture(scope="module")
def client(root):
    with TestClient(create_app(root), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def csrf(client):
    return csrf_of(client.get("/draft").text)


@pytest.fixture(scope="module")
def drafting_pool(tmp_path_factory):
    """A workspace of its own and two drafting processes for it, as ``drafter serve`` has them,
    started once for the tests that draft through them (a pool costs its processes' start-up)."""
    from drafter.web.workers import DraftWorkers

    root = make_workspace(tmp_path_factory.mktemp("drafting") / "ws")
    pristine = shutil.copytree(root, root.parent / "pristine")
    with DraftWorkers(root, 2) as workers:
        yield root, workers, pristine


@pytest.fixture
def drafting(drafting_pool):
    """``drafting_pool`` with no index of its base held by this test process (an earlier test may
    have read the base here), so that a test can tell that its drafts were made elsewhere; the
    workspace is put back as it was made afterwards (its base refreshed or edited, its drafts
    written; its caches stay), so that no test sees what another did to it."""
    from drafter.api import open_workspace
    from drafter.facts import index as index_mod

    root, workers, pristine = drafting_pool
    ws = open_workspace(root)
    index_mod.forget(ws.facts_dir)
    yield root, workers
    for entry in root.iterdir():
        if entry == ws.cache_dir:  # caches only; the drafting processes write into its folders
            continue
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    shutil.copytree(pristine, root, dirs_exist_ok=True)  # file times kept: the processes reload what changed


def cli_error(root: Path, *args: str) -> str:
    """The one line the command line prints for ``args`` (without its 错误： prefix)."""
    result = CliRunner().invoke(cli, ["--workspace", str(root), *args])
    assert result.exit_code == 2, result.output
    line = result.stderr.strip() if hasattr(result, "stderr") else result.output.strip()
    assert "\n" not in line
    return line.removeprefix("错误：")


# ------------------------------------------------------------------ 起草


def test_draft_form_offers_the_workspace_classes_and_cli_named_fields(client, root):
    html = client.get("/draft").text
    assert "A类：所提问题已经解决或基本解决" in html  # from drafter.yaml's classes
    for name in ("number", "topic", "deputy", "session", "type", "role", "lead", "with", "proposal",
                 "date", "doc_number", "text", "file"):
        assert f'name="{name}"' in html, name


def test_the_form_takes_the_number_as_the_cli_does(client, root, csrf):
    """The form leaves the number to the library (no browser pattern, whose refusal an English
    browser words in English): what the CLI refuses (a leading hyphen, no digit but zeros) the
    page refuses in the library's words, the form kept; 第1288号 and full-width digits are taken."""
    html = client.get("/draft").text
    assert not re.search(r'name="number"[^>]*pattern=', html)
    for number in ("-12", "abc-0", "0", "ABCD12", "12-", "1350a"):
        with pytest.raises(DrafterError) as caught:
            make_suggestion(number, "关于加快科技成果转化的建议")
        r = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": number})
        assert r.status_code == 400 and error_of(r.text) == str(caught.value), number
        assert f'name="number" required value="{number}"' in r.text
    for typed, number in (("1288", "1288"), ("0219", "0219"), ("B003", "B003"), ("ZX-12", "ZX-12"),
                          ("第1288号", "1288"), ("1288号", "1288"), ("１２８８", "1288"), ("建议第 1288 号", "1288")):
        assert make_suggestion(typed, "关于加快科技成果转化的建议").number == number, typed


def test_draft_page_previews_and_saves_as_the_cli(client, root, csrf):
    r = client.post("/draft", data={**FORM_1288, "csrf": csrf})
    assert r.status_code == 200, error_of(r.text)
    path = root / "drafts" / "1288.docx"
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    assert "关于市十七届人大五次会议\n第1288号建议的答复" in text  # a long title breaks before 第N号
    # the preview shows the same paragraphs, with the cited ones opening their sources
    assert "关于市十七届人大五次会议第1288号建议的答复" in r.text
    cited = re.findall(r'<details class="blk body cited">', r.text)
    assert cited, "no cited paragraph in the preview"
    assert "来源：" in r.text and '<b class="item">一是</b>' in r.text
    assert '<mark class="ph"' in r.text  # the 发文字号 placeholder
    assert 'href="/download/drafts/1288.docx"' in r.text
    # a cited paragraph opens each of its facts as the base has it: its own text, year and place
    from markupsafe import escape

    from drafter.api import open_workspace

    base = {f["id"]: f for f in open_workspace(root).facts().to_dict()}
    source = re.search(r'<li>\s*<q>(.*?)</q>\s*<div class="meta">(.*?)</div>', r.text, re.S)
    fact = base[re.search(r'href="/facts\?id=([^"]+)"', source.group(2)).group(1)]
    assert source.group(1) == str(escape(fact["text"]))
    assert f"<span>{fact['period']['year']}年</span>" in source.group(2)
    assert f"<span>{fact['jurisdiction']}</span>" in source.group(2)
    # the CLI writes the same draft (same text) for the same options
    cli_out = root / "cli-1288.docx"
    CliRunner().invoke(cli, ["--workspace", str(root), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                             "--session", "市十七届人大五次会议", "--type", "A", "--date", "2026-05-20",
                             "-o", str(cli_out)], catch_exceptions=False)
    assert [p.text for p in docx.Document(cli_out).paragraphs] == [p.text for p in docx.Document(path).paragraphs]
    # the list of marks beside the page: one link per placeholder of the report, to that mark itself
    marks = dict(re.findall(r'<mark class="ph" id="([^"]+)" tabindex="-1"[^>]*>(.*?)</mark>', r.text))
    listed = re.findall(r'<li><a href="#([^"]+)" data-jump>(.*?)</a></li>', r.text)
    report = client.post("/api/draft", data={**FORM_1288, "out": "1288-report.docx"}).json()
    assert [text for _, text in listed] == report["placeholders"]
    assert len({anchor for anchor, _ in listed}) == len(listed)
    assert all(marks[anchor] == text for anchor, text in listed)
    assert list(marks) == [anchor for anchor, _ in listed]  # in the page's order


def test_the_preview_shows_what_a_section_still_owes_beside_its_heading(client, root, csrf):
    """A section's points owed are a comment on its heading in the .docx (no item of their own): the page,
    which shows no comments, shows that one beside the heading, highlighted, its explanation on hover, and
    lists it with the draft's other marks (counted by draft as they are)."""
    r = client.post("/draft", data={**FORM_1288, "text": TEXT_1288.read_text("utf-8"), "csrf": csrf,
                                    "overwrite": "1288.docx"})
    assert r.status_code == 200, error_of(r.text)
    shown = re.findall(r'<p class="blk heading2">([^<]*) <mark class="ph asks" id="([^"]+)" tabindex="-1" title="([^"]*)">'
                       r'批注：(【待补充：[^】]*】)</mark>', r.text)
    assert shown, r.text
    listed = dict(re.findall(r'<li><a href="#([^"]+)" data-jump>(.*?)</a></li>', r.text))
    for heading, anchor, note, mark in shown:
        assert heading.startswith("（") and mark.startswith("【待补充：建议所提") and note.startswith(mark), (heading, note)
        assert listed[anchor] == mark  # listed with the draft's other marks, its link jumping to it
    assert not re.search(r"[一二三四五]是<mark[^>]*>【待补充：建议所提", r.text)  # no slot of its own


def test_an_edited_draft_is_never_overwritten_a_new_version_is_offered(client, root, csrf):
    client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1300"})
    path = root / "drafts" / "1300.docx"
    asked = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1300"})
    assert asked.status_code == 409 and error_of(asked.text) is None  # an existing draft: asked first
    assert '<button type="submit" form="draft-form" name="overwrite" value="1300.docx">覆盖 1300.docx</button>' in asked.text
    again = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1300", "overwrite": "1300.docx"})
    assert again.status_code == 200  # unchanged since this server wrote it: rewritten once the clerk says
    d = docx.Document(path)
    d.add_paragraph("科员改过的段落")
    d.save(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    r = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1300", "overwrite": "1300.docx"})
    assert r.status_code == 409 and 'name="overwrite"' not in r.text
    assert error_of(r.text) is None  # a normal situation, told in the offer, not as an error
    assert '<div class="offer" role="status">\n  <p><b>drafts/1300.docx 已存在且已被修改，未覆盖</b>' in r.text
    assert 'name="out" value="1300-2.docx"' in r.text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    r = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1300", "out": "1300-2.docx"})
    assert r.status_code == 200 and (root / "drafts" / "1300-2.docx").is_file()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_drafts_record_is_read_again_when_its_file_changes(tmp_path):
    """The server holds the drafts record in memory, on disk after each draft; a record file
    written by something else (another program, a restored copy) is what counts from then on."""
    from drafter.tracking import MANIFEST_NAME

    root = make_workspace(tmp_path / "ws")
    with TestClient(create_app(root), base_url=BASE) as c:
        for number in ("1310", "1311"):
            assert c.post("/api/draft", data={**FORM_1288, "number": number}).status_code == 200
        record = root / "drafts" / MANIFEST_NAME
        assert sorted(json.loads(record.read_text("utf-8"))["files"]) == ["1310.docx", "1311.docx"]
        r = c.post("/api/draft", data={**FORM_1288, "number": "1310"})
        assert r.status_code == 409 and r.json()["overwrite"] == "1310.docx"  # its own: asked first
        assert c.post("/api/draft", data={**FORM_1288, "number": "1310", "overwrite": "1310.docx"}).status_code == 200
        data = json.loads(record.read_text("utf-8"))
        del data["files"]["1310.docx"]  # written elsewhere: 1310.docx is no longer known as drafter's
        record.write_text(json.dumps(data, ensure_ascii=False, indent=1), "utf-8")
        r = c.post("/api/draft", data={**FORM_1288, "number": "1310", "overwrite": "1310.docx"})
        assert r.status_code == 409 and "不是本工具生成的" in r.json()["error"] and "overwrite" not in r.json()
        assert c.post("/api/draft", data={**FORM_1288, "number": "1311", "overwrite": "1311.docx"}).status_code == 200
        assert sorted(json.loads(record.read_text("utf-8"))["files"]) == ["1311.docx"]


def test_a_list_naming_files_beside_it_is_told_the_page_cannot_see_them(client):
    """qa18: /api/batch of a list whose 建议内容 names 0023.txt answered 建议内容文件无法读取：.drafter/uploads/…/0023.txt —
    the stored upload's folder, and no word that the page gets the list alone: the file as the cell names it, and what
    to do."""
    listed = "建议号,标题,领衔代表,交办日期,建议内容\n1350,关于加快中试验证平台建设的建议,陈某某,2026-03-10,1350建议.txt\n"
    r = client.post("/api/batch", files={"file": ("春季清单.csv", listed.encode("utf-8"))})
    assert r.status_code == 200, r.text
    [problem] = r.json()["problems"]
    assert problem["message"].startswith("建议内容文件无法读取：1350建议.txt：文件不存在（网页只收到清单本身，看不到清单旁的文件")
    assert ".drafter" not in problem["message"] and "建议内容" in problem["message"]


def test_a_draft_the_command_wrote_is_drafters_own_to_the_page(tmp_path):
    """qa18: /api/draft answered 409 不是本工具生成的 for drafts/0023.docx, written unedited by ``drafter draft``: the
    command records its drafts as the page does, so the page replaces one when told to, and still never one a clerk
    edited since."""
    root = make_workspace(tmp_path / "ws")
    args = ["-w", str(root), "draft", "1310", TITLE_1288, "--deputy", "林永红", "--date", "2026-05-20"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert CliRunner().invoke(cli, [*args[:3], "1311", *args[4:]]).exit_code == 0
    edited = root / "drafts" / "1311.docx"
    edited.write_bytes(edited.read_bytes() + b"\0")
    with TestClient(create_app(root), base_url=BASE) as c:
        r = c.post("/api/draft", data={**FORM_1288, "number": "1310"})
        assert r.status_code == 409 and r.json()["overwrite"] == "1310.docx"  # its own: asked first
        assert c.post("/api/draft", data={**FORM_1288, "number": "1310", "overwrite": "1310.docx"}).status_code == 200
        r = c.post("/api/draft", data={**FORM_1288, "number": "1311", "overwrite": "1311.docx"})
        assert r.status_code == 409 and "已被修改" in r.json()["error"]
    again = CliRunner().invoke(cli, [*args, "--force"])  # the page's draft, replaced by the command when forced
    assert again.exit_code == 0, again.output
    elsewhere = CliRunner().invoke(cli, [*args, "-o", str(tmp_path / "1310.docx")])  # outside drafts/: no record left there
    assert elsewhere.exit_code == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["1310.docx", "ws"]


def test_the_drafts_record_holds_each_drafts_hash_worked_out_where_it_was_written(drafting, monkeypatch):
    """The drafting process hashes the draft it wrote; the server records that hash without
    reading the file again, and it is the hash of the file on disk."""
    from drafter import fileio, tracking
    from drafter.tracking import MANIFEST_NAME

    root, workers = drafting

    def not_here(path):
        raise AssertionError(f"the server read {path}")

    with TestClient(create_app(root, workers=workers), base_url=BASE) as c:
        monkeypatch.setattr(fileio, "sha256_file", not_here)
        monkeypatch.setattr(tracking, "sha256_file", not_here)
        for number in ("1320", "1321"):
            r = c.post("/api/draft", data={**FORM_1288, "number": number})
            assert r.status_code == 200, r.text
    files = json.loads((root / "drafts" / MANIFEST_NAME).read_text("utf-8"))["files"]
    assert sorted(files) == ["1320.docx", "1321.docx"]
    for name, entry in files.items():
        assert entry["sha256"] == hashlib.sha256((root / "drafts" / name).read_bytes()).hexdigest()
        assert entry["number"] == name[:-5]


def test_the_drafts_record_reads_only_the_files_it_lists(tmp_path, monkeypatch):
    """Whether a draft may be rewritten needs its hash only when the record lists it: a file the
    record does not list (the clerk's own) or an absent one is never read; a listed one is, and
    an edit to it is seen."""
    from drafter import fileio, tracking
    from drafter.tracking import KEPT
    from drafter.web.drafting import DraftsRecord

    folder = tmp_path / "drafts"
    folder.mkdir()
    ours, foreign = folder / "1330.docx", folder / "1331.docx"
    ours.write_bytes(b"drafted")
    foreign.write_bytes(b"the clerk's own")
    record = DraftsRecord()
    record.record(ours, hashlib.sha256(b"drafted").hexdigest(), number="1330")
    read: list[str] = []
    real = fileio.sha256_file

    def counted(path):
        read.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(fileio, "sha256_file", counted)
    monkeypatch.setattr(tracking, "sha256_file", counted)
    assert record.kept(foreign) == KEPT["foreign"]
    assert record.kept(folder / "1332.docx") is None
    assert read == []
    assert record.kept(ours) is None
    ours.write_bytes(b"drafted, then edited")
    assert record.kept(ours) == KEPT["edited"]
    assert read == ["1330.docx", "1330.docx"]


def test_api_draft_returns_the_cli_json_plus_downloads(client, root):
    form = {"number": "1301", "topic": "关于加强科技特派员工作的建议", "role": "会办",
            "lead": "市农业农村局", "with": "市财政局、市发改委", "proposal": "1"}
    r = client.post("/api/draft", data=form)
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["downloads"] == [{"name": "提案-1301.docx", "url": "/download/drafts/提案-1301.docx"}]
    assert data["role"] == "会办" and data["number"] == "1301"
    result = CliRunner().invoke(cli, ["--workspace", str(root), "draft", "1302", form["topic"], "--role", "会办",
                                      "--lead", "市农业农村局", "--with", "市财政局", "--with", "市发改委",
                                      "--proposal", "--json"], catch_exceptions=False)
    assert set(json.loads(result.stdout)) | {"downloads"} == set(data)
    # the same as JSON
    r = client.post("/api/draft", json={**form, "number": "1303", "with": ["市财政局"], "proposal": True})
    assert r.status_code == 200 and r.json()["downloads"][0]["name"] == "提案-1303.docx"


def test_api_draft_errors_are_the_cli_line(client, root):
    r = client.post("/api/draft", data={"number": "7", "topic": "关于x的建议", "role": "会办"})
    assert r.status_code == 400
    # the library's line, and the control that fixes it named as the page names it
    cli_line = cli_error(root, "draft", "7", "关于x的建议", "--role", "会办", "--json")
    assert cli_line == "会办意见须指明主办单位（用 --lead 指明）"
    assert r.json()["error"] == "会办意见须指明主办单位（请填写“主办单位”）"
    r = client.post("/api/draft", data={"number": "abc", "topic": "关于x的建议"})
    assert r.status_code == 400
    assert r.json()["error"] == cli_error(root, "draft", "abc", "关于x的建议", "--json")
    r = client.post("/api/draft", data={"number": "5"})
    assert r.status_code == 400 and "标题" in r.json()["error"]


def test_suggestion_text_can_be_uploaded(client, root, csrf):
    r = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1304"},
                    files={"file": ("建议.txt", "建议加大对科技型中小企业研发投入的支持力度。".encode())})
    assert r.status_code == 200, error_of(r.text)
    r = client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1305"},
                    files={"file": ("扫描件.pdf", scanned_pdf())})
    assert r.status_code == 400
    assert error_of(r.text) == "扫描件.pdf: PDF 没有文字层（可能是扫描件），请先 OCR"


# ------------------------------------------------------------------ 批量


def test_batch_api_drafts_the_demo_list_with_zip_and_workbook(client, root):
    import openpyxl

    r = client.post("/api/batch", files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())})
    assert r.status_code == 200, r.text
    data = r.json()
    cli_dir = root / "cli-batch"
    result = CliRunner().invoke(cli, ["--workspace", str(root), "batch", str(DEMO_LIST), "-o", str(cli_dir),
                                      "--jobs", "1", "--json"])
    expected = json.loads(result.stdout)
    assert set(expected) | {"downloads"} == set(data)
    assert data["drafted"] == expected["drafted"] > 0
    assert [i["file"] for i in data["items"]] == [i["file"] for i in expected["items"]]
    assert data["list"] == "交办清单.xlsx"
    zipped = client.get(data["downloads"]["zip"]["url"])
    names = zipfile.ZipFile(io.BytesIO(zipped.content)).namelist()
    assert "跟踪表.xlsx" in names
    assert {i["file"] for i in data["items"] if i["status"] == "drafted"} <= set(names)
    book = client.get(data["downloads"]["workbook"]["url"])
    assert book.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(book.content)).active
    assert sheet.max_row >= len(data["items"])


def test_batch_page_shows_progress_then_the_table(client, csrf):
    r = client.post("/batch", data={"csrf": csrf}, files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())},
                    follow_redirects=False)
    assert r.status_code == 303
    job = r.headers["location"].rsplit("/", 1)[-1]
    deadline = time.time() + 60
    while not client.get(f"/api/jobs/{job}").json()["finished"]:
        assert time.time() < deadline
        time.sleep(0.2)
    status = client.get(f"/api/jobs/{job}").json()
    assert status["done"] == status["total"] > 0 and status["error"] is None
    html = client.get(r.headers["location"]).text
    assert "批量起草完成" in html and "办理期限" in html and "跟踪表.xlsx" in html
    assert html.count("<tr class=") == status["total"]
    # the demo list's 1288, whose reply (seed 003) the base holds, is said to be answered already (hd8)
    assert html.count("事实库中已有本件的答复：泉科函〔2026〕102号，请核实是否重复起草") == 1


def test_a_batch_runs_in_a_drafting_process_and_shows_its_progress(drafting):
    from drafter.api import open_workspace
    from drafter.facts import index as index_mod

    root, workers = drafting
    with TestClient(create_app(root, workers=workers), base_url=BASE) as c:
        token = csrf_of(c.get("/batch").text)
        r = c.post("/batch", data={"csrf": token}, files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())},
                   follow_redirects=False)
        job = r.headers["location"].rsplit("/", 1)[-1]
        deadline = time.time() + 120
        while not (status := c.get(f"/api/jobs/{job}").json())["finished"]:
            assert time.time() < deadline
            time.sleep(0.05)
        assert status["done"] == status["total"] > 0 and status["error"] is None
        html = c.get(r.headers["location"]).text
        assert "批量起草完成" in html and html.count("<tr class=") == status["total"]
        assert len(list((root / "drafts" / "交办清单").glob("*.docx"))) == status["total"]
        assert not index_mod.holds(open_workspace(root).facts_dir)  # drafted elsewhere


def test_a_running_batch_shows_a_progress_bar(client):
    import threading

    release = threading.Event()

    def work(job):
        job.progress(3, 10, "1103")
        release.wait(10)

    job = client.app.state.web.jobs.start("交办清单.xlsx", work)
    try:
        time.sleep(0.1)
        html = client.get(f"/batch/{job.id}").text
        assert '<progress max="10" value="3"' in html and "已完成 3 / 10 份" in html
        assert client.get(f"/api/jobs/{job.id}").json()["done"] == 3
    finally:
        release.set()


def test_batch_rejects_a_list_of_another_type_and_a_zip_bomb(client, csrf):
    r = client.post("/batch", data={"csrf": csrf}, files={"file": ("清单.docx", b"x")})
    assert r.status_code == 400 and "不支持的文件类型" in error_of(r.text)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"<row><c><v>1</v></c></row>" * 4_000_000)
    r = client.post("/api/batch", files={"file": ("清单.xlsx", buf.getvalue())})
    assert r.status_code == 400 and r.json()["error"].startswith("清单.xlsx: 拒绝读取：解压后")
    assert client.get("/batch").status_code == 200


# ------------------------------------------------------------------ 核稿


def test_check_page_lists_findings_by_paragraph_with_a_verdict(client, root, csrf):
    client.post("/draft", data={"csrf": csrf, **FORM_1288, "number": "1310"})
    path = root / "drafts" / "1310.docx"
    d = docx.Document(path)
    body = next(p for p in d.paragraphs if "一是" in p.text)
    body.add_run("全年办理贷款9999笔。")
    edited = root / "edited.docx"
    d.save(edited)
    api = client.post("/api/check", files={"file": ("1310-改.docx", edited.read_bytes())}).json()
    result = CliRunner().invoke(cli, ["--workspace", str(root), "check", str(edited), "--json"])
    expected = json.loads(result.stdout)
    assert api["findings"] == expected["findings"] and api["path"] == "1310-改.docx"
    html = client.post("/check", data={"csrf": csrf}, files={"file": ("1310-改.docx", edited.read_bytes())}).text
    assert f"需处理 {len(api['findings'])} 项" in html
    assert "怎么办：" in html
    cited = [f for f in api["findings"] if f["paragraph"] and "9999" in f["snippet"]]
    if cited:  # the paragraph's text is shown above its findings
        assert "全年办理贷款9999笔。" in html


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_uploads_get_the_cli_line_and_the_server_stays_up(client, root, csrf, name, tmp_path):
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    expected = cli_error(root, "check", str(path)).replace(str(path), name)
    r = client.post("/check", data={"csrf": csrf}, files={"file": (name, HOSTILE[name])})
    assert r.status_code == 400 and error_of(r.text) == expected
    assert client.post("/api/check", files={"file": (name, HOSTILE[name])}).json() == {"error": expected}
    assert client.get("/check").status_code == 200


def test_a_pdf_without_text_is_refused_by_refresh_like_the_cli(client, root, csrf, tmp_path):
    path = tmp_path / "扫描.pdf"
    path.write_bytes(scanned_pdf())
    expected = cli_error(root, "refresh", str(path), "--dry-run").replace(str(path), "扫描.pdf")
    r = client.post("/refresh", data={"csrf": csrf}, files={"file": ("扫描.pdf", path.read_bytes())})
    assert error_of(r.text) == expected


# ------------------------------------------------------------------ 事实库


def test_facts_api_is_facts_json(client, root):
    r = client.get("/api/facts", params={"q": "高新技术企业", "kind": "done", "period": "2024-2025", "limit": "5"})
    result = CliRunner().invoke(cli, ["--workspace", str(root), "facts", "高新技术企业", "--kind", "done",
                                      "--period", "2024-2025", "--limit", "5", "--json"])
    assert r.json() == json.loads(result.stdout)


def test_facts_page_marks_superseded_and_charts_a_measure(client, root):
    from drafter.api import open_workspace

    facts = open_workspace(root).facts().to_dict()
    old = next((f for f in facts if f["superseded_by"]), None)
    html = client.get("/facts", params={"q": "", "limit": "500"}).text
    if old:
        assert re.search(rf'class="fact superseded" id="fact-{re.escape(old["id"])}"', html)
    with_counts = next(f for f in facts if any(g["counts"] for g in f["figures"]))
    n = next(i for i, g in enumerate(with_counts["figures"]) if g["counts"])
    chart = client.get(f"/facts/{with_counts['id']}/chart", params={"figure": n})
    assert chart.status_code == 200 and "<svg" in chart.text
    points = client.get(f"/facts/{with_counts['id']}/chart", params={"figure": n, "format": "json"}).json()["points"]
    assert with_counts["figures"][n]["raw"] in [p["raw"] for p in points] or points
    assert chart.text.count("<circle") == len(points)


def test_editing_a_fact_keeps_the_yaml_comments(client, root, csrf):
    from drafter.api import open_workspace

    fact = open_workspace(root).facts("高新技术企业", limit=1).to_dict()[0]
    yaml_path = root / "facts" / f"{fact['source']['id']}.yaml"
    text = yaml_path.read_text("utf-8")
    yaml_path.write_text(text.replace(f"- id: {fact['id']}", f"# 科员的批注\n  - id: {fact['id']}", 1), "utf-8")
    r = client.post(f"/facts/{fact['id']}/edit",
                    data={"csrf": csrf, "text": "全市高新技术企业达1234家（人工核实）", "period": "2024", "reviewed": "1",
                          "back": "/facts?q=高新技术企业"}, follow_redirects=False)
    assert r.status_code == 303 and "saved=" in r.headers["location"]
    after = yaml_path.read_text("utf-8")
    assert "# 科员的批注" in after and "全市高新技术企业达1234家（人工核实）" in after
    edited = next(f for f in open_workspace(root).facts().to_dict() if f["id"] == fact["id"])
    assert edited["text"] == "全市高新技术企业达1234家（人工核实）"
    assert edited["period"]["year"] == 2024 and edited["reviewed"] is True
    # an invalid year: nothing written, the error names the file and line
    r = client.post(f"/facts/{fact['id']}/edit", data={"csrf": csrf, "text": "x", "period": "3000"})
    assert re.search(r"facts/[^:]+\.yaml:\d+: ", error_of(r.text))
    assert yaml_path.read_text("utf-8") == after


# ------------------------------------------------------------------ 年度更新 / 归档


def test_refresh_dry_run_then_confirm(tmp_path):
    root = make_workspace(tmp_path / "ws")
    client = TestClient(create_app(root), base_url=BASE)
    csrf = csrf_of(client.get("/refresh").text)
    before = {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")}
    r = client.post("/refresh", data={"csrf": csrf}, files={"file": ("2026年工作总结.txt", REPORT)})
    assert r.status_code == 200, error_of(r.text)
    assert "确认更新" in r.text and "预览：2026年工作总结.txt" in r.text
    report = tmp_path / "2026年工作总结.txt"
    report.write_bytes(REPORT)
    expected = CliRunner().invoke(cli, ["--workspace", str(root), "refresh", str(report), "--dry-run", "--json"])
    updated = [m for m in json.loads(expected.stdout)["changes"] if m["outcome"] == "updated"]
    marked = json.loads(expected.stdout)["superseded_figures"]
    assert updated and f"将标记为被取代的旧数字（{len(marked)}）" in r.text
    assert f"<b>{updated[0]['new']['raw']}</b>" in r.text
    assert {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")} == before
    token = re.search(r'name="token" value="([^"]+)"', r.text).group(1)
    name = re.search(r'name="name" value="([^"]+)"', r.text).group(1)
    r = client.post("/refresh/apply", data={"csrf": csrf, "token": token, "name": name, "original": "2026年工作总结.txt"})
    assert r.status_code == 200 and "已更新事实库" in r.text
    from drafter.api import open_workspace

    facts = {f["id"]: f for f in open_workspace(root).facts().to_dict()}
    # per figure: the old figure of each updated measure carries the mark
    marks = {(fid, g["raw"]): g["superseded_by"] for fid, f in facts.items() for g in f["figures"]}
    assert all(marks[m["old"]["fact"], m["old"]["raw"]] for m in updated)
    # the report is filed under seeds/ where the dry run said (as the CLI files it), and the fact
    # base names it there
    filed = [Path(p) for p in json.loads(expected.stdout)["filed"]]
    stored = {(p if p.is_absolute() else root / p).relative_to(root).as_posix() for p in filed}
    assert stored and all(s.startswith("seeds/") for s in stored)
    new = [f for f in facts.values() if f["source"]["path"] in stored]
    assert new and all((root / f["source"]["path"]).read_bytes() == REPORT for f in new)
    r = client.post("/refresh/apply", data={"csrf": csrf, "token": "../../etc", "name": "passwd"})
    assert r.status_code == 400
    # the same report again: said so, and nothing left to confirm
    r = client.post("/refresh", data={"csrf": csrf}, files={"file": ("2026年工作总结.txt", REPORT)})
    assert "此前已用该报告更新过事实库，本次不会改动" in r.text and "将标记" not in r.text and "将加入" not in r.text
    assert "确认更新" not in r.text and "/refresh/apply" not in r.text


def test_api_refresh_and_harvest(client, root):
    r = client.post("/api/refresh", data={"dry_run": "1"}, files={"file": ("report.txt", REPORT)})
    data = r.json()
    # the report would be kept under seeds/harvested/ (a dry run copies nothing)
    assert r.status_code == 200 and data["dry_run"] is True and not data["copied"]
    assert data["sources"][0]["path"].startswith("seeds/harvested/")
    draft = client.post("/api/draft", data={**FORM_1288, "number": "1320"}).json()
    signed = client.get(draft["downloads"][0]["url"]).content
    # a draft still holding its placeholders is refused, unless forced
    r = client.post("/api/harvest", files={"file": ("1320定稿.docx", signed)})
    assert r.status_code == 400 and r.json()["unfinished"][0]["marks"] > 0 and not r.json()["items"]
    r = client.post("/api/harvest", data={"force": "1"}, files={"file": ("1320定稿.docx", signed)})
    data = r.json()
    assert r.status_code == 200, data
    assert data["items"][0]["original"] == "1320定稿.docx" and data["items"][0]["facts"] > 0
    assert data["downloads"][0]["url"].startswith("/download/seeds/harvested/")


def test_api_answers_name_files_relative_to_the_workspace(tmp_path):
    """Each /api/ answer keeps the command's field names, but a file is named as the download
    links name it, relative to the workspace (drafts/…, seeds/…, facts/…): an API client on
    another computer cannot use the server's own paths, and they would show its folders."""
    root = make_workspace(tmp_path / "ws")
    seed = root / "seeds" / "2025年工作总结.txt"  # a source not yet in the fact base
    seed.write_text(REPORT_2026.replace("2026", "2025").replace("2027", "2026"), "utf-8")
    folders = {str(root), root.as_posix(), str(root.resolve())}
    answers = []

    def answer(r, status=200):
        assert r.status_code == status, r.text
        assert not [f for f in folders if f in r.text], r.text[:300]
        answers.append(r.json())
        return r.json()

    with TestClient(create_app(root), base_url=BASE) as c:
        draft = answer(c.post("/api/draft", data={**FORM_1288, "number": "1340"}))
        assert draft["path"] == "drafts/1340.docx" == draft["downloads"][0]["url"].removeprefix("/download/")
        (root / "drafts" / "1340.docx").write_bytes((root / "drafts" / "1340.docx").read_bytes() + b" ")  # edited
        kept = answer(c.post("/api/draft", data={**FORM_1288, "number": "1340"}), 409)
        assert kept["error"].startswith("drafts/1340.docx 已存在")
        batch = answer(c.post("/api/batch", files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())}))
        assert batch["out_dir"] == "drafts/交办清单" and batch["workbook"] == "drafts/交办清单/跟踪表.xlsx"
        assert (root / batch["workbook"]).is_file()
        checked = answer(c.post("/api/check", files={"file": ("1340.docx", (root / draft["path"]).read_bytes())}))
        assert checked["path"] == "1340.docx"
        answer(c.get("/api/facts", params={"q": "高新技术企业"}))
        answer(c.get("/api/sources"))
        distilled = answer(c.post("/api/distill"))
        assert [s["path"] for s in distilled["sources"]] == [f"seeds/{seed.name}"]
        dry = answer(c.post("/api/refresh", data={"dry_run": "1"}, files={"file": ("report.txt", REPORT)}))
        assert dry["sources"][0]["path"].startswith("seeds/harvested/")
        applied = answer(c.post("/api/refresh", files={"file": ("report.txt", REPORT)}))
        assert applied["written"] and all(w.startswith("facts/") and (root / w).is_file() for w in applied["written"])
        assert applied["filed"] and all(f.startswith("seeds/harvested/") and (root / f).is_file() for f in applied["filed"])
        signed = (root / draft["path"]).read_bytes()
        refused = answer(c.post("/api/harvest", files={"file": ("1340定稿.docx", signed)}), 400)
        assert refused["unfinished"] and "1340定稿.docx" in refused["unfinished"][0]["message"]
        assert refused["unfinished"][0]["path"] == "1340定稿.docx"  # never .drafter/uploads/…
        filed = answer(c.post("/api/harvest", data={"force": "1"}, files={"file": ("1340定稿.docx", signed)}))
        stored = filed["items"][0]["stored"]
        assert stored.startswith("seeds/harvested/") and (root / stored).is_file()
        fact = c.get("/api/facts", params={"q": "高新技术企业"}).json()[0]
        edited = answer(c.post(f"/api/facts/{fact['id']}", data={"text": fact["text"], "period": "2025"}))
        assert edited["written"] and all((root / w).is_file() for w in edited["written"])
    assert len(answers) == 12  # every answer above was looked at


# ------------------------------------------------------------------ safety


def test_paths_outside_drafts_and_seeds_are_404(client, root):
    (root / "drafts").mkdir(exist_ok=True)
    os.symlink(root / "drafter.yaml", root / "drafts" / "link.docx")
    for url in ("/download/../../drafter.yaml", "/download/%2e%2e/drafter.yaml", "/download/drafter.yaml",
                "/download/drafts/../drafter.yaml", "/download/drafts/%2e%2e/drafter.yaml",
                "/download/drafts/link.docx", "/download//etc/passwd", "/download/facts/x.yaml",
                "/zip/drafts/%2e%2e/facts", "/zip/facts"):
        assert client.get(url).status_code == 404, url
    for url in ("/zip/..", "/zip/drafts/../facts"):  # the client normalises: some other page, never a file
        r = client.get(url)
        assert "organisation:" not in r.text and "zip" not in r.headers["content-type"]
    assert resolve_download(root, "drafts/../../drafter.yaml") is None


@pytest.mark.parametrize("raw, expected", [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\科员\\报告.DOCX", "报告.docx"), ("", "upload"),
    ("..", "upload"), ("a<b>:c?.txt", "a-b-c-.txt"), (".bashrc", "bashrc"), ("x" * 300 + ".pdf", "x" * 110 + ".pdf"),
])
def test_upload_names_are_sanitised(raw, expected):
    assert safe_name(raw) == expected


def test_upload_limit_is_a_clear_message(root, tmp_path):
    app = create_app(root, ServeSettings(upload_limit=1000))
    with TestClient(app, base_url=BASE) as c:
        csrf = csrf_of(c.get("/check").text)
        r = c.post("/check", data={"csrf": csrf}, files={"file": ("big.docx", b"x" * (3 * 1024 * 1024))})
        assert r.status_code == 413 and "文件太大：上传上限为" in r.text
        r = c.post("/api/check", files={"file": ("big.docx", b"x" * 5000)})
        assert r.status_code == 413 and r.json()["error"].startswith("文件太大")
        assert c.get("/check").status_code == 200


def test_upload_limit_without_a_size_header_is_the_same_message(tmp_path):
    """A client that streams its upload (chunked, no Content-Length) is stopped at the limit with
    the same message, on the page and on /api/, and the server stays up."""
    import httpx

    root = make_workspace(tmp_path / "ws")
    boundary = "drafterboundary"

    def chunked(size: int):
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.docx\"\r\n"
               "Content-Type: application/octet-stream\r\n\r\n").encode()
        for _ in range(size // 65536):
            yield b"x" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    with LiveServer(root, upload_limit=1000) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        token = csrf_of(c.get("/check").text)
        for size in (3 * 1024 * 1024, 64 * 1024):  # past the whole request's limit; past the file's only
            sent = c.build_request("POST", "/api/check", content=chunked(size), headers=headers)
            assert "content-length" not in sent.headers and sent.headers["transfer-encoding"] == "chunked"
            r = c.send(sent)
            assert r.status_code == 413 and r.json() == {"error": "文件太大：上传上限为 0.000953674 MB（可在 drafter.yaml 的 serve.upload_limit_mb 调整）"}
            r = c.post("/check", content=chunked(size), headers={**headers, "X-CSRF-Token": token})
            assert r.status_code == 413 and error_of(r.text).startswith("文件太大：上传上限为 0.000953674 MB")
        assert c.get("/check").status_code == 200


def test_upload_limit_from_drafter_yaml(tmp_path):
    from drafter.web.config import read_settings

    root = make_workspace(tmp_path / "ws")
    with open(root / "drafter.yaml", "a", encoding="utf-8") as fh:
        fh.write("\nserve:\n  upload_limit_mb: 5\n  password: 口令\n")
    assert read_settings(root) == ServeSettings(password="口令", upload_limit=5 * 1024 * 1024)
    with open(root / "drafter.yaml", "a", encoding="utf-8") as fh:
        fh.write("  bogus: 1\n")
    (root / "drafter.yaml").write_text((root / "drafter.yaml").read_text("utf-8").replace("upload_limit_mb: 5", "upload_limit_mb: 很多"), "utf-8")
    with pytest.raises(DrafterError, match=r"drafter\.yaml:\d+: serve\.upload_limit_mb"):
        read_settings(root)


def test_posts_need_the_csrf_token(client, csrf):
    assert client.post("/draft", data=FORM_1288).status_code == 403
    assert client.post("/draft", data={**FORM_1288, "csrf": "wrong"}).status_code == 403
    assert client.post(f"/draft?csrf={csrf}", data=FORM_1288).status_code == 403  # never taken from the address
    r = client.post("/api/draft", data=FORM_1288, headers={"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"})
    assert r.status_code == 403
    assert client.get("/draft", headers={"Host": "evil.example"}).status_code == 421  # DNS rebinding


def addresses(html: str) -> list[str]:
    """Every address a page links to, posts to or loads."""
    return re.findall(r'(?:href|action|src)="([^"]*)"', html)


def test_no_page_link_or_redirect_carries_the_csrf_token(root):
    """The token is a field of each form, never in an address: a page's links and form actions,
    the address a form leads to and where a redirect goes (history, server logs, Referer)."""
    app = create_app(root, ServeSettings(password="正确口令"), host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765", follow_redirects=False) as c:
        r = c.get("/draft")
        assert r.status_code == 303 and "csrf" not in r.headers["location"]
        r = c.post("/login", data={"password": "正确口令", "next": "/draft"})
        assert r.status_code == 303 and r.headers["location"] == "/draft"
        token = csrf_of(c.get("/draft").text)
        pages = [c.get(p) for p in ("/draft", "/batch", "/check", "/facts?q=高新技术企业", "/sources", "/refresh")]
        drafted = c.post("/draft", data={**FORM_1288, "number": "1390", "csrf": token})
        assert drafted.status_code == 200 and "答复稿已生成" in drafted.text
        pages.append(drafted)
        pages.append(c.post("/draft/again", data={**FORM_1288, "csrf": token}))
        fact = c.get("/api/facts", params={"q": "高新技术企业"}, headers={"X-CSRF-Token": token}).json()[0]
        edited = c.post(f"/facts/{fact['id']}/edit", data={"csrf": token, "text": fact["text"],
                                                           "period": str(fact["period"]["year"]), "back": "/facts"})
        batch = c.post("/batch", data={"csrf": token}, files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())})
        out = c.post("/logout", data={"csrf": token})
        redirects = [edited, batch, out]
        assert [r.status_code for r in redirects] == [303, 303, 303]
        for r in redirects:
            assert "csrf" not in r.headers["location"], r.headers["location"]
        for r in pages:
            assert r.status_code == 200, r.url
            assert f'<input type="hidden" name="csrf" value="{token}">' in r.text, r.url
            seen = addresses(r.text)
            assert any(a.startswith("/download/") for a in seen) or r is not drafted
            assert [a for a in seen if "csrf" in a or token in a] == [], r.url
            assert "csrf" not in str(r.url)


def test_with_a_password_every_post_needs_the_token_of_the_session(root):
    """Logged in, a POST without the token (a form of another site riding on the cookie) is
    refused: no draft written, no fact changed, not logged out; the form's field or a script's
    header X-CSRF-Token lets it through, a token in the address does not."""
    app = create_app(root, ServeSettings(password="正确口令"), host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765", follow_redirects=False) as c:
        c.post("/login", data={"password": "正确口令"})
        token = csrf_of(c.get("/draft").text)
        target = root / "drafts" / "1391.docx"
        form = {**FORM_1288, "number": "1391"}
        for refused in (c.post("/draft", data=form), c.post("/draft", data={**form, "csrf": token + "x"}),
                        c.post(f"/draft?csrf={token}", data=form),
                        c.post("/draft", data=form, files={"file": ("建议.txt", "建议正文".encode())}),
                        c.post("/api/draft", json={**form, "csrf": token}),
                        c.post("/api/draft", data=form, headers={"X-CSRF-Token": "wrong"})):
            assert refused.status_code == 403, refused.text
            assert not target.exists()
        fact = c.get("/api/facts", params={"q": "高新技术企业"}).json()[0]
        before = {p: p.read_bytes() for p in (root / "facts").rglob("*.yaml")}
        r = c.post(f"/facts/{fact['id']}/edit", data={"text": "改过的事实", "period": "2025"})
        assert r.status_code == 403 and "页面已过期" in r.text
        assert {p: p.read_bytes() for p in (root / "facts").rglob("*.yaml")} == before
        assert c.post("/logout").status_code == 403
        assert c.get("/draft").status_code == 200  # still logged in
        r = c.post("/draft", data={**form, "csrf": token}, files={"file": ("建议.txt", "建议正文".encode())})
        assert r.status_code == 200 and target.exists()
        r = c.post("/api/draft", json={**form, "number": "1392"}, headers={"X-CSRF-Token": token})
        assert r.status_code == 200 and (root / "drafts" / "1392.docx").exists()


def test_the_icon_is_served_from_the_app_itself(root):
    """Browsers ask /favicon.ico by themselves and follow a page's icon link: both are answered
    with the app's own SVG (no 404 in the log), also before a login; the error page links it too."""
    import xml.etree.ElementTree as ET

    app = create_app(root, ServeSettings(password="正确口令"), host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765", follow_redirects=False) as c:
        login = c.get("/login").text
        icon = re.search(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', login).group(1)
        for address in (icon, "/favicon.ico"):
            r = c.get(address)
            assert r.status_code == 200, address
            assert r.headers["content-type"].startswith("image/svg+xml")
            assert ET.fromstring(r.content).tag == "{http://www.w3.org/2000/svg}svg"
        c.post("/login", data={"password": "正确口令"})
        assert f'<link rel="icon" href="{icon}"' in c.get("/facts").text
        assert f'<link rel="icon" href="{icon}"' in c.get("/no-such-page").text


def test_non_loopback_needs_a_password_and_a_login(root):
    with pytest.raises(DrafterError, match="须设置口令"):
        create_app(root, ServeSettings(), host="0.0.0.0")
    app = create_app(root, ServeSettings(password="正确口令"), host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        r = c.get("/draft", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login")
        assert c.post("/api/draft", data=FORM_1288).status_code == 401
        r = c.post("/login", data={"password": "错的"})
        assert r.status_code == 401 and "口令不对" in r.text
        r = c.post("/login", data={"password": "正确口令"})  # still paused after the failure
        assert r.status_code == 429 and "秒后再试" in r.text
        app.state.web.guard.failures.clear()
        r = c.post("/login", data={"password": "正确口令", "next": "/facts"}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/facts"
        assert "httponly" in r.headers["set-cookie"].lower()
        html = c.get("/draft").text
        assert c.post("/api/draft", data={**FORM_1288, "number": "1330"}).status_code == 403  # no token
        token = csrf_of(html)
        r = c.post("/api/draft", data={**FORM_1288, "number": "1330"}, headers={"X-CSRF-Token": token})
        assert r.status_code == 200, r.text
    assert "正确口令" not in repr(app.state.web.guard.password_hash)


def test_a_failed_login_pauses_a_second_doubling_up_to_30(monkeypatch):
    """The pause after each failed login from one client, on the server's clock: 1 s, then twice
    the last, at most 30 s; the right password in a pause is refused too; a login clears it."""
    from drafter.web import security

    clock = Clock()
    monkeypatch.setattr(security, "time", clock)
    guard = security.Guard(password_hash=security.hash_password("正确口令"))
    pauses = []
    for _ in range(7):
        assert not guard.login("10.0.0.9", "错的")
        pauses.append(round(guard.pause_left("10.0.0.9"), 1))
        assert not guard.login("10.0.0.9", "正确口令") and guard.pause_left("10.0.0.8") == 0  # others not paused
        clock.advance(pauses[-1])
    assert pauses == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert guard.login("10.0.0.9", "正确口令") and "10.0.0.9" not in guard.failures
    assert not guard.login("10.0.0.9", "错的") and round(guard.pause_left("10.0.0.9"), 1) == 1.0


def test_the_login_page_shows_no_menu_before_login(root):
    """Before a login nothing but the login form is shown: no menu of the pages behind it."""
    app = create_app(root, ServeSettings(password="正确口令"), host="0.0.0.0")
    with TestClient(app, base_url="http://10.0.0.5:8765") as c:
        for page in (c.get("/login"), c.post("/login", data={"password": "错的"})):
            assert 'name="password"' in page.text
            assert "主菜单" not in page.text and 'href="/batch"' not in page.text and "退出登录" not in page.text
        app.state.web.guard.failures.clear()
        c.post("/login", data={"password": "正确口令"})
        html = c.get("/facts").text
        assert "主菜单" in html and 'href="/batch"' in html and "退出登录" in html
    with TestClient(create_app(root), base_url=BASE) as c:  # no password: the menu at once
        assert "主菜单" in c.get("/draft").text and "退出登录" not in c.get("/draft").text


# ------------------------------------------------------------------ concurrency (live server)


def test_ten_drafts_a_batch_and_a_refresh_at_once(drafting):
    import httpx

    root, workers = drafting
    with LiveServer(root, workers=workers) as server:  # drafts in two drafting processes, as drafter serve
        def draft(n: int):
            return httpx.post(f"{server.url}/api/draft", data={**FORM_1288, "number": str(2000 + n)}, timeout=120)

        def batch():
            return httpx.post(f"{server.url}/api/batch", files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())},
                              timeout=300)

        def refresh():
            return httpx.post(f"{server.url}/api/refresh", files={"file": ("report.txt", REPORT)},
                              timeout=120)

        with ThreadPoolExecutor(12) as pool:
            drafts = [pool.submit(draft, n) for n in range(10)]
            batch_f = pool.submit(batch)
            refresh_f = pool.submit(refresh)
            results = [f.result() for f in drafts]
            assert batch_f.result().status_code == 200, batch_f.result().text
            assert refresh_f.result().status_code == 200, refresh_f.result().text
        for n, r in enumerate(results):
            assert r.status_code == 200, r.text
            paragraphs = [p.text.replace("\n", "") for p in docx.Document(root / "drafts" / f"{2000 + n}.docx").paragraphs]
            assert f"关于市十七届人大五次会议第{2000 + n}号建议的答复" in paragraphs
        assert batch_f.result().json()["failed"] == 0
        from drafter.tracking import Manifest

        # every draft is recorded as the server's own (so it may be redrafted), none lost
        record = Manifest(root / "drafts")
        assert [record.state(root / "drafts" / f"{2000 + n}.docx") for n in range(10)] == ["ours"] * 10
        from drafter.api import open_workspace

        open_workspace(root).facts()  # the base is whole and valid after the refresh


def test_drafts_of_one_file_at_once_take_turns(drafting):
    """Four requests for the same number at once: each waits for the one before it to be written
    and recorded (the file's path lock), so each finds the server's own draft and rewrites it;
    none finds a file not yet recorded and keeps it as another's."""
    import hashlib

    import httpx

    from drafter.tracking import Manifest

    root, workers = drafting
    with LiveServer(root, workers=workers) as server:
        def draft(_):
            return httpx.post(f"{server.url}/api/draft", data={**FORM_1288, "number": "2100", "overwrite": "2100.docx"},
                              timeout=120)

        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(draft, range(4)))
    assert [r.status_code for r in answers] == [200] * 4, [r.text for r in answers]
    assert not [r.json() for r in answers if "kept" in r.json()]
    path = root / "drafts" / "2100.docx"
    entry = Manifest(root / "drafts").files["2100.docx"]
    assert entry["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert not list((root / "drafts").glob("2100-*.docx"))


def test_a_drafts_path_lock_lives_only_while_it_is_used(client, root):
    """The path locks of drafter serve are not kept for every file ever drafted: while a lock is
    held the same path gets the same lock, and once no request uses it, it is gone."""
    st = client.app.state.web
    for number in ("1320", "1321"):
        r = client.post("/api/draft", data={**FORM_1288, "number": number, "overwrite": f"{number}.docx"})
        assert r.status_code == 200, r.text
    assert not list(st.path_locks.keys())
    held = st.path_lock(root / "drafts" / "1322.docx")
    assert st.path_lock(root / "drafts" / "1322.docx") is held
    assert str(root / "drafts" / "1322.docx") in st.path_locks
    del held
    assert str(root / "drafts" / "1322.docx") not in st.path_locks


def test_drafts_are_made_in_drafting_processes_that_see_an_edited_base(drafting):
    """drafter serve's drafting processes: the server process never loads the fact base to draft,
    and a fact edited on the 事实库 page is what the next draft shows (each process reloads the
    base when a fact file changed)."""
    from drafter.api import open_workspace
    from drafter.facts import index as index_mod

    root, workers = drafting
    with TestClient(create_app(root, workers=workers), base_url=BASE) as c:
        token = csrf_of(c.get("/draft").text)
        first = c.post("/api/draft", data=FORM_1288)
        assert first.status_code == 200, first.text
        assert not index_mod.holds(open_workspace(root).facts_dir)  # drafted elsewhere
        fact_id = first.json()["facts_used"][0]["id"]
        fact = next(f for f in open_workspace(root).facts().to_dict() if f["id"] == fact_id)
        edited = fact["text"] + "（经人工核实）"
        assert c.post(f"/api/facts/{fact_id}", json={"text": edited}).status_code == 200
        for _ in range(3):  # whichever process drafts it
            page = c.post("/draft", data={**FORM_1288, "csrf": token, "overwrite": "1288.docx"})
            assert page.status_code == 200 and error_of(page.text) is None
            assert "（经人工核实）" in page.text


def test_a_killed_drafting_process_fails_one_draft_at_most(tmp_path):
    import multiprocessing

    from drafter.web.workers import DraftWorkers

    root = make_workspace(tmp_path / "ws")
    others = set(multiprocessing.active_children())  # a pool other tests of the module share
    with DraftWorkers(root, 2) as workers, TestClient(create_app(root, workers=workers), base_url=BASE) as c:
        assert c.post("/api/draft", data=FORM_1288).status_code == 200
        victims = started_since(others)  # the drafting processes
        assert len(victims) == 2
        kill_all(victims)
        answers = [c.post("/api/draft", data={**FORM_1288, "number": str(3000 + n)}) for n in range(2)]
        assert answers[0].status_code == 200 or answers[0].json() == {"error": "起草进程意外退出（已重新启动），请重试"}
        assert answers[1].status_code == 200, answers[1].text
        assert docx.Document(root / "drafts" / "3001.docx").paragraphs


def test_a_pool_broken_while_idle_is_replaced_in_a_thread_before_the_next_draft(tmp_path, monkeypatch):
    """A drafting process that died between drafts: the next draft is not refused, and the new
    processes are started in a thread, never on the server's event loop (spawning blocks it)."""
    import asyncio
    import multiprocessing
    import time

    from drafter.web.workers import DraftWorkers

    root = make_workspace(tmp_path / "ws")
    others = set(multiprocessing.active_children())  # a pool other tests of the module share
    with DraftWorkers(root, 1) as workers, TestClient(create_app(root, workers=workers), base_url=BASE) as c:
        assert c.post("/api/draft", data=FORM_1288).status_code == 200
        on_loop, start = [], workers.start

        def watched_start():
            try:
                asyncio.get_running_loop()
                on_loop.append(True)
            except RuntimeError:
                on_loop.append(False)
            return start()

        monkeypatch.setattr(workers, "start", watched_start)
        kill_all(started_since(others))
        deadline = time.monotonic() + 10
        while not workers.needs_start() and time.monotonic() < deadline:  # the executor notices
            time.sleep(0.05)
        assert workers.needs_start()
        answer = c.post("/api/draft", data={**FORM_1288, "number": "3050"})
        assert answer.status_code == 200, answer.text
        assert on_loop == [False] and not workers.needs_start()


def test_a_request_after_the_shutdown_starts_no_drafting_processes(tmp_path):
    """Once the server's shutdown hook has stopped the drafting processes, a request still being
    answered gets a one-line message and starts none again (nor does the page answered after)."""
    import multiprocessing

    from drafter.web.workers import STOPPED, DraftWorkers

    root = make_workspace(tmp_path / "ws")
    others = set(multiprocessing.active_children())  # a pool other tests of the module share
    with DraftWorkers(root, 1) as workers, TestClient(create_app(root, workers=workers), base_url=BASE) as c:
        assert c.post("/api/draft", data=FORM_1288).status_code == 200
        assert len(started_since(others)) == 1
        workers.stop()
        assert started_since(others) == []
        late = c.post("/api/draft", data={**FORM_1288, "number": "3100"})
        assert late.status_code == 400 and late.json() == {"error": STOPPED}
        assert c.get("/draft").status_code == 200  # the middleware's start after an answer
        assert started_since(others) == [] and workers._pool is None
        assert not (root / "drafts" / "3100.docx").exists()


def test_a_long_running_server_measures_the_base_once(client):
    """The server holds the loaded fact base: the figures measured for one request serve the next
    (the memo does not grow by a copy of the base per request)."""
    from drafter.facts import measure

    sizes = []
    for n in range(3):
        assert client.post("/api/draft", data={**FORM_1288, "number": str(2100 + n)}).status_code == 200
        sizes.append(len(measure._MEASURED))
    assert sizes[0] == sizes[1] == sizes[2] > 0


# ------------------------------------------------------------------ the command


def test_serve_refuses_a_public_address_without_a_password(root):
    assert cli_error(root, "serve", "--host", "0.0.0.0", "--no-browser").endswith(
        "须设置口令（--password 或 drafter.yaml 的 serve.password）")


def test_serve_prints_its_address_and_answers_there(root):
    """The start-up time itself is measured by benchmarks/bench_serve.py, not asserted here."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-c", "from drafter.cli import main; main()", "--workspace", str(root), "serve", "--no-browser",
                             "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        import urllib.request

        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + 5
        while True:
            try:
                with opener.open(url + "draft", timeout=2) as resp:
                    assert "起草答复" in resp.read().decode("utf-8")
                    break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        request = urllib.request.Request(url + "api/draft", data=urlencode({**FORM_1288, "number": "4000"}).encode())
        with opener.open(request, timeout=120) as resp:
            assert json.loads(resp.read())["number"] == "4000"
        workers = drafting_processes(proc.pid)
        assert len(workers) == (os.cpu_count() or 1) or not Path("/proc").is_dir()
    finally:
        proc.terminate()
        _, errors = proc.communicate(timeout=10)
    # SIGTERM ends it as Ctrl+C does, through Python's exit: the drafting pool's semaphores are
    # released (no resource_tracker "leaked semaphore objects" warning), nothing else is printed
    assert proc.returncode == 128 + signal.SIGTERM and errors == ""
    deadline = time.monotonic() + 10  # stopping the server stops its drafting processes
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]


def drafting_processes(server: int) -> list[int]:
    """The server's drafting processes (started fresh: multiprocessing's spawn_main), from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if parent == server and b"spawn_main" in command:
            found.append(int(stat.parent.name))
    return found


def test_serve_started_from_another_thread_sets_no_signal_handler(root, monkeypatch):
    """A script may run the server in a thread of its own: only the main thread may set a signal's
    handler, so serve() leaves SIGTERM alone there instead of failing (ValueError)."""
    import threading

    import uvicorn

    from drafter.web import server

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: None)  # no serving: only the set-up
    before = signal.getsignal(signal.SIGTERM)
    failed = []

    def run():
        try:
            server.serve(root, port=0, open_browser=False, say=lambda line: None)
        except Exception as e:  # the failure is what the test reports
            failed.append(e)

    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    assert not failed and signal.getsignal(signal.SIGTERM) is before
