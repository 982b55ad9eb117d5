"""General reading rules found on held-out round 13 (replies of units the earlier rounds did not hold —
体育局/体育中心, 文化和旅游体育局, 农业农村局, 住建局, 卫计局, 民政局 — from 陕西 潼关/灞桥/紫阳, 四川 朝天,
安徽 舒城, 山东 沂南/滕州, 云南 西山/个旧, 江西 南康, 河北 魏县/丰南, 湖南 君山, and a mirror's 住建 reply).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts

# A mirror's 住建 reply (m.wsdds2.com/public/118323193/1260739869.html), its first paragraph and its last.
CITY_RENEWAL = (
    "关于区十八届人大四次会议第20250118040077号建议的答复函\n平原代表:\n"
    "您提出的“关于进一步深化实施城市更新行动,推动高质量发展的建议”,经认真办理,现答复如下:\n"
    "感谢代表对城市更新工作提出的宝贵意见,2021年以来,我局牵头实施城镇老旧小区改造,全区累计改造完成105个老旧小区,"
    "建筑面积约152万平方米,惠及17729户居民。2025年,继续实施老旧小区改造85个(增补老旧小区改造38个、年度改造任务47个)。\n"
    "下一步在城市更新工作中,将根据代表的意见,在区委区政府的领导和人民代表的监督下,进一步提升城市更新项目提质增效,"
    "改善居民生活环境,提升城市品质,让老城区焕发新活力。\n办复类别:B类\n联系电话:2698617\n联 系 人:陈乃俊\n2025年7月28日\n")

# 灞桥区文化和旅游体育局's reply (baqiao.gov.cn/zwgk/qtzdgknr/tajybl/qzxtabl/5ff2d75ef8fd1c5966597a1b.html).
SPORTS = ("对区政协九届四次会议 第6号提案的复函\n\n苏璇委员(区应急管理局):\n\n"
          "您提出的关于“借力十四运,推进我区体育休闲产业发展的提案”收悉,现答复如下:\n\n"
          "首先感谢您对我区体育工作的关心和支持!不断增加多功能运动场建设,目前共建有笼式足球场地4块、笼式篮球场地3块、室内健身房2个,"
          "不断满足群众健身需求。\n\n"
          "三是发挥协会作用,利用协会开展群众体育活动,目前我区共有8个体育协会常年活跃在基层,引导群众科学健身。\n\n"
          "不知以上答复您是否满意,非常感谢您对我区体育事业的关心和支持,希望您继续关注我区体育事业的发展,谢谢!\n\n"
          "灞桥区文化和旅游体育局\n\n2020年 6月2日\n")
# 唐山市丰南区农业农村局's reply (fengnanqu.gov.cn/tsfengnan/rdjyzxta/20231013/1141564536.html), over the site's footer.
FARMLAND = ("唐山市丰南区农业农村局\n对丰南区第七届人民代表大会\n第三次会议第20号建议的答复\n李任忠代表:\n"
            "您提出的关于“对大新庄镇农田管灌设施进行更新”的建议收悉,现答复如下:\n"
            "2023年,我局共为我区争取高标准农田建设项目立项2.5万亩,仅大新庄镇就安排了1.0万亩,占全区项目建设任务的40%。\n"
            "如果您对我们的办理和答复有何意见和建议,请填写在“征询意见表”中,以便我们进一步改进工作。\n"
            "感谢您对我们工作的关心和支持,并请您一如继往地关注农业农村工作,多建言献策。\n2023年7月28日\n"
            "领导签发:高建钊\n联系人及电话:胡可欣 8189213\n抄送:区人大常委会选举任免代表工作委员会,区政府办公室\n"
            "主办单位:唐山市丰南区委区政府\n联系电话:0315-8101890\nICP备案:冀ICP备13009492号-1 网站标识码:1302000057\n")
# 朝天政协's proposal system (118.121.234.130:8080/old_html_bill.asp?id=763): the proposal's fields, then the reply.
PROPOSAL_SYSTEM = (
    "朝天政协 - 提案管理系统\n委员提案 >> 关于在小中坝老城区增加户外体育设施及调整体育馆开放时间的建议\n"
    "编 号:第〔27〕号 所属类别:委员提案\n提案人:姚盛兵\n"
    "  小中坝老城区是城区的重要组成部分,常住人口约5000人以上,目前,该区域暂无室外蓝球场和羽毛球场,建议增加室外体育设施。\n"
    "审查结果:已立案 信息公开:是\n交办时间:2021年3月29日 是否重点:是\n督办单位:区委目标绩效办 区政府办公室 牵头领导:孙玉娟\n"
    "主办单位:区体育中心 协办单位:区文旅体局 区教科局\n\n关于政协广元市朝天区六届六次会议第27号提案的回复\n"
    "                   广元市朝天区体育发展中心关于政协广元市朝天区六届六次会议第27号委员提案的回复\n尊敬的姚盛兵委员:\n"
    "  您提出的《关于在小中坝老城区增加户外体育设施及调整体育馆开放时间的建议》已收悉,首先感谢您们对我区体育工作的关心和支持,"
    "受区人民政府的委托,结合我区体育工作实际,现回复如下:\n"
    "  一是关于建议在小中坝老城区增加室外体育设施的建议。我们积极争取项目资金,在同乐园广场新安装乒乓球桌4张、健身路径10件。\n")
# 个旧市农业农村局's reply (hhgj.gov.cn/info/87861/425081.htm).
FARM_WATER = ("对个旧市十八届人大一次会议第20号建议的答复\n\n来源:市农业农村局 发布日期:2022-11-01 浏览次数:\n\n个农函〔2022〕12号\n\n"
              "罗万忠、兰媛等二位代表: \n\n  你们在个旧市十八届人大一次会议上提出的《关于加大协调争取蔓耗镇农业灌溉项目力度的建议》的第20号建议,"
              "已转交我们研究办理,现将办理情况答复如下: \n\n  2019年全市建设高标准农田9100亩,其中蔓耗镇黄草坝片区、蔓耗片区共建设高标准农田2000亩。\n"
              "\n  个旧市农业农村局\n\n  2022年8月9日\n")
# 沂南县体育事业发展中心's page (yinan.gov.cn/info/5457/102414.htm): the reply in one table cell, over the site's footer.
FITNESS = ("索引号 | tyj1/2021-0000032 | 公开目录 | 文化建设 |\n发布机构 | 沂南县体育事业发展中心 | 发布日期 | 2021-08-02 |\n"
           "公开方式 | 主动公开 | 公开时限 | 长期公开 |\n标 题 | 关于对开展全民健身,增强体质的提案的答复 |\n"
           "张晓哲委员: 您提出的“开展全民健身,增强体质”提案收悉,现将办理情况答复如下: 近年来,随着《全民健身条例》的深入落实,"
           "各级政府、单位等积极开展全民建身运动,我县每年都组织开展全民健身运动会和各类人群综合性赛事。 为进一步满足人民群众的健身需求,"
           "县体育活动中心建设已纳入县重点项目之一,目前完成立项、选址及规划设计,正在进行土方开挖工程。 感谢您对县体育工作的关心,"
           "还请您对我们的工作继续予以关注和监督。 联系电话:3221671 2021年7月15日 |\n"
           "【下载Word】 【下载PDF】 【打印文章】 【关闭窗口】 |\n主办:沂南县人民政府 承办:沂南县人民政府办公室\n"
           "Email:ynxzfwz@ly.shandong.cn 中文域名:沂南县人民政府.政务\n"
           "网站标识码:3713210015 鲁ICP备05028929号 鲁公网安备37132102371374号\n")


def test_a_towns_old_quarter_is_no_place(tmp_path, workspace):
    """The mirror's reply (m.wsdds2.com/public/118323193/1260739869.html) closes 提升城市品质,让老城区焕发新活力:
    让老城区 (let the old town…) was read as a district, the reply's place, and every fact was given to it."""
    ff = distil(tmp_path, workspace, CITY_RENEWAL, "oldtown.txt")
    assert ff.source.jurisdiction is None
    assert not [f for f in ff.facts if f.jurisdiction == "让老城区"]


