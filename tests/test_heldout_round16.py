"""General reading rules found on held-out round 16 (units the earlier rounds did not hold — 交通运输局 of 云南 安宁/元谋,
宁夏 银川 and 四川 苍溪/剑阁, 农业农村局 of 浙江 龙游, 文化和旅游 bureaus of 重庆 荣昌, 陕西 镇坪, 辽宁 南票 and 山东 临沂,
内蒙古's answer to a party's proposal, 四川 自贡's news of its schooling; and two pages an earlier round had read, 山西
高平's 卫生健康和体育局 and 江西 南康's 农业农村局, for what it had left).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts


def test_the_short_name_a_letter_gives_the_suggestion_is_no_title(tmp_path, workspace):
    """安宁市交通运输局's reply (kman.gov.cn/c/2018-12-17/3229260.shtml) quotes the title, then names it short:
    您提出的“关于…增设公交站点的建议”（以下简称《建议》）… 收到您的《建议》后: the suggestion's title was read as 建议."""
    text = ("安宁市交通运输局关于对安宁市人大六届二次会议第28号 建议、批评和意见的答复\n\n发布时间:2018-12-17 11:34 浏览次数:41\n\n"
            "  龙海涛代表:\n\n  您提出的“关于昆钢单身小区和前进山沟小区交叉路口增设公交站点的建议”(以下简称《建议》)已交我局办理,"
            "感谢您对公交站点建设工作的关心。收到您的《建议》后,我局党组高度重视,专门召开会议研究,并安排领导负责,落实专人具体答复。"
            "通过与您面商和征求意见的基础上,经反复商榷,现对您的《建议》答复如下:\n\n"
            "  针对您的建议,经交运局、公交公司以及望湖社区的书记一起去实地查看,现已初步看好一路段可以建一个公交站台。\n")
    m = distil(tmp_path, workspace, text, "short.txt").source
    assert m.suggestion_title == "关于昆钢单身小区和前进山沟小区交叉路口增设公交站点的建议"


# 高平市卫生健康和体育局's reply (xxgk.sxgp.gov.cn/gzbm/gpwjj/fdzdgknr/jytabl_wtj/202310/t20231026_1875580.shtml).
CLINIC = ("高平市卫生健康和体育局\n关于对市七届人大五次会议第71号建议的\n答 复\n高卫体发〔2023〕148号\n尊敬的王爱珍代表:\n"
          "您好!您所提的“关于改善神农卫生院就医环境的建议”已收悉,我局高度重视,召开会议专题讨论研究,并确定专人负责答复落实。"
          "现答复如下:\n一、您这一提案提得很好,表明您对我市基层医疗卫生事业的高度关注。\n"
          "二、需要向您说明的是:目前北京阜外医院心血管神农分院项目场地平整已完成,现场办公区和生活区以及东侧场地外协队伍生活"
          "彩钢房搭设完成,水电开始安装,土方已开挖,同步加快土地手续办理。\n以上答复您是否满意,如有意见,敬请反馈。\n此致\n敬礼\n"
          "领导签字:\n高平市卫生健康和体育局\n2023年6月29日\n")


def test_a_title_the_deputy_is_said_to_have_put_is_read(tmp_path, workspace):
    """高平市卫生健康和体育局's reply says 您所提的“关于改善神农卫生院就医环境的建议”已收悉 (所提, not 提出): no suggestion
    title was read."""
    m = distil(tmp_path, workspace, CLINIC, "put.txt").source
    assert (m.suggestion_title, m.number) == ("关于改善神农卫生院就医环境的建议", "高卫体发〔2023〕148号")


