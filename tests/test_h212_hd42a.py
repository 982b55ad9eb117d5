"""hd42a (德江县教育局): an ask's works named by example, a county CPPCC's own counts, a time phrase cut as a place, an
editor's credit closing a news page."""
from __future__ import annotations

import docx
from helpers import INFRASTRUCTURE_TITLE, INVESTMENT_PAGE, distil, fact_saying, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.model import CONTEXT

# The tester's suggestion (/work/wt/hd42a/suggestion.txt), its one sentence as the deputy wrote it.
INFRASTRUCTURE = "加强教育基础设施建设投入，如对共和初级中学运动场进行翻新硬化，将共和银丝完小办公楼屋顶改琉璃瓦，对共和中心完小教学楼原地重新修建。"

# The tester's seed 2016-07-14_德江政协提案办理协商座谈会.txt (德江网's news, traditional characters, as saved), but its first
# line, a spam site's keywords.
CPPCC_PAGE = """
首頁>政協·協商>會議 會議

銅仁德江縣政協委員提案辦理協商座談會召開

2016年07月14日 11:20 | 來源:德江網
分享到:

7月12日,德江縣政協提案辦理協商座談會在縣政協2樓會議室召開。縣政協主席陳健主持會議,縣政協副主席史天龍、吳應仕、張觀安、陳琳和縣政協秘書長馮國濤及部分政協委員出席會議,縣國土局、住建局、教育局等部門負責人,青龍、玉水街道辦教辦主任和城區部分中小學校長特邀參會。


會議會場


今年來,德江縣政協委員積極撰寫提案。截至目前,共收到委員提案75件,立案69件。

當天,會上縣政協委員圍繞“關于增加縣城區學校的建議”作為重點提案,本著構建“合理、安全、惠民”的教育理念,針對城區人口迅速增長,各梯次學生在城區入學需求同步快速增長,學校學生擁擠、大班額現象嚴重,學校管理難度大,安全隱患多等現狀踴躍發言、積極建言獻策,提出了意見和建議;縣教育局、住建局、國土局等相關部門負責人針對委員意見提出了辦法措施。


陳健講話


在會上,陳健指出,習近平總書記提出人才來自于哪里?人才來自于教育,一個國家和一個地方發展盛與衰,教育是基礎,人才是關鍵。今天召開關于縣城區教育發展布局座談專題協商會,主要目的是將委員們及各部門提出意見和建議及解決辦法,整理形成綜合性報告提供給縣委、縣政府對合理規劃縣城區學校布局,整合教育資源,解決居民、學生、學校的突出問題和矛盾決策參考,確保為加快建成黔東北區域性中心城市和黔東北區域性教育中心同規劃、同實施、同發展奠定基石。

陳健要求,各級各部門要充分配合,全員參與,在立足于加快"""


def _dejiang(tmp_path):
    return unit_workspace(tmp_path / "ws", "德江县教育局", "县教育局", "德江县")


def test_works_named_by_example_are_each_a_point_of_their_own():
    """The three works after 如 are the ask's named works, as the deputy said them (no 如)."""
    ask, = parse_asks(INFRASTRUCTURE, INFRASTRUCTURE_TITLE)
    assert ask.phrase == "加强教育基础设施建设投入"
    assert ask.named_works == ["对共和初级中学运动场进行翻新硬化", "将共和银丝完小办公楼屋顶改琉璃瓦", "对共和中心完小教学楼原地重新修建"]


def test_examples_of_a_kind_are_no_named_works():
    """Examples that are no work on an object of its own (加大学前教育投入, 完善…机制) are the ask's points as before."""
    ask, = parse_asks("加强教育投入，比如加大学前教育投入，完善义务教育经费保障机制。", "关于加强教育投入的建议")
    assert ask.named_works == []
    assert "加大学前教育投入" in ask.points  # the word of example is no part of the point