def test_thanks_that_run_on_into_the_work_keep_the_work(tmp_path, workspace):
    """The same reply opens its account in the sentence of its thanks — 感谢代表对城市更新工作提出的宝贵意见,2021年以来,
    我局牵头实施…全区累计改造完成105个老旧小区…: the whole sentence went as courtesy, and its three counts with it."""
    ff = distil(tmp_path, workspace, CITY_RENEWAL, "thanks.txt")
    raws = {g.raw for f in ff.facts for g in f.figures}
    assert {"105个", "约152万平方米", "17729户"} <= raws
    assert not [f for f in ff.facts if f.text.startswith("感谢")]


def test_a_reply_signed_off_by_fields_names_its_leader_contact_and_phone(tmp_path, workspace):
    """唐山市丰南区农业农村局's reply (fengnanqu.gov.cn/tsfengnan/rdjyzxta/20231013/1141564536.html) ends on
    领导签发:/联系人及电话:/抄送: over the site's footer (主办单位:…/联系电话:…): no signatory and no contact were
    read, the footer's number was taken for the reply's phone and the 抄送 list ran on into 主办单位:唐山市丰南区委区政府."""
    m = distil(tmp_path, workspace, FARMLAND, "signoff.txt").source
    assert (m.signatory, m.contact, m.phone) == ("高建钊", "胡可欣", "8189213")
    assert m.cc == ["区人大常委会选举任免代表工作委员会", "区政府办公室"]


@pytest.mark.parametrize("text, session", [(PROPOSAL_SYSTEM, "政协广元市朝天区六届六次会议"),
                                           (FARM_WATER, "个旧市十八届人大一次会议")])
