"""fx57a: places read wrong after the held-out tests, each rule on a short real-style line.

1. 该村/该社区 refer back to the village or community named before, as 该镇/该乡 to the town: a paragraph on that village is its own
   (named with its town, an example under it), never the county's, and our own where its town is.
2. A town whose name holds 集 (孟集镇, 三河集乡) is read as a town wherever it is named, not only from the areas or after a county;
   the word 集镇 (推进集镇建设) is still no town.
3. A slogan (生态立市, 工业立县, 科技兴市) and a leader's verb before a level word (主管市领导, 分管县领导) are no places.
4. A report presented for a named government (我代表交城县人民政府向大会报告…) is that place's report.
5. A district named by a generic word (汕尾市城区) keeps its city's name in the reply's own words: 我市城区 would read as the
   city's urban area.
6. 将 as "will" (grammar.WILL_JIANG) is never the 将 of a name or a noun (将乐县, 将军关, 将士, 将领).
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace

from drafter.distill.facts import SAID_WILL, WILLED_CLAUSE, own_result
from drafter.distill.figures import find_figures
from drafter.distill.places import is_place, named_last, places_in
from drafter.grammar import LEVEL_ANAPHOR, TO_COME
from helpers import HUOQIU, SHANWEI

# hd57a's 孟集镇 news (tests/test_h311_hd57a.py), told of one of its villages and a community as the page tells of the town.
HEAD = "{}打造乡村振兴靓丽环境\n来源:\n孙庆刚\n2021-12-28 15:37:01\n责编:\n代明俊 胡明兵 夏朝阳\n"
OPENING = "今年以来,{}强化宣传引导,规范街道秩序,签订城市卫生“门前三包”协议1200份;制止占道经营200余起,拆除违建乱建60余处。"
WORKS = ("{}完善基础设施,硬化道路21.35公里;投入205万元实施5.95公里街道管网提升工程。\n"
         "同时,{}强力推进人居环境整治。狠抓“五清一改”工作,投入资金185万元,完成改厕386户。\n")


def village_page(named: str, referred: str, title: str) -> str:
    return HEAD.format(title) + OPENING.format(named) + "\n" + WORKS.format(referred, referred)


@pytest.mark.parametrize("named, referred, place", [
    ("霍邱县孟集镇双岗村", "该村", "孟集镇双岗村"),
    ("霍邱县城关镇东湖社区", "该社区", "城关镇东湖社区"),
])
def test_a_villages_paragraphs_referred_to_as_that_village_stay_the_villages(tmp_path, named, referred, place):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU[:3]), village_page(named, referred, named[3:]), "2021-12-28_村.txt")
    told = [f for f in ff.facts if f.text.lstrip("同时，").startswith(referred)]
    assert len(told) == 2
    # (were 霍邱县's: the county's figures from one village's work)
    assert [(f.jurisdiction, f.external) for f in told] == [(place, False)] * 2


def test_a_village_of_a_town_of_the_areas_is_our_own(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HUOQIU[:3], "孟集镇, 城关镇")
    ff = distil(tmp_path, ws, village_page("孟集镇双岗村", "该村", "双岗村"), "2021-12-28_村.txt")
    assert {(f.jurisdiction, f.external) for f in ff.facts if "该村" in f.text} == {("孟集镇双岗村", False)}


def test_a_village_of_another_county_is_that_countys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU[:3]), village_page("平江县孟集镇双岗村", "该村", "双岗村"),
                "2021-12-28_村.txt")
    assert {(f.jurisdiction, f.external) for f in ff.facts if "该村" in f.text} == {("孟集镇双岗村", True)}


@pytest.mark.parametrize("text, level", [("该村完善基础设施", "村"), ("该社区强力推进", "社区")])
def test_a_village_referred_back_to(text, level):
    assert LEVEL_ANAPHOR.match(text).group(1) == level


def test_a_villager_is_no_village_referred_back_to():
    assert not LEVEL_ANAPHOR.match("该村民小组")


@pytest.mark.parametrize("text, level, town", [
    ("今年以来，孟集镇强化宣传引导，签订“门前三包”协议1200份。", "镇", "孟集镇"),
    ("今年以来，三河集乡投入380万元对工业园区道路进行硬化。", "乡", "三河集乡"),
])
def test_a_town_whose_name_holds_ji_is_named_without_its_county(text, level, town):
    assert named_last(text, level) == town  # (was None: only from the areas or after 霍邱县)


def test_a_town_whose_name_holds_ji_counts_its_figures(tmp_path):
    page = HEAD.format("乡村振兴") + "今年以来,三河集乡强化宣传引导,签订城市卫生“门前三包”协议1200份;投入380万元对工业园区道路进行硬化。\n"
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU[:3]), page, "2021-12-28_乡.txt")
    assert {g.raw: g.place for f in ff.facts for g in f.figures} == {"1200份": "三河集乡", "380万元": "三河集乡"}


@pytest.mark.parametrize("text", ["推进集镇建设，完成投资50万元。", "集镇面貌焕然一新，新增绿地3000平方米。", "在集镇设置垃圾桶100个。"])
def test_market_towns_in_general_are_no_town(text):
    assert named_last(text, "镇") is None


@pytest.mark.parametrize("slogan", ["生态立市", "工业立县", "科技兴市", "主管市", "分管县", "负责市"])
def test_a_slogan_or_a_leaders_verb_before_a_level_is_no_place(slogan):
    assert not is_place(slogan)


@pytest.mark.parametrize("line", ["实施“生态立市”战略，森林覆盖率达到65%。", "坚持工业立县、生态立市，规上工业增加值增长8%。",
                                  "由主管市领导牵头，完成投资50亿元。"])
def test_no_place_is_read_in_a_slogan_or_a_leaders_title(line):
    assert places_in(line) == []


@pytest.mark.parametrize("name", ["嘉兴市", "长兴县", "兴县", "延安市"])
def test_names_ending_like_a_slogan_are_still_places(name):
    assert is_place(name)


REPORT = ("各位代表:\n现在,我代表交城县人民政府向大会报告政府工作,请予审议,并请县政协委员和其他列席人员提出意见。\n"
          "一、2023年工作回顾\n过去一年,全县地区生产总值完成120亿元,增长5.2%。新建农村道路35公里,改造提升水利设施12处。\n")


def test_a_report_presented_for_a_named_government_is_that_places(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "汾阳市水利局", "市水利局", "汾阳市")
    ff = distil(tmp_path, ws, REPORT, "2024-01-10_政府工作报告.txt")
    assert ff.source.jurisdiction == "交城县"  # (was None: 交城县's figures read as 汾阳市's own)
    assert ff.facts and all(f.external for f in ff.facts)


def test_a_report_presented_for_the_level_alone_names_no_place(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "汾阳市水利局", "市水利局", "汾阳市")
    ff = distil(tmp_path, ws, REPORT.replace("交城县人民政府", "县人民政府"), "2024-01-10_政府工作报告.txt")
    assert ff.source.jurisdiction is None


@pytest.mark.parametrize("phrase, said", [
    ("汕尾市城区新建改造燃气管道12公里", "汕尾市城区新建改造燃气管道12公里"),  # (was 我市城区…: the city's urban area)
    ("汕尾市城区和海丰县", "汕尾市城区和海丰县"),
    ("汕尾市新建改造燃气管道12公里", "我市新建改造燃气管道12公里"),
])
def test_a_district_named_by_a_generic_word_keeps_its_citys_name(tmp_path, phrase, said):
    assert unit_workspace(tmp_path / "ws", *SHANWEI).in_own_words(phrase) == said


def test_a_citys_urban_area_is_still_its_own(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区")
    assert ws.in_own_words("泉州市城区新建公园12个") == "我市城区新建公园12个"  # (no district of 泉州 is named 城区)


# hd54a's 将乐县 paragraph (tests/test_h291_hd54.py), its scene cut.
JIANGLE = "为改善农村人居环境,近年来,将乐县投入上亿元资金用于农村污水治理,全县61个村污水处理设施已全部建设完成。"


@pytest.mark.parametrize("text", [JIANGLE, "六道河至将军关段改建完成，完成投资1.2亿元。", "慰问驻地官兵将士120人。",
                                  "部队将领一行8人来我县调研。"])
def test_the_jiang_of_a_name_or_a_noun_says_no_will(text):
    assert not SAID_WILL.search(text) and not TO_COME.search(text) and not WILLED_CLAUSE.search(text)


@pytest.mark.parametrize("text", ["下步，我局将加快推进农村污水治理，新建设施12处。", "我县将领导全县人民新建道路35公里。"])
def test_will_is_still_will(text):
    assert SAID_WILL.search(text) and TO_COME.search(text)


def test_a_counties_work_finished_is_a_result_whatever_its_name(tmp_path):
    # (own_result, a caller of SAID_WILL: 将乐县 made its finished work a plan, no result)
    assert own_result(JIANGLE.replace(",", "，"), find_figures(JIANGLE, JIANGLE), 2021)
