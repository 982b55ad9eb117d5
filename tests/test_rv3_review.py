"""Fixes of the last review of stop 51 (rv3): town names, a bureau's own head by its unit, a span's second year."""
from __future__ import annotations

from drafter.compose.asks import town_named, without_place_names
from drafter.distill.facts import deeds_split, own_head_report


def test_a_kind_of_town_is_no_towns_name():
    """推进乡镇街道综合行政执法改革 and 加快建制镇生活污水处理设施建设 name kinds of towns, not a town: no town, so the ask's words
    are not wiped (乡镇街道 less 镇乡街道 was "", replacing every gap of the text); real towns are still named."""
    assert town_named("推进乡镇街道综合行政执法改革") is None
    assert town_named("加快建制镇生活污水处理设施建设") is None
    assert town_named("完善唐村镇居家及社区老年照护体系") == "唐村镇"
    assert town_named("对大新庄镇农田管灌设施进行更新") == "大新庄镇"


def test_a_towns_own_name_is_its_name_less_its_level_word():
    """东街街道's own name is 东街, not 东 (rstrip took every 街 and 道 off the end): 东城区 keeps its 东."""
    assert without_place_names("东城区东街街道社区", "完善东街街道社区养老服务") == "东城区 社区"


def test_the_bureaus_own_head_named_by_the_bureau_reports_its_work():
    """会上，市工信局副局长汇报了… in 常州市工业和信息化局's news: the bureau's own head (its unit was read 市工信局局, never the
    issuer); another bureau's head (市财政局副局长) still is not."""
    own = "会上，市工信局副局长汇报了今年全市“智改数转”整体情况。目前已形成诊断数据6万余条。"
    assert own_head_report(own, "常州市工业和信息化局") is not None
    other = "会上，市财政局副局长汇报了今年全市财政运行情况。目前全市一般公共预算收入完成120亿元。"
    assert own_head_report(other, "常州市工业和信息化局") is None


def test_a_spans_second_year_is_no_target():
    """2019年到2023年全市已建成口袋公园56个 in a plan's item: a span's end (年到2023年) is no target's year (到2025年建成…)."""
    runs = deeds_split("二是推进口袋公园建设。2019年到2023年全市已建成口袋公园56个。下一步将新建10个。", 6)
    assert ("2019年到2023年全市已建成口袋公园56个。", True) in runs
    assert deeds_split("二是推进口袋公园建设。到2025年建成口袋公园30个。", 6) == [("二是推进口袋公园建设。到2025年建成口袋公园30个。", False)]