def test_a_session_keeps_its_place_whole(tmp_path, workspace, text, session):
    """朝天区体育发展中心's reply (118.121.234.130:8080/old_html_bill.asp?id=763) answers 政协广元市朝天区六届六次会议:
    the session was cut to 元市朝天区六届六次会议 (a city and its district, six characters, before the session's
    届); 个旧市农业农村局's answers 个旧市十八届人大一次会议, cut to 市十八届人大一次会议 (个, a count's word, opening the
    city's name)."""
    assert distil(tmp_path, workspace, text, "session.txt").source.session == session


def test_a_pages_category_is_no_reply_class(tmp_path, workspace):
    """潼关县民政局's reply (tongguan.gov.cn/zfxxgk/fdzdgknr/jyta/zxwyta/1834433012973834241.html) is filed under
    类别:提案, the site's category: 提案 was taken for the reply's class (答复类别, A/B/C)."""
    text = ("潼关县民政局\n关于对政协十届三次会议第52号提案的答复\n\n来源:潼关县民政局 发布时间:2024-09-11 11:23\n类别:提案\n"
            "潼关县民政局文件\n签发人:杨宏亮\n潼民发【2024】275号\n\n马青、周丽等委员:\n\n"
            "您提出的关于进一步推进城乡居民养老服务体系建设的建议,现答复如下:\n\n"
            "我县共建设养老机构3家,日间照料中心9所,互助幸福院10所,养老机构达到县域内全覆盖。\n\n潼关县民政局\n\n2024年6月27日\n")
    m = distil(tmp_path, workspace, text, "category.txt").source
    assert m.reply_class is None
    assert (m.number, m.signatory, m.deputy) == ("潼民发〔2024〕275号", "杨宏亮", "马青、周丽")


def test_a_website_posting_a_reply_did_not_write_it(tmp_path, workspace):
    """君山区's reply on 老旧小区改造 (junshan.gov.cn/32415/32445/32459/content_1846906.html) is posted with
    来源: 君山区政府门户网 and speaks as 我局: the website was taken for the reply's writer."""
    text = ("关于君山区人大五届五次会议1号建议的回复\n\n编稿时间: 2021-08-23 15:26 来源: 君山区政府门户网 浏览量:1次  字体:\n\n"
            "关于君山区人大五届五次会议1号建议的回复\n\n蔡中文代表:\n\n您好!\n\n"
            "您向第五届第五次人大代表会议提出的“关于推进城镇老旧小区改造”的建议,我局城建股股长万昌明于4月16日与蔡中文代表进行当面沟通,"
            "现将有关情况回复如下:\n\n近两年,中央、省、市加大中心城区老旧小区改造力度,达到功能完善、环境优美、人居适宜的目的。"
            "我区以此为契机,对柳林洲中心城区的29个老旧小区实行了改造。\n\n分管领导:袁定军\n\n分管单位:城建股\n\n"
            "承办人:万昌明  联系方式:13507305504\n\n2021年5月6日\n")
    m = distil(tmp_path, workspace, text, "portal.txt").source
    assert m.issuer != "君山区政府门户网" and m.jurisdiction == "君山区"


def test_an_addressee_with_the_unit_they_work_in_names_the_member(tmp_path, workspace):
    """灞桥区文化和旅游体育局's reply (baqiao.gov.cn/zwgk/qtzdgknr/tajybl/qzxtabl/5ff2d75ef8fd1c5966597a1b.html)
    writes its member with the unit she works in, 苏璇委员(区应急管理局):: no proposer was read."""
    m = distil(tmp_path, workspace, SPORTS, "affiliation.txt").source
    assert (m.deputy, m.proposal, m.issuer) == ("苏璇", True, "灞桥区文化和旅游体育局")


def test_a_field_of_co_handlers_names_them(tmp_path, workspace):
    """The proposal system's head gives 主办单位:区体育中心 协办单位:区文旅体局 区教科局 on one line: the lead unit,
    the reply's writer, was read as its co-handler and the two co-handlers were lost."""
    m = distil(tmp_path, workspace, PROPOSAL_SYSTEM, "cohandlers.txt").source
    assert m.co_handlers == ["区文旅体局", "区教科局"]


def test_the_day_an_item_was_assigned_is_not_the_replys(tmp_path, workspace):
    """The proposal system's head dates the item's assignment, 交办时间:2021年3月29日, and the reply after it has no
    date of its own: the assignment's day was taken for the reply's."""
    assert distil(tmp_path, workspace, PROPOSAL_SYSTEM, "assigned.txt").source.date is None


def test_a_closing_asking_the_readers_view_of_the_reply_is_no_fact(tmp_path, workspace):
    """灞桥区文旅体育局's reply closes 不知以上答复您是否满意,非常感谢您…; 丰南区农业农村局's (fengnanqu.gov.cn/tsfengnan/
    rdjyzxta/20231013/1141564536.html) 如果您对我们的办理和答复有何意见和建议,请填写在“征询意见表”中…: both were kept as
    facts of the work done."""
    for name, text in (("sports.txt", SPORTS), ("farmland.txt", FARMLAND)):
        texts = fact_texts(distil(tmp_path, workspace, text, name)).splitlines()
        assert texts and not [t for t in texts if "答复" in t or "感谢" in t]


