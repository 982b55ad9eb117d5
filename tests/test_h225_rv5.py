"""rv5's review of the compose side (h225): each test holds the reviewer's own input and failed before its fix."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from helpers import unit_workspace

from drafter.compose.asks import Ask, parse_asks
from drafter.compose.reply import OTHER_SITE_GROUP, OTHER_SITE_NOTE, marked_to_update
from drafter.compose.select import Item, Section, _answers, bigrams, deadline_ahead, drafted_elsewhere, fact_sentences, still_ahead
from drafter.model import Fact, Period, SourceMeta
from drafter.reply import BODY, STALE, ReplyBlock, Span

# A plan of an earlier year setting a deadline (hd43b's sentence, from a reply of a month's date alone).
def _source(date: str) -> SourceMeta:
    return SourceMeta("src", "src.txt", "", "reply", date=date)


PLAN = "在两年内，争取把唐庄郭庄村、王河村等10个美丽乡村，打造成乡村振兴示范村。"


def test_a_deadline_of_a_month_only_source_counts_from_its_last_day():
    """rv5 F2: a source dated 2022-08 (a month alone, as other places' pages are) raised ValueError in deadline_ahead and
    broke the draft; its 两年内 counts from 2022-08-31: still ahead in June 2023, past in 2025; a year alone from its end."""
    assert deadline_ahead(PLAN, _source("2022-08"), dt.date(2023, 6, 1))
    assert not deadline_ahead(PLAN, _source("2022-08"), dt.date(2025, 1, 1))
    assert deadline_ahead(PLAN, _source("2022"), dt.date(2024, 12, 1))
    assert deadline_ahead(PLAN, _source("2022-08-22"), dt.date(2024, 8, 20))
    assert not deadline_ahead(PLAN, _source("2022-08-22"), dt.date(2024, 8, 25))


def test_a_word_going_on_of_any_spelling_is_no_end_of_a_plan():
    """rv5 F10: _FRAME_ALONE spelt its own words going on (同时|此外|另外): an earlier year's plan losing its figure's clause
    ended on 与此同时 or 另一方面; the grammar's ADDING_WORDS are all of them."""
    plan, today = SimpleNamespace(year=2022, source=None), dt.date(2023, 11, 1)
    assert still_ahead("持续推进老旧小区改造，与此同时，新建口袋公园5个。", plan, today) == "持续推进老旧小区改造。"
    assert still_ahead("持续推进老旧小区改造，另一方面，新建口袋公园5个。", plan, today) == "持续推进老旧小区改造。"


def test_an_ask_after_the_work_told_in_its_sentence_keeps_its_things():
    """rv5 F4: a sentence opening on the work of recent years (近年来，我市相继建成…) was dropped whole from the things named,
    the ask in its next clause too (健身步道, 公共厕所); only the work told goes."""
    ask, = parse_asks("近年来，我市相继建成一批城市公园，建议在城东新区增建口袋公园、健身步道、公共厕所等设施。", "关于增建城市公园设施的建议")
    assert {"健身步道", "公共厕所"} <= set(ask.subjects)
    assert not any("城市公园" in t for t in ask.subjects)


def test_words_opening_on_if_are_no_condition():
    """rv5 F11: bare 若 took 若干 for 若 (if), 如有 took 如有关部门: those points were dropped as conditions; 如发现… still is."""
    ask, = parse_asks("加快老旧小区改造。建议加快老旧小区改造，若干老旧小区配套设施不全，应补齐短板。", "关于加快老旧小区改造的建议")
    assert "若干老旧小区配套设施不全" in ask.points
    ask, = parse_asks("加强渣土运输管理。建议规范渣土运输，如有关部门加强督查，严查违规行为。", "关于加强渣土运输管理的建议")
    assert "有关部门加强督查" in ask.points
    ask, = parse_asks("加强渣土运输管理。建议规范渣土运输，如发现违规行为，严肃查处。", "关于加强渣土运输管理的建议")
    assert not any("发现" in p for p in ask.points)


def _done(text: str, id_: str = "f") -> Fact:
    return Fact(id=id_, text=text, kind="done", period=Period(2025, "text"), jurisdiction="某市", source_id="s")


def test_a_result_said_as_what_a_thing_is_stays():
    """rv5 F5: a first sentence X是…的… was dropped as a definition even when it tells work done and when: 翠湖公园是今年我局
    新建成的城市综合公园 opened its fact's result; a thing said as it is (城市公园是…的公共场所, hd44b) still goes."""
    for first in ("翠湖公园是今年我局新建成的城市综合公园。", "智慧停车平台是市城管局今年上线运行的便民服务系统。"):
        assert fact_sentences(_done(first + "全年接待游客12万人次。"))[0] == first
    park = "城市公园是市民游览、休憩、娱乐、健身以及举办各类活动的公共场所，是城市文明的窗口和名片。"
    assert fact_sentences(_done(park + "全市共有公园17处。")) == ["全市共有公园17处。"]


def test_another_sites_work_is_nothing_marked_to_update():
    """rv5 F13: part one's comment on old material said 需更新之处已标出 when the only highlight under a comment was another
    site's work said again (OTHER_SITE_NOTE), marked to rewrite for this site; an old figure's mark still counts."""
    site = Span("已对该路段实施提升改造。", STALE, note=OTHER_SITE_NOTE.format(site="福宁路"), group=f"{OTHER_SITE_GROUP}f:0")
    old = Span("12个", STALE, note="该数据为2022年数据，早于上年（2024年），请核实", group="f#0")
    assert not marked_to_update([ReplyBlock(BODY, [site])])
    assert marked_to_update([ReplyBlock(BODY, [site]), ReplyBlock(BODY, [Span("完成改造项目"), old])])


def test_a_result_said_by_an_asks_other_name_under_another_heading_is_told():
    """rv5 F9: drafted_elsewhere weighed a sentence drafted under another heading by the ask's text alone, its equivalents
    left out (the other callers had them only inside the ask's query, three characters of a synonym counting): 全年新建
    敬老院3所 under 推进养老设施建设 states a result on 加强老年人照护服务, whose 敬老院 is a setting of 老年照护."""
    ask = Ask("加强老年人照护服务", "加强老年人照护服务。", synonyms="敬老院")
    item = Item(_done("全年新建敬老院3所。"), None, 1.0, 2025, sentences=["全年新建敬老院3所。"])
    sections = [Section("推进养老设施建设", [item]), Section(None, [], gap=True)]
    note = drafted_elsewhere(sections, sections[1], ask, frozenset({"敬老", "老院", "照护"}))
    assert note and "全年新建敬老院3所" in note and "推进养老设施建设" in note


def test_three_characters_of_an_asks_synonym_are_not_its_matter(tmp_path):
    """rv5 F9: the items answering an ask were weighed on its query, its text with its synonyms: 新建老年人活动中心5个 shared
    老年人 with the synonym 老年人照护 and stood as a result on 完善养老服务体系; a synonym counts only said whole."""
    ws = unit_workspace(tmp_path / "ws", "某市民政局", "市民政局", "某市")
    ask = Ask("完善养老服务体系", "建议完善养老服务体系，加强社区照护。", synonyms="老年人照护")
    hall = Item(_done("新建老年人活动中心5个。", "hall"), None, 1.0, 2025)
    posts = Item(_done("推进养老服务体系建设，完善社区照护网络，全市建成社区照护站12个。", "posts"), None, 1.0, 2025)
    specific = frozenset({"养老", "照护", "老年", "年人", "服务", "体系"})
    answers, = _answers([[hall, posts]], {}, [ask], [bigrams(ask.text) | {"老年", "年人"}], [specific], ws)
    assert [i.fact.id for i in answers] == [posts.fact.id]
