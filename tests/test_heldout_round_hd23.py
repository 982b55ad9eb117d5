"""Places and issuers found on held-out round hd23 (pages of 南通市应急管理局, 广元市利州区财政局, 郑州市科学技术局 and
维西傈僳族自治县文化和旅游局, read by the testers as clerks of those bureaus).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the metadata and facts that come out.
"""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from drafter.cli import cli
from helpers import HUIZHOU_FAGAI_HUIBAN, WEIXI_ZIRAN_78, distil, unit_workspace

# 南通市应急管理局's reply to 吴启运委员's proposal 《关于提升城市应急管理能力的建议》 (yjgl.nantong.gov.cn, 建议提案办理结果), its
# opening as the page prints it (undated, cut mid-sentence).
NANTONG_REPLY = """吴启运委员:
您提出的《关于提升城市应急管理能力的建议》提案收悉,现答复如下:
一、关于建立统一、专业、常态化的应急管理体制
2018年以来,南通市根据上级关于地方党政机构改革的统一部署要求,坚持上下机构对应原则,整合原市安全生产监督管理局安全监管职责、市政府办公室应急管理职责、市公安局消防管理相关职责、市民政局救灾职责、市城乡建设局震灾应急救援职责、市国土资源局地质灾害防治相关职责、市水利局水旱灾害防治相关职责、市农业委员会森林防火相关职责以及防汛抗旱、减灾、抗震救灾、护林防火等指挥部(委员会)职责,组建市应急管理局,作为全市应急能力和应急体系建设的牵头部门,进一步强化统筹协调和统一指挥调度。应急管理部门成立以来,改变过去各灾各管的模式,积极推进全灾种统筹应对,构建大安全大应急的框架体系,通过应急管理部门统筹的综合作用和专业优势,形成统筹管理的新机制。一是构建统一领导、上下联动的应急组织体系,制定《南通市突发事件总体应急预案》,明确坚持统一领导、协调联动原则,市人民政府是负责本市范围内突发事件应急管理工作的行政领导机关,统一领导、协调指挥全市较大以上突发事件应急处置工作,指导其他各级突发事件应对工作;市应急管理局是市人民政府应急管理的工作部门,负责指导全市应急预案体系建设,统筹全市应急能力建设,协助市领导组织较大灾害应急处置工作;市其他有关部门和单位按照职责分工负责本部门(行业、领域)突发事件应急管理工作。二是构建统一指挥、专常兼备的救援协同体系,按照“统一领导、分级负责、条块结合、属地为主”原则,优化市、县(市、区)、乡镇(街道)三级生产安全事故应急联动工作机制
"""

# 广元市利州区财政局's 2025 budget, 第一部分 部门概况 (its duties), the first of them as printed.
LIZHOU_DUTIES = """第一部分 部门概况
一、部门职责
(一)拟订全区财税发展战略、规划、政策和改革方案并组织实施。分析预测宏观经济形势,参与制定宏观经济政策,提出运用财税政策实施宏观调控和综合平衡社会财力的建议。拟定有关的分配政策,完善鼓励公益事业发展的财税政策。负责公共服务领域政府和社会资本合作工作。
(二)贯彻执行财政、税收、财务、会计管理的法律法规和规章。参与起草财政、税收、财务、会计管理方面的地方性法律和规章,并指导、监督执行。按照管理权限管理全区税政事项。
(三)负责管理各项财政收支。编制年度区级预决算草案并组织执行。组织制定经费开支标准、定额,审核批复部门(单位)年度预决算。受区政府委托,向区人大及其常委会报告全区财政预算、执行和决算情况。负责政府投资基金财政出资的资产管理。负责预决算公开。负责全面实施预算绩效管理。
(七)牵头编制全区国有资产管理情况报告。根据区政府授权,集中统一履行区级国有金融资本出资人职责。制定区级国有金融资本管理制度。拟订全区行政事业单位国有资产管理制度。
"""

# 南通市应急管理局's 2024年工作总结 (yjgl.nantong.gov.cn, 计划总结), its opening paragraph as printed.
NANTONG_2024 = """2024年,南通市应急管理局深入学习贯彻习近平总书记关于安全生产、应急管理、防灾减灾救灾重要论述和重要指示批示精神,坚持以推进安全生产治本攻坚三年行动为主线,紧盯重点行业领域,狠抓安全生产责任落实,强化风险辨识管控和隐患排查治理,持续提升应急减灾能力,全市安全生产形势总体平稳。2024年,全市各类生产安全事故起数、死亡人数同比分别下降9.2%、14.3%。被国家防灾减灾救灾委员会确定为“灾害救助+金融保险”市级试点单位,被应急管理部确定为全国生产安全事故统计工作试点城市。被表彰为全国应急管理、防灾减灾新闻宣传和舆论阵地建设先进单位。应急广播体系建设经验做法为全省唯一获国家普查办通报表扬案例。“电力气象联合大数据创新运用”“非现场执法”被列入应急管理部2024年智慧应急“星火计划”重点培育创新应用试点。“厂中厂”安全治理、“监管人员+行业专家”检查、安全生产协作组、救灾物资储备体系建设等经验做法被应急管理部全国推广。代表江苏省参加全国第五届应急管理普法知识竞赛总决赛荣获第二名并获评优秀组织单位。被省人社厅、应急管理厅表彰为全省应急管理先进集体,市局青工委被命名为全省青年文明号。危险化学品综合监管和粉尘涉爆专项整治工作分别被省政府办公厅《每日要情》录用。参加首届江苏省危化品应急救援技能大赛荣获总分团体第二名、斩获5个单项奖。治本攻坚三年行动、基层灾害性天气防范应对工作试点、危险化学品老旧装置改造、粉尘涉爆专项整治、安全生产协作组等经验做法被全省推广。
"""

