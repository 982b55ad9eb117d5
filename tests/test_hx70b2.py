"""hx70b2: an ask to put X into plan Y is answered as X's work and Y's state (held-out hd70b, 内蒙古自治区卫生健康委员会, the 集体提案
《关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案》, fault 5).

The lead said 围绕蒙医药事业发展纳入自治区“十四五”规划积极开展工作 and part two 将继续支持蒙医药事业发展纳入自治区“十四五”规划，…：
持续支持蒙医药事业发展纳入自治区“十四五”规划。 — the same phrase twice. The work is the matter's (蒙医药事业发展); the point to settle is
the plan's state (its 编制进展), which part two's placeholder asks for when no fact says it: as its item where the base holds no
plan there, after the plan's sentences where it holds one (the plan led by its own words, never by 持续支持…纳入…规划。).
"""

from __future__ import annotations

import pytest
from helpers import page_draft, unit_workspace

from drafter.compose.asks import put_in, short_topic

BUREAU = ("内蒙古自治区卫生健康委员会", "自治区卫生健康委", "内蒙古自治区")
TITLE = "关于将支持蒙医药事业发展纳入自治区“十四五”规划的提案"
# hd70b's suggestion.txt.
SUGGESTION = (f"{TITLE}\n\n建议自治区在编制“十四五”规划时,将支持蒙医药事业发展纳入自治区“十四五”规划,明确“十四五”时期蒙医药事业发展的"
              "目标、指标和重点项目,继续落实《内蒙古自治区蒙医药振兴行动计划》,推动蒙医药事业振兴发展。\n")
# seeds/2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt of hd70b: its first lines and its paragraph on the year past.
MEETING = ("会议现场\n\n15日上午,全区蒙医药中医药工作会议在呼和浩特召开。本次会议是自治区卫生健康委组建以来,召开的第一次全区蒙医药中医药工作会议。\n\n"
           "据介绍,过去一年,蒙医药中医药服务能力持续提升。目前,55所旗县级蒙医中医医院建设项目有27所已投入使用、25所完成主体工程,3所在建;"
           "另有3所自治区级蒙医中医医院纳入国家中医药传承创新项目储备库,6所旗县级蒙医中医医院列入国家全民健康保障工程建设项目。确定了39个"
           "自治区级蒙医中医临床重点专科,布局了3个蒙医诊疗中心和2个中医专科诊疗中心,确定了39个蒙医中医医疗质量控制中心。\n")
# …and its plan for 2019 (as test_hx70b1 has it).
PLANNED = ("\n2019年,要加快蒙医中医医院基础设施建设。启动自治区国际蒙医医院二期建设,每个盟市级蒙医中医医院至少1所达到三级甲等,"
           "其他盟市级蒙医中医医院达到三级标准。全面完成55个旗县蒙医中医医院建设任务,80%以上达到二级甲等水平。同时,加强蒙医药中医药"
           "信息化建设。建成自治区蒙医药中医药数据中心并通过国家验收。所有盟市、旗县蒙医中医医院纳入自治区蒙医药中医药远程医疗平台。\n")
STATE = "【待补充：自治区“十四五”规划的编制进展、蒙医药事业发展纳入情况及下一步安排】"


@pytest.mark.parametrize(("phrase", "placed"), [
    ("支持蒙医药事业发展纳入自治区“十四五”规划", ("支持蒙医药事业发展", "自治区“十四五”规划")),  # hd70b
    ("将农村公路养护纳入年度工作计划", ("农村公路养护", "年度工作计划")),  # rv18's reply title (test_h296_rv18)
    ("将单位宿舍纳入老旧小区改造范围", ("单位宿舍", "老旧小区改造范围")),  # 滕州 (test_hd21_tengzhou)
    # a site put into a year's works is no plan to settle (its site reply: test_drafts_for_other_bureaus)
    ("将解放西街健康社区纳入2019年老旧小区改造项目", None),
    ("加快推进全市蒙医药中医药事业发展", None),
])
def test_an_ask_to_put_a_matter_into_a_plan(phrase, placed):
    assert put_in(phrase) == placed


def test_the_topic_of_a_put_in_title_is_its_matter():
    assert short_topic(TITLE) == "支持蒙医药事业发展"  # (was 支持蒙医药事业发展纳入自治区“十四五”规划)
    assert short_topic("关于将农村公路养护纳入年度工作计划的建议") == "农村公路养护"


def _draft(tmp_path, page: str):
    ws = unit_workspace(tmp_path / "ws", *BUREAU)
    _, document = page_draft(tmp_path, ws, page, SUGGESTION, "1", TITLE, "--session", "政协内蒙古自治区第十二届委员会第三次会议",
                             "--date", "2020-09-27", "--proposal", name="2019-01-15_quanqu-mengyiyao-gongzuohuiyi.txt")
    return [p.text for p in document.paragraphs], [c.text for c in document.comments]


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """The draft over the meeting's account of the year past alone: no plan of the bureau's."""
    return _draft(tmp_path_factory.mktemp("hx70b2"), MEETING)


def test_the_lead_is_on_the_matter_not_its_entry_into_the_plan(drafted):
    body, _ = drafted
    assert "近年来，我委立足工作职责，围绕蒙医药事业发展积极开展工作，主要做法和成效如下：" in body
    assert not any("围绕蒙医药事业发展纳入" in p for p in body), body


def test_part_two_asks_the_plans_state_once_not_the_ask_twice(drafted):
    body, comments = drafted
    two = body.index("二、下一步工作计划")
    assert body[two + 1] == "根据您的提案，下一步我委将继续支持蒙医药事业发展，重点做好以下工作："
    assert body[two + 2] == STATE
    assert not any("持续支持蒙医药事业发展纳入" in p for p in body), body  # (was the lead-in's phrase again)
    note = next(c for c in comments if "编制进展" in c)
    assert note.startswith("已收集的材料中没有该方面的工作计划，也没有自治区“十四五”规划编制进展的情况：所提是将蒙医药事业发展纳入"
                           "自治区“十四五”规划，答复要说明自治区“十四五”规划的编制进展（是否启动、由谁牵头、进度安排）")
    assert "明确‘十四五’时期蒙医药事业发展的目标、指标和重点项目" in note  # (the ask's measures, as material)


def test_a_plan_under_the_ask_is_led_by_its_own_words_and_the_plans_state_asked_after_it(tmp_path):
    body, comments = _draft(tmp_path, MEETING + PLANNED)
    two = body.index("二、下一步工作计划")
    assert body[two + 1] == "根据您的提案，下一步我委将继续支持蒙医药事业发展，重点做好以下工作："
    item = body[two + 2]
    assert item.endswith(STATE) and "远程医疗平台" in item, item  # (the 2019 plan's sentence, then the plan's state)
    assert not any("持续支持蒙医药事业发展纳入" in p for p in body), body  # (was its lead: 持续支持…纳入自治区“十四五”规划。)
    note = next(c for c in comments if "编制进展（" in c)
    assert note == ("已收集的材料中没有自治区“十四五”规划编制进展的情况：所提是将蒙医药事业发展纳入自治区“十四五”规划，答复要说明自治区"
                    "“十四五”规划的编制进展（是否启动、由谁牵头、进度安排）和蒙医药事业发展是否纳入、如何体现：请据实写明")
