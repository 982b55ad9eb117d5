"""General reading rules found on held-out round 36 (bureaus of places the earlier rounds did not hold: 周村区, 魏县,
余姚市, 中山市, 紫阳县, 内黄县, 长子县, 上虞区, each named in its test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test)
through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau, and asserts on the
facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, fact_texts, unit_workspace

from drafter.distill.figures import find_figures
from drafter.grammar import place_and_short_name

ZHOUCUN_30 = ("对区十九届人大四次会议第30号代表建议的答复(关于优化公交布局,畅通学子求知路的建议)\n"
              "主办单位: 周村区交通运输局\n答复时间: 2025-09-15\n\nA类)\n\n"
              "周交政发〔202527                     签发人:王一川\n\n对区十九届人大第次会议第30\n\n代表建议的答复\n\n"
              "吴学迅代表:\n\n您提的《关于优化公交布局,畅通学子求知路的建议》收悉,现答复如下:\n\n"
              "首先,感谢您对我区交通运输事业的关注和关心。\n\n"
              "1. 今年我局优化了2条公交线路。258路在大学城,实验小学门口增设公交站点一处;59路东改为走米河路,增设轻工职业学院一站。\n\n"
              "2. 增加学校专线公交数量。目前我区共增加了八条助学定制公交专线,分别是王村中学5条,淄博六中两条,机电工程学校1条。\n\n"
              "3. 目前我区所有公交线路已经实现了卫星报站,乘客可通过淄博出行APP查询公交运行动态。\n\n"
              "再次感谢您对我区交通运输事业的关注和关心,希望您以后多提宝贵意见。\n\n \n\n周村区交通运输局\n\n2025 915\n\n"
              "(联系单位:周村区交通运输局,联系人:李东晖,联系电话:18753330696\n\n(依申请公开)\n\n"
              "抄送:区人大常委会代表工作委员会,区政府办公室。\n")


def _zhoucun(tmp_path):
    return unit_workspace(tmp_path / "ws_zhoucun", "淄博市周村区交通运输局", "区交通运输局", "周村区", "王村镇")


def test_a_signature_date_that_lost_its_year_month_and_day_words_ends_the_body(tmp_path):
    """周村区交通运输局's reply to suggestion 30 (zhoucun.gov.cn/gongkai/site_zhoucunqujiaotongyunshuju/channel_c_
    5f9f6cd393955786fb9cdd67_n_1605682057.5243/doc_6964b1aab14ba182f1e0472e.html) signs 2025 915, its 年, 月 and 日 lost:
    the body ran on past the closing thanks to the signature, its last item (3. 目前我区所有公交线路已经实现了卫星报站…) was
    taken for a heading, and no fact said it."""
    ff = distil(tmp_path, _zhoucun(tmp_path), ZHOUCUN_30, "zhoucun.txt")
    assert any(f.text.startswith("目前我区所有公交线路已经实现了卫星报站") for f in ff.facts)
    assert not any("2025 915" in f.text or "感谢" in f.text for f in ff.facts)


def test_a_numbered_sentence_saying_what_was_done_to_its_figure_is_no_heading(tmp_path):
    """The same reply's 1. 今年我局优化了2条公交线路。258路在大学城… was read as a heading over the rest: its 2条 was in no
    fact."""
    ff = distil(tmp_path, _zhoucun(tmp_path), ZHOUCUN_30, "zhoucun.txt")
    fact = next(f for f in ff.facts if "258路" in f.text)
    assert fact.text.startswith("今年我局优化了2条公交线路") and any(g.raw == "2条" for g in fact.figures)


def test_the_is_opening_a_list_and_an_aside_opened_after_a_figure_are_no_part_of_what_it_counts():
    """The same reply's 分别是王村中学5条 counted 是王村中学; 上虞区交通运输局's reply to suggestion 58
    (shangyu.gov.cn/art/2019/12/23/art_1229218535_1177580.html), …布设了51条城乡二级公交线网（其中，章镇布设13条…, counted
    城乡二级公交线网（."""
    counted = {g.raw: g.counts for g in find_figures("目前我区共增加了八条助学定制公交专线，分别是王村中学5条，淄博六中两条，机电工程学校1条。")}
    assert counted["5条"] == "王村中学"
    counted = {g.raw: g.counts for g in find_figures("五年多时间，我局牵头规划布设了51条城乡二级公交线网（其中，章镇布设13条、丰惠布设6条）。")}
    assert counted["51条"] == "城乡二级公交线网"


def test_a_places_part_of_a_total_counts_the_totals_thing():
    """The same 上虞区 reply's breakdown, （其中，章镇布设13条、丰惠布设6条）, counted 章镇布设 and 丰惠布设: a place and a verb, no
    thing."""
    counted = {g.raw: g.counts for g in find_figures("五年多时间，我局牵头规划布设了51条城乡二级公交线网（其中，章镇布设13条、丰惠布设6条）。")}
    assert counted["13条"] == "章镇城乡二级公交线网" and counted["6条"] == "丰惠城乡二级公交线网"


WEIXIAN_16 = ("对魏县第十六届人民代表大会 第三次会议第16号建议的答复\n\n"
              "办理结果:(C)\n\n魏水建复字〔2019〕第1号\n\n\n对魏县第十六届人民代表大会\n\n第三次会议第16号建议的答复\n\n"
              "刘玉东等代表:\n\n你们提出的关于在回隆镇中心地带建造蓄水池的建议收悉,现答复如下:\n\n"
              "首先感谢你们对水利工作的关心和支持。2016—2017年按照张庆伟省长提出的“东水西调,丰蓄枯用,冬蓄春用”的思路,"
              "在有引水渠道和废弃坑塘的村庄修建了几座蓄水坑塘。\n\n"
              "你们对以上办理情况有何意见,请填写《代表建议办理情况征询意见表》(附后)并及时反馈。\n\n\n\n"
              "                                                                            魏县水利局\n\n"
              "2019年6月13\n\n\n\n领导签发:连福举\n\n联系人及电话:李玉领       0310--3523233\n\n"
              "抄送:县人大人选工委,县政府办\n")


def test_a_signature_date_without_its_day_word_dates_the_reply_and_ends_the_body(tmp_path):
    """魏县水利局's reply to suggestion 16 (wei.gov.cn/xxgk/show.php?cid=21&id=17675) signs 2019年6月13, its 日 lost: the
    request for the reader's view (你们对以上办理情况有何意见，请填写《…征询意见表》…) was a fact of work done, and the reply was
    dated by the page's 发布日期 2019-09-06."""
    ws = unit_workspace(tmp_path / "ws_weixian", "魏县水利局", "县水利局", "魏县", "回隆镇")
    ff = distil(tmp_path, ws, WEIXIAN_16, "weixian.txt")
    assert ff.source.date == "2019-06-13"
    assert "征询意见表" not in fact_texts(ff) and ff.facts


