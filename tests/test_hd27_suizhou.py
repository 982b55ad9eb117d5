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
    bureau's own work; it is 曾都区's, never drafted as the bureau's."""
    ws = suizhou(tmp_path)
    fact = fact_saying(distil(tmp_path, ws, SUIZHOU_54), "由曾都区人民政府牵头")
    assert fact.jurisdiction == "曾都区", fact
    _, document = page_draft(tmp_path, ws, SUIZHOU_54, PROBE, "88", PROBE_TITLE, "--date", "2021-06-30")
    assert not any("曾都区人民政府牵头" in p for p in part_one(document)), part_one(document)


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
    two's lead-in gave it a second 力度 (继续加大…力度提升市民幸福指数力度): the matter heads and is planned, its purpose
    (提升市民幸福指数) is no work, and no clause says 力度 twice."""
    ws = suizhou(tmp_path)
    _, document = page_draft(tmp_path, ws, SUIZHOU_54, STANDARD_MARKETS_TEXT, "21064", STANDARD_MARKETS, "--proposal",
                             "--with", "市财政局", "--date", "2021-08-12")
    body = [p.text for p in document.paragraphs if p.text and "《" not in p.text]
    assert not [p for p in body if "提升市民幸福指数" in p], body
    assert not [p for p in body if p.count("力度") > 1], body
    assert "（一）加大标准化菜市场建设力度" in body, body

