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
