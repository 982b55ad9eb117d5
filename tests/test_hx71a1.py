"""hx71a1: findings of the held-out test hd71a (平陆县农业农村局, 县政协十一届二次会议第14号提案 关于加快推进平陆县农产品深加工基地的提案),
on its inputs' real lines.

1. A bare word closing the clause the ask's phrase cut (…深加工基地|建设，依托…) is the heading's: no point of its own (no
   【待补充：建设、…】) and no measure (no quote “建设，依托…”).
2. An old page's comment calls it 相关情况 only where one sentence of it names the ask's thing: a quote of a village's peach acreage
   (its 生产基地 alone) is none; a page naming the thing in no one sentence is background, the base holding nothing on the ask.
3. A statement opening on a village (张店村是张店镇政府所在地，…862户…) is that village's, under the town it names, never the county's.
4. A measure said to reach a figure to come (2012年平陆县苹果产量将达到3亿公斤，预计实现产值4.5亿元) is a forecast, a plan, its
   label without 将.
"""

from __future__ import annotations

import datetime as dt

import docx
from helpers import distil, first_saying, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks

PINGLU_AREAS = "圣人涧镇, 常乐镇, 张店镇, 张村镇, 洪池乡, 杜马乡, 部官乡"
PINGLU = ("平陆县农业农村局", "县农业农村局", "平陆县", PINGLU_AREAS)
TITLE = "关于加快推进平陆县农产品深加工基地的提案"
# suggestion.txt of hd71a, whole.
SUGGESTION = ("关于加快推进平陆县农产品深加工基地的提案\n\n提案人：刘洋、仝鹏飞委员\n\n"
              "建议加快推进平陆县农产品深加工基地建设，依托我县苹果、桃、梨和小麦等特色优势农产品，推进农副产品精深加工和农业产业化，"
              "延长产业链，增加附加值，提高群众收入。\n")
# seeds/2012-01-01_平陆苹果.txt of hd71a: its page head and first two paragraphs.
APPLES = ("好口特产\n\n好口特产 > 山西 > 运城\n\n平陆苹果\n\n"
          "平陆是我省重要的水果生产基地,全县共种植水果35万亩,其中苹果面积达25万亩。近年来,该县把苹果产业作为农民增收的主导产业,"
          "在县财政十分紧张的情况下,连续两年拿出750万元专项资金扶持苹果产业发展。\n\n"
          "目前,该县的苹果出口量已经占到全省苹果出口总量的一半以上。据了解,2012年平陆县苹果产量将达到3亿公斤,预计实现产值4.5亿元。\n")
# seeds/2010-12-01_张店村介绍.txt of hd71a: its breadcrumb, head and first paragraph.
VILLAGE = ("导航 : 首页 山西 运城 平陆县 张店镇 张店村\n\n张店村介绍\n\n"
           "张店村是张店镇政府所在地,位于平陆县城北14公里处,距运城市区18公里,与盐湖区、夏县相邻,东、西、北三面靠山,"
           "境内“运三”高速公路和209国道纵贯南北,交通便利,素有平陆北大门之称。张店村地域面积12平方公里,11个村民小组,862户,"
           "3319口人,劳力1851人,耕地7800亩,共有党员73人。\n")
# Two sentences of that page's second paragraph: its peach acreage (生产基地) and its farmers' income.
PEACHES = "闻名三晋的“红不软”桃1300余亩，年产量800万斤，销往港、澳一带，无公害桃果生产基地日趋走上正规之路。农民收入稳步提升。"


def test_a_bare_word_left_of_the_headings_clause_is_no_point_nor_measure():
    ask = parse_asks(SUGGESTION, TITLE)[0]
    assert ask.phrase == "加快推进平陆县农产品深加工基地"
    assert "建设" not in ask.points and ask.points[0] == "推进农副产品精深加工和农业产业化"  # (was 建设 first)
    assert ask.measures.startswith("依托我县苹果、桃、梨和小麦等特色优势农产品")  # (was 建设，依托…)


