"""hx68c1: findings of the held-out test hd68c (汉中市经济合作局), each on its seed's real lines.

1. A statement opening by pointing back to an event (推介会上，…; 本次活动，…; 会上，…) keeps in its text the event a statement
   before told, with its day, even across a paragraph break: drafted alone it told of no event (was 推介会上，我局作…推介…).
2. In a news item naming the bureau as an event's organiser or presenter (承办, 作…推介), the event's lead with its outcomes
   (共签约项目141个，总投资1482亿元) is the bureau's work done (was background); not where the bureau is not (or a guest).
3. A news item's deck under its headline carrying figures (签订合同项目60个 总投资757.9亿元) is a statement dated by the page, told with
   its headline (was lost); not where the body tells the same figures again.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace
from helpers import HANZHONG

# seeds/2019-05-12_sibohui-zhutishi-qianyue.txt of hd68c (traditional characters): its head and first two paragraphs.
EXPO = ('香港商报官网 > 陕西 > 每日经济\n\n第四屆絲博會主題市漢中簽141項目引資1482億\n\n2019-05-12\n来源:香港商报网\n\n漢中市委書記王建軍致辭\n\n'
        '  【香港商報網訊】5月11日,第四屆絲博會的主題市——陝西省漢中市在西安舉行了重點項目推介暨簽約儀式,共簽約項目141個,總投資1482億元。'
        '其中,合同項目91個,總投資646億元;協議項目50個,總投資836億元。\n \n'
        '  推介會上,漢中市經濟合作局作漢中產業招商推介,漢中市招商推介大使採用視頻推介方式介紹了漢中市各縣區、重點園區產業布局、資源稟賦和發展潛力,'
        '西安交通大學科技園有限公司等企業代表作交流發言。\n')
# seeds/2018-03-19_zhongdian-hezuo-xiangmu-qianyue.txt of hd68c: its head and paragraphs 5 to 7 (the guests between).
TALKS = ('打開ChinaNews閱讀\n\n漢中市重點合作項目集中對接暨簽約儀式在勉縣舉行\n\n國際在線2018-03-19 17:40:01\n\n'
         '  國際在線陜西頻道消息:3月18日下午,借助2018中國最美油菜花海漢中旅遊文化節平臺,陜西省漢中市重點合作項目集中對接暨簽約儀式在勉縣舉行。'
         '本次對接暨簽約儀式由陜西省商務廳、漢中市人民政府主辦,漢中市經濟合作局、勉縣人民政府承辦。\n\n'
         '  陜西省商務廳副廳長戴士芳,漢中市委常委、副市長謝京帥出席活動,部分外國駐陜機構、重點商協會、相關企業、省市有關部門、各縣區的200多位代表參加了對接暨簽約儀式。\n\n'
         '  本次活動,漢中市精心篩選了9大類315個項目進行推介,總投資2342億元。會期,共簽約項目26個,總投資119.68億元,涉及文化旅遊、節能環保、新能源、現代材料、生態農業、物流商貿等領域。\n')
# seeds/2017-06-02_sibohui-hanzhong-qianyue.txt of hd68c: its first paragraph (the bureau named nowhere).
EXPO_2017 = ('本报讯(记者肖力伟胡明宝)6月2日,2017丝博会暨第21届西洽会汉中代表团在陕西西安举行陕西汉中重点项目纳米碳酸钙推介暨金融合作签约仪式。'
             '签约仪式上,汉中代表团与各地客商成功签约合同项目82个,总投资771亿元。\n')
# seeds/2020-12-22_hanzhong-fazhan-dahui.txt of hd68c: its head and first paragraph.
CONGRESS = ('通版阅读请点击:\n当前版:03版\n本期发布:\n汉中发展大会暨“兴业在汉中”主题招商周启动\n签订合同项目60个 总投资757.9亿元\n'
            '  本报讯(记者 谢昊天)冬至升暖阳,天汉迎盛会。12月21日,以“新机遇、新格局、新起点”为主题的汉中发展大会暨“兴业在汉中”主题招商周启动仪式'
            '在兴汉新区举行。省市领导、中央及省内外大型企业集团代表等1000余人齐聚一堂,共襄盛会。\n')


def test_1_a_statement_pointing_back_to_an_event_keeps_the_event_and_its_day(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    talk = first_saying(distil(tmp_path, ws, EXPO, "2019-05-12_sibohui-zhutishi-qianyue.txt").facts, "推介会上")
    assert talk.text.startswith("5月11日，第四届丝博会的主题市——陕西省汉中市在西安举行了重点项目推介暨签约仪式。推介会上，汉中市经济合作局作")
    assert talk.kind == "done" and talk.figures == []  # (the event's outcomes stay its lead's)
    facts = distil(tmp_path, ws, TALKS, "2018-03-19_zhongdian-hezuo-xiangmu-qianyue.txt").facts
    chosen = first_saying(facts, "本次活动")  # (the guests' paragraph between: the event told two paragraphs before, its byline cut)
    assert chosen.text.startswith("3月18日下午，借助2018中国最美油菜花海汉中旅游文化节平台，陕西省汉中市重点合作项目集中对接暨签约仪式在勉县举行。本次活动，")
    assert [g.raw for g in chosen.figures] == ["315个", "2342亿元", "26个", "119.68亿元"]
    ff = distil(tmp_path, ws, EXPO_2017, "2017-06-02_sibohui-hanzhong-qianyue.txt")  # (told in one statement: kept as it is)
    assert first_saying(ff.facts, "签约仪式上").text.startswith("6月2日，2017丝博会")


def test_2_the_lead_of_an_event_the_bureau_presented_at_is_its_work_not_where_it_is_not_named(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    lead = first_saying(distil(tmp_path, ws, EXPO, "2019-05-12_sibohui-zhutishi-qianyue.txt").facts, "共签约项目141个")
    assert (lead.kind, lead.period.year) == ("done", 2019)
    guest = EXPO.replace("漢中市經濟合作局作漢中產業招商推介", "漢中市經濟合作局參加推介")  # (the bureau a guest)
    assert first_saying(distil(tmp_path, ws, guest, "guest.txt").facts, "共签约项目141个").kind == "context"
    ff = distil(tmp_path, ws, EXPO_2017, "2017-06-02_sibohui-hanzhong-qianyue.txt")
    assert first_saying(ff.facts, "82个").kind == "context"


def test_3_a_deck_under_the_headline_carrying_figures_is_a_statement_once(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    ff = distil(tmp_path, ws, CONGRESS, "2020-12-22_hanzhong-fazhan-dahui.txt")
    deck = first_saying(ff.facts, "757.9亿元")
    assert deck.text == "汉中发展大会暨“兴业在汉中”主题招商周启动，签订合同项目60个，总投资757.9亿元。"
    assert deck.period.year == 2020 and {g.raw: g.counts for g in deck.figures} == {"60个": "签订合同项目", "757.9亿元": "总投资"}
    again = CONGRESS.replace("共襄盛会。", "共襄盛会。启动仪式上，签订合同项目60个，总投资757.9亿元。")
    told = [f.text for f in distil(tmp_path, ws, again, "2020-12-22_again.txt").facts if "757.9" in f.text]
    assert len(told) == 1 and told[0].endswith("共襄盛会。启动仪式上，签订合同项目60个，总投资757.9亿元。")