def test_a_sites_mail_and_domain_in_its_footer_are_chrome(tmp_path, workspace):
    """沂南县体育事业发展中心's reply sits over the site's footer, whose Email:…@ly.shandong.cn
    中文域名:沂南县人民政府.政务 was kept as a fact."""
    texts = fact_texts(distil(tmp_path, workspace, FITNESS, "footer.txt")).splitlines()
    assert any("土方开挖" in t for t in texts)
    assert not [t for t in texts if "Email" in t or "域名" in t or "主办" in t]


def test_the_year_old_housing_was_built_by_is_not_the_years_count(tmp_path, workspace):
    """滕州市住建局's reply (tengzhou.gov.cn/zwgk/xxgkml/szbm/zjj/202207/t20220728_1478000.html) plans, for 十四五,
    to renovate 全市2005年12月31日前建成使用…的184个老旧小区: the cut-off of the housing's age, 2005, was taken for
    the year of its 184个, 约4.82万户 and 约471.10万平方米; a deadline (力争2025年底前建成) stays a year."""
    text = ("2022年度滕州市住建局关于人大十九届一次会议第50号代表建议的答复\n马军运代表:\n"
            "您提出的“关于将单位宿舍纳入老旧小区的改造范围的建议”已收悉,现将办理情况答复如下:\n"
            "我市积极响应上级政策,充分调研,统筹规划,科学编制了2021-2025年老旧小区改造计划。“十四五”期间,拟对全市2005年12月31日前"
            "建成使用,存在失养失修失管严重、市政配套设施不完善、公共服务和社会服务设施不健全、居民改造意愿强烈等问题的184个老旧小区"
            "进行改造,改造总户数约4.82万户,改造总面积约471.10万平方米。力争2025年底前建成完整社区12个。\n滕州市住房和城乡建设局\n"
            "2022年7月28日\n")
    ff = distil(tmp_path, workspace, text, "cutoff.txt")
    years = {g.raw: g.year or f.period.year for f in ff.facts for g in f.figures}
    assert 2005 not in {years["184个"], years["约4.82万户"], years["约471.10万平方米"]}
    assert years["12个"] == 2025


def test_pitches_counted_in_blocks_are_figures(tmp_path, workspace):
    """灞桥区文旅体育局's reply counts its pitches by 块: 目前共建有笼式足球场地4块、笼式篮球场地3块、室内健身房2个 gave 2个 alone."""
    ff = distil(tmp_path, workspace, SPORTS, "blocks.txt")
    assert {"4块", "3块", "2个"} <= {g.raw for f in ff.facts for g in f.figures}


# 罗甸县消防救援大队's reply (gz.119.gov.cn/qxxfjyzd/qnz/ldxxfjydd/fdzdgknr/jyta/202511/t20251126_88982081.html).
FIRE_BRIGADE = (
    "罗甸县消防救援大队\n关于县人民代表大会十八届四次会议\n第50号建议的答复\n熊灿代表:\n"
    "你在县人民代表大会十八届四次会议上“关于完善边阳镇老城区消防设施的建议”收悉,经认真办理,现答复如下。\n"
    "一是增设消火栓,优化消防设施布局。近期应急方案:先在消防隐患突出区域(如主干道、连片村寨、房屋密集区)优先增设消火栓10—15个,"
    "确保消防取水半径覆盖关键区域。预计安装总费用为2万-3万元,由县消防救援大队会同边阳镇人民政府联合编制预算,专题请示县人民政府"
    "划拨专项资金;县住建局积极争取上级基础设施建设补助资金,减轻县级财政压力。\n"
    "下一步,我大队将持续跟踪资金划拨情况,加强与相关部门沟通协调,加快项目实施,确保消防设施建设如期完成。\n"
    "感谢你对我县消防工作的关心。\n罗甸县消防救援大队\n2025年5月27日\n")


def test_a_fire_brigade_signing_its_reply_wrote_it(tmp_path, workspace):
    """The brigade heads and signs its reply 罗甸县消防救援大队 and speaks as 我大队: the 县住建局 its text names
    (积极争取上级…补助资金) was taken for the writer."""
    m = distil(tmp_path, workspace, FIRE_BRIGADE, "brigade.txt").source
    assert (m.issuer, m.jurisdiction) == ("罗甸县消防救援大队", "罗甸县")


def test_a_dense_area_is_no_place(tmp_path, workspace):
    """The brigade adds hydrants 在消防隐患突出区域(如主干道、连片村寨、房屋密集区): 房屋密集区 (where houses stand dense)
    was taken for the place of its 10—15个."""
    ff = distil(tmp_path, workspace, FIRE_BRIGADE, "dense.txt")
    assert not [g for f in ff.facts for g in f.figures if g.place == "房屋密集区"]


