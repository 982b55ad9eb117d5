"""General reading rules found on the pages a round of testers found misread (岳阳县水利局's replies, one mirrored in
traditional characters; 攀枝花市退役军人事务局's news and its 西区's).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, fact_texts, unit_workspace


@pytest.fixture
def yueyang(tmp_path):
    """A workspace of 岳阳县水利局 (its name, short name, county and towns)."""
    return unit_workspace(tmp_path / "ws_yy", "岳阳县水利局", "县水利局", "岳阳县", "荣家湾镇, 中洲乡, 筻口镇, 张谷英镇")


@pytest.fixture
def panzhihua(tmp_path):
    """A workspace of 攀枝花市退役军人事务局 (its city and the districts and counties under it)."""
    return unit_workspace(tmp_path / "ws_pzh", "攀枝花市退役军人事务局", "市退役军人事务局", "攀枝花市",
                          "东区, 西区, 仁和区, 米易县, 盐边县")


# www.yyx.gov.cn/37586/38025/38495/content_1976579.html: 对县十七届人大三次会议第01号建议的答复 (2019).
REPLY_2019 = ("对县十七届人大三次会议第01号建议的答复\n来源：经研中心   2019-11-15 11:14\n\n"
              "岳县水利函〔2019〕60号                B类  同意公开\n\n陈龙代表：\n\n"
              "您提出的《关于进一步修缮岳坊总干渠的建议》收悉。现答复如下：\n\n"
              "1、我局已完成《岳阳县“十三五”水利规划》，并已将岳坊总干渠渠系配套提质改造项目纳入“十三五”水利规划。\n\n"
              "2、渠道清淤扫障属运行管理范围，我局将向政府积极争取，加大水库运行管护费用投入，同时督促运行管护单位进行必要的维护管理。\n\n"
              "感谢您对水利工作的关心和支持！\n\n岳阳县水利局\n2019年7月9日\n承办负责人：刘 毅\n承办人及联系电话：张亮华  0730-7629006\n")

# cnzheou.com/37586/38025/38495/content_2215872.html: 岳县水利字〔2024〕36号, a mirror in traditional characters.
REPLY_2024 = ("岳縣水利字〔2024〕36號B1類 同意公開\n曾鮮桂等代表：\n"
              "你們提出的《關于支持張谷英鎮柘港河8·12水毀河道及農田水利設施恢復的建議》收悉。現答復如下：\n"
              "柘港河水毀河道修復已納入岳陽縣羅水河治理工程項目，該項目實施內容為新建護岸38.84km等，包含柘港河水毀段在內，"
              "目前該項目已完成可研批復，正在進行項目初步設計，但具體施工時間暫未確定。我局將緊盯上級投資風向，盡快爭取納入國家投資“籠子”，"
              "使項目盡快落地實施。\n"
              "農田水利設施的建設，主要歸農業農村局管，具體事宜建議咨詢農業農村局，同時我們也會跟農業部門做相關對接工作。"
              "水利部門目前實施的小型農業水利設施建設，主要內容是山塘的清淤增蓄和大中型灌區的中梗阻，目前暫時沒有排渠項目。"
              "今年我們將在水利冬春修項目向縣政府爭取更多資金，與張谷英鎮人民政府溝通，加大對農田水利設施建設的獎補。"
              "同時我們積極向上級反映情況，爭取更多項目，逐步完善水利設施建設。\n"
              "搞好水利工作，改善群眾生產和生活條件，是我局職責所在，我們一定會誠心接受曾鮮桂等代表和社會各界提出的良好建議，"
              "盡職盡責，把我縣的水利建設搞好。\n"
              "感謝你們對我縣水利工作的關心和支持。\n岳陽縣水利局\n2024年6月7日\n"
              "承辦負責人：毛 寧，13575070418\n承辦人及聯系電話：劉 磊，18673019969\n")

# www.sgf2.com/37586/38025/38495/content_1755100.html: 岳县水利函〔2020〕69号, a mirror in traditional characters.
REPLY_2020 = ("對縣十七屆人大四次會議第72號建議的答複\n來源：經研中心   2020-10-20\n\n"
              "嶽縣水利函〔2020〕69號     B類  同意公開\n\n李林、劉煒、龔小峰代表：\n\n"
              "各位代表，“關於加強筻口鎮水利建設的建議”，我局已收悉。現根據實際情況答複如下：\n\n"
              "鑒於片區河道防洪標準低、行洪能力嚴重不足等現狀情況，我局完成了遊港河筻口段治理工程。關於溝渠塘壩清淤疏浚。2019年度，"
              "我局已對包括中長湖排洪渠、楊梅衝排洪港、小塘排洪渠等10條大中型溝渠及包括窯塘、三鬥七塘等在內的17口大中型塘壩進行了治理，"
              "2020年度，對楊梅衝排洪港、三聯排洪渠等4條中型溝渠及包括天然塘、中堰等在內21座大中型塘壩下達了實施計劃。\n\n"
              "由於溝渠塘壩清淤疏浚專項資金涉及湖區多個鄉鎮，片多麵廣，無法保證全麵治理，待後段資金計劃下達後，將根據區域實際需求進行安排。\n\n"
              "感謝你們對我縣水利事業的關心和支持。\n\n嶽陽縣水利局\n2020年9月14日\n\n"
              "承辦負責人：劉 毅\n承辦人及聯係電話：劉 毅（小） 18773039688\n")


def test_what_the_bureau_will_do_after_the_occasion_is_a_plan(tmp_path, yueyang):
    """渠道清淤扫障属运行管理范围，我局将向政府积极争取，加大…投入 (yyx.gov.cn, 2019 第01号) and …无法保证全面治理，待后段资金计划下达后，
    将根据区域实际需求进行安排。 (2020 第72号) were filed as done: a statement whose clause after its first says what its subject
    will do, reporting nothing done and no figure, is a plan."""
    kinds = {f.text[:8]: f.kind for f in distil(tmp_path, yueyang, REPLY_2019, "r2019.txt").facts}
    assert kinds["渠道清淤扫障属运"] == "plan" and kinds["我局已完成《岳阳"] == "done"
    kinds = {f.text[:8]: f.kind for f in distil(tmp_path, yueyang, REPLY_2020, "r2020.txt").facts}
    assert kinds["由于沟渠塘坝清淤"] == "plan"


def test_a_sentence_of_what_the_bureau_will_do_is_a_plan_of_its_own(tmp_path, yueyang):
    """…但具体施工时间暂未确定。我局将紧盯上级投资风向… and …目前暂时没有排渠项目。今年我们将在水利冬春修项目向县政府争取更多资金…
    (cnzheou.com, 岳县水利字〔2024〕36号) stood in facts of work done: a sentence opening on what the bureau (or anyone, this
    year) will do is a plan of its own, and so is what follows it in its paragraph."""
    facts = distil(tmp_path, yueyang, REPLY_2024, "r2024.txt").facts
    kinds = {f.text[:8]: f.kind for f in facts}
    assert kinds["柘港河水毁河道修"] == "done" and kinds["我局将紧盯上级投"] == "plan"
    assert kinds["今年我们将在水利"] == "plan"
    done = next(f for f in facts if f.text.startswith("柘港河"))
    assert done.text.endswith("但具体施工时间暂未确定。")
    plan = next(f for f in facts if f.text.startswith("今年我们将"))
    assert plan.text.endswith("逐步完善水利设施建设。")


def test_a_pledge_to_heed_the_deputies_is_courtesy(tmp_path, yueyang):
    """…是我局职责所在，我们一定会诚心接受曾鮮桂等代表和社会各界提出的良好建议，尽职尽责… (岳县水利字〔2024〕36号) was a fact of work
    done: a paragraph pledging to heed the deputies' suggestions is a closing formula, no fact."""
    assert "诚心接受" not in fact_texts(distil(tmp_path, yueyang, REPLY_2024, "r2024.txt"))


