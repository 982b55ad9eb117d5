"""hx59d1: what a page is, whose it is and what is no fact — held-out findings hd59a (峄城区人社局: 山东's pages), hd59b
(乌拉特前旗水利局) and hd59c (信阳市工业和信息化局), each on its seed's real lines.

a. A short column label over the headline (高质量发展看河南 / 革命老区信阳:走好…) is no title, and the province it names is not the
   page's place (was title 高质量发展看河南, 河南省, every fact external).
b. A city government's news of its bureau (来源:信阳市人民政府, the bureau told of by name) is news, not a work report; its figures said
   of 全市 are the city's, not the county of a company named before them (was 潢川县).
c. A radio site's report of a plan (央广网济南5月13日消息(记者李舜)…) is news (was policy, by its file's name), its lede's credit
   no words of a fact; its 截至5月上旬…
   完成年度计划任务的102.43% is of the page's year (was 2021, 年度 read as the year before) and no plan; its last sentence cut
   by the page's end, its count's noun cut too (完成全省40万个公益), is no fact.
d. A press conference's announcement (…新闻办举行发布会，邀请…介绍…有关情况，并回答记者提问。) is no fact.
e. A site's licence banner (互联网新闻信息服务许可证 编号…) and a credits line of one role (校对：党琦 刘诗雅…) are clutter; 2015年
   “十个全覆盖”饮水安全工程计划实施3处 is a plan (was background).
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace

from drafter.distill.facts import finished_end
from drafter.read.clean import is_chrome
from helpers import XINYANG

YICHENG = ("枣庄市峄城区人力资源和社会保障局", "区人社局", "峄城区")
WULATE = ("乌拉特前旗水利局", "旗水利局", "乌拉特前旗")

# seeds/2023-10-18_革命老区信阳走好高质量发展现代化新路.txt of hd59c: its head and first paragraph.
LABELLED = """http://henan.people.com.cn/n2/2023/1018/c351638-40607521.html
高质量发展看河南
革命老区信阳:走好高质量发展现代化新路
老区不老,风华正茂。近年来,河南省信阳市牢记殷殷嘱托,传承弘扬大别山精神,发挥独特的政治、区位、生态、人文等优势,促进产业链、创新链、人才链、生态链融合发展,走好生态优良、生产高端、生活更好的高质量发展现代化新路。革命老区后发优势日益凸显,发展动能不断增强。
"""
# seeds/2022-08-15_信阳市新增省级专精特新中小企业28家.txt of hd59c, whole.
CITY_NEWS = """https://3news.cn/henan/hnyc/2022/0815/745253.html
根据《河南省工信厅关于河南省第四批专精特新“小巨人”企业和第一批专精特新“小巨人”复核通过企业名单的公示》,信阳市潢川县鹏升畜产品有限公司、信阳中部半导体技术有限公司成功入选。2022年,全市新增省级“专精特新”中小企业28家,累计达到70家,其中专精特新“小巨人”企业累计达到7家。
今年以来,为引导信阳市中小企业走专业化、精品化、特色化、新颖化发展道路,市工信局以“三强化”举措扎实做好“专精特新”中小企业培育申报工作。一是强化组织保障,市工信局高度重视“专精特新”中小企业梯度培育工作,建立了“专精特新”中小企业培育库,组织精干力量对全市中小企业进行摸底排查,建立服务企业台账,摸透实际情况,做到底数清、举措实。二是强化政策宣传,召开专项培训工作会议,及时将国家、省对“专精特新”企业入库认定等政策文件在全市中小企业中进行宣传,提升企业对政策知晓率,积极引导企业进行入库认定申报。三是强化帮扶指导,依托中小企业公共服务平台,围绕产业政策、技术创新、数字化赋能、工业设计、融资对接、管理咨询、企业培训、市场开拓、法律维权等九个方面,为信阳市“专精特新”中小企业提供免费服务。
来源:信阳市人民政府
"""
# seeds/2022-05-13_山东人社创新2022行动计划.txt of hd59a: its lede and its last paragraph, where the stored page stops.
PLAN_NEWS = """央广网济南5月13日消息(记者李舜)山东省人力资源和社会保障厅近日出台了《全省人力资源和社会保障工作创新2022年行动计划》(以下简称《行动计划》)。《行动计划》中提到,确保2022年实现城镇新增就业110万人以上,这是记者5月12日从山东省政府新闻办召开的新闻发布会上得到的消息。

针对山东省创新实施的城乡公益性岗位扩容提质行动,侯复东表示,全省人社系统按照“大幅增岗、精准设岗、规范上岗、待遇优岗、严格管岗”的工作思路,健全体制机制,加强调度指导,狠抓任务落实,确保好事办好。在资金保障方面,省财政筹集下拨15.35亿元补助资金,支持各地岗位开发、岗前培训。在岗位创设方面,坚持需求导向,广泛开发齐长城巡护、“帮富帮扶”残疾人、卫生防疫、荒山绿化、新时代文明实践站所管理、保洁护路等5大类30余种公益性岗位,最大程度满足基层治理需要。在规范上岗方面,严格人员条件、统一上岗流程、加强岗前培训,确保整个过程公平、公正、公开。在岗位管理方面,健全“四位一体”工作机制,强化日常管理、信息化管理、资金管理和人员退出管理,不断提升精细化管理水平。截至5月上旬,全省共开发城乡公益性岗位40.97万个,安置上岗35.15万人,分别完成年度计划任务的102.43%、87.87%,取得阶段性进展。计划6月底前,完成全省40万个公益
"""
# seeds/2022-02-23_山东2021年城镇新增就业.txt of hd59a: its head, lede and the next paragraph's first sentences.
PRESS = """山东> 今日山东> 正文

