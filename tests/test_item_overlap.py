"""What a clerk strikes out as said twice, read from the written .docx: a part-two item restating
a phrase part one already says, a last year's plan offered as done beside an item on the same
matter, and a closing that states its class without a word of context.

The rules are general (the leave-one-out 1288 draft, with its text and by its title alone, and
the README's 1350 quick start are where they show on the real seeds)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import (ADOPTED, CLAIM_MARK, NUMERAL_ITEM, PLAN_MARK, TITLE_1288, claimed, draft_1288, owed_entries, part_one, part_two_items, part_two_of, part_two_texts,
                     sections_in, with_setting)

from drafter.cli import cli

MARK = re.compile(r"【[^】]*】")
CLAUSE = re.compile(r"[^，,；;。：:]+")
MIN_CLAUSE = 6  # characters: a shorter clause (加强…, 推动…) may well recur in any reply


@pytest.fixture(scope="module")
def title_only(loo, tmp_path_factory) -> Path:
    """The leave-one-out 1288 draft by its title alone (no --text), class A (last year's plans in the text), its closing
    the class's (``draft.closing: status``)."""
    out = tmp_path_factory.mktemp("title-only") / "1288.docx"
    root = with_setting(loo, out.parent / "ws", "closing", "status")
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--session", "市十七届人大五次会议", "--type", "A", "--date", "2026-05-20",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def restated(path: Path) -> list[tuple[str, str]]:
    """(part-two item, clause) for each clause after an item's lead phrase that part one's text
    already holds word for word."""
    document = docx.Document(path)
    said = "".join(MARK.sub("", t) for t in part_one(document))
    out = []
    for item in part_two_texts(document):
        parts = MARK.sub("", NUMERAL_ITEM.sub("", item)).split("。", 1)
        if len(parts) < 2:  # a placeholder item (a co-handler's next steps): nothing restated
            continue
        body = parts[1]  # after the lead phrase
        out += [(item, c) for c in CLAUSE.findall(body) if len(c) >= MIN_CLAUSE and c in said]
    return out


def test_part_two_does_not_restate_what_part_one_says(loo_draft, title_only):
    """The talent plan of 2025 opens 强化人才链对创新链的支撑作用，推行…, which part one's talent item
    has as its lead phrase; the 强主体 plan ends …，强化企业科技创新主体地位, which part one says when
    it has a section on 科技创新主体: part two keeps each plan's own measures and drops the clause
    said already."""
    for path in (loo_draft, title_only):
        assert restated(path) == [], path.name
    talent = next(t for t in part_two_texts(docx.Document(loo_draft)) if "人才引育" in t)
    assert "推行高层次人才“预认定”“免申即认”" in talent and "强化人才链对创新链的支撑作用" not in talent
    said = "".join(part_one(docx.Document(loo_draft)))
    assert "强化人才链对创新链的支撑作用" in said  # part one keeps it: it was said there first
    subject = next(t for t in part_two_texts(docx.Document(title_only)) if "强主体" in t)
    assert "加强企业科技创新能力建设" in subject  # its own measure, and the clause part one says, if it does, once
    assert not ("强化企业科技创新主体地位" in subject and "强化企业科技创新主体地位" in "".join(part_one(docx.Document(title_only))))


ITEM = re.compile(r"^([一二三四五六七八九十])是([^。]{2,24})。")
# words any two leads may share without being on one matter (how official prose opens a phrase)
OPENERS = {"推进", "推动", "大力", "加强", "持续", "一批", "加快", "强化", "提升", "服务", "建设"}


def grams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} - OPENERS


def sections_of(path: Path) -> dict[str, list]:
    """Part one's sections of a written draft (read back by drafter's reader: text, comments),
    each heading's paragraphs (empty ones left out)."""
    from drafter.docx.read import read_draft

    return {head: [p for p in ps if p.text.strip()] for head, ps in sections_in(read_draft(path)).items()}


def said_under(path: Path, heading: str) -> str:
    """What part one's section whose heading says ``heading`` says."""
    return "".join(p.text for h, ps in sections_of(path).items() if heading in h for p in ps)


