"""General reading rules found on held-out round 52 (pages of bureaus the earlier rounds did not hold, read by the developers
this stop: 沅陵县科学技术局's year report, 溆浦县科技局's, 绥阳县科技局's reply to a 政协 proposal of 县科协, and others named in
each test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

# 沅陵县科学技术局's 2025年科技局工作总结 (www.yuanling.gov.cn/yuanling/c108923/202602/f604872148fb470d93ec79a6c5fbe413.shtml),
# its head and first paragraphs as printed.
YUANLING = """2025年科技局工作总结
沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2026-02-11 15:14
2025年,县科技局党组在县委、县政府的正确领导下,聚焦“四区三地一中心”建设,聚力打造更优科技创新平台、打通更多科技赋能通道、打牢更实科技兴县根基,为县域经济社会质量发展贡献了科技力量。现将一年来工作情况总结如下:
一、2025年工作情况:
(一)坚持党建引领,紧握科技创新“指南针”。把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务,始终高举习近平新时代中国特色社会主义思想伟大旗帜,深入贯彻党的二十大及二十届历次全会、习近平总书记关于湖南工作的重要讲话重要指示精神、习近平总书记关于科技创新的重要论述精神,坚决落实上级重大决策部署和工作要求,坚定拥护“两个确立”、坚决做到“两个维护”。
"""


def test_a_pages_posting_time_after_its_sites_name_and_address_dates_it(tmp_path):
    """The report stated no date: its 发布时间 followed the site's name and address on their line (沅陵县人民政府门户网站
    www.yuanling.gov.cn 发布时间:2026-02-11 15:14), and a line's fields were read only where a colon came in its first
    characters. A page's own field after a web address on its line is read as one."""
    ws = unit_workspace(tmp_path / "ws", "沅陵县科学技术局", "县科技局", "沅陵县")
    facts = distil(tmp_path, ws, YUANLING, "report.txt")
    assert facts.source.date == "2026-02-11", facts.source.date
    assert facts.source.period == 2025, facts.source.period


# 溆浦县科技局's 2024年工作总结 (www.xp.gov.cn/xp/c110126/202501/c2479485b12b480c8240a31da393075b.shtml), a paragraph of its
# first part as printed.
XUPU = """2024年,溆浦县科技局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记考察湖南重要讲话和指示精神、全国科技大会、国家科学技术奖励大会、两院院士大会精神,在省市科技部门的精心指导下,在县委、县政府的坚强领导下,积极担当作为,认真履行职责,各项工作均取得了一定成效。现汇报如下:
一、2024年工作情况
(一)加强党建引领,筑牢政治忠诚担当。筑牢意识形态防线,加强意识形态建设。先后5次召开意识形态工作专题会议,2次分析研判意识形态领域情况,全年来,科技局未发生意识形态类负面舆情。在各类新闻媒体发表新闻报道87篇。
"""


