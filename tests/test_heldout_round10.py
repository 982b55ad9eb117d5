"""General reading rules found on held-out round 10 (replies and reports of units the earlier rounds did
not hold — 畜牧兽医局, 自然资源局, 民政局, 人社局, 教育局, a 镇人民政府 — from 广西, 新疆, 吉林, 甘肃, 江西,
mirrors in traditional characters and document-library pages).

Each test distils a short text in the shape such a page has (the real page's words, names kept as the
page prints them), through the public path a user's ``drafter distill`` takes (read_document →
distill_document, in the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts

# A county's page in traditional characters (臺前縣, 河南): its widgets, title, addressee and signature.
TRADITIONAL_REPLY = """登錄 | 注冊   微信 簡體 繁體
無障礙閱讀 進入適老模式

臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復

來源:縣政府辦2022-08-11
瀏覽量:6223
聶保元代表:

您提出關于“黨馬線及周圍道路改造提升”的建議收悉。現答復如下:

我局接到該議案后,高度重視,迅速召開專題會進行討論研究。目前,黨馬線周邊鄉村道路約11公里已納入全縣“十四五”農村公路建設規劃。

感謝各位代表對交通運輸工作的關心和支持。

2022年8月9日

掃一掃在手機打開當前頁"""


def test_a_page_in_traditional_characters_is_read_as_one_in_simplified(tmp_path, workspace):
    """臺前縣交通運輸局對縣十一屆人大一次會議第25號建議的答復: its unit, place, item, session and deputy (none
    was read: 號 屆 縣 are not 号 届 县), in simplified characters as a reply is written; its widgets
    (掃一掃在手機打開當前頁, 無障礙閱讀 進入適老模式) are chrome, never a fact or the title."""
    ff = distil(tmp_path, workspace, TRADITIONAL_REPLY, "trad.txt")
    m = ff.source
    assert (m.issuer, m.jurisdiction, m.suggestion_number, m.deputy) == ("台前县交通运输局", "台前县", "25", "聂保元")
    assert m.session == "县十一届人大一次会议"
    assert m.title == "台前县交通运输局对县十一届人大一次会议第25号建议的答复"
    assert "掃一掃" not in fact_texts(ff)
    fig = next(g for f in ff.facts for g in f.figures if g.raw.endswith("11公里"))
    assert next(f for f in ff.facts if fig in f.figures).jurisdiction == "台前县"


def test_a_number_and_class_in_traditional_characters_with_pinyin(tmp_path, workspace):
    """衡財(cái)建復(fù)〔2022〕8號(hào)(B類) over 羅俊代表: the number, the class and the item (第414號) are read."""
    text = ("對(duì)市十六屆人大一次會議第414號(hào)建議的答復(fù)\n衡財(cái)建復(fù)〔2022〕8號(hào)(B類)\n羅俊代表:\n"
            "您提出的《關(guān)于完善醫(yī)保基金監(jiān)管的建議》收悉,現(xiàn)答復(fù)如下:\n"
            "城鄉(xiāng)居民醫保財政補助標準逐年提高,對城鄉居民醫保的財政投入逐年加大。\n")
    m = distil(tmp_path, workspace, text, "pinyin.txt").source
    assert (m.number, m.reply_class, m.suggestion_number, m.deputy) == ("衡财建复〔2022〕8号", "B", "414", "罗俊")


def test_numbers_with_a_sub_number_or_a_letter_code_and_items_of_two_numbers(tmp_path, workspace):
    """兰政字〔2012〕30-17号 (a serial with a sub-number), （编号：B〔2017〕062号） in a title (a code of a letter,
    the page's index code and list of categories over it no title), 第162-410号提案 and …会议17号代表建议:
    each was read as no number or no item."""
    town = ("兰政字〔2012〕30-17号\n签发人：张咸良\n关于兰亭镇第十六届人民代表大会\n第一次会议17号代表建议的答复\n"
            "任木兰、徐文良等代表提出的17号代表建议：要求镇政府进一步落实生活污水排放的监管措施。\n"
            "现答复如下：全镇生活污水治理已投资400多万元实施了集镇一期生活污水处理，目前已投入运行。\n"
            "兰亭镇人民政府\n二○一二年六月十四日\n")
    m = distil(tmp_path, workspace, town, "town.txt").source
    assert (m.number, m.suggestion_number, m.date) == ("兰政字〔2012〕30-17号", "17", "2012-06-14")
    bureau = ("• 005299216/2017-00032\n• 新郑市民政局\n• 提案,建议提案,提案答复函\n• 2017-06-29\n"
              "关于对建设公益性墓地的提案答复的函(编号:B〔2017〕062号)\n\n赵舒琪、陈弘毅委员:\n\n"
              "  您提出的关于建设公益性墓地的提案收悉。现答复如下:\n\n"
              "  新郑市将公益性墓地建设列入2016年为民实事项目,启动公共墓地建设,逐步降低群众殡葬负担。\n\n"
              "新郑市民政局\n\n二〇一七年六月二十九日\n")
    m = distil(tmp_path, workspace, bureau, "bureau.txt").source
    assert (m.number, m.title) == ("B〔2017〕062号", "关于对建设公益性墓地的提案答复的函（编号：B〔2017〕062号）")
    two = ("重庆市永川区规划和自然资源局关于区政协第十六届第二次会议第162-410号提案的复函\n\n汪云鸿、石跃祥委员\n\n"
           "你们提出的《关于进一步优化耕地保护宣传工作的提案》(第162-410号)收悉。现将办理情况答复如下:\n\n"
           "根据我区2022年国土变更调查初步上报成果,全区耕地保有量81万亩。\n")
    assert distil(tmp_path, workspace, two, "two.txt").source.suggestion_number == "162-410"


# A county government's site publishing a bureau's reply: its breadcrumb printed as a numbered list, its
# 发布机构 the government, its 来源 the bureau; the addressee's names hold a middle dot.
COUNTY_SITE_REPLY = """1. 当前位置:
  2. 首页 > 政务公开 > 乌恰县人民政府 > 政协提案
  3. > 正文

关于对乌恰县政协第十七届第四次会议(经济建设类1号总第1号)提案的答复

索  引  号 K45899617/2024-02340 主题分类
发布机构 乌恰县人民政府 发布日期 2024-08-23 18:26
文        号 〔〕号 有  效  性
来        源 乌恰县畜牧兽医局

艾尔肯·依扎克、托合吐买买提·沙特瓦力地委员:

您在乌恰县政协第十七届第四次会议期间提出的经济建设类1号总第1号《关于提升托云乡饲草料地质量的提案》收悉,我局高度重视,现答复如下:

2022年为托云乡1200亩地提供燕麦种子13.2吨。

感谢对我县畜牧业工作的关注和支持。"""


def test_a_bureau_reply_on_its_governments_site(tmp_path, workspace):
    """1. 当前位置: / 2. 首页 > … / 3. > 正文 is a breadcrumb (it was taken for the body's first heading, and
    the addressee was lost in the body); the writer is the 来源 bureau the text speaks as (我局), not the
    site's 发布机构 (乌恰县人民政府)."""
    ff = distil(tmp_path, workspace, COUNTY_SITE_REPLY, "county.txt")
    m = ff.source
    assert (m.issuer, m.jurisdiction, m.date) == ("乌恰县畜牧兽医局", "乌恰县", "2024-08-23")
    assert m.deputy == "艾尔肯·依扎克、托合吐买买提·沙特瓦力地" and m.proposal
    assert "当前位置" not in fact_texts(ff) and "13.2吨" in fact_texts(ff)


def test_a_delegation_addressed_and_an_addressee_run_into_the_text(tmp_path, workspace):
    """建设、布海、岔路口代表团： is the addressee (代表团, a delegation); 杨延勇、…韩文林代表： 你们提出的… on the
    line of the text (a page that lost the line break) names the deputies too."""
    delegation = ("对市十八届人大四次会议第16号代表建议的答复\n\n建设、布海、岔路口代表团:\n\n"
                  "  您在市十八届人大四次会议上提出的关于《加强农村道路建设和养护》的建议(第16号)收悉,现答复如下:\n\n"
                  "  经过多年的建设,我市农村公路总里程达到3543公里。\n")
    assert distil(tmp_path, workspace, delegation, "team.txt").source.deputy == "建设、布海、岔路口代表团"
    inline = ("关于县人大十八届二次会议期间第11号建议的答复\n\n杨延勇、俞天德、张敏、韩文林代表: 你们提出的“关于前移市区人饮水源地"
              "便利群众出行的建议”收悉,现答复如下: 金昌市县级及以上集中式饮用水水源地共有*处(均在永昌县境内),分别为金川区地表水"
              "饮用水水源地(金川峡水库)、永昌县东大河渠首地表水饮用水水源地、永昌县备用地下水集中式饮用水水源地。 (一)积极协调"
              "解决道路封闭对群众造成的影响。****年*月中央环境保护督察组就督察发现问题对甘肃省进行了现场反馈,指出“全省有**个水源"
              "保护区内存在道路穿越问题,其中**个位于水源一级保护区,环境隐患较大”。切实做好中央环保督察反馈问题整改工作。\n")
    assert distil(tmp_path, workspace, inline, "inline.txt").source.deputy == "杨延勇、俞天德、张敏、韩文林"


def test_a_report_opening_on_its_unit_a_branch_of_a_long_named_city(tmp_path, workspace):
    """2024年，迪庆州生态环境局香格里拉分局共受理…: the report's unit (none was read) and its place, 香格里拉市 (it
    was 里拉市: 里拉 is said each time after 格, the end of a longer name)."""
    text = ("2024年,迪庆州生态环境局香格里拉分局共受理香格里拉市第三届人民代表大会第三次会议人大代表建议共6件(承办3件,协办3件)。"
            "截至目前:承办件已答复,“A类件”2件、“C类件”1件,代表对答复满意。\n"
            "1.由东旺乡代表团扎史七林代表提出的建议号为25的“关于污水处理”的建议,已答复,类别为“A类件”。"
            "目前东旺乡54个自然村中,30个自然村农村生活污水通过资源化利用的形式得到了有效管控。\n")
    ff = distil(tmp_path, workspace, text, "branch.txt")
    assert (ff.source.issuer, ff.source.jurisdiction) == ("迪庆州生态环境局香格里拉分局", "香格里拉市")
    assert {f.jurisdiction for f in ff.facts} == {"香格里拉市"}


def test_an_area_of_responsibility_is_no_district(tmp_path, workspace):
    """一、高度重视，压实责任区教育局高度重视… (a library page that lost its line breaks): 责任区 is no place; the
    district is the one the text names, 青山区, and the unit the one its first sentence names."""
    text = ("区教育局关于2022年人大政协议提案办理工作的总结2022年,区教育局共承办人大议案14件,其中主办件13件、协办件1件;"
            "政协提案13件,其中主办件11件、协办件2件。现就今年议提案办理工作总结如下:一、高度重视,压实责任区教育局高度重视议提案"
            "办理工作,第一时间进行研判。二、综合施策,全面推进今年区教育局承办议提案涉及教育教学、心理健康等多个方面,充分体现了代表"
            "委员对青山教育事业的关注和关心。如在办理《关于解决青山区学位紧张问题的建议》时,我局深入调研。\n")
    ff = distil(tmp_path, workspace, text, "library.txt")
    assert ff.source.jurisdiction == "青山区" and ff.source.issuer == "青山区教育局"
    assert "责任区" not in {f.jurisdiction for f in ff.facts}


def test_a_town_governments_reply_is_of_its_town(tmp_path, workspace):
    """兰亭镇人民政府 signs the reply: its place is 兰亭镇 (none was read), and so is its figures' (全镇…400多万元)."""
    text = ("关于兰亭镇第十六届人民代表大会第一次会议17号代表建议的答复\n任木兰、徐文良等代表提出的17号代表建议：要求镇政府进一步"
            "落实生活污水排放的监管措施。\n现答复如下：全镇生活污水治理已投资400多万元实施了集镇一期生活污水处理，目前已投入运行。\n"
            "兰亭镇人民政府\n二○一二年六月十四日\n")
    ff = distil(tmp_path, workspace, text, "town.txt")
    assert ff.source.jurisdiction == "兰亭镇"
    assert next(f for f in ff.facts if "400多万元" in f.text).jurisdiction == "兰亭镇"


def test_a_numbered_clause_ending_in_its_figure_and_a_span_written_with_both_years(tmp_path, workspace):
    """一、2017年—2018年对病害严重的路段组织改建完成了173.826公里；2019年…: the numbered clause is content (it
    was taken for a heading and its figure lost), and 2017年—2018年 is a span (it was read as 2018)."""
    text = ("对市十八届人大四次会议第16号代表建议的答复\n建设、布海代表团:\n"
            "您在市十八届人大四次会议上提出的关于《加强农村道路建设和养护》的建议(第16号)收悉,现答复如下:\n"
            "一、2017年—2018年对病害严重的路段组织改建完成了173.826公里;2019年农村公路“畅返不畅”整治工程对634.007公里道路"
            "进行了整治。\n二、落实主体责任发挥行管作用。认真贯彻落实《吉林省农村公路条例》。\n")
    ff = distil(tmp_path, workspace, text, "roads.txt")
    figs = {g.raw: (g.year, g.until) for f in ff.facts for g in f.figures}
    assert figs["173.826公里"] == (2017, 2018) and figs["634.007公里"] == (2019, None)


def test_figures_listed_respectively_for_each_year_of_a_span(tmp_path, workspace):
    """2018-2021年分别为每人每年490元、520元、550元、580元，…补助资金分别为29.52亿元、…34.36亿元: each figure is of its
    year (none had one); a list not matching the span's years keeps the span."""
    text = ("对市十六届人大一次会议第414号建议的答复\n罗俊代表:\n您提出的《关于完善医保基金监管的建议》收悉,现答复如下:\n"
            "城乡居民医保财政补助标准逐年提高,2018-2021年分别为每人每年490元、520元、550元、580元,各级财政对我市城乡居民医保缴费"
            "补助资金分别为29.52亿元、31.23亿元、31.92亿元、34.36亿元。2019-2021年分别新增定点机构12家、15家。\n")
    ff = distil(tmp_path, workspace, text, "respectively.txt")
    figs = {g.raw: (g.year, g.until) for f in ff.facts for g in f.figures}
    assert [figs[r] for r in ("490元", "520元", "580元", "29.52亿元", "34.36亿元")] == [
        (2018, None), (2019, None), (2021, None), (2018, None), (2021, None)]
    assert figs["12家"] == figs["15家"] == (2019, 2021)


def test_a_toolbar_with_the_sites_search_box_and_a_unit_named_by_its_own_plan(tmp_path, workspace):
    """注册 | 登录 一网搜 over a reply is a toolbar (it was run into the title); a summary saying 我局制定印发了
    《大冶市自然资源和规划局2025年…方案》 is that bureau's (no unit was read)."""
    text = ("注册 | 登录 一网搜\n\n对市十八届人大四次会议第16号代表建议的答复\n\n建设、布海代表团:\n\n"
            "您在市十八届人大四次会议上提出的关于《加强农村道路建设和养护》的建议(第16号)收悉,现答复如下:\n\n"
            "经过多年的建设,我市农村公路总里程达到3543公里。\n")
    assert distil(tmp_path, workspace, text, "toolbar.txt").source.title == "对市十八届人大四次会议第16号代表建议的答复"
    summary = ("2025年我局共承办大冶市人大代表建议和政协委员提案27件。其中,人大代表建议20件(主办3件,协办17件)。\n"
               "为切实做好办理工作,3月,我局制定印发了《大冶市自然资源和规划局2025年人大建议办理工作方案》和《大冶市自然资源和"
               "规划局2025年政协提案办理工作方案》,将任务分解到相关单位和股室。\n")
    m = distil(tmp_path, workspace, summary, "summary.txt").source
    assert (m.issuer, m.jurisdiction) == ("大冶市自然资源和规划局", "大冶市")


def test_a_towns_figures_after_the_present_and_a_branchs_count(tmp_path, workspace):
    """目前东旺乡54个自然村中，30个…，其余24个…: the township's figures (they were the city's: 目前 hid the town);
    迪庆州生态环境局香格里拉分局共受理…6件 is the branch's count, of 香格里拉市, not of 迪庆州 its name opens with."""
    text = ("2024年,迪庆州生态环境局香格里拉分局共受理香格里拉市第三届人民代表大会第三次会议人大代表建议共6件。\n"
            "具体答复内容为:从东旺乡农村生活污水治理现状等三方面进行答复。目前东旺乡54个自然村中,30个自然村农村生活污水通过资源化"
            "利用的形式得到了有效管控,其余24个自然村农村生活污水还未得到有效管控。\n")
    ff = distil(tmp_path, workspace, text, "towns.txt")
    places = {g.raw: g.place or f.jurisdiction for f in ff.facts for g in f.figures}
    assert places == {"6件": "香格里拉市", "54个": "东旺乡", "30个": "东旺乡", "24个": "东旺乡"}


def test_a_prefectures_reply_is_not_of_one_of_its_cities_nor_a_countys_of_the_province(tmp_path, workspace):
    """A 州 bureau's reply (州党委、州人民政府…全州…) naming 博乐市、精河县 as its parts is of no city of its own
    (it was 博乐市's, so 博乐市's drafts would take the prefecture's figures for 我市's); a county's reply telling
    what 省政府 approved was written by no 省政府."""
    text = ("对自治州政协十三届二次会议第10号提案办理情况的答复\n\n帕尔哈提委员:\n\n您提出的“关于对农村发展的提案”收悉。"
            "经研究办理,现答复如下:\n\n近年来,州党委、州人民政府把推进乡村振兴作为“三农”工作的重要抓手。2022年,全州12个乡村"
            "振兴重点示范村编制村庄规划。博乐市、精河县分别被纳入新疆褐牛产业集群、新疆棉花产业集群;博乐市国家农业现代化示范区通过"
            "认定。2022年全州新建农村户厕1447座。\n")
    ff = distil(tmp_path, workspace, text, "prefecture.txt")
    assert ff.source.jurisdiction is None
    assert not any(f.jurisdiction == "博乐市" for f in ff.facts if any(g.raw == "1447座" for g in f.figures))
    county = ("关于县人大十八届二次会议期间第11号建议的答复\n\n杨延勇、俞天德代表: 你们提出的“关于前移市区人饮水源地便利群众"
              "出行的建议”收悉,现答复如下: 金昌市县级及以上集中式饮用水水源地共有*处(均在永昌县境内)。****年**月,省政府对《金昌"
              "市地表水饮用水源保护区划报告》进行了批复(甘政函〔****〕***号);****年*月省政府批复了《永昌县集中式饮用水源保护区技术"
              "划分报告》。 (一)积极协调解决道路封闭对群众造成的影响。****年*月中央环境保护督察组对甘肃省进行了现场反馈,指出“全省有"
              "**个水源保护区内存在道路穿越问题”。经县政府常务会议研究决定,对穿越金川峡水库饮用水源一级保护区路段实行封闭管理。\n")
    assert distil(tmp_path, workspace, county, "county.txt").source.issuer != "省政府"


def test_a_sentence_saying_what_is_planned_is_a_plan(tmp_path, workspace):
    """…已开始实施。对娄宫江沿线畜禽养殖场今年计划清迁6家。 and …；2020年我们…，计划完成37条…全长273.569公里: the
    plans are facts of their own, of the plan (they were done work, a draft's 基本情况); 完成计划投资 is done."""
    text = ("关于兰亭镇第十六届人民代表大会第一次会议17号代表建议的答复\n任木兰等代表:\n现答复如下:全镇生活污水治理已投资400多万元"
            "实施了集镇一期生活污水处理,目前已投入运行;二期投资近2000万元已开始实施。对娄宫江沿线畜禽养殖场今年计划清迁6家。\n"
            "2019年农村公路整治工程对634.007公里道路进行了整治;2020年我们依然将工作重心放在农村“老旧路”治理上面,计划完成37条"
            "农村公路“老旧路”维修改建工程,全长273.569公里。\n2021年全镇完成计划投资1.2亿元,按计划完成15个项目。\n"
            "兰亭镇人民政府\n二○二一年六月十四日\n")
    kinds = {g.raw: f.kind for f in distil(tmp_path, workspace, text, "plans.txt").facts for g in f.figures}
    assert (kinds["6家"], kinds["273.569公里"], kinds["37条"]) == ("plan", "plan", "plan")
    assert kinds["400多万元"] == kinds["634.007公里"] == kinds["1.2亿元"] == kinds["15个"] == "done"


def test_the_heading_about_the_suggestions_issue_is_no_problem_and_a_traditional_city_level(tmp_path, workspace):
    """二、关于建议中反映的问题 heads the work done on what the deputy raised (its facts were problems); 2021年醫保
    市級統籌以來… names no place 醫保市 (級 is 级)."""
    text = ("关于楚雄州第十三届人大四次会议第6号建议的答复\n李喜梅代表:\n您提出的《关于加强乡村公墓管理的建议》(第6号)交我们"
            "办理,现答复如下:\n一、办理工作开展情况\n我单位把建议办理工作纳入重要议事日程,认真研究办理。\n"
            "二、关于建议中反映的问题\n我州乡镇农村公益性公墓建设始于2012年,自2021年1月1日起全州103个乡镇农村公益性公墓全部"
            "建成投入使用。二是强化资金保障。2023年,我州累计争取和下达殡葬专项资金6912.555万元。\n"
            "三、存在的问题\n部分村级公墓建设资金不足。\n")
    facts = distil(tmp_path, workspace, text, "issue.txt").facts
    kinds = {g.raw: f.kind for f in facts for g in f.figures}
    assert kinds["103个"] == kinds["6912.555万元"] == "done"
    assert next(f for f in facts if "资金不足" in f.text).kind == "problem"
    trad = ("對市十六屆人大一次會議第414號建議的答復\n羅俊代表:\n您提出的建議收悉,現答復如下:\n"
            "2021年醫保市級統籌以來,每年市醫保局會按照以收定支的原則編制醫保基金預算,并細化到各縣市區。\n")
    assert all(f.jurisdiction != "醫保市" for f in distil(tmp_path, workspace, trad, "trad2.txt").facts)


def test_a_statement_opening_on_what_went_on_since_a_year(tmp_path, workspace):
    """自2003年起，…。经过多年的建设，我市农村公路总里程达到3543公里: the total is of now, the reply's year (it was
    2003's); a figure in the sentence of 以来 keeps the span."""
    text = ("对市十八届人大四次会议第16号代表建议的答复\n建设、布海代表团:\n"
            "您在市十八届人大四次会议上提出的建议(第16号)收悉,现答复如下:\n"
            "自2003年起,吉林省大力发展农村公路建设,我市积极投入农村建设。经过多年的建设,我市农村公路总里程达到3543公里,"
            "硬化路通屯率90.6%。\n2015年以来累计投入养护资金1.2亿元。\n德惠市交通运输局\n2020年12月7日\n")
    figs = {g.raw: (g.year, g.until) for f in distil(tmp_path, workspace, text, "since.txt").facts for g in f.figures}
    assert figs["3543公里"] == figs["90.6%"] == (2020, None)
    assert figs["1.2亿元"] == (2015, 2020)
