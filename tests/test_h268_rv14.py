"""h268: findings of the blind review rv14 (8, 6, 3, 9…), each on the reviewer's input, failing before."""

import re

import pytest

from drafter.distill.metadata import bureau_fields
from drafter.grammar import FIVE_YEAR_PLAN, HEADED_BREAK, NATION, STRIVING, WON, target_years

from helpers import distil, distil_by_cli, unit_workspace


def _county_forestry(tmp_path):
    """A workspace of 涉县林业局, a county bureau named by its level (县林业局)."""
    return unit_workspace(tmp_path / "ws", "涉县林业局", "县林业局", "涉县")


# rv14 8: a county bureau's news relaying the nation's meetings and bodies (the reviewer's page, its paragraphs long enough to
# be a body's), naming the bureau by its level or speaking as itself.
STUDY = ("县林业局传达学习全国两会精神\n\n"
         "3月12日，县林业局召开党组理论学习中心组学习会议，传达学习全国两会精神，局党组书记、局长主持会议。\n\n"
         "会议指出，全国两会是在全面贯彻落实党的二十大精神的开局之年召开的一次十分重要的会议，意义重大。\n\n"
         "2022年，县林业局完成营造林1.2万亩，森林覆盖率达到32.5%，林业各项工作取得新成效。\n")
RELAYED = ("县林业局部署春季造林工作\n\n"
           "3月12日，县林业局召开春季造林工作会议，传达国家林业和草原局春季造林绿化工作电视电话会议的要求。\n\n"
           "会议指出，全国春季造林绿化工作已全面展开，各地要抓住有利时机加快造林进度，确保完成年度任务。\n\n"
           "2022年，{who}完成营造林1.2万亩，森林覆盖率达到32.5%，林业各项工作取得新成效。\n")


@pytest.mark.parametrize("page", [STUDY, RELAYED.format(who="我局"), RELAYED.format(who="全局干部职工")],
                         ids=["nations-meeting-studied", "self-unit", "bureau-by-its-level"])
def test_a_local_bureaus_page_naming_the_nation_is_not_the_nations(tmp_path, page):
    ff = distil(tmp_path, _county_forestry(tmp_path), page, "2023-03-13_news.txt")
    assert ff.source.jurisdiction != "全国"


@pytest.mark.parametrize("text, national", [
    ("3月12日，县林业局传达学习全国两会精神。", False),
    ("全国人大代表张某来我县调研。", False),
    ("传达学习全国生态环境保护大会精神。", False),
    ("县林业局完成国家级自然保护区管理局挂牌。", False),
    ("国家湿地公园由县林业局负责管护。", False),
    ("按照国家部署，县林业局开展林长制督查。", False),
    ("国家林业和草原局印发通知。", True),
    ("国家卫生健康委妇幼司司长介绍。", True),
    ("目前，全国有8000多所综合医院开展儿科门诊。", True),
])
def test_nation_names_the_nation_not_its_meetings_nor_a_local_unit_after_a_national_thing(text, national):
    assert bool(NATION.search(text)) is national


@pytest.mark.parametrize("sentence", [
    # (a level aimed at, no funds won: rv14 6's money branch)
    "争取全县一般公共预算收入突破10亿元，同比增长6%。", "争取每年投入财政资金500万元用于村庄绿化。",
    "争取社会消费品零售总额增长到120亿元。", "争取全县一般公共预算收入10亿元。",
    # (到 a time that is no year's digits: _TIME_REACHED)
    "全力争取到本月底全部完成拆迁任务。", "争取到春节前全面完工。", "争取到十月底前建成投用。", "争取到三季度末完成验收。",
])
def test_striving_for_a_level_or_by_a_month_holiday_or_quarter_is_an_aim_not_funds_won(sentence):
    assert not re.search(WON, sentence) and re.search(STRIVING, sentence)


@pytest.mark.parametrize("sentence", ["全年争取专项债券3亿元。", "争取中央预算内投资1.2亿元。", "共争取上级补助500余万元。"])
def test_a_sum_after_a_word_of_funds_is_still_won(sentence):
    assert re.search(WON, sentence)


@pytest.mark.parametrize("sentence, doc_year, aims", [
    ("2023年至2025年，争取全县一般公共预算收入突破10亿元。", 2025, [("2023年至2025年", 2025)]),
    ("2024年至2026年，全县争取每年投入财政资金500万元用于村庄绿化。", 2026, [("2024年至2026年", 2026)]),
])
def test_a_spans_level_aimed_at_is_its_aim(sentence, doc_year, aims):
    assert target_years(sentence, doc_year) == aims


@pytest.mark.parametrize("name, short, fields, none", [
    ("邢台市发展和改革委员会", "市发改委", ["发展和改革", "发改"], ["发展", "改革"]),
    ("邢台市工业和信息化局", "市工信局", ["工业和信息化", "工信"], ["工业", "信息化"]),
    ("宁津县教育和体育局", "县教体局", ["教育", "体育"], []),  # (h260's: each side a field)
    ("邢台市住房和城乡建设局", "市住建局", ["住房", "城乡建设"], []),
])
def test_a_bureaus_fields_are_no_sides_of_a_name_held_whole(tmp_path, name, short, fields, none):
    """rv14 3: a department's name holding its 和 whole (发展和改革) is one field; 发展, 改革 would put almost every sentence in it."""
    got = bureau_fields(unit_workspace(tmp_path / "ws", name, short, name[:3]))
    assert set(fields) <= set(got) and not set(none) & set(got)