def test_times_an_event_was_held_count_the_event_not_the_adverb_before_them(tmp_path):
    """先后5次召开意识形态工作专题会议 counted 先后: the verb of holding right after the measure word of times (召开) ended the
    noun phrase before it began, and the words before the figure were taken. The events held are what is counted."""
    ws = unit_workspace(tmp_path / "ws", "溆浦县科学技术局", "县科技局", "溆浦县")
    facts = distil(tmp_path, ws, XUPU, "20250115_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "5次")
    assert figure.counts == "意识形态工作专题会议", figure.counts


# 绥阳县科技局's reply to 县政协 2005 proposal 077 of 县科协 (baike.wangchao.net.cn/detail_2225090.html, a mirror of the reply), as
# printed, the mirror's head and foot left out.
SUIYANG_077 = """关于对绥阳县政协2005第077号提案的答复

县科协:

你们提出《关于科技决策咨询委员不能有名无实》的提案已收悉,感谢您们对科技工作的关心和支持,现就提案提出的有关问题答复如下:

1998年,县委、县政府紧紧抓住创建省级科技工作先进县这一契机,聘用了科技决策咨询委员,通过各位委员的共同努力,有效推进了决策的科学化,为促进县域经济发展作出了较大的贡献。近年来,由于诸多因素的影响,科技决策咨询委员未能继续发挥积极作用。为进一步加强科技工作,县委、县政府将迅速调整充实科技决策咨询委员,充分发挥科技决策咨询委员管理办公室(县科技局)的作用,聘请有关专家,完善科技决策咨询规则,并严格按规则办事,对科技方面的重大决策先交由科技决策咨询委员讨论后提出意见、建议,作为决策参考的依据。

再次感谢你们对科技工作的关心,希望以后多提宝贵意见和建议。

二OO五年八月三日
"""


def test_what_a_unit_will_do_to_further_the_work_is_a_plan_of_the_replys_year(tmp_path):
    """The reply's one paragraph, 1998年…作出了较大的贡献。…为进一步加强科技工作，县委、县政府将迅速调整充实…, was one fact done in
    1998: a sentence opening on its purpose (为进一步…，) and then what whoever it names will do (将) is a plan, of the reply's year
    (二OO五年八月三日, signed at its very end, to a collective proposer, 县科协)."""
    ws = unit_workspace(tmp_path / "ws", "绥阳县科学技术局", "县科技局", "绥阳县")
    facts = distil(tmp_path, ws, SUIYANG_077, "r077.txt")
    assert (facts.source.date, facts.source.deputy, facts.source.proposal) == ("2005-08-03", "县科协", True), facts.source
    done = next(f for f in facts.facts if f.text.startswith("1998年"))
    assert (done.kind, done.period.year) == ("done", 1998) and "将迅速调整" not in done.text, (done.kind, done.text)
    plan = next(f for f in facts.facts if "将迅速调整充实" in f.text)
    assert (plan.kind, plan.period.year) == ("plan", 2005), (plan.kind, plan.period)


# 婺城区妇联's reply to 区政协五届一次会议 proposal 170 (www.wuch.gov.cn/art/2023/1/6/art_1229188822_4051064.html), its page's fields
# (each key on a line, its value on the next) and its head as printed.
WUCHENG_170 = """• 信息索引号:

    330702000000/2023-00126

  • 文件名称:

    关于区政协五届一次会议第170号提案的答复

  • 发布机构:

    大数据发展中心

  • 成文日期:

    2023-01-06

  • 公开方式:

    主动公开

  • 关于区政协五届一次会议第170号提案的答复

    日期:2023-01-06 16:24:47 来源:区妇联 浏览量:

    罗良庆委员:

    您在区政协五届一次会议提出的《关于“积极落实<家庭教育促进法>,全面助力优学婺城幸福城建设”》的提案收悉,现答复如下:

    对于您提出的“着力解决‘谁来领导’问题”的建议。《中华人民共和国家庭教育促进法》第六条规定:各级人民政府指导家庭教育工作,建立健全家庭学校社会协同育人机制。县级以上人民政府负责妇女儿童工作的机构,组织、协调、指导、督促有关部门做好家庭教育工作。教育行政部门、妇女联合会统筹协调社会资源,协同推进覆盖城乡的家庭教育指导服务体系建设,并按照职责分工承担家庭教育工作的日常事务。
"""


def test_a_pages_field_whose_value_is_on_the_next_line_is_that_field_not_the_writer(tmp_path):
    """The reply's issuer was 大数据发展中心, the site's 发布机构 printed on the line under its key, taken for a unit's line of
    its own (a letterhead or signature's); the page's 来源:区妇联 named the writer. A key alone on its line takes the next line
    as its value, and a page field's value is no unit's line."""
    ws = unit_workspace(tmp_path / "ws", "金华市婺城区妇女联合会", "区妇联", "婺城区")
    facts = distil(tmp_path, ws, WUCHENG_170, "r170.txt")
    assert facts.source.issuer == "婺城区妇联", facts.source.issuer
    assert (facts.source.date, facts.source.suggestion_number) == ("2023-01-06", "170"), facts.source


# 洪江市科学技术局's 2025 year report on a mirror in traditional characters (www.rvvfe.com/hjs/c123698/202511/
# 37c985e24b504e9b9f00d352d88ccd4a.shtml), its head and first item as printed.
HONGJIANG = """發布時間:2025-11-26 16:42 信息來源:洪江市科學技術局
2025年,我局在市委、市政府的正確領導和上級科技部門的關心支持下,深入貫徹落實黨的二十大、二十屆三中全會精神,緊緊圍繞全市經濟社會發展大局,以科技創新引領高質量發展為主線,扎實推進科技創新服務,各項工作取得顯著成效。現將主要工作情況總結如下:
一、2025年及“十四五”規劃工作回顧
(一)2025年科技工作回顧
1、加強科技宣傳和普及,營造科技創新良好環境。一是抓科技宣傳。充分利用“科技三下鄉”“3·15科研誠信宣傳”“5·12科技防災減災宣傳日”等開展系列科普宣傳活動10余次,尤其是高標準承辦2025年湖南省“科技瀟湘行(洪江市)”活動,組織全省醫療、教育、農業、工業四大領域的130多名頂尖的專家學者開展了形式多樣、內容豐富的科技服務活動150場次,發放《中華人民共和國科學技術普及法》《科技惠企政策》《節氣養生科普知識讀本》等資料3.5萬余份,覆蓋企業200余家、群眾5.5萬余人。
"""


def test_persons_after_a_word_said_of_them_and_its_de_are_those_counted(tmp_path):
    """130多名頂尖的專家學者 counted 顶尖: a two-character word before 的 was taken for the owner of what follows (as 学生 of
    2000名学生的标准化学校); after a measure word of persons, a noun of persons after 的 is what is counted."""
    ws = unit_workspace(tmp_path / "ws", "洪江市科学技术局", "市科技局", "洪江市")
    facts = distil(tmp_path, ws, HONGJIANG, "report.txt")
    assert (facts.source.date, facts.source.issuer) == ("2025-11-26", "洪江市科学技术局"), facts.source
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "130多名")
    assert figure.counts == "专家学者", figure.counts


