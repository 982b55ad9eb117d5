"""h322: rv20's findings on distill/facts.

1. A member of the public raising a matter is a complaint (context, of the day it was raised) only where their words run to their
   first sentence's end: 群众要求硬化道路的呼声很高，2022年我局投入资金50万元完成… is the bureau's deed of 2022 (was context, dated
   by the document).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import public_raised

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
