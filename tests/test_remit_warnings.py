"""What the clerk is told about the points left to another unit or a higher authority: how the
draft says them is read from what the workspace's remit.j2 wrote (a placeholder asking a unit, the
bureau's own placeholder, a sentence), and each way a unit's points are said gets its own line."""
from __future__ import annotations

import re

import docx
from click.testing import CliRunner

from drafter.cli import cli

TITLE = "关于加强科技人才和知识产权工作的建议"


def draft(root, tmp_path, text: str, *extra: str):
    path = tmp_path / "t.txt"
    path.write_text(text, "utf-8")
    out = tmp_path / "d.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "77", TITLE, "--deputy", "某某", "--date", "2026-05-20",
                                      "--text", str(path), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output, "\n".join(p.text for p in docx.Document(out).paragraphs)


def test_a_higher_power_asked_in_two_ways_gets_a_line_for_each(loo, tmp_path):
    """专利审查 in the bureau's own section (its placeholder asks nobody: 待补充) and 专利确权 in the
    co-handler's part (asked of 市市场监管局): two lines, the second telling the co-handler to provide it."""
    output, text = draft(loo, tmp_path, "一、加强科技人才引育。引进高层次人才团队，加快专利审查。\n"
                         "二、强化知识产权保护和运用。加快专利确权，推动专利转化运用和质押融资。\n", "--with", "市市场监管局")
    assert "【待补充：专利审查（国家知识产权局事权）方面本地开展的工作】" in text
    assert "【待市市场监管局提供：专利确权（国家知识产权局事权）方面本地开展的工作】" in text
    lines = [line for line in output.splitlines() if "国家知识产权局事权" in line]
    assert lines == ["提醒：建议所提加快专利审查属国家知识产权局事权（按本局设置的名单），答复中已留待补充本地开展的工作",
                     "提醒：建议所提加快专利确权属国家知识产权局事权（按本局设置的名单），答复中已留待补充本地开展的工作，"
                     "请市市场监管局在承办部分中一并提供"], lines


def test_a_template_s_own_placeholders_ask_nobody_and_are_not_marked_to_verify(loo_copy, tmp_path):
    """A remit.j2 writing the bureau's own placeholders (two of them) instead of asking the unit: no
    【待核实：职责分工】 tacked on (there is no sentence to verify), and no warning to ask the unit; that the unit
    may be consulted is drafter's reading of the case (another unit's field, not co-handling: remit.j2's ``consult``),
    said whatever the template wrote (h100: it was found in remit.j2's default text)."""
    (loo_copy / "templates" / "wording" / "remit.j2").write_text(
        '【待补充：{{ matters | join("、") }}方面的工作情况】【待补充：{{ unit }}的意见】\n', "utf-8")
    output, text = draft(loo_copy, tmp_path, "一、加强科技人才引育。引进高层次人才团队，推动工业互联网应用。\n"
                         "二、强化知识产权保护和运用。加快专利确权，推动专利转化运用和质押融资。\n")
    assert "【待补充：工业互联网应用方面的工作情况】【待补充：市工业和信息化局的意见】" in text
    assert "职责分工" not in text
    line = next(line for line in output.splitlines() if "工业互联网" in line)
    assert line == ("提醒：建议所提推动工业互联网应用属市工业和信息化局职责（按本局设置的名单），"
                    "答复中已留作待补充项，可商请市工业和信息化局提供"), line
    assert not re.search("请商请(市工业和信息化局|国家知识产权局)", output)
