"""md59d: events told before a sentence, on the real lines of held-out tests (au59).

1. A statement pointing back to an event (会议总结了…) takes the nearest event told that agrees with its word: a meeting's
   (会议, 会上) a 会 told, not the 主题活动 a list item just before held (hd63a: was 圆满举办…主题活动。会议总结了…).
2. A dateline or a journal's issue line under a headline (2018-11-28梅州高新区管委会 / 中国科技产业 2018年11期) is no deck
   (hd68d: was a fact 中国科技产业 11期).
(3, a scene word before no subject, is in test_hx68p.py with the hd68c page it drafts.)
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace


# seeds/2023-01-18_重庆市林业局新春干部大会总结2022年工作.txt of hd63a (its mirror's traditional characters): its first two
# paragraphs, the second cut, and the third's first sentences.
MEETING = ("1月18日,市林業(yè)局召開新春干部大會,總結2022年工作,安排部署2023年重點工作。\n"
           "會議強調(diào),2022年,在市委、市政府的堅強領導下,全市林業(yè)干部職工堅定信心、同心同德,圓滿完成了各項重要指標任務,"
           "林業(yè)事業(yè)取得新進展新成效;成功創(chuàng)建“國家森林城市”4個;梁平區(qū)獲頒國際濕地城市證書;"
           "圓滿舉辦“文化和自然遺產(chǎn)日”自然遺產(chǎn)主題活動。\n"
           "會議總結了2022年10個方面工作成效。一是全面推行林長制,持續(xù)鞏固提升“雙總林長”林長制工作體系,"
           "深入開展森林資源“四亂”突出問題專項整治,累計排查整改突出問題3214件。\n")
# seeds/2018-11-28_梅州高新区打造绿色创业产业集群.txt of hd68d: its head and the start of its first paragraph.
JOURNAL = ("APP下载\n\n梅州高新区:打造绿色创业产业集群 走科技创新融合发展之路\n\n2018-11-28梅州高新区管委会\n\n中国科技产业 2018年11期\n"
           "关键词:梅州族群高新区\n\n◎ 梅州高新区管委会\n\n"
           "广东梅州高新技术产业园区(以下简称梅州高新区),是2003年经广东省人民政府批准设立的省级高新区,规划面积7平方公里。\n")


def test_1_a_meeting_pointed_back_to_is_the_meeting_told_not_an_activity(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "重庆市林业局", "市林业局", "重庆市")
    facts = distil(tmp_path, ws, MEETING, "2023-01-18_重庆市林业局新春干部大会总结2022年工作.txt").facts
    summed = first_saying(facts, "会议总结了")
    assert summed.text.startswith("1月18日，市林业局召开新春干部大会。会议总结了"), summed.text
    assert not any("主题活动。会议" in f.text for f in facts)


def test_1_which_event_agrees(tmp_path):
    from drafter.distill.facts import EVENT_TOLD_ON, event_agrees

    activity = "圆满举办“文化和自然遗产日”自然遗产主题活动"
    meeting = "1月18日，市林业局召开新春干部大会"
    signing = "5月11日，第四届丝博会的主题市——陕西省汉中市在西安举行了重点项目推介暨签约仪式"
    assert not event_agrees(EVENT_TOLD_ON.match("会议总结了2022年10个方面工作成效。"), activity)
    assert event_agrees(EVENT_TOLD_ON.match("会议总结了2022年10个方面工作成效。"), meeting)
    assert event_agrees(EVENT_TOLD_ON.match("推介会上，汉中市经济合作局作汉中产业招商推介。"), signing)
    assert not event_agrees(EVENT_TOLD_ON.match("签约仪式上，签约项目5个。"), meeting)
    assert event_agrees(EVENT_TOLD_ON.match("本次活动，汉中市精心筛选了9大类315个项目进行推介。"), signing)


def test_2_a_dateline_or_a_journals_issue_is_no_deck(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "广东省科学技术厅", "省科技厅", "广东省")
    facts = distil(tmp_path, ws, JOURNAL, "2018-11-28_梅州高新区打造绿色创业产业集群.txt").facts
    assert not any("11期" in f.text or "中国科技产业" in f.text for f in facts)
    assert any("规划面积7平方公里" in f.text for f in facts)
