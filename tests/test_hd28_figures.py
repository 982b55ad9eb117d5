"""hd28 (临沂市体育局, 广州市应急管理局, 达州市城管执法局: bureaus drafter never saw): the time a figure is of — an earlier
item's year, the start of a running count, history told after the figures — where a draft states it, and what figures count:
changes listed after as many figures, meetings, persons, courts counted in 片, numbers inside names and a service's hours."""

from __future__ import annotations

from helpers import distil, fact_saying, page_draft, part_one, unit_workspace

from drafter.distill.figures import find_figures
from drafter.textutil import mirror_simplified

# 临沂市体育局's 2023年市政府工作报告推进落实情况（12月） as its page gives it (its targets' paragraph left out).
LINYI_DECEMBER = """索 引 号  1041621347/tyj/2024-0000057  发布机构  临沂市体育局
 存放位置   公开日期  2023-12-31
 信息名称  临沂市体育局2023年市政府工作报告推进落实情况(12月)

临沂市体育局2023年市政府工作报告推进落实情况(12月)

2023-12-31   作者: 点击数:

本月进展:①市筹委会对第26届省运会筹备工作进行了总结,根据年度工作安排明确了2024年工作任务。②市体校运动训练场馆建设项目完成了设计服务招标和地质承载力现场勘探工作,争取了2000万元中央体彩公益金专项扶持资金。③第四届山东体育用品博览会已成功举办。⑥先后举办了第十三届全民健身运动会拔河比赛、第十四届全民健身运动会暨“科兴教体杯”临沂市第六届迎新年健康跑等赛事活动187场次。
"""

# 临报融媒's news item of 2022-11-11 on 临沂市体育局's youth sport (its paragraph on sport in schools).
LINYI_SCHOOLS = """创建全国文明城市丨临沂市体育局:助推“未来之星”健康成长

临报融媒 2022-11-11 阅读次数: 5825

组织实施体育项目进校园,夯实“未来之星”体育根基。积极发挥社会组织作用,推动武术、长拳、足球、篮球、排球、游泳等10余个体育项目走进校园,激发了广大青少年对传统体育、新兴体育项目的热爱。其中,临沂武术俱乐部面向1至6年级学生开展非遗武术课程进校园;临沂足球俱乐部从2015年开始推进足球进校园,并与6所学校合作建立校足球队,累计7万余名学生接触和练习足球;临沂网球俱乐部与13所中小学、2所幼儿园合作开设校园网球课程,全市2万余名中小学生接触和学习网球。
"""

# 临沂市体育局's reply of 2022-09-23 to 市政协十六届一次会议第392号提案 (its opening and first section).
LINYI_392 = """发布机构 | 临沂市体育局 | 发布日期 | 2022-09-23 |
标 题 | 对市政协十六届一次会议第392号提案(关于加强市区滨河沿岸公园体育器材布局的建议)的答复 |
刘振兴委员: 您提出的《关于加强市区滨河沿岸公园体育器材布局的建议》的提案已收悉,现答复如下: 首先,感谢您对我市体育事业发展的关心和支持,近年来,市委、市政府高度重视体育工作,逐年加大对城区体育公园健身设施的投入力度,努力构建更高水平的全民健身公共服务体系。2022年,市体育局以打造“15分钟健身圈”为抓手,进一步完善和提升全民健身场地设施。现将滨河健身长廊建设情况汇报如下:
一、积极推进滨河健身长廊优化提升
五环健身广场、凤凰广场、风帆广场、篮球广场、科普广场、阳光沙滩等健身场地集中连片,包括高尔夫球场2处、标准田径场1片、足球场1片、笼式足球场10片、健身步道5条、网球场8片、门球场14片、羽毛球场12片、篮球场35片、乒乓球场45片,健身路径场地50多个、器材2000多件。市体育局投入3000余万元配建健身设施,2007年一期设计名称即为“滨河百里健身长廊”,2009年建成后被国家体育总局挂牌“国家级户外健身基地”。
"""


def linyi(tmp_path):
    """临沂市体育局's workspace."""
    return unit_workspace(tmp_path / "ws", "临沂市体育局", "市体育局", "临沂市", "兰山区, 罗庄区, 河东区, 沂南县, 郯城县, 沂水县")


def test_an_earlier_items_year_dates_no_later_items_figures(tmp_path):
    """①…明确了2024年工作任务。②…争取了2000万元… ⑥…赛事活动187场次 in the report of 2023's December: both figures were stored
    as 2024's, the year item ① names of the tasks set; an item's year is its own, so they are the report's, 2023's."""
    fact = fact_saying(distil(tmp_path, linyi(tmp_path), LINYI_DECEMBER), "2000万元")
    years = {g.raw: (g.year or fact.period.year) for g in fact.figures}
    assert years == {"2000万元": 2023, "187场次": 2023}, (fact.period, fact.figures)


