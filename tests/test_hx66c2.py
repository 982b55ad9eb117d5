"""hx66c2: distillation findings of held-out round hd66c (舟山市发展和改革委员会, 浙江), each on its seed's real lines.

a. 专项排查市本级… named no place 专项排查市 (a whole progress report was another place's): a verb of checking opens no place's
   name (grammar.CHECKING_VERBS), and 市本级/县本级 is a fixed term, its level word no name's end unless a known city's.
b. An issuer holding a site's address or a betting brand (市www.28365-365.com_365bet手机在线网页_365bet官网体育局) is no unit.
c. What a document is said to propose (…的通知，其中提出，…开工建设332万千瓦清洁火电项目) is a plan, and so is a progress table's task
   column (工作内容 beside 三季度进展情况); its achievement column stays done.
d. A notice's addressees (各县（区）人民政府，…各单位：), a plan's 责任单位：… lines and the title of the document a notice issues,
   printed over it, are no facts; the notice's issuing, its title first (《…》已经…审议通过，现印发给你们，…), is its issuer's deed
   of its date, as hd51a's 现将《…》印发给你们 is (ISSUING) — no plan.
e. 分别从44845元、25903元提高到63702元、39096元 pairs by position (town, country), the values started from of the five-year plan's
   eve, those reached of its end; 分别较“十二五”增长1.4倍、1.5倍 labels each change by the figure before it, in order.
"""

from __future__ import annotations

from helpers import distil, first_saying, unit_workspace
from helpers import ZHOUSHAN


# seeds/2022-10-10_2022年市政府工作报告重点工作前三季度完成情况.txt of hd66c, to its fifth row's number.
PROGRESS = ("当前位置:\n市政府工作部门> 舟山市人民政府办公室> 法定主动公开内容> 市政府工作报告> 市政府工作报告执行>\n"
            "索引号 001008009005001/2022-189013\n组配分类 市政府工作报告 发布机构 市政府办公室\n生成日期 2022-10-10 公开方式 主动公开\n"
            "2022年市政府工作报告重点工作前三季度完成情况\n发布日期:2022-10-10 来源:市政府办公室 访问次数: 字号:[ ]\n\n"
            "序号\n\n工作内容\n\n牵头单位\n\n三季度进展情况\n\n1\n\n一般公共预算收入增长7%。\n\n市财政局\n\n"
            "前三季度,全市实现一般公共预算收入158.86亿元,自然口径增长4.3%,扣除留抵退税因素后(同口径)增长17.7%,完成年度预算82.2%。"
            "收入增幅指标预计继续处于全省前二。\n\n2\n\n加强政府投资预算管理,提高重大项目资金保障能力。\n\n市财政局\n\n"
            "1.完成下达第二批前期类政府投资项目预算资金1530万元。\n\n"
            "2.专项排查市本级2021-2022年6月期间59家单位148个政府部门投资项目招投标情况,未发现违规问题。\n\n"
            "3.完善政府投资预算编审流程,加强项目预算绩效管理,强化招投标合规性审核。\n\n"
            "4.做好六横大桥财政服务保障相关工作,首笔专项债券资金7亿元已通过省财政厅初审。\n\n3\n\n"
            "落实落细新的组合式税费支持政策,为企业减负70亿元以上。\n\n市财政局\n\n"
            "1.积极落实组合式税费支持政策,前三季度我市企业减负70.66亿元。\n\n"
            "2.实现新扩围七大行业增值税留抵退税100%申请,累计退税1.86亿元,完成应退尽退目标。\n\n4\n\n"
            "推进国资国企改革三年行动,加快国有企业市场化转型。\n\n市财政局(国资委)\n\n"
            "1.提请市政府正式印发《舟山市市属国有企业监督管理工作暂行规则》。\n\n"
            "2.完成《舟山市市属重点国有企业投资监督管理办法(试行)》起草工作。\n\n"
            "3.深化劳动、人事、分配三项制度改革,改革总体进度已完成78%。\n\n5\n")
