"""An ask's items are the facts saying its own matter (issue 8, item 3: sentence-level selection).

The README's 1350 draft answers ask 一 (加快中试验证平台建设 … 支持龙头企业和科研院所建设一批开放共享的
中试验证平台) from the whole demo base. The 2025 reply to 1071 says nearly the ask's words —
制定出台《泉州市支持科技成果转化中试验证发展的若干措施》，支持中试验证平台建设 — but at the end of a
paragraph led by another matter (三是大力推进平台服务提质增效), with no figure; a paragraph on
高能级创新平台 reported a figure beside 平台建设 (重点平台建设资金8485.55万元), the broad word alone,
and stood in its place. The ask's key words (中试验证, of its phrase) name its matter: the item saying
them in a clause of its own comes in, opening on its own sentence, before the result sharing only
平台. Read back from the written .docx.
"""

from __future__ import annotations

import docx
from helpers import sections


def test_the_sentence_saying_the_asks_own_matter_answers_it_not_a_result_on_the_broad_word(quick_start_1350):
    section = sections(docx.Document(quick_start_1350))["加快中试验证平台建设"]
    said = "\n".join(section)
    policy = [p for p in section if "支持中试验证平台建设" in p]
    assert policy, said
    assert "《泉州市支持科技成果转化中试验证发展的若干措施》" in policy[0], said
    assert "平台服务提质增效" not in said, said  # its paragraph's lead is of another matter
    assert "41个中试验证平台" in section[0], said  # the result on the matter first
    assert policy[0].startswith("二是制定出台"), said
    assert all("高能级" not in p for p in section[:2]), said  # the broad word's result after them
