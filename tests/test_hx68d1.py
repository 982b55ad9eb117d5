"""hx68d1: findings of the held-out test hd68d (广东省科学技术厅, its areas the 21 cities; 1535 on 梅州's innovation platforms),
each on its seed's real lines.

1. A news statement whose subject is the workspace's bureau (省科技厅副厅长杨军率队来梅调研…) is the bureau's work done, though the page
   is one of its areas' (梅州日报's, 梅州市): its place stays the area, its kind done (was context).
2. An ask naming an area (支持梅州高新区升级为国家高新区) is answered by the area's facts and the bureau's work there (that work was
   dropped for naming the bureau), the bureau's own sentence not named as the area's (was 梅州市我厅副厅长…); a fact of the province
   under a section scoped to another region (（一）粤港澳大湾区国际科技创新中心建设…: 布局建设一批高新区) is no answer to it.
(hx68d2)
1. A political-boilerplate opening (坚持以习近平新时代…思想为指导，深入贯彻…重要指示批示精神，) never opens an item: its clauses are
   dropped, the subject kept, and what remains is judged on its own; a summary's headline totals of the whole province
   (2019年全省研发经费支出约3000亿元…) are no answer to an ask naming one area (梅州).
2. "X年以来" opening that year's own summary, or a sentence naming the year again over its figures, is that year: its counts are
   no running totals (no 【待更新：最新累计数】 on 中国专利金奖9项).
"""

from __future__ import annotations

import docx
import pytest
from helpers import distil, first_saying, part_one, seeds_draft, unit_workspace

from drafter.compose.sentences import counted_since, without_creed
from drafter.distill.figures import find_figures
from drafter.workspace import load_workspace

GUANGDONG_AREAS = ("广州市, 深圳市, 珠海市, 汕头市, 佛山市, 韶关市, 河源市, 梅州市, 惠州市, 汕尾市, 东莞市, 中山市, 江门市, 阳江市, "
                   "湛江市, 茂名市, 肇庆市, 清远市, 潮州市, 揭阳市, 云浮市")
GUANGDONG = ("广东省科学技术厅", "省科技厅", "广东省", GUANGDONG_AREAS, "我省科技创新工作")
# hd68d's seeds/2019-06-30_杨军来梅调研科技创新工作.txt (梅州日报): its head and its three paragraphs.
VISIT = '杨军来梅调研科技创新工作时强调 紧抓机遇推进创新发展\n\n梅州日报 2019-06-30 10:21\n\n本报讯(记者郑炜梅)日前,省科技厅副厅长杨军率队来梅调研科技创新工作和创建国家高新区进展等情况。市委书记陈敏、市长张爱军会见调研组一行,市领导闫景军、刘棕会陪同调研。\n\n调研组首先来到梅州高新区管委会了解高新区产业布局等情况,并走访广东紫晶存储股份公司、航天育种中心、广梅绿色创新中心、万宝电器有限公司等企业,实地了解高新区企业创新驱动发展和产业集群等方面的特色和亮点。随后召开座谈会,听取了梅州市科技创新和创建国家高新区等工作情况汇报。\n'
# hd68d's seeds/2020-03-01_省科技厅2019年科技工作总结及2020年工作重点.txt: its head, lead and first section, cut after 高端创新载体.
SUMMARY = '2019年科技工作总结及2020年科技工作重点\n2019年以来,省科技厅坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平总书记对广东重要讲话和重要指示批示精神,把创新工作聚焦到全省“1+1+9”工作部署上,深入实施创新驱动发展战略,全面推进粤港澳大湾区国际科技创新中心和科技创新强省建设,2019年全省研发经费支出约3000亿元、占地区生产总值比重近2.8%,区域创新综合能力保持全国第一,有效发明专利量、PCT国际专利申请量稳居全国首位,获国家科学技术奖50项、中国专利金奖9项,科技创新工作成效显著。\n一、2019年主要工作情况\n(一)粤港澳大湾区国际科技创新中心建设扎实推进。率先开展“钱过境、人往来、税平衡”等政策探索,率先支持港澳机构牵头申报我省财政科技计划项目,全省实现财政资金过境拨付港澳项目总额累计超亿元。开展“钱过境、人往来、税平衡”等政策创新,推动重大科学基础设施、实验动物平台、科普基地向港澳开放,启动建设首批10家粤港澳联合实验室,依托50多个面向港澳的科技企业孵化器支持港澳青年来粤创新创业。率先制定了全省相对统一的境外高端人才认定标准指引。大力推进综合性国家科学中心建设,布局建设一批高新区、科学城、高水平研究院、新型研发机构等高端创新载体。全方位加强国际和区域科技创新合作,积极主动融入全球科技创新网络,积极与创新型国家、“一带一路”沿线国家合作共建国际科技合作基地、创新中心等平台,与加拿大、英国、荷兰、奥地利、以色列等国家的合作伙伴设立重点合作研发联合资助计划。\n'
TITLE = "关于支持梅州市创新平台建设的建议"
# hd68d's suggestion.txt (restated from the reply), its first ask.
TEXT = (f"{TITLE}\n\n建议省里支持梅州市推进“一区三院两中心”科技创新平台建设。具体包括：\n"
        "一、支持梅州高新区建设，支持梅州高新区升级为国家高新区，并支持梅州基础条件好、创新能力强的园区创建省级高新区。\n"
        "二、支持梅州建设相关科研院所（“三院”）等创新平台。\n")


def test_the_bureaus_visit_reported_by_an_areas_paper_is_its_work_there(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *GUANGDONG), VISIT, "2019-06-30_杨军来梅调研科技创新工作.txt")
    assert ff.source.jurisdiction == "梅州市"
    visit = first_saying(ff.facts, "杨军率队来梅调研")
    assert (visit.kind, visit.jurisdiction) == ("done", "梅州市")  # (was context)


