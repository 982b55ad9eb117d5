"""Periods, dates and figure labels found on held-out round hd30 (深圳市气象局, 乐山市司法局): a record's start year
(2008年以来最多的暴雨日数) read as the figures' period; a scope word's adjective (全市性暴雨) cut to 性暴雨; a quoted name with
、 in it (“双随机、一公开”执法检查) cut at it and 宗 no unit; a news item's 更新时间 line unread (the item undated, its headline
and timestamp a fact); changes listed after figures listed (59次暴雨、25次大风预警，同比增加321%、212%) all the last one's; a bare 时长 after each
warning's count; a count's label run past the verb of its own object (67个党政部门设置多个…点位); 临近1小时 read as 近1小时 (label 重点围绕临)
and 2个台风精细到街道 as 台风精细; a reply to 第20240019号 dated
by nothing left yearless; a paper's lede day (本报讯…4月12日) in the month its file is named by left undated; a news item's 当日上午 drafted as 2024年12月上午, not the day its
text named before it.

Each test distils a short excerpt of the real page (its words as the page prints them, web clutter kept; the page is named in
the test) through the public path ``drafter distill`` takes, in a workspace of the page's own bureau.
"""

from __future__ import annotations

from helpers import distil, fact_saying, page_draft, unit_workspace

SHENZHEN_AREAS = "福田区, 罗湖区, 南山区, 盐田区, 宝安区, 龙岗区, 龙华区, 坪山区, 光明区, 大鹏新区, 深汕特别合作区"


def _shenzhen(tmp_path):
    return unit_workspace(tmp_path / "ws", "深圳市气象局", "市气象局", "深圳市", SHENZHEN_AREAS)


# 市气象局2024年工作总结和2025年工作计划 (深圳市气象局, 2025-02; the city shown as XX), as the search store cut it.
REPORT_2024 = """市气象局2024年工作总结和2025年工作计划

更新时间:2025-02 来源:网友投稿

(一)围绕打造基础牢固的韧性城市,筑牢气象防灾减灾第一道防线

2024年天气气候形势复杂,记录到2008年以来最多的暴雨日数,全市性暴雨19天、局地性暴雨70天,超强台风“摩羯”给XX带来严重风雨影响。XX市气象局认真落实市委市政府对气象工作要求,坚持统筹发展和安全,全力做好重大天气过程服务保障,无人员因气象灾害伤亡。
(二)强化防雷安全监管
完成气象灾害和防雷重点单位现场隐患排查,开展10批次83宗“双随机、一公开”执法检查。立案查处4类12宗防雷领域违法案件,坚持柔性执法、强化科技监管等做法被全省推广。
"""
REPORT_2024_NAME = "2025-02_市气象局2024年工作总结和2025年工作计划.txt"


def _figure(fact, raw):
    return next(f for f in fact.figures if f.raw == raw)


def test_a_records_start_year_is_not_the_figures_period(tmp_path):
    """hd30c F1: 「记录到2008年以来最多的暴雨日数，全市性暴雨19天」 gave 19天 and 70天 the span 2008–2024, as if totals since
    2008; they are 2024's counts, the most since 2008. And 全市性暴雨 was cut to 性暴雨 at its scope word."""
    ff = distil(tmp_path, _shenzhen(tmp_path), REPORT_2024, REPORT_2024_NAME)
    fact = fact_saying(ff, "2008年以来最多")
    for raw in ("19天", "70天"):
        figure = _figure(fact, raw)
        assert (figure.year or fact.period.year, figure.until) == (2024, None), raw
    assert _figure(fact, "19天").counts == "全市性暴雨"


def test_cases_counted_in_zong_are_figures_of_their_quoted_name(tmp_path):
    """hd30c F2: 「开展10批次83宗“双随机、一公开”执法检查。立案查处4类12宗防雷领域违法案件」 kept only 10批次 (宗 no unit), and
    its name was cut at the 、 inside the quotes."""
    ff = distil(tmp_path, _shenzhen(tmp_path), REPORT_2024, REPORT_2024_NAME)
    checks = fact_saying(ff, "83宗")
    assert _figure(checks, "83宗").counts == "“双随机、一公开”执法检查"
    assert _figure(fact_saying(ff, "12宗"), "12宗").counts == "防雷领域违法案件"


# 深圳市气象局's news item on a party day at 深圳市天文台 (posted 2020-12-30), as the search store cut it.
PARTY_DAY = """深圳市气象服务中心党支部开展“一对一”挂点联系街道推进党员干部联系服务群众党日活动
更新时间:2020-12-30 12:00:23
来源: 深圳市气象局
为贯彻落实新时代党的组织路线,落实市委组织部“一对一”挂点联系工作总体要求和深圳市气象局党组工作安排,2020年12月24日,深圳市气象服务中心党支部在深圳市天文台举行“仰望星空”——关爱青少年天文科普党日活动,对南澳中心小学的气象天文科普社团进行授牌。
南澳中心小学学生在市气象局工作人员带领下参观了气象天文科普厅、太阳望远镜圆顶、天文楼等场所。
"""


