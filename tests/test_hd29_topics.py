"""What a fact is about and whose an ask is, found on held-out round hd29 (博乐市财政局, 大冶市自然资源和规划局): a reply's
figures that do not name their matter (2017-2021年安排上级专项资金共计454万元 under 关于合理拨付文物保护专项经费的提案) were
found by no later suggestion on it; a funding ask naming another unit's field (文物保护) was handed to that unit though
拨付经费 is the finance bureau's own work.

Each test uses the real pages' words (xjbl.gov.cn, web clutter kept) in a small workspace of the page's own bureau, through
the public path ``drafter distill`` and ``drafter draft`` take.
"""

from __future__ import annotations

import docx
from click.testing import CliRunner
from helpers import BOLE_56815, BOLE_71409, bole_workspace, distil, fact_saying, seeds_draft, unit_workspace

from drafter.cli import cli
from drafter.docx.read import read_draft

# The held-out proposal's text (the tester's suggestion.txt).
WENWU_TITLE = "关于合理拨付文物保护专项经费的提案"
WENWU_TEXT = f"{WENWU_TITLE}\n提案人：冬花\n建议财政部门合理拨付文物保护专项经费，保障我市文物保护工作经费。\n"


def _body(path) -> str:
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def test_a_replys_facts_are_about_its_matter(tmp_path):
    """hd29b F1: the reply's 454万元 and 37.61万元 lost their subject — neither text nor topics said 文物; the title's matter
    is now in each fact's topics, where its text does not say it."""
    ff = distil(tmp_path, bole_workspace(tmp_path), BOLE_71409, "xjbl_71409.txt")
    for words in ("安排上级专项资金共计454万元", "本级财力安排资金37.61万元"):
        assert any("文物保护" in t for t in fact_saying(ff, words).topics), words


def test_a_later_draft_on_the_matter_cites_the_replys_figures(tmp_path):
    """hd29b F1's effect: a later proposal on 文物保护专项经费 kept only the oldest sentence (2017年之前…5-10万元); the two
    figures answering it are now cited too, each with its source."""
    _, out = seeds_draft(tmp_path, bole_workspace(tmp_path), {"xjbl_71409.txt": BOLE_71409, "xjbl_56815.txt": BOLE_56815},
                         "25", WENWU_TITLE, WENWU_TEXT, "--deputy", "冬花", "--proposal", "--type", "B",
                         "--date", "2022-03-10")
    body = _body(out)
    assert "2017-2021年安排上级专项资金共计454万元" in body
    assert "2020-2021年本级财力安排资金37.61万元" in body
    assert "创建全国文明城市" not in body


def test_a_funding_ask_stays_the_finance_bureaus_though_it_names_anothers_field(tmp_path):
    """hd29b F3: with 市文体广旅局's field 文物保护 in drafter.yaml, 合理拨付文物保护专项经费 was sent to it (可商请市文体广旅局
    提供) and dropped from the plan; 拨付经费 is the 财政局's own act, so the placeholder and the next step are its own."""
    ws = bole_workspace(tmp_path, "other_fields:\n  市文体广旅局: [文物保护, 文物, 博物馆]\n")
    result, out = seeds_draft(tmp_path, ws, {"xjbl_56815.txt": BOLE_56815}, "10", WENWU_TITLE, WENWU_TEXT,
                              "--deputy", "冬花", "--proposal", "--type", "B", "--date", "2021-11-19")
    body = _body(out)
    assert "文体广旅局" not in body + result.output
    # the plan part keeps the ask the bureau's own: what it will do there, one placeholder (the one ask is the title's matter:
    # not its words as the bureau's step after a lead-in saying them too, hd52b)
    assert "【待补充：合理拨付文物保护专项经费方面的下一步举措】" in body


