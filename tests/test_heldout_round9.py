"""General reading rules found on held-out round 9 (replies, co-replies and reports of bureaus the
earlier rounds did not hold — 水利局/水务局, 住建局, 林业局, 应急管理局, 统计局, 商务局, 城管局, 退役军人事务厅
— a city government office's split of its 政府工作报告's targets, and document-library pages).

Each test distils a short text written for it, in the shape such a page has (the real page's words,
names shortened), through the public path a user's ``drafter distill`` takes (read_document →
distill_document, in the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts


TARGETS_SPLIT = """索引号:  TCXXGK-2025-001033 主题分类:  政务督查
发文机构:  市政府办公室(市数据局) 发文文号:  铜政办发〔2025〕1号
发文日期:  2025年02月27日 发布日期:  2025-03-03 14:30
铜川市人民政府办公室关于
落实《政府工作报告》重点工作分工的意见
各区县人民政府,市新区管委会,市政府各工作部门、直属事业单位:
  市十七届人大五次会议审议通过的《政府工作报告》,是指导全市2025年经济社会发展工作的纲领性文件。现将《政府工作报告》重点工作予以分解,请各责任单位抓好落实,确保各项目标任务圆满完成。
  一、2025年年度目标
  1. 生产总值增长6%左右。(市发展改革委负责)
  2. 固定资产投资增长7%左右。(市发展改革委负责)
  3. 城镇新增就业5000人以上。(市人社局负责)
  二、2025年重点工作
  (一)突出挖潜能稳增长,巩固经济回升向好态势
  10. 开展提振消费专项行动,精心举办“秦乐购”促消费活动150场次。(市商务局负责)
  11. 加快10个商贸项目建设,推动客货邮融合发展。(市商务局、市交通运输局负责)
"""


def test_numbered_targets_with_a_note_of_who_is_responsible_are_plans(tmp_path, workspace):
    """1. 生产总值增长6%左右。（市发展改革委负责） under 一、2025年年度目标: a target, a fact of the plan
    (it was taken for a heading: only （市发展改革委负责） was left, and 6%左右 was lost); the tasks under
    二、2025年重点工作 are plans too (they were done work)."""
    ff = distil(tmp_path, workspace, TARGETS_SPLIT, "split.txt")
    kinds = {g.raw: f.kind for f in ff.facts for g in f.figures}
    assert {"6%左右", "7%左右", "5000人以上", "150场次", "10个"} <= set(kinds)
    assert set(kinds.values()) == {"plan"}
    assert "生产总值增长6%左右" in fact_texts(ff)


def test_a_title_broken_after_its_guanyu_and_naming_a_report_in_its_brackets(tmp_path, workspace):
    """铜川市人民政府办公室关于 / 落实《政府工作报告》重点工作分工的意见: one title (it was cut at 关于), an
    意见 (policy), not the 工作报告 it names in 《》; its number is the page's 发文文号 (none was read)."""
    ff = distil(tmp_path, workspace, TARGETS_SPLIT, "split.txt")
    assert ff.source.title == "铜川市人民政府办公室关于落实《政府工作报告》重点工作分工的意见"
    assert ff.source.kind == "policy"
    assert ff.source.number == "铜政办发〔2025〕1号"
    # a notice printing a report (关于印发《…工作总结》的通知) is still that report
    text = "关于印发《某区科学技术委员会2023年工作总结》的通知\n科委各科室:\n现将《某区科学技术委员会2023年工作总结》印发给你们。\n"
    assert distil(tmp_path, workspace, text, "notice.txt").source.kind == "work_report"


FIRE_REPLY = """区十九届人大四次会议《关于旅顺龙岗路商业步行街建设的建议》(第104号)答复意见

发表日期:2024年7月5日

  共有 1 位读者读过此文


尊敬的陈婧代表:

您好!首先,对您在提案中关于加强消防设施检查、保障消防安全的宝贵意见和建议表示衷心的感谢。针对您提出的建议,我们已经或将采取以下措施:

一、加强消防安全教育

我们将把消防安全教育作为重要工作来抓,通过组织培训、开展宣传活动等多种方式,向全体经营者普及消防安全知识。
"""


