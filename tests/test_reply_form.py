"""A reply's form, learned from the bureau's own replies: in parts (一、基本情况 … 二、下一步工作计划) or one section per
ask, the plan inside it, headed as the bureau heads them (一、关于“…”的建议). distill records it with the source's
metadata (``form``, ``head``); ``draft.form`` (auto by default) drafts in it."""

from __future__ import annotations

import json
import re
import shutil

import docx
import pytest
import yaml
from click.testing import CliRunner

from helpers import (
    CORPUS, FUZHOU_1229, FUZHOU_1365, FUZHOU_20251061, FUZHOU_HYJ_YAML, REPO, distil, draft_1350, edit_docx,
    needs_corpus, new_workspace, paragraph_with, run_1288, unit_workspace,
)

from drafter.cli import cli
from drafter.docx.styles import STYLE_BY_KIND
from drafter.reply import CLOSING, HEADING1


@pytest.fixture
def fuzhou(tmp_path):
    return unit_workspace(tmp_path / "ws", "福州市海洋与渔业局", "市海洋与渔业局", "福州市", "连江县, 罗源县, 闽侯县")


@pytest.mark.parametrize("page, form, head", [
    (FUZHOU_1365, "per_ask", "关于“…”的建议"),  # (in traditional characters on its mirror)
    (FUZHOU_20251061, "per_ask", "关于“…”的建议"),
    (FUZHOU_1229, None, None),  # (its excerpt: a paragraph and no head)
])
def test_a_reply_records_its_form_and_how_its_heads_say_the_ask(tmp_path, fuzhou, page, form, head):
    source = distil(tmp_path, fuzhou, page).source
    assert (source.form, source.head) == (form, head)


@pytest.mark.parametrize("seed", ["000_", "003_"])
def test_the_demo_replies_are_in_parts(tmp_path, fuzhou, seed):
    """泉州's 1288 (一、基本情况 / 二、下一步工作计划) and 1071 (四 sections of work, then 下一步，我们将…重点做好以下几项工作：
    and its items, no head of their own): both keep their plans apart from the sections."""
    text = next((REPO / "seeds").glob(f"{seed}*.txt")).read_text("utf-8")
    assert distil(tmp_path, fuzhou, text).source.form == "parts"


def test_a_reply_headed_by_its_own_measures_planning_nothing_tells_no_form(tmp_path, fuzhou):
    """泉州's 1071 as a page cut before its third section: 一、大力培育科技创新主体，… / 二、加快整合提升科技平台，… are the
    bureau's measures, no head saying again the item's title (关于推动科技创新和产业创新深度融合…的建议: 科技创新 alone
    shared), so no per-ask form is learned from it (its full text plans after every section: parts)."""
    text = next((REPO / "seeds").glob("000_*.txt")).read_text("utf-8")
    source = distil(tmp_path, fuzhou, text[:text.index("三、推进科研体制机制改革")]).source
    assert (source.form, source.head) == (None, None), source


@needs_corpus
@pytest.mark.parametrize("name, head", [
    ("06_qijiang_proposal_2023.txt", "关于…方面"),  # 一、关于建立科研院所下沉到企业的长效机制方面
    ("13_biyang_proposal_2022.txt", "…"),  # 一、将科学素质工作纳入政府目标管理考核
    ("19_xuchang_proposal_2019.txt", "…"),  # 下一步，我们将…：一、认真做好政策宣讲… (the sections after the lead-in)
])
def test_a_corpus_reply_in_sections_per_ask(tmp_path, fuzhou, name, head):
    source = distil(tmp_path, fuzhou, (CORPUS / name).read_text("utf-8")).source
    assert (source.form, source.head) == ("per_ask", head)


@needs_corpus
@pytest.mark.parametrize("name", ["12_shanghai_reply_2023.txt", "01_chongqing_reply_2024.txt"])
def test_a_page_cut_after_its_first_bare_head_tells_no_form(tmp_path, fuzhou, name):
    """上海市科委's 0157 (一、构建科普工作矩阵，促进协同共振联动, then the page ends) and 重庆's 0219 (一、推动科技成果转移转化
    情况): a head of the work, nothing planned seen: whether its plans come in a part of their own is not on the page."""
    assert distil(tmp_path, fuzhou, (CORPUS / name).read_text("utf-8")).source.form is None


