"""h211: the period of a fact and how a draft names when a figure or a plan is from — a review posted early in a year
naming no year of its own tells of the year before (hd38a); a plan two years old is not 上年's."""

from __future__ import annotations

from pathlib import Path

from helpers import distil, fact_saying, run_1288, unit_workspace

from drafter.distill.figures import normalise
from drafter.distill.periods import figure_periods, time_mentions

# hd38a's seeds/2022-01-28_民政事业高质量发展新征程.txt (邹城外宣网), its head and first paragraphs.
ZOUCHENG = """邹城外宣网 今天是
新闻动态
部门动态
高点定位 奋力前行 开启民政事业高质量发展新征程
2022年01月28日

新的一年,邹城市民政局将深入贯彻落实第十五次党代会和两会精神,以“走在前列”为目标定位,面向新时代,承担新使命,体现新担当,实现新作为,展现新面貌进一步筑牢基本民生保障底线、大力促进养老服务业发展、不断优化提升基本社会公共服务、全面提升基层治理水平,为全市争先进位和高质量发展贡献力量。

2021年以来市民政局按照“织密网、兜底线、保民生”的要求,科学把握发展形势,勇于破解发展难题,各项工作呈现良好发展态势,着力巩固脱贫攻坚成果,扎实做好精准扶贫“回头看”,保障城乡困难群众3.6万人;改造提升7处敬老院、运营兴办30处社区幸福食堂,与国药福芯公司签署战略合作框架协议。

2022年,市民政局将继续践行“民政为民、民政爱民”的工作理念,深入贯彻党代会和两会精神,主动作为、务实进取。
"""


def _zoucheng(tmp_path: Path):
    ws = unit_workspace(tmp_path / "ws", "邹城市民政局", "市民政局", "邹城市")
    return distil(tmp_path, ws, ZOUCHENG, "2022-01-28_民政事业高质量发展新征程.txt")


def test_a_review_posted_in_january_is_of_the_year_before(tmp_path):
    """Its 2021年以来…7处敬老院 is 2021's, not 2022's (the draft's comment called them 「2022年数据」); its plan of 2022 stays 2022's."""
    ff = _zoucheng(tmp_path)
    assert ff.source.period == 2021
    done = fact_saying(ff, "7处敬老院")
    assert (done.period.year, done.period.until) == (2021, None), done.period
    assert {(f.raw, f.year, f.until) for f in done.figures} >= {("7处", 2021, None), ("30处", 2021, None)}
    plan = fact_saying(ff, "2022年，市民政局将")
    assert plan.kind == "plan" and plan.period.year == 2022, plan.period


def test_a_review_of_january_naming_this_years_work_done_keeps_its_year(tmp_path):
    """A report of January whose work done names its own year (2022年1月以来…) is no review of the year before."""
    ws = unit_workspace(tmp_path / "ws", "邹城市民政局", "市民政局", "邹城市")
    page = ZOUCHENG.replace("2021年以来市民政局", "2022年以来市民政局")
    ff = distil(tmp_path, ws, page, "2022-01-28_民政事业高质量发展新征程.txt")
    assert ff.source.period is None


def test_a_plan_two_years_old_is_not_called_last_years(loo, tmp_path):
    """The leave-one-out base's plans are of 2025: a draft of 2026 says 上年, one of 2027 names 2025, never 上年."""
    said = run_1288(loo, tmp_path / "1288.docx", "--date", "2027-05-20").output
    assert "下一步工作计划中4项在事实库中只有2025年的计划" in said, said
    assert "上年的计划" not in said, said
    said = run_1288(loo, tmp_path / "1288b.docx").output
    assert "下一步工作计划中4项在事实库中只有上年的计划" in said, said


# hd38c's seeds/2024-01-02_全市100套全民健身设施.txt, its third paragraph.
FITNESS = ("“建设全民健身设施100套”，被列为我市2023年十件重点民生实事之一。从2023年年初开始，各项工作稳步推进，11月初顺利完成建设任务，"
           "这100套健身设施全部投入使用，让市民赞不绝口。同时，市文旅广电局还向省里争取，建成了14个智慧体育公园。")


def test_a_sentence_going_on_with_tongshi_is_of_the_time_before(tmp_path):
    """同时，…建成了14个智慧体育公园 goes on in the time the sentence before names (2023), not the document's (2024); a sentence
    adding a matter (此外，…) does not."""
    norm = normalise(FITNESS)
    mentions = time_mentions(norm, 2024, 1)
    assert figure_periods(norm, [norm.index("14个")], mentions, False)[0][:2] == (2023, 2023)
    added = norm.replace("同时，", "此外，")
    assert figure_periods(added, [added.index("14个")], time_mentions(added, 2024, 1), False) == [None]