def test_a_county_named_by_one_character_is_the_place_of_its_units_name():
    """``drafter init --name 魏县水利局`` (the bureau of the reply above) was refused: no place read from its name."""
    assert place_and_short_name("魏县水利局") == ("魏县", "县水利局")
    assert place_and_short_name("歙县住房和城乡建设局") == ("歙县", "县住建局")
    assert place_and_short_name("本县水利局")[0] == ""


YUYAO_151 = ("当前位置: 首页\n> 政府信息公开 > 重点公开领域 > 政协提案 > 2021-2022\n"
             "关于市政协十三届五次会议第151号提案协办件的答复\n"
             "发布日期: 2021- 10- 08 10: 45 浏览次数: 字体:[ ] 信息来源: 市住房和城乡建设局\n\n市民政局:\n\n"
             "王伟委员所提出的《关于开展老年友好型社会建议的建议》已收悉,现答复如下:\n\n"
             "关于老年友好宜居环境建设,我局高度重视。 2020年,我局将既有多层住宅电梯加装工作列入年度工作要点,"
             "以先试点、再推广的工作思路,在保庆花园10幢10单元、11单元加装完成了2台电梯。\n\n"
             "领导签批:谢  高\n\n承 办 人:董雯雯\n\n联系方式:62704842\n\n余姚\n")


def test_a_co_handlers_reply_is_not_the_lead_units_it_is_addressed_to(tmp_path):
    """余姚市住房和城乡建设局's 协办 reply to proposal 151 (yy.gov.cn/art/2021/10/8/art_1229874428_59035376.html) is
    addressed to the lead unit, 市民政局：, and names its writer in 信息来源 right after the page's time: its issuer was
    市民政局, its place none."""
    ws = unit_workspace(tmp_path / "ws_yuyao", "余姚市住房和城乡建设局", "市住建局", "余姚市", "梨洲街道")
    ff = distil(tmp_path, ws, YUYAO_151, "yuyao.txt")
    assert ff.source.issuer == "余姚市住房和城乡建设局" and ff.source.jurisdiction == "余姚市"
    without_field = YUYAO_151.replace("信息来源: 市住房和城乡建设局", "")
    assert distil(tmp_path, ws, without_field, "yuyao2.txt").source.issuer != "市民政局"


def test_a_text_speaking_as_its_city_is_no_provinces_units(tmp_path):
    """中山市民政局's 2024年工作总结 (zs.gov.cn/mzj/ghjh/content/post_2509882.html) speaks as 我市 and 全市 and names
    省民政厅服务类社会救助试点: 省民政厅 was its issuer, and its facts had no place."""
    ws = unit_workspace(tmp_path / "ws_zhongshan", "中山市民政局", "市民政局", "中山市", "三乡镇, 小榄镇")
    text = ("2024年工作总结\n2024年,全市民政系统以习近平新时代中国特色社会主义思想为指导,紧紧围绕市委、市政府中心工作,"
            "推动全市民政事业迈出新步伐焕发新气象。\n一、全力兜好底线,基本民生保障体系建设再上新水平\n"
            "(一)兜底保障水平稳步提升。落实最低生活保障标准自然增长机制,2024年我市低保标准提高至1225元。"
            "截至2024年12月,全市共有低保对象3469户6444人、特困人员1186人。\n"
            "(二)分层分类救助体系日趋健全。加强困难家庭住房安全保障工作,改造危房77户。"
            "出台《中山市关于加强政府救助与慈善帮扶衔接的若干措施》,建立政府救助与慈善帮扶衔接机制。不断改革完善社会救助制度,"
            "全面启动民政部救助管理区域性中心试点、省民政厅服务类社会救助试点、省民政厅综合救助服务平台试点等“三大”改革试点工作。\n")
    ff = distil(tmp_path, ws, text, "zhongshan.txt")
    assert ff.source.issuer != "省民政厅" and ff.source.jurisdiction == "中山市"
    assert all(f.jurisdiction == "中山市" for f in ff.facts if "77户" in f.text)


