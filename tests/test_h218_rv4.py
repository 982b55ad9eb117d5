"""rv4 (blind review of f76e1594..27770a7c), the compose and figures findings: works named by example closing their run
(F3, F24), conditions read as examples (F10), compound names cut as two clauses (F9), what a themed or kinds-listed count
counts (F7, F8), durations read as runs of recent years (F16), an ask's equivalents passed as such (F23), and what a past
plan loses with its figure (the special cases _BA_VERB, _FRAME_ALONE)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import docx
from helpers import INFRASTRUCTURE_TITLE, INVESTMENT_PAGE, part_one, seeds_draft, unit_workspace

from drafter.compose.asks import Ask, _topic_clauses, parse_asks
from drafter.compose.select import matter_words, still_ahead
from drafter.compose.sentences import absolute_time
from drafter.distill.figures import find_figures
from drafter.distill.periods import recent_runs
from drafter.model import SourceMeta

# hd42a's suggestion (/work/wt/hd42a/suggestion.txt) with its third work replaced by a point of another kind, as the reviewer
# put it: after the works, in a sentence of its own (F3) or a clause going on with the same sentence (F24).
WORKS = "加强教育基础设施建设投入，如对共和初级中学运动场进行翻新硬化，将共和银丝完小办公楼屋顶改琉璃瓦"
TWO_WORKS = ["对共和初级中学运动场进行翻新硬化", "将共和银丝完小办公楼屋顶改琉璃瓦"]


def test_a_clause_after_the_works_in_their_sentence_leaves_them_named():
    """F24: …，将…改琉璃瓦，同时配齐配强专任教师队伍。 gave no named works at all: the works end at the first clause that is none."""
    ask, = parse_asks(f"{WORKS}，同时配齐配强专任教师队伍。", INFRASTRUCTURE_TITLE)
    assert ask.named_works == TWO_WORKS
    assert "配齐配强专任教师队伍" in ask.points


def test_a_point_after_the_works_is_asked_for_in_its_own_placeholder(tmp_path):
    """F3: 配齐配强专任教师队伍 after the two works ran on in the second work's placeholder, which said only that work, so it was
    never asked for: a work closes its run."""
    ws = unit_workspace(tmp_path / "ws", "德江县教育局", "县教育局", "德江县")
    text = f"{WORKS}。配齐配强专任教师队伍。"
    _, out = seeds_draft(tmp_path, ws, {"2014-06-01_德江一中复查评估教育投入.txt": INVESTMENT_PAGE}, "46", INFRASTRUCTURE_TITLE,
                         f"{INFRASTRUCTURE_TITLE}\n\n{text}", "--date", "2022-11-21")
    body = part_one(docx.Document(out))
    assert any(p.startswith("三是【待补充：将共和银丝完小办公楼屋顶改琉璃瓦的工作情况") for p in body), body
    assert any(p.startswith("四是【待补充：配齐配强专任教师队伍") for p in body), body


def test_a_condition_is_no_example_nor_point():
    """F10: 如发现违规经营行为 (if …) was read as an example, its 如 cut, and asked for as a point."""
    ask, = parse_asks("加强校园周边市场监管，定期开展联合巡查，如发现违规经营行为，依法从严查处。", "关于加强校园周边市场监管的建议")
    assert ask.points == ["定期开展联合巡查", "依法从严查处"]
    ask, = parse_asks("完善防汛应急预案，如遇暴雨天气，提前转移危险区域群众。", "关于完善防汛应急预案的建议")
    assert not any("暴雨天气" in p for p in ask.points), ask.points


def test_a_name_of_two_verbs_is_no_two_clauses():
    """F9: 推进城镇老旧小区改造提升工程 was cut into 推进城镇老旧小区改造 and 提升工程, 推动政务服务优化提升水平 at 优化; two verb
    phrases run together (hd42b's 加强生态环境保护完善制度建设) are still cut."""
    assert _topic_clauses("推进城镇老旧小区改造提升工程") == ["推进城镇老旧小区改造提升工程"]
    assert _topic_clauses("推动政务服务优化提升水平") == ["推动政务服务优化提升水平"]
    assert _topic_clauses("加强生态环境保护完善制度建设") == ["加强生态环境保护", "完善制度建设"]


def test_a_themed_count_counts_its_noun_not_the_clause_after_it():
    """F7: …为主题的示范村并带动农户增收200户 counted 示范村并带动农户增收200户 for 100: the noun phrase after the last 的 ends as
    any counted noun does."""
    found = [(f.raw, f.counts) for f in find_figures("建成约100家以乡村旅游为主题的示范村并带动农户增收200户。")]
    assert found[0] == ("约100家", "示范村")


def test_the_zhong_of_planting_opens_no_list_of_kinds():
    """F8: 农户多种植大豆、玉米3万亩 (plant more) counted 植大豆、玉米, as if 多种 (many kinds) opened the list."""
    assert [(f.raw, f.counts) for f in find_figures("今年引导农户多种植大豆、玉米3万亩。")] == [("3万亩", "玉米")]
    assert [(f.raw, f.counts) for f in find_figures("推广多种植物、花卉2万株。")] == [("2万株", "植物、花卉")]


def test_a_duration_is_no_run_of_recent_years():
    """F16: 历时近两年建设 became 历时2023—2024年建设 and 经过近三年的努力 经过2022—2024年的努力: how long a thing took is no span
    counted back from the source's date; 近三年来 still is."""
    source = SourceMeta(id="s", path="s.txt", sha256="0", kind="news", title="某县新建学校投入使用", date="2024-09-01")
    for said in ("该项目历时近两年建设，于今年9月投入使用。", "经过近三年的努力，全县学校面貌焕然一新。"):
        assert absolute_time(said, source, 2024).text.startswith(said.split("，")[0]), said
    assert absolute_time("近三年来，全县累计投入教育经费5亿元。", source, 2024).text.startswith("2022—2024年，全县")
    assert recent_runs("经过近三年的努力，全县累计投入教育经费5亿元", 2024) == ()


def test_a_line_break_in_the_asks_text_makes_no_equivalent():
    """F23: the words an ask sets apart were read as its query's space-separated pieces after the first, so a PDF copy's line
    break made a fragment of the text one (管理 of …安全\\n管理), counted whole where the text as one line does not say it."""
    ask = Ask(phrase="加强农村饮水安全管理", text="加强农村饮水安全\n管理", synonyms="自来水")
    assert ask.equivalents == ("自来水",)
    said = "完善水厂管理制度，全县自来水普及率达97%。"
    assert matter_words(said, ask.query, frozenset({"管理"}), ask.equivalents) == frozenset()
    assert matter_words(said, ask.query, frozenset({"来水"}), ask.equivalents) == frozenset({"来水"})


def test_last_years_plan_loses_any_verb_its_ba_left_open_and_any_frame_left_alone():
    """rv4's special cases (_BA_VERB, _FRAME_ALONE written for hd43b's 把…，打造成…, 在两年内，): a plan of 2022 offered in 2023
    loses its figure's clause and what hung on it — 打造成为… after its 把, and a time frame of any word (在“十四五”期间，,
    今年，), not only a deadline or 近年来."""
    plan, today = SimpleNamespace(year=2022, source=None), dt.date(2023, 11, 1)  # (no source: no deadline counted from it)
    # (a target year gone: one still ahead, 到2025年, is a deadline not past and keeps its figures, hd45b)
    assert still_ahead("认真落实省厅部署，到2022年，把全县5个重点景区，打造成为省级旅游度假区。", plan, today) == "认真落实省厅部署。"
    assert still_ahead("继续推进全域旅游，在“十四五”期间，新增A级景区3家。", plan, today) == "继续推进全域旅游。"
    assert still_ahead("继续推进全域旅游，今年，新增A级景区3家。", plan, today) == "继续推进全域旅游。"