def test_a_range_with_its_scale_on_both_ends_is_one_figure(tmp_path, workspace):
    """The brigade expects 安装总费用为2万-3万元: the figure was read as 2万, its range and its unit lost."""
    ff = distil(tmp_path, workspace, FIRE_BRIGADE, "range.txt")
    assert "2万-3万元" in [g.raw for f in ff.facts for g in f.figures]


def test_a_title_broken_before_its_last_words_is_one_title(tmp_path, workspace):
    """新密市's bureau's account of its year (public.xinmi.gov.cn/D49Y/4606450.jhtml) is titled over two lines,
    2020年人大建议、政协提案办理工作 / 完成情况说明: its title was read as 完成情况说明 alone."""
    text = ("2020年人大建议、政协提案办理工作\n完成情况说明\n"
            "根据《新密市人民政府办公室关于认真做好2020年人大代表议案建议和政协委员提案办理工作的通知》(新密政办文〔2020〕7号)要求,"
            "我局高度重视,及时召开会议分析研究,制订方案,明确办理责任。今年,由我局承办的市五届人大五次会议议案建议共17件,"
            "其中:主办建议12件,协办建议5件。\n2020年11月5日\n")
    ff = distil(tmp_path, workspace, text, "broken.txt")
    assert ff.source.title == "2020年人大建议、政协提案办理工作完成情况说明"


def test_a_reply_run_into_one_table_cell_is_read_by_its_parts(tmp_path, workspace):
    """沂南县体育事业发展中心's page prints the whole reply in one table cell,
    its paragraphs run together with spaces: 张晓哲委员: 您提出的…现将办理情况答复如下: 近年来,… 感谢您…监督。
    联系电话:3221671 2021年7月15日 |. The posting day 2021-08-02 was taken for the reply's, and its one fact held the
    addressee, the opening, the thanks and the phone."""
    ff = distil(tmp_path, workspace, FITNESS, "cell.txt")
    assert (ff.source.date, ff.source.deputy, ff.source.phone) == ("2021-07-15", "张晓哲", "3221671")
    texts = fact_texts(ff).splitlines()
    assert any(t.startswith("近年来") for t in texts) and any("土方开挖" in t for t in texts)
    assert not [t for t in texts if "委员" in t or "感谢" in t or "联系电话" in t]


def test_a_co_handlers_opinion_on_a_proposal_is_a_reply(tmp_path, workspace):
    """云台山风景名胜区管理委员会's opinion to the lead unit (yts.lyg.gov.cn/ytsfjqgwh/jytablqkxx/content/
    753d02eb-4782-4e64-b92c-9b24a47de09a.html), titled 对市政协十三届三次会议第8206号提案的协办意见, was read as a policy
    (意见), not as its part of the reply to the proposal."""
    text = ("| 索 引 号 | 14253308/2019-01101 | 分 类 | / 意见 |\n| 发布机构 | 市信息中心 | 发文日期 | 2019-06-11 |\n"
            "| 标 题 | 对市政协十三届三次会议第8206号提案的协办意见 | ||\n| 文 号 | 连景函〔2019〕35号 | 主 题 词 | |\n"
            "市市场监督管理局:\n经研究,现对九三学社提出的关于《关于加强基层食品安全监管的提案》提出如下协办意见,供你单位答复委员时参考:\n"
            "一、加大监管力度。围绕全市“创卫创文”工作,将食品安全监管与创卫创文要求相结合,对食品生产经营企业开展日常监督检查。\n"
            "市云台山风景名胜区管理委员会\n2019年6月5日\n联系人:胡维超;联系电话:18961361393\n(此件公开发布)\n")
    m = distil(tmp_path, workspace, text, "coopinion.txt").source
    assert (m.kind, m.suggestion_number, m.proposal, m.date) == ("reply", "8206", True, "2019-06-05")
    assert m.issuer == "市云台山风景名胜区管理委员会"


def test_a_market_is_no_city(tmp_path, workspace):
    """盐城's suggestion system (yancheng.gov.cn/jyta/index.php/Home/Index/detail/id/182.html) asks 加大对城乡小集市、小卖部、
    食品经营摊点的监管力度: 城乡小集市 (small markets of town and country) was taken for a city, the page's place."""
    text = ("案由: 关于进一步加强食品安全监管的建议  \n案别: 市人大 年度: 2022 建议人: 李震洲等3人\n\n"
            "1、深入开展食品安全专项整治。针对城乡流通领域食品质量存在的突出问题,突出重点区域、重点品种和重点企业,"
            "加大对城乡小集市、小卖部、食品经营摊点的监管力度,把组织开展集中整治与加强日常监管有机结合起来。\n")
    ff = distil(tmp_path, workspace, text, "market.txt")
    assert "城乡小集市" not in {ff.source.jurisdiction, *(f.jurisdiction for f in ff.facts)}


