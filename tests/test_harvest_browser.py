"""归档 in a real browser, as the clerk of the review (/work/wt/w1-review.md, P1) did it: the
downloaded draft picked instead of the signed reply is refused with the count of its marks, and
filed only when the clerk clicks 仍然归档. Screenshots under screenshots/ (git-ignored); skipped
only without Chromium."""

from __future__ import annotations

import re
import shutil

import docx
from web_helpers import LiveServer, browser_page, make_workspace, shot


def test_a_draft_uploaded_as_the_signed_reply_is_refused_then_filed_when_asked(browser, quick_start_1350, tmp_path):
    draft = shutil.copy(quick_start_1350, tmp_path / "1350.docx")
    with LiveServer(make_workspace(tmp_path / "ws")) as server, browser_page(browser) as page:
        _refuse_then_file(page, server, draft)


def _refuse_then_file(page, server, draft):
    marks = len(re.findall(r"【待[^】]*】", "\n".join(p.text for p in docx.Document(draft).paragraphs)))
    page.goto(server.url + "/refresh#harvest")
    form = page.locator("form[action*='/harvest']")
    form.locator("input[name=file]").set_input_files(str(draft))
    form.locator("button", has_text="归档").click()
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
