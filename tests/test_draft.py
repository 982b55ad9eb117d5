"""``drafter draft`` end to end: seeds → fact base → .docx, read back with python-docx."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import REPO, TITLE_1288

from drafter.cli import cli
from drafter.compose.suggestion import Suggestion
from drafter.docx.read import read_draft
from drafter.draft import make_draft
from drafter.errors import DrafterError
from drafter.facts.index import FactIndex
from drafter.facts.store import save_fact_file
from drafter.grammar import ordinal_of
from drafter.model import Fact, FactFile, Figure, Period, SourceMeta
from drafter.reply import Citation
from drafter.workspace import load_workspace

SEEDS = sorted((REPO / "seeds").glob("*.txt"))
TOPIC = TITLE_1288
ARGS_1288 = ["draft", "1288", TOPIC, "--deputy", "林永红", "--session", "市十七届人大五次会议",
             "--type", "A", "--date", "2026-05-20"]
NUMBER = re.compile(r"\d+(?:\.\d+)?")


def make_workspace(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "drafter.yaml", root / "drafter.yaml")
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "facts").mkdir()
    return root


def seed(prefix: str) -> Path:
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="module")
def seeds_ws(loo):
    """A workspace whose fact base is distilled from every seed but 003 (the reply to 1288): conftest's ``loo``."""
    return load_workspace(loo)


DRAFTED_DATE = re.compile(r"“((?:截至)?(?:19|20)\d{2}年(?:\d{1,2}月)?(?:全年|上半年|以来)?)”")


def without_drafted_dates(paragraph) -> str:
    """A paragraph's text without the dates the draft wrote itself: each is quoted in a comment
    saying where it came from (the source's date or the fact's period); a placeholder
    (【待更新：2025年全年数据】) states no figure either."""
    text = re.sub(r"【待[^】]*】", "", paragraph.text)
    for comment in paragraph.comments:
        for date in DRAFTED_DATE.findall(comment):
            text = text.replace(date, "")
    return text


def run(ws_root, *args):
    return CliRunner().invoke(cli, ["-w", str(ws_root), *args])


def by_source(index: FactIndex, prefix: str) -> list[Fact]:
    return [f for f in index.facts.values() if Path(index.source_of(f).path).name.startswith(prefix)]


def cited_facts(index: FactIndex, comment: str) -> list[Fact]:
    """The facts whose citation line is in a Word comment (comments name source, section, 段)."""
    lines = set(comment.splitlines())
    found = []
    for fact in index.facts.values():
        source = index.source_of(fact)
        line = Citation(fact.id, source.label(), source.date, " > ".join(fact.section) or None,
                        fact.paragraph, item=ordinal_of(fact.text)).line()
        if line in lines:
            found.append(fact)
    return found


