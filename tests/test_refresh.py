"""refresh: the match rule on real-looking facts, then a whole refresh of seed 000's facts."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from helpers import REPO, disk_full_after_first_rename

from drafter import refresh as refresh_mod
from drafter.cli import cli
from drafter.errors import DrafterError
from drafter.model import DONE, PLAN, Fact, Figure, Period, SourceMeta
from drafter.facts.measure import (
    AMBIGUOUS, NEW, UNCHANGED, UNNAMED, UPDATED, base_value, match_figure, measure_fact, normalise_counts,
)
from drafter.workspace import load_workspace

SEED_000 = next((REPO / "seeds").glob("000_*.txt"))
TODAY = dt.date(2027, 1, 15)


# ---------------------------------------------------------------- the match rule


@pytest.fixture(scope="module")
def ws():
    return load_workspace(REPO)


def held(ws, counts, value, unit, *, scale=None, year=2025, date="2025-05-20", source="reply-1071",
         place="泉州市", kind=DONE, fid=None, raw=None, superseded_by=None):
    figure = Figure(value=value, unit=unit, raw=raw or f"{value:g}{scale or ''}{unit}", counts=counts, scale=scale)
    fact = Fact(
        id=fid or f"f-{source}-{counts}-{value:g}", text=f"{counts}{figure.raw}", kind=kind,
        period=Period(year, "text"), jurisdiction=place, source_id=source, figures=[figure],
        superseded_by=superseded_by,
    )
    meta = SourceMeta(id=source, path=f"seeds/{source}.txt", sha256="0" * 64, kind="reply", date=date)
    (measured,) = measure_fact(fact, meta, ws)
    return measured


def report_2026(ws, counts, value, unit, **kw):
    kw.setdefault("year", 2026)
    kw.setdefault("date", "2027-01-10")
    kw.setdefault("source", "report-2026")
    return held(ws, counts, value, unit, **kw)


def test_changed_figure_is_updated(ws):
    old = held(ws, "科技型中小企业", 1614, "家")
    m = match_figure(report_2026(ws, "全市培育科技型中小企业", 2088, "家"), [old])
    assert m.outcome == UPDATED and m.old is old and m.superseded == [old] and m.score == 1.0


def test_same_value_in_a_newer_period_supersedes_as_unchanged(ws):
    old = held(ws, "高能级创新平台", 30, "家")
    m = match_figure(report_2026(ws, "高能级创新平台累计达", 30, "家"), [old])
    assert m.outcome == UNCHANGED and m.superseded == [old]


def test_a_measure_not_in_the_base_is_new(ws):
    base = [held(ws, "科技型中小企业", 1614, "家"), held(ws, "高能级创新平台", 30, "家")]
    m = match_figure(report_2026(ws, "技术合同成交额", 25.3, "元", scale="亿"), base)
    assert m.outcome == NEW and not m.superseded


def test_fuzzy_match_catches_a_dropped_character(ws):
    # seed 000 writes 国家级高新技术企3122家 (a missing 业)
    old = held(ws, "国家级高新技术企", 3122, "家")
    m = match_figure(report_2026(ws, "国家级高新技术企业", 3500, "家"), [old])
    assert m.outcome == UPDATED and m.old is old and 0.75 <= m.score < 1.0


def test_two_equally_close_measures_are_ambiguous_and_untouched(ws):
    city = held(ws, "科技企业孵化器（市级）", 128, "家")
    province = held(ws, "科技企业孵化器（省级）", 40, "家")
    m = match_figure(report_2026(ws, "科技企业孵化器", 150, "家"), [city, province])
    assert m.outcome == AMBIGUOUS and not m.superseded
    assert {h.figure.value for h in m.candidates} == {128, 40}


def test_a_name_differing_in_its_leading_modifier_is_another_measure(ws):
    # 市级… counts one level only: the all-levels count is no new value of it
    city = held(ws, "市级科技企业孵化器", 128, "家")
    assert match_figure(report_2026(ws, "科技企业孵化器", 150, "家"), [city]).outcome == NEW


def test_two_facts_disagreeing_on_the_same_measure_are_ambiguous(ws):
    a = held(ws, "科技型中小企业", 1614, "家", source="reply-1071")
    b = held(ws, "科技型中小企业", 1650, "家", source="reply-1288")  # same year, same date
    m = match_figure(report_2026(ws, "科技型中小企业", 2088, "家"), [a, b])
    assert m.outcome == AMBIGUOUS and not m.superseded


def test_older_restatements_of_the_same_measure_are_superseded_too(ws):
    older = held(ws, "科技型中小企业", 1400, "家", year=2024, date="2024-05-10", source="reply-0901")
    newer = held(ws, "科技型中小企业", 1614, "家")
    m = match_figure(report_2026(ws, "科技型中小企业", 2088, "家"), [older, newer])
    assert m.outcome == UPDATED and m.old is newer and set(map(id, m.superseded)) == {id(older), id(newer)}


def test_another_citys_fact_is_never_matched(ws):
    xiamen = held(ws, "国家级高新技术企业", 4000, "家", place="厦门市", source="news-xm")
    m = match_figure(report_2026(ws, "国家级高新技术企业", 3500, "家"), [xiamen])
    assert m.outcome == NEW
    district = held(ws, "国家级高新技术企业", 300, "家", place="鲤城区", source="report-lc")
    assert match_figure(report_2026(ws, "国家级高新技术企业", 3500, "家"), [district]).outcome == NEW


def test_wan_yuan_and_yi_yuan_compare_in_yuan(ws):
    assert base_value(Figure(8485.55, "元", "8485.55万元", scale="万")) == pytest.approx((84855500.0, "元"))
    assert base_value(Figure(1.17, "亿元", "1.17亿元")) == pytest.approx((117000000.0, "元"))
    old = held(ws, "重点平台建设资金", 8485.55, "元", scale="万")
    same = match_figure(report_2026(ws, "重点平台建设资金", 0.848555, "元", scale="亿"), [old])
    assert same.outcome == UNCHANGED
    more = match_figure(report_2026(ws, "重点平台建设资金", 1.2, "元", scale="亿"), [old])
    assert more.outcome == UPDATED
    # a count of enterprises never matches a sum of money or a percentage
    assert match_figure(report_2026(ws, "重点平台建设资金", 12, "家"), [old]).outcome == NEW
    pct = held(ws, "研发投入强度", 2.1, "%")
    assert match_figure(report_2026(ws, "研发投入强度", 0.3, "个百分点"), [pct]).outcome == NEW


def test_only_older_unsuperseded_facts_of_the_same_nature_are_candidates(ws):
    newer = held(ws, "科技型中小企业", 2000, "家", year=2027, date="2027-06-01")
    assert match_figure(report_2026(ws, "科技型中小企业", 2088, "家"), [newer]).outcome == NEW
    gone = held(ws, "科技型中小企业", 1614, "家", superseded_by="f-other")
    assert match_figure(report_2026(ws, "科技型中小企业", 2088, "家"), [gone]).outcome == NEW
    target = held(ws, "技术合同成交额", 22, "元", scale="亿", kind=PLAN)
    assert match_figure(report_2026(ws, "技术合同成交额", 25, "元", scale="亿"), [target]).outcome == NEW
    same_year_older_source = held(ws, "科技型中小企业", 1500, "家", year=2026, date="2026-05-01")
    assert match_figure(report_2026(ws, "科技型中小企业", 2088, "家"), [same_year_older_source]).outcome == UPDATED


def test_a_figure_that_names_nothing_is_not_matched(ws):
    old = held(ws, "科技型中小企业", 1614, "家")
    assert match_figure(report_2026(ws, None, 1614, "家"), [old]).outcome == UNNAMED


def test_normalised_counts_fold_width_quotes_and_neutral_words():
    assert normalise_counts("全市“专精特新”企业") == normalise_counts("专精特新企业")
    assert normalise_counts("ＡＢ类人才") == "AB类人才"
    assert normalise_counts("泉州市科技型中小企业", ("泉州市",)) == "科技型中小企业"
    assert normalise_counts("高能级创新平台累计达") == "高能级创新平台"
    assert normalise_counts("新增异地研发孵化机构") != normalise_counts("异地研发孵化机构")


# ---------------------------------------------------------------- a whole refresh on seed 000

REPORT_2026 = """泉州市科学技术局2026年工作总结