# The head of hd48e's 德州日报 page (h260's test_h260_ningjin), a county's five-year results told by its propaganda chief.
NINGJIN = ("辉煌十三五 奋进新德州 | 宁津:累计投入26.8亿元,新建改建中小学、幼儿园校舍51.9万平方米\n\n"
           "1月13日,我市召开“辉煌十三五 奋进新德州”系列新闻发布会第九场,发布会上,宁津县委常委、宣传部部长范淑香介绍宁津县近几年的"
           "经济社会发展情况。\n\n"
           "坚持优先发展教育,持续累计投入26.8亿元,新建改建中小学、幼儿园校舍51.9万平方米,“大班额”问题全部解决。持续加大产业扶贫、"
           "健康扶贫、消费扶贫和保障性扶贫等方面力度,如期完成了脱贫攻坚目标任务,全县85个省定扶贫工作重点村全部摘帽。\n\n"
           "德州日报新媒体出品\n记者|董建新 董天力 姜伟\n")


def test_the_countys_education_results_are_not_the_development_bureaus_deeds(tmp_path):
    """rv14 3: the 宁津 page distilled for 宁津县发展和改革局 filed 坚持优先发展教育，持续累计投入26.8亿元… as its own done work (发展)."""
    _, facts, _ = distil_by_cli(tmp_path, unit_workspace(tmp_path / "ws", "宁津县发展和改革局", "县发改局", "宁津县"), NINGJIN,
                                "2021-01-13_宁津十三五教育发布会.txt")
    assert next(f for f in facts if "优先发展教育" in f.text).kind != "done"


@pytest.mark.parametrize("line, splits", [
    ("2、推进市直机关节能工作 全年…", True),  # (市直: a level's word, as places.LEVEL_WORD_AFTER always said)
    ("1、县直单位目标考核工作 全年…", True), ("1、区域发展全局工作 全年…", True),
    ("1、邢台市城区绿化工作 完成…", False), ("1、涉县造林工作 完成造林面积1.2万亩。", False),
])
def test_a_levels_word_opens_no_place_by_the_one_vocabulary(line, splits):
    """rv14 9: the characters making a word of a level's (级域内外 in grammar, 级场民值面内外直域貌 in places) are declared once."""
    assert bool(re.match(HEADED_BREAK, line)) is splits


@pytest.mark.parametrize("name, plan", [("“十四五”", True), ("十三五", True), ("“十五”", True), ("十六五", False), ("“十九五”", False)])
def test_a_five_year_plan_is_one_the_plans_date(name, plan):
    """rv14 10: grammar.FIVE_YEAR_PLAN took 十六五…十九五 and no “十五”; it is built from FIVE_YEAR_PLANS, as periods' and facts' are."""
    assert bool(re.fullmatch(FIVE_YEAR_PLAN, name)) is plan


def test_a_years_plan_saying_besides_what_it_keeps_up_is_still_a_plan(tmp_path):
    """rv14 12: structure.DONE_IN_LEAD twinned grammar.DONE_SO_FAR without its 除了 guard: a lead's 除了 read as work done, its
    items no plan. It is DONE_SO_FAR now."""
    from drafter.distill.structure import outline
    from drafter.read import read_document

    path = tmp_path / "2024-01-20_要点.txt"
    path.write_text("邢台县林业局工作要点\n\n2024年，我局将持续推进国土绿化，除了巩固现有造林成果，还将加快城郊森林公园建设。\n\n"
                    "一是新建城郊森林公园2个，完成造林0.8万亩。\n\n二是完成森林抚育3万亩，提升森林质量。\n", "utf-8")
    items = [u for u in outline(read_document(path)).units if u.role == "item"]
    assert len(items) == 2 and all(u.section_class == "plan" for u in items)


PLAN_REVIEWED = ("我县召开十四五林业发展规划中期评估会\n\n"
                 "6月12日，县林业局召开“十四五”林业发展规划中期评估会，邀请专家对规划实施情况进行评估，局党组书记、局长主持会议。\n\n"
                 "全县完成营造林1.2万亩，森林覆盖率达到32.5%，新建城郊森林公园2个，林业各项工作取得新成效。\n")


def test_a_title_naming_the_plan_anywhere_in_its_clause_sums_up_no_span(tmp_path):
    """rv14 13: SPAN_TITLE vetoed 规划 only right after the plan; 十四五林业发展规划 dated a 2023 news item's undated statements
    2021–2023."""
    ff = distil(tmp_path, _county_forestry(tmp_path), PLAN_REVIEWED, "2023-06-13_news.txt")
    fact = next(f for f in ff.facts if "营造林1.2万亩" in f.text)
    assert fact.period.year == 2023 and fact.period.until is None


@pytest.mark.parametrize("kind, title, named", [
    ("reply", "关于市政协十三届二次会议第12号提案的会办意见", "2022年确定的目标"),
    ("work_report", "邢台县林业发展“十四五”规划", "《邢台县林业发展“十四五”规划》"),
])
def test_an_older_plan_is_named_by_its_plan_documents_title_only(kind, title, named):
    """rv14 11: select's PLAN_TITLE (…意见$) named a reply's 会办意见 as the plan a target came from: 按照《关于…第12号提案的会办意见》，."""
    from drafter.compose.select import plan_named
    from drafter.model import SourceMeta

    assert plan_named(SourceMeta(id="s", path="s.txt", sha256="0", kind=kind, title=title), 2022) == named
