"""General reading rules found on held-out round 18 (units the earlier rounds did not hold — 青海 海南州's 生态环境局,
云南 隆阳's and 姚安's 水务局, 陕西 潼关's 民政局, and 吉林 长春's 住房保障和房屋管理局, read right already; the shared corpus's
pages of 重庆市科学技术局, 岳阳市财政局, 重庆 万盛's 科技局 and 河南 泌阳县人民政府 for what round 17 left; and 新疆 博乐's 财政局
(round 17) for its years before 2017).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in
the test) through the public path a user's ``drafter distill`` takes (read_document → distill_document, in
the demo workspace), and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil


def _figures(tmp_path, workspace, text, name):
    return {g.raw: g for f in distil(tmp_path, workspace, text, name).facts for g in f.figures}


def test_a_joint_regions_figures_are_not_the_citys(tmp_path, workspace):
    """重庆市科学技术局's reply (kjj.cq.gov.cn/zwgk_176/zwxxgkml/rddbjyblqkgk/202409/t20240914_13633985.html, the shared
    corpus's 01) says 实施成渝科技创新合作计划项目161个，资金超1亿元: the projects were 成渝's, their money 重庆市's own."""
    text = ("重庆市科学技术局 关于市六届人大二次会议第0219号建议办理情况的答复函\n\n日期:2024-09-14\n\n沈迎春代表:\n\n"
            "你提出的《关于推动科技成果转移转化、加强成渝一体化科技创新支撑作用的建议》(第0219号)收悉。现将办理情况答复如下。\n\n"
            "二是推动合作攻关与开放共享。实施成渝科技创新合作计划项目161个,资金超1亿元,形成超级智能汽车平台等一批创新成果。\n")
    figures = _figures(tmp_path, workspace, text, "region.txt")
    assert (figures["161个"].place, figures["超1亿元"].place) == ("成渝", "成渝")


def test_a_regions_figure_does_not_carry_to_another_kind_after_it(tmp_path, workspace):
    """重庆市科学技术局's answer to a proposal (kjj.cq.gov.cn/zwgk_176/zwxxgkml/zxtablqkgk/202505/t20250523_14652438.html, the
    shared corpus's 05) counts 布局建设川渝共建重点实验室11个，市级重点实验室206个，
    市级以上科技平台基地1292家: the city's own laboratories and bases are no region's, though its joint ones are."""
    text = ("重庆市科学技术局关于 市政协六届三次会议第0883号提案答复的函\n\n日期:2025-05-23\n\n孙宽委员:\n\n"
            "您提出的《关于强化重庆企业科技创新的建议》(第0883号)收悉。现答复如下:\n\n"
            "建设全国重点实验室11个,布局建设川渝共建重点实验室11个,市级重点实验室206个,市级以上科技平台基地1292家。\n")
    places = [g.place for f in distil(tmp_path, workspace, text, "region_kinds.txt").facts for g in f.figures]
    assert places == [None, "川渝", None, None]


def test_a_figure_of_the_thing_the_sentence_before_named(tmp_path, workspace):
    """岳阳市财政局's reply (news.iaiso.net/345636113722336e6b892f1485/8574853691073724705.html, the corpus's 17) says
    全市仅华容县有1家…的合作社。该合作社通过多年的试验，研发出…栽培方式。通过新型栽培方式，每年可利用秸秆几百吨: 几百吨 was
    岳阳市's, not the cooperative's 华容县's."""
    text = ("对岳阳市政协九届一次会议第60号提案的答复(岳财字〔2022〕47号A类)\n"
            "您提出的《关于打造百亿芦桑食用菌绿色产业的建议》收悉。现就有关财政方面问题答复如下:\n"
            "据了解,全市发展林菌模式的林下经济产业比较薄弱,全市仅华容县有1家林下种植红松菌的合作社。该合作社通过多年的试验,"
            "研发出一种新型的红松菌栽培方式。通过新型栽培方式,每年可利用秸秆几百吨,可以用稻草秸秆,也可用芦苇秸秆。\n")
    figures = _figures(tmp_path, workspace, text, "anaphor.txt")
    assert (figures["1家"].place, figures["几百吨"].place, figures["几百吨"].value) == ("华容县", "华容县", None)


