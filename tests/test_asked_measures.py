"""Part two's items where the base holds no plan of the draft's year, under an ask that proposes how:
what the suggestion proposes there, in the deputy's own words (:attr:`~drafter.compose.asks.Ask.measures`).

rv35 read the leave-one-out 1288 draft's part two — four items of a lead and 【待补充：具体举措】 — as
empty and asked for measures written out. Said in the text (``draft: {asked_measures: text}``), rv36
found them the worst of faults (把代表的原话加上“持续”当作本局计划，是办文中最忌讳的写法: all four rewritten)
and asked for them in the comment, beside last year's plan, as material: the default (``comment``).
Either way never a figure the deputy names, the situation the ask describes, or what lies in another
unit's remit.
"""

from __future__ import annotations

import re

import docx
import pytest
from docx.oxml.ns import qn

from drafter.compose.asks import parse_asks
from drafter.compose.remit import own_measures
from drafter.docx.read import read_draft
from drafter.workspace import load_workspace
from helpers import REPO, TEXT_1288, TITLE_1288, draft_title, part_two_items, run_1288, with_setting

MARK = "【待核实：按建议所提拟写，是否列入2026年计划】"


@pytest.fixture(scope="module")
def in_text(loo_comment, tmp_path_factory):
    """The leave-one-out workspace with ``asked_measures: text`` and its 1288 draft: (draft, command output).
    Its four items have last year's plans only, kept in comments (``earlier_plans: comment``): what each
    ask proposes stands in the text in their place."""
    root = with_setting(loo_comment, tmp_path_factory.mktemp("asked") / "ws", "asked_measures", "text")
    out = root / "1288.docx"
    return out, run_1288(root, out).output


def _ask_sentences(text: str) -> dict[str, str]:
    """The suggestion's numbered asks as written (一、phrase。rest) → what follows the phrase."""
    return {m.group(1): m.group(2).strip() for m in re.finditer(r"^[一二三四五]、([^。]+)。(.+)$", text, re.M)}


def test_an_asks_measures_are_what_it_proposes_after_its_phrase():
    text = TEXT_1288.read_text("utf-8")
    written = _ask_sentences(text)
    asks = parse_asks(text, TITLE_1288)
    assert [a.phrase for a in asks] == list(written)
    assert [a.measures for a in asks] == list(written.values())


def test_figures_the_situation_and_framing_are_no_measures():
    """A sum the deputy names is no commitment of the bureau's; how things stand is no measure; 建议市政府
    应… frames what is asked. The whole text read as one ask (no numbered asks) proposes nothing to quote."""
    text = ("关于加大科技金融支持的建议\n建议：\n一、加大科技金融支持。目前我市科技型企业融资难的问题仍然突出。"
            "建议市政府设立规模10亿元的科技成果转化基金。建议市政府应发挥科技贷、产业基金作用，支持成果转化项目融资。\n"
            "二、优化科技金融服务。每年举办不少于二十场银企对接活动。\n")
    first, second = parse_asks(text, "关于加大科技金融支持的建议")
    assert first.measures == "发挥科技贷、产业基金作用，支持成果转化项目融资。"
    assert second.measures == ""
    whole = parse_asks("我市科技型企业融资难。应发挥科技贷作用，支持成果转化项目融资。", "关于加大科技金融支持的建议")
    assert len(whole) == 1 and whole[0].measures == ""


def test_two_sentences_of_measures_end_in_one_full_stop_each():
    """Each sentence kept ends in one 。, never 。。 where the deputy's own full stop stood."""
    text = ("关于加大科技金融支持的建议\n一、加大科技金融支持。发挥科技贷、产业基金作用，支持成果转化项目融资。"
            "完善风险补偿机制，引导银行扩大科技信贷投放。\n二、优化科技金融服务。\n")
    first = parse_asks(text, "关于加大科技金融支持的建议")[0]
    assert first.measures == "发挥科技贷、产业基金作用，支持成果转化项目融资。完善风险补偿机制，引导银行扩大科技信贷投放。"


