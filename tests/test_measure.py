"""The one rule for "the same measure": real seed figures against reports written like the seeds.

Everything is read with drafter.read.read_document and distilled with distill_document, so the
names (``counts``), places and periods are the distiller's, as in a real refresh or draft.
"""

from __future__ import annotations


import pytest

from helpers import REPO

from drafter.distill import distill_document
from drafter.facts.measure import (
    NEW, UPDATED, match_figure, measure_fact, measured_figures, newest_successors, qualifier,
)
from drafter.model import DONE, Fact, Figure, Period, SourceMeta
from drafter.read import read_document
from drafter.workspace import load_workspace

SEEDS = REPO / "seeds"

REPORT = """{city}科学技术局2026年工作总结

2026年，我局坚持以科技创新引领产业创新，各项工作取得新成效。现将有关情况总结如下：
一、主要工作成效
（一）科技创新主体持续壮大。截至2026年底，全市科技型中小企业达1890家，国家级高新技术企业3500家。全年兑现下达高企认定奖补资金12500万元。
（二）科创平台建设提质增效。新认定市级新型研发机构31家。
二、2027年工作计划
一是持续壮大创新主体。

{city}科学技术局
2027年1月10日
"""


@pytest.fixture(scope="module")
def ws():
    return load_workspace(REPO)


@pytest.fixture(scope="module")
def reports(ws, tmp_path_factory):
    """The same 2026 report by 泉州 and by 厦门, read and distilled like any source."""
    out = {}
    for city in ("泉州市", "厦门市"):
        path = tmp_path_factory.mktemp(city) / f"{city}2026年工作总结.txt"
        path.write_text(REPORT.format(city=city), encoding="utf-8")
        out[city] = distill_document(read_document(path), ws)
    return out


def measured(ff, raw, ws):
    """The one figure of ``ff`` written ``raw`` (spaces ignored), with its measure."""
    found = [m for fact in ff.facts for m in measure_fact(fact, ff.source, ws)
             if m.figure.raw.replace(" ", "") == raw]
    assert len(found) == 1, (raw, [m.figure.raw for m in found])
    return found[0]


def test_the_report_is_read_as_intended(reports):
    assert reports["泉州市"].source.jurisdiction == "泉州市"
    assert reports["厦门市"].source.jurisdiction == "厦门市"


def test_the_same_thing_counted_in_other_words_is_one_measure(distilled_seeds, reports, ws):
    old = measured(distilled_seeds["000"], "1614家", ws)  # 截至目前，全市培育科技型中小企业1614家
    new = measured(reports["泉州市"], "1890家", ws)  # 截至2026年底，全市科技型中小企业达1890家
    assert new.measure.similarity(old.measure) == 1.0
    match = match_figure(new, [old])
    assert match.outcome == UPDATED and match.old is old


def test_a_dropped_character_is_still_the_same_measure(distilled_seeds, reports, ws):
    old = measured(distilled_seeds["000"], "3122家", ws)  # 国家级高新技术企3122家 (业 missing in the reply)
    new = measured(reports["泉州市"], "3500家", ws)
    assert old.name != new.name and 0.75 <= new.measure.similarity(old.measure) < 1.0
    assert match_figure(new, [old]).outcome == UPDATED


def test_wan_yuan_and_yi_yuan_of_the_same_thing_are_one_measure(distilled_seeds, reports, ws):
    old = measured(distilled_seeds["000"], "1.17亿元", ws)  # 全年兑现下达高企认定奖补资金1.17亿元
    new = measured(reports["泉州市"], "12500万元", ws)
    assert (old.value, new.value) == (117_000_000, 125_000_000)
    match = match_figure(new, [old])
    assert match.outcome == UPDATED and match.old is old


def test_a_shared_noun_with_other_words_around_it_is_another_measure(distilled_seeds, ws):
    reserved = measured(distilled_seeds["000"], "23个", ws)  # 市科创天使投资基金…储备23个投资项目
    invested = measured(distilled_seeds["003"], "287个", ws)  # “1+X”产业基金矩阵…累计投资项目287个
    assert reserved.name == invested.name == "投资项目"  # the noun alone would match them
    assert invested.measure.similarity(reserved.measure) == 0.0
    assert match_figure(invested, [reserved]).outcome == NEW


def test_a_years_additions_are_not_the_stock(distilled_seeds, reports, ws):
    added = measured(distilled_seeds["000"], "27家", ws)  # 新认定市级新型研发机构27家，
    stock = measured(distilled_seeds["000"], "128家", ws)  # 现有总量128家
    assert added.measure.similarity(stock.measure) == 0.0
    newer = measured(reports["泉州市"], "31家", ws)  # 新认定市级新型研发机构31家
    match = match_figure(newer, [stock, added])
    assert match.outcome == UPDATED and match.old is added and match.superseded == [added]


