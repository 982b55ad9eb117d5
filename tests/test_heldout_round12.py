"""General reading rules found on held-out round 12 (replies and reports of units the earlier rounds did
not hold — 退役军人事务局, 林业和草原局, 司法局/厅, 公安局 and its traffic squads — and year-end summaries, from
内蒙古 额济纳旗, 云南, 广东, 河南, 甘肃 肃南, 山东 即墨/兰山, 陕西 杨凌, 四川 广汉/乐山, 湖南 益阳, 辽宁 开原, 海南 三亚).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts


def test_a_reply_under_a_head_of_fields_names_its_deputies_and_its_squad(tmp_path, workspace):
    """杨凌示范区公安局交巡警支队新区大队's reply (61.150.65.235/zfxxgk/fdzdgknr/jyta/rdjy/1906988188600692738.html)
    opens with 代表姓名：/建议内容：/办理结果： fields and no addressee: the six deputies were not read; its
    signature, a bureau's squad, was cut to 杨凌示范区公安局 and kept as a fact of the reply."""
    text = ("杨凌示范区公安局交巡警支队新区大队\n关于区十届人大三次会议第1号代表建议办理情况的复函\n"
            "代表姓名:陈树林、佟小刚、王进义、贺虹、张静、上官周平\n"
            "建议内容: 关于禁限行期间人才公寓西农教师车辆经洪璋路口至西农北校区北门报备处理的建议\n办理结果:\n"
            "您提出的关于禁限行期间人才公寓西农教师车辆经洪璋路口至西农北校区北门报备处理的建议收悉,现答复如下:\n"
            "1、结合您们提出的建议,新区大队自接到建议后,第一时间与支队交宣科取得联系,详细汇报人大代表反映的情况。\n"
            "2、冬季天气干燥,雾霾天气叠加,大气污染较为严重。杨凌辖区部分道路统一实行禁限行管控。\n"
            "以上答复妥否,请批评指正。\n杨凌示范区公安局交巡警支队新区大队\n2024年7月23日\n")
    ff = distil(tmp_path, workspace, text, "squad.txt")
    assert ff.source.deputy == "陈树林、佟小刚、王进义、贺虹、张静、上官周平"
    assert ff.source.issuer == "杨凌示范区公安局交巡警支队新区大队"
    assert ff.source.date == "2024-07-23"
    assert not [t for t in fact_texts(ff).splitlines() if t.startswith(("杨凌示范区公安局", "代表姓名", "建议内容"))]


def test_the_date_a_page_writes_after_an_empty_field_is_the_documents(tmp_path, workspace):
    """额济纳旗's page (ejnq.gov.cn/art/2022/8/5/art_1949_484968.html) leaves 发文字号 empty in its table, so
    成文时间：2022-08-04 follows it on one line (发文字号: | 成文时间: | 2022-08-04): the posting day 2022-08-05
    was taken for the reply's date."""
    text = ("索引号: | 11152923011767792B/2022-01600 | 发布机构: | 额济纳旗教育体育局 |\n"
            "公开方式: | 主动公开 | 组配分类: | 政协提案 |\n发文字号: | 成文时间: | 2022-08-04 | |\n公文时效: |\n"
            "关于对第十六届政协第一次会议委员建议《关于强化落实军人、退役军人优待政策的建议》的答复\n"
            "- 发布日期:2022-08-05 16:14\n- 浏览次数:\n吴岚其其格委员:\n"
            "我局自收到第十六届政协第一次会议委员提案《关于强化落实军人、退役军人优待政策的建议》后,高度重视,"
            "积极开展相关工作,现就议案答复如下:\n一、基本情况\n"
            "额济纳旗退役军人事务局按照相关文件要求,积极落实各项抚恤优待政策,按时发放各类抚恤优待资金。\n")
    assert distil(tmp_path, workspace, text, "table.txt").source.date == "2022-08-04"