def test_measures_in_another_units_remit_are_not_the_bureaus_to_plan():
    """By the demo drafter.yaml: 专利审查 is 国家知识产权局's power, 知识产权 and 专利 市市场监管局's field —
    the 知识产权 ask proposes nothing the bureau plans; 企业技术中心 named in passing in a list of
    platforms (…、企业技术中心等创新平台) leaves the platform ask whole."""
    ws = load_workspace(REPO)
    asks = {a.phrase: a for a in parse_asks(TEXT_1288.read_text("utf-8"), TITLE_1288)}
    assert own_measures(asks["强化知识产权保护和运用"].measures, ws) == ""
    platforms = asks["建设高能级创新平台"].measures
    assert "企业技术中心等创新平台" in platforms and own_measures(platforms, ws) == platforms
    assert own_measures("加快专利审查和确权，支持企业建设中试平台。", ws) == "支持企业建设中试平台。"


def test_by_default_each_items_comment_quotes_what_its_ask_proposes(loo_draft_comment):
    """With last year's plans in comments, the bureau's four items (the 知识产权 ask is 市市场监管局's
    part: no item of the bureau's) are their leads and 【待补充：具体举措】; each comment quotes, after
    last year's plan, the ask's measures as the deputy wrote them, as material, not words to copy (their own quotes
    single inside the comment's: ‘揭榜挂帅’, hd21a)."""
    written = list(_ask_sentences(TEXT_1288.read_text("utf-8")).values())
    items = part_two_items(read_draft(loo_draft_comment))
    assert [p.text.endswith("。【待补充：具体举措】") for p in items] == [True] * 4
    for n, (p, measures) in enumerate(zip(items, written)):
        note = next(c for c in p.comments if "此项写的是" in c)
        inner = measures.replace("“", "‘").replace("”", "’")
        # (cm57: each quotes its ask's measures; how to use them is said on the first, 同前注 after)
        assert note.endswith(f"建议该条所提的做法为：“{inner}”" + ("可作参照，请按本单位2026年的工作安排写明举措，不宜照录建议原话。"
                                                         if n == 0 else "")), note
        assert note.index("此项写的是") < note.index("建议该条所提")
    assert not any("知识产权" in p.text or "按建议所提拟写" in p.text for p in items)


def test_said_in_the_text_each_item_is_its_lead_and_what_its_ask_proposes(in_text):
    """``asked_measures: text``: each item is its lead, the ask's measures as the deputy wrote them,
    and the mark; no figure."""
    written = _ask_sentences(TEXT_1288.read_text("utf-8"))
    items = [p.text for p in part_two_items(docx.Document(in_text[0]).paragraphs)]
    assert len(items) == 4, items
    for item, measures in zip(items, list(written.values())[:4]):
        assert re.fullmatch(rf"（[一二三四]）[^。]+。{re.escape(measures)}{re.escape(MARK)}", item), item
        assert not re.search(r"\d", item.replace("2026年", ""))
    assert not any("知识产权" in t for t in items)


def test_the_measures_are_highlighted_under_one_comment_with_their_mark(in_text):
    """In the .docx: the measures one cyan run and the mark a yellow run right after it, one comment
    range over both, the comment saying where the words come from and last year's plan there."""
    document = docx.Document(in_text[0])
    comments = {c.comment_id: c.text for c in document.comments}
    items = [p for p in part_two_items(document.paragraphs)]
    for p in items:
        runs = list(p.runs)
        mark = next(r for r in runs if r.text == MARK)
        said = mark._r.getprevious()
        assert said.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "cyan"
        assert mark._r.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "yellow"
        opened = said.getprevious()
        assert opened.tag == qn("w:commentRangeStart")
        closed = mark._r.getnext()
        assert closed.tag == qn("w:commentRangeEnd") and closed.get(qn("w:id")) == opened.get(qn("w:id"))
        note = comments[int(opened.get(qn("w:id")))]
        assert "此项举措按建议所提拟写" in note and "不是本单位已定的计划" in note
        assert re.search(r"2025年的计划（泉科函〔2025〕81号.*?）此项写的是：“", note), note


def test_the_command_says_how_many_items_quote_the_suggestion(in_text):
    said = in_text[1]
    assert "下一步工作计划中4项在事实库中没有2026年的计划，已按建议所提拟写举措" in said, said
    assert "只写了标题和【待补充：具体举措】" not in said


def test_a_draft_from_its_title_alone_quotes_no_measures(seeded_root, tmp_path):
    document = draft_title(seeded_root, tmp_path / "t.docx", "1401", "关于加快中试验证平台建设的建议")
    assert not any("按建议所提拟写" in p.text for p in document.paragraphs)
