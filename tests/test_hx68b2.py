"""hx68b2: held-out hd68b (驻马店市人社局, the seeds and proposal of test_hx68b1) and hd68a (射洪市交通运输局, the seed of
test_hx68a1), on their real lines.

1. The bureau's own account of the programme the proposal names (a news item on 市人社局's account of “人人持证、技能河南”) makes
   its 2022 plan (下一步，我市将进一步推进“人人持证、技能河南”建设工作落实落细。聚焦总量，确保8月底…) the bureau's to confirm:
   part two offers it whole, 【待核实：2022年计划，是否仍列入2023年】, its lapsed target (8月底…2022年…) dropped, 我市将 said
   once in the comment (was never offered: a news item's 我市将…, borrowed) — with the text and from the title alone.
2. A news item's scene word opening a sentence (会上，) is dropped (was 一是会上，我局以《…》为题…); the event distillation puts
   before it (hx68c1: 6月17日下午，河南省人社系统…电视电话会议召开。), another's meeting the bureau spoke at, goes with it where the
   sentence is the bureau's own account (md59c: was 一是2022年6月17日下午，河南省人社系统…会议召开。我局以…), and its day is no figure
   making it a result (md59c: it took part one's overview from 今年以来，我市…14.58万人次).
3. With draft.max_age 6, the 2020 fact naming S101线 by its name (省道101线) is drafted on the S101 ask, with its year and the
   stale mark (was 距成文年份已5年，未写入 though within max_age).
"""

from __future__ import annotations

from helpers import comments_on, seeds_draft, unit_workspace
from test_hx68a1 import HONOURED, SUGGESTION
from test_hx68a1 import TITLE as ROAD_TITLE
from test_hx68b1 import TEXT, _body_and_comments, _seeds

from drafter.compose.select import reports_result
from drafter.compose.sentences import unreported, without_event_attended

PLAN = ("进一步推进“人人持证、技能河南”建设工作落实落细。聚焦质量，把评价取证、持证作为培训实效性的重要标准，在不断提高培训质量的前提下，"
        "加大评价取证力度。")
MARK = "【待核实：2022年计划，是否仍列入2023年】"


def _part_two(body: str) -> str:
    return body.split("二、下一步工作计划")[1].split("再次感谢")[0]


def test_1_the_programmes_plan_offered_to_confirm_from_the_title_alone(tmp_path):
    _, path = _seeds(tmp_path, None)
    body, comments = _body_and_comments(path)
    steps = _part_two(body)
    assert PLAN in steps and MARK in steps and "聚焦效能" in steps
    assert "8月底" not in steps and "23.5万人次" not in steps and "我市将" not in steps  # (a lapsed target; the place's will)
    assert comments.count("原文为“我市将…”，是全市的安排") == 1  # (was said twice: the lead's comment copied to the rest)


def test_1_the_programmes_plan_offered_to_confirm_with_the_text(tmp_path):
    _, path = _seeds(tmp_path, TEXT)
    steps = _part_two(_body_and_comments(path)[0])
    assert "（一）提高思想认识" in steps and "（二）加大宣传力度" in steps
    assert f"（三）{PLAN}" in steps and MARK in steps and "8月底" not in steps


def test_2_a_scene_word_opening_an_item_is_dropped(tmp_path):
    said = "会上，市人社局以《锚定提质增效 聚焦“五个突出” 高质量推进“人人持证、技能河南”建设》为题，介绍了我市技能建设工作所取得的成绩。"
    assert unreported([said]) == [said.removeprefix("会上，")]
    assert unreported(["会议上，我局作交流发言。活动中，发放资料300份。"]) == ["我局作交流发言。活动中，发放资料300份。"]  # (md59d: no subject)
    assert unreported(["会上讨论了方案。"]) == ["会上讨论了方案。"]  # (no scene word alone: its clause is the sentence's)
    held = "6月17日下午，河南省人社系统“人人持证、技能河南”建设“月月评”电视电话会议召开。"
    bureau = "驻马店市人力资源和社会保障局"
    assert without_event_attended([held, said], bureau, "我局") == [said]
    assert without_event_attended([held, "会上，省人社厅领导作了讲话。"], bureau, "我局")[0] == held  # (not the bureau's account)
    own = "6月17日下午，市人社局召开全市技能建设推进会。"  # (the bureau's own meeting: its work)
    assert without_event_attended([own, said], bureau, "我局") == [own, said]
    assert not reports_result(held + said) and reports_result("至目前，全市已累计开展各类职业培训14.58万人次。")
    _, path = _seeds(tmp_path, None)
    body, _ = _body_and_comments(path)
    assert "会上" not in body and "一是我局以《锚定提质增效" in body


def test_3_an_old_fact_within_max_age_is_drafted_on_the_route_ask(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "射洪市交通运输局", "市交通运输局", "射洪市")
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as f:
        f.write("draft:\n  max_age: 6\n")
    result, out = seeds_draft(tmp_path, ws, {"2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt": HONOURED}, "2", ROAD_TITLE,
                              SUGGESTION, "--deputy", "陶桃、任桥心", "--proposal", "--type", "B", "--date", "2025-08-12")
    assert "引用事实 1 条" in result.output
    starts = "2020年，遂德高速、省道101线射洪段、盐射路开工建设。【待核实：最新进展】"
    comments = " ".join(comments_on(out, starts))
    assert "按所在段落写作“2020年”" in comments and "该事实为2020年情况，已超出2年时效" in comments
    assert "此项未写明时间" not in comments