def test_a_report_to_a_standing_committee_is_no_reply(tmp_path, workspace):
    """朝阳区卫生健康委员会's report to the district's standing committee (chyrd.bjchy.gov.cn/rdhy/cwh/shiqiershiliucicwh/
    8a24f0b4936e5a1c0193708497430009.html) opens 主任、各位副主任、各位委员:: it was read as a reply whose deputies were
    主任、各位副主任、各位委员."""
    text = ("朝阳区卫生健康委员会关于2022年以来工作情况的自查报告\n\n"
            "——2024年11月21日在朝阳区第十七届人民代表大会常务委员会第二十六次会议上\n\n朝阳区卫生健康委员会主任  张 瑞\n\n"
            "主任、各位副主任、各位委员:\n\n 我代表区卫生健康委向区人大常委会报告2022年以来工作情况,请予评议。\n\n"
            " 一、2022年以来工作情况\n\n 1.筑牢思想根基,提升法治素养。落实领导干部会前学法制度,委主任办公会前学《中华人民共和国民法典》等法律法规20余次。"
            "组织机关、基层单位等70余家单位多种方式学习《医疗监督执法工作规范》等法律法规,推进法治思想入脑入心。\n")
    m = distil(tmp_path, workspace, text, "committee.txt").source
    assert (m.kind, m.deputy, m.date) == ("work_report", None, "2024-11-21")
    assert (m.issuer, m.jurisdiction) == ("朝阳区卫生健康委员会", "朝阳区")


def test_a_kind_of_area_is_no_place(tmp_path, workspace):
    """The mirror's 住建 reply goes on 完成中化国际城C区、天一袜厂等10个城中村、棚户区改造: once 让老城区 was no place, 棚户区
    (shanty areas) became the reply's place; 个旧市's reply's 自然保护区核心区和缓冲区 and a 采煤沉陷区 are kinds of area too."""
    text = CITY_RENEWAL.replace("下一步在城市更新工作中", "完成中化国际城C区、天一袜厂等10个城中村、棚户区改造,涉及8312套130余万平方米。"
                                "对采煤沉陷区、自然保护区核心区和缓冲区内的住户实施搬迁。\n下一步在城市更新工作中")
    ff = distil(tmp_path, workspace, text, "areas.txt")
    assert ff.source.jurisdiction is None
    assert not {f.jurisdiction for f in ff.facts} - {None}
    assert not {g.place for f in ff.facts for g in f.figures} - {None}


def test_a_policy_cited_in_the_opening_lends_the_reply_no_number(tmp_path, workspace):
    """滕州市住建局's reply (tengzhou.gov.cn/zwgk/xxgkml/szbm/zjj/202207/t20220728_1478000.html) has 文 号:无 and opens
    根据国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见(国办发〔2020〕23号)…: the cited policy's number was
    taken for the reply's."""
    text = ("- 索 引 号:370481/2022-00028\n- 发布机构:滕州市住建局\n- 成文时间:2022年07月28日\n- 文 号:无\n"
            "- 标 题:2022年度滕州市住建局关于人大十九届一次会议第50号代表建议的答复(关于将单位宿舍纳入老旧小区改造范围的建议)\n"
            "马军运代表: 您好,您提出的“关于将单位宿舍纳入老旧小区的改造范围的建议”的提案已收悉,感谢您提出的宝贵建议,"
            "根据国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见(国办发〔2020〕23号)、《山东省人民政府办公厅关于印发山东省"
            "深入推进城镇老旧小区改造实施方案的通知》(鲁政办字〔2020〕28号)等有关法规规定,结合我市老旧小区改造实施情况,"
            "现将提案办理情况汇报如下。 一、积极响应政策,统筹规划 自2021年以来,我市科学编制了2021-2025年老旧小区改造计划。\n")
    m = distil(tmp_path, workspace, text, "cited.txt").source
    assert (m.number, m.deputy, m.date) == (None, "马军运", "2022-07-28")


def test_the_clerk_who_handled_a_reply_is_its_contact(tmp_path, workspace):
    """君山区's reply (junshan.gov.cn/32415/32445/32459/content_1846906.html) closes 承办人:万昌明  联系方式:13507305504
    and names no 联系人: neither its contact nor its phone was read."""
    text = ("关于君山区人大五届五次会议1号建议的回复\n\n蔡中文代表:\n\n您好!\n\n"
            "您向第五届第五次人大代表会议提出的“关于推进城镇老旧小区改造”的建议,现将有关情况回复如下:\n\n"
            "我区以此为契机,对柳林洲中心城区的29个老旧小区实行了改造。\n\n分管领导:袁定军\n\n分管单位:城建股\n\n"
            "承办人:万昌明  联系方式:13507305504\n\n2021年5月6日\n")
    m = distil(tmp_path, workspace, text, "clerk.txt").source
    assert (m.contact, m.phone) == ("万昌明", "13507305504")


