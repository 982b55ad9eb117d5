"""General reading rules found on held-out round 21 (bureaus the earlier rounds did not hold — 郑州市生态环境局: its reply
to suggestion B(2019)331, its 2023 report, the news on its work in 大河报, 郑州日报 and 中新网, and its 上街分局's reply to
proposal 114; 厦门市卫生健康委员会: its reply to suggestion 196 and two mirrored news items; 广州市教育局: its notice issuing
its 2023 summary; and single pages of 衡阳市财政局, a mirrored reply, and 番禺区卫生健康局, a report).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import shutil

import pytest
from helpers import REPO, distil

from drafter.workspace import load_workspace


@pytest.fixture
def zhengzhou(tmp_path):
    """A workspace of 郑州市生态环境局 (its name, short name and city, some of its districts), the repository's templates."""
    root = tmp_path / "ws_zz"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 郑州市生态环境局\n  short_name: 市生态环境局\n  jurisdiction: 郑州市\n"
        "  areas: [二七区, 上街区, 巩义市]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def figures(ff) -> dict[str, object]:
    """Each figure of a fact file as written, with its unit."""
    return {g.raw: g.unit for f in ff.facts for g in f.figures}


# 郑州日报's report of the city congress's visit (zzrb.zynews.cn/html/2019-11/17/content_1125209.htm), under its front page's
# list of headlines.
VISIT = ("市人大常委会调研大气污染精准防治工作\n\n"
         "本报讯(郑报全媒体记者 董艳竹)市人大常委会主任胡荃日前带领部分常委会组成人员和市人大代表来到市生态环境局,"
         "就全市大气污染精准防治工作进行专题调研并召开座谈会。市人大常委会副主任张春阳参加活动。\n\n"
         "当天召开的座谈会上,市生态环境局、巩义市、经开区、二七区分别围绕大气污染精准防治情况进行交流发言。"
         "大气污染防治专家、市人大代表和企业代表提出了针对性意见和建议。据了解,今年截至11月13日,"
         "我市PM10平均浓度97微克/立方米,PM2.5平均浓度54微克/立方米,优良天数150天。\n")


def test_an_e_papers_headline_said_again_over_its_lede_is_its_title(tmp_path, zhengzhou):
    """The same page lists its front page's headlines (前10个月全省逾75% 财政支出投向民生领域 / …), then its navigation and
    the report's own headline again over its lede: the first two headlines, run together, were read as its title."""
    text = ("第01版:封面 4下一版\n前10个月全省逾75% 财政支出投向民生领域\n"
            "高质量宣讲好党的十九届四中全会精神 推动学习宣传贯彻走深走实取得实效\n郑州全力打造“品质之城”\n"
            "市人大常委会调研大气污染精准防治工作\n不忘初心 牢记使命\n导读\n"
            "返回主页 | 郑州日报 | 版面导航 | 郑州晚报\n上一期  下一期\n" + VISIT)
    assert distil(tmp_path, zhengzhou, text, "epaper.txt").source.title == "市人大常委会调研大气污染精准防治工作"


def test_a_concentration_is_a_figure(tmp_path, zhengzhou):
    """郑州日报's report says 我市PM10平均浓度97微克/立方米，PM2.5平均浓度54微克/立方米: a concentration had no unit, and no
    figure was read but 150天."""
    found = figures(distil(tmp_path, zhengzhou, VISIT, "visit.txt"))
    assert found["97微克/立方米"] == found["54微克/立方米"] == "微克/立方米"


def test_a_city_listed_beside_districts_is_not_the_texts_own(tmp_path, zhengzhou):
    """The same report lists those who spoke, 市生态环境局、巩义市、经开区、二七区: 巩义市, a city of a county's rank, was read
    as the report's own city (the only 市 it names), its issuer 巩义市生态环境局 and every fact of 巩义市."""
    ff = distil(tmp_path, zhengzhou, VISIT, "visit.txt")
    assert ff.source.jurisdiction != "巩义市" and "巩义" not in (ff.source.issuer or "")
    assert not any(f.jurisdiction == "巩义市" for f in ff.facts)


