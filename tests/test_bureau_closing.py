"""A reply's closing, learned from the bureau's own replies: whether it states the suggestion's status (您提出的建议已采纳…,
as many bureaus close) or only thanks (泉州市科学技术局's 再次感谢您对我市科技创新工作的支持与理解，我局将一如既往…, its class
said in the header's 答复类型 line alone). distill records it (``closing`` in a reply's ``source:``); ``draft.closing`` (auto
by default) closes as most of them do."""

from __future__ import annotations

import json

import docx
import pytest
import yaml
from click.testing import CliRunner

from helpers import (
    CORPUS, REPO, distil, draft_1288, draft_1350, edit_docx, needs_corpus, new_workspace, paragraph_with, run_1288,
    with_setting,
)

from drafter.cli import cli
from drafter.distill.figures import normalise
from drafter.distill.structure import closing_said
from drafter.docx.read import read_draft
from drafter.grammar import closing_status
from drafter.textutil import simplified
from drafter.workspace import load_workspace

SEED_000 = next((REPO / "seeds").glob("000_*.txt"))  # 泉州's reply to 1071: 衷心感谢您长期以来对我局科技工作的关心支持…


def closing_of(path):
    return next(p for p in read_draft(path) if p.kind == "closing").text


@pytest.fixture(scope="module")
def adopted_closing(loo_status, tmp_path_factory) -> str:
    """The class-A closing drafter writes where the clerk chose it (``closing: status``): 您提出的建议已采纳，…"""
    out = tmp_path_factory.mktemp("adopted") / "1288.docx"
    draft_1288(loo_status, out, "--type", "A")
    closing = closing_of(out)
    assert closing.startswith("您提出的建议已采纳"), closing
    return closing


