"""h246: rv8's review findings on whose and when a figure is. A count listed after other levels' titles is a title's only
where the place itself is the title on the count's noun (郑州市…特色村24个), not where it did the work (任泽区新增省级…120家);
places counted together (两市, 两地, 三县) only as a clause's subject (not 沪深两市上市企业, 两地分居职工, 三县区); a city's bare
name before a count only for a count of its areas or a pool (唐山17个县级行政区中), not 与来宾300余人. A holding verb dates a
figure to its span's end only when it governs it, not as a modifier (新培育拥有自主知识产权的…350家); a total's noun undates a flow
only where it reaches the figure (总数达2800家), not 盘活存量资产12亿元 or 能源消费总量下降3%. A statement naming its own present
(截至目前，…) after a paragraph's year is of the page's date, not that year's."""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.facts import figure_positions
from drafter.distill.figures import find_figures
from drafter.distill.periods import figure_periods, time_mentions
from drafter.distill.places import figure_places
from drafter.distill.structure import normalise
from helpers import XINGTAI


def _places(sentence: str, place: str = "邢台市") -> list[str | None]:
    norm = normalise(sentence)
    return figure_places(norm, figure_positions(norm, find_figures(sentence, norm)), place, place)


def test_a_district_that_did_the_work_after_a_levels_count_keeps_its_figure(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, "我市国土绿化工作取得新进展\n\n2024-01-10 来源：邢台日报\n\n2023年，全市新增国家级森林乡村15个，"
                "任泽区新增省级森林乡村120个。全市创建省级文明村12个，南和区完成投资5亿元。\n", "2024-01-10_国土绿化.txt")
    places = {g.raw: g.place for g in fact_saying(ff, "120个").figures}
    assert (places["15个"], places["120个"], places["12个"], places["5亿元"]) == (None, "任泽区", None, "南和区")
    # (the level that titled them, as 国家级 and 省级 did: 登封市's own count, hd43b)
    assert _places("登封市地处嵩山腹地,共有国家级传统古村落5个,省级传统古村落9个,郑州市自然风貌和历史文化特色村24个。",
                   "登封市") == [None, None, None]


def test_places_counted_together_only_as_the_clauses_subject():
    assert _places("今年以来，全市新增沪深两市上市企业3家，新三板挂牌企业5家。") == [None, None]
    assert _places("全市共解决两地分居职工12人。") == [None]
    assert _places("我市三县区共完成造林面积3.5万亩。") == [None]
    assert _places("2022年，两市主城区已建成公园合计481个，森林公园、湿地公园等合计53处。") == ["两市", "两市"]


def test_a_citys_bare_name_only_before_a_count_of_its_areas():
    assert _places("市领导与来宾300余人共同参观。") == [None]
    assert _places("芦台经济开发区在唐山17个县级行政区中属于“小老幺”。", "唐山市") == [None]
    assert _places("芦台经济开发区在唐山17个县级行政区中属于“小老幺”。", "芦台经济开发区") == ["唐山市"]


def _years(text: str, year: int, month: int) -> list[tuple[int, int] | None]:
    """The (first, last) year of each figure of ``text`` on a page of ``year``-``month``."""
    norm = normalise(text)
    figures = find_figures(text, norm)
    found = figure_periods(norm, figure_positions(norm, figures), time_mentions(norm, year, month), False)
    return [m and m[:2] for m in found]


def test_a_holding_verb_of_a_modifier_leaves_a_flow_over_its_span():
    assert _years("“十四五”以来，全市新培育拥有自主知识产权的高新技术企业350家。", 2024, 6) == [(2021, 2024)]
    assert _years("2021年至2023年，全市新增拥有核心技术的科技型企业120家。", 2024, 6) == [(2021, 2023)]
    assert _years("2021年以来，全市新建现有标准的农贸市场15个。", 2024, 6) == [(2021, 2024)]


def test_a_totals_noun_undates_only_what_it_reaches():
    assert _years("2021年，我市开展闲置资产清理行动。共盘活存量资产12亿元，处置低效用地300亩。", 2023, 12) == [(2021, 2021)] * 2
    assert _years("2022年，我市实施节能改造。全市能源消费总量下降3%，新增光伏装机50万千瓦。", 2023, 12) == [(2022, 2022)] * 2
    # (the running totals the guard was written for stay the document's)
    assert _years("2019年，我市获批国家创新型城市。全市累计认定高新技术企业2800家。", 2023, 12) == [None]
    assert _years("2019年，我市获批国家创新型城市。全市高新技术企业总数达2800家。", 2023, 12) == [None]


def test_a_statement_of_its_own_present_keeps_the_pages_date(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *XINGTAI[:3])
    ff = distil(tmp_path, ws, "邢台市国土绿化工作综述\n\n2023-06-20 来源：邢台日报\n\n2022年，信都区完成造林面积2.1万亩。\n"
                "2020年，任泽区大力推进国土绿化，完成造林面积3.5万亩，新建村庄绿化示范村12个。"
                "截至目前，南和区已累计建成国家森林乡村6个、省级森林乡村14个。\n", "2023-06-20_国土绿化.txt")
    assert fact_saying(ff, "3.5万亩").period.year == 2020
    now = fact_saying(ff, "截至目前")
    assert (now.period.year, now.jurisdiction) == (2023, "南和区")
    assert {g.year or now.period.year for g in now.figures} == {2023}