def test_a_pages_update_time_dates_it(tmp_path):
    """hd30c F7: 「更新时间:2020-12-30 12:00:23」 under the headline was no page field: the item was undated (its 参观…科普厅
    yearless) and the headline with the timestamp after it was stored as a done fact."""
    ff = distil(tmp_path, _shenzhen(tmp_path), PARTY_DAY, "深圳市气象服务中心党支部天文台科普党日活动.txt")
    assert ff.source.date == "2020-12-30"
    assert fact_saying(ff, "参观了气象天文科普厅").period.year == 2020
    assert not [f for f in ff.facts if "更新时间" in f.text]


# 深圳市应急管理局's reply to 建议第20240019号 (co-handled by 市气象局), undated, as the search store cut it.
REPLY_20240019 = """尊敬的陈晓云等20名代表:
您提出的《关于加强我市应急预警和响应能力的建议》(建议第20240019号)已收悉。感谢各位代表对我市应急预警与响应工作的关心与支持。根据市人大工作安排,该建议由市应急管理局主办,市气象局、市水务局汇办。现答复如下:
一、强化监测和预测能力
三是预报关键核心技术取得新突破。市气象局自主研发的MOTOR-DA预报系统突破“卡脖子”技术瓶颈,预报时效从72小时提高到96小时。入汛以来,在广东省24-48小时暴雨及以上量级降水预报优于目前业务使用的其他全球及区域模式,为强降水预报服务业务提供扎实技术支持。
"""


def test_an_item_number_opening_on_a_year_dates_an_undated_reply(tmp_path):
    """hd30c F7: the reply to 第20240019号, dated by no session, day or file name, had no year (its 入汛以来 and 目前 none
    either); its number opens on 2024, its session's year. A bare count (第1288号) dates nothing."""
    ws = _shenzhen(tmp_path)
    ff = distil(tmp_path, ws, REPLY_20240019, "深圳市应急管理局_建议答复.txt")
    assert ff.source.period == 2024
    assert fact_saying(ff, "入汛以来").period.year == 2024
    bare = distil(tmp_path, ws, REPLY_20240019.replace("20240019", "1288"), "深圳市应急管理局_建议答复.txt")
    assert bare.source.period is None


LESHAN_AREAS = "市中区, 沙湾区, 五通桥区, 金口河区, 犍为县, 井研县, 夹江县, 沐川县, 峨边彝族自治县, 马边彝族自治县, 峨眉山市"
# 乐山市司法局's news item on 宪法宣传周 (posted 2024-12-05), its opening as the search store cut it.
LESHAN_WEEK = """发布时间: 2024-12-05 10:16 来源: 市司法局 |
保护视力色: |
今年12月4日是第十一个国家宪法日,12月1日至7日是第七个“宪法宣传周”。当日上午,由市委全面依法治市委员会办公室、市委宣传部、市司法局主办,市中区委全面依法治区委员会办公室、市中区委宣传部、市中区司法局承办的2024年宪法宣传周“12·4”国家宪法日宣传活动在乐山广场举行。副市长邓华出席活动。
"""

# hd30a's probe suggestion on 宪法宣传 (probe_pufa.txt).
PUFA = "关于加强宪法宣传和普法工作的建议\n建议：一、办好宪法宣传周活动，扩大群众参与面；二、推动宪法进乡村、进企业、进社区。\n"


def test_that_day_is_the_day_named_before_it(tmp_path):
    """hd30a F2: 「今年12月4日是第十一个国家宪法日,12月1日至7日是…。当日上午,…」 was drafted 「2024年12月上午，…」 (当日 read as the
    source's month): 当日 is the day the text named before it, 12月4日 (not the range's first, 12月1日), of the item's year."""
    ws = unit_workspace(tmp_path / "ws", "乐山市司法局", "市司法局", "乐山市", LESHAN_AREAS)
    _, document = page_draft(tmp_path, ws, LESHAN_WEEK, PUFA, "2025099", "关于加强宪法宣传和普法工作的建议", "--date", "2025-03-20",
                             name="2024-12_乐山市司法局_宪法宣传周活动.txt")
    text = "".join(p.text for p in document.paragraphs)
    assert "2024年12月4日上午，由市委全面依法治市委员会办公室" in text
    assert "12月上午" not in text


# 深圳市气象局2019年上半年工作情况 and 2016年工作总结 (深圳市气象局's pages), a sentence of each.
HALF_2019 = """深圳市气象局2019年上半年工作情况
一、上半年工作情况
上半年我市天气气候呈现“入汛提前,暴雨频繁,短时雨强超强,雷雨大风猛烈”特点,全市平均雨量992.2毫米;出现21天局地暴雨以上降水,同比偏多40%;发布59次暴雨、25次大风预警,同比增加321%、212%。
"""
REPORT_2016 = """深圳市气象局2016年工作总结和2017年工作计划
2016年我市天气呈现“汛期长、雨量大、台风暴雨多、寒冷出极值”等特点,共发布各类预警392次,暴雨预警79次,时长达16175分钟,比2015年增加88%;台风预警21次,时长达26245分钟,比2015年增加168%;气象信息快报和专报的发送数量比2015年分别增长109%和280%。
"""


