"""rv7's review of the morning's merges (h240): findings 4, 5, 6, 8, 10, 12 and the lower items, each on the reviewer's input.

Each test fails on the code before its fix.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import docx
from helpers import distil, fact_saying, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.form import Habits
from drafter.compose.reply import _work_items
from drafter.compose.select import deadline_ahead, framed_clauses, still_ahead
from drafter.compose.suggestion import other_proposer
from drafter.facts.index import FactIndex
from drafter.facts.store import save_fact_file
from drafter.model import DONE, REPLY, Fact, FactFile, Period, SourceMeta

NIGHT_TITLE = "关于大力发展我市夜经济的提案"
# rv7 finding 4: a page of 2023-02-06 whose drafted sentence itself opens on 春节期间 (the hd42c page's figures, the bureau
# named as its subject).
SPRING_PAGE = ("春节期间，市商务局组织举办对接花湖机场临空消费展、钟楼烟火美食街开街、商圈年货节等各类夜市、美食展30余场，"
               "拉动全市消费近82亿元，同比增长18%。\n")


def test_a_sentence_opening_on_its_holiday_is_dated_once(tmp_path):
    """rv7 4: 春节期间，市商务局组织举办…30余场 was drafted 春节期间，2023年春节期间，我局组织举办…: the sentence's own 春节期间 takes
    the year alone in front of it (2023年春节期间，我局…)."""
    ws = unit_workspace(tmp_path / "ws", "黄石市商务局", "市商务局", "黄石市")
    options = ("--deputy", "rv7", "--session", "市政协十四届二次会议", "--type", "B", "--date", "2023-07-18", "--proposal")
    _, out = seeds_draft(tmp_path, ws, {"2023-02-06_春节促消费.txt": SPRING_PAGE}, "117", NIGHT_TITLE,
                         f"{NIGHT_TITLE}\n\n建议大力发展我市夜经济。\n", *options)
    said = next((p for p in part_one(docx.Document(out)) if "30余场" in p), None)
    assert said and said.count("春节期间") == 1 and "2023年春节期间，" in said, said


def _holiday_period(tmp_path, ws, line: str, name: str):
    """The period distil gives ``line``'s fact, on a page named ``name`` (its date)."""
    return fact_saying(distil(tmp_path, ws, line + "\n", name), line[:10]).period


def test_a_holiday_ahead_of_a_page_is_no_year_before(tmp_path):
    """rv7 5: 国庆期间 of a page of 2023-09-25 and “五一”假期 of 2024-04-28 were dated the year before, 端午期间 of the festival's
    own day 2025-05-31 too (端午 falls in May in some years): a holiday only a month or less ahead is the page's year. Two
    months or more before its earliest month it is the year before's; from its month on, the page's year's (hd42c's 春节)."""
    ws = unit_workspace(tmp_path / "ws", "黄石市商务局", "市商务局", "黄石市")
    autumn = "国庆期间，市商务局组织举办各类促消费活动50余场，拉动全市消费1.2亿元，同比增长18%。"
    assert _holiday_period(tmp_path, ws, autumn, "2023-09-25_a.txt").year == 2023
    assert _holiday_period(tmp_path, ws, "“五一”假期，市商务局组织开展促消费活动120场，拉动全市消费3.5亿元，同比增长12%。",
                           "2024-04-28_b.txt").year == 2024
    assert _holiday_period(tmp_path, ws, "端午期间，市商务局组织开展龙舟美食节等活动40场，拉动全市消费1.1亿元，同比增长9%。",
                           "2025-05-31_c.txt").year == 2025
    before = _holiday_period(tmp_path, ws, autumn, "2024-03-10_d.txt")
    assert (before.year, before.part) == (2023, "国庆期间"), before
    after = _holiday_period(tmp_path, ws, autumn, "2023-10-09_e.txt")
    assert (after.year, after.part) == (2023, "国庆期间"), after


# rv7 6: a 2023 summary's one-sentence result, a long paragraph after it (a verb of LEAD_VERBS opening each).
PORT_SUMMARY = """日照市交通运输局2023年工作总结

2023年，市交通运输局紧紧围绕交通强市建设目标，统筹推进各项重点工作，全年完成交通投资86亿元。

建成全省首个零碳智慧港口。

2023年，我局统筹推进港口绿色低碳转型，完成岸电设施改造12套，新增新能源集卡120辆，港区光伏装机容量达到15兆瓦，全年减少碳排放3.2万吨，港口综合能耗同比下降8.5%。

实现全市行政村客车通达全覆盖。

全年新开通城乡公交线路15条，更新新能源公交车200辆，建成农村客运候车亭320个，城乡公交一体化率达到100%，群众出行满意度提升至96%。
"""


def test_a_one_sentence_result_is_no_items_heading(tmp_path):
    """rv7 6: 建成全省首个零碳智慧港口。 and 实现全市行政村客车通达全覆盖。, each a paragraph of its own before a longer one, were
    dropped as an item's heading: no item's mark (一是, ●, a number) opens them, they are results (hd44a's ● heading and hd42b's
    一是… stay out: test_h230_figures_reading, test_hd42b_dangshan)."""
    ws = unit_workspace(tmp_path / "ws", "日照市交通运输局", "市交通运输局", "日照市")
    ff = distil(tmp_path, ws, PORT_SUMMARY, "2023-12-28_交通运输工作总结.txt")
    assert fact_saying(ff, "建成全省首个零碳智慧港口")
    assert fact_saying(ff, "实现全市行政村客车通达全覆盖")