def test_a_mirrors_traditional_characters_are_read_simplified(tmp_path, yueyang):
    """水毀, 籠子, 曾鮮桂 (岳县水利字〔2024〕36号) and 片多麵广, 遊港河, 窯塘 (岳县水利函〔2020〕69号) stayed traditional in the facts while
    the rest of the mirror's page was read simplified: those characters are read simplified too."""
    texts = fact_texts(distil(tmp_path, yueyang, REPLY_2024, "r2024.txt"))
    assert "水毁河道" in texts and "“笼子”" in texts and "毀" not in texts and "籠" not in texts
    texts = fact_texts(distil(tmp_path, yueyang, REPLY_2020, "r2020.txt"))
    assert "片多面广，无法保证全面治理" in texts and "游港河" in texts and "窑塘" in texts


def test_wells_and_ponds_are_counted_by_kou(tmp_path, yueyang):
    """…10条大中型沟渠及包括窯塘、三斗七塘等在内的17口大中型塘坝进行了治理 (岳县水利函〔2020〕69号): 10条 was read, 17口 not — 口 counts
    wells and ponds (17口大中型塘坝, 打井5口)."""
    fact = next(f for f in distil(tmp_path, yueyang, REPLY_2020, "r2020.txt").facts if "17口" in f.text)
    assert [(g.raw, g.counts) for g in fact.figures] == [("10条", "大中型沟渠"), ("17口", "大中型塘坝")]


