"""The letter format of GB/T 9704 (10.1) on the written leave-one-out 1288 draft.

Its 版记 (the 抄送) has no rules and stands at the foot of the last page's type area; page 1 carries
no page number but the letter's second red double rule (thin over thick, 170 mm, 20 mm above the
bottom edge). Checked in the .docx XML, in drafter's readers (reading order) and in a LibreOffice
render (skipped without soffice): the 抄送 at the foot, every other line where it was.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from helpers import SOFFICE
from lxml import etree

from drafter.docx.read import read_draft

RENDER = SOFFICE is not None and shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_render = pytest.mark.skipif(not RENDER, reason="LibreOffice (soffice) and poppler-utils are not installed")
PT_PER_MM = 72 / 25.4
PAGE_HEIGHT_PT = 297 * PT_PER_MM
TYPE_AREA_BOTTOM_PT = (297 - 35) * PT_PER_MM  # 37 mm top margin + 225 mm type area


def test_the_cc_is_framed_at_the_foot_and_written_where_the_tail_begins(loo_draft):
    """The 抄送 style of the reference sets a frame at the foot of the type area; the draft's 抄送
    paragraph repeats it (LibreOffice and WPS read only a paragraph's own) and is written right
    before the closing, where the tail kept together on the last page begins; the closing is
    never split. drafter's readers read it last, as it stands."""
    document = docx.Document(loo_draft)
    style = document.styles["抄送"].element
    frame = style.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    assert frame is not None
    assert {k.split("}")[1]: v for k, v in frame.attrib.items()} == {
        "w": "8844", "wrap": "notBeside", "vAnchor": "margin", "hAnchor": "margin", "xAlign": "center",
        "yAlign": "bottom"}
    names = [p.style.name for p in document.paragraphs]
    cc = names.index("抄送")
    assert names[cc + 1] == "结束语" and names[-1] == "附注"
    assert document.paragraphs[cc]._p.find(f"{qn('w:pPr')}/{qn('w:framePr')}") is not None
    assert document.styles["结束语"].paragraph_format.keep_together
    from drafter.docx.read import read_draft
    from drafter.read import read_document

    read = read_draft(loo_draft)
    assert [p.kind for p in read[-3:]] == ["date", "note", "cc"]
    assert [p.index for p in read] == list(range(1, len(read) + 1))
    blocks = [b.text for b in read_document(loo_draft).blocks]
    assert blocks[-1].startswith("抄送：") and blocks[-2] == "（此件主动公开）"


def test_page_one_footer_draws_the_letters_second_red_rule(loo_draft):
    """Page 1's footer: no page number, one empty line one point high whose bottom border is a red
    thin-over-thick double rule 170 mm long (7 mm past the type area each side), at the footers'
    foot 20 mm above the bottom edge; the page numbers keep their place 3 mm higher."""
    document = docx.Document(loo_draft)
    section = document.sections[0]
    assert section.different_first_page_header_footer
    first = section.first_page_footer
    assert "PAGE" not in first._element.xml and not "".join(p.text for p in first.paragraphs).strip()
    border = first.paragraphs[0]._p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}")
    assert border is not None and border.get(qn("w:val")) == "thinThickSmallGap" and border.get(qn("w:color")) == "FF0000"
    ind = first.paragraphs[0]._p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    assert ind.get(qn("w:left")) == ind.get(qn("w:right")) == "-397"
    assert section.footer_distance.mm == pytest.approx(20, abs=0.1)
    for footer in (section.footer, section.even_page_footer):
        assert "PAGE" in footer._element.xml
        raised = footer.paragraphs[0].paragraph_format.space_after
        assert (section.footer_distance + raised) / 36000 == pytest.approx(23, abs=0.1)  # EMU → mm


