"""The web forms in a real browser, where the point is what the clerk sees (the clerk's review,
/work/wt/w1-review.md): the result of a fact's edit in view at its form, a date typed as clerks
type it. Screenshots under screenshots/ (git-ignored); skipped only without Chromium."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from helpers import TITLE_1350, new_workspace
from web_helpers import LiveServer, browser_page, make_workspace, scanned_pdf, shot

THIS_YEAR = dt.date.today().year


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = make_workspace(tmp_path_factory.mktemp("forms-browser") / "ws")
    with LiveServer(root) as live:
        yield live


@pytest.fixture
def page(browser, server):
    with browser_page(browser, height=800, locale="en-US") as pg:
        yield pg


def in_view(pg, locator) -> bool:
    box = locator.bounding_box()
    height = pg.viewport_size["height"]
    return box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height


def test_a_facts_edit_result_is_in_view_and_an_error_keeps_the_text(page, server):
    page.goto(server.url + "/facts?q=中试")
    fact = page.locator("article.fact").nth(2)
    fact_id = fact.get_attribute("id").removeprefix("fact-")
    fact.locator("summary", has_text="修改这条事实").click()
    typed = fact.locator("textarea[name=text]").input_value() + "另补充一句说明。"
    fact.locator("textarea[name=text]").fill(typed)
    fact.locator("input[name=period]").fill("明年")
    fact.locator("button", has_text="保存到事实文件").click()
    form = page.locator(f"#edit-{fact_id}")
    message = form.locator("p.error")
    message.wait_for()
    assert message.inner_text() == "年份应为四位数字，如 2025 或 2025年，而不是“明年”"
    assert in_view(page, message), "the message is out of view"
    assert form.locator("textarea[name=text]").input_value() == typed
    shot(page, "forms-fact-invalid-year")
    form.locator("input[name=period]").fill("2025年")
    form.locator("button", has_text="保存到事实文件").click()
    saved = page.locator(f"#edit-{fact_id} p.saved")
    saved.wait_for()
    assert saved.inner_text().startswith("已保存到 facts/") and in_view(page, saved)
    assert "/facts?q=%E4%B8%AD%E8%AF%95&" in page.url  # back on the search it came from
    shot(page, "forms-fact-saved")
    assert any("另补充一句说明。" in p.read_text("utf-8") for p in (server.root / "facts").glob("*.yaml"))


def test_a_date_typed_with_slashes_in_an_english_browser_dates_the_draft(page, server):
    """In a month-first browser the old date box turned 2026/5/20 into 6520-02-02; and the
    browser itself refused 第1360号 (in English)."""
    page.goto(server.url + "/draft")
    page.fill("input[name=number]", "第1360号")
    page.fill("input[name=topic]", TITLE_1350)
    page.locator("input[name=date]").type(f"{THIS_YEAR}/5/20")
    shot(page, "forms-date-typed")
    page.click("button.primary")
    page.wait_for_selector("text=答复稿已生成")
    assert f"{THIS_YEAR}年5月20日" in page.locator("article.paper").inner_text()
    paragraphs = [p.text for p in docx.Document(server.root / "drafts" / "1360.docx").paragraphs]
    assert f"{THIS_YEAR}年5月20日" in paragraphs
    page.goto(server.url + "/draft")
    page.fill("input[name=number]", "1361")
    page.fill("input[name=topic]", TITLE_1350)
    page.fill("input[name=date]", "6520-02-02")
    page.click("button.primary")
    error = page.locator("p.error")
    error.wait_for()
    assert "成文日期“6520-02-02”不在合理范围内" in error.inner_text()
    shot(page, "forms-date-out-of-range")


def test_an_empty_base_offers_its_seeds_and_distills_them(browser, tmp_path):
    root = new_workspace(tmp_path / "ws")  # the five seeds, an empty facts/
    (root / "seeds" / "扫描件.pdf").write_bytes(scanned_pdf())
    with LiveServer(root) as live, browser_page(browser, height=800) as pg:
        pg.goto(live.url + "/facts")
        bar = pg.locator(".basebar")
        assert "事实库还是空的" in bar.inner_text() and "6 份文件尚未提炼" in bar.inner_text()
        shot(pg, "forms-empty-base")
        bar.locator("button", has_text="提炼这 6 份文件").click()
        pg.wait_for_selector("text=已提炼 5 份文件")
        assert pg.locator("ul.distill-errors li").all_inner_texts()[0].startswith("seeds/扫描件.pdf: ")
        assert pg.locator("table.table tbody tr").count() == 5
        shot(pg, "forms-distilled")
        pg.click("text=去起草")
        pg.wait_for_selector("h1:has-text('起草答复')")
        assert pg.locator(".basebar").count() == 0


def test_an_old_doc_is_said_as_soon_as_it_is_chosen_and_a_small_files_size_reads_sensibly(page, server, tmp_path):
    old = tmp_path / "1350建议.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"x" * 2044)
    page.goto(server.url + "/draft")
    page.set_input_files("input[name=file]", str(old))
    warn = page.locator(".file-warn")
    assert warn.inner_text() == "“1350建议.doc”是旧版格式，无法读取：请在 Word/WPS 中另存为 .docx 后再上传"
    assert warn.is_visible() and page.locator(".file-name").inner_text() == "1350建议.doc（2 KB）"
    shot(page, "forms-doc-chosen")
    small = tmp_path / "建议.txt"
    small.write_text("建议加快中试平台建设。", "utf-8")
    page.set_input_files("input[name=file]", str(small))
    assert page.locator(".file-name").inner_text() == "建议.txt（33 字节）"
    assert not warn.is_visible()


def test_redraft_after_a_change_and_a_proposals_words(page, server):
    page.goto(server.url + "/draft")
    page.fill("input[name=number]", "1370")
    page.fill("input[name=topic]", TITLE_1350)
    page.fill("input[name=deputy]", "陈某茉")  # a typo, to be put right
    page.fill("textarea[name=text]", "建议：\n一、加快中试验证平台建设。\n二、完善技术转移服务体系。")
    page.click("button.primary")
    page.wait_for_selector("text=答复稿已生成")
    assert page.locator("mark.ph").first.get_attribute("title").endswith("删去标记")
    # the text the redraft form carries is sent, not shown: no empty box beside the buttons
    assert page.locator("form textarea[name=text]").count() == 1
    assert not page.locator("form textarea[name=text]").is_visible()
    page.click("text=修改后重新起草")
    page.wait_for_selector("h1:has-text('起草答复')")
    assert page.input_value("input[name=number]") == "1370" and page.input_value("input[name=topic]") == TITLE_1350
    assert page.input_value("textarea[name=text]") == "建议：\n一、加快中试验证平台建设。\n二、完善技术转移服务体系。"
    page.fill("input[name=deputy]", "陈某某")
    # a proposal: the form's words change with the box
    page.check("input[name=proposal]")
    assert page.locator("label:has(input[name=deputy]) span").inner_text() == "提案人（委员或单位）"
    assert page.get_attribute("input[name=session]", "placeholder") == "如 市政协十三届五次会议"
    shot(page, "forms-redraft-proposal")
    page.uncheck("input[name=proposal]")
    assert page.locator("label:has(input[name=deputy]) span").inner_text() == "领衔代表"
    page.click("button.primary")
    page.locator(".offer button", has_text="覆盖 1370.docx").click()  # drafts/1370.docx exists: asked first
    page.wait_for_selector("text=答复稿已生成")
    paragraphs = [p.text for p in docx.Document(server.root / "drafts" / "1370.docx").paragraphs]
    assert any("陈某某" in p for p in paragraphs) and not any("陈某茉" in p for p in paragraphs)
    # edited in Word since: not overwritten, said in a notice (not as an error) with the button at hand
    d = docx.Document(server.root / "drafts" / "1370.docx")
    d.add_paragraph("科员改过的段落")
    d.save(server.root / "drafts" / "1370.docx")
    page.click("text=修改后重新起草")
    page.wait_for_selector("h1:has-text('起草答复')")
    page.click("button.primary")
    offer = page.locator(".offer")
    offer.wait_for()
    assert "drafts/1370.docx 已存在且已被修改，未覆盖" in offer.inner_text() and page.locator("p.error").count() == 0
    assert in_view(page, offer.locator("button", has_text="另存为新文件 1370-2.docx"))
    assert offer.locator("button", has_text="覆盖").count() == 0  # an edited draft: never overwritten
    shot(page, "forms-kept-notice")
    offer.locator("button", has_text="另存为新文件 1370-2.docx").click()
    page.wait_for_selector("text=答复稿已生成")
    assert (server.root / "drafts" / "1370-2.docx").is_file()


def send_1380(page, server) -> None:
    page.goto(server.url + "/draft")
    page.fill("input[name=number]", "1380")
    page.fill("input[name=topic]", TITLE_1350)
    page.fill("input[name=date]", f"{THIS_YEAR}-05-20")
    page.fill("textarea[name=text]", "建议：\n一、加快中试验证平台建设。\n二、完善技术转移服务体系。")
    page.click("button.primary")


def test_back_and_send_again_keeps_the_date_and_asks_before_replacing_the_draft(page, server):
    """qa17 F1: Back from a draft lost 成文日期 (autocomplete=off: the browser did not restore
    it), and sending again silently replaced drafts/1380.docx with an undated draft."""
    send_1380(page, server)
    page.wait_for_selector("text=答复稿已生成")
    path = server.root / "drafts" / "1380.docx"
    first = path.read_bytes()
    page.go_back()
    page.wait_for_selector("h1:has-text('起草答复')")
    assert page.input_value("input[name=date]") == f"{THIS_YEAR}-05-20"
    page.click("button.primary")
    offer = page.locator(".offer")
    offer.wait_for()
    assert "drafts/1380.docx 已存在" in offer.inner_text() and page.locator("p.error").count() == 0
    assert path.read_bytes() == first  # nothing written before the clerk says
    assert page.input_value("input[name=date]") == f"{THIS_YEAR}-05-20"  # the form kept as sent
    shot(page, "forms-exists-asked")
    offer.locator("button", has_text="另存为新文件 1380-2.docx").click()
    page.wait_for_selector("text=答复稿已生成")
    assert path.read_bytes() == first
    again = [p.text for p in docx.Document(path.with_name("1380-2.docx")).paragraphs]
    assert again == [p.text for p in docx.Document(path).paragraphs]  # the same draft, dated as the first
    assert f"{THIS_YEAR}年5月20日" in again
    send_1380(page, server)
    page.locator(".offer a", has_text="放弃").click()
    page.wait_for_selector("h1:has-text('起草答复')")
    assert page.locator(".offer").count() == 0 and page.input_value("input[name=number]") == ""
    assert path.read_bytes() == first and sorted(p.name for p in path.parent.glob("1380*")) == [
        "1380-2.docx", "1380.docx"]
    send_1380(page, server)
    page.locator(".offer button", has_text="覆盖 1380.docx").click()
    page.wait_for_selector("text=答复稿已生成")
    assert [p.text for p in docx.Document(path).paragraphs] == again


def test_an_empty_base_takes_the_bureaus_documents_from_the_browser(browser, tmp_path):
    """qa17 F2: an empty workspace told a browser-only clerk to put files into the server's seeds
    folder (its path on the server); now the banner and 来源文件 upload them into seeds/ and distill
    them, a bad file said in one line, a name seeds/ holds never overwritten."""
    from helpers import REPO

    root = new_workspace(tmp_path / "ws", seeds=False)
    seeds = sorted((REPO / "seeds").glob("00[01]_*.txt"))
    old = tmp_path / "老答复.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"x" * 2044)
    with LiveServer(root) as live, browser_page(browser, height=800) as pg:
        pg.goto(live.url + "/draft")
        bar = pg.locator(".basebar")
        assert "事实库还是空的" in bar.inner_text() and "请上传本单位往年的答复、工作总结或报告" in bar.inner_text()
        assert str(root) not in bar.inner_text()
        bar.locator("input[type=file]").set_input_files([*map(str, seeds), str(old)])
        assert bar.locator(".file-name").inner_text().endswith(" 等 3 份")
        shot(pg, "forms-seeds-chosen")
        bar.locator("button", has_text="上传并提炼").click()
        pg.wait_for_selector("text=已提炼 2 份文件")
        assert pg.locator("p.error").all_inner_texts() == [
            "老答复.doc: 是旧版格式（.doc），无法读取，请在 Word/WPS 中另存为 .docx 后再上传"]
        shot(pg, "forms-seeds-distilled")
        assert sorted(p.name for p in (root / "seeds").iterdir()) == [p.name for p in seeds]
        assert len(list((root / "facts").glob("*.yaml"))) == 2
        assert pg.locator("table.table tbody tr").count() == 2
        pg.goto(live.url + "/sources")
        assert pg.locator(".basebar").count() == 0
        pg.locator(".upload-seeds input[type=file]").set_input_files(str(seeds[1]))  # sent again
        pg.locator(".upload-seeds button", has_text="上传并提炼").click()
        pg.wait_for_selector(f"text=已在 seeds/ 中，未重复上传：seeds/{seeds[1].name}")
        assert sorted(p.name for p in (root / "seeds").iterdir()) == [p.name for p in seeds]
        other = tmp_path / seeds[0].name
        other.write_bytes((REPO / "seeds" / "003_d554f6e29ba293ca.txt").read_bytes())  # the same name, another document
        pg.locator(".upload-seeds input[type=file]").set_input_files(str(other))
        pg.locator(".upload-seeds button", has_text="上传并提炼").click()
        offer = pg.locator(".offer")
        offer.wait_for()
        assert f"seeds/{seeds[0].name} 已存在，与上传的 {seeds[0].name} 内容不同，未覆盖" in offer.inner_text()
        assert (root / "seeds" / seeds[0].name).read_bytes() == seeds[0].read_bytes()
        shot(pg, "forms-seeds-clash")
        again = f"{seeds[0].stem}-2.txt"
        offer.locator("button", has_text=f"另存为 {again} 并提炼").click()
        pg.wait_for_selector("text=已提炼 1 份文件")
        assert (root / "seeds" / again).read_bytes() == other.read_bytes()
        assert (root / "seeds" / seeds[0].name).read_bytes() == seeds[0].read_bytes()