def test_the_words_around_the_noun_tell_additions_from_the_stock(ws):
    """Even when both name the same noun, 新认定 and 现有总量 are different measures."""
    source = SourceMeta(id="r", path="r.txt", sha256="0" * 64, kind="reply", date="2025-05-20")

    def fact(text, value):
        figure = Figure(value, "家", f"{value}家", counts="新型研发机构")
        return Fact(id=f"f{value}", text=text, kind=DONE, period=Period(2025, "text"), jurisdiction="泉州市",
                    source_id="r", figures=[figure])

    (added,) = measure_fact(fact("加强动态考评管理，新认定新型研发机构27家。", 27), source, ws)
    (stock,) = measure_fact(fact("全市新型研发机构现有总量128家。", 128), source, ws)
    assert added.name == stock.name
    assert (added.measure.qualifier, stock.measure.qualifier) == ("新认定", "")
    assert added.measure.similarity(stock.measure) == 0.0


def test_another_citys_figure_is_another_measure(distilled_seeds, reports, ws):
    quanzhou = measured(distilled_seeds["000"], "1614家", ws)
    xiamen = measured(reports["厦门市"], "1890家", ws)
    assert xiamen.place == "厦门市" and quanzhou.place == "泉州市" and xiamen.name == quanzhou.name
    assert xiamen.measure.similarity(quanzhou.measure) == 0.0
    assert match_figure(xiamen, [quanzhou]).outcome == NEW


def test_additions_differ_from_the_total_whether_the_modifier_is_in_the_name_or_around_it(distilled_seeds, ws):
    added = measured(distilled_seeds["000"], "13家", ws)  # 新增异地研发孵化机构13家: 新增 is read into the name (h307)
    assert added.name == "新增异地研发孵化机构" and added.measure.qualifier == ""
    source = SourceMeta(id="n", path="n.txt", sha256="1" * 64, kind="reply", date="2026-05-20")

    def fact(text, value, counts):
        return Fact(id=f"n{value}", text=text, kind=DONE, period=Period(2026, "text"), jurisdiction="泉州市",
                    source_id="n", figures=[Figure(value, "家", f"{value}家", counts=counts)])

    (total,) = measure_fact(fact("异地研发孵化机构累计达40家。", 40, "异地研发孵化机构"), source, ws)
    assert total.measure.similarity(added.measure) == 0.0
    # a name that keeps 新增 (as normalise_counts does): 0.78 bigram similarity, but the names
    # differ in their first word — what is counted differs
    (named,) = measure_fact(fact("新增异地研发孵化机构15家。", 15, "新增异地研发孵化机构"), source, ws)
    assert named.measure.qualifier == total.measure.qualifier == ""
    assert total.measure.similarity(named.measure) == 0.0
    # a qualifier around the name does the same (已新增 before a name read without it)
    (around,) = measure_fact(fact("已新增异地研发孵化机构15家。", 15, "异地研发孵化机构"), source, ws)
    assert around.measure.qualifier and total.measure.similarity(around.measure) == 0.0


def test_no_seed_figure_supersedes_another(distilled_seeds, ws):
    """Across the five seeds (2016 to 2026, 泉州, 厦门, 鲤城区) nothing counts the same measure twice
    in different facts: the generic names (企业, 投资项目, 措施…) all differ in their clauses."""
    figures = measured_figures(list(distilled_seeds.values()), ws)
    assert len(figures) > 250
    assert newest_successors(figures) == {}


def test_newest_successors_points_every_older_value_to_the_newest(distilled_seeds, reports, ws):
    figures = measured_figures([distilled_seeds["000"], reports["泉州市"]], ws)
    later = measure_fact(
        Fact(id="later", text="全市科技型中小企业达2100家。", kind=DONE, period=Period(2027, "text"),
             jurisdiction=None, source_id="later", figures=[Figure(2100, "家", "2100家", counts="科技型中小企业")]),
        SourceMeta(id="later", path="l.txt", sha256="2" * 64, kind="work_report", date="2028-01-10"), ws)
    successors = newest_successors(figures + later)
    by_raw = {next(m for m in figures + later if id(m) == key).figure.raw: m.figure.raw
              for key, m in successors.items()}
    assert by_raw["1614家"] == "2100家" and by_raw["1890家"] == "2100家"
    assert by_raw["3122家"] == "3500家" and by_raw["27家"] == "31家"
    assert "23个" not in by_raw and "128家" not in by_raw


def test_qualifier_reads_the_clause_only():
    text = "截至目前，全市培育科技型中小企业1614家，省级以上“专精特新”企业781家（其中国家级“专精特新”小巨人企业49家）。"
    at = text.index("1614家")
    assert qualifier(text, (at, at + 5), "科技型中小企业", ("泉州市",)) == ""
    at = text.index("49家")
    assert qualifier(text, (at, at + 3), "国家级“专精特新”小巨人企业") == ""
    text = "突出“投早、投小、投新”储备23个投资项目，已投资精电光科600万元。"
    at = text.index("23个")
    assert qualifier(text, (at, at + 3), "投资项目").endswith("储备")
