"""Part two of a draft from the title alone (no suggestion text): an item for each section of part
one, made of the base's plan sentences on that section's matter, read from the written .docx.

The rules under test are general: a plan paragraph listing several measures gives each section
only its sentences (its ``；``-parts) on that section's matter, newest plan first, an earlier year's
one sentence, highlighted and marked 【待核实：2025年计划，是否仍列入2026年】 with its source in the
comment; a sentence part one says already is not said again; a co-handler's plan goes to that unit's
item, and no item asks a unit for next steps the base does not hold; where the base holds no plan,
the item is the section's heading said as a next step and what part one reports still running there
carried on, flagged (深入实施《…（2024-2026年）》。, 深入推行“…”模式。), else a highlighted gap that
``drafter check`` reports.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import (PLAN_MARK, REPO, draft_1350, needs_corpus, part_two_items, part_two_texts, redraft,
                     sections)

from drafter.cli import cli

TITLE_1103 = "关于支持高新技术企业扩量提质的建议"
TITLE_45 = "关于加大科技金融支持科创企业的提案"
MARK = PLAN_MARK


def run(root: Path, out: Path, number: str, title: str, *extra: str) -> docx.document.Document:
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", "某某某",
                                      "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--type", "B",
                                      "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(str(out))


def items_of(document) -> list:
    return part_two_items(document.paragraphs)


def comments_of(document, paragraph) -> list[str]:
    """The texts of the Word comments anchored in ``paragraph``."""
    ids = [e.get(docx.oxml.ns.qn("w:id")) for e in paragraph._p.iter(docx.oxml.ns.qn("w:commentRangeStart"))]
    by_id = {str(c.comment_id): c.text for c in document.comments}
    return [by_id[i] for i in ids if i in by_id]


def seed_plan_parts(seed: str, words: str) -> list[str]:
    """The ``；``-parts of the seed's plan sentence holding ``words`` (its real wording), each without
    its end punctuation."""
    text = re.sub(r"\s+", "", next((REPO / "seeds").glob(f"{seed}_*.txt")).read_text("utf-8"))
    text = text.translate(str.maketrans(",;:", "，；："))  # the web page's half-width punctuation
    sentence = next(s for s in re.split(r"(?<=。)", text) if words in s)
    return [p.rstrip("；。") for p in re.split(r"(?<=；)", sentence) if p.strip("；。")]


@pytest.fixture(scope="module")
def draft_1103(seeded_root, tmp_path_factory):
    """1103 from the whole base (last year's plans in part two's text, the default)."""
    out = tmp_path_factory.mktemp("np-1103") / "1103.docx"
    return run(seeded_root, out, "1103", TITLE_1103, "--with", "市税务局")


def test_the_subjects_item_takes_the_tiered_plan_sentence_not_its_paragraphs_other_measures(draft_1103):
    """1103 (高新技术企业扩量提质) from the whole base: the 2025 reply's plan paragraph 在强主体上下功夫
    lists 两提升, the 梯次 cultivation and the 出题人 role in one sentence; the item of part one's
    科技创新主体 section takes the 梯次 part (it says that section's matter) and none of the others."""
    headings = list(sections(draft_1103))
    items = items_of(draft_1103)
    k = next(n for n, h in enumerate(headings) if "科技创新主体" in h)
    item = items[k]
    parts = seed_plan_parts("000", "梯次发展")
    tiered = next(p for p in parts if "梯次发展" in p)
    assert tiered in item.text, item.text
    others = [p for p in parts if p is not tiered]
    assert others and not any(p[:12] in item.text for p in others), item.text
    assert sum(tiered in p.text for p in items) == 1  # said once in part two
    # an earlier year's plan: its mark at the end, its source in the comments
    assert MARK.search(item.text) and MARK.search(item.text).group(1) == "2025" and item.text.endswith("】")
    assert any("泉科函〔2025〕81号" in c for c in comments_of(draft_1103, item))
    # led by the section's heading said as a next step
    assert re.match(r"^（[一二三四五六]）(持续|进一步)", item.text) and "科技创新主体。" in item.text.split("。")[0] + "。"


def test_each_item_answers_its_section_in_order_and_none_asks_the_co_handler(draft_1103):
    """An item per section of the bureau's, in order; none asking 市税务局 for its next steps (the base
    holds none of its: a clerk found such an item dropped from the real reply), whose part part one asks for."""
    headings = list(sections(draft_1103))
    items = items_of(draft_1103)
    bureau = [h for h in headings if "【" not in h]
    assert len(items) == len(bureau), [p.text for p in items]
    assert not any("市税务局" in p.text for p in items)
    assert any("【待市税务局提供" in h for h in headings)
    for heading, item in zip(bureau, items):
        lead = re.sub(r"^（[一二三四五六七]）", "", item.text).split("。")[0]
        core = re.sub(r"^(?:大力|积极|着力|切实|全面|深入)+", "", heading)
        assert lead.endswith(core) and lead.startswith(("持续", "进一步")), (heading, item.text)


def test_part_two_does_not_say_again_what_part_one_says(draft_1103):
    """No clause of part two (its lead phrases aside) stands word for word in part one."""
    texts = [p.text for p in draft_1103.paragraphs]
    start = next(n for n, t in enumerate(texts) if t.startswith("二、"))
    part_one = "".join(texts[:start])
    for item in items_of(draft_1103):
        body = re.sub(r"【待[^】]*】", "", item.text).split("。", 1)[-1]
        for clause in re.split(r"[，；。]", body):
            assert len(clause) < 10 or clause not in part_one, (clause, item.text)


def test_a_section_without_a_plan_reads_as_a_next_step_with_a_gap_check_reports(seeded_root, tmp_path):
    """45 (科技金融) in 2027: the base holds no plan on finance and the 2024-2026 方案 has run out: its
    item is the heading said as a next step (完善… goes further: 进一步完善…), highlighted as no plan of the bureau's
    (rs8 hd52c: a step carrying on part one's work is no plan either), and the highlighted gap, which ``drafter check``
    counts as a placeholder."""
    out = tmp_path / "45.docx"
    document = run(seeded_root, out, "45", TITLE_45, "--proposal", "--with", "市金融局", "--date", "2027-05-20")
    headings = [h for h in sections(document) if "【" not in h]
    items = items_of(document)
    first = items[0]
    assert re.fullmatch(rf"(?:（一）)?进一步{re.escape(headings[0])}。【待补充：具体举措】", first.text), first.text
    lit = [(r.text, str(r.font.highlight_color)) for r in first.runs if r.font.highlight_color is not None]
    assert lit == [(f"进一步{headings[0]}。", "TURQUOISE (3)"), ("【待补充：具体举措】", "YELLOW (7)")], lit
    assert any("不是已定的计划" in c and "具体举措" in c for c in comments_of(document, first))
    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "check", str(out), "--json"])
    report = json.loads(result.stdout)
    found = [f for f in report["findings"] if f["code"] == "placeholder" and "【待补充：具体举措】" in f["snippet"]]
    assert found, report["findings"]


