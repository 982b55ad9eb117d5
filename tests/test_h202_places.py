"""h202: what the review of h195–h197's merge found in distill/places — an area's bare name taken for the place where a
common word or another place goes on the same way, a county-level city before 市政 naming no place."""

from __future__ import annotations

from drafter.distill.places import areas_named

LYG = ("海州区", "连云区", "赣榆区", "东海县", "灌云县", "灌南县")
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
