"""h320: findings of the held-out test hd58a (承德市交通运输局, 承德市) in its seeds' facts, each on the seeds' real lines.

1. Kinds: a news item of the place's own, its work told of no subject, finished already (目前，已完成国省干线公路养护工程41项…) or
   in a year before the page's (…2016年建成1110公里…建成通车) is done, not background; what the page's year is to see (今年承德市将
   计划完成投资76亿元; 今年承德市交通基础设施建设计划完成投资40.7亿元…, its reporter's 2月27日，从市交通运输局了解到 no part of
   it) and what a clause says will be done with its figure (市区将投放新能源公交车200台) are plans.
2. Periods: in a page early in a year reviewing the year before, a statement of that year (2016) shares it with its figures no time
   reaches (16 of 19 were 2017, "relative to document date"); a figure of its statement's year carries none, whatever read it
   (1660公里 was 2021 "document date" beside 16条段 of none).
3. Labels: shares paired with the figures listed before them each with its thing (分别占“十三五”计划的29.6%、22%: 干线公路's,
   农村公路's; both were 农村公路's); a quote never closed opens no clause (入库农村公路“5500公里: was unlabelled); a size right after a
   count and its noun counts what the count does (213个村222公里: 美丽乡村项目, was 村); 条段 one counter (20条段530公里: 530公里
   was 段); shares listed each before its thing (92%的镇和47%的乡通达二级公路: 47% was 镇和).
4. Structure: a topic phrase opening its sentence before a comma (普通国省干线公路项目，计划新建续建…) goes with the plan that
   turns after it, no fact of its own.
"""

from __future__ import annotations

from helpers import CHENGDE, distil, first_saying, unit_workspace

from drafter.distill.facts import YEAR_WILL, own_result, year_will
from drafter.distill.figures import find_figures
from drafter.distill.structure import TOPIC_OPENING

# seeds of hd58a, their lines as the pages gave them: 2017-02-08_承德市公路养护水平走在全省前列.txt (its head and article),
# 2018-02-28_承德市2018年交通基础设施建设计划.txt (all but its last paragraph), 2021-03-16_今年承德市将投资76亿元完善路网建设.txt
# (its head, its first three paragraphs and its last, cut by the page).
PAGE_2017 = ('http://cd.hebnews.cn/2017-02/08/content_6289544.htm\n承德新闻>>承德时政要闻\n\n'
             '承德市公路养护水平走在全省前列\n\n2017-02-08 10:42:43 来源:承德政府网\n\n承德市大力加快高速连接线、干线公路、路网改造大中修及农村公路建设,'
             '道路运输服务水平、公路养护管理能力进一步提升。目前,在全省公路养护管理能力考评中,位次由全省第三提升至第二位。\n\n通过城镇路网改造、土地项目整理、美丽乡村等多渠道融资,'
             '推进普通公路建设,争得贷款23.5 亿元,开工建设干线公路296 公里、农村公路1110 公里,分别占“十三五”计划的29.6%、22%。'
             '开工建设干线公路项目9 项296 公里,完成前期进行开工准备7 项226 公里,同时正在开展前期工作28 项478 公里。入库农村公路“5500 公里、桥梁360 座、隧道13 座,'
             '2016年建成1110 公里,其中美丽乡村项目完成213 个村222 公里。承赤高速机场连接线等6 条段116.91 公里高速公路连接线建成通车,'
             '完成年初目标任务,使高速公路效益充分发挥。\n\n养护管理能力进一步提升,考评位次由全省第三提升至第二位。目前,已完成国省干线公路养护工程41 项,'
             '完成投资5 亿元,其中在交通运输部确定的公路安全生命防护示范工程6个省级先行试点中,承德市作为河北省唯一试点,在全国率先完成4 条段258.3公里的示范工程改造和建设,'
             '获交通运输部验收组的高度评价。道路运输服务水平进一步提升,承德至下板城、承德至围场高速客运班线正式开通,承张高速客运班线已完成招投标工作,预计今年年内开通。(记者马思稳,通讯员张伟)\n\n责任编辑:张云\n')
