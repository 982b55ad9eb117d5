"""General reading rules found on held-out round 33 (pages earlier reading rounds left misread).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test)
through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau
(:func:`helpers.unit_workspace`), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, unit_workspace


def _figures(ff) -> dict:
    return {g.raw: g for f in ff.facts for g in f.figures}


# fssc.gov.cn/ins.asp?i=7650&s=11607: 顺城区环卫中心's reply to suggestion 73.
SHUNCHENG = ("2022年区十一届人大一次会议《关于规划垃圾桶设置地点改善道路通行环境的建议》（73号）的答复\n田军代表：\n"
             "您提出的关于规划垃圾桶设置地点改善道路通行环境的建议收悉，现答复如下：\n{}\n")


def test_an_offer_on_a_condition_and_what_will_be_arranged_are_plans(tmp_path):
    """"如有需要，环卫中心会积极配合各街道，…科学规划、重新选址、合理布置" (会 as will, on a condition: an offer) and
    "同时针对…的情况，环卫中心将安排部门和人员…定点巡查，冲洗消杀" (将安排: what will be arranged) were read as work done."""
    ws = unit_workspace(tmp_path / "ws", "抚顺市顺城区环境卫生管理中心", "环卫中心", "顺城区", "")
    text = SHUNCHENG.format(
        "根据属地原则，我区的弃管小区、老旧小区、非物业小区的垃圾桶安置摆放、维修替换等管理工作属街道管辖范畴，如有需要，"
        "环卫中心会积极配合各街道，在满足垃圾清运条件的情况下，科学规划、重新选址、合理布置，避免因垃圾桶摆放不合理，"
        "影响车辆人员通行。\n"
        "同时针对厨余垃圾较多导致垃圾桶周边污水渗漏溢出的情况，环卫中心将安排部门和人员针对辖区属地内的设施设备定点巡查，"
        "冲洗消杀，进一步为辖区居民创建整洁卫生的生活环境。\n")
    kinds = {f.text[:6]: f.kind for f in distil(tmp_path, ws, text, "fssc73.txt").facts}
    assert kinds["根据属地原则"] == "plan"
    assert kinds["同时针对厨余"] == "plan"


def test_a_body_named_with_hui_is_no_will(tmp_path):
    """会 ends a body's name (县总工会, 市人大常委会): what that body did is done, not an offer."""
    ws = unit_workspace(tmp_path / "ws", "抚顺市顺城区环境卫生管理中心", "环卫中心", "顺城区", "")
    text = SHUNCHENG.format("今年，区总工会积极配合环卫中心，慰问一线环卫工人300人。\n")
    kinds = {f.text[:6]: f.kind for f in distil(tmp_path, ws, text, "fssc73.txt").facts}
    assert kinds["今年，区总工"] == "done"


# www.qdn.gov.cn/zwgk_5871642/jyta_5871719/rddbjydf/202110/t20211008_70790207.html: 黔东南州's 会办意见 on suggestion 560.
QDN = ("黔东南州人民政府关于贵州省人大十三届四次会议第560号建议的会办意见\n发布时间: 2021-05-24 16:47\n省教育厅：\n"
       "杜贤伟代表提出的《关于支持台江修建一所容纳4000人的九年一贯制学校的建议》收悉。现提出如下会办意见：\n"
       "一、关于“给予台江县政策支持建设一所容纳4000名学生的九年一贯制学校”的建议\n"
       "根据《省教育厅关于统筹优化教育资源布局结构的指导意见》（黔教发〔2020〕25号）精神，该文规定：“小学、初中规模不超过2000人，"
       "九年一贯制学校规模不超过2500人”。因此，杜贤伟代表提出的“关于支持台江修建一所容纳4000人的九年一贯制学校的建议”"
       "不符合教育资源结构布局，政策上得不到项目的支持。为更好的进行学校分类建设以及争取中央预算内资金支持及有利于今后学校更合理地"
       "进行教育教学改革和后勤服务管理，我州将合理优化教育资源，重新布局规划台江县小学和初中。\n"
       "二、关于“各职能部门在立项、资金等方面给予倾斜和支持”的建议\n"
       "台江县规划建设的小学和初中，属于城镇义务教育学校，可通过申请中央和省级的城镇义务教育专项资金支持项目建设，"
       "我州将全力配合支持该项目推进。\n2021年5月21日\n")


def test_figures_quoted_from_the_suggestion_or_a_rule_are_no_facts_of_the_bureau(tmp_path):
    """The deputy's title quoted (“关于支持台江修建一所容纳4000人的…建议”) gave 4000人 and the rule quoted (该文规定：“小学、初中规模
    不超过2000人…”) gave 2000人 and 2500人 to the 州's work; 我州将全力配合… is what the 州 will do."""
    ws = unit_workspace(tmp_path / "ws", "黔东南州教育局", "州教育局", "黔东南州", "凯里市, 台江县")
    ff = distil(tmp_path, ws, QDN, "qdn.txt")
    assert not _figures(ff)
    assert next(f for f in ff.facts if f.text.startswith("台江县规划建设")).kind == "plan"


