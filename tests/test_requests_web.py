"""The 征求材料清单 in ``drafter serve``: /api/requests answers what ``drafter requests --json``
prints (uploads named as the user named them), and the 核稿 page of an uploaded draft lists its
【待…】 by unit with a download of the sheet — through Starlette's TestClient, and in a real
browser (Debian's Chromium driven by Playwright; skipped, saying why, where it cannot be had)."""

from __future__ import annotations

import io
import json
import re
import warnings

import docx
import openpyxl
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.web.app import create_app
from helpers import TEXT_1288
from web_helpers import LiveServer, browser_page, csrf_of, make_workspace, shot

warnings.filterwarnings("ignore", message=".*httpx.*")  # starlette's TestClient prefers httpx2
from starlette.testclient import TestClient  # noqa: E402

NAME = "1288-改.docx"


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return make_workspace(tmp_path_factory.mktemp("requests-web") / "ws")


@pytest.fixture(scope="module")
def client(root):
    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as c:
        yield c


def cli_json(loo, path) -> dict:
    result = CliRunner().invoke(cli, ["-w", str(loo), "requests", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def named(data: dict, path, name: str) -> dict:
    """``data`` with the draft's path written as the upload's name."""
    return json.loads(json.dumps(data, ensure_ascii=False).replace(json.dumps(str(path))[1:-1], name))


def unit_label(unit: dict) -> str:
    """How the list heads a unit of the command's JSON: the bureau's with （本局）, one only consulted with （商请）."""
    return unit["unit"] + ("（本局）" if unit["own"] else "（商请）" if all(a["consult"] for a in unit["asks"]) else "")


def test_api_requests_answers_the_commands_json(client, loo, loo_draft):
    expected = named(cli_json(loo, loo_draft), loo_draft, NAME)
    answer = client.post("/api/requests", files={"file": (NAME, loo_draft.read_bytes())})
    assert answer.status_code == 200
    assert answer.json() == expected
    assert {u["unit"] for u in answer.json()["units"]} == {"市市场监管局", "市工业和信息化局", "泉州市科学技术局"}


def test_api_requests_goes_on_past_a_bad_upload_and_gives_the_sheet(client, loo, loo_draft):
    sent = [("file", (NAME, loo_draft.read_bytes())), ("file", ("建议.txt", b"not a draft")),
            ("file", ("坏.docx", b"PK\x03\x04 junk"))]
    answer = client.post("/api/requests", files=sent)
    assert answer.status_code == 400
    data = answer.json()
    assert [d["path"] for d in data["drafts"]] == [NAME] and data["total"] == cli_json(loo, loo_draft)["total"]
    assert data["errors"][0] == "建议.txt: 不支持的文件类型（答复稿应为 .docx）"
    assert data["errors"][1].startswith("坏.docx: ") and ".drafter" not in json.dumps(data, ensure_ascii=False)
    sheet = client.post("/api/requests", files=[("file", (NAME, loo_draft.read_bytes()))], data={"format": "xlsx"})
    assert sheet.status_code == 200
    assert "filename*=UTF-8''" in sheet.headers["content-disposition"]
    assert "%E5%BE%81%E6%B1%82%E6%9D%90%E6%96%99%E6%B8%85%E5%8D%95-1288.xlsx" in sheet.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(sheet.content))
    assert book.sheetnames == ["汇总", "市工业和信息化局（商请）", "市市场监管局", "泉州市科学技术局（本局）", "说明"]
    assert client.post("/api/requests", json={}).json() == {"error": "请选择要上传的答复稿"}


def test_the_check_page_lists_the_sheet_by_unit_and_downloads_it(client, loo, loo_draft, tmp_path):
    expected = cli_json(loo, loo_draft)
    csrf = csrf_of(client.get("/check").text)
    html = client.post("/check", data={"csrf": csrf}, files={"file": (NAME, loo_draft.read_bytes())}).text
    section = html[html.index('id="requests"'):]
    assert "征求材料清单" in section and f"稿中仍有 {expected['total']} 处【待…】标记" in section
    heads = re.findall(r'<h3 class="unit">([^<]+)</h3>', section)
    assert heads == [f"{unit_label(u)}：{len(u['asks'])} 项" for u in expected["units"]]
    assert "待提供：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份）" in section
    token = re.search(r'name="token" value="([^"]+)"', section).group(1)
    got = client.post("/requests/xlsx", data={"csrf": csrf, "token": token, "name": NAME, "original": NAME})
    assert got.status_code == 200 and got.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml")
    book = openpyxl.load_workbook(io.BytesIO(got.content))
    out = tmp_path / "cli.xlsx"
    CliRunner().invoke(cli, ["-w", str(loo), "requests", str(loo_draft), "-o", str(out)])
    mine = openpyxl.load_workbook(out)
    assert book.sheetnames == mine.sheetnames
    for name in book.sheetnames[1:-1]:  # each unit's sheet: the same cells, the draft named as uploaded
        assert [[c.value for c in r] for r in book[name].iter_rows()] == [
            [NAME if c.value == loo_draft.name else c.value for c in r] for r in mine[name].iter_rows()]
    gone = client.post("/requests/xlsx", data={"csrf": csrf, "token": "A" * 16, "name": NAME, "original": NAME})
    assert gone.status_code == 400 and "上传的文件已不在" in gone.text


def test_a_file_that_is_no_reply_gets_no_sheet(client, tmp_path):
    suggestion = tmp_path / "建议.docx"
    document = docx.Document()
    for line in TEXT_1288.read_text("utf-8").splitlines()[:6]:
        document.add_paragraph(line)
    document.save(str(suggestion))
    csrf = csrf_of(client.get("/check").text)
    html = client.post("/check", data={"csrf": csrf}, files={"file": ("建议.docx", suggestion.read_bytes())}).text
    assert "这不像是一份答复稿" in html and 'id="requests"' not in html
    answer = client.post("/api/requests", files={"file": ("建议.docx", suggestion.read_bytes())})
    assert answer.status_code == 400
    assert answer.json()["errors"] == ["建议.docx: 不是本工具起草的答复稿（没有答复稿的样式和出处记录），读不出待补充项"]


# ---------------------------------------------------------------------------------------------
# in a real browser
# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = make_workspace(tmp_path_factory.mktemp("requests-browser") / "ws")
    with LiveServer(root) as live:
        yield live


def test_the_clerk_checks_a_draft_and_downloads_its_sheet(browser, server, loo, loo_draft, tmp_path):
    expected = cli_json(loo, loo_draft)
    with browser_page(browser, accept_downloads=True) as page:
        page.goto(server.url + "/check")
        page.set_input_files("input[name=file]", str(loo_draft))
        page.click("button.primary")
        section = page.locator("section#requests")
        section.wait_for()
        assert page.locator("section#requests h3.unit").all_inner_texts() == [
            f"{unit_label(u)}：{len(u['asks'])} 项" for u in expected["units"]]
        assert page.locator("table.requests-table tbody tr").count() == expected["total"]
        page.click("p.requests-jump a")  # under the verdict: the way down to the sheet past the findings
        assert page.evaluate("location.hash") == "#requests"
        page.locator("#requests-title").scroll_into_view_if_needed()
        shot(page, "check-requests")
        with page.expect_download() as info:
            page.click("text=下载征求材料清单（.xlsx）")
        assert info.value.suggested_filename == "征求材料清单-1288.xlsx"
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["汇总", *[unit_label(u) for u in expected["units"]], "说明"]
    rows = [[c.value for c in r] for r in book["市市场监管局"].iter_rows(min_row=2)]
    assert [r[6] for r in rows] == [a["placeholder"] for u in expected["units"] if u["unit"] == "市市场监管局" for a in u["asks"]]


def test_a_batchs_sheet_gives_every_reply_its_deadline(client, root):
    """The batch result page offers the 征求材料清单 of its folder: every draft's marks by unit, each
    with the 办理期限 the batch worked out for that reply (as its 跟踪表 says it)."""
    import time

    from web_helpers import DEMO_LIST

    csrf = csrf_of(client.get("/batch").text)
    sent = client.post("/batch", data={"csrf": csrf}, files={"file": ("交办清单.xlsx", DEMO_LIST.read_bytes())},
                       follow_redirects=False)
    job = sent.headers["location"].rsplit("/", 1)[-1]
    deadline = time.time() + 120
    while not client.get(f"/api/jobs/{job}").json()["finished"]:
        assert time.time() < deadline
        time.sleep(0.2)
    html = client.get(sent.headers["location"]).text
    link = re.search(r'<a class="button" href="([^"]+)" download[^>]*>下载征求材料清单（征求材料清单-交办清单.xlsx）</a>', html)
    assert link, html
    got = client.get(link.group(1))
    assert got.status_code == 200 and "filename*=UTF-8''" in got.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(got.content))
    tracking = openpyxl.load_workbook(root / "drafts" / "交办清单" / "跟踪表.xlsx")["跟踪表"]
    header = [c.value for c in tracking[1]]
    due = {r[header.index("草稿文件")]: r[header.index("办理期限")] for r in tracking.iter_rows(min_row=2, values_only=True)}
    listed = CliRunner().invoke(cli, ["-w", str(root), "requests", str(root / "drafts" / "交办清单"), "--json"])
    expected = json.loads(listed.stdout)
    assert len(expected["drafts"]) == len(due) and expected["total"] > 0
    rows = [dict(zip([c.value for c in book[name][1]], [c.value for c in r]))
            for name in book.sheetnames[1:-1] for r in book[name].iter_rows(min_row=2)]
    assert len(rows) == expected["total"]
    assert all(r["办理期限"] == due[r["答复稿"]] for r in rows)
    assert client.get("/requests/batch/drafts/没有这批").status_code == 404


