"""harvest: a signed reply is filed under a stable name among the sources and distilled."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import REPO, new_workspace

from drafter.cli import cli
from drafter.harvest import harvest, harvest_dir, stable_name
from drafter.model import SourceMeta
from drafter.workspace import load_workspace

SEED_003 = next((REPO / "seeds").glob("003_*.txt"))


@pytest.fixture
def workspace(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copy(REPO / "drafter.yaml", root)
    (root / "seeds").mkdir()
    (tmp_path / "签发稿").mkdir()
    signed = tmp_path / "签发稿" / "final.txt"
    shutil.copy(SEED_003, signed)
    return root, signed


def _all_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_harvest_files_a_reply_under_a_stable_name_and_distills_it(workspace):
    root, signed = workspace
    result = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(signed), "--json"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)["items"]
    stored = Path(item["stored"])
    assert stored.parent == root / "seeds" / "harvested"
    # seed 003 carries no date: the year comes from its number 泉科函〔2026〕102号
    assert stored.name == "2026-reply-1288.txt"
    assert stored.read_bytes() == SEED_003.read_bytes() and item["copied"]
    # its facts are in the base, with the reply's metadata and the figures of seed 003
    from drafter.facts.store import load_fact_files

    (ff,) = load_fact_files(load_workspace(root))
    assert ff.source.suggestion_number == "1288" and ff.source.path.endswith("2026-reply-1288.txt")
    raws = {g.raw.replace(" ", "") for f in ff.facts for g in f.figures}
    assert {"227家", "11217件"} <= raws
    assert item["facts"] == len(ff.facts) > 0


def test_harvesting_twice_changes_nothing(workspace):
    root, signed = workspace
    ws = load_workspace(root)
    first = harvest(ws, [signed])
    snapshot = _all_files(root)
    second = harvest(ws, [signed])
    assert not second.errors and not second.items[0].copied
    assert second.items[0].stored == first.items[0].stored
    assert _all_files(root) == snapshot
    assert len(list(harvest_dir(ws).iterdir())) == 1


def test_a_different_file_with_the_same_name_is_never_overwritten(workspace):
    root, signed = workspace
    ws = load_workspace(root)
    first = harvest(ws, [signed]).items[0]
    edited = signed.with_name("final-corrected.txt")
    edited.write_text(signed.read_text(encoding="utf-8") + "\n（此件主动公开）\n", encoding="utf-8")
    second = harvest(ws, [edited]).items[0]
    assert second.copied and second.stored != first.stored
    assert second.stored.name.startswith("2026-reply-1288-") and second.stored.suffix == ".txt"
    # the same reply filed again replaces the earlier filing, and says so: the earlier file is
    # kept, byte for byte, where no distill of seeds/ reads it again
    aside = root / "seeds" / "harvested" / ".replaced" / "2026-reply-1288.txt"
    assert aside.read_bytes() == SEED_003.read_bytes() and not first.stored.exists()
    assert second.replacement == ("替换了此前归档的同一答复 seeds/harvested/2026-reply-1288.txt，"
                                  "原文件已移至 seeds/harvested/.replaced/2026-reply-1288.txt")
    from drafter.distill import distill_paths

    again = distill_paths(ws, [root / "seeds"])
    assert [s.path for s in again.sources] == [ws.relpath(second.stored)]
    # (qa18: the first version filed again was "已在资料库中" as its replaced copy under .replaced/, the source's
    # path there, and the filing it replaced moved aside too: no copy under seeds/ that distill reads)
    third = harvest(ws, [signed]).items[0]
    assert third.copied and third.stored.parent == root / "seeds" / "harvested", third.stored
    assert third.stored.read_bytes() == SEED_003.read_bytes()
    assert [s.path for s in distill_paths(ws, [root / "seeds"]).sources] == [ws.relpath(third.stored)]


def test_stable_name_falls_back_to_the_document_number_then_the_hash():
    meta = SourceMeta(id="x", path="x", sha256="ab12cd34" + "0" * 56, kind="work_report", date="2027-01-10",
                      number="泉科〔2027〕3号")
    assert stable_name(meta, ".DOCX") == "2027-work_report-泉科-2027-3号.docx"
    meta.number = None
    assert stable_name(meta, ".pdf") == "2027-work_report-ab12cd34.pdf"
    meta.kind, meta.proposal, meta.suggestion_number = "reply", True, "0301"
    assert stable_name(meta, ".txt") == "2027-proposal-0301.txt"


def test_a_bad_file_is_a_one_line_error_and_the_others_are_harvested(workspace):
    root, signed = workspace
    bad = signed.with_name("坏文件.pdf")
    bad.write_bytes(b"%PDF-1.4 broken")
    result = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(bad), str(signed)])
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 1 and "坏文件.pdf" in errors[0] and "Traceback" not in result.stderr
    assert not any(p.name.endswith(".pdf") for p in (root / "seeds").rglob("*"))
    assert (root / "seeds" / "harvested" / "2026-reply-1288.txt").exists()


def test_a_reply_already_among_the_seeds_is_not_copied_again(workspace):
    root, signed = workspace
    shutil.copy(SEED_003, root / "seeds" / "1288答复.txt")
    item = harvest(load_workspace(root), [signed]).items[0]
    assert not item.copied and item.stored == root / "seeds" / "1288答复.txt"
    assert not harvest_dir(load_workspace(root)).exists()
    assert item.facts > 0 and list((root / "facts").glob("*.yaml"))


def test_a_folder_with_an_unknown_file_type_says_it_skipped_it(workspace):
    root, signed = workspace
    (signed.parent / "说明.xyz").write_text("不是答复", encoding="utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(signed.parent)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("跳过：") and "说明.xyz" in line for line in result.stdout.splitlines())
    data = json.loads(CliRunner().invoke(cli, ["-w", str(root), "harvest", str(signed.parent), "--json"]).stdout)
    assert [s for s in data["skipped"] if "说明.xyz" in s] and data["errors"] == []


# ---------------------------------------------------------------- history: a copy keeps its period

SEED_000 = next((REPO / "seeds").glob("000_*.txt"))
# A 2026 reply that pastes seed 000's 2025 figures: one sentence word for word, one figure into a
# sentence of its own beside a new 2026 count.
REPLY_2026 = """泉州市科学技术局

