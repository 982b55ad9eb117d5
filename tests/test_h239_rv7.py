"""rv7's review of the morning's merges, findings 1, 2, 3, 7 and 9 (the distil side), each on the reviewer's input."""

from drafter.distill.figures import find_figures
from drafter.distill.places import _place_at

import pytest

from helpers import distil, fact_saying, place_names, unit_workspace


def test_a_name_opening_on_a_level_words_character_is_read():
    """内江市, 民权县, 内乡县 open on 内 and 民, which make words after a level word (省内, 市民): a name still starts there at
    the text's start and after a scope (我省内江市), only not inside such a word after another (7位市民打进市长热线)."""
    assert place_names("内江市新建5G基站1200个。") == ["内江市"]
    assert place_names("民权县新建") == ["民权县"] and place_names("内乡县新建") == ["内乡县"]
    assert place_names("我省内江市、宜宾市入选") == ["内江市", "宜宾市"]
    assert place_names("全省内江市等5个市入选") == ["内江市"]
    text = "我市新增高新技术企业350家，内江市新增高新技术企业120家。"
    assert _place_at(text, text.index("内江")) == "内江市"
    assert place_names("7位市民打进市长热线") == [] and place_names("商丘市民权县新增") == ["民权县"]


def _figure_year(fact, raw: str) -> int | None:
    fig = next(f for f in fact.figures if f.raw == raw)
    return fig.year or fact.period.year


@pytest.mark.parametrize("told", ["全市现有高新技术企业2800家，省级新型研发机构45家。",
                                  "全市累计认定高新技术企业2800家，省级新型研发机构45家。",
                                  "全市高新技术企业总数达2800家，省级新型研发机构45家。"])
def test_a_total_after_a_years_flashback_is_of_the_pages_date(tmp_path, told):
    """A page of 2023-12-20 recalls 2019 (2019年，我市获批国家创新型城市…); the next sentence's total held (现有, 累计, 总数) names
    no time and is of the page's date, 2023, never 2019's: only a cut-off (截至2017年12月，…) runs on to such a total."""
    page = ("我市科技创新工作取得新成效\n我市深入实施创新驱动发展战略，全年新增高新技术企业350家。2019年，我市获批国家创新型城市，"
            f"获得中央财政支持资金1亿元。{told}\n")
    ws = unit_workspace(tmp_path / "ws", "某市科学技术局", "市科技局", "某市")
    fact = fact_saying(distil(tmp_path, ws, page, "2023-12-20_科技创新.txt"), "2800家")
    assert _figure_year(fact, "1亿元") == 2019
    assert (_figure_year(fact, "2800家"), _figure_year(fact, "45家")) == (2023, 2023), fact.figures


PLAN_SCHEDULE = ("某市2025年城镇老旧小区改造实施方案\n一、工作目标\n加快推进城镇老旧小区改造，改善居民居住条件。\n二、时间进度\n"
                 "2025年12月底前，完成改造小区80个，惠及居民2万户。\n三、保障措施\n各区要加强组织领导，落实工作责任。\n")


def test_a_plans_schedule_is_no_result(tmp_path):
    """Under a plan's 二、时间进度 (its schedule, as （四）实施进度) 2025年12月底前，完成改造小区80个 is a target, never work done;
    2.建设进度 and 进度情况 stay the progress made (hd45c)."""
    from drafter.distill.structure import heading_class

    assert [heading_class(h) for h in ("二、时间进度", "（四）实施进度")] == ["other", "other"]
    assert [heading_class(h) for h in ("2.建设进度", "三、工程进度情况")] == ["done", "done"]
    ws = unit_workspace(tmp_path / "ws", "某市住房和城乡建设局", "市住建局", "某市")
    fact = fact_saying(distil(tmp_path, ws, PLAN_SCHEDULE, "2025-03-10_老旧小区改造实施方案.txt"), "改造小区80个")
    assert fact.kind != "done", fact


def _counts(text: str) -> dict[str, str | None]:
    return {f.raw: f.counts for f in find_figures(text)}


def test_only_a_pool_closing_among_names_its_things():
    """在12个乡镇开展集中整治行动 counts 乡镇 (集中 closes no pool picked from); 从135个申报城市中脱颖而出 and 在12个乡镇中选取 still
    count the pool (hd45c)."""
    assert _counts("在12个乡镇开展集中整治行动。")["12个"] == "乡镇"
    assert _counts("在3个村推行中药材种植。")["3个"] != "村推行"
    assert _counts("常德市以优异成绩从135个申报城市中脱颖而出，跻身全国首批16个试点城市之一。")["135个"] == "申报城市"
    assert _counts("在12个乡镇中选取3个开展试点。")["12个"] == "乡镇"
    assert _counts("在全国36个试点城市中，我市排名第3位。")["36个"] == "试点城市"


def test_a_spaced_pages_name_runs_over_its_space():
    """A mirror page spacing its words names one thing over a space (高新 技术企业达到120家: no 技术企业 alone); only a break — a
    line's, a wide space, or the space closing a numbered heading (3、基础性工作开展情况 单位…汇报5次, hd45c) — cuts a name."""
    assert _counts("高新 技术企业达到120家。")["120家"] == "高新 技术企业"
    assert _counts("2023年，全市 高新 技术企业 达到 120 家。")["120 家"] != "技术企业"
    assert _counts("3、基础性工作开展情况 单位主要领导听取政务公开工作情况汇报5次")["5次"] == "单位主要领导听取政务公开工作情况汇报"
    assert _counts("（二）重点工作推进情况 新建5G基站1200个。")["1200个"] == "新建5G基站"
    assert _counts("工作情况\u3000新建5G基站1200个。")["1200个"] == "新建5G基站"
