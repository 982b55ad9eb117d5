"""Part two of a reply (二、下一步工作计划), read from the written .docx as a clerk reads it.

The rules under test are general: an ask in another unit's field gets no item (part two writes no
unit's next steps the base does not hold); an earlier year's plan offers its standing measures (支持…,
推广…模式), not that year's single undertakings (探索建设“产业大脑”…), one sentence an item; and each
item taken from an earlier plan is flagged as a whole: that sentence highlighted and one mark right
after it, 【待核实：2025年计划，是否仍列入2026年】 (its numeral and lead words read on unbroken), instead
of an editor's line numbering the items.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from helpers import CLAIM_MARK, DEMO_LIST, NUMERAL_ITEM, PLAN_MARK, REPO, claimed, part_two_of

from drafter.cli import cli
from drafter.compose.select import one_off, standing_clauses
from drafter.compose.sentences import split_sentences

MARK = PLAN_MARK
# what the suggestion names under an ask and the item's plan does not say (its own placeholder, at the end)
OWED_PLAN = re.compile(r"【待补充：建议所提[^】]+方面的下一步举措】$")


def run_draft(root: Path, out: Path, number: str, title: str, *extra: str, text: str | None = None):
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", "林永红",
                                      "--session", "市十七届人大五次会议", "--date", "2026-05-20",
                                      "-o", str(out), *extra], input=text)
    assert result.exit_code == 0, result.output
    return result


def part_two(path: Path):
    """The part-two items of a written draft (read back by drafter's reader: text, highlights,
    comments), and the paragraphs between the part's heading and its first item."""
    from drafter.docx.read import read_draft

    paras = part_two_of(read_draft(path))
    items = [p for p in paras if NUMERAL_ITEM.match(p.text)]
    return items, [p for p in paras if p not in items]


def plan_section(seed: str, start: str, stop: str) -> list[str]:
    """The sentences of a seed's 下一步 part (its real wording), item numerals dropped."""
    text = next((REPO / "seeds").glob(f"{seed}_*.txt")).read_text("utf-8")
    part = text[text.index(start):text.index(stop)]
    part = re.sub(r"\s+", "", part)
    return [re.sub(r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）)", "", s)
            for s in split_sentences(part.replace(",", "，"))]


def test_one_off_tells_a_years_undertakings_from_its_standing_measures():
    """On the real plans: none of the 2026 reply's next steps (支持企业加大研发投入…, 推广“企业家+科学家”
    融合创新模式…) is a single undertaking; of the 2025 reply's, the 产业大脑 platform, the 具身智能
    platform and the 技术转移 centres are, the 出题人 role, the new mode of building platforms and
    先用后转 are not."""
    for sentence in plan_section("003", "二、下一步工作计划", "再次感谢"):
        assert not one_off(sentence), sentence
    plans_2025 = plan_section("000", "重点做好以下几项工作", "衷心感谢")

    def find(words: str) -> str:
        return next(s for s in plans_2025 if words in s)

    for words in ("探索建设“产业大脑”", "推动建设具身智能", "加快建设国家技术转移东部中心"):
        assert one_off(find(words)), words
    for words in ("充分发挥企业“出题人”", "积极探索科创平台引建新模式", "推广科技成果“先用后转”模式",
                  "强化人才链对创新链的支撑作用"):
        assert not one_off(find(words)), words
    # a list of undertakings and measures keeps its measures; one about a single project stays whole
    transfer = standing_clauses(find("加快建设国家技术转移东部中心"))
    assert transfer.startswith("培育壮大技术转移机构和技术经理人队伍，") and "，促进技术供需高效精准对接" in transfer
    assert "加快建设" not in transfer and "搭桥" not in transfer and "清单" not in transfer
    brain = find("探索建设“产业大脑”")
    assert standing_clauses(brain) == brain