# 罗湖区机关事务管理局's plan for 2024 on a mirror of its page (zuizhijiaoyu.com/szzt2010/wgkzl/jggk/lsqkgk/content/
# post_11263869.html), its lead and first two sections as printed.
LUOHU = """2024年,我局将深入学习贯彻党的二十大精神和习近平总书记关于机关事务工作的重要指示精神。深刻领会“两个重大”职能定位,准确把握机关事务工作新形势。聚焦“两个更好服务”目标方向,以绣花功夫把各项机关事务做扎实做到位,推动机关后勤工作高质量发展,更好的服务全区发展大局。
(一)进一步深化办公用房管理。一是按照“统一部署、分步办理、先易后难”的原则,积极推进我区党政机关办公用房及附属物业统一确权登记工作。二是进一步完善办公用房信息管理系统建设,确保数据精准、管理规范、操作便捷。
(二)进一步规范公务用车管理。一是严格贯彻落实《党政机关公务用车管理办法》等法规制度,加强公务用车集中统一、分类分级管理,杜绝超标准配备、违规处置公车现象;二是完善公务用车的全生命周期闭环管理体系,加强对各部门公务用车编制、指标、运行、处置全流程信息化管理,强化用车监管能效。
"""


def test_the_items_under_a_lead_opening_on_what_its_year_will_see_are_plans(tmp_path):
    """The items of the plan (（一）进一步深化办公用房管理。一是…积极推进…确权登记工作。) were read as work done in 2024: its lead said
    what the year would see in its first sentence (2024年，我局将深入学习贯彻…) and how in the next ones, while only a lead's last
    sentence was read for a plan announced. A lead opening on its year and what will be done then, saying nothing done, announces
    the items under it as plans."""
    ws = unit_workspace(tmp_path / "ws", "深圳市罗湖区机关事务管理局", "区机关事务局", "罗湖区")
    facts = distil(tmp_path, ws, LUOHU, "2024-01-20_plan.txt")
    items = [f for f in facts.facts if f.section]
    assert len(items) == 4 and all(f.kind == "plan" and f.period.year == 2024 for f in items), [
        (f.kind, f.period.year, f.text[:12]) for f in items]


# 乐东黎族自治县机关事务服务中心's entry in a yearbook's pages (www.sznianjian.com/show.php?mlid=53327), as printed; the page states no
# date, its file is named by the day it was saved.
LEDONG = """【后勤管理】 2021年,乐东黎族自治县机关事务服务中心加强司机和车辆管理。组织司机参加交通法规、汽车维修、驾驶技术培训,提高服务水准;公务用车坚持执行“不在外过夜”制度,做到公务用车在办完公务后没有特殊情况下,回到固定停车点停放;公务用车实行单车核算制,定期检查公务用车的车况,确保用车安全;公务用车严格实行“一车一卡”制,严格派车和油料管理。抓好综合管理。一是加强对集中办公区管理,营造良好办公、人居生活环境;二是精心策划,合理布置,圆满完成各种工作会议;三是对县委大院、县政府绿园小区宿舍及管理的办公大楼进行卫生与内务整治;四是加强进入车辆管理,保证办公区的正常办公秩序。
(凌士颖)
"""


def test_the_items_under_a_lead_stating_its_year_are_of_that_year(tmp_path):
    """The entry's items (一是加强对集中办公区管理…；…四是加强进入车辆管理…) were of 2022, the year its file was saved, while the
    paragraph they end opens on 2021年，…: items of work under a lead stating its year, saying none of their own, are that
    year's (as a plan's items under its lead's year are)."""
    ws = unit_workspace(tmp_path / "ws", "乐东黎族自治县机关事务服务中心", "县机关事务服务中心", "乐东黎族自治县")
    facts = distil(tmp_path, ws, LEDONG, "2022-06-01_yearbook.txt")
    items = [f for f in facts.facts if f.text[:2] in ("一是", "二是", "三是", "四是")]
    assert len(items) == 4 and all(f.period.year == 2021 for f in items), [(f.period, f.text[:6]) for f in items]


