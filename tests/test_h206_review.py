"""h206: the review of h202–h205's merges — rules that matched too much (a unit's head taken for the issuer's, a built-up
area taken for a deed done, a street's noun taken for a town, an obstacle's word missing, a slogan taken for an organ)."""
from __future__ import annotations

import pytest
from helpers import distil, fact_saying, unit_workspace

from drafter import grammar as G
from drafter.compose.asks import town_named, without_town
from drafter.distill.facts import VISITORS, deeds_split, is_obstacle
from drafter.distill.figures import find_figures
from drafter.distill.metadata import _year_of_lede_day
from drafter.read import read_document


def _changzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "常州市工业和信息化局", "市工信局", "常州市", "武进区, 金坛区, 溧阳市")


# A meeting's news of 常州市工信局 in the reviewer's wording: another bureau's deputy head reports that bureau's figures.
OTHER_HEAD = """常州市领导调研我局工业经济运行情况
发布日期:2023-04-12  来源:运行监测协调处

4月12日,副市长张某一行来我局调研工业经济运行情况,召开座谈会听取汇报。

会上，市财政局副局长汇报了今年全市财政运行情况。目前全市一般公共预算收入完成120亿元，同比增长6.5%，其中税收收入占比达到80%。

张某指出,市工信局要加强工业经济运行监测,推动全市工业经济平稳增长。
"""


def test_another_bureaus_deputy_heads_report_is_not_the_issuers_work(tmp_path):
    ff = distil(tmp_path, _changzhou(tmp_path), OTHER_HEAD, "2023-04-12_市领导调研我局工业经济运行情况.txt")
    assert ff.source.issuer == "常州市工业和信息化局", ff.source
    assert "市财政局副局长汇报" in fact_saying(ff, "120亿元").text  # (its frame kept: the finance bureau's figures)


@pytest.mark.parametrize("item", ["到2025年底，城市建成区绿地率达到40%以上，新建口袋公园5个。", "年内建成村级养老服务站3个。",
                                  "全年获得感满意度提升到95%。", "到2025年建成村级养老服务站30个。"])
def test_a_plans_built_up_area_goal_or_feeling_is_no_deed_done(item):
    assert not any(done for _, done in deeds_split(item)), deeds_split(item)


def test_a_deed_done_with_its_count_inside_a_plans_item_stays_done():
    assert any(done for _, done in deeds_split("今年已建成村级养老服务站3个，下一步将继续推进。"))


@pytest.mark.parametrize("words, organ", [("奋力开创新局", False), ("深圳市南山区科技创新局", True), ("践行嘱托开新局", False)])
def test_the_slogan_of_a_new_situation_is_no_organ(words, organ):
    assert (not G.NOT_ORGAN.search(words)) == organ


def test_a_code_for_each_truck_is_no_count_of_loads():
    figures = find_figures("渣土车实行1车1码管理，清理乱堆杂物260余车。")
    assert [f.raw for f in figures if f.unit == "车"] == ["260余车"], figures


@pytest.mark.parametrize("matter", ["完善街道社区养老服务", "提升集镇风貌", "加快推进老城区街道改造提升", "推进背街小巷街道整治",
                                    "加强乡村集镇建设"])
def test_a_street_or_market_town_as_a_common_noun_is_no_town_named(matter):
    assert town_named(matter) is None and without_town(matter) == matter


def test_a_towns_proper_name_after_the_verb_is_named():
    assert town_named("完善唐村镇居家及社区老年照护体系") == "唐村镇"
    assert without_town("完善唐村镇居家及社区老年照护体系") == "完善居家及社区老年照护体系"


@pytest.mark.parametrize("norm", ["破解了目前农村污水难以收集处理的瓶颈，建成站点12个。", "补齐了当前乡村医疗难以覆盖的短板，新建卫生室8所。",
                                  "打通了目前企业难以融资的堵点。"])
def test_an_obstacle_the_clause_reports_overcome_by_any_name_is_no_obstacle(norm):
    assert not is_obstacle(norm)


def test_an_obstacle_still_standing_is_one():
    assert is_obstacle("目前农村污水难以收集处理，制约了人居环境改善。")


@pytest.mark.parametrize("norm, visitors", [
    ("4月10日上午，市政协委员、市水利局局长王某带队到衡东县调研水利工程建设。", False),
    ("4月10日上午，衡阳市人大常委会副主任李艳丽率队到衡东县调研水利工程建设。", True),
    ("9月1日，市人大常委会经济工委主任、二级巡视员戴文龙一行来我局调研。", True)])
def test_a_group_led_by_the_assemblys_leader_visits_but_one_led_by_a_member_heading_the_bureau_is_its_own(norm, visitors):
    assert bool(VISITORS.match(norm)) == visitors


@pytest.mark.parametrize("own", ["，规格3×4米。", "，引进Café项目。"])
def test_a_latin_character_of_its_own_in_a_garbled_file_is_no_lost_byte(tmp_path, own):
    garbled = "工业是我市" + "经济发展".encode().decode("latin-1") + "的主动脉" + own + "\n"
    path = tmp_path / "2020-12-28_答复.txt"
    path.write_text(garbled, "utf-8")
    assert [b.text for b in read_document(path).blocks] == ["工业是我市经济发展的主动脉" + own]


@pytest.mark.parametrize("text", ["按计划上半年完成投资12亿元，占全年的55%。", "今年将上半年积压的120件案件全部办结。"])
def test_a_part_of_the_year_done_to_plan_or_qualifying_a_thing_is_the_statements(tmp_path, text):
    ff = distil(tmp_path, _changzhou(tmp_path), f"常州市工业和信息化局2024年工作总结\n\n{text}全市工业经济运行平稳，重点项目加快推进。\n", "2024-12-20_工作总结.txt")
    fact = next(f for f in ff.facts if "12亿元" in f.text or "120件" in f.text)
    assert fact.period.part == "上半年", fact.period


@pytest.mark.parametrize("lede, date, year", [("6月15日，全市工业企业安全生产培训会在市行政中心召开。", "2023-06-10", None),
                                              ("4月10日上午，衡阳市人大常委会副主任李艳丽率队到衡东县调研。", "2020-02-01", 2019)])
def test_a_lede_day_just_after_the_posting_is_this_years(lede, date, year):
    assert _year_of_lede_day(lede, date) == year