def test_a_publishers_field_ends_at_the_responsible_departments(tmp_path, workspace):
    """银川市交通运输局's reply (yinchuan.gov.cn/xxgk/bmxxgkml/sjtj/xxgkml_2231/yata_2244/201709/t20170914_477153.html)
    prints 发布机构: 银川市交通运输局 责任部门: 银川市交通局 on one line: the reply was read as written by
    银川市交通运输局 责任部门：银川市交通局, 责任部门 no field's name."""
    text = ("当前位置: 首页>政府信息公开>政府部门信息公开>银川市交通运输局>法定主动公开内容>议案建议提案办理\n\n"
            "索 引 号:640100-115/2017-22498 发布日期:2017-09-14\n发布机构: 银川市交通运输局 责任部门: 银川市交通局\n"
            "名 称:关于对市十五届人大一次会议第40号建议办理情况的答复\n\n关于对市十五届人大一次会议第40号建议办理情况的答复\n\n"
            "刘鲜兰、王金燕、马秀梅代表:\n\n您提出的《关于解决福通ABC区居民出行难的建议》收悉。现将办理情况答复如下:\n\n"
            "待工程竣工及2017年新购车辆到位后,市公交公司将根据该区域各小区客流情况对公交线路进行整体优化。\n\n"
            "                              银川市交通运输局\n\n                              2017821\n\n"
            "联系人:范宝欣   联系电话:13519502465\n")
    m = distil(tmp_path, workspace, text, "publisher.txt").source
    assert (m.issuer, m.jurisdiction, m.date) == ("银川市交通运输局", "银川市", "2017-08-21")


# 银川市交通运输局's reply (yinchuan.gov.cn/xxgk/bmxxgkml/sjtj/xxgkml_2231/yata_2244/201709/t20170914_477153.html).
BUSES = ("刘鲜兰、王金燕、马秀梅代表:\n\n您提出的《关于解决福通ABC区居民出行难的建议》收悉。现将办理情况答复如下:\n\n"
         "待工程竣工及2017年新购车辆到位后,市公交公司将根据该区域各小区客流情况对公交线路进行整体优化。\n\n"
         "再一次感谢您们对银川市交通运输事业的关心和支持!\n\n                              银川市交通运输局\n\n"
         "                              2017821\n")
# 安宁市交通运输局's reply (kman.gov.cn/c/2018-12-17/3229260.shtml).
STOP = ("龙海涛代表:\n\n您提出的“关于昆钢单身小区和前进山沟小区交叉路口增设公交站点的建议”已交我局办理,现对您的建议答复如下:\n\n"
        "针对您的建议,经交运局、公交公司以及望湖社区的书记一起去实地查看,现已初步看好一路段可以建一个公交站台。\n\n"
        "最后,再次衷心感谢您对交通工作的关心、支持和帮助指导!并真诚希望您一如既往的关心、支持和重视交通工作,"
        "为我们提出宝贵的意见和建议。\n")


@pytest.mark.parametrize("text, kept", [(BUSES, "2017年新购车辆"), (STOP, "公交站台"), (CLINIC, "神农分院")])
def test_thanks_wishes_and_praise_said_in_other_words_are_no_facts(tmp_path, workspace, text, kept):
    """Three replies close or open with courtesy the rules did not know: 银川市交通运输局's 再一次感谢您们对…的关心和支持!,
    安宁市交通运输局's 再次衷心感谢您…!并真诚希望您一如既往的关心、支持…, 高平市卫生健康和体育局's 您这一提案提得很好,表明您对
    我市基层医疗卫生事业的高度关注。: each was kept as a fact of the bureau's work."""
    texts = fact_texts(distil(tmp_path, workspace, text, "courtesy.txt"))
    assert kept in texts
    assert not any(w in texts for w in ("感谢", "希望您", "提得很好"))


# 龙游县农业农村局's reply (longyou.gov.cn/art/2025/8/11/art_1229838623_5565564.html).
FARMLAND = ("龙游县农业农村局关于对龙游县十四届人大四次会议第31号代表建议答复的函\n\n姜xx代表:\n\n"
            "您在县十四届人大四次会议上提出的《关于建设横路祝村高标准农田整治项目的建议》已转至我局办理。"
            "非常感谢您对我县农田水利事业的关心和支持,现将有关情况答复如下:\n\n一、开展高标准农田项目建设\n\n"
            "对于在横路祝村开展高标准农田项目建设,县政府已高度关注,县农业农村局于2023年在范围区内开展2023年龙游县东华街道等4街道"
            "土地综合整治(高标准农田建设)项目建设,项目涉及东华街道的高仙塘村、横路祝村、下杨村和湖镇镇的杨家村、隔塘村,"
            "总投资402.5万元,建设面积1150亩,项目于2023年开工,2025年完成项目建设。\n\n二、开展农田水利设施改善项目\n\n"
            "2024年至2025年我局累计投入1523.34万元,逐步对我县现有农田基本水利设施进行维修改造。\n\n"
            "龙游县农业农村局\n\n2025年6月19日\n")