def test_a_running_count_since_a_year_stands_as_of_the_source(tmp_path):
    """临沂足球俱乐部从2015年开始推进足球进校园，…累计7万余名学生…: 7万余名, 13所 and 2万余名 were 2015's, and so was the
    statement; a start year dates nothing counted since it — the counts stand as of the news item's date, a span 2015–2022."""
    fact = fact_saying(distil(tmp_path, linyi(tmp_path), LINYI_SCHOOLS, "2022-11-11_助推未来之星健康成长.txt"), "7万余名")
    assert (fact.period.year, fact.period.until) == (2015, 2022), fact.period
    spans = {g.raw: (g.year, g.until) for g in fact.figures if g.raw in ("7万余名", "13所", "2万余名")}
    assert spans == dict.fromkeys(("7万余名", "13所", "2万余名"), (2015, 2022)), fact.figures


def test_history_after_the_figures_is_not_the_statements_time(tmp_path):
    """…篮球场35片…器材2000多件。市体育局投入3000余万元…，2009年建成后被国家体育总局挂牌…: the statement was dated 2009 while
    its figures are the reply's (2022); the years told after its figures are history in passing. None of the eight counts in
    片 (courts and fields) was a figure."""
    fact = fact_saying(distil(tmp_path, linyi(tmp_path), LINYI_392), "篮球场35片")
    assert fact.period.year == 2022 and fact.period.basis != "text", fact.period
    courts = {g.counts: g.value for g in fact.figures if g.unit == "片"}
    assert courts == {"标准田径场": 1, "足球场": 1, "笼式足球场": 10, "网球场": 8, "门球场": 14, "羽毛球场": 12, "篮球场": 35,
                      "乒乓球场": 45}, fact.figures


def test_a_number_inside_a_name_is_no_figure(tmp_path):
    """以打造“15分钟健身圈”为抓手 gave a figure 15分钟 counting 健身圈”为抓手, and 整治“群众最不满意的10件事”两条主线 one of 10件
    (达州's summary): a number in a name counts nothing done. A count named so (出台…“11条措施”) still is one."""
    fact = fact_saying(distil(tmp_path, linyi(tmp_path), LINYI_392), "15分钟健身圈")
    assert not [g for g in fact.figures if g.unit == "分钟"], fact.figures
    campaign = "本年度，我局紧扣“文明城市创建”和整治“群众最不满意的10件事”两条主线，奋力推进党建引领、体制改革等工作。"
    assert find_figures(campaign) == []
    assert [g.raw for g in find_figures("出台强化企业创新主体地位提升全社会研发投入水平“11条措施”。")] == ["11条"]


def test_what_each_figure_counts():
    """Labels read wrong in 广州's 2023 summary and 达州's 协办意见 (real lines): 14.0% (the fall in accidents) as 死亡下降, 51次
    专题会议 as 市政府常务会议, 32件 cut to 道卖车案件, 2名 cut mid-word (…市容环卫相关工), and 24小时, the hours a 举报电话 is
    answered, taken as a result."""
    def counts(text):
        return {g.raw: g.counts for g in find_figures(text)}

    assert counts("全市发生生产安全事故301起、死亡279人，同比下降14.0%、6.4%。") == {
        "301起": "发生生产安全事故", "279人": "死亡", "14.0%": "发生生产安全事故下降", "6.4%": "死亡下降"}
    # (the same in the seed 泉科〔2017〕28号: 发明专利申请5871件、授权1509件，同比增长49.09%和48.67%)
    assert counts("发明专利申请5871件、授权1509件，同比增长49.09%和48.67%。")["49.09%"] == "发明专利申请增长"
    assert counts("2023年，共组织召开6次市委常委会会议、4次市政府常务会议和市政府党组会议、51次市各类专题会议研究部署安全生产工作。"
                  )["51次"] == "专题会议"
    assert counts("自2019年8月以来，立案查处占道洗车、占道卖车案件32件，辖区占道洗车、占道卖车情况得到有效改善。")["32件"].startswith("占道")
    assert counts("统筹调整机关内设科室，公开选调2人充实机关力量，选派2名年轻干部协助负责执法监督、市容环卫相关工作。")["2名"] == "年轻干部"
    assert counts("同时，设立了城市管理监督24小时举报电话2383110。") == {}