def test_a_years_clause_of_a_plan_issued_is_a_plan(tmp_path, yueyang):
    """…17口大中型塘坝进行了治理，2020年度，对…4条中型沟渠及…21座大中型塘坝下达了实施计划。 (岳县水利函〔2020〕69号) held 4条 and 21座 in
    the year's work done: a year's clause after a result's comma whose work is a plan issued (下达了实施计划) is that year's
    plan, its figures out of the result's."""
    facts = distil(tmp_path, yueyang, REPLY_2020, "r2020.txt").facts
    plan = next(f for f in facts if "21座" in f.text)
    assert plan.kind == "plan" and plan.text.startswith("2020年度，对杨梅冲") and plan.period.year == 2020
    assert [g.raw for g in plan.figures] == ["4条", "21座"]
    done = next(f for f in facts if "17口" in f.text)
    assert done.kind == "done" and done.text.endswith("进行了治理") and "21座" not in done.text


def test_a_contacts_name_spaced_out_and_its_note(tmp_path, yueyang):
    """承办人及联系电话：劉 毅（小） 18773039688 and 劉 磊，18673019969 (the mirrors of 2020 and 2024) were read as contact 刘 and phone
    ） 18773039688: a name spaced out to fill its column is one name before a note, a comma or the number; a note's bracket
    is no part of the number after it."""
    meta = distil(tmp_path, yueyang, REPLY_2020, "r2020.txt").source
    assert (meta.contact, meta.phone) == ("刘毅", "18773039688")
    meta = distil(tmp_path, yueyang, REPLY_2024, "r2024.txt").source
    assert (meta.contact, meta.phone) == ("刘磊", "18673019969")


# tyjrj.panzhihua.gov.cn/zwgk/gzdt/4356872.shtml (2022-12-20): a provincial official's visit.
VISIT = ("省纪委监委驻退役军人事务厅纪检监察组组长、厅党组成员胡勇一行赴攀枝花开展常态化走访慰问优抚对象并调研退役军人工作\n\n"
         "来源：攀枝花市退役军人事务局办公室     发布时间：2022-12-20\n\n"
         "胡勇一行先后上门走访慰问残疾退役军人庞益祥、罗阳春、战斗英雄安忠文、优秀退役军人李兴成等6名退役军人、烈属，"
         "并专程驱车3个小时赴盐边县永兴镇走访慰问参试退役军人代福友，为他们亲手送上慰问金，现场协调解决重点优抚对象遇到的困难和问题。\n")


