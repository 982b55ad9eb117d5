"""h318: a government work report's review said as the place's, end to end on 交城县's real 政府工作报告 (hd56b's seed).

h312 said a report the place issued (:func:`~drafter.compose.select.place_issued`) as the place's: its first sentence opening on
a verb given the place as subject (2022年，我县…). On a real county report two of its shapes were missed, each left under
我局立足工作职责…主要做法和成效如下 as the bureau's own:

1. A sentence of results counted opening on 完成 (完成粮食播种11.34万亩…): no verb of _DEED_FIRST, it stood 2022年，完成粮食播种…
   (grammar.COUNTED_DEED_VERBS: 完成, 投入, 新增, 累计; and a place's deeds, 入选, 印发…).
2. The government speaking as 我们 under 过去的一年 (过去的一年，我们坚持转型引领…): the bureau's 我们 in a reply, of no year. The
   report's 我们 is the place (我县), and a review's 过去的一年 its year (2022年, as distill reads it: grammar.year_reviewed).
"""

from __future__ import annotations

import docx
from helpers import JIAOCHENG_REPORT, comments_on, part_one, seeds_draft, unit_workspace

from drafter.compose.sentences import absolute_time, with_place_subject
from drafter.model import SourceMeta

SEEDS = {"2023-04-25_交城县政府工作报告.txt": JIAOCHENG_REPORT}
OPTIONS = ("--deputy", "张某某", "--session", "县十七届人大二次会议", "--date", "2023-07-31", "--type", "A")


def _draft(tmp_path, unit: str, short: str, title: str, ask: str):
    ws = unit_workspace(tmp_path / "ws", unit, short, "交城县")
    text = f"{title}\n\n领衔代表：张某某\n\n为此建议：\n一、{ask}\n"
    return seeds_draft(tmp_path, ws, SEEDS, "12", title, text, *OPTIONS)[1]


def test_a_subjectless_result_of_the_county_report_is_the_countys(tmp_path):
    out = _draft(tmp_path, "交城县农业农村局", "县农业农村局", "关于加大撂荒地复耕力度的建议", "加大撂荒地复耕力度。")
    one = part_one(docx.Document(str(out)))
    # the report's 完成粮食播种11.34万亩，总产量8287万斤，复耕撂荒地664.6亩… of 2022: the county's, its year first
    said = "2022年，我县完成粮食播种11.34万亩，总产量8287万斤，复耕撂荒地664.6亩，建设高标准农田1万亩。"
    assert said in one, one
    assert any("“我县”：原文未写主语。所在材料是全县的情况" in n for n in comments_on(out, said)), comments_on(out, said)
    # never the bureau's (was 2022年，完成粮食播种… under 我局…主要做法和成效如下)
    assert all("我县完成粮食播种" in p for p in one if "粮食播种" in p), one
    assert not any("我局完成" in p for p in one), one


def test_the_governments_we_of_its_review_is_the_county_of_that_year(tmp_path):
    out = _draft(tmp_path, "交城县工业和信息化局", "县工信局", "关于推动传统产业转型升级的建议", "坚持转型引领，推动传统产业技改升级。")
    one = part_one(docx.Document(str(out)))
    said = "2022年，我县坚持转型引领，推动产业创优，经济质效越来越好。"
    assert any(p.startswith(said) for p in one), one  # (was 过去的一年，我们坚持转型引领… as the bureau's)
    notes = " ".join(comments_on(out, said))
    assert "原文为“过去的一年”" in notes and "“我县”：原文为“我们”（报告者自称）" in notes, notes
    assert not any("我们" in p or "过去的一年" in p for p in one), one


def test_the_place_is_given_once_to_a_deed_and_for_every_we():
    sentences = ["过去的一年，我们坚持转型引领，推动产业创优，经济质效越来越好。", "完成粮食播种11.34万亩，总产量8287万斤。"]
    said, given = with_place_subject(sentences, "我县")
    assert said == ["过去的一年，我县坚持转型引领，推动产业创优，经济质效越来越好。", sentences[1]] and given == {0: "我们"}
    said, given = with_place_subject(sentences[1:], "我县")
    assert said == ["我县完成粮食播种11.34万亩，总产量8287万斤。"] and given == {0: ""}
    # (not where the sentence names its doer: 全县地区生产总值完成107.2亿元)
    assert with_place_subject(["全县地区生产总值完成107.2亿元。"], "我县")[1] == {}


def test_a_reviews_year_past_is_the_year_before_a_report_of_spring():
    report = SourceMeta(id="r", path="r.txt", sha256="", kind="work_report", title="政府工作报告", date="2023-04-25")
    dated = absolute_time("过去的一年，我们坚持转型引领，推动产业创优，经济质效越来越好。", report, 2022)
    assert dated.text.startswith("2022年，我们坚持转型引领") and "原文为“过去的一年”" in dated.marks[0].note
    # (not a span: 一年来, 过去一年以来)
    assert absolute_time("过去一年以来，我们坚持…", report, 2022).text == "过去一年以来，我们坚持…"