def test_what_a_company_also_will_do_is_a_plan(tmp_path):
    """紫阳县文广旅游局's reply to proposal 24 of 2017 (zyzx.gov.cn/Article/ShowArticle.asp?ArticleID=1970): 四、我县旅游
    发展公司也将介入乡村旅游村的发展… was work done."""
    ws = unit_workspace(tmp_path / "ws_ziyang", "紫阳县文广旅游局", "县文广旅游局", "紫阳县", "焕古镇")
    text = ("紫阳县文广旅游局\n关于对县政协十二届一次会议第24号提案的复函\n张朝琴等委员:\n"
            "您提出的“关于奋力打造乡村旅游,切实增加农民收入的建议”提案收悉,现函复如下:\n"
            "三、我们重视村民的产业技能培训,通过旅游培训项目,集中对旅游村的村民进行餐饮、民俗农家乐经营等方面的培训。\n"
            "四、我县旅游发展公司也将介入乡村旅游村的发展,积极宣传乡村旅游资源,尽力开拓乡村“农家乐”旅游,不断增加旅游村游客量。\n"
            "特此函复\n紫阳县文广旅游局\n2017年8月25日\n")
    ff = distil(tmp_path, ws, text, "ziyang.txt")
    assert next(f for f in ff.facts if "旅游发展公司" in f.text).kind == "plan"


def test_the_features_of_the_items_received_are_no_work_done(tmp_path):
    """内黄县教育局's account of its 2025 items (neihuang.gov.cn/…/f4bdd22fb552449688fa239747fb22b5.html): 今年的人大建议和政协
    提案有以下几个特点：一是代表关注点较为广泛… were work done, and the undated page, opening 2025年内黄县教育局共收到…, gave
    its 截止6月底，已完成… no year."""
    ws = unit_workspace(tmp_path / "ws_neihuang", "内黄县教育局", "县教育局", "内黄县", "")
    text = ("2025年内黄县教育局共收到县人大代表建议30件、县政协委员提案17件。今年的人大建议和政协提案有以下几个特点:"
            "一是代表关注点较为广泛。纵向来看,涵盖学前教育、小学教育、中学教育。二是更加关注教育改革。对心理健康教育等提出了更高的要求。"
            "三是更加关注教育的高质量发展。包括课后作业、预防近视、教师体检等方面。\n"
            "为切实做好人大代表建议和政协委员提案办理工作,县教育局专门成立了办理工作领导小组,建立工作台账,指派专人负责。\n"
            "截止6月底,已完成全部人大代表建议和政协委员提案的答复,并走访完毕,答复满意率100%。\n")
    ff = distil(tmp_path, ws, text, "neihuang.txt")
    assert all(f.kind == "context" for f in ff.facts if "关注" in f.text)
    assert next(f for f in ff.facts if f.text.startswith("截止6月底")).period.year == 2025


def test_a_salute_broken_over_two_lines_and_the_plan_closing_a_paragraph(tmp_path):
    """长子县教育局's reply to suggestion 36 (zhangzi.gov.cn/zzxxgk/zfxxgk/bmxxgk/xzfgzbm/jkj/jyjgknr/YAJY/RENDAJIANYI/
    202412/t20241219_2995987.html) closes 致 / 礼 / 部门负责人： — 礼 was read as a heading, its one paragraph of work as
    context; and that paragraph's last sentence, 我县今后将进一步推进…, was part of the work done."""
    ws = unit_workspace(tmp_path / "ws_zhangzi", "长子县教育局", "县教育局", "长子县", "")
    text = ("发文机关:长子县教育局 | 主题词: |\n标题:关于对县十七届人大四次会议第36号建议的答复 | |\n"
            "主题分类:教育 | 发布日期:2024-12-19 |\n尊敬的李勇军代表:\n"
            "您提出的关于“就近入学”政策执行中面临的问题及建议已收悉,现将办理结果答复如下:\n"
            "近年来我县在招生中一直坚持就近或相对就近入学原则,加大城内学校改扩建力度,今年新成立了县直漳源中学,"
            "改建了东街小学、同旺小学、同昱小学。我县今后将进一步推进教育城乡一体化改革,办人民群众满意的教育。\n"
            "感谢您对我们工作的热情关心和支持。\n致\n礼\n部门负责人:\n承办人:李晓斌\n联系电话:8322355\n2024年9月\n(此件主动公开)\n")
    ff = distil(tmp_path, ws, text, "zhangzi.txt")
    assert next(f for f in ff.facts if "漳源中学" in f.text).kind == "done"
    assert next(f for f in ff.facts if f.text.startswith("我县今后将")).kind == "plan"
    assert not any("礼" in s for f in ff.facts for s in f.section)


def test_what_a_kind_of_work_is_and_what_it_consists_of_are_no_work_done(tmp_path):
    """魏县农业农村局's reply to proposal 25 (wei.gov.cn/xxgk/show.php?cid=21&id=20770): 建设高标准农田，是保障国家粮食安全的
    重要基础。… (a view, its topic set off by a comma) and 高标准农田建设的内容主要包括土地平整工程…。是在一定时期内… (what the
    work is) were work done."""
    ws = unit_workspace(tmp_path / "ws_weixian", "魏县农业农村局", "县农业农村局", "魏县", "")
    text = ("对政协魏县第十届委员会 第一次会议第25号提案的答复\n\n李中宇委员:\n\n"
            "您在县政协十届五次会议上提出的《关于建设高标准农田,确保粮食安全(第25号提案》收悉,经认真研究办理, 现答复如下:\n\n"
            " 一、国家、省、市、县高度重视高标准农田建设。建设高标准农田,是保障国家粮食安全的重要基础。守住“谷物基本自给,"
            "口粮绝对安全”战略线,地是基础,因此必须大力建设标准农田,进而深入实施“藏粮于地、藏粮于技”战略。\n\n"
            "二、高标准农田建设的内容主要包括土地平整工程、灌溉与排水工程、田间道路工程、农田防护与生态环境保持工程以及其他工程。"
            "是在一定时期内,通过农村土地整治形成的集中连片、设施配套、高产稳产、生态良好的基本农田。\n\n"
            "三、2020年高标准农田实施过程中,我们积极深入到项目区群众中去,传达相关政策,讲解有关知识,获取百姓对高标准农田建设的理解和支持。\n")
    kinds = {f.text[:6]: f.kind for f in distil(tmp_path, ws, text, "weixian25.txt").facts}
    assert kinds["建设高标准农"] == "context" and kinds["高标准农田建"] == "context" and kinds["2020年高"] == "done"


