"""hd45b (邢台市林业局, a CPPCC proposal 关于深入实施乡村绿化美化的建议, its text one ask): with the text the draft used no fact
though the base holds the bureau's 森林村庄 honours and the city's 2025 village-greening targets (F1+F2); the warning said the
base had nothing where the comment named a source on the matter (F3); the 发文字号 was left bare though the base holds the
bureau's reply numbered 邢林提案字〔2017〕6号 (F7). The facts are written as they are to be stored (the 2022 page's targets as
plans: distil's part, h235's)."""

from __future__ import annotations

import datetime as dt

import docx
from click.testing import CliRunner
from helpers import comments_on, part_one, part_two_texts, unit_workspace

from drafter.cli import cli
from drafter.compose.select import deadline_ahead
from drafter.facts.store import save_fact_file
from drafter.model import CONTEXT, DONE, PLAN, REPLY, WORK_REPORT, Fact, FactFile, Period, SourceMeta

TITLE = "关于深入实施乡村绿化美化的建议"
SUGGESTION = "关于深入实施乡村绿化美化的建议\n\n提案人：张丽芳\n\n建议深入实施乡村绿化美化。\n"

# hd45b's seeds/2022-06-06_目标2025年建50个省级森林乡村.txt (a news page of 掌上邢台), as distilled, its targets plans.
NEWS = SourceMeta(id="2022-news-218d1a00", path="seeds/2022-06-06_目标2025年建50个省级森林乡村.txt", sha256="0" * 64,
                  kind="news", title="目标2025年！邢台将建50个省级森林乡村", issuer="掌上邢台客户端", jurisdiction="邢台市",
                  date="2022-06-06")
LEDE = ("从邢台市绿委办获悉，邢台市明确到2025年底前，结合美丽乡村建设和农村人居环境综合整治，以街道绿化、庭院绿化、进村路绿化、"
        "小游园建设等为重点，加快推进村庄绿化美化进程。")
TARGETS = ("力争到2025年底，基本实现“村内有绿地、院内有花果、路渠有绿荫、四旁有树木”的村庄绿化格局，全市山区、丘陵区村庄绿化率达到"
           "35%以上，平原区村庄绿化率达到30%以上。")
VILLAGES = ("同时，开展森林乡村示范创建活动，到2025年底，全市计划建成50个省级森林乡村、50个市级森林乡镇、500个市级森林村庄，以点带面，"
            "为推进乡村振兴战略提供支撑。")
# hd45b's seeds/2021-05-14_森林村庄称号通报.txt (邢绿字〔2021〕4号), its decision.
HONOURS_SOURCE = SourceMeta(id="2021-work_report-邢绿字2021-4", path="seeds/2021-05-14_森林村庄称号通报.txt", sha256="1" * 64,
                            kind=WORK_REPORT, title="关于授予信都区滨江社区等单位邢台市森林社区等称号的决定",
                            issuer="邢台市绿化委员会", jurisdiction="邢台市", number="邢绿字〔2021〕4号", date="2021-05-14")
HONOURS = ("为深入贯彻落实习近平生态文明思想，加快推进我市国家森林城市创建，经各县（市、区）推荐申报，市绿化委员会评审，决定授予"
           "信都区滨江社区等50个社区“邢台市森林社区”称号、信都区白岸乡等30个乡镇“邢台市森林乡镇”称号、信都区禅林寺村等100个村庄"
           "“邢台市森林村庄”称号。")
# hd45b's seeds/2017-12-07_市政协130号提案答复.txt: the bureau's reply, its name lost to the page (no issuer).
REPLY_2017 = SourceMeta(id="2017-proposal-130", path="seeds/2017-12-07_市政协130号提案答复.txt", sha256="2" * 64, kind=REPLY,
                        title="对邢台市政协十三届第一次会议第130号提案的答复", jurisdiction="邢台市",
                        number="邢林提案字〔2017〕6号", date="2017-12-07", deputy="张辉银", proposal=True,
                        suggestion_number="130", session="邢台市政协十三届第一次会议")
REPLY_TEXT = ("近年来，市委、市政府高度重视浅山丘陵区绿化治理，每年财政列支资金给予支持，造林成活率达到90%以上，"
              "成为我市丘陵区绿化的一大亮点。")


def _fact(source: SourceMeta, n: int, text: str, kind: str, year: int, basis: str = "document date") -> Fact:
    return Fact(id=f"f-{source.id}-{n}", text=text, kind=kind, period=Period(year=year, basis=basis),
                jurisdiction="邢台市", source_id=source.id)


def _workspace(tmp_path, honours: bool = True, lede: str = PLAN, reply: bool = False):
    ws = unit_workspace(tmp_path / "ws", "邢台市林业局", "市林业局", "邢台市")
    save_fact_file(FactFile(NEWS, [_fact(NEWS, 1, LEDE, lede, 2022), _fact(NEWS, 2, TARGETS, PLAN, 2025, "text"),
                                   _fact(NEWS, 3, VILLAGES, PLAN, 2022)]), ws)
    if honours:
        save_fact_file(FactFile(HONOURS_SOURCE, [_fact(HONOURS_SOURCE, 1, HONOURS, DONE, 2021)]), ws)
    if reply:
        save_fact_file(FactFile(REPLY_2017, [_fact(REPLY_2017, 1, REPLY_TEXT, DONE, 2017)]), ws)
    return ws


