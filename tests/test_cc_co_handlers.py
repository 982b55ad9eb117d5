"""The 抄送 of a lead unit's reply copies its co-handlers (--with, the web form's 会办/协办单位, the
list's 会办单位 column): drafter.yaml's groups first, then the co-handlers as a group of their own,
named as the clerk typed them, each once; a 会办/协办意见 has no 抄送; ``cc_co_handlers: false`` adds
none either. Drafts are made in the demo workspace (its drafter.yaml, templates and fact base)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner
from web_helpers import make_workspace

from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.workspace import load_workspace

warnings.filterwarnings("ignore", message=".*httpx.*")
from starlette.testclient import TestClient  # noqa: E402

TITLE = "关于支持高新技术企业扩量提质的建议"
COMMON = ["--deputy", "某某某", "--session", "市十七届人大五次会议", "--date", "2026-05-20", "--type", "B"]


@pytest.fixture(scope="module")
def root(tmp_path_factory) -> Path:
    return make_workspace(tmp_path_factory.mktemp("cc") / "ws")


def configured(root: Path, kind: str = "suggestion") -> str:
    """drafter.yaml's 抄送 groups for ``kind`` as a letter writes them (、 within, ； between)."""
    groups = load_workspace(root).cc[kind]
    assert groups, "the demo workspace copies a suggestion's reply to someone"
    return "；".join("、".join(g) for g in groups)