def test_last_years_plan_is_said_under_the_ask_its_lead_names(loo_draft):
    """The 2025 plan 在引建科创平台上下功夫 (具身智能 platform, 人形机器人创新中心), offered as done, builds
    a platform: its head clause, 推动建设具身智能服务机器人创新平台, names the 平台 ask's matter and no
    other's, so it stands there — its later clauses (人形机器人, 开展关键技术攻关) only decide between asks
    its head names alike (h81: the clerks of the leave-one-out draft found it under 智能制造…攻关, where the
    real reply, seed 003, does not report it; that reply reports it under （二）平台 with the 大院大所 it
    brought in). On the matter of the item reporting the platforms brought in (引建科创平台 beside
    大力引建一批高能级平台), it is said after that item, its mark alone, the plan in the mark's comment. No
    section has two leads on one matter; the 智能制造 ask still owes its 工业机器人."""
    sections = sections_of(loo_draft)
    for head, paragraphs in sections.items():
        leads = [m.group(2) for m in (ITEM.match(p.text) for p in paragraphs) if m]
        for k, a in enumerate(leads):
            for b in leads[k + 1:]:
                assert len(grams(a) & grams(b)) < 2, (head, a, b)
    verify = [(h, p) for h, ps in sections.items() for p in ps if CLAIM_MARK.search(p.text)]
    assert len(verify) == 1
    head, claim = verify[0]
    assert "平台" in head and "智能制造" not in head, head
    said = CLAIM_MARK.search(claim.text).group(2)
    assert said == "推动建设具身智能服务机器人创新平台", said  # the plan itself in the mark's comment
    assert "大力引建一批高能级平台" in claim.text
    # the plan's sentence whole, its head clause the mark names too (rv32: mark and comment said two things)
    assert claimed(claim).startswith("推动建设具身智能服务机器人创新平台，引进国家地方共建人形机器人创新中心")
    assert any("为上年工作计划（泉科函〔2025〕81号（2025-05-20） · 下一步）" in n for n in claim.comments)
    assert "具身智能" not in said_under(loo_draft, "智能制造")


ROBOT = ("一、建设人形机器人和具身智能创新平台。引进国家级人形机器人创新中心等平台，支持具身智能服务机器人研发。\n"
         "二、加强科技人才引育。引进高层次人才团队。\n")


@pytest.fixture(scope="module")
def robot(loo, tmp_path_factory) -> Path:
    """A suggestion on the 具身智能 platform and on talent, drafted from the leave-one-out base (last
    year's plans in the text)."""
    out = tmp_path_factory.mktemp("robot") / "robot.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "77", "关于加快机器人产业创新的建议", "--deputy", "某代表",
                                      "--date", "2026-05-20", "--text", "-", "-o", str(out)], input=ROBOT)
    assert result.exit_code == 0, result.output
    return out


def test_last_years_plan_on_a_matter_no_item_reports_stays_an_item(robot):
    """An ask on the 具身智能 platform with the leave-one-out base: no item reports 引建 platforms,
    so last year's plan stands as an item of its own (its claim and mark, named by the plan's own first
    clause, not the heading 引建科创平台 over it: qa16), the ask's only word on the platform."""
    verify = [p for ps in sections_of(robot).values() for p in ps if CLAIM_MARK.search(p.text)]
    assert len(verify) == 1
    assert re.match(r"^[一二三四]是【待核实：2025年计划“推动建设具身智能服务机器人创新平台”的落实情况】$", verify[0].text), verify[0].text
    assert claimed(verify[0]).startswith("推动建设具身智能服务机器人创新平台")
    assert any(n.startswith("此项为上年工作计划") for n in verify[0].comments)