def test_the_draft_page_offers_the_sheet_of_the_draft_it_wrote(client, root):
    from helpers import TITLE_1288

    csrf = csrf_of(client.get("/draft").text)
    form = {"csrf": csrf, "number": "1402", "topic": TITLE_1288, "deputy": "林永红", "session": "市十七届人大五次会议",
            "type": "B", "date": "2026-05-20", "with": "市市场监管局", "text": TEXT_1288.read_text("utf-8")}
    html = client.post("/draft", data=form).text
    link = re.search(r'<a class="button" href="([^"]+)" download[^>]*>下载征求材料清单</a>', html)
    assert link and link.group(1) == "/requests/draft/drafts/1402.docx"
    got = client.get(link.group(1))
    assert got.status_code == 200
    assert "%E5%BE%81%E6%B1%82%E6%9D%90%E6%96%99%E6%B8%85%E5%8D%95-1402.xlsx" in got.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(got.content))
    expected = json.loads(CliRunner().invoke(cli, ["-w", str(root), "requests", str(root / "drafts" / "1402.docx"),
                                                    "--json"]).stdout)
    assert expected["total"] > 0
    assert book.sheetnames == ["汇总", *[unit_label(u) for u in expected["units"]], "说明"]
    assert sum(book[n].max_row - 1 for n in book.sheetnames[1:-1]) == expected["total"]
    assert client.get("/requests/draft/drafts/没有.docx").status_code == 404
    assert client.get("/requests/draft/../drafter.yaml").status_code == 404
