"""The leave-one-out reply to suggestion 1288, read as a clerk reads it (issue 8 acceptance).

The base holds every seed but 003 (the real reply to 1288); the draft is made with the
suggestion's text (examples/1288建议.txt: five asks), ``--with 市市场监管局 --date 2026-05-20``
and no ``--type``. Everything is read back from the written .docx (text, styles, highlights,
comments).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner
from docx.oxml.ns import qn
from helpers import (CLAIM_MARK, CORPUS, NUMERAL_ITEM, PLAN_MARK, REPO, TEXT_1288, TITLE_1288, draft_1288, needs_corpus, part_one_of,
                     part_two_items, part_two_of, claimed, quoted_plan, run_1288, sections_in, sentences, undated_figures)

from drafter.cli import cli
from drafter.workspace import load_workspace

ASK_TERMS = ["智能制造", "平台", "成果转化", "人才", "知识产权"]


@pytest.fixture(scope="module")
def reply(loo_draft):
    """The draft with no extra options (``loo`` and ``loo_draft``: conftest, made once)."""
    return docx.Document(loo_draft)


def paragraphs(document):
    return [p for p in document.paragraphs if p.text.strip()]


def style(p) -> str:
    return p.style.name


def part_one(document):
    return [p for p in part_one_of(document.paragraphs) if p.text.strip()]


def body(document) -> list:
    ps = paragraphs(document)
    start = next(i for i, p in enumerate(ps) if style(p) == "开头语")
    end = next(i for i, p in enumerate(ps) if style(p) == "结束语")
    return ps[start:end + 1]


def highlighted(run) -> bool:
    rpr = run._r.find(qn("w:rPr"))
    return rpr is not None and rpr.find(qn("w:highlight")) is not None


def test_length_within_budget(reply):
    chars = sum(len(re.sub(r"\s", "", p.text)) for p in body(reply))
    done = sum(len(re.sub(r"\s", "", p.text)) for p in part_one(reply))
    assert chars <= 4500 and done >= 1200  # part one reports; part two's items are last year's leads


def test_sections_follow_the_asks_in_one_heading_form(reply):
    heads = [p for p in part_one(reply) if style(p) == "二级标题"]
    assert 2 <= len(heads) <= 6
    assert [h.text[:3] for h in heads] == [f"（{n}）" for n in "一二三四五六"[: len(heads)]]
    for h in heads:  # short phrases, never a sentence
        name = h.text[3:]
        assert 0 < len(name) <= 25 and not name.endswith("。") and "。" not in name
    # one form: no section heading run into a body paragraph of part one (no inline lead style, no
    # （N） in its body text); part two's items run their （N） lead in, in 楷体 as the level is
    # (test_part_two_leads)
    assert not [p for p in part_one(reply) if any(r.style.name == "段首标题" for r in p.runs)]
    assert not [p for p in part_one(reply) if style(p) == "公文正文" and re.match(r"[（(][一二三四五六七八九十]+[）)]", p.text)]
    # the first section answers the first ask (智能制造), and at least four asks are covered
    assert "智能制造" in heads[0].text
    covered = [t for t in ASK_TERMS if any(t in h.text for h in heads)]
    assert len(covered) >= 4


def test_no_lone_yishi_and_no_repeated_sentence(reply):
    section: list[str] = []
    groups = []
    for p in part_one(reply):
        if style(p) == "二级标题":
            groups.append(section)
            section = []
        else:
            section.append(p.text)
    groups.append(section)
    for texts in groups:
        starts = [t[:2] for t in texts]
        if "一是" in starts:
            assert "二是" in starts, texts
    seen = set()
    for p in body(reply):
        for s in sentences(re.sub(r"【[^】]*】", "", p.text)):  # a mark repeats by design: no sentence
            key = re.sub(r"^[一二三四五六七八九十]是|\W", "", s)
            if len(key) >= 8:
                assert key not in seen, s
                seen.add(key)


def test_no_undated_relative_time_words(reply):
    text = "\n".join(p.text for p in body(reply))
    assert not re.search(r"目前|今年|去年|近期", text)
    for match in re.finditer(r"全年|上半年", text):
        assert text[max(0, match.start() - 1)] == "年", text[match.start() - 20: match.end()]


def test_the_dating_rule_itself():
    assert undated_figures("一是强化供给。出台“12条措施”。") == []  # a name, no figure
    assert undated_figures("在全省率先设立规模超1亿元奖补资金。") == []  # a term, no result
    assert undated_figures("一是强化供给。截至2025年5月，建成平台28个；举办活动36场。") == []
    assert undated_figures("2025年以来，建成平台28个。举办活动36场。") == []
    assert undated_figures("截至2025年5月，建成平台28个。举办活动36场。") == [("36场", "举办活动36场。")]
    assert undated_figures("一是强化供给。建成平台28个。") == [("28个", "建成平台28个。")]
    assert undated_figures("发布《关于征集2025年需求的通知》，立项13个项目。") == [("13个", "发布《关于征集2025年需求的通知》，立项13个项目。")]


def test_every_figure_of_part_one_is_dated_in_its_sentence_or_highlighted(reply):
    """A figure is dated when its sentence, or its item's dated lead clause, states the year
    (an item states its as-of date once: the sentences sharing it are joined to it by ；)."""
    for p in part_one(reply):
        if style(p) != "公文正文":
            continue
        lit = "".join(r.text for r in p.runs if highlighted(r))
        for figure, s in undated_figures(p.text):
            assert figure.replace(" ", "") in lit, (figure, s)


def test_an_item_states_its_as_of_date_once(reply):
    for p in part_one(reply):
        for date in set(re.findall(r"截至\d{4}年\d{1,2}月", p.text)):
            assert p.text.count(date) == 1, p.text


def test_part_two_follows_the_asks_with_well_formed_leads(loo_draft):
    """One item per ask the bureau answers, in the asks' order (none for the co-handler's 知识产权:
    the base holds no plan of its), each led by a verb phrase."""
    reply = docx.Document(loo_draft)
    items = part_two_items(reply.paragraphs)
    assert len(items) == 4, [p.text for p in items]
    for term, p in zip(ASK_TERMS, items):
        assert term in p.text, (term, p.text)
    for p in items:  # one form of lead: verb phrases (持续加强…, 提升…), no 在…上下功夫 beside them
        lead = NUMERAL_ITEM.sub("", p.text).split("。")[0]
        assert not lead.endswith("上下功夫") and not lead.startswith("在"), p.text
    # in the asks' order: the 成果转化 plan (third ask) before the 人才 plan (fourth ask)
    texts = [p.text for p in items]
    at = {term: next((k for k, t in enumerate(texts) if term in t), None) for term in ("成果转化", "高层次人才")}
    assert None not in at.values() and at["成果转化"] < at["高层次人才"], texts
    # no plan that serves no ask: last year's 国潮 and budget-management sentences stay out
    assert not re.search("国潮|预算", "".join(texts))


def test_part_two_offers_no_past_years_target_and_leads_say_what_follows(loo_draft):
    """Last year's plans stand in part two as plans only without their targets (力争…22亿元,
    策划30场: that year has passed); a lead phrase names what its sentences do, else the ask's
    phrase leads (never 在做优科技政策上下功夫 over a talent sentence, nor part one's heading again)."""
    reply = docx.Document(loo_draft)
    items = part_two_items(reply.paragraphs)
    text = re.sub(r"【待[^】]*】", "", "".join(p.text for p in items))  # a mark names no target
    assert not re.search(r"\d", text), text
    assert "力争" not in text and "22亿" not in text
    heads = [h.text[3:] for h in paragraphs(reply) if style(h) == "二级标题"]
    asked = re.findall(r"(?m)^[一二三四五]、(.+?)。", TEXT_1288.read_text("utf-8"))
    for p in items:
        lead, _, rest = NUMERAL_ITEM.sub("", p.text).partition("。")
        if lead.startswith("【待"):
            continue
        assert lead not in heads, lead  # not part one's heading said again
        core = re.sub(r"^在|上下功夫$|^持续", "", lead)
        if core in asked:  # the ask's own phrase leads: what it asks, whatever the plan's words
            continue
        assert any(core[i:i + 2] in rest for i in range(len(core) - 1)), (lead, rest)
    talent = next(p for p in items if "高层次人才" in p.text)
    assert "人才" in talent.text.partition("。")[0]


def test_an_ask_in_the_co_handlers_field_is_asked_in_part_one_only(reply):
    """--with 市市场监管局: the 知识产权 ask is that co-handler's field; part one asks for its part
    (【待市市场监管局提供：…】, an item per point the deputy wrote), and part two has no item asking that
    unit for next steps the base does not hold (the real reply, 泉科函〔2026〕102号, has no 知识产权 item in
    its part two): no item on it at all."""
    assert any(p.text.startswith("一是【待市市场监管局提供：加大知识产权维权援助力度") for p in part_one(reply))
    assert not [p.text for p in part_two_items(reply.paragraphs) if "知识产权" in p.text or "提供" in p.text]


def test_past_plans_in_part_two_ask_to_be_verified_in_a_comment(loo_draft):
    from drafter.docx.read import read_draft

    paras = read_draft(loo_draft)
    planned = [p for p in part_two_items(paras) if re.match(r"（[一二三四五]）(?!【待(?:补充|[^】：]*提供))", p.text)]
    assert planned and all(any("2025年的工作计划" in c and "泉科函〔2025〕81号" in c for c in p.comments)
                           for p in planned)


def check_earlier_plan_marks(path: Path, year: int = 2026) -> list[str]:
    """Each part-two item of the written draft taken from a plan of a year before ``year`` (its
    comment says 取自YYYY年的工作计划) is flagged as a whole: the one sentence after its lead highlighted
    (cyan), then one yellow mark 【待核实：YYYY年计划，是否仍列入<year>年】 right after it (never between
    its numeral and its words), one comment over both; an item of this year's plan carries none, and
    no line numbering the items stands in part two. The marked items' texts."""
    from drafter.docx.read import read_draft

    paras = read_draft(path)
    assert not any("取自" in p.text and "以下" in p.text for p in part_two_of(paras))
    items = part_two_items(paras)
    marked = []
    for p in items:
        years = {int(y) for c in p.comments for y in re.findall(r"取自(\d{4})年的工作计划", c)}
        marks = PLAN_MARK.findall(p.text)
        if not any(y < year for y in years):
            assert not marks, p.text
            continue
        assert marks == [(str(min(years)), str(year))] and not re.match(r"（.）【", p.text), p.text
        mark = PLAN_MARK.search(p.text).group()
        assert re.search(rf"。{re.escape(mark)}(?:【[^】]+】)*$", p.text), p.text
        lit = [(h.text, h.color) for h in p.highlights]
        at = lit.index((mark, "yellow"))
        sentence, color = lit[at - 1]
        assert color == "cyan" and p.text.index(sentence) + len(sentence) == p.text.index(mark), (p.text, lit)
        assert len(sentences(sentence)) == 1 and not NUMERAL_ITEM.match(sentence), sentence
        marked.append(p.text)
    return marked


def test_part_two_says_visibly_which_items_are_last_years_plans(loo, loo_draft, tmp_path):
    """By default (``earlier_plans: text``) each of the four items is its lead and the 2025 plan's sentence
    on the ask, flagged for the clerk to confirm or delete; the command says so."""
    marked = check_earlier_plan_marks(loo_draft)
    assert len(marked) == 4  # the leave-one-out base's plans are all of 2025
    said = run_1288(loo, tmp_path / "1288.docx").output
    assert "下一步工作计划中4项在事实库中只有上年的计划，已照录其中最切题的一句，标【待核实】并高亮" in said, said


def check_plan_stubs(path: Path, year: int = 2026) -> list[str]:
    """Each part-two item of the written draft whose newest plan is of a year before ``year`` is
    said by its lead alone, ``（n）<lead>。【待补充：具体举措】`` (the placeholder highlighted), its
    comment quoting that plan with its year and source and asking for this year's measures; no
    item carries a 【待核实：…年计划，是否仍列入…年】 mark. The quoted plans."""
    from drafter.docx.read import read_draft

    paras = read_draft(path)
    quoted = []
    for p in part_two_items(paras):
        assert not PLAN_MARK.search(p.text), p.text
        said = quoted_plan(p)
        if said is None:
            continue
        assert re.fullmatch(r"（[一二三四五六]）[^【。]+。【待补充：具体举措】", p.text), p.text
        assert [h.text for h in p.highlights] == ["【待补充：具体举措】"]
        note = next(c for c in p.comments if said in c)
        assert re.search(rf"没有{year}年此方面的工作计划", note) and f"写明{year}年的具体举措" in note, note
        assert re.search(rf"{year - 1}年的计划（[^（]*〔{year - 1}〕", note), note
        quoted.append(said)
    return quoted


def test_part_two_says_last_years_plans_in_comments_where_set(loo_comment, loo_draft_comment, loo_draft, tmp_path):
    """With ``earlier_plans: comment`` each of the bureau's four items is its lead and
    【待补充：具体举措】, the 2025 plan's sentence in its comment only (three readers in a row, rv25–rv27:
    the bureau writes part two from this year's plan — none of last year's four items survived in
    the reply it sent); what the comments quote is what the text form writes in the text; the
    command says so."""
    from drafter.docx.read import read_draft

    quoted = check_plan_stubs(loo_draft_comment)
    assert len(quoted) == 4
    assert "技术转移机构" in quoted[2] and "预认定" in quoted[3]
    texts = [PLAN_MARK.sub("", p.text) for p in part_two_items(read_draft(loo_draft))]
    assert all(q in t for q, t in zip(quoted, texts)), (quoted, texts)
    said = run_1288(loo_comment, tmp_path / "1288.docx").output
    assert "下一步工作计划中4项在事实库中只有上年的计划，只写了标题" in said, said


def test_comments_speak_a_clerks_words_not_the_tools(loo_draft, whole_1288, quick_start_1350):
    """No Word comment names a settings file, a settings key, the bureau's lists or a fact file's id:
    a unit's figures are attributed in plain words (the 1350 draft's 科技金融 item quotes 市金融监管局's
    30.61亿元: 属市金融监管局的统计范围), a unit's remit without 按本局设置的…名单 or 工作区配置 (rv24 on
    1288: “meaningless to a clerk”), a source without number or title by its issuer, year and kind."""
    from drafter.docx.read import read_draft

    notes = [c for path in (loo_draft, whole_1288, quick_start_1350) for p in read_draft(path) for c in p.comments]
    assert any("“30.61亿元”（投向初创型科技企业金额）属市金融监管局的统计范围" in c for c in notes)
    assert any("属市工业和信息化局职责" in c for c in notes)
    for c in notes:
        assert not re.search(r"\.ya?ml|[a-z]+_[a-z]+|[a-z]+-[0-9a-f]{6,}|工作区配置|本局设置|名单|见出处", c), c


def test_a_plan_offered_as_done_claims_one_thing(loo_draft):
    """A last year's plan offered as done claims the one sentence closest to the ask: the 具身智能
    platform (its head clause naming the mark), not the 产业大脑 half of the same plan. It builds a
    platform (推动建设…创新平台), so it stands under the 平台 ask whatever its later clauses name
    (人形机器人, 关键技术攻关: h81, the real reply reports it under （二）平台), after the item on the
    platforms brought in. A plan is no result: one mark holding the plan's lead,
    【待核实：2025年计划“推动建设…平台”的落实情况】 (deleting it leaves no claim: rv26, rv27), the claim
    quoted in the mark's comment with its source and what to write once confirmed (two clerks in a row
    took 按照2025年工作计划，引进… in part one for the draft's worst fault)."""
    from drafter.docx.read import read_draft

    verify = [p for p in part_one_of(read_draft(loo_draft)) if CLAIM_MARK.search(p.text)]
    assert len(verify) == 1
    item = verify[0]
    mark = "【待核实：2025年计划“推动建设具身智能服务机器人创新平台”的落实情况】"
    assert item.text.endswith("。" + mark) and item.text.startswith("二是大力引建一批高能级平台。"), item.text
    assert "按照" not in item.text and item.highlights[-1].text == mark
    said = claimed(item)
    assert said and len(sentences(said)) == 1 and "人形机器人" in said and "产业大脑" not in said
    assert not said.startswith("按照")  # the comment says it is the plan; the claim is the plan's own words
    note = next(c for c in item.comments if said in c)
    assert "泉科函〔2025〕81号" in note and "请核实后据实写明完成情况" in note and "未完成的，删去此标记" in note


def test_no_district_item_where_the_citys_own_results_fill_the_section(reply):
    # the 人才 section holds two city items: 鲤城区's talent results do not stand beside them
    assert not any("鲤城" in p.text or "集力生物" in p.text for p in part_one(reply))


def test_district_facts_name_the_district_and_follow_the_citys(reply):
    ps = part_one(reply)
    for i, p in enumerate(ps):
        if "鲤城" in p.text or "集力生物" in p.text:
            assert re.match(r"^(?:[一二三四五六七八九十]是)?鲤城区", p.text), p.text
            before = ps[i - 1]
            assert style(before) == "公文正文" and "鲤城" not in before.text  # after a city item


def test_co_handler_in_opening_and_its_part_as_a_placeholder(reply):
    opening = next(p for p in paragraphs(reply) if style(p) == "开头语")
    assert "经会同市市场监管局研究" in opening.text
    gaps = [p for p in part_one(reply) if "【待市市场监管局提供：" in p.text]
    assert gaps and all(highlighted(r) for r in gaps[0].runs if "【待" in r.text)


def test_part_one_opens_with_an_overview_of_the_work_on_the_concern(reply):
    """As real replies open 基本情况 (近年来，市科技局立足…，以…赋能…): the bureau's work on the
    deputy's concern (the title's core before its purpose clause 赋能…), then what it serves, that purpose clause in
    the bureau's words (赋能我市制造产业高质量发展: seed 003's …助推我市智能制造产业高质量发展) — not the suggestion said back
    (您在建议中提出…), nor the headings that follow (rv37, rv39 read them repeated word for word), nor
    work done with the co-handler the base does not hold (rv40, rv44: 并会同市市场监管局…协同推进 over
    a section that is only 【待市市场监管局提供】 placeholders had no basis)."""
    first = part_one(reply)[0].text
    assert first.startswith("近年来，我局") and first.endswith("如下：") and not re.search(r"\d", first)
    assert "围绕科技创新与产业创新深度融合积极开展工作" in first  # the matter 推动 pushes on
    assert "您在建议中" not in first and "泉州" not in first
    assert first.endswith("积极开展工作，赋能我市制造产业高质量发展，主要做法和成效如下：") and "会同" not in first
    areas = ["智能制造关键核心技术攻关", "高能级创新平台建设", "科技成果转化", "科技创新人才引育"]
    assert not [a for a in areas if a in first], first


def test_no_class_gives_a_placeholder_mark_and_a_neutral_closing(reply):
    mark = next(p for p in paragraphs(reply) if style(p) == "答复类型")
    assert "【待补充：答复类型】" in mark.text
    closing = next(p for p in paragraphs(reply) if style(p) == "结束语")
    assert not re.search("留作参考|暂难|已采纳|基本解决|列入|正在解决", closing.text)


def test_class_a_closing_and_inline_heading_form(loo_status, tmp_path):
    config = (loo_status / "drafter.yaml").read_text("utf-8")
    (loo_status / "drafter.yaml").write_text(config.replace("headings: separate", "headings: inline"), "utf-8")
    try:
        a = draft_1288(loo_status, tmp_path / "a.docx", "--type", "A")
    finally:
        (loo_status / "drafter.yaml").write_text(config, "utf-8")
    closing = next(p for p in paragraphs(a) if style(p) == "结束语")
    assert "已采纳" in closing.text and "留作参考" not in closing.text
    # the 知识产权 section is only a placeholder: the closing claims nothing solved
    assert "基本解决" not in closing.text
    assert not [p for p in paragraphs(a) if style(p) == "二级标题"]
    leads = [p for p in part_one(a) if p.runs and p.runs[0].style.name == "段首标题"]
    assert len(leads) >= 2 and all(re.match(r"（[一二三四五六]）[^。]{1,25}。", p.runs[0].text) for p in leads)


def test_class_a_closing_says_solved_when_every_section_holds_results(loo_status, tmp_path):
    result = CliRunner().invoke(cli, [
        "-w", str(loo_status), "draft", "1288", TITLE_1288, "--deputy", "林永红", "--session", "市十七届人大五次会议",
        "--type", "A", "--date", "2026-05-20", "-o", str(tmp_path / "t.docx")])  # the title alone
    assert result.exit_code == 0, result.output
    document = docx.Document(tmp_path / "t.docx")
    # no gap (a figure flagged 【待更新：…】 for a newer value is no unsolved part)
    assert not [p for p in part_one(document) if re.search("【待(?!更新)", p.text)]
    closing = next(p for p in paragraphs(document) if style(p) == "结束语")
    assert "已采纳，所提问题已基本解决" in closing.text


def test_last_years_plan_is_offered_as_done_to_verify(loo_draft):
    from drafter.docx.read import read_draft

    verify = [p for p in read_draft(loo_draft) if CLAIM_MARK.search(p.text)]
    assert verify and any("上年工作计划" in c and "泉科函〔2025〕81号" in c for c in verify[0].comments)


def test_figures_dated_only_by_their_source_say_so_in_a_comment(loo_draft):
    """Figures of last year's reply that never say when they held: their flag asks for the period
    (no date guessed from the reply's, 2025-05-20) and its comment says what the period may be."""
    from drafter.docx.read import read_draft

    paras = read_draft(loo_draft)
    notes = [c for p in paras for c in p.comments]
    assert any("原文未注明统计期，来源日期为2025年5月" in c and "可能是2024年全年" in c for c in notes)
    assert any("【待更新：统计期】" in p.text for p in paras)
    # 截至2025年5月 stands only where the source said 目前 (its comment says so): no date guessed
    for p in paras:
        if "截至2025年5月" in p.text:
            assert any("原文为“目前”" in c or "原文为“截至目前”" in c for c in p.comments), p.text


REPORT_2026 = """泉州市科学技术局2025年工作总结和2026年工作计划

泉科〔2026〕5号

2026年1月15日

一、2025年工作总结

（一）培育壮大科技创新主体。一是强化创新体系培育。健全高新技术企业梯次培育体系，截至2025年底，全市培育科技型中小企业2088家。二是强化培训辅导提升。举办高企辅导培训活动30场。

二、2026年工作计划

（一）持续壮大创新主体。力争全年新增科技型中小企业300家。
"""


def test_after_a_refresh_the_1071_topic_draft_quotes_the_newest_value(loo, tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(loo, root, ignore=shutil.ignore_patterns(".drafter"))
    report = tmp_path / "2025年工作总结.txt"
    report.write_text(REPORT_2026, "utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["-w", str(root), "refresh", str(report), "--today", "2026-05-20"])
    assert result.exit_code == 0, result.output
    args = ["-w", str(root), "draft", "1071", "关于推动科技创新和产业创新深度融合，塑造我市产业发展新优势的建议",
            "--deputy", "庄天怀", "--date", "2026-05-20", "-o"]
    assert runner.invoke(cli, [*args, str(tmp_path / "1071.docx")]).exit_code == 0
    text = "\n".join(p.text for p in docx.Document(tmp_path / "1071.docx").paragraphs)
    assert "2088家" in text and "1614家" not in text
    # before the report's date the older value still stands
    args[args.index("2026-05-20")] = "2025-12-01"
    assert runner.invoke(cli, [*args, str(tmp_path / "old.docx")]).exit_code == 0
    old = "\n".join(p.text for p in docx.Document(tmp_path / "old.docx").paragraphs)
    assert "2088家" not in old


def test_readme_quick_start_drafts_a_new_suggestion_from_its_text(tmp_path):
    """The README's quick-start draft command, run as written in a copy of the repository's demo
    workspace: a suggestion whose reply the base does not hold, answered ask by ask."""
    import os
    import shlex

    from drafter.compose.asks import parse_asks
    from drafter.facts.index import FactIndex

    readme = (REPO / "README.md").read_text("utf-8")
    line = next(x for x in readme.splitlines() if x.startswith("pip install -e . && drafter draft"))
    argv = shlex.split(line.split("&&", 1)[1])[1:]
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    shutil.copytree(REPO / "facts", root / "facts")
    shutil.copytree(REPO / "examples", root / "examples", ignore=shutil.ignore_patterns("*.docx", "*.xlsx"))
    number = argv[1]
    index = FactIndex.load(load_workspace(root))
    assert not [s for s in index.sources.values() if s.suggestion_number == number]  # no real reply
    cwd = os.getcwd()
    os.chdir(root)
    try:
        result = CliRunner().invoke(cli, argv)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    document = docx.Document(root / "drafts" / f"{number}.docx")
    heads = [p.text for p in document.paragraphs if p.style.name == "二级标题"]
    asks = [a.phrase for a in parse_asks((root / "examples" / f"{number}建议.txt").read_text("utf-8"), argv[2])]
    assert [h[3:] for h in heads] == asks


def test_text_from_standard_input_and_a_collective_proposer_of_a_xieban_draft(loo, tmp_path):
    out = tmp_path / "x.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(loo), "draft", "45", "关于加快科技成果转化的提案", "--proposal", "--deputy", "民建泉州市委会",
        "--date", "2026-05-20", "--text", "-", "-o", str(out)], input="一是建设中试验证平台；二是培育技术经理人。")
    assert result.exit_code == 0, result.output
    texts = [p.text for p in paragraphs(docx.Document(out))]
    assert "民建泉州市委会：" in texts and not any("委员：" in t for t in texts)
    assert any(t.startswith("贵会提出的《关于加快科技成果转化的提案》") for t in texts)
    assert any(t.startswith("近年来，我局立足工作职责，围绕科技成果转化") for t in texts)
    assert not any("您" in t for t in texts)  # a collective proposer is 贵会 throughout
    assert not any("您" in t for t in texts)
    out = tmp_path / "xb.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红", "--role", "协办", "--lead", "市工业和信息化局",
        "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    texts = [p.text for p in paragraphs(docx.Document(out))]
    assert "关于第1288号建议的协办意见" in "".join(texts) or any(t.endswith("第1288号建议的协办意见") for t in texts)
    assert "市工业和信息化局：" in texts


def test_an_undated_source_is_not_known_before_its_numbers_year(seeded_root, tmp_path):
    """A source without a date (the 2026 reply, 泉科函〔2026〕102号) says nothing in a draft dated
    2025: none of its figures (1257.96万元) appears in a draft of 2025-04-30."""
    root = seeded_root
    assert "1257.96万元" in (root / "facts" / "2026-reply-1288.yaml").read_text("utf-8")
    args = ["-w", str(root), "draft", "1071", "关于推动科技创新和产业创新深度融合，塑造我市产业发展新优势的建议",
            "--deputy", "庄天怀", "--date"]
    runner = CliRunner()
    assert runner.invoke(cli, [*args, "2025-04-30", "-o", str(tmp_path / "a.docx")]).exit_code == 0
    assert runner.invoke(cli, [*args, "2026-05-20", "-o", str(tmp_path / "b.docx")]).exit_code == 0
    early = "\n".join(p.text for p in docx.Document(tmp_path / "a.docx").paragraphs)
    late = "\n".join(p.text for p in docx.Document(tmp_path / "b.docx").paragraphs)
    assert "2026" not in early and not re.search(r"1257\.96|2062家|\b41个", early)
    raws = {name.name: {g["raw"] for f in yaml.safe_load(name.read_text("utf-8"))["facts"] for g in f["figures"]}
            for name in (root / "facts").glob("*.yaml")}
    theirs = raws.pop("2026-reply-1288.yaml") - set().union(*raws.values())  # figures only that reply states
    assert [r for r in theirs if r in late]


def test_title_only_next_steps_this_years_plans_first_with_their_heading_leads(seeded_root, tmp_path):
    """The whole base, the title alone (no asks): part two takes the newest year's plans (the 2026
    reply's), each with its lead phrase even where its source set it as a heading of its own
    (（一）支持企业研发创新), and last year's only to reach three items, without their targets."""
    from drafter.docx.read import read_draft

    root = seeded_root
    out = tmp_path / "1156.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "1156", "关于建设共性技术中试平台的建议",
                                      "--deputy", "某代表", "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    paras = read_draft(out)
    items = part_two_items(paras)
    assert 1 <= len(items) <= 5
    for p in items:  # a lead phrase, then what it does
        lead = re.sub(r"^（[一二三四五六]）", "", p.text).split("。")[0]
        assert 0 < len(lead) <= 25 and "，" not in lead, p.text
    this_year = [p for p in items if any("泉科函〔2026〕" in c for c in p.comments)]
    last_year = [p for p in items if any("泉科函〔2025〕" in c for c in p.comments)]
    assert this_year and items[:len(this_year)] == this_year
    assert len(last_year) <= max(0, 3 - len(this_year))
    assert not any(re.search(r"\d", re.sub(r"【待[^】]*】", "", p.text[3:])) for p in last_year)


def test_a_figure_is_stated_with_its_own_year_not_its_paragraphs(loo, loo_draft):
    """A figure the fact base dates itself (a cumulative total as of the source's date, 累计达30家 in
    a paragraph on 2024's funds) stands after that year in its sentence — the last year stated
    before it in the sentence (or in the ；-joined run sharing one date) is the figure's own."""
    from drafter.docx.read import read_draft
    from drafter.facts.index import FactIndex

    index = FactIndex.load(load_workspace(loo))
    paras = read_draft(loo_draft)
    checked = 0
    for p in part_one_of(paras):
        for fact in (index.facts[f] for f in p.fact_ids):
            for figure in fact.figures:
                if figure.year is None or figure.year == fact.period.year:
                    continue
                at = p.text.find(figure.raw)
                if at < 0:
                    continue
                sentence = p.text[p.text.rfind("。", 0, at) + 1:at]
                dates = re.findall(r"((?:19|20)\d{2})年|【待更新：统计期】", sentence)  # "": a period to write
                assert dates and dates[-1] in ("", str(figure.year)), (figure.raw, figure.year, sentence)
                checked += 1
    assert checked


def test_with_the_whole_base_next_steps_are_this_years_plans_and_nothing_since_done(whole_1288):
    """The whole base (the 2026 reply in it): part two answers each ask with this year's plan where
    there is one (the 2026 reply's), and offers no sentence of last year's plans that a later source
    reports done (the 具身智能 platform, done by 2026)."""
    from drafter.docx.read import read_draft

    paras = read_draft(whole_1288)
    cut = next(i for i, p in enumerate(paras) if p.text.startswith("二、"))
    items = part_two_items(paras)
    assert len(items) == 4 and not any("知识产权" in p.text for p in items)  # none for the co-handler's 知识产权
    assert sum(any("泉科函〔2026〕" in c for c in p.comments) for p in items) >= 3
    done_since = [s for p in paras[:cut] if any(c.startswith("泉科函〔2026〕") for c in p.comments) for s in sentences(p.text)]

    def grams(s: str) -> set:
        s = re.sub(r"\W", "", s)
        return {s[i:i + 2] for i in range(len(s) - 1)}

    for p in items:
        if any("泉科函〔2025〕" in c for c in p.comments):
            for s in sentences(p.text)[1:]:
                assert all(len(grams(s) & grams(d)) < 0.4 * len(grams(s)) for d in done_since), s


ROBOT = "一、建设人形机器人和具身智能创新平台。引进国家级人形机器人创新中心等平台，支持具身智能服务机器人研发。\n二、加强科技人才引育。引进高层次人才团队。\n"


def test_a_plan_reported_done_is_neither_asked_about_nor_planned_again(seeded_root, tmp_path):
    """The whole base and a suggestion on the 具身智能 platform, which last year's reply planned and
    the 2026 reply reports done: part one states the result and offers no 【待核实：是否已完成】
    on the same thing, and part two does not plan it again."""
    from drafter.docx.read import read_draft

    root = seeded_root
    out = tmp_path / "robot.docx"
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", "77", "关于加快机器人产业创新的建议", "--deputy", "某代表",
                                      "--date", "2026-05-20", "--text", "-", "-o", str(out)], input=ROBOT)
    assert result.exit_code == 0, result.output
    paras = read_draft(out)
    cut = next(i for i, p in enumerate(paras) if p.text.startswith("二、"))
    done = [s for p in paras[:cut] if "【待" not in p.text for s in sentences(p.text)]
    assert any("具身智能" in s for s in done)

    def grams(s: str) -> set:
        s = re.sub(r"\W|【[^】]*】", "", s)
        return {s[i:i + 2] for i in range(len(s) - 1)}

    def said_before(s: str) -> bool:
        return any(len(grams(s) & grams(d)) >= len(grams(s)) / 3 for d in done)

    asked = [s for p in paras[:cut] if "【待核实：是否已完成】" in p.text for s in sentences(p.text)[1:]]
    assert not [s for s in asked if said_before(s)]
    # part two plans nothing on the platform again (a running model part one reports, 领军人才+创新团队+
    # 创新项目, may be carried on: the real reply does so)
    planned = [s for p in paras[cut:] if re.match(r"（[一二三四五六]）", p.text) for s in sentences(p.text)[1:]]
    assert not [s for s in planned if said_before(s) and ("机器人" in s or "具身智能" in s)], planned


