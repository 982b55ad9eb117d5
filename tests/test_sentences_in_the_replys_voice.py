"""Sentences taken from other pages read as the reply's own: one that leans on another is kept with it, and one
naming the bureau's own place as a reporter would is said as its letters say it.

hd10 (福州市海洋与渔业局's replies 1229 and 20251061, m.solar-energy-info.com/…/t20240419_4811768.htm and enerxy-qy.com/…/t20250625_5038657.htm as the
tester saved them): 二是其中包括了海上游乐观光… stood alone as an item, the 13 bases whose kinds it lists left
out; and …其中针对“闽投1号”渔旅融合的特点。 ended an item on a frame whose clause was cut."""

from __future__ import annotations

from drafter.compose.select import with_antecedents
from drafter.compose.sentences import bigrams, on_topic_clauses

BASES = ["目前，我市已拥有省级“水乡渔村”休闲渔业基地13个，市级休闲渔业示范基地13个。",
         "其中包括了海上游乐观光、海鲜美食体验、出海捕撈、休闲垂釣、渔业研学、渔业文创、观赏鱼参观等各种特色。",
         "休闲渔业基地的建设合理利用了我市的特色渔业旅游资源，助推我市各地文旅经济的发展。"]
INSURANCE = ("三是推进深远海养殖渔业保险试点对接协调省渔业互保协会，为“乾动1号”“闽投1号”深远海养殖平台开展保险业务，"
             "其中针对“闽投1号”渔旅融合的特点，协会就装备、人员提供综合保险方案。")


def test_a_sentence_opening_on_the_one_before_keeps_it():
    assert with_antecedents(BASES, [BASES[1]]) == BASES[:2]
    assert with_antecedents(BASES, [BASES[2]]) == [BASES[2]]  # one that stands alone needs none
    assert with_antecedents(BASES, []) == []


def test_a_framing_clause_kept_on_the_topic_keeps_the_clause_it_frames():
    kept = on_topic_clauses(INSURANCE, bigrams("深远海养殖与渔旅融合"))
    assert kept.endswith("其中针对“闽投1号”渔旅融合的特点，协会就装备、人员提供综合保险方案。"), kept
    # a clause off the topic after a kept one still goes
    longer = INSURANCE[:-1] + "，另组织开展海上安全生产大检查，排查隐患问题15处，督促整改到位。"
    assert on_topic_clauses(longer, bigrams("深远海养殖与渔旅融合")) == INSURANCE, on_topic_clauses(longer, bigrams("深远海养殖与渔旅融合"))


def test_the_bureaus_own_place_as_a_subject_is_said_as_its_letters_say_it(tmp_path):
    """hd11 (滕州市文化和旅游局, news of 枣庄新闻网 and 中新网 as the tester saved them): items read 一是该市制定《2023年群众
    文化生活满意度提升实施方案》… and 今年以来，滕州市坚持以文塑旅… in a reporter's voice; a reply says 我市. The place
    inside an organ's name, or as an object, stays."""
    from helpers import unit_workspace

    from drafter.compose.sentences import own_place_named

    ws = unit_workspace(tmp_path / "ws", "滕州市文化和旅游局", "市文旅局", "滕州市")
    said = {s: own_place_named(s, ws) for s in (
        "一是该市制定《2023年群众文化生活满意度提升实施方案》。", "今年以来，滕州市坚持以文塑旅、以旅彰文。",
        "2023年，滕州市共接待游客1200万人次。", "滕州市人民医院开展义诊活动。", "滕州市委书记王广部在致辞中表示。",
        "积极向滕州市争取项目。", "据滕州市统计，全年接待游客。",
        "近年来，滕州市立足丰富的历史人文和自然资源禀赋，精心谋划了3条旅游线路。")}
    assert list(said.values()) == [
        "一是我市制定《2023年群众文化生活满意度提升实施方案》。", "今年以来，我市坚持以文塑旅、以旅彰文。",
        "2023年，我市共接待游客1200万人次。", "滕州市人民医院开展义诊活动。", "滕州市委书记王广部在致辞中表示。",
        "积极向滕州市争取项目。", "据滕州市统计，全年接待游客。",
        "近年来，我市立足丰富的历史人文和自然资源禀赋，精心谋划了3条旅游线路。"], said  # (hd13: 滕州市立足… stayed)


WEIXIAN = ("为了全面落实“藏粮于地、藏粮于技”战略、切实推动农业产业基础设施提档升级，魏县农业农村局早安排、早部署，紧紧抓住当前"
           "“施工黄金期”的有利条件，工作人员一线督促，驰而不息加快高标准农田建设进度。")
WEIXIAN_ASKS = ("为此建议：\n一、加大高标准农田建设力度。深入实施“藏粮于地、藏粮于技”战略，逐年扩大高标准农田建设规模。\n"
                "二、提高高标准农田建设标准。完善灌溉与排水、田间道路等工程设施。\n三、加强建后管护。明确管护主体和责任。\n")


def test_a_purpose_clause_kept_on_the_topic_keeps_the_clause_it_frames():
    """hd12 (魏县农业农村局's 2020 news, wei.gov.cn/a/2020/newsshow_27888.html): an item was only its purpose,
    一是为了全面落实“藏粮于地、藏粮于技”战略、切实推动农业产业基础设施提档升级。"""
    kept = on_topic_clauses(WEIXIAN, bigrams("深入实施“藏粮于地、藏粮于技”战略"))
    assert kept.startswith("为了全面落实") and "魏县农业农村局早安排" in kept, kept


def test_an_ask_whose_phrase_shares_its_words_with_the_others_is_answered_on_their_matter(workspace):
    """hd12: 加大高标准农田建设力度 said every word but the seams 大高, 田建 and 设力 with the other asks, so no fact could say
    one of its phrase's own words and the 魏县 news on 高标准农田 answered none; now it answers the first."""
    from drafter.compose.asks import parse_asks
    from drafter.compose.select import _seams, ask_words, on_ask
    from drafter.model import Fact, Period

    assert _seams("加大高标准农田建设力度") == {"大高", "田建", "设力"}
    asks = parse_asks(WEIXIAN_ASKS, "关于建设高标准农田，确保粮食安全的提案")
    words = ask_words(asks, workspace)
    fact = Fact(id="w", text=WEIXIAN, kind="done", period=Period(None, "unknown"), jurisdiction="魏县", source_id="s")
    assert on_ask(fact, asks[0], words[0])
    assert not on_ask(fact, asks[2], words[2])  # 加强建后管护: its own words, none said
