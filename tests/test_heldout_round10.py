"""General reading rules found on held-out round 10 (replies and reports of units the earlier rounds did
not hold — 畜牧兽医局, 自然资源局, 民政局, 人社局, 教育局, a 镇人民政府 — from 广西, 新疆, 吉林, 甘肃, 江西,
mirrors in traditional characters and document-library pages).

Each test distils a short text in the shape such a page has (the real page's words, names kept as the
page prints them), through the public path a user's ``drafter distill`` takes (read_document →
distill_document, in the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts

# A county's page in traditional characters (臺前縣, 河南): its widgets, title, addressee and signature.
TRADITIONAL_REPLY = """登錄 | 注冊   微信 簡體 繁體
無障礙閱讀 進入適老模式

臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復

來源:縣政府辦2022-08-11
瀏覽量:6223
聶保元代表:

您提出關于“黨馬線及周圍道路改造提升”的建議收悉。現答復如下:

我局接到該議案后,高度重視,迅速召開專題會進行討論研究。目前,黨馬線周邊鄉村道路約11公里已納入全縣“十四五”農村公路建設規劃。

感謝各位代表對交通運輸工作的關心和支持。

2022年8月9日

掃一掃在手機打開當前頁"""


def test_a_page_in_traditional_characters_is_read_as_one_in_simplified(tmp_path, workspace):
    """臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復: its unit, place, item, session and deputy (none
    was read: 號 屆 縣 are not 号 届 县), in simplified characters as a reply is written; its widgets
    (掃一掃在手機打開當前頁, 無障礙閱讀 進入適老模式) are chrome, never a fact or the title."""
    ff = distil(tmp_path, workspace, TRADITIONAL_REPLY, "trad.txt")
    m = ff.source
    assert (m.issuer, m.jurisdiction, m.suggestion_number, m.deputy) == ("台前县交通运输局", "台前县", "25", "聂保元")
    assert m.session == "县十一届人大一次会议"
    assert m.title == "台前县交通运输局对县十一届人大一次会议第25号建议的答复"
    assert "掃一掃" not in fact_texts(ff)
    fig = next(g for f in ff.facts for g in f.figures if g.raw.endswith("11公里"))
    assert next(f for f in ff.facts if fig in f.figures).jurisdiction == "台前县"


def test_a_number_and_class_in_traditional_characters_with_pinyin(tmp_path, workspace):
    """衡財(cái)建復(fù)〔2022〕8號(hào)(B類) over 羅俊代表: the number, the class and the item (第414號) are read."""
    text = ("對(duì)市十六屆人大一次會議第414號(hào)建議的答復(fù)\n衡財(cái)建復(fù)〔2022〕8號(hào)(B類)\n羅俊代表:\n"
            "您提出的《關(guān)于完善醫(yī)保基金監(jiān)管的建議》收悉,現(xiàn)答復(fù)如下:\n"
            "城鄉(xiāng)居民醫保財政補助標準逐年提高,對城鄉居民醫保的財政投入逐年加大。\n")
    m = distil(tmp_path, workspace, text, "pinyin.txt").source
    assert (m.number, m.reply_class, m.suggestion_number, m.deputy) == ("衡财建复〔2022〕8号", "B", "414", "罗俊")