PINGSHUN = ("关于王风科代表建议的回复\n\n 时间:2017-08-20       大    中    小      来源:长治日报\n\n尊敬的王风科代表:\n\n"
            "您好!您提出的《关于贯通自新村与涉县消防通道的建议》对于提升区域内有效防范森林火灾风险、维护人民群众生命财产安全具有重要意义,"
            "我们对此表示高度认同和重视。\n\n"
            "林业主管部门的核心职责之一是保护和发展森林资源,维护生态安全。鉴于该建议涉及区域地形、林情、生态状况较为复杂,"
            "我局目前掌握的信息尚不足以作出准确判断。下一步,我局将立即组织技术人员联合属地政府,对建议涉及的具体线路走向进行实地踏勘和详细调查评估。\n\n"
            "再次感谢王风科代表对林业和防火工作的关心和支持!您的建议对我们改进工作具有重要价值。我局将以对人民负责、对生态负责的态度,"
            "认真研究处理您的建议,全力配合做好相关工作,努力实现保障人民生命财产安全与守护绿水青山的双赢目标。"
            "欢迎您继续对我们的工作进行监督和指导。\n\n                   平顺县林业局\n\n                     2025年8月18日\n")


def test_a_greeting_praise_of_the_suggestion_and_a_pledge_to_study_it_are_no_facts(tmp_path):
    """平顺县林业局's reply to deputy 王风科 (pingshun.gov.cn/psxxgk/zfxxgk/bmxxgk/xzfgzbm/zzlyj/zzjg001_223789/gsgg/202511/
    t20251121_3110519.html): 您好！您提出的《…》对于…具有重要意义… was a fact, 您的建议对我们改进工作具有重要价值。 work done, and
    我局将…认真研究处理您的建议… a plan; the unit's duty (林业主管部门的核心职责之一是…) was work done too."""
    ws = unit_workspace(tmp_path / "ws_pingshun", "平顺县林业局", "县林业局", "平顺县", "青羊镇")
    ff = distil(tmp_path, ws, PINGSHUN, "pingshun.txt")
    texts = fact_texts(ff)
    assert "您好" not in texts and "重要价值" not in texts and "认真研究处理您的建议" not in texts
    assert next(f for f in ff.facts if f.text.startswith("林业主管部门")).kind == "context"
    assert any(f.kind == "plan" and f.text.startswith("下一步，我局将立即组织") for f in ff.facts)
    assert ff.source.date == "2025-08-18"


def test_a_plan_going_back_to_what_was_done_lately_leaves_that_work_done(tmp_path):
    """The same 协办 reply of 余姚市住房和城乡建设局: …加装完成了2台电梯。今年我局将…继续推进既有住宅加装电梯项目…。近几个月来，我局
    物安中心…开展实地调研走访…市物安中心已建立城区既有住宅电梯加装项目库，目前已有11台…备案。下步，… — all after 今年我局将 was
    a plan, the 11台 already on file among them."""
    ws = unit_workspace(tmp_path / "ws_yuyao", "余姚市住房和城乡建设局", "市住建局", "余姚市", "梨洲街道")
    text = YUYAO_151.replace(
        "加装完成了2台电梯。\n",
        "加装完成了2台电梯。今年我局将围绕“能装尽装、愿装就装”原则,听民声、集民智,继续推进既有住宅加装电梯项目,让更多的市民朋友,"
        "特别是老年人,享受电梯房的便利。近几个月来,我局物安中心对城区加装条件比较成熟的社区,开展实地调研走访,发放宣传资料。"
        "为了更加高效推进电梯加装进程,市物安中心已建立城区既有住宅电梯加装项目库,目前已有11台超过三分之二业主有加装意愿的小区单元备案。"
        "下步,市物安中心将实时跟踪关注每部电梯的动向,积极做好政策解释和协调工作。\n")
    facts = distil(tmp_path, ws, text, "yuyao3.txt").facts
    assert next(f for f in facts if "11台" in f.text).kind == "done"
    assert next(f for f in facts if f.text.startswith("今年我局将")).kind == "plan"
    assert next(f for f in facts if f.text.startswith("下步")).kind == "plan"


XIAOCHANG = ("3月9日,2024年全县交通运输暨党风廉政建设工作会议召开,总结成绩,交流经验,明确思路,部署2024年重点工作任务,"
             "扎实推进高质量交通强县建设。县委常委、宣传部部长吴明智参加会议。\n"
             "吴明智要求,要高标准推进路长制示范线创建,立足实际和孝昌特色,高位推进,精准实施,进一步擦亮“四好农村路”金字招牌。\n"
             "2024年,县交通运输局将紧紧围绕市局“1631”工作思路和发展定位,以推动孝感交通运输工作挺进全省交通系统第一方阵为工作标准,"
             "精准实施孝昌“11111”战略(实施一批重点项目、季店乡争创全省“四好农村路”示范乡镇、打造S261省级最美国省干线、"
             "创建湖北省全域公交县、打造平安交通返乡路),加快推进高水平交通强县建设。\n"
             "记者:黄一阳\n编辑:丁珂 李梦婷\n")


