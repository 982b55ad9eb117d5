"""Counties named by one character (沛县, 丰县, 和县) and places joined by 和/与/及 (徐州市和沛县):
a county's stem may have one character, read where its left edge is marked (the start of a clause,
a level word, a conjunction), never a scope, a count or a verb before 县 (全县, 各县, 两县, 赴县), nor
县 of 县级/县域; after a function character that is no conjunction the two are one name (将乐县).
Documents are distilled through the path ``drafter distill`` takes, in the demo workspace (泉州市)."""

from __future__ import annotations


from helpers import distil
from helpers import place_names as names

from drafter.distill.places import innermost, is_place, leading_places, org_names, place_chain


def test_a_place_joined_by_a_conjunction_is_that_place():
    assert names("徐州市和沛县共建产业创新中心") == ["徐州市", "沛县"]
    assert names("徐州市与丰县共建") == ["徐州市", "丰县"]
    assert names("，丰县、沛县新增企业") == ["丰县", "沛县"]
    assert names("泉州市和鲤城区") == ["泉州市", "鲤城区"]
    assert place_chain("徐州市和沛县") == [] and leading_places("徐州市和沛县") == ["徐州市"]


def test_a_county_of_one_character():
    assert is_place("沛县") and is_place("丰县") and is_place("萧县")
    assert names("沛县新增科技型中小企业120家") == ["沛县"]
    assert names("2024年沛县新增企业") == ["沛县"]
    assert place_chain("江苏省沛县") == ["江苏省", "沛县"] and innermost("江苏省沛县科学技术局") == "沛县"
    assert org_names("由沛县科技局牵头") == ["沛县科技局"]
    # 和县, named by a conjunction alone: after a place, or before a unit word
    assert names("马鞍山市和县新增企业") == ["马鞍山市", "和县"] and innermost("和县科学技术局") == "和县"


def test_words_before_a_county_word_name_no_county():
    for word in ("全县", "各县", "本县", "该县", "两县", "区县", "市县", "赴县", "邻县", "撤县", "和县"):
        assert not is_place(word), word
    for text in ("，赴县调研", "市县两级", "向各县域推广", "对标县级政务", "在县委、县政府领导下", "9个县",
                 "为县科技局提供", "对县科技局", "泉州市和县级单位", "全市和县区"):
        assert names(text) in ([], ["泉州市"]), text
    assert leading_places("泉州市和县级单位") == ["泉州市"]
    # after a function character that is no conjunction, it opens the name: 将乐县, 从江县
    assert place_chain("三明市将乐县") == ["三明市", "将乐县"] and names("贵州省从江县") == ["贵州省", "从江县"]
    assert names("现将乐县经验推广") == []


COUNTY_REPORT = """沛县科学技术局2024年工作总结

一、主要工作成效
2024年，全县新增国家高新技术企业15家，总数达到62家。
徐州市和沛县共建的产业创新中心新增入驻企业8家。

沛县科学技术局
2025年1月10日
"""

CITY_REPORT = """徐州市科学技术局关于2024年科技创新工作情况的报告

2024年，全市新增国家高新技术企业420家。徐州市和沛县共建产业创新中心，沛县新增科技型中小企业120家，丰县新增高新技术企业21家。

徐州市科学技术局
2025年1月10日
"""


def test_a_county_report_is_filed_under_its_county(tmp_path, workspace):
    ff = distil(tmp_path, workspace, COUNTY_REPORT)
    assert ff.source.jurisdiction == "沛县"  # was 和沛县, from 徐州市和沛县 in its text
    figures = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert figures["15家"] == "沛县" and figures["8家"] == "沛县"


def test_a_city_report_gives_its_counties_figures_to_them(tmp_path, workspace):
    ff = distil(tmp_path, workspace, CITY_REPORT)
    assert ff.source.jurisdiction == "徐州市"
    figures = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert figures == {"420家": "徐州市", "120家": "沛县", "21家": "丰县"}  # were both 徐州市's
