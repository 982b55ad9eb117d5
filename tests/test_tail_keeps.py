"""Which paragraphs of a written draft are kept with the next one or kept whole, and where its
pages break in LibreOffice (renders skipped without soffice and pdftotext).

GB/T 9704 wants the signature and date never alone on a page: they share it with body text. The
drafts keep the tail — closing, signature, contacts, issuer, date, 附注, 抄送 — together on the
last page, the 抄送 last; nothing else is kept but headings (with their first line) and the title. Body paragraphs split across pages, so
every page before the tail's is full.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from helpers import SOFFICE

needs_render = pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                  reason="LibreOffice (soffice) and pdftotext are not installed")
PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")
TAIL = ("结束语", "领导署名", "联系人", "发文机关署名", "成文日期", "附注", "抄送")


def _flag(element, tag: str) -> bool | None:
    """A w:pPr flag (keepNext, keepLines) as ``element`` (a paragraph or a style) sets it, else None."""
    found = element.find(f"{qn('w:pPr')}/{qn(tag)}")
    if found is None:
        return None
    return found.get(qn("w:val"), "true") not in ("0", "false", "off")


def keeps(document) -> list[tuple[str, str, bool, bool]]:
    """(style name, text, keep with next, keep lines together) of every paragraph with text, each
    flag as Word works it out: the paragraph's own, else its style's, else that style's base's."""
    out = []
    for p in document.paragraphs:
        if not p.text.strip():
            continue
        flags = []
        for tag in ("w:keepNext", "w:keepLines"):
            value, style = _flag(p._p, tag), p.style
            while value is None and style is not None:
                value, style = _flag(style.element, tag), style.base_style
            flags.append(bool(value))
        out.append((p.style.name, p.text, *flags))
    return out


@pytest.fixture(scope="module", params=["loo_1288", "quick_start_1350"])
def written(request):
    """The leave-one-out 1288 draft and the README quick start's 1350 draft (conftest)."""
    return request.getfixturevalue({"loo_1288": "loo_draft"}.get(request.param, request.param))


def test_only_headings_the_title_and_the_tail_are_kept_with_the_next(written):
    found = keeps(docx.Document(written))
    names = [name for name, *_ in found]
    closing = names.index("结束语")
    # the tail, closing to 抄送, is one chain: each paragraph but the last keeps with the next,
    # and neither the closing nor the 抄送 is split
    assert names[-1] == "抄送" and names[closing:] == [n for n in names[closing:] if n in TAIL]
    assert all(keep_next for _, _, keep_next, _ in found[closing:-1])
    assert found[closing][3] and found[-1][3]  # closing and 抄送 kept whole
    # before it, only the title and headings keep with the next; no body paragraph is kept whole
    # or with the next, so long paragraphs split and pages fill
    body = found[:closing]
    assert {name for name, _, keep_next, _ in body if keep_next} <= {"公文标题", "一级标题", "二级标题"}
    assert any(name == "一级标题" and keep_next for name, _, keep_next, _ in body)
    assert not [text[:12] for name, text, _, keep_lines in body if keep_lines]
    assert [name for name, *_ in body].count("公文正文") >= 5


@pytest.fixture(scope="module")
def pages_1350(quick_start_1350, tmp_path_factory, lo_profile) -> list[list[str]]:
    """The quick start's 1350 draft rendered by LibreOffice: each page's text lines, no page number."""
    out = tmp_path_factory.mktemp("render-1350")
    subprocess.run([SOFFICE, lo_profile, "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    str(quick_start_1350)], check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(out / Path(quick_start_1350).with_suffix(".pdf").name), "-"],
                          capture_output=True, text=True, check=True, timeout=120).stdout
    pages = [[re.sub(r"\s", "", line) for line in page.splitlines()
              if line.strip() and not PAGE_NUMBER.match(line.strip())] for page in text.split("\f")]
    return [page for page in pages if page]


@needs_render
def test_the_1350_draft_signs_off_beside_its_closing_with_full_pages_before(pages_1350, quick_start_1350):
    """The quick start's draft: the last page holds the closing's end, signature, date, 附注 and,
    last, the 抄送; every page from the second holds its 22 lines, but the page before the
    tail's, which is short only by less than the tail: the tail did not fit under its last line, and
    a page whose last line would have been a heading, which moved to the next (keep with next)."""
    document = docx.Document(quick_start_1350)
    closing = re.sub(r"\s", "", next(p.text for p in document.paragraphs if p.style.name == "结束语"))
    date = re.sub(r"\s", "", next(p.text for p in document.paragraphs if p.style.name == "成文日期"))
    last = pages_1350[-1]
    joined = "".join(last)
    assert closing[-12:] in joined and "领导署名" in joined and date in joined
    assert last[-2].startswith("抄送：") or last[-1].startswith("抄送：")
    moved = last[0].startswith(closing[:12])  # the tail moved whole to the last page
    for number, page in enumerate(pages_1350[1:-1], start=2):
        if moved and number == len(pages_1350) - 1:
            assert 22 - len(last) < len(page) <= 22, (number, len(page))
        elif re.match(r"^\s*(?:（[一二三四五六]）|[一二三四五六]、)", pages_1350[number][0]):
            assert len(page) in (21, 22), (number, len(page))  # a heading kept with its text left a line
        else:
            assert len(page) == 22, (number, len(page))
