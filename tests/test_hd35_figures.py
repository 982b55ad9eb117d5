"""What distill makes of a bureau's news with its year's figures, found on held-out round hd35a (宝鸡市生态环境局): the
2024-12-09 summary's January–November results (优良天数259天, 水质优良率92.9%) kept as background, so a draft sent the clerk
off to collect the year's figures it had.

Each test reads lines of the real pages in a workspace of its own bureau.
"""

from __future__ import annotations

from click.testing import CliRunner
from helpers import unit_workspace

from drafter.cli import cli
from drafter.facts.index import FactIndex

# 宝鸡市生态环境保护委员会's meeting news (2024-12-09), its lines as the page prints them.
BAOJI_MEETING = """12月6日下午,市生态环境保护委员会召开全体会议,深入学习贯彻习近平生态文明思想,听取全市生态环境保护工作情况汇报,研究部署下一步工作。市委书记杨广亭主持会议并讲话,市长王勇作工作部署。
1-11月,市区空气质量综合指数3.99、同比改善4.3%,优良天数259天、同比增加17天,六项主要污染物呈现“五降一平”的良好趋势。建设用地和受污染耕地安全利用率100%,土壤环境质量总体稳定。1-10月,全市地表水国控断面水质优良率92.9%,市级饮用水源地水质达标率100%,水环境质量位居关中5市第一位。
杨广亭强调,全市上下要持之以恒学习贯彻习近平生态文明思想,全力打造生态之城、美丽宝鸡。
"""
BAOJI_NAME = "市生态环境保护委员会召开全体会议_2024-12-09.txt"


def _baoji(tmp_path, page: str = BAOJI_MEETING, name: str = BAOJI_NAME):
    tmp_path.mkdir(parents=True, exist_ok=True)
    ws = unit_workspace(tmp_path / "ws", "宝鸡市生态环境局", "市生态环境局", "宝鸡市", "渭滨区, 金台区, 陈仓区, 凤翔区, 太白县",
                        "我市生态环境保护工作")
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / name).write_text(page, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(folder)])
    assert result.exit_code == 0, result.output
    index = FactIndex.load(ws)
    return result, list(index.facts.values()), next(iter(index.sources.values()))


def _fact(facts, words: str):
    return next(f for f in facts if words in f.text)


def test_the_places_results_of_part_of_the_year_are_done(tmp_path):
    """hd35a F1: 1-11月，市区空气质量综合指数3.99…优良天数259天… in the place's news was background: a statement opening on the
    part of the year it reports, with figures and nothing to come, tells the place's results so far that year."""
    _, facts, source = _baoji(tmp_path)
    assert source.kind == "news", source.kind
    results = _fact(facts, "优良天数259天")
    assert results.kind == "done", results.kind
    assert results.period.year == 2024, results.period
    assert _fact(facts, "杨广亭强调").kind != "done"


def test_a_part_of_a_year_after_the_page_is_no_result(tmp_path):
    """The same opening naming a year after the page's (2025年1-11月，… on a 2024 page) tells no result won."""
    page = BAOJI_MEETING.replace("1-11月,", "2025年1-11月,")
    _, facts, _ = _baoji(tmp_path, page)
    assert _fact(facts, "优良天数259天").kind != "done"


# 宝鸡市生态环境局's press release (2024-06-06), its 2023 results as the page prints them.
BAOJI_RELEASE = """6月5日,我市召开2023年及2024年一季度宝鸡市环境质量状况新闻发布会。
2023年,我市坚持精准治污、科学治污、依法治污,深入打好污染防治攻坚战,市区环境空气质量优良天数274天,位居关中城市第二位,优良达标率75.1%,较2022年增加11天,年平均降尘量较2022年下降17.3%,全年未出现酸雨;对渭河、嘉陵江等16条河流31个国、省、市控地表水断面进行月监测,Ⅰ-Ⅲ类水质占比96.8%,整体水质状况为优,水环境质量指数3.84,位居关中5市第一位。
"""


def test_a_change_is_of_the_figure_before_in_its_unit_and_keeps_its_verb(tmp_path):
    """hd35a F5: 较2022年增加11天 after 优良天数274天，…，优良达标率75.1% was labelled 优良达标率增加 (a rate rises by no days) and
    年平均降尘量较2022年下降17.3% read 年平均降尘量, its level: a change is of the last figure before it in its own unit, and the
    thing named before a comparison keeps the change's verb."""
    _, facts, _ = _baoji(tmp_path, BAOJI_RELEASE, "宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt")
    figures = {f.raw: f for f in _fact(facts, "优良天数274天").figures}
    assert figures["11天"].counts.endswith("优良天数增加"), figures["11天"].counts
    assert figures["17.3%"].counts == "年平均降尘量下降", figures["17.3%"].counts


def test_an_index_value_is_a_figure(tmp_path):
    """hd35a F5: 综合指数3.99 and 水环境质量指数3.84 were no figures (no unit after the number): an index's value right after its
    name is one, and the change after it (同比改善4.3%) is that index's."""
    _, facts, _ = _baoji(tmp_path)
    figures = {f.raw: f for f in _fact(facts, "优良天数259天").figures}
    assert figures["3.99"].value == 3.99 and figures["3.99"].counts.endswith("综合指数"), figures.get("3.99")
    assert figures["4.3%"].counts.endswith("综合指数改善"), figures["4.3%"].counts
    _, facts, _ = _baoji(tmp_path / "release", BAOJI_RELEASE, "宝鸡市召开环境质量状况新闻发布会_2024-06-06.txt")
    assert any(f.raw == "3.84" and f.counts == "水环境质量指数" for f in _fact(facts, "优良天数274天").figures)
