"""General reading rules found on held-out round 34 (field test hd8: 天水市交通运输局, 张掖市甘州区水务局, 舒城县水利局).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test)
through the public path a user's ``drafter distill`` takes, in a workspace of the page's own bureau, and asserts on the
facts that come out.
"""

from __future__ import annotations

import pytest
from helpers import distil, unit_workspace


@pytest.fixture
def tianshui(tmp_path):
    """A workspace of 天水市交通运输局."""
    return unit_workspace(tmp_path / "ws_tianshui", "天水市交通运输局", "市交通运输局", "天水市",
                          "秦州区, 麦积区, 清水县, 秦安县, 甘谷县, 武山县, 张家川回族自治县")


@pytest.fixture
def ganzhou(tmp_path):
    """A workspace of 张掖市甘州区水务局."""
    return unit_workspace(tmp_path / "ws_ganzhou", "张掖市甘州区水务局", "区水务局", "甘州区", "乌江镇, 靖安乡, 三闸镇")


@pytest.fixture
def shucheng(tmp_path):
    """A workspace of 舒城县水利局."""
    return unit_workspace(tmp_path / "ws_shucheng", "舒城县水利局", "县水利局", "舒城县", "城关镇, 万佛湖镇, 桃溪镇, 南港镇")


def _by_start(facts, start: str):
    return next(f for f in facts if f.text.startswith(start))


def test_an_areas_urban_area_is_that_area(tmp_path, tianshui):
    """天水市交通运输局's reply 177 of 2019 (tianshui.gov.cn/jtj/info/1604/49576.htm): "目前秦州城区、麦积城区至三阳川片区的
    公交线路有公交10路…" was filed as 秦州城区（外地）: 秦州城区 is the urban area of 秦州区, one of the city's areas."""
    text = ("天水市交通运输局关于对人大第七届四次会议第177号建议的答复\n\n王宗杰代表：\n"
            "你们提出的《关于将麦积城区三阳川公交线路延长至新阳、琥珀、五龙镇的建议》收悉，现答复如下。\n"
            "一、目前秦州城区、麦积城区至三阳川片区的公交线路有公交10路（秦州公交站—中滩），共运行车辆9台，发车间隔13分钟；"
            "公交43路（麦积便桥头—三阳火车站），共运行车辆10台，发车间隔20分钟。\n"
            "天水市交通运输局\n2019年7月18日\n")
    fact = _by_start(distil(tmp_path, tianshui, text, "ts177.txt").facts, "目前秦州城区")
    assert fact.jurisdiction == "秦州区" and not fact.external


GANSU_NEWS = ("（甘肃省水利厅网站转载页，原页地址未给出；见 search 结果“【甘肃新闻】甘肃：聚焦民生实事 做优水利文章”）\n"
              "【甘肃新闻】甘肃：聚焦民生实事 做优水利文章\n"
              "时间：2024-11-18 来源：甘肃省水利厅网站\n\n"
              "甘肃省大力推进农村水利工程、水土流失综合治理、灌区提质增效等为民办实事项目，通过合理配置水资源、提升水安全、"
              "改善水生态、优化水环境，有效提升群众的幸福指数。\n"
              "水利建设是稳定农业生产的重要保障。山丹县位奇镇柳荫村的高标准农田蓄水池是2024年张掖市列入省政府为民实事农村水利"
              "惠民工程之一，总投资105万元，包括建设容积4万立方米的蓄水池一座。\n"
              "农村供水设施承载着民生期待。张掖市甘州区加快推动农村供水高质量发展，全面推行城乡供水一体化，构建起了“同源、同网、"
              "同质、同服务和同监管”的城乡供水一体化新格局。\n")