def test_a_co_handler_outside_the_asks_fields_gets_its_own_placeholder_not_the_bureaus_gap(loo, tmp_path):
    """--with 市财政局, whose field no ask is in: the 知识产权 ask is still 市市场监管局's (its field),
    whose part is the bureau's own gap naming that unit to consult (it does not co-handle: the reply asks it
    nothing), and 市财政局's part is a placeholder of its own at the end of part one."""
    out = tmp_path / "c.docx"
    run_1288(loo, out, with_=("市财政局",), session=None)
    texts = [p.text for p in part_one(docx.Document(out))]
    gaps = [t for t in texts if t.startswith("【待")]
    assert ("一是【待补充：加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份；"
            "可商请市市场监管局提供）】") in texts, texts
    assert gaps[-1] == "【待市财政局提供：市财政局承办部分的工作情况及数据（注明年份）】"
    assert not any("待市财政局提供：强化" in t for t in texts)


def test_without_a_field_mapping_an_empty_ask_is_the_bureaus_gap_and_the_co_handler_has_its_own(loo, tmp_path):
    config = (loo / "drafter.yaml").read_text("utf-8")
    (loo / "drafter.yaml").write_text(config.split("\nother_fields:")[0] + "\n", "utf-8")
    try:
        document = draft_1288(loo, tmp_path / "n.docx")  # --with 市市场监管局
    finally:
        (loo / "drafter.yaml").write_text(config, "utf-8")
    gaps = [p.text for p in part_one(document) if re.match("(?:[一二三四]是)?【待", p.text)]
    assert ("【待补充：加快专利审查和确权、加大知识产权维权援助力度、推动专利转化运用和质押融资方面的工作情况及数据（注明年份）】"
            in gaps), gaps  # one item naming the ask's points
    assert gaps[-1] == "【待市市场监管局提供：市市场监管局承办部分的工作情况及数据（注明年份）】"