def test_a_reply_dated_by_its_published_field(tmp_path, workspace):
    """发表日期:2024年7月5日 under the title: the reply's date, a page field (it ran into the title as a
    fact, and the reply had no date and no deputy)."""
    ff = distil(tmp_path, workspace, FIRE_REPLY, "reply.txt")
    assert ff.source.date == "2024-07-05"
    assert ff.source.deputy == "陈婧"
    assert "发表日期" not in fact_texts(ff)


def test_a_class_after_a_number_in_square_brackets(tmp_path, workspace):
    """临建字[2020]2号 B类 (the page's brackets square): class B, as after 临建字〔2020〕2号 (none was read)."""
    text = """对市政协九届四次会议第58号提案的答复
临建字[2020]2号 B类
陈某平委员:
您在市政协九届四次会议提出的《关于对原机械厂老宿舍楼实施危旧改造的提案》收悉。现答复如下:
去年申报的我市第一批12个小区(19个子项目)今年已经全部开工。
临湘市住房和城乡建设局
2020年9月24日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.reply_class == "B"
    assert ff.source.number == "临建字〔2020〕2号"


FORESTRY_REPLY = """省林业局关于省十三届人大二次会议第26号建议的答复
杨某群代表:
您提出的《关于加快推进我省河流沿岸造林绿化工作的建议》收悉。现就建议提出的有关问题答复如下:
国家发展改革委等4部门印发的《关于加快长江两岸造林绿化的指导意见》,实施范围已限定在长江干流流经的上海、江苏、安徽、江西、湖北、湖南、重庆、四川、云南等省(市),因长江干流未流经我省境内,所以我省未能纳入实施范围。
2016年以来,全省共完成营造林2048万亩,进一步夯实了我省长江珠江上游生态屏障。
目前,省林业局将继续推进绿化贵州建设。
"""


def test_provinces_listed_as_others_are_not_the_province_s_own(tmp_path, workspace):
    """…长江干流流经的上海、江苏、安徽、江西…等省(市)，因长江干流未流经我省境内… 绿化贵州: a province's bureau
    naming other provinces in a list is of the one it names alone (贵州; it was 安徽, the list's first)."""
    ff = distil(tmp_path, workspace, FORESTRY_REPLY, "reply.txt")
    assert ff.source.jurisdiction == "贵州省"
    assert ff.source.issuer == "贵州省林业局"
    assert {g.place or f.jurisdiction for f in ff.facts for g in f.figures if g.raw == "2048万亩"} == {"贵州省"}


@pytest.mark.parametrize("name", ["依据县", "依据市"])
def test_what_the_work_follows_before_a_level_is_no_place(name):
    """依据县人民政府工作安排: the county government's arrangement, no county named 依据."""
    from drafter.distill.places import is_place

    assert not is_place(name)


def test_a_breakdown_after_a_total_is_of_the_total_s_year(tmp_path, workspace):
    """…截至8月底…满足率100%。…2021年我局承办的建议、提案共15件。其中:州人大代表建议2件…县政协提案6件…:
    the 其中 sentence breaks down 2021's 15件 and is 2021's too (its figures had no year)."""
    text = """建议提案办理状况汇报
我局实行有力措施推动建议提案办理工作,截至8月底,所承办的建议提案全部在规定时限内办复,代表委员基本满意率100%。依据县人民政府工作安排,2021年我局承办的建议、提案共15件。其中:州人大代表建议2件(主办件2件、会办件0件); 州政协提案3件(主办件2件、会办件1件);县人大代表建议4件(主办件3件、会办件1件);县政协提案6件(主办件3件、会办件3件)。
"""
    ff = distil(tmp_path, workspace, text, "report.txt")
    # a figure's own period where it has one (basis set: 2件 had basis unknown), else its fact's
    years = {g.raw: g.year if g.basis else g.year or f.period.year for f in ff.facts for g in f.figures}
    assert years["15件"] == 2021
    assert years["3件"] == years["4件"] == years["6件"] == 2021


LIBRARY_PAGE = """欢迎来到天天文库
浏览记录
ID:16903377
大小:17.00 KB
页数:3页
第1页共8页区水利局工作总结报告今年以来,在区委、区政府的正确领导下,全区各项水利工作有序推进。农村平安饮水工程方案总投资918.14万元,2023年完成年度投资503.8万元。
"""


def test_a_document_library_s_file_card_and_page_count_are_chrome(tmp_path, workspace):
    """欢迎来到天天文库, ID:16903377, 大小:17.00 KB, 页数:3页 over a document, and 第1页共8页 run into its
    first line: the library's, not the document's (第1页共8页 opened a fact, the card lines became the title)."""
    ff = distil(tmp_path, workspace, LIBRARY_PAGE, "report.txt")
    text = fact_texts(ff)
    assert "503.8万元" in text
    assert "第1页共8页" not in text
    assert ff.source.title is None or "文库" not in ff.source.title


def test_traditional_scales_are_figures(tmp_path, workspace):
    """計畫投資1300萬元 on a mirror in traditional characters: a figure of 1300 万元 (none was read)."""
    text = """水利局下半年工作計畫
(一)繼續夯實我市的水利基礎設施
1.計畫投資1300萬元,建設分水水庫除險加固工程;
2.總投資1.2億元,受益人口3.59萬人,目前已完成投資85萬元。
"""
    ff = distil(tmp_path, workspace, text, "plan.txt")
    figures = {g.raw: (g.value, g.scale, g.unit) for f in ff.facts for g in f.figures}
    assert figures["1300万元"] == (1300, "万", "元")  # (the mirror read in simplified characters)
    assert figures["1.2亿元"] == (1.2, "亿", "元")
    assert figures["85万元"] == (85, "万", "元")


PARTY_PROPOSAL_REPLY = """您的当前位置: 首页 > 新闻通报 > 行政公文
广州市应急管理局关于《关于强化应急能力建设 推进城市安全发展的建议》提案(第1006号)的办理意见
浏览次数: 字体: 作者:广州市应急管理局 发布日期:2019-08-21 14:46
A
致公党广州市委员会
致公党广州市委员会向广州市政协十三届三次会议提交了《关于强化应急能力建设推进城市安全发展的建议》提案(第1006号),并被确定为2019年重点提案。我局会同各会办单位起草了提案办理意见,现答复如下:
一、市领导牵头督办,切实加强组织领导
市政协高度重视1006号提案办理工作,将其遴选纳入市领导督办10件重点提案之一。
"""


def test_a_party_committee_over_a_reply_is_its_proposer(tmp_path, workspace):
    """致公党广州市委员会 alone over the reply (its colon lost): the collective proposer, not the writer
    (it was the issuer, and the reply had no proposer); the writer is the unit the title opens with."""
    ff = distil(tmp_path, workspace, PARTY_PROPOSAL_REPLY, "reply.txt")
    assert ff.source.deputy == "致公党广州市委员会"
    assert ff.source.issuer == "广州市应急管理局"
    assert ff.source.reply_class == "A"


def test_a_yearly_figure_of_a_span_of_years(tmp_path, workspace):
    """…生态护林员计划安排是2016—2017年每年68名,2018年增加了28名: 68名 is of 2016-2017 (it took the
    reply's year, 2019)."""
    text = """胡某英等四位代表:
你们提出的《关于加大对五台林场森林资源管护经费投入的建议》已收悉,现答复如下:
五台林场生态护林员计划安排是2016—2017年每年68名,2018年增加了28名,护林员总数累计达到96名。
房县林业局
2019年8月20日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    spans = {g.raw: (g.year, g.until) if g.basis else (g.year or f.period.year, g.until or f.period.until)
             for f in ff.facts for g in f.figures}
    assert spans["68名"] == (2016, 2017)
    assert spans["28名"] == (2018, None)


def test_the_whole_county_of_a_text_naming_no_county_is_no_place(tmp_path, workspace):
    """…全县累计完成造林13.6万亩 in a reply that never names its county: 13.6万亩 has no place (it was
    the place 全县)."""
    text = """周某委员:您好!您提出的《关于在我县开展封山育林的建议》的提案,我局已收悉,现就您的提案答复如下:
2002年实施退耕还林工程和长防林工程至今,全县累计完成造林13.6万亩(退耕还林10.5万亩,长防林3.1万亩)。
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places["13.6万亩"] is None


def test_a_town_named_earlier_in_the_sentence_is_its_figures_place(tmp_path, workspace):
    """…改造范围为清原镇东三环小区、县托小区等7个老旧小区,共涉及103栋楼、4261户居民: the buildings and
    households are 清原镇's (they were the county's); …只能将柳林洲街道办事处的8个社区作为中心城区: 柳林洲街道's."""
    text = """对县八届人大二次会议第72号建议答复
高某代表
您提出的《关于加强县城小区基础设施建设的建议》收悉,现将办理情况答复如下:
今年我局将实施老旧小区改造建设项目改造范围为清原镇东三环小区、县托小区、镇中小区等7个老旧小区,共涉及103栋楼、4261户居民、建筑面积26.93万平方米。
后我局与市局对接后,进一步明确只能将柳林洲街道办事处的8个社区作为中心城区,钱粮湖镇不在政策范围内。
全县共有东山镇、西山镇等12个乡镇,完成投资5亿元。
承办单位:清原满族自治县住房和城乡建设局
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places["4261户"] == places["26.93万平方米"] == "清原镇"
    assert places["8个"] == "柳林洲街道"
    assert places["5亿元"] == "清原满族自治县"  # towns in a list under 全县: the county's


def test_a_figure_the_deputies_asked_for_is_no_work_done(tmp_path, workspace):
    """二、关于“2019年支持10公里护林防火道建设”的建议 (a numbered line restating the ask) is a heading, no
    fact (it was a done fact of 10公里); …关于你们提出“…10公里…”的建议，目前解决办法是… is no done work either:
    its only figure is the ask's. 2018年增加了28名 stays done."""
    text = """胡某英等四位代表:
你们提出的《关于加大对五台林场森林资源管护经费投入的建议》已收悉,现答复如下:
一、“增加生态护林员指标,在原有的基础上增加30名”的建议
五台林场生态护林员2018年增加了28名,护林员总数累计达到96名,待2019年度护林员指标下达后我局将优先安排。
二、关于“2019年支持10公里护林防火道建设”的建议
森林防火道建设是森林防火工作的主要内容之一,关于你们提出“2019年支持10公里护林防火道建设”的建议,目前解决办法是:林场抓紧时间向县发展和改革局申请立项,积极支持林场防火道项目建设。
房县林业局
2019年8月20日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    kinds = [(g.raw, f.kind) for f in ff.facts for g in f.figures]
    assert ("28名", "done") in kinds
    assert all(kind != "done" for raw, kind in kinds if raw in ("10公里", "30名"))
    assert not any(f.text.startswith(("关于“2019年", "“增加生态")) for f in ff.facts)


def test_a_proposer_s_county_in_brackets_is_not_the_report_s(tmp_path, workspace):
    """…(州人大第73号建议,龙山县电视台王某兵,由我局主办) in a county bureau's report that never names its
    county: 龙山县 is the proposer's, so the report and its figures have no place (they were 龙山县's)."""
    text = """建议提案办理状况汇报
