"""General reading rules left by held-out round 52 and fixed in round 61 (pages of bureaus the earlier rounds did not hold,
each named in its test).

Each test distils a short excerpt of the real page (its words as the page prints them; the page is named in the test) through
the public path a user's ``drafter distill`` takes (read_document → distill_document), in a workspace of the page's own bureau,
and asserts on the facts and metadata that come out.
"""

from __future__ import annotations

from helpers import distil, unit_workspace

# A news item on the 工程建设项目审批制度改革 pilots (m.hzznfh.com/hzznfhzsgc/wap_doc/17298386.html), its title and paragraph as
# printed; read in the ministry's workspace.
PILOTS = """工程建设项目审批改革试点近一年:审批时间压减一半

中国住房和城乡建设部副部长黄艳18日在北京透露,自2018年5月,工程建设项目审批制度改革试点开展以来,试点地区实现了审批时间压减一半以上、由平均200多个工作日压减至120个工作日的目标,形成一批可复制可推广的经验,为2019年在全国开展工程建设项目审批制度改革奠定了坚实基础。
"""


def test_a_cut_to_a_new_value_is_a_change_as_a_fall_is(tmp_path):
    """由平均200多个工作日压减至120个工作日 counted 工作日压减至 with the old value: 压减 (and 压缩, 缩短, 缩减, 降低) were no verbs of
    a change as 下降 and 减少 are, so a figure before 压减至 took the verb as what it counts. A cut states a change: the old
    value counts what the new one does."""
    ws = unit_workspace(tmp_path / "ws", "中华人民共和国住房和城乡建设部", "住房城乡建设部", "全国")
    facts = distil(tmp_path, ws, PILOTS, "2019-03-19_news.txt")
    figures = [(g.raw, g.counts) for f in facts.facts for g in f.figures]
    assert ("200多个", "工作日") in figures and not any("压减" in (c or "") for _, c in figures), figures


# An article on 梧州's ports in 珠江水运 2019年8期, on a mirror in traditional characters (m.zgkjsz.com/page/2019/0526/5149799.shtml),
# a paragraph's head as printed; read in 梧州市交通运输局's workspace.
WUZHOU = """梧州港口航運發展勢頭強勁

梧州港是國家28個內河主要港口之一,是西江重要的貨物“中轉港”。梧州港包含梧州中心港區、藤縣港區、蒼梧港區三個部分。2008年以來,全市西江黃金水道建設累計完成投資65.2億元,建成生產性泊位81個。
"""


def test_the_nations_count_of_a_class_the_place_is_one_of_is_no_count_of_the_place(tmp_path):
    """梧州港是国家28个内河主要港口之一 filed 28个 as 梧州市's own, a result of its work: the figure counts the nation's class the
    port is one of (国家…之一, 全国…个…之一), the nation's count; the city's own figures after it stay the city's."""
    ws = unit_workspace(tmp_path / "ws", "梧州市交通运输局", "市交通运输局", "梧州市")
    facts = distil(tmp_path, ws, WUZHOU, "article.txt")
    places = {g.raw: g.place for f in facts.facts for g in f.figures}
    assert (places.get("28个"), places.get("81个")) == ("全国", None), places


def test_a_peoples_organisation_goes_by_its_short_name(tmp_path):
    """``drafter init --name 婺城区妇女联合会`` (the bureau of 婺城区妇联's reply to proposal 170, www.wuch.gov.cn/art/2023/1/6/
    art_1229188822_4051064.html, whose page's 来源 is 区妇联) named the workspace 区妇女联合会, and 区妇联 was another unit to
    it: a people's organisation goes by its short name (妇联, 残联, 科协, 侨联, 文联, 工商联; 总工会 also 工会), either names it,
    and 工会 is no 工商业联合会."""
    from click.testing import CliRunner

    from drafter.cli import cli
    from drafter.workspace import load_workspace

    result = CliRunner().invoke(cli, ["init", str(tmp_path / "ws"), "--name", "婺城区妇女联合会"])
    assert result.exit_code == 0 and "（婺城区妇女联合会，区妇联，婺城区）" in result.output, result.output
    ws = load_workspace(tmp_path / "ws")
    assert ws.short_name == "区妇联" and ws.is_own_unit("区妇联") and not ws.is_own_unit("区残联"), ws.short_name
    result = CliRunner().invoke(cli, ["init", str(tmp_path / "gh"), "--name", "永兴县总工会"])
    union = load_workspace(tmp_path / "gh")
    assert union.is_own_unit("县工会") and not union.is_own_unit("县工商联"), result.output


