"""hx70c1: held-out hd70c (上海市静安区民政局, 第126号建议《关于优化统筹各街镇社区食堂方便老年人就餐的建议》), on its seeds' real lines.

a. (distillation 1) A mirror's lines open on the indent its encoding lost (??一、實施背景, ??(一)發展基礎, ??服務體系逐步完善。…): the
   run of marks is no mojibake clause to drop (it took the headings whole, a run-in heading's words, and the transmittal's subject),
   the line is read without it; and a plan's （一）发展基础 is status, done (its 现有社区老年人助餐服务点96个 was a 计划 fact).
b. (fault 1) An ask's term finds the base's longer names of the same thing, its parts in order round a modifier the deputy sets
   beside one of them (社区食堂 → 社区长者食堂, 助餐点 → 助餐服务点): the 96 助餐服务点 answer the ask on 社区食堂和助餐点的规划布局.
   None across a clause's mark, none inserting a word the deputy does not say so (科技成果转移转化 of 1288's 科技成果转化), none
   inserting one character (产业转化 of 产业化).
c. (fault 2) The bureau's own 2025年工作要点 naming 社区长者食堂 is quoted in the comment of part two's item on that ask, never
   "已收集的材料中没有该方面的工作计划" — under the first ask naming the thing only.
"""

from __future__ import annotations

from helpers import comments_on, distil, seeds_draft, unit_workspace

from drafter.compose.synonyms import longer_names
from drafter.distill.structure import heading_class

TITLE = "关于优化统筹各街镇社区食堂方便老年人就餐的建议"
# /work/wt/hd70c/suggestion.txt: the suggestion as its reply restates it.
SUGGESTION = ('关于优化统筹各街镇社区食堂方便老年人就餐的建议\n'
        '\n'
        '目前我区各街镇陆续建成了一批社区长者食堂和老年人助餐点,但各街镇社区食堂建设和运营各自为政,布局不够均衡,部分老年人家门口没有助餐场所;各街镇助餐卡、结算方式和优惠政策不统一,老年人只能在本街镇的食堂刷卡享受优惠,跨街镇'
        '就餐不方便;助餐服务的监管和服务质量也参差不齐。为此建议:\n'
        '一、由区级层面统筹各街镇社区食堂和助餐点的规划布局,按照就近、均衡的原则增设助餐场所,织密助餐服务网络。\n'
        '二、打通各街镇之间的结算壁垒,实现老年人持一张卡(敬老卡、社保卡或银行卡)在全区各社区食堂通用就餐,并统一享受助餐优惠。\n'
        '三、建立全区统一的助餐服务信息平台和监管机制,加强对社区食堂餐饮质量、优惠补贴和运营情况的监管,提升服务质量。\n'
        '四、统一社区食堂的标识和宣传,方便老年人就近找到助餐服务场所。\n')
FIRST_ASK = "由区级层面统筹各街镇社区食堂和助餐点的规划布局，按照就近、均衡的原则增设助餐场所，织密助餐服务网络。"
# seeds/2023-04-23_静安区促进养老托育服务高质量发展实施方案.txt of hd70c (a mirror in traditional characters): its lines 2-11.
MIRROR = ('區政府各委、辦、局,各街道辦事處、彭浦鎮政府:\n'
        '??區發展改革委《靜安區促進養老托育服務高質量發展實施方案》已經區政府審核通過,現轉發給你們,請認真按照執行。\n'
        '??上海市靜安區人民政府辦公室\n'
        '??2023年4月23日\n'
        '??\n'
        '靜安區促進養老托育服務高質量發展實施方案\n'
        '??“一老一小”是重大的民生問題,解決“一老一小”問題事關積極應對人口老齡化、事關百姓福祉。為深入貫徹《國務院辦公廳關于促進養老托育服務健康發展的意見》和《上海市促進養老托育服務高質量發展實施方案》,結合我區實際,制定本'
        '實施方案。\n'
        '??一、實施背景\n'
        '??(一)發展基礎\n'
        '??服務體系逐步完善。養老服務供給持續增加,目前全區共有養老機構(含長者照護之家)48家,綜合為老服務中心23個,現有機構養老床位7466張,實現社區綜合為老服務中心和長者照護之家街鎮全覆蓋。現有社區老年人助餐服務點96'
        '個、樂齡家園助老服務站73個、標準化老年活動室225個,基本形成覆蓋全區、布局均衡、梯次合理的為老服務設施網絡和“15分鐘樂齡生活圈”。構建多樣化托育服務體系,目前全區共有托幼園所89所,其中已經開設托班的園所52家;全'
        '區托位配置約為2600個,實現普惠性托育點街鎮全覆蓋。全面推進社區托育“寶寶屋”建設,打造“15分鐘社區托育生活圈”。\n')
