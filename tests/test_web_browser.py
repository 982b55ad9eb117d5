"""``drafter serve`` in a real browser: Debian's Chromium driven by Playwright (never
``playwright install``). One browser for the whole module; each test saves a screenshot of its
page under screenshots/ (git-ignored) for a reviewer to look at. Skipped, saying why, only
where Chromium or Playwright cannot be had (conftest.py's ``browser``)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from helpers import TITLE_1288
from web_helpers import DEMO_LIST, REPORT, Clock, LiveServer, browser_page, make_workspace, shot


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = make_workspace(tmp_path_factory.mktemp("browser") / "ws")
    with LiveServer(root, workers=2) as live:  # drafting processes, as drafter serve
        yield live


@pytest.fixture
def page(browser, server):
    with browser_page(browser, accept_downloads=True) as pg:
        yield pg


def download(pg, text: str, folder: Path) -> Path:
    """Click the link or button showing ``text`` and save what it downloads under its own name."""
    with pg.expect_download() as info:
        pg.click(f"text={text}")
    target = folder / info.value.suggested_filename
    info.value.save_as(target)
    return target


def test_chinese_renders_with_a_real_font(page, server):
    """Text assertions pass even when every glyph is a box: compare two characters' pixels."""
    page.goto(server.url + "/draft")
    differ = page.evaluate("""() => {
        const draw = ch => { const c = document.createElement('canvas'); c.width = c.height = 40;
            const x = c.getContext('2d'); x.font = '32px sans-serif'; x.fillText(ch, 2, 32); return c.toDataURL(); };
        return draw('你') !== draw('好');
    }""")
    assert differ, "中文显示为方框：请安装 fonts-noto-cjk"
    shot(page, "draft-form")


def test_fill_the_draft_form_and_open_the_docx(page, server, tmp_path):
    page.goto(server.url + "/draft")
    page.fill("input[name=number]", "1288")
    page.fill("input[name=topic]", TITLE_1288)
    page.fill("input[name=deputy]", "林永红")
    page.fill("input[name=session]", "市十七届人大五次会议")
    page.select_option("select[name=type]", "A")
    page.fill("input[name=date]", "2026-05-20")
    page.click("button.primary")
    page.wait_for_selector("text=答复稿已生成")
    # a cited paragraph opens its sources on click
    cited = page.locator("details.cited").first
    cited.locator("summary").click()
    assert cited.locator("ol.sources li").first.is_visible()
    assert "来源：" in cited.locator("ol.sources").inner_text()
    shot(page, "draft")
    target = download(page, "下载 Word 文件", tmp_path)
    assert target.name == "1288.docx"
    text = [p.text.replace("\n", "") for p in docx.Document(target).paragraphs]  # a long title's line break
    assert "关于市十七届人大五次会议第1288号建议的答复" in text
    assert (server.root / "drafts" / "1288.docx").read_bytes() == target.read_bytes()


def in_view(pg, selector: str) -> bool:
    """Whether the element's box lies wholly inside the browser's viewport."""
    box = pg.locator(selector).bounding_box()
    size = pg.viewport_size
    return (box is not None and box["y"] >= 0 and box["x"] >= 0
            and box["y"] + box["height"] <= size["height"] and box["x"] + box["width"] <= size["width"])


def test_a_mark_of_the_list_jumps_to_its_place_in_the_preview(page, server):
    page.goto(server.url + "/draft")
    page.fill("input[name=number]", "1402")
    page.fill("input[name=topic]", TITLE_1288)
    page.select_option("select[name=type]", "A")
    page.fill("input[name=date]", "2026-05-20")
    page.click("button.primary")
    page.wait_for_selector("text=答复稿已生成")
    links = page.locator("ol.marks a")
    assert links.count() >= 5
    # the last mark of the list: far down the page, out of view before the click
    last = links.last
    target = "#" + last.get_attribute("href").split("#")[1]
    assert page.locator(target).inner_text() == last.inner_text()
    assert not in_view(page, target)
    last.click()
    page.wait_for_function(f"document.querySelector('{target}').classList.contains('jumped')")
    assert in_view(page, target)
    assert page.evaluate("document.activeElement.id") == target[1:]
    assert "#" not in page.url and "csrf" not in page.url  # the view moved, not the address; no token in it
    shot(page, "draft-mark-jump")
    # by keyboard: the first mark (the 发文字号 line at the top), focused with Tab and opened with Enter
    first = links.first
    first_target = "#" + first.get_attribute("href").split("#")[1]
    assert not in_view(page, first_target)
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('{first_target}').classList.contains('jumped')")
    assert in_view(page, first_target)
    assert page.evaluate("document.activeElement.id") == first_target[1:]
    # the flash is brief
    page.wait_for_function(f"!document.querySelector('{first_target}').classList.contains('jumped')",
                           timeout=6000)