def test_a_sources_overview_opens_part_one_only_on_its_topic(seeded_root, tmp_path):
    """Title alone, whole base: the 2026 reply's overview (科技创新与产业创新深度融合赋能智能制造…)
    follows the restated concern of a suggestion on that topic, not of one on 县域 work (sharing
    only 科技创新, which every overview says), which gets the neutral lead-in."""
    root = seeded_root
    runner = CliRunner()
    firsts = {}
    for number, title in (("1236", "关于加强县域科技创新工作的建议"),
                          ("1300", "关于推动科技创新与产业创新深度融合的建议")):
        out = tmp_path / f"{number}.docx"
        result = runner.invoke(cli, ["-w", str(root), "draft", number, title, "--deputy", "某代表",
                                     "--date", "2026-05-20", "-o", str(out)])
        assert result.exit_code == 0, result.output
        firsts[number] = part_one(docx.Document(out))[0].text
    # (the base holds no work on 县域: part one opens on its placeholders, claiming none — hd3 — with no 关于…，有关情况如下
    # saying the opening's 现将有关情况答复如下 again — hd24)
    assert firsts["1236"].startswith("【待补充："), firsts["1236"]
    assert firsts["1300"].startswith("近年来，") and "赋能智能制造" in firsts["1300"]


def test_class_a_claims_nothing_solved_while_a_co_handlers_part_is_to_come(loo_status, tmp_path):
    out = tmp_path / "w.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(loo_status), "draft", "1288", TITLE_1288, "--deputy", "林永红", "--type", "A", "--with", "市财政局",
        "--date", "2026-05-20", "-o", str(out)])  # the title alone: every section holds results
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    assert any("【待市财政局提供：" in p.text for p in part_one(document))
    closing = next(p for p in paragraphs(document) if style(p) == "结束语")
    assert "已采纳" in closing.text and "基本解决" not in closing.text