def test_a_kind_of_county_to_be_won_is_no_place_and_a_county_named_without_its_level_is_the_news_place(tmp_path):
    """A 孝昌县 news item on its 2024 transport meeting (yunxc.hbxc.cn/p/114615.html): 创建湖北省全域公交县 gave the place 公交县,
    every fact another place's; the county, named 孝昌 alone and speaking as 全县 and 县交通运输局, is the item's place; and
    2024年，县交通运输局将紧紧围绕… is its plan, not work done."""
    ws = unit_workspace(tmp_path / "ws_xiaochang", "孝昌县交通运输局", "县交通运输局", "孝昌县", "季店乡")
    ff = distil(tmp_path, ws, XIAOCHANG, "xiaochang.txt")
    assert ff.source.jurisdiction == "孝昌县" and not any(f.external for f in ff.facts)
    assert next(f for f in ff.facts if f.text.startswith("2024年，县交通运输局将")).kind == "plan"


def test_a_verb_of_writing_before_a_place_and_the_pages_own_site_as_source(tmp_path):
    """东莞市水务局's 2023年工作总结和2024年工作计划 (dgwater.dg.gov.cn/xzsp/zfxxgkml/ghjh/ndgzjh/content/post_4146925.html):
    编写东莞市幸福河湖动员令 gave the place and issuer 编写东莞市(水务局), every fact another place's; and 来源:本网 (the
    page's own site) made the report a news outlet's item."""
    ws = unit_workspace(tmp_path / "ws_dongguan", "东莞市水务局", "市水务局", "东莞市", "松山湖")
    text = ("您现在所在的位置: 首页 - 政务公开 - 规划计划 - 年度工作计划\n分享到:\n  \n市水务局2023年工作总结和2024年工作计划\n"
            "2024-02-01 09:17:40 来源:本网\n\n\n  一、2023年主要工作成效\n\n"
            "  (一)河湖长制工作持续走深走实。一是完善制度机制。建立挂牌督办制度,修订完善基层河长水质考核、河长制约谈、责任追究等制度文件。"
            "二是启动幸福河湖建设。编写东莞市幸福河湖动员令和石马河幸福河湖创建方案,规范和指导镇街开展幸福河湖建设工作。"
            "三是统筹推进碧道建设。开工建设石马河碧道(上游四镇段)、滨海湾至松山湖碧道等主干重点碧道,建成碧道140公里。\n")
    ff = distil(tmp_path, ws, text, "dongguan.txt")
    assert (ff.source.kind, ff.source.jurisdiction, ff.source.issuer) == ("work_report", "东莞市", "东莞市水务局")
    assert ff.facts and not any(f.external for f in ff.facts)


def test_what_the_bureaus_own_meeting_found_and_stressed_is_its_work_and_plan(tmp_path):
    """潮州市水务局's news of its 2023 summing-up meeting (chaozhou.gov.cn/czswj/gkmlpt/content/3/3881/post_3881973.html):
    会议指出，2023年以来，…2023年全市完成水利建设投资26.56亿元… was context, as a speech; 会议强调，2024年，市水务局将…重点抓好
    六方面工作：一是…六是… were context too, and …主要负责人参加会议 was work done. (The meeting's frame, 会议指出，, is no
    part of what is kept: hd24, no draft prints a speaker's frame.)"""
    ws = unit_workspace(tmp_path / "ws_chaozhou", "潮州市水务局", "市水务局", "潮州市", "湘桥区, 潮安区, 饶平县")
    text = ("1月31日,市水务局召开2023年度工作总结会议,总结2023年工作,部署2024年重点工作。\n"
            "会议指出,2023年以来,在市委市政府的领导下,在省水利厅的指导下,市水务局全力以赴推动我市水利事业加快高质量发展。"
            "2023年全市完成水利建设投资26.56亿元,比增11%,再创历史新高。\n"
            "会议强调,2024年,市水务局将坚持以习近平新时代中国特色社会主义思想为指导,踔厉奋发,勇毅前行,蹄疾步稳推动新阶段水利高质量发展,"
            "重点抓好六方面工作:一是加快潮州市水网建设规划与防洪规划的编制工作,明确水利高质量发展思路。"
            "二是持续抓好重点水利工程续建,策划新项目尽快开工建设工作,推动水利投资再上新台阶。\n"
            "市水务局机关全体干部职工,各县区水务局、直属各单位主要负责人参加会议。\n")
    kinds = {f.text[:4]: f.kind for f in distil(tmp_path, ws, text, "chaozhou.txt").facts}
    assert kinds["2023"] == "done" and kinds["2024"] == "plan"
    assert kinds["一是加快"] == "plan" and kinds["二是持续"] == "plan" and kinds["市水务局"] == "context"


def test_a_district_named_with_its_citys_short_name_and_a_mirrors_credit_line(tmp_path):
    """A mirror of 宝塔区's news of its 2022 culture and tourism meeting (xdzhixiao.cn/html/20220538022.htm), in traditional
    characters: 延安寶塔區召開… gave the place 延安宝塔区, every fact another place's than 宝塔区; and its credit line, 都市文化界
    Dswhj.com 整理發布, was a fact."""
    ws = unit_workspace(tmp_path / "ws_baota", "延安市宝塔区文化和旅游局", "区文化和旅游局", "宝塔区", "枣园街道")
    text = ("延安寶塔區召開2022年文化文物旅游工作會\n"
            "5月7日,寶塔區召開2022年文化文物旅游工作會,區政府副區長李娜出席會議。區文旅系統副科級以上領導干部及各鄉鎮、"
            "街道辦事處文化負責同志參加會議。\n"
            "會議回顧總結了2021年文化文物旅游工作,安排部署了2022年文化文物旅游工作。並對2021年先進集體和先進個人進行了表彰。\n"
            "都市文化界 Dswhj.com 整理發布\n")
    ff = distil(tmp_path, ws, text, "baota.txt")
    assert ff.source.jurisdiction == "宝塔区" and not any(f.external for f in ff.facts)
    assert "Dswhj" not in fact_texts(ff)


