"""What a clerk strikes out as said twice, read from the written .docx: a part-two item restating
a phrase part one already says, a last year's plan offered as done beside an item on the same
matter, and a closing that states its class without a word of context.

The rules are general (the leave-one-out 1288 draft, with its text and by its title alone, and
the README's 1350 quick start are where they show on the real seeds)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from helpers import TITLE_1288, part_one

from drafter.cli import cli

NUMERAL_ITEM = re.compile(r"^（[一二三四五六七八九十]+）")
MARK = re.compile(r"【[^】]*】")
CLAUSE = re.compile(r"[^，,；;。：:]+")
MIN_CLAUSE = 6  # characters: a shorter clause (加强…, 推动…) may well recur in any reply


@pytest.fixture(scope="module")
def title_only(loo, tmp_path_factory) -> Path:
    """The leave-one-out 1288 draft by its title alone (no --text), class A."""
    out = tmp_path_factory.mktemp("title-only") / "1288.docx"
    result = CliRunner().invoke(cli, ["-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--session", "市十七届人大五次会议", "--type", "A", "--date", "2026-05-20",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def part_two_items(document) -> list[str]:
    """The texts of the numbered items between 二、下一步工作计划 and the closing."""
    out, inside = [], False
    for p in document.paragraphs:
        if p.text.startswith("二、"):
            inside = True
        elif inside and NUMERAL_ITEM.match(p.text):
            out.append(p.text)
        elif inside and p.text.startswith(("再次感谢", "您提出", "贵会", "贵单位")):
            break
    return out


def restated(path: Path) -> list[tuple[str, str]]:
    """(part-two item, clause) for each clause after an item's lead phrase that part one's text
    already holds word for word."""
    document = docx.Document(path)
    said = "".join(MARK.sub("", t) for t in part_one(document))
    out = []
    for item in part_two_items(document):
        body = MARK.sub("", NUMERAL_ITEM.sub("", item)).split("。", 1)[1]  # after the lead phrase
        out += [(item, c) for c in CLAUSE.findall(body) if len(c) >= MIN_CLAUSE and c in said]
    return out


def test_part_two_does_not_restate_what_part_one_says(loo_draft, title_only):
    """The talent plan of 2025 opens 强化人才链对创新链的支撑作用，推行…, which part one's talent item
    has as its lead phrase; the 强主体 plan ends …，强化企业科技创新主体地位, which part one's section
    on 科技创新主体 says: part two keeps each plan's own measures and drops the clause said already."""
    for path in (loo_draft, title_only):
        assert restated(path) == [], path.name
    talent = next(t for t in part_two_items(docx.Document(loo_draft)) if "人才引育" in t)
    assert "推行高层次人才“预认定”“免申即认”" in talent and "强化人才链对创新链的支撑作用" not in talent
    said = "".join(part_one(docx.Document(loo_draft)))
    assert "强化人才链对创新链的支撑作用" in said  # part one keeps it: it was said there first
    subject = next(t for t in part_two_items(docx.Document(title_only)) if "强主体" in t)
    assert "加强企业科技创新能力建设" in subject and "强化企业科技创新主体地位" not in subject
