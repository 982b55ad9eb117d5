"""h202: what the review of h195–h197's merge found in distill/places — an area's bare name taken for the place where a
common word or another place goes on the same way, a county-level city before 市政 naming no place."""

from __future__ import annotations

from drafter.distill.places import areas_named, places_in
from helpers import distil, fact_saying, unit_workspace

LYG = ("海州区", "连云区", "赣榆区", "东海县", "灌云县", "灌南县")
QUANZHOU = "鲤城区, 丰泽区, 洛江区, 泉港区, 石狮市, 晋江市, 南安市, 惠安县, 安溪县, 永春县, 德化县"
TIANJIN = ("和平区", "河东区", "河西区", "南开区", "河北区", "红桥区", "滨海新区")


def test_a_bare_name_a_common_word_goes_on_from_is_no_area():
    """东海 and 和平 before 的, 、 are the sea and the word (加强东海的渔业资源养护, 东海、黄海海域禁渔期, 坚持和平、发展、合作); 河北 is the
    province whatever follows (河北、天津两地, 河北将…) — none an area of 连云港市 or 天津市."""
    assert areas_named("加强东海的渔业资源养护", LYG, "连云港市") == []
    assert areas_named("东海、黄海海域禁渔期", LYG, "连云港市") == []
    assert areas_named("坚持和平、发展、合作", TIANJIN, "天津市") == []
    assert areas_named("河北、天津两地协同推进", TIANJIN, "天津市") == []
    assert areas_named("河北将加快建设雄安新区", TIANJIN, "天津市") == []


def test_a_bare_name_standing_as_the_place_is_still_the_area():
    assert areas_named("赣榆计划开展城中村改造9个", LYG, "连云港市") == [(0, "赣榆区")]
    assert areas_named("而赣榆2025年政府工作报告也提出", LYG, "连云港市") == [(1, "赣榆区")]
    assert areas_named("东海将新建渔港1座", LYG, "连云港市") == [(0, "东海县")]
    assert areas_named("河北区政府", TIANJIN, "天津市") == [(0, "河北区")]


def test_a_workspaces_county_level_city_before_shizheng_is_named():
    """石狮市政道路, 晋江市政道路: a county-level city's roads where the workspace knows the city (泉州市's areas), as 福州市政道路 is
    福州市's; a stem places_in would take there otherwise (老旧市政道路, 新改建市政管网) still names none."""
    assert places_in("石狮市政道路改造完成12条", ("石狮市", "晋江市")) == [(0, 3, "石狮市")]
    assert places_in("老旧市政道路改造完成12条", ("石狮市", "晋江市")) == []
    assert places_in("新改建市政管网12公里", ("石狮市", "晋江市")) == []


def test_a_figure_of_a_county_level_citys_shizheng_is_that_citys(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "泉州市住房和城乡建设局", "市住建局", "泉州市", QUANZHOU)
    page = "泉州市住建局2023年工作总结\n\n一、市政建设\n\n全年新建城市道路30公里，其中晋江市政道路改造完成8条。\n"
    fact = fact_saying(distil(tmp_path, ws, page, "2024-01-10_泉州住建_2023年工作总结.txt"), "晋江市政道路")
    assert [(g.raw, g.place) for g in fact.figures] == [("30公里", None), ("8条", "晋江市")]