def test_a_sites_toolbar_and_field_row_are_no_part_of_the_title(tmp_path, workspace):
    """龙陵县交通运输局's reply (longling.gov.cn/info/24374/4289679.htm) sits under the site's toolbar (无障碍浏览 长者模式
    打开适老化模式 政府信箱 加入收藏 x) and a row of fields (公开目录 人大建议办理结果 发布日期 2025-06-30): both were joined
    into the reply's title."""
    text = ("无障碍浏览 长者模式 打开适老化模式 政府信箱 加入收藏 x\n龙陵县人民政府\n"
            "索引号 01526260-1/20250630-00002 发布机构 龙陵县交通运输局\n公开目录 人大建议办理结果 发布日期 2025-06-30\n"
            "文号 浏览量\n主题词 交通\n龙陵县交通运输局关于龙陵县十八届人大第四次会议第24号建议答复的函\n\n赧昌泽代表:\n\n"
            "你提出的关于加快农村道路养护经费拨付的建议(第24号),已交我们研究办理,现答复如下:\n\n"
            "近几年因县级财力困难,普遍存在农村公路养护资金拨付不到位问题。据统计截止2025年6月,自2021年以来全县共计1957.31万元"
            "农村公路日常养护资金因县级财力困难未按时拨付。\n\n龙陵县交通运输局        \n\n2025年6月30日        \n\n"
            "(联系人及电话:杨先生 0875-6123085)\n")
    m = distil(tmp_path, workspace, text, "toolbar.txt").source
    assert m.title == "龙陵县交通运输局关于龙陵县十八届人大第四次会议第24号建议答复的函"
    assert (m.date, m.contact, m.phone) == ("2025-06-30", "杨先生", "0875-6123085")


def test_a_closing_wish_for_more_suggestions_is_no_fact(tmp_path, workspace):
    """马关县交通运输局's reply (ynmg.gov.cn/info/2089/67562.htm) closes 希望以后多提宝贵意见,以利我们改进交通运输工作。
    (a wish, no thanks before it): it was kept as a fact of the work done."""
    text = ("类别:C\n熊林花代表:\n你提出的“关于修建方山村委会中嗄达至新发寨村小组连接道路的建议”,已交我们研究办理,现答复如下:\n"
            "下步工作中我局将积极争取把此路纳入项目库,待国家有这方面的投资计划时再积极申报,争取早日解决。\n"
            "希望以后多提宝贵意见,以利我们改进交通运输工作。\n马关县交通运输局\n2020年9月18日\n联系人及电话:骆永仙,13887859117\n")
    ff = distil(tmp_path, workspace, text, "wish.txt")
    assert [f.text[:5] for f in ff.facts] == ["下步工作中"]
    assert (ff.source.contact, ff.source.phone, ff.source.reply_class) == ("骆永仙", "13887859117", "C")


# 南华县交通运输局's reply (ynnh.gov.cn/info/37913/217056.htm).
COUNTY_ROADS = ("关于对县政协九届三次会议第55号提案的\n答复\n雨露乡委员小组:\n"
                "你们在政协南华县第九届委员会第三次会议上提出的《关于支持雨露后甸袁家垭口林果基地道路建设的提案》,交我局研究办理,"
                "现答复如下:\n你们的提案提得很好!2018年末,我县农村公路共390条2576.548公里,农村公路点多面广。2017年通过贷款9130万元"
                "对全县除一街乡、马街镇外的20个贫困行政村基础设施(村组公路)进行建设,项目共39项,硬化159.507公里、路基扩建88.7公里、"
                "修建桥梁7座。\n感谢你们对交通工作的关心和支持!\n南华县交通运输局\n")


def test_towns_a_count_leaves_out_are_not_its_place(tmp_path, workspace):
    """南华县交通运输局's reply builds roads in 全县除一街乡、马街镇外的20个贫困行政村 (the county's villages but those of two
    towns): the 20个 were given to 马街镇, the town left out."""
    ff = distil(tmp_path, workspace, COUNTY_ROADS, "except.txt")
    places = {g.raw: g.place for f in ff.facts for g in f.figures}
    assert places["20个"] is None and places["39项"] is None


def test_praise_of_the_proposal_is_courtesy(tmp_path, workspace):
    """南华县交通运输局's reply opens its account 你们的提案提得很好!2018年末,我县农村公路共390条…: the praise was kept at
    the head of the fact, as 舒城县体育中心's 一、你们的这一提案提很好,… (shucheng.gov.cn/public/6599081/13000461.html) was."""
    ff = distil(tmp_path, workspace, COUNTY_ROADS, "praise.txt")
    assert ff.facts[0].text.startswith("2018年末")
    assert not [f for f in ff.facts if "很好" in f.text]


def test_a_correspondents_credit_is_no_title(tmp_path, workspace):
    """秀山县's employment news (libmeeting.com/show/news/17475.html, a mirror in traditional characters) ends on its
    correspondent's credit, (通訊員 談啟龍): the credit was taken for the page's title."""
    text = ("秀山網訊 2018年,秀山縣以習近平新時代中國特色社會主義思想為指導,堅持就業優先戰略和積極就業政策,確保我縣就業水平總體穩定。\n"
            "截止6月底,我縣城鎮新增就業2842人,完成4600人年計劃的61.78%;城鎮登記失業人員826人實現就業,完成1200人年計劃的68.83%。\n"
            "(通訊員 談啟龍)\n")
    ff = distil(tmp_path, workspace, text, "credit.txt")
    assert ff.source.title is None or "通讯员" not in ff.source.title
    assert not [t for t in fact_texts(ff).splitlines() if "通讯员" in t or "通訊員" in t]