PROGRESS_NAME = "2022-10-10_2022年市政府工作报告重点工作前三季度完成情况.txt"
# seeds/2022-10-14_党的十八大以来舟山经济社会发展成就.txt of hd66c: its fields and first paragraphs.
ACHIEVEMENTS = ("|\n索引号 | 001008009005125/2022-189153 | ||\n"
                "组配分类 | www.28365-365.com_365bet手机在线网页_365bet官网体育报告 | 发布机构 | "
                "市www.28365-365.com_365bet手机在线网页_365bet官网体育局 |\n生成日期 | 2022-10-14 | 公开方式 | 主动公开 |\n"
                "党的十八大以来,舟山牢记习近平总书记“建设舟山群岛新区势在必行”“打造海洋经济强省,舟山要打头阵”等重要指示精神,"
                "忠实践行“八八战略”,完整、准确、全面贯彻新发展理念,放大资源优势,推进国家战略,坚持经略海洋,向海图强、实干争先,"
                "推动舟山从边陲海岛到开放高地,从产业单一到多元发展,从海防小城到花园城市,从总体小康到全面小康,高水平现代海洋城市建设迈出坚实步伐。\n"
                "一、经济运行稳中有进\n(一)经济持续较快发展。2021年,全市地区生产总值(GDP)达到1704亿元,是2012年(756亿元)的2.3倍,"
                "按可比价计算,年均增长8.7%,高于全省平均1.5个百分点,是长三角地区经济发展速度最快的地级市之一。\n")
ACHIEVEMENTS_NAME = "2022-10-14_党的十八大以来舟山经济社会发展成就.txt"
# seeds/2022-04-29_政府工作报告2022年重点工作任务责任分解.txt of hd66c, to its third task.
DUTIES = ("舟山:2022年开工建设332万千瓦清洁火电项目\n"
          "5月5日,舟山市人民政府发布关于印发政府工作报告2022年重点工作任务责任分解的通知,其中提出,完善双碳考核评估机制,"
          "扎实推进六大领域绿色低碳变革。严格落实能耗“双控”,坚决遏制“两高”项目盲目发展。健全碳达峰碳中和市场机制,"
          "开展250余家企业碳账户建设管理工作。推进节能减碳技术改造,开工建设332万千瓦清洁火电项目。详情如下:\n"
          "舟山市人民政府办公室关于印发政府工作报告2022年重点工作任务责任分解的通知\n"
          "各县(区)人民政府,各功能区管委会,市政府直属各单位:\n"
          "根据市党代会、市“两会”和市政府第一次全体会议精神,为进一步动员全市上下担当作为、狠抓落实,全力把今年政府工作报告各项目标任务"
          "落到实处、抓出成效,为高水平建设现代海洋城市开好局起好步,以优异成绩迎接党的二十大胜利召开。经市政府同意,"
          "现将《政府工作报告2022年重点工作任务责任分解》印发给你们,请认真贯彻执行。\n舟山市人民政府办公室\n2022年4月29日\n"
          "政府工作报告2022年重点工作任务责任分解\n一、徐仁标市长牵头重点工作\n1.一般公共预算收入增长7%。\n"
          "责任单位:市财政局、市税务局,各县(区)政府、功能区管委会(列第一位者为牵头或汇总单位,下同)\n"
          "2.加强政府投资预算管理,提高重大项目资金保障能力。\n责任单位:市财政局\n"
          "3.落实落细新的组合式税费支持政策,为企业减负70亿元以上。\n责任单位:市财政局、市税务局\n")
DUTIES_NAME = "2022-04-29_政府工作报告2022年重点工作任务责任分解.txt"
# seeds/2021-11-15_海洋经济高质量发展行动计划.txt of hd66c, to its first heading's first paragraph.
PLAN_NOTICE = ("当前位置:\n舟山市人民政府> 法定主动公开内容> 规章行政规范性文件> 其他文件> 市政府文件>\n"
               "索引号 001008009005001/2021-187522 文号 舟政发〔2021〕26号\n发布机构 市政府办公室 生成日期 2021-11-15\n"
               "组配分类 市政府文件 公开方式 主动公开\n"
               "舟山市人民政府关于印发舟山市推进海洋经济高质量发展当好海洋强省建设主力军行动计划(2021—2025年)的通知\n"
               "发布日期:2022-01-29    来源:    访问次数:    字号:[ ]\n\n各县(区)政府,各功能区管委会,市政府直属各单位:\n\n"
               "《舟山市推进海洋经济高质量发展当好海洋强省建设主力军行动计划(2021—2025年)》已经市人民政府第66次常务会议审议通过,"
               "现印发给你们,请认真贯彻执行。\n\n\n\n\n舟山市人民政府\n\n2021年11月15日\n\n\n"
               "舟山市推进海洋经济高质量发展当好海洋强省建设主力军行动计划(2021—2025年)\n\n\n\n"
               "为深入贯彻习近平总书记关于建设海洋强国的系列重要论述和指示批示精神,认真落实省委省政府发展海洋经济、建设海洋强省的决策部署,"
               "加快推进我市海洋经济高质量发展,当好海洋强省建设主力军,加快建设海洋中心城市,特制定本行动计划。\n\n\n一、总体要求\n\n"
               "(一)指导思想。\n\n坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻新发展理念,全力做好经略海洋大文章,"
               "加快提升海洋经济发展实力、海洋科技创新能力、海洋产业核心竞争力。\n")