2021年山东省城镇新增就业124.2万人

农村大众报 2022-02-23 14:15 大字

农村大众报济南讯 (记者刘晓续)2月22日,山东省人民政府新闻办举行发布会,邀请相关部门负责人介绍山东省就业和社会保障工作有关情况,并回答记者提问。

山东省人力资源社会保障厅党组副书记、副厅长、一级巡视员夏鲁青介绍,山东作为人口大省,也是劳动力大省,劳动年龄人口高达6140万。2021年,全省城镇新增就业124.2万人,城镇调查失业率回落至疫情前水平。
"""
# seeds/2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt of hd59b: to its 2015 paragraph's first sentence.
WATER = """国务院新闻办审批具备新闻登载业务资质的网站 互联网新闻信息服务许可证 编号:1012006022
  首页 -> 正文


乌拉特前旗扎实推进安全饮水工程建设

2015-05-27

  中国水利网站5月27日讯(记者 李建国 王海军 通讯员 何军 李璞)内蒙古乌拉特前旗扎实推进农村牧区饮水安全过程建设,大力实施自治区“十个全覆盖”饮水安全工程项目,在2014年解决11个乡镇的饮水安全基础上,2015年解决3个乡镇的饮水安全问题。

  乌拉特前旗农村牧区人口25.26万人,截至2014年底,已建成农村自来水工程205处,其中:大中型集中供水工程11处,小型集中供水工程(单村)194处;建成农村学校饮水安全工程16处。现已解决农村饮水安全人口达到25万人,自来水的普及率达99% 。累计完成总投资13226.13万元,其中,国家投资8449.5万元,自治区投资1687万元,地方配套1023.64万元,群众自筹2065.99万元。

  2014年,乌拉特前旗实施的自治区“十个全覆盖”饮水安全工程共完成25处,受益人口5151人,共1566户,涉及11个乡镇、农场。工程主要以更新改造为主,总投资362.64万元,包括国家投资51.5万元,苏木镇投资237.64万元,群众自筹73.5万元。其中,涉及更新改造20处,投资251.44万元;新建3处,总投资57.2万元,目前,工程均已投入运行,超额完成了2014年度“十个全覆盖”饮水安全工程建设任务。

  2015年“十个全覆盖”饮水安全工程计划实施3处,涉及供水人口914人,总投资42.92万元。
"""


def test_a_column_label_over_the_headline_is_no_title_nor_place(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XINYANG), LABELLED, "2023-10-18_革命老区信阳走好高质量发展现代化新路.txt")
    assert (ff.source.title, ff.source.jurisdiction) == ("革命老区信阳：走好高质量发展现代化新路", "信阳市")
    fact = first_saying(ff.facts, "河南省信阳市牢记殷殷嘱托")
    assert (fact.jurisdiction, fact.external) == ("信阳市", False)


def test_b_a_city_governments_news_is_news_and_its_whole_citys_figures_the_citys(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *XINYANG), CITY_NEWS, "2022-08-15_信阳市新增省级专精特新中小企业28家.txt")
    assert ff.source.kind == "news"
    counted = first_saying(ff.facts, "新增省级“专精特新”中小企业28家")
    assert counted.jurisdiction == "信阳市"  # (was 潢川县: its company named before 全市)
    assert first_saying(ff.facts, "一是强化组织保障").kind == "done"  # (the bureau's work, told by its name, stays its own)


def test_c_a_plans_news_tells_its_years_progress_and_a_cut_count_is_no_fact(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YICHENG), PLAN_NEWS, "2022-05-13_山东人社创新2022行动计划.txt")
    assert ff.source.kind == "news"
    assert first_saying(ff.facts, "近日出台了").text.startswith("山东省人力资源和社会保障厅")  # (its credit no words of it)
    progress = first_saying(ff.facts, "40.97万个")
    assert progress.period.year == 2022 and progress.kind != "plan", (progress.kind, progress.period)
    assert not [f.text for f in ff.facts if "40万个" in f.text]
    assert progress.text.endswith("取得阶段性进展。")
    # (its count's noun cut, 公益 of 公益性岗位: not read whole, unlike a clause cut after its noun, 为258名…老人开展上门)
    assert finished_end("分别完成年度计划任务的102.43%、87.87%，取得阶段性进展。计划6月底前，完成全省40万个公益").endswith("取得阶段性进展。")


def test_d_a_press_conferences_announcement_is_no_fact(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *YICHENG), PRESS, "2022-02-23_山东2021年城镇新增就业.txt")
    assert not [f.text for f in ff.facts if "发布会" in f.text]
    assert first_saying(ff.facts, "124.2万人")  # (what was told at it stays)


def test_e_a_licence_banner_and_credits_are_clutter_and_a_years_plan_a_plan(tmp_path):
    assert is_chrome("国务院新闻办审批具备新闻登载业务资质的网站 互联网新闻信息服务许可证 编号:1012006022")
    for line in ("校對:黨琦 劉詩雅 王婧 樊潔 劉曼容", "編輯:葛希合", "審核:廖斌", "終審:張海濱"):  # (hd59b's 2022 page, its last lines)
        assert is_chrome(line), line
    assert not is_chrome("审核：通过率达到95%")  # (a field of a figure is no credit)
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *WULATE), WATER, "2015-05-27_乌拉特前旗扎实推进安全饮水工程建设.txt")
    assert not [f.text for f in ff.facts if "许可证" in f.text]
    assert first_saying(ff.facts, "计划实施3处").kind == "plan"