MIRROR_NAME = "2023-04-23_静安区促进养老托育服务高质量发展实施方案.txt"
# seeds/2025-03-20_静安区民政局2025年工作要点.txt of hd70c: its lines 2-12.
PLAN = ('局机关各科室、局属各事业单位:\n'
        '现将《静安区民政局2025年工作要点》印发给你们,请结合实际认真贯彻落实。\n'
        '静安区民政局\n'
        '2025年3月20日\n'
        '静安区民政局2025年工作要点\n'
        '2025年静安民政工作坚持以习近平新时代中国特色社会主义思想为引领,全面贯彻落实党的二十大和二十届二中、三中全会精神,深入学习贯彻落实习近平总书记对民政工作重要指示、全国第十五次民政会议和上海市民政会议精神,凝心聚力决胜'
        '“十四五”规划目标任务,精心编制“十五五”规划纲要,进一步全面深化改革,更好统筹发展和安全,奋力完成年度各项重点改革任务,推动静安民政工作高质量发展取得新进展、新突破。\n'
        '一、聚焦积极应对人口老龄化,切实提高养老服务质量\n'
        '(一)补齐养老供给短板\n'
        '扎实完成市级、区级民心工程、实事项目。持续推进静安太保家园、城心社区等养老项目建设,完成市下达新增养老床位指标600张;改建认知障碍照护床位280张,新增2个社区综合为老服务中心、2家社区长者食堂、6个家门口养老服务站;'
        '为200名老年人提供家庭养老(照护)床位服务,为2600户特殊困难老年人家庭安装智能水表。\n'
        '(二)提升养老服务照护能级\n'
        '深化“静邻餐厅”品牌化建设。持续完善老年认知障碍照护服务体系,推进老年认知障碍友好社区试点。继续开展“老伙伴计划”“乐龄有伴”关爱和“沪助养老时光汇”等线下结对关爱行动,强化社区养老互帮互助的良好氛围。加强数字赋能创新服'
        '务,持续开展为老服务“一键通”“智能水表”等线上关爱服务,新增智慧养老院2家、“养老院+互联网医院”3家。围绕养老机构“医、护、食、住、心、安”六件事,开展照护升级、暖屋焕新、暖胃“食”光等“八项提升行动”,不断提升养老'
        '机构运营效率和\n')
PLAN_NAME = "2025-03-20_静安区民政局2025年工作要点.txt"
JINGAN = ("上海市静安区民政局", "区民政局", "静安区", "江宁路街道, 南京西路街道, 天目西路街道, 彭浦镇")


def test_a_a_mirrors_lost_indent_is_no_clause_and_its_development_base_is_done(tmp_path):
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JINGAN), MIRROR, MIRROR_NAME)
    base = next(f for f in ff.facts if "现有社区老年人助餐服务点96个" in f.text)
    assert base.section == ["一、实施背景", "（一）发展基础"]  # (was the title alone: both headings dropped as mojibake)
    assert base.kind == "done"  # (was plan)
    assert base.text.startswith("服务体系逐步完善。养老服务供给持续增加")  # (was 。养老服务…: its run-in heading dropped)
    assert any(f.text.startswith("区发展改革委《静安区促进养老托育服务高质量发展实施方案》已经区政府审核通过") for f in ff.facts)


def test_a_a_plans_development_base_is_done_under_no_background_heading(tmp_path):
    lines = MIRROR.split("\n")
    alone = "\n".join(t for t in lines if not t.startswith("??一、"))  # (its 一、實施背景 left out: the base heading alone)
    ff = distil(tmp_path, unit_workspace(tmp_path / "ws", *JINGAN), alone, MIRROR_NAME)
    base = next(f for f in ff.facts if "现有社区老年人助餐服务点96个" in f.text)
    assert (base.section, base.kind) == (["（一）发展基础"], "done")
    assert heading_class("（一）发展基础") == heading_class("二、发展基础") == "done"
    assert heading_class("（一）夯实发展基础") != "done"  # (a task to lay one, no account of it)


def test_b_an_asks_term_finds_its_longer_names_in_the_base():
    names = ["社区综合为老服务中心", "社区长者食堂", "家门口养老服务站", "社区老年人助餐服务点", "乐龄家园助老服务站"]
    assert longer_names(FIRST_ASK, names, SUGGESTION) == {"社区长者食堂": "社区食堂", "助餐服务点": "助餐点"}
    # (never across a clause's mark: the 2025 plan's 新增2个社区综合为老服务中心、2家社区长者食堂 read as one run)
    assert longer_names(FIRST_ASK, ["社区综合为老服务中心、2家社区长者食堂"], SUGGESTION) == {"社区长者食堂": "社区食堂"}


