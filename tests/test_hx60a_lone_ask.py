"""hx60a: findings of the held-out test hd60a (昌黎县民政局, 第134号建议), each through a real draft of its seed's real lines.

A1. A lone unnumbered ask whose text asks what the title does not say, no word of it (关于进一步提升一般公共预算收入质量的建议
    over a text asking the 民政局 to 推动乡级行政区划调整 and 撤乡设镇) is keyed on what the text asks: the 2007 撤乡设镇 fact answers it (was keyed on
    the title, and rejected). The title-only path and a text restating the title keep the title's phrase.
A2. A gap's comment never says the base holds nothing (没有本单位此方面的工作情况) beside material the ask's search found: the
    old note, as the title path says it.
A3. One ask, one label: part one's placeholder and part two's item name the same matter, never the framing 涉及民政部门的内容：.
A4. An event older than the freshness window is no work of 近年来 (no such lead over it), and the sentence stating the state it
    left (调整后，昌黎县辖11个镇、5个乡。) stays with it.
"""

from __future__ import annotations

import docx
from helpers import comments_on, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks

TITLE = "关于进一步提升一般公共预算收入质量的建议"
# hd60a's suggestion.txt (the tester's restatement of the 134号建议 from the bureau's reply).
TEXT = ("关于进一步提升一般公共预算收入质量的建议\n\n建议提出：进一步提升我县一般公共预算收入质量，促进县域经济发展。"
        "涉及民政部门的内容：推动乡级行政区划调整，督促各乡对照河北省乡镇设立标准核对人口、基础设施建设、经济等指标，"
        "积极争取符合条件的乡撤乡设镇，以撤乡设镇促进县域经济又好又快发展。\n")
# The same asks in a text saying the title first (its phrase the title's).
RESTATED = "建议进一步提升我县一般公共预算收入质量，推动乡级行政区划调整，积极争取符合条件的乡撤乡设镇。\n"
# seeds/2010-11-01_changli_lishi_yange.txt of hd60a (xzqh.org): its head and the paragraphs of 2002 and 2007.
PAGE = ("URL: http://www.xzqh.org/html/show/he/3305.html\n昌黎县历史沿革\n\n"
        "2002年,昌黎县面积1212.1平方千米,人口约54.85万人。辖10个镇、6个乡:昌黎镇、靖安镇、安山镇、龙家店镇、泥井镇、大蒲河镇、"
        "新集镇、刘台庄镇、茹荷镇、朱各庄镇、团林乡、葛条港乡、马坨店乡、荒佃庄乡、两山乡、十里铺乡。共有5个社区、446个行政村。"
        "县政府驻昌黎镇。\n\n2007年4月30日,荒佃庄正式撤乡设镇。调整后,昌黎县辖11个镇、5个乡。\n")
SEED = "2010-11-01_changli_lishi_yange.txt"
NOTHING = "没有本单位此方面的工作情况"


def _draft(tmp_path, text: str = TEXT, max_age: int | None = None):
    ws = unit_workspace(tmp_path / "ws", "昌黎县民政局", "县民政局", "昌黎县", "昌黎镇, 荒佃庄镇, 团林乡")
    if max_age:  # (as the tester did: the 2007 fact within reach)
        (ws.root / "drafter.yaml").write_text((ws.root / "drafter.yaml").read_text("utf-8") + f"draft:\n  max_age: {max_age}\n",
                                              "utf-8")
    _, out = seeds_draft(tmp_path, ws, {SEED: PAGE}, "134", TITLE, text, "--deputy", "武玉才", "--date", "2021-10-29")
    document = docx.Document(str(out))
    body = [p.text for p in document.paragraphs]
    one, two = body.index("一、基本情况"), body.index("二、下一步工作计划")
    return out, body[one + 1:two], body[two + 1:two + 3]


def test_a1_a_lone_ask_asking_what_the_title_does_not_say_is_keyed_on_its_text(tmp_path):
    ask, = parse_asks(TEXT, TITLE)
    assert ask.phrase == "推动乡级行政区划调整" and ask.untitled  # (was 进一步提升一般公共预算收入质量)
    assert parse_asks(RESTATED, TITLE)[0].phrase == "进一步提升一般公共预算收入质量"  # (a text saying the title: as before)
    assert not parse_asks(None, TITLE)  # (no text: the title path)
    # (a text saying a word of the title's matter asks the title's: 人才 of 加强科技人才工作, test_gap_items' co-handler's part)
    assert [(a.phrase, a.untitled) for a in parse_asks("一、加强科技人才引育。建议加大高层次人才团队引进力度。\n",
                                                       "关于加强科技人才工作的建议")] == [("加强科技人才工作", False)]
    _, part_one, part_two = _draft(tmp_path, max_age=30)
    assert part_one[0].startswith("2007年4月30日，荒佃庄正式撤乡设镇")  # (the fact on 撤乡设镇 answers it: was a placeholder)
    assert "下一步我局将继续推动乡级行政区划调整" in part_two[0]  # (not 将进一步提升一般公共预算收入质量)


def test_a2_a_gap_over_material_the_search_found_names_it_never_nothing(tmp_path):
    out, part_one, _ = _draft(tmp_path, RESTATED)
    assert part_one[0].startswith("【待补充：进一步提升我县一般公共预算收入质量")
    note, = comments_on(out, part_one[0])
    assert NOTHING not in note and "只有2007年的相关情况" in note and "调整后，昌黎县辖11个镇、5个乡。" in note


def test_a3_one_ask_one_label_without_its_framing_words(tmp_path):
    out, part_one, part_two = _draft(tmp_path)
    assert part_one[0].startswith("【待补充：推动乡级行政区划调整，督促各乡") and "涉及" not in part_one[0]
    assert part_two[1] == "【待补充：推动乡级行政区划调整方面的下一步举措】"
    note, = comments_on(out, part_one[0])
    assert note.startswith("“推动乡级行政区划调整”方面，已收集的材料中只有2007年的相关情况") and NOTHING not in note


def test_a4_an_old_event_is_no_work_of_recent_years_and_keeps_the_state_it_left(tmp_path):
    _, part_one, _ = _draft(tmp_path, max_age=30)
    assert not any(p.startswith("近年来") for p in part_one)
    assert "调整后，我县辖11个镇、5个乡" in part_one[0]  # (was dropped, the event kept)
