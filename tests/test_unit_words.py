"""The unit vocabulary and the address words, declared once in the grammar: each reader of units
keeps its named exclusions (a 中心 that is a thing; a province's 厅 never a district's)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from drafter.compose.asks import named_things
from drafter.compose.reply import _area_named
from drafter.grammar import ADDRESS, COURTESY, READERS_SUGGESTION
from helpers import REPO


def _line(path: Path, word: str) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if word in line)


def test_an_asks_list_of_platforms_ending_in_a_centre_is_things_a_list_of_bodies_is_units():
    ask = _line(REPO / "examples" / "1288建议.txt", "企业技术中心")
    assert "企业技术中心" in named_things(ask)  # 中心 closes a thing here, no unit
    assert named_things("在市人大、市政协的关心支持下，推动市科协、区管委会共同举办") == []
    assert named_things("在市政府办公厅、市科技局指导下推进") == []


def test_a_districts_own_bodies_are_named_but_a_centre_or_hall_is_no_unit():
    item = SimpleNamespace(fact=SimpleNamespace(jurisdiction="丰泽区"))
    ws = SimpleNamespace(areas={"丰泽区"}, jurisdiction="泉州市", area_said=lambda area: area, self_name="我局")
    assert _area_named("经区政协调研，区人大常委会审议通过", item, ws) == "经丰泽区政协调研，区人大常委会审议通过。"
    assert _area_named("由区政府办公室印发", item, ws) == "由丰泽区政府办公室印发。"
    assert _area_named("支持区内企业技术中心建设", item, ws) == "丰泽区支持区内企业技术中心建设。"
    assert _area_named("在区服务大厅设窗口", item, ws) == "丰泽区在区服务大厅设窗口。"
    # (the bureau's own work there, as the draft names the bureau, is not the area's: hd68d)
    assert _area_named("我局副局长率队赴区内企业调研", item, ws) == "我局副局长率队赴区内企业调研。"


def test_the_reader_is_addressed_with_one_vocabulary():
    seed = REPO / "seeds" / "003_d554f6e29ba293ca.txt"
    opening = _line(seed, "收悉")
    assert ADDRESS.search(opening)
    assert READERS_SUGGESTION.search(opening).group("what").startswith("《关于推动科技创新")
    closing = _line(seed, "再次感谢您")
    assert COURTESY.match(closing) and COURTESY.match("希望你继续关心") and not COURTESY.match("希望企业参与")
    assert not ADDRESS.search("迷你型工业机器人") and ADDRESS.search("贵会所提建议")