def test_a_news_paragraphs_theme_sentence_leaves_the_place_to_the_next(tmp_path, ganzhou):
    """甘肃省水利厅's news of 2024-11-18 (甘肃：聚焦民生实事 做优水利文章, in 张掖市甘州区水务局's base): "农村供水设施承载着
    民生期待。张掖市甘州区加快推动农村供水高质量发展…" was filed as 甘肃省（外地）: a paragraph's short theme sentence names no
    place, the next sentence's subject (a city and its district: the district) is the place, here the bureau's own, whose work
    it is."""
    facts = distil(tmp_path, ganzhou, GANSU_NEWS, "gs_news.txt").facts
    fact = _by_start(facts, "农村供水设施")
    assert fact.jurisdiction == "甘州区" and not fact.external and fact.kind == "done"
    assert _by_start(facts, "水利建设是").jurisdiction == "山丹县"


def test_a_headline_under_a_news_column_is_a_news_items_title(tmp_path, ganzhou):
    """The same page was made a 总结/计划 (work report) under an invented title: its headline stands under the site's news column
    (【甘肃新闻】…), a note in brackets over it is a paragraph of its own, and the province's work it tells is no work of the
    bureau's."""
    out = distil(tmp_path, ganzhou, GANSU_NEWS, "gs_news.txt")
    assert out.source.kind == "news"
    assert out.source.title == "【甘肃新闻】甘肃：聚焦民生实事 做优水利文章"
    assert _by_start(out.facts, "甘肃省大力推进").kind == "context"


def test_a_reply_account_running_on_to_its_present_is_of_its_year(tmp_path, tianshui):
    """天水市交通运输局's reply to proposal 127, signed 2020-08-19 (tianshui.gov.cn/jtj/info/1604/49846.htm), was dated 2019, the
    one year its text names, though after it "目前建站用地尚未落实…已将32路公交线路延伸至工业园内" runs on to the reply's present."""
    text = ("天水市交通运输局关于对市政协七届四次会议第127号提案的答复\n\n胡桂琳委员：\n"
            "您提出的《关于把32路车延伸至东柯河工业园区的提案》收悉，现答复如下：\n"
            "目前，公交32路审批线路为麦积区铁西苑至东柯河工业园，因园区基础条件限制，无终点站站房，线路实际运行麦积区铁西苑至"
            "石咀子。2019年，就园区公交建站事宜，公交企业与园区管委会进行了多次前期协调，协商建设公交首末站，目前建站用地尚未落实。"
            "根据提案建议，为积极解决园区人员的公交出行问题，已将32路公交线路延伸至工业园内，并设立了临时停靠点。\n"
            "感谢您对我市交通运输事业的关心和支持。\n天水市交通运输局\n2020年8月19日\n")
    assert _by_start(distil(tmp_path, tianshui, text, "ts127.txt").facts, "目前，公交32路").period.year == 2020


SHUCHENG_21 = ("舒城县水利局关于县十八届人大二次会议第21号代表建议办理情况的函\n发布时间：2023-09-29 信息来源：舒城县水利局\n\n"
               "李结文、程从军代表：\n提出的《关于加强杭北干渠桃溪支渠和大兴宕管理的建议》收悉，现将办理情况答复如下：\n"
               "柏林乡、开发区、桃溪镇皆为我县淠史杭灌区乡镇，其农业灌溉主要依赖龙河口水库蓄水，正常年份，农业灌溉没有问题，只是2022年"
               "为我县多年不遇的较大干旱年份，使桃溪镇部分村因农田缺水灌溉而遭受了较严重的干旱灾害。针对在桃溪支渠三沟分支渠上的大兴宕闸"
               "和北闸出现上下游用水矛盾，县水利局及时协调开发区和桃溪镇上下游的用水矛盾，由开发区、桃溪镇共同管理大兴宕闸。桃溪支渠"
               "部分渠段改造已列入计划当中，其中低沟支渠已列入2024年实施项目中；宋圩支渠大格宕至桃溪镇段正在列入乡村振兴项目库中\n"
               "最后，感谢代表们对水利工作的关心和支持，欢迎今后多提宝贵意见。\n办复类别：B\n")


