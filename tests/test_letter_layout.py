"""The letter format of GB/T 9704 (10.1) on the written leave-one-out 1288 draft.

Its 版记 (the 抄送) has no rules and is the letter's last paragraph, after the 附注, on the page the
tail ends on; page 1 carries no page number but the letter's second red double rule (thin over
thick, 170 mm, 20 mm above the bottom edge). Checked in the .docx XML, in drafter's readers
(reading order, also of a draft an earlier version wrote with its 抄送 framed before the closing)
and in a LibreOffice render (skipped without soffice).
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
from helpers import SOFFICE, as_earlier_versions_wrote
from lxml import etree

from drafter.docx.read import read_draft

RENDER = SOFFICE is not None and shutil.which("pdftotext") is not None and shutil.which("pdftoppm") is not None
needs_render = pytest.mark.skipif(not RENDER, reason="LibreOffice (soffice) and poppler-utils are not installed")


def test_the_cc_is_the_letters_last_paragraph_after_the_note(loo_draft):
    """The 抄送 is written last, after the 附注, in the flow (no frame in its style or paragraph):
    pasted into a handling system or read in outline view it comes where a 版记 belongs; the tail
    before it keeps with it, the closing never split. drafter's readers read it last."""
    document = docx.Document(loo_draft)
    assert document.styles["抄送"].element.find(f"{qn('w:pPr')}/{qn('w:framePr')}") is None
    names = [p.style.name for p in document.paragraphs]
    assert names[-3:] == ["成文日期", "附注", "抄送"]
    assert not any(p._p.find(f"{qn('w:pPr')}/{qn('w:framePr')}") is not None for p in document.paragraphs)
    assert document.styles["结束语"].paragraph_format.keep_together
    assert all(document.styles[name].paragraph_format.keep_with_next for name in names[names.index("结束语"):-1])
    from drafter.read import read_document

    read = read_draft(loo_draft)
    assert [p.kind for p in read[-3:]] == ["date", "note", "cc"]
    blocks = [b.text for b in read_document(loo_draft).blocks]
    assert blocks[-1].startswith("抄送：") and blocks[-2] == "（此件主动公开）"


def test_a_draft_with_its_cc_framed_before_the_closing_reads_it_last(loo_draft, tmp_path):
    """Drafts an earlier version wrote (the 抄送 in a frame at the foot, written before the
    closing) still read in the letter's order: check, refresh and harvest see the 抄送 last."""
    from drafter.read import read_document

    old = as_earlier_versions_wrote(loo_draft, tmp_path / "old.docx")
    assert [p.style.name for p in docx.Document(old).paragraphs].index("抄送") < len(docx.Document(old).paragraphs) - 3
    read = read_draft(old)
    assert [p.kind for p in read[-3:]] == ["date", "note", "cc"]
    assert [p.index for p in read] == list(range(1, len(read) + 1))
    assert [p.text for p in read] == [p.text for p in read_draft(loo_draft)]
    blocks = [b.text for b in read_document(old).blocks]
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
def test_the_cc_ends_the_last_page_after_the_note(loo_pdf, loo_draft):
    """Rendered, the 抄送 is the last text of the last page, right under the 附注, with the
    signature on that page too (the tail kept together)."""
    after = lines(loo_pdf)
    last = max(p for p, *_ in after)
    text = next(p.text for p in read_draft(loo_draft) if p.kind == "cc")
    cc = cc_lines(after, text)
    assert cc and all(line[0] == last for line in cc), cc
    text_lines = [line for line in after if line[0] == last and not re.fullmatch(r"—\d+—", line[4])]
    assert text_lines[-len(cc):] == cc  # the last text of the last page
    assert text_lines[-len(cc) - 1][4] == "（此件主动公开）"
    tail = "".join(line[4] for line in text_lines)
    assert "领导署名" in tail


@needs_render
def test_page_one_shows_both_red_rules_and_other_pages_none(loo_pdf):
    """Page 1: the letterhead's rule under it and the second rule 20 mm above the bottom edge, both
    170 mm and centred (20 mm to 190 mm across the 210 mm page); the bottom one thin over thick.
    No red rule on the other pages."""
    framed = loo_pdf
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
