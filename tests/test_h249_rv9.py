"""rv9's review of the merges 7ac48f79..820edebb: findings 1, 3, 6 and 9, each on the reviewer's input.

Each test fails on the code before its fix.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.figures import find_figures

XINGTAI = ("邢台市林业局", "市林业局", "邢台市", "南和区, 任泽区, 襄都区, 信都区")


def test_a_numbered_district_line_keeps_its_district(tmp_path):
    """rv9 1: 1、南和区 完成造林面积… was split at its space as a heading run into its body (1、 read as a report's rank), the
    district dropped and its figures filed as 邢台市's; only a heading closing on a heading's word breaks there (hd45c's
    3、基础性工作开展情况 单位…), nor does a spaced mirror's name (3、全市高新 技术企业…)."""
    ws = unit_workspace(tmp_path / "ws", *XINGTAI)
    page = ("邢台市林业局2023年工作总结\n\n2023年，全市林业工作取得新成效。\n\n1、南和区 完成造林面积1.71万亩，新建森林乡村6个。\n\n"
            "2、任泽区 完成造林面积2.1万亩。\n\n3、基础性工作开展情况 单位主要领导听取林业工作情况汇报5次。\n")
    ff = distil(tmp_path, ws, page, "2023-12-20_xingtai.txt")
    assert fact_saying(ff, "1.71万亩").jurisdiction == "南和区", [(f.text, f.jurisdiction) for f in ff.facts]
    assert fact_saying(ff, "2.1万亩").jurisdiction == "任泽区"
    assert not fact_saying(ff, "汇报5次").text.startswith("3、"), fact_saying(ff, "汇报5次").text
    counts = {f.raw: f.counts for f in find_figures("3、全市高新 技术企业达到120家，同比增长15%。")}
    assert counts["120家"] != "技术企业", counts


def test_a_sentence_opening_on_a_column_word_keeps_its_subject_and_verb(tmp_path):
    """rv9 3: 发布 closing a news column's label (信息发布 一是…, hd47b) cut 市政府正式发布 off its sentence, so the news page
    kept no fact; a column's label goes only before its first item's number."""
    ws = unit_workspace(tmp_path / "ws", *XINGTAI)
    said = "市政府正式发布 《邢台市国土绿化三年行动方案》，明确三年完成造林50万亩，新建森林乡村60个。"
    ff = distil(tmp_path, ws, f"邢台市印发国土绿化三年行动方案\n\n{said}\n", "2023-06-20_news.txt")
    assert fact_saying(ff, "50万亩").text.startswith("市政府正式发布"), [f.text for f in ff.facts]