PLAN_NOTICE_NAME = "2021-11-15_海洋经济高质量发展行动计划.txt"
# seeds/2021-02-03_舟山市政府工作报告.txt of hd66c: its head and the first two paragraphs of its review.
GOVERNMENT_REPORT = ("舟山市政府工作报告(2021年2月3日 何中伟)\n\n2021年03月02日 11:19   来源:舟山市政府网站   \n\n"
                     "  ——2021年2月3日在舟山市第七届人民代表大会第六次会议上\n\n  舟山市市长 何中伟\n\n  各位代表:\n\n"
                     "  一、“十三五”发展成就和2020年主要工作\n\n"
                     "  “十三五”以来,面对复杂多变的国内国际环境和艰巨繁重的改革发展稳定任务,在市委的坚强领导下,市政府坚持以习近平新时代中国特色"
                     "社会主义思想为指导,全面贯彻党中央国务院和省委省政府各项决策部署,打好“五大会战”,建设“四个舟山”,完成“十三五”规划主要目标"
                     "任务,高水平全面建成小康社会取得决定性成就。全市地区生产总值年均增长9.2%,增速全省第一;人均生产总值由2015年的8.1万元增加到"
                     "约12.7万元,居全省前列;一般公共预算收入增加到159.2亿元,年均增长9%;城乡居民收入分别从44845元、25903元提高到63702元、"
                     "39096元,城乡居民收入比从1.73缩小到1.63,居全省前列。\n\n"
                     "  这五年,我们坚持项目为王,强化谋划招引落地,经济发展积蓄新动能。坚定不移推进招商引资“一号工程”,累计引进百亿元以上项目8个,"
                     "累计实际到位市外资金超2600亿元,实际利用外资19.36亿美元,分别较“十二五”增长1.4倍、1.5倍。363个市重点项目开工建设。\n")
GOVERNMENT_REPORT_NAME = "2021-02-03_舟山市政府工作报告.txt"


def _zhoushan(tmp_path):
    return unit_workspace(tmp_path / "ws", *ZHOUSHAN)


def test_a_verb_of_checking_opens_no_place_and_a_level_before_its_own_tier_ends_none():
    from drafter.distill.places import is_place, places_in
    from drafter.grammar import CHECKING_VERBS

    line = "专项排查市本级2021-2022年6月期间59家单位148个政府部门投资项目招投标情况，未发现违规问题。"
    assert places_in(line) == [], places_in(line)  # (was 专项排查市)
    for verb in CHECKING_VERBS:  # (the class, not one word: 专项核查县…, 专项清查市…)
        assert not is_place(f"专项{verb}市") and not is_place(f"{verb}县"), verb
    # (市本级 a fixed term: its 市 ends no name of words before it, a verb of checking or not; a known city before it is one)
    assert places_in("其余市本级2021-2022年6月期间59家单位") == []
    assert places_in("舟山市本级2021-2022年6月期间59家单位") == [(0, 3, "舟山市")]


def test_a_progress_report_checking_the_citys_own_tier_is_the_citys(tmp_path):
    ff = distil(tmp_path, _zhoushan(tmp_path), PROGRESS, PROGRESS_NAME)
    assert ff.source.jurisdiction == "舟山市", ff.source.jurisdiction  # (was 专项排查市: all 13 facts 外地)
    assert not ff.source.issuer.startswith("专项"), ff.source.issuer
    assert not any(f.external for f in ff.facts)


