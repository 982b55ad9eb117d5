"""drafter check applies drafting's own test of a current figure (issue 8, point 5).

A 2026 reply reports figures of the full year 2025 or of 2026; compose writes any other figure
(one its source dates only by its own date, a 2024 figure) with a visible 【待更新：…】 flag. A clerk who deletes the flag and
keeps the figure gets ``number-not-current``; a flag kept is no such finding (the clerk has been
told), nor is a figure of the full year 2025. Everything runs on a draft on 高能级创新平台 (by its title,
from the distilled seeds: last year's 30家 and 2024's 8485.55万元 its matter) and on the leave-one-out 1288 draft,
edited with python-docx as a clerk would.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.check import ADVICE, RULES, check_draft, read_paragraphs
from drafter.cli import cli
from drafter.workspace import load_workspace

FLAG = "【待更新："
# The bureau's report on 2025, filed in January 2026: full-year 2025 values (current in 2026).
REPORT_2025 = """泉州市科学技术局2025年工作总结

2025年，我局坚持以科技创新引领产业创新，各项工作取得新成效。现将有关情况总结如下：
一、主要工作成效
（一）科创平台建设提质增效。持续引建高能级平台，截至2025年底，全市高能级创新平台累计达35家。
二、2026年工作计划
一是持续壮大创新主体。二是加快引建高能级创新平台。

