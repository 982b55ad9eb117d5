"""General reading rules found on the pages held-out round 25 left misread (巴南区水利局's reply to suggestion 311,
广水市's 水利 reply on 太平镇区's flood works, 舒城县应急局's monthly table of its key work, 襄垣县民政局's half-year
summary, …).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document), in a
workspace of the page's own bureau, and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace


@pytest.fixture
def banan(tmp_path):
    """A workspace of 重庆市巴南区水利局."""
    return unit_workspace(tmp_path / "ws_bn", "重庆市巴南区水利局", "区水利局", "巴南区", "惠民街道, 南彭街道")


def test_the_kind_of_unit_worked_with_names_no_co_handler(tmp_path, banan):
    """巴南区水利局's reply to suggestion 311 (cqbn.gov.cn/zwgk_252/zfxxgkml/jytabl/rddbjytabl/202504/
    t20250428_14568132.html) says 经与您沟通、与协办单位共同商讨: its co-handlers were 经与您沟通 and 与."""
    text = ("重庆市巴南区水利局关于区十九届人大六次会议第311号代表建议办理情况的答复函\n巴南水利函〔2025〕26号\n黎柏麟代表:\n"
            "您提出的《关于对鱼溪河进行河道堤坝整治的建议》(第311号)收悉。经与您沟通、与协办单位共同商讨、接受各种方式的督办意见,"
            "形成该建议的办理共识和措施,并狠抓落实。现将有关情况答复如下。\n"
            "2025年4月8日,我局会同您本人商讨了鱼溪河河道治理事宜,并达成共识。\n")
    source = distil(tmp_path, banan, text, "311.txt").source
    assert source.co_handlers == []
    assert source.number == "巴南水利函〔2025〕26号" and source.deputy == "黎柏麟"


@pytest.fixture
def guangshui(tmp_path):
    """A workspace of 广水市水利和湖泊局 (太平镇 one of its towns)."""
    return unit_workspace(tmp_path / "ws_gs", "广水市水利和湖泊局", "市水利局", "广水市", "太平镇, 应山街道")


# 广水市's reply on 太平镇区's flood works (guangshui.gov.cn/jcxxgkpt/bmxxgk/sslhhbjs_16314/fdzdgknr_15747/qtzd_guangshui/
# jytabl_guangshui/202410/t20241024_1265514.shtml), its page's last lines the site's.
GUANGSHUI = ("杜建生等10名代表:\n您提出的关于“支持太平镇区防洪排涝工程”的建议收悉,现答复如下:\n"
             "鉴于每年主汛期遇暴雨时,上游杨门冲水库溢洪以及山地雨水在太平镇区汇集,由于下游河道泄洪能力不足导致镇区水淹,"
             "我局在编制应山河综合治理工程项目规划时,已将太平镇南街支沟作为支流纳入应山河综合治理工程实施内容范畴,"
             "2023年应山河综合治理工程项目已向省水利厅申报国债项目,受资金限制未通过审批。\n"
             "扫一扫在手机上查看当前页面\n您访问的链接即将离开“广水市人民政府”门户网站,是否继续?\n")


def test_a_towns_built_up_area_is_no_district(tmp_path, guangshui):
    """The reply answers 关于“支持太平镇区防洪排涝工程”的建议 (太平镇区, the town 太平镇's built-up area): the page's place
    was read as a district 太平镇区, and every fact as another place's (external)."""
    ff = distil(tmp_path, guangshui, GUANGSHUI, "gs.txt")
    assert ff.source.jurisdiction != "太平镇区"
    assert ff.facts and not any(f.external for f in ff.facts)
    assert all(f.jurisdiction != "太平镇区" for f in ff.facts)


def test_a_sites_notice_on_leaving_it_is_no_fact(tmp_path, guangshui):
    """The page closes on 您访问的链接即将离开“广水市人民政府”门户网站,是否继续? (the site's notice, its name in quotes): it
    was a fact of work done."""
    ff = distil(tmp_path, guangshui, GUANGSHUI, "gs.txt")
    assert not any("即将离开" in f.text for f in ff.facts)


@pytest.fixture
def shucheng(tmp_path):
    """A workspace of 舒城县应急管理局."""
    return unit_workspace(tmp_path / "ws_sc", "舒城县应急管理局", "县应急局", "舒城县", "万佛湖镇, 城关镇")


def test_an_items_number_before_a_months_date_keeps_the_month(tmp_path, shucheng):
    """舒城县应急局's table of December's key work (shucheng.gov.cn/public/6618011/37710221.html) numbers its cells
    1.10月18日下午,…演练…成功举行 and 2.11月28日印发《…》: 1.10 and 2.11 were read as sub-section numbers, the facts
    opening on 月18日 and 月28日."""
    text = ("舒城县应急局2024年《政府工作报告》12月份重点工作分解落实情况\n发表时间:2025-01-03 14:34来源:舒城县应急局\n"
            "1.10月18日下午,2024年度舒城县森林防灭火综合演练在万佛湖镇成功举行,联系融媒体中心开展森林防灭火宣传。\n"
            "2.11月28日印发《关于做好2024-2025年冬季低温雨雪冰冻灾害防范应对工作的通知》统计全县物资储备情况,"
            "印发《气象灾害防御提示》一份,提前预警。\n")
    texts = [f.text for f in distil(tmp_path, shucheng, text, "sc.txt").facts]
    assert any("10月18日下午" in t for t in texts) and any("11月28日印发" in t for t in texts), texts
    assert not any(t.startswith("月") for t in texts)


@pytest.fixture
def xiangyuan(tmp_path):
    """A workspace of 襄垣县民政局."""
    return unit_workspace(tmp_path / "ws_xy", "襄垣县民政局", "县民政局", "襄垣县", "古韩镇, 王桥镇")


def test_a_numbered_paragraph_ends_its_siblings_sections(tmp_path, xiangyuan):
    """襄垣县民政局's half-year summary (xiangyuan.gov.cn/xyzwgk/zfxxgk/bmxxgk/zfbm/mzj/mzjgkml/chnlj1251/chnlj1247/
    202508/t20250805_3074808.html) lists 2.上半年市级以上领导调研情况: / (2)调研时间:2025年4月2日 / … then
    3.上半年主动争取的…资金情况:2025年4月底已申报…(a numbered paragraph, no heading): its section was still 2.'s and (2)'s."""
    text = ("民政局2025年上半年工作总结和下半年工作计划\n一、主要工作情况\n(一)主要情况\n2.上半年市级以上领导调研情况:\n"
            "(2)调研时间:2025年4月2日\n调研内容:长治市民政局调研组调研养老服务体系建设工作。\n"
            "3.上半年主动争取的市级、省级、国家级资金情况:2025年4月底已申报中央彩票公益金1000万、中央预算内资金1000万,"
            "2025年第三批专项债券1300万,相关资料已提交,待批复。\n")
    fact = next(f for f in distil(tmp_path, xiangyuan, text, "xy.txt").facts if "彩票公益金" in f.text)
    assert fact.section == ["一、主要工作情况", "（一）主要情况"], fact.section


def test_a_replys_first_paragraph_dates_a_step_of_the_work_not_the_reply(tmp_path, banan):
    """The same reply's first paragraph opens 2025年3月12日下午,区河长办组织召开了…专题会 and goes on to 2025年4月8日: the
    reply was dated 2025-03-12 (a step of the work, as a news item's lede dates the item)."""
    text = ("重庆市巴南区水利局关于区十九届人大六次会议第311号代表建议办理情况的答复函\n巴南水利函〔2025〕26号\n黎柏麟代表:\n"
            "您提出的《关于对鱼溪河进行河道堤坝整治的建议》(第311号)收悉。现将有关情况答复如下。\n"
            "2025年3月12日下午,区河长办组织召开了鱼溪河联防联控联治工作专题会。会议研究了鱼溪河水污染防治项目包装前期工作。"
            "2025年4月8日,我局会同您本人商讨了鱼溪河河道治理事宜,并达成共识。\n")
    assert distil(tmp_path, banan, text, "311.txt").source.date != "2025-03-12"


@pytest.fixture
def anning(tmp_path):
    """A workspace of 安宁市水务局."""
    return unit_workspace(tmp_path / "ws_an", "安宁市水务局", "市水务局", "安宁市", "连然街道, 金方街道")


def test_about_before_a_figure_is_the_figures_qualifier(tmp_path, anning):
    """安宁市水务局's reply to suggestion 74227 (kman.gov.cn/c/2025-06-09/7081432.shtml) says 投入资金大约100万元: the
    figure was 约100万元 of 投入资金大."""
    text = ("安宁市水务局关于对安宁市七届人大四次会议第74227号建议的答复\n付红梅代表:\n"
            "您提出的《关于解决前山崀小河口河堤塌陷问题的建议》(第74227号)交我们办理,现答复如下:\n"
            "经村委会实地测量,对此150米的河道两岸要用混凝土浇灌2.5—3米高的河堤,投入资金大约100万元。\n")
    figures = {g.raw: g.counts for f in distil(tmp_path, anning, text, "an.txt").facts for g in f.figures}
    assert figures.get("大约100万元") == "投入资金", figures


@pytest.fixture
def civil(tmp_path):
    """A workspace of a city's 民政局 (the summary names its city x市 only)."""
    return unit_workspace(tmp_path / "ws_mz", "某某市民政局", "市民政局", "某某市", "城关街道")


# A city 民政局's 2024 summary on a document library (wenkuhub.com/57827.html), its spaces the mirror's.
CIVIL = ("市民政局2024年工作总结和2025年工作计划\n"
         "2024 年,x市民政局以习近平新时代中国特色社会主义思想为指导,扎实推进民生改善,现将 2024 年工作总结如下。\n"
         "一、主要工作开展情况及工作成效\n"
         "一是 及时提高救助补助标准,保障困难群众生活。自 2024 年 7 月起城市最低生活保障标准由 728 元 / 人 / 月提高 为 735 元 / 人 / 月,"
         "农村最低生活保障标准由 6188 元 / 人 / 年提高 为 6431 元 / 人 / 年。 二是 认真开展人员筛查、数据比对、保障标准测算等, "
         "2024 年低保新增 1010 户 1653 人、停发 1215 户 1923 人,通过“一卡通”及时足额发放各类救助资金 11656.26 万元。\n")


def test_a_rates_unit_and_its_new_value(tmp_path, civil):
    """It says 城市最低生活保障标准由 728 元 / 人 / 月提高 为 735 元 / 人 / 月: 735元 was read as counting / 人 / 月提高 (the
    rate's unit left out of the figure); it is the standard's new value, its unit per person and month."""
    figures = {g.raw: g.counts for f in distil(tmp_path, civil, CIVIL, "mz.txt").facts for g in f.figures}
    assert figures["728元 / 人 / 月"] == figures["735元 / 人 / 月"] == "城市最低生活保障标准", figures
    assert figures["6431元 / 人 / 年"] == "农村最低生活保障标准"


def test_a_figure_right_after_another_counts_the_same(tmp_path, civil):
    """It says 低保新增 1010 户 1653 人、停发 1215 户 1923 人: the people (1653人, 1923人) counted nothing."""
    figures = {g.raw: g.counts for f in distil(tmp_path, civil, CIVIL, "mz.txt").facts for g in f.figures}
    assert figures["1653人"] == figures["1010户"] and figures["1923人"] == figures["1215户"] == "停发", figures


@pytest.fixture
def xinping(tmp_path):
    """A workspace of 新平彝族傣族自治县文化和旅游局."""
    return unit_workspace(tmp_path / "ws_xp", "新平彝族傣族自治县文化和旅游局", "县文化和旅游局", "新平县", "新化乡, 桂山街道")


def test_a_reply_printed_as_one_paragraph(tmp_path, xinping):
    """新平县's reply to a proposal (xinping.gov.cn/xpxzfxxgk/jyyta3535/20250909/1630663.html) prints all of it on one line:
    李志文、杨振昌 委员: 你们提出的《…的建议》,已交由我们研究办理,现答复如下: … 再次感谢…! 2025年9月8日 (联系人及电话:朱世存
    0877-7013863). It was an undated work report of no deputy, its last fact closing on the thanks and the contact."""
    text = ("|\n李志文、杨振昌 委员: 你们提出的《关于加强古州文化挖掘保护利用促进文体旅融合的建议》,已交由我们研究办理,现答复如下: "
            "首先,感谢你们对新平县文化旅游工作的关注与支持。近年来,县文化和旅游局和地方政府在加强古州文化挖掘保护方面做了大量的工作,"
            "建立了新化古州历史文化展馆,收集约80件文物、古籍、非遗、古物器具等有关古州文化物品进行展示。 下步,我们将积极向国家、省、市"
            "争取文化旅游方面的资金支持。 再次感谢你们对新平文化旅游工作的关注与支持! 2025年9月8日 (联系人及电话:朱世存 0877-7013863)\n|\n")
    ff = distil(tmp_path, xinping, text, "xp.txt")
    s = ff.source
    assert (s.kind, s.date, s.deputy, s.proposal) == ("reply", "2025-09-08", "李志文、杨振昌", True), s
    assert s.suggestion_title == "关于加强古州文化挖掘保护利用促进文体旅融合的建议"
    assert s.phone == "0877-7013863"
    assert not any("再次感谢" in f.text or "联系人" in f.text for f in ff.facts)


@pytest.fixture
def zhenyuan(tmp_path):
    """A workspace of 镇沅县文化和旅游局, its county named short."""
    return unit_workspace(tmp_path / "ws_zy", "镇沅县文化和旅游局", "县文化和旅游局", "镇沅县", "恩乐镇, 九甲镇")


def test_an_autonomous_county_named_in_full_is_the_one_named_short(tmp_path, zhenyuan):
    """镇沅县文化和旅游局's reply to suggestion 110 (pezhenyuan.gov.cn/info/egovinfo/1592/zwgk_nr/9047-/2019-1206010.htm)
    is titled 镇沅彝族哈尼族拉祜族自治县文化和旅游局关于…: in a workspace of 镇沅县 every fact was another place's (external)."""
    text = ("镇沅彝族哈尼族拉祜族自治县文化和旅游局关于县十七届人民代表大会第三次会议\n第110号代表建议办理情况\n的答复函\n尊敬的肖海代表:\n"
            "您在县十七届人大三次会议上提出的《关于给予九甲镇“云上九甲、十里栈道”项目建设资金支持的建议》(第111号)收悉,"
            "现将办理情况答复如下:\n"
            "2018年,在县级资金严重匮乏的情况下,已从全县600万元旅游发展专项资金中安排30万元支持了九甲镇“万株樱树、百里花谷”项目建设,"
            "并起到了很好的推动作用。\n2019年8月3日\n")
    ff = distil(tmp_path, zhenyuan, text, "zy.txt")
    assert ff.facts and not any(f.external for f in ff.facts)


@pytest.fixture
def wuxi(tmp_path):
    """A workspace of 巫溪县人力资源和社会保障局."""
    return unit_workspace(tmp_path / "ws_wx", "巫溪县人力资源和社会保障局", "县人力社保局", "巫溪县", "柏杨街道, 文峰镇")


# 巫溪县人力社保局's reply to proposal 95 (cqwx.gov.cn/zwgk_224/zfxxgkml/jytabl/zxwytabl/t_12558020.html): its addressee
# without a colon, its opening 现将办理结果复函如下.
WUXI = ("巫溪县人力资源和社会保障局关于县政协十一届二次会议第95号提案的复函\n日期:2023-07-06\n\n向胜飞委员\n\n"
        "您在县政协十一届一次会议上提出的《关于促进返乡农民工创业的几点建议》的提案,已于3转交我局办理。收到提案后,我局领导高度重视,"
        "对您提出的问题认真研究,并组织人员进行办理,现将办理结果复函如下:\n\n"
        "一、建设农民工返乡创业园,助力农民工返乡创业。截至目前,我县建立了文峰镇农民工返乡创业园、巫溪县观峰返乡创业园、"
        "巫溪县宝源返乡创业园3个农民工返乡创业园,吸纳103家返乡创业型企业入驻,提供就业岗位1754个,年销售产值达1.1亿元。\n\n"
        "二、落实金融支持。二是创业担保贷款助推创业就业。扩大承贷金融机构范围,从2022年的3家银行增加到6家。\n")


def test_an_opening_passing_the_answer_as_a_letter(tmp_path, wuxi):
    """It opens 现将办理结果复函如下: the opening paragraph was a fact, and the proposal's title 《关于促进返乡农民工创业的几点
    建议》 was not read."""
    ff = distil(tmp_path, wuxi, WUXI, "wx.txt")
    assert ff.source.suggestion_title == "关于促进返乡农民工创业的几点建议"
    assert not any("复函如下" in f.text for f in ff.facts)


def test_a_town_is_no_verb_of_going_home(tmp_path, wuxi):
    """It lists 巫溪县宝源返乡创业园3个农民工返乡创业园,吸纳103家…: the figures were placed in a town 宝源返乡."""
    places = {g.raw: g.place for f in distil(tmp_path, wuxi, WUXI, "wx.txt").facts for g in f.figures}
    assert not any(p and p.endswith("返乡") for p in places.values()), places


def test_a_count_that_grew_to_another_counts_the_same(tmp_path, wuxi):
    """It says 从2022年的3家银行增加到6家: 3家 counted 银行增加 and 6家 counted 到."""
    counts = {g.raw: g.counts for f in distil(tmp_path, wuxi, WUXI, "wx.txt").facts for g in f.figures}
    assert counts["3家"] == counts["6家"] == "银行", counts


def test_a_tables_row_of_field_names_is_no_title(tmp_path):
    """龙陵县文化和旅游局's reply on a mirror (hfghjg.com.cn/info/23744/2045579.htm) heads it with the table 索引號 | … /
    文號 | 瀏覽量 (empty fields) and no title: its title was 文号 | 浏览量."""
    ws = unit_workspace(tmp_path / "ws_ll", "龙陵县文化和旅游局", "县文化和旅游局", "龙陵县", "龙山镇, 龙江乡")
    text = ("| 索引號 | 15262660-/2019-0701016 | 發布機構 | 龍陵縣文化和旅游局 |\n| 公開目錄 | 人大建議辦理結果 | 發布日期 | 2019-07-01 |\n"
            "| 文號 | 瀏覽量 |\n郭積倉代表:\n您在龍陵縣第十七屆人民代表大會第三次會議上提出的“關于建設稻花魚節廣場的建議”,縣人民政府已交我局辦理。"
            "經局領導班子會議研究,并于6月30日與您面商,現答復如下:\n"
            "為扎實推進龍陵縣公共文化服務設施均衡發展,2017年至2018年全縣121個村(社區) 統一實施了村級綜合文化中心建設項目,"
            "項目建成文化活動廣場121個。\n龍陵縣文化和旅游局\n2019年6月30日\n")
    source = distil(tmp_path, ws, text, "ll.txt").source
    assert source.title is None or "|" not in source.title, source.title
    assert source.suggestion_title == "关于建设稻花鱼节广场的建议"


@pytest.fixture
def bozhou(tmp_path):
    """A workspace of 亳州市应急管理局."""
    return unit_workspace(tmp_path / "ws_bz", "亳州市应急管理局", "市应急局", "亳州市", "谯城区, 涡阳县")


# 亳州市应急局's account of 2024 (yjj.bozhou.gov.cn/XxgkContent/show/2718500.html), its title not on the page.
BOZHOU = ("2024年以来,在市委、市政府的坚强领导下,市应急局坚持以习近平新时代中国特色社会主义思想为指导,以安全生产治本攻坚三年行动为主线,"
          "安全生产形势总体稳定。\n一、安全生产工作\n(一)岗位目标。\n"
          "2024以来,已发生安全生产责任事故17起、死亡23人。同比减少4起、2人,分别下降19%、8%。\n(二)重点任务完成情况。\n"
          "1.完善和落实安全生产责任制。分解市政府领导同志2024年任务清单和责任清单128项,出台《亳州市安全生产“三管三必须”责任清单》,"
          "条目式明确各部门安全生产职责238项。\n")


def test_a_verb_of_breaking_tasks_down_names_no_city(tmp_path, bozhou):
    """It says 分解市政府领导同志2024年任务清单和责任清单128项: its issuer was 分解市政府, its place 分解市, every fact external."""
    ff = distil(tmp_path, bozhou, BOZHOU, "bz.txt")
    assert ff.source.jurisdiction != "分解市" and (ff.source.issuer or "") != "分解市政府", ff.source
    assert ff.facts and not any(f.external for f in ff.facts)


def test_events_are_counted_by_qi(tmp_path, bozhou):
    """It says 已发生安全生产责任事故17起、死亡23人: the accidents (17起) were no figure."""
    raws = [g.raw for f in distil(tmp_path, bozhou, BOZHOU, "bz.txt").facts for g in f.figures]
    assert "17起" in raws and "23人" in raws, raws


def test_the_place_of_the_authority_guiding_the_unit_is_not_the_texts(tmp_path):
    """大冶市应急管理局's half-year summary (hbdaye.gov.cn/zfxxgk/dfbmptlj/szbm/dysyjgljjgsz/fdzdgknr_16731/ghxx_20388/202508/
    t20250805_1247208.html) opens 在市委、市政府的坚强领导和黄石市应急管理部门的有力指导下,我局…: its place was read as 黄石市
    (the city above), every fact another place's."""
    ws = unit_workspace(tmp_path / "ws_dy", "大冶市应急管理局", "市应急局", "大冶市", "东岳路街道, 金湖街道")
    text = ("2025年上半年,在市委、市政府的坚强领导和黄石市应急管理部门的有力指导下,我局始终坚持以人民为中心的发展思想,"
            "全市安全生产和自然灾害形势保持总体平稳。现将上半年主要工作情况总结如下:\n二、工作开展情况\n"
            "1.压紧压实安全责任链条。印发《2025年安全生产工作要点》,召开市安委会全体会议2次、组织召开安全生产专题会、调度会、推进会4次,"
            "分析研判形势,部署重点任务。\n")
    ff = distil(tmp_path, ws, text, "dy.txt")
    assert ff.source.jurisdiction != "黄石市"
    assert ff.facts and not any(f.external for f in ff.facts)


def test_a_long_list_of_deputies_and_a_title_under_the_sites_name(tmp_path):
    """元谋县自然资源局's reply to suggestion 42 (yncxym.gov.cn/info/egovinfo/1007/overt_centent/11532328015177503N-/
    2023-0927056.htm) is addressed to twelve deputies (杨舒涵、…、张 斌、赵成明、杨发先代表:) under the site's line 长者模式
    元谋县人民政府: it had no deputy, and its title opened on 长者模式 元谋县人民政府."""
    ws = unit_workspace(tmp_path / "ws_ym", "元谋县自然资源局", "县自然资源局", "元谋县", "元马镇, 羊街镇")
    text = ("无障碍浏览\n长者模式 元谋县人民政府\n首页 >> 公开信息内容\n\n元谋县自然资源局对县十八届人大二次会议第42号建议的答复\n\n"
            "索引号:11532328015177503N-/2023-0927056 公文目录:人大代表建议 发文日期:2023年09月27日 主题词: 文  号:元自然资复〔2023〕19号 "
            "成文日期: 发布机构:元谋县政府办\n\n"
            "杨舒涵、杨学军、杨昌琼、彭增宇、李得荣、张敏珍、张美春、杨琼会、李金美、张 斌、赵成明、杨发先代表:\n\n"
            "你们提出的关于《关于羊街经济社会发展所需的土地要素给予适当保障的议案》的建议,已交我们研究办理,现答复如下:\n\n"
            "我局结合国土空间规划编制,对羊街镇发展所需的建设用地进行了统筹安排。\n")
    source = distil(tmp_path, ws, text, "ym.txt").source
    assert source.title == "元谋县自然资源局对县十八届人大二次会议第42号建议的答复"
    assert source.deputy.startswith("杨舒涵、杨学军") and "张斌" in source.deputy and source.deputy.endswith("杨发先")


def test_a_rule_followed_is_no_one_speaking(tmp_path):
    """融安县文体广旅局's 2022 summary (rongan.gov.cn/xxgk/fdzdgknr/ghjh/zjjh/202212/t20221202_3183825.shtml) says
    按照县党史学习教育常态化开展的要求,局党组年初制定学习计划,… 全年组织党员开展志愿服务20余次: read as someone saying (…要求,)
    what was planned (计划), the year's work done was a plan."""
    ws = unit_workspace(tmp_path / "ws_ra", "融安县文化体育广电和旅游局", "县文体广旅局", "融安县", "长安镇, 浮石镇")
    text = ("融安县文化体育广电和旅游局 2022年工作总结及2023年工作计划\n一、2022年工作情况\n"
            "(一)党史学习教育走深走实,意识形态工作扎实有效\n"
            "按照县党史学习教育常态化开展的要求,局党组年初制定学习计划,并每季度按时开展中心组理论学习,党支部严格执行“三会一课”制度。"
            "全年组织党员开展志愿服务20余次,为民办实事好事7件,撰写信息宣传稿件30多篇。\n")
    fact = next(f for f in distil(tmp_path, ws, text, "ra.txt").facts if "志愿服务" in f.text)
    assert fact.kind == "done", fact.kind


def test_a_bureau_named_after_its_own_county_whose_name_is_a_verb_too(tmp_path):
    """会同县文化旅游广电体育局's summary of 2024 (uspayweb.com/huitong/c117900/202501/200cf6896c2c4c88aeb8f99d04fccae3.shtml,
    a mirror) is titled 会同县文化旅游广电体育局2024年工作总结及2025年工作计划: 会同 is also a verb (jointly with), and the
    page had no place. It also says 完成2亿以上重点招商项目包装2个: 2个 counted nothing, 2亿以上 (the size classing them)
    was a figure of its own."""
    ws = unit_workspace(tmp_path / "ws_hc", "会同县文化旅游广电体育局", "县文旅广体局", "会同县", "林城镇, 高椅乡")
    text = ("会同县文化旅游广电体育局2024年工作总结及2025年工作计划\n发布时间:2025-01-07 09:51 信息来源:会同县文化旅游广电体育局\n"
            "2024年,文化旅游广电体育局在上级部门的正确领导下,积极履行职能,深入推进各项工作,取得了显著成绩。现将本年度工作总结如下:\n"
            "一、2024年工作开展情况\n(一)文化旅游广电体育基础设施不断推进。\n"
            "1.加大力度引进招商引资。完成2亿以上重点招商项目包装2个:粟裕故里提质升级、稻田公园;完成新签约项目当年履约3个:红培基地、"
            "稻田公园、神农谷康养项目。\n")
    ff = distil(tmp_path, ws, text, "hc.txt")
    assert ff.source.jurisdiction == "会同县" and all(f.jurisdiction == "会同县" for f in ff.facts)
    figures = {g.raw: g.counts for f in ff.facts for g in f.figures}
    assert "2亿以上" not in figures and figures["2个"].endswith("重点招商项目包装"), figures


def test_below_after_a_figure_is_its_qualifier(tmp_path):
    """隆阳区水务局's reply to suggestion 072 (as the search excerpt prints it) says 由于下坝小河径流面积在200平方公里以下:
    200平方公里 was read as counting 以下."""
    ws = unit_workspace(tmp_path / "ws_ly", "保山市隆阳区水务局", "区水务局", "隆阳区", "永昌街道, 兰城街道")
    text = ("关于对隆阳区人大第六届一次会议第072号建议的答复\n\n赵建松代表:\n\n"
            "你提出的关于《关于下坝小河治理的建议》,已交我们研究办理,现答复如下:\n\n"
            "下坝小河属东河流域主要支流,全长25公里。由于下坝小河径流面积在200平方公里以下,未能列入《全国重点地区中小河流治理总体规划》。"
            "为保障下坝小河的行洪安全,我局已组织施工队伍,完成了下坝小河的清淤工作。\n\n隆阳区水务局\n\n2022年8月3日\n")
    figures = {g.raw: g.counts for f in distil(tmp_path, ws, text, "ly.txt").facts for g in f.figures}
    assert figures.get("200平方公里以下") == "下坝小河径流面积", figures


def test_the_central_authorities_stance_is_context(tmp_path):
    """元谋县自然资源局's reply 42 opens its answer 党中央、国务院历来高度重视耕地保护工作,…“18亿亩耕地必须实至名归…”: the
    central policy it follows was a fact of the bureau's work done (18亿亩 a figure of it)."""
    ws = unit_workspace(tmp_path / "ws_ym", "元谋县自然资源局", "县自然资源局", "元谋县", "元马镇, 羊街镇")
    text = ("元谋县自然资源局对县十八届人大二次会议第42号建议的答复\n杨舒涵、杨学军代表:\n"
            "你们提出的关于《关于羊街经济社会发展所需的土地要素给予适当保障的议案》的建议,已交我们研究办理,现答复如下:\n"
            "党中央、国务院历来高度重视耕地保护工作,特别是党的十八大以来,就严防死守耕地红线提出了新的更高要求。2021年中央农村工作会议上,"
            "习近平总书记进一步强调:“18亿亩耕地必须实至名归,农田就是农田,而且必须是良田”。\n2023年9月27日\n")
    fact = next(f for f in distil(tmp_path, ws, text, "ym.txt").facts if f.text.startswith("党中央"))
    assert fact.kind == "context", fact.kind


def test_a_prefectures_session_keeps_its_place(tmp_path):
    """文山州文化和旅游局's reply to suggestion 204 (ynws.gov.cn/info/1302/302056.htm) is titled 对文山州十五届人大一次会议
    第204号建议的答复: its session was 十五届人大一次会议, the prefecture left out."""
    ws = unit_workspace(tmp_path / "ws_ws", "文山壮族苗族自治州文化和旅游局", "州文化和旅游局", "文山州", "文山市, 富宁县")
    text = ("首页 > 互动交流 > 建议办理 > 正文\n\n对文山州十五届人大一次会议第204号建议的答复\n\n"
            "2022-06-28 17:28  来源:文山州文化和旅游局  【字体:     打印\n\n文文旅函〔2022〕25号\n\n黄晓丽等4位代表:\n\n"
            "你们提出的《关于加大谷拉乡红色文化旅游产业发展的建议》(第204号)交由我们办理,综合协办单位意见,现答复如下:\n\n"
            "州级文化和旅游部门对县级文物保护单位谷留碉堡、甘屯、龙所红军洞等低级别的文物保护单位进行提级保护。\n")
    source = distil(tmp_path, ws, text, "ws.txt").source
    assert source.session == "文山州十五届人大一次会议" and source.number == "文文旅函〔2022〕25号"


def test_a_bare_organ_as_issuer_takes_the_level_the_text_gives_it(tmp_path, xiangyuan):
    """襄垣县民政局's half-year summary prints 发文机关:民政局 and says 2025年上半年,县民政局深入贯彻落实… (naming no place; 长治市民政局
    is the city's): its issuer was 民政局."""
    text = ("字体大小:【大】 【中】 【小】\n| 索引号:000014349/2025-20186 | |\n| 发文字号: | 发文时间:2025-08-05 |\n"
            "| 发文机关:民政局 | 主题词:上半年工作总结和下半年工作计划 |\n| 标题:民政局2025年上半年工作总结和下半年工作计划 | |\n"
            "2025年上半年,县民政局深入贯彻落实县委、县政府各项决策部署,聚焦民政主责主业,切实兜住兜牢民生底线。\n"
            "一、主要工作情况\n(1)调研时间:2025年3月21日\n调研内容:长治市民政局党组书记、局长调研养老服务体系建设工作。\n")
    assert distil(tmp_path, xiangyuan, text, "xy.txt").source.issuer == "县民政局"