def test_a_fact_file_of_before_keeps_its_text_and_a_learned_form_is_written(tmp_path):
    """The demo's fact files: 2025-reply-1071's source now says ``form: parts``; a news item's says nothing of it."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    sources = {p.stem: yaml.safe_load(p.read_text("utf-8"))["source"] for p in (root / "facts").glob("*.yaml")}
    assert sources["2025-reply-1071"]["form"] == "parts"
    assert "form" not in sources["2025-news-ae7681e1"] and "head" not in sources["2025-reply-1071"]
    assert all((root / "facts" / f"{k}.yaml").read_text("utf-8") == (REPO / "facts" / f"{k}.yaml").read_text("utf-8")
               for k in sources), "the committed facts/ are what distill writes"


# Suggestion 1292 of 市十六届人大四次会议 (福州, 2025) as the tester saved it (hd13: suggestion.txt beside
# 福州市海洋与渔业局's reply, fzhyj.fuzhou.gov.cn …/jytabl, 2025-04-25).
SUGGESTION_1292 = """关于推进我市深远海养殖产业高质量发展的建议

领衔代表：王艳

近年来，我市深远海养殖发展迅速，“百台万吨”深远海养殖平台陆续下水，连江县已成为全市深远海养殖的主要区域。但目前深远海养殖产业链条较短，苗种、饲料、装备制造、加工、冷链物流等环节布局分散，平台建设投入大、融资难、保险难，产业与文旅融合不足，综合效益有待提升。

