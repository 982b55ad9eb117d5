"""Words before a place are no part of its name: a city named X州 with words before it (立足泉州,
福建泉州, 海丝泉州: a prefecture named short by its 州 is one of the autonomous prefectures, 恩施州), a word that opens
with a function character (对接, 按照: 积极对接鲤城区…, 按照泉州市…), the preposition 以 (以晋江市为试点),
a verb or a manner adverb (建立市、县…, 着力抓好高新区, 充分盘活园区).
Before, each such span was a place of its own (立足泉州, 接鲤城区, 照泉州市, 以晋江市) and the figures of
its clause were given to it. The demo workspace is 泉州市's; the report is read as ``drafter distill``
reads it."""

from __future__ import annotations

import pytest
from helpers import REPO, distil
from helpers import place_names as names

from drafter.distill.places import is_place
from drafter.workspace import load_workspace


def test_a_prefecture_named_short_and_a_city_named_x_zhou():
    assert is_place("恩施州") and is_place("凉山州") and names("，恩施州科技局") == ["恩施州"]
    for words in ("礼遇泉州", "福建泉州", "中国湖州", "立足泉州", "以泉州"):
        assert not is_place(words), words
    assert names("简报获温州市委副书记批示") == []  # was 简报获温州
    assert names("以泉州高新区为核心区") == ["泉州高新区"]  # was 以泉州高新区


def test_a_verb_or_manner_adverb_opens_no_name():
    # the verbs of an ask, a founding and a lead phrase and the adverbs before them, as the work verbs do
    assert names("，建立市、县、高新区三级联动机制") == [] and names("，着力抓好高新区主阵地建设") == []
    assert names("二、充分盘活园区存量企业") == [] and names("，加大晋江市企业支持") == []
    assert names("，晋江市新增企业") == ["晋江市"] and names("，泉州高新区新增企业") == ["泉州高新区"]


@pytest.mark.parametrize("text, place", [
    ("积极对接鲤城区企业", None), ("按照泉州市要求", None), ("，以晋江市为试点", "晋江市"), ("在线泉州平台", None),
])
def test_a_function_characters_word_is_no_edge_of_a_name(text, place):
    assert names(text) == ([place] if place else [])


REPORT = """泉州市科学技术局2024年工作总结

一、主要工作成效
立足泉州产业实际培训企业技术骨干300人次。
福建泉州国家农业科技园区累计培育示范企业100家。
“海丝泉州·人才港湾”新引人才团队20个。
积极对接鲤城区企业招引项目7个。
以晋江市为试点新增科技型企业30家。
按照泉州市要求认定技术转移机构8家。

泉州市科学技术局
2025年1月10日
"""


def test_figures_after_such_words_are_not_given_to_them(tmp_path):
    facts = distil(tmp_path, load_workspace(REPO), REPORT, "report.txt").facts
    places = {g.raw: g.place or f.jurisdiction for f in facts for g in f.figures}
    assert places == {"300人次": "泉州市", "100家": "泉州市", "20个": "泉州市", "7个": "泉州市", "30家": "晋江市",
                      "8家": "泉州市"}


def test_a_noun_before_区_and_a_partys_name_are_no_place():
    # 区 after a noun of a plan's or a campus's words is no district (校区, 县城区, 支撑区, 引领区, 之区, 特区)
    for text in ("重庆移通学院（綦江校区）针对", "在县城区公园安装大屏23个", "打造高质量发展的重要支撑区。",
                 "列入国家农业科技园区创新引领区之一", "打造现代化滨海大都市首善之区", "听取科技城新区（直管区）工作情况"):
        assert not any(n.endswith("区") and n not in ("科技城新区",) for n in names(text)), text
    # a party's name before a committee's place is no part of it
    assert names("督办了民建南通市委员会提交的提案") == ["南通市"] and names("中共泉州市委") == ["泉州市"]
