"""Found on held-out round hd74a (怀远县城市管理局, 第56号建议: 增加主城区泊车位, 解决“停车难”).

hd74a fault 1: the base held only the province's 《便民停车行动方案》 (its 2022/2023 targets of 停车泊位), and the placeholder of
增加主城区停车泊位供给 said the base had none of the bureau's work, naming no 安徽省: the gate of a higher government's figures
(:func:`~drafter.compose.select.higher_items`) read the point 特别是公共停车泊位 by the ask's own words alone, without 停车 (the
subject every ask and the title say), and 公共停车泊位 split into runs too short for a word. The point's own words, the subject
among them, are read now — a run of them saying one of the ask's own (泊位 of 公共停车泊位), never the subject alone.

Each test uses the round's suggestion and a few real lines of its seed, in a workspace built here.
"""

from __future__ import annotations

from helpers import comments_on, seeds_draft, unit_workspace

TITLE = "关于增加怀远县主城区泊车位，解决“停车难”的建议"
# The round's suggestion.txt.
TEXT = ("关于增加怀远县主城区泊车位,解决“停车难”的建议\n\n随着怀远县主城区建设的快速发展,机动车保有量不断增加,主城区停车位不足,"
        "“停车难、没地方停车”成为市民特别关心的问题。为此建议:\n"
        "一、增加主城区停车泊位供给,特别是公共停车泊位,缓解主城区停车难问题。\n"
        "二、加强公共停车场的管理,明确公共停车场是否实行收费管理及相关管理办法,为市民提供宽敞便捷的停车环境。\n")
# seeds/2022-06-09_安徽便民停车行动方案.txt: its head and lead, and its paragraph on new buildings' parking (as published).
HEAD = ("來源:合報全媒體\n6月8日,記者從安徽省政府新聞辦召開的“暖民心行動”系列新聞發布會上獲悉,近期安徽省出臺了《便民停車行動方案》,"
        "將便民停車行動作為十項“暖民心行動”之一全力推進。\n")
BUILDINGS = ("以后,全省新建公共建筑、大型商場、住宅小區、交通樞紐等建設工程,要嚴格按照城市停車規劃和建設標準配套建設停車位,并按照規定比例"
             "配套建設充電設施。城市新建住宅小區停車泊位配建標準一般不低于1∶1.1,其中,合肥、蕪湖、蚌埠等城市力爭達到1∶1.2至1∶1.5;"
             "新建醫院、商場等公共建筑,按每百平方米1.1-1.5個車位配建。\n")
# …and its paragraph of the province's targets.
TARGETS = ("根據最新計劃,2022年,全省新增城市停車泊位40萬個以上,其中公共停車泊位5萬個以上;2023年,新增城市停車泊位45萬個以上,"
           "其中公共停車泊位5萬個以上;到2025年,全省累計新增城市停車泊位183萬個以上,其中公共停車泊位20萬個以上。\n")
BUREAU = ("怀远县城市管理局", "县城管局", "怀远县", "榴城镇, 荆山镇, 褚集镇")
SUPPLY = "【待补充：增加主城区停车泊位供给"
MANAGEMENT = "【待补充：加强公共停车场的管理"


def _draft(tmp_path, page: str):
    """The round's draft (its options as the tester gave them) from the province's page ``page`` alone."""
    seeds = {"2022-06-09_安徽便民停车行动方案.txt": page}
    return seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *BUREAU), seeds, "56", TITLE, TEXT, "--deputy", "陶玉新",
                       "--session", "县十八届人大二次会议", "--type", "B", "--date", "2023-06-30")[1]


def _text(path) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def test_1_the_provinces_targets_of_public_parking_are_named_on_the_supply_ask(tmp_path):
    out = _draft(tmp_path, HEAD + BUILDINGS + TARGETS)
    supply, = comments_on(out, SUPPLY)
    # (was: 已收集的材料中没有本单位此方面的工作情况…)
    assert "已收集的材料中有安徽省在此方面的情况" in supply, supply
    assert "2023年，新增城市停车泊位45万个以上，其中公共停车泊位5万个以上" in supply, supply
    assert "是安徽省的工作，不是我县的，未写入正文" in supply, supply
    assert "万个" not in _text(out)  # (the province's figures are no part of the reply)


def test_2_a_province_page_sharing_the_subject_on_another_matter_is_named_on_no_ask(tmp_path):
    """The province's rule for new buildings' parking (停车泊位配建标准, its figures ratios) says the subject 停车 and 停车泊位 of
    the supply ask, no run of its point longer than a word: named on neither ask."""
    out = _draft(tmp_path, HEAD + BUILDINGS)
    for placeholder in (SUPPLY, MANAGEMENT):
        notes = comments_on(out, placeholder)
        assert not any("安徽省" in n or "配建" in n for n in notes), notes


def _asks_words(tmp_path, text: str):
    """The asks of ``text`` under the round's title and each one's own words, as the draft sets them."""
    from drafter.compose.asks import parse_asks
    from drafter.compose.select import GENERIC, ask_words, matter_phrase
    from drafter.compose.sentences import bigrams
    from drafter.facts.index import FactIndex

    tmp_path.mkdir(exist_ok=True)
    ws = unit_workspace(tmp_path / "ws", *BUREAU)
    asks = parse_asks(text, TITLE)
    for ask in asks:
        ask.titled = frozenset(bigrams(matter_phrase(TITLE)) - GENERIC)
    return ws, asks, ask_words(asks, ws, FactIndex.load(ws))


def test_1_a_run_of_the_point_names_the_asks_thing_only_with_a_word_of_its_own(tmp_path):
    """公共停车泊位 of the province's targets says the supply ask's own 泊位 beside 停车, the title's and both asks': its point;
    were 公共停车泊位 every ask's (the management ask on 公共停车泊位 too), it would be the suggestion's subject, no one ask's."""
    from drafter.compose.select import point_words, says_point

    line = "2023年，新增城市停车泊位45万个以上，其中公共停车泊位5万个以上；"
    ws, asks, words = _asks_words(tmp_path, TEXT)
    point = point_words("特别是公共停车泊位", ws)
    assert "停车" not in words[0] and "泊位" in words[0]
    assert says_point(line, point, words[0])
    assert not says_point(line, point & words[0])  # (the ask's words alone: 车泊位, no word — hd74a)
    _, _, both = _asks_words(tmp_path / "both", TEXT.replace("加强公共停车场的管理", "加强公共停车泊位的管理"))
    assert not any("泊位" in own for own in both)
    assert not any(says_point(line, point, own) for own in both)
