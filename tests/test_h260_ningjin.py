"""Findings of held-out round hd48e (宁津县教育和体育局, 山东): a 县政协 proposal numbered 202302B46 (year, sitting, class
letter, serial), and the bureau's one seed a 德州日报 report of the county propaganda chief's 十三五 press briefing —
the county's five-year results (教育 and others), a headline run into the dateline, a closing box repeating the figures.

The page is the tester's seed, seeds/2021-01-13_宁津十三五教育发布会.txt, as it was saved, distilled through the public path
of ``drafter distill``.
"""

from __future__ import annotations

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from helpers import unit_workspace

TOPIC = "关于强化全民健身公共服务体系的提案"


def _workspace(tmp_path):
    return unit_workspace(tmp_path / "ws", "宁津县教育和体育局", "县教体局", "宁津县")


def _draft(ws, out, number: str, *extra: str):
    return CliRunner().invoke(cli, ["-w", str(ws.root), "draft", number, TOPIC, "--deputy", "陈绪敬", "--session",
                                    "县政协十一届二次会议", "--type", "A", "--proposal", "--date", "2023-06-05",
                                    "-o", str(out), *extra])


@pytest.mark.parametrize("number", ["202302B46", "2023B046", "20232B46"])
def test_a_number_of_year_sitting_class_letter_and_serial_is_taken_as_given(tmp_path, number):
    """hd48e F1: 202302B46, the real proposal's number (2023, the second sitting, class B, the 46th), was refused (建议（提案）号
    应为数字…). A number of the year (and the sitting) before the class letters and the serial is taken; the title and the
    opening print it as given, the file is named by it."""
    ws = _workspace(tmp_path)
    out = tmp_path / f"提案-{number}.docx"
    result = _draft(ws, out, number)
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(out).paragraphs]
    assert f"关于县政协十一届二次会议第{number}号提案的答复" in "".join(text[:8]), text[:8]
    assert any(f"《{TOPIC}》（第{number}号）" in t for t in text), text


@pytest.mark.parametrize("junk", ["B46B", "2023B", "202302B0", "ABCD46", "2023年B46", "B46-2023x", "1" * 11])
def test_junk_is_still_no_number(tmp_path, junk):
    """hd48e F1's other side: what is no item's number (letters after the serial, no serial, a serial of zeros, four letters,
    a year's word, eleven digits) is still refused, nothing written."""
    ws = _workspace(tmp_path)
    result = _draft(ws, tmp_path / "x.docx", junk)
    assert result.exit_code != 0 and "应为数字" in result.output, result.output
    assert not (tmp_path / "x.docx").exists()


def test_a_title_of_such_a_number_is_read_for_its_number():
    """hd48e F1: the title's number is read by the one rule (a draft's 征求材料清单 names its item by it; a past reply's title
    ending …第202201B12号提案的答复函 tells the bureau's ending)."""
    from drafter.compose.form import TITLE_END
    from drafter.requests import _NUMBER

    assert _NUMBER.search("关于县政协十一届二次会议第202302B46号提案的答复").group(1) == "202302B46"
    assert TITLE_END.search("关于县政协十一届一次会议第202201B12号提案的答复函").group(1) == "提案的答复函"
