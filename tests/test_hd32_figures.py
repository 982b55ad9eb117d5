"""hd32 (昆明市统计局's base of other issuers, 楚雄州发展和改革委员会, 米易县妇女联合会: bureaus drafter never saw): a government
work report's targets and the tasks it sets are plans, a figure after a comparison's base year is that year's, a list of
figures sharing its unit and places, a year's estimate, and what is no fact at all (the proposer's ask restated, a sentence
cut off where the page ends)."""

from __future__ import annotations

from helpers import distil, fact_saying, unit_workspace

from drafter.distill.figures import find_figures

# A news item on 昆明市's 2025 政府工作报告 (its opening and the first task's paragraph).
KUNMING_REPORT = """1月12日上午,昆明市第十五届人民代表大会第五次会议在昆明会堂开幕。政府工作报告指出,2025年全市经济社会发展主要预期目标建议为:地区生产总值增长5%左右,产业投资增长7%左右,规模以上工业增加值增长6%左右,社会消费品零售总额增长5%左右,一般公共预算收入增长2.1%,居民人均可支配收入增长与经济增长同步,单位地区生产总值能耗降低完成省下达目标。为此,要重点做好以下八个方面的工作:
一、千方百计扩大内需,推动经济平稳健康发展
大力提振消费,提高投资效益,全方位稳预期、扩内需,加力落实一揽子存量政策和增量政策,不断增强发展内生动力。
"""


def kunming(tmp_path):
    """昆明市统计局's workspace."""
    return unit_workspace(tmp_path / "ws", "昆明市统计局", "市统计局", "昆明市", "五华区, 盘龙区, 官渡区, 西山区, 呈贡区")


def test_a_work_reports_targets_and_the_tasks_it_sets_are_plans(tmp_path):
    """…主要预期目标建议为：地区生产总值增长5%左右，… and the task under 为此，要重点做好以下八个方面的工作： were stored as work
    done, so a draft could report 2025's growth of 5% as reached: targets set and the tasks a report sets out are plans."""
    ff = distil(tmp_path, kunming(tmp_path), KUNMING_REPORT)
    assert fact_saying(ff, "5%左右").kind == "plan", fact_saying(ff, "5%左右")
    assert fact_saying(ff, "大力提振消费").kind == "plan", fact_saying(ff, "大力提振消费")

# 香港商报's article on 昆明市's 十四五 results, as the page gives it (traditional characters).
KUNMING_RESULTS = """2024年,全市產業投資占比達到39.5%,較2020年的16.2%實現翻番,其中工業投資占比達到26.3%、為25年來最高水平。全市規上工業增加值增長7%,分別高於全國、全省1.2個、3.7個百分點,對全省工業的貢獻率達到59.4%,比2020年提高了近50個百分點。
"""


def test_a_value_after_a_comparisons_base_year_is_that_years(tmp_path):
    """较2020年的16.2%实现翻番: 16.2% was stored as 2024's, two values of 产业投资占比 for one year; it is 2020's."""
    fact = fact_saying(distil(tmp_path, kunming(tmp_path), KUNMING_RESULTS), "16.2%")
    years = {g.raw: g.year or fact.period.year for g in fact.figures if g.raw in ("39.5%", "16.2%")}
    assert years == {"39.5%": 2024, "16.2%": 2020}, (fact.period, fact.figures)


def test_rates_listed_share_their_unit_and_pair_with_the_wholes_in_order(tmp_path):
    """分别高于全国、全省1.2个、3.7个百分点: 1.2 was stored in 个, its lead over 全国 read as a place 全省; both are 个百分点,
    1.2 the lead over 全国 and 3.7 over 全省, each of the place's own growth (no place of their own), of 2024 as the growth."""
    fact = fact_saying(distil(tmp_path, kunming(tmp_path), KUNMING_RESULTS), "1.2个")
    told = {g.raw: (g.unit, g.counts, g.place, g.year or fact.period.year) for g in fact.figures if g.raw in ("7%", "1.2个", "3.7个百分点")}
    assert told == {"7%": ("%", "规上工业增加值增长", None, 2024),
                    "1.2个": ("个百分点", "规上工业增加值增长高于全国", None, 2024),
                    "3.7个百分点": ("个百分点", "规上工业增加值增长高于全省", None, 2024)}, fact.figures
    # (only a rate is shared so: 120人、350人次 are persons and visits)
    assert [g.unit for g in find_figures("累计救助困难群众120人、350人次。")] == ["人", "人次"]

# 昆明市's report on its 2021 plan's execution (its title, part one's heading and the targets' paragraph, abridged).
KUNMING_PLAN_2021 = """关于昆明市2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告


一、2021年国民经济和社会发展计划执行情况


(一)2021年国民经济和社会发展计划目标完成情况


对照市十四届人大六次会议确定的经济社会发展主要目标,地区生产总值增速、固定资产投资增速两项指标低于计划目标,其余指标超额完成。地区生产总值7222.5亿元,增长3.7%;城乡居民人均可支配收入分别为52523元、19507元,分别增长9.4%、10.1%,居民收入增速跑赢经济增速;万元生产总值能耗预计下降3.5%,完成省下达任务;主要污染物排放量削减完成省下达任务;居民消费价格总水平上涨0.2%,低于控价目标3.3个百分点;城镇登记失业率3.86%,就业保持总体稳定;粮食产量104万吨,稳定在100万吨以上。
"""