def test_leave_one_out_1288_part_two_offers_standing_measures_each_marked(loo_draft):
    """The leave-one-out 1288 draft (its plans all from the 2025 reply): four items in the asks'
    order, none for the co-handler's 知识产权 (the base holds no plan of its); the platform item keeps
    the new mode of building platforms, not the 产业大脑 project; each item is its lead and one
    sentence of that plan, the sentence highlighted cyan and followed by one yellow
    【待核实：2025年计划，是否仍列入2026年】 (before what it still owes), one comment over both naming the
    plan's source, what to do said in full on the first; no editor's line numbers the items."""
    items, others = part_two(loo_draft)
    assert len(items) == 4, [p.text for p in items]
    for term, item in zip(("智能制造", "平台", "成果转化", "人才"), items):
        assert term in item.text, (term, item.text)
    text = "".join(p.text for p in items)
    assert "知识产权" not in text and "产业大脑" not in text and "科技淘宝" not in text and "市场监管局" not in text
    assert "积极探索科创平台引建新模式" in items[1].text
    for n, item in enumerate(items):
        body = OWED_PLAN.sub("", MARK.sub("", re.sub(r"^（[一二三四]）", "", item.text)))
        lead, *said = split_sentences(body)
        assert len(said) == 1 and not one_off(said[0]), body  # one sentence after the lead phrase
        assert MARK.findall(item.text) == [("2025", "2026")] and not re.match(r"（[一二三四]）【", item.text)
        assert re.search(r"。【待核实：2025年计划，是否仍列入2026年】(?:【待补充：[^】]+】)?$", item.text), item.text
        lit = [(h.text, h.color) for h in item.highlights if not OWED_PLAN.fullmatch(h.text)]
        assert lit == [(said[0], "cyan"), ("【待核实：2025年计划，是否仍列入2026年】", "yellow")], lit
        note = next(c for c in item.comments if "此项取自2025年的工作计划（泉科函〔2025〕81号" in c)
        # what to do said in full once, then referred back to (同前注), each naming its source
        assert ("删去标记并清除高亮" in note) == (n == 0) and note.startswith("同前注：") == (n > 0), note
        assert "是否仍列入2026年计划" in note
        assert not any(lead.rstrip("。") in h for h, _ in lit)  # the lead stays plain
    assert [p.text for p in others] == [
        "根据您的建议，下一步我局将继续推动科技创新与产业创新深度融合，重点做好以下工作："]
    assert not others[0].highlights


def test_the_mark_is_one_run_a_clerk_deletes_leaving_the_item_whole(loo_draft, loo_draft_comment):
    """In the .docx XML the mark is a run of its own (yellow), after the highlighted sentence inside
    the one comment range over both: deleting it leaves the item as it reads without it, （一）持续…。…。
    So is the comment form's 【待补充：具体举措】."""
    stubs = [p for p in docx.Document(loo_draft_comment).paragraphs if p.text.endswith("。【待补充：具体举措】")]
    assert len(stubs) == 4
    for p in stubs:
        runs = [r for r in p.runs if r.text == "【待补充：具体举措】"]
        assert len(runs) == 1 and runs[0]._r.getprevious().tag == qn("w:commentRangeStart")
    document = docx.Document(loo_draft)
    paragraphs = [p for p in document.paragraphs if MARK.search(p.text)]
    assert len(paragraphs) == 4
    for p in paragraphs:
        runs = [r for r in p.runs if MARK.search(r.text)]
        assert len(runs) == 1 and MARK.fullmatch(runs[0].text), [r.text for r in p.runs]
        highlight = runs[0]._r.find(qn("w:rPr")).find(qn("w:highlight"))
        assert highlight is not None and highlight.get(qn("w:val")) == "yellow"
        starts = [e.get(qn("w:id")) for e in p._p.iter(qn("w:commentRangeStart"))]
        ends = [e.get(qn("w:id")) for e in p._p.iter(qn("w:commentRangeEnd"))]
        sentence = runs[0]._r.getprevious()  # the plan's sentence, cyan, its comment range opened before it
        assert sentence.tag == qn("w:r") and sentence.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "cyan"
        opened = sentence.getprevious()
        assert opened.tag == qn("w:commentRangeStart") and opened.get(qn("w:id")) in starts
        closed = runs[0]._r.getnext()
        assert closed.tag == qn("w:commentRangeEnd") and closed.get(qn("w:id")) == opened.get(qn("w:id")) in ends
        without = OWED_PLAN.sub("", "".join(r.text for r in p.runs if r._r is not runs[0]._r))
        assert re.match(r"（[一二三四]）[^【（]", without) and without.endswith("。")