def items_of(document) -> dict[str, list[str]]:
    """Part one's sections: heading → its item paragraphs (一是… or the single item)."""
    out: dict[str, list[str]] = {}
    head = None
    for p in part_one(document):
        if style(p) == "二级标题":
            head = p.text[3:]
            out[head] = []
        elif head is not None:
            out[head].append(p.text)
    return out


def reports_a_result(text: str) -> bool:
    """A figure outside dates and names (《…》, “…”), or 【待核实】 (a last year's plan to confirm)."""
    bare = re.sub(r"(?:19|20)\d{2}年(?:\d{1,2}月)?|《[^》]*》|“[^”]*”", "", text)
    return bool(re.search(r"\d", bare)) or "【待核实：是否已完成】" in text or re.match(r"(?:[一二三四]是)?【待", text)


def test_part_one_reports_results_on_the_asks_matter_not_nearby_filler(reply):
    """Fewer, better items: each reports a result (a figure) or says a point of its ask that the
    section would owe without it, or say only in passing (the 数字化平台, on 技术转移, and 深化科技人才
    评价改革, under the asks that name them), none is
    there only for being near the ask — not the reform item on 体制机制 (its 中试验证 sits in a list,
    its figures elsewhere), nor the 6 platforms' 绩效评价 sentence; the strong ones stay
    (新型研发机构 and 大院大所 results, 中试验证平台（基地）28个, the 揭榜挂帅 lists)."""
    sections = items_of(reply)
    assert all(1 <= len(items) <= 4 for items in sections.values()), sections
    for head, items in sections.items():
        for text in items:
            lead = text.split("。")[0]  # the ask's 技术转移 or 人才评价, in its lead
            point = any(h in head and p in lead for h, p in (("成果转化", "技术转移"), ("人才", "人才评价")))
            assert reports_a_result(text) or point, (head, text)
    text = "".join(t for items in sections.values() for t in items)
    assert "体制机制" not in text and "绩效评价" not in text
    assert not any("数字化平台。" in t for h, items in sections.items() if "成果转化" not in h for t in items)
    for kept in ("新型研发机构27家", "大院大所", "中试验证平台（基地）28个", "揭榜挂帅", "高能级创新平台累计达30家"):
        assert kept in text, kept


