"""rv14's review of 4561b77d..bf72c510 (items 1, 2, 4, 5, 7, 14): each finding on the reviewer's inputs, failing before its fix."""

from __future__ import annotations

import pytest

from helpers import distil, unit_workspace
from helpers import XINGTAI

_CITY_MANAGEMENT = ("邢台县城市管理局", "县城管局", "邢台县")
_REPORT = ("邢台县城市管理局2023年工作总结\n\n2023年，在县委、县政府的正确领导下，我局紧紧围绕年度目标任务，扎实推进各项工作，现将"
           "有关情况总结如下。\n\n一、园林绿化\n\n全年新建公园2个，改造游园3个，完成1个片区停车改造。\n\n二、{heading}\n\n{later}\n")


def _facts(tmp_path, unit, text: str, name: str):
    return distil(tmp_path, unit_workspace(tmp_path / "ws", *unit), text, name).facts


@pytest.mark.parametrize("heading, later", [
    # (rv14 1: 1个, 3个, 2个 again, of other things: no recap of 新建公园2个，改造游园3个，完成1个片区停车改造)
    ("其他工作", "在数字城管方面，新建监控平台1个；在环卫方面，改造垃圾中转站3个；在执法方面，开展联合执法行动12次；在公厕方面，"
                 "新建公厕2个。"),
    # (the older rule, a statement of the same figures of its kind and period is that one: as blind to what is counted)
    ("数字城管", "新建智慧停车平台1个，接入停车泊位2个片区，覆盖道路3个街区。"),
])
def test_small_counts_of_other_things_are_no_figures_told_again(tmp_path, heading, later):
    """rv14 1: a later statement of a report saying 1个, 2个, 3个 of other things than an earlier one was cut to its one new clause
    (在执法方面，开展联合执法行动12次。) or dropped as a retelling. A figure is told again when its value, unit and what it counts are."""
    facts = _facts(tmp_path, _CITY_MANAGEMENT, _REPORT.format(heading=heading, later=later), "2023-12-20_总结.txt")
    assert any(f.text == later for f in facts), [f.text for f in facts]


_YEAR_END = "到2025年底，全市森林覆盖率达到35.2%，累计建成省级森林乡村50个。"


@pytest.mark.parametrize("title, date, kind", [
    ("邢台市林业局2025年工作总结", "2025-11-25", "done"),  # (rv14 2: the document reviews its own year)
    ("关于2025年林业工作情况的报告", "2025-11-20", "done"),
    ("邢台市林业局2025年上半年工作总结", "2025-07-10", "plan"),  # (half the year reviewed: its end still ahead)
])
def test_a_year_end_reached_in_a_review_of_that_year_is_its_result(tmp_path, title, date, kind):
    """rv14 2: h259 made a target by the document's own year's end a plan in any document before December, so a year's summary
    written in November lost its results: 到2025年底，全市森林覆盖率达到35.2%… of 邢台市林业局2025年工作总结 (2025-11-25) was a plan.
    Where the document (or its section) reviews that whole year, it is what was reached."""
    text = (f"{title}\n\n2025年，在市委、市政府的坚强领导下，我局紧紧围绕年度目标任务，扎实推进各项工作，现将有关情况总结如下。\n\n"
            f"一、国土绿化\n\n全年完成营造林4.2万亩，完成森林抚育3万亩。\n\n{_YEAR_END}\n")
    facts = _facts(tmp_path, XINGTAI[:3], text, f"{date}_总结.txt")
    assert next(f for f in facts if f.text == _YEAR_END).kind == kind, [(f.kind, f.text) for f in facts]


@pytest.mark.parametrize("statement, kind", [
    ("截至11月底，全县登记注册市场主体3.2万户，其中企业5600家，个体工商户2.5万户。", "context"),  # (rv14 5: stocks)
    ("截至11月底，全县户籍人口52.3万人，其中城镇人口21.6万人、乡村人口30.7万人。", "context"),
    ("截至11月底，全县共有规上工业企业120家，其中高新技术企业35家、科技型中小企业86家。", "context"),
    ("截至11月底，全县新登记市场主体3200户，其中企业860家，个体工商户2340户。", "done"),  # (a flow to that day, as hd48d's 共拆除违章建筑16处)
])
def test_a_stock_counted_to_a_day_is_no_result_of_the_year(tmp_path, statement, kind):
    """rv14 5: h257 read a statement opening on a day counted to (截至11月21日，…共拆除违章建筑16处) in the place's news as its results
    so far; a stock so counted (截至11月底，全县登记注册市场主体3.2万户…; 户籍人口52.3万人) became the bureau's done work. What the words
    before its first figure hold (grammar.STOCK_HELD) is background; what was newly done by then stays a result."""
    text = ("邢台县市场主体持续增长\n\n本报讯 今年以来，邢台县持续优化营商环境，市场主体活力不断增强。\n\n" + statement + "\n")
    facts = _facts(tmp_path, ("邢台县市场监督管理局", "县市场监管局", "邢台县"), text, "2023-12-06_news.txt")
    assert next(f for f in facts if f.text == statement).kind == kind, [(f.kind, f.text) for f in facts]


