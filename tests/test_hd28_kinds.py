"""What is a result, a plan, context, found on held-out round hd28 (达州市城市管理行政执法局, 广州市应急管理局, 临沂市体育局):
a 协办 letter's own results were problems under a heading naming the proposal's problem (so a draft on that topic cited nothing)
and its advice to other departments a result; a province's agreement and a national notice were the city bureau's work, and
what a page cut left of a sentence (坚持人民至上、生命至上) a fact; a progress report's 工作任务 were results; page footers were
facts; and a 2017 reply's past work (将发展足球运动纳入…规划) a plan.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in
the test) through the public path ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import DAZHOU_241, dazhou_workspace, distil, fact_saying, page_draft, unit_workspace

from drafter.model import CONTEXT, DONE, PLAN

GUANGZHOU_AREAS = "越秀区, 海珠区, 荔湾区, 天河区, 白云区, 黄埔区, 番禺区, 花都区, 南沙区, 从化区, 增城区"
LINYI_AREAS = "兰山区, 罗庄区, 河东区, 沂南县, 郯城县, 沂水县, 兰陵县, 费县, 平邑县, 莒南县, 蒙阴县, 临沭县"


def _guangzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "广州市应急管理局", "市应急管理局", "广州市", GUANGZHOU_AREAS)


def _linyi(tmp_path):
    return unit_workspace(tmp_path / "ws", "临沂市体育局", "市体育局", "临沂市", LINYI_AREAS)


DAZHOU_241_NAME = "dazhou_cgj_市四届政协五次会议第241号提案协办意见的函.txt"


def test_a_letters_items_of_work_under_the_proposals_problem_are_results(tmp_path):
    """hd28b 1: under 一、针对提案中…的问题 the letter's 一是/二是/三是 (130家 摸排, 常态管理, 32件 立案查处) were problems: the heading
    names the proposal's problem, the items the bureau's results on it; the member's problem told back stays context."""
    ff = distil(tmp_path, dazhou_workspace(tmp_path), DAZHOU_241, DAZHOU_241_NAME)
    for words in ("一是摸排并建立台账", "二是建立常态管理制度", "三是开展专项整治"):
        assert fact_saying(ff, words).kind == DONE, words
    assert fact_saying(ff, "任欣玥委员反映的问题").kind == CONTEXT


def test_a_draft_on_the_letters_topic_cites_its_results(tmp_path):
    """hd28b 1's effect: a draft whose asks are the letter's matter (the tester's probe) printed 引用事实 0 条 and a placeholder in
    every section; the letter's 32件 and 130家 now answer the asks on 执法查处 and 巡查台账, each with its source."""
    suggestion = ("关于整治中心城区占道洗车卖车乱象的建议\n一、加强对占道洗车、占道卖车的执法查处。\n"
                  "二、建立洗车场巡查台账，实行常态化管理。\n三、推动洗车场入室经营。\n")
    result, document = page_draft(tmp_path, dazhou_workspace(tmp_path), DAZHOU_241, suggestion, "88", suggestion.splitlines()[0],
                                  "--type", "B", "--date", "2021-06-20", name=DAZHOU_241_NAME)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "立案查处占道洗车、占道卖车案件32件" in body
    assert "共摸排洗车场130家" in body
    sources = [c.text for c in document.comments if "第241号提案协办意见的函" in c.text]
    assert [c for c in sources if "32件" in c] and [c for c in sources if "130家" in c]


def test_advice_to_other_departments_is_no_result(tmp_path):
    """hd28b 3: 建议由其行业主管部门对…洗车场依法予以取缔 was done: the bureau's advice of who is to act, context."""
    ff = distil(tmp_path, dazhou_workspace(tmp_path), DAZHOU_241, DAZHOU_241_NAME)
    assert fact_saying(ff, "建议由其行业主管部门").kind == CONTEXT


