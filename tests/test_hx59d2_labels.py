"""hx59d2: label and year faults the held-out tests hd59a (峄城区人社局), hd59b (乌拉特前旗水利局) and hd59c (信阳市工信局) found
in distilled figures, each on its seed's real lines.

- A label keeps the counted subject (就业困难人员实现就业8.9万人: 就业困难人员就业, was 就业); the shares a list of things is said
  分别占 in its own clause are each thing's share of the whole (主导产业增加值占规上工业比重, was 主导产业增加值 and
  主营业务收入分别占规上工业).
- A number closing a policy's quoted name after its words (“就业优先10条”) or inside a title is no figure.
- Counts of places run together count each its level (沿黄4个县12个乡镇: 沿黄县, 沿黄乡镇).
- No label is empty, a unit or a verb alone: 共完成25处 counts what its clause names before the sum's word; 共1566户 after
  受益人口5151人 the same beneficiaries' households; a clause of 涉及 alone the noun 涉及 named before; 新建3处 after 更新改造20处
  is 新建; 487031万kg a weight (kg a unit); a figure alone in brackets after another the same measure.
- A statistics year a sentence opens on (根据2008年全旗国民经济统计资料，…) dates the sentences after it too.
"""

from __future__ import annotations

from helpers import distil, figure_labels, first_saying, unit_workspace

from drafter.distill.figures import find_figures


# seeds/2022-02-23_山东2021年城镇新增就业.txt of hd59a: its head and the paragraph after its press conference.
SHANDONG = ('山东> 今日山东> 正文\n\n2021年山东省城镇新增就业124.2万人\n\n农村大众报 2022-02-23 14:15 大字\n\n'
            '山东省人力资源社会保障厅党组副书记、副厅长、一级巡视员夏鲁青介绍,山东作为人口大省,也是劳动力大省,劳动年龄人口高达6140万。'
            '2021年,全省城镇新增就业124.2万人,城镇调查失业率回落至疫情前水平。在经济下行压力加大的情况下,实现就业形势好于预期。其中,'
            '制定实施“就业优先10条”等政策措施,开展创业助推、扩容提质、服务增效、用工保障四项计划,发放创业担保贷款226亿元,总量全国第一。'
            '新增2家全国创业孵化示范基地,发放创业补贴16.8亿元,开展补贴性培训33万人次。加大就业援助,2021年失业人员再就业45.1万人,'
            '就业困难人员实现就业8.9万人。\n')
# seeds/2022-12-27_菏泽拓宽百姓乐业路.txt of hd59a, its sixth paragraph's opening.
HEZE = "今年以来,菏泽市沿黄4个县12个乡镇借力公益岗“春风”,优先推动城乡公益性岗位开发向黄河滩区倾斜。"
# seeds/2024-09-24_河南信阳老区聚力新赛道.txt of hd59c.
XINYANG = ("信阳市系统梳理全市产业链群,做优做大做强装备制造、绿色家居、电子信息、绿色食品、时尚纺织、生物医药六大产业集群,"
           "主导产业增加值、主营业务收入分别占规上工业的62.8%、66.6%。")
# seeds/2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt of hd59b: its 2014 and 2015 paragraphs.
DONE_2014 = ("2014年,乌拉特前旗实施的自治区“十个全覆盖”饮水安全工程共完成25处,受益人口5151人,共1566户,涉及11个乡镇、农场。"
             "工程主要以更新改造为主,总投资362.64万元,包括国家投资51.5万元,苏木镇投资237.64万元,群众自筹73.5万元。其中,涉及更新改造20处,"
             "投资251.44万元;新建3处,总投资57.2万元,目前,工程均已投入运行,超额完成了2014年度“十个全覆盖”饮水安全工程建设任务。")
PLAN_2015 = ("2015年“十个全覆盖”饮水安全工程计划实施3处,涉及供水人口914人,总投资42.92万元。其中,明安镇十一份子村九份子组新建水源井,"
             "涉及226人,投资20万元;先锋镇苏木图村新建水源,涉及600人,投资15万元;中滩农场九分场新建管网2514米,涉及88人,投资7.92万元。")
