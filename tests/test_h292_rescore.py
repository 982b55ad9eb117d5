"""Findings of the rs9 blind re-score (hd53a 景德镇市商务局, hd53b 平顶山市文广旅局, hd53c 师宗县农业农村局, hd52b 仙桃市住更局): the
ask's words promised as the bureau's where the lead-in names the own place as 我市 and the item as 景德镇, a gap comment quoting an
off-topic sentence for the place's name, counts of two lists both 项目, yearly growth targets all 增, a news credit kept in a fact
and pages' cut tails kept.

The lines are the testers' seeds as the pages printed them.
"""

from __future__ import annotations

from drafter.distill.facts import finished_end, without_reporting
from drafter.distill.figures import find_figures, normalise
from helpers import comments_on, distil, fact_saying, part_two_of, seeds_draft, unit_workspace

import docx

# hd53a's seeds/2021-11-21_景德镇陶瓷产业稳中有进.txt, whole.
CERAMICS = (
    "作为“立市之本,称都之源”的景德镇陶瓷,在过去几年来,不断调整产业结构,对标对表国家陶瓷文化传承创新试验区三年行动计划,聚焦陶瓷产业高质量"
    "跨越式发展,陶瓷产业依然稳中有进,发展态势良好。\n陶瓷产业不断壮大\n"
    "近年来景德镇陶瓷产业发展保持良好态势,陶瓷工业总产值保持稳定增长。2021年1—8月,陶瓷工业总产值(测算值)85.7亿元,在国际经济波动的"
    "背景下,依然保持了1.66%的增速,特别是陶瓷规上企业从去年同期的116家,增至128家,涨幅28.43%。\n"
    "当前,景德镇陶瓷产业处于结构优化升级阶段,高附加值、低能耗的产品逐步取代了低附加值、高能耗的产品,形成了先进陶瓷、文化创意陶瓷、日用"
    "陶瓷、陈设瓷、建卫陶瓷、陶瓷辅助材料为主的“大陶瓷”格局。\n陶瓷产业实现新发展\n"
    "陶瓷产业在“新常态”下实现新发展。陶瓷“非接触性经济”蓬勃发展。按照国内国际双循环的新发展格局,充分运用“互联网+”、5G运用等技术,"
    "发展以直播、网红带货、电商为核心的陶瓷产业“非接触性”经济。2020年陶瓷快递量(含邮政小包)4876.38万件,同比增长22.65%,我市陶瓷产业"
    "正在向线下体验、跨界融合,线上品牌宣传、销售相结合的方向发展。\n"
    "陶瓷创意创新平台功能不断提升。昌南新区已成为以景德镇陶瓷集团、陶瓷智造工坊为代表的传统日用陶瓷产业升级聚集区,以名坊园为代表的高端"
    "手工制瓷聚集区,以江丰电子为代表的先进陶瓷集聚区,以欧神诺、乐华洁具为代表的建卫陶瓷创意设计中心和总部基地。高新区已经成为陶瓷机械、"
    "窑炉、中高档陶瓷泥釉料、色料等陶瓷产业链配套的专业化生产和销售中心。陶溪川、三宝瓷谷、皇窑、雕塑创意园等陶瓷文化创意产业平台初具规模,"
    "呈现良好的发展态势。\n陶瓷人才百花\n"
)
TITLE_009 = "关于规范景德镇陶瓷电商平台利润分配，促进陶瓷市场长期稳定健康发展的建议"
TEXT_009 = f"{TITLE_009}\n\n提案人：刘志英\n\n建议：规范景德镇陶瓷电商平台利润分配，促进景德镇陶瓷市场长期稳定健康发展。\n"


def _draft_009(tmp_path):
    ws = unit_workspace(tmp_path / "ws", "景德镇市商务局", "市商务局", "景德镇市")
    _, out = seeds_draft(tmp_path, ws, {"2021-11-21_景德镇陶瓷产业稳中有进.txt": CERAMICS}, "009", TITLE_009, TEXT_009,
                         "--deputy", "刘志英", "--session", "市政协十四届三次会议", "--type", "B", "--proposal",
                         "--date", "2023-06-20")
    return out


def test_the_ask_with_the_own_place_named_is_one_placeholder_not_the_bureaus_promise(tmp_path):
    """hd53a N1: 根据您的提案，下一步我局将«规范我市陶瓷电商平台利润分配»，… / «规范景德镇陶瓷电商平台利润分配。»«【待补充：具体举措】» —
    the lead-in says the own place as the reply does (我市), the item as the ask does (景德镇): the same matter, so part two is one
    placeholder, its comment asking who is responsible, as hd52b's is."""
    out = _draft_009(tmp_path)
    said = [p.text for p in part_two_of(docx.Document(str(out)).paragraphs)]
    # (the placeholder names the place as part one's does, 我市: one ask, one wording, au58r3)
    assert said == ["根据您的提案，下一步我局将重点做好以下工作：", "【待补充：规范我市陶瓷电商平台利润分配方面的下一步举措】"], said
    notes = comments_on(out, "【待补充：规范我市陶瓷电商平台利润分配方面的下一步举措】")
    assert any("由谁负责" in n for n in notes), notes


