"""The date under the unit name (GB/T 9704-2012 7.3.5.2, no seal): the unit name right-indented 2
characters, the date on the next line starting 2 characters right of the name's first character; a
date that would then stand nearer the margin than 2 characters is right-indented 2 and the name's
right indent grows by as much. rv22 (1288, 1350): both were right-indented 2 characters, so in the
render the date 2026年5月20日 started left of 泉州市科学技术局.

Checked in the written XML (the two paragraphs' indents, from the two strings' widths, a digit half
a character) and in a LibreOffice render (skipped without soffice, poppler-utils or a CJK font
whose digits are half-width to stand in for 仿宋_GB2312).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from helpers import SOFFICE, draft_1288

CHAR = 100  # hundredths of a character, as w:rightChars counts


def _width(text: str) -> int:
    """``text``'s width in hundredths of a character: a CJK character 100, a digit or Latin letter 50."""
    return sum(50 if re.match(r"[0-9A-Za-z]", c) else 100 for c in text)


def _tail(path):
    """(unit name, date) paragraphs of the written draft: the two above the 附注."""
    document = docx.Document(str(path))
    names = [p.style.name for p in document.paragraphs]
    at = names.index("成文日期")
    assert names[at - 1] == "发文机关署名"
    return document.paragraphs[at - 1], document.paragraphs[at], document


def _right(paragraph) -> int:
    ind = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    assert ind is not None, paragraph.text
    return int(ind.get(qn("w:rightChars")))


def _check_rule(path) -> tuple[int, int]:
    issuer, date, document = _tail(path)
    name_right, date_right = _right(issuer), _right(date)
    # the date's first character 2 characters right of the name's
    assert (name_right + _width(issuer.text)) - (date_right + _width(date.text)) == 2 * CHAR
    # both at least 2 characters from the margin, one of them exactly (the standard's 右空二字)
    assert min(name_right, date_right) == 2 * CHAR
    # the styles stay the reference's: 2 characters; the paragraphs carry what only the widths tell
    assert document.styles["发文机关署名"].element.find(f"{qn('w:pPr')}/{qn('w:ind')}").get(qn("w:rightChars")) == "200"
    return name_right, date_right


def test_the_date_starts_two_characters_right_of_the_unit_name(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        issuer, date, _ = _tail(path)
        assert (issuer.text, date.text) == ("泉州市科学技术局", "2026年5月20日")
        # 6.5 characters under 8: 2 characters right of the name's start would leave the date 1.5
        # from the margin, so the date is right-indented 2 and the name 2.5
        assert _check_rule(path) == (250, 200)


def test_a_long_unit_name_keeps_its_two_characters_and_the_date_moves_in(loo_copy, tmp_path):
    config = loo_copy / "drafter.yaml"
    text = config.read_text("utf-8")
    assert re.search(r"(?m)^  name: 泉州市科学技术局", text)
    config.write_text(re.sub(r"(?m)^  name: 泉州市科学技术局", "  name: 泉州市人民政府发展研究中心", text), "utf-8")
    out = tmp_path / "1288.docx"
    draft_1288(loo_copy, out)
    issuer, date, _ = _tail(out)
    assert issuer.text == "泉州市人民政府发展研究中心"
    assert _check_rule(out) == (200, 200 + _width(issuer.text) - 200 - _width(date.text))


FONT = "Noto Sans Mono CJK SC"  # digits half-width, as 仿宋_GB2312's


def _has_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    return FONT in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout


RENDER = SOFFICE is not None and shutil.which("pdftotext") is not None


@pytest.mark.skipif(not (RENDER and _has_font()), reason=f"LibreOffice, poppler-utils or {FONT} not installed")
def test_rendered_the_date_starts_two_characters_right_of_the_unit_name(loo_draft, tmp_path):
    """Rendered by LibreOffice with 仿宋_GB2312 standing as a CJK font of half-width digits: the
    date's first character lies 2 characters (16 pt) right of the unit name's, once the space
    LibreOffice puts between digits and 年月日 (Word does not: the paragraph turns it off) is taken
    out; the name 2.5 characters from the type area's right edge, the date 2."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<match target="pattern"><test name="family"><string>仿宋_GB2312</string></test>
<edit name="family" mode="assign" binding="strong"><string>{FONT}</string></edit></match></fontconfig>""", "utf-8")
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo'}"
    subprocess.run([SOFFICE, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(loo_draft)],
                   check=True, capture_output=True, timeout=300, env={**__import__("os").environ, "FONTCONFIG_FILE": str(conf)})
    pdf = tmp_path / loo_draft.with_suffix(".pdf").name
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = re.findall(r"<line [^>]*>(.*?)</line>", xml, re.S)
    words = [[(float(a), float(b), t) for a, b, t in re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', line)]
             for line in lines]
    at = max(k for k, line in enumerate(words) if "".join(t for _, _, t in line) == "泉州市科学技术局")
    name, date = words[at], words[at + 1]
    assert "".join(t for _, _, t in date) == "2026年5月20日"
    gaps = sum(b[0] - a[1] for a, b in zip(date, date[1:]))  # LibreOffice's space between digits and 年月日
    size = 16.0  # 3号
    offset = date[0][0] - name[0][0]
    assert abs(offset + gaps - 2 * size) <= 2, (offset, gaps)
    # the right edges: the type area ends 1474 twips (73.7 pt) from the A4 page's right edge
    edge = 595.3 - 1474 / 20
    assert abs((edge - name[-1][1]) - 2.5 * size) <= 1.5 and abs((edge - date[-1][1]) - 2 * size) <= 1.5
