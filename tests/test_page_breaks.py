"""Where the leave-one-out 1288 draft breaks its pages in LibreOffice (skipped without soffice).

A heading keeps with the first lines of its paragraph (never last on a page), a long paragraph
splits across pages rather than moving whole (every full page holds its 22 lines, one fewer only
where the next page opens with a heading that did not fit with a line of its paragraph), and the
tail (closing to 抄送) stays on the last page, the sixth at most.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import docx
import pytest
from helpers import SOFFICE

pytestmark = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                reason="LibreOffice (soffice) and pdftotext are not installed")
PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")


@pytest.fixture(scope="module")
def pdf_text(loo_draft, loo_pdf):
    """The leave-one-out 1288 draft and the text of its PDF (conftest; pdftotext -layout, pages split by \\f)."""
    document = docx.Document(loo_draft)
    text = subprocess.run(["pdftotext", "-layout", str(loo_pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return document, text


@pytest.fixture(scope="module")
def pages(pdf_text):
    document, text = pdf_text
    out = [[re.sub(r"\s", "", line) for line in page.splitlines() if line.strip() and not PAGE_NUMBER.match(line.strip())]
           for page in text.split("\f")]
    headings = [re.sub(r"\s", "", p.text) for p in document.paragraphs if p.style.name in ("一级标题", "二级标题")]
    closing = re.sub(r"\s", "", next(p.text for p in document.paragraphs if p.style.name == "结束语"))
    return [p for p in out if p], headings, closing


def test_a_heading_is_never_last_on_its_page(pages):
    lines, headings, _ = pages
    assert len(headings) >= 4
    for number, page in enumerate(lines[:-1], start=1):
        assert page[-1] not in headings, (number, page[-1])


def test_long_paragraphs_split_so_full_pages_hold_22_lines(pages):
    lines, headings, closing = pages
    last_body = next(i for i, page in enumerate(lines) if closing[:12] in "".join(page))
    if "".join(lines[last_body]).startswith(closing[:12]):
        last_body -= 1  # the tail moved whole to its own page (it stays together): the page before may be short
    for number in range(1, last_body):  # pages 2… before the tail's page
        page, following = lines[number], lines[number + 1]
        expected = {22, 21} if following[0] in headings else {22}
        assert len(page) in expected, (number + 1, len(page), following[0])


def test_the_tail_stays_together_on_the_last_page(pages):
    lines, _, closing = pages
    last = "".join(lines[-1])
    assert closing[-12:] in last and "领导署名" in last and last.endswith("。") and "抄送" in last


def test_the_draft_lays_out_on_six_pages_with_its_tail_together(pdf_text):
    """At the default length the leave-one-out draft fits six pages in LibreOffice (the real reply,
    3,552 characters, takes eight in the same grid), and the tail (closing to 抄送) stays on one
    page: 抄送 never stands alone on a last page."""
    document, text = pdf_text
    pages = [re.sub(r"\s", "", p) for p in text.split("\f") if p.strip()]
    assert len(pages) <= 6
    closing = re.sub(r"\s", "", next(p.text for p in document.paragraphs if p.text.strip() and p.style.name == "结束语"))
    assert closing[-12:] in pages[-1] and "抄送" in pages[-1] and "领导署名" in pages[-1]
