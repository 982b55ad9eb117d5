"""归档 in a real browser, as the clerk of the review (/work/wt/w1-review.md, P1) did it: the
downloaded draft picked instead of the signed reply is refused with the count of its marks, and
filed only when the clerk clicks 仍然归档. Screenshots under screenshots/ (git-ignored); skipped
only without Chromium."""

from __future__ import annotations

import re
import shutil

import docx
from helpers import REPO
from web_helpers import LiveServer, browser_page, make_workspace, shot


def test_a_draft_uploaded_as_the_signed_reply_is_refused_then_filed_when_asked(browser, quick_start_1350, tmp_path):
    draft = shutil.copy(quick_start_1350, tmp_path / "1350.docx")
    with LiveServer(make_workspace(tmp_path / "ws")) as server, browser_page(browser) as page:
        _refuse_then_file(page, server, draft)


def _send_to_harvest(page, server, path):
    """The 归档 form on 年度更新 / 归档, sent with ``path``."""
    page.goto(server.url + "/refresh#harvest")
    form = page.locator("form[action*='/harvest']")
    form.locator("input[name=file]").set_input_files(str(path))
    form.locator("button", has_text="归档").click()


def _refuse_then_file(page, server, draft):
    marks = len(re.findall(r"【待[^】]*】", "\n".join(p.text for p in docx.Document(draft).paragraphs)))
    _send_to_harvest(page, server, draft)
    alert = page.locator("section.harvest-result p.error")
    alert.wait_for()
    assert f"仍有 {marks} 处【待…】标记" in alert.inner_text() and "发文字号为空" in alert.inner_text()
    assert not (server.root / "seeds" / "harvested").exists()
    alert.scroll_into_view_if_needed()
    shot(page, "harvest-refused")
    page.locator("button", has_text="仍然归档").click()
    notice = page.locator("section.harvest-result p.notice").first
    notice.wait_for()
    assert notice.inner_text().startswith("已归档：1350.docx → ")
    assert not page.locator("section.harvest-result p.error").count()
    filed = list((server.root / "seeds" / "harvested").glob("*.docx"))
    assert len(filed) == 1
    notice.scroll_into_view_if_needed()
    shot(page, "harvest-forced")


def test_a_report_sent_to_harvest_is_asked_about_and_taken_as_a_source(browser, tmp_path):
    """qa17 F6: 武汉's 2021 work report was filed through 归档已签发的答复 with no word: a report is
    no reply, so the page asks first (作为来源文件提炼 / 仍然归档 / 放弃), nothing filed until then."""
    report = REPO / "seeds" / "001_fa2a5beafb4408f4.txt"  # 泉州市科技局2016年科技创新工作总结及2017年工作安排
    with LiveServer(make_workspace(tmp_path / "ws")) as server, browser_page(browser) as page:
        _send_to_harvest(page, server, report)
        offer = page.locator(".offer")
        offer.wait_for()
        assert offer.locator("p").first.inner_text() == (
            f"{report.name}: 这份文件是“总结/计划”（泉科〔2017〕28号），不是答复，未归档。")  # as drafter harvest says it
        assert not (server.root / "seeds" / "harvested").exists()
        assert not list((server.root / "seeds").iterdir())
        offer.scroll_into_view_if_needed()
        shot(page, "harvest-report-asked")
        offer.locator("button", has_text="作为来源文件提炼").click()
        page.wait_for_selector("text=已提炼 1 份文件")
        assert (server.root / "seeds" / report.name).read_bytes() == report.read_bytes()
        assert not (server.root / "seeds" / "harvested").exists()
        assert f"seeds/{report.name}" in page.locator("table.table").inner_text()


def test_a_reply_of_another_place_filed_is_said_as_the_command_says_it(browser, tmp_path):
    """A reply whose facts are all another place's (巴南区's, in 泉州's workspace): filed with the
    reminder ``drafter harvest`` prints, not in silence."""
    from click.testing import CliRunner

    from drafter.cli import cli

    reply = REPO / "tests" / "fixtures" / "other" / "banan_slj_reply_124_2025.txt"
    twin = make_workspace(tmp_path / "twin")
    said = CliRunner().invoke(cli, ["--workspace", str(twin), "harvest", str(reply)]).output
    reminder = next(line for line in said.splitlines() if line.startswith("提醒："))
    assert "的地区记为“巴南区”，不是本单位的地区" in reminder
    with LiveServer(make_workspace(tmp_path / "ws")) as server, browser_page(browser) as page:
        _send_to_harvest(page, server, reply)
        note = page.locator("section.harvest-result p.warn")
        note.wait_for()
        assert note.inner_text() == reminder
        note.scroll_into_view_if_needed()
        shot(page, "harvest-elsewhere")