def test_a_year_named_as_what_it_was_does_not_date_the_work(tmp_path, shucheng):
    """舒城县水利局's reply 21 of 2023-09-29 (shucheng.gov.cn/public/6596321/36834431.html) was dated 2022 for "只是2022年为我县
    多年不遇的较大干旱年份": a year said as what it was is no time of the work (协调…共同管理, 已列入计划), the reply's year."""
    fact = _by_start(distil(tmp_path, shucheng, SHUCHENG_21, "sc21.txt").facts, "柏林乡")
    assert fact.period.year == 2023


def test_a_closing_thanks_after_a_line_left_without_its_stop_is_no_part_of_it(tmp_path, shucheng):
    """The same reply's last paragraph, its stop left off (…正在列入乡村振兴项目库中), took in the closing "最后，感谢代表们对水利
    工作的关心和支持，欢迎今后多提宝贵意见。": a line opening on thanks is a paragraph of its own."""
    facts = distil(tmp_path, shucheng, SHUCHENG_21, "sc21.txt").facts
    assert _by_start(facts, "柏林乡").text.endswith("正在列入乡村振兴项目库中")
    assert not any("感谢代表们" in f.text for f in facts)


def test_planned_work_awaiting_its_funds_is_a_plan_and_its_bureau_is_the_workspaces(tmp_path, shucheng):
    """舒城县水利局's reply on the 太平泵站 proposal (ahscxzx.cn/DocHtml/1991/22/10/00207577.html, undated, titled …的答复（县水利局）):
    "我局依据…的要求，计划实施舒城县张山河清淤和太平排涝站建设工程，目前已完成项目设计工作，待上级资金下达，将进行工程招投标。"
    was work done with no place: work planned and waiting for its funds is a plan, and the issuer the bureau goes by (县水利局), in
    a text naming its county, is the bureau."""
    text = ("关于尽快建设太平泵站及其配套工程的提案的答复（县水利局）\n\n"
            "《关于尽快建设太平泵站及其配套工程的提案》收悉。经研究办理，现答复如下：\n"
            "我局依据县城区防汛排涝工作实施方案的要求，计划实施舒城县张山河清淤和太平排涝站建设工程，目前已完成项目设计工作，"
            "待上级资金下达，将进行工程招投标。\n")
    out = distil(tmp_path, shucheng, text, "taiping.txt")
    assert out.source.jurisdiction == "舒城县"
    fact = _by_start(out.facts, "我局依据")
    assert fact.kind == "plan" and fact.jurisdiction == "舒城县" and not fact.external


def test_praise_of_the_readers_suggestion_opening_a_paragraph_is_no_work(tmp_path, shucheng):
    """舒城县水利局's reply 3 of 2012 (ahscrd.gov.cn/DocHtml/2446/00198420.html): "你提出的关于加固杭埠河河堤，提高防洪能力的建议
    很好。…将根据国家的总体安排，适时组织实施。在工程实施前，请代表帮助进行水利工程建设必要性的宣传…" was work done: a
    paragraph opening on praise of the reader's suggestion speaks to the reader."""
    text = ("对县十六届人大一次会议第3号建议的答复（水利局）\n发布日期：2012-06-18\n\n王孝友代表：\n"
            "你提出的“关于加固杭埠河河堤，提高防洪能力”的建议收悉。现答复如下：\n"
            "你提出的关于加固杭埠河河堤，提高防洪能力的建议很好。杭埠河是舒城县的母亲河，是舒城县主要河流之一，该段河道治理已纳入"
            "全国中小河流规划，将根据国家的总体安排，适时组织实施。在工程实施前，请代表帮助进行水利工程建设必要性的宣传，为水利建设"
            "创造良好的建设氛围。\n感谢你对我县水利工作的关心和支持。\n")
    assert _by_start(distil(tmp_path, shucheng, text, "sc3.txt").facts, "你提出的关于").kind == "context"


