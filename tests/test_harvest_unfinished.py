"""``harvest`` of a reply that is not finished: the README quick start's real draft of 1350 (still
holding its 【待…】 marks, no 发文字号) is refused unless forced; filed anyway, neither its marked
sentences nor its set formulas become facts; a fact a clerk corrected stays current; a filing that
replaces an earlier one says so — through the command line and the web page."""

from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.store import edit_facts, load_fact_files
from helpers import draft_1350
from web_helpers import csrf_of

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

MARK = re.compile(r"【待[^】]*】")
DOC_NUMBER = "泉科函〔2026〕120号"


def _text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def _harvest(root: Path, *args: str):
    return CliRunner().invoke(cli, ["-w", str(root), "harvest", *args])


def _reply_facts(root: Path):
    from drafter.workspace import load_workspace

    (ff,) = [ff for ff in load_fact_files(load_workspace(root)) if ff.source.suggestion_number == "1350"]
    return ff


def _signed(draft: Path, out: Path) -> Path:
    """The clerk's final: every mark taken out of the draft's text, the 发文字号 filled in (its placeholder, or its serial's
    where the draft is numbered as the base's replies are: 泉科函〔2026〕【待补充：序号】号)."""
    d = docx.Document(draft)
    for p in d.paragraphs:
        if (MARK.fullmatch(p.text.strip()) and "发文字号" in p.text) or "【待补充：序号】" in p.text:
            for run in p.runs[1:]:
                run.text = ""
            p.runs[0].text = DOC_NUMBER
            continue
        for run in p.runs:
            run.text = MARK.sub("", run.text)
    d.save(out)
    assert not MARK.search(_text(out)) and DOC_NUMBER in _text(out)
    return out


def _period_written(draft: Path) -> Path:
    """The draft with the period its 41个 sentence asks for written in (【待更新：统计期】 → 截至2026年5月)."""
    d = docx.Document(draft)
    for p in d.paragraphs:
        if "41个中试验证平台" in p.text:
            for run in p.runs:
                run.text = run.text.replace("【待更新：统计期】", "截至2026年5月")
    d.save(draft)
    return draft


@pytest.fixture
def root(seeded_ws) -> Path:
    return seeded_ws.root


@pytest.fixture
def draft(quick_start_1350, tmp_path) -> Path:
    """The quick start's draft of 1350 as a clerk downloaded it."""
    return Path(shutil.copy(quick_start_1350, tmp_path / "1350.docx"))


