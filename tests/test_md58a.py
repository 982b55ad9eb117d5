"""md58a: two rules of this morning's merges narrowed to what they were made for, each on real lines.

1. A paragraph tells of the year before its document's (hd65d's 刚刚过去的2020年…预计全年增长4%以上: that year's estimate) only
   where that year is a time its statements speak of — not an honour's year: 广汉's report on 2025's first half says
   …获评2024年全省粮油千亩高产先进县 after 小春粮食作物产量预计增长10%, a forecast of 2025 (hd20b; d41447d7 made it 2024's result).
2. A title naming the workspace's place and then one of its areas is that area's (汕尾市城区2023年政府工作报告, au58) where the area is
   of a level the place reader chains (区县市旗), never a town: 罗平县旧屋基彝族乡 民族团结进步示范创建 is the county's news of its
   township (hd31a; 8748fb70 filed it the township's, its results then no work of the county's and all context).
"""

from __future__ import annotations

import pytest

from drafter.distill.figures import normalise
from drafter.distill.metadata import _area_unit
from drafter.distill.structure import paragraph_reviewed

# 广汉市's report on its plan's first half of 2025 (hd20b's seeds): the 农业 paragraph's first two sentences.
GUANGHAN = ("农业经济量质齐升,稳产保供根基稳固。小春粮食作物产量预计增长10%,稻茬小麦万亩连片最高单产688.9公斤,继续领跑西南地区最高水平,"
            "获评2024年全省粮油千亩高产先进县。")
# 池州市2021年政府工作报告 (hd65d, 2021-01-17): its review's opening sentences.
CHIZHOU = "刚刚过去的2020年,是池州发展历程中极不平凡的一年。全市地区生产总值一季度下降5.4%,二季度迅速恢复到正增长并逐季回升,预计全年增长4%以上。"
LUOPING_AREAS = ["罗雄街道", "九龙街道", "阿岗镇", "富乐镇", "旧屋基彝族乡", "大水井乡", "腊山街道"]


def test_1_an_honours_year_is_no_year_the_paragraph_reviews():
    assert paragraph_reviewed(normalise(GUANGHAN), 2025) is None  # (was 2024)
    assert paragraph_reviewed(normalise(CHIZHOU), 2021) == 2020


@pytest.mark.parametrize("title, area", [
    ("罗平县旧屋基彝族乡 民族团结进步示范创建", None),  # (was 旧屋基彝族乡)
    ("罗平县阿岗镇2021年政府工作报告", None),
    ("阿岗镇人民政府关于…的通知", "阿岗镇"),  # (an area's unit, as before)
])
def test_2_a_town_after_the_place_in_a_title_is_no_link_of_its_chain(title, area):
    assert _area_unit(None, title, "罗平县", LUOPING_AREAS, "罗平县") == area
