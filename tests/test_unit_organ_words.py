"""The organs' words that close only a unit's name (UNIT_ORGAN_WORDS: no 中心 or 办公室, which close
things too), declared once in the grammar: an ask's list of units and a district's own units are
read with them."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

from drafter.compose.asks import _UNIT, named_things
from drafter.compose.reply import LOCAL_UNIT, _area_named
from drafter.grammar import ORGAN_CHARS, ORGAN_WORDS, UNIT_ORGAN_WORDS
from helpers import CORPUS, REPO, needs_corpus


def _clause(path: Path, word: str) -> str:
    return next(c for c in re.split(r"[，,。；;\n]", path.read_text("utf-8")) if word in c)


def _alternatives(pattern: str) -> set[str]:
    return set(re.search(r"\(\?:([^()]*)\)\$?$", pattern).group(1).split("|"))


def test_the_unit_words_are_the_organs_words_but_those_closing_things():
    assert set(UNIT_ORGAN_WORDS) == {"局", "委员会", "委", "办公厅", "办", "厅", "政府"}
    # an ask's units: those, the bodies (人大, 政协, 科协), 管委会 and 有关部门
    assert _alternatives(_UNIT.pattern) == {"局", "委员会", "委", "办公厅", "办", "厅", "政府", "人大", "政协", "科协",
                                           "委会", "部门"}
    # a district's own units: no province's organ (厅, 办公厅)
    assert _alternatives(LOCAL_UNIT) == {"局", "委员会", "委", "办", "政府", "人大", "政协"}


def test_the_organ_characters_are_the_organs_words_of_one_character():
    """ORGAN_CHARS (我局, 本委, 市政府办, 省科技厅 as a character class), declared before the patterns that read it, says the
    organs' words of one character: none more, none fewer."""
    assert ORGAN_CHARS == "".join(w for w in ORGAN_WORDS if len(w) == 1) == "局委办厅"


@needs_corpus
def test_units_and_things_in_the_real_texts():
    line = next(ln for ln in (REPO / "examples" / "1288建议.txt").read_text("utf-8").splitlines() if "企业技术中心" in ln)
    assert "企业技术中心" in named_things(line)
    units = _clause(CORPUS / "01_chongqing_reply_2024.txt", "市教委、")  # 经与市教委、市经济信息委、市财政局…研究办理
    assert named_things(units) == [] and _UNIT.search("市人力社保局")
    assert named_things(_clause(REPO / "seeds" / "001_fa2a5beafb4408f4.txt", "围绕市委、市政府")) == []
    item = SimpleNamespace(fact=SimpleNamespace(jurisdiction="丰泽区"))
    ws = SimpleNamespace(areas={"丰泽区"}, jurisdiction="泉州市", area_said=lambda area: area, self_name="我局")
    assert _area_named("由区科技局会同区财政局印发", item, ws) == "由丰泽区科技局会同区财政局印发。"
    assert _area_named("在区科技创新中心设窗口", item, ws) == "丰泽区在区科技创新中心设窗口。"
    assert _area_named("经区科技厅批复", item, ws) == "丰泽区经区科技厅批复。"
