"""A 会办/协办意见 is written as the bureau's real ones are (咸宁市科技局's 会办意见 on 第085号 and 第041号建议, in
the shared corpus): a letter to the lead unit in short numbered points (1.…2.…) — no 一、基本情况／二、下一步
工作计划 of a reply in parts — with its next steps after them, and no 附注 on publishing nor 抄送; `drafter check`
asks for neither. Drafted from the seeded demo workspace, as suggestion 1350's lead reply and as a 会办意见."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from helpers import draft_1350

from drafter.cli import cli
from drafter.docx.read import read_draft

CO = ["--role", "会办", "--lead", "市发展和改革委员会"]


@pytest.fixture(scope="module")
def drafts(seeded_root, tmp_path_factory):
    out = tmp_path_factory.mktemp("co")
    draft_1350(seeded_root, out / "lead.docx")
    draft_1350(seeded_root, out / "co.docx", "B", *CO)
    return {name: read_draft(out / f"{name}.docx") for name in ("lead", "co")} | {"dir": out}


def test_its_sections_are_numbered_points_under_no_part_heading(drafts):
    lead, co = drafts["lead"], drafts["co"]
    headings = [p.text for p in lead if p.kind == "heading2"]  # the lead reply's （一）… sections
    assert [p.text for p in lead if p.kind == "heading1"] == ["一、基本情况", "二、下一步工作计划"] and len(headings) == 3
    assert not [p.text for p in co if p.kind in ("heading1", "heading2")]
    points = [p.text for p in co if re.match(r"\d+\.", p.text)]
    # the same sections, in order, each a point with its heading run in: 1.加快中试验证平台建设。一是…
    assert [re.match(r"(\d+)\.([^。]+)。", t).groups() for t in points] == [
        (str(n), h.split("）", 1)[1]) for n, h in enumerate(headings, 1)]
    opening = next(k for k, p in enumerate(co) if p.kind == "opening")
    assert co[opening + 1].text == points[0]  # straight after the opening's 现提出会办意见如下：


def test_its_next_steps_follow_the_points_as_items(drafts):
    co = drafts["co"]
    closing = next(k for k, p in enumerate(co) if p.kind == "closing")
    start = next(k for k, p in enumerate(co) if p.text.startswith("下一步，"))
    assert co[start].text == "下一步，我局将积极配合市发展和改革委员会，重点做好以下工作：", co[start].text
    steps = [p.text for p in co[start + 1:closing]]
    assert [t[:2] for t in steps] == ["一是", "二是", "三是"], steps  # no （一） of a reply in parts
    assert co[closing].text == "以上意见，供参考。"


def test_its_material_list_names_each_point_and_the_next_steps(drafts):
    """drafter requests places each mark under its point (1.加快中试验证平台建设) or the next steps, as it does a
    reply's under （一）… and 二、下一步工作计划."""
    result = CliRunner().invoke(cli, ["requests", str(drafts["dir"] / "co.docx"), "--json"])
    asks = [a for u in json.loads(result.output)["units"] for a in u["asks"]]
    headings = list(dict.fromkeys(a["heading"] for a in asks))
    assert headings == ["1.加快中试验证平台建设", "2.完善技术转移服务体系", "3.加大科技金融支持", "下一步"], headings
    assert all(a["item"].startswith(("二是", "三是")) for a in asks if a["heading"] == "下一步"), asks


def test_it_bears_no_note_nor_copy(drafts):
    co, lead = drafts["co"], drafts["lead"]
    assert not [p.text for p in co if p.kind in ("note", "cc") or "抄送" in p.text or "此件" in p.text]
    assert co[-1].kind == "date"  # the letter ends on its date, as theirs do
    assert [p.kind for p in lead][-2:] == ["note", "cc"]  # the lead reply keeps both


def test_check_asks_for_no_note_nor_copy_on_it(drafts):
    result = CliRunner().invoke(cli, ["check", str(drafts["dir"] / "co.docx"), "--json"])
    codes = {f["code"] for f in json.loads(result.output)["findings"]}
    assert codes and not codes & {"missing-note", "missing-cc", "missing-opening", "missing-closing"}, codes


def test_an_opinion_of_one_point_numbers_none(seeded_root, tmp_path):
    """A 1. with no 2. reads as a list cut short: an opinion answering one ask is its heading run in, unnumbered."""
    text = tmp_path / "one.txt"
    text.write_text("我市中试平台不足。为此建议：加快中试验证平台建设，对平台建设和运营给予补助。", "utf-8")
    draft_1350(seeded_root, tmp_path / "one.docx", "B", *CO, "--text", str(text))
    co = read_draft(tmp_path / "one.docx")
    opening = next(k for k, p in enumerate(co) if p.kind == "opening")
    point = co[opening + 1].text
    assert point.startswith("加快中试验证平台建设") and "。一是" in point, point
    assert not [p.text for p in co if re.match(r"\d+\.", p.text)]