# 郑州市生态环境局's reply to suggestion B(2019)331 (henan.kjzch.com/zhengzhou/2019-11-19/610833.html), a mirror of its page.
REPLY_331 = ("对市十五届人大二次会议第B(2019)331号 建议的答复\n\n"
             "  • 发布机构:郑州市生态环境局\n  • 成文日期:2019-11-19\n\n"
             "    尊敬的程刚岭代表:\n\n"
             "        您提出的关于“对郑州市大气污染攻坚工作”的建议收悉,非常感谢您对环境保护工作的关心和支持,"
             "现结合我局工作实际答复如下:\n\n"
             "    一、加强大气污染防治工作力度,主动接受公众监督\n\n"
             "    2018年,全市上下团结一心,众志成城,奋勇拼搏,克难攻坚,大气环境质量持续改善;"
             "PM10、PM2.5年均浓度分别为106、63微克/立方米,超额完成年度目标,是完成目标的7个省辖市之一;"
             "优良天数168天,比去年增加2天。\n")


def test_a_bare_number_listed_before_a_figure_shares_its_unit(tmp_path, zhengzhou):
    """The reply says PM10、PM2.5年均浓度分别为106、63微克/立方米: 106, a number listed before the figure whose unit it shares,
    was no figure."""
    found = figures(distil(tmp_path, zhengzhou, REPLY_331, "r331.txt"))
    assert found["106"] == found["63微克/立方米"] == "微克/立方米"


def test_an_items_number_may_hold_its_class_and_year(tmp_path, zhengzhou):
    """The reply's title answers 第B(2019)331号 建议: a number holding its class and its year in brackets was no item's
    number (the reply was filed under a hash)."""
    m = distil(tmp_path, zhengzhou, REPLY_331, "r331.txt").source
    assert (m.suggestion_number, m.id) == ("B(2019)331", "2019-reply-B2019-331")


def test_a_branchs_statement_is_of_its_own_district(tmp_path, zhengzhou):
    """郑州市生态环境局上街分局's reply to proposal 114 (public.zzsj.gov.cn/D1102X/9546364.jhtml) opens its answer on
    郑州市生态环境局上街分局严格按照…: the branch's work in 上街区 was read as the city's."""
    text = ("• 郑州市生态环境局上街分局\n  • 政协提案\n"
            "关于推动郑州市上街区高质量发展,提升区域经济、文化、生态综合竞争力的建议的提案的答复\n"
            "关于对区政协十届四次会议第114号提案的复函\n\n禹炎胜委员:\n\n"
            "您提出的关于推动郑州市上街区高质量发展,提升区域经济、文化、生态综合竞争力的建议的提案收悉。现答复如下:\n\n"
            "一.推进大气污染防治:加强对工业排放、机动车尾气等污染源的管控,改善空气质量。\n\n"
            "郑州市生态环境局上街分局严格按照河南省生态环境厅办公室关于印发《河南省2025年生态环境涉企行政检查计划》的通知"
            "(豫环办〔2025〕27 号)文件及“双随机、一公开”工作制度要求对工业企业开展行政检查,确保企业环保设施正常运行,"
            "减少污染物排放量。\n")
    ff = distil(tmp_path, zhengzhou, text, "sj114.txt")
    assert ff.source.jurisdiction == "上街区"
    assert [f.jurisdiction for f in ff.facts] == ["上街区"]


def test_what_a_sentence_aims_at_is_no_result(tmp_path, zhengzhou):
    """中新网's report of the bureau's targets for 2019 (k.jiangsulong.com/a/2019/0301/133920.html) says 力争城市优良天数达到
    215天以上，比2018年增加47天: what is aimed at was a result done; and 不高于58微克/立方米, a limit, lost its qualifier."""
    text = ("3月1日 , 采访人员从郑州市生态环境局获悉 , 该局已经确立了郑州市2019年的生态环境工作重点 。\n\n"
            "其中 , 在空气质量方面 , 力争城市优良天数达到215天以上 , 比2018年增加47天 。\n\n"
            "在空气质量方面 , 2019年郑州全市PM2.5平均浓度不高于58微克/立方米 , PM10平均浓度不高于107微克/立方米 。\n")
    ff = distil(tmp_path, zhengzhou, text, "aims.txt")
    aimed = next(f for f in ff.facts if "215天" in f.text)
    assert aimed.kind == "plan"
    assert "不高于58微克/立方米" in figures(ff)


