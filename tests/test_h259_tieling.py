"""h259: the held-out test hd48a (铁岭市卫生健康委员会, a base of national and provincial pages) — each on the tester's real
pages (short excerpts), failing before: a national page's facts drafted as the bureau's (F1), national targets kept as results
(F2), a site's clutter as a title and its link lists as facts (F3), 国家儿童区 read from 国家儿童区域医疗中心 (F4), 近10年 read
as a figure and dating a count after it (F5)."""

from __future__ import annotations

import pytest

from drafter.distill.facts import is_target, nation_subject
from drafter.distill.figures import find_figures
from drafter.distill.places import leading_places
from drafter.model import NEWS, PLAN

from helpers import distil, fact_saying, page_draft, unit_workspace

# seeds/2025-06-04_全国儿科服务与儿童死亡率.txt of hd48a: a betting site's mirror of a national news item
NATIONAL = """🧝❂🛄
ab体育下载官网
AB体育app官网
Ab体育官方网站入口
AB体育
AB体育登录入口
AB体育网页入口
国家卫生健康委妇幼司司长沈海屏介绍,2024年,全国婴儿死亡率、5岁以下儿童死亡率分别降至4.0‰和5.6‰,为历史最低水平,位居全球中高收入国家前列。从全球近10年的变化趋势看,我国婴儿死亡率、5岁以下儿童死亡率年平均下降速度在全球53个中高收入国家中分别位列第三位、第四位。
在加强服务供给方面,加力完善以区县妇幼保健机构为龙头,乡镇卫生院、社区卫生服务中心为枢纽,村卫生室为网底的儿童保健服务网络。以国家儿童医学中心、国家儿童区域医疗中心为引领,带动省市对口支援县级医院儿科建设,促进优质儿童医疗资源上下贯通。目前,全国有8000多所综合医院开展儿科门诊或住院服务,98%的县医院设置了儿科,超过80%的基层医疗卫生机构能够提供儿童常见病诊疗服务。
在改善就医体验方面,在全国开展儿童友好医院建设,引导医疗机构引入“1米高度看医院”的儿童视角,从建筑空间、视觉色彩、设施设备、便利化服务等方面加强门诊、病房适儿化改造。到2025年底,推动2000家医疗机构达到儿童友好医院的建设要求。到2030年,全国提供儿童医疗保健服务的医疗机构90%建成儿童友好医院。
🦂(撰稿:师中鸣)攀登——5·30全国科技工作者日特别报道
2025/06/04澹台若琛🚳
为奋进新征程提供强大精神支撑——党的二十大以来精神文明建设成就综述
2025/06/04
"""
NATIONAL_NAME = "2025-06-04_全国儿科服务与儿童死亡率.txt"

# seeds/2020-09-05_国家儿童区域医疗中心.txt of hd48a: a national news item naming a city once, in an institution's name, and its
# 推荐阅读 list of other news
CENTRES = """新华社|我国将设置五个国家儿童区域医疗中心
采访人员4日从国家卫健委获悉 , 为进一步完善儿童医疗卫生服务体系 , 优化优质儿童医疗资源区域布局 , 有效提高儿童医疗卫生服务能力 , 国家卫健委决定在东北、华东、中南、西南和西北设置5个国家儿童区域医疗中心 。
据了解 , 国家卫健委决定在东北区域以中国医科大学附属盛京医院为主体、在华东区域以浙江大学医学院附属儿童医院为主体、在中南区域以广州市妇女儿童医疗中心为主体、在西北区域以西安交通大学附属儿童医院为主体、在西南区域以重庆医科大学附属儿童医院为主体联合四川大学华西第二医院 , 分别设置国家儿童区域医疗中心 。
【新华社|我国将设置五个国家儿童区域医疗中心】国家卫健委表示 , 国家儿童区域医疗中心要按照有关要求 , 落实相关职责任务 , 加强与国家儿童医学中心的统筹协同 , 建立分工协作机制 , 分别在东北、华东、中南、西南和西北区域发挥辐射引领作用 , 带动提高区域内儿童医疗、教学、科研及预防保健服务水平 , 促进区域间儿科医疗服务同质化 。
推荐阅读
- 外汇局官网|外汇局:8月我国外汇市场运行保持平稳,外汇供求基本平衡
- 外汇储备|连续增长!8月末我国外汇储备规模增至31646亿美元
- 芯片|我国开始技术封锁!除量子密码以外,还有一项让美国憋屈十几年
- 【】前8个月我国外贸总值突破20万亿元 出口首次实现年内正增长
- 新华社|券商半年“成绩单”背后,这些信号值得关注!
"""
CENTRES_NAME = "2020-09-05_国家儿童区域医疗中心.txt"

SUGGESTION = ("关于提升我市儿科医疗服务能力的建议\n领衔代表：王某某\n"
              "建议：一、推动县级医院普遍设置儿科，提升基层儿童常见病诊疗能力。二、开展儿童友好医院建设，改善患儿就医体验。")
TITLE = "关于提升我市儿科医疗服务能力的建议"


@pytest.fixture
def ws(tmp_path):
    return unit_workspace(tmp_path / "ws", "铁岭市卫生健康委员会", "市卫健委", "铁岭市",
                          "银州区, 清河区, 铁岭县, 开原市, 调兵山市, 西丰县, 昌图县")


def test_a_page_whose_statements_name_the_nation_is_the_nations_and_its_facts_external(tmp_path, ws):
    ff = distil(tmp_path, ws, NATIONAL, NATIONAL_NAME)
    assert ff.source.jurisdiction == "全国" and ff.source.kind == NEWS
    assert ff.facts and all(f.external for f in ff.facts)


