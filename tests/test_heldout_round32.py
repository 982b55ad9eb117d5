"""General reading rules found on held-out round 32 (units and places the earlier rounds did not hold — a reply of
天津市北辰区 to a city deputy's suggestion 0668, 济南市市中区商务局's year's account of its items, and others named in
each test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import REPO, distil, fact_texts

from drafter.workspace import load_workspace


def _workspace(tmp_path, name: str, short: str, place: str, areas: str = ""):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        f"organisation:\n  name: {name}\n  short_name: {short}\n  jurisdiction: {place}\n  areas: [{areas}]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


@pytest.fixture
def beichen(tmp_path):
    """A workspace of 天津市北辰区交通运输局 (its name, short name and district)."""
    return _workspace(tmp_path, "天津市北辰区交通运输局", "区交通运输局", "北辰区")


@pytest.fixture
def shizhong(tmp_path):
    """A workspace of 济南市市中区商务局 (its name, short name and district)."""
    return _workspace(tmp_path, "济南市市中区商务局", "区商务局", "市中区")


BEICHEN_0668 = ("关于北辰医院公交站附近交通安全问题的建议\n\n发布日期:2018-10-19 09:39 来源:北辰政务网\n\n"
                "对市十七届人大一次会议\n\n第0668号建议的答复\n\n王迎代表:\n\n"
                "您在市十七届人大一次会议上提出的《关于北辰医院公交站附近交通安全问题的建议》已收悉,领导对此建议非常重视。"
                "经研究,现提出答复意见如下:\n\n"
                "经与公交一公司实地展开调研,目前京津公路共涉及25条公交线路,因桥下辅路较狭窄无法容纳大型公交车辆集中行驶停靠。"
                "关于您提到的对现有立交桥和主辅路之间的隔离带进行改造,我区将协调道路养护单位——天津市道桥处对此问题进行研究,"
                "并将随时向您转达后续工作进展情况。\n\n"
                "    感谢您对北辰工作的关心、理解和支持。祝您身体健康、工作顺利!\n\n    二〇一八年五月三十日\n\n"
                "友情链接\n\n关于我们|网站地图|网站帮助|版权声明|法律声明\n\n"
                "主办单位:天津市北辰区人民政府  版权所有    承办:天津市北辰区人民政府办公室\n")


def test_a_districts_reply_to_a_city_deputy_is_not_the_citys(tmp_path, beichen):
    """北辰区's reply to the city's suggestion 0668 (tjbc.gov.cn/zwgk/jyta/202012/t20201229_5231478.html) speaks as
    我区将协调… and names its district only in the site's footer: it was read as 天津市's, the session's city, and every
    fact of the district's own work was another place's."""
    ff = distil(tmp_path, beichen, BEICHEN_0668, "beichen.txt")
    assert ff.source.jurisdiction != "天津市" and ff.source.suggestion_number == "0668"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_footers_links_are_no_fact(tmp_path, beichen):
    """The same page ends on 友情链接 and 关于我们|网站地图|网站帮助|版权声明|法律声明: the links were a fact of work done,
    under a heading 友情链接."""
    ff = distil(tmp_path, beichen, BEICHEN_0668, "beichen.txt")
    assert "版权声明" not in fact_texts(ff) and not any("友情链接" in f.section for f in ff.facts)


SHIZHONG_2025 = ("无障碍阅读 关怀版 返回首页\n政府信息公开\n济南市市中区商务局2025年建议和提案办理总体情况\n"
                 "1137010355374005X3/2025-6693596\n区商务局\n2025-11-26\n\n济南市市中区商务局2025年建议和提案办理总体情况\n\n"
                 "字号:\n\n打印整页 打印内容 分享\n\n"
                 "一、基本情况\n\n2025年我局共承办人大代表建议、政协提案共计9件,其中人大代表建议2件,政协提案7件,已全部办结并公开。\n\n"
                 "二、吸收采纳情况\n\n本年度共采纳代表委员提出的建议9件,并积极采取相关措施推动建议落实达效。\n\n"
                 "围绕田慧代表提出的“关于在市中区开辟残疾人市集的建议”,一是联合多部门强化便民服务;二是加大社会融合;"
                 "三是丰富市集中的可选业态。在市集规划与选址、市场培育方面融入对残疾人群体的谋划与服务。\n")


def test_a_sites_channel_is_no_title(tmp_path, shizhong):
    """济南市市中区商务局's account of its 2025 items (shizhong.gov.cn/gongkai/site_shizhongquqswjp/…/
    doc_6926ba06bb7bdd71a9e2047d.html) prints its site's channel 政府信息公开 over its title: that was the title."""
    ff = distil(tmp_path, shizhong, SHIZHONG_2025, "shizhong.txt")
    assert ff.source.title == "济南市市中区商务局2025年建议和提案办理总体情况"


def test_enriching_a_market_names_no_city(tmp_path, shizhong):
    """The same page says 三是丰富市集中的可选业态: 丰富市 was read as a city, and the district's own work as another
    place's."""
    ff = distil(tmp_path, shizhong, SHIZHONG_2025, "shizhong.txt")
    market = [f for f in ff.facts if "丰富市集" in f.text]
    assert market and all(f.jurisdiction == "市中区" and not f.external for f in market)