def test_what_cannot_be_done_for_how_things_stand_is_a_problem(tmp_path):
    """岫岩满族自治县住房和城乡建设局's reply to proposal 025 (xiuyan.gov.cn/html/XYXZF/202311/0169931789510498.html):
    国税局西侧…该处道路狭窄，铺设排水管线有可能对周边房屋基础造成安全隐患，所以无法铺设下水管线。 was work done."""
    ws = unit_workspace(tmp_path / "ws_xiuyan", "岫岩满族自治县住房和城乡建设局", "县住建局", "岫岩满族自治县", "岫岩镇")
    text = ("对县政协十届第二次会议《关于城镇棚户区居民排水以及巷道路面改造的提案》第025号提案的答复\n"
            "    时间:2023-11-07 08:53来源:作者:点击:\n\n    尊敬的于广海委员您好:\n\n"
            "    您提出的“关于城镇棚户区居民排水以及巷道路面改造的建议”已收悉,现答复如下:\n\n"
            "    国税局西侧有着大面积民房区,居民密集,该处道路狭窄,铺设排水管线有可能对周边房屋基础造成安全隐患,所以无法铺设下水管线。"
            "近几年,随着我县经济的迅速发展,城市开发建设规模不断扩大。政府已将棚户区改造已纳入规划当中,会逐步阶段性进行改造。\n\n"
            "    岫岩满族自治县住房和城乡建设局\n\n    2023年4月13日\n")
    facts = distil(tmp_path, ws, text, "xiuyan.txt").facts
    assert next(f for f in facts if "无法铺设" in f.text).kind == "problem"
    assert any(f.text.startswith("近几年") for f in facts)


def test_a_plan_after_what_is_lacking_and_advice_to_the_reader(tmp_path):
    """师宗县's reply on 法召、雨柱 farmland (ynsz.gov.cn/public/description/8426.html): …法召片区暂没有经费解决贵代表提出的建议，
    我们将积极向省、市业务部门上报反映… and 建议发动群众将现有道路进行修缮… were all work done, one statement."""
    ws = unit_workspace(tmp_path / "ws_shizong", "师宗县农业农村局", "县农业农村局", "师宗县", "雄壁镇")
    text = ("王小康等2名代表:\n你们提出的《关于实施法召、雨柱2个片区高稳产农田改造项目的建议》,交由县农业农村办理,现答复如下:\n"
            "师宗县人民政府对此建议非常重视,安排县农业农村局农田建设办公室组织相关人员研究办理该建议。目前我们对雄壁镇雨柱片区"
            "高标准农田高效节水项目正在申报中,争取尽快实施。法召片区暂没有经费解决贵代表提出的建议,我们将积极向省、市业务部门上报反映,"
            "尽力争取项目,及早解决该片区农耕道路问题。建议发动群众将现有道路进行修缮,以满足农业生产需要。\n"
            "感谢你们对政府工作的关心和支持。\n")
    kinds = {f.text[:4]: f.kind for f in distil(tmp_path, ws, text, "shizong.txt").facts}
    assert kinds["我们将积"] == "plan" and kinds["建议发动"] == "context"


def test_a_one_character_countys_market_bureau_is_of_that_county():
    """``drafter init --name 泗县市场监督管理局`` (the bureau of sixian.gov.cn/public/25292/159010671.html, reply 110 of 2024)
    wrote the place 泗县市, of its 市场, and every fact of the county's own reply was another place's."""
    assert place_and_short_name("泗县市场监督管理局") == ("泗县", "县市场监管局")
    assert place_and_short_name("长子县市场监督管理局") == ("长子县", "县市场监管局")


def test_what_a_years_inspections_count_and_the_conduct_a_figure_counts():
    """台儿庄区市场监管局's reply to suggestion 8 of 2025 (tez.gov.cn/zwgk/zwgkzt/jytabl/qjrdjybljg/202512/
    t20251229_2222836.html): 今年以来检查校园周边食品经营户180余家次 counted 以来检查…, and …等违规行为200余项 counted 违规行."""
    counted = {g.raw: g.counts for g in find_figures(
        "按时公示检查结果并记入“一户一档”档案，今年以来检查校园周边食品经营户180余家次，整改“三防设施”不全、证照公示不规范、"
        "进货查验记录不全等违规行为200余项。")}
    assert counted == {"180余家次": "检查校园周边食品经营户", "200余项": "违规行为"}


