"""`drafter distill`, `drafter facts` and `drafter sources` through click's CliRunner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import REPO

from drafter.cli import cli
from drafter.facts.store import fact_file_path, save_fact_file
from drafter.model import Fact, FactFile, Figure, Period, SourceMeta
from drafter.workspace import load_workspace

SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.fixture
def ws(tmp_path):
    shutil.copy(REPO / "drafter.yaml", tmp_path / "drafter.yaml")
    return load_workspace(tmp_path)


def run(ws, *args):
    result = CliRunner().invoke(cli, ["--workspace", str(ws.root), *args])
    return result


def base(ws):
    a = FactFile(
        SourceMeta(id="2025-reply-1071", path="seeds/000.txt", sha256="0" * 64, kind="reply",
                   number="泉科函〔2025〕81号", date="2025-05-20", deputy="庄天怀", suggestion_number="1071",
                   co_handlers=["市财政局", "人社局", "金融局"]),
        [
            Fact("f-1", "全市有效国家级高新技术企业3122家。", "done", Period(2025, "document date"), "泉州市",
                 "2025-reply-1071", ["一、大力培育科技创新主体", "一是强化专项扶持政策引领"], 7,
                 [Figure(3122, "家", "3122家", "国家级高新技术企业")], ["高新技术企业"]),
            Fact("f-2", "下一步，推动高企扩面提质。", "plan", Period(2025, "document date"), "泉州市",
                 "2025-reply-1071", ["三、下一步工作"], 20),
            Fact("f-3", "2024年高新技术企业2900家。", "done", Period(2024, "text"), "泉州市", "2025-reply-1071",
                 [], 8, [Figure(2900, "家", "2900家", "高新技术企业", year=2024)], superseded_by="f-1"),
        ],
    )
    b = FactFile(
        SourceMeta(id="2025-news-xm", path="seeds/002.txt", sha256="1" * 64, kind="news", jurisdiction="厦门市"),
        [Fact("x-1", "厦门市国家高新技术企业超5000家。", "done", Period(2025, "text"), "厦门市", "2025-news-xm",
              [], 3, [Figure(5000, "家", "5000家", "国家高新技术企业")], external=True)],
    )
    save_fact_file(a, ws)
    save_fact_file(b, ws)


def test_facts_json_shape(ws):
    base(ws)
    result = run(ws, "facts", "高新技术企业", "--json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    assert {r["id"] for r in records} == {"f-1", "f-3", "x-1"}  # f-3 is listed, marked superseded
    assert records[0]["score"] >= records[1]["score"] >= records[2]["score"] > 0
    assert [r["id"] for r in records if r["superseded_by"]] == ["f-3"]
    first = next(r for r in records if r["id"] == "f-1")
    for key in ("id", "text", "kind", "period", "jurisdiction", "figures", "superseded_by", "source", "score"):
        assert key in first
    assert first["period"] == {"year": 2025, "basis": "document date"}
    assert first["figures"] == [{"value": 3122, "unit": "家", "scale": None, "counts": "国家级高新技术企业",
                                 "year": None, "raw": "3122家", "same_as": None, "superseded_by": None}]
    assert first["source"]["number"] == "泉科函〔2025〕81号" and first["source"]["date"] == "2025-05-20"
    assert first["source"]["section"] == ["一、大力培育科技创新主体", "一是强化专项扶持政策引领"]
    assert first["source"]["paragraph"] == 7 and first["source"]["label"] == "泉科函〔2025〕81号"


@pytest.mark.parametrize("args,ids", [
    ((), ["x-1", "f-1", "f-2", "f-3"]),  # in fact-base order: by file name, then as in the file
    (("--current",), ["x-1", "f-1", "f-2"]),  # f-3 is superseded
    (("--kind", "plan"), ["f-2"]),
    (("--kind", "plan", "--kind", "done", "--current"), ["x-1", "f-1", "f-2"]),
    (("--period", "2024", "--current"), []),
    (("--period", "2024"), ["f-3"]),
    (("--period", "2024-2025"), ["x-1", "f-1", "f-2", "f-3"]),
    (("--jurisdiction", "厦门市"), ["x-1"]),
    (("--limit", "1"), ["x-1"]),
    (("扩面提质", "--limit", "1"), ["f-2"]),
])
def test_facts_filters(ws, args, ids):
    base(ws)
    result = run(ws, "facts", *args, "--json")
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.output)] == ids


def test_superseded_by_visible_in_json(ws):
    base(ws)
    records = json.loads(run(ws, "facts", "--json").output)
    assert {r["id"]: r["superseded_by"] for r in records} == {"f-1": None, "f-2": None, "f-3": "f-1", "x-1": None}


def test_bad_period_is_a_usage_error(ws):
    base(ws)
    result = run(ws, "facts", "--period", "去年")
    assert result.exit_code == 2 and "去年" in result.output


def test_facts_table_shows_figures_period_and_source(ws):
    base(ws)
    result = CliRunner().invoke(cli, ["--workspace", str(ws.root), "facts", "高新技术企业"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for text in ("f-1", "3122家", "2025", "泉科函〔2025〕81号", "一是强化专项扶持政策引领"):
        assert text in result.output


def test_sources_json_lists_metadata_and_fact_counts(ws):
    base(ws)
    result = run(ws, "sources", "--json")
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in json.loads(result.output)}
    reply = records["2025-reply-1071"]
    assert reply["facts"] == 3 and reply["number"] == "泉科函〔2025〕81号" and reply["deputy"] == "庄天怀"
    assert reply["co_handlers"] == ["市财政局", "人社局", "金融局"] and reply["suggestion_number"] == "1071"
    for field in ("sha256", "kind", "issuer", "session", "reply_class", "signatory", "contact", "phone", "cc"):
        assert field in reply
    assert records["2025-news-xm"]["facts"] == 1 and records["2025-news-xm"]["jurisdiction"] == "厦门市"
    table = CliRunner().invoke(cli, ["--workspace", str(ws.root), "sources"], env={"COLUMNS": "200"})
    assert "2025-reply-1071" in table.output and "3" in table.output


def test_malformed_fact_file_is_one_line_and_nonzero(ws):
    base(ws)
    path = fact_file_path(ws, "2025-reply-1071")
    text = path.read_text(encoding="utf-8").replace("{value: 3122,", "{value: 三千,")
    path.write_text(text, encoding="utf-8")
    line = next(i for i, text_line in enumerate(text.splitlines(), 1) if "三千" in text_line)
    said = f"facts/2025-reply-1071.yaml:{line}: 事实 f-1 figures 第 1 项：数值（value）须为数字，而不是 '三千'"
    for args in (["facts"], ["sources"], ["facts", "高企", "--json"]):
        result = run(ws, *args)
        assert result.exit_code == 2
        assert result.stderr.strip().splitlines() == [f"错误：{said}"]
        # (under --json the same line as JSON on stdout, for a script: hd18b)
        assert (json.loads(result.stdout) == {"error": said}) if "--json" in args else not result.stdout, result.stdout


def test_distill_stops_on_a_malformed_fact_file_without_writing(ws):
    base(ws)
    path = fact_file_path(ws, "2025-reply-1071")
    path.write_text(path.read_text(encoding="utf-8").replace("    kind: done\n", "    kind: [done\n", 1),
                    encoding="utf-8")
    before = {p.name: p.read_bytes() for p in ws.facts_dir.iterdir()}
    result = run(ws, "distill", str(SEEDS[0]))
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "facts/2025-reply-1071.yaml:" in result.output
    assert {p.name: p.read_bytes() for p in ws.facts_dir.iterdir()} == before


def test_distill_reports_bad_items_and_goes_on(ws, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEEDS[0], inbox / "reply.txt")
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "notes.xyz").write_text("不是来源文件", encoding="utf-8")
    (inbox / ".hidden.txt").write_text("隐藏文件", encoding="utf-8")
    result = run(ws, "distill", str(inbox), str(tmp_path / "missing.txt"), "--json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert [s["path"] for s in report["sources"]] == ["inbox/reply.txt"]  # relative to the workspace
    assert report["sources"][0]["facts"] > 0 and report["sources"][0]["merge"]["counts"]["added"] > 0
    assert {Path(e["path"]).name for e in report["errors"]} == {"empty.txt", "missing.txt"}
    assert [Path(s["path"]).name for s in report["skipped"]] == ["notes.xyz"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("错误：")]
    assert len(errors) == 2 and all(".txt" in line for line in errors)
    assert len(list(ws.facts_dir.glob("*.yaml"))) == 1


def test_distill_twice_keeps_a_hand_edit(ws):
    first = run(ws, "distill", str(SEEDS[0]), "--json")
    assert first.exit_code == 0, first.output
    [path] = ws.facts_dir.glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    fact_line = next(line for line in text.splitlines() if line.startswith("    text: "))
    path.write_text(text.replace(fact_line, fact_line + "（人工核对）", 1), encoding="utf-8")
    again = run(ws, "distill", str(SEEDS[0]), "--json")
    report = json.loads(again.stdout)["sources"][0]["merge"]
    assert report["counts"]["curated"] == 1 and report["counts"]["dropped"] == 0
    assert fact_line + "（人工核对）" in path.read_text(encoding="utf-8")
    human = run(ws, "distill", str(SEEDS[0]))
    assert human.exit_code == 0 and "人工保留" in human.stdout


def test_distill_human_output_names_each_source(ws):
    result = CliRunner().invoke(cli, ["--workspace", str(ws.root), "distill", *map(str, SEEDS)],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "共 5 份文件" in result.stdout


def test_end_to_end_seeds_then_query(ws):
    result = run(ws, "distill", *map(str, SEEDS), "--json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["sources"]) == 5
    records = json.loads(run(ws, "facts", "高新技术企业", "--json").output)
    assert records and "高新技术企业" in records[0]["text"] + "".join(records[0]["topics"])
    raws = {g["raw"].replace(" ", "") for r in records for g in r["figures"]}
    assert "3122家" in raws
    sources = json.loads(run(ws, "sources", "--json").output)
    assert sum(s["facts"] for s in sources) == len(json.loads(run(ws, "facts",
                                                                  "--json").output))
    # words typed apart, as into a search box (hd10: 连江 深远海养殖 规划 was refused as extra arguments),
    # rank as the same words typed together
    apart = json.loads(run(ws, "facts", "揭榜挂帅", "重大技术", "--json").output)
    together = json.loads(run(ws, "facts", "揭榜挂帅 重大技术", "--json").output)
    assert apart and [r["id"] for r in apart] == [r["id"] for r in together]
    assert "揭榜挂帅" in apart[0]["text"]


def test_distill_says_when_a_whole_source_is_another_places(tmp_path):
    """临沂's base lost two whole sources to places read from common words (家城市 of 21家城市书房), and no command said
    so (hd14): every draft left their facts out. distill names a source all of whose facts are another place's, with
    the place it read and the file to correct; --json gives it as ``elsewhere``."""
    from helpers import unit_workspace

    unit_workspace(tmp_path / "ws", "泉州市科学技术局", "市科技局", "泉州市", "鲤城区, 丰泽区")
    page = tmp_path / "fz.txt"
    page.write_text("福州市科学技术局2024年工作总结\n2024年，福州市新增国家高新技术企业512家，科技型中小企业评价入库4263家。\n", "utf-8")
    result = CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "distill", str(page)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    note = next(line for line in result.output.splitlines() if line.startswith("提醒："))
    assert "的地区记为“福州市”，不是本单位的地区" in note and "请改正facts/" in note and "jurisdiction" in note, note
    data = json.loads(CliRunner().invoke(cli, ["-w", str(tmp_path / "ws"), "distill", "--json", str(page)]).stdout)
    assert [s["elsewhere"] for s in data["sources"]] == ["福州市"]
