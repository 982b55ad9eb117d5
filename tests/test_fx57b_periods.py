"""fx57b: periods and labels read wrong, each a general rule on a short real-style line.

1. A relative time in someone's words reported after a statement's opening (…。他表示，去年新增…; …。据…介绍，今年以来，…) dates
   only the figures after it in its sentence, read against the page's date — never the whole statement.
2. In the plan part of a results-and-plan report a task with a figure (加快推进…建设，力争完成投资5亿元; 全年完成投资3亿元) is a plan of
   the plan's year, not done work or background of the results' year; so is a statement under a plan heading naming no year
   (二、下一步工作计划) of a report titled …2023年工作总结和2024年工作计划.
3. A rank moved (综合排名由第8位上升至第3位): both ranks count the same thing, no 由…上升至 in its name.
4. A name never ends on time words (海洋生产总值到2025年达到300亿元 → 海洋生产总值); a clause of its time alone counts what the
   clause before names (数字经济规模持续扩大，到2025年达到300亿元、2030年600亿元 → 数字经济规模).
5. A list after one adding verb: each item's count is new too (新增认定省级企业技术中心14家，市级中心10家 → 新增认定市级中心).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.figures import find_figures

QUANZHOU = ("泉州市科学技术局", "市科技局", "泉州市")


def _facts(tmp_path, text, name):
    return distil(tmp_path, unit_workspace(tmp_path / "ws", *QUANZHOU), text, name).facts


def _counts(line):
    return [(g.raw, g.counts) for g in find_figures(line, line)]


NEWS = ("泉州市科技创新工作取得新进展\n\n发布时间：2024-05-10 来源：泉州晚报\n\n"
        "泉州市不断完善科技创新政策体系，全市累计建成省级以上创新平台260个。他表示，去年新增省级重点实验室5家。\n")
NEWS_NAME = "2024-05-10_泉州市科技创新工作取得新进展.txt"


def test_1_a_spoken_last_year_dates_its_own_figures_not_the_statement(tmp_path):
    fact = first_saying(_facts(tmp_path, NEWS, NEWS_NAME), "全市累计建成省级以上创新平台260个")
    assert fact.period.year == 2024  # (was 2023: 去年 of 他表示 dated the whole statement)
    platforms, labs = fact.figures
    assert platforms.year is None and labs.year == 2023


def test_1_a_spoken_this_year_leaves_the_years_account_its_year(tmp_path):
    text = NEWS.replace("泉州市不断完善科技创新政策体系，全市累计建成省级以上创新平台260个。他表示，去年新增省级重点实验室5家。",
                        "2023年，全市新增高新技术企业500家，总数达到3200家。据市科技局相关负责人介绍，今年以来，全市又新增科技型中小企业600家。")
    fact = first_saying(_facts(tmp_path, text, NEWS_NAME), "全市新增高新技术企业500家")
    assert fact.period.year == 2023  # (was 2024, the document's date: 今年 of the reported words)
    assert fact.figures[-1].year == 2024


def test_1_words_opening_the_statement_are_its_own_time(tmp_path):
    text = NEWS + "\n他说，去年全市技术合同成交额达到80亿元。\n"
    assert first_saying(_facts(tmp_path, text, NEWS_NAME), "去年全市技术合同成交额").period.year == 2023


PLAN_NEWS = ("泉州市：2024年加快科技创新\n\n日期:2024-03-15    来源:泉州网\n\n"
             "泉州网获悉，近日，泉州市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告发布。\n\n"
             "内容提到，加快推进中试验证平台建设，力争完成投资5亿元。加强科技型企业培育，新增高新技术企业500家。\n\n"
             "加快推进第二污水处理厂建设，全年完成投资3亿元。\n")


def test_2_a_plan_parts_task_with_a_figure_is_the_plan_years(tmp_path):
    facts = _facts(tmp_path, PLAN_NEWS, "2024-03-15_泉州市2023年计划执行情况与2024年计划草案的报告.txt")
    for words in ("加快推进中试验证平台建设", "新增高新技术企业500家", "全年完成投资3亿元"):
        fact = first_saying(facts, words)
        assert (fact.kind, fact.period.year) == ("plan", 2024), words  # (were done/context of 2023)


def test_2_a_result_told_done_or_against_last_year_stays_a_result(tmp_path):
    text = PLAN_NEWS.replace("加快推进第二污水处理厂建设，全年完成投资3亿元。", "加快推进第二污水处理厂建设，完成投资3亿元，同比增长12%。")
    assert first_saying(_facts(tmp_path, text, "2024-03-15_泉州市2023年计划执行情况与2024年计划草案的报告.txt"),
                        "同比增长12%").kind != "plan"


SUMMARY = ("泉州市科学技术局2023年工作总结和2024年工作计划\n\n泉州市科学技术局\n2023年12月20日\n\n一、2023年工作总结\n\n"
           "全市高新技术企业总数达到3000家，科技型中小企业评价入库4500家。\n\n二、下一步工作计划\n\n"
           "（一）加快创新平台建设。力争完成中试平台投资5亿元，新增省级新型研发机构10家。\n")


def test_2_a_next_step_part_of_a_summary_and_plan_is_the_next_years(tmp_path):
    facts = _facts(tmp_path, SUMMARY, "2023-12-20_泉州市科学技术局2023年工作总结和2024年工作计划.txt")
    plan = first_saying(facts, "力争完成中试平台投资5亿元")
    assert (plan.kind, plan.period.year) == ("plan", 2024)  # (was 2023's)
    result = first_saying(facts, "全市高新技术企业总数达到3000家")
    assert (result.kind, result.period.year) == ("done", 2023)


def test_3_a_ranks_move_counts_one_rank():
    assert _counts("今年以来，全市科技创新综合排名由第8位上升至第3位，创历史最好水平。") == [
        ("第8位", "全市科技创新综合排名"), ("第3位", "全市科技创新综合排名")]
    assert _counts("在全省考核中排名从第12位跃升到第2位。") == [("第12位", "全省考核中排名"), ("第2位", "全省考核中排名")]


def test_4_no_name_of_time_words():
    assert _counts("海洋生产总值到2025年达到300亿元、2030年达到600亿元。") == [
        ("300亿元", "海洋生产总值"), ("600亿元", "海洋生产总值")]
    assert _counts("全市数字经济规模持续扩大，到2025年达到300亿元、2030年600亿元。") == [
        ("300亿元", "数字经济规模"), ("600亿元", "数字经济规模")]
    assert _counts("我市数字经济核心产业，力争到2025年达到300亿元、2030年600亿元。") == [
        ("300亿元", "数字经济核心产业"), ("600亿元", "数字经济核心产业")]


def test_5_each_item_after_one_adding_verb_is_new():
    assert _counts("全市新增认定省级企业技术中心14家，市级中心10家。") == [
        ("14家", "新增认定省级企业技术中心"), ("10家", "新增认定市级中心")]
    assert _counts("新增国家级专精特新小巨人企业5家、省级专精特新中小企业30家。")[1] == ("30家", "新增省级专精特新中小企业")


def test_5_a_stock_after_the_additions_is_no_addition():
    assert _counts("新增高新技术企业500家，总数3000家。")[1] == ("3000家", "总数")
    assert _counts("新增上市企业5家，累计12家。")[1] == ("12家", "上市企业")
