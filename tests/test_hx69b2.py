"""hx69b2: findings of the held-out test hd69b (婺源县农业农村局, 县政协十二届二次会议第18号提案 关于推动农村产业发展促进乡村振兴的建议,
a reply of 2022-11), each on its seeds' and suggestion's real lines.

1. An ask whose heading is generic (做强特色产业: its 特色 another ask's word, its 产业 no thing) is keyed by the things its body
   names (茶叶, 皇菊, 油茶 of 围绕茶叶、皇菊、油茶等特色产业; 品牌, 附加值 of 提升农产品品牌和附加值): the paper's 二是做品牌。…20余个茶叶
   品牌整合为“婺源绿茶”… answers it (on_ask was False, says_thing True, and the section a placeholder). A single word naming
   no thing (产业 of 发展优势产业) never keys it.
2. In the place's own news, a statement whose figure is its people's income gained (…50余家从事农家乐经营的农户，户均年增收5万元)
   is a result done, not background.
"""

from __future__ import annotations

from helpers import WUYUAN_NEWS, WUYUAN_PAPER, WUYUAN_TEXT, WUYUAN_TITLE, asks_as_drafted, distil, fact_saying, wuyuan_draft, wuyuan_workspace

from drafter.compose.select import body_keys, on_ask
from drafter.distill.facts import income_gained
from drafter.distill.figures import find_figures
from drafter.model import Fact, Period

TITLE, TEXT = WUYUAN_TITLE, WUYUAN_TEXT
# seeds/2019-03-26_生态加产业乡村振兴路径研究.txt and seeds/2020-05-06_产业富农文明兴村.txt of hd69b (their heads and paragraphs).
PAPER, NEWS = WUYUAN_PAPER, WUYUAN_NEWS
# The fact the paper's 二是 item is distilled to (as hd69b's base holds it).
BRAND = ("二是做品牌。围绕振兴“千年茶乡”目标，将全县原有20余个茶叶品牌整合为“婺源绿茶”一个品牌，实行“统一品牌、统一标准、"
         "统一宣传营销”。")


def _done(text: str) -> Fact:
    return Fact(id="f1", text=text, kind="done", period=Period(2019, "document date"), jurisdiction="婺源县", source_id="paper")


def test_1_a_generic_heading_is_keyed_by_the_things_its_body_names(tmp_path):
    asks, words = asks_as_drafted(wuyuan_workspace(tmp_path / "ws"), TEXT, TITLE)
    assert asks[1].phrase == "做强特色产业"
    keys = body_keys(asks[1], words[1])
    assert {"茶叶", "皇菊", "油茶", "品牌"} <= keys and not keys & {"产业", "势产", "发展"}, keys
    assert on_ask(_done(BRAND), asks[1], words[1])
    # (a phrase naming its own thing keeps its own keys: 二三产业, 融合; 农民增收)
    assert not body_keys(asks[2], words[2]) and not body_keys(asks[3], words[3])


def test_1_the_draft_answers_the_generic_heading_from_its_bodys_things(tmp_path):
    body = wuyuan_draft(tmp_path, {"2019-03-26_生态加产业乡村振兴路径研究.txt": PAPER})
    at = body.index("（二）做强特色产业")
    assert "20余个茶叶品牌整合为“婺源绿茶”一个品牌" in body[at + 1], body[at + 1]


GAIN = "篁岭景区周边的晓容、前段、栗木坑、篁岭新村等村庄有50余家从事农家乐经营的农户，户均年增收5万元。"


def test_2_a_gain_of_the_places_peoples_income_is_a_result(tmp_path):
    ff = distil(tmp_path, wuyuan_workspace(tmp_path / "ws"), NEWS, "2020-05-06_产业富农文明兴村.txt")
    fact = fact_saying(ff, "户均年增收5万元")
    assert fact.kind == "done" and fact.jurisdiction == "婺源县", fact
    assert income_gained(GAIN, find_figures(GAIN), 2020)
    # (not a gain to come, nor one of a year after the page's)
    assert not income_gained(GAIN.replace("户均年增收", "预计户均年增收"), find_figures(GAIN), 2020)
    assert not income_gained("2021年" + GAIN, find_figures(GAIN), 2020)