泉州市科学技术局
2026年1月10日
"""


@pytest.fixture(scope="module")
def refreshed(seeded_root, tmp_path_factory):
    """A copy of that workspace after ``refresh`` with the 2025 report (30家 → 35家)."""
    root = tmp_path_factory.mktemp("refreshed") / "ws"
    shutil.copytree(seeded_root, root)
    report = root / "2025年工作总结.txt"
    report.write_text(REPORT_2025, encoding="utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "refresh", str(report)])
    assert result.exit_code == 0 and "30家（2025） → 35家（2025）" in result.output, result.output
    return root


def _edited(src: Path, dst: Path, keep_date: str | None = None, swap: tuple[str, str] | None = None) -> Path:
    """``src`` as a clerk leaves it: every 【待更新：…】 flag deleted (or, ``keep_date``, a flag on
    when figures held replaced by that date as plain text, its highlight cleared); ``swap`` (old,
    new) retypes a figure."""
    document = docx.Document(str(src))
    for p in document.paragraphs:
        for run in p.runs:
            if not run.text.startswith(FLAG):
                if swap and swap[0] in run.text:  # retyped, and its highlight cleared as the clerk is asked to
                    run.text = run.text.replace(swap[0], swap[1])
                    run.font.highlight_color = None
                continue
            date = run.text[len(FLAG):-1]
            if keep_date and (date.startswith("截至") or date == "统计期"):
                run.text = keep_date
                run.font.highlight_color = None
            else:
                run._r.getparent().remove(run._r)
    document.save(str(dst))
    return dst


def _flagged_paragraphs(path: Path) -> dict[int, str]:
    return {p.number: p.text for p in read_paragraphs(path) if FLAG in p.text}


def _not_current(ws, path):
    return [f for f in check_draft(ws, path).findings if f.code == "number-not-current"]


def _named(finding) -> list[str]:
    return re.findall(r"“([^”]+)”", finding.message.split("为", 1)[0])


def test_the_unedited_draft_has_flags_and_no_such_finding(seeded_root, platforms_draft):
    root, path = seeded_root, platforms_draft
    flagged = _flagged_paragraphs(path)
    text = "\n".join(flagged.values())
    assert "【待更新：统计期】" in text and "【待更新：2025年全年数据】" in text
    assert "30家" in text and "8485.55万元" in text
    assert _not_current(load_workspace(root), path) == []


def test_a_deleted_flag_leaves_its_figures_reported(seeded_root, platforms_draft, tmp_path):
    root, path = seeded_root, platforms_draft
    ws = load_workspace(root)
    flagged = _flagged_paragraphs(path)
    edited = _edited(path, tmp_path / "edited.docx")
    assert not _flagged_paragraphs(edited)
    assert all(figure in p.text for p in read_paragraphs(edited) for figure in ("30家", "8485.55万元")
               if figure in flagged.get(p.number, ""))
    found = _not_current(ws, edited)
    by_figure = {name: f for f in found for name in _named(f)}
    as_of, older = by_figure["30家"], by_figure["8485.55万元"]
    assert "来源日期2025年5月" in as_of.message and "不是2025年全年或2026年的数值" in as_of.message
    assert "为2024年的数据" in older.message and "【待更新" in older.message
    assert as_of.paragraph in flagged and "30家" in flagged[as_of.paragraph]
    # only where drafting had put a flag, one line each, and never a second finding on a figure
    assert {f.paragraph for f in found} <= set(flagged)
    assert all("\n" not in f.message for f in found)
    others = [f for f in check_draft(ws, edited).findings if f.code != "number-not-current"]
    assert not [f for f in others if (f.paragraph == older.paragraph and "“8485.55万元”" in f.message)
                or (f.paragraph == as_of.paragraph and "“30家”" in f.message)]
    assert RULES["number-not-current"] and ADVICE["number-not-current"]

    result = CliRunner().invoke(cli, ["-w", str(root), "check", str(edited), "--json"])
    assert result.exit_code == 1
    listed = [f for f in json.loads(result.output)["findings"] if f["code"] == "number-not-current"]
    assert [f["message"] for f in listed] == [f.message for f in found]
    assert any("“30家”" in f["message"] for f in listed)


def test_an_as_of_date_kept_as_plain_text_is_still_reported(seeded_root, platforms_draft, tmp_path):
    root, path = seeded_root, platforms_draft
    edited = _edited(path, tmp_path / "prose.docx", keep_date="截至2025年5月")
    body = "\n".join(p.text for p in read_paragraphs(edited))
    assert "截至2025年5月，高能级创新平台累计达30家" in body and FLAG not in body
    found = _not_current(load_workspace(root), edited)
    assert any("30家" in _named(f) and "来源日期2025年5月" in f.message for f in found)


def test_check_cuts_sentences_as_drafting_does(seeded_root, platforms_draft, tmp_path):
    """A closing quote after 。 ends its sentence (as compose's split_sentences has it), so a figure
    the clerk put inside a quotation (“…累计达30家。”) is inside a name there, as drafting reads it:
    no figure to date; the next sentence's figures are still checked."""
    root, path = seeded_root, platforms_draft
    edited = _edited(path, tmp_path / "quoted.docx", keep_date="截至2025年5月")
    document = docx.Document(str(edited))
    runs = next(p.runs for p in document.paragraphs if "，高能级创新平台累计达30家。" in p.text)
    at = next(k for k, r in enumerate(runs) if r.text == "30家")  # the figure is a run of its own (highlighted)
    after = next(r for r in runs[at + 1:] if r.text)  # past its comment's (empty) reference run
    assert runs[at - 1].text.endswith("，高能级创新平台累计达") and after.text.startswith("。")
    runs[at - 1].text = runs[at - 1].text[:-len("，高能级创新平台累计达")] + "，规划所称“高能级创新平台累计达"
    after.text = "。”" + after.text[1:]
    document.save(str(edited))
    found = _not_current(load_workspace(root), edited)
    named = [name for f in found for name in _named(f)]
    assert "30家" not in named and "8485.55万元" in named


def test_a_full_year_figure_is_current_and_a_superseded_one_reported_once(platforms_draft, refreshed, tmp_path):
    """After the 2025 report (filed January 2026): the clerk who writes its 35家 for 30家 gets no
    finding on it; the one who keeps 30家 gets number-superseded (asking for 35家) only."""
    ws = load_workspace(refreshed)
    path = platforms_draft
    updated = _edited(path, tmp_path / "updated.docx", swap=("30家", "35家"))
    assert "35家" in "\n".join(p.text for p in read_paragraphs(updated))
    findings = check_draft(ws, updated).findings
    assert not [f for f in findings if "35家" in f.message]
    assert [f for f in findings if f.code == "number-not-current"]  # the other unflagged figures still are

    kept = _edited(path, tmp_path / "kept.docx")
    findings = check_draft(ws, kept).findings
    kept_30 = next(p.number for p in read_paragraphs(kept) if "累计达30家" in p.text)
    on_30 = [f for f in findings if "“30家”" in f.message and f.paragraph == kept_30]
    assert [f.code for f in on_30] == ["number-superseded"] and "35家" in on_30[0].message


def _cyan(path: Path) -> list[tuple[int, str, str]]:
    """(paragraph number, the sentence, the figure) for each cyan highlight of the draft."""
    from drafter.compose.sentences import sentence_spans
    from drafter.docx.read import read_draft

    out = []
    for number, p in enumerate((p for p in read_draft(path) if p.text.strip()), start=1):
        cursor = 0
        for h in p.highlights:
            at = p.text.find(h.text, cursor)
            cursor = at + len(h.text)
            if h.color == "cyan":
                out.append((number, next(m.group() for m in sentence_spans(p.text) if m.start() <= at < m.end()),
                            h.text.strip()))
    return out


def test_a_flagged_sentence_is_one_finding_naming_its_figures(loo, loo_draft, tmp_path):
    """A sentence still carrying its 【待更新：…】 flag is one finding, the flag's, naming the cyan
    figures of that sentence (and the date it states for them, cyan too); none of them is a finding of its own. Once the clerk deletes the
    flags, each such figure is reported exactly once (number-not-current where drafting's test says
    so, else its leftover highlight)."""
    root, path = loo, loo_draft
    ws = load_workspace(root)
    cyan = _cyan(path)
    in_flagged = [(n, s, fig) for n, s, fig in cyan if FLAG in s]
    sentences = {(n, s) for n, s, _ in in_flagged}
    assert len(in_flagged) > len(sentences) >= 2  # some sentence has several flagged figures
    findings = check_draft(ws, path).findings
    for n, s in sentences:
        flag = re.search(r"【待更新：[^】]*】", s).group()
        (finding,) = [f for f in findings if f.paragraph == n and f.message.startswith(f"占位符未补全：{flag}")]
        assert [fig for m, t, fig in in_flagged if (m, t) == (n, s)] == re.findall(r"“([^”]+)”", finding.message)
    assert not [f for f in findings if f.code == "highlight" and any(
        f.paragraph == n and f"“{fig}”" in f.message for n, _, fig in in_flagged)]
    # the date a sentence states for its figures is said apart from them (截至2025年5月 of a 目前, 2024年)
    said = [f.message for f in findings]
    assert any("句中高亮的日期“截至2025年5月”和数字“16名”待更新" in m for m in said), said
    assert any("句中高亮的日期“2024年”和数字“12项”“8项”“1600万元”待更新" in m for m in said), said

    edited = _edited(path, tmp_path / "unflagged.docx")
    findings = check_draft(ws, edited).findings
    for n, _, fig in in_flagged:
        on_it = [f.code for f in findings if f.paragraph == n and f"“{fig}”" in f.message]
        assert len(on_it) == 1, (fig, on_it)
    assert any(f.code == "number-not-current" for f in findings)


@pytest.mark.parametrize("signed", ["2026年1月5日", "二〇二六年一月五日"])
def test_a_draft_is_judged_as_of_its_own_date(platforms_draft, refreshed, tmp_path, signed):
    """qa18 F4: a reply signed 2025-05-20 was told to use the new values of a report published in
    January 2026. A value published after the draft's date (成文日期) is no newer value for it: the same
    kept 30家 dated 2026年1月5日, before the report of 2026-01-10, is no superseded figure. A clerk who
    writes the date in Chinese numerals, as many letters are dated, is read the same."""
    ws = load_workspace(refreshed)
    kept = _edited(platforms_draft, tmp_path / "kept.docx")
    document = docx.Document(str(kept))
    line = next(p for p in document.paragraphs if p.text.strip() == "2026年5月20日")
    line.runs[0].text = signed
    for run in line.runs[1:]:
        run.text = ""
    document.save(str(kept))
    assert signed in [p.text.strip() for p in read_paragraphs(kept)]
    findings = [f for f in check_draft(ws, kept).findings if "“30家”" in f.message]
    assert findings and not [f for f in findings if f.code == "number-superseded" or "35家" in f.message]


def test_a_figure_dated_by_the_clerk_is_current_when_a_fact_of_that_year_states_it(seeded_root, platforms_draft,
                                                                                   tmp_path):
    """qa18 F13: the clerk's 截至2024年底…16个区, also stated by a harvested 2024 fact, was told “16个”为2023年的数据
    from the older fact the paragraph cites. A fact of the year the sentence says, stating the figure, dates it:
    the 30家 dated 截至2025年底 by the clerk, in a base whose 2025 summary states 30家 for 2025, is current."""
    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root)
    edited = _edited(platforms_draft, tmp_path / "dated.docx", keep_date="截至2025年底")
    assert "截至2025年底，高能级创新平台累计达30家" in "\n".join(p.text for p in read_paragraphs(edited))
    assert [f for f in _not_current(load_workspace(root), edited) if "30家" in _named(f)]  # only the 2025-05 source's
    summary = root / "seeds" / "2026-01-10_泉州市科学技术局2025年工作总结.txt"
    summary.write_text(REPORT_2025.replace("截至2025年底，全市高能级创新平台累计达35家", "2025年，全市高能级创新平台累计达30家"),
                       encoding="utf-8")
    assert CliRunner().invoke(cli, ["-w", str(root), "distill", str(summary)]).exit_code == 0
    found = _not_current(load_workspace(root), edited)
    assert not [f for f in found if "30家" in _named(f)]
    assert [f for f in found if "8485.55万元" in _named(f)]  # a figure of no such fact is still reported
