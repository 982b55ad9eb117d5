"""h289: findings of the review rv17 on the compose side.

#3 COURSE (a route's clauses, no matter of their own) took any clause opening on 经 (经营性收入提高到每村10万元以上): the deputy's point
   was lost. A route passes 经由/途经 a place and ends at a place or a road point.
NAMED_ROUTE read days and levels as a route's ends (每周一至周五开通12345服务热线); 消防 = 防火 held inside 防火墙 and 消防救援; Ask.shared
kept the base's common words (科技, 创新) that ask_words drops; an autonomous region's unit named no place within it.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from drafter.compose.asks import parse_asks
from drafter.compose.select import GENERIC, _names_other_site, ask_words, bigrams, matter_phrase
from drafter.compose.synonyms import equivalents_said, synonyms_of
from drafter.grammar import place_and_short_name


@pytest.mark.parametrize("text, phrase, points", [
    ("为此建议：\n一、壮大村集体经济，经营性收入提高到每村10万元以上，带动农民增收。\n",
     "壮大村集体经济", ["经营性收入提高到每村10万元以上", "带动农民增收"]),
    ("为此建议：\n一、加快发展县域经济，经济总量提升到全省前列，增强综合实力。\n",
     "加快发展县域经济", ["经济总量提升到全省前列", "增强综合实力"]),
    ("为此建议：\n一、改造提升北大路，沿泾河北岸至长庆桥，经由平凉西至华亭县，设置港湾式停靠站。\n",
     "改造提升北大路", ["设置港湾式停靠站"]),  # (the route's course, hd52a: no point of its own)
])
def test_a_clause_opening_on_jing_is_no_route_unless_it_runs_between_places(text, phrase, points):
    ask = parse_asks(text)[0]
    assert (ask.phrase, ask.points) == (phrase, points)


@pytest.mark.parametrize("text, other", [
    ("每周一至周五开通12345服务热线，受理群众诉求。", False),
    ("从省级至县级全面压实防汛责任防线。", False),
    ("完成崇信至白水、罗汉洞至长庆桥三级公路改造46公里。", True),  # (hd52a's: another road)
    ("平凉西至界石铺段完成路基工程。", True),
])
def test_a_routes_ends_are_places_not_days_or_levels(text, other):
    assert _names_other_site(text, "改造提升北大路") is other


def test_fire_prevention_is_no_word_of_a_firewall_nor_of_the_rescue_force(workspace):
    assert "防火" not in synonyms_of("加强消防救援队伍建设", workspace)
    assert "消防" not in synonyms_of("部署网络安全防火墙", workspace)
    assert equivalents_said("加强消防安全检查", "全县机关部署网络安全防火墙12套。", workspace) == []
    assert "防火" in synonyms_of("贯通自新村与涉县消防通道", workspace)  # (hd52d's fire lane, as before)
    assert equivalents_said("加强消防安全检查", "开展森林防火检查86次。", workspace) == ["消防"]


def test_words_common_in_the_base_are_no_shared_words_of_the_asks(workspace):
    """Two asks on 科技创新 in a base where most facts say 科技创新: the title's words they share tell neither apart (rv17)."""
    title = "关于推进科技创新的建议"
    asks = parse_asks("为此建议：\n一、加大科技创新投入，设立专项资金。\n二、完善科技创新平台，引进高端人才。\n", title)
    for ask in asks:  # (as the selection sets them)
        ask.titled = frozenset(bigrams(matter_phrase(title)) - GENERIC)
    common = {"科技", "技创", "创新"}
    index = SimpleNamespace(share=lambda g: 0.6 if g in common else 0.01, facts=[None] * 200)
    ask_words(asks, workspace, index)
    assert [a.shared & common for a in asks] == [frozenset(), frozenset()]
    ask_words(asks, workspace)  # (no base to count in: the shared words stay, hd52c)
    assert all(a.shared >= common for a in asks)


def test_an_autonomous_regions_unit_is_named_by_the_innermost_place():
    assert place_and_short_name("宁夏回族自治区银川市教育局") == ("银川市", "市教育局")  # (was 宁夏回族自治区, 区银川市教育局)
    assert place_and_short_name("广西壮族自治区南宁市青秀区教育局") == ("青秀区", "区教育局")
    assert place_and_short_name("楚雄彝族自治州楚雄市民政局") == ("楚雄市", "市民政局")
    assert place_and_short_name("宁夏回族自治区教育厅") == ("宁夏回族自治区", "区教育厅")  # (the region's own)
    assert place_and_short_name("石林彝族自治县卫生健康局") == ("石林彝族自治县", "县卫生健康局")
