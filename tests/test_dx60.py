"""dx60: findings of the held-out tests hd68a (射洪市交通运输局), hd69a (东川区), hd69b (婺源县) and hd68d (梅州市), each on its
seed's real lines.

1. A figure's label is the thing counted: no linking or focus word (…就, 还有…), no word cut inside (共富路, 优良中等路率, 撤并,
   高等院校), no bare dash nor a one-character noun alone where the measure listed with it names the thing (14个镇、109公里
   …畅通工程; 27辆、378座), a share named with its part (研发投入占GDP比重), levels said bare listed each with the noun
   (省、市农业龙头企业), and the thing after whom it serves (面向港澳的科技企业孵化器).
2. The paragraphs of a section whose lead lists the targets set out after them (…提出了“五大目标”的具体任务，分别是：) are
   plans (were background), unless one tells what is already done.
3. A statement of no figure opening on a plan's span (“十三五”以来，…) in the year after the plan ended speaks of the plan's
   years (2016–2020, was 2016–2021), and so do the paragraphs after it opening on their theme (道路客运服务能力稳步提升。…,
   was the page's 2021; 新改建县乡村公路326公里 before the year its paragraph names, was 2020).
"""

from __future__ import annotations

import pytest
from helpers import distil, figure_labels, unit_workspace

# seeds/2021-09-16_射洪市四个抓手推动乡村振兴交通先行.txt of hd68a.
TOWNS_AND_KM = "坚持把实施撤并建制村畅通工程作为深化乡村基础设施建设的重要举措。2021年完成14个镇、109公里撤并建制村畅通工程。"
# seeds/2022-08-22_射洪城区直达金华公交民情热线回复.txt of hd68a.
BUSES = ("目前，金华线路客运车辆共计27辆、378座。据统计，客流高峰时段平均每天能够输运旅客3000余人。"
         "除此，还有射洪至香山城乡公交车4辆，射洪至复兴城乡公交车16辆。")
# seeds/2024-01-17_遂宁市2024年交通运输工作这样干.txt of hd68a.
ROADS_2024 = ("新（改）建和美乡村共富路542公里，全市乡镇通三级及以上公路占比达96%。"
              "实施普通公路养护工程9个30.3公里，农村公路优良中等路率不低于83%。")
# seeds of hd69a (东川旅游指南) and hd69b (婺源特色种养产业拓宽致富渠道; 以江西婺源乡村振兴为个案).
AZALEAS = "几十平方公里的杜鹃园就集聚了38种杜花，满山遍野。"
CAMELLIA = "仅3年时间，全县的油茶专业合作社就达到100家，全县年产山茶油300多吨。"
LEADERS = "一是做龙头。目前省、市农业龙头企业分别达到7家、27家。"
# seeds of hd68d (省科技厅2017年科技工作总结; 2019年科技工作总结及2020年工作重点).
RESEARCH_SHARE = "科技投入产出持续增加，全省研发（R&D）投入占GDP比重提高到2.61%，有效发明专利量继续增加。"
INCUBATORS = "启动建设首批10家粤港澳联合实验室，依托50多个面向港澳的科技企业孵化器支持港澳青年来粤创新创业。"
# the seeds' 2017 泉州 work report and 2025 news (a seed's lines the rule changed: 高等院校 was cut at 等; the 40% was labelled the
# whole's, not the share of 战略性新兴产业产值).
COLLEGES = "鼓励产业技术创新战略联盟、行业协会、商会、投资机构、企业、高等院校及个人以多种形式创办新型研发机构36家"
EMERGING = "全市R&D经费投入强度达3.4%,战略性新兴产业产值占规模以上工业总产值比重超过40%。"


@pytest.mark.parametrize(("text", "raw", "label"), [
    (TOWNS_AND_KM, "109公里", "撤并建制村畅通工程"),  # (was none: cut at the 并 of 撤并)
    (TOWNS_AND_KM, "14个", "撤并建制村畅通工程（镇）"),  # (was 镇)
    (BUSES, "378座", "金华线路客运车辆"),  # (was none)
    (BUSES, "4辆", "射洪至香山城乡公交车"),  # (was 还有…)
    (ROADS_2024, "542公里", "新（改）建和美乡村共富路"),  # (was …和美乡村富路)
    (ROADS_2024, "不低于83%", "农村公路优良中等路率"),  # (was 路率)
    (AZALEAS, "几十平方公里", "杜鹃园"),  # (was 杜鹃园就; 几十 stays no value: tests/test_h220_integrity.py)
    (CAMELLIA, "100家", "油茶专业合作社"),  # (was …就)
    (LEADERS, "7家", "省农业龙头企业"),  # (was 省市农业龙头企业)
    (RESEARCH_SHARE, "2.61%", "研发（R&D）投入占GDP比重"),  # (was GDP比重)
    (INCUBATORS, "50多个", "科技企业孵化器"),  # (was none)
    (COLLEGES, "36家", "高等院校及个人以多种形式创办新型研发机构"),  # (was 院校及…)
    (EMERGING, "超过40%", "战略性新兴产业产值占比"),  # (was 规模以上工业总产值比重, the whole's)
])
def test_a_label_is_the_thing_counted(text, raw, label):
    assert figure_labels(text)[raw] == label