def test_a_town_named_first_of_several_is_no_figures_place(tmp_path, workspace):
    """龙游县农业农村局's reply counts a project of 龙游县东华街道等4街道 (东华街道 and three more, 湖镇镇 among them) and its
    总投资402.5万元，建设面积1150亩 were read as 东华街道's: a town a 等 follows is the first of a list, as one a 、 follows."""
    ff = distil(tmp_path, workspace, FARMLAND, "several.txt")
    figures = {g.raw: g for f in ff.facts for g in f.figures}
    assert (figures["402.5万元"].place, figures["1150亩"].place) == (None, None)
    assert {f.jurisdiction for f in ff.facts} == {"龙游县"}


def test_a_span_of_years_then_the_unit_that_spent_in_it(tmp_path, workspace):
    """龙游县农业农村局's reply says 2024年至2025年我局累计投入1523.34万元: the span was dropped (only a pause or a verb was
    known after one, 我县 but not 我局) and the sum read as 2025's alone."""
    ff = distil(tmp_path, workspace, FARMLAND, "span.txt")
    money = next(g for f in ff.facts for g in f.figures if g.raw == "1523.34万元")
    assert (money.year, money.until) == (2024, 2025)


def test_what_a_figure_counts_ends_before_a_verb_of_being_there(tmp_path, workspace):
    """龙游县农业农村局's reply restates 横路祝村下畈自然村因农田基础设施薄弱导致约108亩耕地存在抛荒现象: the acres were read
    as counting 耕地存 (the noun read on up to 在, 存在 cut in two)."""
    text = ("姜xx代表:\n\n您在县十四届人大四次会议上提出的《关于建设横路祝村高标准农田整治项目的建议》已转至我局办理。"
            "现将有关情况答复如下:\n\n建议中提到的横路祝村下畈自然村因农田基础设施薄弱导致约108亩耕地存在抛荒现象,"
            "并要求在横路祝村开展高标准农田项目建设。我局高度重视,组织专业人员通过现场勘察和图斑对比,该地块近年已开展高标准农田建设。\n")
    ff = distil(tmp_path, workspace, text, "counted.txt")
    assert next(g.counts for f in ff.facts for g in f.figures if g.raw == "约108亩") == "耕地"


def test_a_session_named_without_its_level_or_ordinal(tmp_path, workspace):
    """赣州市南康区农业农村局's reply (nkjx.gov.cn/nkqxxgk/nk857/202309/bda6c5ed31ea4714abd5d3c202b7f5e8.shtml) is titled
    关于三届人大三次会议第41号建议的答复, the session with neither a level (区) nor 第: no session was read."""
    text = ("您当前所在位置: 首页 > 部门信息公开目录 > 区农业农村局 > 公共服务\n\n关于三届人大三次会议第41号建议的答复\n\n访问量:\n\n"
            "尊敬的幸世高代表\n\n提出的“关于对高标准农田优化管理的建议”已收悉,现答复如下\n\n"
            "1.强化宣传引导,提高群众参与度。一是通过广播宣传、召开群众会议、微信等媒体消息推送等多种形式大力宣传。\n\n"
            "十分感谢您对农业农村工作的关心支持,欢迎多提宝贵意见建议。\n\n"
            "                                     赣州市南康区农业农村局    \n\n                                     2023717\n")
    m = distil(tmp_path, workspace, text, "session.txt").source
    assert (m.session, m.suggestion_number, m.deputy, m.date) == ("三届人大三次会议", "41", "幸世高", "2023-07-17")


def test_what_a_figure_counts_ends_before_the_verb_giving_them_something(tmp_path, workspace):
    """自贡市's news of its spending on schooling (pitimail.com/10462/10464/10465/10595/2012/6/11/10213471.shtml, a mirror of
    the city's page) says 向12372名普通高中家庭经济困难学生发放国家助学金1855.8万元；计划向1200名贫困大学生发放生源地信用助学贷款
    670万元: the students were counted as 普通高中家庭经济困难学生发放国家助学金, and the sums as the clause before's 学费, 发放 no
    verb a noun phrase ends at or starts after."""
    text = ("自贡市教育民生工程顺利推进\n2012年06月11日 00时00分\n来源:\n自贡市府\n"
            "2012年,自贡市教育惠民政策全面落实,教育民生工程顺利推进。免除4174名中职城市、农村家庭经济困难学生和涉农专业学生学费"
            "827万元;向12372名普通高中家庭经济困难学生发放国家助学金1855.8万元;计划向1200名贫困大学生发放生源地信用助学贷款670万元。"
            "累计投入资金达到22085.75万元。\n")
    ff = distil(tmp_path, workspace, text, "given.txt")
    counts = {g.raw: g.counts for f in ff.facts for g in f.figures}
    assert (counts["12372名"], counts["1855.8万元"]) == ("普通高中家庭经济困难学生", "国家助学金")
    assert (counts["1200名"], counts["670万元"]) == ("贫困大学生", "生源地信用助学贷款")