def test_upload_the_demo_list_and_get_the_zip_and_workbook(page, server, tmp_path):
    import openpyxl

    page.goto(server.url + "/batch")
    page.set_input_files("input[name=file]", str(DEMO_LIST))
    page.click("button.primary")
    page.wait_for_selector("text=批量起草完成", timeout=120000)
    rows = page.locator("table.rows tbody tr").count()
    assert rows > 0
    shot(page, "batch")
    archive = download(page, "下载全部草稿", tmp_path)
    assert archive.name == "交办清单.zip"
    names = zipfile.ZipFile(archive).namelist()
    assert "跟踪表.xlsx" in names and sum(n.endswith(".docx") for n in names) == rows
    book = download(page, "下载跟踪表", tmp_path)
    assert book.name == "跟踪表.xlsx"
    assert openpyxl.load_workbook(book).active.max_row > rows


def test_upload_an_edited_draft_and_see_its_findings(page, server, tmp_path):
    import httpx

    made = httpx.post(server.url + "/api/draft", data={"number": "1401", "topic": TITLE_1288, "type": "A"}).json()
    d = docx.Document(io.BytesIO(httpx.get(server.url + made["downloads"][0]["url"]).content))
    body = next(p for p in d.paragraphs if "一是" in p.text)
    body.add_run("全年办理贷款9999笔。")
    edited = tmp_path / "1401-改.docx"
    d.save(edited)
    page.goto(server.url + "/check")
    page.set_input_files("input[name=file]", str(edited))
    page.click("button.primary")
    banner = page.locator("section.verdict")
    banner.wait_for()
    assert "需处理" in banner.inner_text()
    assert page.locator("ul.findings li").count() >= 1
    assert "【待补充" in page.locator(".finding-group").first.inner_text() or page.locator("blockquote.para").count()
    shot(page, "check")


def test_search_a_fact_edit_it_and_find_it_in_its_yaml(page, server):
    page.goto(server.url + "/facts")
    page.fill("input[name=q]", "高新技术企业")
    page.click("button.primary")
    first = page.locator("article.fact").first
    first.wait_for()
    fact_id = first.get_attribute("id").removeprefix("fact-")
    first.locator("summary", has_text="修改这条事实").click()
    first.locator("textarea[name=text]").fill("全市有效高新技术企业达到2468家（网页修改）")
    first.locator("input[name=reviewed]").check()
    first.locator("button", has_text="保存到事实文件").click()
    page.wait_for_selector("text=已保存")
    shot(page, "facts")
    found = [p for p in (server.root / "facts").glob("*.yaml") if "全市有效高新技术企业达到2468家（网页修改）" in p.read_text("utf-8")]
    assert len(found) == 1 and fact_id in found[0].read_text("utf-8")
    # the chart of a measure across the years opens in place
    link = page.locator("a[data-chart]").first
    link.click()
    chart = page.locator("svg.chart").first
    chart.wait_for()
    assert chart.locator("circle").count() >= 1
    chart.scroll_into_view_if_needed()
    shot(page, "facts-chart")


def test_refresh_dry_run_then_apply(page, tmp_path):
    report = tmp_path / "2026年度工作总结.txt"
    report.write_bytes(REPORT)
    with LiveServer(make_workspace(tmp_path / "ws")) as server:
        _refresh(page, server, report)


