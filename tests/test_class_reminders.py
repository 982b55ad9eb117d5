"""What the draft command reminds a clerk of about the reply's class (答复类型): none given (its mark a gap, the
closing neutral), or one promising the matter solved over a part one of gaps only (hd10, hd12)."""

from __future__ import annotations

from click.testing import CliRunner

from drafter.cli import cli


def test_a_draft_without_a_class_says_so(seeded_root, tmp_path):
    """hd10: with no --type the class mark was a gap and the closing neutral, and nothing said so among the
    command's reminders; with a class, nothing."""
    def said(*options):
        result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1350", "关于加快中试验证平台建设的建议",
                                          "--date", "2026-05-20", "-o", str(tmp_path / "d.docx"), "--force", *options])
        assert result.exit_code == 0, result.output
        return [line for line in result.stderr.splitlines() if "答复类型" in line]

    (line,) = said()
    assert line.startswith("提醒：未指定答复类型") and "A、B、C" in line  # the workspace's classes to choose from
    assert said("--type", "B") == []


def test_a_class_promising_the_matter_solved_over_no_work_done_says_so(seeded_root, tmp_path):
    """hd12: --type A over a part one of gaps only wrote 您提出的建议已采纳…按上述举措抓好落实 and the command said
    nothing (only check, later, found the class misfit); a reply whose part one reports work says nothing of it."""
    def said(title, *options):
        result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1351", title, "--date", "2026-05-20",
                                          "-o", str(tmp_path / "d.docx"), "--force", *options])
        assert result.exit_code == 0, result.output
        return [line for line in result.stderr.splitlines() if "已办成效" in line]

    (line,) = said("关于加强海洋牧场建设的建议", "--type", "A")
    assert line.startswith("提醒：答复类型为A类") and "都是待补充项" in line
    assert said("关于加快中试验证平台建设的建议", "--type", "A") == []
    assert said("关于加强海洋牧场建设的建议", "--type", "B") == []  # a class of what is under way promises no result
