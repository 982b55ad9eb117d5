"""The present (截至目前, 目前) of a past year's summary posted or filed the next year (h86).

A report of 2024 filed under a day of January 2025 dated its 截至目前 figures 2025, the year of the day it was filed under: only
a date the document prints as its own (its 成文日期/生成日期, its signature's) says when it speaks of now.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

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
