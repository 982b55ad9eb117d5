"""Periods, dates and figure labels found on held-out round hd30 (深圳市气象局, 乐山市司法局): a record's start year
(2008年以来最多的暴雨日数) read as the figures' period; a scope word's adjective (全市性暴雨) cut to 性暴雨; a quoted name with
、 in it (“双随机、一公开”执法检查) cut at it and 宗 no unit.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in
the test) through the public path ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

SHENZHEN_AREAS = "福田区, 罗湖区, 南山区, 盐田区, 宝安区, 龙岗区, 龙华区, 坪山区, 光明区, 大鹏新区, 深汕特别合作区"


def _shenzhen(tmp_path):
    return unit_workspace(tmp_path / "ws", "深圳市气象局", "市气象局", "深圳市", SHENZHEN_AREAS)


# 市气象局2024年工作总结和2025年工作计划 (深圳市气象局, 2025-02; the city shown as XX), as the search store cut it.
REPORT_2024 = """市气象局2024年工作总结和2025年工作计划

更新时间:2025-02 来源:网友投稿

(一)围绕打造基础牢固的韧性城市,筑牢气象防灾减灾第一道防线

2024年天气气候形势复杂,记录到2008年以来最多的暴雨日数,全市性暴雨19天、局地性暴雨70天,超强台风“摩羯”给XX带来严重风雨影响。XX市气象局认真落实市委市政府对气象工作要求,坚持统筹发展和安全,全力做好重大天气过程服务保障,无人员因气象灾害伤亡。
(二)强化防雷安全监管
完成气象灾害和防雷重点单位现场隐患排查,开展10批次83宗“双随机、一公开”执法检查。立案查处4类12宗防雷领域违法案件,坚持柔性执法、强化科技监管等做法被全省推广。
"""
REPORT_2024_NAME = "2025-02_市气象局2024年工作总结和2025年工作计划.txt"


def _figure(fact, raw):
    return next(f for f in fact.figures if f.raw == raw)


def test_a_records_start_year_is_not_the_figures_period(tmp_path):
    """hd30c F1: 「记录到2008年以来最多的暴雨日数，全市性暴雨19天」 gave 19天 and 70天 the span 2008–2024, as if totals since
    2008; they are 2024's counts, the most since 2008. And 全市性暴雨 was cut to 性暴雨 at its scope word."""
    ff = distil(tmp_path, _shenzhen(tmp_path), REPORT_2024, REPORT_2024_NAME)
    fact = fact_saying(ff, "2008年以来最多")
    for raw in ("19天", "70天"):
        figure = _figure(fact, raw)
        assert (figure.year or fact.period.year, figure.until) == (2024, None), raw
    assert _figure(fact, "19天").counts == "全市性暴雨"


def test_cases_counted_in_zong_are_figures_of_their_quoted_name(tmp_path):
    """hd30c F2: 「开展10批次83宗“双随机、一公开”执法检查。立案查处4类12宗防雷领域违法案件」 kept only 10批次 (宗 no unit), and
    its name was cut at the 、 inside the quotes."""
    ff = distil(tmp_path, _shenzhen(tmp_path), REPORT_2024, REPORT_2024_NAME)
    checks = fact_saying(ff, "83宗")
    assert _figure(checks, "83宗").counts == "“双随机、一公开”执法检查"
    assert _figure(fact_saying(ff, "12宗"), "12宗").counts == "防雷领域违法案件"
