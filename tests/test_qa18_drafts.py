"""What the clerk of 上海市科学技术委员会 found in part two of the drafts (qa18): its lead under a C class promised what
the reply declines."""

from __future__ import annotations

from helpers import draft_1350, part_two_of


def test_a_c_class_part_two_promises_no_asked_measure(seeded_root, tmp_path):
    """qa18 item 9: a C reply (复审高企奖励, closing 暂难落实) led part two with 根据您们的建议，下一步我委将继续对复审通过的
    高新技术企业给予资金奖励 — the measure it declines, as going on. Under a C class the lead names no asked measure, and an ask
    the base holds no plan for is its placeholder, not the ask's own words as the bureau's next step."""
    def part_two(reply_type):
        return [p.text for p in part_two_of(draft_1350(seeded_root, tmp_path / f"{reply_type}.docx", reply_type).paragraphs)]

    planned, declined = part_two("B"), part_two("C")
    assert "继续加快中试验证平台建设" in planned[0] and planned[-1].startswith("（三）进一步加大科技金融支持。"), planned
    assert declined[0] == "下一步，我局将结合工作职责，重点做好以下工作：", declined
    assert declined[-1] == "（三）【待补充：加大科技金融支持方面的下一步举措】", declined
