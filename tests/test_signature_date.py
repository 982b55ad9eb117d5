"""The date and the unit name over it (GB/T 9704-2012 7.3.5.1: a reply is sealed — reply-anatomy,
"the unit seals"): the date right-indented 4 characters, the unit name centred over it; a name too
long to centre without passing the margin is right-indented 0 and the date centred under it. rv25
(1288, 1350): the date stood 2 characters from the margin, not 4 (the unsealed rule of 7.3.5.2).

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
    # their middles one above the other (to half a hundredth of a character)
    assert abs((2 * name_right + _width(issuer.text)) - (2 * date_right + _width(date.text))) <= 1
    # the date 4 characters from the margin (右空四字), or the name at the margin when it is too long
    assert date_right == 4 * CHAR or name_right == 0
    # the styles stay the reference's: 4 characters; the paragraphs carry what only the widths tell
    for name in ("发文机关署名", "成文日期"):
        assert document.styles[name].element.find(f"{qn('w:pPr')}/{qn('w:ind')}").get(qn("w:rightChars")) == "400"
    return name_right, date_right


def test_the_date_stands_four_characters_in_under_the_unit_name_centred(loo_draft, quick_start_1350):
    for path in (loo_draft, quick_start_1350):
        issuer, date, _ = _tail(path)
        assert (issuer.text, date.text) == ("泉州市科学技术局", "2026年5月20日")
        # 8 characters over 6.5: the date 4 from the margin, the name 0.75 further out on each side
        assert _check_rule(path) == (325, 400)


@pytest.mark.parametrize("name, expected", [
    ("泉州市人民政府发展研究中心", (75, 400)),  # 13 characters: still centred over the date
    ("泉州市人民政府发展研究中心科技创新服务办公室", (0, 775)),  # 22: at the margin, the date centred under it
])
def test_a_long_unit_name_is_centred_over_the_date_or_at_the_margin(loo_copy, tmp_path, name, expected):
    config = loo_copy / "drafter.yaml"
    text = config.read_text("utf-8")
    assert re.search(r"(?m)^  name: 泉州市科学技术局", text)
    config.write_text(re.sub(r"(?m)^  name: 泉州市科学技术局", f"  name: {name}", text), "utf-8")
    out = tmp_path / "1288.docx"
    draft_1288(loo_copy, out)
    issuer, date, _ = _tail(out)
    assert issuer.text == name
    assert _check_rule(out) == expected


FONT = "Noto Sans Mono CJK SC"  # digits half-width, as 仿宋_GB2312's


def _has_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    return FONT in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout


RENDER = SOFFICE is not None and shutil.which("pdftotext") is not None


@pytest.mark.skipif(not (RENDER and _has_font()), reason=f"LibreOffice, poppler-utils or {FONT} not installed")
def test_rendered_the_date_stands_four_characters_in_under_the_unit_name_centred(loo_draft, tmp_path):
    """Rendered by LibreOffice with 仿宋_GB2312 standing as a CJK font of half-width digits: the date
    ends 4 characters (64 pt) from the type area's right edge, and the unit name's middle stands over
    the date's, once the space LibreOffice puts between digits and 年月日 (Word does not: the paragraph
    turns it off) is taken out."""
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
    # the right edges: the type area ends 1474 twips (73.7 pt) from the A4 page's right edge
    edge = 595.3 - 1474 / 20
    assert abs((edge - date[-1][1]) - 4 * size) <= 1.5, edge - date[-1][1]
    middle_name = (name[0][0] + name[-1][1]) / 2
    middle_date = (date[0][0] + gaps + date[-1][1]) / 2
    assert abs(middle_name - middle_date) <= 2, (middle_name, middle_date)