PLAN_REPLY = """关于市十七届人大五次会议第1377号建议的答复
泉科函〔2026〕140号
某代表：
您提出的《关于加强高新技术企业培育的建议》（第1377号）已收悉，由我局会同市税务局办理。现答复如下：
一、基本情况
（一）大力培育科技创新主体
2025年，全市新认定国家高新技术企业612家。
二、下一步工作计划
（一）培育科技创新主体。加大高新技术企业梯次培育力度，推动科技型中小企业向高新技术企业梯次发展。市税务局将落实高新技术企业所得税优惠政策，为高新技术企业和科技型中小企业做好研发费用加计扣除辅导。
泉州市科学技术局
2026年3月20日
"""


def test_a_co_handlers_plan_goes_to_its_item_not_the_bureaus(seeded_root, tmp_path):
    """A plan sentence with the co-handler as its subject (市税务局将落实…) is that unit's next step: it
    stands in the unit's own item, which asks it to confirm, and not under the bureau's heading; the
    bureau's sentence of the same plan stays the bureau's."""
    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root)
    (root / "seeds" / "1377.txt").write_text(PLAN_REPLY, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds" / "1377.txt")])
    assert result.exit_code == 0, result.output
    document = run(root, tmp_path / "1103.docx", "1103", TITLE_1103, "--with", "市税务局")
    items = items_of(document)
    theirs = [p for p in items if "所得税优惠" in p.text]
    assert len(theirs) == 1 and not theirs[0].text.startswith("（一）"), [p.text for p in items]
    assert theirs[0].text.split("）", 1)[1].startswith("市税务局将落实"), theirs[0].text
    assert any("请市税务局确认" in c for c in comments_of(document, theirs[0]))
    assert not any("【待市税务局提供" in p.text for p in items)
    subject = next(p for p in items if "科技创新主体" in p.text.split("。")[0])
    assert "所得税" not in subject.text


SUGGESTION_1377 = """关于加强高新技术企业培育的建议
一、加大高新技术企业梯次培育力度，推动更多科技型中小企业成长为高新技术企业。
二、落实高新技术企业所得税优惠政策，做好研发费用加计扣除辅导。
"""


def test_with_the_suggestions_text_a_co_handlers_plan_is_its_item_too(seeded_root, tmp_path):
    """With the suggestion's text (asks), the same: the co-handler's plan sentence is never the
    bureau's item for the ask it serves; it stands as the unit's own item, asking it to confirm."""
    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root)
    (root / "seeds" / "1377.txt").write_text(PLAN_REPLY, "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds" / "1377.txt")])
    assert result.exit_code == 0, result.output
    (tmp_path / "1377建议.txt").write_text(SUGGESTION_1377, "utf-8")
    document = run(root, tmp_path / "1377.docx", "1377", "关于加强高新技术企业培育的建议", "--with", "市税务局",
                   "--text", str(tmp_path / "1377建议.txt"))
    items = items_of(document)
    theirs = [p for p in items if "所得税优惠" in p.text]
    assert len(theirs) == 1, [p.text for p in items]
    assert theirs[0].text.split("）", 1)[1].startswith("市税务局将落实"), theirs[0].text
    assert any("请市税务局确认" in c for c in comments_of(document, theirs[0]))
    assert not any("市税务局将" in p.text for p in items if p is not theirs[0])
    # it answers the ask it serves (the second), which the bureau's base holds no plan for: no gap left there
    assert items.index(theirs[0]) == 1 and not any("所得税优惠政策方面的下一步举措" in p.text for p in items)


