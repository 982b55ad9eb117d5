"""h272: findings of blind review rv15 (severity 1: items 1 with 15, 2, 3, 5; severity 2: items 10, 12, 13), each on the
reviewer's input."""

from __future__ import annotations

import pytest

from drafter.distill.facts import context_period, led_context
from drafter.model import SourceMeta
from helpers import distil, first_saying, unit_workspace


def _page(kind: str, date: str) -> SourceMeta:
    return SourceMeta(id="x", path="x.txt", sha256="", kind=kind, date=date)


@pytest.mark.parametrize("kind", ["news", "policy"])
@pytest.mark.parametrize("sentence", ["本办法自5月1日起施行。", "报名时间为4月1日至4月30日。", "游客中心将于10月1日正式开放。"])
def test_a_day_to_come_later_in_the_year_stays_the_pages_year(kind, sentence):
    """rv15 1: a day without its year, of a month after the page's (2024-03-05), was dated the year before whatever the sentence
    said; only a deed told done is (h269: …于12月16日获得民政部批复 of a page of 01-06)."""
    assert context_period(sentence, [], _page(kind, "2024-03-05")).year == 2024
    assert context_period("该项目于12月16日获得省发改委批复。", [], _page(kind, "2024-03-05")).year == 2023


def test_a_plans_day_is_never_shifted_to_the_year_before():
    """rv15 15: a figure's context (led_context) read a plan as done work, its later day the year before's."""
    plan = "下一步，所有村级站点12月16日前全部获批。"
    assert led_context(plan, [], _page("news", "2024-03-05"), None, plan=True).year == 2024


HANGZHOU = ("杭州市", "杭州", "全市", "我市")


@pytest.mark.parametrize("sentence, deed", [
    ("全市建设用地供应总量同比下降12%。", False),
    ("我市编制工作人员总数控制在核定范围内。", False),
    ("杭州发布的数据显示，一季度社会消费品零售总额增长5%。", False),
    ("近日，杭州公布首批十大夜间经济集聚的夜地标，布局更合理、功能更完善。", True),  # (h258)
    ("今年11月，全市有8条步行街入选“杭州市级高品质步行街”并获得授牌。", True),  # (h258)
])
def test_a_places_statistics_are_no_deed_of_it(sentence, deed):
    """rv15 2: place_deed took every founding verb, so a statistic whose noun opens on one (建设用地, 编制工作人员) or a verb
    modifying a noun (发布的数据) was the place's own work, done; only announcing it or an honour won is."""
    from drafter.distill.facts import place_deed

    assert place_deed(sentence, HANGZHOU) is deed


@pytest.mark.parametrize("sentence, held", [
    ("推动“十四五”时期经济社会高质量发展建设。", False),
    ("“仲夏夜嘉年华”暑期促消费、“金秋消费节”等活动全面展开，有效增强消费市场内生动力。", True),  # (h258)
])
def test_a_named_programme_held_is_no_word_inside_another(sentence, held):
    """rv15 12: NAMED_HELD took 展 of 发展 and 建设 as holding: an overview lead naming “十四五” was work done."""
    from drafter.distill.facts import NAMED_HELD

    assert bool(NAMED_HELD.search(sentence)) is held


@pytest.mark.parametrize("notice, told", [
    ("现将《云南省殡葬管理条例》转发给你们，请认真贯彻执行。", "2023年1月，市政府办公室转发《云南省殡葬管理条例》（香政办发〔2023〕2号）。"),
    ("经三届市人民政府第11次常务会议研究审议通过，现将《香格里拉市殡葬管理办法》印发给你们，请认真抓好贯彻落实。",
     "2023年1月，市政府办公室印发《香格里拉市殡葬管理办法》（香政办发〔2023〕2号）。"),  # (h269)
])
def test_a_notice_is_told_by_its_own_verb(notice, told):
    """rv15 3: a notice forwarding a province's regulation (转发) was told as the city's issuing it (印发《云南省殡葬管理条例》)."""
    from types import SimpleNamespace

    from drafter.compose.sentences import issued_as_done

    source = SourceMeta(id="x", path="x.txt", sha256="", kind="policy", date="2023-01-24", issuer="香格里拉市人民政府办公室",
                        number="香政办发〔2023〕2号")
    assert issued_as_done(notice, source, SimpleNamespace(jurisdiction="香格里拉市")) == told


MEETING = ("全市发展改革工作会议召开\n发布时间：2024-01-15\n\n"
           "1月12日，全市发展改革工作会议召开。市发展改革委主任张明总结了2023年工作。他表示，{item}；二是项目建设提速增效，全年新开工项目86个。\n")


@pytest.mark.parametrize("item, plan", [
    ("一是要素保障更加有力，全年争取专项债资金12亿元", False),
    ("一是要保障重点项目用地，全年新建管网12公里", True),  # (hd50b: 服务组强调，一是要保供水)
])
def test_a_stressed_items_must_is_no_nouns_first_character(tmp_path, item, plan):
    """rv15 5: MUST_ITEM took 要 of 要素, so a result a speaker reported (一是要素保障更加有力，全年争取专项债资金12亿元) was a plan."""
    ws = unit_workspace(tmp_path / "ws", "宿州市发展和改革委员会", "市发展改革委", "宿州市")
    fact = first_saying(distil(tmp_path, ws, MEETING.format(item=item), "2024-01-15_会议.txt").facts, item[:8])
    assert (fact.kind == "plan") is plan, fact


@pytest.mark.parametrize("lead, kind", [
    ("该项目已于2022年底竣工，主要建设内容包括：", "done"),
    ("该项目已列入《宿州市“十四五”城镇污水处理规划》，主要建设内容包括：", "plan"),  # (h265: a plan's scope)
])
def test_a_scope_listed_under_a_lead_saying_it_done_is_done(tmp_path, lead, kind):
    """rv15 10: scope_listed made every item after 建设内容包括： a plan, even where its lead says the work finished."""
    ws = unit_workspace(tmp_path / "ws", "宿州市住房和城乡建设局", "市住建局", "宿州市")
    page = ("关于城区污水管网建设情况的通报\n发布时间：2023-03-10\n\n"
            f"{lead}一是新建污水管网12公里；二是改造提升泵站3座；三是新建调蓄池1座。\n")
    facts = distil(tmp_path, ws, page, "2023-03-10_通报.txt").facts
    assert [first_saying(facts, item).kind for item in ("一是新建污水管网", "二是改造提升泵站")] == [kind, kind]


@pytest.mark.parametrize("sentence, text, deed", [
    ("各区商务部门开展了检查。", "", False),
    ("全市商务部门开展了检查。", "", False),
    ("此外，余杭商务部门还创新布局消费新场景，在良渚街道西田城购物中心指导打造了“6号大街”。", "余杭区商务局", True),  # (h258)
])
def test_a_stem_department_is_named_by_a_places_stem(sentence, text, deed):
    """rv15 13: area_unit_deed took any two characters before a department (各区, 全市) as an area's stem."""
    from drafter.distill.facts import area_unit_deed

    assert area_unit_deed(sentence, text) is deed
