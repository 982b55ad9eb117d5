"""General reading rules found on held-out round 70 (pages of bureaus the earlier rounds did not hold, read by the testers as
clerks of 宁波市农业农村局, 马关县交通运输局, 惠州市教育局 and 石林彝族自治县卫生健康局).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import LUFU_25, SHILIN_37, distil, unit_workspace

# 宁波市农业农村局's 宁波高水平建设农业强市“1135”行动2025年工作要点 (nyncj.ningbo.gov.cn/art/2025/3/4/art_1229058307_4601252.html),
# its head and first paragraphs as printed.
NINGBO_2025 = """• 计划总结
  • 文字:
    保护视力色:
    宁波高水平建设农业强市“1135”行动2025年工作要点
  • 阅读:
  • 时间:2025-03-04 08:55
  • 来源:市农业农村局
  • 2025年是“十四五”规划收官之年、“十五五”规划谋篇布局之年,也是进一步全面深化改革的重要之年。做好全市“三农”工作,要坚定不移以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十届三中全会精神,聚焦“一个首要任务、三个主攻方向、两个根本”和“三个新”“三个化”要求,重点实施“1135”行动,坚持城乡融合发展,推进乡村全面振兴,高水平建设农业强市,持续深化“五彩农业”“四美乡村”建设,加快农业农村现代化,为奋力争创共同富裕和中国式现代化示范引领的市域样板提供有力支撑。

    二、锚定1个目标。紧扣高水平建设农业强市目标,推动各项工作指标全省争先进位,力争全市农林牧渔业总产值增长3.5%以上,和美乡村覆盖率达到65%,农村居民人均可支配收入达到5.4万元以上,城乡居民收入倍差缩小到1.61。打造一批标志性成果,即打造10个以上“宁波农业公园”,构建“十链百亿”农产品精深加工体系,推动建成10个以上数字农业工厂,探索形成10个农事服务联盟,全面建成10条美丽乡村风景线,建成10个以上和美乡村运营样板村,建设10个以上农业农村重大项目。
"""


def test_a_verb_aiming_at_the_whole_city_names_no_place(tmp_path):
    """The plan was read as 力争市's, its issuer 力争市农业农村局, all its facts another place's: 力争全市农林牧渔业总产值增长… was
    taken for a place named before 全 and its level (巴南全区), 力争 said again inside 奋力争创. A verb of aiming or reaching over a
    whole scope (力争, 确保, 动员, 覆盖…) before 全市 names no place; the page is its bureau's, of 宁波市."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    source = distil(tmp_path, ws, NINGBO_2025, "yaodian.txt").source
    assert (source.jurisdiction, source.issuer) == ("宁波市", "宁波市农业农村局"), source




def test_a_statement_is_of_its_latest_work_not_the_first_years_it_names(tmp_path):
    """The reply of 2020-11 dated its account 2005–2006, the years first named (石林县2005-2006年期间对全县村卫生室进行了建设), so
    the draft aged it out, though it goes on to what has been done since (2017年健康扶贫工作开展以来…整治、重建、改造): a statement
    naming several times is of the latest work it names, 2017 to the reply's year."""
    ws = unit_workspace(tmp_path / "ws", "石林彝族自治县卫生健康局", "县卫生健康局", "石林县")
    fact = next(f for f in distil(tmp_path, ws, SHILIN_37, "r37.txt").facts if "2005-2006" in f.text)
    assert (fact.period.year, fact.period.until) == (2017, 2020), fact.period


# 宁波市农业农村局's 简报 甬简040 第1期 (nyncj.ningbo.gov.cn/art/2025/1/26/art_1229058377_58992261.html), its head and first item
# as printed.
NINGBO_BULLETIN = """甬简040
第1期
宁波市农业农村局 2025年1月22日
本期目录
【要情聚焦】
●我市以规范涉企行政执法推动营商环境持续优化
●我市农产品质量安全总体状况稳中向好
◎要情聚焦
●我市以规范涉企行政执法推动营商环境持续优化。2024年,我市聚焦涉农企业健康发展,全面规范涉企行政执法行为,切实减轻企业负担,助力营商环境持续优化。一是执法程序规范化。全面推行包容审慎监管模式,实行“证码双亮”、首违不罚、两轻一免等制度,探索建立长三角农业农村领域行政处罚信息数据共享机制,统一区域内13项违法行为的行政处罚标准,形成不予处罚清单,确保执法规范、裁量公正、处罚公平。2024年,累计办理包容审慎案件412起、不予处罚183起,包容审慎率高达73.57%。二是检查方式精准化。推行非现场监管执法模式,加强智能监管平台、高清摄像监控、卫星遥感等技术综合应用。2024年,双随机检查事项实现100%覆盖,全领域涉企检查频次缩减60%。三是执法服务增值化。延伸执法服务触角,积极使用约谈提醒、合规建议、“预约式”指导服务、信用修复告知等柔性监管形式,共服务企业447家次,解决经营问题183个,信用修复告知92次。
"""


