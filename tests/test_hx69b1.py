"""hx69b1: findings of the held-out test hd69b (婺源县农业农村局, 县政协十二届二次会议第18号提案 关于推动农村产业发展促进乡村振兴的建议,
a reply of 2022-11), each on its seeds' and suggestion's real lines.

1. A paragraph whose lead phrase names another matter (做龙头) but whose body says the ask's own compound (…推动了农业增效和
   农民增收 under 带动农民增收) answers the ask: on_ask held it on the ask; answering's lead test (:func:`_lead_elsewhere`)
   left it out, and the section a placeholder.
2. A label the source numbered in running text, no longer than a word (一是种出特色。), is no lead phrase of the draft's: past its
   一是 it was drafted as the fragment 种出特色。创新实施…; a longer one (三是强化创新体系培育。) still leads its item.
3. Material within max_age the selection took past its age and left out for another reason is not said 距成文年份已N年，未写入.
"""

from __future__ import annotations

import datetime as dt

from helpers import WUYUAN_TEXT, WUYUAN_TITLE, asks_as_drafted, wuyuan_draft, wuyuan_workspace

from drafter.compose.select import Item, _fact_sentences, _lead_elsewhere, old_note, on_ask
from drafter.model import Fact, Period, SourceMeta

TITLE, TEXT = WUYUAN_TITLE, WUYUAN_TEXT
# seeds/2019-03-26_生态加产业乡村振兴路径研究.txt of hd69b: its head and its first two items (the second to its 二是).
PAPER = ("APP下载\n\n“生态+产业”:乡村振兴的路径研究\n——以江西婺源乡村振兴为个案\n\n2019-03-26\n\n福建质量管理 2019年20期\n"
         "关键词:婺源县婺源油菜花\n\n(西北工业大学 陕西 西安 710072)\n\n一、“农业+旅游”:打牢乡村振兴的产业基础\n\n"
         "(一)种好风景,把金黄菜花变成致富金花。婺源将油菜花作为婺源特色文化品牌,将农业产品打造成为婺源旅游的风景。一是种出特色。"
         "创新实施“油菜花+”战略,推动油菜花与文化、音乐、摄影、美术、体育等行业融合发展,举办了油菜花文化旅游节,设立了中国油菜花旅游联盟论坛,"
         "开展了油菜花田音乐会、油菜花海骑行赛,并在篁岭、瑶湾等重要节点打造油菜花大地艺术,进一步增强婺源油菜花的独特韵味。\n\n"
         "(二)做好特产,把农特产品变成旅游商品。婺源县把农特产品变成旅游商品,提升农业产品的附加值。一是做龙头。目前省、市农业龙头企业分别"
         "达到7家、27家。龙头企业在开拓市场、创新科技、带动农户方面发挥了积极作用,增强了农业的旅游服务能力,推动了农业增效和农民增收。\n")
# The facts the paper's items are distilled to (as the base holds them), and the 2017 news fact the comment quoted.
LEADER = ("一是做龙头。目前省、市农业龙头企业分别达到7家、27家。龙头企业在开拓市场、创新科技、带动农户方面发挥了积极作用，增强了农业的"
          "旅游服务能力，推动了农业增效和农民增收。")
FEATURE = ("一是种出特色。创新实施“油菜花+”战略，推动油菜花与文化、音乐、摄影、美术、体育等行业融合发展，举办了油菜花文化旅游节，"
           "设立了中国油菜花旅游联盟论坛，开展了油菜花田音乐会、油菜花海骑行赛，并在篁岭、瑶湾等重要节点打造油菜花大地艺术，"
           "进一步增强婺源油菜花的独特韵味。")
INN_2017 = ("如今，通过打造“零门票”景区，不唯门票经济，游客在严田村游玩不用购买门票，通过人流量带动特色产业经济发展，为全村脱贫攻坚"
            "提供了坚实保障。该村成立农家乐协会，发展特色农家乐30家，日均接待能力1000人次，带动就业100余人。")
# facts/2025-…: 泉州市科技局's item, its lead longer than a word.
QUANZHOU = ("三是强化创新体系培育。健全高新技术企业梯次培育体系，推动“专精特新”中小企业向高新领域发展，支持“专精特新”企业、"
            "创新型中小企业跻身高新技术企业行列。")


def _done(fid: str, text: str, year: int, source: str = "paper") -> Fact:
    return Fact(id=fid, text=text, kind="done", period=Period(year, "document date"), jurisdiction="婺源县", source_id=source)


def test_1_a_lead_elsewhere_over_the_asks_own_compound_answers_it(tmp_path):
    asks, words = asks_as_drafted(wuyuan_workspace(tmp_path / "ws"), TEXT, TITLE)
    assert asks[3].phrase == "带动农民增收"
    # (the paragraph led by its label, as a source setting it without 一是 would give it)
    led = Item(_done("f1", LEADER.removeprefix("一是"), 2019), None, 1.0, 2019, stale=True)
    assert on_ask(led.fact, asks[3], words[3])  # (on the ask all along: the lead test left it out)
    assert not _lead_elsewhere(led, words[3], asks[3].phrase)  # 农民增收 of 带动农民增收, said whole
    assert _lead_elsewhere(led, words[0], asks[0].phrase)  # (合理规划: nothing of it said)


def test_2_a_numbered_label_no_longer_than_a_word_is_no_lead():
    assert _fact_sentences(FEATURE, "done", (), None)[0].startswith("创新实施“油菜花+”战略")
    assert _fact_sentences(LEADER, "done", (), None)[0].startswith("目前省、市农业龙头企业")
    assert _fact_sentences(QUANZHOU, "done", (), None)[0] == "强化创新体系培育。"  # (a lead saying what is done)


def test_1_2_the_draft_answers_the_ask_from_the_paper_and_drafts_no_label(tmp_path):
    body = wuyuan_draft(tmp_path, {"2019-03-26_生态加产业乡村振兴路径研究.txt": PAPER})
    at = body.index("（四）带动农民增收")
    assert "推动了农业增效和农民增收" in body[at + 1], body[at + 1]
    text = "\n".join(body)
    assert "油菜花文化旅游节" in text and "种出特色" not in text and "做龙头" not in text, text


def test_3_material_taken_past_its_age_is_not_said_too_old(tmp_path):
    ws = wuyuan_workspace(tmp_path / "ws")
    paper = SourceMeta(id="paper", kind="news", path="seeds/2019-03-26_生态加产业乡村振兴路径研究.txt", sha256="0" * 64,
                       title="——以江西婺源乡村振兴为个案", date="2019-03-26")
    news = SourceMeta(id="news", kind="news", path="seeds/2017-12-06_婺源凝聚人气促乡村振兴.txt", sha256="0" * 64,
                      title="婺源凝聚“人气”促乡村振兴", date="2017-12-06")
    items = [Item(_done("f17", INN_2017, 2017, "news"), news, 1.0, 2017, stale=True),
             Item(_done("f19", LEADER, 2019), paper, 1.0, 2019, stale=True)]
    today = dt.date(2022, 11, 1)  # (max_age 3: 2019's within it, 2017's beyond)
    note = old_note(items, ws, today, "带动农民增收", passed=frozenset({"f19"}))
    assert "距成文年份已3年" not in note and "其中的工作情况和数据未写入正文，其余距成文年份已5年，未写入" in note, note
    assert "距成文年份已3年" in old_note(items, ws, today, "带动农民增收")  # (not taken: left out for its age, cm57)