@pytest.fixture(scope="module")
def draft_1288(seeds_ws, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "1288.docx"
    result = run(seeds_ws.root, *ARGS_1288, "-o", str(out), "--json")
    assert result.exit_code == 0, result.output
    return out, json.loads(result.stdout), read_draft(out), FactIndex.load(seeds_ws)


def test_leave_one_out_1288_has_the_whole_reply(draft_1288):
    out, report, paras, index = draft_1288
    texts = [p.text for p in paras]
    kinds = [p.kind for p in paras]
    assert "关于市十七届人大五次会议\n第1288号建议的答复" in texts  # a long title: a line break before 第N号
    assert "林永红代表：" in texts and "答复类型：A类" in texts
    opening = paras[kinds.index("opening")].text
    assert f"《{TOPIC}》" in opening and "第1288号" in opening
    assert texts.count("一、基本情况") == 1 and texts.count("二、下一步工作计划") == 1
    nxt = texts.index("二、下一步工作计划")
    assert any(p.kind == "body" and p.comments for p in paras[nxt + 1:])  # plans cite their source
    assert kinds.index("closing") > nxt
    assert "领导署名：史思泉" in texts and "联系人：谢惠阳" in texts and "联系电话：0595-22579329" in texts
    assert "（此件主动公开）" in texts and "2026年5月20日" in texts
    assert texts[-1] == "抄送：市人大常委会代表工委、市人大常委会教科文卫工委；市政府督查室。"


def test_leave_one_out_1288_sections_come_from_seeds_000_and_004(draft_1288):
    out, report, paras, index = draft_1288
    part_one = paras[[p.text for p in paras].index("一、基本情况"):[p.text for p in paras].index("二、下一步工作计划")]
    leads = [p.text[:3] for p in part_one if re.match(r"（[一二三四五六]）", p.text)]
    assert len(leads) >= 3 and leads[:3] == ["（一）", "（二）", "（三）"]
    used = {f["id"] for f in report["facts_used"]}
    allowed = {f.id for f in by_source(index, "000") + by_source(index, "004")}
    done_used = [index.facts[i] for i in used if index.facts[i].kind != "plan"]
    assert len(done_used) >= 3 and {f.id for f in done_used} <= allowed | {f.id for f in by_source(index, "001")}
    assert any(f.id in allowed for f in done_used)


def test_leave_one_out_1288_never_uses_xiamen_or_2016_as_current(draft_1288):
    out, report, paras, index = draft_1288
    used = {f["id"] for f in report["facts_used"]}
    body = "\n".join(p.text for p in paras)
    xiamen = by_source(index, "002")
    assert xiamen and not used & {f.id for f in xiamen}
    for fact in xiamen:  # nor is its text there under another id
        assert fact.text[:20] not in body
    stale_texts = {h.text for p in paras for h in p.highlights if h.color != "yellow"}
    for fact in by_source(index, "001"):
        if fact.id in used:  # allowed only flagged as stale
            assert all(any(fig.raw in s for s in stale_texts) for fig in fact.figures), fact.id


def test_every_number_in_the_body_is_in_a_cited_fact(draft_1288):
    out, report, paras, index = draft_1288
    checked = 0
    for p in paras:
        if p.kind not in ("body", "heading2") or not NUMBER.search(re.sub(r"【待[^】]*】", "", p.text)):
            continue  # a placeholder line (【待更新：以下…取自2025年工作计划…】) cites no fact
        assert p.comments, p.text
        facts = [f for c in p.comments for f in cited_facts(index, c)]
        assert facts, p.text
        cited = "\n".join(f.text for f in facts)
        cited_digits = re.sub(r"\s", "", cited)
        for number in NUMBER.findall(without_drafted_dates(p)):
            assert number in cited_digits, (number, p.text[:60])
            checked += 1
    assert checked >= 5


def test_same_options_give_the_same_draft_and_force_is_needed_to_overwrite(seeds_ws, draft_1288, tmp_path):
    out, _report, paras, _index = draft_1288
    again = tmp_path / "again.docx"
    assert run(seeds_ws.root, *ARGS_1288, "-o", str(again)).exit_code == 0
    assert [(p.kind, p.text, p.comments) for p in read_draft(again)] == \
        [(p.kind, p.text, p.comments) for p in paras]
    before = again.read_bytes()
    refused = run(seeds_ws.root, *ARGS_1288, "--type", "B", "-o", str(again))
    assert refused.exit_code == 2 and "--force" in refused.stderr and again.read_bytes() == before
    forced = run(seeds_ws.root, *ARGS_1288, "--type", "B", "-o", str(again), "--force")
    assert forced.exit_code == 0 and "答复类型：B类" in [p.text for p in read_draft(again)]


def test_huiban_yijian_variant(seeds_ws, tmp_path):
    out = tmp_path / "1071.docx"
    result = run(seeds_ws.root, "draft", "1071", "关于推动科技创新和产业创新深度融合的建议", "--deputy",
                 "庄天怀", "--session", "市十七届人大四次会议", "--role", "会办", "--lead", "市工信局",
                 "-o", str(out))
    assert result.exit_code == 0, result.output
    texts = [p.text for p in read_draft(out)]
    assert "关于市十七届人大四次会议\n第1071号建议的会办意见" in texts and "市工信局：" in texts
    assert not any(t.startswith("答复类型") for t in texts)
    # given a class, an opinion bears it, as real ones do (咸宁市科技局's 会办意见 is marked B; corpus 10)
    typed = tmp_path / "typed.docx"
    assert run(seeds_ws.root, "draft", "1071", "关于推动科技创新和产业创新深度融合的建议", "--deputy", "庄天怀",
               "--role", "会办", "--lead", "市工信局", "--type", "B", "-o", str(typed)).exit_code == 0
    assert "答复类型：B类" in [p.text for p in read_draft(typed)]
    assert any(t.startswith("庄天怀代表提出的《关于推动科技创新和产业创新深度融合的建议》（第1071号）") for t in texts)


def test_co_handlers_past_the_sections_room_share_one_section_of_their_own(seeds_ws, tmp_path):
    """Five asks and four co-handlers the base holds nothing of: no room for a section each (at most six),
    so their parts are one last section, an item per unit, never paragraphs under the fifth ask's heading
    (hd5: four 【待…提供：…承办部分…】 stood under （五）加强劳动者权益保障)."""
    out = tmp_path / "co.docx"
    units = ["市教育局", "市总工会", "市人社局", "市财政局"]
    result = run(seeds_ws.root, *ARGS_1288, "--text", str(REPO / "examples" / "1288建议.txt"),
                 *(a for u in units for a in ("--with", u)), "-o", str(out))
    assert result.exit_code == 0, result.output
    paras = read_draft(out)
    headings = [k for k, p in enumerate(paras) if p.kind == "heading2"]
    assert len(headings) == 6
    last = paras[headings[-1]]
    assert last.text == "（六）【待补充：小标题】"
    under = [p.text for p in paras[headings[-1] + 1:] if p.kind == "body"][:4]
    assert under == [f"{n}是【待{u}提供：{u}承办部分的工作情况及数据（注明年份）】" for n, u in zip("一二三四", units)]
    before = "".join(p.text for p in paras[headings[-2]:headings[-1]])
    assert not any(u in before for u in units)


def test_proposal_variant_with_co_handlers(seeds_ws, tmp_path):
    out = tmp_path / "p.docx"
    result = run(seeds_ws.root, "draft", "205", "关于加快科技成果转化的提案", "--proposal", "--deputy", "王某",
                 "--with", "市财政局", "--with", "市人社局", "--type", "B", "-o", str(out))
    assert result.exit_code == 0, result.output
    texts = [p.text for p in read_draft(out)]
    assert "王某委员：" in texts and any(t.endswith("第205号提案的答复") for t in texts)
    assert any("该提案由我局主办，经会同市财政局、市人社局研究，" in t for t in texts)
    assert any(t.startswith("根据您的提案，下一步") for t in texts)
    frame = [p.text for p in read_draft(out) if p.kind in ("title", "opening", "closing")]
    assert len(frame) == 3 and not any("建议" in t for t in frame)  # a proposal throughout
    assert texts[-1].startswith("抄送：市政协提案委；")


def test_empty_fact_base_gives_the_frame_with_highlighted_placeholders(tmp_path):
    root = make_workspace(tmp_path / "ws")
    result = run(root, *ARGS_1288[:-2], "--json")  # no date
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["facts_used"] == [] and report["path"].endswith("drafts/1288.docx")
    paras = read_draft(root / "drafts" / "1288.docx")
    for p in paras:
        if p.kind in ("body", "heading2"):
            assert not NUMBER.search(p.text), p.text
    yellow = [h.text for p in paras for h in p.highlights if h.color == "yellow"]
    assert set(report["placeholders"]) == set(yellow)
    assert "【待补充：科技创新与产业创新深度融合方面的下一步举措】" in yellow and "【待补充：成文日期】" in yellow
    assert "【待补充：发文字号】" in yellow


def test_library_call_with_a_shared_index(tmp_path):
    root = make_workspace(tmp_path / "ws")
    ws = load_workspace(root)
    meta = SourceMeta(id="r1071", path="seeds/x.txt", sha256="0", kind="reply", number="泉科函〔2025〕81号",
                      date="2025-05-20", jurisdiction="泉州市")
    fact = Fact(id="r1071-0001", text="三是强化创新体系培育。推动科技创新和产业创新深度融合，全市培育科技型中小企业1614家。",
                kind="done", period=Period(2025, "document date"), jurisdiction="泉州市", source_id="r1071",
                section=["一、大力培育科技创新主体"], paragraph=9,
                figures=[Figure(1614, "家", "1614家", "科技型中小企业")])
    save_fact_file(FactFile(meta, [fact]), ws)
    index = FactIndex.load(ws)
    result = make_draft(ws, Suggestion("7", TOPIC, reply_class="A"), index=index, today=dt.date(2026, 5, 20))
    assert result.path == root / "drafts" / "7.docx" and result.reply.facts_used == ["r1071-0001"]
    paras = read_draft(result.path)
    para = next(p for p in paras if "1614家" in p.text)
    # part one's only section: no （一）大力培育科技创新主体 over it (hd17 D7), the item after the part's lead-in
    assert not any(p.kind == "heading2" for p in paras) and paras[paras.index(para) - 1].text.startswith("近年来")
    # one item: no 一是; the source dated the figure only by its date (2025-05-20), which says
    # neither its period nor that it is the full year a 2026 reply reports: the flag asks for
    # the period and a newer value, no date is guessed
    assert para.text == "强化创新体系培育。推动科技创新和产业创新深度融合，【待更新：统计期】，全市培育科技型中小企业1614家。"
    # the flag, and the figure it stands over (not current either), highlighted cyan under its comment
    assert [(h.text, h.color) for h in para.highlights] == [("【待更新：统计期】", "yellow"), ("1614家", "cyan")]
    assert para.comments and "泉科函〔2025〕81号（2025-05-20）" in para.comments[0]
    with pytest.raises(DrafterError, match="未覆盖") as err:
        make_draft(ws, Suggestion("7", TOPIC), index=index)
    assert err.value.fix == "force"
    # a proposal's draft is named as batch names it, whoever calls
    proposal = make_draft(ws, Suggestion("7", TOPIC, proposal=True), index=index, today=dt.date(2026, 5, 20))
    assert proposal.path == root / "drafts" / "提案-7.docx" and proposal.path.is_file()


@pytest.mark.parametrize("args, message", [
    (["draft", "1288", "  "], "标题"),
    (["draft", "1288", TOPIC, "--type", "Z"], "A、B、C"),
    (["draft", "1288", TOPIC, "--date", "2026-13-01"], "如 2026-05-20 或 2026年5月20日"),
    (["draft", "1288", TOPIC, "--role", "会办"], "--lead"),
])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, args, message):
    root = make_workspace(tmp_path / "ws")
    result = run(root, *args)
    assert result.exit_code == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (root / "drafts").exists()