def test_the_gap_comment_quotes_the_fact_on_the_asks_own_thing_not_the_places_name(tmp_path):
    """hd53a N2: part one's comment quoted 近年来景德镇陶瓷产业发展保持良好态势… (景德镇陶瓷 read as a run of the point's words, the
    place's name and 陶瓷) while 发展以直播、网红带货、电商为核心的陶瓷产业“非接触性”经济。2020年陶瓷快递量… (电商 of the ask, 2020,
    within max_age) went unnamed."""
    out = _draft_009(tmp_path)
    notes = comments_on(out, "【待补充：规范我市陶瓷电商平台利润分配方面的工作情况")  # (as its heading words it, au58r3)
    assert any("电商为核心的陶瓷产业" in n and "4876.38万件" in n for n in notes), notes
    assert not any("保持良好态势" in n for n in notes), notes


def test_counts_entering_two_lists_keep_the_lists_short_names():
    """hd53b N4: 16个项目进入国家、省“十四五”…项目库，53个项目进入河南省“十四五”规划… were both 项目 (cut at 进入): the list tells
    them apart, its name shortened within the length limit; one count alone keeps its short name."""
    line = normalise("这一年,平顶山文旅文创在逆境逆势中集聚动能、走向复苏。16个项目进入国家、省“十四五”文化保护传承利用工程项目库,53个项目"
                     "进入河南省“十四五”规划和2021年河南省重点项目建设名单、河南省补短板“982”工程项目名单,叶县楚长城项目成为国家文化公园重点"
                     "项目之一。")
    assert [(f.raw, f.counts) for f in find_figures(line)][:2] == [
        ("16个", "项目进入国家、省“十四五”…项目库"), ("53个", "项目进入河南省“十四五”规划")]
    assert [f.counts for f in find_figures("全年3个项目入选省级重点项目名单。")] == ["项目"]


def test_yearly_growth_targets_said_by_one_character_are_each_measures():
    """hd53c N4: 农业总产值104亿元以上、年均增10%以上，其中种植业产值…年均增14%以上… — four targets all labelled 增: each is the
    yearly growth of the measure before it."""
    line = normalise("2025年,力争实现农业总产值104亿元以上、年均增10%以上,其中种植业产值达57亿元以上、年均增14%以上,畜牧业产值达34亿元"
                     "以上、年均增6.6%以上;实现农业增加值66亿元以上,年均增10%以上。")
    assert [f.counts for f in find_figures(line)][1::2] == [
        "农业总产值年均增长", "种植业产值年均增长", "畜牧业产值年均增长", "农业增加值年均增长"]
    assert [f.counts for f in find_figures("工业总产值100亿元，同比增15%。")] == ["工业总产值", "工业总产值增长"]


def test_an_outlets_credit_of_its_reporter_by_name_is_no_part_of_the_fact(tmp_path):
    """hd52b N5: 中国食品安全网讯（黄梦）11月5日上午，仙桃市委书记周志红… kept the site's credit in the fact's text."""
    page = ("中国食品安全网讯(黄梦)11月5日上午,仙桃市委书记周志红,仙桃市委常委、宣传部长印家利视察仙桃城区水环境整治工程,仙桃市城投公司"
            "董事长彭本军参与此次调研。\n")
    ws = unit_workspace(tmp_path / "ws", "仙桃市住房和城市更新局", "市住房和城市更新局", "仙桃市")
    fact = fact_saying(distil(tmp_path, ws, page, "2019-11-05_城区水环境整治视察.txt"), "周志红")
    assert fact.text.startswith("11月5日上午，仙桃市委书记周志红"), fact.text
    assert without_reporting("仙桃网讯 记者黄梦 近日，我市召开会议。") == "近日，我市召开会议。"
    assert without_reporting("本报讯（记者张三）近日，我市召开会议。") == "近日，我市召开会议。"


def test_a_pages_cut_tail_keeps_its_whole_clauses_closed():
    """hd52b, hd53a, hd53c N5: a page's last paragraph cut after a list's 、 kept its cut clause (…；完成汪洲河路、沙嘴路), one cut
    after a comma kept it (…同比增长36.4%,), one cut mid-clause kept its whole clauses with no stop (…还得到收入并学会技术)."""
    assert finished_end(normalise("目前,市住建局共完成了仙源大道、新城大道、何李路等主次干道水泥路面维修14000平方米;完成城区主次干道沥青"
                                  "热补维修800平方米;完成汪洲河路、沙嘴路、")).endswith("完成城区主次干道沥青热补维修800平方米，……")
    # (the page's half-width comma at its end, as the fact kept it)
    assert finished_end("限额以上单位智能家用电器和音像器材零售额同比增长19.2%，计算机及其配套产品零售额同比增长36.4%,").endswith(
        "计算机及其配套产品零售额同比增长36.4%，……")
    assert finished_end(normalise("到基地务工的人多,大家有说有笑、相互交流,场面相当和谐快乐。既照顾了家庭,还得到收入并学会技术,还解")).endswith(
        "场面相当和谐快乐。既照顾了家庭，还得到收入并学会技术，……")  # (marked cut, hx68c: the sentence went on)
    # a list whose members' figures may be cut goes with its clause; a clause cut with its figures read whole stays marked
    assert finished_end("全年共开展培训12次。新建公园3个、绿道5公里、") == "全年共开展培训12次。"
    assert finished_end("我局晋升职级3人，选派1名干部驻").endswith("选派1名干部驻……")