def test_a_plan_offered_as_done_does_not_lead_part_two_again(reply):
    """The 具身智能 plan offered as done (三是引建科创平台。…【待核实】) lends part two none of its
    lead: that ask's next step is led by the ask's own phrase."""
    leads = [m.group(2) for items in items_of(reply).values() for t in items for m in [CLAIM_MARK.search(t)] if m]
    assert leads
    for p in part_two_items(reply.paragraphs):
        lead = NUMERAL_ITEM.sub("", p.text).split("。")[0]
        assert re.sub(r"^在|上下功夫$", "", lead) not in leads, p.text  # framed or not


def test_the_1350_draft_keeps_to_each_asks_matter(quick_start_1350):
    """With the whole base: 科技金融 gets the finance results only (not the 技术交易 rewards that
    merely say 成果转化), and every item of the 中试验证 section reports a result or says 中试验证 in a
    clause of its own (支持中试验证平台建设: test_ask_matter_items)."""
    out = quick_start_1350
    sections = items_of(docx.Document(out))
    finance = "".join(sections["加大科技金融支持"])
    assert "科技贷" in finance and "技术交易" not in finance and "创新券" not in finance
    pilot = sections["加快中试验证平台建设"]
    assert pilot and all(reports_a_result(t) or "，支持中试验证平台建设，" in t for t in pilot)
    assert any("中试验证平台" in t for t in pilot)
    # part two: this year's plan whose lead names another matter (促进科技成果转化应用) still gives the
    # 中试 ask its sentence on 中试、验证平台, led by the ask's own phrase rather than that lead
    first = part_two_items(docx.Document(out).paragraphs)[0].text
    assert first.startswith("（一）持续加快中试验证平台建设。") and "中试、验证平台" in first, first
    assert "促进科技成果转化应用" not in first
    # the one item from last year's plans is its lead and that plan's sentence, flagged
    assert len(check_earlier_plan_marks(out)) == 1


