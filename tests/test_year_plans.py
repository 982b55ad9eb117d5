"""A reply or report's statement of what a year was to see (2022年计划实施…, “十四五”期间，拟对…) is a plan,
not work done: read on 滕州市住房和城乡建设局's replies 27 and 50 of 2022, whose plans a tester's draft
reported as results (hd2 F8)."""

from __future__ import annotations

from helpers import distil

from drafter.model import DONE, PLAN

REPLY_27 = ("http://www.szdaixie.com/news/id/23242.html\n"
            "滕州市住建局對人大十九屆一次會議第27號建議的答復\n劉某某代表:\n"
            "你們提出的《關于進一步加強西部城區基礎設施建設的建議》已收悉,現將辦理情況回復如下:\n"
            "近年來,市委、市政府十分重視西部城區基礎設施建設,相繼實施了振興路全線、大地路、清水灣公園等一系列基礎設施建設工程,"
            "有效改善了西部城區的交通通行和居住環境。\n"
            "按照市委、市政府工作安排,2022年計劃設施柳屯路、荊河西路、程莊西街、河濱北路下游段等道路橋梁新建,"
            "實施河陽中路、新華西路、大地路等道路升級改造,進一步完善西部城區基礎設施。\n")


def kinds(ff) -> dict[str, str]:
    return {f.text[:12]: f.kind for f in ff.facts}


def test_a_years_plan_is_a_plan_even_with_a_slip_of_the_pen(tmp_path, workspace):
    """Reply 27 (a mirror in traditional characters) says 2022年計劃設施…新建 (设施 for 实施) after 按照市委、市政府
    工作安排，: what 2022 was to see, read as done and drafted as a result; the works done before it stay done."""
    found = kinds(distil(tmp_path, workspace, REPLY_27, "mirror.txt"))
    assert found["按照市委、市政府工作安排"] == PLAN
    assert found["近年来，市委、市政府十分"] == DONE


def test_a_years_plan_that_says_what_came_of_it_stays_done(tmp_path, workspace):
    """The same words with what came of them in their sentence (…新建，已完成600米车行道…) report a result."""
    text = REPLY_27.replace("等道路橋梁新建,", "等道路橋梁新建,已完成600米車行道、排水等設施建設,")
    assert kinds(distil(tmp_path, workspace, text, "mirror.txt"))["按照市委、市政府工作安排"] == DONE


def test_a_plans_span_before_its_intent_makes_a_plan(tmp_path, workspace):
    """Reply 50 (tengzhou.gov.cn/zwgk/xxgkml/szbm/zjj/202207/t20220728_1478000.html) says “十四五”期间，拟对全市…
    184个老旧小区进行改造: a target of 2021–2025, its figures no result."""
    text = ("滕州市住建局关于人大十九届一次会议第50号建议的答复\n马某某代表:\n"
            "您提出的《关于加快老旧小区改造的建议》已收悉,现答复如下:\n"
            "“十四五”期间,拟对全市2005年12月31日前建成使用的184个老旧小区进行改造,改造总户数约4.82万户,"
            "改造总面积约471.10万平方米。\n")
    found = kinds(distil(tmp_path, workspace, text, "reply50.txt"))
    assert list(found.values()) == [PLAN], found