为此建议：
一、推动现代化深远海养殖全产业链向连江规模集聚发展。统筹养殖空间布局，支持连江县规划建设深远海养殖渔场，引导苗种繁育、饲料、装备制造、水产品精深加工和冷链物流等企业向连江集聚，依托国家远洋渔业基地打造全产业链。
二、加大深远海养殖政策和金融支持。加大对深远海养殖平台建设的奖补力度，创新养殖平台产权登记、抵押贷款和保险产品，降低企业投资风险。
三、推动深远海养殖与文旅融合发展。依托深远海养殖平台开发海上观光、休闲垂钓、研学体验等渔旅融合产品，打造“渔旅融合”特色品牌。
"""
HEADS_1292 = ["一、关于“推动现代化深远海养殖全产业链向连江规模集聚发展”的建议", "二、关于“加大深远海养殖政策和金融支持”的建议",
              "三、关于“推动深远海养殖与文旅融合发展”的建议"]


def fuzhou_root(tmp_path, form: str | None = None):
    """福州市海洋与渔业局's workspace (the repository's templates), its three real replies' excerpts distilled as seeds
    (two in sections per ask, 关于“…”的建议); drafter.yaml's ``draft.form`` when ``form`` is given."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "drafter.yaml").write_text(FUZHOU_HYJ_YAML + (f"draft:\n  form: {form}\n" if form else ""), "utf-8")
    for name, page in (("fz_2025_zx20251061.txt", FUZHOU_20251061), ("fz_2024_1365.txt", FUZHOU_1365),
                       ("fz_2024_1229.txt", FUZHOU_1229)):
        (root / "seeds").mkdir(exist_ok=True)
        (root / "seeds" / name).write_text(page, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    return root


def draft_1292(root, out, *extra: str, text: bool = True):
    """1292 drafted as the tester did (its text, 市文旅局 and 连江县政府 co-handling, A, 2025-04-25): the .docx."""
    (root / "s.txt").write_text(SUGGESTION_1292, "utf-8")
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1292", "关于推进我市深远海养殖产业高质量发展的建议", "--deputy", "王艳",
        "--session", "市十六届人大四次会议", "--type", "A", "--date", "2025-04-25", "--with", "市文旅局", "--with", "连江县政府",
        *(("--text", str(root / "s.txt")) if text else ()), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return docx.Document(out)


def by_head(document) -> dict[str, list[str]]:
    """The body's first-level heads (in the 一级标题 style) → the paragraphs under each, up to the closing."""
    out: dict[str, list[str]] = {}
    for p in document.paragraphs:
        if p.style.name == STYLE_BY_KIND[HEADING1]:
            out[p.text] = []
        elif p.style.name == STYLE_BY_KIND[CLOSING]:
            break
        elif out and p.text.strip():
            out[list(out)[-1]].append(p.text)
    return out


def test_a_bureau_answering_each_ask_in_its_own_section_gets_its_draft_so(tmp_path):
    """福州市海洋与渔业局's real reply to 1292 heads a section per point of the suggestion, 一、关于“建议推动…发展”的建议,
    what was done (一是…五是) and what is planned (今年拟继续争取…) inside it; drafter wrote 一、基本情况 and 二、下一步工作计划.
    Its own replies in the base are so written: the draft is, in their heads' wording, each ask's plan after its items."""
    document = draft_1292(fuzhou_root(tmp_path), tmp_path / "d.docx")
    sections = by_head(document)
    assert list(sections) == HEADS_1292, list(sections)
    said = "".join(p.text for p in document.paragraphs)
    assert "基本情况" not in said and "下一步工作计划" not in said
    for head, paragraphs in sections.items():  # its items (or what to write there) first, its plan last
        assert len(paragraphs) >= 2 and not any(p.startswith("下一步") for p in paragraphs[:-1]), (head, paragraphs)
        assert paragraphs[-1].startswith("下一步，我局将"), (head, paragraphs)
    assert sections[HEADS_1292[0]][0].startswith("一是")
    assert "【待补充：具体举措】" in sections[HEADS_1292[1]][-1]  # (no plan in the base: the placeholder)
    assert any("【待市文旅局提供：" in p for p in sections[HEADS_1292[2]])  # a co-handler asked under its ask


def findings(root, path) -> list[tuple[str, str]]:
    """``drafter check``'s findings on the draft at ``path``: (code, message), in order."""
    checked = CliRunner().invoke(cli, ["-w", str(root), "check", str(path), "--json"])
    return [(f["code"], f["message"]) for f in json.loads(checked.output)["findings"]]


def test_a_per_ask_draft_is_checked_and_its_requests_listed_by_section(tmp_path):
    """``drafter check`` finds on such a draft what it finds on the same reply in parts (its placeholders, an A reply's
    thin results), nothing of its structure; ``drafter requests`` names the section each mark stands under."""
    root = fuzhou_root(tmp_path / "own")
    draft_1292(root, tmp_path / "d.docx")
    parts = fuzhou_root(tmp_path / "parts", "parts")
    draft_1292(parts, tmp_path / "p.docx")
    said = findings(root, tmp_path / "d.docx")
    assert {c for c, _ in said} == {c for c, _ in findings(parts, tmp_path / "p.docx")}, said
    assert sum(c == "placeholder" for c, _ in said) >= 8
    listed = CliRunner().invoke(cli, ["-w", str(root), "requests", str(tmp_path / "d.docx"), "--json"])
    assert HEADS_1292[2] in listed.output and "市文旅局" in listed.output, listed.output


def test_a_closing_saying_solved_is_checked_against_every_sections_items(tmp_path):
    """What was done in a per-ask draft is every section's items, not those before the first 下一步: a clerk who filled
    the first section's and wrote 已基本解决 while the others still wait for 市文旅局 and the bureau is told so."""
    root = fuzhou_root(tmp_path)
    out = tmp_path / "d.docx"
    draft_1292(root, out)

    def filled_first_and_solved(document):
        paragraph_with(document, "一是").text = "一是2024年，我局支持连江县规划建设深远海养殖渔场。"
        paragraph_with(document, "再次感谢").text = "您提出的建议已采纳，所提问题已基本解决。再次感谢您对我局工作的理解和支持。"

    edit_docx(out, filled_first_and_solved)
    said = [m for c, m in findings(root, out) if c == "closing-gaps"]
    assert said and "市文旅局承办部分尚待提供" in said[0], said


def test_the_parts_form_set_keeps_parts(tmp_path):
    """``draft.form: parts`` drafts the same bureau's reply in parts, as before."""
    document = draft_1292(fuzhou_root(tmp_path, "parts"), tmp_path / "d.docx")
    assert list(by_head(document)) == ["一、基本情况", "二、下一步工作计划"]


def test_a_draft_from_the_title_alone_heads_its_facets_as_asks(tmp_path):
    """Without the text, the topic's facets are the sections, each headed as an ask (a source's head
    关于“加大政策奖补力度”的建议 not wrapped again), its plan inside; a co-handler no ask names is asked inside the one
    section for its part in the ask, not wrapped either (hd42c: it was a section of its own to head, empty)."""
    document = draft_1292(fuzhou_root(tmp_path), tmp_path / "d.docx", text=False)
    sections = by_head(document)
    own = {h: ps for h, ps in sections.items() if "提供：" not in h}
    assert list(own) == ["一、关于“加大政策奖补力度”的建议"], list(sections)
    assert own["一、关于“加大政策奖补力度”的建议"][-1].startswith("下一步，我局将"), own
    assert list(sections) == list(own), list(sections)
    mine = own["一、关于“加大政策奖补力度”的建议"]
    assert any("【待市文旅局提供：加大政策奖补力度方面的工作情况及数据（注明年份）】" in p for p in mine), mine


def test_the_demo_keeps_its_parts(tmp_path):
    """泉州's replies are in parts: the quick start's 1350 still is."""
    document = draft_1350(new_workspace(tmp_path / "demo"), tmp_path / "d.docx")
    assert list(by_head(document)) == ["一、基本情况", "二、下一步工作计划"]


def test_the_leave_one_out_example_is_drafted_as_committed(tmp_path):
    """examples/make_examples.sh's 1288 (every seed but its own reply, 003): the base's own reply left, 1071, is in
    parts, and so is the draft, word for word the committed examples/1288.docx."""
    root = new_workspace(tmp_path / "without-003")
    next((root / "seeds").glob("003_*")).unlink()
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    run_1288(root, tmp_path / "1288.docx", "--type", "A")
    texts = [[p.text for p in docx.Document(path).paragraphs] for path in (tmp_path / "1288.docx", REPO / "examples" / "1288.docx")]
    assert texts[0] == texts[1]


def test_a_per_ask_drafts_comments_and_warnings_speak_of_its_sections(tmp_path):
    """A per-ask draft has no 第一部分, 第二部分 nor numbered next steps: its comments said 不需要的，连同编号一起删去 of a plan
    paragraph and 在下一步工作计划的相应一项中写明举措 of a section's items, and the command 下一步部分的相应各项; they speak of
    the section (本节的下一步举措) and its plan; the command says whose replies the draft's form follows."""
    root = fuzhou_root(tmp_path)
    (root / "s.txt").write_text(SUGGESTION_1292, "utf-8")
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1292", "关于推进我市深远海养殖产业高质量发展的建议", "--deputy", "王艳", "--type", "A",
        "--date", "2025-04-25", "--text", str(root / "s.txt"), "-o", str(tmp_path / "d.docx")])
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    for said in (result.output, *comments):
        assert not any(w in said for w in ("编号", "第一部分", "第二部分", "下一步工作计划", "下一步部分")), said
    assert any("本节的下一步举措中写明" in c for c in comments), comments
    said = [line for line in result.output.splitlines() if "单列一节" in line]  # (and why the draft is so)
    assert said and "关于市政协十四届四次会议20251061号提案的答复" in said[0], result.output


