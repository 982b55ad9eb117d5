"""md58b: old material names an ask's thing by a word of it and, beside it, the ask's own words beyond its phrase.

au58r2 counted only the words of the thing an ask names (:func:`~drafter.compose.select.comment_thing`) and wanted two: the
words its text says of the thing besides (交通违法行为 of 严查…严重交通违法行为 under 明确整治重点, hd31b) and its equivalents (田间
of 农耕道路's 田间道路, hd53c) were left out, and a gap's comment no longer named the old reply or the started project on it
(test_hd31_answers, test_h284_hd53c). Such words count beside a word of the thing; the phrase's own verb, manner and place do not
(打造 of 打造榆林长城边塞文化旅游品牌, test_au58r2). Each test on the real lines of its round.
"""

from __future__ import annotations

import pytest
from helpers import asks_as_drafted, unit_workspace

from drafter.compose.select import Item, comment_thing, names_thing, thing_beside
from drafter.model import Fact, Period, SourceMeta

# hd31b (大姚县公安局): the proposal's asks as its test writes them; a sentence of the 2019 reply 大公复字〔2019〕2号.
DAYAO_TITLE = "关于加强电动车综合治理的提案"
DAYAO_ASKS = ("关于加强电动车综合治理的提案\n近年来，我县电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等交通违法行为较为突出。为此建议：\n"
              "一、明确整治重点，加大违法查处力度。严查电动车不按规定车道行驶、违法载人、闯红灯、醉酒驾驶等严重交通违法行为。\n"
              "二、加强交通安全劝导和宣传教育，发挥交通安全劝导站作用，提高电动车驾驶人的交通安全意识。\n")
DAYAO_2019 = "每天安排警力对县城区开展交通巡逻疏道和乱停乱放车辆整治工作，严查严处车辆乱停乱放交通违法行为。"
# hd53c (师宗县农业农村局): its suggestion; the 2016 news page's first sentence as the base holds it (simplified).
SHIZONG_TITLE = "关于实施法召、雨柱2个片区高稳产农田改造项目的建议"
SHIZONG_TEXT = ("关于实施法召、雨柱2个片区高稳产农田改造项目的建议\n\n领衔代表：王小康等2名代表\n\n"
                "建议：实施法召、雨柱2个片区高稳产农田改造项目，修建片区农耕道路和沟渠管网，改善农田生产条件，满足群众农业生产需要。\n")
STARTED_2016 = "师宗县2015年全国新增1000亿斤粮食生产能力规划田间工程建设项目经过公开招投标，于2016年1月22日正式开工建设。"


def _old(text: str, year: int, place: str) -> Item:
    """An item of ``text``, a fact of ``place`` of ``year`` too old to write in."""
    source = SourceMeta(id="old", kind="news", path=f"seeds/{year}-01-01_old.txt", sha256="0" * 64, title="old",
                        date=f"{year}-01-01")
    return Item(Fact(id="f1", text=text, kind="done", period=Period(year, "text"), jurisdiction=place,
                     source_id="old"), source, 1.0, year, stale=True)


@pytest.mark.parametrize("unit, text, title, fact, year, alone", [
    # (严查 and 交通违法行为 the ask's point's since hx73a1 keeps 严查电动车不按规定车道行驶等严重交通违法行为, a long point shortened:
    # the thing names it alone; before, 违法 alone was the thing's and the words beside it named it)
    (("大姚县公安局", "县公安局", "大姚县"), DAYAO_ASKS, DAYAO_TITLE, DAYAO_2019, 2019, True),
    # (生产 the thing's; 田间 its 农耕道路's equivalent)
    (("师宗县农业农村局", "县农业农村局", "师宗县"), SHIZONG_TEXT, SHIZONG_TITLE, STARTED_2016, 2016, False),
])
def test_a_word_of_the_thing_and_the_asks_words_beside_it_name_it(tmp_path, unit, text, title, fact, year, alone):
    asks, words = asks_as_drafted(unit_workspace(tmp_path / "ws", *unit), text, title)
    item, thing = _old(fact, year, unit[2]), comment_thing(asks[0], words[0])
    assert bool(names_thing([item], thing)) is alone  # (one word of the thing alone: where it is, no more)
    assert names_thing([item], thing, beside=thing_beside(asks[0], words[0])) == [item]


def test_the_phrases_verb_is_no_word_beside_the_thing(tmp_path):
    asks, words = asks_as_drafted(unit_workspace(tmp_path / "ws", "大姚县公安局", "县公安局", "大姚县"), DAYAO_ASKS, DAYAO_TITLE)
    beside = thing_beside(asks[0], words[0])
    assert asks[0].phrase == "明确整治重点"
    assert {"明确", "整治"}.isdisjoint(beside) and {"严查", "行为"} <= beside