def test_vague_counts_are_figures_of_no_value(tmp_path, workspace):
    """岳阳市财政局's reply (the corpus's 17) reads 几百吨 as a figure; 上千人, 十几个 and 几万人 were missed, as 线上百家 and
    上百年 must stay none. A vague count states no number: a figure of no value, none made up from its magnitude (hd44b)."""
    text = ("张某代表:\n您提出的《关于发展乡村旅游的建议》收悉。现答复如下:\n"
            "2023年,全县举办乡村旅游节,吸引上千人参加,建成十几个采摘基地,惠及几万人。线上百家企业参展,古村有上百年历史。\n"
            "某县文化和旅游局\n2023年9月1日\n")
    figures = _figures(tmp_path, workspace, text, "vague.txt")
    assert {raw: (g.value, g.scale) for raw, g in figures.items()} == {
        "上千人": (None, None), "十几个": (None, None), "几万人": (None, "万")}


def test_the_years_before_one_are_not_the_documents(tmp_path, workspace):
    """博乐市财政局's reply (xjbl.gov.cn/info/1290/71409.htm), dated 2021, says 3.2017年之前，博乐市每年预算安排5-10万元…:
    the statement was dated 2021, the document's year; and 2020年之后 was read as 2020 alone, not since 2020."""
    text = ("冬花委员:\n您在博乐市政协十届一次会议上提出的“关于合理拨付文物保护专项经费的提案”(第10号建议)收悉,现答复如下:\n"
            "二.建议办理情况\n3.2017年之前,博乐市每年预算安排5-10万元专项用于文物保护工作经费。\n"
            "4.2020年之后,博乐市每年预算安排20万元专项用于文物保护工作经费。\n博乐市财政局\n2021年11月19日\n")
    facts = distil(tmp_path, workspace, text, "before.txt").facts
    periods = {g.raw: (f.period.year, f.period.until, f.period.basis) for f in facts for g in f.figures}
    assert periods == {"5-10万元": (None, None, "unknown"), "20万元": (2020, 2021, "text")}


def test_a_plans_targets_count_what_their_list_names(tmp_path, workspace):
    """万盛经开区科技局's plan (ws.cq.gov.cn/…/wskjj/202306/t20230616_12072892.html, the corpus's 25) says 全区高新技术企业和
    科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家 and 规模以上工业战略性新兴产业增加值占规模以上工业增加值的
    比重超38%，高技术制造业增加值占…的比重超25%: 90家 and 870家 counted nothing, 38% and 25% the same thing."""
    text = ("【科技局】答:\n到2025年,全区高新技术企业突破75家、科技型企业超过690家。到2027年,全区高新技术企业和科技型企业在2022年"
            "的基础上实现“双倍增”,分别超过90家和870家;全区专精特新“小巨人”企业突破8家,规模以上工业战略性新兴产业增加值占规模以上"
            "工业增加值的比重超38%,高技术制造业增加值占规模以上工业增加值的比重超25%。\n")
    figures = _figures(tmp_path, workspace, text, "targets.txt")
    assert [figures[raw].counts for raw in ("超过90家", "870家", "超38%", "超25%")] == [
        "高新技术企业", "科技型企业", "规模以上工业战略性新兴产业增加值占比", "高技术制造业增加值占比"]


