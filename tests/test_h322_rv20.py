"""h322: rv20's findings on distill/facts.

1. A member of the public raising a matter is a complaint (context, of the day it was raised) only where their words run to their
   first sentence's end: 群众要求硬化道路的呼声很高，2022年我局投入资金50万元完成… is the bureau's deed of 2022 (was context, dated
   by the document).
2. 将以 is "will" only in the frame 将以…为指导/指引/抓手… (or 以…的态度/热情): 我局将以工代赈资金1200万元全部拨付到位 is 将 as 把, done
   (was a plan).
3. 该市/该县 is the city or county a statement before opens on, else the page's own place — not the last named (深圳市, a partner
   汕尾市工信局 visited: 该市今年以来新建5G基站3000个 of 汕尾's own news was 深圳市's).
4. A line of no stop ending on 的意见/报告/通知 is a title printed again only where it holds the document's title in order or opens
   on the document's place (召开全县安全生产工作会议并传达省委的意见 was dropped).
"""

from __future__ import annotations

import pytest
from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import WILL, public_raised, referred_place, title_again

HUOQIU_ROADS = ("霍邱县交通运输局", "县交通运输局", "霍邱县", "城关镇, 孟集镇, 临淮岗乡")
ROADS_REPLY = ("关于修建临淮岗乡便民桥的建议的答复\n张三代表：\n您提出的《关于修建临淮岗乡便民桥的建议》收悉，现答复如下：\n"
               "一、工作开展情况\n村民希望尽快修建便民桥，2022年我局争取资金120万元建成便民桥1座，惠及群众3000余人。\n"
               "群众要求硬化道路的呼声很高，2022年我局投入资金50万元完成道路硬化3公里。\n二、下一步工作\n我局将继续争取资金。\n"
               "霍邱县交通运输局\n2023年6月10日\n")


def test_1_a_statement_answering_the_publics_request_with_its_own_dated_deed_is_that_deed(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *HUOQIU_ROADS), ROADS_REPLY, "2023-06-10_reply.txt")
    for words in ("呼声很高", "村民希望"):
        fact = first_saying(ff.facts, words)
        assert (fact.kind, fact.period.year, fact.period.basis) == ("done", 2022, "text")  # (were context, 2023 document date)
    assert public_raised("部分村民希望尽快硬化道路。") and public_raised("近日，有市民来电反映：小区门口路灯不亮，希望尽快维修。")
    assert not public_raised("群众要求硬化道路的呼声很高，2022年我局投入资金50万元完成道路硬化3公里。")
    assert not public_raised("村民要求尽快整治，今年以来，全县开展专项整治120次。")


@pytest.mark.parametrize("statement, plan", [
    ("2023年，我局将以工代赈资金1200万元全部拨付到位，建设农村道路15公里。", False),  # (was a plan: 将 as 把)
    ("2023年，我局将以奖代补资金300万元全部拨付到位。", False),
    ("我局将以旧换新补贴资金500万元发放到位。", False),
    # (hd57b's 榆林 reply; 鄂尔多斯市民政局's news, round 79; a closing of rv14's)
    ("我们将以战略研究成果和《榆林市全域旅游发展规划》为指导，始终坚持…", True),
    ("下一步，我局将以党的二十大精神为指引，再实施1000户特殊困难老年人家庭适老化改造。", True),
    ("下一步，我局将以更加饱满的热情投入工作，为建设美丽县城贡献力量！", True),
])
def test_2_will_with_is_the_frame_of_a_guide_not_will_as_ba_before_a_thing_named_with_yi(statement, plan):
    assert bool(WILL.match(statement)) == plan


# (a 汕尾 paper's news of its city, its bureau's visit to a partner city told first)
SHANWEI_NEWS = ("汕尾市加快推进5G网络建设\n2023-05-10 来源：汕尾日报\n"
                "近日，汕尾市工业和信息化局赴深圳市学习考察，与深圳市工业和信息化局签订数字经济合作协议。\n"
                "该市今年以来新建5G基站3000个，累计建成5G基站7.1万个，实现全域覆盖。\n")


def test_3_this_city_is_the_one_a_statement_before_opens_on_not_the_partner_it_named(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "汕尾市工业和信息化局", "市工信局", "汕尾市", "城区, 海丰县, 陆丰市, 陆河县")
    fact = first_saying(distil(tmp_path, ws, SHANWEI_NEWS, "2023-05-10_news.txt").facts, "该市今年以来")
    assert (fact.jurisdiction, fact.kind) == ("汕尾市", "done")  # (was 深圳市, context)
    assert referred_place("该市今年以来新建5G基站3000个。", ["深圳市召开数字经济大会。"], ()) == "深圳市"  # (the city opened on)
    assert referred_place("该市今年以来新建5G基站3000个。", ["会议在深圳市召开。"], (), "汕尾市") == "汕尾市"  # (the page's own)


def test_4_a_line_ending_on_a_documents_kind_after_de_is_a_title_only_of_the_documents_title_or_place():
    told = "召开全县安全生产工作会议并传达省委的意见"  # (a deed told without a stop: was a title printed again, dropped)
    assert not title_again(told, "霍邱县应急管理局2023年工作总结", "霍邱县") and not title_again(told, None, None)
    assert title_again("汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告", None, "汕尾市")  # (hd57c: still one)