@needs_corpus
def test_another_bureaus_result_headings_read_as_next_steps_too(chongqing, tmp_path):
    """重庆's reply 0219 drafted again from its bureau's other four documents, the title alone: its
    part one's headings state results of a thing (科技成果转化服务体系日益完善); part two's items say
    what is done to that thing next (进一步完善科技成果转化服务体系。), like the items led by a verb
    phrase — no item is a bare 【待补充：…方面的下一步举措】 standing for the whole."""
    _root, document = redraft(chongqing, tmp_path, "01")
    headings = [h for h in sections(document) if "【" not in h]
    items = part_two_texts(document)
    assert len(items) == len(headings) >= 3, items
    results = 0
    for heading, item in zip(headings, items):
        lead = re.sub(r"^（[一二三四五六]）", "", item).split("。")[0]
        assert lead.startswith(("持续", "进一步")) and not item[3:].startswith("【"), item
        stated = re.match(r"^(.+?)(?:日益|持续|不断)(完善|优化)$", heading)
        if stated:
            results += 1
            assert lead == f"进一步{stated.group(2)}{stated.group(1)}", (heading, item)
    assert results >= 2  # the two result headings of this draft


@pytest.mark.parametrize("heading, step", [
    ("科技成果转化服务体系日益完善", "进一步完善科技成果转化服务体系。"),
    ("大力培育科技创新主体", "持续培育科技创新主体。"),
    # two verbs of making better: no one thing to carry on, so the item keeps its bare placeholder
    # (never 进一步提升创新生态不断优化。, read8's finding)
    ("创新生态不断优化提升", None),
    ("科技金融成效显著", None),
])
def test_a_heading_said_as_a_next_step(heading, step):
    from drafter.compose.select import next_step

    assert next_step(heading) == step



