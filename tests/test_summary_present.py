"""The present (截至目前, 目前) of a past year's summary posted or filed the next year (h86).

A report of 2024 filed under a day of January 2025 dated its 截至目前 figures 2025, the year of the day it was filed under: only
a date the document prints as its own (its 成文日期/生成日期, its signature's) says when it speaks of now. A draft rewrote those words
by the source's date still (截至目前 → 截至2025年1月 of figures dated 2024; 仙居's 今年 → 2024年, h91): it takes the period distill
gave them, the comment saying the source's word and date.
"""

from __future__ import annotations

from helpers import CORPUS, XIANJU_SUMMARY, distil, needs_corpus, page_draft, unit_workspace

from drafter.compose.sentences import absolute_time, split_sentences

# 溆浦县科技局's 2024年工作总结 (www.xp.gov.cn/xp/c110126/202501/c2479485b12b480c8240a31da393075b.shtml), its opening as printed
# (as rounds 52 and 61 hold it), then a sentence of its results as such summaries say it (constructed: the stored excerpt stops
# before it); its file is named by the day it was posted, as a clerk saves a page.
XUPU = """2024年,溆浦县科技局坚持以习近平新时代中国特色社会主义思想为指导,积极担当作为,认真履行职责,各项工作均取得了一定成效。现汇报如下:
一、2024年工作情况
(一)培育创新主体。截至目前,全县有效期内高新技术企业达56家。目前,全县共有省级工程技术研究中心3家。截至12月底,全县科技型中小企业入库120家。
"""


def _years(ff) -> dict[str, int | None]:
    return {g.raw: g.year or f.period.year for f in ff.facts for g in f.figures}


def test_a_past_years_summary_filed_the_next_year_speaks_of_its_years_end(tmp_path):
    """截至目前…56家 and 目前…3家 were 2025's, the year of the day the 2024 summary was filed under; they are 2024's, as the
    same summary's are when its file names no day (and 截至12月底 is 2024's either way)."""
    ws = unit_workspace(tmp_path / "ws", "溆浦县科学技术局", "县科技局", "溆浦县")
    filed = distil(tmp_path, ws, XUPU, "2025-01-15_report.txt")
    assert (filed.source.period, filed.source.date) == (2024, "2025-01-15"), filed.source
    assert _years(filed) == {"56家": 2024, "3家": 2024, "120家": 2024}, _years(filed)
    assert _years(filed) == _years(distil(tmp_path, ws, XUPU, "report.txt"))


def test_a_past_years_summary_printing_its_own_date_speaks_as_of_that_date(distilled_seeds):
    """泉州's 2016 summary, 生成日期 2017-02-15 printed in its fields, says 目前，全市有效期内高新技术企业达到311家 as of that day:
    a date the document prints as its own is when it was written, its present that day's year."""
    seed = distilled_seeds["001"]
    assert (seed.source.period, seed.source.date) == (2016, "2017-02-15"), seed.source
    assert _years(seed)["311家"] == 2017, _years(seed)["311家"]


HIGH_TECH = """关于加快培育高新技术企业的建议

为此建议：

一、加大高新技术企业培育力度。

二、推进工程技术研究中心建设。
"""


def _said(document) -> tuple[str, str]:
    return "\n".join(p.text for p in document.paragraphs), "\n".join(c.text for c in document.comments)


def test_a_draft_says_the_present_of_a_past_years_summary_as_its_years_end(tmp_path):
    """The 2024 summary filed under 2025-01-15: its 截至目前…56家 and 目前…3家, 2024's in the base, were drafted 截至2025年1月; they
    stood at 2024's end, and the comment keeps the source's word and its date."""
    ws = unit_workspace(tmp_path / "ws", "溆浦县科学技术局", "县科技局", "溆浦县")
    _, document = page_draft(tmp_path, ws, XUPU, HIGH_TECH, "8", "关于加快培育高新技术企业的建议", "--type", "B",
                             "--date", "2025-05-20", name="2025-01-15_report.txt")
    text, comments = _said(document)
    assert "截至2024年底，全县有效期内高新技术企业达56家" in text and "截至2024年底，全县共有省级工程技术研究中心3家" in text, text
    assert "2025年1月" not in text, text
    assert "原文为“截至目前”" in comments and "原文为“目前”" in comments and "2025-01-15" in comments, comments


def test_a_draft_says_this_year_of_a_past_years_summary_as_its_year(tmp_path):
    """仙居's 2023 summary dated 2024-01-11: 今年我局共推进谋划重大专项债项目10项, a fact of 2023, was drafted 2024年我局共推进…
    (hd14): its 今年 is the year the fact is of. The note keeps the source's word and its date; the paragraph's one source is
    named once, in its own comment (cm57b: not again in brackets after 原文为“今年”)."""
    ws = unit_workspace(tmp_path / "ws_xj", "仙居县民政局", "县民政局", "仙居县", "福应街道, 南峰街道, 白塔镇, 横溪镇, 下各镇")
    suggestion = "关于加快养老殡葬基础设施建设的建议\n\n为此建议：\n\n一、加大专项债资金支持，加快养老、殡葬等基础设施建设。\n"
    _, document = page_draft(tmp_path, ws, XIANJU_SUMMARY, suggestion, "7", "关于加快养老殡葬基础设施建设的建议", "--type", "B",
                             "--date", "2024-05-20")
    text, comments = _said(document)
    assert "2023年我局共推进谋划重大专项债项目10项" in text and "2024年我局" not in text, text
    assert "原文为“今年”，来源2024-01-11成文于次年年初" in comments, comments
    assert "县民政局2023年重点工作总结及2024年工作思路（2024-01-11） · " in comments, comments


@needs_corpus
def test_this_year_of_a_years_report_issued_the_next_is_that_year(tmp_path):
    """上城区科技局's 2018 report on its information disclosure (corpus 27, dated 2019-01-10, its data of 2018-01-01 to 12-31):
    今年共出台行政规范性文件0个 is of 2018, as the base holds it, not 2019."""
    ws = unit_workspace(tmp_path / "ws_sc", "杭州市上城区科学技术局", "区科技局", "上城区")
    page = (CORPUS / "27_shangcheng_report_2018.txt").read_text("utf-8")
    ff = distil(tmp_path, ws, page, "27_shangcheng_report_2018.txt")
    [fact] = [f for f in ff.facts if "行政规范性文件0个" in f.text]
    [sentence] = [s for s in split_sentences(fact.text) if "0个" in s]
    assert (ff.source.date, fact.period.year) == ("2019-01-10", 2018), (ff.source.date, fact.period)
    dated = absolute_time(sentence, ff.source, fact.period.year, fact)
    assert dated.text == "2018年共出台行政规范性文件0个。", dated.text
    assert "原文为“今年”" in dated.marks[0].note and "2019-01-10" in dated.marks[0].note