@needs_corpus
def test_asks_framed_as_topics_lead_and_name_their_gaps_once(seeded_root, tmp_path):
    """A real text from another place whose asks read 一、关于…方面 (a 綦江 reply used as the
    suggestion's text): part two never says 持续关于… nor …方面方面 (in a lead or a placeholder)."""
    root = seeded_root
    out = tmp_path / "d.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "906", "关于强化食品园区科技创新属性的建议", "--deputy", "马海",
        "--session", "测试", "--text", str(CORPUS / "06_qijiang_proposal_2023.txt"), "--date", "2026-05-20",
        "--type", "B", "-o", str(out)])
    assert result.exit_code == 0, result.output
    items = part_two_items(docx.Document(out).paragraphs)
    assert items and any("方面" in h.text for h in paragraphs(docx.Document(out)) if style(h) == "二级标题")
    for p in items:
        assert "持续关于" not in p.text and "方面方面" not in p.text, p.text


def suggestion_words() -> set:
    """The bigrams of the suggestion's title and text: what the deputy writes about."""
    text = TITLE_1288 + TEXT_1288.read_text("utf-8")
    return {text[i:i + 2] for i in range(len(text) - 1)}


def test_a_kept_item_loses_what_lies_outside_the_suggestions_matter(reply):
    """Inside the items part one keeps, a list's members the suggestion (on manufacturing) never
    speaks of go — 新材料 and 生物医药 from the 揭榜挂帅 fields, the list still open (等) and the
    sentence whole — and a sentence counting such a member (分企业、科研院所、卫生医疗三个赛道…45项)
    goes whole, its count never left wrong; the talent item keeps its lead and its results, not
    the frame of a programme before them."""
    sections = items_of(reply)
    text = "".join(t for items in sections.values() for t in items)
    assert "生物医药" not in text and "卫生医疗" not in text and "三个赛道" not in text
    assert "征集新一代信息技术、高端装备制造等战略性新兴产业领域“卡脖子”技术难题" in text
    talent = "".join(sections["加强科技创新人才引育"])
    assert re.match(r"^(?:一是)?强化人才链对创新链的支撑作用。", talent) and "新引人才团队20个" in talent
    # the frame naming a programme (落实人才“港湾计划”，合力做优…工作品牌) says nothing of the ask:
    # the sentence begins where it does (人才培养体系, 引育…人才)
    assert "港湾" not in talent and "人才培养体系" in talent
    words = suggestion_words()
    for listed in re.findall(r"[^，。；：（）]*、[^，。；：（）]*等", text):  # every open list's inner members
        for member in listed.split("、")[1:-1]:
            if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", member):
                assert any(member[i:i + 2] in words for i in range(len(member) - 1)), (member, listed)


