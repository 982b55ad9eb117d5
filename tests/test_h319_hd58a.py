"""h319: findings of the held-out test hd58a (承德市交通运输局, 第2023105号建议 on 承德高速口到鞍匠、下板城高速口免高速费), on its
inputs' real lines.

1. The city's bare name opening another place (承德县, an area of the workspace; 南昌县 of 南昌市) or naming a road's site or route
   (承德高速口, 承德收费站, 承德互通, 承德至下板城) is kept, never 我市县, 我市高速口.
2. A too-old material's comment quotes the sentence reporting a result that shares most of the ask's words (承德至下板城…高速客运
   班线正式开通), not one for its figures alone (已完成国省干线公路养护工程41项), and none that shares none.
3. An ask of a grant (免高速费, 纳入…免费范围, 给予…补助) the base holds no work nor plan on is no step in the bureau's mouth: part two
   asks for the bureau's view on it, its comment saying a government decides it and its finance pays.
4. A numbered point made only of ends (二、方便承德县群众往返市区出行，促进承德县与市区一体化发展) is what the point before it
   serves, no ask of its own.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from helpers import CHENGDE, CHENGDE_ENDS as ENDS, CHENGDE_PAGE as PAGE, CHENGDE_SEED as SEED, CHENGDE_SUGGESTION as SUGGESTION
from helpers import CHENGDE_TITLE as TITLE, part_one, part_two_of, seeds_draft, unit_workspace

from drafter.compose.asks import parse_asks
from drafter.compose.remit import asks_grant

def _draft(tmp_path: Path, text: str = SUGGESTION) -> Path:
    ws = unit_workspace(tmp_path / "ws", *CHENGDE)
    _, out = seeds_draft(tmp_path, ws, {SEED: PAGE}, "2023105", TITLE, text, "--deputy", "李淑君", "--session",
                         "市十五届人大四次会议", "--date", "2023-08-08")
    return out


@pytest.mark.parametrize("said, own", [
    ("促进承德县与市区一体化发展", "促进承德县与市区一体化发展"),  # (an area of the workspace: another place)
    ("承德县城", "承德县城"),  # (its seat, not the city's 县城)
    ("承德高速口到鞍匠、下板城高速口免高速费", "承德高速口到鞍匠、下板城高速口免高速费"),
    ("承德收费站", "承德收费站"), ("承德互通", "承德互通"), ("承德东出口", "承德东出口"), ("承德服务区", "承德服务区"),
    ("承德至下板城高速客运班线", "承德至下板城高速客运班线"), ("承德东站", "承德东站"),
    # the city's own work is still 我市's
    ("加快承德交通发展", "加快我市交通发展"), ("推进承德乡村振兴", "推进我市乡村振兴"), ("扩大承德出口", "扩大我市出口"),
    ("承德至今", "我市至今"), ("发挥承德区位优势", "发挥我市区位优势"), ("承德市场监管", "我市市场监管"),
])
def test_an_area_or_a_road_site_named_with_the_citys_name_keeps_it(tmp_path, said, own):
    assert unit_workspace(tmp_path / "ws", *CHENGDE).in_own_words(said) == own


@pytest.mark.parametrize("place, said, own", [
    ("南昌市", "加快南昌县交通发展", "加快南昌县交通发展"),  # (another level's place, though no area is listed)
    ("淮安市", "淮安区位于", "淮安区位于"),
    ("重庆市", "强化重庆企业科技创新", "强化我市企业科技创新"),
    ("重庆市", "推动重庆区县协同发展", "推动我市区县协同发展"),  # (levels said together: the city's districts and counties)
    ("长沙市", "长沙县级以上公路", "我市县级以上公路"),
])
def test_the_bare_name_before_another_levels_character_is_that_place(tmp_path, place, said, own):
    assert unit_workspace(tmp_path / "ws", f"{place}交通运输局", "市交通运输局", place).in_own_words(said) == own


def test_a_point_made_only_of_ends_runs_into_the_point_it_serves():
    asks = parse_asks(SUGGESTION, TITLE)
    assert len(asks) == 1
    assert asks[0].text.endswith("免收高速通行费，方便承德县群众往返市区出行，促进承德县与市区一体化发展。")
    assert asks[0].points_asked == []
    # a point the deputy asks on its own verb stays one
    asked = parse_asks(SUGGESTION.replace(ENDS, "二、促进承德县与市区一体化发展。"), TITLE)
    assert [a.phrase for a in asked][1:] == ["促进承德县与市区一体化发展"]


def test_a_grant_is_asked_by_its_words(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *CHENGDE)
    for text in ("承德高速口到鞍匠、下板城高速口免高速费", "将…小客车纳入环城高速免费（退费）范围", "对平台建设和运营给予补助",
                 "减免停车费", "给予一定的资金支持", "提高农机购置补贴标准"):
        assert asks_grant(text, ws), text
    # works asked with their money (hd57a), money used well, a harm averted, a service opened free: no grant
    for text in ("加大对老城区小街巷的改造维修力度，安排专项资金，对破损道路和排水设施进行改造", "提高资金使用效率",
                 "避免重复收费", "推动博物馆免费开放"):
        assert not asks_grant(text, ws), text
    finance = unit_workspace(tmp_path / "fin", "承德市财政局", "市财政局", "承德市")
    assert not asks_grant("给予一定的资金支持", finance)  # (the finance bureau's own act)


def test_the_draft_asks_the_bureaus_view_on_the_grant_and_keeps_the_places_names(tmp_path):
    out = _draft(tmp_path)
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "我市县" not in text and "我市高速口" not in text, text
    # one ask: the ends its second point names are no section of their own
    assert part_one(document) == ["【待补充：承德高速口到鞍匠、下板城高速口免高速费方面的工作情况及数据（注明年份）】"]
    # part two: no lead-in around the grant, and no step granting it — the bureau's view, to write (h325: no 重点做好以下工作：
    # over it alone)
    assert [p.text for p in part_two_of(document.paragraphs)] == [
        "下一步，【待补充：对“承德高速口到鞍匠、下板城高速口免高速费”的研究意见及下一步举措】"]
    notes = [c.text for c in document.comments]
    assert any("须由政府研究决定、财政安排资金" in c and "本单位如何配合" in c for c in notes), notes
    # the too-old page quoted by its sentence on the ask, not for its figures
    old = next(c for c in notes if "2017年的相关情况" in c)
    assert "承德至下板城、承德至围场高速客运班线正式开通" in old and "国省干线公路养护工程41项" not in old, old


def test_a_point_asked_on_its_own_keeps_the_countys_name_in_part_two(tmp_path):
    """The same suggestion with its second point asked on its own verb (促进…): its section and part two's step name 承德县."""
    out = _draft(tmp_path, SUGGESTION.replace(ENDS, "二、促进承德县与市区一体化发展。"))
    items = [p.text for p in part_two_of(docx.Document(str(out)).paragraphs)][1:]
    assert items[1] == "（二）促进承德县与市区一体化发展。【待补充：具体举措】", items
    assert items[0].startswith("（一）【待补充：对“承德高速口到鞍匠、下板城高速口免高速费”的研究意见"), items


def test_an_old_note_quotes_no_sentence_off_the_ask(tmp_path):
    from drafter.compose.select import Item, old_note
    from drafter.grammar import bigrams
    from drafter.model import Fact, Period, SourceMeta

    ws = unit_workspace(tmp_path / "ws", *CHENGDE)
    source = SourceMeta(id="cd", kind="news", path=f"seeds/{SEED}", sha256="0" * 64, title="承德市公路养护水平走在全省前列",
                        date="2017-02-08")
    fact = Fact(id="f1", text="目前，已完成国省干线公路养护工程41项，完成投资5亿元。", kind="context", period=Period(2017, "text"),
                jurisdiction="承德市", source_id="cd")
    item = Item(fact, source, 1.0, 2017, stale=True)
    today = dt.date(2023, 8, 8)
    assert "如“" not in old_note([item], ws, today, "免高速费", words=frozenset(bigrams("免收高速通行费")))
    assert "如“目前，已完成国省干线公路养护工程41项" in old_note([item], ws, today, "公路养护", words=frozenset(bigrams("公路养护")))