def test_changes_listed_after_figures_listed_pair_in_order(tmp_path):
    """hd30c F2: 「发布59次暴雨、25次大风预警,同比增加321%、212%」 labelled both rises 大风预警增加: 321% is the first figure's."""
    ff = distil(tmp_path, _shenzhen(tmp_path), HALF_2019, "2019-07_深圳市气象局2019年上半年工作情况.txt")
    fact = fact_saying(ff, "321%")
    assert _figure(fact, "321%").counts == _figure(fact, "59次").counts + "增加"
    assert _figure(fact, "212%").counts == _figure(fact, "25次").counts + "增加"


def test_a_bare_measure_after_a_count_is_that_things(tmp_path):
    """hd30c F2: 「暴雨预警79次,时长达16175分钟…;台风预警21次,时长达26245分钟」 labelled both durations 时长: each is its
    warnings'."""
    ff = distil(tmp_path, _shenzhen(tmp_path), REPORT_2016, "2017-03_深圳市气象局2016年工作总结和2017年工作计划.txt")
    fact = fact_saying(ff, "16175分钟")
    assert _figure(fact, "16175分钟").counts == "暴雨预警时长"
    assert _figure(fact, "26245分钟").counts == "台风预警时长"


def test_a_count_stops_before_the_verb_of_its_own_object(tmp_path):
    """hd30a F6: 「市区两级67个党政部门设置多个宣传咨询点位」 labelled 67 党政部门设置多个宣传咨询点位: it counts 党政部门."""
    ws = unit_workspace(tmp_path / "ws", "乐山市司法局", "市司法局", "乐山市", LESHAN_AREAS)
    page = LESHAN_WEEK + "今年的活动主题为“大力弘扬宪法精神,推动进一步全面深化改革”。活动现场,市区两级67个党政部门设置多个宣传咨询点位,向过往群众发放《中华人民共和国宪法》等宣传资料手册。\n"
    ff = distil(tmp_path, ws, page, "2024-12_乐山市司法局_宪法宣传周活动.txt")
    assert _figure(fact_saying(ff, "67个"), "67个").counts == "党政部门"


# 深圳市气象局2020年工作总结 (posted 2021-02-10), two sentences.
REPORT_2020 = """深圳市气象局2020年工作总结
全力做好“近十年最强龙舟水”等44天暴雨日和2个台风精细到街道的预报预警服务,高质量完成深圳经济特区建立40周年庆祝大会、全球招商大会、疫情防控等21项重大专题保障服务。
无缝隙渐进式预测天气过程风雨、精细落区、影响时段和风险提示,重点围绕临近1小时,开展最小时间分辨率为5分钟的精细化预报服务,为气象灾害防御组织抢时间、划重点、估风险。
"""


def test_a_words_last_character_is_no_figures_qualifier(tmp_path):
    """hd30c F8: 「重点围绕临近1小时」 read 近 as 1小时's 近 (about), its label 重点围绕临; 「2个台风精细到街道」 counted 台风精细."""
    ff = distil(tmp_path, _shenzhen(tmp_path), REPORT_2020, "2021-02_深圳市气象局2020年工作总结.txt")
    hour = _figure(fact_saying(ff, "临近1小时"), "1小时")
    assert (hour.counts, hour.raw) == ("临近", "1小时")
    assert _figure(fact_saying(ff, "2个台风"), "2个").counts == "台风"


# 乐山日报's report of 市委依法治市办第八次会议 (saved as 2022-04_乐山日报_…), its lede and plan as the search store cut it.
LESHAN_PAPER = """本报讯(记者 王倩)4月12日下午,市委全面依法治市委员会办公室第八次会议召开。会议传达学习了省委全面依法治省委员会第四次会议精神,研究贯彻落实市领导对依法治市工作相关指示要求,讨论审议了全面依法治市年度工作要点等有关文件方案,提出八项工作举措,安排部署当前和下一阶段工作。
2022年,我市将持续深入学习贯彻习近平法治思想,加快制定出台法治政府建设五年方案,组织参加法治政府示范创建活动。
"""


def test_a_ledes_day_in_the_month_its_file_is_named_by_dates_it(tmp_path):
    """hd30a: 乐山日报's item, saved as 2022-04_乐山日报_…, had no date though its lede gives 4月12日: the day of the named month
    and year. A lede of another month than the name's dates nothing."""
    ws = unit_workspace(tmp_path / "ws", "乐山市司法局", "市司法局", "乐山市", LESHAN_AREAS)
    ff = distil(tmp_path, ws, LESHAN_PAPER, "2022-04_乐山日报_市委依法治市办第八次会议.txt")
    assert ff.source.date == "2022-04-12"
    other = distil(tmp_path, ws, LESHAN_PAPER, "2022-05_乐山日报_市委依法治市办第八次会议.txt")
    assert other.source.date is None