def test_an_items_figures_before_any_year_it_names_are_of_its_leads_year(tmp_path):
    """Under 2024年,我市聚焦…, the items were of 2024 but their figures before any year they name (统一区域内13项…, and all of 三是's:
    共服务企业447家次) were marked 2025 by the bulletin's date (2025年1月22日): such a figure is of the year its lead states."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    facts = distil(tmp_path, ws, NINGBO_BULLETIN, "jianbao.txt").facts
    years = {g.raw: g.year or f.period.year for f in facts for g in f.figures}
    assert (years["13项"], years["412起"], years["447家次"], years["92次"]) == (2024,) * 4, years


def test_a_name_opening_on_a_function_character_is_kept_whole(tmp_path):
    """和美乡村覆盖率达到65% counted 美乡村覆盖率 and 建成10个以上和美乡村运营样板村 the 农事服务联盟 before it: the 和 of 和美乡村 was
    read as a conjunction, cut from the name and ending the thing counted. A word opening on a function character (和美, 和谐, 与会,
    在线…) is no function character."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    counts = [(g.raw, g.counts) for f in distil(tmp_path, ws, NINGBO_2025, "yaodian.txt").facts for g in f.figures]
    assert ("65%", "和美乡村覆盖率") in counts and ("10个以上", "和美乡村运营样板村") in counts, counts


# 惠州市教育局's reply to 市政协十二届二次会议 proposal 20180121 (hz.gov.cn's 惠市教案〔2018〕78号, on the mirror familybold.com/…/
# jytaxxgk/content/post_148121.html), its head and first paragraphs as printed (the mirror's 开云(中国) for 关于 kept).
HUIZHOU_2018 = """惠市教案〔2018〕78号
对惠州市政协十二届二次会议
第20180121号提案的答复
刘远程委员:
您领衔提出的《开云(中国)完善自闭症儿童全纳教育支持体系的建议》收悉,现答复如下:
首先衷心感谢您对惠州教育的关心和支持!
我市有7所特殊教育学校,其中6所公办学校、1所民办学校(自闭症康复教育学校),实现了全市7个县(区)特殊教育学校(30万人口以下的可设特教班)100%全覆盖。残疾儿童少年在校生数共2465人,其中,在特殊教育学校就读的872人,在普通学校随班就读、附设特教班就读或送教上门的1593人。2016年我市适龄特殊儿童少年(三类)入学率远高于省定指标90%,达到98.49%;2017年适龄残疾儿童少年(三类)入学率达到100%。
"""


