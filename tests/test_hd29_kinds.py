"""What a sentence is and when it held, found on held-out round hd29 (大冶市自然资源和规划局, 博乐市财政局, 西乡县财政局): a
bureau's page of its 工作亮点 and the part after it whose heading the page lost were 单位概况 context (so a draft cited none of
its results); a city's 预计全年 in its review of 2024 a plan of 2025; a figure after 2017年之前 the reply's year's; a party
department's work the place's result; a reply's handling of its item a result and its lead-in naming the ask a fact; a table's
unit header a fact.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in
the test) through the public path ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import BOLE_56815, BOLE_71409, bole_workspace, distil, fact_saying, unit_workspace

from drafter.model import CONTEXT, DONE, PLAN

DAYE_AREAS = "东岳路街道, 东风路街道, 金湖街道, 罗家桥街道, 金山店镇, 还地桥镇, 殷祖镇, 刘仁八镇"


def _daye(tmp_path):
    return unit_workspace(tmp_path / "ws", "大冶市自然资源和规划局", "市自然资源和规划局", "大冶市", DAYE_AREAS)


# 大冶市自然资源和规划局's 单位概况与工作亮点 (dayeyun.gov.cn, 169107), as the search store cut it.
DAYE_PROFILE = """一、单位概况
(一)核心职能
大冶市自然资源和规划局履行全民所有土地、矿产、森林、草地、湿地、水等自然资源资产所有者职责和所有国土空间用途管制职责。贯彻执行国家自然资源、林业和国土空间规划及测绘等法律、法规,拟定相关管理办法并贯彻实施。
(二)服务范围:大冶市
(三)工作亮点:
近年来,在省厅的坚强领导和悉心指导下,我局全体干部职工锐意进取,各项工作取得了显著成效,先后荣获全国绿色矿业发展示范区、全国绿化模范单位等多项国家级荣誉;此外,自然资源节约集约利用做法入选自然资源部典型案例,建成全国首个废弃矿山氢能仓库,成为资源转型利用的创新示范;矿山生态修复及全域国土综合工作被中央电视台进行了24分钟深度报道;矿山生态修复工作在全省国土空间生态修复工作培训会做经验交流。
(一)聚焦规划统筹,构建国土空间新格局。一是完善国土空间规划体系。《大冶市国土空间总体规划(2021-2035年)》正式获省人民政府批复;全面完成12个乡镇级国土空间总体规划的报批成果编制,完成了130个村庄规划编制工作,通过专家评审118个,报市政府出具审查意见93个。二是精准配置发展空间资源。编制完
"""
DAYE_PROFILE_NAME = "2025_大冶市自然资源和规划局_单位概况与工作亮点_dayeyun169107.txt"


def test_a_bureaus_highlights_and_the_part_after_them_are_results(tmp_path):
    """hd29a 1: under 一、单位概况 the page's （三）工作亮点 (全国首个废弃矿山氢能仓库, the CCTV report, 全省经验交流) and the
    （一）聚焦规划统筹 after it (130个村庄规划, its numbering started again: the page lost its 二、) were 单位概况's context; the
    highlights are results, and so is the part after them; the bureau's remit under （一）核心职能 stays context."""
    ff = distil(tmp_path, _daye(tmp_path), DAYE_PROFILE, DAYE_PROFILE_NAME)
    assert fact_saying(ff, "建成全国首个废弃矿山氢能仓库").kind == DONE
    assert fact_saying(ff, "完成了130个村庄规划编制工作").kind == DONE
    assert fact_saying(ff, "履行全民所有土地").kind == CONTEXT


# 大冶市's 2025 政府工作报告 (hbdaye.gov.cn, 1188803, 2025-01-05), its opening and review as the search store cut it.
DAYE_REPORT = """政府工作报告
——2025年1月5日在大冶市第七届人民代表大会第五次会议上
大冶市人民政府市长
各位代表:
现在,我代表市人民政府向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。
一、2024年工作回顾
这一年,我们顶压前行、攻坚克难,经济发展逆势上扬。预计全年全域口径地区生产总值增长8%,首次突破900亿元大关;规上工业增加值、固定资产投资、社会消费品零售总额分别同比增长14%、13.5%、5.3%;完成一般公共预算收入67.44亿元,同比增长12.3%。
这一年,我们锚定目标、争先进位,城市竞争力不断增强。全省营商环境排名上升至第7位,实现四年四进位。
二、2025年工作安排
2025年经济社会发展的主要预期目标是:地区生产总值增长7%左右。预计全年新增城镇就业8000人以上。
"""
DAYE_REPORT_NAME = "2025-01_大冶市政府工作报告_hbdaye1188803.txt"


def test_a_years_estimate_in_its_review_is_its_result(tmp_path):
    """hd29a 3: under 一、2024年工作回顾 of a report of January 2025, 预计全年…增长8%…67.44亿元 was a plan of 2025: the year
    reviewed is over, its 预计全年 its estimated result, done in 2024; 预计全年 under the 2025 plans stays a plan. Its 首次突破
    900亿元大关 had no measure: the mark reached is of what grew in the clause before."""
    ff = distil(tmp_path, _daye(tmp_path), DAYE_REPORT, DAYE_REPORT_NAME)
    estimate = fact_saying(ff, "预计全年全域口径地区生产总值增长8%")
    assert (estimate.kind, estimate.period.year) == (DONE, 2024)
    assert "67.44亿元" in estimate.text
    assert "地区生产总值" in next(f for f in estimate.figures if f.raw == "900亿元").counts
    assert fact_saying(ff, "新增城镇就业8000人").kind == PLAN