def test_a_line_of_credits_is_no_title(tmp_path, zhengzhou):
    """大河报's report of the bureau's press conference (news.dahe.cn/2020/01-16/579732.html) opens on its credits,
    □大河报·大河客户端记者郭兵通讯员蔡豪, which was read as its title."""
    text = ("□大河报·大河客户端记者郭兵通讯员蔡豪\n"
            "PM10年均浓度改善幅度全省第一;PM2.5月均浓度连续6个月达到空气质量二级标准;二氧化硫年均浓度首次下降至个位数……"
            "1月15日,郑州市生态环境局召开新闻发布会,公布2019年郑州环保成绩单。\n"
            "郑州市生态环境局大气处处长李孟举在发布会上介绍,2019年郑州优良天数共计177天,同比增加9天,优良天数达标率48.5%。\n")
    m = distil(tmp_path, zhengzhou, text, "dahe.txt").source
    assert m.kind == "news" and "记者" not in (m.title or "")


# 衡阳市财政局's reply to suggestion 414 (ishow8.cn/czj/xxgk/jyta/srddbjy/20220905/i2784633.html), a mirror in traditional
# characters with a pinyin note after many of them (and some characters lost: 醫(yī)?;鸨O(jiān)管).
REPLY_414 = ("對(duì)市十六屆人大一次會(huì)議第414號(hào)建議的答復(fù)\n衡財(cái)建復(fù)〔2022〕8號(hào)(B類)\n羅俊代表:\n"
             "您提出的《關(guān)于完善醫(yī)?;鸨O(jiān)管及適度加大對(duì)醫(yī)?;鹜度氲慕ㄗh》收悉,現(xiàn)答復(fù)如下:\n"
             "城鄉(xiāng)居民醫(yī)保財(cái)政補(bǔ)助標(biāo)準(zhǔn)逐年提高,2018-2021年分別為每人每年490元、520元、550元、580元。\n"
             "2021年醫(yī)保市級(jí)統(tǒng)籌以來(lái),每年市醫(yī)保局會(huì)按照\"以收定支\"的原則編制醫(yī)保基金預(yù)算,"
             "并細(xì)化到各縣市區(qū),經(jīng)市財(cái)政局同意後下發(fā)。\n")


@pytest.fixture
def hengyang(tmp_path):
    """A workspace of 衡阳市财政局, the repository's templates."""
    root = tmp_path / "ws_hy"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 衡阳市财政局\n  short_name: 市财政局\n  jurisdiction: 衡阳市\n  areas: [雁峰区, 耒阳市]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def test_a_reply_numbers_unit_may_be_named_after_a_function_word(tmp_path, hengyang):
    """The reply is numbered 衡财建复〔2022〕8号 and names its unit only as 经市财政局同意后下发: 市财政局 after 经 was not
    taken for the unit of the number's 财, and the reply had no issuer."""
    assert distil(tmp_path, hengyang, REPLY_414, "r414.txt").source.issuer == "市财政局"


def test_each_years_figure_counts_what_the_clause_before_says_rose(tmp_path, hengyang):
    """The reply says 城乡居民医保财政补助标准逐年提高，2018-2021年分别为每人每年490元、520元…: the figures counted nothing
    (their clause holds only their years and 每人每年)."""
    ff = distil(tmp_path, hengyang, REPLY_414, "r414.txt")
    assert {g.counts for f in ff.facts for g in f.figures if g.unit == "元"} == {"城乡居民医保财政补助标准"}