# 广州市应急管理局's reply 5041 (yjglj.gz.gov.cn, post_9813283), the page as the search store cut it.
GUANGZHOU_5041 = """http://yjglj.gz.gov.cn/zwgk/jyta/content/post_9813283.html
广州市应急管理局关于市政协十四届三次会议第5041号提案答复的函
邓淑明委员:
《关于建设粤港澳大湾区联防联控、优势互补的联合应急机制的提案》(第5041号)收悉。市政府高度重视,积极组织市应急管理局、市气象局、市政务服务数据管理局、市人力资源社会保障局、市科技局等单位进行认真研究办理,现将办理有关情况答复如下:
一、加强区域协调联动,推进粤港澳应急管理合作
(一)粤港澳三地签署合作框架协议。6月14日,广东省人民政府、香港特区政府和澳门特区政府在香港签署《粤港澳应急管理合作暨大湾区应急救援行动合作框架协议》,加强粤港澳在应急管理救援的合作和交流。合作框架协议旨在构建一个政府主导、专业应急救援队伍为主体、以行动为核心的应急救援合作体系,加强粤港澳应急救援能力,以应对影响粤港澳区域的事故灾难及自然灾害等突发事件。三地政府将共同做好超前部署,完善大湾区的跨境应急救援机制,发挥三地应急管理部门的综合优势,在现有工作基础上进一步加强防灾、减灾、救灾的能力。
(二)创新推进综合监测预警平台。一是加大与大湾区城市学习交流,前往广东省应急管理厅学习调研“应急一键通”运营中心、省厅值班室和省厅联勤指挥中心;率队赴佛山市、深圳市等地调研城市安全风险综合监测预警平台。二是联合市政务服务和数据管理局依托“穗智管”和“应急管理综合应用平台”,以及上级应急管理部门开发建设的“一网统管”等系统,构建统分结合、协调联动的安全风险监测预警体系,进一步加大安全生产、自然灾害领域风险隐患的监测能力建设,不断提高监测预警和指挥调度能力。
(三)坚持区域协同协作联动。坚持人民至上、生命至上,广州市贯彻落实全国
"""

# Its 会办意见 on 第20232152号 to 市公安局 (post_8808116, 2023-02-14), from the addressee to the page's cut.
GUANGZHOU_20232152 = """广州市应急管理局关于广州市第十六届人民代表大会第20232152号提案的会办意见

信息来源:本网 时间:2023-02-14 字体: [大] [中] [小]

市公安局:

  二是强化源头防范。严格按照《烟花爆竹经营许可证管理办法》《烟花爆竹零售店(点)安全技术规范》(AQ4128-2019)规定的选址、安全距离、面积、储存限量、建筑结构和电器防爆等要求,严格资料审查、现场安全条件核查和人员资质审查“三关”,坚决杜绝“前店后宅”“下店上宅”,切实从源头管控120家烟花爆竹零售店安全风险。

  三是严打非法行为。2022年底,国务院安委会办公室通报了3起涉嫌非法生产烟花爆竹爆炸的
"""


def test_a_higher_governments_act_is_no_result_of_the_bureau(tmp_path):
    """hd28a 1/7: what 广东省人民政府 signed with Hong Kong and Macau (…合作框架协议旨在构建…) and what 国务院安委会办公室 notified
    nationwide (3起) were the city bureau's done work: another, higher government's act, context; the bureau's own work beside
    them (调研…监测预警平台, 管控120家烟花爆竹零售店) stays done."""
    ws = _guangzhou(tmp_path)
    reply = distil(tmp_path, ws, GUANGZHOU_5041, "gz_yjj_5041_proposal_2024.txt")
    assert fact_saying(reply, "广东省人民政府、香港特区政府").kind == CONTEXT
    assert fact_saying(reply, "一是加大与大湾区城市学习交流").kind == DONE
    opinion = distil(tmp_path, ws, GUANGZHOU_20232152, "gz_yjj_20232152_coreply_2023.txt")
    assert fact_saying(opinion, "国务院安委会办公室通报了3起").kind == CONTEXT
    assert fact_saying(opinion, "120家烟花爆竹零售店").kind == DONE