# 博乐市财政局's reply to 冬花委员's 第10号提案, its part of the handling as the page prints it (the page without its 承办具体过程
# part and reviewer).
BOLE_10 = "".join(line for line in BOLE_71409.splitlines(keepends=True)
                  if line.strip() not in ("一.承办具体过程", "审核人:黎华") and not line.startswith("根据博乐市人民政府"))


def test_a_figure_before_a_year_is_not_of_the_replys_year(tmp_path):
    """hd29b 2: 2017年之前，…每年预算安排5-10万元 was stored as 2021's (the reply's date): before 2017, at latest 2016; the range
    stays as written."""
    ff = distil(tmp_path, bole_workspace(tmp_path), BOLE_10, "xjbl_71409.txt")
    figure = fact_saying(ff, "2017年之前").figures[0]
    assert (figure.raw, figure.year) == ("5-10万元", 2016)


def test_a_party_departments_work_is_not_the_places(tmp_path):
    """hd29b 4: 三是博州党委宣传部全力配合…开展对博乐市创建全国文明城市测评工作 was 博乐市's done work: the item's subject is a party
    committee's department, its work that department's, whatever place it names as its object; 博乐市's own items stay done."""
    ff = distil(tmp_path, bole_workspace(tmp_path), BOLE_56815, "xjbl_56815.txt")
    assert fact_saying(ff, "博州党委宣传部全力配合").kind == CONTEXT
    assert fact_saying(ff, "一是博乐市下发").kind == DONE


def _xixiang(tmp_path):
    return unit_workspace(tmp_path / "ws", "西乡县财政局", "县财政局", "西乡县", "城北街道, 城南街道, 骆家坝镇, 私渡镇, 桑园镇")


# 西乡县财政局's 西财函〔2023〕8号 on 第78号建议 (snxx.gov.cn, 202308/7feb55e6…), from its addressee to its answer, as the page prints it.
XIXIANG_78 = """西乡县财政局关于对县十八届人大一次会议第78号建议的复函

                                                                                                         西财函〔2023〕8号

尊敬的杨振浩、李涛代表:

您在第十八届人大一次会议提出的《关于解决骆家坝镇钟马路建设资金的建议》收悉,现答复如下:

为切实抓好人大建议办理工作,财政局党组高度重视,认真研究安排部署。一是成立了局人大代表建议办理工作领导小组,形成一把手负总责,分管领导专门抓,相关股室负责人具体抓的工作格局。该项建议由我局经建股承办,经建股负责人为责任人;二是明确责任,落实工作任务,把代表建议办理工作纳入股室、单位考核,逐级夯实责任;三是细化办理程序、办理要求、办理责任,建立工作台账,明确时间节点,按时完成。

对于您在建议中提出的钟马路项目建设资金事宜,经与县交通局及骆家坝镇核实,该项目2018年开工建设,合同价2740.8637万元。2020年以来,县财政统筹解决该项目资金834.91万元(其中2023年解决284.91万元)。
"""


def test_a_replys_handling_and_its_lead_in_are_no_results(tmp_path):
    """hd29b 5: 一是成立了局人大代表建议办理工作领导小组…该项建议由我局经建股承办 was done (how the item was handled, no result on
    its matter: context, as its 二是/三是 were), and the lead-in 对于您在建议中提出的钟马路项目建设资金事宜 cut at its comma a fact; the
    answer after the lead-in is the county's result."""
    ff = distil(tmp_path, _xixiang(tmp_path), XIXIANG_78, "xixiang_78.txt")
    assert fact_saying(ff, "一是成立了局人大代表建议办理工作领导小组").kind == CONTEXT
    assert not [f for f in ff.facts if f.text.startswith("对于您在建议中提出的")]
    assert fact_saying(ff, "县财政统筹解决该项目资金834.91万元").kind == DONE


# 大冶市自然资源和规划局's 2025年政府信息公开工作报告 (hbdaye.gov.cn, 1303173), its table as the store flattened it.
DAYE_DISCLOSURE = """大冶市自然资源和规划局2025年政府信息公开工作报告
2025年,我局紧密围绕自然资源管理重大政策措施和群众关切事项,推进重点领域信息公开,累计公开政府信息1293条。
第二十条第(八)项

信息内容

本年收费金额(单位:万元)

行政事业性收费

0
"""


def test_a_tables_unit_header_is_no_fact(tmp_path):
    """hd29a 6: the table's header 本年收费金额（单位：万元） was a fact; the report's own statement beside it stays."""
    ff = distil(tmp_path, _daye(tmp_path), DAYE_DISCLOSURE, "2026-01_大冶市自然资源和规划局2025年政府信息公开工作报告_hbdaye1303173.txt")
    assert not [f for f in ff.facts if "单位：万元" in f.text]
    assert fact_saying(ff, "累计公开政府信息1293条").kind == DONE