def test_a_population_classing_a_school_and_a_standard_passed_are_no_results(tmp_path):
    """30万人口以下的可设特教班 (a remark on which counties need a school) was a count of 30万人, of 口以下的可设特教班; and the
    省定指标90% the city's rate passed was filed as the city's own, its 98.49% named 入学率远高于省定指标. 人口 is a unit (a
    population: here a size classing what follows, no figure), and a value after a standard passed (高于…指标) is the standard's:
    no figure; the value after it names what passed."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    counts = [(g.raw, g.counts) for f in distil(tmp_path, ws, HUIZHOU_2018, "p0121.txt").facts for g in f.figures]
    assert not [c for c in counts if c[0] in ("30万人", "90%")], counts
    assert ("98.49%", "适龄特殊儿童少年（三类）入学率") in counts and ("100%", None) in counts, counts


# 宁波市农业农村局's 2024年7月 work list, on a mirror in traditional characters with each character's reading in brackets
# (gywsjdxxw.com/art/2024/7/31/art_1229058309_58991068.html), two items as printed.
NINGBO_2024_07 = """3.印發(fā)《寧波市漁業(yè)防臺工作手冊》,扎實做好3號臺風(fēng)“格美”防御工作;實施海洋捕撈漁船救生筏配備項目,為10人以上漁船增配氣脹式自扶正救生筏341只,做好我市1600艘特許捕撈漁船8月1日開捕前各項準(zhǔn)備工作。
4.指導(dǎo)北侖區(qū)做好四合村第二輪土地承包到期后再延長三十年的承包合同簽訂。
"""


def test_boats_and_rafts_are_counted_and_a_long_name_is_cut_after_a_verb(tmp_path):
    """为10人以上渔船增配…救生筏341只 read 10人以上 (the boats' size) as the count and missed 341只 and 1600艘 (只 and 艘 were no
    units); 指导北仑区做好四合村…再延长三十年, a name too long to keep whole, was cut inside 北仑区 (仑区做好…). 只 and 艘 count,
    a size before the thing counted classes it, and a name is cut after a verb with its result (做好)."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, NINGBO_2024_07, "2024-07-31_list.txt").facts for g in f.figures}
    assert "10人以上" not in counts and {"341只", "1600艘"} <= set(counts), counts
    assert counts["1600艘"] == "特许捕捞渔船" and counts["三十年"].startswith("四合村"), counts


# 宁波市农业农村局's reply to 市十五届人大五次会议 suggestion 382 (nyncj.ningbo.gov.cn/art/2020/9/11/art_1229058290_57332914.html),
# a sentence of its first section as printed.
NINGBO_382 = """一、强化政策保障。林下经济是乡村产业重要产业之一,各级党委政府都非常重视。今年6月浙江省林业局等8部门联合出台了《关于加快推进竹产业高质量发展的意见》(浙林改〔2020〕38号)文件,提出要大力发展竹林林下经济。
"""


def test_departments_acting_together_are_no_count_of_a_measure_word(tmp_path):
    """浙江省林业局等8部门联合出台了… was a figure 8部 counting 门联合: 部 before 门 is the word 部门, no measure word."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    raws = [g.raw for f in distil(tmp_path, ws, NINGBO_382, "2020-09-11_r382.txt").facts for g in f.figures]
    assert "8部" not in raws, raws


# 宁波市农业农村局's 简报 (as NINGBO_BULLETIN above): its masthead names the bureau and the date on one line.


def test_a_bulletins_masthead_names_its_issuer_and_is_no_title(tmp_path):
    """The bulletin was titled by its masthead, 宁波市农业农村局 2025年1月22日 (the page ran the two together), with no issuer,
    though the bureau is named there: a line of a unit's name and a date is the issuer and the date, as a signature is, and no
    title, nor is a column's label (【要情聚焦】) or the bullet of a headline."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    facts = distil(tmp_path, ws, NINGBO_BULLETIN, "jianbao.txt")
    source = facts.source
    assert (source.issuer, source.date) == ("宁波市农业农村局", "2025-01-22"), source
    assert source.title == "我市以规范涉企行政执法推动营商环境持续优化", source.title
    assert facts.facts[0].text.startswith("我市以规范涉企行政执法"), facts.facts[0].text  # (the bullet needs no space after it)


# 惠州日报's news on 惠州's school places (www.1183118.com/xfrx/xfdt/content/post_5534149.html, a mirror in traditional
# characters), its head as printed.
HUIZHOU_NEWS = """進入惠州市政府門戶網站首頁

首 頁 行風動態 行風公告 主題征集 行風直播 行風解答 往期回顧 聯系方式
 當前位置:
    選擇字體: 關閉
打印
“十四五”期間我市至少增加義務教育學位35.37萬個
來源:惠州日報    發布時間:2025-05-29 10:11:22   瀏覽次數:-

  近年來,惠州始終將教育擺在優先發展的戰略位置,以“辦好人民滿意的教育”為目標,全面貫徹黨的教育方針,落實“立德樹人”的根本任務。
"""