def test_another_units_results_give_way_to_the_bureaus_own(reply, loo, tmp_path):
    """The 人才 ask: the bureau's own talent item answers it, so the item whose figures are mostly
    市委人才办's (省级高层次人才1800余人, 市级2.9万人: other_units in drafter.yaml) is not reported
    beside it. Where another unit's figures are all the base holds on the ask (the talent team
    counts listed as 市委人才办's too), its items stay, each such figure attributed."""
    talent = "".join(items_of(reply)["加强科技创新人才引育"])
    assert talent and "1800余人" not in talent and "2.9万人" not in talent and "据市委人才办统计" not in talent
    config = (loo / "drafter.yaml").read_text("utf-8")
    (loo / "drafter.yaml").write_text(
        config.replace("市委人才办: [", "市委人才办: [人才团队, 人才, 高新技术企业, 科研院所, "), "utf-8")
    try:
        other = draft_1288(loo, tmp_path / "o.docx")
    finally:
        (loo / "drafter.yaml").write_text(config, "utf-8")
    theirs = [t for t in items_of(other)["加强科技创新人才引育"] if not re.match(r"[一二三四]是【待", t)]
    assert len(theirs) >= 2 and all("据市委人才办统计" in t for t in theirs), theirs
    assert "1800余人" in "".join(theirs)


def test_a_list_of_fields_is_pruned_only_against_fields_the_suggestion_names():
    """The rule on its own: an open list (…等…领域) loses the fields the suggestion never names when
    it names others of the list; a counted one (三个赛道) cannot, so its sentence is off the matter;
    a text naming none of a list's fields (only 中试验证, 技术经理人) leaves the list as written, and so
    does a list of actors (政府、券商、中介等各方), which is no list of fields."""
    from drafter.compose.sentences import bigrams, within_matter

    words = bigrams(TITLE_1288 + TEXT_1288.read_text("utf-8"))
    assert within_matter("征集新一代信息技术、高端装备制造、新材料、生物医药等战略性新兴产业领域技术难题。", words) == \
        "征集新一代信息技术、高端装备制造等战略性新兴产业领域技术难题。"
    assert within_matter("分企业、科研院所、卫生医疗三个赛道遴选支持高层次人才创新创业项目45项。", words) is None
    short = bigrams("一是建设中试验证平台；二是培育技术经理人。")
    fields = "围绕纺织鞋服、机械装备、新材料等产业建设中试平台12个。"
    assert within_matter(fields, short) == fields
    actors = "建立政府、PE机构、券商、中介等各方资源对接整合平台。"
    assert within_matter(actors, words) == actors


def test_a_part_left_open_names_the_too_old_facts_and_the_age_rule_it_applied(reply):
    """The IP ask's only facts are the 2016 summary's: more than ``draft.max_age`` (3) years before
    2026, so the part keeps its placeholder and its comment says so, naming that rule's years."""
    notes = [c.text for c in reply.comments if "已收集的材料中只有" in c.text]
    assert notes, [c.text for c in reply.comments]
    # (cm57: its real age, what to do — never drafter's setting to relax and draft again)
    assert any("2016年" in n and "距成文年份已10年，未写入：如需参考，请查阅原件、核实现状后据实补写" in n for n in notes), notes
    assert not any("放宽" in n or "重新起草" in n or "年限" in n for n in notes), notes
    # the comment names the part it is about (rv30: "does not say which paragraph it belongs to")
    assert any(n.startswith("“强化知识产权保护和运用”方面，已收集的材料中只有2016年") for n in notes), notes
    assert not any("2年时效" in n for n in notes), notes


def test_a_sentences_figures_wanting_the_same_check_share_one_comment(reply):
    """The 揭榜挂帅 sentence's 2024 figures (12项…8项…1600万元) ask for a newer value once: one
    comment over them, not one per figure; no paragraph repeats a comment's text within a sentence."""
    texts = {c.comment_id: c.text for c in reply.comments}
    for p in paragraphs(reply):
        opened, spans = [], {}
        for e in p._p.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:t")):
            cid = e.get(qn("w:id"))
            if e.tag == qn("w:commentRangeStart"):
                opened.append(cid)
                spans[cid] = ""
            elif e.tag == qn("w:commentRangeEnd"):
                opened.remove(cid)
            else:
                for cid in opened:
                    spans[cid] += e.text or ""
        by_sentence = {}
        for cid, covered in spans.items():
            start = p.text.find(covered)
            sentence = p.text.count("。", 0, start)
            by_sentence.setdefault((sentence, texts[int(cid)]), []).append(covered)
        assert all(len(v) == 1 for v in by_sentence.values()), [k for k, v in by_sentence.items() if len(v) > 1]
        if "揭榜" in p.text and "1600万元" in p.text:
            old = [covered for cid, covered in spans.items() if "2024年数据" in texts[int(cid)]]
            assert len(old) == 1 and "12项" in old[0] and "1600万元" in old[0]


def test_no_paragraph_names_its_source_in_two_comments(loo_draft):
    """A paragraph whose note names its source already (a last year's plan in part two, one offered
    as done in part one: 此项取自2025年的工作计划（泉科函〔2025〕81号…第17段“一是”）…) has no
    second comment saying only that source: one comment a clerk reads and deletes, not two."""
    from drafter.docx.read import read_draft

    paras = read_draft(loo_draft)
    plans = [p for p in paras if PLAN_MARK.search(p.text) or "【待核实：是否已完成】" in p.text]
    assert len(plans) >= 4
    for p in paras:
        for k, c in enumerate(p.comments):
            assert not any(c in other for j, other in enumerate(p.comments) if j != k), (p.text[:20], p.comments)
    assert all(any("泉科函〔2025〕81号" in c for c in p.comments) for p in plans)