2026年，我局坚持以科技创新引领产业创新，各项工作取得新成效。现将有关情况总结如下：
一、主要工作成效
（一）科技创新主体持续壮大。实施科技型中小企业培育行动，全市培育科技型中小企业2088家，国家级高新技术企业3500家。
（二）科创平台建设提质增效。持续引建高能级平台，高能级创新平台累计达30家。
（三）知识产权创造量质齐升。全年全市专利授权量2.1万件。
二、2027年工作计划
一是持续壮大创新主体。二是加快引建高能级创新平台。

泉州市科学技术局
2027年1月10日
"""
COMMENT = "# 复核人：陈坚议 2026-12-01，数字已与统计局核对"


def _facts_hash(ws_root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted((ws_root / "facts").rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(ws_root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A workspace holding seed 000's facts, with a comment line a person added by hand."""
    from drafter.distill import distill_paths

    root = tmp_path_factory.mktemp("seeded")
    shutil.copy(REPO / "drafter.yaml", root)
    shutil.copytree(REPO / "templates", root / "templates")
    (root / "seeds").mkdir()
    shutil.copy(SEED_000, root / "seeds")
    ws = load_workspace(root)
    distill_paths(ws, [root / "seeds"])
    (fact_file,) = (root / "facts").glob("*.yaml")
    lines = fact_file.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "1614" in line)
    while not lines[at].lstrip().startswith("- id:"):
        at -= 1
    indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
    lines.insert(at, f"{indent}{COMMENT}\n")
    fact_file.write_text("".join(lines), encoding="utf-8")
    return root


