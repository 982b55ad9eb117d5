"""``draft: {old_figures: frame}``: a part-one sentence all of whose figures are not current has them
left out as ``old_figures: blank`` does (新认定…X家), and states last year — the frame the clerk fills,
as the reply the bureau sent did (2025年推动大院大所服务企业2062家…): 2024年 → 2025年, 截至2025年5月 →
截至2025年底, 【待更新：统计期】 → 2025年 with 【待更新：2025年全年数据】 after its figures. The comment says
what the sentence said before and its values (rv35, rv36 asked for it)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.docx.read import read_draft
from helpers import draft_1350, part_one_of, run_1288, with_setting

# the leave-one-out base's figures, all of 2024 or as of May 2025
OLD = ("27家", "128家", "2089家", "297项", "1600万元", "12项", "28个", "84个", "692名", "16名")


@pytest.fixture(scope="module")
def framed_1288(loo, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("frame-1288")
    root = with_setting(loo, folder / "ws", "old_figures", "frame")
    out = folder / "1288.docx"
    run_1288(root, out)
    return root, out


def paragraph(path: Path, words: str):
    return next(p for p in part_one_of(read_draft(path)) if words in p.text)


def lit(p) -> list[str]:
    return [h.text for h in p.highlights]


def test_a_sentence_of_2024_states_2025_with_its_numbers_left_out(framed_1288):
    _, path = framed_1288
    p = paragraph(path, "揭榜")
    assert "2025年全市共遴选凝练X项重大技术需求榜单，其中X项技术需求" in p.text, p.text
    assert "2024年" not in p.text and "1600万元" not in p.text
    assert "立项补助金额达X万元【待更新：2025年全年数据】。" in p.text
    assert {"2025年", "X项", "X万元"} <= set(lit(p))
    note = next(c for c in p.comments if "本句按2025年全年写出" in c)
    assert "为“2024年”的数据，数值依次为12项、8项、1600万元" in note, note


def test_a_period_never_stated_becomes_last_year_and_the_flag_follows_the_last_figure(framed_1288):
    _, path = framed_1288
    p = paragraph(path, "新型研发机构")
    assert "【待更新：统计期】" not in p.text
    assert "管理，2025年，新认定市级新型研发机构X家，现有总量X家；组织举办X场" in p.text, p.text
    # one flag for the sentences sharing the date, after the last of their figures
    assert p.text.count("【待更新：") == 1
    assert p.text.endswith("与企业合作研发及技术成果转化项目X项【待更新：2025年全年数据】。"), p.text
    note = next(c for c in p.comments if "本句按2025年全年写出" in c)
    assert "未注明统计期，数值依次为27家、128家、6场、2089家、457项、297项" in note, note


def test_a_count_as_of_last_may_states_the_end_of_last_year(framed_1288):
    _, path = framed_1288
    p = paragraph(path, "举荐专家")
    assert "截至2025年底，已确定X名高层次人才举荐专家【待更新：2025年全年数据】" in p.text, p.text
    assert "截至2025年底" in lit(p)
    assert any("为“截至2025年5月”的数据，数值为16名" in c for c in p.comments)


def test_no_old_value_is_left_in_part_one_and_its_note_says_the_frame(framed_1288):
    _, path = framed_1288
    paragraphs = read_draft(path)
    text = "\n".join(p.text for p in part_one_of(paragraphs))
    assert not [value for value in OLD if value in text], text
    assert "“12条措施”" in text  # a policy's count of measures is no figure to update
    heading = next(p for p in paragraphs if p.text == "一、基本情况")
    assert any("其中的数字已空出（X），所在句子按2025年全年写出" in c for c in heading.comments), heading.comments


def test_check_names_each_framed_sentence_under_its_flag(framed_1288):
    root, path = framed_1288
    result = CliRunner().invoke(cli, ["-w", str(root), "check", str(path), "--json"])
    findings = json.loads(result.output)["findings"]
    assert not [f for f in findings if f["code"] == "highlight"], findings  # every lit date and X is a flag's
    flags = [f["message"] for f in findings if "【待更新：2025年全年数据】" in f["message"]]
    assert any("“截至2025年底”" in m and "“X名”" in m for m in flags), flags
    assert any(re.search(r"“2025年”.*“X家”.*“X项”", m) for m in flags), flags


def test_a_sentence_of_the_reply_years_source_is_no_frame(seeded_root, tmp_path):
    # 1350 from the whole base: 〔2026〕102号's 41个 may be 2025's full year (its period is asked, not
    # its value); 81号's 科技贷 figures of May 2025 are framed in 2025, the fund's total at its end
    root = with_setting(seeded_root, tmp_path / "ws", "old_figures", "frame")
    out = tmp_path / "1350.docx"
    draft_1350(root, out)
    text = "\n".join(p.text for p in part_one_of(read_draft(out)))
    assert "【待更新：统计期】，推动41个中试验证平台申报入库培育" in text
    assert "2025年，X家科技企业获得“科技贷”放款X亿元" in text and "183家" not in text
    assert "截至2025年底，据市金融监管局统计，投向初创型科技企业金额达X亿元" in text


def test_the_frame_is_explained_once_and_later_comments_refer_back_with_their_values(framed_1288):
    _, path = framed_1288
    notes = [c for p in part_one_of(read_draft(path)) for c in p.comments if "本句按2025年全年写出" in c]
    assert len(notes) == 6 and "请填入2025年全年的数值" in notes[0], notes
    later = notes[1:]
    assert all("同前注（本句按2025年全年写出）：原文（泉科函〔2025〕81号）" in c and "请填入" not in c for c in later), later
    assert any("未注明统计期，数值依次为27家、128家、6场、2089家、457项、297项" in c for c in later), later


def test_the_material_list_gives_a_brief_frame_comment_its_full_one(framed_1288):
    root, path = framed_1288
    result = CliRunner().invoke(cli, ["-w", str(root), "requests", str(path), "--json"])
    assert result.exit_code == 0, result.output
    asks = [a for u in json.loads(result.stdout)["units"] for a in u["asks"]]
    rows = [a for a in asks if a["note"].startswith("同前注（本句按2025年全年写出）")]
    assert len(rows) >= 4, rows
    assert all(a["first_note"].startswith("本句按2025年全年写出，数字空出（X）") and "1600万元" in a["first_note"]
               for a in rows), rows


def test_a_running_total_is_framed_at_the_end_of_last_year(framed_1288):
    # rv38, rv39: 2025年，…累计达X家 reads as a count of 2025's; a total stands at the year's end
    _, path = framed_1288
    p = paragraph(path, "高能级创新平台累计达")
    assert "截至2025年底，高能级创新平台累计达X家【待更新：2025年全年数据】" in p.text, p.text
    # a sentence of a new count beside its total keeps the year (新引人才团队X个，累计达X个), stated where the sentence opens (never
    # after its quoted “人才+团队+项目”, hd28a)
    said = paragraph(path, "新引人才团队").text
    assert "2025年，构建前沿技术领域人才培养体系" in said and "新引人才团队X个，累计达X个" in said and "截至" not in said, said
