"""The kind of a statement, found on held-out round hd19 (天水市文化和旅游局, 沈阳市农业农村局): a bureau's results told in a
news item or a press conference were read as background, a plan, a wish, a meeting's instructions, a place's history and a
document's enacting sentence as results, and pieces of a page cut off as facts.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in the
test) through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import distil, fact_saying, fact_texts, unit_workspace

from drafter.compose.sentences import finished_sentences

TIANSHUI_AREAS = "秦州区, 麦积区, 清水县, 秦安县, 甘谷县, 武山县, 张家川回族自治县"
SHENYANG_AREAS = "和平区, 沈河区, 大东区, 皇姑区, 铁西区, 苏家屯区, 浑南区, 沈北新区, 于洪区, 辽中区, 康平县, 法库县, 新民市"


def _tianshui(tmp_path):
    return unit_workspace(tmp_path / "ws", "天水市文化和旅游局", "市文旅局", "天水市", TIANSHUI_AREAS)


def _shenyang(tmp_path):
    return unit_workspace(tmp_path / "ws", "沈阳市农业农村局", "市农业农村局", "沈阳市", SHENYANG_AREAS)


# 沈阳市农业农村局's reply to 民革沈阳市委's proposal (2024-11-22), its last items as printed (the page was cut after 开展), and
# 天水市文化和旅游局's reply to 131号提案 (2021-08-20), cut after 市委、市政.
REPLY_MINGE = """对《关于聚焦重点突出特色，加快推进我市农业农村现代化的提案》的答复
民革沈阳市委员会:
贵单位提出的关于聚焦重点突出特色,加快推进我市农业农村现代化的提案收悉,现答复如下:
三是农产品质量不断提升。制订《农产品质量安全三级网格化监管体系建设规范》和《农产品生产基地划分和评定》两项地方标准,建立县、乡、村三级网格员监管工作制度,强化执法处罚力度,查处假劣农资及农产品质量安全案件50起。
四是品牌优势持续提高。开展
"""
REPLY_131 = """天水市文化和旅游局关于市政协七届五次会议第131号提案的答复
吕晓莉、刘虹、焦继军、王晓梅、陈永强、张文静、李靖、党坚强委员:
你们好!你们提出的《关于把“相聚天水”合唱艺术节打造成为全国知名文化品牌的建议》已收悉,经我局认真办理,现答复如下:
合唱艺术作为公益文化活动的一个门类,开展活动需大量资金投入,将“相约天水”合唱艺术节打造成为全国知名文化品牌,是一个长期坚持的过程。已举办的四届“相聚天水”合唱艺术节,我们都非常重视,均给予业务指导,并向财政部门申请资金,尽最大努力给予支持,四届“相聚天水”合唱艺术节均成功举办。
“相聚天水”合唱艺术活动市委、市政
"""


def test_a_piece_the_page_cut_is_no_fact(tmp_path):
    """四是品牌优势持续提高。开展 (an item's heading and a verb) and “相聚天水”合唱艺术活动市委 (a subject, its list cut) were
    facts, done ones: what a cut leaves of a statement without a whole clause, or only its heading, is none."""
    ff = distil(tmp_path, _shenyang(tmp_path), REPLY_MINGE, "2024-11-22_民革沈阳市委提案_答复.txt")
    assert "品牌优势" not in fact_texts(ff) and "案件50起" in fact_texts(ff)
    (tmp_path / "t").mkdir()
    ff = distil(tmp_path / "t", _tianshui(tmp_path / "t"), REPLY_131, "2021-08-20_第131号提案的答复.txt")
    assert "合唱艺术活动市委" not in fact_texts(ff) and "四届“相聚天水”合唱艺术节均成功举办" in fact_texts(ff)


# 网易's report of 2024-07-04 on 天水's first half of 2024 (the reporter heard it from 天水市文化和旅游局), its opening as the page
# prints it, a picture's clutter line between its paragraphs.
WANGYI = """7月4日,记者从天水市文化和旅游局获悉,2024年上半年,天水市紧抓天水麻辣烫爆火“出圈”这一独特机遇,以创新和实干精神,推动了全市文旅产业的蓬勃发展。据统计,上半年全市共接待游客3104.14万人次,旅游花费177.58亿元,同比分别增长42.95%和43.92%。

打开网易新闻 查看精彩图片

文化服务效能全面提升。开展公共文化馆服务宣传周活动,组织书画展览、文艺演出、非遗展演等一系列示范性主题活动553场次。积极搭建全民阅读平台,先后举办各项全民阅读相关活动344场次,线上线下参与群众达14万人次,有效激发全民阅读的热情。积极遴选、推荐全国全省“四季村晚”示范展示点,推荐上报“四季村晚”示范展示点17个,武山县滩歌镇卢坪村入选全国示范展示点,秦安县王铺镇榆木村入选全省示范展示点。
"""


def test_a_news_paragraph_going_on_with_the_citys_work_is_a_result(tmp_path):
    """The paragraph on 344场次 of reading activities, told after the lede on the city's work with no subject of its own
    (文化服务效能全面提升。开展…), was background: a draft's section on 全民阅读 was left a placeholder whose comment said the
    page held no data of the bureau's. A news paragraph going on with the work the one before told is that work."""
    ff = distil(tmp_path, _tianshui(tmp_path), WANGYI, "2024-07-04_网易_天水市2024年上半年文旅工作.txt")
    assert fact_saying(ff, "344场次").kind == "done"
    assert fact_saying(ff, "3104.14万人次").kind == "done"


def test_a_news_items_measures_to_come_stay_no_results(distilled_seeds):
    """厦门's news item on its 若干措施 (seed 002) tells the measures the policy will bring (优化科技计划体系将坚持…, 比如将依托…),
    paragraphs opening on a verb of work as the ones going on with a bureau's work do: they tell no work of the city's before them,
    and what is to come is never a result."""
    facts = distilled_seeds["002"].facts
    ahead = [f for f in facts if f.text.startswith(("优化科技计划体系将", "推进科研事业单位管理创新", "培育发展高端科技服务业"))]
    assert len(ahead) == 3 and all(f.kind != "done" for f in ahead), [(f.kind, f.text[:12]) for f in ahead]


# A mirror's copy of a news item on 沈阳 (no date; traditional characters, the mirror's pinyin left in), its first paragraph as
# printed.
SHENYANG_NEWS = """遼寧省沈陽市深入實施鄉(xiāng)村全面振興戰(zhàn)略,以在遼寧打造現(xiàn)代化大農業(yè)發(fā)展先行地中當好排頭兵為己任,以更扎實的作風、更有力的舉措加快建設農業(yè)強市、食品工業(yè)大市,推進農業(yè)農村現(xiàn)代化,鄉(xiāng)村發(fā)展、鄉(xiāng)村建設、鄉(xiāng)村治理全面提速提質提效。今年一季度,沈陽市第一產業(yè)增加值同比增長5.6%,創(chuàng)歷史同期最高水平,高于全國、全省;農村居民人均可支配收入同比增長6.2%,增速高于全省及去年同期水平。
"""


def test_a_news_item_opening_on_its_city_named_with_its_province_tells_its_work(tmp_path):
    """遼寧省沈陽市深入實施…今年一季度，沈陽市第一產業增加值同比增長5.6% was background: a place opening a statement after its
    province's name is its subject as it is alone."""
    ff = distil(tmp_path, _shenyang(tmp_path), SHENYANG_NEWS, "未注日期_沈阳市深入实施乡村全面振兴战略_新闻.txt")
    assert fact_saying(ff, "5.6%").kind == "done"


def test_the_own_city_named_with_its_province_is_said_as_the_letters_say_it(tmp_path):
    """hd19a's leave-one-out draft printed 一是辽宁省沈阳市深入实施乡村全面振兴战略…: a reply says 我市 of its city, its province's
    name before it too."""
    from drafter.compose.sentences import own_place_named

    said = own_place_named("辽宁省沈阳市深入实施乡村全面振兴战略，以在辽宁打造现代化大农业发展先行地中当好排头兵为己任。", _shenyang(tmp_path))
    assert said.startswith("我市深入实施乡村全面振兴战略"), said


# 盛京's report of the press conference 沈阳市农业农村局 gave on 2023-10-11 (its page of 2023-10-12), as the page prints it and as
# it was cut: the page stops inside a quotation (对机制落实“).
SHENGJING = """全心全意 护航“三农”
10月11日,市政府新闻办召开“2023年沈阳市为群众办实事”系列新闻发布会(第四场),市农业农村局副局长田淑军作新闻发布。
2023年10月12日
主题教育开展以来,市农业农村局坚持以习近平新时代中国特色社会主义思想为指导,自觉践行以人民为中心的发展思想,将“三美”建设作为践行“千万工程”经验的重要载体,持续开展“我为群众办实事”实践活动,聚焦人民群众最关心的垃圾、污水、厕所等问题,深入推进美丽宜居村建设,切实提升农村基础设施和公共服务水平,持续改善农村生产生活条件。2023年推动105个行政村创建省级美丽宜居村,截至目前,80个村已达到创建标准。
高标准“建”,完善农村基础设施。坚持规划先行,印发《沈阳市宜居宜业和美乡村建设导则》,编制村庄规划353个,在全省率先实现应编尽编。完善农村路网,建设“四好农村路”500公里、“一事一议”村内道路503公里,美丽村道路硬化率达到90%以上,进一步解决村民出行不便问题。
全方位“治”,改善农村人居环境。持续推进农村垃圾治理,印发《沈阳市农村环境净化整治导则》,实施“四三三”工作法,对垃圾推行“分、收、转、处”,对村屯实施“洁、序、美”,对机制落实“
"""


def test_a_bureaus_results_at_its_press_conference_are_results(tmp_path):
    """The bureau's press conference told its year's work (主题教育开展以来，市农业农村局坚持…; 编制村庄规划353个…四好农村路500公里;
    印发《沈阳市农村环境净化整治导则》…): all three paragraphs were background, never offered to a draft on 农村垃圾治理 or
    农村道路. A statement since an event (…以来，) with the bureau as subject tells its work, and so do the paragraphs after it
    that go on with it; the clause the page cut inside its quotation is no part of the last one."""
    ff = distil(tmp_path, _shenyang(tmp_path), SHENGJING, "2023-10-12_盛京_新闻发布会.txt")
    assert fact_saying(ff, "105个行政村").kind == "done"
    assert fact_saying(ff, "村庄规划353个").kind == "done"
    rubbish = fact_saying(ff, "农村环境净化整治导则")
    assert rubbish.kind == "done"
    assert rubbish.text.endswith("对村屯实施“洁、序、美”，……") and "对机制落实" not in rubbish.text  # (marked cut: hx68c)
    assert finished_sentences(rubbish.text)[-1].endswith("对村屯实施“洁、序、美”。")  # (a draft says it closed: h292)


# 天水市文化和旅游局's reply to 73号议案 (2019-08-08, posted 2020-01-15), its body as printed.
REPLY_73 = """天水市文化和旅游局 关于对市人大七届四次会议第73号议案的答复

发布日期: 2020-01-15

王宝吉、吕若维代表:

首先,感谢你们对天水市文化产业的关心!你们“关于立项支持散渡河流域生态综合治理的建议”收悉,现答复如下:

为此,我们将立足部门职责,做好项目资金争取。积极争取国家和省上文化旅游产业专项资金,引导园区发展,增强项目资金争取意识。

同时,我们希望甘谷县脊兽园文化产业园实施单位转变观念,拓展视野。产业发展主要靠市场运作,政府的奖补资金只是在园区建设阶段给予鼓励和引导,奖补额度相较于建设资金只能是杯水车薪,因此建议园区实施单位通过招商引资,或者积极争取与企业、个人的合作,实现资本和技术的融合,促进园区早日建成。

     天水市文化和旅游局

                           2019年8月8日
"""


def test_what_a_reply_will_do_and_hopes_of_others_is_no_result(tmp_path):
    """为此，我们将立足部门职责，做好项目资金争取 (what the bureau will do) and 我们希望…实施单位转变观念…建议园区实施单位通过招商
    引资 (what it hopes of others) were results."""
    ff = distil(tmp_path, _tianshui(tmp_path), REPLY_73, "2020-01-15_第73号议案的答复.txt")
    assert fact_saying(ff, "我们将立足部门职责").kind == "plan"
    assert fact_saying(ff, "我们希望").kind == "context"


# 天水市文化和旅游局's reply to 17号建议 (2024-11-19), its opening as printed (the page cut after the first item's words).
REPLY_17 = """天水市文化和旅游局关于 市人大八届三次会议第17号建议的答复

2024-11-19

王旭兵、何田录、石进昌代表:

你们提出的《发掘历史文化遗存,做大旅游经济文章的建议》已收悉,现答复如下:

天水,史有“羲皇故里”“中华之源”之称,三国时期,天水处于蜀魏交锋的前沿,诸葛亮六出祁山、痛失街亭、智收姜维、计杀张郃、木门伏击、空城退兵、九伐中原等世人有口皆碑、如数家珍的故事,都发生在天水。天水境内有天水关、木门道、诸葛军垒、街亭、祁山堡、铁笼山、姜维墓等多处遗存烁然俱在,昭示着文明。由此构成的三国文化是天水历史厚重的一页,也是天水历史极负盛名之所在。

近年来市县两级文化旅游部门抢抓文旅深度融合高质量发展机遇,开展了以下工作:

一是结合三国文化旅游资源,编制《秦州三国古战场文化旅游发展规划》《街亭遗址综合保护利用规划》。
"""


def test_a_places_history_in_a_reply_is_background(tmp_path):
    """The reply's opening on 天水's history (天水，史有“羲皇故里”…之称…诸葛亮六出祁山…的故事，都发生在天水) was a result: a
    paragraph without figures telling no one's work is background; the work after it stays a result."""
    ff = distil(tmp_path, _tianshui(tmp_path), REPLY_17, "2024-11-19_第17号建议的答复.txt")
    assert fact_saying(ff, "史有“羲皇故里”").kind == "context"
    assert fact_saying(ff, "编制《秦州三国古战场文化旅游发展规划》").kind == "done"


# 沈阳市农业农村局's news of its meeting (2024-10-24), as printed (the page was cut after 关注重点，).
MEETING = """市农业农村局召开农业产业项目落实推进会 深入贯彻落实沈阳市全面振兴新突破 三年行动推进会议精神
信息来源:供给侧改革处 发布时间:2024-10-24
为深入贯彻落实10月22日沈阳市全面振兴新突破三年行动推进会议精神,吹响冲刺四季度,打赢攻坚战的号角,倡导紧盯目标任务,一诺千金,使命必达的决心信心,10月23日,市农业农村局在第二十四届中国(沈阳)国际农业博览会现场,召开了农业产业项目落实推进专题会议,传达全市会议精神,强势推动农业产业项目建设。
会议强调农业产业项目的重要性,并提出了以下几点要求。一要提高思想认识。各级要认真学习研究市级会议精神,将市局领导的指示要求转化为实际行动。二要坚持问题导向。紧盯项目症结破解难题,推动项目工作又好又快健康发展。三要抓住有利时机。关注重点,
"""


def test_a_meetings_instructions_are_no_result(tmp_path):
    """会议强调…提出了以下几点要求。一要提高思想认识。…二要坚持问题导向。… was a result: what a meeting required of others,
    its items saying what must be done (一要…二要…), is neither work done nor the bureau's plan."""
    ff = distil(tmp_path, _shenyang(tmp_path), MEETING, "2024-10-24_推进会.txt")
    instructions = fact_saying(ff, "一要提高思想认识")
    assert instructions.kind == "context" and instructions.text.endswith("关注重点，……")  # (the page's cut after a clause's comma; marked, hx68c)
    assert finished_sentences(instructions.text)[-1] == "关注重点。"  # (a draft says it closed: h292)
    assert fact_saying(ff, "召开了农业产业项目落实推进专题会议").kind == "done"


# 沈阳's 2023 专项行动计划 (乡村振兴工作领导小组办公室, 2023-02-05), its preamble and one measure as printed (the page was cut after
# 强).
ACTION_PLAN = """沈阳市“着力推动县域经济高质量发展 在全面推进乡村振兴上实现新突破”专项行动计划
为全面贯彻落实党中央决策部署及省委工作要求,扎实推进乡村振兴重点工作三年行动计划,锚定建设农业强市目标,加快推进农业农村现代化,建设宜居宜业和美乡村,着力推动县域经济高质量发展,在全面推进乡村振兴上实现新突破,现制定如下行动计划。
一、提高粮食和重要农产品稳产保供能力
主要措施:
1.稳定粮食和油料播种面积。全面落实粮食安全党政同责,将粮食生产目标任务逐级分解到县、乡、村,稳住面积、主攻单产、力争多增产。持续推进大豆油料扩种,新增大豆播种面积0.8万亩,全市大豆种植面积扩至16.68万亩以上。
2.提高“菜篮子”生产供给能力。发展设施种植,全市设施总面积达到25万亩。发展标准化畜牧养殖,新改扩建生猪、肉鸡等标准化养殖场5个。肉蛋奶产量稳定在100万吨以上。强
"""


def test_a_documents_enacting_sentence_and_a_cut_word_are_no_facts(tmp_path):
    """The plan's preamble (…为全面贯彻落实…，现制定如下行动计划。) was a fact, drafted as work done with 【待核实：最新进展】; and
    the piece the page cut after the last measure (…稳定在100万吨以上。强) stood in its fact."""
    ff = distil(tmp_path, _shenyang(tmp_path), ACTION_PLAN, "2023-02-05_沈阳市乡村振兴专项行动计划.txt")
    assert "现制定如下行动计划" not in fact_texts(ff)
    assert fact_saying(ff, "肉蛋奶产量").text.endswith("肉蛋奶产量稳定在100万吨以上。")


def test_a_draft_on_rubbish_and_roads_reports_the_press_conferences_results(tmp_path):
    """hd19a's draft on 88 (农村垃圾治理, 农村道路) left both asks a bare placeholder while the bureau's press conference told its
    导则 and its “四三三”工作法 and 四好农村路500公里; the cut page printed …对机制落实“。 in the draft without the text."""
    from helpers import page_draft

    suggestion = "建议：\n一、持续开展农村垃圾治理。\n二、完善农村道路等基础设施。\n"
    _, document = page_draft(tmp_path, _shenyang(tmp_path), SHENGJING, suggestion, "88",
                             "关于加快推进美丽宜居村建设 改善农村人居环境的建议", "--date", "2024-04-28")
    said = "\n".join(p.text for p in document.paragraphs)
    assert "印发《沈阳市农村环境净化整治导则》" in said and "对机制落实" not in said
    assert "“四好农村路”500公里" in said


def test_a_placeholders_comment_says_no_data_only_where_its_material_has_none(tmp_path):
    """The comment on 全民阅读's placeholder said the 网易 page had 没有可直接写入的本单位工作情况和数据, though its paragraph (then
    read as background) counted 344场次 and 14万人次: where the material named states figures, the comment says they were
    taken as background, for the clerk to check."""
    from drafter.compose.select import Item, unused_note
    from drafter.distill.figures import find_figures, normalise
    from drafter.model import Fact, Period, SourceMeta

    source = SourceMeta(id="wy", kind="news", path="seeds/2024-07-04_网易.txt", sha256="0" * 64, title="天水市2024年上半年文旅工作",
                        date="2024-07-04")
    counted = "积极搭建全民阅读平台，先后举办各项全民阅读相关活动344场次，线上线下参与群众达14万人次，有效激发全民阅读的热情。"
    plain = "积极搭建全民阅读平台，有效激发全民阅读的热情。"

    def item(text):
        return Item(Fact(id="f", text=text, kind="context", period=Period(2024, "document date"), jurisdiction="天水市",
                         source_id="wy", figures=find_figures(text, normalise(text))), source, 1.0, 2024)

    assert item(counted).fact.figures and not item(plain).fact.figures
    ws = _tianshui(tmp_path)
    said = unused_note([item(counted)], ws)
    assert "没有可直接写入" not in said and "数据记为背景材料" in said and "天水市2024年上半年文旅工作（2024-07-04）" in said
    assert "没有可直接写入的本单位工作情况和数据" in unused_note([item(plain)], ws)
    # work done not drafted is no background (hd24c); beside background, each is said as what it is
    done = item(counted)
    done.fact.kind = "done"
    assert "背景材料" not in unused_note([done], ws) and "其中的工作情况和数据未写入正文" in unused_note([done], ws)
    both = unused_note([done, item(counted)], ws)
    assert "其中既有背景材料，也有工作情况；工作情况和数据未写入正文" in both, both