def test_a_site_address_in_the_publishing_field_is_no_unit(tmp_path):
    ff = distil(tmp_path, _zhoushan(tmp_path), ACHIEVEMENTS, ACHIEVEMENTS_NAME)
    issuer = ff.source.issuer or ""
    assert "www" not in issuer and "365" not in issuer, issuer
    assert ff.source.jurisdiction == "舟山市", ff.source.jurisdiction  # (…最快的地级市之一 names no 地级市)


def test_what_a_notice_is_said_to_propose_is_planned(tmp_path):
    ff = distil(tmp_path, _zhoushan(tmp_path), DUTIES, DUTIES_NAME)
    proposed = first_saying(ff.facts, "其中提出")
    assert proposed.kind == "plan", proposed.kind  # (was done: 2022年，开工建设332万千瓦清洁火电项目 drafted as achieved)
    assert "332万千瓦" in [g.raw for g in proposed.figures]
    from drafter.distill.facts import document_proposes

    # (a body's deed of making a document, what the document then says, stays the body's work)
    assert not document_proposes("2022年，我委制定印发了《舟山市碳达峰实施方案》，明确了各部门职责。")


def test_a_progress_tables_task_column_is_planned_its_achievements_done(tmp_path):
    ff = distil(tmp_path, _zhoushan(tmp_path), PROGRESS, PROGRESS_NAME)
    for task in ("加强政府投资预算管理", "落实落细新的组合式税费支持政策，为企业减负70亿元以上", "推进国资国企改革三年行动"):
        assert first_saying(ff.facts, task).kind == "plan", task  # (were done: 减负70亿元以上 the target, not the 70.66亿元 reached)
    for achieved in ("前三季度我市企业减负70.66亿元", "完成下达第二批前期类政府投资项目预算资金1530万元", "专项排查市本级"):
        assert first_saying(ff.facts, achieved).kind == "done", achieved


def test_a_notices_addressees_and_a_plans_duty_lines_are_no_facts(tmp_path):
    ff = distil(tmp_path, _zhoushan(tmp_path), DUTIES, DUTIES_NAME)
    texts = [f.text for f in ff.facts]
    assert not [t for t in texts if t.startswith(("各县", "责任单位"))], texts
    assert first_saying(ff.facts, "一般公共预算收入增长7%").kind == "plan"  # (the tasks themselves stay)


def test_the_document_a_notice_issues_is_no_fact_its_issuing_the_issuers_deed(tmp_path):
    from drafter.compose.sentences import issued_as_done

    ff = distil(tmp_path, _zhoushan(tmp_path), PLAN_NOTICE, PLAN_NOTICE_NAME)
    title = "舟山市推进海洋经济高质量发展当好海洋强省建设主力军行动计划（2021—2025年）"
    assert title not in [f.text for f in ff.facts]  # (was a plan of 2021: the plan's own title)
    issued = first_saying(ff.facts, "现印发给你们")
    assert (issued.kind, issued.period.year) == ("done", 2021), (issued.kind, issued.period)  # (was a plan)
    ws = type("Ws", (), {"jurisdiction": "舟山市"})()
    assert issued_as_done(issued.text, ff.source, ws) == f"2021年11月，市政府印发《{title}》（舟政发〔2021〕26号）。"


def test_values_changed_respectively_pair_by_position(tmp_path):
    ff = distil(tmp_path, _zhoushan(tmp_path), GOVERNMENT_REPORT, GOVERNMENT_REPORT_NAME)
    incomes = {g.raw: (g.counts, g.year) for g in first_saying(ff.facts, "城乡居民收入分别从").figures}
    # (were 城镇44845, 农村25903, 农村63702, 农村39096, all of the plan's span)
    assert incomes["44845元"] == ("城镇居民收入", 2015) and incomes["25903元"] == ("农村居民收入", 2015), incomes
    assert incomes["63702元"] == ("城镇居民收入", 2020) and incomes["39096元"] == ("农村居民收入", 2020), incomes
    growth = {g.raw: g.counts for g in first_saying(ff.facts, "分别较“十二五”增长").figures}
    assert growth["1.4倍"] == "实际到位市外资金增长" and growth["1.5倍"] == "实际利用外资增长", growth  # (1.4倍 was 实际利用外资增长)