def test_money_that_built_a_thing_counts_no_words_after_it(tmp_path, workspace):
    """泌阳县人民政府's reply (biyang.gov.cn/web/front/news/detail.php?newsid=12551, the corpus's 13) says …部分乡镇(街道)农村文化
    广场建设安装LED户外科普大屏23个…，投资2000万元建设的县科技馆即将免费对外开放: 2000万元 counted 县科技馆即将免费对外开放 and
    23个 opened on the bracket the cut left (）农村文化广场…)."""
    text = ("泌阳县人民政府对市政协四届八次会议第114号提案的答复\n高其良、陈海珍、侯杰委员:\n"
            "您提出的关于“强化全民科学素质工作保障”的提案收悉。现答复如下:\n三、进一步加强科技馆等科普基础设施建设\n"
            "为加强科学普及,提升全民科学素质,我县投资100万元在县城区公园、广场、体育场和部分乡镇(街道)农村文化广场建设安装LED户外"
            "科普大屏23个,购买依维柯科普大篷车1辆,投资2000万元建设的县科技馆即将免费对外开放。\n2022年6月20日\n")
    figures = _figures(tmp_path, workspace, text, "built.txt")
    assert (figures["2000万元"].counts, figures["23个"].counts) == ("投资", "农村文化广场建设安装LED户外科普大屏")


def test_a_reports_title_line_is_not_run_into_its_first_paragraph(tmp_path, workspace):
    """海南州生态环境局's report (sthjj.hainanzhou.gov.cn/zwgk/fdzdgknr/zfjg/content_1902522) is titled 海南州生态环境局办理人大
    代表建议政协委员提案情况 on a line of its own: it was run into the paragraph after it, no title was read, and the
    prefecture's report was read as 海南省's (its text says 我省); nor was the unit its title opens with read as its issuer."""
    text = ("索引号: | 发布机构: | ||\n生效日期: | 2021-11-19 | 废止日期: | |\n文 号: | 所属主题: | 执法监管 |\n"
            "海南州生态环境局办理人大代表建议政协委员提案情况\n"
            "今年来,海南州生态环境局党组始终坚持把人民群众对美好生态环境的需求作为第一工作目标,聚焦主责主业,主动担当作为。\n"
            "三是针对“关于加快推进我省生态文明建设示范区创建工作的提案”,积极引导、协助各县开展生态文明示范创建工作。截止2020年9月,"
            "全州共命名国家级生态文明建设示范县1个。\n")
    ff = distil(tmp_path, workspace, text, "title.txt")
    assert (ff.source.title, ff.source.jurisdiction) == ("海南州生态环境局办理人大代表建议政协委员提案情况", "海南州")
    assert ff.source.issuer == "海南州生态环境局"
    assert ff.facts[0].text.startswith("今年来") and {f.jurisdiction for f in ff.facts} == {"海南州"}


# 隆阳区水务局's reply (longyang.gov.cn/info/4386/13534879.htm).
RESERVOIRS = ("关于对隆阳区人大第六届二次会议第101号建议的答复\n董国辉等两位代表:\n"
              "你们提出的关于加快潞江镇农村水利基础建设 助推农业产业高质量发展的建议,已交我们研究办理,现答复如下:\n"
              "推进水库除险加固工作。近期进行坝湾、田心、那摩、大队、寨子心5座小(2)型水库除险加固。\n"
              "潞江坝灌区已全面完成规划阶段工作,可研报告已通过省水利厅审查,审查意见已于2023年3月6日转报省发改委。\n"
              "隆阳区水务局\n2023年7月31日\n")


def test_a_bare_title_handed_to_the_bureau_and_what_a_kind_in_brackets_counts(tmp_path, workspace):
    """隆阳区水务局's reply says 你们提出的关于加快潞江镇农村水利基础建设 助推…的建议,已交我们研究办理 (no 收悉): no title was read;
    it counts 寨子心5座小(2)型水库 and 5座 counted 小（, the kind's number cutting its name."""
    ff = distil(tmp_path, workspace, RESERVOIRS, "reservoirs.txt")
    assert ff.source.suggestion_title == "关于加快潞江镇农村水利基础建设 助推农业产业高质量发展的建议"
    assert [g.counts for f in ff.facts for g in f.figures] == ["小（2）型水库除险加固"]