def test_a_link_to_the_sites_home_page_is_no_title(tmp_path):
    """The page was titled 进入惠州市政府门户网站首页, the portal's link to its home page over the headline: a line linking to a
    site's home page (进入…首页, 返回首页) is chrome; the headline is the title."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    source = distil(tmp_path, ws, HUIZHOU_NEWS, "news.txt").source
    assert source.title == "“十四五”期间我市至少增加义务教育学位35.37万个", source.title


# 惠州市教育局's 2020 work plan (hz.gov.cn's, on the mirror familybold.com/…/hzsjyj/qt/gzjh/content/post_3770931.html) and its news of
# the 2024 spring term's opening meeting (familybold.com/…/gzdt/content/post_5199284.html), their openings as printed.
HUIZHOU_PLAN_2020 = """2020年全市教育工作的总体要求是:以习近平新时代中国特色社会主义思想为指导,全面学习贯彻党的十九大精神、十九届二中、三中、四中全会精神和全国、全省、全市教育大会精神,贯彻落实党中央国务院和省委省政府决策,按照市委市政府开云(中国)教育工作的部署安排,坚持稳中求进工作总基调,积极回应人民群众对优质教育的关切,保障各学段学位供给,深化教育改革开放,着力抓安全、抓项目、抓效率、抓质量、抓队伍,不断提高“学有优教”发展水平,以一流教育助力一流城市建设。
一、全力做好新冠肺炎疫情防控工作
1﹒建立健全组织领导机构。按属地管理原则,落实各地、各校一把手第一责任人责任,“一校一策”,精准施策,全力做好全市教育系统新冠肺炎疫情防控工作,把疫情挡在校(园)门外。
"""
HUIZHOU_MEETING_2024 = """2月18日,全市2024年春季学期开学工作视频会议召开。会议深入学习贯彻习近平总书记开云(中国)教育的重要论述,传达上级开云(中国)2024年春季学期开学工作的有关要求,部署开学准备工作和年度重点任务。市委教育工委书记,市教育局党组书记、局长周章玉主持会议并讲话。
会议指出,春节后上班第一天,省委省政府、市委市政府就分别召开了高质量发展大会,向全社会发出了加快推动高质量发展的鲜明信号,动员广大干部群众全身心投入到高质量发展的伟大实践中。全市教育系统要积极响应高质量发展的动员令,共同谱写惠州教育高质量发展新篇章。
"""


def test_a_year_opening_on_the_whole_citys_work_or_its_meeting_dates_the_page(tmp_path):
    """The plan opening 2020年全市教育工作的总体要求是：… and the news opening 2月18日，全市2024年春季学期开学工作视频会议召开 were
    undated, their facts of no year: a year opening on the whole place's work (全市, 全县…) is the year the page covers, and a
    meeting of a year named after the place's scope dates the news by its day."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    assert distil(tmp_path, ws, HUIZHOU_PLAN_2020, "plan.txt").source.period == 2020
    assert distil(tmp_path, ws, HUIZHOU_MEETING_2024, "meeting.txt").source.date == "2024-02-18"


# 宁波日报's account of 宁波's 2022 三农 on 中国西藏网 (traditional characters, each with its pinyin in brackets; the page's URL not
# kept by the tester, its search excerpt as printed), its head and two paragraphs: 宁海县 lost to the mirror's encoding (寧??h).
NINGBO_NEWS_2022 = """中國西藏網(wǎng) > 即時新聞 > 地方

穩(wěn)進(jìn)提質(zhì) 寧波穩(wěn)住“三農(nóng)”壓艙石

發(fā)布時間:2023-01-04 16:07:00來源: 寧波日報

  2022年,寧波圍繞“打造城鄉(xiāng)幸福共富之都”主線,全面推進(jìn)鄉(xiāng)村振興,農(nóng)業(yè)農(nóng)村經(jīng)濟(jì)穩(wěn)進(jìn)提質(zhì),“三農(nóng)”壓艙石和基本盤作用得到充分發(fā)揮。

  糧食生產(chǎn)走在浙江前列,全年糧食產(chǎn)量達(dá)到14.3億斤,近十年首次突破14億斤大關(guān),糧食播種面積實(shí)現(xiàn)“七連增”,尤其是早稻生產(chǎn)實(shí)現(xiàn)歷史性突破,面積增量占全國的三分之一、全省一半,得到農(nóng)業(yè)農(nóng)村部充分肯定。寧波市寧??h成為全省唯一的全國級制種大縣,6家企業(yè)(機(jī)構(gòu))入選國家種業(yè)陣型企業(yè),占全省的40%,甬優(yōu)“1540”水稻列入國家主導(dǎo)糧油品種。

  現(xiàn)代農(nóng)業(yè)發(fā)展走在浙江前列。前三季度,寧波完成農(nóng)林牧漁業(yè)總產(chǎn)值404.1億元,同比增長4.2%,高出全省1個百分點(diǎn),預(yù)計2022年全市農(nóng)林牧漁業(yè)總產(chǎn)值581億元,增長4.6%,總量繼續(xù)保持全省第一。寧波市江北區(qū)、寧??h分別入選國家農(nóng)業(yè)現(xiàn)代化示范區(qū)和國家現(xiàn)代農(nóng)業(yè)產(chǎn)業(yè)園創(chuàng)建名單。預(yù)計2022年全市農(nóng)民人均可支配收入4.6萬元,繼續(xù)保持全國35個大中城市首位。城鄉(xiāng)居民收入比進(jìn)一步縮小,農(nóng)民收入走在全國全省前列。
"""