# seeds/2024-01-17_遂宁市2024年交通运输工作这样干.txt of hd68a: its head and its section of targets.
TARGETS = """2024年,遂宁市交通运输工作这样干

2024年01月17日 10:43 遂宁新闻网

  作为经济社会发展的“先行官”,交通运输是有力支撑和坚强保障。1月12日召开的遂宁市“城乡融合、交通先行”暨2024年交通运输工作会议给出了答案。

  坚持目标导向 制定“五大目标任务”

  在会上,遂宁市交通运输局提出了“五大目标”的具体任务,分别是:

  综合投资保持高位运行。全市综合交通重点项目计划完成投资120亿元,同比增长14%以上,继续当好基建扛大旗的主力军。

  路网密度保持全省前列。全市公路密度继续保持全省前列、高速公路密度继续保持全省第二。新(改)建和美乡村共富路542公里,全市乡镇通三级及以上公路占比达96%。

  养护管理水平提档升级。实施普通公路养护工程9个30.3公里,普通国道路面使用性能指数(PQI)不低于90,普通国省道一二类桥梁占比达90%以上,农村公路优良中等路率不低于83%。持续推进“平安渡运”建设,改造提升渡口3个,更新船舶3艘。
"""


def test_the_targets_a_lead_lists_are_plans(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "射洪市交通运输局", "市交通运输局", "射洪市", "太和街道, 金华镇")
    facts = distil(tmp_path, ws, TARGETS, "2024-01-17_遂宁市2024年交通运输工作这样干.txt").facts
    kinds = {g.raw: f.kind for f in facts for g in f.figures}
    assert kinds["542公里"] == kinds["不低于83%"] == kinds["120亿元"] == "plan"


# seeds/2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt of hd68a: its second to fourth paragraphs.
PLAN_SPAN = """射洪市交运局获评全省交通运输系统先进集体

“十三五”以来,射洪市交运局全体干部职工奋力投身射洪交通运输事业,积极争取项目,大力提升交通条件,不断提高交通基础设施保障能力,为全市经济平稳增长、保障和改善民生、打赢脱贫攻坚战、全面建成小康社会提供了坚强交通运输保障,向人民群众交上了一篇满意的答卷。
基础设施网络逐步完善。绵遂内城际铁路前期工作取得新进展。S205线射洪段改造完成,升级为G247线。遂德高速、省道101线射洪段、盐射路开工建设。建成王家渡涪江大桥、金华黑水浩大桥、香山涪江大桥等项目,瞿河涪江大桥加快建设。新改建县乡村公路326公里,2020年被评为四川省第四批“四好农村路”省级示范县。截至2020年,全市公路总里程2706公里,基本形成了以高速公路、国省干线为主骨架,县乡村道为脉络的公路网体系。
道路客运服务能力稳步提升。道路客运网络体系不断优化,提升改造交通运输综合服务站3个,新建客运招呼站亭站点78个、客运(响应式)招呼牌517个,新开行市、县际、农村定制客运服务线路4条,更新客运车辆157台。
"""


def test_the_paragraphs_after_a_plans_span_are_of_its_years(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "射洪市交通运输局", "市交通运输局", "射洪市", "太和街道, 金华镇")
    facts = distil(tmp_path, ws, PLAN_SPAN, "2021-05-28_射洪市交运局获评全省交通运输系统先进集体.txt").facts
    spans = {f.text[:6]: (f.period.year, f.period.until) for f in facts}
    assert spans["“十三五”以"] == spans["道路客运服务"] == (2016, 2020)
    years = {g.raw: (g.year, g.until) for f in facts for g in f.figures}
    assert years["326公里"] == (2016, 2020) and years["2706公里"][0] == 2020