@pytest.fixture
def stating(tmp_path, adopted_closing):
    """A workspace whose own reply states the status in its closing: the demo's reply to 1071 (seed 000) closed as
    other bureaus close theirs, in drafter's class-A words, distilled alone."""
    root = new_workspace(tmp_path / "stating", seeds=False)
    text = SEED_000.read_text("utf-8")
    thanks = next(line for line in text.splitlines() if line.startswith("衷心感谢您"))
    (root / "seeds").mkdir()
    (root / "seeds" / "1071.txt").write_text(text.replace(thanks, adopted_closing), "utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    return root


@pytest.mark.parametrize("seed", ["000_", "003_"])
def test_the_demo_replies_only_thank_in_their_closing(tmp_path, seed):
    """泉州's 1071 (衷心感谢您长期以来对我局科技工作的关心支持，希望您一如既往…) and 1288 (再次感谢…，我局将一如既往地继续推动…):
    no status stated (一如既往 carries on, it says nothing of the suggestion); the committed facts/ say so."""
    text = next((REPO / "seeds").glob(f"{seed}*.txt")).read_text("utf-8")
    source = distil(tmp_path, load_workspace(new_workspace(tmp_path / "ws", seeds=False)), text).source
    assert source.closing == "thanks"
    committed = yaml.safe_load((REPO / "facts" / f"{source.id}.yaml").read_text("utf-8"))["source"]
    assert committed["closing"] == "thanks"


@needs_corpus
@pytest.mark.parametrize("name, said", [
    ("13_biyang_proposal_2022.txt", "thanks"),  # 最后，感谢您对我县全民科学素质工作的关心和支持，欢迎多提宝贵意见或建议。
    ("15_shandong_reply_2024.txt", "thanks"),  # 感谢您对我们工作的关心，希望今后能得到您更多的支持和指导。
    ("01_chongqing_reply_2024.txt", None),  # (the page cut after its first section: no closing seen)
])
def test_a_corpus_replys_closing_is_read(tmp_path, name, said):
    ws = load_workspace(new_workspace(tmp_path / "ws", seeds=False))
    assert distil(tmp_path, ws, (CORPUS / name).read_text("utf-8")).source.closing == said


@pytest.mark.parametrize("example, said", [("1071-会办意见.docx", None), ("1288.docx", "thanks")])
def test_a_co_replys_closing_tells_nothing_of_the_bureaus(example, said):
    """A 会办意见 closes 以上意见，供参考。 whatever the bureau writes in its own replies: no thanks, no status, nothing learned;
    a reply's 再次感谢… only thanks (the committed examples' paragraphs, as a clerk files them)."""
    lines = [simplified(normalise(p.text)) for p in docx.Document(REPO / "examples" / example).paragraphs if p.text.strip()]
    assert closing_said(lines) == said


def test_a_reply_stating_the_status_in_its_closing_records_it(stating):
    source = yaml.safe_load((stating / "facts" / "2025-reply-1071.yaml").read_text("utf-8"))["source"]
    assert source["closing"] == "status"


def test_the_leave_one_out_1288_closes_as_the_bureau_does(loo, tmp_path):
    """rv51, rv52: the leave-one-out 1288 (class A) closed 您提出的建议已采纳，我们将会同有关部门抓好落实。 over a part one of
    gaps — the bureau's own reply, seed 003, says no status, its class in the 答复类型 line alone. The draft closes as
    the bureau's replies in the base do (seed 000's, thanks only), the class still in its header, the command saying
    why; check finds the closing fits the class, and still reports a clerk's closing that contradicts it."""
    out = tmp_path / "1288.docx"
    result = run_1288(loo, out, "--type", "A")
    closing = closing_of(out)
    assert closing.startswith("再次感谢您对我市科技创新工作的理解和支持") and closing_status(closing) is None, closing
    assert "留作参考" not in closing and "暂难" not in closing
    assert any(p.text == "答复类型：A类" for p in read_draft(out))
    said = [line for line in result.output.splitlines() if "结束语只致谢" in line]
    assert said and "泉科函〔2025〕81号" in said[0], result.output

    def checked():
        found = CliRunner().invoke(cli, ["-w", str(loo), "check", str(out), "--json"])
        return [f["code"] for f in json.loads(found.output)["findings"]]

    assert "class-closing" not in checked()
    edit_docx(out, lambda d: setattr(paragraph_with(d, "再次感谢"), "text",
                                    "再次感谢您对我市科技创新工作的理解和支持。受目前条件所限，您提出的建议暂难全部落实，我局将留作参考。"))
    assert "class-closing" in checked()


def test_the_command_names_the_bureaus_newest_replies_first(seeded_root, tmp_path):
    """The whole demo base: 泉科函〔2026〕102号 (seed 003, undated, its number of 2026) is newer than 泉科函〔2025〕81号 (of
    2025-05-20); it was named last, an undated reply taken as the oldest (also in the newest-on-a-tie vote)."""
    result = run_1288(seeded_root, tmp_path / "1288.docx", "--type", "A")
    said = next(line for line in result.output.splitlines() if "结束语只致谢" in line)
    assert "泉科函〔2026〕102号、泉科函〔2025〕81号" in said, said


def test_a_bureau_stating_the_status_keeps_the_class_closing(stating, tmp_path):
    """A bureau whose replies say 已采纳 in their closing gets the class's closing (A: 已采纳); ``draft.closing: thanks``
    makes it thank only, as ``status`` makes the demo's state the class."""
    assert "已采纳" in closing_of_1350(stating, tmp_path / "a.docx", "A")
    thanking = with_setting(stating, tmp_path / "thanks", "closing", "thanks")
    assert closing_status(closing_of_1350(thanking, tmp_path / "t.docx", "A")) is None
    demo = with_setting(new_workspace(tmp_path / "demo"), tmp_path / "demo-status", "closing", "status")
    assert CliRunner().invoke(cli, ["-w", str(demo), "distill", str(demo / "seeds")]).exit_code == 0
    assert "已采纳" in closing_of_1350(demo, tmp_path / "d.docx", "A")


def test_the_quick_starts_1350_thanks_whatever_its_class(tmp_path):
    """The demo's 1350 (B in the quick start) closes on thanks for every class, never C's 留作参考."""
    root = new_workspace(tmp_path / "demo")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(root / "seeds")]).exit_code == 0
    closings = {c: closing_of_1350(root, tmp_path / f"{c}.docx", c) for c in "ABC"}
    assert len(set(closings.values())) == 1 and not any(closing_status(c) for c in closings.values()), closings


def closing_of_1350(root, out, reply_type: str) -> str:
    draft_1350(root, out, reply_type)
    return closing_of(out)
