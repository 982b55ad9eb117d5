"""What a suggestion names under each ask, and the placeholder a draft leaves for what its
sections do not say (issue 8, review: the reply still owes the deputy 企业技术中心…).

Read on the real suggestion texts of examples/ and on drafts written from the real seeds.
"""

from __future__ import annotations

import re

import docx
from click.testing import CliRunner
from test_reply_1288 import REPO, TEXT, whole_base

from drafter.cli import cli
from drafter.compose.asks import named_things, parse_asks

OWED = re.compile(r"【待补充：建议所提(.+?)方面的工作情况】")


def test_the_things_an_ask_names_one_by_one():
    asks = parse_asks(TEXT.read_text("utf-8"))
    assert [a.subjects for a in asks] == [
        ["智能装备", "工业机器人", "工业软件"],  # 聚焦…等领域: the opening verb cut, 等领域 dropped
        ["大院大所", "新型研发机构", "企业技术中心"],
        ["中试验证", "技术转移"],  # not 科技成果在泉落地转化、实现产业化: a list of actions
        ["懂技术、善管理的复合型人才"],  # qualities name the thing after 的
        [],  # 加快专利审查和确权…: no list of things
    ]
    assert named_things("发挥科技贷、产业基金作用，支持成果转化项目融资。") == ["科技贷", "产业基金"]
    assert named_things("完善科技金融、人才引进、成果转化等配套政策") == ["科技金融", "人才引进", "成果转化"]
    assert named_things("对高新技术企业、科技型中小企业给予奖励") == ["高新技术企业", "科技型中小企业"]
    assert named_things("建立市、县两级联动机制") == []  # 市 is no thing
    ask = parse_asks("一、完善政策。完善科技金融、人才引进、成果转化等配套政策。\n二、其他。")[0]
    assert ask.owed("一体引进“人才+团队+项目”，推动成果转化。") == ["科技金融"]


def sections(document) -> list[tuple[str, str]]:
    """(heading, the text under it) of part one's sections."""
    out: list[tuple[str, str]] = []
    inside = False
    for p in document.paragraphs:
        if p.text == "一、基本情况":
            inside = True
        elif p.text.startswith("二、"):
            break
        elif inside and p.style.name == "二级标题":
            out.append((p.text[3:], ""))
        elif inside and out:
            out[-1] = (out[-1][0], out[-1][1] + p.text)
    return out


def check_owed(document, asks) -> int:
    """Every section of results lists, in one placeholder, exactly the things its ask names that
    its text does not say; returns how many things were listed."""
    by_phrase = {a.phrase: a for a in asks}
    listed = 0
    for heading, text in sections(document):
        ask = by_phrase.get(heading)
        if ask is None or "方面的工作情况及数据" in text:  # a section that is a placeholder itself
            continue
        said = OWED.sub("", text)
        missing = [t for t in ask.subjects if t not in said]
        found = OWED.findall(text)
        assert len(found) <= 1, text
        owed = found[0] if found else ""
        for thing in missing:  # listed, unless said in other words: its halves in one clause
            halves = len(thing) == 4 and re.search(f"{thing[:2]}[^，；。]*{thing[2:]}|{thing[2:]}[^，；。]*{thing[:2]}", said)
            assert (thing in owed) != bool(halves), (heading, thing, owed)
        assert not [t for t in ask.subjects if t in said and t in owed.split("、")]
        listed += len(owed.split("、")) if owed else 0
    return listed


def test_the_leave_one_out_draft_names_what_it_still_owes_under_each_ask(loo_draft):
    document = docx.Document(loo_draft)
    asks = parse_asks(TEXT.read_text("utf-8"))
    assert check_owed(document, asks) >= 2
    owed = [p for p in document.paragraphs if OWED.search(p.text)]
    runs = [r for p in owed for r in p.runs if r.text.startswith("【待补充：建议所提")]
    assert runs and all(r.font.highlight_color is not None for r in runs)


def test_the_1350_draft_from_the_whole_base(tmp_path):
    root = whole_base(tmp_path)
    text = REPO / "examples" / "1350建议.txt"
    out = tmp_path / "1350.docx"
    result = CliRunner().invoke(cli, [
        "-w", str(root), "draft", "1350", "关于加快中试验证平台建设促进科技成果就地转化的建议", "--deputy", "陈某某",
        "--date", "2026-05-20", "--type", "A", "--text", str(text), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = docx.Document(out)
    check_owed(document, parse_asks(text.read_text("utf-8")))
    # a reply still owing things does not claim the problem solved, so check finds no closing-gaps
    found = CliRunner().invoke(cli, ["-w", str(root), "check", str(out), "--json"])
    assert "closing-gaps" not in found.output