def test_a_clause_of_mojibake_is_dropped(tmp_path):
    """A fact read …得到农业农村部充分肯定。?h成为全省唯一的全国级制种大县，6家企业…, the mirror's 寧??h (宁海县, its characters lost)
    kept: a run of marks standing for lost characters (??, ？?h, the replacement character) is clutter, and the clause holding it
    says nothing sure; it goes, the rest of the sentence stays."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    facts = distil(tmp_path, ws, NINGBO_NEWS_2022, "news.txt").facts
    assert not [f.text for f in facts if "?" in f.text or "？" in f.text], [f.text for f in facts]
    assert any("充分肯定。6家企业（机构）入选国家种业阵型企业" in f.text for f in facts), [f.text for f in facts]


def test_a_yield_in_jin_is_a_figure_and_recent_years_are_none(tmp_path):
    """全年粮食产量达到14.3亿斤，近十年首次突破14亿斤大关 read 14亿 counting 斤大关 and 近十年 as a figure of no name: 斤 is a
    unit, a milestone passed (大关) is no thing counted, and the years some first was reached in (近十年首次, 5年来) are no
    figure."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    figures = [g for f in distil(tmp_path, ws, NINGBO_NEWS_2022, "news.txt").facts for g in f.figures]
    counts = {g.raw: (g.unit, g.counts) for g in figures}
    assert counts["14.3亿斤"] == ("斤", "粮食产量") and counts["14亿斤"][1] == "粮食产量", counts
    assert "近十年" not in counts, counts


# 元江县卫生健康局's reply to 县人大 suggestion 74 (www.yjx.gov.cn/yjxzfxxgk/yjxwshjhsyjrddbjyzxwytadblqk/20240628/1539623.html), a
# paragraph and the next one's first sentence as printed: the page lost each date's 年 and 月 (2016310日 for 2016年3月10日) and
# the first paragraph's stop.
YUANJIANG_74 = """2015年建设者党村卫生室时。县卫生健康局积极向市卫健委申请预算投资村卫生室建设改扩建项目2015122日被市卫健委列为2015年市级预算投资村卫生室建设改扩建项目,争取到市级配套经费4万元用于者党村卫生室建设鉴于者党村卫生室改扩建完成后,改扩建资金超出市级配套经费实际情况,2016310日拨付给者党村卫生室中央补助资金5万元,先后共拨付村卫生室建设资金9万元

鉴于您提出:现卫生室建位于红土坡小组,不在村委会所属地,给其他小组村民就医就诊带来不便,现村委会旁有一块活动室闲置,约60平方米,建议新建卫生室在该位置,预计投入资金20万元的建议。
"""


def test_a_day_run_together_opens_no_name(tmp_path):
    """2016310日拨付给者党村卫生室中央补助资金5万元 counted 6310日拨付给者党村卫生室中央补助资金: the day that lost its 年 and 月
    was kept in the name and the name, too long, cut inside it. A day so written is a time opening the phrase, as 2016年 is."""
    ws = unit_workspace(tmp_path / "ws", "元江哈尼族彝族傣族自治县卫生健康局", "县卫生健康局", "元江县")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, YUANJIANG_74, "r74.txt").facts for g in f.figures}
    assert counts["5万元"] == "拨付给者党村卫生室中央补助资金", counts


