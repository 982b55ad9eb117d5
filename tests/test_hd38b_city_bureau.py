"""Held-out round hd38b (衡阳市城市管理和综合执法局): a county's news the city bureau's site published, filed as the city's;
its headline glued to its lede and its results read as a plan of no figures; a congress's inspection the bureau only
accompanied, dated after its page; a list that lost its 、; a news site's channel list; and the draft's part two and
placeholder on an ask that opens on its own verb of solving.

Each test distils (or drafts from) a few real lines of the pages the tester saved (in simplified characters, as the city's
site prints them) in a workspace of the city bureau, through the path ``drafter`` takes.
"""

from __future__ import annotations

import docx
from helpers import distil, distil_by_cli, first_saying, part_one, part_two_texts, seeds_draft, unit_workspace

from drafter.compose.select import solving_step
from drafter.model import CONTEXT, DONE, PLAN

# 衡阳市城管执法局's site, 城管工作 > 市容环卫 (2022-03-15): 衡南县's work, the city's site only publishing it.
HENGNAN_SPRING = """当前页面: 首页 > 城管工作 > 市容环卫 >
来源:衡阳市城管执法局 发布时间:2022-03-15 19:26
衡南城管开展"春季攻势",整治"市容乱象"
为深化城市管理执法体制改革,加快推进城乡治理标准化建设进程,实现"综合执法步正轨,城市管理上水平"的目标,切实营造良好的营商环境,加快经济社会又好又快发展,近日,衡南县城管执法局积极行动,全面打响对在县城区乱搭乱建、乱堆乱种、乱拉乱挂、乱摆乱放等影响城市市容市貌乱象的"春季攻势"集中整治。
该局坚持问题导向、目标导向、结果导向,遵循"全面覆盖、不留死角"的原则,科学研究制定"春季攻势"工作实施方案,推行责任到人、销号处理的目标任务,前期通过组织开展上门宣传,讲解相关城市管理规定和标准,劝导市民自觉维护市容环境;按照"先服务、后管理、再执法"的理念,督促当事人限期整改相关违规行为。
该局执法大队相关负责人表示,截至目前,县城管执法部门已经铲除背街小巷菜地面积 3700余平方、清理乱堆杂物260余车、拆除违规临时构筑物及户外广告牌5200余平方,下阶段,县城管执法部门将针对城区内乱拉乱挂、乱摆乱放等影响城市市容市貌乱象,进一步持续加大攻坚整治力度,全力确保城乡治理标准化建设有序推进,努力营造宜居、宜业、宜商的城市环境。
(信息来源:掌上衡阳客户端)
"""

# The city congress's inspection of the 条例, saved by the tester as 2020-02-01_市人大调研市容和环境卫生条例实施.txt.
CONGRESS_VISIT = """4月10日上午,衡阳市人大常委会副主任李艳丽率队到衡东县调研《衡阳市城市市容和环境卫生条例》宣传和实施情况。市城管执法局副局长汪楚纯陪同参加调研。
李艳丽先后到滨江社区服务站、滨江广场、武家山公园实地察看《条例》的宣传和实施情况,了解《条例》贯彻落实中存在的问题。
"""

# 衡南县城市管理和综合执法局's half-year summary (2020-10-28), its list of banners run on with no 、 or 。.
HENGNAN_SUMMARY = """2020年上半年工作总结及下半年工作计划

衡南县城市管理和综合执法局

今年以来,在县委、县政府的坚强领导下,我局坚持以党的十九大和习近平新时代中国特色社会主义思想为指导,牢固树立"为人民管理城市"工作理念。

一、上半年工作回顾

1、专项整治成效明显。一是开展占道经营整治。在县城城区主次干道、农贸市场开展占道经营整治,共查处占道经营行为400余处。二是开展县城户外广告专项整治活动。加强户外广告管理,共拆除县城违规设置或存在安全隐患的各类广告牌达130余块宣传横幅500余条三是开展"禁炮"整治行动。加强"禁炮"宣传和监管力度,立案查处违法燃放烟花爆竹案件50余起。
"""

# 华声在线's news of 石鼓区 (2019-07-05): its last paragraph, then the site's list of its channels and papers.
SHIGU_NEWS = """干干净净迎国庆!衡阳石鼓城管积极开展市容环境大扫除
发布时间:2019-07-05   来源:华声在线  作者:黄亚辉 曾芳玲  编辑:张超

  一个多星期以来,通过联合"衡阳群众"整治马路市场、开展市容秩序集中整治行动等,市容环境已取得明显效果。下一步,该局将继续宣传动员群众,开展各类集中整治,力求创造整洁有序、干净清爽的城市环境。(华声在线 黄亚辉 通讯员 曾芳玲)

华声在线永州频道 华声在线张家界频道 华声在线益阳频道 华声在线郴州频道 华声在线岳阳频道 华声在线株洲频道 华声在线娄底频道 华声在线邵阳频道 华声在线湘潭频道 华声在线常德频道 华声杂志 科教新报 三湘都市报 长沙网 华声
"""

# The deputy's suggestion (第47号, 市十六届人大一次会议), as the tester gave it.
SUGGESTION = """关于提升衡阳城市精细化管理的建议

当前我市城市精细化管理水平有待进一步提升。为此建议：
一、健全完善城市管理工作标准和规范。
二、下大力气解决门店外摆、占道经营、城市“牛皮癣”等市容秩序突出问题。
"""


def _hengyang(tmp_path):
    return unit_workspace(tmp_path / "ws", "衡阳市城市管理和综合执法局", "市城市管理和综合执法局", "衡阳市")


