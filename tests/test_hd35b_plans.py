"""Held-out round hd35b (吉林省人力资源和社会保障厅): a 省委省政府 plan of the year's 民生实事, its numbered tasks run on
in one paragraph after 将重点抓好…具体意见安排如下：, stored as work done.

Each test distils a few real lines of the page the tester saved (as the page prints them) in a workspace of the bureau.
"""

from __future__ import annotations

import re

from drafter.model import PLAN
from helpers import distil, fact_saying, unit_workspace

JILIN_AREAS = "长春市, 吉林市, 四平市, 辽源市, 通化市, 白山市, 松原市, 白城市, 延边朝鲜族自治州"

# 《吉林省委吉林省人民政府关于2023年全省民生实事安排的意见》 as the document library's page prints it (one paragraph).
MINSHENG_2023 = (
    "中共吉林省委吉林省人民政府关于2023年全省民生实事安排的意见2023年,省委、省政府将重点抓好十个方面、50项民生实事任务,"
    "具体意见安排如下:一、促进就业方面(2项)1 .城镇新增就业23万人;实现城镇零就业家庭动态清零。2.根治欠薪违法行为,维护农民工合法权益。"
    "三、困难群体救助方面(10项)8 .为1.6万人(次)有需求的残疾人开展职业技能培训和创业培训。9 .为8000户困难残疾人家庭和1000个"
    "村级残疾人服务场所实施无障碍改造。\n")


def _ws(tmp_path):
    return unit_workspace(tmp_path / "ws", "吉林省人力资源和社会保障厅", "省人社厅", "吉林省", JILIN_AREAS, "我省人力资源和社会保障工作")


def test_tasks_run_on_after_a_lead_of_what_will_be_done_are_plans(tmp_path):
    ff = distil(tmp_path, _ws(tmp_path), MINSHENG_2023, "2023_全省民生实事安排的意见.txt")
    assert fact_saying(ff, "1.6万人").kind == PLAN


def test_a_list_number_names_no_figure(tmp_path):
    ff = distil(tmp_path, _ws(tmp_path), MINSHENG_2023, "2023_全省民生实事安排的意见.txt")
    labels = [f.counts or "" for fact in ff.facts for f in fact.figures]
    assert labels and not [c for c in labels if re.search(r"\d\s*[.．]", c)]


# 全省就业形势稳中向好 (2021's results and 2022's plan, reposted 2023-08-11), its plan's paragraph.
TWO_FINDS_2022 = (
    "2022年,为了回应和满足人民群众对就业的新期待,破解企业“招工难”和求职者“就业难”问题,促进人才链与产业链、创新链有机衔接,"
    "我省人社部门将实施“想就业找人社、缺人才找人社”服务创新工程和开展高校毕业生就业创业服务专项行动。"
    "这是今年和今后一个时期我省各级人社部门的“一号工程”和“一把手工程”。\n")


def test_what_a_purpose_leads_to_that_will_be_done_is_a_plan(tmp_path):
    ff = distil(tmp_path, _ws(tmp_path), TWO_FINDS_2022, "2023-08_全省就业形势稳中向好.txt")
    assert fact_saying(ff, "将实施").kind == PLAN


# 吉林:全面完成50项民生实事 (人民网, 2024-01), a line of the 政府工作报告 it reports.
AIR_2023 = "政府工作报告指出，2023年，吉林省民生保障扎实推进、有力有效。全省地级及以上城市空气质量优良天数比例90.7%。\n"


def test_a_scope_by_level_is_no_place(tmp_path):
    ff = distil(tmp_path, _ws(tmp_path), AIR_2023, "2024-01_政府工作报告_民生保障.txt")
    share = next(f for f in fact_saying(ff, "90.7%").figures if f.value == 90.7)
    assert share.place in (None, "吉林省")


# 前三季度吉林省就业社保 (2011), its first line.
QUARTERS_2011 = "记者日前获悉,前三季度,吉林省城镇新增就业53万人,完成年计划的106%,同比增长8.6%;失业人员实现再就业16.3万人,完成年计划的125%。\n"


def test_a_change_after_a_target_share_done_is_of_the_measure_before(tmp_path):
    ff = distil(tmp_path, _ws(tmp_path), QUARTERS_2011, "2011-10_前三季度吉林省就业社保.txt")
    growth = next(f for f in fact_saying(ff, "8.6%").figures if f.value == 8.6)
    assert "计划" not in (growth.counts or "") and "就业" in (growth.counts or "")