def test_missing_workspace_unreadable_reference_and_unwritable_output(tmp_path):
    result = run(tmp_path / "nowhere", "draft", "1288", TOPIC)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    root = make_workspace(tmp_path / "ws")
    (root / "templates" / "reference.docx").write_bytes(b"not a zip")
    bad = run(root, "draft", "1288", TOPIC)
    assert bad.exit_code == 2 and "reference.docx" in bad.stderr and not (root / "drafts" / "1288.docx").exists()
    shutil.copy(REPO / "templates" / "reference.docx", root / "templates" / "reference.docx")
    (root / "blocked").write_text("a file, not a folder")
    unwritable = run(root, "draft", "1288", TOPIC, "-o", str(root / "blocked" / "x.docx"))
    assert unwritable.exit_code == 2 and len(unwritable.stderr.strip().splitlines()) == 1
    assert not list(root.glob("blocked*/*.docx"))


def test_help_explains_options_in_chinese():
    result = CliRunner().invoke(cli, ["draft", "--help"])
    assert result.exit_code == 0
    for option, words in [("--deputy", "代表"), ("--type", "答复类型"), ("--role", "会办"),
                          ("--with", "会同"), ("--force", "覆盖"), ("--json", "JSON")]:
        assert option in result.output and words in result.output


def test_facts_too_old_leave_part_one_a_placeholder(tmp_path):
    """With only the 2016 work report in the base, a 2026 reply (2016 is more than max_age years
    back) uses none of it: part one is its placeholder, whose comment names the year and source."""
    from drafter.distill import distill_paths

    root = make_workspace(tmp_path / "ws")
    ws = load_workspace(root)
    distill_paths(ws, [seed("001")])
    result = run(root, *ARGS_1288, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["facts_used"] == []
    assert "【待补充：已开展的工作及成效（近年举措与数据，注明年份）】" in report["placeholders"]
    paras = read_draft(root / "drafts" / "1288.docx")
    gap = next(p for p in paras if "已开展的工作及成效" in p.text)
    assert [h.color for h in gap.highlights] == ["yellow"]
    assert any("只有2016年的相关情况" in c and "泉科〔2017〕28号" in c for c in gap.comments)
    # (but part two's lead-in, the title's ask as the bureau's step over no work of its: a promise to confirm, hd32c)
    assert [h.text for p in paras for h in p.highlights if h.color != "yellow"] == ["推动科技创新与产业创新深度融合"]


def test_only_old_facts_fill_the_frame_flagged_stale(tmp_path):
    """The same base for a reply of 2016 + max_age: the 2016 facts fill the frame, flagged."""
    from drafter.distill import distill_paths

    root = make_workspace(tmp_path / "ws")
    ws = load_workspace(root)
    distill_paths(ws, [seed("001")])
    args = [a if a != "2026-05-20" else f"{2016 + ws.max_age}-05-20" for a in ARGS_1288]
    result = run(root, *args, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    index = FactIndex.load(ws)
    paras = read_draft(root / "drafts" / "1288.docx")
    flagged = {h.text for p in paras for h in p.highlights if h.color != "yellow"}
    notes = "\n".join(c for p in paras for c in p.comments)
    done = [index.facts[f["id"]] for f in report["facts_used"] if index.facts[f["id"]].kind != "plan"]
    assert done and report["warnings"]
    for fact in done:
        assert fact.period.year == 2016
        if fact.figures:  # each of its figures is highlighted …
            assert all(fig.raw in flagged for fig in fact.figures if fig.raw in fact.text), fact.id
        else:  # … or, without figures, the whole statement
            assert any(fact.text[5:25] in f for f in flagged), fact.id
    assert "请核实" in notes and "2016年" in notes
    # the report's 2017 plans are within the freshness window of a 2019 reply: they are its next steps
    plans = [index.facts[f["id"]] for f in report["facts_used"] if index.facts[f["id"]].kind == "plan"]
    assert plans and {p.period.year for p in plans} == {2017}
    assert "【待补充：下一步工作计划】" not in report["placeholders"]


def test_the_draft_has_the_reference_layout(draft_1288):
    from drafter.docx.read import read_layout

    out, *_ = draft_1288
    mine, ref = read_layout(out), read_layout(REPO / "templates" / "reference.docx")
    assert (mine.page_width, mine.page_height, mine.margins, mine.grid) == \
        (ref.page_width, ref.page_height, ref.margins, ref.grid)
    assert mine.title_page and mine.even_and_odd


def test_max_age_below_the_freshness_window_is_refused(tmp_path):
    root = make_workspace(tmp_path / "ws")
    config = root / "drafter.yaml"
    text = config.read_text(encoding="utf-8")
    assert "  max_age: 3 " in text
    config.write_text(text.replace("  max_age: 3 ", "  max_age: 1 "), encoding="utf-8")
    result = run(root, *ARGS_1288)
    assert result.exit_code == 2
    assert "drafter.yaml" in result.output and "draft.max_age" in result.output and "Traceback" not in result.output