PAGE_2018 = ('https://cm.hczyw.com/2018/0228/252036.html\n2月27日,从市交通运输局了解到,今年承德市交通基础设施建设计划完成投资40.7亿元,'
             '建设各级公路1665公里,其中,进京的第二条高速承平高速年内将全面开工。\n据悉,今年承德市围绕推进京津冀交通一体化和助推脱贫攻坚建设,着力提升域内路网整体水平,'
             '加大交通基础设施建设力度。在高速公路方面,承平高速要围绕全面开工目标,年底前全面开工建设,建成以后,市民去往石家庄将不必穿行北京。承克高速(围御段)年内完成保护区调界的报告编制及评审。'
             '京承高速大栅子互通、承唐高速安子岭互通年内完成前期审批并开工建设。承赤高速茅荆坝互通加快推进前期。\n普通国省干线公路项目,计划新建续建20条段530公里,'
             '其中,新建续建国道G112北京环线西地至大屯段一级公路等20条段530公里,确保年内建成通车7条段198公里。年底前要实现全市92%的镇和47%的乡通达二级公路(2020年目标:100%建制镇和60%乡通二级公路),'
             '公路总体水平有新提升。京津冀交通一体化项目,国道G101古北口至偏桥段一级路年内建成通车,省道S312六道河至将军关、省道S306上板城至涝洼力争年内完成前期工作。'
             '农村公路项目,计划建设900公里,确保210个贫困村实现硬化路通达,占剩余应硬化道路贫困村的45%。场站项目,计划重点推进滦平客运枢纽、双滦客运枢纽项目。养护工程项目,计划完成各类养护工程43项。\n')
PAGE_2021 = ('http://m.hebnews.cn/cd/2021-03/16/content_8419135.htm\n河北新闻网手机版\n\n承德市新闻头条新闻\n'
             '  • 分享\n  • 今年承德市将投资76亿元完善路网建设\n\n    来源:和合承德网 2021-03-16 16:20:02\n    语音播报\n'
             '\n    今年承德市将投资76亿元完善路网建设\n\n    3月11日,记者从承德市交通运输局获悉,今年承德市将计划完成投资76亿元,'
             '全力推进重点项目建设,全面提升服务民生水平。\n\n    交通是连接城市的重要纽带,是为城市发展运送人流、物流的重要通道,也是城市发展的主要动力。'
             '近年来,承德市不断加大投入,加快高速公路建设,打通城市“断头路”“瓶颈路”,升级“环城路”“过境路”,满足城市发展和市民出行的需求。今年,'
             '承德市还将聚焦完善路网,全力推进重点项目建设。\n\n    据市交通运输局工作人员介绍,今年承德市将加快承平高速建设,新建续建普通干线公路16条段424公里,'
             '建成通车4条段95公里;完成普通干线公路养护工程47项。新改建农村公路1660公里。今年承德市将抢抓有效施工期,挂图作战,承克高速也将在年内争取完成投资人招标,'
             '明年开工建设。国道G233姜家店至棋盘山段、省道S504狮子园至双峰寺段、元雹线拓宽改造等城市绕城路10条段256公里有序推进前期,形成“竣工一批、开工一批、储备一批、谋划一批”的梯次滚动发展格局。'
             '\n\n    为了完善城区公交网络,市区将投放新能源公交车200台,中心城区行政村实\n')


def _facts(tmp_path, page: str, name: str):
    """The facts of ``page`` (the seed ``name``) distilled in a workspace of 承德市交通运输局 of its own."""
    root = tmp_path / name[:10]
    root.mkdir()
    return distil(root, unit_workspace(root / "ws", *CHENGDE), page, name).facts


def test_1_the_places_work_finished_is_done_what_its_year_is_to_see_a_plan(tmp_path):
    facts = _facts(tmp_path, PAGE_2017, "2017-02-08_承德市公路养护水平走在全省前列.txt")
    assert first_saying(facts, "争得贷款23.5亿元").kind == "done"  # (was context)
    assert first_saying(facts, "已完成国省干线公路养护工程41项").kind == "done"  # (was context)
    facts = _facts(tmp_path, PAGE_2018, "2018-02-28_承德市2018年交通基础设施建设计划.txt")
    planned = first_saying(facts, "计划完成投资40.7亿元")
    assert planned.kind == "plan" and planned.text.startswith("今年承德市")  # (was context, after 2月27日，从市交通运输局了解到，)
    facts = _facts(tmp_path, PAGE_2021, "2021-03-16_今年承德市将投资76亿元完善路网建设.txt")
    assert first_saying(facts, "今年承德市将计划完成投资76亿元").kind == "plan"  # (was done)
    assert first_saying(facts, "市区将投放新能源公交车200台").kind == "plan"  # (was context)
    # (the page's year said 今年, whatever its verb after 将; not 今年以来, a time past)
    assert year_will("今年承德市将计划完成投资76亿元，全力推进重点项目建设。", 2021)
    assert not YEAR_WILL.match("今年以来，承德市已完成投资50亿元。")
    # (a year's statistics are no work finished: 实现 a value, no works ended — hd56c's 珠海 page stays background)
    stats = "统计数据显示，2023年，珠海民营经济主体增至40.55万户。民营规上工业企业实现工业增加值881.71亿元。"
    assert not own_result(stats, find_figures(stats), 2024)
    run = "2008年以来,全市西江黄金水道建设累计完成投资65.2亿元,建成生产性泊位81个。"  # (a run since a year: no year's works, round 67)
    assert not own_result(run, find_figures(run), 2019)