def test_a_mirrors_plug_for_a_word_is_dropped(tmp_path):
    """The mirror of 惠州's pages put 开云(中国) in place of 关于 wherever it stood (习近平总书记开云(中国)教育的重要论述, 上级开云(中国)
    2024年…, 《开云(中国)完善…的建议》), and the facts kept it. A brand and its bracketed country said after different words at
    two places or more is a plug, no company's name: it goes from the page."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    facts = distil(tmp_path, ws, HUIZHOU_MEETING_2024, "meeting.txt").facts
    assert not [f.text for f in facts if "开云" in f.text or "中国）" in f.text], [f.text for f in facts]
    assert any("习近平总书记教育的重要论述，传达上级2024年春季学期" in f.text for f in facts), [f.text for f in facts]




def test_a_subdistricts_office_replies_for_its_subdistrict(tmp_path):
    """The subdistrict office's reply was filed as 石林县's, its facts the county's own: a 街道办事处 governs its subdistrict as a
    town's government its town, so the reply is of 鹿阜街道, an area of the county (its facts an example)."""
    ws = unit_workspace(tmp_path / "ws", "石林彝族自治县卫生健康局", "县卫生健康局", "石林县", "鹿阜街道, 石林街道")
    source = distil(tmp_path, ws, LUFU_25, "r25.txt").source
    assert (source.issuer, source.jurisdiction) == ("鹿阜街道办事处", "鹿阜街道"), source


# 宁波市农业农村局's 2024年7月 work list (the mirror of NINGBO_2024_07 above), its second item as printed.
NINGBO_2024_07_GRAIN = """2.全市夏糧再獲豐收,面積、單產(chǎn)、總產(chǎn)實現(xiàn)“三增”。種植面積42.61萬畝,同比增加3.21萬畝,增幅8.1%;單產(chǎn)達(dá)293.0公斤/畝,位居全省第二;總產(chǎn)達(dá)12.48萬噸,位居全省第二,同比增加1.00萬噸,對全省夏糧增產(chǎn)貢獻(xiàn)度近1/4;增幅達(dá)8.7%,位居全省第一。
"""


def test_a_numbered_statement_of_the_whole_citys_result_is_no_heading(tmp_path):
    """2.全市夏粮再获丰收，面积、单产、总产实现“三增”。种植面积42.61万亩… was read as a heading over its figures, so the draft wrote
    种植面积42.61万亩… as all grain's: a numbered first sentence of clauses opening on the whole place (全市…，…) states what it
    achieved, whose subject the next sentence's figures are of; it stays in the fact."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    fact = next(f for f in distil(tmp_path, ws, NINGBO_2024_07_GRAIN, "2024-07-31_list.txt").facts if "42.61" in f.text)
    assert fact.text.startswith("全市夏粮再获丰收，面积、单产、总产实现“三增”。种植面积"), fact.text

# The same reply's second part, its first paragraph as printed.
SHILIN_37_PART_TWO = """
二、意见建议办理情况

针对所提建议即:解决大哨村委会卫生室建设资金事项2017年底,县卫生健康局结合健康扶贫工作,申请县财政45万元作为全县贫困村卫生室重建、修缮项目资金,其中安排了6.39万元用于支持大哨村卫生室重建,已全额拨付。
"""


def test_money_made_a_fund_is_named_by_the_fund(tmp_path):
    """申请县财政45万元作为全县贫困村卫生室重建、修缮项目资金，其中安排了6.39万元用于支持大哨村卫生室重建 named both sums 申请县财政
    (what was asked of, not what the money is): money said to be made a fund (作为…资金) is named by that fund, and the part of it
    after 其中 by the same."""
    ws = unit_workspace(tmp_path / "ws", "石林彝族自治县卫生健康局", "县卫生健康局", "石林县")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, SHILIN_37 + SHILIN_37_PART_TWO, "r37.txt").facts for g in f.figures}
    assert counts["45万元"] == counts["6.39万元"] == "全县贫困村卫生室重建、修缮项目资金", counts



# 马关县交通运输局's reply to suggestion 197 (ynmg.gov.cn/info/1289/43153.htm), a paragraph as printed.
MAGUAN_197 = """加大农村公路建设力度和改善道路通行条件是我们义不容辞的责任,“十三五”期间我县农村公路建设任务主要是2017年通建制村路面硬化、全县50户以上自然村道路硬化、部分经济干线、边境乡镇20户以上自然村道路硬化建设。但是,目前主要是做全县51个贫困村委会50户以上自然村和边境乡镇部分20户以上自然村道路硬化。你所提的该段路我局已纳入项目库,待国家有这方面的投资,就积极立项申报,同时我局将积极与相关部门沟通协调,多渠道争取项目和资金,力争早日解决。
"""


def test_households_classing_the_villages_are_no_count(tmp_path):
    """…全县51个贫困村委会50户以上自然村和边境乡镇部分20户以上自然村道路硬化 gave figures 50户以上 (自然村) and 20户以上: the size
    of the villages whose roads are hardened, no count of what was done. A size before the settlement it classes (50户以上自然村,
    30万人口以上县) is a threshold whatever stands before it."""
    ws = unit_workspace(tmp_path / "ws", "马关县交通运输局", "县交通运输局", "马关县")
    raws = [g.raw for f in distil(tmp_path, ws, MAGUAN_197, "2017_r197.txt").facts for g in f.figures]
    assert raws == ["51个"], raws


def test_peers_a_rank_is_held_among_are_named_without_the_rank(tmp_path):
    """继续保持全国35个大中城市首位 named 35个 预计大中城市首位, the rank held in the name of the peers counted: a rank after them
    (首位, 前列, 之首) ends what is counted, as 第N位 does."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, NINGBO_NEWS_2022, "news.txt").facts for g in f.figures}
    assert counts["35个"].endswith("大中城市"), counts


