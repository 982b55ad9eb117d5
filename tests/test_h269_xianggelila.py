"""h269: findings of held-out round hd51a (香格里拉市民政局, 云南): a 2015 news page reposted under a Sichuan magazine's footer
(主管主办单位：中国共产党四川省委员会《四川党的建设》杂志社), a month-day of last year in an early-January page, and the city's
own 殡葬管理办法 issued by a notice (现将《…》印发给你们) stored as background only.
"""

from __future__ import annotations

from helpers import XIANGGELILA_NOTICE as NOTICE_2023, XIANGGELILA_NOTICE_NAME as NOTICE_NAME
from helpers import distil_by_cli, first_saying, seeds_draft
from helpers import xianggelila_workspace as _xianggelila

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


def test_a_notice_issuing_its_document_is_its_issuers_deed(tmp_path):
    """hd51a F2: «经三届市人民政府第11次常务会议研究审议通过，现将《香格里拉市殡葬管理办法》印发给你们，请认真抓好贯彻落实。» was kind
    context, the city's own measures kept as background only. A notice issuing a document is a dated deed of its issuer."""
    facts = distil_by_cli(tmp_path, _xianggelila(tmp_path), NOTICE_2023, NOTICE_NAME)[1]
    issued = first_saying(facts, "印发给你们")
    assert issued.kind == "done", issued.kind
    assert issued.period.year == 2023


def test_a_notices_issuing_is_told_as_its_issuers_act():
    """…and a reply tells it as the act of the issuer, of the notice's month, with its number — never its 你们 nor its 请…落实."""
    from drafter.compose.sentences import issued_as_done
    from drafter.model import SourceMeta

    ws = type("Ws", (), {"jurisdiction": "香格里拉市"})()
    source = SourceMeta(id="x", path="x", sha256="", kind="policy", title="", issuer="香格里拉市人民政府办公室",
                        jurisdiction="香格里拉市", number="香政规〔2023〕1号", date="2023-01-23")
    told = issued_as_done("经三届市人民政府第11次常务会议研究审议通过，现将《香格里拉市殡葬管理办法》印发给你们，请认真抓好贯彻落实。",
                          source, ws)
    assert told == "2023年1月，市政府办公室印发《香格里拉市殡葬管理办法》（香政规〔2023〕1号）。", told
    other = "现将《某某市农村公路养护办法》转发给你们，请结合实际认真执行。"
    assert "你们" not in issued_as_done(other, source, ws)
    # (a letter sending a report on, no document issued, stays as it was: no deed)
    assert issued_as_done("现将有关情况函告如下。", source, ws) == "现将有关情况函告如下。"


def test_a_cemetery_ask_is_offered_the_citys_funeral_measures(tmp_path):
    """hd51a F2: the draft for «建议完善五境乡仓觉村村民小组集体公墓。» left part one a placeholder though the base held the city's
    《香格里拉市殡葬管理办法》 of 2023: its issuing said 你们 (read as speaking to a deputy) and no word of 公墓. A 公墓 is
    governed by the 殡葬 measures (synonyms.FIELD_OF); the act is drafted as the issuer's deed, no 你们 in the reply."""
    import docx

    ws = _xianggelila(tmp_path)
    _, out = seeds_draft(tmp_path, ws, {NOTICE_NAME: NOTICE_2023}, "1", "关于完善仓觉村村民小组集体公墓的建议",
                         "关于完善仓觉村村民小组集体公墓的建议\n\n领衔代表：和玉龙\n\n建议完善五境乡仓觉村村民小组集体公墓。\n",
                         "--deputy", "和玉龙", "--type", "B", "--date", "2023-06-17", "--force")
    body = [p.text for p in docx.Document(out).paragraphs]
    assert "2023年1月，市政府办公室印发《香格里拉市殡葬管理办法》（香政规〔2023〕1号）。" in body, body
    assert not any("你们" in p or "贯彻落实" in p for p in body)


def test_an_account_running_on_to_this_year_is_of_one_period(tmp_path):
    """hd51a F4: «据了解，香格里拉县总面积11613平方公里，…58个行政村。2011年起，…。2013年省民政厅批复之后，上报中央。今年年初，该县又
    加大了申报力度，…» was stored 2013 and its figures 2015: one statement, two periods. An account telling its years on to the
    page's own year (今年) is of that year, as a reply's running on to its present is — its figures with it."""
    facts = distil_by_cli(tmp_path, _xianggelila(tmp_path), NEWS_2015, NEWS_NAME)[1]
    account = first_saying(facts, "今年年初，该县又加大了申报力度")
    assert account.period.year == 2015, account.period
    assert {f.year for f in account.figures} <= {None, 2015}, [(f.raw, f.year) for f in account.figures]


def test_a_one_sentence_ask_asks_its_own_clauses_in_part_one(tmp_path):
    """hd51a F5: with --text whose only ask is «建议加快救助管理站建设，完善社会福利设施», part one's placeholder asked for the
    title's matter (加强流浪乞讨人员救助管理) — the ask's first sentence was skipped as the problem stated before it, leaving
    no point. A first sentence opening on 建议 is what is asked: its clauses are the ask's points, part one asks for them.
    (Part two's heading is h265's: untouched here.)"""
    from drafter.compose.asks import parse_asks

    title = "关于加强流浪乞讨人员救助管理的建议"
    text = f"{title}\n\n领衔代表：和玉龙\n\n建议加快救助管理站建设，完善社会福利设施。\n"
    [ask] = parse_asks(text, title)
    assert ask.points == ["加快救助管理站建设", "完善社会福利设施"], ask.points
    _, out = seeds_draft(tmp_path, _xianggelila(tmp_path), {NEWS_NAME: NEWS_2015}, "5", title, text,
                         "--deputy", "和玉龙", "--type", "B", "--date", "2023-06-17", "--force")
    import docx

    body = [p.text for p in docx.Document(out).paragraphs]
    assert any("加快救助管理站建设、完善社会福利设施方面的工作情况" in p for p in body), body