def test_whole_base_answers_each_ask_with_this_years_plan_led_by_its_own_matter(whole_1288):
    """With the 2026 reply in the base, every item is one of its plans, unmarked, none the
    co-handler's (the base holds no 知识产权 plan: the real reply has no such item either); the plan led
    by 支持建设高能级创新平台 answers the platform ask (not the 智能制造 ask, whose words its sentence also
    says), and the 智能制造 ask gets the 2026 plan on 核心技术攻关."""
    items, _ = part_two(whole_1288)
    assert len(items) == 4 and not any("知识产权" in p.text or "【" in p.text for p in items), [p.text for p in items]
    for item in items:
        assert any("泉科函〔2026〕" in c for c in item.comments) and not MARK.search(item.text), item.text
    assert items[1].text.startswith("（二）支持建设高能级创新平台。")
    assert "攻关" in items[0].text and "平台" not in items[0].text


def test_1350_quick_start_offers_last_years_measures_not_its_projects(quick_start_1350):
    """The README quick start (whole base, 1350): the 技术转移 item from the 2025 plan says what the
    bureau keeps doing (培育壮大技术转移机构…), not 2025's centres to build nor its 搭桥 campaign."""
    items, _ = part_two(quick_start_1350)
    assert "中试" in items[0].text and not MARK.search(items[0].text)  # this year's plan: no mark
    transfer = next(p for p in items if "技术转移" in p.text)
    assert "培育壮大技术转移机构和技术经理人队伍" in transfer.text
    assert "加快建设" not in transfer.text and "搭桥" not in transfer.text
    assert MARK.findall(transfer.text) == [("2025", "2026")]


@pytest.mark.parametrize("title, lead_in, matter", [
    ("关于加快中试验证平台建设促进科技成果就地转化的建议", "下一步我局将继续加快中试验证平台建设，重点", "中试验证平台建设"),  # before 促进…
    # (its one item, 进一步优化科技创新营商环境。【待补充：具体举措】, says the matter: the lead-in does not say it again, hd24c)
    ("关于进一步优化科技创新营商环境的建议", "下一步我局将重点", "优化科技创新营商环境"),
    ("关于我市中小企业融资难问题的建议", "下一步我局将围绕我市中小企业融资难问题，重点", "融资难"),
])
def test_part_two_opens_by_carrying_on_the_suggestions_concern(loo, tmp_path, title, lead_in, matter):
    """Part two's lead-in says what the bureau carries on doing about the suggestion's concern (its
    title): 继续 before a verb phrase, none where it says 进一步 itself, 围绕 before a noun phrase — unless its one item
    says it: part two says it once."""
    out = tmp_path / "lead.docx"
    run_draft(loo, out, "90", title)
    _, others = part_two(out)
    assert others[0].text == f"根据您的建议，{lead_in}做好以下工作：", others[0].text
    assert sum(p.text.count(matter) for p in others) == 1, [p.text for p in others]


ASKS = ("一、加强科技人才引育。建议加大高层次人才团队引进力度。\n"
        "二、强化知识产权保护和运用。建议加快专利审查，推动专利转化运用和质押融资。\n")


@pytest.mark.parametrize("co_handler", ["市市场监管局", "市财政局", None])
def test_an_ask_in_another_units_field_asks_it_in_part_one_only(loo, tmp_path, co_handler):
    """The 知识产权 ask is 市市场监管局's field (other_fields): whether or not that unit co-handles
    (--with), part one's section holds its part: asked of the unit when it co-handles, else the bureau's own gap
    naming it to consult (a reply asks no unit that is not 会办; the warning tells the clerk to ask it); part two has no item asking it for next steps the base does not hold
    (a clerk found the 1288 draft's such item dropped from the real reply), and no unit's 承办部分的下一步举措
    either; no sentence declines the ask."""
    out = tmp_path / "ip.docx"
    extra = ("--with", co_handler) if co_handler else ()
    result = run_draft(loo, out, "88", "关于加强科技人才和知识产权工作的建议", "--text", "-", *extra, text=ASKS)
    items, _ = part_two(out)
    assert not any("知识产权" in p.text or "提供" in p.text for p in items), [p.text for p in items]
    assert "请补写或核实：强化知识产权保护和运用" not in result.output
    assert ("已留作待补充项，可商请市市场监管局提供" in result.output) == (co_handler != "市市场监管局"), result.output
    assert ("请市市场监管局在承办部分中一并提供" in result.output) == (co_handler == "市市场监管局"), result.output
    from drafter.docx.read import read_draft

    texts = [p.text for p in read_draft(out)]
    point = "推动专利转化运用和质押融资方面的工作情况及数据（注明年份"
    said = f"一是【待市市场监管局提供：{point}）】" if co_handler == "市市场监管局" else f"一是【待补充：{point}；可商请市市场监管局提供）】"
    assert said in texts, texts