def test_a_report_printed_on_one_line_is_read_by_its_sections(tmp_path, workspace):
    """临沂市文化和旅游局's summary of its suggestions (linyi.gov.cn/info/6238/301148.htm) prints its text in one table cell,
    the headings run into the sentences with spaces (一、基本情况 2021年度,… 任务。 二、主要做法 (一)压实办理工作责任。…): it
    was read as one fact opening 基本情况2021年度, no section heading, the next section's work in the same fact."""
    text = ("欢迎访问临沂市政府网站!\n索引号 | 1585729837/gdj/2021-0000189 | 发布机构 | 临沂市文化和旅游局 |\n"
            "公开目录 | 建议和提案办理总体情况 | 发布日期 | 2021/10/28 |\n文号 | 公开方式 | 主动公开 |\n"
            "标题 | 临沂市文化和旅游局2021年人大建议(政协提案)办理总体情况 |\n|\n"
            "一、基本情况 2021年度,临沂市文化和旅游局共承办人大建议24件,政协提案44件。内容主要涉及文化扶贫、文化遗产、文化旅游产业、"
            "公共文化、乡村旅游、专项旅游等方面,与我市文化旅游的发展密切相关。 二、主要做法 (一)压实办理工作责任。"
            "市文化和旅游局高度重视建议提案的办理及落实工作,市文化和旅游局成立了专门的建议提案办理工作领导小组,"
            "对每一个建议提案进行分组研究讨论。\n")
    ff = distil(tmp_path, workspace, text, "oneline.txt")
    assert [f.section for f in ff.facts] == [["一、基本情况"], ["二、主要做法", "（一）压实办理工作责任"]]
    assert ff.facts[0].text.startswith("2021年度，临沂市文化和旅游局共承办人大建议24件")


def test_a_suggestion_run_into_a_place_names_no_place(tmp_path, workspace):
    """重庆市荣昌区文化和旅游发展委员会's reply (rongchang.gov.cn/zwgk_264/jytabl/rddbjybl/202306/t20230627_12099258.html)
    lost a stop after 建议: …支持罗丹代表关于打造仁义百果玩乡村旅游的建议荣昌区教委与百果玩运营公司已当面交流1次, and the
    count was read as the place 建议荣昌区's: 建议 (提议, 呼吁) is a word of proposing, no part of a name."""
    text = ("重庆市荣昌区文化和旅游发展委员会关于区十八届人大四次会议第274号建议的复函\n日期:2023-06-27\n\n罗丹代表\n\n"
            "您提出的《关于打造荣昌乡村旅游的建议》(第274号)收悉。经与区农业农村委、区教委、团区委、区招商投资局、仁义镇共同研究办理,"
            "现答复如下:\n\n一、针对您提出的“建议荣昌团区委、区教委支持将仁义镇百果玩打造成全区研学亲子游基地”。"
            "团区委、区教委支持罗丹代表关于打造仁义百果玩乡村旅游的建议荣昌区教委与百果玩运营公司已当面交流1次,到百果玩现场调研2次,"
            "并对其建设“荣昌区中小学社会实践教育基地”提出整改意见。\n")
    ff = distil(tmp_path, workspace, text, "proposing.txt")
    assert [(g.raw, g.place) for f in ff.facts for g in f.figures] == [("1次", None), ("2次", None)]
    assert {f.jurisdiction for f in ff.facts} == {"荣昌区"}