def test_a_rule_a_judgement_and_what_will_be_done_report_nothing_done(tmp_path):
    """The answer to the first ask quotes a rule, judges the ask against it and ends on "我州将合理优化教育资源，重新布局规划台江县小学
    和初中": nothing in it was done, and its last sentence is what will be — a plan, not work done."""
    ws = unit_workspace(tmp_path / "ws", "黔东南州教育局", "州教育局", "黔东南州", "凯里市, 台江县")
    ff = distil(tmp_path, ws, QDN, "qdn.txt")
    assert next(f for f in ff.facts if f.text.startswith("根据《省教育厅")).kind == "plan"


def test_work_since_a_time_past_then_a_plan_drawn_up_is_no_plan(tmp_path):
    """本溪市国资委's reply to suggestion 1254 (benxi.gov.cn/publicity/szfxx/jyta/srdjy1/sljrmdbdhdychy2018n/37188): "近年来，该公司多次
    与彩屯办事处及用户协商，…。为此，…积极协调…，拟定燃气工程施工计划，分期、分批予以安装和供气。" opens on work of recent years, and
    拟定 (drew up) is no 拟 (intends): it stays work done."""
    ws = unit_workspace(tmp_path / "ws", "本溪市人民政府国有资产监督管理委员会", "市国资委", "本溪市", "平山区, 溪湖区, 明山区, 南芬区")
    text = ("对本溪市人大十六届大会一次会议《关于在彩屯部门地区铺设燃气管道的建议》(第1254号)的答复\n发布日期：2018-07-19\n"
            "近年来，该公司多次与彩屯办事处及用户协商，欲解决老百姓燃气设施安装事宜，但因该地区居民要求安装燃气设施意愿参差不齐和"
            "收取工程款难等问题，使该区域安装燃气设施工作进度缓慢。为此，为解决彩屯地区居民尽快使用管道天然气，积极协调彩屯办事处负责与"
            "各社区和居民的宣传解释等工作，根据办事处提供的各社区居民安装燃气设施的意愿和收取工程款情况，拟定燃气工程施工计划，分期、"
            "分批予以安装和供气。\n本溪市国资委\n")
    ff = distil(tmp_path, ws, text, "benxi1254.txt")
    assert next(f for f in ff.facts if f.text.startswith("近年来，该公司")).kind == "done"


# nync.gnzrmzf.gov.cn/info/1227/8891.htm: 甘南州农业农村局's reply to proposal 81.
def test_the_counties_a_base_was_built_in_are_no_part_of_what_is_counted(tmp_path):
    """"在临潭、卓尼、夏河和碌曲四县建设青稞良种繁育基地5.1万亩" counted 夏河和碌曲四县建设青稞良种繁育基地; the fact is the
    prefecture's, not one of its counties'."""
    ws = unit_workspace(tmp_path / "ws", "甘南藏族自治州农业农村局", "州农业农村局", "甘南州", "合作市, 临潭县, 卓尼县, 夏河县, 碌曲县")
    text = ("甘南州农业农村局 关于对州十五届政协一次会议第81号 提案的答复\n发布日期:2022-09-16\n丁耀录代表：\n"
            "一是在青稞方面。我局紧紧围绕高原特色农牧业，大力发展青稞产业不断加大种业体系建设，加强甘南高原特色农作物种子生产基地"
            "在临潭、卓尼、夏河和碌曲四县建设青稞良种繁育基地5.1万亩。\n")
    ff = distil(tmp_path, ws, text, "gannan81.txt")
    assert _figures(ff)["5.1万亩"].counts == "青稞良种繁育基地"
    fact = next(f for f in ff.facts if _figures(ff)["5.1万亩"] in f.figures)
    assert fact.jurisdiction == "甘南州" and (_figures(ff)["5.1万亩"].place or "甘南州") == "甘南州"


# www.aomen-bet.com/xxgkzl/fdzdgknr/jytabl/202411/t20241112_2605416.html (a copy of 内蒙古's reply to suggestion 98).
def test_aid_naming_a_kind_of_policy_is_part_of_the_noun_counted(tmp_path):
    """"在优良草种选育、…等5个方面梳理了11条支持政策" counted 11条 as 梳理: 支持 after a measure word names the kind of policy."""
    ws = unit_workspace(tmp_path / "ws", "内蒙古自治区农牧厅", "自治区农牧厅", "内蒙古自治区", "")
    text = ("对自治区十四届人大二次会议\n第98号建议的答复\n孙旭东代表：\n"
            "为进一步推进饲草料产业高质量发展，今年年初我们研究印发了《2024年推进草产业高质量发展工作方案》，在优良草种选育、"
            "用地用水保障、调整饲草种植结构等5个方面梳理了11条支持政策，采取有力措施。\n2024年8月28日\n")
    figures = _figures(distil(tmp_path, ws, text, "nmg98.txt"))
    assert figures["11条"].counts == "支持政策"
    assert figures["5个"].counts == "方面"


