"""h258: a blind clerk's trial of 杭州市商务局's pages (hd48c: six news and analysis pages, all cut by the store), each finding on
its real line."""
from helpers import distil, page_draft, seeds_draft, unit_workspace

from drafter.compose.asks import short_topic
from drafter.compose.reply import own_opening

HANGZHOU_AREAS = "上城区, 拱墅区, 西湖区, 滨江区, 萧山区, 余杭区, 临平区, 钱塘区, 富阳区, 临安区, 桐庐县, 淳安县, 建德市"

# 杭州日报's page on 余杭区's half year (2021-07-22), as the store cut it: its paragraphs run together with spaces.
YUHANG = ("杭州日报讯 近日,杭州市商务局公布2021年上半年全市商贸运行情况,数据显示,今年1-6月,余杭全区实现社会消费品零售总额318亿元,"
          "增速达33.1%,半年度增速排名位列杭州各区(县、市)首位。 “余杭上半年消费活力强劲,增幅迅速的关键在于我区龙头企业的引领。”"
          "余杭区商务局相关负责人介绍,今年以来,余杭紧盯内贸工作促消费,围绕元旦、五一、6·18等重大节庆日,积极组织调动全区大型综合体"
          "(商超)、汽车4S店、老字号企业等开展联合促销活动。 此外,余杭商务部门还创新布局消费新场景,在良渚街道西田城购物中心指导打造了"
          "“6号大街”,形成打破时间限制的夜生活集聚地,为周边市民提供更多消费选择,点亮余杭夜经济,激发夜间消费活力。 在做好促消费工作的"
          "同时,余杭商务部门还加强与统计部门对接,及时掌握全区社零经济指标,做好指标分析。\n")
# The proposal's text (hd48c's suggestion.txt).
NIGHT_ASKS = ("杭州要定位世界一流的社会主义现代化国际大都市，城市商业活力还需加强，夜间消费不够活跃，“杭州没有夜生活”的说法仍然存在。为此建议：\n\n"
              "一、大力发展夜间经济，丰富夜间消费业态，打响杭州夜生活品牌。\n"
              "二、延长博物馆等文化场馆的夜间开放时间，推动文化、旅游与商业融合，营造城市活力氛围。\n"
              "三、利用工业遗存等城市空间，打造城市夜间消费新空间。\n")
NIGHT_TITLE = "关于定位世界一流的社会主义现代化国际大都市，杭州需要加强城市商业活力的建议"


def test_a_district_departments_deed_is_the_districts_not_the_citys(tmp_path):
    """hd48c F1: 此外，余杭商务部门还创新布局消费新场景… was filed 杭州市's, done, in one fact with 杭州市商务局公布… and drafted as the
    city's only item. 余杭商务部门, the district's stem before a department, names its owner (余杭区, which the page names in full):
    the sentence is 余杭区's, done; the speaker's words before it (“…”余杭区商务局相关负责人介绍，…) are 余杭区's too."""
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市", HANGZHOU_AREAS)
    ff = distil(tmp_path, ws, YUHANG)
    deed = next(f for f in ff.facts if "6号大街" in f.text)
    assert deed.text.startswith("此外，余杭商务部门") and (deed.jurisdiction, deed.kind) == ("余杭区", "done"), deed
    said = next(f for f in ff.facts if "余杭紧盯内贸工作" in f.text)
    assert said.jurisdiction == "余杭区" and "6号大街" not in said.text, said
    # without the district among its areas, the deed is another place's: no city item
    bare = unit_workspace(tmp_path / "bare", "杭州市商务局", "市商务局", "杭州市")
    assert next(f for f in distil(tmp_path, bare, YUHANG, "p2.txt").facts if "6号大街" in f.text).external


def test_a_districts_deed_alone_stands_after_the_citys_placeholder_dated_without_its_partner_adverb(tmp_path):
    """hd48c F1: the district's deed stood as the city's only item, undated, opening on a dangling 还 (此外 dropped). Now it
    stands after a placeholder for the city's own, dated by its page (2021年，), named by its own words (余杭商务部门, no
    余杭区余杭…), its 还 dropped with the 此外 it went with."""
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市", HANGZHOU_AREAS)
    _, document = page_draft(tmp_path, ws, YUHANG, NIGHT_ASKS, "258", NIGHT_TITLE, "--proposal", "--date", "2022-12-27",
                             name="2021-07-22_余杭上半年商贸运行.txt")
    said = [p.text for p in document.paragraphs]
    city = next(k for k, p in enumerate(said) if p.startswith("一是【待补充：全市发展夜间经济方面"))
    assert said[city + 1].startswith("二是2021年，余杭商务部门创新布局消费新场景，在良渚街道西田城购物中心指导打造了“6号大街”"), said