def test_a_city_listed_beside_a_county_is_not_the_city_the_reply_speaks_for(tmp_path, workspace):
    """益阳市司法局's reply (yiyang.gov.cn/yysfj/13865/13867/content_508713.html) never names 益阳: it speaks of
    我市/全市 and names its pilots 在南县、沅江市试点 … 7月底沅江市…. The pilot city (and 底沅江市, the 底 of
    7月底 read into its name) was taken for the reply's place and every count of 全市 was given to it; the
    page's 来源：市司法局法援科 (a section of the bureau) named no writer."""
    text = ("对市人大五届三次会议第04号建议的答复\n"
            "发布时间:2015-08-04 00:00 作者:周建 来源:市司法局法援科 浏览次数: 字体:【大】 【中】 【小】\n\n"
            "詹萍代表:\n    您提出的关于“加快公共法律服务体系建设”的建议(第04号)收悉。现答复如下:\n"
            "    长期以来,我市十分重视公共法律服务体系建设。一是法律援助网络建立健全。全市现已建立市、县、乡、村四级法律援助网络,"
            "全市每年办理法律援助案件2000余件。2015年,全市启动了公共法律服务中心实体平台建设,并在南县、沅江市试点,"
            "6月底南县公共法律服务中心已投入运行,7月底沅江市公共法律服务中心可望投入使用。二是法律服务领域实现全面覆盖。"
            "全市现有律师事务所24家律师314人,公证处5家公证人员25人。\n")
    ff = distil(tmp_path, workspace, text, "pilots.txt")
    assert ff.source.jurisdiction is None
    assert ff.source.issuer == "市司法局"
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places["2000余件"] is None and places["24家"] is None and places["314人"] is None


