"""md60d: two false matches the regression audit found, and an event's name rewritten, each on its workspace's real lines.

1. hd57c (汕尾市住房和城乡建设局, 第34号建议《关于汕尾市政内涝治理的建议》): the units a list names as who is to act (明确住建、城管、
   水务、应急管理、气象、交通运输、公安等部门职责分工) are no words of the ask's thing: the 2024 plan's 加快工业、城乡建设、交通运输等
   领域绿色低碳转型 (交通运输 alone shared) is no plan "涉及该事项" in the comment of part two's item on 建立多部门协作机制.
2. hd66c (舟山市发展和改革委员会, 第81012号提案《关于高质量发展我市海洋经济的若干建议》): a word the ask's phrase says only after a
   noun naming no thing alone (转型 of 加快产业转型) is no phrase word said where no clause says the two: 推进国资国企改革三年行动，加快
   国有企业市场化转型 is no next step on 加快产业转型.
3. hd68c (汉中市经济合作局): a place's bare name opening an event's name (汉中发展大会) is kept in the reply's sentences, never 我市发展大会.
"""

from __future__ import annotations

import docx
from helpers import SHANWEI, ZHOUSHAN, comments_on, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.select import _bare_tail, _units_listed
from drafter.compose.sentences import own_place_named

# /work/wt/hd57c/suggestion.txt: its title and asks.
WATERLOGGING = "关于汕尾市政内涝治理的建议"
DRAINAGE = ("关于汕尾市政内涝治理的建议\n\n提出人：张浚莹\n\n"
            "近年来，汕尾市区每逢强降雨，部分路段和低洼片区积水严重，市政排水设施能力不足、管网老化，城市内涝问题影响群众出行和生命财产安全。为此建议：\n"
            "一、科学编制城市内涝治理系统化方案，评估排水防涝能力，找准内涝成因，谋划储备一批内涝治理项目并落实实施单位。\n"
            "二、建立多部门协作机制，明确住建、城管、水务、应急管理、气象、交通运输、公安等部门职责分工，统筹做好排水防涝和应急处置工作。\n"
            "三、全面排查排水防涝设施薄弱环节和易涝积水点，开展城市内涝风险评估，编制内涝风险图。\n")
# seeds/2024-03-15_汕尾市2023年计划执行情况与2024年计划草案的报告.txt of hd57c: its page head and the three paragraphs it quotes.
PLAN_2024 = ("广东汕尾市:2024年加强生态环境保护,打造人与自然和谐共生的汕尾样板\n\n日期:2024-03-15    来源:国际能源网\n\n"
             "国际能源网获悉,近日,广东汕尾市2023年国民经济和社会发展计划执行情况与2024年计划草案的报告发布。\n\n"
             "内容提到,加强大气污染防治和气候应对监管能力建设,强化重点时段臭氧污染防控,持续改善空气质量。深入推进东溪河等重点流域综合治理,"
             "强化地下水环境质量目标管理。持续加强固体废物规范化管理,加快推进“无废城市”建设。\n\n"
             "加快工业、城乡建设、交通运输等领域绿色低碳转型,同步提升生态碳汇和农业农村减排固碳能力。完善生态产品价值实现机制,推进生态产业化和"
             "产业生态化。全面推广碳普惠,鼓励支持企事业单位积极申报碳普惠。\n\n"
             "加强生活垃圾焚烧处理设施运行监管,持续健全生活垃圾收运处置体系。加强生活污水收集处理能力,加快推进陆丰市第二污水处理厂(一期)建设"
             "和海丰县城第三污水处理厂前期工作。加强城市黑臭水体治理,健全垃圾收集(打捞)转运体系,加强水体日常管护和常态化水质检测。\n")


def _drafted(tmp_path, unit: tuple[str, ...], name: str, page: str, number: str, title: str, text: str, *options: str):
    """The draft's path of ``title`` by the bureau ``unit`` with the one seed ``name`` (``page``) distilled."""
    _, out = seeds_draft(tmp_path, unit_workspace(tmp_path / "ws", *unit), {name: page}, number, title, text, *options)
    return out


def test_1_a_list_of_the_units_to_act_names_no_thing_a_plan_is_quoted_on(tmp_path):
    out = _drafted(tmp_path, SHANWEI, "2024-03-15_汕尾市2023年计划执行情况与2024年计划草案的报告.txt", PLAN_2024, "34", WATERLOGGING,
                   DRAINAGE, "--deputy", "张浚莹", "--session", "市八届人大五次会议", "--date", "2024-06-28")
    step = comments_on(out, "（二）建立多部门协作机制。")
    assert step, part_two_texts(docx.Document(out))
    assert not any("交通运输等领域绿色低碳转型" in c for c in step), step  # (was quoted as a plan 涉及该事项)


def test_1_the_units_listed_are_their_names_only():
    listed = _units_listed("建立多部门协作机制，明确住建、城管、水务、应急管理、气象、交通运输、公安等部门职责分工，统筹做好排水防涝和应急处置工作。")
    assert {"交通", "通运", "运输", "公安", "城管", "水务", "气象"} <= listed, listed
    assert not listed & {"部门", "协作", "排水", "防涝", "处置"}, listed  # (部门, said by 多部门 too, and the work itself stay)


