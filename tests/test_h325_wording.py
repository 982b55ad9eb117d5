"""h325: three wording faults left by the day's fixes.

1. A city's name before 区域 lost the city: 汕尾市区域发展 read 市区域发展, its 市区 (the city's own part, workspace.OWN_PART) taken
   before 区域 (grammar.LEVEL_WORDS) was read as a word. The level character before 区域 is the place's: 我市区域发展.
2. h319's item for an ask of a grant the base holds no work on (hd58a's 免高速费: the bureau's view to write) read
   下一步，我局将【待补充：对“…”的研究意见…】 in a reply one section per ask and 下一步我局将重点做好以下工作：【待补充：…】 in a
   plain one (and over a paragraph of its own in parts): before a placeholder the lead is 下一步， alone, and a part two that is
   that item alone has no lead-in announcing work.
3. Part one's comment on old material named a newer source the base holds (另：已收集的材料中已有较新的榆政文旅函〔2022〕67号…)
   though it held only background on the asks (hd57b's 67号: where the 长城 runs, how long it is, since h321 background): a
   newer source is named for a statement on an ask that is no background.
"""

from __future__ import annotations

import docx
import pytest
from helpers import CHENGDE, CHENGDE_ENDS, CHENGDE_PAGE, CHENGDE_SEED, CHENGDE_SUGGESTION, CHENGDE_TITLE, YULIN_REPLY_67_HEAD, YULIN_SEEDS
from helpers import YULIN_SUGGESTION, YULIN_TITLE, seeds_draft, unit_workspace, yulin_workspace

from drafter.workspace import load_workspace
from helpers import SHANWEI


@pytest.mark.parametrize("said, own", [
    ("促进汕尾市区域协调发展", "促进我市区域协调发展"),
    ("推进汕尾区域协调发展", "推进我市区域协调发展"),
    # the city's own part still says itself alone
    ("汕尾市区每逢强降雨", "市区每逢强降雨"), ("汕尾中心城区内涝", "中心城区内涝"), ("汕尾市域统筹", "市域统筹"),
])
def test_the_citys_name_before_a_region_is_the_city(tmp_path, said, own):
    assert unit_workspace(tmp_path / "ws", *SHANWEI).in_own_words(said) == own


@pytest.mark.parametrize("said, own", [
    ("发展霍邱县域经济", "发展县域经济"),  # (县域 the county's own ground, its name first: grammar.LEVEL_OPENED's note)
    ("推进霍邱县区域协调发展", "推进我县区域协调发展"),
])
def test_a_countys_name_before_its_ground_or_a_region(tmp_path, said, own):
    assert unit_workspace(tmp_path / "ws", "霍邱县交通运输局", "县交通运输局", "霍邱县").in_own_words(said) == own


GRANT_VIEW = "【待补充：对“承德高速口到鞍匠、下板城高速口免高速费”的研究意见及下一步举措】"


def _hd58a(tmp_path, form: str, suggestion: str = CHENGDE_SUGGESTION) -> list[str]:
    ws = unit_workspace(tmp_path / "ws", *CHENGDE)
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as config:
        config.write(f"draft:\n  form: {form}\n")
    _, out = seeds_draft(tmp_path, load_workspace(ws.root), {CHENGDE_SEED: CHENGDE_PAGE}, "2023105", CHENGDE_TITLE, suggestion,
                         "--deputy", "李淑君", "--session", "市十五届人大四次会议", "--date", "2023-08-08")
    return [p.text for p in docx.Document(str(out)).paragraphs if p.text.strip()]


@pytest.mark.parametrize("form", ["per_ask", "plain"])
def test_the_view_on_a_grant_is_led_by_next_alone(tmp_path, form):
    said = _hd58a(tmp_path, form)
    assert f"下一步，{GRANT_VIEW}" in said, said
    assert not any("重点做好以下工作" in p or "我局将【" in p for p in said), said


def test_beside_another_ask_the_grant_alone_is_led_by_next_alone(tmp_path):
    """One section per ask: the grant's section says 下一步， before its placeholder, the other's 下一步，我局将 before its step."""
    said = _hd58a(tmp_path, "per_ask", CHENGDE_SUGGESTION.replace(CHENGDE_ENDS, "二、促进承德县与市区一体化发展。"))
    assert f"下一步，{GRANT_VIEW}" in said, said
    assert any(p.startswith("下一步，我局将促进承德县与市区一体化发展") for p in said), said


def _hd57b(tmp_path, seeds) -> list[str]:
    _, out = seeds_draft(tmp_path, yulin_workspace(tmp_path), seeds, "12", YULIN_TITLE, YULIN_SUGGESTION, "--deputy", "张凌云",
                         "--session", "市五届人大一次会议", "--type", "B", "--date", "2022-12-15")
    return [c.text for c in docx.Document(str(out)).comments if "第一部分所用的材料最新的是" in c.text]


def test_a_newer_source_of_background_alone_is_not_named(tmp_path):
    said = _hd57b(tmp_path, YULIN_SEEDS)
    assert said and not any("较新的" in c for c in said), said


def test_a_newer_source_with_work_on_an_ask_is_named(tmp_path):
    # (67号 with a sentence of the bureau's work on the 长城 after its description)
    reply = YULIN_REPLY_67_HEAD + "2022年，我局争取中央资金1500万元，实施明长城榆阳区段抢救性保护工程。\n"
    said = _hd57b(tmp_path, {**YULIN_SEEDS, "2022-12-13_对市五届人大一次会议第1号建议的答复函.txt": reply})
    assert any("另：已收集的材料中已有较新的榆政文旅函〔2022〕67号（2022年12月）" in c for c in said), said
