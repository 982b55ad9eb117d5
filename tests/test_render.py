"""A written draft renders in headless LibreOffice, 22 lines to a full page (skipped without it)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import REPO, SOFFICE, letter_head

from drafter import reply as R
from drafter.draft import write_draft
from drafter.workspace import load_workspace

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

PAGE_NUMBER = re.compile(r"^—\s*\d+\s*—$")


# Ideographs only (no punctuation, so no line-start rule moves a character): every line of a
# paragraph of it but its first (indented) and last is a full line.
PURE_CJK = "科技创新与产业创新深度融合推动制造业高质量发展" * 77  # 23 × 77 = 1771 characters, 64 lines
IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


def long_reply(paragraphs: int = 20) -> R.Reply:
    """A reply of several pages: the pure-CJK paragraph fills pages 2 and 3, then mixed text."""
    T = R.Span
    blocks = [
        *letter_head("您提出的《关于推动科技创新与产业创新深度融合的建议》收悉，感谢您的关注和支持。现将有关情况答复如下："),
        R.ReplyBlock(R.HEADING1, [T("一、基本情况")]),
        R.ReplyBlock(R.BODY, [T(PURE_CJK + "。")]),
    ]
    # Paragraphs whose full stop falls just past a full line, each with a comment anchored after
    # it: the 。 must not hang in the margin and push the anchor onto a blank line of its own.
    blocks += [R.ReplyBlock(R.BODY, [T("推" * 26 + "。", fact_ids=["f1"])],
                            [R.Citation("f1", "泉科函〔2025〕81号", "2025-05-20", "一、", 12)])] * 6
    for i in range(paragraphs):
        blocks.append(R.ReplyBlock(R.BODY, [
            T(f"（{i + 1}）推进产学研合作。", R.LEAD),
            T("组织企业与高校院所开展对接活动，促成合作项目一批，带动企业加大研发投入，提升核心竞争力，"
              "全市科技型中小企业达"),
            T("1614家", fact_ids=["f1"]),
            T("，研发投入"),
            T(R.placeholder_text("2025年研发投入"), R.PLACEHOLDER),
            T("。"),
        ], [R.Citation("f1", "泉科函〔2025〕81号", "2025-05-20", "一、大力培育科技型企业", 12)]))
    blocks += [
        R.ReplyBlock(R.CLOSING, [T("再次感谢您对我市科技创新工作的支持与理解。")]),
        R.ReplyBlock(R.SIGNATURE, [T("领导署名：史思泉")]),
        R.ReplyBlock(R.CONTACT, [T("联系人：谢惠阳")]),
        R.ReplyBlock(R.NOTE, [T("（此件主动公开）")]),
        R.ReplyBlock(R.CC, [T("抄送：市人大常委会代表工委、市人大常委会教科文卫工委；市政府督查室。")]),
    ]
    return R.Reply("1288", blocks)


def page_lines(pdf: Path, page: int) -> list[str]:
    """The non-empty text lines of one PDF page (pdftotext -layout, else pypdf's layout mode)."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                             capture_output=True, text=True, timeout=60, check=True).stdout
    else:
        from pypdf import PdfReader

        out = PdfReader(str(pdf)).pages[page - 1].extract_text(extraction_mode="layout")
    return [line.strip() for line in out.splitlines() if line.strip()]


def tail_reply(extra: int) -> R.Reply:
    """A short reply whose body runs ``extra`` one-line paragraphs longer before its closing."""
    reply = long_reply(paragraphs=2)
    at = next(i for i, b in enumerate(reply.blocks) if b.kind == R.CLOSING)
    reply.blocks[at:at] = [R.ReplyBlock(R.BODY, [R.Span("推" * 20 + "。")])] * extra
    return reply


@pytest.fixture(scope="module")
def converted(tmp_path_factory, lo_profile):
    """long.docx and the 22 tail drafts (tail00…tail21.docx), all turned into PDF by one soffice run
    (one LibreOffice start-up instead of two)."""
    tmp = tmp_path_factory.mktemp("render")
    root = tmp / "ws"
    (root / "templates").mkdir(parents=True)
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copy(REPO / "templates" / "reference.docx", root / "templates" / "reference.docx")
    ws = load_workspace(root)
    long_draft = write_draft(ws, long_reply(), tmp / "long.docx").path
    tails = [write_draft(ws, tail_reply(extra), tmp / f"tail{extra:02d}.docx").path for extra in range(22)]
    result = subprocess.run(
        [SOFFICE, lo_profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(long_draft), *map(str, tails)],
        capture_output=True, text=True, timeout=600,
    )
    return result, long_draft.with_suffix(".pdf"), tails


@pytest.fixture(scope="module")
def rendered(converted):
    result, pdf, _ = converted
    return result, pdf


def test_draft_converts_to_pdf_without_error(rendered):
    result, pdf = rendered
    assert result.returncode == 0, result.stderr
    assert pdf.is_file() and pdf.stat().st_size > 0
    from pypdf import PdfReader

    assert len(PdfReader(str(pdf)).pages) >= 3


def test_full_pages_have_22_lines_and_page_numbers_from_page_2(rendered):
    _, pdf = rendered
    from pypdf import PdfReader

    pages = [page_lines(pdf, page) for page in range(1, len(PdfReader(str(pdf)).pages) + 1)]
    assert pages[0][0].replace(" ", "") == "泉州市科学技术局"
    assert not any(PAGE_NUMBER.match(line) for line in pages[0]), "no number on page 1"
    closing = next(i for i, lines in enumerate(pages) if any("再次感谢" in line for line in lines))
    assert closing >= 4
    for page, lines in enumerate(pages[1:], start=2):
        numbers = [line for line in lines if PAGE_NUMBER.match(line)]
        assert [re.sub(r"\D", "", n) for n in numbers] == [str(page)]
    # every page between the first and the one with the closing (blank lines before the
    # signature, 附注 and 抄送 are by design) is full: no blank line anywhere in the body; the
    # page just before the tail's may end short by less than the tail (kept together: closing
    # to 抄送, about ten lines), when the tail did not fit under the body's last lines
    def body_lines(lines):
        return len([line for line in lines if not PAGE_NUMBER.match(line)])

    for page, lines in enumerate(pages[1:closing - 1], start=2):
        assert body_lines(lines) == 22, page
    assert 22 - 10 <= body_lines(pages[closing - 1]) <= 22


def test_a_full_line_holds_28_characters(rendered):
    """Pages 2 and 3 lie inside the pure-CJK paragraph: 22 lines of exactly 28 ideographs each."""
    _, pdf = rendered
    for page in (2, 3):
        lines = [line for line in page_lines(pdf, page) if not PAGE_NUMBER.match(line)]
        counts = [len(IDEOGRAPH.findall(line)) for line in lines]
        assert all(len(IDEOGRAPH.findall(line)) == len(line.replace(" ", "")) for line in lines)
        assert counts == [28] * 22, (page, counts)


def test_provenance_survives_a_save_in_libreoffice(tmp_path, lo_profile):
    """Opened and saved again as .docx by another word processor, the draft keeps its cited
    fact ids (hidden bookmarks and the provenance part) and check still reads them."""
    from drafter.docx.read import read_draft

    reply = long_reply(paragraphs=3)
    path = write_draft(load_workspace(REPO), reply, tmp_path / "in.docx").path
    result = subprocess.run(
        [SOFFICE, lo_profile, "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp_path / "out"), str(path)],
        capture_output=True, timeout=180)
    assert result.returncode == 0, result.stderr
    before = [p.fact_ids for p in read_draft(path) if p.text.strip()]
    after = [p.fact_ids for p in read_draft(tmp_path / "out" / "in.docx") if p.text.strip()]
    assert after == before and sum(1 for ids in after if ids == ["f1"]) == 9


def test_the_tail_never_leaves_cc_alone_on_a_last_page(converted):
    """Wherever the body ends on its page (one more line each time, a page's 22 positions), the
    tail — signature, contact, 附注, 抄送 — stays on one page with (the end of) the closing: 抄送,
    or its second line, never alone on a last page."""
    result, _, paths = converted
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    for path in paths:
        pdf = path.with_suffix(".pdf")
        last = page_lines(pdf, len(PdfReader(str(pdf)).pages))
        text = "".join(last)
        assert "支持与理解。" in text and "领导署名" in text and "抄送" in text, (path.name, last)