def test_a_rules_remit_a_plan_of_my_unit_thanks_after_同时_and_the_title_again_under_the_signature(tmp_path):
    """桓台县交通运输局's reply to suggestion 16 of 2018 (huantai.gov.cn/gongkai/site_htxjtysj/channel_c_5f9f6c9be592f315dca00fa9_
    n_1605682847.3247/doc_5fb479ae189809a28f0dd500.html): whose remit the road is (根据…条例…规定，乡（镇）人民政府在…职责范围内，负责
    乡道、村道的建设和养护工作) and 我单位将积极… were one statement of work done; 同时，衷心感谢… was a fact, and so was the title
    the page prints again under its signature."""
    ws = unit_workspace(tmp_path / "ws_huantai", "桓台县交通运输局", "县交通运输局", "桓台县", "田庄镇")
    text = ("关于“田庄镇政府前往东,经小寨,李寨,旬北村东至东岳氟硅工业园西外环拓宽”的建议的答复\n县人大十八届二次会议\n16\n"
            "建议人: 庞益平等\n主办单位: 桓台县交通运输局\n答复时间: 2018-05-19\n\n庞益平等七位代表:\n\n"
            "你们提出的关于“田庄镇政府前往东,经小寨,李寨,旬北村东至东岳氟硅工业园西外环拓宽”的建议已收悉,现答复如下:\n\n"
            "根据《山东省农村公路条例》第一章第四条规定,乡(镇)人民政府在县级人民政府确定的职责范围内,负责乡道、村道的建设和养护工作。"
            "建议中所提到的道路为村道,对于该道路的建设,应由当地镇村负责组织实施。我单位将积极向上级争取道路建设的有利政策,"
            "协调当地镇、村加大农村公路的建设力度,尽快落实该道路的建设。\n\n同时,衷心感谢你们对我县交通事业的关心支持。\n\n \n\n"
            "桓台县交通运输局\n\n2018年5月19日\n\n \n\n"
            "关于“田庄镇政府前往东,经小寨,李寨,旬北村东至东岳氟硅工业园西外环拓宽”的建议的答复\n")
    ff = distil(tmp_path, ws, text, "huantai.txt")
    kinds = {f.text[:4]: f.kind for f in ff.facts}
    assert kinds == {"根据《山": "context", "我单位将": "plan"}


def test_a_suggestion_that_cannot_be_met_for_now_with_a_plea_for_understanding(tmp_path):
    """澧县交通运输局's reply to suggestion 23 of 2023 (li-xian.gov.cn/zwgk/public/6616363/1460964381.html): …未能申报资源产业路，
    此建议一时还不能解决，请您谅解。 was no problem; and ``drafter init --name 澧县交通运输局`` now reads 澧县."""
    assert place_and_short_name("澧县交通运输局") == ("澧县", "县交通运输局")
    ws = unit_workspace(tmp_path / "ws_lixian", "澧县交通运输局", "县交通运输局", "澧县", "")
    text = ("澧县交通运输局对县十八届人大三次会议第 23 号建议的回复\n\n2023-07-10 16:49 信息来源:澧县交通运输局\n\n余习界代表:\n\n"
            "您提出的《关于大力推进双堰村1公里道路硬化的建议》收悉。现回复如下:\n\n"
            "收悉建议后,我们与您进行了见面沟通,并就您反映的双堰村1公里道路进行了实地踏勘。经现场踏勘,您反映的此路段沿线因没有相关产业项目,"
            "未能申报资源产业路,此建议一时还不能解决,请您谅解。我们将积极向省市主管部门汇报,待省交通运输厅农村公路建设规划扩规,"
            "新增其他农村公路建设计划,我们再优先申报此路段。\n\n澧县交通运输局\n\n2023年6月30日\n")
    facts = distil(tmp_path, ws, text, "lixian.txt").facts
    assert next(f for f in facts if "请您谅解" in f.text).kind == "problem"


def test_a_span_of_years_following_a_plan_dates_its_work_and_the_means_lacking_now_is_a_problem(tmp_path):
    """魏县水利局's reply to suggestion 16 (the page above, its whole paragraph): 2016—2017年按照…的思路，…修建了几座蓄水坑塘。
    2018—2019年，由于机构改革…，目前我们已无申报坑塘及田间工程项目的权限和资金来源。 was one statement of 2018–2019, the
    ponds built in 2016–2017 dated by the later span and the lack of means work done."""
    ws = unit_workspace(tmp_path / "ws_weixian", "魏县水利局", "县水利局", "魏县", "回隆镇")
    text = WEIXIAN_16.replace(
        "修建了几座蓄水坑塘。\n",
        "修建了几座蓄水坑塘。2018—2019年,由于机构改革职能划转等原因,上级将水利部门的部分农田水利建设职能已划转到了其它单位,"
        "目前我们已无申报坑塘及田间工程项目的权限和资金来源。\n")
    facts = distil(tmp_path, ws, text, "weixian2.txt").facts
    built = next(f for f in facts if "蓄水坑塘" in f.text)
    assert (built.kind, built.period.year, built.period.until) == ("done", 2016, 2017)
    assert next(f for f in facts if "资金来源" in f.text).kind == "problem"


def test_the_suggestions_own_text_before_its_reply_is_no_fact(tmp_path):
    """阳谷县交通运输局's page for suggestion 63 (yanggu.gov.cn/site_ygxjtysjt/channel_x_5702_10284/doc_652240d8a61d83fe45204806.html)
    prints the deputy's text (编号：63 / 内容：一是… / 建议：一是…) before the reply's title and addressee: the page was read as a work
    report, the deputy's complaints and asks (一是电商是农村发展的新模式…, 一是理论联系实际…) as the bureau's work done, the last ask run
    into the reply's title."""
    ws = unit_workspace(tmp_path / "ws_yanggu", "阳谷县交通运输局", "县交通运输局", "阳谷县", "")
    text = ("编号:63\n关于加快县乡村三级农村电商及物流体系建设,打通农村电商“最后一公里”的建议\n内容:\n"
            "一是电商是农村发展的新模式,也是产业振兴的新需要,还缺乏一套完善的政策体系。几年来政府高度重视,部分地区已经初见成效,"
            "但相关政策及理论仍然十分匮乏,政策落地难度大\n"
            "二是农村普遍受教育程度低,深度缺乏知识型人才。常住人口中,年轻人在外打工或上班,在家的大多是老年人、留守妇女和儿童。\n"
            "建议:\n一是理论联系实际,探讨出当地适宜的电商扶贫模式。\n"
            "二是推进物流网建设。一个完善的物流体系是实现农村电商扶贫的基础,让快递接收点精确到镇到村,确保每家每户都能方便地买和卖。\n"
            "四是鼓励大学生回乡创业,为乡村发展出谋划策\n"
            "关于县第十九届人民代表大会第一次会议第63号代表建议《关于加快县乡村三级农村电商及物流体系建设,打通农村电商“最后一公里”的建议》的答复\n"
            "汪凤华代表:\n您提出的《关于加快县乡村农村电商及物流体系建设,\n")
    ff = distil(tmp_path, ws, text, "yanggu.txt")
    assert (ff.source.kind, ff.source.suggestion_number, ff.source.deputy) == ("reply", "63", "汪凤华")
    assert not any(t in fact_texts(ff) for t in ("电商是农村发展的新模式", "理论联系实际", "出谋划策"))