def test_a_dropped_connective_takes_its_partner_adverb():
    """此外…还, 同时…也: the adverb goes with the connective dropped; 还 of a word (退耕还林, 归还) stays."""
    assert own_opening(["此外，余杭商务部门还创新布局消费新场景。"]) == ["余杭商务部门创新布局消费新场景。"]
    assert own_opening(["同时，我局也组织开展了培训。"]) == ["我局组织开展了培训。"]
    assert own_opening(["此外，全县退耕还林1.2万亩。"]) == ["全县退耕还林1.2万亩。"]
    assert own_opening(["同时，我局归还土地30亩。"]) == ["我局归还土地30亩。"]


# The pages' own lines (hd48c's seeds, as the store cut them).
# (浙江新闻客户端's page on the city's ten night landmarks, 2020-08-06, whole as the store cut it)
NIGHT_LANDMARKS = ("杭州小雨21℃-19℃ 下载APP 我要投稿\n"
                   "\n"
                   "看十大夜地标如何撬动杭州夜间经济?夜色下的变革开始了 \n"
                   "\n"
                   "2020-08-06 07:41 |浙江新闻客户端 |记者 肖淙文 王逸群\n"
                   "\n"
                   "今年7月,运河·百县千碗特色美食街,推出风秦上塘七妙之夜乐享生活节。胜利河美食街管委会供图\n"
                   "\n"
                   "“河边雅间,边吃饭边钓鱼嘞。”傍晚7时,杭州胜利河美食街上,店家的吆喝声此起彼伏。一抹抹蓝色和明黄的送餐身影与食客一起穿"
                   "梭于街巷,汇聚成又一个外卖晚高峰。隐匿于写字楼和综合体的直播间里,黄金档集体开播的主播和柜姐妙语频出,销售额随着现场气氛"
                   "不断攀升……热闹一直持续至后半夜,11时的湖滨步行街上,穿汉服的姑娘提着抢购的花灯满意归家,而望江门小龙虾的老板早已习惯"
                   "伴着凌晨5时的晨曦,送走最后一批顾客。\n"
                   "\n"
                   "在经历了疫情期的沉寂和漫长的梅雨季后,越来越多的杭城市民在夏夜走上街头,夜杭州也正在以新的姿态迎接各类消费诉求。近日,杭"
                   "州公布首批十大夜间经济集聚的夜地标,布局更合理、功能更完善、业态更丰富的夜经济体系正在加快形成。\n"
                   "\n"
                   "夜地标、打卡点如何撬动杭州夜间经济,打开消费新渠道?相较于其他城市,杭州之夜又有怎样的独特魅力?记者走上街头,在夜色中寻"
                   "找答案。\n"
                   "\n"
                   "囊括了武林商圈、湖滨商圈等一系列知名商圈群的延安路特色商业夜地标,一头串联杭州的文脉和底蕴,一头承载着财富和时尚。下城区"
                   "融媒体中心 供稿\n"
                   "\n"
                   "“杭州没有夜生活”的调侃从何而来\n"
                   "\n"
                   "7月24日,周五傍晚的杭州商业综合体嘉里中心比往日更加热闹。广场舞台上,乐队演出的音浪刚歇,戴着面具身着华服的“威尼斯人"
                   "”便鱼贯而出,变戏法一般为逛市集的小朋友递上一支棒棒糖。更多来客是刚走出办公室的上班族,在明亮的灯光下,他们为一件件手作"
                   "小物\n"
                   "\n")
TWO_STREETS = ("杭州“双街示范” 引领作用凸显\n2020-12-16 08:23\n\n"
               "湖滨路和延安路紧邻西湖,是杭州最具代表性的商圈。2019年,杭州市委将“实施新消费‘双街示范’”列入八大重点改革任务之一。"
               "创新升级、多措并举之下,杭州“双街示范”正在释放巨大的能量和潜力。从杭州市商务局获悉,今年11月,全市有8条步行街入选"
               "“杭州市级高品质步行街”并获得授牌。\n")