def test_the_old_and_new_value_of_a_change_name_no_thing_by_its_verb(tmp_path, tianshui):
    """天水市交通运输局's reply to proposal 5 of 2021 (tianshui.gov.cn/jtj/info/1604/50126.htm): "即由原来的12台调整至18台" gave
    12台 (the old value) and 18台 the name 调整至: the words of a change name no thing counted."""
    text = ("天水市交通运输局关于对市政协七届五次会议第5号提案的答复\n\n某某委员：\n您提出的提案收悉，现答复如下：\n"
            "经组织调研，我局组织公交企业增加投放6台公交84路车辆，即由原来的12台调整至18台，途经该小区的公交17路增加5台，"
            "由原来的12台调整至17台。\n天水市交通运输局\n2021年7月19日\n")
    fact = _by_start(distil(tmp_path, tianshui, text, "ts5.txt").facts, "经组织调研")
    assert not any(g.counts in ("调整至", "即由原来", "由原来") for g in fact.figures)


def test_an_adverb_before_the_verb_is_no_part_of_what_a_figure_counts(tmp_path, ganzhou):
    """A news item of 2024-05-13 in 张掖市甘州区水务局's base (甘肃农村供水能力全面提升): "…支持的农村供水项目也有160多处" named
    160多处 农村供水项目也."""
    text = ("甘肃农村供水能力全面提升\n2024-05-13\n\n"
            "据了解，甘肃省纳入中央预算内投资、增发国债资金支持的灌区改造项目达47处，依托政府专项债券、社会融资和乡村振兴衔接资金"
            "支持的农村供水项目也有160多处，项目个数和投资总额均创历年之最。\n")
    figures = [g for f in distil(tmp_path, ganzhou, text, "gs05.txt").facts for g in f.figures]
    assert next(g for g in figures if g.raw == "160多处").counts == "农村供水项目"


def test_a_years_situation_dates_the_text_and_its_weather_is_no_work(tmp_path, shucheng):
    """An article on 六安市's 2019 drought and rural water supply (fx361.cc/page/2020/0118/15158097.shtml, in 舒城县水利局's base)
    was undated though its title names 2019, and its rain and reservoir figures, measured against a normal year (较常年同期偏少3成),
    were work done."""
    text = ("六安市2019年旱情与农村供水保障情况\n\n"
            "2019年以来累计降雨802mm（截至12月16日，下同），较常年同期偏少3成，5月1日以来全市平均面雨量534.5mm，比常年同期偏少41.4%。\n"
            "大别山区6座大型水库总蓄水量12.93亿m3，中小型水库蓄水1.49亿m3，塘坝蓄水1.01亿m3，均比常年同期少4成。\n"
            "六安市共有农村集中供水工程424处，其中：规模以上（日供水能力1000t以上）集中式供水工程95处，城市管网延伸工程11处。\n")
    out = distil(tmp_path, shucheng, text, "la2019.txt")
    assert out.source.period == 2019
    assert _by_start(out.facts, "2019年以来累计降雨").kind == "context"
    assert _by_start(out.facts, "大别山区").kind == "context"


def test_an_undated_reply_takes_the_year_of_its_sessions_dated_replies(tmp_path, shucheng):
    """舒城县水利局's reply 10 to 县十六届人大一次会议 (ahscrd.gov.cn/DocHtml/2446/00198372.html) shows no date, so its "今年开工新建
    供水规模4千吨的荷花堰自来水厂" had no year; reply 3 to the same session (ahscrd.gov.cn/DocHtml/2446/00198420.html) is dated
    2012-06-18: a reply to a session whose other replies in the base are all of one year is of that year (whichever is read
    first)."""
    from drafter.distill.run import distill_paths
    from drafter.facts.index import FactIndex

    seeds = shucheng.root / "seeds"
    seeds.mkdir()
    (seeds / "a_sc_2012_10.txt").write_text(
        "对县十六届人大一次会议第10号议事原案的答复（水利局）\n\n周万仓、吴家文代表：\n"
        "你们提出的“关于解决范店片群众饮水问题”的议事原案收悉。现答复如下：\n"
        "代表们所提的议事原案经我局相关人员的现场勘察，情况属实。为此，我们依据舒城县农村饮用水“十二五”规划，在万佛湖镇独山村"
        "境内，今年开工新建供水规模4千吨的荷花堰自来水厂，并实施管网延伸工程。\n感谢你们对我县水利工作的关心和支持。\n", "utf-8")
    (seeds / "b_sc_2012_3.txt").write_text(
        "对县十六届人大一次会议第3号建议的答复（水利局）\n发布日期：2012-06-18\n\n王孝友代表：\n"
        "你提出的“关于加固杭埠河河堤，提高防洪能力”的建议收悉。现答复如下：\n"
        "杭埠河是舒城县主要河流之一，该段河道治理已纳入全国中小河流规划。\n感谢你对我县水利工作的关心和支持。\n", "utf-8")
    assert distill_paths(shucheng, [seeds]).ok
    index = FactIndex.load(shucheng)
    fact = next(f for f in index.facts.values() if "荷花堰" in f.text)
    assert fact.period.year == 2012