根据县人民政府工作安排,2021年我局承办的建议、提案共15件。其中:州人大代表建议2件;县政协提案6件。
(一)2件州人大代表建议分别是:1、关于提高环卫工福利待遇的建议(州人大第214号建议,县环卫所李某芹等11人,由我局主办); 2、关于规范全州城区摩托车管理的建议(州人大第73号建议,龙山县电视台王某兵,由我局主办)。
"""
    ff = distil(tmp_path, workspace, text, "report.txt")
    assert ff.source.jurisdiction is None
    assert {g.place or f.jurisdiction for f in ff.facts for g in f.figures if g.raw == "15件"} == {None}


@pytest.mark.parametrize("name", ["预计区", "预测市", "估计县"])
def test_an_estimate_of_the_whole_level_is_no_place(name):
    """预计全区…, said twice in a report (上半年预计全区规上工业增加值…): an estimate of the whole district,
    no district named 预计区 (a name before 全区 said twice was read as one)."""
    from drafter.distill.places import is_place

    assert not is_place(name)


def test_a_span_to_now_over_a_long_clause(tmp_path, workspace):
    """2002年实施退耕还林工程和长防林工程至今，全县累计完成造林13.6万亩 in a 2018 reply: 13.6万亩 is of
    2002-2018 (it was 2018's: 至今, too far from its year, was read as the present alone)."""
    text = """周某委员:
您提出的《关于在我县开展封山育林的建议》的提案,我局已收悉,现就您的提案答复如下:
2002年实施退耕还林工程和长防林工程至今,全县累计完成造林13.6万亩。
某县林业局
2018年8月25日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    fig = next(g for f in ff.facts for g in f.figures if g.raw == "13.6万亩")
    fact = next(f for f in ff.facts if fig in f.figures)
    assert (fig.year, fig.until) == (2002, 2018) or (fig.year is None and (fact.period.year, fact.period.until) == (2002, 2018))


def test_a_cut_off_year_is_no_period(tmp_path, workspace):
    """…改造范围为…等7个2000年以前建成的老旧小区,共涉及4261户居民: 2000 is when the estates were built
    by, not the year of 4261户 (it was)."""
    text = """对县八届人大二次会议第72号建议答复
高某代表:
您提出的《关于加强县城小区基础设施建设的建议》收悉,现将办理情况答复如下:
2023年我局实施老旧小区改造,改造范围为东三环小区、县托小区等7个2000年以前建成的老旧小区,共涉及4261户居民。
某县住房和城乡建设局
2023年6月26日
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    years = {g.raw: g.year if g.basis else g.year or f.period.year for f in ff.facts for g in f.figures}
    assert years["4261户"] == 2023


def test_a_date_after_a_view_counter_on_one_line(tmp_path, workspace):
    """浏览:740次'时间:2024年1月5日 under the title: the counter is chrome, the 时间 the page's date (the
    whole line was dropped as chrome, and the reply had no date)."""
    text = """2023年清原满族自治县八届人大二次会议《关于加强县城小区基础设施建设的建议》(72号)的答复
浏览:740次'时间:2024年1月5日
高某代表
您提出的《关于加强县城小区基础设施建设的建议》收悉,现将办理情况答复如下:
今年我局将实施老旧小区改造建设项目,共涉及103栋楼、4261户居民。
"""
    ff = distil(tmp_path, workspace, text, "reply.txt")
    assert ff.source.date == "2024-01-05"
    assert "浏览" not in fact_texts(ff)


CITY_SHORT_REPLY = """关于市十四届人大五次会议第5号代表建议的答复
徐某国代表:
非常感谢您提出的《关于加大{name}南部山区乡村旅游基础设施建设资金投入力度的建议》,现答复如下:
{name}南部主要包括刘仁八、殷祖两地。近年来,我局围绕两地乡村旅游开发做了大量工作。
今年2月,向省文旅厅上报9个旅游景区提档升级建设项目,争取全市旅游发展资金。
某市文化和旅游局
2021年7月15日
"""


def test_a_city_named_short_by_its_parts_is_the_reply_s_place(tmp_path, workspace):
    """A 市 reply saying 大冶南部 twice (in the suggestion's title and in its text) and no 大冶市: the reply
    and its figures are 大冶市's (they had no place)."""
    ff = distil(tmp_path, workspace, CITY_SHORT_REPLY.format(name="大冶"), "reply.txt")
    assert ff.source.jurisdiction == "大冶市"
    assert {g.place or f.jurisdiction for f in ff.facts for g in f.figures if g.raw == "9个"} == {"大冶市"}
    # a region's or an area's part (区域南部, 中国南部) names no city
    assert distil(tmp_path, workspace, CITY_SHORT_REPLY.format(name="区域"), "reply2.txt").source.jurisdiction is None


def test_a_bureau_s_work_points_for_the_year_are_plans(tmp_path, workspace):
    """某县水利局2024年工作要点: its numbered tasks and targets (完成水利投资3亿元…) are plans, not done
    work (they were done: a 工作要点 is read as a report, whose sections are done by default); a
    工作总结 stays done."""
    text = """某县水利局2024年工作要点
一、加快水利工程建设
1. 完成水利投资3亿元,建设分水水库除险加固工程。
2. 新建农村饮水安全工程41处,受益人口3.59万人。
"""
    ff = distil(tmp_path, workspace, text, "points.txt")
    assert {f.kind for f in ff.facts if f.figures} == {"plan"}
    summary = distil(tmp_path, workspace, text.replace("工作要点", "工作总结"), "summary.txt")
    assert {f.kind for f in summary.facts if f.figures} == {"done"}