def lines(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, yMin, xMin, yMax, text) of every text line of ``pdf`` (pdftotext -bbox-layout), in pt."""
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True,
                         timeout=120).stdout
    root = etree.fromstring(out)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    found = []
    for number, page in enumerate(root.iterfind(".//x:page", ns), start=1):
        for line in page.iterfind(".//x:line", ns):
            text = "".join(w.text or "" for w in line.iterfind("x:word", ns))
            found.append((number, round(float(line.get("yMin")), 1), round(float(line.get("xMin")), 1),
                          round(float(line.get("yMax")), 1), text))
    return found


def red_rows(pdf: Path, page: int, dpi: int = 150) -> list[tuple[float, float, float]]:
    """Rows of ``page`` with a red run over 40 mm: (y mm from the top, first x mm, last x mm)."""
    data = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                          capture_output=True, check=True, timeout=120).stdout
    stream = io.BytesIO(data)
    assert stream.readline().strip() == b"P6"
    width, height = map(int, stream.readline().split())
    stream.readline()
    pixels = stream.read()
    mm = 25.4 / dpi
    rows = []
    for y in range(height):
        row = pixels[y * width * 3:(y + 1) * width * 3]
        xs = [x for x in range(width) if row[3 * x] > 180 and row[3 * x + 1] < 110 and row[3 * x + 2] < 110]
        if xs and (xs[-1] - xs[0]) * mm > 40 and len(xs) * mm > 40:
            rows.append((y * mm, xs[0] * mm, xs[-1] * mm))
    return rows


def cc_lines(found: list, cc: str) -> list:
    """The rendered lines holding the 抄送 paragraph ``cc``: the one opening with 抄送： and those
    after it that go on with its text (it wraps: its co-handlers make it two lines or more)."""
    start = next(n for n, line in enumerate(found) if line[4].startswith("抄送："))
    out, said = [], ""
    for line in found[start:]:
        if said == cc or not cc.startswith(said + line[4]):
            break
        out.append(line)
        said += line[4]
    assert said == cc, (said, cc)
    return out


@needs_render
def test_the_cc_sits_at_the_foot_of_the_last_page_and_nothing_else_moves(loo_pdfs, loo_draft):
    framed, plain = loo_pdfs
    after, before = lines(framed), lines(plain)
    last = max(p for p, *_ in after)
    text = next(p.text for p in read_draft(loo_draft) if p.kind == "cc")
    cc = cc_lines(after, text)
    assert cc and cc[0][0] == last and all(line[0] == last for line in cc), cc
    text_lines = [line for line in after if line[0] == last and not re.fullmatch(r"—\d+—", line[4])]
    assert text_lines[-len(cc):] == cc  # the last text of the last page
    assert TYPE_AREA_BOTTOM_PT - 12 <= cc[-1][3] <= TYPE_AREA_BOTTOM_PT + 1, cc  # on the type area's foot
    page_number = next(line for line in after if line[0] == last and re.fullmatch(r"—\d+—", line[4]))
    assert page_number[1] > cc[-1][3]
    flowed = cc_lines(before, text)
    assert [line for line in after if line not in cc] == [line for line in before if line not in flowed]
    tail = "".join(line[4] for line in after if line[0] == last)
    assert "领导署名" in tail and "（此件主动公开）" in tail


@needs_render
def test_page_one_shows_both_red_rules_and_other_pages_none(loo_pdfs):
    """Page 1: the letterhead's rule under it and the second rule 20 mm above the bottom edge, both
    170 mm and centred (20 mm to 190 mm across the 210 mm page); the bottom one thin over thick.
    No red rule on the other pages."""
    framed, _ = loo_pdfs
    rows = red_rows(framed, 1)
    bottom = [r for r in rows if r[0] > 250]
    top = [r for r in rows if r[0] < 80 and r[2] - r[1] > 150]
    assert top and bottom
    for _y, x0, x1 in top + bottom:
        assert x0 == pytest.approx(20, abs=1.5) and x1 == pytest.approx(190, abs=1.5)
    assert 297 - bottom[-1][0] == pytest.approx(20, abs=1)
    gap = next(k for k in range(1, len(bottom)) if bottom[k][0] - bottom[k - 1][0] > 0.2)
    assert gap < len(bottom) - gap  # fewer rows above the gap: thin over thick
    assert not red_rows(framed, 2)