def test_an_irrigation_district_is_no_place(tmp_path, workspace):
    """隆阳区水务局's reply opens a statement on 潞江坝灌区已全面完成规划阶段工作: the irrigation district was read as the
    statement's jurisdiction, a place of 区 level."""
    facts = distil(tmp_path, workspace, RESERVOIRS, "reservoirs.txt").facts
    assert {f.jurisdiction for f in facts} == {"隆阳区"}


def test_a_session_named_by_its_assembly_and_a_bare_title_answered(tmp_path, workspace):
    """潼关县民政局's reply (tongguan.gov.cn/zfxxgk/fdzdgknr/jyta/zxwyta/1834433012973834241.html) is titled 关于对政协十届三次
    会议第52号提案的答复 and says 您提出的关于…的建议,现答复如下: neither session nor title was read; 我县共建设养老机构3家
    counted 共建设养老机构 (共建 is a joint building, 共建设 all that was built)."""
    text = ("潼关县民政局\n关于对政协十届三次会议第52号提案的答复\n\n来源:潼关县民政局 发布时间:2024-09-11 11:23\n类别:提案\n"
            "潼关县民政局文件\n签发人:杨宏亮\n潼民发【2024】275号\n\n马青、周丽等委员:\n\n"
            "您提出的关于进一步推进城乡居民养老服务体系建设的建议,现答复如下:\n\n"
            "我县共建设养老机构3家,日间照料中心9所,互助幸福院10所,养老机构达到县域内全覆盖。\n\n潼关县民政局\n\n2024年6月27日\n")
    ff = distil(tmp_path, workspace, text, "session.txt")
    assert (ff.source.session, ff.source.suggestion_title) == ("政协十届三次会议", "关于进一步推进城乡居民养老服务体系建设的建议")
    assert ff.facts[0].figures[0].counts == "养老机构"


def test_a_quoted_title_not_opening_on_guanyu(tmp_path, workspace):
    """姚安县水务局's reply (yaoan.gov.cn/Pages_315_100633.aspx) says 你提出的“建议帮助列项并实施马游河河堤加固项目工程的建议案”:
    no title was read (a bare or quoted one had to open on 关于)."""
    text = ("姚安县水务局对姚安县第十八届人民代表大会第四次会议第42号建议案的答复\n"
            "来源: 姚安县水务局 | 访问量:82 | 发布时间: 2025/8/18 10:42:46\n自会平代表:\n\n"
            "你提出的“建议帮助列项并实施马游河河堤加固项目工程的建议案”,问题已交由我局研究办理,现答复如下:\n\n"
            "马游河属于渔泡江支流,河道窄、排行能力弱,只能从山洪沟治理方面争取资金。\n\n姚安县水务局\n\n2025年8月18日\n")
    assert distil(tmp_path, workspace, text, "quoted.txt").source.suggestion_title == "建议帮助列项并实施马游河河堤加固项目工程的建议案"


def test_money_spent_on_a_countys_project_is_that_countys(tmp_path, workspace):
    """海南州生态环境局's report (sthjj.hainanzhou.gov.cn/zwgk/fdzdgknr/zfjg/content_1902522) says 争取资金3906万元实施贵德县农村
    生活污水治理项目: the money was the prefecture's, not 贵德县's."""
    text = ("海南州生态环境局办理人大代表建议政协委员提案情况\n"
            "一是针对“关于农牧区环境综合整治稳固提升的提案”,积极争取资金实施农村环境综合整治项目,2019年积极争取省级资金560万元,"
            "实施5县17个易地扶贫搬迁村庄农村环境综合整治项目;争取资金3906万元实施贵德县农村生活污水治理项目。\n")
    figures = _figures(tmp_path, workspace, text, "county_project.txt")
    assert (figures["560万元"].place, figures["3906万元"].place) == (None, "贵德县")
