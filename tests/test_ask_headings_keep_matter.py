"""An ask's heading keeps what the ask is about: a clause finding money (安排资金) is joined to the clause saying what
for (hd22c: （一）安排资金 lost the 运动场), and a 解决…问题 ask keeps its 问题 in part two (…周边土地。)."""

from __future__ import annotations

from helpers import draft_title, part_two_texts, sections

ASKS = """关于解决象达小学运动场建设问题的提案

为此建议：
一、安排资金，尽快建设象达小学运动场，改善学生体育锻炼条件。
二、协调解决象达小学周边土地问题，将学校西面土地用于学校建设，扩大学校用地。
"""


def test_a_money_clause_heads_with_what_it_is_for_and_a_problem_keeps_its_name(seeded_root, tmp_path):
    text = tmp_path / "suggestion.txt"
    text.write_text(ASKS, encoding="utf-8")
    document = draft_title(seeded_root, tmp_path / "9101.docx", "9101", "关于解决象达小学运动场建设问题的提案",
                           "--proposal", "--text", str(text))
    headings = list(sections(document))
    assert headings[:2] == ["安排资金建设象达小学运动场", "协调解决象达小学周边土地问题"], headings
    items = part_two_texts(document)
    assert items[0].startswith("（一）安排资金建设象达小学运动场。"), items
    assert items[1].startswith("（二）协调解决象达小学周边土地问题。"), items