def test_a_yearbook_entrys_bracketed_label_heads_it_and_is_no_words_of_it(tmp_path):
    """The entry's label, 【后勤管理】, opened its first fact's text — a draft quoting it would print a bracketed mark as drafter's
    own placeholders are — and hid the unit that opens the statement after it: a bracketed label (no colon) opening a paragraph
    is the heading of what follows."""
    ws = unit_workspace(tmp_path / "ws", "乐东黎族自治县机关事务服务中心", "县机关事务服务中心", "乐东黎族自治县")
    facts = distil(tmp_path, ws, LEDONG, "2022-06-01_yearbook.txt")
    first = facts.facts[0]
    assert first.text.startswith("2021年，乐东黎族自治县机关事务服务中心") and first.section == ["后勤管理"], (first.text[:12], first.section)


def test_the_items_under_a_news_items_lead_on_its_own_bureaus_work_are_that_work(tmp_path):
    """The entry's four items (一是加强对集中办公区管理…；…四是加强进入车辆管理…) were context, the lead before them telling of the
    bureau's work (2021年，…中心加强司机和车辆管理。…抓好综合管理。) and they, without a subject of their own, of nobody's: the items
    under a lead on the news item's own bureau's work are that work."""
    ws = unit_workspace(tmp_path / "ws", "乐东黎族自治县机关事务服务中心", "县机关事务服务中心", "乐东黎族自治县")
    facts = distil(tmp_path, ws, LEDONG, "2022-06-01_yearbook.txt")
    items = [f for f in facts.facts if f.text[:2] in ("一是", "二是", "三是", "四是")]
    assert len(items) == 4 and all(f.kind == "done" for f in items), [(f.kind, f.text[:6]) for f in items]


# 揭阳市政务服务和数据管理局's 2024年工作总结和2025年工作安排 (www.jieyang.gov.cn/jyzsj/gkmlpt/content/0/915/post_915443.html), its
# page's fields and opening paragraph as printed.
JIEYANG = """揭阳市政务服务和数据管理局政府信息公开

索引号: 11445200076745332J/2025-00007 分类: 综合政务、其他
发布机构: 揭阳市政务服务和数据管理局 成文日期: 2025-01-21
名称: 揭阳市政务和数据局2024年工作总结和2025年工作安排
文号: 发布日期: 2025-01-24

揭阳市政务和数据局2024年工作总结和2025年工作安排

       2024年,我局按照市委市政府的决策部署和省局“全省一盘棋”的思路,深入贯彻落实省委、市委实施“百千万工程”促进城乡区域协调发展的部署和工作要求,努力提升政务服务,推进数字政府建设,推进数据共享和网络安全,夯实信息基础支撑,持续优化营商环境。7月,在“第八届12345政务服务便民热线大会暨新质赋能12345热线助力营商环境高质量发展大会”对全国349个城市便民服务热线的监测中,揭阳市12345热线的运行服务质量位列全国地级市第10位,获评“为民惠企服务引领典范”“管理创新典范”,我市案例《数智赋能 破解难题》入选《2024年12345政务服务便民热线典范案例选编》(共10个案例)。同月,我局在2023年度平安揭阳建设考核中被评定为优秀等次。8月,我市在“粤盾-2024”省数字政府网络安全攻防演练中全省排名第7。9月,我局在参加市“先锋杯”工作创新大赛中的作品《践行为民初心 服务民生实事》获得服务增效项目二等奖。
"""