def test_last_years_plan_offered_as_done_is_said_as_that_years_plan(loo_draft):
    """Part one's offer of last year's plan as done is its mark naming what the plan named
    (【待核实：2025年计划“推动建设具身智能…平台”的落实情况】), after the item on its matter (the platforms
    brought in); the plan (引进…) is said in the mark's comment as last year's plan, with its source,
    never in the text as a result (it was, after an item, until h81)."""
    from drafter.docx.read import read_draft

    verify = [p for p in read_draft(loo_draft) if CLAIM_MARK.search(p.text)]
    assert len(verify) == 1
    assert verify[0].text.endswith("。【待核实：2025年计划“推动建设具身智能服务机器人创新平台”的落实情况】")
    assert "2025年工作计划" not in verify[0].text and "引进国家地方共建" not in verify[0].text
    assert claimed(verify[0]).startswith("推动建设具身智能服务机器人创新平台，引进国家地方共建人形机器人创新中心"), verify[0].comments
    assert any("上年工作计划" in c and "泉科函〔2025〕81号" in c for c in verify[0].comments)


def test_the_demo_lists_drafts_ask_no_unit_for_next_steps_and_flag_last_years_plans(seeded_root, tmp_path):
    """The 20 drafts of the demo list (drafter batch, the whole base): part one asks co-handlers and
    other units for their parts, but no part-two item asks any unit for next steps (8 drafts asked
    【待市财政局提供：市财政局承办部分的下一步举措】 and the like, which the base does not hold); every item
    taken from last year's plan is its lead, that plan's sentence highlighted cyan, and its mark."""
    from drafter.docx.read import read_draft

    out = tmp_path / "drafts"
    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "batch", str(DEMO_LIST), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    drafts = sorted(out.glob("*.docx"))
    assert len(drafts) == 20
    asked_in_part_one = flagged = 0
    for path in drafts:
        paras = read_draft(path)
        # (a 会办意见's next steps, under no part heading, after its 下一步，我局将积极配合…：, 一是…二是…)
        lead_in = next((k for k, p in enumerate(paras) if p.text.startswith("下一步，")), len(paras))
        items = [p for p in part_two_of(paras) if NUMERAL_ITEM.match(p.text)] or [
            p for p in paras[lead_in:] if p.kind == "body"]
        before = [p for p in paras if p not in part_two_of(paras) and p not in items]
        asked_in_part_one += any(re.search(r"【待[^】：]+提供：", p.text) for p in before)
        assert not [p.text for p in items if re.search(r"【待[^】：]+提供：", p.text)], path.name
        for item in items:
            mark = MARK.search(item.text)
            if not mark:
                continue
            flagged += 1
            lit = [(h.text, h.color) for h in item.highlights]
            at = lit.index((mark.group(), "yellow"))
            assert at > 0 and lit[at - 1][1] == "cyan" and item.text.index(lit[at - 1][0]) + len(lit[at - 1][0]) == mark.start()
    # (flagged: 6 — last year's plan stands only under a section whose matter what is left of it says:
    # test_plan_matter)
    assert asked_in_part_one >= 8 and flagged >= 5, (asked_in_part_one, flagged)


def test_a_reply_of_november_plans_for_the_next_year(seeded_root, seeded_comment, tmp_path):
    """hd5: a reply dated in November was told to write that year's plan. From November a reply plans for the
    next year: the whole base's 2026 plans (the May 2026 reply to 1288), offered as this year's in May (the test
    above), are then last year's — in the text, each item its heading and the 2026 plan's sentence flagged
    【待核实：2026年计划，是否仍列入2027年】; in comments, its heading and 【待补充：具体举措】, the 2026 plan
    quoted in its comment; either way the comment asks for 2027's plan."""
    from helpers import draft_1288

    draft_1288(seeded_root, tmp_path / "text.docx", "--date", "2026-11-20", "--force")
    items, _ = part_two(tmp_path / "text.docx")
    assert len(items) == 4
    for item in items:
        assert MARK.findall(item.text) == [("2026", "2027")], item.text
        note = "".join(item.comments)
        assert "取自2026年的工作计划（泉科函〔2026〕" in note and "是否仍列入2027年计划" in note, note
    draft_1288(seeded_comment, tmp_path / "comment.docx", "--date", "2026-11-20", "--force")
    items, _ = part_two(tmp_path / "comment.docx")
    assert len(items) == 4
    for item in items:
        assert item.text.endswith("【待补充：具体举措】"), item.text
        note = "".join(item.comments)
        assert "没有2027年此方面的工作计划" in note and "2026年的计划（泉科函〔2026〕" in note, note
        assert "2026年的具体举措" not in note