def test_the_draft_asks_no_bare_word_and_quotes_none(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *PINGLU)
    _, out = seeds_draft(tmp_path, ws, {"2012-01-01_平陆苹果.txt": APPLES}, "14", TITLE, SUGGESTION, "--deputy", "刘洋",
                         "--session", "县政协十一届二次会议", "--date", "2022-07-05", "--proposal")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "【待补充：推进农副产品精深加工和农业产业化" in text and "【待补充：建设、" not in text
    notes = [c.text for c in document.comments]
    assert any("建议该条所提的做法为：“依托我县苹果" in n for n in notes), notes
    assert not any("“建设，" in n for n in notes)


def _old_item(tmp_path, text: str):
    from drafter.compose.select import Item
    from drafter.model import Fact, Period, SourceMeta

    source = SourceMeta(id="zd", kind="work_report", path="seeds/2010-12-01_张店村介绍.txt", sha256="0" * 64, date="2010-12-01")
    fact = Fact(id="f1", text=text, kind="done", period=Period(2010, "document date"), jurisdiction="平陆县", source_id="zd")
    return Item(fact, source, 1.0, 2010, stale=True)


def test_an_old_page_naming_the_thing_in_no_one_sentence_is_background_not_related(tmp_path):
    from drafter.compose.select import names_thing, old_note
    from drafter.grammar import bigrams

    ws = unit_workspace(tmp_path / "ws", *PINGLU)
    thing = frozenset(bigrams("农产品深加工基地")) | frozenset(bigrams("提高群众收入"))
    item = _old_item(tmp_path, PEACHES)
    assert names_thing([item], thing) == [item]  # (基地 and 收入, one in each sentence: it reaches the note)
    note = old_note([item], ws, dt.date(2022, 7, 5), "加快推进平陆县农产品深加工基地", words=thing)
    assert "相关情况" not in note and "如“" not in note, note  # (was 相关情况（…，如“闻名三晋的“红不软”桃1300余亩…”）)
    assert "没有此项的内容，只有2010年的背景材料（2010-12-01_张店村介绍.txt" in note, note


def test_an_old_page_is_quoted_only_by_a_sentence_naming_the_thing(tmp_path):
    from drafter.compose.select import old_note
    from drafter.grammar import bigrams

    ws = unit_workspace(tmp_path / "ws", *PINGLU)
    thing = frozenset(bigrams("农产品深加工基地"))
    # (the page's 深加工 sentence names it, and reports nothing: said so, no quote of the peaches' 生产基地)
    item = _old_item(tmp_path, "优质小麦生产及深加工和红不软桃生产的农田灌溉配套工程，以及露地西红柿发展的高效农业园区工程。" + PEACHES)
    note = old_note([item], ws, dt.date(2022, 7, 5), "加快推进平陆县农产品深加工基地", words=thing)
    assert "如“" not in note and "其中提到此项，但没有此项的工作成效和数据" in note, note


def test_a_village_opening_the_statement_is_its_own_under_the_town_it_names(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *PINGLU), VILLAGE, "2010-12-01_张店村介绍.txt")
    fact = first_saying(ff.facts, "862户")
    assert fact.jurisdiction == "张店镇张店村" and not fact.external  # (was 平陆县: the county's 862户, 耕地7800亩)


def test_a_measure_to_reach_a_figure_is_a_forecast_its_label_without_jiang(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *PINGLU), APPLES, "2012-01-01_平陆苹果.txt")
    fact = first_saying(ff.facts, "3亿公斤")
    assert fact.text.startswith("据了解，2012年平陆县苹果产量将达到3亿公斤") and fact.kind == "plan"  # (was done)
    counts = {g.raw: g.counts for g in fact.figures}
    assert counts["3亿公斤"].endswith("苹果产量"), counts  # (was 平陆县苹果产量将)
    assert first_saying(ff.facts, "25万亩").kind != "plan"  # (the forecast rule does not reach the results before it; mt60b reads
    # this page as news, whose state of the county is context)