# www.chaxiaohao.com/read-1751104429l4096877.html: a third party's article on 衢州's grain work.
def test_a_city_named_short_as_its_units_is_the_citys_place(tmp_path):
    """"衢州粮食局通过实施…" / "这一成效源于衢州系统性推进…" / "2024年全市…": a city's text naming it short, without 市, as the
    place of its bureau and of what is done, is that city's (衢州市); the page was read with no place."""
    ws = unit_workspace(tmp_path / "ws", "衢州市柯城区农业农村局", "区农业农村局", "柯城区", "府山街道, 信安街道")
    text = ("2025-06-28\n衢州粮食局通过实施\"藏粮于地、藏粮于技\"战略，2023年实现粮食播种面积135.22万亩、总产量11.32亿斤的\"四连增\"，"
            "粮食安全基本盘持续稳固。\n这一成效源于衢州系统性推进粮食全产业链提升。从生产端看，2024年全市农林牧渔业总产值达161.13亿元，"
            "粮食产量56.99万吨。政策激励方面，衢州建立多部门协同机制。\n")
    ff = distil(tmp_path, ws, text, "quzhou_liangshi_2024.txt")
    assert ff.source.jurisdiction == "衢州市"
    assert {f.jurisdiction for f in ff.facts} == {"衢州市"}


def test_a_phrase_opening_on_a_bureau_is_no_short_city_name(tmp_path):
    """A clause opening on a unit's name of a field (市场监管局联合…, 农业农村局联合…) names no city: no place is read from it.
    The text speaks of 全市 and never of 全区: in a district bureau's workspace it is the city's over the district, 衢州市
    (hd38c), as the article on 衢州's grain work it comes from is."""
    ws = unit_workspace(tmp_path / "ws", "衢州市柯城区农业农村局", "区农业农村局", "柯城区", "府山街道")
    text = ("2025-06-28\n农业农村局联合资规、水利等部门评定种粮大户，全市共评定120户。农业农村局还开展培训3场。\n")
    ff = distil(tmp_path, ws, text, "farm.txt")
    assert ff.source.jurisdiction == "衢州市"


# tyjrj.panzhihua.gov.cn/zwgk/gzdt/4356872.shtml: 攀枝花市退役军人事务局's news of a provincial official's visit.
def test_a_superiors_visit_and_praise_are_no_work_of_the_bureau(tmp_path):
    """"省纪委监委驻退役军人事务厅纪检监察组组长…胡勇赴攀枝花开展常态化走访并调研…" and his praise of the city's work are
    news about the bureau, not its work done."""
    ws = unit_workspace(tmp_path / "ws", "攀枝花市退役军人事务局", "市退役军人事务局", "攀枝花市", "东区, 西区, 仁和区, 米易县, 盐边县")
    text = ("省纪委监委驻退役军人事务厅纪检监察组组长、厅党组成员胡勇一行赴攀枝花开展常态化走访慰问优抚对象并调研退役军人工作\n"
            "来源：攀枝花市退役军人事务局办公室     发布时间：2022-12-20\n"
            "12月15日至17日，省纪委监委驻退役军人事务厅纪检监察组组长、厅党组成员胡勇赴攀枝花开展常态化走访并调研退役军人工作。\n"
            "胡勇一行先后上门走访慰问残疾退役军人庞益祥、罗阳春、战斗英雄安忠文、优秀退役军人李兴成等6名退役军人、烈属，"
            "为他们亲手送上慰问金。\n"
            "胡勇对攀枝花市退役军人事务工作给予充分肯定，认为攀枝花市烈士褒扬纪念设施建设与传承“三线精神”高度契合。\n")
    ff = distil(tmp_path, ws, text, "pzh.txt")
    assert ff.facts and all(f.kind == "context" for f in ff.facts)


# www.xifeng.gov.cn/zwgk/zdlygk/jytabl_5741631/dbjydf_5741632/201810/t20181028_62998410.html: a 息烽县 reply without letterhead.
XIFENG = ("曹国霞代表：\n感谢您对教育工作的关心和支持，您提出的《关于完善基层学校设施建设的建议》已收悉，现答复如下：\n"
          "近几年来，我局根据我县教育的实际情况，针对乡镇教师宿舍紧缺问题先后修建了青山苗族乡中、小教师周转房、鹿窝乡教师公租房、"
          "乌江复旦学校公租房、石硐中学教师公租房、温泉镇教师周转房、小寨坝小学教师周转房，总共220套，很好地解决了老师留宿问题。\n"
          "2017年7月24日\n")