# 维西傈僳族自治县文化和旅游局's reply to 第47号建议 (2021-12-30), its opening as printed.
WEIXI_47 = """陈光荣代表:
您在维西傈僳族自治县十七届人大第六次会议上提出的第47号“关于开发永春乡美光村白岩子山旅游项目的建议”已交我局办理,现将办理情况答复如下:
永春乡美光村白岩子山巍峨耸立,有着悠久的历史文化底蕴,其生态植被良好,环境优美,齐聚了“奇、险、峻”等特征,是维西县生态旅游开发的绝佳地点。2021年9月,根据维西县乡村振兴领导小组的安排部署,我局与永春乡政府及时对接,将永春乡美光村白岩子山旅游开发项目纳入了维西县2023年脱贫成效巩固与乡村振兴有效衔接项目库,并将建设用地范围纳入国土空间规划。项目计划于2023年启动前期工作。并通过积极争取资金,将项目落地。
"""


# 郑州晚报's news of 2022-09-08 (郑州多项科技创新指标实现大幅跃升), its title, lede and first paragraph of figures as printed.
ZHENGZHOU_NEWS = """郑州多项科技创新指标实现大幅跃升
省人大常委会调研组给予点赞

本报讯(正观新闻·郑州晚报记者 董艳竹) 昨日,省人大常委会副主任徐济超带领调研组来到郑州,调研指导科技创新工作。市人大常委会主任周富强、副主任蔡红,副市长史占勇陪同调研。

调研组先后来到郑州航空港经济综合实验区智能终端手机产业园、郑州临空生物医药产业园、河南省科技馆、超聚变数字技术有限公司、中科新兴产业技术研究院等地,现场听取介绍,深入交流探讨并召开座谈会,详细了解各园区企业及科研院所推进科技创新工作情况。

近年来,郑州科技创新能力大幅度提升,发展速度较快,科技创新能力对郑州经济社会发展的拉动作用明显。2018年至2021年,全市社会研发投入强度由1.74%增长至2.45%,首次超过全国平均水平(2.44%),增速在九个国家中心城市中居前列;高新技术企业总量由1323家增长到4130家,增长2.1倍,增速在九个国家中心城市中居第一,全省占比49.3%;技术合同成交额由82.3亿元,增长到306.5亿元,增长2.7倍,增速在九个国家中心城市中居第一,全省占比50.3%;万人专利发明拥有量由13件,增长到19.29件,增长0.5倍。
"""


def test_a_verb_before_the_whole_city_names_no_place(tmp_path):
    """The reply was filed as 指挥市's, its issuer 指挥市人民政府, its facts another place's: 协调指挥全市… was read as a place
    named before 全 and its level, 指挥 said again in 统一指挥. Two characters before 全市 in a run of words are a verb's end, no
    name: the reply names 南通市 and is of it."""
    ws = unit_workspace(tmp_path / "ws", "南通市应急管理局", "市应急管理局", "南通市", "崇川区, 通州区, 海门区, 如皋市")
    ff = distil(tmp_path, ws, NANTONG_REPLY, "reply.txt")
    assert ff.source.jurisdiction == "南通市", ff.source
    assert "指挥" not in (ff.source.issuer or ""), ff.source


def test_a_duty_over_the_whole_district_names_no_place(tmp_path):
    """The duties were filed as 管理区's (拟订区's once the verb of one duty was read), their facts another place's and a reminder
    asking the clerk to correct it: 按照管理权限管理全区…, (一)拟订全区… name no place. The facts stay the bureau's own."""
    ws = unit_workspace(tmp_path / "ws", "广元市利州区财政局", "区财政局", "利州区", "宝轮镇, 大石镇, 东坝街道")
    ff = distil(tmp_path, ws, LIZHOU_DUTIES, "overview.txt")
    assert ff.source.jurisdiction in (None, "", "利州区"), ff.source
    assert ff.facts and not [f for f in ff.facts if f.external or f.jurisdiction not in (None, "", "利州区")], ff.facts