def test_an_estimate_in_the_years_review_is_its_result(tmp_path):
    """万元生产总值能耗预计下降3.5%，完成省下达任务；… under （一）2021年…计划目标完成情况 was cut out as a plan, and the next
    fact opened on 完成省下达任务, a fragment: it is the year's estimated result, kept in its sentence, its measure named with
    its 预计."""
    ff = distil(tmp_path, kunming(tmp_path), KUNMING_PLAN_2021, "km_jhzx_2021.txt")
    fact = fact_saying(ff, "3.5%")
    assert fact.kind == "done" and "完成省下达任务；" in fact.text, fact
    assert [g.counts for g in fact.figures if g.raw == "3.5%"] == ["预计万元生产总值能耗下降"], fact.figures
    assert not [f.text for f in ff.facts if f.text.startswith("完成")]


def test_a_forecast_keeps_the_clause_after_it_that_has_no_subject(tmp_path):
    """The same forecast in a half-year's account (no year's review): a plan of its own, but cut at its comma it left
    完成省下达任务；… to open the next fact, a fragment; the clause is the forecast's, to its ；."""
    page = ("2021年1-6月全市经济运行情况\n\n全市地区生产总值增长5.2%;万元生产总值能耗预计下降3.5%,完成省下达任务;"
            "主要污染物排放量削减完成省下达任务;居民消费价格总水平上涨0.2%,城镇登记失业率3.86%。\n")
    ff = distil(tmp_path, kunming(tmp_path), page)
    assert fact_saying(ff, "3.5%").text == "万元生产总值能耗预计下降3.5%，完成省下达任务；", ff.facts
    assert not [f.text for f in ff.facts if f.text.startswith("完成")]

# 楚雄州's 州情概况 (its second paragraph, abridged).
CHUXIONG_PROFILE = """楚雄州州情概况

楚雄彝族自治州成立于1958年,是全国30个民族自治州中的两个彝族自治州之一,位于云南省地理中心,辖8县2市103个乡镇,国土面积2.84万平方公里,2023年末全州常住人口为234.2万人,拥有“世界恐龙之乡、东方人类故乡、世界野生菌王国、中国绿孔雀之乡”4张世界级名片。2023年,全州地区生产总值1827.04亿元、增长5.5%,总量在30个民族自治州和全省均居第5位。
"""


def test_a_ranks_field_named_again_and_a_clauses_year_end(tmp_path):
    """全国30个民族自治州… then 总量在30个民族自治州和全省均居第5位: the count was stored twice, the second as 2023's; it is the
    field of the rank, named again. 2023年末全州常住人口为234.2万人，拥有…4张世界级名片: 4张 was dated 2023 by the year's end of
    the clause before; that year is its clause's stock's (234.2万人), the 名片 of no year."""
    ws = unit_workspace(tmp_path / "ws", "楚雄州发展和改革委员会", "州发展改革委", "楚雄彝族自治州", "楚雄市, 禄丰市, 双柏县")
    fact = fact_saying(distil(tmp_path, ws, CHUXIONG_PROFILE), "4张")
    assert [g.raw for g in fact.figures].count("30个") == 1, fact.figures
    told = {g.raw: (g.year, g.basis) for g in fact.figures if g.raw in ("234.2万人", "4张")}
    assert told == {"234.2万人": (2023, None), "4张": (None, "unknown")}, fact.figures


# 婺城区妇联's reply to 区政协五届一次会议第170号提案 as the store cut it (its opening and the start of its first answer).
WUCHENG_170 = """关于区政协五届一次会议第170号提案的答复

张某委员:

    您在区政协五届一次会议提出的《关于“积极落实<家庭教育促进法>,全面助力优学婺城幸福城建设”》的提案收悉,现答复如下:

    对于您提出的“着力解决‘谁来领导’问题”的建议。《中华人民共和国家庭教育促进法》第六条规定:各级人民政府指导家庭教育工作,建立健全家庭学校社会协同育人机制。县级以上人民政府负责妇女儿童工作的机构,组织、协调、指导、督促有关部门做好家庭教育工作。此机制属于协调指挥机制,根据省委办公厅省政府办公厅《关于进一步加强和完善机构编
"""


def test_the_ask_named_back_and_a_sentence_the_page_cut_are_no_facts(tmp_path):
    """对于您提出的“…”的建议。 (the proposer's ask named back) and …根据省委办公厅省政府办公厅《关于进一步加强和完善机构编 (cut where
    the page ends, the reply one paragraph) were stored as facts; neither says anything: the first is left out, the second
    kept to its last whole clause."""
    ws = unit_workspace(tmp_path / "ws", "婺城区妇女联合会", "区妇联", "婺城区")
    texts = [f.text for f in distil(tmp_path, ws, WUCHENG_170, "2023-01-06_婺城区妇联_第170号提案答复.txt").facts]
    assert texts and not [t for t in texts if "对于您提出的" in t or "机构编" in t], texts