# 广州市应急管理局's 2023 work summary, its first item and the page's cut in the second.
GUANGZHOU_2023 = """广州市应急管理局2023年工作总结

一、2023年主要工作情况
(一)强化责任落实,织密安全防范责任网络。市委、市政府坚持统筹发展和安全,坚持人民至上、生命至上,切实把应急安全工作摆在突出位置来抓。2023年,共组织召开6次市委常委会会议、4次市政府常务会议和市政府党组会议、51次市各类专题会议,专题贯彻党的二十大精神和习近平总书记关于应急管理的重要论述,研究解决我市应急管理、安全生产、防灾减灾救灾等实际问题。
(二)强化排险除患,防范化解重大风险。强化全国全省全市“一盘棋”响应机制,深刻吸取省内外有关
"""


def test_what_a_cut_leaves_of_a_sentence_is_no_fact(tmp_path):
    """hd28a 7: the page's cut left 坚持人民至上、生命至上 (of …，广州市贯彻落实全国) and 强化全国全省全市“一盘棋”响应机制 (of …，深刻吸取
    省内外有关), each stored as done: a short clause of no figure, all a cut keeps of its statement's only sentence, is none; the
    reply's and the summary's whole statements stay."""
    ws = _guangzhou(tmp_path)
    reply = distil(tmp_path, ws, GUANGZHOU_5041, "gz_yjj_5041_proposal_2024.txt")
    summary = distil(tmp_path, ws, GUANGZHOU_2023, "gz_yjj_work_summary_2023.txt")
    texts = [f.text for f in reply.facts + summary.facts]
    assert not [t for t in texts if "人民至上" in t and "6次" not in t]
    assert not [t for t in texts if "一盘棋" in t]
    assert fact_saying(summary, "51次市各类专题会议").kind == DONE


# 临沂市体育局's 2023年市政府工作报告推进落实情况(12月) (2023-12-31), the page as saved, its footer kept.
LINYI_2023 = """索 引 号  1041621347/tyj/2024-0000057  发布机构  临沂市体育局
 存放位置   公开日期  2023-12-31
 文  号   公开方式  主动公开
 信息名称  临沂市体育局2023年市政府工作报告推进落实情况(12月)

临沂市体育局2023年市政府工作报告推进落实情况(12月)

2023-12-31   作者: 点击数:

工作任务:启动第26届省运会、第12届省残运会筹备工作,启动自行车馆、射击馆等省运会场馆建设,新增全民健身场地500处以上;完成500处以上健身场地建设任务;办好第四届山东体育用品博览会、2023年临沂马拉松赛、第十二届中国沂河体育节等节会赛事,组织开展全民健身赛事活动1500余场次,让城市充满动感和活力,让市民共享健康与快乐。

本月进展:①市筹委会对第26届省运会筹备工作进行了总结,根据年度工作安排明确了2024年工作任务。②市体校运动训练场馆建设项目完成了设计服务招标和地质承载力现场勘探工作,争取了2000万元中央体彩公益金专项扶持资金。③第四届山东体育用品博览会已成功举办。④2023临沂马拉松赛已成功举办。⑤第十二届中国沂河体育节年度计划内赛事已全部举办完成。⑥先后举办了第十三届全民健身运动会拔河比赛、第十四届全民健身运动会暨“科兴教体杯”临沂市第六届迎新年健康跑等赛事活动187场次。⑦全民健身场地、设施建设任务已全部完成。⑧制定了《临沂市筹备第12届省残运会工作方案》。



上一条:临沂市体育局2024年政府工作报告推进落实情况(第一季度)
下一条:临沂市体育局2023年市政府工作报告推进落实情况(11月)
关闭窗口

临沂市体育局主办 市政府网站群技术支持

地址:山东省临沂市北城新区 电话:0539-8726833 网站标识码:3713000007 鲁ICP备05026973号
"""