def test_an_unfinished_draft_is_refused_naming_the_file_and_its_marks(root, draft):
    marks = len(MARK.findall(_text(draft)))
    assert marks >= 5
    facts_before = {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")}
    result = _harvest(root, str(draft))
    assert result.exit_code == 2 and not result.stdout
    (line,) = result.stderr.strip().splitlines()
    assert str(draft) in line and f"仍有 {marks} 处【待…】标记" in line and "发文字号为空" in line
    assert "--force" in line and "Traceback" not in result.stderr
    assert not (root / "seeds" / "harvested").exists()
    assert {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")} == facts_before


def test_filed_anyway_no_marked_sentence_or_set_formula_becomes_a_fact(root, draft):
    result = _harvest(root, "--force", str(draft))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("已归档：seeds/harvested/2026-reply-1350.docx")
    ff = _reply_facts(root)
    yaml_text = (root / "facts" / f"{ff.source.id}.yaml").read_text("utf-8")
    assert "【" not in yaml_text  # neither in a fact's text nor in a section heading
    # the letter's frame, as the draft has it: the opening, the lead paragraphs of both parts and
    # the closing
    paragraphs = [p.text for p in docx.Document(draft).paragraphs]
    frame = [paragraphs[paragraphs.index(heading) + 1] for heading in ("一、基本情况", "二、下一步工作计划")]
    frame += [p for p in paragraphs if "已收悉" in p or "再次感谢" in p]
    assert len(frame) == 4
    for fact in ff.facts:
        for said in frame:
            for sentence in re.findall(r"[^。：]+[。：]", said):
                assert sentence not in fact.text, (sentence, fact.text)
    # what the draft says of the bureau's work, unmarked, is kept; a sentence under a mark is not
    # (启动建设泉州技术转移转化数字化平台【待核实：最新进展】: its progress is to be checked first)
    assert any("支持科技成果转化中试验证发展的若干措施" in f.text for f in ff.facts)
    assert not any("启动建设泉州技术转移转化数字化平台" in f.text for f in ff.facts)
    assert all(f.kind in ("done", "plan") for f in ff.facts)


def test_a_corrected_fact_stays_current_after_its_old_copy_is_harvested(root, draft, tmp_path):
    """A clerk corrects 41个 → 45个 in the 事实库 (the web page's edit), then files a draft made
    before the correction (its month written in, other marks left): the next draft says 45个."""
    from drafter.workspace import load_workspace

    ws = load_workspace(root)
    (old,) = [f for ff in load_fact_files(ws) for f in ff.facts if "推动41个中试验证平台" in f.text]
    assert "41个中试验证平台" in _text(draft)
    edit_facts(ws, {old.id: {"text": old.text.replace("41个", "45个"), "reviewed": True}})
    draft_1350(root, tmp_path / "before.docx")
    before = _text(tmp_path / "before.docx")
    assert "45个中试验证平台" in before and "41个中试验证平台" not in before
    # the clerk wrote in the period the draft asked for (【待更新：统计期】), other marks left
    _period_written(draft)
    assert "截至2026年5月，推动41个中试验证平台" in _text(draft)
    assert _harvest(root, "--force", str(draft)).exit_code == 0
    (copy,) = [f for f in _reply_facts(root).facts if "41个中试验证平台" in f.text]
    # the copy repeats the corrected fact: its period, and its old figure superseded by it
    assert copy.repeats == old.id and copy.period.year == old.period.year
    (figure,) = [g for g in copy.figures if g.raw == "41个"]
    assert figure.superseded_by == old.id
    draft_1350(root, tmp_path / "after.docx")
    after = _text(tmp_path / "after.docx")
    assert "45个中试验证平台" in after and "41个中试验证平台" not in after
    # a plan the draft repeated is not offered again as last year's work to confirm
    assert after.count("是否已完成") <= before.count("是否已完成")


def test_next_years_reply_in_the_same_words_states_a_new_value(root, draft, tmp_path):
    """The corrected fact (45个, reviewed) holds for its own year only: a 2027 reply that says the
    sentence again with 48个 states the new value, current and of 2027, not a copy of 45个."""
    from drafter.workspace import load_workspace

    ws = load_workspace(root)
    (old,) = [f for ff in load_fact_files(ws) for f in ff.facts if "推动41个中试验证平台" in f.text]
    edit_facts(ws, {old.id: {"text": old.text.replace("41个", "45个"), "reviewed": True}})
    d = docx.Document(_signed(_period_written(draft), tmp_path / "signed.docx"))
    for p in d.paragraphs:
        pilot = "41个中试验证平台" in p.text  # its 41个 a run of its own (highlighted as a figure to update)
        for run in p.runs:
            run.text = (run.text.replace("41个", "48个") if pilot else run.text).replace("2026", "2027")
    d.save(tmp_path / "2027.docx")
    assert "截至2027年5月，推动48个中试验证平台" in _text(tmp_path / "2027.docx")
    assert _harvest(root, str(tmp_path / "2027.docx")).exit_code == 0
    (new,) = [f for f in _reply_facts(root).facts if "48个中试验证平台" in f.text]
    assert new.repeats != old.id and new.period.year == 2027
    (figure,) = [g for g in new.figures if g.raw == "48个"]
    assert figure.superseded_by is None


def test_filing_the_signed_reply_replaces_the_draft_filed_before_and_says_so(root, draft, tmp_path):
    assert _harvest(root, "--force", str(draft)).exit_code == 0
    signed = _signed(draft, tmp_path / "1350-送签稿.docx")
    result = _harvest(root, str(signed))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("已归档：seeds/harvested/2026-reply-1350-") and DOC_NUMBER in lines[0]
    assert lines[1].strip() == ("替换了此前归档的同一答复 seeds/harvested/2026-reply-1350.docx，"
                                "原文件已移至 seeds/harvested/.replaced/2026-reply-1350.docx")
    aside = root / "seeds" / "harvested" / ".replaced" / "2026-reply-1350.docx"
    assert aside.read_bytes() == draft.read_bytes()
    ff = _reply_facts(root)
    assert ff.source.number == DOC_NUMBER and (root / ff.source.path).read_bytes() == signed.read_bytes()
    # harvesting the same final again changes nothing and replaces nothing
    again = _harvest(root, str(signed))
    assert again.exit_code == 0 and "替换" not in again.stdout


def test_the_page_refuses_an_unfinished_draft_and_files_it_when_asked(root, draft, tmp_path):
    marks = len(MARK.findall(_text(draft)))
    from drafter.web.app import create_app

    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as client:
        csrf = csrf_of(client.get("/refresh").text)
        r = client.post("/harvest", data={"csrf": csrf}, files={"file": ("1350.docx", draft.read_bytes())})
        assert r.status_code == 400
        assert f"1350.docx: 这份答复仍有 {marks} 处【待…】标记、发文字号为空，不像签发稿，未归档" in r.text
        assert "/harvest/force" in r.text and "仍然归档" in r.text
        assert not (root / "seeds" / "harvested").exists()
        fields = dict(re.findall(r'name="(token|name|original)" value="([^"]*)"', r.text))
        assert fields["original"] == "1350.docx"
        r = client.post("/harvest/force", data={**fields, "csrf": csrf})
        assert r.status_code == 200 and "已归档：1350.docx → " in r.text and "未归档" not in r.text
        signed = _signed(draft, tmp_path / "1350-送签稿.docx")
        r = client.post("/harvest", data={"csrf": csrf}, files={"file": ("1350-送签稿.docx", signed.read_bytes())})
        assert r.status_code == 200 and f"已归档：1350-送签稿.docx → {DOC_NUMBER}" in r.text
        assert "替换了此前归档的同一答复 seeds/harvested/2026-reply-1350.docx" in r.text