def test_a_share_reached_counts_what_the_clause_before_says_rose(tmp_path, workspace):
    """番禺区卫生健康局's work report for 2022 (panyu.gov.cn/zwgk/zjgb/bmgzbg/2022/content/post_8899638.html) says
    辖区居民健康素养水平稳步提升，2022年达38.2%: the share counted nothing."""
    text = ("2022年,是具有特殊重要意义的一年,番禺区卫生健康局围绕“强基层、引人才、促发展、建高地”的发展主线,坚持公益,"
            "聚焦健康,一手抓疫情防控,一手抓卫生健康事业发展,多项工作成绩明显。目前,全区共有医疗机构787间,"
            "相比2021年末增加66间。辖区居民健康素养水平稳步提升,2022年达38.2%,"
            "提前8年实现了健康广州行动2030年的目标值(37%)。\n")
    ff = distil(tmp_path, workspace, text, "panyu.txt")
    assert {g.raw: g.counts for f in ff.facts for g in f.figures}["38.2%"] == "辖区居民健康素养水平"


@pytest.fixture
def xiamen(tmp_path):
    """A workspace of 厦门市卫生健康委员会, the repository's templates."""
    root = tmp_path / "ws_xm"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 厦门市卫生健康委员会\n  short_name: 市卫健委\n  jurisdiction: 厦门市\n"
        "  areas: [思明区, 湖里区, 翔安区]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


# A mirror in traditional characters (fafqdl.cn/xiamen/sz/2210136.html) of a report on the city CPPCC's standing committee
# and the 市卫健委's handling of its key proposal, closing on its reporter's credit.
STANDING = ("10月15日-16日,市政協召開十三屆十八次常委會,主要議程有傳達學習貫徹中央政協工作會議和省委常委會、市委常委會會議精神,"
            "對重點提案辦理開展民主監督。\n"
            "針對《關于提升我市中醫藥服務能力的建議》,市衛健委主任姚冠華通報辦理情況。姚冠華表示,"
            "廈門將啟動以市級為單位創建全國基層中醫藥工作先進單位,爭取將中藥飲片加成恢復到25%的政策早日落地。\n"
            "針對《推動廈門鄉村振興,改善鄉村生態環境的對策建議》,市農業農村局局長呂參軍通報辦理情況。下一步,"
            "市農業農村局將全面推進農村人居環境整治,著力打造生態宜居美麗鄉村。(記者 蔡櫻柳)\n")


def test_a_report_closing_on_its_reporters_credit_is_news(tmp_path, xiamen):
    """The report ends on (記者 蔡櫻柳) and names no reporter anywhere else: it was read as a work report."""
    assert distil(tmp_path, xiamen, STANDING, "standing.txt").source.kind == "news"


def test_what_a_speaker_says_is_to_be_done_is_no_result_wherever_it_stands(tmp_path, xiamen):
    """The report's paragraph says 市衛健委主任姚冠華通報辦理情況。姚冠華表示，廈門將啟動…爭取將中藥飲片加成恢復到25%…:
    the figure of what the speaker says is to be done was a result (SAID only read a statement opening on it), and 飲, a
    traditional form, stayed in what it counts."""
    ff = distil(tmp_path, xiamen, STANDING, "standing.txt")
    fact = next(f for f in ff.facts if "25%" in f.text)
    assert fact.kind == "plan" and fact.figures[0].counts == "中药饮片加成恢复到"


def test_a_line_ending_on_a_comma_is_no_title(tmp_path, xiamen):
    """A mirror of 东南网's report on the city's health work meeting (w.zlsgdqx.cn/html/55e16799777.html), its sentences
    scrambled among junk words, has no headline; its line 厦门市卫健委党组书记、比上年度年提高3.03个百分点， was read as
    its title."""
    text = ("东南网3月13日讯(海峡导报记者 陈芹 通讯员 张从云)3月12日下午,人均主任姚冠华表示,"
            "期望自来水管道清洗不断提升群众医疗卫生获得感、寿命岁高2025年全市卫生健康工作召开,"
            "千人均床位数4.38张;千人均执业(助理)医师数3.54人。\n"
            "厦门市卫健委党组书记、比上年度年提高3.03个百分点,\n"
            "2024年,高出全省平均水平(79.3岁)4.32岁;居民健康素养水平达到39.06%,\n")
    assert distil(tmp_path, xiamen, text, "scrambled.txt").source.title is None