def test_a_journeys_time_is_no_figure(tmp_path, panzhihua):
    """…并专程驱车3个小时赴盐边县永兴镇走访慰问… (panzhihua.gov.cn, 2022-12-20) gave the figure 3个 counting 赴盐边县永兴镇走访慰问…:
    the time a journey took (驱车3个小时, 车程约2小时) is how far away, no figure of anything done."""
    fact = next(f for f in distil(tmp_path, panzhihua, VISIT, "visit.txt").facts if "驱车" in f.text)
    assert [g.raw for g in fact.figures] == ["6名"]


# poiraudeau.com/zwgk/zzjg/zfbm/qtyjrswj/gzqk/4234033.shtml, a mirror of 攀枝花市西区's site (2022-08-02).
EIGHT_ONE = ("https://poiraudeau.com/zwgk/zzjg/zfbm/qtyjrswj/gzqk/4234033.shtml\n西区退役军人事务局组织开展“八一”建军节活动\n\n发布时间：2022-08-02 来源：攀枝花市西区退役军人事务局\n\n"
             "首先，大家参观了国防文化研学基地，举行了隆重的升国旗仪式。随后，全体退役军人、党员面对鲜红的中国共产党党旗再次宣誓，"
             "并重温入党誓词。\n\n"
             "随后，开展了“八一”建军节专题座谈会。6名优秀退役军人代表宣讲他们的先进事迹。他们是参加抗美援朝老兵代表程家全、"
             "自卫反击战军转干部代表周学宽。\n")
# www.pzhsxq.gov.cn/zwgk/zzjg/zfbm/qtyjrswj/gzqk/1706378.shtml (西区's site, 2020); the page's address on its first line, as saved.
REVIEW = ("http://www.pzhsxq.gov.cn/zwgk/zzjg/zfbm/qtyjrswj/gzqk/1706378.shtml\n西区退役军人事务局召开接受区人大评议工作自查评议会议\n\n"
          "为认真贯彻落实攀枝花市西区人大常委会办公室《关于西区退役军人事务局工作的评议调查方案》（攀西人大〔2020〕18号）文件精神，"
          "10月15日下午，区退役军人局在区水利局会议室召开接受区人大评议工作自查评议会议。第四评议调查组其他成员、区退役军人局全体干部职工，"
          "部分区人大代表、服务对象共计28人参加了会议。\n\n"
          "会议由区退役军人局党组书记、局长王振主持。会上，王振宣读了《攀枝花市西区退役军人事务局关于接受人大评议工作的自查报告》。\n")


def test_a_unit_of_one_of_the_areas_is_of_that_area(tmp_path, panzhihua):
    """A page issued by 攀枝花市西区退役军人事务局 (poiraudeau.com, a mirror of 西区's site) was filed as 攀枝花市's: an issuer, or the title
    of a page without one (西区退役军人事务局召开…, pzhsxq.gov.cn), opening on one of the workspace's areas and a unit is that
    area's, though the area's name (西区) is too short for the place reader to take alone."""
    ff = distil(tmp_path, panzhihua, EIGHT_ONE, "eight_one.txt")
    assert ff.source.jurisdiction == "西区" and {f.jurisdiction for f in ff.facts} == {"西区"}
    assert distil(tmp_path, panzhihua, REVIEW, "review.txt").source.jurisdiction == "西区"


def test_words_before_a_level_word_are_no_place(tmp_path, panzhihua):
    """部分区人大代表, 会议由区退役军人局…主持 and 接受区人大评议 (pzhsxq.gov.cn) gave the facts the places 部分区 and 会议由区, and 依据岳阳市人民政府
    办公室下发的… (a 2015 reply of 岳阳县) 依据岳阳市: some of a level's units (部分), what the work follows (依据, 根据) and a verb
    (接受) before a level word, and a clause holding 由, name no place."""
    from drafter.distill.places import is_place

    assert not any(is_place(n) for n in ("部分区", "会议由区", "依据岳阳市", "接受区"))
    assert is_place("岳阳市") and is_place("仁和区")
    places = {f.jurisdiction for f in distil(tmp_path, panzhihua, REVIEW, "review.txt").facts}
    assert not places & {"部分区", "会议由区", "接受区"}


