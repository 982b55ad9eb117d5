"""h269: findings of held-out round hd51a (香格里拉市民政局, 云南): a 2015 news page reposted under a Sichuan magazine's footer
(主管主办单位：中国共产党四川省委员会《四川党的建设》杂志社), a month-day of last year in an early-January page, and the city's
own 殡葬管理办法 issued by a notice (现将《…》印发给你们) stored as background only.
"""

from __future__ import annotations

from helpers import distil_by_cli, first_saying, unit_workspace

# seeds/2015-01-06_撤县设市.txt as the tester saved it (its last paragraph and the page size left out).
NEWS_2015 = (
    "主页>> 康巴作家群>>涉藏地区\n\n发布时间:01-06\n\n民政部批复香格里拉撤县设市\n\n"
    "  记者从香格里拉县民政局了解到,申报了多年的香格里拉县撤县设市工作于12月16日获得民政部批复。\n\n"
    "  据悉,民政部是以(民函〔2014〕375号)批文《关于撤销香格里拉县设立香格里拉市的批复》作为函件发送给香格里拉县相关部门的。"
    "批复的主要内容是:撤销香格里拉县,设立县级香格里拉市,以原香格里拉县的行政区域为香格里拉市的行政区域,香格里拉市人民政府驻建塘镇金沙路22号。\n\n"
    "  据了解,香格里拉县总面积11613平方公里,辖4个镇、7个乡,共有6个居委会、58个行政村。2011年起,香格里拉县就着手撤县设市的申报工作。"
    "2013年省民政厅批复之后,上报中央。今年年初,该县又加大了申报力度,最终获得了民政部批复。\n\n"
    "主管主办单位:中国共产党四川省委员会《四川党的建设》杂志社\n\n地址:四川省成都市青羊工业园T区2栋10楼\n\n"
    "© 2019 中国共产党四川省委员会《四川党的建设》杂志社. 版权所有\n蜀ICP备14009601号-1\n")
NEWS_NAME = "2015-01-06_撤县设市.txt"


def _xianggelila(tmp_path):
    return unit_workspace(tmp_path / "ws", "香格里拉市民政局", "市民政局", "香格里拉市")


def test_a_sites_keeper_footer_names_no_place_nor_issuer(tmp_path):
    """hd51a F3: «主管主办单位：中国共产党四川省委员会《四川党的建设》杂志社» closing a reposted news page made it 四川省's, its issuer
    四川省民政厅, though it tells of 香格里拉县 (云南). A site's 主管/主办 footer names the site's owner, never the page's place; the
    lede naming whom the reporter had it from (记者从香格里拉县民政局了解到) names the story's unit."""
    facts, source = distil_by_cli(tmp_path, _xianggelila(tmp_path), NEWS_2015, NEWS_NAME)[1:]
    assert source.issuer == "香格里拉县民政局", source.issuer
    assert source.jurisdiction == "香格里拉县", source.jurisdiction
    assert not any("四川" in (f.jurisdiction or "") or "主管主办" in f.text for f in facts)


def test_a_footer_keeper_line_is_a_field():
    """The label of the site's body over its owner (主管主办单位：, 主管单位：) heads a field as 主办： does (h257)."""
    from drafter.distill.structure import is_meta_line

    for label in ("主管主办单位", "主管单位", "主管、主办单位"):
        assert is_meta_line(f"{label}：中国共产党四川省委员会《四川党的建设》杂志社"), label


def test_a_day_later_in_the_year_than_an_early_pages_date_is_last_years(tmp_path):
    """hd51a F4: «…撤县设市工作于12月16日获得民政部批复。» of a page dated 01-06 was stored 2015: the approval (民函〔2014〕375号)
    was of 2014-12-16. A day reported done, of a month after the page's own, is the year before's."""
    facts = distil_by_cli(tmp_path, _xianggelila(tmp_path), NEWS_2015, NEWS_NAME)[1]
    approved = first_saying(facts, "12月16日获得民政部批复")
    assert approved.period.year == 2014, approved.period
