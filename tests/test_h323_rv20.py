"""h323: findings of the code review rv20 on metadata, reading and structure.

1. A city paper's page on one of its counties (巴中日报 on 平昌县's tea, its title naming no place) is that county's: the outlet's
   city is the last fallback, after the place below the city's level the text names most — never a county's figures as 我市's.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

BAZHONG = ("巴中市农业农村局", "市农业农村局", "巴中市", "巴州区, 恩阳区, 通江县, 南江县, 平昌县")
COUNTY_NEWS = ("茶产业铺就致富路\n2023-05-10 来源：巴中日报\n近年来，平昌县大力发展茶产业，全县茶园面积达到30万亩。\n"
               "2022年，新建标准化茶园2万亩，实现综合产值18亿元，带动2.1万户农户增收。\n")


def test_a_city_papers_page_on_a_county_is_the_countys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *BAZHONG), COUNTY_NEWS, "2023-05-10_news.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("巴中日报", "平昌县")  # (was 巴中市)
    assert first_saying(ff.facts, "新建标准化茶园2万亩").jurisdiction == "平昌县"
    # (a page speaking of the city as its own, naming a district's deed once, stays the city's: test_h246_rv8's 邢台日报 page)
    city = distil(tmp_path, unit_workspace(tmp_path / "ws2", "邢台市林业局", "市林业局", "邢台市"),
                  "我市国土绿化工作取得新进展\n\n2024-01-10 来源：邢台日报\n\n2023年，全市新增国家级森林乡村15个，"
                  "任泽区新增省级森林乡村120个。\n", "2024-01-10_国土绿化.txt")
    assert city.source.jurisdiction == "邢台市"