def test_a_traditional_zhe_after_a_verb_is_simplified():
    """深入推進“跟著賽事去旅行”活動 became 跟著赛事去旅行: OpenCC's tables leave 著, which simplified writes 着 after a verb
    (跟着, 随着) and keeps only in its own words (显著, 著名)."""
    assert mirror_simplified("深入推進“跟著賽事去旅行”活動，隨著賽事增多，成效顯著，著名賽事雲集") == (
        "深入推进“跟着赛事去旅行”活动，随着赛事增多，成效显著，著名赛事云集")


# 广州市应急管理局's 会办意见 of 2023-02-14 to 市公安局 (its item on the shops' source of risk).
GUANGZHOU_FIREWORKS = """广州市应急管理局关于广州市第十六届人民代表大会第20232152号提案的会办意见

信息来源:本网 时间:2023-02-14

市公安局:

  二是强化源头防范。严格按照《烟花爆竹经营许可证管理办法》《烟花爆竹零售店(点)安全技术规范》(AQ4128-2019)规定的选址、安全距离、面积、储存限量、建筑结构和电器防爆等要求,严格资料审查、现场安全条件核查和人员资质审查“三关”,坚决杜绝“前店后宅”“下店上宅”,切实从源头管控120家烟花爆竹零售店安全风险。

广州市应急管理局
2023年2月14日
"""


def test_a_year_never_follows_a_quoted_name_mid_sentence(tmp_path):
    """The draft said …坚决杜绝“前店后宅”“下店上宅”，2022年，切实从源头管控120家…: the year stated for the figure split the
    sentence after a closing quote. A clerk states it where the sentence opens."""
    ws = unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市")
    _, document = page_draft(tmp_path, ws, GUANGZHOU_FIREWORKS, "关于加强烟花爆竹零售店安全管理的建议\n一、加强烟花爆竹零售店源头防范。\n",
                             "3052", "关于加强烟花爆竹零售店安全管理的建议", "--date", "2024-04-30")
    said = next(p for p in part_one(document) if "120家" in p)
    assert "”，20" not in said and "”，【" not in said, said
    assert "严格按照《烟花爆竹经营许可证管理办法》" in said, said


# 达州市城市管理行政执法局's work on cars washed on the pavement, as its 协办意见 of 2020-06-28 reports it (a reply's frame).
DAZHOU_CARS = """关于市四届政协五次会议第88号提案的答复
张某委员:
  您提出的《关于整治占道洗车的建议》收悉,现答复如下:
  一是开展专项整治。自2019年8月以来,立案查处占道洗车、占道卖车案件32件,辖区占道洗车、占道卖车情况得到有效改善。
  感谢您对城市管理工作的关心和支持。
  达州市城市管理行政执法局
  2020年6月28日
"""


def test_a_count_since_a_month_asks_for_its_newest_total(tmp_path):
    """32件, counted 自2019年8月以来 in a letter of 2020-06, was flagged 【待更新：2020年全年数据】: a count since a date is a
    running total, its newest value wanted, no full year's."""
    ws = unit_workspace(tmp_path / "ws", "达州市城市管理行政执法局", "市城管执法局", "达州市")
    _, document = page_draft(tmp_path, ws, DAZHOU_CARS, "关于整治中心城区占道洗车卖车乱象的建议\n一、加强对占道洗车、占道卖车的执法查处。\n",
                             "99", "关于整治中心城区占道洗车卖车乱象的建议", "--date", "2021-06-20")
    said = next(p for p in part_one(document) if "32件" in p)
    assert "【待更新：最新累计数】" in said and "全年数据" not in said, said


def test_a_head_noun_closing_a_list_of_figures_is_each_figures():
    """深圳市气象局's 2019年上半年工作情况 (real line): 59次 was labelled 暴雨 though the list's 预警 is its noun too, so its change
    321% was 暴雨增加. A last thing that shares no head stays its own: 临沂's schools (real line), persons, structures."""
    def counts(text):
        return {g.raw: g.counts for g in find_figures(text)}

    said = counts("上半年我市天气气候呈现“入汛提前，暴雨频繁，短时雨强超强，雷雨大风猛烈”特点，全市平均雨量992.2毫米；出现21天局地"
                  "暴雨以上降水，同比偏多40%；发布59次暴雨、25次大风预警，同比增加321%、212%。")
    assert [said[k] for k in ("59次", "25次", "321%", "212%")] == ["暴雨预警", "大风预警", "暴雨预警增加", "大风预警增加"]
    assert counts("临沂网球俱乐部与13所中小学、2所幼儿园合作开设校园网球课程。")["13所"] == "中小学"
    assert counts("培训200名教师、300名学生家长。")["200名"] == "教师"
    assert counts("建设2个码头、3个物流园区。")["2个"] == "码头"
