"""A title longer than one line breaks where its words stay whole and its lines balance (GB/T 9704:
2号小标宋, centred; never 「…建议的／答复」): a line break before its 第N号, in the title paragraph of
the written .docx; a title that fits on one line has none. Read from the written XML."""

from __future__ import annotations

import docx
from docx.oxml.ns import qn
from helpers import draft_1288

from drafter.docx.write import text_width, title_break, title_capacity


def title_lines(path) -> tuple[list[str], float]:
    """The written title paragraph's lines (split at its w:br) and how many 2号 characters fit a line."""
    document = docx.Document(path)
    title = next(p for p in document.paragraphs if p.style.name == "公文标题")
    lines, line = [], ""
    for r in title._p.iter(qn("w:r")):
        for child in r:
            if child.tag == qn("w:t"):
                line += child.text or ""
            elif child.tag == qn("w:br"):
                lines.append(line)
                line = ""
    return lines + [line], title_capacity(document, title.style.style_id)


def test_a_long_title_breaks_before_its_number_and_both_lines_fit(loo_draft):
    lines, capacity = title_lines(loo_draft)
    assert 19 < capacity < 22  # 156 mm of type area in 22 pt characters
    assert lines == ["关于市十七届人大五次会议", "第1288号建议的答复"]
    assert all(text_width(line) <= capacity for line in lines)


def test_a_title_fitting_one_line_is_not_broken(loo, tmp_path):
    out = tmp_path / "short.docx"
    draft_1288(loo, out, "--session", "市人大五次会议")  # the later option wins
    lines, _ = title_lines(out)
    assert lines == ["关于市人大五次会议第1288号建议的答复"]


def test_the_break_balances_the_lines_and_keeps_words_whole():
    # a 协办意见 of a proposal: still before 第N号, never inside 协办意见
    text = "关于市政协十三届五次会议第2051号提案的协办意见"
    at = title_break(text, 20.1)
    assert text[at:].startswith("第2051号")
    assert title_break("关于市人大五次会议第7号建议的答复", 20.1) is None  # fits
    # a proposal's title filling the line but for a tenth of a character: another font wraps its 复
    full = "关于市政协十三届五次会议第45号提案的答复"
    assert text_width(full) == 20
    assert full[title_break(full, 20.1):] == "第45号提案的答复"
    # no place where the words stay whole and both lines fit: left to the layout's wrap
    assert title_break("关于" + "很" * 30 + "第1号建议的答复", 20.1) is None