# 大冶市自然资源和规划局's 2025 disclosure report (hbdaye.gov.cn 1303173, dated 2026-01-26), its opening as the page prints it.
DAYE_1303173 = """长者版 无障碍阅读

当前位置:首页 > 政府信息公开 > 政府信息公开年度报告 > 2025 > 市直部门

大冶市自然资源和规划局2025年政府信息公开工作报告

发表日期:2026-01-26    文章来源:大冶市自然资源和规划局

根据《中华人民共和国政府信息公开条例》规定,现公开大冶市自然资源和规划局2025年政府信息公开工作报告。

一、总体情况

(一)政府信息主动公开情况。2025年,我局紧密围绕自然资源管理重大政策措施和群众关切事项,推进重点领域信息公开,不断提升政府信息公开的质量和实效,累计公开政府信息1293条。

(二)政府信息依申请公开情况。2025年,我局共受理依申请公开9件,具体为土地征收类6件,土地出让类1件,矿业权规划1件,城市规划1件。9件申请均在法定期限内予以回复,回复率达到100% 。
"""
DAYE_TEXT = ("关于优化自然资源领域营商环境的建议\n\n领衔代表：李某某\n\n建议：一、进一步压缩用地审批时限，推行“拿地即开工”“拿地即发证”；"
             "二、推进临时用地、用林审批“一件事”办理；三、提升政务信息公开水平，及时回应企业和群众关切。\n")


def test_material_dated_after_the_reply_is_named_not_said_missing(tmp_path):
    """hd29a F5: a reply of 2025-07-28 rightly leaves out the disclosure report of 2026-01-26, but the reminder said the base
    had no material on 提升政务信息公开水平; it now names that report as dated after the reply, in the warning and the comment."""
    ws = unit_workspace(tmp_path / "ws", "大冶市自然资源和规划局", "市自然资源和规划局", "大冶市")
    result, out = seeds_draft(tmp_path, ws, {"2026-01_大冶市自然资源和规划局2025年政府信息公开工作报告.txt": DAYE_1303173},
                              "15", DAYE_TEXT.splitlines()[0], DAYE_TEXT, "--deputy", "李某某", "--type", "B",
                              "--date", "2025-07-28")
    assert "1293" not in _body(out)
    lines = [w for w in result.output.splitlines() if "提升政务信息公开水平" in w]
    assert not any("没有" in w and "近年工作事实" in w for w in lines), lines
    assert any("晚于成文日期" in w and "2025年政府信息公开工作报告（2026-01-26）" in w for w in lines), lines
    notes = [c for p in read_draft(out) for c in p.comments]
    assert any("晚于成文日期" in c and "2026-01-26" in c for c in notes), notes


def test_a_reply_opening_on_how_it_was_handled_is_in_parts(tmp_path):
    """hd29b F7: 博乐's reply, 一.承办具体过程 (the meeting, the call to the member) then 二.建议办理情况 (the figures), was
    learnt as no form; the process part is its handling part and the 办理情况 after it its part of what was done."""
    ff = distil(tmp_path, bole_workspace(tmp_path), BOLE_71409, "xjbl_71409.txt")
    assert ff.source.form == "parts"
    again = tmp_path / "again"
    again.mkdir()
    _, out = seeds_draft(again, bole_workspace(again), {"xjbl_71409.txt": BOLE_71409}, "25", WENWU_TITLE,
                         WENWU_TEXT, "--deputy", "冬花", "--proposal", "--type", "B", "--date", "2022-03-10")
    assert "一、承办具体过程" in _body(out)


def test_undated_facts_not_drafted_are_said_undated(tmp_path):
    """hd29b F6: distill said the undated 创城 reply's facts are drafted with 【待核实：年份】, yet a draft on its matter (its title
    only, as the tester drafted) used none and said only that nothing could be written; distill now says those of no figure
    nor result are not drafted, and the draft's reminder says the material it found has no year."""
    ws = bole_workspace(tmp_path)
    (tmp_path / "xjbl_56815.txt").write_text(BOLE_56815, "utf-8")
    runner = CliRunner()
    distilled = runner.invoke(cli, ["-w", str(ws.root), "distill", str(tmp_path / "xjbl_56815.txt")]).output
    assert "不写入正文" in distilled.replace("\n", "")
    result = runner.invoke(cli, ["-w", str(ws.root), "draft", "7", "关于举全州之力支持博乐市创建全国文明城市的建议",
                                 "--deputy", "张某", "--date", "2021-11-19", "-o", str(tmp_path / "draft.docx")])
    said = result.output.replace("\n", "")
    assert "其事实没有年份" in said and "没有可直接写入" not in said
