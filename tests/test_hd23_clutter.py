"""Clutter and kinds of statement in news items and reports, found on held-out round hd23 (维西傈僳族自治县文化和旅游局,
郑州市科学技术局, 广元市利州区财政局): a mirror's toneless pinyin notes, a newspaper's byline and headline run into its lede,
a browser notice, a report's procedural opening and its list of attachments.

Each test distils a short excerpt of the real page (its words as the page prints them, clutter kept; the page is named in
the test) through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import distil, fact_texts, unit_workspace

WEIXI_AREAS = "保和镇, 叶枝镇, 塔城镇, 永春乡, 攀天阁乡, 白济汛乡, 康普乡, 巴迪乡, 中路乡, 维登乡"


def _weixi(tmp_path):
    return unit_workspace(tmp_path / "ws", "维西傈僳族自治县文化和旅游局", "县文化和旅游局", "维西县", WEIXI_AREAS)


def _figure(ff, raw_number: str):
    return next(g for f in ff.facts for g in f.figures if raw_number in g.raw)


# A mirror's copy (traditional characters, a toneless pinyin note and a space after some) of a 2023-11-24 press article on
# 维西's 文旅, its first lines as the page prints them.
WEIXI_NEWS = """推進文旅深度融合發展 共繪“詩和遠方”美好畫卷
近年來,維西縣以新發展理念為(wei) 引領,以資源稟賦為(wei) 支撐,積極探索文旅融合路徑,並把全域旅遊與(yu) 鄉(xiang) 村振興(xing) 同謀劃、同布局、同落實,全力推動文化旅遊業(ye) 高質量發展。截至2023年9月,全縣直接或間接旅遊從(cong) 業(ye) 人員1600餘(yu) 人,已建酒店、民宿308家,2023年以來接待國內(nei) 外遊客209.61萬(wan) 人次,實現旅遊社會(hui) 總收入239745.82萬(wan) 元。
"""


WEIXI_NAME = "2023-11-24_维西县推进文旅深度融合发展_新闻.txt"
WEIXI_MORE = """傈僳族舞蹈阿尺目刮。
多路徑激發文旅新動能
近年來,維西縣堅持以習(xi) 近平新時代中國特色社會(hui) 主義(yi) 思想為(wei) 指導,深入學習(xi) 貫徹黨(dang) 的二十大精神和習(xi) 近平總書(shu) 記係列重要講話精神,深刻領悟“兩(liang) 個(ge) 確立”的決(jue) 定性意義(yi) ,增強“四個(ge) 意識”、堅定“四個(ge) 自信”、做到“兩(liang) 個(ge) 維護”,嚴(yan) 格落實各項工作責任製,創新管理手段,提高管理質量和服務能力,在文化旅遊深度融合發展上尋求新突破。
藏族熱巴舞。
依托資源優(you) 勢 發展文旅產(chan) 業(ye)
地處滇西北的維西縣,環抱於(yu) 三州(市)六縣之間,具備一縣連三州六縣的中心區位優(you) 勢,是滇西旅遊大環線節點之一,是香格裏拉冬季旅遊的互補點和一日遊“三江”的樞紐地。
維西縣旅遊資源豐(feng) 富,滇金絲(si) 猴景區是研學、休閑、康養(yang) 勝地。還有旅遊名鎮2個(ge) (塔城鎮、葉枝鎮)、全國鄉(xiang) 村旅遊重點村1個(ge) (啟別村)。
維西縣氣候溫潤,全縣最高海拔4880米,
"""


def _weixi_fact(ff, words: str):
    return next(f for f in ff.facts if words in f.text)


def test_a_news_items_headline_creed_and_geography_are_no_results(tmp_path):
    """The article's headline ran into its first paragraph (…美好画卷近年来，维西县…: 近年來 in traditional characters was not
    read as a paragraph's opening), its creed (坚持以习近平新时代…思想为指导…做到“两个维护”) and the county's altitude
    (全县最高海拔4880米) were results, done."""
    ff = distil(tmp_path, _weixi(tmp_path), WEIXI_NEWS + WEIXI_MORE, WEIXI_NAME)
    assert ff.source.title == "推进文旅深度融合发展 共绘“诗和远方”美好画卷"
    first = _weixi_fact(ff, "209.61")
    assert first.text.startswith("近年来，维西县以新发展理念为引领") and first.kind == "done"
    assert _weixi_fact(ff, "两个维护").kind == "context"
    assert _weixi_fact(ff, "海拔4880米").kind == "context"
    assert _weixi_fact(ff, "地处滇西北").section == ["依托资源优势 发展文旅产业"]
    assert _weixi_fact(ff, "旅游名镇2个").kind == "done"


def test_a_mirrors_toneless_pinyin_notes_are_no_text(tmp_path):
    """國內(nei) 外遊客209.61萬(wan) 人次: the note without a tone mark, and the space after it, stayed in the text (为（wei） 引领),
    and the figures lost their units (209.61万 of 接待国内（nei） 外游客, unit ''). A run of notes of pinyin's shape after
    characters is clutter; a single one when a character goes on after its space."""
    ff = distil(tmp_path, _weixi(tmp_path), WEIXI_NEWS, WEIXI_NAME)
    assert "wei" not in fact_texts(ff) and "以新发展理念为引领" in fact_texts(ff)
    visitors, income = _figure(ff, "209.61"), _figure(ff, "239745.82")
    assert (visitors.unit, visitors.counts) == ("人次", "接待国内外游客")
    assert (income.unit, income.counts) == ("元", "旅游社会总收入")
    from drafter.read.clean import normalize_text

    for line in ("是（a）类项目", "林地面积（ha） 100公顷", "限值（value）须", "物（VOCs）治理"):  # no pinyin notes: they stay
        assert normalize_text(line) == line
    assert normalize_text("习(xi) 近平") == "习近平"