@pytest.fixture
def hangzhou(tmp_path):
    """A workspace of 杭州市人力资源和社会保障局 (its city and districts)."""
    return unit_workspace(tmp_path / "ws_hz", "杭州市人力资源和社会保障局", "市人力社保局", "杭州市",
                          "上城区, 拱墅区, 西湖区, 滨江区, 萧山区, 余杭区, 临平区, 钱塘区")


# lnhxds.com/art/2025/10/31/art_1229174782_1862215.html (a mirror): 杭州市余杭区构建就业友好型城区的实施方案.
FRIENDLY = ("http://lnhxds.com/art/2025/10/31/art_1229174782_1862215.html\n杭州市余杭区构建就业友好型城区的实施方案\n"
            "杭州市余杭区人民政府办公室 2025年10月28日\n"
            "为贯彻落实党中央国务院、省委省政府和市委市政府关于就业工作的决策部署，围绕推动高质量发展总体要求和建设共同富裕示范区战略目标，"
            "结合余杭实际，特制定本实施方案。\n一、总体目标\n"
            "以促进高质量充分就业为目标，以健全就业影响评估机制为抓手，构建就业创业良好环境，优化政策服务，加快建立部门协同、上下联动的工作体系。\n"
            "至2030年年底，力争达成以下目标：\n"
            "（1）累计开发优质就业岗位25万个以上，城镇新增就业15万人以上；\n"
            "（2）累计招引青年人才25万人以上，其中硕博研究生15000人以上；\n")


def test_targets_listed_under_a_years_lead_are_of_that_year(tmp_path, hangzhou):
    """至2030年年底，力争达成以下目标：（1）累计开发优质就业岗位25万个以上… (余杭区's plan, 2025) filed its targets as plans of 2025:
    the numbered items under a lead announcing the targets for a year to come are that year's."""
    facts = distil(tmp_path, hangzhou, FRIENDLY, "friendly.txt").facts
    jobs = next(f for f in facts if "25万个" in f.text)
    assert jobs.kind == "plan" and jobs.period.year == 2030
    assert next(f for f in facts if "15000人" in f.text).period.year == 2030
    assert next(f for f in facts if f.text.startswith("以促进高质量")).period.year == 2025


def test_a_units_signed_date_line_is_no_part_of_the_text(tmp_path, hangzhou):
    """杭州市余杭区人民政府办公室 2025年10月28日 / 为贯彻落实… (the same page) was read as one paragraph, the fact 杭州市余杭区人民政府办公室
    2025年10月28日为贯彻落实… filed under 杭州市: a line of a unit's name and the day it signed is no half of the text after it; and
    a statement opening on a chain of places (杭州市余杭区…) is of the innermost."""
    ff = distil(tmp_path, hangzhou, FRIENDLY, "friendly.txt")
    assert ff.source.date == "2025-10-28" and ff.source.jurisdiction == "余杭区"
    assert "人民政府办公室" not in fact_texts(ff)
    assert {f.jurisdiction for f in ff.facts} == {"余杭区"}
    from drafter.distill.facts import subject_place

    assert subject_place("杭州市余杭区人民政府办公室为贯彻落实…") == "余杭区"


def test_a_subclass_after_the_number_is_of_its_class(tmp_path, yueyang):
    """岳县水利字〔2024〕36号B1类 (and 岳阳县教育体育局's 岳县教体字〔2024〕1号 B1类, cnzheou.com/37586/38025/38495/content_2212823.html)
    had no class: 湖南's replies number a class's subclasses (B1, B2), and B1 is of class B."""
    assert distil(tmp_path, yueyang, REPLY_2024, "r2024.txt").source.reply_class == "B"