# seeds/2011-01-01_乌拉特前旗水利发展十二五规划.txt of hd59b: its head and the end of its first paragraph.
PLAN_2011 = ("乌拉特前旗水利发展“十二五”规划\n1. 概述\n1.1 自然与社会经济概况\n"
             "全旗共有7个乡镇、2个苏木,93个自然行政村,595个村民小组,总人口33.68万人,农村人口为22.88万人。"
             "全旗国土总面积7476km2(1120.84万亩),耕地面积为210.57万亩。粮食综合生产能力487031万kg。"
             "根据2008年全旗国民经济统计资料,全旗生产总值为746100万元,其中第一产业产值为193947万元,第二产业产值为359184万元,"
             "第三产业产值192969万元。人均生产总值22747元,农牧民人均纯收入为6680元。\n")
URAD = ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗")


def test_subject_kept_and_shares_of_a_list():
    assert figure_labels(SHANDONG)["8.9万人"] == "就业困难人员就业"  # (was 就业: total employment)
    assert figure_labels(SHANDONG)["45.1万人"] == "失业人员再就业"
    said = figure_labels(XINYANG)
    assert (said["62.8%"], said["66.6%"]) == ("主导产业增加值占规上工业比重", "主营业务收入占规上工业比重")


def test_policy_name_is_no_figure():
    assert "10条" not in figure_labels(SHANDONG)  # (“就业优先10条”: a policy's name)
    assert [g.raw for g in find_figures("出台“稳经济24条”,落实减税降费资金50亿元。")] == ["50亿元"]
    assert [g.raw for g in find_figures("印发《支持企业发展10条措施》,兑现资金5000万元。")] == ["5000万元"]
    assert [g.raw for g in find_figures("出台强化企业创新主体地位提升全社会研发投入水平“11条措施”。")] == ["11条"]  # (a count named so)


def test_places_counted_each_its_level():
    assert figure_labels(HEZE) == {"4个": "沿黄县", "12个": "沿黄乡镇"}


def test_no_empty_nor_bare_labels():
    said = figure_labels(DONE_2014)
    assert (said["25处"], said["1566户"], said["3处"], said["20处"]) == ("饮水安全工程", "受益户", "新建", "更新改造")
    said = figure_labels(PLAN_2015)
    assert [said[r] for r in ("914人", "226人", "600人", "88人")] == ["供水人口"] * 4  # (were none and 涉及)
    said = figure_labels(PLAN_2011)
    assert said["487031万kg"] == "粮食综合生产能力"  # (was kg of 487031万)
    assert said["1120.84万亩"] == "全旗国土总面积"
    assert all(g.counts for text in (SHANDONG, HEZE, XINYANG, DONE_2014, PLAN_2015, PLAN_2011) for g in find_figures(text))


def test_statistics_year_dates_what_it_introduces(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *URAD), PLAN_2011, "2011-01-01_乌拉特前旗水利发展十二五规划.txt")
    fact = first_saying(ff.facts, "根据2008年")
    years = {g.raw: g.year or fact.period.year for g in fact.figures}
    # hx65a2: the statement opens on the place as it is (its 33.68万人 of the page's time), so it is of its document's
    # time; what 根据2008年 introduces keeps 2008 figure by figure
    assert fact.period.year == 2011
    assert [years[r] for r in ("746100万元", "22747元", "6680元")] == [2008] * 3  # (the last two were 2011, the page's date)
    assert years["33.68万人"] == 2011  # (before it: not introduced by it)


def test_one_year_summary_dates_its_figures(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", "枣庄市峄城区人力资源和社会保障局", "区人社局", "峄城区"), SHANDONG,
                "2022-02-23_山东2021年城镇新增就业.txt")
    fact = first_saying(ff.facts, "2021年")
    years = {g.raw: g.year or fact.period.year for g in fact.figures}
    assert [years[r] for r in ("124.2万人", "226亿元", "16.8亿元", "33万人次", "2家", "8.9万人")] == [2021] * 6