泉科函〔2026〕130号

答复类型：A类

关于市十七届人大五次会议第1320号建议的答复

王某某代表：

您提出的《关于壮大科技型中小企业群体的建议》收悉。现将有关情况答复如下：

一、基本情况

（一）壮大科技企业群体。{copied}
（二）完善培育体系。截至目前，全市培育科技型中小企业1614家，新增省级新型研发机构6家。

再次感谢您对我市科技创新工作的支持。

领导署名：史思泉

联系人：谢惠阳

联系电话：0595-22579329

（此件主动公开）

抄送：市人大常委会代表工委；市政府督查室。
"""


@pytest.fixture
def based(tmp_path):
    """A workspace whose base holds seed 000 (the 2025 reply to 1071), and a 2026 reply."""
    from drafter.facts.store import load_fact_files
    from drafter.distill import distill_paths

    root = tmp_path / "ws"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(REPO / "drafter.yaml", root)
    shutil.copy(SEED_000, root / "seeds")
    ws = load_workspace(root)
    distill_paths(ws, [root / "seeds"])
    (old,) = load_fact_files(ws)
    sentence = next(f for f in old.facts if "1614家" in f.text and "3122家" in f.text)
    reply = tmp_path / "1320答复.txt"
    reply.write_text(REPLY_2026.format(copied=sentence.text), encoding="utf-8")
    return root, reply, old, sentence


def test_a_harvested_copy_of_an_older_figure_keeps_its_period(based):
    from drafter.facts.store import load_fact_files

    root, reply, old, sentence = based
    result = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(reply), "--json"])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.output)["items"]
    assert item["repeats"] == 2  # the pasted sentence and the pasted figure
    (new,) = [ff for ff in load_fact_files(load_workspace(root)) if ff.source.id != old.source.id]
    assert new.source.document_year() == 2026
    # the pasted sentence: the 2025 fact's period, linked to it
    (copy,) = [f for f in new.facts if f.text == sentence.text]
    assert copy.period.year == 2025 and copy.repeats == sentence.id
    # the figure pasted into a new sentence: its own year 2025, linked; the new count stays 2026
    (mixed,) = [f for f in new.facts if "新增省级新型研发机构" in f.text]
    figs = {g.raw.replace(" ", ""): g for g in mixed.figures}
    assert (figs["1614家"].year or mixed.period.year) == 2025 and figs["1614家"].same_as == sentence.id
    assert (figs["6家"].year or mixed.period.year) == 2026 and figs["6家"].same_as is None
    assert mixed.period.year == 2026
    # written where a person reads it
    text = next((root / "facts").glob(f"{new.source.id}.yaml")).read_text(encoding="utf-8")
    assert f"repeats: {sentence.id}" in text and f"same_as: {sentence.id}" in text


def test_harvest_says_how_many_copies_keep_their_period(based):
    root, reply, _, _ = based
    result = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(reply)])
    assert result.exit_code == 0, result.output
    assert "2 处照抄往年事实，沿用原年份" in result.output


def test_a_redistill_keeps_the_period_of_a_copy(based):
    from drafter.facts.store import load_fact_files
    from drafter.distill import distill_paths

    root, reply, old, sentence = based
    ws = load_workspace(root)
    harvest(ws, [reply])
    before = {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")}
    distill_paths(ws, [root / "seeds"])  # `drafter distill seeds/`: the harvested copy included
    assert {p.name: p.read_bytes() for p in (root / "facts").glob("*.yaml")} == before
    (new,) = [ff for ff in load_fact_files(ws) if ff.source.id != old.source.id]
    assert {f.period.year for f in new.facts if f.text == sentence.text} == {2025}


def test_harvest_reads_and_distills_each_file_once(workspace, monkeypatch):
    """One pass: the signed reply is read and distilled once, and its facts name the filed
    copy (seeds/harvested/…), not the folder it came from."""
    import drafter.distill
    import drafter.read

    root, signed = workspace
    second = signed.parent / "other.txt"
    shutil.copy(next((REPO / "seeds").glob("000_*.txt")), second)
    calls = {"read": [], "distill": [], "collecting": []}
    read, distill = drafter.read.read_document, drafter.distill.distill_document

    def spy_read(path, *args, **kwargs):
        calls["read"].append(Path(path).name)
        return read(path, *args, **kwargs)

    def spy_distill(doc, ws, **options):
        calls["distill"].append(doc.path.name)
        calls["collecting"].append(gc.isenabled())  # the cycle collector is paused, as in distill
        return distill(doc, ws, **options)

    monkeypatch.setattr(drafter.read, "read_document", spy_read)
    monkeypatch.setattr(drafter.distill, "distill_document", spy_distill)
    report = harvest(load_workspace(root), [signed.parent])
    assert not report.errors and len(report.items) == 2
    assert sorted(calls["read"]) == sorted(calls["distill"]) == ["final.txt", "other.txt"]
    assert calls["collecting"] == [False, False] and gc.isenabled()
    from drafter.facts.store import load_fact_files

    paths = sorted(ff.source.path for ff in load_fact_files(load_workspace(root)))
    assert paths == sorted(f"seeds/harvested/{item.stored.name}" for item in report.items)


SEED_000 = next((REPO / "seeds").glob("000_*.txt"))


def test_a_clerks_closing_formula_and_a_repeated_sentence_are_no_new_facts(workspace):
    """qa18 #5: the signed 0023 closed on 您提出的建议已采纳，我们将按上述举措抓好落实。 (closing.j2's sentence
    less 会同有关部门), filed as a 计划 fact; its one part-two sentence, said under each of four
    headings, was stored four times (ids …, -2, -3, -4)."""
    root, signed = workspace
    text = SEED_000.read_text(encoding="utf-8")
    closing = next(line for line in text.splitlines() if line.startswith("衷心感谢您"))
    again = "2025年，继续优化科技创新服务体系，完善市县联动机制。"
    items = [line for line in text.splitlines() if line.startswith(("一是在", "二是在", "三是在", "四是提升"))]
    assert len(items) == 4
    for item in items:
        text = text.replace(item, f"{item}\n{again}")
    text = text.replace(closing, "您提出的建议已采纳，我们将按上述举措抓好落实。再次感谢您对我市科技工作的理解和支持。")
    signed.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(signed)])
    assert result.exit_code == 0, result.output
    facts = json.loads(CliRunner().invoke(cli, ["-w", str(root), "facts", "--json", "--all"]).output)
    texts = [f["text"] for f in facts]
    assert not [t for t in texts if "已采纳" in t or "抓好落实" in t], texts
    assert [t for t in texts if again in t] == [again], texts
    assert any("1600万元" in t for t in texts)  # the reply's own work is filed


def test_a_corrected_reply_filed_again_keeps_what_a_newer_report_superseded(tmp_path):
    """qa18 #6: the signed 0023 filed again corrected (800→850人次) lost the marks the 2025 report's
    refresh had set on its earlier filing: 3.2万人 (2024) was current again beside 3.6万人 (2025),
    unsaid, until refresh was run again."""
    from web_helpers import REPORT_2026

    root = new_workspace(tmp_path / "ws")
    shutil.rmtree(root / "facts")
    shutil.copytree(REPO / "facts", root / "facts")
    (tmp_path / "2026年工作总结.txt").write_text(REPORT_2026, "utf-8")

    def run(*args):
        result = CliRunner().invoke(cli, ["-w", str(root), *map(str, args)])
        assert result.exit_code == 0, result.output
        return result.output

    applied = json.loads(run("refresh", tmp_path / "2026年工作总结.txt", "--json"))
    marked = {h["raw"]: h["superseded_by"] for h in applied["superseded_figures"] if "781家" in h["text"]}
    assert set(marked) == {"1614家", "3122家"}, applied["superseded_figures"]
    corrected = tmp_path / "1071-更正.txt"  # the same reply, one figure of that sentence corrected
    corrected.write_text(SEED_000.read_text("utf-8").replace("781家", "782家"), "utf-8")
    said = run("harvest", corrected)
    assert "替换了此前归档的同一答复" in said and "仍标为已被较新来源取代" in said, said
    (fact,) = [f for f in json.loads(run("facts", "1614", "--json", "--all")) if "782家" in f["text"]]
    assert {g["raw"]: g["superseded_by"] for g in fact["figures"] if g["superseded_by"]} == marked
    again = json.loads(run("refresh", tmp_path / "2026年工作总结.txt", "--dry-run", "--json"))
    assert again["already_applied"] and not again["superseded_figures"], again


def test_a_report_harvested_for_replies_only_is_refused_after_one_read(workspace, monkeypatch, tmp_path):
    """The web page's 归档 asks about a document that is no reply (作为来源文件提炼 / 仍然归档) from harvest's own
    refusal: the upload is read and distilled once, nothing filed; the command line (no ``replies_only``) files it."""
    import warnings

    import drafter.read
    from drafter.web.app import create_app

    warnings.filterwarnings("ignore", message=".*httpx.*")
    from starlette.testclient import TestClient

    root, _ = workspace
    report = next((REPO / "seeds").glob("001_*.txt"))  # 泉州市科技局2016年科技创新工作总结及2017年工作安排
    (refused,) = harvest(load_workspace(root), [report], replies_only=True).unfinished
    assert refused.kind == "work_report" and refused.message == (
        f"{report}: 这份文件是“总结/计划”（泉科〔2017〕28号），不是答复，未归档")
    assert not harvest_dir(load_workspace(root)).exists()
    reads = []
    read = drafter.read.read_document
    monkeypatch.setattr(drafter.read, "read_document", lambda path, *a, **k: reads.append(path) or read(path, *a, **k))
    with TestClient(create_app(root), base_url="http://127.0.0.1") as client:
        r = client.post("/api/harvest", files={"file": (report.name, report.read_bytes())})
    assert r.status_code == 409 and r.json()["kind"] == "work_report" and len(reads) == 1
    assert r.json()["error"].startswith(f"{report.name}: 这份文件是“总结/计划”（泉科〔2017〕28号），不是答复，未归档")
    assert not harvest_dir(load_workspace(root)).exists()
    filed = CliRunner().invoke(cli, ["-w", str(root), "harvest", str(report)])
    assert filed.exit_code == 0 and filed.stdout.startswith("已归档：seeds/harvested/")