def test_2_a_statement_of_the_year_reviewed_shares_it_with_its_figures(tmp_path):
    facts = _facts(tmp_path, PAGE_2017, "2017-02-08_承德市公路养护水平走在全省前列.txt")
    fact = first_saying(facts, "争得贷款23.5亿元")
    assert (fact.period.year, fact.period.basis) == (2016, "text")
    # (none of them 2017 "relative to document date": 16 of the 19 were; those its sentence dates 2016 say so)
    assert [g.raw for g in fact.figures if g.year is not None] == ["1110公里", "213个", "222公里"]
    assert {g.year for g in fact.figures} == {None, 2016}
    facts = _facts(tmp_path, PAGE_2021, "2021-03-16_今年承德市将投资76亿元完善路网建设.txt")
    plan = first_saying(facts, "新改建农村公路1660公里")
    assert plan.period.year == 2021 and all(g.year is None for g in plan.figures)  # (1660公里, 10条段, 256公里 were 2021)


def test_3_labels():
    said = {g.raw: g.counts for g in find_figures(
        "通过城镇路网改造、土地项目整理、美丽乡村等多渠道融资,推进普通公路建设,争得贷款23.5 亿元,开工建设干线公路296 公里、"
        "农村公路1110 公里,分别占“十三五”计划的29.6%、22%。")}
    assert (said["29.6%"], said["22%"]) == ("开工建设干线公路占“十三五”计划", "农村公路占“十三五”计划")  # (both 农村公路's)
    said = {g.raw: g.counts for g in find_figures(
        "入库农村公路“5500 公里、桥梁360 座、隧道13 座,2016年建成1110 公里,其中美丽乡村项目完成213 个村222 公里。")}
    assert (said["5500 公里"], said["222 公里"]) == ("入库农村公路", "美丽乡村项目")  # (were none and 村)
    said = [(g.raw, g.unit, g.counts) for g in find_figures("普通国省干线公路项目,计划新建续建20条段530公里,其中,")]
    assert said == [("20条段", "条段", "计划新建续建"), ("530公里", "公里", "计划新建续建")]  # (530公里 was 段's)
    said = [g.counts for g in find_figures(
        "国道G233姜家店至棋盘山段、省道S504狮子园至双峰寺段、元雹线拓宽改造等城市绕城路10条段256公里有序推进前期,")]
    assert said == ["城市绕城路", "城市绕城路"]  # (256公里 was 有序推进前期)
    said = [g.counts for g in find_figures(
        "年底前要实现全市92%的镇和47%的乡通达二级公路(2020年目标:100%建制镇和60%乡通二级公路),公路总体水平有新提升。")]
    assert said == ["镇通达二级公路", "乡通达二级公路", "建制镇通二级公路", "乡通二级公路"]  # (were none, 镇和, 镇和, 建制镇和)


def test_4_a_topic_phrase_goes_with_the_plan_after_its_comma(tmp_path):
    facts = _facts(tmp_path, PAGE_2018, "2018-02-28_承德市2018年交通基础设施建设计划.txt")
    assert not [f for f in facts if f.text.rstrip("。") == "普通国省干线公路项目"]  # (was a fact of its own, background)
    plan = first_saying(facts, "计划新建续建20条段530公里")
    assert plan.kind == "plan" and plan.text.startswith("普通国省干线公路项目，计划新建续建")
    # (a topic names the matter; a clause of work before the comma stays its own: …签订合作框架协议，计划实施…)
    assert TOPIC_OPENING.fullmatch("普通国省干线公路项目，") and TOPIC_OPENING.fullmatch("在高速公路方面，")
    assert not TOPIC_OPENING.fullmatch("与市城投公司签订合作框架协议，")