def test_a_pages_posting_time_a_year_after_its_number_is_no_date_of_the_reply(tmp_path, xiamen):
    """厦门市卫生和计划生育委员会's reply to suggestion 196 (xmrd.gov.cn/rdlz/dbjygk/jyhfh/201604/t20160422_4884200.htm),
    numbered 厦卫函〔2015〕86号, was posted 2016-04-22 10:24:00 and gives no date of its own: it was dated the day it was
    posted, and its 近年来… was 2016's."""
    text = ("您当前的位置: 代表建议公开 > 建议回复函 > 正文\n\n"
            "厦门市卫生和计划生育委员会关于市十四届人大四次会议第196号建议办理情况的答复函\n\n来源:\n\n"
            "2016-04-22 10:24:00\n\n字体大小:[大][中][小]\n4884200\n\n  厦卫函〔2015〕86号\n\n  答复类别:C类\n\n"
            "  张文荣代表:\n\n"
            "  您在市十四届人大四次会议上提出的《关于厦门大学附属第一医院思明分院建设成为“厦门市慢性病防治中心”的建议》"
            "(第196号)已收悉,首先感谢您对我市慢性病防治工作的关心与支持,我委高度重视,组织人员进行办理。现将办理情况答复如下:\n\n"
            "  一、我市慢性病防控工作情况\n\n"
            "  鉴于全国和我市慢性病现状,近年来,在市委市政府的正确领导、各区政府高度重视、各部门密切配合下,"
            "逐步加大慢性病的防治力度,实施以社区为基础、以公共卫生策略为主的慢性病综合防治措施,我市慢性病防控工作取得一定成效。\n")
    ff = distil(tmp_path, xiamen, text, "r196.txt")
    assert ff.source.date is None and ff.source.id == "2015-reply-196"
    assert ff.facts[0].period.year == 2015


# 广州市教育局's notice issuing its 2023 summary and 2024 plan (jyj.gz.gov.cn/gk/zfxxgkml/qt/ghjh/content/post_9665611.html).
ISSUED = ("广州市教育局关于印发2023年广州教育工作总结和2024年工作要点的通知\n穗教发〔2024〕20号\n"
          "市属各高校,各区教育局,局属各单位:\n"
          "现将《2023年广州教育工作总结和2024年工作要点》印发给你们,请结合实际,认真贯彻执行。\n"
          "广州市教育局\n2024年5月23日\n(联系人:李玉楚,联系电话:22083625)\n2023年广州教育工作总结\n"
          "2023年,在市委、市政府的正确领导下,全市教育系统以习近平新时代中国特色社会主义思想为指导,全面贯彻党的教育方针,"
          "落实立德树人根本任务。\n"
          "一、加强党对教育工作的全面领导,落实立德树人根本任务\n"
          "(二)夯实基层组织建设。稳步推进建立中小学校党组织领导的校长负责制改革,1158所学校已实施党组织领导的校长负责制,"
          "占比99.66%。推动民办幼儿园、培训机构党组织覆盖率逐步提升,全市民办幼儿园党组织覆盖率达约72%,较2022年底提高28%。\n")


