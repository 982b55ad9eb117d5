"""General reading rules found on held-out round 35 (field test hd9: 黄石市生态环境局, 寻乌县林业局).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test)
through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau, and asserts on the
facts that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace


@pytest.fixture
def huangshi(tmp_path):
    """A workspace of 黄石市生态环境局."""
    return unit_workspace(tmp_path / "ws_huangshi", "黄石市生态环境局", "市生态环境局", "黄石市",
                          "黄石港区, 西塞山区, 下陆区, 铁山区, 大冶市, 阳新县")


def test_a_verb_of_consulting_before_a_unit_is_no_part_of_its_place(tmp_path, huangshi):
    """The bureau's 政策解读 (sthjj.huangshi.gov.cn/zwgk/zc/zcjd/zcjd2/202411/t20241112_1165492.html): from
    "征求市发改委、市经信局…意见" drafter read the place 征求市 and filed the bureau's own work as external."""
    text = ("《黄石市2024-2025年空气质量持续改善实施方案》政策解读\n"
            "2024年9月25日，经市人民政府同意，印发《黄石市2024-2025年空气质量持续改善实施方案》"
            "（以下简称“《实施方案》”）。为便于有关单位和社会公众更好理解执行，切实做好《实施方案》贯彻实施工作，现解读如下。\n"
            "二、出台过程\n"
            "市生态环境局组织专班认真研究学习国家、省级关于推进空气质量改善行动的决策部署要求，征求市发改委、市经信局、"
            "市公安局、市交通运输局、市城管委等相关部门意见，并结合我市生态环境责任分工，形成《实施方案》。"
            "2024年9月，经市政府同意，以市政府名义印发《实施方案》。\n")
    result = distil(tmp_path, huangshi, text, "hs6.txt")
    assert "征求" not in (result.source.jurisdiction or "") + (result.source.issuer or "") + (result.source.title or "")
    fact = next(f for f in result.facts if f.text.startswith("市生态环境局组织专班"))
    assert fact.jurisdiction == "黄石市" and not fact.external


def test_a_news_articles_address_dated_by_month_and_day_folders_dates_the_page(tmp_path, huangshi):
    """News on 督察整改 (big5.china.com.cn/gate/big5/hb.china.com.cn/2020-09/30/content_41315967.htm): the page was left
    undated though its address holds 2020-09/30; an address's month and day folders before content_… date the page."""
    text = ("http://big5.china.com.cn/gate/big5/hb.china.com.cn/2020-09/30/content_41315967.htm\n"
            "9月28日，黄石市举行新闻发布会，就2020年中央生态环境保护督察整改推进情况，向社会通报。\n"
            "“在2016年中央第一轮环保督察中，对我市反馈意见38项，截至目前已完成33项，完成率为86.8%。”\n")
    assert distil(tmp_path, huangshi, text, "hs3.txt").source.date == "2020-09-30"