def test_a_summary_titled_with_its_units_whole_name_names_its_writer(tmp_path, workspace):
    """兰山区文化和旅游局2023年建议提案办理情况 (lyls.gov.cn/info/2194/219702.htm, a year-end summary speaking as
    我单位): the unit opening the title with its place's whole name was not read (only 区文旅局2023年…总结 was)."""
    text = ("兰山区文化和旅游局2023年建议提案办理情况 | ||||||||||||||||||||||||\n2023-11-01 点击数: | ||||||||||||||||||||||||\n"
            "2023年,我单位共接收市政协提案1件,区人大代表建3件,区政协提案21件,共计25件,现已按照要求答复完毕,"
            "办结率100%,其中采纳建议数25个,采纳率100%。\n")
    ff = distil(tmp_path, workspace, text, "summary.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("兰山区文化和旅游局", "兰山区")


def test_a_search_box_and_a_comment_box_are_chrome(tmp_path, workspace):
    """即墨区交通运输局's summary (jimo.gov.cn/…/t20230202_6832537.shtml) sits under a search box's hint
    (请输入检索词, taken for the title) and over a comment box (发表评论 … 评论列表(0条)); 广汉市公安局's reply
    (xtdsby.com mirror) ends with its disclosure field 信息公开选项:依申请公开, kept as a fact."""
    text = ("返回手机版\n\n请输入检索词\n\n区交通运输局2022年建议提案办理情况\n发布日期:2023-02-02\n\n"
            "2022年,区交通运输局共承办区十九届人大一次会议代表建议37件(主办34件、协办3件)和区政协十五届一次会议提案16件"
            "(主办7件、协办9件),所有建议提案均按时限办结。\n\n"
            "请输入文字\n发表评论\n请登录后提交\n提交\n评论列表(0条)\n查看更多评论\n")
    ff = distil(tmp_path, workspace, text, "boxes.txt")
    assert ff.source.title == "区交通运输局2022年建议提案办理情况"
    assert not [t for t in fact_texts(ff).splitlines() if "评论" in t or "请输入" in t]
    reply = ("广公函〔2023〕2号\n广汉市公安局\n关于市十九届人大二次会议第53号建议的\n答 复\n张宇代表:\n"
             "您在市人大九届第二次会议上提出的《关于中山小区中门(浏阳路门)安装抓拍监控的建议》第53号提案已收悉,"
             "现将办理结果向您答复如下:\n一是我局交警大队已安排辖区强化对浏阳路特别是中山小区路段的巡逻管控。\n"
             "广汉市公安局\n2023年5月8日\n(联系人:曾祥军,联系电话:5302253)\n信息公开选项:依申请公开\n"
             "抄送:市人大人代工委,市政府办公室。\n")
    ff = distil(tmp_path, workspace, reply, "disclosure.txt")
    assert not [t for t in fact_texts(ff).splitlines() if "信息公开选项" in t]
    assert ff.source.disclosure == "依申请公开"


def test_a_date_whose_year_and_month_marks_a_page_lost(tmp_path, workspace):
    """肃南县's report (gssn.gov.cn/hdjl/rdjy/202312/t20231212_1154658.html) is dated by its dateline
    ——20231124日在自治县十届人大常委会第十四次会议上 (2023年11月24日, 年 and 月 lost): the posting day 2023-12-12
    was taken; 三亚市人大常委会办公室's report (rd.sanya.gov.cn/…/3f473c0641c9463e8314bc5cc40fef05.shtml) counts
    from 20251月 (2025年1月): its 211件 was given the report's year 2026."""
    report = ("发布时间: 2023-12-12 10:35 来源: 肃南县政府办 作者: 背景色:\n\n关于自治县十届人大次会议期间\n\n"
              "代表意见建议办理情况的报告\n\n——20231124日在自治县十届人大常委会第十四次会议上\n\n"
              "肃南县人民政府办公室主任刘新元\n\n县人大常委会主任,各位副主任、各位委员:\n\n"
              "自治县十九届人大二次会议闭幕后,县人大常委会向县政府交办人大代表意见建议80件。\n")
    assert distil(tmp_path, workspace, report, "dateline.txt").source.date == "2023-11-24"
    counted = ("三亚市第八届人民代表大会第六次会议代表议案以及建议办理情况的报告\n\n2026-01-26 15:53 市人大常委会办公室\n\n"
               "20251月,市八届人大六次会议以来,收到代表团和代表提出议案4件、建议211件。会后,市人大常委会代表工作委员会"
               "根据市人大常委会主任会议的决定,将代表议案和建议交由各有关承办单位办理。\n")
    ff = distil(tmp_path, workspace, counted, "lostmarks.txt")
    years = {g.raw: g.year or f.period.year for f in ff.facts for g in f.figures}
    assert years["211件"] == 2025 and years["4件"] == 2025


def test_a_sites_channel_over_the_title_is_not_the_title(tmp_path, workspace):
    """建水县林业和草原局's page (hhjs.gov.cn/info/55231/127851.htm) prints its channel, • 建议提案办理答复, over
    建水县林业和草原局对县人大代表建议第168号的答复: the channel was taken for the reply's title."""
    text = ("登录 | 注册\n  • 建议提案办理答复\n\n建水县林业和草原局对县人大代表建议第168号的答复\n\n"
            "来源:县林业和草原局 发布日期:2019-12-23 浏览次数:\n\n姜春元代表:\n\n"
            "  你在建水县第十五届人民代表大会第四次会议提出的《关于岔科镇新建本地苗木培育基地的建议》的第168号建议,"
            "已转交我局办理,现将办理情况答复如下:\n\n"
            "  我局在接到你《关于岔科镇新建本地苗木培育基地的建议》后,局领导班子高度重视,专门召开会议进行专题研究。\n")
    ff = distil(tmp_path, workspace, text, "channel.txt")
    assert ff.source.title == "建水县林业和草原局对县人大代表建议第168号的答复"
    assert ff.source.issuer == "建水县林业和草原局"


def test_a_session_named_after_words_before_its_place_keeps_the_place(tmp_path, workspace):
    """镇康县林业局's reply (ynzk.gov.cn/zfxxgk_zkx/artview/333/216977.html): 您在镇康县第十七届人民代表大会第二次会议期间
    提出的… gave the session 县第十七届人民代表大会第二次会议, its place cut with the words before it."""
    text = ("马新强代表:\n您在镇康县第十七届人民代表大会第二次会议期间提出的《关于竹瓦村林下特色养殖的建议》,已交由我局办理。"
            "现将办理情况答复如下:\n一、您的这一建议提的很好,对充分利用森林资源优势促进群众增收具有一定的指导意义和参考价值。\n"
            "二、一是根据自然保护区保护条例中明确规定,保护区核心区和缓冲区内禁止放牧、养殖等一切人为活动行为。\n"
            "镇康县林业局\n2018年5月22日\n")
    assert distil(tmp_path, workspace, text, "session.txt").source.session == "镇康县第十七届人民代表大会第二次会议"


def test_a_reply_speaking_as_our_unit_names_its_writer_where_it_opens_on_it(tmp_path, workspace):
    """乐山市司法局's reply (lsssfj.leshan.gov.cn/ssfj/rdjytazx/202108/7ddb697049574b7589efb522b2d9ceb6.shtml) has no
    head, no signature and speaks as 我单位; its writer opens its account: 近年来，乐山市司法局始终坚持… (no writer
    was read)."""
    text = ("夏鹤倞委员:\n您提出的“关于创新打造公共法律服务体系的建议”提案,我单位已经办理,现将办理情况答复如下:\n"
            "公共法律服务是政府公共职能的重要组成部分,是保障和改善民生的重要举措。近年来,乐山市司法局始终坚持以人民为中心发展思想,"
            "全面深化公共法律服务实体平台、热线平台、网络平台建设。\n"
            "一是实体平台建设逐步完善。建成具有示范引领效应的市公共法律服务中心,建筑面积达2800平方米。\n")
    ff = distil(tmp_path, workspace, text, "ourunit.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("乐山市司法局", "乐山市")


def test_a_request_for_the_readers_view_of_the_reply_closes_it(tmp_path, workspace):
    """广汉市公安局's reply (xtdsby.com mirror of its page) closes with thanks, then 您对以上答复有什么意见，请填写在
    《办理情况征询意见表》上及时反馈我们…: the request was kept as a fact of the work done."""
    text = ("广汉市公安局\n关于市十九届人大二次会议第53号建议的\n答 复\n张宇代表:\n"
            "您在市人大九届第二次会议上提出的《关于中山小区中门(浏阳路门)安装抓拍监控的建议》第53号提案已收悉,"
            "现将办理结果向您答复如下:\n一是我局交警大队已安排辖区强化对浏阳路特别是中山小区路段的巡逻管控。\n"
            "二是安排专业人员对小区门口路网结构、道路特征、交通流量等情况进行充分论证。\n"
            "再次感谢您对我市公安交通管理工作的关心和支持,希望继续对我们的工作提出宝贵意见和建议。您对以上答复有什么意见,"
            "请填写在《办理情况征询意见表》上及时反馈我们,以便我们进一步改进工作。\n广汉市公安局\n2023年5月8日\n")
    texts = fact_texts(distil(tmp_path, workspace, text, "closing.txt")).splitlines()
    assert any("巡逻管控" in t for t in texts)
    assert not [t for t in texts if "征询意见表" in t or "以上答复" in t]


def test_a_session_named_by_its_assembly_alone_or_by_a_town(tmp_path, workspace):
    """额济纳旗's reply (ejnq.gov.cn/art/2022/8/5/art_1949_484968.html) answers 第十六届政协第一次会议委员建议 (no level
    before 第…届) and 兰亭镇人民政府's (round 10's mirror of its 2012 page) 关于兰亭镇第十六届人民代表大会 / 第一次会议17号
    代表建议的答复 (a town's session): no session was read from either."""
    banner = ("关于对第十六届政协第一次会议委员建议《关于强化落实军人、退役军人优待政策的建议》的答复\n吴岚其其格委员:\n"
              "我局自收到第十六届政协第一次会议委员提案《关于强化落实军人、退役军人优待政策的建议》后,高度重视,"
              "积极开展相关工作,现就议案答复如下:\n"
              "额济纳旗退役军人事务局按照相关文件要求,积极落实各项抚恤优待政策,按时发放各类抚恤优待资金。\n")
    assert distil(tmp_path, workspace, banner, "banner.txt").source.session == "第十六届政协第一次会议"
    town = ("兰政字〔2012〕30-17号\n签发人:张咸良\n关于兰亭镇第十六届人民代表大会\n第一次会议17号代表建议的答复\n"
            "任木兰、徐文良、汤建芳、陈奇洪、胡志良、夏志毛等代表提出的17号代表建议:近几年,镇政府对娄宫江水质保护比较重视,"
            "周边企业的污水排放也很规范。\n现答复如下:\n一、镇政府将进一步落实生活污水、养殖污水排放的监管措施。\n")
    assert distil(tmp_path, workspace, town, "town.txt").source.session == "兰亭镇第十六届人民代表大会第一次会议"


def test_a_suggestions_title_in_quotes_is_read(tmp_path, workspace):
    """乐山市司法局's reply (lsssfj.leshan.gov.cn/…/7ddb697049574b7589efb522b2d9ceb6.shtml): 您提出的“关于创新打造公共
    法律服务体系的建议”提案，我单位已经办理 — the suggestion's title in quotes, with no 收悉, was not read."""
    text = ("夏鹤倞委员:\n您提出的“关于创新打造公共法律服务体系的建议”提案,我单位已经办理,现将办理情况答复如下:\n"
            "近年来,乐山市司法局始终坚持以人民为中心发展思想,全面深化公共法律服务实体平台、热线平台、网络平台建设。\n")
    assert distil(tmp_path, workspace, text, "quoted.txt").source.suggestion_title == "关于创新打造公共法律服务体系的建议"


def test_a_report_names_its_writer_by_its_own_plan_for_the_items(tmp_path, workspace):
    """广东省司法厅's 2018 report on its proposals (sft.gd.gov.cn/sfw/zwgk/tzgg/content/post_3570520.html) speaks as
    我厅 and names itself only in its plan's title: 厅长…审定《广东省司法厅2018年度“一把手”领办建议提案工作方案》 (no writer
    was read)."""
    text = ("现将我厅2018年政协提案办理工作情况报告如下。\n一、基本情况及意见采纳情况\n"
            "2018年,我厅共承办省政协十二届一次会议提案22件(含主办3件,会办14件,参阅5件),提案主要涉及监所基础设施建设、"
            "律师管理、社区矫正等多方面内容。\n二、主要工作措施\n"
            "(一)严格落实提案办理工作“一把手”责任制。我厅始终把提案办理工作放在重要位置。厅党委书记、厅长曾祥陆同志以上率下,"
            "亲自部署办理工作,成立“一把手”领办建议提案工作协调小组,审定《广东省司法厅2018年度“一把手”领办建议提案工作方案》。\n")
    ff = distil(tmp_path, workspace, text, "ownplan.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("广东省司法厅", "广东省")


def test_a_mirror_in_traditional_characters_names_its_county_in_simplified_ones(tmp_path, workspace):
    """巩留县's 2024 summary in a traditional-character mirror (20153.cn/xjgl/c118833/202412/464e07ee8cd64ceba1685bb759a0eeae.shtml,
    round 12b): 鞏留縣人民政府 was read as 鞏留县人民政府 (鞏 not in the table of characters read simplified), and every
    count of the county was given to 鞏留县."""
    text = ("2024年,鞏留縣人民政府共辦理縣十八屆人大四次會議議案2件、人大代表建議52件,主要涉及城建、環保、交通設施等方面。"
            "按照“分級負責、對口辦理”的原則及時將人大議案、人大代表建議分別落實到20個縣直部門辦理。\n"
            "截至目前,20個承辦單位辦復議案2件、建議52件,辦復率和滿意率均為100%。\n")
    ff = distil(tmp_path, workspace, text, "trad.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("巩留县人民政府", "巩留县")
    assert {g.place or f.jurisdiction for f in ff.facts for g in f.figures} == {"巩留县"}
