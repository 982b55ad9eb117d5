"""drafter.grammar: one vocabulary read alike by the distiller, measure, compose and check."""

from __future__ import annotations

import pytest
from helpers import REPO

from drafter import grammar as G
from drafter.check import figure_tokens
from drafter.compose.select import bigrams as select_bigrams
from drafter.distill.figures import find_figures
from drafter.facts.index import terms
from drafter.facts.measure import base_value
from drafter.model import Figure
from drafter.read import read_document
from drafter.workspace import load_workspace

SEEDS = sorted((REPO / "seeds").iterdir())


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:24])
def test_check_and_distiller_find_the_same_figures_in_every_seed_paragraph(seed):
    doc = read_document(seed)
    total = 0
    for block in doc.blocks:
        # (a vague count, 10余场, has no key: no number to trace, in either)
        distilled = [key for f in find_figures(block.text) if (key := G.figure_key(f.value, f.scale, f.unit))]
        checked = [t.key for t in figure_tokens(block.text)]
        assert checked == distilled, block.text
        total += len(checked)
    assert total > 0


def test_full_width_figures_are_the_same_figures():
    for half, full in (("办理贷款9999笔", "办理贷款９９９９笔"), ("增长3.4%", "增长３．４％"),
                       ("资金1.17亿元", "资金１.１７亿元")):
        (a,), (b,) = find_figures(half), find_figures(full)
        assert (a.value, a.scale, a.unit) == (b.value, b.scale, b.unit)
        assert b.raw in full  # the raw figure is the text as written
        assert [t.key for t in figure_tokens(half)] == [t.key for t in figure_tokens(full)]


def test_units_scales_currencies_qualifiers_and_ranges():
    found = {f.raw: (f.value, f.scale, f.unit) for f in find_figures(
        "办理贷款5笔，引进外资300万欧元、2亿美元，服务企业超800家，培育近千家，约1.5万人次参加，"
        "力争引建1-2个平台，资助1800余人。")}
    assert found == {
        "5笔": (5, None, "笔"), "300万欧元": (300, "万", "欧元"), "2亿美元": (2, "亿", "美元"),
        "超800家": (800, None, "家"), "近千家": (1000, None, "家"), "约1.5万人次": (1.5, "万", "人次"),
        "1-2个": (1, None, "个"), "1800余人": (1800, None, "人"),
    }
    assert G.figure_key(300, "万", "欧元") == ("3000000", "欧元") == G.figure_key(300, None, "万欧元")
    assert base_value(Figure(1.17, "元", "1.17亿元", scale="亿")) == (117000000.0, "元")
    # years, ordinals, codes and list numbering are no figures
    assert find_figures("2025年第3批A1项目一是三年行动") == []


def test_one_tokeniser_folds_full_width():
    assert G.tokens("ＡＩ芯片") == G.tokens("AI芯片") == ["ai", "芯片"]
    assert terms("ＡＩ产业") == terms("AI产业") == ["ai", "产业"]
    assert select_bigrams("５Ｇ基站") == select_bigrams("5G基站") == {"5g", "基站"}


def test_numbering_levels_and_ordinals():
    labels = [next((label for label, rx in G.LEVELS if rx.match(t)), None)
              for t in ("二、基本情况", "（三）加强研发", "4. 做法", "（5）成效", "一是加强")]
    assert labels == ["一、", "（一）", "1.", "（1）", None]
    assert [m.group(1) for m in G.ITEM.finditer("一是加强研发；二是培育主体。三是")] == ["一", "二", "三"]
    assert G.strip_ordinal("（一）三是强化创新体系培育") == "强化创新体系培育"


def test_class_statuses_from_the_workspace_scheme_and_closings():
    ws = load_workspace(REPO)
    assert [G.class_status(ws.classes[c]) for c in "ABC"] == [G.SOLVED, G.PLANNED, G.REFERENCE]
    assert G.closing_status("再次感谢您对我们工作的关心和支持。") is None
    assert G.closing_status("您提出的建议已列入我局工作计划，我们将逐步解决。") == G.PLANNED
    assert G.closing_status("受目前条件所限，我局将留作参考。") == G.REFERENCE
    assert G.closing_status("您的建议已采纳，所提问题已基本解决。") == G.SOLVED


def test_letter_parts_and_time_words():
    kinds = {kind for kind, rx in G.PARTS for t in ("答复类型：A类", "抄送：市人大常委会。", "（此件主动公开）",
                                                    "联系人：谢惠阳", "领导署名：史思泉") if rx.search(t)}
    assert kinds == {"class_mark", "cc", "note", "contact", "signature"}
    assert G.CLOSING.match("再次感谢您对我们工作的关心和支持。") and G.CLOSING.match("以上意见，供参考。")
    assert not G.CLOSING.match("全市培育科技型中小企业1614家。")
    assert [m.group() for m in G.TIME_WORD.finditer("截至目前，今年上半年较去年全年")] == [
        "截至目前", "今年", "上半年", "去年", "全年"]


def test_reader_distiller_composer_and_check_read_the_same_numbering_in_the_seeds():
    """Every numbered heading or item opening a seed paragraph is numbering to the reader (which
    keeps it from joining the line before), the distiller (a heading level or an item), the
    composer (strip_ordinal) and check (LEVELS / ITEM); a decimal figure opening a line is not."""
    from drafter.distill.structure import ITEM_START, _marker
    from drafter.distill.figures import normalise
    from drafter.read.clean import _HEADING_MARK, _ITEM_MARK

    numbered = [b.text for seed in SEEDS for b in read_document(seed).blocks
                if G.ORDINAL.match(b.text)]
    assert len(numbered) >= 20
    for text in numbered:
        is_item = bool(G.ITEM_START.match(text))
        assert bool(_ITEM_MARK.match(text)) == is_item and bool(ITEM_START.match(normalise(text))) == is_item
        if not is_item:
            assert _HEADING_MARK.match(text) and _marker(normalise(text)), text
            assert any(rx.match(text) for _, rx in G.LEVELS), text
        assert G.strip_ordinal(text) and G.strip_ordinal(text)[0] not in "、.．）)是", text
    for figure_first in ("1.5万家企业获得支持", "12.5%的增长来自", "3.2亿元用于"):
        assert not (G.ORDINAL.match(figure_first) or _HEADING_MARK.match(figure_first)
                    or _marker(normalise(figure_first)) or any(rx.match(figure_first) for _, rx in G.LEVELS))