def test_villages_counted_are_villages_and_a_standards_value_is_named_after_its_title(tmp_path, shucheng, tianshui):
    """舒城县水利局's reply 8 of 2013 (ahscrd.gov.cn/DocHtml/2446/00197842.html): "盛庄、梵坛、下河、付圩4个村归属春秋塘水厂供水范围
    …盛庄等4个村的饮水安全问题" named 4个 村归属春秋塘水厂供水范围 and 村的饮水安全问题, and 天水市交通运输局's reply to proposal
    5 of 2021 (tianshui.gov.cn/jtj/info/1604/50126.htm): "符合住建部《城市道路公共交通场站、场、厂工程设计规范》站距500—800米的要求"
    named 500—800米 路公共交通场站、场、厂工程设计规范》站距: a one-character noun counted is the thing (村), and a name after
    a title it quotes is what follows the title."""
    text = ("关于对县十六届人大二次会议第8号议事原案的答复（水利局）\n发布日期：2013-08-02\n\n王玉书代表：\n"
            "你们提出的议事原案收悉。现答复如下：\n"
            "根据《舒城县农村集中供水发展规划》，盛庄、梵坛、下河、付圩4个村归属春秋塘水厂供水范围。盛庄等4个村的饮水安全问题，"
            "也已进行了规划布置，春秋塘水厂一建成，即安排管网延伸工程，予以解决。\n")
    fact = _by_start(distil(tmp_path, shucheng, text, "sc8.txt").facts, "根据《舒城县")
    assert [g.counts for g in fact.figures] == ["村", "村"]
    text = ("天水市交通运输局关于对市政协七届五次会议第5号提案的答复\n\n某某委员：\n您提出的提案收悉，现答复如下：\n"
            "经实地测量，该小区大门距离闫家河东站约330米，距离县家路站约250米，符合住建部《城市道路公共交通场站、场、厂工程设计"
            "规范》站距500—800米的要求。\n天水市交通运输局\n2021年7月19日\n")
    fact = _by_start(distil(tmp_path, tianshui, text, "ts5b.txt").facts, "经实地测量")
    assert next(g for g in fact.figures if g.raw == "500—800米").counts == "站距"


def test_a_measure_right_before_the_next_figure_is_that_figures_name(tmp_path, shucheng):
    """The 六安 article (fx361.cc/page/2020/0118/15158097.shtml): "大别山区6座大型水库总蓄水量12.93亿m3" named 6座
    大型水库总蓄水量 and 12.93亿m3 nothing: the measure the things counted have (总蓄水量), right before the next figure, is that
    figure's name."""
    text = ("六安市2019年旱情与农村供水保障情况\n\n"
            "大别山区6座大型水库总蓄水量12.93亿m3，中小型水库蓄水1.49亿m3，塘坝蓄水1.01亿m3，均比常年同期少4成。\n")
    fact = _by_start(distil(tmp_path, shucheng, text, "la2019b.txt").facts, "大别山区")
    names = {g.raw: g.counts for g in fact.figures}
    assert names["6座"] == "大型水库" and names["12.93亿m3"] == "大型水库总蓄水量"