def test_another_units_replies_never_decide_the_form(tmp_path):
    """The same three pages in 福州市文化和旅游局's base: 市海渔局's replies, not its own — its draft stays in parts."""
    root = tmp_path / "ws"
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "drafter.yaml").write_text(FUZHOU_HYJ_YAML.replace("福州市海洋与渔业局", "福州市文化和旅游局")
                                       .replace("市海渔局", "市文旅局"), "utf-8")
    (root / "seeds").mkdir()
    for name, page in (("20251061.txt", FUZHOU_20251061), ("1365.txt", FUZHOU_1365)):
        (root / "seeds" / name).write_text(page, "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    assert {yaml.safe_load(p.read_text("utf-8"))["source"].get("form") for p in (root / "facts").glob("*.yaml")} == {"per_ask"}
    document = draft_1292(root, tmp_path / "d.docx")
    assert list(by_head(document)) == ["一、基本情况", "二、下一步工作计划"]


def test_co_handlers_with_no_room_for_a_section_each_share_one_first_level_section(tmp_path):
    """Five co-handlers no ask names, three asks: no room for a section each (at most six), so their parts share one —
    in a per-ask draft a first-level section of its own to head, not a （四） run into the last ask's section."""
    root = fuzhou_root(tmp_path)
    document = draft_1292(root, tmp_path / "d.docx", *(w for u in ("市财政局", "市商务局", "市自然资源局", "市交通局", "市工信局")
                                                         for w in ("--with", u)))
    sections = by_head(document)
    assert list(sections)[3:] == ["四、【待补充：小标题】"], list(sections)
    assert sections["四、【待补充：小标题】"][0].startswith("一是【待市财政局提供："), sections
    assert not any(p.startswith("（") for ps in sections.values() for p in ps), sections  # (no second-level numeral)



def test_a_per_ask_draft_counts_every_point_owed_as_check_does(tmp_path):
    """The points a section's items leave owed are named in a comment (no item of their own): draft counts them with its
    placeholders (待补充 N 处, ``--json``'s list), as check reports them, so the two never disagree."""
    root = fuzhou_root(tmp_path)
    (root / "s.txt").write_text(SUGGESTION_1292, "utf-8")
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1292", "关于推进我市深远海养殖产业高质量发展的建议", "--deputy", "王艳", "--type", "A",
        "--date", "2025-04-25", "--text", str(root / "s.txt"), "--with", "市文旅局", "-o", str(tmp_path / "d.docx"), "--json"])
    assert result.exit_code == 0, result.output
    comments = [c.text for c in docx.Document(tmp_path / "d.docx").comments]
    marks = [m for c in comments if "本节各项未涉及" in c for m in re.findall(r"【待补充：建议所提[^】]*】", c)]
    report = json.loads(result.output)
    assert marks and all(m in report["placeholders"] for m in marks), (marks, report["placeholders"])
    checked = CliRunner().invoke(cli, ["-w", str(root), "check", str(tmp_path / "d.docx"), "--json"])
    placeholders = [f for f in json.loads(checked.output)["findings"] if f["code"] == "placeholder"]
    assert len(placeholders) == len(report["placeholders"]), (placeholders, report["placeholders"])