@pytest.fixture
def workspace(seeded, tmp_path):
    root = tmp_path / "ws"
    shutil.copytree(seeded, root)
    (root / "2026年工作总结.txt").write_text(REPORT_2026, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def refreshed_once(seeded, tmp_path_factory):
    """``seeded`` after the 2026 report's refresh, done once for the tests that only start from
    there (read-only: take ``refreshed``), with the refresh's report."""
    root = tmp_path_factory.mktemp("refreshed") / "ws"
    shutil.copytree(seeded, root)
    (root / "2026年工作总结.txt").write_text(REPORT_2026, encoding="utf-8")
    report = refresh_mod.refresh(load_workspace(root), [root / "2026年工作总结.txt"], today=TODAY)
    return root, report


@pytest.fixture
def refreshed(refreshed_once, tmp_path):
    """A copy of ``refreshed_once``'s workspace of this test's own."""
    root = tmp_path / "ws"
    shutil.copytree(refreshed_once[0], root)
    return root


def _old_fact(root: Path, raw: str):
    from drafter.facts.store import load_fact_files

    ws = load_workspace(root)
    hits = [f for ff in load_fact_files(ws) for f in ff.facts if any(g.raw.replace(" ", "") == raw for g in f.figures)]
    assert hits, raw
    return hits[0], {f.id: f for ff in load_fact_files(ws) for f in ff.facts}


def _figure(fact, raw: str):
    return next(g for g in fact.figures if g.raw.replace(" ", "") == raw)


def test_refresh_supersedes_per_figure_keeps_comments_and_shows_the_diff(workspace):
    runner = CliRunner()
    result = runner.invoke(cli, ["-w", str(workspace), "refresh", str(workspace / "2026年工作总结.txt"),
                                 "--today", "2027-01-15"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "1614家（2025）" in out and "2088家（2026）" in out
    assert "3122家" in out and "3500家" in out
    assert "专利授权量" in out  # listed as a new measure
    # seed 000's paragraph 1614家 / 781家 / 49家 / 3122家: the report changes two of its figures
    old, by_id = _old_fact(workspace, "1614家")
    assert _figure(old, "3122家") and _figure(old, "781家")
    new_1614 = by_id[_figure(old, "1614家").superseded_by]
    new_3122 = by_id[_figure(old, "3122家").superseded_by]
    assert [g.value for g in new_1614.figures if "科技型中小企业" in (g.counts or "")] == [2088]
    assert 3500 in [g.value for g in new_3122.figures]
    # the figures the report does not restate stay current, and so does the fact
    assert _figure(old, "781家").superseded_by is None and _figure(old, "49家").superseded_by is None
    assert old.superseded_by is None
    # an unchanged value in a newer period supersedes that figure only, not its fact's 8485.55万元
    old_30, _ = _old_fact(workspace, "30家")
    assert by_id[_figure(old_30, "30家").superseded_by].period.year == 2026
    assert _figure(old_30, "8485.55万元").superseded_by is None and old_30.superseded_by is None
    # the mark stands on the figure's own line of the fact file
    text = "".join(p.read_text(encoding="utf-8") for p in (workspace / "facts").glob("*.yaml"))
    (line,) = [line for line in text.splitlines() if "raw: 1614家" in line]
    assert f"superseded_by: {new_1614.id}" in line
    # the person's comment line survived the rewrite
    assert text.count(COMMENT) == 1
    # and `drafter facts --json` shows the figure's mark, the fact itself current
    listed = runner.invoke(cli, ["-w", str(workspace), "facts", "--json"])
    assert listed.exit_code == 0, listed.output
    record = next(f for f in json.loads(listed.output) if f["id"] == old.id)
    assert record["superseded_by"] is None
    marks = {g["raw"].replace(" ", ""): g["superseded_by"] for g in record["figures"]}
    assert marks["1614家"] == new_1614.id and marks["781家"] is None


def test_a_fact_is_superseded_whole_only_when_all_its_figures_are(refreshed_once):
    workspace, report = refreshed_once
    _, by_id = _old_fact(workspace, "1614家")
    marked = {fid for fid, fact in by_id.items() if any(g.superseded_by for g in fact.figures)}
    assert marked and set(report.superseded) <= marked
    for fid in marked:
        fact = by_id[fid]
        assert bool(fact.superseded_by) == all(g.superseded_by for g in fact.figures), fid
    shown = {(h.fact.id, h.figure.raw) for h, _ in report.superseded_figures}
    assert shown == {(f, g.raw) for f in marked for g in by_id[f].figures if g.superseded_by}


def test_after_a_refresh_a_measures_newest_value_is_its_only_current_one(workspace):
    import drafter
    from drafter.facts.history import figure_superseded_by

    api = drafter.open_workspace(workspace)

    def current(query: str, raw: str) -> list:
        """The (fact, year) of each figure written ``raw`` that is not superseded, among the facts
        found for ``query`` (superseded ones too)."""
        return [(fact, figure.year or fact.period.year) for fact in api.facts(query).facts
                for figure in fact.figures if figure.raw == raw and not figure_superseded_by(fact, figure)]

    assert [year for _, year in current("科技型中小企业", "1614家")] == [2025]
    refresh_mod.refresh(load_workspace(workspace), [workspace / "2026年工作总结.txt"], today=TODAY)
    assert current("科技型中小企业", "1614家") == []  # superseded, figure by figure
    ((new, year),) = current("科技型中小企业", "2088家")
    assert year == 2026 and "2088家" in new.text
    assert [year for _, year in current("国家级高新技术企业", "3500家")] == [2026]
    assert [year for _, year in current("专精特新小巨人企业", "49家")] == [2025]  # not restated: still current


def test_refresh_files_the_report_under_seeds_once(workspace):
    from drafter.facts.store import load_fact_files

    ws = load_workspace(workspace)
    report_path = workspace / "2026年工作总结.txt"
    first = refresh_mod.refresh(ws, [report_path], today=TODAY)
    (stored,) = first.copied
    assert stored.parent == workspace / "seeds" / "harvested" and stored.name.startswith("2027-work_report-")
    assert stored.read_bytes() == report_path.read_bytes()
    (ff,) = [ff for ff in load_fact_files(ws) if ff.source.id == first.sources[0].id]
    assert ff.source.path == "seeds/harvested/" + stored.name
    # the same content again, under another name: filed already, nothing copied
    again = workspace / "总结副本.txt"
    shutil.copy(report_path, again)
    second = refresh_mod.refresh(ws, [again], today=TODAY)
    assert second.filed == [stored] and not second.copied and not second.written
    assert sorted(p.name for p in (workspace / "seeds").rglob("*") if p.is_file()) == sorted(
        [SEED_000.name, stored.name])


def test_refreshing_again_says_so_first_and_changes_nothing(workspace):
    args = ["-w", str(workspace), "refresh", str(workspace / "2026年工作总结.txt"), "--today", "2027-01-15"]
    dry_run = args + ["--dry-run", "--json"]  # says as the real run would whether anything changes
    assert json.loads(CliRunner().invoke(cli, dry_run).output)["already_applied"] is False
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "此前已" not in first.output
    before = _facts_hash(workspace)
    seeds = sorted((workspace / "seeds").rglob("*"))
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0, second.output
    head = second.output.strip().splitlines()[0]
    assert "此前已" in head and "不再改动" in head
    assert _facts_hash(workspace) == before and sorted((workspace / "seeds").rglob("*")) == seeds
    as_json = json.loads(CliRunner().invoke(cli, args + ["--json"]).output)
    assert as_json["already_applied"] and not as_json["written"]
    assert json.loads(CliRunner().invoke(cli, dry_run).output)["already_applied"] is True
    # a mark cleared by hand is one to set again: not applied any more, for the dry run too
    marked = next(p for p in sorted((workspace / "facts").glob("*.yaml")) if "superseded_by: " in p.read_text("utf-8"))
    marked.write_text(re.sub(r",? superseded_by: [^,}\n]+", "", marked.read_text("utf-8"), count=1), "utf-8")
    assert json.loads(CliRunner().invoke(cli, dry_run).output)["already_applied"] is False
    assert json.loads(CliRunner().invoke(cli, args + ["--json"]).output)["already_applied"] is False
    assert _facts_hash(workspace) == before  # the mark is back


def test_check_asks_for_a_new_value_only_where_one_exists(workspace):
    """A draft dated after the report (2027-05-20) but made before the refresh quotes seed 000's
    paragraph; after it, check asks for new values of the two changed measures only. The draft is
    judged as of its date: dated before the report (2026-05-20, qa18 F4), it is asked for none."""
    from drafter.check import check_draft
    from drafter.compose.suggestion import Suggestion
    from drafter.draft import make_draft

    ws = load_workspace(workspace)
    suggestion = Suggestion(number="2001", title="关于壮大科技型中小企业和高新技术企业群体的建议",
                            deputy="王某某", date=dt.date(2027, 5, 20))
    path = make_draft(ws, suggestion, out=workspace / "drafts" / "2001.docx").path
    suggestion.date = dt.date(2026, 5, 20)
    earlier = make_draft(ws, suggestion, out=workspace / "drafts" / "2001-2026.docx").path
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert all(raw in body for raw in ("1614家", "781家", "3122家"))
    assert not [f for f in check_draft(ws, path).findings if f.code == "number-superseded"]
    refresh_mod.refresh(ws, [workspace / "2026年工作总结.txt"], today=TODAY)
    findings = [f for f in check_draft(ws, path).findings if f.code == "number-superseded"]
    asked = sorted(re.search(r"数字“([^”]+)”", f.message).group(1) for f in findings)
    assert asked == ["1614家", "3122家"]
    by_raw = {re.search(r"数字“([^”]+)”", f.message).group(1): f.message for f in findings}
    assert "2088家" in by_raw["1614家"] and "3500家" in by_raw["3122家"]
    assert "1614家" in "\n".join(p.text for p in docx.Document(str(earlier)).paragraphs)
    assert not [f for f in check_draft(ws, earlier).findings if f.code == "number-superseded"]


def test_refresh_json_lists_outcomes_and_is_idempotent(workspace):
    runner = CliRunner()
    args = ["-w", str(workspace), "refresh", str(workspace / "2026年工作总结.txt"), "--today", "2027-01-15", "--json"]
    first = json.loads(runner.invoke(cli, args).output)
    changes = {c["new"]["raw"]: (c["outcome"], c["old"]["raw"]) for c in first["changes"]}
    assert changes["2088家"] == (UPDATED, "1614家")
    assert changes["3500家"] == (UPDATED, "3122家")
    assert changes["30家"] == (UNCHANGED, "30家")
    assert "2.1万件" in {n["new"]["raw"] for n in first["new"]}
    assert first["written"]
    before = _facts_hash(workspace)
    second = json.loads(runner.invoke(cli, args).output)
    # applied before: said so, and nothing promised or done
    assert second["already_applied"] and not second["written"]
    assert not (second["superseded"] or second["superseded_figures"] or second["added"] or second["changes"]
                or second["new"])
    assert _facts_hash(workspace) == before


def test_stale_list_names_unupdated_facts_past_the_window(workspace):
    ws = load_workspace(workspace)
    report = refresh_mod.refresh(ws, [workspace / "2026年工作总结.txt"], dry_run=True, today=TODAY)
    stale_ids = {f.id for f, _ in report.stale}
    assert stale_ids and all(f.period.year < TODAY.year - ws.freshness_years for f, _ in report.stale)
    assert not stale_ids & set(report.superseded)  # what got an update is not listed as stale
    earlier = refresh_mod.refresh(ws, [workspace / "2026年工作总结.txt"], dry_run=True, today=dt.date(2026, 6, 1))
    assert {f.id for f, _ in earlier.stale} < stale_ids


def test_dry_run_writes_nothing(workspace):
    before = _facts_hash(workspace)
    result = CliRunner().invoke(cli, ["-w", str(workspace), "refresh", "--dry-run", "--json",
                                      str(workspace / "2026年工作总结.txt")])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["dry_run"] and report["superseded_figures"] and not report["written"]
    assert _facts_hash(workspace) == before


def test_a_folder_with_an_unknown_file_type_says_it_skipped_it(workspace):
    inbox = workspace / "新报告"
    inbox.mkdir()
    (inbox / "2026年工作总结.txt").write_text(REPORT_2026, encoding="utf-8")
    (inbox / "附表.xyz").write_bytes(b"\x00\x01")
    result = CliRunner().invoke(cli, ["-w", str(workspace), "refresh", "--dry-run", "--json", str(inbox)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["superseded_figures"] and [s for s in report["skipped"] if "附表.xyz" in s]
    shown = CliRunner().invoke(cli, ["-w", str(workspace), "refresh", "--dry-run", str(inbox)])
    assert any(line.startswith("跳过：") and "附表.xyz" in line for line in shown.output.splitlines())


def test_failure_between_writes_leaves_the_base_byte_identical(workspace, monkeypatch):
    before = _facts_hash(workspace)
    calls = disk_full_after_first_rename(monkeypatch)
    ws = load_workspace(workspace)
    with pytest.raises(DrafterError, match="已还原"):
        refresh_mod.refresh(ws, [workspace / "2026年工作总结.txt"], today=TODAY)
    assert calls  # the first file had been renamed into place before the failure
    assert _facts_hash(workspace) == before


def _facts_listed(workspace: Path) -> dict[str, str | None]:
    result = CliRunner().invoke(cli, ["-w", str(workspace), "facts", "--json"])
    assert result.exit_code == 0, result.output
    return {f["id"]: f["superseded_by"] for f in json.loads(result.output)}


def test_a_refresh_killed_mid_way_is_undone_by_the_next_reader(workspace):
    listed = _facts_listed(workspace)  # also leaves the index cache of the old base
    before = _facts_hash(workspace)
    script = f"""
import os
from drafter.facts import journal
real = journal._replace
def dying(tmp, target):
    real(tmp, target)
    os._exit(9)  # killed right after the first rename
journal._replace = dying
from drafter import refresh as r
from drafter.workspace import load_workspace
r.refresh(load_workspace({str(workspace)!r}), [{str(workspace / "2026年工作总结.txt")!r}])
"""
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    assert _facts_hash(workspace) != before  # half done: the journal is there
    assert _facts_listed(workspace) == listed  # a plain `drafter facts` sees the old base
    assert _facts_hash(workspace) == before  # byte-identical again
    report = refresh_mod.refresh(load_workspace(workspace), [workspace / "2026年工作总结.txt"], today=TODAY)
    assert report.written and not report.recovered
    after = _facts_listed(workspace)
    assert set(listed) < set(after)  # a refresh never deletes a fact: the old ones are all still there
    assert {i for i, by in after.items() if by} == set(report.superseded) and set(report.superseded) <= set(listed)


def test_a_refresh_that_would_drop_a_fact_writes_nothing(refreshed, monkeypatch):
    import drafter.distill

    workspace = refreshed
    ws = load_workspace(workspace)
    report_path = workspace / "2026年工作总结.txt"
    before = _facts_hash(workspace)
    real = drafter.distill.distill_document

    def forgetful(doc, ws, **options):  # a distiller that no longer produces the report's last fact
        ff = real(doc, ws, **options)
        ff.facts.pop()
        return ff

    monkeypatch.setattr(drafter.distill, "distill_document", forgetful)
    with pytest.raises(DrafterError, match="删去") as err:
        refresh_mod.refresh(ws, [report_path], today=TODAY)
    assert err.value.path and Path(err.value.path).suffix == ".yaml"
    assert _facts_hash(workspace) == before


def test_a_refresh_runs_with_the_cycle_collector_paused(workspace, monkeypatch):
    """Like distill (test_distill), a refresh distills and matches with the collector paused, and
    leaves it on afterwards."""
    import gc

    import drafter.distill

    real, seen = drafter.distill.distill_document, []

    def spy(doc, ws, **options):
        seen.append(gc.isenabled())
        return real(doc, ws, **options)

    monkeypatch.setattr(drafter.distill, "distill_document", spy)
    refresh_mod.refresh(load_workspace(workspace), [workspace / "2026年工作总结.txt"], dry_run=True, today=TODAY)
    assert seen == [False] and gc.isenabled()


def test_unreadable_input_is_a_one_line_error_and_writes_nothing(workspace):
    bad = workspace / "坏文件.docx"
    bad.write_bytes(b"this is not a zip archive")
    before = _facts_hash(workspace)
    result = CliRunner().invoke(
        cli, ["-w", str(workspace), "refresh", str(workspace / "2026年工作总结.txt"), str(bad)])
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "坏文件.docx" in lines[0] and "Traceback" not in result.stderr
    assert _facts_hash(workspace) == before


def test_a_new_draft_uses_the_new_values(refreshed):
    from drafter.compose.suggestion import Suggestion
    from drafter.draft import make_draft

    workspace = refreshed
    ws = load_workspace(workspace)
    suggestion = Suggestion(number="2001", title="关于壮大科技型中小企业和高新技术企业群体的建议",
                            deputy="王某某", date=dt.date(2027, 5, 20))
    result = make_draft(ws, suggestion, out=workspace / "drafts" / "2001.docx")
    text = "\n".join(p.text for p in docx.Document(str(result.path)).paragraphs)
    # a draft states each measure's newest value, never the older one beside it
    assert "2088" in text and "1614" not in text
    assert "3500" in text and "3122" not in text


def test_a_malformed_figure_mark_is_a_one_line_error_naming_file_and_line(refreshed):
    workspace = refreshed
    path = next(p for p in (workspace / "facts").glob("*.yaml") if "superseded_by: f-" in p.read_text("utf-8"))
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if "raw: 1614家" in line and "superseded_by" in line)
    lines[at] = lines[at].replace("superseded_by: f-", "superseded_by: [f-").replace("}\n", "]}\n")
    path.write_text("".join(lines), "utf-8")
    shutil.rmtree(workspace / ".drafter", ignore_errors=True)  # read the edited file again
    result = CliRunner().invoke(cli, ["-w", str(workspace), "facts", "科技型中小企业"])
    assert result.exit_code != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert f"{path.name}:{at + 1}" in line and "superseded_by" in line