def test_a_reply_without_letterhead_naming_the_workspaces_towns_is_of_its_county(tmp_path):
    """The reply names no unit and no county (the county is named only in the site's footer, which is no text of it); it says
    我县 and names several of 息烽县's towns: a reader in 息烽县 can tell it is the county's. It speaks as 我局 and thanks for
    教育工作, the bureau's field: the bureau's own (hd26c: unsigned replies of the bureau lost its habits)."""
    ws = unit_workspace(tmp_path / "ws", "息烽县教育局", "县教育局", "息烽县",
                        "永靖镇, 温泉镇, 九庄镇, 小寨坝镇, 西山镇, 养龙司镇, 石硐镇, 鹿窝镇, 流长镇, 青山苗族乡")
    ff = distil(tmp_path, ws, XIFENG, "xifeng.txt")
    assert ff.source.jurisdiction == "息烽县"
    assert ff.source.issuer == "息烽县教育局"
    assert {f.jurisdiction for f in ff.facts} == {"息烽县"}


def test_a_reply_naming_none_of_the_workspaces_areas_gets_no_place_of_it(tmp_path):
    """The same reply read in another county's workspace, none of whose areas it names: no place is guessed."""
    ws = unit_workspace(tmp_path / "ws", "修文县教育局", "县教育局", "修文县", "龙场街道, 扎佐街道, 久长街道, 六屯镇")
    ff = distil(tmp_path, ws, XIFENG, "xifeng.txt")
    assert not ff.source.jurisdiction


# www.sznianjian.com/show.php?mlid=46884: 海口's forestry year 2021 in a yearbook.
def test_the_province_granting_a_quota_is_no_place_of_the_citys_facts(tmp_path):
    """"占省下达年度考核性指标（400公顷）的246.6%": 省 before 下达 grants the quota; the page's facts and figures stay 海口市's."""
    ws = unit_workspace(tmp_path / "ws", "海口市园林和环境卫生管理局", "市园林环卫局", "海口市", "秀英区, 龙华区, 琼山区, 美兰区")
    text = ("【植树造林】 2021年，海口市围绕着力开展森林城市建设和国土绿化，科学推进造林绿化，提升林业生态建设。全年完成绿化造林面积"
            "986.41公顷，占省下达年度考核性指标（400公顷）的246.6%，占年度总任务（566.67公顷）的174.07%；义务植树完成43.64万株，"
            "占任务（40万株）109%，超额完成年度造林绿化任务。\n")
    ff = distil(tmp_path, ws, text, "haikou2021.txt")
    assert ff.source.jurisdiction == "海口市"
    assert {f.jurisdiction for f in ff.facts} == {"海口市"}
    assert {g.place for g in _figures(ff).values()} <= {None, "海口市"}


# qdnwm.gov.cn/jujiaoqdn/4742.html: 黔东南州's government report, its 十件民生实事.
def test_a_congress_sessions_list_of_this_years_projects_is_a_plan_of_its_prefecture(tmp_path):
    """"黔东南苗族侗族自治州第十五届人民代表大会第四次会议…报告明确，今年将继续…扎实办好“十件民生实事”。（一）…" read in a county's
    workspace: the items are that year's targets (plans), of 黔东南州, not the county's. (The page prints no year: none is read.)"""
    ws = unit_workspace(tmp_path / "ws", "荔波县民政局", "县民政局", "荔波县", "玉屏街道, 朝阳镇")
    text = ("黔东南州政府工作报告：今年扎实办好“十件民生实事”\n"
            "1月31日上午，黔东南苗族侗族自治州第十五届人民代表大会第四次会议在凯里隆重开幕。州长杨光杰代表州人民政府向大会作政府工作报告。\n"
            "报告明确，今年将继续统筹财力，扎实办好“十件民生实事”。\n"
            "（一）促进群众就业增收，开展职业技能培训2.5万人次，县、乡级就业公共服务机构覆盖率达100%，村级就业公共服务覆盖率达80%左右。\n"
            "（三）提高卫生健康水平，对全州65岁及以上老年人免费体检一次。\n"
            "（四）完善养老服务体系和儿童福利机构，对2000户特殊困难老年人家庭适老化改造，打造16个示范性社区老年助餐点。\n")
    ff = distil(tmp_path, ws, text, "qiandongnan.txt")
    items = [f for f in ff.facts if f.text.startswith(("促进群众", "提高卫生", "完善养老"))]
    assert len(items) == 3 and all(f.kind == "plan" for f in items)
    assert {f.jurisdiction for f in ff.facts} == {"黔东南州"} and all(f.external for f in ff.facts)
