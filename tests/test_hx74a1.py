"""Found on held-out round hd73b (乌鲁木齐市沙依巴克区教育局).

hd73b: the district bureau's reply to a proposal of 市政协十四届三次会议 (the city's CPPCC, above the district) was drafted
with the district's 抄送 (区政协提案委；区政府督查室), drafter init's guess of its own level's, nothing flagged.

Each test uses a few real lines of the bureau's page and the round's suggestion in a workspace built here.
"""

from __future__ import annotations

from helpers import comments_on, page_draft, unit_workspace

# seeds/2023-11-24_沙依巴克区2022年履行教育职责工作报告.txt, its head and first paragraph (abridged).
REPORT = """沙依巴克区人民政府2022年履行教育职责工作报告
2023-11-24 11:54   沙区政府教育督导室

一、基本情况

2023年辖区共有学校46所,其中区属中小学40所,民办学校1所,市属学校3所,自治区属学校1所,厂矿子校1所。\
区属中小学教职工3211人,中小学专任教师2994人。
"""
TITLE = "关于完善房地产公共资源的建议"
# The round's suggestion.txt (its asks).
TEXT = f"""{TITLE}
建议：
一、科学规划学校布局，统筹区域教育资源，使教育公共资源配置与房地产开发、人口增长相匹配；
二、积极推进集团化办学，充分发挥优质学校辐射带动作用，扩大优质教育资源覆盖面，缩小校际和区域差距；
"""
# drafter init's guess, as the round's drafter.yaml has it; and a clerk's own.
GUESSED = "cc:\n  suggestion:\n    - [区人大常委会代表工委]\n    - [区政府督查室]\n  proposal:\n    - [区政协提案委]\n    - [区政府督查室]\n"
CLERKS = "cc:\n  suggestion:\n    - [区人大常委会代表工委]\n  proposal:\n    - [区政协提案委]\n    - [区政府办公室]\n"


def district_draft(tmp_path, cc: str, *options: str, unit=("乌鲁木齐市沙依巴克区教育局", "区教育局", "沙依巴克区", "八一街道, 西山街道")):
    """The proposal (or suggestion) drafted for 沙依巴克区教育局 (or another ``unit``: name, short name, place, areas) with
    drafter.yaml's ``cc``: the command's result and the draft."""
    ws = unit_workspace(tmp_path / "ws", *unit)
    with open(ws.root / "drafter.yaml", "a", encoding="utf-8") as yaml:
        yaml.write(cc)
    return page_draft(tmp_path, ws, REPORT, TEXT, "79", TITLE, *options, "--date", "2024-04-30",
                      name="2023-11-24_沙依巴克区2022年履行教育职责工作报告.txt")


def line(document, starts: str) -> str:
    return next(p.text for p in document.paragraphs if p.text.startswith(starts))


def marked(document, starts: str) -> list[str]:
    """The highlighted runs of the paragraph starting with ``starts``."""
    return [r.text for r in next(p for p in document.paragraphs if p.text.startswith(starts)).runs if r.font.highlight_color]


def test_a_higher_sessions_proposal_is_copied_to_that_levels_committee(tmp_path):
    """市政协十四届三次会议's proposal, drafter.yaml's 抄送 init's guess of the district's: the city's committee and office,
    highlighted under a comment naming the city's session; the opening and closing keep the bureau's own 我局."""
    _, document = district_draft(tmp_path, GUESSED, "--proposal", "--session", "市政协十四届三次会议")
    assert line(document, "抄送：") == "抄送：市政协提案委；市政府督查室。"
    assert marked(document, "抄送：") == ["市政协提案委；市政府督查室。"]
    notes = comments_on(tmp_path / "draft.docx", "抄送：")
    assert any("本件是市级的会议（市政协十四届三次会议）交办的" in n and "预填的是沙依巴克区本级单位" in n for n in notes), notes
    assert not any("drafter init 预填的常见写法" in n for n in notes), notes  # (no longer the guess as written)
    opening = line(document, "您提出的")
    assert "感谢您对我局工作的关心和支持" in opening and not marked(document, "您提出的"), opening


def test_a_higher_sessions_suggestion_is_copied_to_its_congress_committee(tmp_path):
    """A suggestion of the city's 市十七届人大三次会议: 市人大常委会代表工委, not the district's."""
    _, document = district_draft(tmp_path, GUESSED, "--session", "市十七届人大三次会议")
    assert line(document, "抄送：") == "抄送：市人大常委会代表工委；市政府督查室。"


def test_the_clerks_own_cc_is_kept_but_flagged_for_a_higher_session(tmp_path):
    """drafter.yaml's 抄送 set by the clerk: kept as written, highlighted under a comment naming the city's level and its
    committee."""
    _, document = district_draft(tmp_path, CLERKS, "--proposal", "--session", "市政协十四届三次会议")
    assert line(document, "抄送：") == "抄送：区政协提案委；区政府办公室。"
    assert marked(document, "抄送：") == ["区政协提案委；区政府办公室。"]
    notes = comments_on(tmp_path / "draft.docx", "抄送：")
    assert any("不是沙依巴克区本级的" in n and "市级相应的单位（如市政协提案委）" in n for n in notes), notes


def test_a_regions_session_is_flagged_not_copied_to_a_guess_of_the_wrong_level(tmp_path):
    """A city bureau's proposal of 自治区政协十三届二次会议: init's guess reads a place's last character alone (区), so the city's
    guess is kept, highlighted under a comment naming 自治区 — never copied to 区政协提案委."""
    city = ("乌鲁木齐市教育局", "市教育局", "乌鲁木齐市", "沙依巴克区, 天山区")
    guess = GUESSED.replace("区", "市")
    _, document = district_draft(tmp_path, guess, "--proposal", "--session", "自治区政协十三届二次会议", unit=city)
    assert line(document, "抄送：") == "抄送：市政协提案委；市政府督查室。"
    assert marked(document, "抄送：") == ["市政协提案委；市政府督查室。"]
    notes = comments_on(tmp_path / "draft.docx", "抄送：")
    assert any("本件是自治区的会议（自治区政协十三届二次会议）交办的" in n and "（如" not in n for n in notes), notes


def test_the_own_levels_session_keeps_its_cc_unmarked(tmp_path):
    """The district's own 区政协十一届三次会议: drafter.yaml's 抄送, unmarked, no comment naming another level."""
    _, document = district_draft(tmp_path, GUESSED, "--proposal", "--session", "区政协十一届三次会议")
    assert line(document, "抄送：") == "抄送：区政协提案委；区政府督查室。"
    assert marked(document, "抄送：") == []
    assert not any("交办的" in n for n in comments_on(tmp_path / "draft.docx", "抄送："))


def test_session_above_names_a_higher_place_or_level(tmp_path):
    """A city's or region's session is above a district's (by name or by its level word); its own and a lower one are not."""
    from drafter.sessions import session_above, session_below

    ws = unit_workspace(tmp_path / "ws", "乌鲁木齐市沙依巴克区教育局", "区教育局", "沙依巴克区", "八一街道")
    assert session_above("市政协十四届三次会议", ws) == "市级"
    assert session_above("乌鲁木齐市第十六届人民代表大会第三次会议", ws) == "乌鲁木齐市"
    assert session_above("自治区政协十三届二次会议", ws) == "自治区"
    assert session_above("区十八届人大三次会议", ws) is None
    assert session_above("沙依巴克区政协十一届三次会议", ws) is None
    assert session_below("市政协十四届三次会议", ws) is None