def test_thanks_closing_a_paragraph_of_work_are_no_part_of_its_fact(tmp_path, workspace):
    """镇坪县文化和旅游广电局's reply (zhp.gov.cn/Content-2320120.html) closes its last item's paragraph with its thanks,
    …评定为省级乡村旅游示范村。非常感谢您对我县旅游工作的关心与支持，也请您对办理情况复函提出宝贵的意见或建议。: the thanks and
    the request were kept in the fact (only thanks opening a paragraph, or a paragraph of them, were left out)."""
    text = ("镇坪县文化和旅游广电局 关于县政协九届六次会议第86号提案办理情况的复函\n\n作者: 来源: 发布时间:2021-10-28 11:10\n\n"
            "签发人:龙英\n\n冯万玖委员:\n\n您好!您在县政协九届六次会议提出的《关于完善镇坪县巴山腊味小镇基础设施配套的建议》提案已收悉,"
            "现将办理情况答复如下:\n\n1、腊味小镇已列入市级重点项目,目前腊味小镇生态停车场已完成档坎、路基、三通一平建设,"
            "腊味小镇计划创建3A旅游景区并纳入文旅融合项目库。\n\n2、进一步提升乡村旅游发展水平,目前联合村已经被省文化和旅游厅研究"
            "评定为省级乡村旅游示范村。非常感谢您对我县旅游工作的关心与支持,也请您对办理情况复函提出宝贵的意见或建议。\n\n\n"
            "  特此函告。\n\n              镇坪县文化和旅游广电局\n\n20211026\n")
    ff = distil(tmp_path, workspace, text, "closing.txt")
    assert ff.facts[-1].text.endswith("评定为省级乡村旅游示范村。")
    assert (ff.source.signatory, ff.source.date) == ("龙英", "2021-10-26")


# 内蒙古自治区's reply to a party's proposal on 预制菜 (mpmpc.cn/wap/index.php?itemid=37678&moduleid=21, a mirror).
PREPARED_FOOD = ("日期:2024-11-08 15:35\n对自治区政协十三届二次会议第0479号提案的答复\n农工党内蒙古区委:\n"
                 "自治区政协十三届二次会议第0479号《关于促进预制菜产业高质量发展的提案》由我委负责分办,经认真研究,"
                 "现结合我委的职能职责和工作开展情况,现答复如下:\n"
                 "我委高度重视预制菜产业发展,积极参与国家预制菜相关标准制定工作,加大预制菜产品的食品安全风险监测力度。\n"
                 "一、积极参与国家预制菜相关标准制定工作\n2023年11月21日,我委收到自治区食安办关于国务院食安办秘书处下发的"
                 "征求预制菜定义意见的函,积极组织有关单位研究反馈。\n")


def test_an_autonomous_regions_session_keeps_its_level_word(tmp_path, workspace):
    """The reply answers 自治区政协十三届二次会议第0479号提案: the session was read as 区政协十三届二次会议, the level word
    自治区 cut to its last character as the words before a place are."""
    m = distil(tmp_path, workspace, PREPARED_FOOD, "region.txt").source
    assert (m.session, m.suggestion_number, m.proposal) == ("自治区政协十三届二次会议", "0479", True)


def test_a_partys_committee_named_short_is_the_proposer(tmp_path, workspace):
    """The reply is addressed 农工党内蒙古区委: (the party's 内蒙古区委员会 said short): no proposer was read."""
    assert distil(tmp_path, workspace, PREPARED_FOOD, "party.txt").source.deputy == "农工党内蒙古区委"


# 苍溪县交通运输局's reply (cncx.gov.cn/open/show/20240806113158-32770-00-000.html).
BUS_LINES = ("政府信息公开\n\n苍溪县交通运输局关于政协苍溪县第十一届委员会第四次会议第32号提案办理结果的复函\n\n"
             "发布机构: 苍溪县交通运输局 发布时间: 2024-09-10 字体: [ ]\n\n杨明忠、李天军、王文华委员:\n\n"
             "你们在政协苍溪县第十一届委员会第四次会议期间提出“关于在乡村振兴中对农村道路进行升级改造的建议”的提案收悉。"
             "经认真研究办理,现将结果复函如下:\n\n二、关于“统筹规划,合理布局”的建议。近年来,我局科学规划布局县域农村客运线路站点,"
             "建成乡镇综合运输服务站39个,农村招呼站807个,公交站牌109个;大力实施乡村运输“金通工程”,开通乡村客运班线89条,"
             "开通县城公交线路11条、近郊公交线路25条。\n\n感谢你们对交通运输工作的关心和支持,欢迎今后多提议案和意见。\n\n\n\n\n"
             "苍溪县交通运输局\n\n2024年8月 6日\n\n收藏本站| 设为首页| 网站地图 | 帮助说明| 联系我们\n主办单位:苍溪县人民政府办公\n")