def test_a_national_pages_figures_are_not_drafted_as_the_bureaus_work(tmp_path, ws):
    _, document = page_draft(tmp_path, ws, NATIONAL, SUGGESTION, "2", TITLE, "--date", "2025-07-10", name=NATIONAL_NAME)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "8000多所" not in text and "2000家" not in text and "90%" not in text


@pytest.mark.parametrize("sentence", [
    "目前，全国有8000多所综合医院开展儿科门诊或住院服务，98%的县医院设置了儿科。",
    "国家卫生健康委妇幼司司长沈海屏介绍，2024年，全国婴儿死亡率降至4.0‰。",
    "2024年，我国婴儿死亡率降至4.0‰，为历史最低水平。",
])
def test_a_sentence_whose_subject_is_the_nation_is_never_the_bureaus_deed(ws, sentence):
    assert nation_subject(sentence, ws)


@pytest.mark.parametrize("sentence", [
    "目前，全市有12所综合医院开展儿科门诊服务。",
    "2024年，我市在全国率先建成儿童友好医院3家。",
    "全国文明城市创建工作扎实推进，新建口袋公园12个。",
    "全国两会期间，市卫健委组织收看会议直播。",
    "全国首创预付消费“信托式”监管新模式，上线商户1200家。",
])
def test_the_bureaus_or_its_places_sentence_naming_the_nation_stays_its_own(ws, sentence):
    assert not nation_subject(sentence, ws)


# The bureau's own report quoting the nation's figures after its own work.
OWN_REPORT = ("铁岭市卫生健康委员会2025年上半年工作总结\n一、儿科服务能力建设\n"
              "我委推动县级医院儿科建设，全市新增儿科床位120张，培训基层儿科医师85名。\n"
              "目前，全国有8000多所综合医院开展儿科门诊或住院服务，98%的县医院设置了儿科。\n")


def test_the_nation_as_subject_in_the_bureaus_own_page_makes_that_statement_the_nations(tmp_path, ws):
    ff = distil(tmp_path, ws, OWN_REPORT, "2025-07-01_上半年总结.txt")
    assert ff.source.jurisdiction == "铁岭市"
    assert not fact_saying(ff, "新增儿科床位").external
    national = fact_saying(ff, "8000多所")
    assert national.external and national.jurisdiction == "全国"


def test_a_page_of_no_place_drafted_as_the_bureaus_says_so_in_its_comment(tmp_path, ws):
    page = ("县级医院儿科建设\n"
            "在加强服务供给方面，推动县级医院普遍设置儿科，带动对口支援县级医院儿科建设，新增儿科医师120名。\n")
    _, document = page_draft(tmp_path, ws, page, SUGGESTION, "2", TITLE, "--date", "2025-07-10",
                             name="2025-06-04_儿科建设.txt")
    body = "\n".join(p.text for p in document.paragraphs)
    assert "120名" in body
    assert any("未写明所属地区" in c.text for c in document.comments)


@pytest.mark.parametrize("sentence, month, target", [
    ("到2025年底，推动2000家医疗机构达到儿童友好医院的建设要求。", 6, True),
    ("到2025年底，推动2000家医疗机构达到儿童友好医院的建设要求。", 12, False),  # (a December page's year-end: reached)
    ("到2024年底，全市建成儿童友好医院12家。", 6, False),
])
def test_a_target_by_the_documents_own_years_end_is_a_target_before_december(sentence, month, target):
    assert is_target(sentence, 2025, month) is target


def test_national_targets_are_kept_as_a_plan(tmp_path, ws):
    ff = distil(tmp_path, ws, NATIONAL, NATIONAL_NAME)
    assert fact_saying(ff, "2000家医疗机构").kind == PLAN


def test_a_sites_menu_is_no_title_and_a_listed_headline_no_fact(tmp_path, ws):
    ff = distil(tmp_path, ws, NATIONAL, NATIONAL_NAME)
    assert ff.source.title == "全国儿科服务与儿童死亡率"
    assert not any("精神文明建设成就综述" in f.text or "撰稿" in f.text for f in ff.facts)


def test_a_link_list_under_its_label_gives_no_fact(tmp_path, ws):
    ff = distil(tmp_path, ws, CENTRES, CENTRES_NAME)
    assert not any("31646" in f.text or "20万亿" in f.text for f in ff.facts)
    assert any("国家卫健委决定" in f.text for f in ff.facts)


def test_a_national_page_naming_a_city_once_in_an_institutions_name_is_the_nations(tmp_path, ws):
    ff = distil(tmp_path, ws, CENTRES, CENTRES_NAME)
    assert ff.source.jurisdiction == "全国"


@pytest.mark.parametrize("name, places", [
    ("国家儿童区域医疗中心", []),
    ("东部区域协同发展办公室", []),
    ("铁岭县域经济发展局", ["铁岭县"]),  # (县域: the county's own ground)
    ("铁岭市卫生健康委员会", ["铁岭市"]),
])
def test_a_level_word_continued_as_a_word_ends_no_place(name, places):
    assert leading_places(name) == places


def test_a_run_of_recent_years_is_no_figure_nor_the_time_of_a_count_after_it(tmp_path, ws):
    sentence = "从全球近10年的变化趋势看,我国婴儿死亡率年平均下降速度在全球53个中高收入国家中分别位列第三位。"
    assert not any(g.unit == "年" for g in find_figures(sentence, sentence))
    ff = distil(tmp_path, ws, NATIONAL, NATIONAL_NAME)
    count = next(g for g in fact_saying(ff, "53个中高收入国家").figures if g.value == 53)
    assert count.year != 2016 and count.until is None