TITLE_1142 = "关于加快科技成果转化和产业化的建议"


def test_a_draft_over_its_budget_keeps_each_sections_only_plan(seeded_root, tmp_path):
    """1142 (成果转化, title only) has a plan of the base for three of its six sections (last year's
    技术经理人 sentence says nothing of （四）'s 数字化平台: test_plan_matter). With a budget
    of 1,200 characters (never above 1,500) the draft is cut, but a section's only plan stays: had it
    gone, its item would read …。【待补充：具体举措】 with a comment saying the base holds no plan there."""
    full = run(seeded_root, tmp_path / "full.docx", "1142", TITLE_1142)
    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root, ignore=shutil.ignore_patterns(".drafter"))
    config = root / "drafter.yaml"
    text = config.read_text("utf-8")
    text = re.sub(r"(?m)^(  length:) \d+", r"\1 1200", re.sub(r"(?m)^(  max_length:) \d+", r"\1 1500", text))
    config.write_text(text, "utf-8")
    short = run(root, tmp_path / "short.docx", "1142", TITLE_1142)

    def gaps(document) -> list[str]:
        return [p.text.split("。")[0] for p in items_of(document) if p.text.endswith("【待补充：具体举措】")]

    def length(document) -> int:
        return sum(len(p.text) for p in document.paragraphs)

    assert length(short) < length(full) - 300  # cut
    assert len(items_of(short)) == len(items_of(full)) == 6
    assert len(gaps(full)) == 3, gaps(full)
    assert gaps(short) == gaps(full)


POLICY = "《泉州市科技金融服务能力提升三年行动方案（2024-2026年）》"


CARRY_ON_MARK = "【待核实：是否列入2026年计划】"


@pytest.mark.parametrize("date, running", [("2026-05-20", True), ("2027-05-20", False)])
def test_a_gap_carries_on_a_policy_part_one_names_that_runs_in_the_drafts_year(seeded_root, tmp_path, date, running):
    """45 (科技金融, title only): part one quotes the 三年行动方案（2024-2026年）; the base holds no plan
    on finance, so part two's item is the heading as a next step and, in 2026 (not in 2027, after
    its span), 深入实施 that policy, highlighted and flagged for the clerk to confirm it for the year,
    its comment naming where part one has it; in 2027, the gap."""
    out = tmp_path / "45.docx"
    document = run(seeded_root, out, "45", TITLE_45, "--proposal", "--with", "市金融局", "--date", date)
    assert POLICY in "".join(p.text for p in document.paragraphs)  # part one quotes it either year
    first = items_of(document)[0]
    lit = [(r.text, str(r.font.highlight_color)) for r in first.runs if r.font.highlight_color is not None]
    notes = comments_of(document, first)
    if running:
        assert first.text.endswith(f"支持科技创新的政策和机制。深入实施{POLICY}。{CARRY_ON_MARK}"), first.text
        assert lit == [(f"深入实施{POLICY}。", "TURQUOISE (3)"), (CARRY_ON_MARK, "YELLOW (7)")], lit
        note = next(c for c in notes if POLICY in c)
        assert "泉科函〔2025〕81号" in note and "实施期含2026年" in note and "请核实是否列入2026年计划" in note, note
    else:
        assert POLICY not in first.text and first.text.endswith("。【待补充：具体举措】"), first.text
        assert lit[1:] == [("【待补充：具体举措】", "YELLOW (7)")] and lit[0][1] == "TURQUOISE (3)", lit  # (the step: no plan)
        assert not any(POLICY in c for c in notes), notes