def test_a_plan_sentence_keeps_the_clauses_saying_how_its_measure_works(loo_draft):
    """The 2025 plan's 推行高层次人才“预认定”“免申即认”，对意向落地在泉大院大所的…人才，直接纳入对应层次市级人才
    比照服务 (seed 000) under the 人才 ask: its 对…人才， clause says whom the measure treats how — no measure of its
    own, though it names the 大院大所 of the 平台 ask — so it stays with the measure, and the clause after it too (h81:
    the item ended at 免申即认”。, the measure said without what it does)."""
    seed = next((REPO / "seeds").glob("000_*.txt")).read_text("utf-8")
    said = "推行高层次人才“预认定”“免申即认”，对意向落地在泉大院大所的国家、省级重点人才计划或相当条件人才，直接纳入对应层次市级人才比照服务。"
    assert said in seed.replace(",", "，")
    talent = next(p.text for p in part_two_of(docx.Document(loo_draft).paragraphs) if "人才引育" in p.text)
    assert said + "【待核实：2025年计划，是否仍列入2026年】" in talent, talent


def test_a_clause_on_whom_a_measure_treats_frames_it_and_one_doing_its_own_work_does_not():
    """The seeds' 对… clauses: naming whom the measure before or after it treats (对意向落地…人才，, 对评定的高层次
    科技创新创业人才和团队，, 对规下高企首次升级为规上工业企业，) is no measure; one doing its own work (对平台开展绩效考评，)
    or a verb of its own (对接…) is one."""
    from drafter.compose.select import MEASURE_FRAME

    seeds = "".join(p.read_text("utf-8") for p in (REPO / "seeds").glob("*.txt")).replace(",", "，")
    for clause in ("对意向落地在泉大院大所的国家、省级重点人才计划或相当条件人才，", "对评定的高层次科技创新创业人才和团队，",
                   "对规下高企首次升级为规上工业企业，"):
        assert clause in seeds and MEASURE_FRAME.match(clause), clause
    for clause in ("对平台开展绩效考评，", "对接生成优质科研项目争取上级资金支持。"):
        assert clause in seeds and not MEASURE_FRAME.match(clause.rstrip("。") + "，"), clause


def test_last_years_plan_in_the_text_has_what_its_ask_proposes_in_its_comment_as_the_comment_form(loo_draft,
                                                                                                    loo_draft_comment):
    """Leave-one-out 1288: each part-two item saying last year's plan in the text (its sentence highlighted,
    【待核实：2025年计划，是否仍列入2026年】) has in its comment what the deputy proposed under that ask (建议该条所提的做法为：
    “…”), worded as the comment form's comment gives it — material, never the item's text (h81: the text form's had
    none). Said in full on every item (what it proposes is each ask's own), after the brief 同前注 of the later ones."""
    from drafter.docx.read import read_draft

    def proposals(path) -> list[tuple[str, list[str]]]:
        items = [p for p in part_two_of(read_draft(path)) if NUMERAL_ITEM.match(p.text)]
        return [(p.text, [m for c in p.comments for m in re.findall(r"建议该条所提的做法为：“(.*?)”(?:可作参照|$)", c)])
                for p in items]

    text, comment = proposals(loo_draft), proposals(loo_draft_comment)
    assert [t for t, _ in text if MARK.search(t)] and len(text) == len(comment)
    asks = (REPO / "examples" / "1288建议.txt").read_text("utf-8")
    for (said, mine), (_, theirs) in zip(text, comment):
        assert mine and mine == theirs, (said, mine, theirs)
        words = mine[0].replace("‘", "“").replace("’", "”")  # (its own quotes single inside the comment's: hd21a)
        assert mine[0] not in said and words in asks  # the deputy's words, in the comment only
    assert text[0][1][0].startswith("聚焦智能装备、工业机器人、工业软件等领域")