def test_a_unit_asked_is_an_item_and_the_points_a_section_still_owes_one_comment_on_its_heading(loo, loo_draft):
    """After a section's items, a unit's material still to come is a numbered item of its own (a place for what
    the unit consulted sends back): under 高能级创新平台, 三是【待补充：企业技术中心…（…可商请市工业和信息化局提供）】. The points of
    the ask the section's items do not say (推动平台与产业集群精准对接) are no 四是【待补充：…】 slot (rv51: a reply
    need not answer each noun; most are merged or dropped): one comment on the section's heading names them,
    opening on the placeholder they would have been, which ``requests`` lists under that heading and ``check``
    reports until the clerk deletes it. A section that is a placeholder itself (the co-handler's 知识产权) is its
    items: one naming the points of the ask, then the national power's."""
    from drafter.check import check_draft
    from drafter.docx.read import read_draft
    from drafter.requests import requests

    found, heads = {}, {}
    head = None
    for p in part_one_of(read_draft(loo_draft)):
        if p.kind == "heading2":
            head = p.text
            heads[head] = p
        elif head:
            found.setdefault(head, []).append(p)
    platforms = next(h for h in found if "平台" in h)
    assert [re.match(r"[一二三四]是", p.text).group() for p in found[platforms]] == ["一是", "二是", "三是"]
    unit = found[platforms][2]
    assert unit.text.startswith("三是【待补充：企业技术中心") and unit.text.endswith("可商请市工业和信息化局提供）】")
    assert [h.text for h in unit.highlights] == [unit.text[2:]] and unit.comments, unit.text
    for ps in found.values():  # no item of what a section owes, nor one run on after an item's sentences
        for p in ps:
            assert not re.search(r"【待补充：建议所提", p.text), p.text
            assert not re.search(r"[。，]【待[^】：]*提供", p.text), p.text
    owing = {h: [n.text for n in p.notes if n.text.startswith("【待补充：建议所提")] for h, p in heads.items()}
    assert [len(notes) for notes in owing.values()] == [1, 1, 1, 1, 0], owing  # 知识产权 holds no work: none
    assert owing[platforms][0].startswith("【待补充：建议所提推动平台与产业集群精准对接方面的工作情况】同前注：")
    assert "本节各项未涉及" in next(notes[0] for notes in owing.values())  # explained in full at its first use
    ip = next(ps for h, ps in found.items() if "知识产权" in h)
    assert [p.text[:15] for p in ip] == ["一是【待市市场监管局提供：加大", "二是【待市市场监管局提供：专利"]
    for p in ip:
        assert [h.text for h in p.highlights] == [p.text[2:]] and p.text.count("【") == 1, p.text

    ws = load_workspace(loo)
    asked = [a for u in requests(ws, [loo_draft]).units for a in u.asks if a.placeholder.startswith("【待补充：建议所提")]
    assert [a.heading for a in asked] == [h for h, notes in owing.items() if notes]
    assert asked[1].own and asked[1].need == "建议所提推动平台与产业集群精准对接方面的工作情况" and "删去本批注" in asked[1].note
    report = check_draft(ws, loo_draft)
    said = [f for f in report.findings if f.code == "placeholder" and "批注中仍有待补充的事项" in f.message]
    # …and part two's lead-in, whose comment asks 市市场监管局 for its 知识产权 next steps (cm57: no silent gap)
    assert [f.snippet for f in said][:-1] == [h for h, notes in owing.items() if notes]
    assert said[-1].snippet.startswith("根据您的建议，下一步我局将"), said[-1]


@pytest.mark.parametrize("items, numerals, last", [
    (3, ["一是", "二是", "三是", "四是"], "四是【待市工业和信息化局提供：企业技术中心"),  # one place left: both in it
    (4, ["一是", "二是", "三是", "四是"], "四是"),  # none left: said after the last item, in its run of text
])
def test_a_section_keeps_to_four_items_with_what_it_still_needs(loo, items, numerals, last):
    """A section holds at most four items (issue 8): where its items leave fewer places than there
    are things still to come, the last place takes the rest; where they leave none, they follow the
    last item as before. The 高能级创新平台 section of the leave-one-out 1288, its items repeated."""
    import datetime as dt

    from drafter.compose.reply import _section_blocks
    from drafter.compose.select import select_facts
    from drafter.compose.suggestion import Suggestion
    from drafter.facts.index import FactIndex
    from drafter.reply import PLACEHOLDER, Span

    ws = load_workspace(loo)
    today = dt.date(2026, 5, 20)
    suggestion = Suggestion("1288", TITLE_1288, "林永红", text=TEXT_1288.read_text("utf-8"), date=today,
                            co_handlers=["市市场监管局"])
    selection = select_facts(FactIndex.load(ws), suggestion, ws, today)
    section = next(s for s in selection.sections if s.heading and "平台" in s.heading)
    section.items = (section.items * 4)[:items]
    slots = [[Span("【待市工业和信息化局提供：企业技术中心方面的工作情况】", PLACEHOLDER)],
             [Span("【待补充：建议所提推动平台与产业集群精准对接方面的工作情况】", PLACEHOLDER)]]
    blocks = _section_blocks(1, section, ws, today, slots=slots)[1:]  # its heading first
    texts = [b.text for b in blocks]
    assert [t[:2] for t in texts] == numerals, texts
    assert texts[-1].startswith(last) and texts[-1].endswith("【待补充：建议所提推动平台与产业集群精准对接方面的工作情况】")
    assert "".join(texts).count("【待市工业和信息化局提供") == 1
    if items == 3:  # two asks in the one place left, said apart
        assert "情况】；【待补充：建议所提推动平台" in texts[-1], texts[-1]


def test_one_programme_is_reported_from_its_newest_source(whole_1288, loo_draft):
    """With the 2026 reply in the base, 揭榜挂帅 is reported once, as 〔2026〕102号 reports it
    (新立项实施13个…攻关项目和4个…转化项目): 81号's item on the same programme (2024年…12项…榜单…
    1600万元, counted another way) goes, as it went from the reply the bureau sent (rv26: "never
    keep an older figure for a measure it updates"). The leave-one-out draft, with 81号 alone,
    keeps it."""
    from drafter.docx.read import read_draft

    def programme_items(path):
        first = sections_in(read_draft(path))
        heading = next(h for h in first if "智能制造" in h)
        return [p for p in first[heading] if "揭榜挂帅" in p.text]

    items = programme_items(whole_1288)
    assert len(items) == 1, [p.text for p in items]
    assert "13个" in items[0].text and any(c.startswith("泉科函〔2026〕102号") for c in items[0].comments)
    assert not any("1600万元" in p.text or "12项" in p.text for p in part_one_of(read_draft(whole_1288)))
    alone = programme_items(loo_draft)
    assert len(alone) == 1 and "1600万元" in alone[0].text


def test_a_draft_of_an_item_the_base_holds_the_reply_to_says_so(whole_1288, loo_draft, seeded_root, tmp_path):
    """The whole base holds the reply sent to 1288 (seed 003, 泉科函〔2026〕102号, 市十七届人大五次会议): drafting
    1288 again is said on part one's heading, naming that reply (hd3: the base held the reply to 第124号 and the
    batch drafted it from nothing). The leave-one-out base has none; nor is 1288 of another session that reply's."""
    again = "事实库中已有本件（第1288号建议）的答复：泉科函〔2026〕102号"
    assert any(c.text.startswith(again) for c in docx.Document(whole_1288).comments)
    assert not any(again in c.text for c in docx.Document(loo_draft).comments)
    out = tmp_path / "other.docx"
    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--session", "市十七届人大四次会议", "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0 and again not in result.output
    assert not any(again in c.text for c in docx.Document(out).comments)


def test_an_old_figures_explanation_is_said_once_and_no_source_line_twice(loo_draft):
    """cm57 (a clerk acting as reader: 批注太长、太多，'同前注'式的重复也多): the 2024 figures of 揭榜挂帅 and of 重点平台建设资金
    are explained in full once (该数据为2024年数据，早于上年…), the second 同前注 naming its year; the platform item's comment
    lists the 2025 plan's source once, in the note on its 【待核实】, not again as a line of its own."""
    comments = [c.text for c in docx.Document(loo_draft).comments]
    full = [c for c in comments if "该数据为2024年数据，早于上年（2025年）" in c]
    assert len(full) == 1 and "“1600万元”" in full[0], comments
    platform = next(c for c in comments if "8485.55万元" in c)
    assert "“2024年”“8485.55万元”：同前注（该数据为2024年数据）" in platform, platform
    assert platform.count("泉科函〔2025〕81号（2025-05-20） · 下一步") == 1, platform
    assert not any("第15段" in c or "第11段" in c for c in comments), comments
