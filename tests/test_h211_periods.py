"""h211: the period of a fact and how a draft names when a figure or a plan is from — a review posted early in a year
naming no year of its own tells of the year before (hd38a); a plan two years old is not 上年's."""

from __future__ import annotations

from pathlib import Path

from helpers import WANG, ZOUCHENG_NEWS, ZOUCHENG_NEWS_NAME, distil, fact_saying, run_1288, unit_workspace

from drafter.distill.figures import normalise
from drafter.distill.periods import figure_periods, time_mentions

def _zoucheng(tmp_path: Path, page: str = ZOUCHENG_NEWS):
    """``page`` (hd38a's seed, its head and first paragraphs) distilled as 邹城市民政局's: its FactFile."""
    ws = unit_workspace(tmp_path / "ws", "邹城市民政局", "市民政局", "邹城市")
    return distil(tmp_path, ws, page, ZOUCHENG_NEWS_NAME)


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
    ff = _zoucheng(tmp_path, ZOUCHENG_NEWS.replace("2021年以来市民政局", "2022年以来市民政局"))
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


# hd41a's seeds/2023-07-28_第17号建议答复.txt (唐山市丰南区农业农村局's reply 17), all but its second and third items and signature.
FENGNAN_17 = ('唐山市丰南区农业农村局\n'
              '对丰南区第七届人民代表大会\n'
              '第三次会议第17号建议的答复\n'
              '周凯、郑智姣、郭艳丽代表:\n'
              '您们提出的关于“推广引进新型农业产业”的建议收悉,现答复如下:\n'
              '我区现有白龙面粉、丰源香、壹谷粒、鸿丰米业、星和棉业等农业优势企业, 2020年取得“丰南西红柿”国家地理标志证明商标,'
              '是丰南第一个地理标志证明商标,2022年取得“丰南大米”国家地理标志证明商标。2022年建设16个花生标准化生产示范园和'
              '8个粮食标准化生产示范园,番茄作为省级优势特色产业,占地5万亩,河北规模第一。现有省级现代农业园区2个(现代农业园区(惠'
              '丰),蔬菜现代农业园区(天合亿));市级现代农业园区2个;区级现代农业园区1个,正在打造1个:锦疆现代农业园区。为进一步'
              '扩大我区农业产业优势,我们计划下一步在以下几个方面加大工作力度。\n'
              '一、引进麒麟瓜、大樱桃、露地辣椒等经济作物,推广水稻、棉花、高油酸花生等标准化生产,推广小麦、蔬菜等水肥一体化技术、节水'
              '节肥技术。\n'
              '如果您对我们的办理和答复有何意见和建议,请填写在“征询意见表”中,以便我们进一步改进工作。\n'
              '感谢您对我们工作的关心和支持,并请您一如继往地关注农业农村工作,多建言献策。\n'
              '2023年7月28日\n')


def test_a_new_matters_size_and_a_plan_after_a_reply_s_account(tmp_path):
    """番茄作为省级优势特色产业，占地5万亩 is a standing size, not the work of 2022 its sentence opened on (16个花生…示范园): the
    reply's year; 为进一步扩大我区农业产业优势，我们计划下一步… is a plan of its own, no part of the account before it."""
    ws = unit_workspace(tmp_path / "ws", "唐山市丰南区农业农村局", "区农业农村局", "丰南区")
    ff = distil(tmp_path, ws, FENGNAN_17, "2023-07-28_第17号建议答复.txt")
    done = fact_saying(ff, "占地5万亩")
    years = {g.raw: g.year or done.period.year for g in done.figures}
    assert years["16个"] == 2022 and years["5万亩"] == 2023, years
    assert "计划" not in done.text, done.text
    plan = fact_saying(ff, "我们计划下一步")
    assert plan.kind == "plan" and plan.text.startswith("为进一步扩大我区农业产业优势"), plan.text


def test_a_news_story_opening_on_a_persons_past_keeps_its_date(tmp_path):
    """2011年，…王竹康应征入伍 is his back-story, not the year the item reviews: 如今…1000多只 is of the item's date (2023), not
    2011's; an item opening on a year its place's work is of (2021年，唐山市以推动…为主题…, hd41a) still takes it."""
    ws = unit_workspace(tmp_path / "ws", "怀宁县退役军人事务局", "县退役军人事务局", "怀宁县")
    ff = distil(tmp_path, ws, WANG, "2023-08-01_王竹康返乡创业.txt")
    assert ff.source.kind == "news" and ff.source.period is None, (ff.source.kind, ff.source.period)
    now = fact_saying(ff, "1000多只")
    assert {g.raw: g.year or now.period.year for g in now.figures}["1000多只"] == 2023, now
    # (hd41a's 唐山 lede, its place 怀宁县, and one on the veterans a place served: a year of work)
    review = WANG.replace("2011年，高中在读的王竹康应征入伍。", "2021年，怀宁县以推动农业农村高质量发展为主题，扶持创业项目。")
    assert distil(tmp_path, ws, review, "2023-08-01_王竹康返乡创业.txt").source.period == 2021
    review = WANG.replace("2011年，高中在读的王竹康应征入伍。", "2021年，怀宁县接收退役军人230名，扶持返乡创业人员56名。")
    assert distil(tmp_path, ws, review, "2023-08-01_王竹康返乡创业.txt").source.period == 2021
