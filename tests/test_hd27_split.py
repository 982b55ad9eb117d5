"""Found on held-out rounds hd27a (通山县林业局) and hd27b (随州市商务局): one fact answering two asks. 随州's reply put its
关于消防隐患问题，责令…空出消防通道… under 开展农贸市场专项整治 without it (off that ask's words) and left 督促市场管理方落实
保洁和消防责任 a placeholder whose comment said the base had nothing; 通山's 已完成油茶新造1.6万亩、低产低效林改造2.8万亩
went under 加快低产低效油茶林改造, and 扩大油茶新造面积 was told 已收集的材料中没有本单位此方面的工作情况. And a one-ask
proposal (随州's 21064) was headed by its title's matter, the ask its text makes only in a placeholder.

Each test uses a few real lines of the pages in a workspace built here.
"""

from __future__ import annotations

from helpers import (
    TONGSHAN_NEWS, TONGSHAN_SUGGESTION, TONGSHAN_TITLE, comments_on, page_draft, part_one, sections, tongshan, unit_workspace,
)

# 随州市商务局's reply to 市四届人大四次会议第54号建议 (2019-07-19), its first item as the page gives it, to the end of its
# 消防 part, less the sentence on 曾都区's lead (a district's work, never the bureau's).
SUIZHOU_54 = """对市第四届人民代表大会第四次会议54号建议的答复
  • 发布时间:2019-07-19 00:00
  • 信息来源:市商务局

杨俊等代表:
  你们提出的“关于加强水西门农贸市场整治的建议”已收悉。现将办理情况答复如下:
  一是持续开展专项整治。对环境脏乱问题,协调要求兰天置业有限公司尽快聘请保洁员,清理堆积垃圾,畅通阴沟下水道,做好市场内外卫生清洁,并督促入场商户做好日常清洁消毒和垃圾处理,做到日产日清,干净整洁;对乱停乱放、占道经营问题,由城管部门对流动摊贩进行取缔清理,不定期进行突击检查,并要求兰天置业有限公司配合,劝说流动摊贩入场经营,做到摊位划行规市、文明经商;关于消防隐患问题,责令兰天置业有限公司空出消防通道,并按要求配备消防设施及器材。
  感谢你们对我市商务工作的关心和支持。
"""
# hd27b's probe: two asks, the second on the 消防 part.
MARKETS_TITLE = "关于加强农贸市场环境整治的建议"
MARKETS = f"{MARKETS_TITLE}\n建议：\n一、开展农贸市场专项整治，解决环境脏乱、占道经营问题。\n二、督促市场管理方落实保洁和消防责任。\n"
FIRE = "责令兰天置业有限公司空出消防通道"


def suizhou(tmp_path):
    """随州市商务局's workspace, its districts named."""
    return unit_workspace(tmp_path / "ws", "随州市商务局", "市商务局", "随州市", "曾都区, 随县, 广水市")


def test_a_part_of_a_fact_left_out_of_one_ask_answers_the_ask_it_is_on(tmp_path):
    """The 消防 part of the item under （一） is （二）'s answer: said there, once, and no placeholder left for it."""
    _, document = page_draft(tmp_path, suizhou(tmp_path), SUIZHOU_54, MARKETS, "88", MARKETS_TITLE, "--date", "2021-06-30")
    drafted = sections(document)
    first = next(v for k, v in drafted.items() if "开展农贸市场专项整治" in k)
    second = next(v for k, v in drafted.items() if "督促市场管理方落实保洁和消防责任" in k)
    assert any(FIRE in p for p in second) and not any("【待补充" in p for p in second), second
    assert any("聘请保洁员" in p for p in first) and not any(FIRE in p for p in first), first
    assert sum(p.count(FIRE) for p in part_one(document)) == 1, part_one(document)


def test_a_sentence_answering_two_asks_is_said_once_and_the_other_told_where(tmp_path):
    """已完成油茶新造1.6万亩、低产低效林改造2.8万亩 is said once, under one ask; the other ask's placeholder says where it
    went, quoting its own part of it, never that the base holds nothing on it, and the command's reminder does not list it as having nothing."""
    result, document = page_draft(tmp_path, tongshan(tmp_path), TONGSHAN_NEWS, TONGSHAN_SUGGESTION, "9", TONGSHAN_TITLE,
                                  "--date", "2025-06-20", "--type", "B", name="tongshan_lyj_news.txt")
    drafted = sections(document)
    said = [(k, p) for k, v in drafted.items() for p in v if "1.6万亩" in p]
    assert len(said) == 1, drafted
    home = said[0][0]
    other = next(k for k in drafted if ("扩大油茶新造面积" if "低产低效" in home else "加快低产低效油茶林改造") in k)
    placeholder = next(p for p in drafted[other] if "【待补充" in p)
    notes = comments_on(tmp_path / "draft.docx", placeholder)
    # (quoting the sentence's part on the placeholder's own ask: 低产低效林改造2.8万亩 under 加快低产低效油茶林改造)
    quoted = "1.6万亩" if "低产低效" in home else "2.8万亩"
    assert any(f"“{home}”项下" in n and quoted in n for n in notes), notes
    assert not any("没有本单位此方面的工作情况" in n for n in notes), notes
    nothing = next((line for line in result.output.splitlines() if "没有以下建议事项的近年工作事实" in line), "")
    assert other not in nothing, result.output


# 市政协四届五次会议第21064号提案 (谢宏顺委员): its text one ask, not numbered, after 建议：.
STANDARD_MARKETS = "关于加大标准化菜市场建设力度提升市民幸福指数的建议"
STANDARD_MARKETS_TEXT = """建议：
坚持“政府主导、市区联动、统筹规划、市场运作、部门监管、行业自律”的原则，从市级层面统筹规划，着力打造一批环境整洁、布局合理、设施完善、消费安全的标准化菜市场，进一步促进农产品流通，方便居民生活，提高文明程度。
"""


def test_a_lone_ask_of_the_text_heads_its_section_not_the_title(tmp_path):
    """The text asks 从市级层面统筹规划，着力打造一批…标准化菜市场: the heading and part two's item are that ask, short — what is
    made (打造一批标准化菜市场), not the level it is planned at nor the qualities listed for it (环境整洁、布局合理…的) —,
    not the title's 加大标准化菜市场建设力度. (The part's one section, its heading is unwritten since 市财政局's part is asked
    inside it, not in a section of its own (hd42c); that part is asked for on the heading.)"""
    _, document = page_draft(tmp_path, suizhou(tmp_path), SUIZHOU_54, STANDARD_MARKETS_TEXT, "21064", STANDARD_MARKETS,
                             "--proposal", "--with", "市财政局", "--date", "2021-08-12")
    body = [p.text for p in document.paragraphs]
    assert "二是【待市财政局提供：打造一批标准化菜市场方面的工作情况及数据（注明年份）】" in body, body
    assert any(p.startswith("打造一批标准化菜市场。") for p in body), body
    assert not any(p.startswith("（一）加大") for p in body), body