def test_with_the_suggestions_text_an_asks_gap_carries_on_a_running_policy_too(seeded_root, tmp_path):
    """1350 with its text: ask 三 (加大科技金融支持) has no plan in the base; its section quotes the
    2024-2026 方案, which part two carries on in 2026, flagged."""
    document = draft_1350(seeded_root, tmp_path / "1350.docx")
    finance = next(p for p in items_of(document) if "科技金融" in p.text)
    assert finance.text == f"（三）进一步加大科技金融支持。深入实施{POLICY}。{CARRY_ON_MARK}", finance.text


MODEL = "“异地研发、本地转化”模式"


@pytest.mark.parametrize("date, running", [("2026-05-20", True), ("2027-05-20", False)])
def test_a_gap_carries_on_a_model_of_work_part_one_reports(loo, tmp_path, date, running):
    """A title on 异地研发本地转化 in the leave-one-out base (no plan on it): part one's 高质量科技成果供给
    item reports 推进“异地研发、本地转化”模式 (the 2025 reply); part two's item for that section carries
    the model on by its own name, 深入推行…。, highlighted and flagged, its comment naming the source — in
    2026; in 2027 a model last reported two years before is not known to run: the gap."""
    out = tmp_path / "1401.docx"
    document = run(loo, out, "1401", "关于推进异地研发本地转化的建议", "--date", date)
    assert f"推进{MODEL}" in "".join(p.text for p in document.paragraphs)  # part one reports it
    first = items_of(document)[0]
    lit = [(r.text, str(r.font.highlight_color)) for r in first.runs if r.font.highlight_color is not None]
    if running:
        assert first.text == f"（一）持续加强高质量科技成果供给。深入推行{MODEL}。{CARRY_ON_MARK}", first.text
        assert lit == [(f"深入推行{MODEL}。", "TURQUOISE (3)"), (CARRY_ON_MARK, "YELLOW (7)")], lit
        note = next(c for c in comments_of(document, first) if MODEL in c)
        assert "第一部分所述" in note and "泉科函〔2025〕81号" in note and "实施期" not in note, note
    else:
        assert MODEL not in first.text and first.text.endswith("。【待补充：具体举措】"), first.text


def test_a_running_policy_on_another_matter_is_not_carried_on(seeded_root, tmp_path):
    """1288 from its list title alone: the 科研体制机制改革 section quotes the finance 方案 in one of its
    items, but a finance policy is no next step of reforming research institutes: that gap stays bare."""
    document = run(seeded_root, tmp_path / "1288.docx", "1288", "关于推动科技创新与产业创新深度融合的建议")
    assert "科研体制机制改革" in "".join(sections(document))
    assert POLICY in "".join(p.text for p in document.paragraphs)
    reform = next(p.text for p in items_of(document) if "科研体制机制改革" in p.text)
    assert reform.endswith("科研体制机制改革。【待补充：具体举措】"), reform


def test_a_co_handlers_plan_keeps_its_own_comment_beside_the_units(seeded_root, tmp_path):
    """A co-handler's plan whose first words carry a comment of their own (今年 made 2026年, the
    source's wording kept) gets the comment asking the unit to confirm too, without losing that one."""
    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root)
    (root / "seeds" / "1377.txt").write_text(PLAN_REPLY.replace("市税务局将落实", "今年，市税务局将落实"), "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds" / "1377.txt")])
    assert result.exit_code == 0, result.output
    document = run(root, tmp_path / "1103.docx", "1103", TITLE_1103, "--with", "市税务局")
    theirs = next(p for p in items_of(document) if "所得税优惠" in p.text)
    assert "2026年，市税务局将落实" in theirs.text
    notes = "\n".join(comments_of(document, theirs))
    assert "请市税务局确认" in notes and "原文为“今年”" in notes, notes
