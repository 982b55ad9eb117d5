"""hd27b (随州市商务局, a bureau drafter never saw): whose work a reply tells (a district's government leading it), how
one reader is addressed where the bureau's only reply was to several, and the labels of a half-year trade summary."""

from __future__ import annotations

from helpers import distil, fact_saying, page_draft, part_one, unit_workspace

# 随州市商务局's reply to 市四届人大四次会议第54号建议 (2019-07-19) as its page gives it: to several deputies, 你们; its first
# item a district's government leading the work.
SUIZHOU_54 = """对市第四届人民代表大会第四次会议54号建议的答复
  • 发布时间:2019-07-19 00:00
  • 信息来源:市商务局

杨俊等代表:
  你们提出的“关于加强水西门农贸市场整治的建议”已收悉。现将办理情况答复如下:
  一是持续开展专项整治。明确了属地监管工作责任,由曾都区人民政府牵头,各相关职能部门组成整治专班,按照各自的职责范围,对水西门市场持续开展专项整治工作。对环境脏乱问题,协调要求兰天置业有限公司尽快聘请保洁员,清理堆积垃圾,畅通阴沟下水道,做好市场内外卫生清洁,并督促入场商户做好日常清洁消毒和垃圾处理,做到日产日清,干净整洁;对乱停乱放、占道经营问题,由城管部门对流动摊贩进行取缔清理,不定期进行突击检查,并要求兰天置业有限公司配合,劝说流动摊贩入场经营,做到摊位划行规市、文明经商。
  感谢你们对我市商务工作的关心和支持。
"""
PROBE = "关于加强农贸市场环境整治的建议\n建议：\n一、开展农贸市场专项整治，解决环境脏乱、占道经营问题。\n"
PROBE_TITLE = "关于加强农贸市场环境整治的建议"


def suizhou(tmp_path):
    """随州市商务局's workspace, its districts named."""
    return unit_workspace(tmp_path / "ws", "随州市商务局", "市商务局", "随州市", "曾都区, 随县, 广水市")


def test_work_a_districts_government_leads_is_the_districts(tmp_path):
    """由曾都区人民政府牵头，各相关职能部门组成整治专班… was kept of no place and drafted after 我局…主要做法和成效如下： as the
    bureau's own work; it is 曾都区's, never drafted as the bureau's: only as the district's example after a placeholder for the
    city's own (the README's rule; h258, hd48c F1: an area's result an ask found alone stands so)."""
    ws = suizhou(tmp_path)
    fact = fact_saying(distil(tmp_path, ws, SUIZHOU_54), "由曾都区人民政府牵头")
    assert fact.jurisdiction == "曾都区", fact
    _, document = page_draft(tmp_path, ws, SUIZHOU_54, PROBE, "88", PROBE_TITLE, "--date", "2021-06-30")
    said = part_one(document)
    led = [k for k, p in enumerate(said) if "曾都区人民政府牵头" in p]
    assert all(said[k].startswith("二是曾都区") and said[k - 1].startswith("一是【待补充：全市") for k in led), said


def test_one_reader_is_not_you_for_the_bureaus_you_to_several(tmp_path):
    """The bureau's only reply said 你们 to 杨俊等代表; the draft to one reader said 你. 您 has no written plural: 你们 to several
    tells nothing of how it addresses one, so it is 您."""
    ws = suizhou(tmp_path)
    _, document = page_draft(tmp_path, ws, SUIZHOU_54, PROBE, "88", PROBE_TITLE, "--date", "2021-06-30")
    text = "\n".join(p.text for p in document.paragraphs)
    assert "您提出的《关于加强农贸市场环境整治的建议》" in text and "感谢您" in text, text
    assert "你提出" not in text and "感谢你对" not in text, text


# 市政协四届五次会议第21064号提案 (谢宏顺委员), its title a matter and then what it is for, its text one ask.
STANDARD_MARKETS = "关于加大标准化菜市场建设力度提升市民幸福指数的建议"
STANDARD_MARKETS_TEXT = """建议：
坚持“政府主导、市区联动、统筹规划、市场运作、部门监管、行业自律”的原则，从市级层面统筹规划，着力打造一批环境整洁、布局合理、设施完善、消费安全的标准化菜市场，进一步促进农产品流通，方便居民生活，提高文明程度。
"""