# /work/wt/hd66c/suggestion.txt: its title and asks.
OCEAN = "关于高质量发展我市海洋经济的若干建议"
GREEN = ("关于高质量发展我市海洋经济的若干建议\n\n提案人：民革舟山市委会\n\n"
         "近年来，我市海洋经济发展取得积极成效，但产业结构偏重、能耗水平偏高，绿色低碳转型任务较重，清洁能源资源优势尚未充分转化为产业优势。"
         "为推动我市海洋经济高质量发展，建议：\n\n"
         "一、加快产业转型，构筑绿色产业体系。进一步优化体制机制，抓好能耗“双控”，严把高耗能项目准入关；推进“腾笼换鸟”，整治高耗低效企业；"
         "系统推进碳达峰碳中和工作，开展低碳试点；提升企业服务水平。\n\n"
         "二、大力发展海洋清洁能源。加快LNG接收站、海上风电、光伏、潮流能、氢能等清洁能源项目建设，提高清洁能源发电装机规模。\n\n"
         "三、培育壮大绿色能源产业链。围绕风电、光伏、储能、制氢装备制造、碳汇交易等谋划产业链，招引落地一批重大绿色产业项目。\n")
# seeds/2022-10-10_2022年市政府工作报告重点工作前三季度完成情况.txt of hd66c: its head and its table's first four rows.
TASKS = ("当前位置:\n市政府工作部门> 舟山市人民政府办公室> 法定主动公开内容> 市政府工作报告> 市政府工作报告执行>\n索引号 001008009005001/2022-189013\n"
         "组配分类 市政府工作报告 发布机构 市政府办公室\n生成日期 2022-10-10 公开方式 主动公开\n2022年市政府工作报告重点工作前三季度完成情况\n"
         "发布日期:2022-10-10 来源:市政府办公室 访问次数: 字号:[ ]\n\n序号\n\n工作内容\n\n牵头单位\n\n三季度进展情况\n\n1\n\n一般公共预算收入增长7%。\n\n市财政局\n\n"
         "前三季度,全市实现一般公共预算收入158.86亿元,自然口径增长4.3%,扣除留抵退税因素后(同口径)增长17.7%,完成年度预算82.2%。收入增幅指标预计继续处于全省前二。\n\n2\n\n"
         "加强政府投资预算管理,提高重大项目资金保障能力。\n\n市财政局\n\n1.完成下达第二批前期类政府投资项目预算资金1530万元。\n\n"
         "2.专项排查市本级2021-2022年6月期间59家单位148个政府部门投资项目招投标情况,未发现违规问题。\n\n3.完善政府投资预算编审流程,加强项目预算绩效管理,强化招投标合规性审核。\n\n"
         "4.做好六横大桥财政服务保障相关工作,首笔专项债券资金7亿元已通过省财政厅初审。\n\n3\n\n落实落细新的组合式税费支持政策,为企业减负70亿元以上。\n\n市财政局\n\n"
         "1.积极落实组合式税费支持政策,前三季度我市企业减负70.66亿元。\n\n2.实现新扩围七大行业增值税留抵退税100%申请,累计退税1.86亿元,完成应退尽退目标。\n\n4\n\n"
         "推进国资国企改革三年行动,加快国有企业市场化转型。\n\n市财政局(国资委)\n\n1.提请市政府正式印发《舟山市市属国有企业监督管理工作暂行规则》。\n\n2.完成《舟山市市属重点国有企业投资监督管理办法(试行)》起草工作。\n\n"
         "3.深化劳动、人事、分配三项制度改革,改革总体进度已完成78%。\n")


def test_2_a_word_said_only_after_a_thingless_noun_is_no_phrase_word_alone(tmp_path):
    out = _drafted(tmp_path, ZHOUSHAN, "2022-10-10_2022年市政府工作报告重点工作前三季度完成情况.txt", TASKS, "81012", OCEAN, GREEN,
                   "--deputy", "民革舟山市委会", "--session", "市政协八届一次会议", "--proposal", "--date", "2022-10-25")
    steps = part_two_texts(docx.Document(out))
    first = next(s for s in steps if "产业转型" in s)
    assert "国有企业市场化转型" not in first, steps  # (was （一）持续加快产业转型。推进国资国企改革三年行动，…)


def test_2_the_compound_said_in_one_clause_is_the_phrases_word():
    assert _bare_tail("转型", "加快产业转型", "推进国资国企改革三年行动，加快国有企业市场化转型。")
    assert not _bare_tail("转型", "加快产业转型", "推动石化产业绿色转型。")
    assert not _bare_tail("业转型", "加快产业转型", "推动传统产业转型升级。")
    # (a thing opening on no such noun: 发展 of 蒙医药事业发展纳入… is no compound's head, hd70b)
    assert not _bare_tail("纳入自治区", "支持蒙医药事业发展纳入自治区“十四五”规划", "纳入自治区蒙医药中医药远程医疗平台。")


HANZHONG = ("汉中市经济合作局", "市经合局", "汉中市", "汉台区, 南郑区, 城固县, 洋县, 西乡县, 勉县, 宁强县, 略阳县, 镇巴县, 留坝县, 佛坪县")
# seeds/2020-12-22_hanzhong-fazhan-dahui.txt of hd68c (汉中日报): its head, as a fact's text.
WEEK = "汉中发展大会暨“兴业在汉中”主题招商周启动，签订合同项目60个，总投资757.9亿元。"


def test_3_an_events_name_keeps_the_place_it_is_named_after(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *HANZHONG)
    assert own_place_named(WEEK, ws) == WEEK  # (was 我市发展大会暨…)
    assert ws.in_own_words("办好汉中发展大会") == "办好汉中发展大会"
    assert own_place_named("汉中加快推进项目建设。", ws) == "我市加快推进项目建设。"  # (the place as a subject still its letters' word)
    assert ws.in_own_words("汉中举办博览会") == "我市举办博览会"  # (an event held there: no name of it)
    assert ws.in_own_words("汉中人大会议") == "我市人大会议"
    assert ws.in_own_words("加强汉中节能") == "加强我市节能"
