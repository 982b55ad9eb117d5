"""``draft: {old_figures: blank}``: a part-one figure that is not current (older than last year, or
last year's only as of a date inside it) keeps its sentence's frame, its number left out (新认定市级新型
研发机构X家), the values in the comment, so that an old number cannot be sent by mistake (six readers in
a row asked for it: rv23–rv28); ``check`` names each blank under its flag, and one left alone."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.enum.text import WD_COLOR_INDEX

from drafter.cli import cli
from drafter.docx.read import read_draft
from helpers import draft_1350, edit_docx, paragraph_with, part_one_of, run_1288, with_setting

# the leave-one-out base's figures, all of 2024 or as of May 2025
OLD = ("27家", "128家", "2089家", "297项", "1600万元", "12项", "28个", "84个", "692名", "16名")


def blank_workspace(workspace: Path, root: Path) -> Path:
    return with_setting(workspace, root, "old_figures", "blank")


@pytest.fixture(scope="module")
def blank_1288(loo, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("blank-1288")
    root = blank_workspace(loo, folder / "ws")
    out = folder / "1288.docx"
    run_1288(root, out)
    return root, out


def part_one_text(path: Path) -> str:
    return "\n".join(p.text for p in part_one_of(read_draft(path)))


def test_old_figures_are_blanks_and_their_values_are_in_the_comment(blank_1288, loo_draft):
    _, path = blank_1288
    kept, blank = part_one_text(loo_draft), part_one_text(path)
    assert all(value in kept for value in OLD)  # the default keeps them, highlighted
    assert not [value for value in OLD if value in blank], blank
    institutes = next(p for p in part_one_of(read_draft(path)) if "新型研发机构" in p.text)
    assert "新认定市级新型研发机构X家，现有总量X家；组织举办X场" in institutes.text
    assert any("原文数值依次为：27家、128家、6场、2089家、457项、297项" in c for c in institutes.comments), institutes.comments
    # each blank is lit as the figure it stands for was, and the frame around it is the source's
    blanks = [h for p in part_one_of(read_draft(path)) for h in p.highlights if re.fullmatch(r"X\D{1,3}", h.text)]
    assert len(blanks) >= 20 and {h.color for h in blanks} == {"cyan"}
    # a number naming a measure (“12条措施”) is no figure to update
    assert "“12条措施”" in blank
    # the flags that ask for the newer values stay
    assert blank.count("【待更新：") == kept.count("【待更新：")


def test_figures_of_the_reply_years_source_are_not_blanked(seeded_root, tmp_path):
    # 1350 from the whole base: 〔2026〕102号's 41个 may be 2025's full year (its period is asked,
    # not its value); 81号's 科技贷 figures of May 2025 are blanked
    root = blank_workspace(seeded_root, tmp_path / "ws")
    out = tmp_path / "1350.docx"
    draft_1350(root, out)
    text = part_one_text(out)
    assert "推动41个中试验证平台申报入库培育" in text
    assert "X家科技企业获得“科技贷”放款X亿元" in text and "183家" not in text


def test_check_names_blanks_under_their_flag_and_a_blank_left_alone(blank_1288, tmp_path):
    root, path = blank_1288

    def findings(draft: Path) -> list[dict]:
        result = CliRunner().invoke(cli, ["-w", str(root), "check", str(draft), "--json"])
        return json.loads(result.output)["findings"]

    said = findings(path)
    assert not [f for f in said if f["code"] == "highlight"], said  # each blank is named by its flag's finding
    flag = next(f["message"] for f in said if f["message"].startswith("占位符未补全：【待更新：统计期】；句中高亮的数字“X家”“X家”“X场”"))
    assert "待更新" in flag
    # the clerk deletes the flag and clears the highlights but writes one number only
    edited = tmp_path / "edited.docx"
    shutil.copy(path, edited)

    def fill_one(document) -> None:
        p = paragraph_with(document, "新型研发机构")
        for run in p.runs:
            run.font.highlight_color = None
            run.text = run.text.replace("【待更新：统计期】，", "2025年，")
        first = next(r for r in p.runs if r.text.startswith("X家"))
        first.text = "31家" + first.text[2:]
        assert p.runs[0].font.highlight_color in (None, WD_COLOR_INDEX.AUTO)

    edit_docx(edited, fill_one)
    left = [f for f in findings(edited) if f["message"].startswith("数字未填写")]
    assert len(left) == 5 and all("原数值见批注" in f["message"] for f in left), left
    assert left[0]["message"].startswith("数字未填写：“X家") and "现有总量X家" in left[0]["snippet"]