def _draft(tmp_path, ws, *options: str):
    (tmp_path / "suggestion.txt").write_text(SUGGESTION, "utf-8")
    out = tmp_path / "draft.docx"
    result = CliRunner().invoke(cli, ["-w", str(ws.root), "draft", "634", TITLE, "--deputy", "张丽芳", "--session",
                                      "政协邢台市第十四届委员会第四次会议", "--type", "A", "--text", str(tmp_path / "suggestion.txt"),
                                      "--date", "2024-05-20", "-o", str(out), *options])
    assert result.exit_code == 0, result.output
    return result, out


def test_ask_on_rural_greening_answered_by_village_greening(tmp_path):
    """F1+F2: 乡村绿化 asked, 村庄绿化 said (one thing by two names) and the villages made 森林村庄 its result: part one reports the
    2021 honours, marked to update, and part two offers the 2025 target of a page of 2022, marked to confirm as an earlier year's
    plan — not two placeholders saying the base holds neither."""
    result, out = _draft(tmp_path, _workspace(tmp_path), "--proposal")
    document = docx.Document(str(out))
    assert any("100个村庄“邢台市森林村庄”称号" in p for p in part_one(document)), part_one(document)
    plans = part_two_texts(document)
    assert any("2025年底" in p and "【待核实：2022年计划" in p for p in plans), plans
    assert "没有以下建议事项的工作计划" not in result.output
    assert "没有以下建议事项的近年工作事实" not in result.output


def test_target_year_ahead_is_a_deadline_not_past():
    """F2: 力争到2025年底… of a page of 2022 still aims ahead in May 2024: its figures are targets to confirm, not a past year's;
    a target year gone (到2023年底) is past."""
    assert deadline_ahead(TARGETS, NEWS, dt.date(2024, 5, 20))
    assert deadline_ahead("确保2025年底前建成50个省级森林乡村", NEWS, dt.date(2024, 5, 20))
    assert not deadline_ahead(TARGETS.replace("2025", "2023"), NEWS, dt.date(2024, 5, 20))


def test_warning_agrees_with_comment_naming_material(tmp_path):
    """F3: no result on the ask, but background on it (the page's lede, kept as background): the warning says the base holds
    such material and no recent result, as the placeholder's comment names it — not that it holds nothing."""
    result, out = _draft(tmp_path, _workspace(tmp_path, honours=False, lede=CONTEXT), "--proposal")
    assert "没有以下建议事项的近年工作事实" not in result.output, result.output
    assert "只有较早年份、背景或计划方面的材料，没有近年的工作成效" in result.output, result.output
    assert any("涉及该主题" in c for c in comments_on(out, "【待补充：深入实施乡村绿化美化")), comments_on(out, "【待补充")


def test_doc_number_follows_the_bureaus_proposal_replies(tmp_path):
    """F7: the base holds the bureau's reply to a proposal numbered 邢林提案字〔2017〕6号: a proposal's draft is numbered so, the
    draft's year and a placeholder for its serial, with a comment naming the reply; a suggestion's (numbered apart) keeps
    the bare placeholder."""
    ws = _workspace(tmp_path, reply=True)
    _, out = _draft(tmp_path, ws, "--proposal")
    document = docx.Document(str(out))
    assert document.paragraphs[1].text == "邢林提案字〔2024〕【待补充：序号】号"
    assert any("邢林提案字〔2017〕6号" in c for c in comments_on(out, "邢林提案字〔2024〕"))
    (tmp_path / "other").mkdir()
    _, out = _draft(tmp_path / "other", ws)
    assert docx.Document(str(out)).paragraphs[1].text == "【待补充：发文字号】"


def test_the_verb_an_ask_opens_on_is_no_key_of_its_matter(tmp_path):
    """The 实施 of 深入实施乡村绿化美化 asks and names nothing: the phrase's keys are 乡村绿化 and 绿化美化, not 实施乡村 (which any
    实施乡村振兴战略 says)."""
    from drafter.compose.select import point_key_words, specific_bigram
    from drafter.facts.index import FactIndex

    specific = specific_bigram(FactIndex.load(_workspace(tmp_path)))
    keys = point_key_words("深入实施乡村绿化美化", specific)
    assert keys and not any("实施" in k for k in keys) and any(k.startswith("乡村") for k in keys), keys


def test_a_multi_year_target_is_of_its_source_s_year_next_year_s_plan_of_its_own():
    """F2: the plan 力争到2025年底… (period 2025) of a page of 2022 is a plan of 2022, offered in 2024 to confirm; a year-end
    summary's plan for the next year is that year's; a date counted to (截至2025年底) is no target."""
    from drafter.compose.select import made_year

    plan = _fact(NEWS, 2, TARGETS, PLAN, 2025, "text")
    assert made_year(plan, NEWS) == 2022
    summary = SourceMeta(id="2025-summary", path="seeds/x.txt", sha256="3" * 64, kind=WORK_REPORT, date="2025-12-20")
    assert made_year(_fact(summary, 1, "2026年，全市计划完成营造林25万亩。", PLAN, 2026), summary) == 2026
    assert not deadline_ahead("截至2025年底，已建成省级森林乡村50个", NEWS, dt.date(2024, 5, 20))
