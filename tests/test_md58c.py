"""md58c: a paragraph of framing ending on its announcement is a lead-in however many sentences it has; an announcing
sentence is never drafted, not even from a fact's whole text.

Since hx66c1 only a one-sentence announcement was a lead-in: 1071's (seed 000) 近年来，我市深入贯彻…塑造我市产业发展新优势。
主要做法如下：, a stance and an aim before its announcement (no figure, nothing finished), opened the title-only 1288 draft's
part one in place of the bureau's overview, printed whole with a full stop after its colon (…主要做法如下：。), and its length
cost the draft the 人才评价 item and 科研院所改制's last sentence (trimmed to the target length).
"""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner
from helpers import TITLE_1288, part_one_of, unit_workspace
from test_hx66c1 import FLOOD_NOTICE, TASKS_NEWS, ZHOUSHAN

from drafter.cli import cli
from drafter.compose.reply import _fact_spans
from drafter.compose.select import CONTEXT, Item, is_lead_in
from drafter.compose.sentences import without_announcement
from drafter.docx.read import read_draft
from drafter.model import Fact, Period

# The fact of seeds/000_60a5176dfe2077e9.txt (泉科函〔2025〕81号, the reply to 1071) after its 现答复如下: (facts/2025-reply-1071.yaml).
FRAMING_1071 = ("近年来，我市深入贯彻党的二十届三中全会精神和习近平总书记在福建考察时的重要讲话精神，传承弘扬、创新发展“晋江经验”，"
                "全面推进科技创新“四个倍增”计划和“抓创新促应用”专项行动，坚持以科技创新引领产业创新，加快实施创新驱动发展战略，"
                "积极推动科技创新和产业创新深度融合，塑造我市产业发展新优势。主要做法如下：")


def test_framing_ending_on_its_announcement_is_a_lead_in():
    assert is_lead_in(FRAMING_1071)  # (was not: two sentences)
    assert not is_lead_in(TASKS_NEWS) and not is_lead_in(FLOOD_NOTICE)  # (figures before their announcements: hx66c1)
    assert without_announcement(FRAMING_1071).endswith("塑造我市产业发展新优势。")
    assert without_announcement("发展过程分为两个阶段：") == "发展过程分为两个阶段："  # (nothing else: the lead-in is whole)


def test_an_announcement_is_never_drafted_from_a_facts_whole_text(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *ZHOUSHAN)
    item = Item(fact=Fact(id="f-tasks", text=TASKS_NEWS, kind=CONTEXT, period=Period(2022, "text"), jurisdiction="舟山市",
                          source_id="s"), source=None, score=1.0, year=2022)  # (an overview's: no sentences kept, its text whole)
    text = "".join(s.text for s in _fact_spans(item, ws, dt.date(2022, 10, 25)))
    assert text.endswith("开工建设332万千瓦清洁火电项目。") and "如下" not in text, text  # (was …详情如下：。)


def test_the_title_only_draft_opens_on_the_bureaus_overview_and_keeps_its_items(loo, tmp_path):
    out = tmp_path / "t.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    part_one = [p.text for p in part_one_of(read_draft(out))]
    assert part_one[0].startswith("近年来，我局立足工作职责，") and part_one[0].endswith("主要做法和成效如下："), part_one[0]
    assert not any("如下：。" in t or "二十届三中全会" in t for t in part_one)
    text = "".join(part_one)  # (both were trimmed away to make room for 1071's framing)
    assert "三是深化科技人才评价改革。" in text
    assert "在全省率先试点实施事业单位性质的科研院所运营管理机制改革，" in text