def test_a_field_in_a_table_row_keeps_no_cell_marks(tmp_path, workspace):
    """宣州区农业农村局's year summary (a mirror in traditional characters of its page) prints its fields as table
    rows, 發布機構: | 宣州區農業農村局 | 主題分類: | … and 名稱: | 2023年工作總結和2024年工作安排 | 文號: | 無 |: the
    title and the writer were read with the cells' marks, | 2023年工作总结和2024年工作安排 | and | 宣州区农业农村局 |."""
    text = ("索引號: | 11341703777363919H/202401-00023 | 組配分類: | 工作規劃 |\n"
            "發布機構: | 宣州區農業農村局 | 主題分類: | 農業、林業、水利 |\n"
            "名稱: | 2023年工作總結和2024年工作安排 | 文號: | 無 |\n生成日期: | 2024-01-16 | 發布日期: | 2024-01-16 |\n"
            "2023年,區農業農村局全面貫徹落實區委、區政府決策部署,大力實施鄉村振興戰略。楊柳鎮成功獲批創建國家農業產業強鎮。\n"
            "一、2023年工作總結\n(一)全力保障國家糧食安全。一是穩定糧食生產。印發《糧食生產工作提示單》16次。\n")
    m = distil(tmp_path, workspace, text, "cells.txt").source
    assert (m.title, m.issuer, m.jurisdiction) == ("2023年工作总结和2024年工作安排", "宣州区农业农村局", "宣州区")
    assert (m.kind, m.date, m.period) == ("work_report", "2024-01-16", 2023)


def test_a_news_sites_lede_with_a_year_is_news(tmp_path, workspace):
    """秀山县's employment news opens 秀山網訊 2018年,秀山縣…: a news site's lede, whose year follows 网讯 where a day
    usually does, was read as a work report (its facts then weigh as a unit's own account)."""
    text = ("秀山網訊 2018年,秀山縣以習近平新時代中國特色社會主義思想為指導,堅持就業優先戰略和積極就業政策,確保我縣就業水平總體穩定。\n"
            "截止6月底,我縣城鎮新增就業2842人,完成4600人年計劃的61.78%。\n")
    assert distil(tmp_path, workspace, text, "lede.txt").source.kind == "news"


def test_a_mirrors_footer_in_traditional_characters_is_chrome(tmp_path, workspace):
    """淮阴区公路站's news on a mirror in traditional characters (m.techno-d.com.cn/html/2015/news_0716/67266.html) ends
    on the site's footer, 服務熱線:010-64708566 法律顧問:… and ICP經營許可證…京ICP備…京公網安備…: both were kept as facts
    (備 was not read as 备, and a hotline's field opening a line was no chrome)."""
    text = ("淮陰區公路站多措高效辦理人大、政協建議提案\n2015-07-16 \n"
            "        今年,淮陰區公路站共收到區人大代表建議8件、政協委員提案1件,主要涉及公路建設、管理和養護等社會焦點問題。\n"
            "Copyright © 2007-2022 cnbridge.cn All Rights Reserved\n服務熱線:010-64708566 法律顧問:北京君致律師所 陳棟強\n"
            "ICP經營許可證100299號 京ICP備10020099號  京公網安備 11010802020311號\n")
    texts = fact_texts(distil(tmp_path, workspace, text, "mirror.txt")).splitlines()
    assert any("公路站" in t for t in texts)
    assert not [t for t in texts if "ICP" in t or "熱線" in t or "热线" in t]


def test_mu_and_tonnes_in_traditional_characters_are_units(tmp_path, workspace):
    """A county paper's note on a mirror in traditional characters (lcbyokzvsr.com/paper/202411060105/241112945.html):
    全縣糧食播種面積為59.52萬畝…全年糧食總產為15.01萬噸 were read as 59.52万 and 15.01万, their units (畝 亩, 噸 吨) lost."""
    text = ("本報訊 1月9日,筆者從縣統計局獲悉,2023年度我縣層層壓實糧食生產責任,全縣糧食生產再獲豐收,全年糧食總面積、"
            "總產量穩居全市第二。2023年全縣糧食播種面積為59.52萬畝,增幅0.43%;全年糧食總產為15.01萬噸,增幅1.91%。"
            "全縣糧食單產為252.14公斤/畝,增長1.46%。 (孟 飛)\n")
    ff = distil(tmp_path, workspace, text, "units.txt")
    units = {(g.value, g.unit) for f in ff.facts for g in f.figures}
    assert {(59.52, "亩"), (15.01, "吨")} <= units