# 溆浦县科技局's 2024年工作总结 (www.xp.gov.cn/xp/c110126/202501/c2479485b12b480c8240a31da393075b.shtml), its opening and a
# clause of its work as printed.
XUPU = """2024年,溆浦县科技局坚持以习近平新时代中国特色社会主义思想为指导,积极担当作为,认真履行职责,各项工作均取得了一定成效。现汇报如下:
一、2024年工作情况
(一)加强党建引领,筑牢政治忠诚担当。先后在帮扶村宣讲党的二十届三中全会4次。
"""


def test_times_work_was_done_count_the_work_not_its_adverb_and_place(tmp_path):
    """先后在帮扶村宣讲党的二十届三中全会4次 counted the whole clause, its adverb of order (先后) and the place the work was done
    in (在帮扶村) kept: what is done so many times is counted, 宣讲党的二十届三中全会."""
    ws = unit_workspace(tmp_path / "ws", "溆浦县科学技术局", "县科技局", "溆浦县")
    facts = distil(tmp_path, ws, XUPU, "20250115_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "4次")
    assert figure.counts == "宣讲党的二十届三中全会", figure.counts


# 乐东黎族自治县机关事务服务中心's entry in a yearbook's pages (www.sznianjian.com/show.php?mlid=53327), as printed; the page states no
# date nor title, its file is named by the day it was saved.
LEDONG = """【后勤管理】 2021年,乐东黎族自治县机关事务服务中心加强司机和车辆管理。组织司机参加交通法规、汽车维修、驾驶技术培训,提高服务水准;公务用车坚持执行“不在外过夜”制度,做到公务用车在办完公务后没有特殊情况下,回到固定停车点停放;公务用车实行单车核算制,定期检查公务用车的车况,确保用车安全;公务用车严格实行“一车一卡”制,严格派车和油料管理。
(凌士颖)
"""


def test_a_files_named_day_makes_no_untitled_page_an_article(tmp_path):
    """The entry, saved as 2022-06-01_yearbook.txt, was a news article of no year of its own (source 2022, its facts 2021), while
    saved under another name it is the centre's record of 2021: a dated page without a title was read as a third party's article,
    and the day a file's name gives (the page's date as the README says, for a page that states none) is no date the page
    printed. The entry reads alike under either name, of the year it opens on."""
    ws = unit_workspace(tmp_path / "ws", "乐东黎族自治县机关事务服务中心", "县机关事务服务中心", "乐东黎族自治县")
    named = distil(tmp_path, ws, LEDONG, "2022-06-01_yearbook.txt").source
    plain = distil(tmp_path, ws, LEDONG, "yearbook.txt").source
    assert (named.kind, named.date, named.period) == (plain.kind, "2022-06-01", 2021), (named.kind, named.date, named.period)


# 揭阳市政务服务和数据管理局's 2022 report (www.jieyang.gov.cn/zwgk/zsj/gkml/content/post_725789.html), its opening and an item's
# head as printed.
JIEYANG_2022 = """今年来,我局按照市委市政府优化“三个最”政务服务的要求和省局“全省一盘棋”的思路,努力提升政务服务,推进数字政府建设,夯实信息基础支撑,助力疫情防控,持续优化营商环境。
一、2022年工作情况
(一)着力“三个最”工作,全面优化提升政务服务
1.优化“三个最”政务服务。一是建立健全便民机制。市委市政府审定印发《揭阳市便民利企“三个最”行动方案(2022—2024年)》,明确“五减少两增加”25项工作任务,其中“增加优质公共服务供给”成为我市推动政务服务改革的新方向。市级行政审批和公共服务事项减少证明材料1539项,免提交材料比例18.7%,缩短办理时间82%,零次跑动事项占比90% 。
"""


def test_a_time_of_handling_names_the_handling(tmp_path):
    """缩短办理时间82% counted 时间: 办理 was read as the verb before what is counted, while 办理时间 is the measure's own noun
    (as 办理时限 and 完成进度 are); the cut of the handling time is what 82% is, 缩短办理时间 (as 减少证明材料 before it)."""
    ws = unit_workspace(tmp_path / "ws", "揭阳市政务服务和数据管理局", "市政务和数据局", "揭阳市")
    facts = distil(tmp_path, ws, JIEYANG_2022, "2022-12-20_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "82%")
    assert figure.counts == "缩短办理时间", figure.counts


def test_the_class_a_thing_is_one_of_counts_without_its_zhiyi(tmp_path):
    """梧州港是国家28个内河主要港口之一 counted 内河主要港口之一: what 28个 counts is the ports, the class the port is one of, not
    its 之一."""
    ws = unit_workspace(tmp_path / "ws", "梧州市交通运输局", "市交通运输局", "梧州市")
    facts = distil(tmp_path, ws, WUZHOU, "article.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "28个")
    assert figure.counts == "内河主要港口", figure.counts


# 工人日报's report on the 工程建设项目审批制度改革, on 中评社's site in traditional characters
# (49.213.0.198/doc/7_0_106275613_1_0117161618.html), a paragraph as printed; read in the ministry's workspace.
PILOTS_LATER = """近日,記者從住房和城鄉建設部了解到,工程建設項目審批制度改革持續深化,全流程審批事項壓減至平均66項,審批周期縮減近一半,給企業帶來了實實在在的便利。
"""


def test_an_average_a_count_was_cut_to_is_no_name_of_what_it_counts(tmp_path):
    """全流程审批事项压减至平均66项 counted 平均: after the cut's verb only the average's word was left, which names nothing; what
    was cut is counted, 全流程审批事项 (as 压减至66项 counts it)."""
    ws = unit_workspace(tmp_path / "ws", "中华人民共和国住房和城乡建设部", "住房城乡建设部", "全国")
    facts = distil(tmp_path, ws, PILOTS_LATER, "2023-01-17_news.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "66项")
    assert figure.counts == "全流程审批事项", figure.counts


# 长治市's 行政审批 page of its 亮点工作 (www.changzhi.gov.cn/xxgkml/zfxxgkml/szfzssydw/czsdag_242724/czsrmzf/ndjh_3413/202208/
# t20220831_2630459.shtml), an item as printed.
CHANGZHI = """亮点工作二:规范即办件流程管理,提升服务水平

对承接局机关的166项即办件审批事项,以制度为遵循,严格依照标准化业务流程与办理规范开展全流程办理工作。通过细化收件材料核验标准、明确审核要点、优化系统操作步骤等方式,从流程源头减少冗余环节,大幅提升办事效率。其中,道路旅客运输从业资格认定等事项办理时长从原来的1.5小时缩短至10分钟左右;巡游出租汽车驾驶员证核发则办理用时从3个小时压缩至30分钟以内,真正实现群众“即来即办、一次办好”的高效精准服务体验。
"""


def test_the_time_a_change_starts_from_is_no_part_of_what_is_counted(tmp_path):
    """办理时长从原来的1.5小时缩短至10分钟左右 counted 1.5小时 as 事项办理时长从原来: the words of the value a change starts
    from (从原来的, as 由2019年的) close no name of what is counted."""
    ws = unit_workspace(tmp_path / "ws", "长治市行政审批服务管理局", "市行政审批局", "长治市")
    facts = distil(tmp_path, ws, CHANGZHI, "2022-08-31_report.txt")
    figure = next(g for f in facts.facts for g in f.figures if g.raw == "1.5小时")
    assert figure.counts.endswith("办理时长") and "原来" not in figure.counts, figure.counts