def test_a_share_of_the_whole_place_is_of_what_the_figure_before_counts(tmp_path):
    """6家企业（机构）入选国家种业阵型企业，占全省的40% left 40% with no name: a share of the whole place (占全省的, 占全市的) is a share
    of what the figure before it counts."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, NINGBO_NEWS_2022, "news.txt").facts for g in f.figures}
    assert counts["40%"] == "企业（机构）占全省", counts


def test_a_province_a_city_ranks_itself_in_is_no_place_of_the_text(tmp_path):
    """宁波日报's account names its city short (宁波围绕…, 宁波完成…) and its province as what it ranks in (走在浙江前列, 高出全省1个
    百分点, 保持全省第一, 占全省的40%): read as 浙江省's, its facts were another place's. A whole level a text ranks or measures its
    place in is no level of its own."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    assert distil(tmp_path, ws, NINGBO_NEWS_2022, "news.txt").source.jurisdiction == "宁波市"


def test_a_clause_run_on_after_a_figure_names_nothing_of_it(tmp_path):
    """先后共拨付村卫生室建设资金9万元 ran on into the next paragraph, the page's stop lost (…9万元鉴于您提出：…), and 9万元 counted
    鉴于您: a word opening a clause of its own (鉴于, 由于, 为了…) ends what a figure counts."""
    ws = unit_workspace(tmp_path / "ws", "元江哈尼族彝族傣族自治县卫生健康局", "县卫生健康局", "元江县")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, YUANJIANG_74, "r74.txt").facts for g in f.figures}
    assert counts["9万元"] == "拨付村卫生室建设资金", counts



# The same reply's next sentence as printed.
YUANJIANG_74_VISIT = """县卫生健康局一收到人大代表议案,于2024326日安排分管领导杨顺德、县人民医院何云宏、杨贵华等3人到者党村委会进行实地了解相关情况,经过乡政府分管领导杨林强、卫生院常务副院长白斌、村医白江诚的汇报了解和实地走访,现村卫生室的位置确实存在离其他村子比较远、村民看病不便、看病人员少、诊疗收入低等特点,如村卫生室能搬迁到者党村委会旁,既能辐射者党小学、又能方便其他村子村民来村卫生室看病,还能提高村卫生室的诊疗收入。
"""


def test_the_last_name_listed_before_a_count_of_people_is_not_what_is_counted(tmp_path):
    """安排分管领导杨顺德、县人民医院何云宏、杨贵华等3人到者党村委会… counted 3人 杨贵华, the last person listed: the list's last item
    before its 等 and count is no kind of what is counted (华为、腾讯等5家 neither); the count goes unnamed."""
    ws = unit_workspace(tmp_path / "ws", "元江哈尼族彝族傣族自治县卫生健康局", "县卫生健康局", "元江县")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, YUANJIANG_74_VISIT, "r74.txt").facts for g in f.figures}
    assert counts["3人"] is None, counts