def test_a_date_counted_to_or_a_span_is_no_target_and_a_target_keeps_its_clauses_only():
    """rv7 8: 截止到2024年底, 截至到… (CUT_OFF_WORDS), 截止至…, a span of years (2022年至2024年) and a value's year (由2019年的600小时
    提升到2024年的900小时) read as a target ahead in 2024; and any target year ahead kept a lapsed plan's other clauses
    (全年新增高新技术企业50家 of a plan of 2023). hd45b's 力争到2025年底… and a 2025年底前 still aim ahead."""
    today, source = dt.date(2024, 6, 1), SourceMeta("src", "src.txt", "", "news", date="2023-03-01")
    for said in ("截止到2024年底，全市累计建成5G基站1200个。", "截至到2024年底，全市累计建成5G基站1200个。",
                 "截止至2024年底，全市累计建成5G基站1200个。", "2022年至2024年，累计建成5G基站1200个。",
                 "全市年均日照由2019年的600小时提升到2024年的900小时。"):
        assert not deadline_ahead(said, source, today), said
    assert deadline_ahead("力争到2025年底，全市村庄绿化率达到35%以上。", source, today)
    assert deadline_ahead("2024年底前完成改造小区80个。", source, today)
    plan = SimpleNamespace(year=2023, source=source)
    assert still_ahead("全年新增高新技术企业50家，到2025年，全市高新技术企业总数达到800家。", plan, today) == \
        "到2025年，全市高新技术企业总数达到800家。"


def _unsigned_reply(ws, number: str) -> None:
    """A reply of ``ws``'s place naming no unit (its name lost to the page, hd45b's), numbered ``number``, stored in its base."""
    source = SourceMeta(id="2017-proposal-130", path="seeds/2017-12-07_市政协130号提案答复.txt", sha256="2" * 64, kind=REPLY,
                        title="对邢台市政协十三届第一次会议第130号提案的答复", jurisdiction="邢台市", number=number,
                        date="2017-12-07", deputy="张辉银", proposal=True)
    text = "近年来，市委、市政府高度重视浅山丘陵区绿化治理，每年财政列支资金给予支持，造林成活率达到90%以上。"
    save_fact_file(FactFile(source, [Fact(id="f-130-1", text=text, kind=DONE, period=Period(year=2017, basis="document date"),
                                          jurisdiction="邢台市", source_id=source.id)]), ws)


def test_an_unsigned_reply_numbered_by_another_unit_is_no_model(tmp_path):
    """rv7 10: a reply of the place naming no unit may be another unit's: its number (邢教提字〔2017〕6号, the education
    bureau's) gave 邢台市林业局's draft 邢教提字〔2024〕…; one whose prefix says the bureau's field (邢林提案字, hd45b) still does."""
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    _unsigned_reply(ws, "邢教提字〔2017〕6号")
    assert Habits.of(ws, FactIndex.load(ws)).numbered[True] is None
    _unsigned_reply(ws, "邢林提案字〔2017〕6号")
    assert Habits.of(ws, FactIndex.load(ws)).numbered[True].number == "邢林提案字〔2017〕6号"


def test_a_proposer_said_with_a_title_or_in_full_is_the_one_given():
    """rv7 12: 代表：市人大代表张三 with --deputy 张三, and 提案人：民盟温岭市委员会 with 民盟温岭市委, gave a reminder that the text
    names another proposer; hd44a's 提案人：科技界、松门镇委员联络组 still does, and so does another person."""
    assert other_proposer("张三", "关于加强社区养老服务的建议\n代表：市人大代表张三\n") is None
    assert other_proposer("民盟温岭市委", "关于发展夜间经济的提案\n提案人：民盟温岭市委员会\n") is None
    assert other_proposer("hd44a", "提案人：科技界、松门镇委员联络组\n") == ("提案人", "科技界、松门镇委员联络组")
    assert other_proposer("李洁", "提案人：王艳等委员\n") == ("提案人", "王艳等委员")


def test_framed_clauses_keep_the_sentences_order():
    """rv7 (framed_clauses): a list counted after its 等 came first, out of order, with empty clauses where it was taken out;
    drafted_elsewhere's first result clause was then the list, not the result said before it."""
    line = "全市共开展各类培训30场，举办科技周、科普日等活动50余场，发放科普资料2000份。"
    assert framed_clauses(line) == ["全市共开展各类培训30场", "举办科技周、科普日等活动50余场", "发放科普资料2000份"]


def test_a_named_work_said_in_other_words_gets_no_item_of_its_own():
    """rv7 (_work_items): a work the ask names (hd42a's 对共和初级中学运动场进行翻新硬化) said by its step in other words
    (完成共和初级中学运动场翻新硬化) still got an item of its own; the works it does not say keep theirs."""
    ask, = parse_asks("加强教育基础设施建设投入，如对共和初级中学运动场进行翻新硬化，将共和银丝完小办公楼屋顶改琉璃瓦，"
                      "对共和中心完小教学楼原地重新修建。", "关于加强教育基础设施建设投入的建议")
    items = _work_items(ask, "加强教育基础设施建设投入，完成共和初级中学运动场翻新硬化。", 2024)
    assert [item[0].text for item in items] == ["将共和银丝完小办公楼屋顶改琉璃瓦。", "对共和中心完小教学楼原地重新修建。"]