@pytest.fixture(scope="module")
def meizhou(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("1535")
    ws = unit_workspace(tmp_path / "ws", *GUANGDONG)
    _, path = seeds_draft(tmp_path, load_workspace(ws.root), {"2019-06-30_杨军来梅调研科技创新工作.txt": VISIT,
                                                             "2020-03-01_省科技厅2019年科技工作总结及2020年工作重点.txt": SUMMARY},
                          "1535", TITLE, TEXT, "--deputy", "黄志超", "--session", "省十三届人大四次会议", "--date", "2021-06-21")
    return part_one(docx.Document(str(path)))


def test_an_ask_naming_an_area_is_answered_by_the_bureaus_work_there(meizhou):
    text = "\n".join(meizhou)
    assert "我厅副厅长杨军率队来梅调研科技创新工作和创建国家高新区进展等情况" in text  # (was dropped: it names the bureau)
    assert "梅州市我厅" not in text  # (the bureau's own sentence is not the area's)


def test_a_fact_scoped_to_another_region_is_no_answer_to_an_ask_naming_an_area(meizhou):
    assert not any("布局建设一批高新区" in p for p in meizhou)


# hd68d's seeds/2020-03-01_省科技厅2019年科技工作总结及2020年工作重点.txt: its lead paragraph (as distilled: full-width commas).
LEAD = ("2019年以来，省科技厅坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平总书记对广东重要讲话和重要指示批示精神，"
        "把创新工作聚焦到全省“1+1+9”工作部署上，深入实施创新驱动发展战略，全面推进粤港澳大湾区国际科技创新中心和科技创新强省建设，"
        "2019年全省研发经费支出约3000亿元、占地区生产总值比重近2.8%，区域创新综合能力保持全国第一，有效发明专利量、PCT国际专利申请量"
        "稳居全国首位，获国家科学技术奖50项、中国专利金奖9项，科技创新工作成效显著。")
# 达州市城市管理行政执法局's reply of 2020-06-28 (tests/test_hd28_figures.py): a count since a month, a running total.
DAZHOU = "自2019年8月以来,立案查处占道洗车、占道卖车案件32件,辖区占道洗车、占道卖车情况得到有效改善。"


def _figure(text, raw):
    return next(f for f in find_figures(text) if f.raw == raw)


def test_the_creed_opening_a_sentence_is_dropped_its_subject_kept():
    assert without_creed(LEAD).startswith("2019年以来，省科技厅把创新工作聚焦到全省“1+1+9”工作部署上，深入实施创新驱动发展战略")
    assert without_creed("全面贯彻落实河长制，建立巡河制度。") == "全面贯彻落实河长制，建立巡河制度。"  # (one formula: a deed)


def test_a_year_since_that_its_summary_sums_up_or_its_sentence_names_again_is_that_year():
    gold = _figure(LEAD, "9项")
    assert not counted_since(LEAD, gold, 2019)  # (2019's own summary)
    assert not counted_since(LEAD, gold)  # (…2019年全省研发经费支出… before it: the sentence's figures are 2019's)
    assert counted_since(DAZHOU, _figure(DAZHOU, "32件"), 2019)  # (since a month: a running count)
    assert counted_since("2015年以来，全省累计获中国专利金奖9项。", _figure("2015年以来，全省累计获中国专利金奖9项。", "9项"), 2019)


# hd68d's suggestion.txt (restated from the reply).
ASKS = (f"{TITLE}\n\n建议省里支持梅州市推进“一区三院两中心”科技创新平台建设，以增强梅州市科技创新能力、推动企业技术创新、助力产业转型升级。"
        "具体包括：\n一、支持梅州高新区建设，支持梅州高新区升级为国家高新区，并支持梅州基础条件好、创新能力强的园区创建省级高新区。\n"
        "二、支持梅州建设相关科研院所（“三院”）等创新平台。\n三、支持梅州建设相关创新中心（“两中心”）等科技创新平台。\n")
# An ask on the province's whole (no area named), on the summary's lead's matter.
WHOLE = "关于加快科技创新强省建设的建议"
WHOLE_ASKS = f"{WHOLE}\n\n一、全面推进科技创新强省建设，提升区域创新综合能力。\n"


def _draft(tmp_path, title, text):
    ws = unit_workspace(tmp_path / "ws", *GUANGDONG)
    _, path = seeds_draft(tmp_path, load_workspace(ws.root), {"2019-06-30_杨军来梅调研科技创新工作.txt": VISIT,
                                                             "2020-03-01_省科技厅2019年科技工作总结及2020年工作重点.txt": SUMMARY},
                          "1535", title, text, "--deputy", "黄志超", "--session", "省十三届人大四次会议", "--date", "2021-06-21")
    return "\n".join(part_one(docx.Document(str(path))))


def test_the_provinces_headline_totals_answer_no_ask_naming_an_area(tmp_path):
    said = _draft(tmp_path, TITLE, ASKS)
    assert "研发经费支出" not in said and "思想为指导" not in said, said


def test_a_summarys_lead_is_drafted_without_its_creed_and_its_years_counts_as_that_years(tmp_path):
    said = _draft(tmp_path, WHOLE, WHOLE_ASKS)
    lead = next(p for p in said.split("\n") if "中国专利金奖9项" in p)
    assert "思想为指导" not in lead and "重要指示批示精神" not in lead and "把创新工作聚焦到" in lead, lead
    assert "最新累计数" not in lead and "【待更新：2020年全年数据】" in lead, lead
