"""rv15's findings (blind review of bf72c510..56175d51), each rule with the reviewer's input that went wrong and the case
its commit was made for."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from drafter.compose.asks import parse_asks, short_topic
from drafter.compose.select import ask_words, on_ask
from drafter.compose.sentences import own_opening
from drafter.compose.suggestion import is_collective
from drafter.compose.synonyms import synonyms_of
from drafter.grammar import settlement
from drafter.distill.metadata import _own_by_stem
from drafter.distill.structure import reports_figure
from drafter.model import Fact, Period
from drafter.read.clean import is_chrome


@pytest.mark.parametrize(("sentence", "opened"), [
    # rv15 6: the 还/也 of a paired construction or of a word is no adverb going with the adding word.
    ("此外，无论是城区还是农村，均实现全覆盖。", "无论是城区还是农村，均实现全覆盖。"),
    ("同时，不仅要抓建设也要抓管理。", "不仅要抓建设也要抓管理。"),
    ("同时，各地也门类齐全。", "各地也门类齐全。"),
    # h258's case, and a subject that is the bureau itself: the adverb goes with the adding word.
    ("此外，余杭商务部门还创新布局消费新场景。", "余杭商务部门创新布局消费新场景。"),
    ("同时，我们也积极推进老旧小区改造。", "我们积极推进老旧小区改造。"),
])
def test_own_opening_drops_only_a_subjects_partner_adverb(sentence, opened):
    assert own_opening([sentence]) == [opened]


@pytest.mark.parametrize(("sentence", "scope"), [
    # rv15 4: 市区 of the levels (市区两级) or of the city's whole (全市区域) is no built-up area.
    ("市区两级财政投入资金2000万元，完成黑臭水体排查整治。", None),
    ("在全市区域内开展黑臭水体排查整治。", None),
    ("各县市区开展黑臭水体排查整治。", None),  # 21e5bf75's case
    ("在市区内新建公厕20座。", "urban"),
    ("建成区黑臭水体“长制久清”比例达到100%。", "urban"),
])
def test_urban_scope_reads_no_level_list_nor_the_whole_city(sentence, scope):
    assert settlement(sentence) == scope


@pytest.mark.parametrize(("line", "chrome"), [
    # rv15 8: a latitude, a table's cell of temperatures, a heading opening on a role's word are text.
    ("地处北纬30°至31°之间", False),
    ("平均气温-2℃~5℃", False),
    ("设计理念", False),
    ("摄影比赛", False),
    # h258's lines: an app's weather bar, a chart's credit.
    ("杭州小雨21℃-19℃ 下载APP 我要投稿", True),
    ("杭州小雨21℃-19℃", True),
    ("制图 田兰芳", True),
    ("摄影：王小明", True),
])
def test_chrome_is_a_weather_bar_or_a_credit_not_a_short_line(line, chrome):
    assert is_chrome(line) is chrome


@pytest.mark.parametrize(("phrase", "fact", "on"), [
    # rv15 7: a word equivalent to the phrase's, said whole, is no match by itself: the fact shares no other word of the ask.
    ("提升公众环保意识", "2023年，我局开展宣传活动进社区120场次，发放资料3万份。", False),
    ("加强餐饮服务监管", "2023年，我局检查企业300家次，立案12件。", False),
    ("改善农村道路", "2023年，全市新建公路30公里。", False),
    # h269's case (hd51a): the field governing the asked facility, said whole, is its matter.
    ("完善仓觉村村民小组集体公墓", "2023年1月，市政府办公室印发《香格里拉市殡葬管理办法》。", True),
])
def test_only_the_field_governing_a_facility_answers_an_ask_alone(workspace, phrase, fact, on):
    asks = parse_asks(f"为此建议：\n一、{phrase}。\n", f"关于{phrase}的建议")
    for ask in asks:  # (as the selection sets them)
        ask.synonyms, ask.phrase_synonyms = " ".join(synonyms_of(ask.text, workspace)), " ".join(synonyms_of(ask.phrase, workspace))
    fact = Fact(id="f", text=fact, kind="done", period=Period(2023, "year"), jurisdiction="香格里拉市", source_id="s")
    assert on_ask(fact, asks[0], ask_words(asks, workspace)[0]) is on


@pytest.mark.parametrize(("place", "text", "own"), [
    # rv15 9: a road, a bay named by the place's stem is no naming of the place.
    ("中山市", "榕城区启动中山路改造提升工程。中山路全长1.2公里，改造后的中山路将成为特色商业街。", None),
    ("杭州市", "杭州湾跨海大桥车流量增长。杭州湾新区新增企业120家。杭州湾湿地公园开园。", None),
    # h258's case: the city named again and again by its stem.
    ("杭州市", "杭州公布首批十大夜地标。杭州之夜精彩纷呈。杭州的文脉得以延续。", "杭州市"),
])
def test_a_page_is_the_places_by_its_stem_not_by_its_roads(place, text, own):
    assert _own_by_stem(text, SimpleNamespace(jurisdiction=place)) == own


@pytest.mark.parametrize(("title", "topic"), [
    # rv15 11: a clause of whom or what the matter is for carries its object.
    ("关于面向农村留守儿童，加强心理健康教育的建议", "面向农村留守儿童，加强心理健康教育"),
    ("关于基于大数据平台，提升城市治理水平的建议", "基于大数据平台，提升城市治理水平"),
    # h258's case: where the place stands is its frame.
    ("关于定位世界一流的社会主义现代化国际大都市，杭州需要加强城市商业活力的建议", "加强城市商业活力"),
])
def test_a_titles_frame_is_where_the_place_stands_not_whom_it_serves(title, topic):
    assert short_topic(title) == topic


@pytest.mark.parametrize(("proposer", "collective"), [
    ("王振组", False),  # rv15 14: a person's name ending in 组
    ("驻隆阳委员活动组", True),  # hd50a's case
    ("委员联络组", True),
    ("第三小组", True),
])
def test_a_group_of_members_is_collective_not_a_name_ending_in_zu(proposer, collective):
    assert is_collective(proposer) is collective


@pytest.mark.parametrize(("clause", "reports"), [
    ("共将35名困难群众纳入低保", True),  # rv15 twins: 将 as 把 tells a figure done
    ("此次一期工程，将涵盖5个中心镇", False),  # hd50b's case: what is to be
    ("将新建污水管网12公里", False),
])
def test_a_figure_after_jiang_as_ba_is_reported(clause, reports):
    assert reports_figure(clause) is reports