def test_a_section_on_how_the_item_was_handled_is_context(tmp_path):
    """上海市崇明区经济委员会's reply to proposal 0061 (shcm.gov.cn/govxxgk/qjw/2022-05-13/4a816107-6a23-46f4-8a34-e96aa6ec4d3d.html)
    opens on 一、对本提案的办理概述 — （一）与代表见面 …（三）集体讨论 — : how it handled the proposal was work done."""
    ws = unit_workspace(tmp_path / "ws_chongming", "上海市崇明区经济委员会", "区经委", "崇明区", "城桥镇")
    text = ("对区政协二届一次会议第0061号提案的答复\n\n发布时间:2022-05-13 00:00\n\n仇忠伟委员:\n\n"
            "您提出的关于“统筹规划,整合资源,加快农村寄递物流体系建设的建议”的提案收悉。经研究,现将办理情况答复如下:\n\n"
            "一、对本提案的办理概述\n\n(一)与代表见面。我委收到书面意见后,与本提案有关委员取得联系,由我委分管领导带队与委员见面,"
            "充分听取政协委员对本提案的补充意见,进一步加强沟通。\n\n(三)集体讨论。本提案答复意见,经我委党政领导班子集体讨论后形成。\n\n"
            "二、对提案建议的答复\n\n(一)关于提升末端服务能力。\n\n完善消费基础设施,构建高效便捷、布局合理的智能末端配送设施。"
            "优化农村物流配送网点布局,加快推动智能快件柜在末端节点布局,鼓励乡镇、村布局设置智能快件柜。\n")
    facts = distil(tmp_path, ws, text, "chongming.txt").facts
    assert all(f.kind == "context" for f in facts if f.section and f.section[0].startswith("一、"))
    assert any(f.kind == "done" and f.text.startswith("完善消费基础设施") for f in facts)


def test_a_last_sentence_saying_what_will_also_be_done_is_the_plan(tmp_path):
    """重庆市长寿区应急管理局's reply to suggestion 252 (cqcs.gov.cn/zwgk_164/jytabl/zxtabl/202511/t20251103_15135203.html) closes
    its account of the present on 我区正在编制的《…规划（2025—2035年）》以及后续的应急避难场所管理过程中也将充分考虑闲置村委办公场所的
    盘活利用。: it was part of the context before it."""
    ws = unit_workspace(tmp_path / "ws_changshou", "重庆市长寿区应急管理局", "区应急管理局", "长寿区", "凤城街道")
    text = ("重庆市长寿区应急管理局 关于重庆市长寿区十九届人大七次会议 第252号建议的复函\n尊敬的晏胤人代表:\n"
            "您提出的《关于将乡镇村委闲置办公场所改造为应急避难点的建议》收悉。我局高度重视,组织相关部门进行了认真研究。现将有关情况回复如下:\n"
            "一、应急避难点建设现状\n"
            "现有村社级应急避难点多是由属地街镇根据自身需求,选取村委会办公场所、村社范围内学校、广场等,并力求达到自然村全覆盖的效果。"
            "我区正在编制的《长寿区应急避难场所中长期规划(2025—2035年)》以及后续的应急避难场所管理过程中也将充分考虑闲置村委办公场所的盘活利用。\n")
    facts = distil(tmp_path, ws, text, "changshou.txt").facts
    assert next(f for f in facts if f.text.startswith("我区正在编制")).kind == "plan"
    assert not any(f.text.startswith("现有村社级") and "也将" in f.text for f in facts)


def test_the_items_a_clause_describes_are_what_its_figure_counts():
    """沁阳市's account of its 2023 items (qinyang.gov.cn/2023/11-23/2902344.html): 已经解决或基本解决的43件（甲类） counted 或基本,
    正在解决以及列入计划逐步解决的13件 以及列入计划逐步, 目前暂时不能解决的1件 暂时不能."""
    counted = {g.raw: g.counts for g in find_figures(
        "已经解决或基本解决的43件（甲类），占建议总数的75.4%。正在解决以及列入计划逐步解决的13件（乙类），占建议总数的22.8%。"
        "因受上级政策限制或客观条件制约，目前暂时不能解决的1件（丙类），占建议总数的1.8%。")}
    assert counted["43件"] == "已经解决或基本解决" and counted["13件"] == "正在解决以及列入计划逐步解决"
    assert counted["1件"].endswith("暂时不能解决")


def test_fields_listed_before_one_count_share_it():
    """The same 沁阳市 account: 其中：城建、交通、公路方面18件 counted 公路方面 alone."""
    counted = {g.raw: g.counts for g in find_figures(
        "2023年，市政府共办理市八届人大三次会议代表意见建议57件，其中：城建、交通、公路方面18件，工业环保方面13件，科教文卫方面11件。")}
    assert counted["18件"] == "城建、交通、公路方面" and counted["13件"] == "工业环保方面"