@pytest.mark.parametrize("closing", [
    "全体干部职工将以更加饱满的热情投入工作，为建设美丽县城贡献力量！",  # (rv14 4)
    "城市是我家，管理靠大家，您准备好了吗？",
    "局长张某表示：“我们将继续巩固整治成果，让群众满意。”",
    "“我们将继续巩固整治成果，让群众满意！”",
])
def test_a_pages_closing_paragraph_of_any_stop_stays_over_its_dated_links(closing):
    """rv14 4: h259's cut of the dated headlines listed under a page took the last line ending on 。 for its last sentence, so a
    closing paragraph ending on ！, ？ or a quote (。”) was cut with the links after it. Any stop, its closing quote after it, ends
    the page's text; the two dated links still go."""
    from drafter.read.clean import clean_blocks
    from drafter.read.text import text_pieces

    page = ("县城管局开展城区环境整治\n\n县城管局近日在城区开展环境整治。共清理乱堆乱放120处，拆除违规广告牌36块。\n\n" + closing
            + "\n\n2023-05-06 城区开展“门前五包”检查\n\n2023-05-04 县城管局召开安全生产会议\n")
    blocks, _ = clean_blocks(text_pieces(page, markdown=False))
    assert [b.text for b in blocks][-1] == closing, [b.text for b in blocks]


@pytest.mark.parametrize("prev, nxt", [
    ("为切实化解大班额问题，县教体局高度重视，多次召开专题会议研究部署，明确由分管副局长牵头，定于", "3月5日，开展全县中小学大班额专项督导检查。"),
    ("为切实化解大班额问题，县教体局高度重视，多次召开专题会议研究部署，明确由分管副局长牵头，截至", "11月21日，共新建改建校舍12所。"),
    # (past a title's length, ending on no word leading into its date: a sentence still)
    ("为切实化解大班额问题，县教体局高度重视，多次召开专题会议研究部署，明确由分管副局长牵头，计划", "3月5日，开展全县中小学大班额专项督导检查。"),
])
def test_a_sentence_broken_before_its_day_goes_on(prev, nxt):
    """rv14 7: h260 read any line with no stop over a lede opening on its day as the page's headline, so a sentence broken before
    its date (…定于 / 3月5日，开展…) became two paragraphs in the distiller's rejoining of blocks and in the reader's lines. A headline
    is of a title's length after its column's bar, never ending on a word leading into the date (定于, 截至); hd48e's 辉煌十三五
    奋进新德州 | 宁津：… over 1月13日，我市召开… stays apart (test_h260_ningjin)."""
    from drafter.distill.structure import rejoin
    from drafter.model import Block

    assert len(rejoin([Block(prev, "", 1, None), Block(nxt, "", 2, None)])) == 1


def test_a_pages_first_line_broken_before_its_day_goes_on():
    """rv14 7, the reader's side: a page's first line …研究部署，定于 over 3月5日，开展…共检查学校32所。 is no headline."""
    from drafter.read.clean import clean_blocks
    from drafter.read.text import text_pieces

    prev, nxt = "为切实化解大班额问题，县教体局召开专题会议研究部署，定于", "3月5日，开展全县中小学大班额专项督导检查，共检查学校32所。"
    blocks, _ = clean_blocks(text_pieces(f"{prev}\n{nxt}\n", markdown=False))
    assert [b.text for b in blocks] == [prev + nxt], [b.text for b in blocks]


@pytest.mark.parametrize("year, until, named, said", [
    (2016, 2020, "坚持优先发展教育，持续累计投入26.8亿元。辉煌十三五 奋进新德州 | 宁津：累计投入26.8亿元", "“十三五”期间（2016—2020年）"),
    (2021, 2025, "2021年以来，全县累计新建改建学校12所。", "2021—2025年"),  # (rv14 14: no plan named)
    (2016, 2020, "", "2016—2020年"),
])
def test_a_span_is_said_as_a_plans_only_where_its_source_names_the_plan(year, until, named, said):
    """rv14 14: _span_said wrote any 2016–2020 or 2021–2025 span as “十X五”期间, one read from 2021年以来 too. The plan is said only
    where the fact's text or its source's title names it."""
    from drafter.compose.sentences import span_said

    assert span_said(year, until, named) == said


@pytest.mark.parametrize("sentence, marked", [
    ("新建改建中小学、幼儿园校舍51.9万平方米，“大班额”问题全部解决。", "新建改建中小学、幼儿园校舍51.9万平方米，“大班额”问题全部解决"),
    # (rv14 14: 基本解决 claims no problem solved for good: the mark stays by the figures)
    ("新建改建中小学、幼儿园校舍51.9万平方米，“大班额”问题基本解决。", "新建改建中小学、幼儿园校舍51.9万平方米"),
])
def test_only_a_problem_solved_for_good_is_marked_with_the_figures_before_it(sentence, marked):
    """rv14 14: SOLVED_WHOLE counted 基本解决 as solved for good, so the figures' mark went after it as after 全部解决."""
    from drafter.compose.sentences import after_clause
    from drafter.distill.facts import statement_figures
    from drafter.distill.figures import normalise
    from drafter.textutil import simplified

    assert sentence[:after_clause(sentence, statement_figures(sentence, simplified(normalise(sentence))))] == marked