def test_a_claim_standing_alone_is_led_as_its_siblings_are(robot):
    """Last year's robot plan offered as done beside items opening on their lead phrases (一是大力推进平台服务
    提质增效。…) once read ``三是按照2025年工作计划，推动建设…平台，引进…``: its plan's lead (引建科创平台) named
    another matter, so it had none. It is led by what it names, its head clause, inside its mark."""
    items = next(ps for h, ps in sections_of(robot).items() if "机器人" in h)
    claim = next(p.text for p in items if CLAIM_MARK.search(p.text))
    assert CLAIM_MARK.search(claim).group(2) == "推动建设具身智能服务机器人创新平台", claim  # its head clause
    assert re.fullmatch(r"[一二三四]是" + re.escape(CLAIM_MARK.search(claim).group()), claim)  # the plan in the comment
    for p in (p.text for p in items if not re.match(r"[一二三四]是【", p.text)):  # every item opens with a lead phrase
        first = re.sub(r"^[一二三四]是", "", p).split("。")[0]
        assert len(first) <= 20 and "，" not in first, p


def closing_of(path: Path):
    from drafter.docx.read import read_draft

    return next(p for p in read_draft(path) if p.kind == "closing")


def test_a_class_closing_says_how_the_adopted_suggestion_is_carried_out(loo_status, tmp_path):
    """Class A while parts are still owed (the co-handler's 知识产权 part): the closing says 已采纳
    and, in the same sentence, how it is carried out (会同有关部门抓好落实, not 逐项推进: some items are other units' or a higher
    level's) — never a bare “已采纳。”, never 已基本解决 (things are owed) nor B's 正在解决/列入计划, nor 按上述举措 over a part
    two of last year's plans said by their leads over 【待补充：具体举措】 (rv46: 按上述举措 with the 举措 placeholders); ``check``
    finds its words fit the class and claim nothing the body lacks. Once nothing is owed (by the title alone), A says 已基本解决."""
    from drafter.check import check_draft
    from drafter.docx.read import read_draft
    from drafter.workspace import load_workspace

    out = tmp_path / "a.docx"
    draft_1288(loo_status, out, "--type", "A")
    closing = closing_of(out).text
    adopted = next(s for s in re.findall(r"[^。]*。", closing) if "已采纳" in s)
    said = ADOPTED.search(adopted)
    assert not adopted.endswith("已采纳。") and said, closing
    measures = [p.text for p in part_two_items(read_draft(out)) if not p.text.endswith("。【待补充：具体举措】")]
    assert bool(said.group(1)) == bool(measures), (closing, measures)
    assert "逐项推进" not in closing, closing
    assert not re.search("解决|正在|列入|纳入|留作参考", closing), closing
    codes = {f.code for f in check_draft(load_workspace(loo_status), out).findings}
    assert not codes & {"class-closing", "closing-gaps"}, codes


def test_a_b_closing_says_the_plan_is_listed_only_of_this_years_plan(loo_status, seeded_status, tmp_path):
    """Class B: 已列入我局工作计划 only where part two says the bureau's plan of this year (the whole base's, from
    the May 2026 reply). From the leave-one-out base each item is last year's plan flagged 【待核实：2025年计划，
    是否仍列入2026年】: the closing does not assert what the marks ask the clerk, it says the matter is worked on."""
    from drafter.docx.read import read_draft

    draft_1288(loo_status, tmp_path / "loo.docx", "--type", "B")
    items = part_two_items(read_draft(tmp_path / "loo.docx"))
    assert items and all(PLAN_MARK.search(p.text) for p in items), [p.text for p in items]
    closing = closing_of(tmp_path / "loo.docx").text
    assert "正在积极研究推进" in closing and "列入" not in closing, closing
    draft_1288(seeded_status, tmp_path / "whole.docx", "--type", "B")
    items = part_two_items(read_draft(tmp_path / "whole.docx"))
    assert items and not any(PLAN_MARK.search(p.text) for p in items), [p.text for p in items]
    assert "并已列入我局工作计划" in closing_of(tmp_path / "whole.docx").text


def test_a_class_closing_with_nothing_owed_says_solved(title_only):
    closing = closing_of(title_only).text
    assert closing.startswith("您提出的建议已采纳，所提问题已基本解决。"), closing


OWED = re.compile(r"【待补充：建议所提(.+?)方面的(工作情况|下一步举措)】")