# 惠州市教育局's 2020 work plan (as HUIZHOU_PLAN_2020 above), an item of its first part as printed.
HUIZHOU_PLAN_2020_TERM = """一、全力做好新冠肺炎疫情防控工作
3﹒周密做好开学准备。印发《惠州市教育局2020年春季学期分类开学实施方案》和各类学校开学准备工作参考,“一校一策”制定开学准备工作方案和应急预案,精准掌握师生员工赴市外省外探亲旅游行踪和开学前14天身体健康状况,多方筹措防控物资,落实校园封闭式网格化管理,抓实学校疫情防控,实现平安开学、开学平安。
"""


def test_days_before_an_event_are_no_figure(tmp_path):
    """…掌握师生员工…开学前14天身体健康状况 gave a figure 14天 of 身体健康状况: a time before or after an event (开学前14天, 前3年)
    is a window of time, no figure, as a rank's 前20位 is none."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    raws = [g.raw for f in distil(tmp_path, ws, HUIZHOU_PLAN_2020_TERM, "plan.txt").facts for g in f.figures]
    assert "14天" not in raws, raws



# 惠州市发展和改革局's 会办意见 to 市教育局 on suggestion 20240224 (m.1183118.com/zwgk/wgk/jggk/jytaxxgkzl/shijytabl/content/
# post_5288022.html, a mirror in traditional characters), a paragraph's opening as printed.
HUIZHOU_FAGAI_0224 = """我局高度重視城鄉義務教育,將“推動城鄉義務教育優質均衡一體化發展”納入《惠州市國民經濟和社會發展第十四個五年規劃和2035年遠景目標綱要》。近年來,我們主動服務和支持學校建設項目,據統計,“十四五”以來截至2023年6月,全市共投入1.9億元加強鄉村小規模學校和鄉鎮寄宿制學校標準化建設,改擴建校舍7.8萬平方米。
"""


def test_money_then_the_work_it_went_to_counts_the_spending(tmp_path):
    """全市共投入1.9亿元加强乡村小规模学校和乡镇寄宿制学校标准化建设 named 1.9亿元 加强乡村小规模学校, the work it went to read
    as the thing counted: money followed by a verb of the work (加强, 支持, 建设…; not a kind of money, 奖励) counts the spending."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, HUIZHOU_FAGAI_0224, "2024-05-07_huiban.txt").facts for g in f.figures}
    assert counts["1.9亿元"] == "投入", counts


def test_a_lead_over_the_whole_place_is_of_what_the_figure_before_counts(tmp_path):
    """同比增长4.2%，高出全省1个百分点 named 1个百分点 高出: a rate's lead over (or lag behind) the whole place is of what the figure
    before it counts (农林牧渔业总产值增长高出全省); a value the whole's own level follows (低于全省1.5%的平均水平) is that level."""
    ws = unit_workspace(tmp_path / "ws", "宁波市农业农村局", "市农业农村局", "宁波市")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, NINGBO_NEWS_2022, "news.txt").facts for g in f.figures}
    assert counts["1个百分点"] == "农林牧渔业总产值增长高出全省", counts


def test_a_size_before_a_thing_measures_that_thing(tmp_path):
    """…新建一个120平方米的卫生室，总投资11万元 named 120平方米 新建一个: a size before 的 and a noun (120平方米的卫生室) measures that
    thing, unless its measure is named before (建成面积3000平方米的科技馆: 面积) or a standard follows (站距500—800米的要求)."""
    ws = unit_workspace(tmp_path / "ws", "石林彝族自治县卫生健康局", "县卫生健康局", "石林县", "鹿阜街道, 石林街道")
    counts = {g.raw: g.counts for f in distil(tmp_path, ws, LUFU_25, "r25.txt").facts for g in f.figures}
    assert counts["120平方米"] == "卫生室", counts


def test_where_people_are_counted_is_kept_when_nothing_else_names_them(tmp_path):
    """其中，在特殊教育学校就读的872人 named 872人 就读: the place before a verb was cut as where the work was done (先后在帮扶村宣讲…
    4次), leaving the verb alone. Where a place and a verb are all the phrase says, the place names who are counted."""
    ws = unit_workspace(tmp_path / "ws", "惠州市教育局", "市教育局", "惠州市")
    counts = [(g.raw, g.counts) for f in distil(tmp_path, ws, HUIZHOU_2018, "p0121.txt").facts for g in f.figures]
    assert ("872人", "特殊教育学校就读") in counts, counts