THIRD_QUARTER = ("2022年三季度杭州市消费市场运行情况分析 发布日期:2022-11-29 10:28 信息来源:杭州市商务局\n"
                 "三季度,我市消费市场持续回暖向好。各项促消费政策全力推进,政策成效逐渐显现,“仲夏夜嘉年华”暑期促消费、“金秋消费节”等活动"
                 "全面展开,有效增强消费市场内生动力和可靠性,较好巩固消费恢复势头。 一、基本情况及工作成效 (一)社会消费品零售总额: 1-9月全市"
                 "实现社零5227.6亿元,同比增长5.4%,增幅较1-8月上升0.6个百分点。 (二)运行情况: 1.权重区县社零贡献大。社零总额前5强中,"
                 "除拱墅区上半年受疫情影响较为严重恢复较慢外,余杭区(11.3%)、萧山区(10.7%)前三季度社零实现两位数增长;上城区(6.5%)、"
                 "西湖区(5.5%)增幅均高于全市平均水平。在全省90个区、县(市)")
GOLDEN_WEEK = ("这个国庆假期,和天气一样火热的,还有杭州的消费市场。从杭州市商务局获悉,根据对杭州商场、超市、汽车、餐饮、住宿等行业监测统计,"
               "2021年“十一”黄金周期间(9月30日至10月6日,下同),纳入监测的60家样本企业累计实现营业额12.4亿元,同比增长21%。\n")


def test_the_citys_own_deeds_told_of_it_as_the_subject_are_done(tmp_path):
    """hd48c F2: the city's results were filed context and left out — 杭州公布首批十大…夜地标 (the city by its bare name as the
    subject of a deed), 全市有8条步行街入选…并获得授牌 (its count of things that won an honour), a report's lead naming its
    programmes held (“仲夏夜嘉年华”…、“金秋消费节”等活动全面展开). Each is done, dated by its own words (今年11月 of a page of
    2020-12-16: 2020, not the paragraph's earlier 2019年); the market's statistics stay background."""
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市")
    landmarks = distil(tmp_path, ws, NIGHT_LANDMARKS, "2020-08-06_十大夜地标.txt").facts
    assert next(f for f in landmarks if "杭州公布首批十大" in f.text).kind == "done"
    assert next(f for f in landmarks if "杭城市民在夏夜走上街头" in f.text).kind == "context"
    streets = next(f for f in distil(tmp_path, ws, TWO_STREETS, "2020-12-16_双街示范.txt").facts if "8条步行街" in f.text)
    assert (streets.kind, streets.period.year) == ("done", 2020) and "列入八大重点改革任务" not in streets.text, streets
    lead = next(f for f in distil(tmp_path, ws, THIRD_QUARTER, "2022-11-29_三季度消费市场运行分析.txt").facts if "金秋消费节" in f.text)
    assert lead.kind == "done", lead
    week = next(f for f in distil(tmp_path, ws, GOLDEN_WEEK, "2021-10-09_国庆黄金周消费.txt").facts if "12.4亿元" in f.text)
    assert week.kind == "context", week


def test_the_old_material_reminder_names_the_newer_material_the_base_holds(tmp_path):
    """hd48c F4: part one's newest source was of 2020 (or 2021), and the reminder sent the clerk to collect 2021's and 2022's
    material while the base held the city's analysis of 2022-11, unused: it now names that source, to look at first."""
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市")
    result, _ = seeds_draft(tmp_path, ws, {"2020-08-06_十大夜地标.txt": NIGHT_LANDMARKS,
                                           "2022-11-29_三季度消费市场运行分析.txt": THIRD_QUARTER},
                            "258", NIGHT_TITLE, NIGHT_ASKS, "--proposal", "--deputy", "汤耀光", "--date", "2022-12-27")
    reminder = next(line for line in result.output.splitlines() if "第一部分所用的材料最新的是2020年8月" in line)
    assert "已收集的材料中已有较新的三季度消费市场运行分析（2022年11月），未写入第一部分" in reminder, reminder