def test_a_titles_purpose_is_no_part_of_its_heading_nor_its_plan(tmp_path):
    """The title's whole core (加大标准化菜市场建设力度提升市民幸福指数) headed section （一） and the plan's item, and part
    two's lead-in gave it a second 力度 (继续加大…力度提升市民幸福指数力度): its purpose (提升市民幸福指数) is no work, and
    no clause says 力度 twice (what heads the section, the text's own ask: test_hd27_split)."""
    ws = suizhou(tmp_path)
    _, document = page_draft(tmp_path, ws, SUIZHOU_54, STANDARD_MARKETS_TEXT, "21064", STANDARD_MARKETS, "--proposal",
                             "--with", "市财政局", "--date", "2021-08-12")
    body = [p.text for p in document.paragraphs if p.text and "《" not in p.text]
    assert not [p for p in body if "提升市民幸福指数" in p], body
    assert not [p for p in body if p.count("力度") > 1], body


# 随州's 市商务部门 half-year summary (no date, no year), real lines of its page.
SUIZHOU_HALF = """今年上半年,市商务部门紧紧围绕市委、市政府实施“圣地车都、神韵随州”战略的统一部署,根据年初制定的各项责任目标,努力促外贸出口实现恢复性增长,不断提升外资利用水平,着力扩大内需,促进消费,加快“走出去”步伐,各项工作取得显著成绩。
外贸出口恢复性增长。上半年,全市累计实现外贸进出口总额54330万美元,同比增长24.1%。其中进口5747万美元,同比增长23.4%;出口48583万美元,总额居全省第六位,同比增长24.1%。完成全年出口目标任务的60.5%,超任务进度10.5个百分点。上半年,全市农产品出口大幅增长,化工产品出口企稳向好。全市农副产品累计出口29704万美元,同比增长108.4%,出口额居全省首位。其中食用菌出口28196万美元,同比增长117.5%。
我市利用外资的新批项目数、合同外资、实际利用外资三项指标全面高位增长,分别比去年同期增长了67%、259%和94%。
外经工作发展势头良好,全市外经、服务贸易工作取得突破性进展。上半年,外派劳务人数达到67人,较上年同期增长6.4倍;辅导境外投资企业3家;从事服务贸易企业达11家,比上年增加7家。
"""


def labels(ff) -> dict[str, str | None]:
    """Each figure's raw text and what it counts, of every fact of ``ff``."""
    return {g.raw: g.counts for f in ff.facts for g in f.figures}


def test_a_bare_verb_after_a_sums_word_is_the_nouns_before_it(tmp_path):
    """全市农副产品累计出口29704万美元 counted 出口, as 出口48583万美元 of the same fact did: it is 农副产品's."""
    counted = labels(distil(tmp_path, suizhou(tmp_path), SUIZHOU_HALF, "half.txt"))
    assert counted["29704万美元"] == "农副产品出口", counted
    assert counted["108.4%"] == "农副产品出口增长", counted
    assert counted["48583万美元"] == "出口", counted


def test_a_counts_rise_over_last_year_is_a_rise(tmp_path):
    """从事服务贸易企业达11家，比上年增加7家: 7 is how many more, never the number of the firms."""
    counted = labels(distil(tmp_path, suizhou(tmp_path), SUIZHOU_HALF, "half.txt"))
    assert counted["11家"] == "从事服务贸易企业", counted
    assert counted["7家"] == "从事服务贸易企业增加", counted


def test_each_change_said_apart_is_of_the_thing_the_list_before_names(tmp_path):
    """新批项目数、合同外资、实际利用外资三项指标全面高位增长，分别比去年同期增长了67%、259%和94%: all three counted 分别."""
    counted = labels(distil(tmp_path, suizhou(tmp_path), SUIZHOU_HALF, "half.txt"))
    assert counted["67%"].endswith("新批项目数增长"), counted
    assert (counted["259%"], counted["94%"]) == ("合同外资增长", "实际利用外资增长"), counted


def test_a_half_of_no_year_known_is_a_half(tmp_path):
    """今年上半年 in a summary of no date: its statements were of no part, to be read as a whole year's."""
    ff = distil(tmp_path, suizhou(tmp_path), SUIZHOU_HALF, "half.txt")
    assert fact_saying(ff, "54330万美元").period.part == "上半年", ff
    assert fact_saying(ff, "从事服务贸易企业达11家").period.part == "上半年", ff