def test_a_name_too_long_to_keep_whole_is_never_cut_inside_a_name_it_quotes(tmp_path):
    """排名第7 counted 4”省数字政府网络安全攻防演练中全省排名: the clause before it, too long to keep, was cut to its last characters,
    inside the drill's quoted name (“粤盾-2024”); a cut landing inside a quoted name goes on past its closing mark."""
    ws = unit_workspace(tmp_path / "ws", "揭阳市政务服务和数据管理局", "市政务和数据局", "揭阳市")
    facts = distil(tmp_path, ws, JIEYANG, "report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "第7")
    assert figure.counts == "省数字政府网络安全攻防演练中全省排名", figure.counts


def test_a_figure_takes_no_year_from_a_yearly_thing_named_before_it(tmp_path):
    """排名第7, in August of the report's year, was dated 2023: the sentence before it named 2023年度平安揭阳建设考核, a yearly
    assessment's year, which the statement's own period never takes; nor does a figure after it."""
    ws = unit_workspace(tmp_path / "ws", "揭阳市政务服务和数据管理局", "市政务和数据局", "揭阳市")
    facts = distil(tmp_path, ws, JIEYANG, "report.txt")
    fact = next(f for f in facts.facts for g in f.figures if g.raw == "第7")
    figure = next(g for g in fact.figures if g.raw == "第7")
    assert (figure.year or fact.period.year) == 2024, (figure.year, fact.period)


# 龙岗区政务服务和数据管理局's 2023年工作总结及2024年工作计划 (www.lg.gov.cn/xxgk/zwgk/ghjh/ndgzjhjzj/qzfgzbm/content/
# post_11423779.html), its head and opening as printed; the page's date is not in the excerpt, its file is named by a day.
LONGGANG = """当前位置: 首页 > 信息公开 > 规划计划 > 年度工作计划及总结 > 区政府工作部门

深圳市龙岗区政务服务和数据管理局2023年工作总结及2024年工作计划

  2023年以来,龙岗区政务服务和数据管理局紧紧围绕区委区政府中心工作,坚持问题导向,立足实战需求,抓改革、谋创新、转作风、优服务,龙岗政务服务数据管理事业取得显著成效。

  一、2023年工作总结

  (一)着力减流程优服务,政务服务改革形成新亮点。优化推广“一杯咖啡办成事”服务模式,整体办理时限压缩46.6%,该模式入选“全国政务服务效能提升典型经验案例”。推出“秒批”事项86个,办理业务115万余笔,审批时限压减77.78%。
"""


def test_a_report_titled_with_a_unit_of_a_long_name_is_that_units(tmp_path):
    """The report named no issuer though its title opens on its unit, 深圳市龙岗区政务服务和数据管理局2023年工作总结…: a unit's name
    was read with at most eight characters between its place and its organ's word (政务服务和数据管理 holds nine)."""
    ws = unit_workspace(tmp_path / "ws", "深圳市龙岗区政务服务和数据管理局", "区政务和数据局", "龙岗区")
    facts = distil(tmp_path, ws, LONGGANG, "2024-02-05_report.txt")
    assert facts.source.issuer == "深圳市龙岗区政务服务和数据管理局", facts.source.issuer


# 庐山市残疾人联合会's 2024年工作总结和2025年工作计划 (www.lushan.gov.cn/bmxzxxgk/bumeng/cjrlhh/xxgk_195934/fdzdgknr_195937/
# zxhjg_195948/gzbg_195949/202412/t20241231_6815805.html), its head and opening as printed.
LUSHAN = """信息类别: 工作报告 公开方式: 主动公开 生成日期: 2025-01-01 公开时限: 常年公开 公开范围: 面向全社会

庐山市残疾人联合会2024年工作总结和2025年工作计划

发布日期: 2025-01-01 09:20

2024年,是新中国成立75周年,也是新时代残疾人事业高质量发展的关键一年。这一年,我会以习近平新时代中国特色社会主义思想为指导,全面系统深入学习党的二十大和二十届二中、三中全会精神,深入贯彻落实习近平总书记考察江西的重要讲话和重要指示精神及习近平总书记关于保障残疾人合法权益的重要论述,紧扣省市残联目标任务和市委、市政府工作大局,围绕全市残疾人中心工作,主动作为、奋力争先,整体工作亮点纷呈、富有成效,为实现庐山全面进位赶超、推动残疾人事业高质量发展发挥了积极的作用。

一、2024年工作总结

(一)强化思想根基,筑牢党员干部使命担当

1.开展党纪学习教育。教育引导机关全体党员干部学纪、知纪、明纪、守纪,涵养克己奉公的精神境界,树立敬畏法纪的规矩意识,永葆清正廉洁的政治本色,确保党纪学习教育走深走实。结合单位实际,一是制定了残联机关党支部党纪学习教育计划;二是积极组织购买《中国共产党纪律处分条例》,做到全体党员人手一册;三是党组书记和组织书记讲党纪专题党课2次;四是建立了支部党纪学习教育检视问题整改台账,查摆问题16个,目前全部整改到位。
"""


def test_a_peoples_organisation_opening_a_reports_title_is_its_issuer(tmp_path):
    """The report named no issuer though its title opens on its writer, 庐山市残疾人联合会2024年工作总结…: a unit's name ended only
    on a government organ's word (局, 委员会, 办公室…), never on a people's organisation's (联合会)."""
    ws = unit_workspace(tmp_path / "ws", "庐山市残疾人联合会", "市残联", "庐山市")
    facts = distil(tmp_path, ws, LUSHAN, "report.txt")
    assert (facts.source.issuer, facts.source.date) == ("庐山市残疾人联合会", "2025-01-01"), facts.source


def test_a_first_item_after_a_short_clause_framing_the_work_is_an_item(tmp_path):
    """结合单位实际，一是制定了残联机关党支部党纪学习教育计划；二是… kept its first item in the lead before it, a lead read as
    context: items were read only from an 一是 opening a sentence. An 一是 after a short clause framing the work, its 二是 to come,
    opens the items."""
    ws = unit_workspace(tmp_path / "ws", "庐山市残疾人联合会", "市残联", "庐山市")
    facts = distil(tmp_path, ws, LUSHAN, "report.txt")
    first = next(f for f in facts.facts if "制定了残联机关党支部党纪学习教育计划" in f.text)
    assert first.text.startswith("一是") and first.kind == "done", (first.kind, first.text[:20])


# 永兴县妇联's 2011-2015 summary on 郴州市妇女联合会's site (www.czsfnlhh.com/jyjl/2731.html), its head and opening as printed.
YONGXING = """欢迎您访问郴州市妇女联合会网站!
您的位置:  首页 > 经验交流 > 正文
永兴县妇联2011-2015工作总结及今后五年工作思路
发布时间:2019-11-25 16:05   作者:管理员   来源:

永兴县妇女联合会是行政性质的群团组织单位,现有在职工作人员5人,领导班子成员3人(其中:主席1人,副主席1人,纪检组长1人),办公地点设在县委综合办公楼二楼。2011至2015年以来,县妇联抢抓党建带妇建等有利契机,积极争取党委政府及各方支持,不断完善和加强妇联基层组织建设。截止2015年底,全县妇联系统共有乡镇妇联干部15人,村妇代会主任342人,单位妇委会主任75人。
"""


def test_a_peoples_organisation_by_its_short_name_opening_a_reports_title_is_its_issuer(tmp_path):
    """The summary named no issuer though its title opens on its writer by its short name, before the span it sums up
    (永兴县妇联2011-2015工作总结…): a short name (妇联, 残联) is a unit's name whole after its place, and a title's years a span."""
    ws = unit_workspace(tmp_path / "ws", "永兴县妇女联合会", "县妇联", "永兴县")
    facts = distil(tmp_path, ws, YONGXING, "report.txt")
    assert (facts.source.issuer, facts.source.date) == ("永兴县妇联", "2019-11-25"), facts.source


# An article on 梧州's ports in 珠江水运 2019年8期, on a mirror in traditional characters (m.zgkjsz.com/page/2019/0526/5149799.shtml),
# its head and a paragraph as printed; read in 梧州市交通运输局's workspace.
WUZHOU = """梧州的“水運藍圖”

2019-05-26 14:29張奕
珠江水運 2019年8期
關鍵詞:梧州市西江梧州

梧州港口航運發展勢頭強勁

梧州港是國家28個內河主要港口之一,是西江重要的貨物“中轉港”。梧州港包含梧州中心港區、藤縣港區、蒼梧港區三個部分。近年來,梧州市重點加快梧州中心港赤水圩作業區碼頭、李家莊碼頭、紫金村碼頭、中儲糧碼頭、大利口碼頭等5大碼頭建設。2008年以來,全市西江黃金水道建設累計完成投資65.2億元,建成生產性泊位81個,其中3000噸級泊位6個,2000噸級泊位10個,1000噸級泊位21個,港口貨物實際吞吐能力達5700萬噸,集裝箱吞吐能力達到130萬標準箱。
"""


def test_a_measure_before_ji_is_a_grade_of_what_follows_not_an_amount(tmp_path):
    """其中3000噸級泊位6個 read 3000吨 as an amount of tonnes (counting 级泊位) and 6个 as 生产性泊位: a number and its unit right
    before 级 is the grade of what follows (3000吨级泊位), no figure; the berths of that grade are what 6个 counts."""
    ws = unit_workspace(tmp_path / "ws", "梧州市交通运输局", "市交通运输局", "梧州市")
    facts = distil(tmp_path, ws, WUZHOU, "article.txt")
    figures = [(g.raw, g.counts) for f in facts.facts for g in f.figures]
    assert not any(raw.endswith("吨") and raw[:-1].isdigit() for raw, _ in figures), figures
    assert ("6个", "3000吨级泊位") in figures, figures


# 清远市政务服务和数据管理局's 2024 report (www.gdqy.gov.cn/gdqy/newxxgk/ghjh/jhzj/content/post_1990911.html), its opening and an
# item as printed; the page's date is not in the excerpt, its file is named by a day.
QINGYUAN = """2024年,在市委、市政府的正确领导下,市政务和数据局坚持以习近平新时代中国特色社会主义思想为指导,以机构改革为契机,持续在不断夯实统一数字基础底座、全面深化政务服务一网通办、政府治理一网统管、政府运行一网协同、数据资源一网共享上发力,为我市经济社会高质量发展提供有力支撑,成效明显。
一、2024年工作情况
(二)数字赋能“百千万工程”高质量发展。
一是优化完善“百千万工程”信息综合平台功能,提升平台综合支撑能力。组建平台运营运维团队,初步建立了平台运营体系,组织多次培训和实战调度会议,有效提升相关人员的操作能力和实战水平。建立健全数据填报工作通报制度,截至2024年底,全市数据填报完成进度99.6%,排名全省前列。
"""


def test_a_progress_of_work_done_names_the_work_not_progress_alone(tmp_path):
    """全市数据填报完成进度99.6% counted 进度: 完成 was read as the verb before what is counted, while 完成进度 is the measure's own
    noun (as 覆盖率 is); the work whose progress it is is counted, 数据填报完成进度."""
    ws = unit_workspace(tmp_path / "ws", "清远市政务服务和数据管理局", "市政务和数据局", "清远市")
    facts = distil(tmp_path, ws, QINGYUAN, "2025-02-10_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "99.6%")
    assert figure.counts == "数据填报完成进度", figure.counts


def test_what_was_launched_is_counted_without_the_verb(tmp_path):
    """推出“秒批”事项86个 counted 推出“秒批”事项, the verb kept: 推出 opens what is counted after it, as 出台 and 发布 do."""
    ws = unit_workspace(tmp_path / "ws", "深圳市龙岗区政务服务和数据管理局", "区政务和数据局", "龙岗区")
    facts = distil(tmp_path, ws, LONGGANG, "2024-02-05_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "86个")
    assert figure.counts == "“秒批”事项", figure.counts


# 南昌县残联's news of 2024-05-17 on 南昌市残疾人联合会's site (ncsdpf.org.cn/home/article/index/id/14754.html), as printed.
NANCHANG = """2024-05-17 1181 来源:南昌县残联
5月15日上午,南昌县政协副主席黄炳锋一行20余人,赴残联调研残疾人工作,县残联党组书记、理事长涂义平及班子成员陪同。
调研组先后深入南昌县星智康复健康管理有限公司、象湖残疾人托养中心考察,详细了解残疾人康复托养、就业、残疾儿童康复救助等情况,看望慰问残友和残疾人工作者并召开座谈会听取残疾人工作汇报。黄炳锋对近年县残障群体关爱保障情况给予肯定,并对县残疾人事业发展寄予厚望。
下一步,南昌县残联将加强党建引领,不断完善社会保障制度和服务体系建设,在强保障、促康复、稳就业等方面持续发力,切实解决残疾人的实际困难和需求,广泛动员各方力量支持残疾人事业,着力营造关心关爱残障群体的良好社会氛围。
Copyright © 南昌市残疾人联合会 版权所有 地址:红谷滩新区丽景路869号 联系电话:86808728
电子信箱:nccl@nc.gov.cn 赣ICP备09009328号 技术支持:江西广电风尚科技有限公司
"""


def test_a_visit_of_the_cppcc_named_with_its_place_and_the_part_of_the_day_is_no_work(tmp_path):
    """5月15日上午，南昌县政协副主席黄炳锋一行20余人，赴残联调研残疾人工作 was the 残联's work done (20余人 a result): a visiting group
    was known by a day without its part of the day and an assembly with at most its level word before it (县政协); one named
    with its place after the morning of a day is a visit too, the bureau's supervision, never its work."""
    ws = unit_workspace(tmp_path / "ws", "南昌县残疾人联合会", "县残联", "南昌县")
    facts = distil(tmp_path, ws, NANCHANG, "news.txt")
    visit = next(f for f in facts.facts if "一行20余人" in f.text)
    assert visit.kind == "context", visit.kind
    assert not any("丽景路" in f.text or "技术支持" in f.text for f in facts.facts)


def test_work_told_before_a_short_sentence_heading_the_items_is_a_statement_of_its_own(tmp_path):
    """The entry's 2021年，…中心加强司机和车辆管理。组织司机参加交通法规…培训…；…严格派车和油料管理。 was part of the lead of the
    items after 抓好综合管理。, and a lead without figures is context: work told before a lead's last, short sentence naming the
    items' matter is a statement of its own, the bureau's work done."""
    ws = unit_workspace(tmp_path / "ws", "乐东黎族自治县机关事务服务中心", "县机关事务服务中心", "乐东黎族自治县")
    facts = distil(tmp_path, ws, LEDONG, "2022-06-01_yearbook.txt")
    first = next(f for f in facts.facts if "组织司机参加交通法规" in f.text)
    assert (first.kind, first.period.year) == ("done", 2021) and "抓好综合管理" not in first.text, (first.kind, first.text[-12:])


# A county 信访局's 2023年上半年工作总结及下半年工作计划, its county's name left out, on a writing site (kuaisuzugao.com/40191.html),
# a paragraph as printed.
XINFANG = """县信访局2023年上半年工作总结及下半年工作计划
一、2023年上半年工作总结
(一)聚焦党建引领,强化高位推动
一是建立健全工作机制。完善落实领导干部接访下访和阅批群众来信工作制度,今年以来共设县级领导接待日113天次,接待信访群众848批1277人次,县党政主要领导共阅批群众信件2261件次。
"""


def test_jianci_is_a_unit_of_its_own(tmp_path):
    """阅批群众信件2261件次 was read as 2261件, its 次 left over, and 接待日113天次 as 113天: 件次 (petitions times handled) and 天次
    are units of their own, as 人次 is."""
    ws = unit_workspace(tmp_path / "ws", "某县信访局", "县信访局", "某县")
    facts = distil(tmp_path, ws, XINFANG, "2023-07-10_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw.startswith("2261"))
    assert (figure.raw, figure.unit, figure.counts) == ("2261件次", "件次", "阅批群众信件"), (figure.raw, figure.unit, figure.counts)
    assert any(g.raw == "113天次" for f in facts.facts for g in f.figures), [g.raw for f in facts.facts for g in f.figures]


def test_a_time_limit_of_handling_names_the_handling(tmp_path):
    """整体办理时限压缩46.6% counted 时限压缩: 办理 was read as the verb before what is counted, while 办理时限 is the measure's own
    noun (as 完成进度 is); the whole handling time limit is what changed."""
    ws = unit_workspace(tmp_path / "ws", "深圳市龙岗区政务服务和数据管理局", "区政务和数据局", "龙岗区")
    facts = distil(tmp_path, ws, LONGGANG, "2024-02-05_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "46.6%")
    assert figure.counts.startswith("整体办理时限"), figure.counts


def test_what_a_laws_article_provides_is_no_work_done(tmp_path):
    """The reply's 对于您提出的…的建议。《中华人民共和国家庭教育促进法》第六条规定：各级人民政府指导家庭教育工作…妇女联合会统筹协调
    社会资源… was the 妇联's work done in 2023: what a law's article provides, after the ask it answers, is the rule, no work."""
    ws = unit_workspace(tmp_path / "ws", "金华市婺城区妇女联合会", "区妇联", "婺城区")
    facts = distil(tmp_path, ws, WUCHENG_170, "r170.txt")
    law = next(f for f in facts.facts if "第六条规定" in f.text)
    assert law.kind == "context", law.kind


# 曲靖市人民政府's reply to proposal 101 of 姚安敏 on a mirror in traditional characters (funtoysdeals.com/html/2023/zxta_0927/
# 265470.html), its head and first paragraph as printed.
QUJING_101 = """姚安敏委員:
你提出的《關于建議曲靖弱勢群體就業安置的提案》(第101號),交由曲靖市人民政府辦理,經認真研究,現答復如下:
市委、市政府歷來高度重視弱勢群體就業安置工作,認真貫徹落實習近平總書記關于殘疾人事業的重要指示批示精神和黨中央、國務院決策部署,全面落實省委、省政府工作要求,扎實有效推進各項殘疾人工作,全市殘疾人事業取得顯著成就。
"""


def test_the_unit_an_item_was_handed_to_is_the_replys_issuer(tmp_path):
    """The reply named no issuer though it says whom the proposal was handed to (…（第101号），交由曲靖市人民政府办理，经认真研究，
    现答复如下): that unit is the one answering."""
    ws = unit_workspace(tmp_path / "ws", "曲靖市残疾人联合会", "市残联", "曲靖市")
    facts = distil(tmp_path, ws, QUJING_101, "r101.txt")
    assert (facts.source.issuer, facts.source.deputy, facts.source.suggestion_number) == ("曲靖市人民政府", "姚安敏", "101"), facts.source
