"""A draft made from the title alone says so (two clerks' blind readings: such a draft answers what
the base holds, and nothing told the clerk that the deputy's own points were never read)."""

from __future__ import annotations

import shutil

from click.testing import CliRunner
from helpers import TITLE_1350, comments_on

from drafter.cli import cli

NOTICE = "未提供建议原文"


def _draft(seeded_root, out, *extra):
    root = out.parent / "ws"
    shutil.copytree(seeded_root, root)
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "1350", TITLE_1350, "--deputy", "陈某某",
                                      "--session", "市十七届人大五次会议", "--date", "2026-05-20",
                                      "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_title_only_draft_tells_the_clerk_to_check_it_against_the_suggestion(seeded_root, tmp_path):
    said = _draft(seeded_root, tmp_path / "title.docx")
    assert NOTICE in said and "逐条回应" in said, said
    # in the draft too, where the clerk reads: a comment on part one's heading
    notes = comments_on(tmp_path / "title.docx", "一、")
    assert any(NOTICE in n and "逐条回应" in n for n in notes), notes


def test_a_draft_from_the_suggestions_text_does_not(seeded_root, tmp_path):
    text = tmp_path / "1350建议.txt"
    text.write_text("关于加快中试验证平台建设促进科技成果就地转化的建议\n\n建议：\n一、加快中试验证平台建设。"
                    "支持龙头企业和科研院所建设一批开放共享的中试验证平台。\n", "utf-8")
    said = _draft(seeded_root, tmp_path / "text.docx", "--text", str(text))
    assert NOTICE not in said, said
    assert not any(NOTICE in n for n in comments_on(tmp_path / "text.docx", "一、"))


def test_a_proposal_drafted_from_its_title_asks_for_the_proposals_text(seeded_root, tmp_path):
    """A 提案's note names the 提案's text, not a 建议's (qa16: 提案-0512 said 未提供建议原文)."""
    output = _draft(seeded_root, tmp_path / "p.docx", "--proposal").replace("\n", "")
    assert "未提供提案原文" in output and NOTICE not in output
