"""md60c: the suggestion's matter makes nothing material on one ask only where that ask says a word of its own beyond the
title's (hx70e1 narrowed for hd30c and hd31b), and a plan's span said since sums the plan up only in a news item's
statement of no figure (dx60 narrowed for hd54c).

1. :func:`says_beyond` on the held-out rounds' headings: hd70e's 加大中小学心理健康教育经费投入 says 经费投入 beyond its title
   关于加强中小学心理健康教育的建议; hd30c's 提升天文台科普服务水平 nothing beyond 关于提升深圳市天文台品质满足市民天文科普需求…
   but official prose (服务水平) — its pairs astride two words (务水, 台科) are none of its own.
2. A reply of 2021-09 whose “十三五”以来 opens a paragraph telling rates achieved (hd54c) dates them up to the reply, 2016–2021;
   the news item's figureless summing up (hd68a) is 2016–2020 (tests/test_dx60.py).
"""

from __future__ import annotations

from helpers import XSBN_2021, distil, fact_saying, unit_workspace

from drafter.compose.select import GENERIC, says_beyond
from drafter.grammar import bigrams


def _titled(title: str) -> frozenset[str]:
    return frozenset(bigrams(title)) - GENERIC


def test_1_a_heading_says_a_word_beyond_the_title_only_of_its_own():
    assert says_beyond("加大中小学心理健康教育经费投入", _titled("关于加强中小学心理健康教育的建议"))
    assert not says_beyond("提升天文台科普服务水平", _titled("关于提升深圳市天文台品质满足市民天文科普需求助推科技和工业旅游高质量发展的建议"))
    assert says_beyond("加大电动车交通违法查处力度", _titled("关于加强电动车管理的建议"))


def test_2_a_replys_rates_since_the_plan_stand_at_its_date(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "西双版纳傣族自治州交通运输局", "州交通运输局", "西双版纳州", "景洪市, 勐海县, 勐腊县")
    rates = fact_saying(distil(tmp_path, ws, XSBN_2021, "2021-09-24_州十三届人大六次会议第20号建议答复.txt"), "乡镇通油路率")
    assert (rates.period.year, rates.period.until) == (2016, 2021)
