"""A name written as a placeholder (陈某某, 某某, XX) is highlighted like any gap (rv22's ninth point on
1350: the addressee 陈某某代表：, typed by the operator, was plain text while every other gap was
yellow), wherever it is written into the draft, with a comment; ``drafter check`` reports it until the
real name is written, highlighted or not.

Read on the written .docx: the README quick start's 1350 (--deputy 陈某某) and the leave-one-out 1288
drafted with a contact of 某某 in drafter.yaml.
"""

from __future__ import annotations

import json
import re

from click.testing import CliRunner
from helpers import draft_1288

from drafter.cli import cli
from drafter.docx.read import read_draft


def _paragraph(path, style_start: str):
    return next(p for p in read_draft(path) if p.text.startswith(style_start))


def _findings(root, path) -> list[dict]:
    result = CliRunner().invoke(cli, ["-w", str(root), "check", str(path), "--json"])
    return json.loads(result.output)["findings"]


def test_the_addressee_a_placeholder_name_is_yellow_with_a_comment(quick_start_1350):
    addressee = _paragraph(quick_start_1350, "陈某某")
    assert addressee.text == "陈某某代表："
    assert [(h.text, h.color) for h in addressee.highlights] == [("陈某某", "yellow")]
    note = next(n for n in addressee.notes if n.start == 0)
    assert "陈某某" in note.text and "实际" in note.text and note.end == len("陈某某")


def test_check_reports_a_placeholder_name_until_it_is_replaced(quick_start_1350, seeded_root, tmp_path):
    said = [f for f in _findings(seeded_root, quick_start_1350) if "陈某某" in f["snippet"]]
    assert [f["code"] for f in said] == ["placeholder"] and "陈某某" in said[0]["message"]
    # the clerk clears the highlight but leaves the name: still reported
    import docx

    document = docx.Document(quick_start_1350)
    for p in document.paragraphs:
        for run in p.runs:
            run.font.highlight_color = None if run.text == "陈某某" else run.font.highlight_color
    cleared = tmp_path / "cleared.docx"
    document.save(cleared)
    assert any(f["code"] == "placeholder" and "陈某某" in f["snippet"] for f in _findings(seeded_root, cleared))
    # the real name written in: nothing about it
    for p in document.paragraphs:
        for run in p.runs:
            run.text = run.text.replace("陈某某", "陈明")
    named = tmp_path / "named.docx"
    document.save(named)
    assert not any("陈" in f["snippet"] and ("占位" in f["message"] or "高亮" in f["message"])
                   for f in _findings(seeded_root, named))


def test_a_placeholder_name_anywhere_in_the_draft_is_marked(loo_copy, tmp_path):
    config = loo_copy / "drafter.yaml"
    config.write_text(re.sub(r"(?m)^contact: \S+", "contact: 某某", config.read_text("utf-8")), "utf-8")
    out = tmp_path / "1288.docx"
    draft_1288(loo_copy, out)
    contact = _paragraph(out, "联系人")
    assert "某某" in contact.text
    assert ("某某", "yellow") in [(h.text, h.color) for h in contact.highlights]
    assert any("某某" in n.text and "实际" in n.text for n in contact.notes)
    # a real name is not a placeholder: the deputy's stays plain
    addressee = _paragraph(out, "林永红")
    assert addressee.highlights == [] and addressee.notes == []


def test_a_surname_and_one_mou_is_a_placeholder_name_too(seeded_root, tmp_path):
    """hd10: --deputy 林某某 was yellow and reported, --deputy 李某 neither; 某 inside a sentence (某企业,
    对某项) is no name."""
    out = tmp_path / "0050.docx"
    result = CliRunner().invoke(cli, ["-w", str(seeded_root), "draft", "0050", "关于加快中试验证平台建设的建议",
                                      "--deputy", "李某", "--date", "2026-05-20", "-o", str(out)])
    assert result.exit_code == 0, result.output
    addressee = _paragraph(out, "李某")
    assert addressee.text == "李某代表：" and [(h.text, h.color) for h in addressee.highlights] == [("李某", "yellow")]
    assert [f["code"] for f in _findings(seeded_root, out) if "李某" in f["snippet"]] == ["placeholder"]
    from drafter.reply import PLACEHOLDER_NAME

    assert [m.group() for t in ("联系人：李某", "对某项工作", "某企业", "（某单位）") for m in PLACEHOLDER_NAME.finditer(t)] == ["李某"]