def test_the_deputys_unanswered_points_are_asked_for_once(loo_draft):
    """What the deputy names under a point and the draft does not answer (智能装备、工业软件 under
    智能制造; 平台与产业集群精准对接 under the platforms) is asked for once, in part one's section
    (…方面的工作情况, highlighted, its comment also pointing to the plan part), never again after
    the part-two item of the same ask (two clerks reading the leave-one-out draft: the doubled
    notes in 下一步 hide the real fill-in slots). 企业技术中心 is 市工业和信息化局's field (asked of
    it in part one, not of the bureau); what part one reports (大院大所, 新型研发机构, 中试验证) is
    asked for nowhere."""
    from drafter.docx.read import read_draft

    paras = read_draft(loo_draft)
    items = part_two_items(paras)
    assert len(items) == 4 and not [i.text for i in items if OWED.search(i.text)], [i.text for i in items]
    one = [p for p in paras if p not in part_two_of(paras)]
    assert not [p.text for p in one if OWED.search(p.text)]  # no item of its own: a comment on its section's heading
    asked = [(p, m) for p in one for n in p.notes for m in [OWED.match(n.text)] if m]
    assert asked and all(m.group(2) == "工作情况" and p.kind == "heading2" for p, m in asked)
    listed = [t for _, m in asked for t in owed_entries(m.group(1))]
    for thing in ("智能装备", "工业软件", "推动平台与产业集群精准对接"):
        assert listed.count(thing) == 1, listed
    assert "企业技术中心" not in listed
    for thing in ("大院大所", "新型研发机构", "中试验证"):
        assert not [t for t in listed if thing in t], thing
    # its comment: the first in full (also pointing to the plan part), the others referring back to it
    full = [c for p, _ in asked for c in p.comments if "本节各项未涉及" in c]
    assert len(full) == 1 and "下一步工作计划" in full[0], full
    assert all(c.startswith(m.group() + "同前注") for p, m in asked for c in p.comments if "本节各项未涉及" not in c)


def test_an_asks_measure_under_a_plan_led_by_another_matter_is_its_next_step(robot):
    """The 2025 plan 在做优科技政策上下功夫 ends with a talent measure (…推行高层次人才“预认定”…); a
    title on robots does not find that plan, but the talent ask's own search does: its next step
    is that measure (strictly serving it), not a 【待补充】, and it does not restate part one's
    强化人才链对创新链的支撑作用."""
    items = part_two_texts(docx.Document(robot))
    talent = next(t for t in items if "人才引育" in t)
    assert "推行高层次人才“预认定”“免申即认”" in talent and not talent.startswith("（二）【待补充"), items
    assert "强化人才链对创新链的支撑作用" not in talent and "政策兑现" not in talent
    assert restated(robot) == []


def test_title_only_last_years_plans_go_on_as_the_other_items_and_say_one_sentence(title_only):
    """The leave-one-out 1288 by its title alone: last year's plan on 强主体, answering no section of part one, was
    its own item led as the 2025 reply led it, （四）在强主体上下功夫。, beside （一）持续加快整合提升科技平台。 (h81: a
    plan's lead like 引建科创平台 lacked the 持续/继续 of the others; such a plan could keep two sentences, highlighted
    both). Every item from last year's plan now goes on as the others (继续在强主体上下功夫。) and says the one
    sentence to confirm."""
    from drafter.docx.read import read_draft

    items = [p for p in part_two_of(read_draft(title_only)) if NUMERAL_ITEM.match(p.text)]
    marked = [p for p in items if PLAN_MARK.search(p.text)]
    assert len(marked) >= 2, [p.text for p in items]
    for p in items:
        lead = NUMERAL_ITEM.sub("", p.text).split("。")[0]
        assert lead.startswith(("持续", "继续", "进一步")), p.text
    assert any(NUMERAL_ITEM.sub("", p.text).startswith("继续在强主体上下功夫。") for p in marked), [p.text for p in marked]
    for p in marked:
        said = "".join(h.text for h in p.highlights if not h.text.startswith("【"))
        assert said.count("。") == 1 and p.text.count("。") == 2, p.text  # its lead, one sentence, the mark
