"""h250: findings 2, 4, 5, 7 and 8 of the blind review rv9, on the reviewer's inputs.

A report's note on itself (如对本年度报告有疑问，请联系…) is no fact, but a bureau's service to whoever has a question
(对林木采伐审批有疑问的群众，可联系…) and the report's period (本报告期内，全市共受理…) are work, and a sentence holding a figure is
never dropped as a note. A year's estimate closing a sentence of results under the heading reviewing that year (预计全年完成造林
面积5.2万亩 under 一、2024年工作回顾) is that year's result, not a forecast of works split off as a plan. 全力争创/努力争先 strive
for what is to come; only 全力/努力 before 争取 is no 力争. A running plan (2021年至2025年，全市计划…) keeps its end year as its aim
when a later clause reports its progress (…，目前已完成32个). Only a notice's decision of a figure its fact counts loses its
决定 in a reply.
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil, first_saying, part_one_of, seeds_draft, unit_workspace

from drafter.distill.facts import SAID_WILL, without_enacting
from drafter.grammar import target_years


@pytest.mark.parametrize("sentence", [
    "对林木采伐审批有疑问的群众，可联系各县区林业部门咨询，全年共解答咨询230人次。",
    "如群众对补贴发放有疑问，可联系各乡镇财政所咨询。",
    "对行政处罚决定有异议或有疑问的当事人，可依法联系复议机关。",
    "本报告期内，全市共受理政府信息公开申请120件，包括依申请公开和主动公开。",
    "本年度报告期内，我局主动公开政府信息356条，其中包括规范性文件12件。",
])
def test_sentences_of_work_are_no_note_on_the_report(sentence):
    assert without_enacting(sentence) == sentence


def test_the_reports_note_on_itself_is_still_dropped():
    note = "本年度报告的电子版可在常德市住房和城乡建设局网站上下载。如对本年度报告有疑问，请联系办公室：佘剑球 电话：0736-7717061。"
    kept = "全年主动公开政府信息356条。"
    assert without_enacting(kept + note) == kept


XINGTAI_2024 = """邢台市林业局2024年工作总结和2025年工作计划

一、2024年工作回顾

1-11月，全市完成造林面积4.8万亩，预计全年完成造林面积5.2万亩。

二、2025年工作计划

全市计划完成造林面积5万亩。
"""


def test_a_years_estimate_under_its_review_is_no_forecast_split_off(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    facts = distil(tmp_path, ws, XINGTAI_2024, "2024-12-10_2024年工作总结.txt").facts
    done = first_saying(facts, "4.8万亩")
    assert done.kind == "done" and "预计全年完成造林面积5.2万亩" in done.text, done
    assert all(f.kind != "plan" or "5.2万亩" not in f.text for f in facts), [(f.kind, f.text) for f in facts]


def test_striving_to_create_is_to_come_striving_to_win_is_not():
    assert SAID_WILL.search("全力争创国家森林城市，确保年底前通过验收")
    assert SAID_WILL.search("努力争先进位")
    assert not SAID_WILL.search("全力争取上级政策支持，“十三五”以来，共争取中央、省级公共财政资金9.53亿元。")


def test_a_running_plans_end_stays_its_aim_after_its_progress():
    assert target_years("2021年至2025年，全市计划新建公园50个，目前已完成32个。") == [("2021年至2025年", 2025)]
    assert target_years("2022年至2024年，累计建成5G基站1200个。") == []
    assert target_years("2021年至2025年我市累计建成公园30个。") == []


def test_only_a_notices_decision_loses_its_decided(tmp_path):
    """决定 goes only where it decides a figure its fact counts (决定授予…等50个社区, test_h245_rs4); 市政府决定给予…表扬 after
    the year's count is said as written, its pointer to an attachment the reply has not still dropped."""
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    page = "邢台市林业局2023年工作总结\n\n一、乡村绿化美化\n\n2023年，全市新建森林乡村60个，市政府决定给予创建村庄通报表扬（名单见附件）。\n"
    _, out = seeds_draft(tmp_path, ws, {"2023-12-20_2023年工作总结.txt": page}, "634", "关于深入实施乡村绿化美化的建议",
                         "关于深入实施乡村绿化美化的建议\n\n建议深入实施乡村绿化美化，开展森林村庄、森林乡镇创建。\n",
                         "--deputy", "张丽芳", "--type", "A", "--proposal", "--date", "2024-05-20")
    said = [p.text for p in part_one_of(docx.Document(out).paragraphs)]
    assert "2023年，全市新建森林乡村60个，市政府决定给予创建村庄通报表扬。" in said, said