def test_a_placeholder_section_asks_for_each_named_work_apart(tmp_path):
    """With nothing in the base on the ask, part one asks for the lead's work, then each school's work in turn (the real
    reply reports each in turn), not one placeholder running the three works together."""
    ws = _dejiang(tmp_path)
    _, out = seeds_draft(tmp_path, ws, {"2014-06-01_德江一中复查评估教育投入.txt": INVESTMENT_PAGE}, "46", INFRASTRUCTURE_TITLE, f"{INFRASTRUCTURE_TITLE}\n\n{INFRASTRUCTURE}",
                         "--date", "2022-11-21")
    body = part_one(docx.Document(out))
    assert any(p.startswith("一是【待补充：加强教育基础设施建设投入方面的工作情况") for p in body), body
    assert any(p.startswith("二是【待补充：对共和初级中学运动场进行翻新硬化的工作情况") for p in body), body
    assert any(p.startswith("四是【待补充：对共和中心完小教学楼原地重新修建的工作情况") for p in body), body
    assert not any("如对" in p for p in body)


def test_an_editors_credit_closing_a_paragraph_is_no_part_of_the_fact(tmp_path):
    """…步入了快速健康发展的“快车道”。(编辑:胡勇): the page's credit, not said by the fact nor a topic of it."""
    ff = distil(tmp_path, _dejiang(tmp_path), INVESTMENT_PAGE, "2014-06-01_德江一中复查评估教育投入.txt")
    last = fact_saying(ff, "快车道")
    assert last.text.endswith("“快车道”。")
    assert not {"编辑", "胡勇"} & set(last.topics)


def test_a_run_of_recent_years_before_the_county_is_no_place_and_dates_the_figure(tmp_path):
    """近四年县累计投入教育经费近19亿元: no place 近四年县; the sum is of the four years up to the page's (2011—2014)."""
    ff = distil(tmp_path, _dejiang(tmp_path), INVESTMENT_PAGE, "2014-06-01_德江一中复查评估教育投入.txt")
    sum_ = next(g for g in fact_saying(ff, "近四年县累计").figures if g.raw == "近19亿元")
    assert sum_.place in (None, "德江县")
    assert (sum_.year, sum_.until) == (2011, 2014)


def test_a_run_of_recent_years_is_drafted_as_its_years(tmp_path):
    """With old material allowed (max_age raised), 近四年 of the 2014 page reads as 2011—2014年 in a 2022 draft, not as the four
    years up to 2022."""
    ws = _dejiang(tmp_path)
    with (ws.root / "drafter.yaml").open("a", encoding="utf-8") as config:
        config.write("draft:\n  max_age: 12\n")
    _, out = seeds_draft(tmp_path, ws, {"2014-06-01_德江一中复查评估教育投入.txt": INVESTMENT_PAGE}, "46", INFRASTRUCTURE_TITLE,
                         f"{INFRASTRUCTURE_TITLE}\n\n{INFRASTRUCTURE}", "--date", "2022-11-21")
    body = "".join(part_one(docx.Document(out)))
    assert "2011—2014年县累计投入教育经费" in body, body
    assert "近四年" not in body


def test_a_cppcc_meeting_is_the_cppccs_news_and_its_own_counts_are_no_deed(tmp_path):
    """德江网's news of the county CPPCC's meeting on its proposals is the CPPCC's (it opens 7月12日，德江县政协提案办理协商座谈会在…
    召开), not the bureau's; the proposals its members wrote and it put on file (共收到委员提案75件，立案69件) are no work done."""
    ff = distil(tmp_path, _dejiang(tmp_path), CPPCC_PAGE, "2016-07-14_德江政协提案办理协商座谈会.txt")
    assert ff.source.issuer == "德江县政协"
    assert fact_saying(ff, "立案69件").kind == CONTEXT


def test_a_speakers_question_keeps_its_speaker(tmp_path):
    """在会上,陈健指出,习近平总书记提出人才来自于哪里?人才来自于教育,…: the question is the speaker's, so the fact opens on who
    speaks, not inside the speech."""
    ff = distil(tmp_path, _dejiang(tmp_path), CPPCC_PAGE, "2016-07-14_德江政协提案办理协商座谈会.txt")
    assert fact_saying(ff, "人才来自于教育").text.startswith("在会上，陈健指出，")