def test_a_countys_news_on_the_citys_site_is_the_countys(tmp_path):
    """来源:衡阳市城管执法局 over 衡南城管开展“春季攻势”… whose lede's doer is 衡南县城管执法局: the county's work, its
    facts 衡南县's and said so to the clerk as other counties' are — the site that published it decides nothing."""
    result, facts, source = distil_by_cli(tmp_path, _hengyang(tmp_path), HENGNAN_SPRING, "2022-03-15_衡南城管春季攻势整治市容乱象.txt")
    assert (source.issuer, source.jurisdiction) == ("衡南县城管执法局", "衡南县")
    assert {f.jurisdiction for f in facts} == {"衡南县"}
    # (衡阳市 lists no areas: since h298 the county is said as maybe one of its own, to list under areas)
    assert "的地区记为“衡南县”，drafter.yaml 的 areas 未列出" in result.output.replace("\n", "")


def test_the_headline_stands_apart_and_the_results_before_the_next_step_are_done(tmp_path):
    """The headline, a line with no stop over a paragraph on one line, is the title, not the first fact's opening; the
    official's 截至目前，…已经铲除…3700余平方、清理…260余车、…5200余平方，下阶段，…将… is results with their figures (平方 and
    车 their units), then a plan."""
    ff = distil(tmp_path, _hengyang(tmp_path), HENGNAN_SPRING, "2022-03-15_衡南城管春季攻势整治市容乱象.txt")
    assert ff.source.title == '衡南城管开展"春季攻势"，整治"市容乱象"'
    assert ff.facts[0].text.startswith("为深化城市管理执法体制改革")
    done = first_saying(ff.facts, "3700余平方")
    assert done.kind == DONE and done.text.startswith("截至目前，县城管执法部门已经铲除") and "下阶段" not in done.text
    assert [(g.raw, g.counts) for g in done.figures] == [
        ("3700余平方", "铲除背街小巷菜地面积"), ("260余车", "清理乱堆杂物"), ("5200余平方", "拆除违规临时构筑物及户外广告牌")]
    plan = first_saying(ff.facts, "下阶段")
    assert plan.kind == PLAN and plan.text.startswith("下阶段，县城管执法部门将") and not plan.figures


def test_a_congress_inspection_the_bureau_accompanied_is_background_of_the_year_before(tmp_path):
    """The city congress's vice-chair leading an inspection (率队…调研), the bureau's deputy head only 陪同: no deed of the
    bureau's; and its day, 4月10日, later in the year than the page's date (2020-02-01), was the year before's."""
    ws = _hengyang(tmp_path)
    ff = distil(tmp_path, ws, CONGRESS_VISIT, "2020-02-01_市人大调研市容和环境卫生条例实施.txt")
    assert ff.source.period == 2019
    assert [(f.kind, f.period.year) for f in ff.facts] == [(CONTEXT, 2019), (CONTEXT, 2019)]
    # (a page dated after the day keeps its own year)
    later = distil(tmp_path, ws, CONGRESS_VISIT, "2020-05-01_市人大调研市容和环境卫生条例实施.txt")
    assert {f.period.year for f in later.facts} == {2020}


def test_a_figure_reached_counts_the_noun_before_it(tmp_path):
    """各类广告牌达130余块宣传横幅500余条 (a list that lost its 、): 130 boards, 500 banners — and 共拆除县 is no place."""
    ff = distil(tmp_path, _hengyang(tmp_path), HENGNAN_SUMMARY, "2020-10-28_衡南县城管局2020年上半年工作总结.txt")
    fact = first_saying(ff.facts, "130余块")
    assert [(g.raw, g.counts, g.place) for g in fact.figures] == [("130余块", "广告牌", None), ("500余条", "宣传横幅", None)]


def test_a_news_sites_channel_list_is_no_fact(tmp_path):
    """华声在线永州频道 … 三湘都市报 长沙网 华声 under the item: the site's list of its channels and papers, no statement."""
    ff = distil(tmp_path, _hengyang(tmp_path), SHIGU_NEWS, "2019-07-05_石鼓区城管市容环境大扫除.txt")
    assert ff.facts and not any("频道" in f.text for f in ff.facts)


def test_an_ask_opening_on_its_verb_of_solving_gets_no_second_one(tmp_path):
    """二、下大力气解决门店外摆、占道经营、城市“牛皮癣”等市容秩序突出问题 with nothing in the base on it: part two says the
    step once (no 着力解决下大力气解决…), and part one's placeholder names the things the deputy listed, which the heading
    leaves out."""
    _, out = seeds_draft(tmp_path, _hengyang(tmp_path), {"2022-03-15_衡南城管春季攻势整治市容乱象.txt": HENGNAN_SPRING},
                         "47", "关于提升衡阳城市精细化管理的建议", SUGGESTION, "--deputy", "hd38b", "--type", "A",
                         "--date", "2022-11-16")
    document = docx.Document(out)
    two = part_two_texts(document)
    assert any(t.startswith("（二）解决市容秩序突出问题。") for t in two), two
    assert not any("着力解决" in t for t in two)
    assert "【待补充：解决门店外摆、占道经营、城市“牛皮癣”等市容秩序突出问题方面的工作情况及数据（注明年份）】" in part_one(document)


def test_solving_step_says_a_problem_once_solved():
    """A problem alone takes 着力解决 (hd20a); one its ask already opens on solving, after a verb or manner, takes none."""
    assert solving_step("内垸外排能力不足、垸内水系不畅等问题") == "着力解决内垸外排能力不足、垸内水系不畅等问题。"
    assert solving_step("加快解决老旧小区停车难问题") == "加快解决老旧小区停车难问题。"
    assert solving_step("切实缓解城区交通拥堵问题") == "切实缓解城区交通拥堵问题。"