def test_a_per_ask_reply_refers_back_to_a_kind_of_comment_said_before_then_speaks_of_its_sections():
    """Comments are worded for a per-ask draft's sections once each kind's first is said in full: a later one of the
    kind refers back to it (同前注) as in a draft in parts — rewording them first hid the kind from refer_back."""
    from drafter.compose.marks import finish
    from drafter.compose.reply import OWED_NOTE
    from drafter.reply import BODY, PLACEHOLDER, Reply, ReplyBlock, Span

    def owed(what):
        return ReplyBlock(BODY, [Span(f"【待补充：建议所提{what}方面的工作情况】", PLACEHOLDER, note=OWED_NOTE)])

    for form in ("parts", "per_ask"):
        reply = finish(Reply("1", [owed("苗种繁育"), owed("产权登记")], form=form))
        first, later = (b.spans[0].note for b in reply.blocks)
        assert "本节的下一步举措中写明" in first if form == "per_ask" else "下一步工作计划的相应一项" in first, first
        assert later.startswith("同前注") and "产权登记" in later, later


def test_a_brief_comment_of_a_per_ask_draft_finds_the_full_one_it_refers_back_to():
    """requests shows a 同前注 comment with the one it refers back to (full_note): in a per-ask draft that one is worded
    for its sections (本节的下一步举措), and is found as in a draft in parts."""
    from drafter.compose.marks import finish, full_note
    from drafter.compose.reply import OWED_NOTE
    from drafter.reply import BODY, PLACEHOLDER, Reply, ReplyBlock, Span

    def owed(what):
        return ReplyBlock(BODY, [Span(f"【待补充：建议所提{what}方面的工作情况】", PLACEHOLDER, note=OWED_NOTE)])

    for form in ("parts", "per_ask"):
        first, later = (b.spans[0].note for b in finish(Reply("1", [owed("苗种繁育"), owed("产权登记")], form=form)).blocks)
        assert full_note(later, [first]) == first, (form, later, first)


def test_a_c_class_per_ask_reply_says_why_before_its_sections(tmp_path):
    """A C-class (留作参考) reply in sections per ask had its reason placeholder after the last section's plan, read as
    part of that ask; the reason is the whole reply's: after the opening, before the first section, as the parts form
    says it at the end of part one, before its plans."""
    document = draft_1292(fuzhou_root(tmp_path), tmp_path / "d.docx", "--type", "C")
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    at = next(k for k, t in enumerate(texts) if "暂难落实的具体原因" in t)
    assert texts[at - 1].endswith("答复如下：") and texts[at + 1] == HEADS_1292[0], texts[at - 1:at + 2]
    assert not any("暂难落实的具体原因" in p for ps in by_head(document).values() for p in ps)
    listed = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "requests", str(tmp_path / "d.docx")]).output
    reason = next(k for k, line in enumerate(listed.splitlines()) if "暂难落实的具体原因" in line)
    assert re.search(r"\d+\. 第1292号建议 第\d+段$", listed.splitlines()[reason - 1]), listed  # (under no section)


def test_a_head_learned_with_straight_quotes_is_drafted_with_full_width_ones(tmp_path):
    """A mirror printing the bureau's newest per-ask reply with half-width punctuation (its 20251061's heads as
    一、关于"以政策创新为立足点,加大产业扶持力度"的建议: made so here from the mirror's page, which prints its commas
    and brackets half-width already) teaches the head 关于"…"的建议; a draft's heads quote in “…” (GB/T 9704)."""
    root = fuzhou_root(tmp_path)
    (root / "seeds" / "fz_2025_zx20251061.txt").write_text(FUZHOU_20251061.replace("“", '"').replace("”", '"'), "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    learned = [yaml.safe_load(p.read_text("utf-8"))["source"].get("head") for p in (root / "facts").glob("*.yaml")]
    assert '关于"…"的建议' in learned, learned
    assert list(by_head(draft_1292(root, tmp_path / "d.docx"))) == HEADS_1292
