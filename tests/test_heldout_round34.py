"""General reading rules found on held-out round 34 (field test hd8: 天水市交通运输局, 张掖市甘州区水务局, 舒城县水利局).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test)
through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau, and asserts on the
facts that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace


@pytest.fixture
def tianshui(tmp_path):
    """A workspace of 天水市交通运输局."""
    return unit_workspace(tmp_path / "ws_tianshui", "天水市交通运输局", "市交通运输局", "天水市",
                          "秦州区, 麦积区, 清水县, 秦安县, 甘谷县, 武山县, 张家川回族自治县")


@pytest.fixture
def ganzhou(tmp_path):
    """A workspace of 张掖市甘州区水务局."""
    return unit_workspace(tmp_path / "ws_ganzhou", "张掖市甘州区水务局", "区水务局", "甘州区", "乌江镇, 靖安乡, 三闸镇")


@pytest.fixture
def shucheng(tmp_path):
    """A workspace of 舒城县水利局."""
    return unit_workspace(tmp_path / "ws_shucheng", "舒城县水利局", "县水利局", "舒城县", "城关镇, 万佛湖镇, 桃溪镇, 南港镇")


def _by_start(facts, start: str):
    return next(f for f in facts if f.text.startswith(start))


def test_an_areas_urban_area_is_that_area(tmp_path, tianshui):
    """天水市交通运输局's reply 177 of 2019 (tianshui.gov.cn/jtj/info/1604/49576.htm): "目前秦州城区、麦积城区至三阳川片区的
    公交线路有公交10路…" was filed as 秦州城区（外地）: 秦州城区 is the urban area of 秦州区, one of the city's areas."""
    text = ("天水市交通运输局关于对人大第七届四次会议第177号建议的答复\n\n王宗杰代表：\n"
            "你们提出的《关于将麦积城区三阳川公交线路延长至新阳、琥珀、五龙镇的建议》收悉，现答复如下。\n"
            "一、目前秦州城区、麦积城区至三阳川片区的公交线路有公交10路（秦州公交站—中滩），共运行车辆9台，发车间隔13分钟；"
            "公交43路（麦积便桥头—三阳火车站），共运行车辆10台，发车间隔20分钟。\n"
            "天水市交通运输局\n2019年7月18日\n")
    fact = _by_start(distil(tmp_path, tianshui, text, "ts177.txt").facts, "目前秦州城区")
    assert fact.jurisdiction == "秦州区" and not fact.external


GANSU_NEWS = ("（甘肃省水利厅网站转载页，原页地址未给出；见 search 结果“【甘肃新闻】甘肃：聚焦民生实事 做优水利文章”）\n"
              "【甘肃新闻】甘肃：聚焦民生实事 做优水利文章\n"
              "时间：2024-11-18 来源：甘肃省水利厅网站\n\n"
              "甘肃省大力推进农村水利工程、水土流失综合治理、灌区提质增效等为民办实事项目，通过合理配置水资源、提升水安全、"
              "改善水生态、优化水环境，有效提升群众的幸福指数。\n"
              "水利建设是稳定农业生产的重要保障。山丹县位奇镇柳荫村的高标准农田蓄水池是2024年张掖市列入省政府为民实事农村水利"
              "惠民工程之一，总投资105万元，包括建设容积4万立方米的蓄水池一座。\n"
              "农村供水设施承载着民生期待。张掖市甘州区加快推动农村供水高质量发展，全面推行城乡供水一体化，构建起了“同源、同网、"
              "同质、同服务和同监管”的城乡供水一体化新格局。\n")


def test_a_news_paragraphs_theme_sentence_leaves_the_place_to_the_next(tmp_path, ganzhou):
    """甘肃省水利厅's news of 2024-11-18 (甘肃：聚焦民生实事 做优水利文章, in 张掖市甘州区水务局's base): "农村供水设施承载着
    民生期待。张掖市甘州区加快推动农村供水高质量发展…" was filed as 甘肃省（外地）: a paragraph's short theme sentence names no
    place, the next sentence's subject (a city and its district: the district) is the place, here the bureau's own, whose work
    it is."""
    facts = distil(tmp_path, ganzhou, GANSU_NEWS, "gs_news.txt").facts
    fact = _by_start(facts, "农村供水设施")
    assert fact.jurisdiction == "甘州区" and not fact.external and fact.kind == "done"
    assert _by_start(facts, "水利建设是").jurisdiction == "山丹县"


def test_a_headline_under_a_news_column_is_a_news_items_title(tmp_path, ganzhou):
    """The same page was made a 总结/计划 (work report) under an invented title: its headline stands under the site's news column
    (【甘肃新闻】…), a note in brackets over it is a paragraph of its own, and the province's work it tells is no work of the
    bureau's."""
    out = distil(tmp_path, ganzhou, GANSU_NEWS, "gs_news.txt")
    assert out.source.kind == "news"
    assert out.source.title == "【甘肃新闻】甘肃：聚焦民生实事 做优水利文章"
    assert _by_start(out.facts, "甘肃省大力推进").kind == "context"