@pytest.fixture
def guangzhou(tmp_path):
    """A workspace of 广州市教育局, the repository's templates."""
    root = tmp_path / "ws_gz"
    root.mkdir()
    (root / "drafter.yaml").write_text(
        "organisation:\n  name: 广州市教育局\n  short_name: 市教育局\n  jurisdiction: 广州市\n  areas: [越秀区, 番禺区]\n", "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    return load_workspace(root)


def test_a_notice_carries_the_document_it_issues_after_its_signature(tmp_path, guangzhou):
    """The notice's own body is the one sentence issuing the document (现将《…》印发给你们…), then its signature, date and
    contact, then the summary under its title: all of the summary was read as back matter, and the page gave no fact."""
    ff = distil(tmp_path, guangzhou, ISSUED, "issued.txt")
    assert any("1158所" in f.text for f in ff.facts)
    assert ff.source.kind == "work_report" and ff.source.date == "2024-05-23"


def test_a_verbs_noun_is_what_a_share_counts(tmp_path, guangzhou):
    """The summary says 占比99.66% and 党组织覆盖率达约72%: 占 and 覆盖, words a counted phrase starts after, cut the nouns
    占比 and 覆盖率, and the shares counted 比 and 率."""
    counts = {g.raw: g.counts for f in distil(tmp_path, guangzhou, ISSUED, "issued.txt").facts for g in f.figures}
    assert (counts["99.66%"], counts["约72%"]) == ("占比", "覆盖率")


@pytest.mark.parametrize(("address", "date"), [
    ("https://zzrb.zynews.cn/html/2019-11/17/content_1125209.htm", "2019-11-17"),
    ("https://news.dahe.cn/2020/01-16/579732.html", "2020-01-16"),
])
def test_a_news_pages_address_dates_it(tmp_path, zhengzhou, address, date):
    """郑州日报's e-paper (…/html/2019-11/17/content_1125209.htm) and 大河报's site (…/2020/01-16/579732.html) date their
    pages in their addresses, the pages nowhere else: the reports, saved under their addresses, were undated (今年截至11月13日
    of no year)."""
    text = address + "\n" + VISIT
    assert distil(tmp_path, zhengzhou, text, "dated.txt").source.date == date


def test_a_year_opening_a_verbs_object_is_not_when_the_work_was_done(tmp_path, zhengzhou):
    """郑州市's report on its air pollution work in 2023 (public.zhengzhou.gov.cn/D250401X/8885474.jhtml) says under its
    section of work done 科学编制2022年全市高分辨率温室气体清单: the inventory's year was read as the statement's, and
    the 2023 report's work was 2022's."""
    text = ("2023年,郑州市坚持以习近平生态文明思想为指引,紧盯年度目标任务,持续深入推进大气污染防治工作。"
            "现将2023年大气污染防治攻坚工作开展情况报告如下:\n二、工作完成情况\n"
            "(一)深化结构调整,积极稳妥实施降碳工程。一是积极做好应对气候变化工作。完成全市27家碳排放重点企业名录更新、"
            "数据上报及履约准备工作;科学编制2022年全市高分辨率温室气体清单,得到中国环境监测总站高度肯定并推广我市经验做法。\n")
    fact = next(f for f in distil(tmp_path, zhengzhou, text, "air2023.txt").facts if "温室气体清单" in f.text)
    assert fact.period.year == 2023


def test_a_year_of_what_is_to_be_done_is_not_the_statements(tmp_path, zhengzhou):
    """大河报's report of the bureau's results for 2019 (news.dahe.cn/2020/01-16/579732.html) closes a paragraph of 2019's
    figures on 2020年，郑州也将按照国家要求开展专项斗争: the paragraph was 2020's; and its lede's 公布2019年郑州环保成绩单
    names the year its figures are of (a year after 公布 stays the statement's)."""
    text = ("https://news.dahe.cn/2020/01-16/579732.html\n□大河报·大河客户端记者郭兵通讯员蔡豪\n"
            "PM10年均浓度改善幅度全省第一;PM2.5月均浓度连续6个月达到空气质量二级标准;二氧化硫年均浓度首次下降至个位数……"
            "1月15日,郑州市生态环境局召开新闻发布会,公布2019年郑州环保成绩单。\n"
            "郑州市生态环境局大气处处长李孟举在发布会上介绍,2019年郑州优良天数共计177天,同比增加9天,优良天数达标率48.5%,"
            "重污染24天,同比减少9天;重污染天数减少,污染程度明显降低,人民群众蓝天白云获得感逐步增强。"
            "李孟举告诉大河报记者,2019年受臭氧影响,郑州损失了85个优良天。近年来,全国把臭氧污染作为大气污染攻坚的重点之一,"
            "2020年,郑州也将按照国家要求开展专项斗争,着力改善臭氧指标。\n")
    facts = distil(tmp_path, zhengzhou, text, "dahe.txt").facts
    assert [f.period.year for f in facts] == [2019, 2019]
