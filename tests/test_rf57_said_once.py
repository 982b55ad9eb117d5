"""rf57: what drafter said or computed more than once, said and computed once — each test here fails where the one helper
or value it guards is broken."""

from __future__ import annotations

from drafter.distill.figures import find_figures, normalise


def _counts(sentence: str) -> dict[str, str | None]:
    norm = normalise(sentence)
    return {f.raw: f.counts for f in find_figures(norm, norm)}


def test_the_verb_of_adding_is_split_off_the_same_way_everywhere():
    """figures' _split_added: a stock after the additions (泉州市科技局's 2025 summary, seeds/000_60a5176dfe2077e9.txt) is of the
    thing added, not the year's additions; a level's part of a count of additions is an addition of that level."""
    # (seeds/000_60a5176dfe2077e9.txt)
    counts = _counts("一体引进“人才+团队+项目”，新引人才团队20个，累计达84个。")
    assert counts == {"20个": "新引人才团队", "84个": "人才团队"}
    # (no corpus line has it: the rule's own example, 新增…企业10家，其中国家级3家)
    assert _counts("2023年新增高新技术企业10家，其中国家级3家。")["3家"] == "新增国家级高新技术企业"


def test_a_news_page_of_early_in_the_year_tells_the_year_before_only_when_posted_early():
    """facts.report_mentions asks SourceMeta.this_year once: a page of 2019-01-02 telling 2018 (hd54a's 三明 page,
    tests/fixtures/rescore/2019-01-02_三明市打造乡村振兴产业精品工程.txt, as read in simplified characters) runs its 2018年以来 to 2018;
    the same words posted in June run to the page's own year."""
    from drafter.distill.facts import report_mentions
    from drafter.model import NEWS, SourceMeta

    norm = normalise("从2012年我省开展第一轮福建农民创业园建设以来,特别是2018年以来,全市各级全力进行品牌提升、科技引领、园区带动")
    since = norm.index("2018年以来")

    def runs(date: str) -> list[tuple[int, int]]:
        meta = SourceMeta(id="p", path="p.txt", sha256="0", kind=NEWS, date=date, period=2018)
        return [(a, b) for pos, a, b, _ in report_mentions(norm, meta, True) if pos == since]

    assert runs("2019-01-02") == [(2018, 2018)]
    assert runs("2019-06-20") == [(2018, 2019)]


def test_a_governments_report_titled_by_its_government_is_the_places(tmp_path):
    """select.place_issued by its compiled patterns: the government's name (人民政府, 政府) taken out of a title before a unit is
    looked for in it — 珠海市政府工作报告 (hd56c's seed 2024-01-30_珠海市政府工作报告.txt, no issuer read) is the city's."""
    from helpers import unit_workspace

    from drafter.compose.select import place_issued
    from drafter.model import SourceMeta

    ws = unit_workspace(tmp_path / "ws", "珠海市市场监督管理局", "市市场监管局", "珠海市", "香洲区, 斗门区, 金湾区")
    report = SourceMeta(id="z", path="z.txt", sha256="", kind="work_report", title="珠海市政府工作报告", jurisdiction="珠海市")
    assert place_issued(report, ws)


def test_a_plans_end_said_of_its_period_is_that_plans_last_year():
    """grammar.PLAN_PERIOD_ENDS, one vocabulary for periods and figures: 十二五期末 is 2015, as “十一五”末 is 2010 (periods'
    examples, hd52a; no corpus line says 期末)."""
    from drafter.distill.periods import time_mentions

    assert time_mentions("十二五期末，全市森林覆盖率达到58%。", 2020, None) == ((0, 2015, 2015, "text"),)


def test_a_reply_heads_proposer_fields_are_lead_labels():
    """grammar.DEPUTY_KEYS, built from the member titles LEAD_LABEL reads (MEMBER_WORDS): each field a reply's head names the
    proposer by is one a suggestion's form labels its lead by."""
    import re

    from drafter.grammar import DEPUTY_KEYS, LEAD_LABEL

    assert DEPUTY_KEYS == ("代表姓名", "委员姓名", "领衔代表")
    assert all(re.fullmatch(LEAD_LABEL, key) for key in DEPUTY_KEYS)