def test_a_reminder_speaks_of_the_issuer_as_corrected(tmp_path):
    """After the clerk corrected a source's issuer, distill warned of the value it had read (发文单位记为‘指挥市人民政府’，不是本单位),
    and said nothing while that value stood. A reminder speaks of the values as saved: the clerk's issuer kept, a unit of the
    bureau's place not the bureau is named as it now stands, and the bureau's own is warned of no more."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市", "惠城区, 惠阳区, 惠东县, 博罗县, 龙门县")
    page = tmp_path / "fagai.txt"
    page.write_text(HUIZHOU_FAGAI_HUIBAN, "utf-8")

    def distilled() -> str:
        return CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)]).output.replace("\n", "")

    assert "发文单位记为“惠州市发展和改革局”" in distilled()
    fact_file = next((ws.root / "facts").glob("*.yaml"))
    data = yaml.safe_load(fact_file.read_text("utf-8"))
    for issuer, said in (("惠州市教育局", None), ("惠州市财政局", "发文单位记为“惠州市财政局”，不是本单位")):
        fact_file.write_text(fact_file.read_text("utf-8").replace(f"issuer: {data['source']['issuer']}", f"issuer: {issuer}"), "utf-8")
        data = yaml.safe_load(fact_file.read_text("utf-8"))
        assert data["source"]["issuer"] == issuer
        out = distilled()
        assert (said in out) if said else ("发文单位记为" not in out), out


def test_a_reply_naming_its_government_as_its_authority_is_the_departments(tmp_path):
    """With its place read right, the reply was 南通市人民政府's (市人民政府 named twice, as the authority: 市应急管理局是市人民政府应急
    管理的工作部门), its facts another unit's: a text naming a department and its government by their short forms is the
    department's, and 应急管理局 is a department's name."""
    ws = unit_workspace(tmp_path / "ws", "南通市应急管理局", "市应急管理局", "南通市", "崇川区, 通州区, 海门区, 如皋市")
    ff = distil(tmp_path, ws, NANTONG_REPLY, "reply.txt")
    assert ff.source.issuer == "南通市应急管理局", ff.source
    assert ff.facts and not [f for f in ff.facts if f.external], ff.facts


def test_a_report_opening_on_its_year_and_its_unit_is_that_units(tmp_path):
    """The bureau's 2024 summary (2024年，南通市应急管理局深入学习贯彻…) was filed as 江苏省's with no issuer, its results another
    place's: the province is named only as the level of a contest and of praise (代表江苏省参加…, 被全省推广). A report opening
    on its year and then a unit by its full name is that unit's, whatever the year's words after."""
    ws = unit_workspace(tmp_path / "ws", "南通市应急管理局", "市应急管理局", "南通市", "崇川区, 通州区, 海门区, 如皋市")
    ff = distil(tmp_path, ws, NANTONG_2024, "2024年工作总结.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("南通市应急管理局", "南通市"), ff.source
    assert ff.facts and not [f for f in ff.facts if f.external], [(f.jurisdiction, f.text) for f in ff.facts]


def test_an_autonomous_countys_session_keeps_its_whole_name(tmp_path):
    """您在维西傈僳族自治县十七届人大第六次会议上提出的… gave the session 西傈僳族自治县…, the reply's place 西傈僳族自治县 and its facts
    another place's, unsaid: an autonomous county's name is its own name before its peoples (傈僳族), read whole. And the other
    bureau's reply (县自然资源和规划局) is said to be another unit's, not another place's."""
    ws = unit_workspace(tmp_path / "ws", "维西傈僳族自治县文化和旅游局", "县文化和旅游局", "维西县", "保和镇, 塔城镇, 永春乡")
    ff = distil(tmp_path, ws, WEIXI_47, "2021-12-30_r47.txt")
    assert ff.source.session == "维西傈僳族自治县十七届人大第六次会议", ff.source
    # (the place read whole, spelt as the workspace spells it: one place, never listed as two, hd32a)
    assert ff.source.jurisdiction == "维西县" and "维西傈僳族自治县" in ff.source.title, ff.source
    assert ff.facts and not [f for f in ff.facts if f.external], ff.facts
    page = tmp_path / "2022-10-25_r78.txt"
    page.write_text(WEIXI_ZIRAN_78, "utf-8")
    said = CliRunner().invoke(cli, ["-w", str(ws.root), "distill", str(page)]).output.replace("\n", "")
    assert "发文单位记为“维西傈僳族自治县自然资源和规划局”，不是本单位" in said and "不是本单位的地区" not in said, said


def test_a_visiting_provincial_body_does_not_make_a_citys_news_the_provinces(tmp_path):
    """郑州's own figures (全市社会研发投入强度由1.74%增长至2.45%…) were filed as 河南省's, external: the 省人大常委会调研组 that came to
    see the work, and 全省占比49.3% (a share of the province), were counted as the level the news speaks as. A visiting body and
    a share of a level are not the text's own level; its 全市 is the city."""
    ws = unit_workspace(tmp_path / "ws", "郑州市科学技术局", "市科技局", "郑州市", "中原区, 二七区, 金水区, 惠济区")
    ff = distil(tmp_path, ws, ZHENGZHOU_NEWS, "2022-09-08_郑州晚报.txt")
    assert ff.source.jurisdiction == "郑州市", ff.source
    assert any("4130家" in f.text for f in ff.facts) and not [f for f in ff.facts if f.external], ff.facts