def test_the_overview_says_the_titles_matter_not_its_positioning_frame(tmp_path):
    """hd48c F3: part one's overview said 围绕定位世界一流的社会主义现代化国际大都市、我市需要加强城市商业活力积极开展工作: the
    title's first clause is a frame (定位…/立足…/作为…，) and 杭州需要 who needs the matter; the matter is 加强城市商业活力."""
    assert short_topic(NIGHT_TITLE) == "加强城市商业活力"
    assert short_topic("关于立足新发展阶段，加快推进城市更新的建议") == "加快推进城市更新"
    assert short_topic("关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议") == "推动科技创新与产业创新深度融合"
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市")
    _, document = page_draft(tmp_path, ws, NIGHT_LANDMARKS, NIGHT_ASKS, "258", NIGHT_TITLE, "--proposal", "--date", "2022-12-27",
                             name="2020-08-06_十大夜地标.txt")
    said = "".join(p.text for p in document.paragraphs)
    assert "围绕加强城市商业活力积极开展工作" in said and "围绕定位" not in said, said


# 杭州日报's page on the first quarter (2022-04-28), its first lines as the store cut them.
FIRST_QUARTER = ("制图 田兰芳\n近日,杭州市2022年一季度GDP数据出炉。据市商务局消息,今年一季度杭州市社会消费品零售总额实现1626亿元,增长6.2%,"
                 "实现“开门稳”。\n线上零售、重要消费品零售表现抢眼,保持快速增长态势。全市限额以上批零业通过公共网络实现的零售额405.2亿元,"
                 "增长29.8%。\n")


def test_a_pages_clutter_and_cut_are_no_facts_nor_places(tmp_path):
    """hd48c F5: 除拱墅区上半年受疫情影响…外 filed the sentence as 除拱墅区's (除…外 excepts a place: the sentence is the city's); a
    cut page's last clause 在全省90个区、县（市） kept with its 90个; a fact opening on the headline's tail, the byline and a photo's
    credit (夜色下的变革开始了2020-08-06 07:41 |浙江新闻客户端 |记者 肖淙文 王逸群…胜利河美食街管委会供图); source titles 制图 田兰芳
    and 杭州小雨21℃-19℃ 下载APP我要投稿…, a chart's credit and an app's weather bar."""
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市")
    report = distil(tmp_path, ws, THIRD_QUARTER, "2022-11-29_三季度消费市场运行分析.txt")
    ranked = next(f for f in report.facts if "除拱墅区" in f.text)
    assert ranked.jurisdiction == "杭州市" and ranked.text.endswith("增幅均高于全市平均水平。"), ranked
    assert not any(g.raw == "90个" for f in report.facts for g in f.figures)
    landmarks = distil(tmp_path, ws, NIGHT_LANDMARKS, "2020-08-06_十大夜地标.txt")
    assert landmarks.source.title == "看十大夜地标如何撬动杭州夜间经济？夜色下的变革开始了", landmarks.source.title
    assert (landmarks.source.kind, landmarks.source.jurisdiction) == ("news", "杭州市")
    said = "".join(f.text for f in landmarks.facts)
    assert not any(w in said for w in ("浙江新闻客户端", "记者 肖淙文", "供图", "供稿", "夜色下的变革开始了")), said
    assert distil(tmp_path, ws, FIRST_QUARTER, "2022-04-28_一季度消费市场.txt").source.title != "制图 田兰芳"


def test_a_placeholder_asks_the_asks_own_first_clause_with_its_points(tmp_path):
    """hd48c F6: 延长博物馆等文化场馆的夜间开放时间，推动文化、旅游与商业融合，营造城市活力氛围 had its placeholder ask only its
    second and third clauses (【待补充：推动文化、旅游与商业融合，营造城市活力氛围方面…】): a point sharing 文化 with the heading
    read as its elaboration. A heading that is the ask's own first clause is a point asked too; a heading sentence of its own
    (加强规划和政策引领。将…纳入…规划) stays a label (test_drafts_for_other_bureaus)."""
    ws = unit_workspace(tmp_path / "ws", "杭州市商务局", "市商务局", "杭州市")
    _, document = page_draft(tmp_path, ws, NIGHT_LANDMARKS, NIGHT_ASKS, "258", NIGHT_TITLE, "--proposal", "--date", "2022-12-27",
                             name="2020-08-06_十大夜地标.txt")
    said = [p.text for p in document.paragraphs]
    museums = said[said.index("（二）延长博物馆等文化场馆的夜间开放时间") + 1]
    assert museums.startswith("【待补充：延长博物馆等文化场馆的夜间开放时间，推动文化、旅游与商业融合，营造城市活力氛围方面"), museums
    spaces = said[said.index("（三）利用工业遗存等城市空间") + 1]
    assert spaces.startswith("【待补充：利用工业遗存等城市空间、打造城市夜间消费新空间方面"), spaces