def _refresh(page, server, report):
    before = {p.name: p.read_bytes() for p in (server.root / "facts").glob("*.yaml")}
    page.goto(server.url + "/refresh")
    page.locator("input[name=file]").first.set_input_files(str(report))
    page.locator("button", has_text="预览更新").click()
    page.wait_for_selector("text=确认更新")
    assert page.locator("table.changes tbody tr").count() > 0  # old → new
    assert {p.name: p.read_bytes() for p in (server.root / "facts").glob("*.yaml")} == before
    shot(page, "refresh-dry-run")
    page.locator("button", has_text="确认更新").click()
    page.wait_for_selector("text=已更新事实库")
    shot(page, "refresh-applied")
    after = {p.name: p.read_bytes() for p in (server.root / "facts").glob("*.yaml")}
    assert after != before


def test_log_in_with_a_pause_after_a_wrong_password_then_draft_and_log_out(page, server, monkeypatch):
    """With a password every page needs a login: the form, a wrong password, the pause that
    follows it, the right one (back to the page asked for), a draft (its form carries the CSRF
    token), and 退出登录. A second server on the module's workspace, drafting in its drafting
    processes; its clock is moved on past the pause instead of waiting it out."""
    from drafter.web import security

    clock = Clock()
    monkeypatch.setattr(security, "time", clock)
    with LiveServer(server.root, workers=server.workers, password="科技局2026") as server:
        page.goto(server.url + "/draft")
        assert page.url == server.url + "/login?next=%2Fdraft"
        page.fill("input[name=password]", "错误口令")
        page.click("button.primary")
        assert page.locator("p.error").inner_text() == "口令不对"
        shot(page, "login-wrong")
        page.fill("input[name=password]", "科技局2026")
        page.click("button.primary")
        assert page.locator("p.error").inner_text().startswith("尝试过于频繁，请")
        clock.advance(1.1)  # the first pause is a second
        page.fill("input[name=password]", "科技局2026")
        page.click("button.primary")
        page.wait_for_url(server.url + "/draft")
        page.fill("input[name=number]", "1501")
        page.fill("input[name=topic]", TITLE_1288)
        page.click("button.primary")
        page.wait_for_selector("text=答复稿已生成")
        assert (server.root / "drafts" / "1501.docx").is_file()
        shot(page, "login-draft")
        page.click("text=退出登录")
        page.wait_for_url(server.url + "/login")
        page.goto(server.url + "/facts")
        assert page.url.startswith(server.url + "/login?next=%2Ffacts")


def test_harvest_a_signed_reply(page, server, tmp_path):
    """A clerk fills in a draft's placeholders, gets it signed, and files the final .docx."""
    import httpx

    import re

    made = httpx.post(server.url + "/api/draft", data={
        "number": "1502", "topic": TITLE_1288, "deputy": "林永红", "session": "市十七届人大五次会议", "type": "A",
        "date": "2026-05-20", "doc_number": "泉科函〔2026〕88号"}).json()
    d = docx.Document(io.BytesIO(httpx.get(server.url + made["downloads"][0]["url"]).content))
    for p in d.paragraphs:  # what the clerk could not fill is left out of the signed text
        for run in p.runs:
            run.text = re.sub(r"【[^】]*】", "", run.text)
    assert "【" not in "".join(p.text for p in d.paragraphs)
    signed = tmp_path / "1502号建议答复（签发稿）.docx"
    d.save(signed)
    facts_before = set((server.root / "facts").glob("*.yaml"))
    page.goto(server.url + "/refresh#harvest")
    form = page.locator("form[action*='/harvest']")
    form.locator("input[name=file]").set_input_files(str(signed))
    form.locator("button", has_text="归档").click()
    notice = page.locator("section.harvest-result p.notice").first
    notice.wait_for()
    assert notice.inner_text().startswith(f"已归档：{signed.name} → 泉科函〔2026〕88号（")  # labelled by its document number
    assert not page.locator("section.harvest-result p.error").count()
    notice.scroll_into_view_if_needed()
    shot(page, "harvest")
    filed = list((server.root / "seeds" / "harvested").glob("*.docx"))
    assert len(filed) == 1 and filed[0].read_bytes() == signed.read_bytes()
    new = set((server.root / "facts").glob("*.yaml")) - facts_before
    assert len(new) == 1 and "1502" in new.pop().read_text("utf-8")