def test_opening_a_line_is_a_verb(tmp_path, workspace):
    """The reply counts 开通乡村客运班线89条，开通县城公交线路11条: the lines were counted with their verb (开通乡村客运班线)
    and 11条 read as the place 开通县's (县城, the county town, after the verb)."""
    ff = distil(tmp_path, workspace, BUS_LINES, "opening.txt")
    figures = {g.raw: (g.counts, g.place) for f in ff.facts for g in f.figures}
    assert (figures["89条"], figures["11条"]) == (("乡村客运班线", None), ("县城公交线路", None))


# 剑阁县交通运输局's reply (cnjg.gov.cn/new/detail/20221104144306922.html).
DEAD_END = ("B类\n同意对外公开\n剑交函〔2022〕52号\n梁建忠委员:\n"
            "你提出的《关于彻底治理好田家共和村断头路,改变为产业发展致富路的建议》(第49号提案)收悉,现答复如下:\n"
            "2022年,我局分五批次计划实施农村公路建设项目166个369.80公里,投入补助资金11406.4万元。其中:普安镇共和村耀诚家庭农场"
            "道路已纳入剑阁县第三批通村组水泥路建设项目计划,该项目计划2022年9月份开工建设,2022年10月份完工并投入使用。\n"
            "感谢你长期以来对交通运输事业的关心和支持!敬请多提宝贵意见和建议。\n剑阁县交通运输局\n2022年9月 8日\n"
            "主办单位: 剑阁县人民政府办公室\n建设与维护:广元市电子政务外网运营中心\n蜀ICP备06003751号-1\n"
            "川公网安备 51082302000134号\n联系电话:(0839)6666670传真:(0839)6600947 网站标识码:5108230052\n")


@pytest.mark.parametrize("text", [BUS_LINES, DEAD_END])
def test_the_sites_owner_and_keeper_under_a_reply_are_no_facts(tmp_path, workspace, text):
    """苍溪县交通运输局's and 剑阁县交通运输局's replies end on their sites' footers (收藏本站| 设为首页| 网站地图 | 帮助说明|
    联系我们 / 主办单位:苍溪县人民政府办公; 主办单位: 剑阁县人民政府办公室 / 建设与维护:广元市电子政务外网运营中心 / 蜀ICP备…):
    the toolbar became a section heading and the owner's and keeper's lines facts of the reply."""
    ff = distil(tmp_path, workspace, text, "footer.txt")
    assert not any(w in fact_texts(ff) for w in ("主办单位", "建设与维护", "收藏本站"))
    assert not any("收藏本站" in s for f in ff.facts for s in f.section)


def test_a_note_that_the_reply_may_be_published_is_no_title(tmp_path, workspace):
    """剑阁县交通运输局's reply opens B类 / 同意对外公开 / 剑交函〔2022〕52号 with no title of its own: 同意对外公开 was taken
    for its title."""
    m = distil(tmp_path, workspace, DEAD_END, "public.txt").source
    assert "公开" not in (m.title or "")
    assert (m.number, m.reply_class, m.suggestion_number, m.deputy) == ("剑交函〔2022〕52号", "B", "49", "梁建忠")


def test_thanks_said_here_and_a_wish_for_the_work_ahead_are_courtesy(tmp_path, workspace):
    """元谋县交通运输局's reply (yncxym.gov.cn/info/egovinfo/1007/overt_centent/11532328015177503N-/2022-0824027.htm)
    closes 在此，衷心感谢您长期以来对交通运输工作的关心与支持。在今后的工作中，希望您一如既往地关心、理解和支持交通运输工作。:
    it was kept as a fact, 在此 and 在今后的工作中 no words known to lead thanks or a wish."""
    text = ("肖亚军委员:\n你提出的《关于实施全县30户以上自然村通村公路硬化工程的提案》已交我们研究办理,现答复如下:\n"
            "据统计,我县30户以上未硬化自然村进村道路共计84个228公里,经县委、县人民政府多次向上级部门汇报争取,"
            "上级主管部门按照项目库分年度下达计划任务。\n"
            "在此,衷心感谢您长期以来对交通运输工作的关心与支持。在今后的工作中,希望您一如既往地关心、理解和支持交通运输工作。\n"
            "元谋县交通运输局\n2022年8月1日\n")
    texts = fact_texts(distil(tmp_path, workspace, text, "here.txt"))
    assert "84个228公里" in texts and "感谢" not in texts and "一如既往" not in texts