def draft(root: Path, out: Path, number: str, *options: str) -> list:
    result = CliRunner().invoke(cli, ["-w", str(root), "draft", number, TITLE, *COMMON, *options, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return read_draft(out)


def cc_line(paragraphs) -> str:
    lines = [p.text for p in paragraphs if p.kind == "cc"]
    assert len(lines) == 1, lines
    return lines[0]


def test_a_lead_units_reply_copies_its_co_handlers_after_the_configured_groups(root, tmp_path):
    plain = cc_line(draft(root, tmp_path / "plain.docx", "1103"))
    assert plain == f"抄送：{configured(root)}。"
    paras = draft(root, tmp_path / "with.docx", "1103", "--with", "市税务局", "--with", "市财政局")
    assert cc_line(paras) == f"抄送：{configured(root)}；市税务局、市财政局。"
    assert paras[-1].kind == "cc"  # still the letter's last line
    # the opening names the same units the 抄送 copies
    assert any("会同市税务局、市财政局" in p.text for p in paras if p.kind == "opening")


def test_a_co_handler_typed_twice_or_under_another_name_is_copied_once(root, tmp_path):
    paras = draft(root, tmp_path / "twice.docx", "1104", "--with", "市金融局", "--with", "市税务局",
                  "--with", "市金融监管局", "--with", "市税务局")
    assert cc_line(paras) == f"抄送：{configured(root)}；市金融局、市税务局。"


def test_a_proposal_copies_them_after_its_own_groups(root, tmp_path):
    paras = draft(root, tmp_path / "p.docx", "45", "--proposal", "--with", "市金融局")
    assert cc_line(paras) == f"抄送：{configured(root, 'proposal')}；市金融局。"


@pytest.mark.parametrize("role", ["会办", "协办"])
def test_a_co_handlers_opinion_copies_no_one(root, tmp_path, role):
    """It goes to the lead unit alone (咸宁市科技局's 会办意见 bear no 抄送): not the configured groups, nor
    the other co-handlers."""
    paras = draft(root, tmp_path / f"{role}.docx", "1105", "--role", role, "--lead", "市发展改革委",
                  "--with", "市财政局")
    assert not [p.text for p in paras if p.kind == "cc" or p.text.startswith("抄送")]


def test_the_switch_off_leaves_the_configured_groups(tmp_path):
    ws = make_workspace(tmp_path / "off")
    config = ws / "drafter.yaml"
    text = config.read_text("utf-8")
    assert "cc_co_handlers: true" in text  # the demo workspace states the switch, on
    config.write_text(text.replace("cc_co_handlers: true", "cc_co_handlers: false"), "utf-8")
    paras = draft(ws, tmp_path / "off.docx", "1103", "--with", "市税务局")
    assert cc_line(paras) == f"抄送：{configured(ws)}。"


def test_a_switch_that_is_no_yes_or_no_is_one_line_naming_the_file(tmp_path):
    ws = make_workspace(tmp_path / "bad")
    config = ws / "drafter.yaml"
    config.write_text(config.read_text("utf-8").replace("cc_co_handlers: true", "cc_co_handlers: 是"), "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(ws), "draft", "1103", TITLE, "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 2
    line = result.output.strip()
    assert "\n" not in line and "drafter.yaml" in line and "cc_co_handlers" in line, line


def test_without_configured_groups_the_gap_stays_before_the_co_handlers(tmp_path):
    ws = make_workspace(tmp_path / "nocc")
    config = ws / "drafter.yaml"
    text = config.read_text("utf-8")
    start, end = text.index("\ncc:\n"), text.index("\ncc_co_handlers:")
    config.write_text(text[:start] + text[end:], "utf-8")
    assert not load_workspace(ws).cc
    paras = draft(ws, tmp_path / "nocc.docx", "1103", "--with", "市税务局")
    line = cc_line(paras)
    assert line.startswith("抄送：【待补充：") and line.endswith("】；市税务局。"), line


def test_batch_and_web_form_copy_the_same_units_as_the_command(root, tmp_path):
    listing = tmp_path / "交办清单.csv"
    listing.write_text(
        "建议号,标题,领衔代表,届次,承办方式,主办单位,会办单位,交办日期,答复类型\n"
        f"1103,{TITLE},某某某,市十七届人大五次会议,主办,泉州市科学技术局,\"市税务局、市财政局\",2026-03-01,B\n"
        f"1106,{TITLE},某某某,市十七届人大五次会议,会办,市发展改革委,\"泉州市科学技术局、市财政局\",2026-03-01,B\n",
        "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "batch", str(listing), "-o", str(tmp_path / "batch"),
                                      "--jobs", "1"])
    assert result.exit_code == 0, result.output
    command = cc_line(draft(root, tmp_path / "cmd.docx", "1103", "--with", "市税务局", "--with", "市财政局"))
    assert cc_line(read_draft(tmp_path / "batch" / "1103.docx")) == command
    assert "市税务局、市财政局。" in command
    # the list's 会办 row: an opinion to the lead unit alone, copied to no one
    assert not [p for p in read_draft(tmp_path / "batch" / "1106.docx") if p.kind == "cc"]

    from drafter.web.app import create_app

    with TestClient(create_app(root), base_url="http://127.0.0.1:8765") as client:
        form = {"number": "1107", "topic": TITLE, "deputy": "某某某", "session": "市十七届人大五次会议",
                "type": "B", "date": "2026-05-20", "with": "市税务局、市财政局"}
        r = client.post("/api/draft", data=form)
        assert r.status_code == 200, r.text
    assert cc_line(read_draft(root / "drafts" / "1107.docx")) == command


def test_check_finds_nothing_in_the_longer_cc(root, tmp_path):
    out = tmp_path / "long.docx"
    paras = draft(root, out, "1108", "--with", "市税务局", "--with", "市财政局", "--with", "市人力资源和社会保障局",
                  "--with", "市工业和信息化局", "--with", "人行泉州市分行")
    cc = next(p for p in paras if p.kind == "cc")
    assert len(cc.text) > 2 * 28  # more than two lines of the page
    result = CliRunner().invoke(cli, ["-w", str(root), "check", str(out), "--json"])
    findings = json.loads(result.stdout)["findings"]
    assert not [f for f in findings if f["paragraph"] == cc.index or "抄送" in f["message"]]
    # what is left is the draft's own gaps (its placeholders, and the ask's words written as a step, highlighted to confirm:
    # h286), no layout or part finding
    assert {f["code"] for f in findings} <= {"placeholder", "highlight"}, findings
    assert all("【待补充：具体举措】" in f["snippet"] for f in findings if f["code"] == "highlight"), findings