def test_b_no_longer_name_inserting_what_the_deputy_does_not_say_so_nor_one_character():
    # 1288's third ask and a topic of 泉州市科技局's 2017 report (facts/2017-work_report-泉科2017-28.yaml)
    ask = "畅通科技成果转化渠道。完善中试验证、技术转移等服务体系，加大技术交易和成果转化的政策支持，推动更多科技成果在泉落地转化、实现产业化。"
    said = "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议\n" + ask
    assert longer_names(ask, ["科技成果转移转化", "产业转化"], said) == {}


def test_c_the_draft_answers_the_layout_by_the_service_points_and_quotes_the_bureaus_plan(tmp_path):
    ws = unit_workspace(tmp_path / "ws", *JINGAN)
    _, out = seeds_draft(tmp_path, ws, {MIRROR_NAME: MIRROR, PLAN_NAME: PLAN}, "126", TITLE, SUGGESTION, "--deputy", "刘春燕",
                         "--session", "区二届人大六次会议", "--date", "2025-05-21")
    import docx

    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    first = paragraphs[paragraphs.index("（一）由区级层面统筹各街镇社区食堂和助餐点的规划布局") + 1]
    assert "现有社区老年人助餐服务点96个" in first  # (was 【待补充：…规划布局方面的工作情况及数据（注明年份）】)
    assert "托幼园所" not in first  # (the paragraph's 托育 sentence, off the ask, left out)
    step = comments_on(out, "（一）由区级层面统筹各街镇社区食堂和助餐点的规划布局。")
    assert any("静安区民政局2025年工作要点" in c and "2家社区长者食堂" in c for c in step)
    assert not any(c.startswith("已收集的材料中没有该方面的工作计划") for c in step)
    last = comments_on(out, "（四）统一社区食堂的标识和宣传。")
    assert not any("2家社区长者食堂" in c for c in last)  # (quoted under the first ask naming the thing alone)


# seeds/2023-05-23_瓯有善育专项实施方案.txt of hd66d (a mirror in traditional characters), past its address and spam line: the notice,
# its signature's seal note and date opening on the lost indent too, and the 方案's opening.
OUHAI_NOTICE = ('        • 索 引 號:001008003012/2023-71282\n'
                '        • 文件編號:溫甌七優(yōu)享辦〔2023〕2號\n'
                '        • 主題分類:政務公開\n'
                '        • 發(fā)布單位:甌海區(qū)人民政府辦公室\n'
                '        • 成文日期:2023-05-23\n'
                '        • 公開方式:\n'
                '        • 意見征集:\n'
                '        • 文件下載: pdf下載>\n'
                '        • 政策原文:\n'
                '        • 政策解讀: 文字解讀>\n'
                '\n'
                '        關(guān)于印發(fā)甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)的通知\n'
                '\n'
                '        發(fā)布日期:2023-05-23 14:29 訪問次數(shù): 來源: 甌海區(qū)府辦 甌海區(qū)府辦\n'
                '\n'
                '        區(qū)公共服務“七優(yōu)享”工程工作專班各成員單位:\n'
                '\n'
                '        現(xiàn)將《甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)》印發(fā)給你們,請認真抓好落實。\n'
                '\n'
                '        ?\n'
                '\n'
                '        附件:甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(2023-2027年)\n'
                '\n'
                '        ?\n'
                '\n'
                '        甌海區(qū)公共服務七優(yōu)享工程工作專班辦公室\n'
                '\n'
                '        ?????????????????(甌海區(qū)人民政府辦公室代章)\n'
                '\n'
                '        ???????????????????2023年5月23日\n'
                '\n'
                '\n'
                '        附件\n'
                '\n'
                '        ?\n'
                '\n'
                '        甌海區(qū)公共服務“七優(yōu)享”工程“甌有善育”專項實施方案(20232027年)\n'
                '\n'
                '        ?\n'
                '\n'
                '        為進一步實施優(yōu)生優(yōu)育保障行動和婦幼健康促進行動,大力發(fā)展普惠托育服務,構(gòu)建“甌有善育”高質(zhì)量發(fā)展服務體系,推進公共服務均衡可及根'
                '據(jù)省、市、區(qū)公共服務“七優(yōu)享”工程實施方案(20232027年)相關(guān)要求,制定本工作方案。\n'
                '\n'
                '        一\n')


def test_a_a_seal_note_read_after_its_lost_indent_leaves_the_signer_the_issuer(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "温州市瓯海区卫生健康局", "区卫生健康局", "瓯海区")
    ff = distil(tmp_path, ws, OUHAI_NOTICE, "2023-05-23_瓯有善育专项实施方案.txt")
    assert (ff.source.issuer, str(ff.source.date)) == ("瓯海区公共服务七优享工程工作专班办公室", "2023-05-23")  # (not 瓯海区府办)