# 重庆市荣昌区文化和旅游发展委员会's reply (rongchang.gov.cn/zwgk_264/jytabl/rddbjybl/202306/t20230627_12099258.html).
RESTATED = ("重庆市荣昌区文化和旅游发展委员会关于区十八届人大四次会议第274号建议的复函\n日期:2023-06-27\n\n罗丹代表\n\n"
            "您提出的《关于打造荣昌乡村旅游的建议》(第274号)收悉。现答复如下:\n\n"
            "一、针对您提出的“建议荣昌团区委、区教委支持将仁义镇百果玩打造成全区研学亲子游基地。联合区内外青少年儿童、学校、师生,"
            "每年定期组织一定规模学生到仁义镇开展教研学、春秋游、品文化等校外拓展活动”。荣昌区教委与百果玩运营公司已当面交流1次,"
            "到百果玩现场调研2次。\n\n二、针对您提出的“建议区城市管理局、区交通局支持在高铁站、汽车站、城市道路等交通显著位置设置"
            "荣昌乡村旅游乐园的道路指示牌,提升城区人民对乡村游、亲子游的认知。”区城市管理局、区交通局支持罗丹代表关于打造仁义百果玩"
            "乡村旅游的建议。区文化旅游委会同区交通局、区交巡警支队于近期按照国家最新标准更换旅游交通标志32块。\n")


def test_an_item_opening_on_the_ask_it_quotes_is_headed_by_it(tmp_path, workspace):
    """The reply's items open on the ask they answer, quoted whole (一、针对您提出的“建议…基地。联合…活动”。荣昌区教委…): the
    heading was cut at the 。 inside the quote, and the rest of the deputy's words (联合区内外青少年儿童…活动”。) opened the
    bureau's fact."""
    ff = distil(tmp_path, workspace, RESTATED, "restated.txt")
    assert [f.text[:6] for f in ff.facts] == ["荣昌区教委与", "区城市管理局"]
    assert ff.facts[0].section[0].endswith("校外拓展活动”")
    assert not any("联合区内外" in f.text or "道路指示牌" in f.text for f in ff.facts)


def test_a_levels_city_word_before_a_unit_names_no_city(tmp_path, workspace):
    """The reply's second item opens 区城市管理局、区交通局支持…: the fact was read as the place 区城市's (区 and the noun
    城市 of 城市管理局, as if a city's name)."""
    ff = distil(tmp_path, workspace, RESTATED, "city.txt")
    assert {f.jurisdiction for f in ff.facts} == {"荣昌区"}


def test_the_items_own_title_run_on_after_the_replys_is_no_part_of_it(tmp_path, workspace):
    """南票区文化旅游和广播电视局's reply (npq.gov.cn/xxgk/zfxxgk/fdzdgknr/jytadfgk/zxya/2019n_29911/201912/
    t20191206_860349.html) is titled 区政协八届二次会议第77号提案的答复函《关于在汤水冬鱼度假区做强我区旅游业配套基础设施的建议》:
    the suggestion's title was kept in the reply's."""
    text = ("2019年\n\n区政协八届二次会议第77号提案的答复函《关于在汤水冬鱼度假区做强我区旅游业配套基础设施的建议》\n\n"
            "文章来源: 发布时间:2019-12-06\n\n  齐向光、徐志佳委员: \n\n  您好!您的提案收悉,现将办理情况答复如下: \n\n"
            "  对于代表提出的加强景区周边配套基础设施的建议,南票区文旅广电局高度重视,我们将对景区外部基础设施环境进行调研并形成报告,"
            "报送区政府审议。 \n\n  此复。 \n\n  南票区文化旅游和广播电视局 \n\n  2019615 \n")
    m = distil(tmp_path, workspace, text, "runon.txt").source
    assert (m.title, m.suggestion_title) == ("区政协八届二次会议第77号提案的答复函", "关于在汤水冬鱼度假区做强我区旅游业配套基础设施的建议")
    assert (m.deputy, m.date, m.issuer) == ("齐向光、徐志佳", "2019-06-15", "南票区文化旅游和广播电视局")