def test_a_progress_reports_tasks_are_a_plan(tmp_path):
    """hd28c 4: 工作任务：…新增全民健身场地500处以上…1500余场次 was done, its 500处 and 1500场次 results: the year's tasks are a
    plan, its 本月进展 the results."""
    ff = distil(tmp_path, _linyi(tmp_path), LINYI_2023, "临沂市体育局_2023年市政府工作报告推进落实情况12月.txt")
    assert fact_saying(ff, "新增全民健身场地500处以上").kind == PLAN
    assert fact_saying(ff, "赛事活动187场次").kind == DONE


# 临沂市体育局's reply to 市十九届人大一次会议第20170382号建议 (2017-07-20), the page as saved.
LINYI_2017 = """无障碍浏览
当前位置: 首页>>正文
分享

对市十九届人大一次会议第20170382号建议(关于改造足球场地的建议)的答复

2017/07/24

李金涛代表:

您提出的《关于改造足球场地的建议》已收悉,现答复如下:

结合您在建议中提及的《中国足球中长期发展规划(2016-2050年)》和《临沂市全民健身实施计划(2016-2020年》,我市近年来高度重视足球运动发展,将发展足球运动纳入经济社会发展规划,创新足球管理模式,完善足球产业链,积极推动足球事业改革。同时,实施校园足球行动规划和青少年精英足球培养方案,广泛开展校园足球联赛,探索建立“教体结合”的青少年足球人才培养体系。大力倡导和积极组织形式多样的民间足球活动,举办多层级足球赛事,不断扩大足球人口规模,推动全市足球运动的广泛深入开展。

针对您在建议中提及的河东区张庄的九人制足球场地和黄白河路与成都路以南的九人制土地足球场地,经了解,分别是由河东区人民政府和北城新区建设指挥部负责规划建设的(后者目前由市园林局负责管理)。对此,我们将积极向有关部门反映,使足球场地的规划建设着眼长远、科学,为方便群众更好地开展足球运动提供基础保障。

再次感谢您对体育事业发展的关心和支持,希望您一如既往地支持我们的工作,多提宝贵意见。


临沂市体育局

2017年7月20日

建议承办责任科室:群体科,电话:0539-8726691

上一条:临沂市体育局2017年政务公开工作实施方案 下一条:对市十九届人大一次会议第20170282号建议(关于加快北城...

关闭
"""


def test_past_work_brought_into_a_plan_is_no_plan(tmp_path):
    """hd28c 7: 我市近年来高度重视足球运动发展，将发展足球运动纳入经济社会发展规划，… was a plan, its 将 read as "will": 将 before
    its object and 纳入 is 把, the work done; the reply's 我们将积极向有关部门反映 stays a plan."""
    ff = distil(tmp_path, _linyi(tmp_path), LINYI_2017, "临沂市体育局_2017_第20170382号建议答复.txt")
    assert fact_saying(ff, "高度重视足球运动发展").kind == DONE
    assert fact_saying(ff, "我们将积极向有关部门反映").kind == PLAN


def test_page_footers_are_no_facts(tmp_path):
    """hd28c 5: the reply's 建议承办责任科室：群体科，电话：… (its handling office's contact line) and the site's footer 临沂市体育局主办
    市政府网站群技术支持 were done facts; the pages' statements stay."""
    ws = _linyi(tmp_path)
    reply = distil(tmp_path, ws, LINYI_2017, "临沂市体育局_2017_第20170382号建议答复.txt")
    report = distil(tmp_path, ws, LINYI_2023, "临沂市体育局_2023年市政府工作报告推进落实情况12月.txt")
    texts = [f.text for f in reply.facts + report.facts]
    assert not [t for t in texts if "科室" in t or "技术支持" in t]
    assert [t for t in texts if "高度重视足球运动发展" in t] and [t for t in texts if "187场次" in t]
