"""The YAML fact store: layout, validation with line numbers, and the curated-edit merge."""

from __future__ import annotations

import datetime as _dt
import shutil
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest
from ruamel.yaml.error import YAMLError

from helpers import REPO

from drafter.errors import FactFileError
from drafter.facts import emit, store
from drafter.facts.store import (
    read_plain,
    content_digest, fact_file_data, fact_file_path, load_fact_file, load_fact_files, mark_superseded,
    plan_save, plan_supersede, save_fact_file, write_updates,
)
from drafter.model import Fact, FactFile, Figure, Period, SourceMeta
from drafter.workspace import load_workspace
from drafter.yamlio import dump_yaml, new_yaml


@pytest.fixture
def ws(tmp_path):
    shutil.copy(REPO / "drafter.yaml", tmp_path / "drafter.yaml")
    return load_workspace(tmp_path)


def make_source(sid="2025-reply-1071", **kw) -> SourceMeta:
    base = dict(id=sid, path="seeds/000.txt", sha256="ab" * 32, kind="reply", title="关于第1071号建议的答复",
                number="泉科函〔2025〕81号", date="2025-05-20", deputy="庄天怀", suggestion_number="1071",
                co_handlers=["市财政局", "人社局", "金融局"], phone="0595-22579329")
    base.update(kw)
    return SourceMeta(**base)


def make_fact(sid: str, n: int, text: str, topics=("科技型中小企业",), figures=None) -> Fact:
    return Fact(
        id=f"f-{sid}-{n:04d}", text=text, kind="done", period=Period(2025, "document date"),
        jurisdiction="泉州市", source_id=sid, section=["一、大力培育科技创新主体", "一是强化专项扶持政策引领"],
        paragraph=n, topics=list(topics),
        figures=figures if figures is not None else [Figure(1614, "家", "1614家", "科技型中小企业")],
    )


def three_facts(sid="2025-reply-1071", topics=("科技型中小企业",)) -> FactFile:
    texts = ["全市培育科技型中小企业1614家。", "国家级高新技术企业3122家。", "高企认定奖补资金1.17亿元。"]
    return FactFile(make_source(sid), [make_fact(sid, i + 1, t, topics) for i, t in enumerate(texts)])


def line_with(path: Path, needle: str) -> int:
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return no
    raise AssertionError(f"{needle!r} not in {path}")


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


# --- layout and round trip ---------------------------------------------------------------------


def test_new_file_layout_and_round_trip(ws):
    ff = three_facts()
    report = save_fact_file(ff, ws)
    path = fact_file_path(ws, ff.source.id)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == (
        "# facts/2025-reply-1071.yaml — distilled from seeds/000.txt; edit freely, keep the ids")
    assert report.added == [f.id for f in ff.facts] and report.written
    # source mapping first, then the facts with their keys in the documented order
    assert text.index("source:") < text.index("facts:")
    assert "  date: 2025-05-20\n" in text and "  suggestion_number: '1071'\n" in text
    assert "    period: {year: 2025, basis: document date}\n" in text
    assert "      - {value: 1614, unit: 家, counts: 科技型中小企业, raw: 1614家}\n" in text
    first = text[text.index("  - id:"):].split("\n  - id:")[0]
    keys = [line.strip().removeprefix("- ").split(":")[0] for line in first.splitlines()
            if not line.startswith("      ")]
    assert keys == ["id", "text", "kind", "period", "jurisdiction", "section", "paragraph", "figures",
                    "topics", "reviewed", "digest"]
    loaded = load_fact_file(path)
    assert loaded.source == ff.source
    for got, want in zip(loaded.facts, ff.facts):
        assert got.digest == content_digest(want)
        got.digest = None
        assert got == want


def test_external_and_superseded_written_only_when_set(ws):
    ff = three_facts()
    ff.facts[0].external = True
    ff.facts[0].jurisdiction = "厦门市"
    ff.facts[1].superseded_by = "f-other-0001"
    save_fact_file(ff, ws)
    text = fact_file_path(ws, ff.source.id).read_text(encoding="utf-8")
    assert text.count("external: true") == 1 and text.count("superseded_by:") == 1
    loaded = load_fact_file(fact_file_path(ws, ff.source.id))
    assert loaded.facts[0].external and not loaded.facts[1].external
    assert loaded.facts[1].superseded_by == "f-other-0001"


def ruamel_text(ff: FactFile, header: str) -> str:
    """The fact file as ruamel.yaml itself dumps its round-trip tree (the fast writer's reference)."""
    doc = emit.to_node(fact_file_data(ff))
    doc.yaml_set_start_comment(header)
    return dump_yaml(doc)


TRICKY = ["1.17亿元（增长5.3%）", "R&D投入(全区)", "a: b", "- x", "#c", "yes", "true", "2025-05-20", "1071", "", "a,b", "[x]", "{x}", "x #y", " lead",
          "trail ", "“引号”开头", "@x", "?x", "%x", "0x1F", "-1.5e3", "null", "~", "it's: x", "两行\n文本"]


def tricky_fact_file(value: str) -> FactFile:
    """Three facts carrying ``value`` in a text, a section, a topic, a figure and the title."""
    ff = three_facts()
    ff.facts[0].text = value or "x"
    ff.facts[1].section = [value]
    ff.facts[2].topics = [value, "科技"]
    ff.facts[2].figures = [Figure(0.1 + 0.2, "元", value or "x", value or None, "亿", 2024)]
    ff.source.title = value
    return ff


@pytest.mark.parametrize("value", TRICKY)
def test_fast_writer_matches_ruamel_dump(value):
    ff = tricky_fact_file(value)
    assert emit.dump_new(fact_file_data(ff), "header") == ruamel_text(ff, "header")


def test_plain_shortcut_only_takes_what_ruamels_analysis_allows_plain():
    """The writer skips ruamel's scalar analysis for text it can tell is plain-safe: every such
    character, first, inside and last, must be one the analysis allows plain in block and flow."""
    from ruamel.yaml.emitter import Emitter

    analyzer = Emitter(None, allow_unicode=True)
    analyzer.use_version = None
    chars = [chr(c) for c in [*range(0x3100), *range(0xD7F0, 0xD800), *range(0xE000, 0xE010), *range(0xFE00, 0x10000)]]
    taken = 0
    for c in chars:
        for value in (c, "甲" + c, c + "甲", "甲" + c + "甲"):
            if emit._PLAIN_SAFE.fullmatch(value):
                a = analyzer.analyze_scalar(value)
                assert a.allow_block_plain and a.allow_flow_plain, repr(value)
                taken += 1
    assert taken > 30000  # the shortcut covers CJK text and its punctuation


SEEDS = sorted(p for p in (REPO / "seeds").iterdir() if p.is_file() and not p.name.startswith("."))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_new_file_from_a_real_seed_is_written_without_ruamel(ws, seed, monkeypatch):
    """A distilled seed's new file is written straight from the data, byte for byte what
    ruamel.yaml dumps for the same tree, and reads back as the same FactFile."""
    from drafter.distill import distill_document
    from drafter.read import read_document

    ff = distill_document(read_document(seed), ws)
    want = ruamel_text(ff, store.header(ff.source))
    monkeypatch.setattr(emit, "_dump_with_ruamel", lambda *a: pytest.fail("fell back to ruamel"))
    update = plan_save(ff, ws)
    assert update.text == want
    write_updates([update])
    loaded = load_fact_file(update.path)
    assert loaded == update.fact_file
    assert loaded.source == ff.source and len(loaded.facts) == len(ff.facts) > 0
    for got, made in zip(loaded.facts, ff.facts):
        assert got.digest == content_digest(made)
        assert replace(got, digest=made.digest) == made
    assert store.parse_fact_file(new_yaml().load(update.text), "x", ff.source.id) == loaded


def same(a, b) -> bool:
    """Equal values of the same kinds (True is not 1, a date is not its text), keys in order."""
    if isinstance(a, Mapping):
        return isinstance(b, Mapping) and list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    kinds = (bool, int, float, str, _dt.date, type(None))
    return next(k for k in kinds if isinstance(a, k)) is next(k for k in kinds if isinstance(b, k)) and a == b


@pytest.mark.parametrize("value", TRICKY)
def test_fast_reader_reads_what_the_writer_wrote(value):
    ff = tricky_fact_file(value)
    text = emit.dump_new(fact_file_data(ff), "header")
    try:
        expected = new_yaml().load(text)
    except YAMLError:  # ruamel writes ``{counts: ?x}`` but cannot read it back
        return
    tree = read_plain(text)
    assert tree is not None and same(tree, expected), text


READER_CASES = [
    "# c\nsource:\n  id: x  # note\n  date: 2025-05-20\n\nfacts:\n  - id: a\n    figures: []\n",
    "a: 'it''s'\nb: x # c\nc: 'y' # c\nd: yes\ne: True\nf: ~\ng:\nh: 1.5\ni: +3\nj: 012\n",
    "a: [x, 'y, z', 3, true, null, 1614家]\nb: {k: v, n: 2025-05-20, m: '1071'}\nc: {}\n",
    "facts:\n- id: a\n  text: b\n- id: c\nnext: 1\n",
    "a: R&D投入5.34亿元，同比增长12%（全区）\n",
    "a: &x 1\nb: *x\n",
    "a: |\n  x\n",
    "a: 1\na: 2\n",
    "a:\n\tb: 1\n",
    "a: 0x1F\nb: 0o17\nc: 1_000\nd: on\ne: 1:20\nf: .5\ng: -3\n",
    "a: 2025-5-20\nb: -3\nd: [-1, -x, \"q: [x]\"]\ne: \"it's: x\"\n",
    'a: "tab\\tescape"\n',
    "a: b: c\n",
    "a: x\n b: y\n",
    "",
]


@pytest.mark.parametrize("text", READER_CASES)
def test_fast_reader_gives_ruamels_values_or_nothing(text):
    """The fast reader types values exactly as ruamel (YAML 1.2) does, and refuses what ruamel
    refuses (duplicate keys, syntax errors), so the round-trip path reports it with its line."""
    try:
        expected = new_yaml().load(text)
    except YAMLError:
        assert read_plain(text) is None
    else:
        assert same(read_plain(text), expected)


def test_reading_uses_the_round_trip_loader_only_when_needed(ws, monkeypatch):
    ff = three_facts()
    save_fact_file(ff, ws)
    path = fact_file_path(ws, ff.source.id)
    calls = []
    real = store.load_yaml
    monkeypatch.setattr(store, "load_yaml", lambda *a, **kw: calls.append(a) or real(*a, **kw))
    fast = load_fact_file(path)
    assert calls == [] and fast.source.date == "2025-05-20" and fast.source == ff.source
    edit(path, "title: 关于第1071号建议的答复", "title: 关于第1071号建议的答复\n  title: x")  # duplicate key
    with pytest.raises(FactFileError) as err:
        load_fact_file(path)
    assert len(calls) == 1 and "键“title”重复" in str(err.value)  # the round-trip read reports it


def test_comments_and_order_survive_a_redistill(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    path = fact_file_path(ws, ff.source.id)
    edit(path, "facts:\n", "facts:\n  # 核对过的数字，勿删\n")
    edit(path, "    kind: done\n", "    kind: done  # 人工确认\n")
    before = path.read_text(encoding="utf-8")
    report = save_fact_file(three_facts(), ws)
    assert report.unchanged == [f.id for f in ff.facts] and not report.written
    assert path.read_text(encoding="utf-8") == before
    # an unedited fact updated by the machine keeps the comment on its line
    report = save_fact_file(three_facts(topics=("高新技术企业",)), ws)
    text = path.read_text(encoding="utf-8")
    assert report.updated == [f.id for f in ff.facts]
    assert "  # 核对过的数字，勿删\n" in text and "    kind: done  # 人工确认\n" in text
    assert text.count("topics: [高新技术企业]") == 3
    assert [f.id for f in load_fact_file(path).facts] == [f.id for f in ff.facts]


def test_redistilling_unchanged_sources_reads_no_round_trip_tree(seeded_ws, monkeypatch):
    """`drafter distill seeds/` again: every file is left byte for byte (a hand comment, a curated
    fact and a curated source mapping included), each fact reported unchanged or curated, and no
    file is parsed round-trip (ruamel) for it."""
    facts = sorted(seeded_ws.facts_dir.glob("*.yaml"))
    edit(facts[0], "facts:\n", "facts:\n  # 人工备注\n")
    text = facts[1].read_text(encoding="utf-8")
    first = text[text.index("    text: "):].split("\n", 1)[0]
    edit(facts[1], first, first + "（已核）")
    title = next(line for line in facts[2].read_text(encoding="utf-8").splitlines() if line.startswith("  title: "))
    edit(facts[2], title, title + "（改）")
    before = {p: p.read_bytes() for p in facts}
    monkeypatch.setattr(store, "load_yaml", lambda *a, **kw: pytest.fail(f"round-trip read of {a[0]}"))
    report = seeded_ws.distill(seeded_ws.seeds_dir)
    assert report.ok and {p: p.read_bytes() for p in facts} == before
    merges = [s.merge for s in report.sources]
    assert not any(m.written or m.added or m.updated or m.dropped for m in merges)
    assert sum(len(m.curated) for m in merges) == 1 and sum(m.source_curated for m in merges) == 1
    assert sum(len(m.unchanged) + len(m.curated) for m in merges) == report.to_dict()["totals"]["facts"]


# --- the merge rule ----------------------------------------------------------------------------


def test_curated_edits_survive_and_unedited_facts_update(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    path = fact_file_path(ws, ff.source.id)
    edit(path, "text: 全市培育科技型中小企业1614家。", "text: 截至2025年4月，全市培育科技型中小企业1614家。  # 改过")
    second = line_with(path, "国家级高新技术企业3122家")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    reviewed_at = next(i for i in range(second, len(lines)) if "reviewed: false" in lines[i])
    lines[reviewed_at] = lines[reviewed_at].replace("reviewed: false", "reviewed: true")
    path.write_text("".join(lines), encoding="utf-8")

    redistilled = three_facts(topics=("高新技术企业", "奖补"))
    report = save_fact_file(redistilled, ws)

    assert report.curated == [ff.facts[0].id, ff.facts[1].id]
    assert report.updated == [ff.facts[2].id]
    text = path.read_text(encoding="utf-8")
    assert "text: 截至2025年4月，全市培育科技型中小企业1614家。  # 改过" in text
    loaded = {f.id: f for f in load_fact_file(path).facts}
    assert loaded[ff.facts[0].id].topics == ["科技型中小企业"]  # kept as the person left it
    assert loaded[ff.facts[1].id].reviewed and loaded[ff.facts[1].id].topics == ["科技型中小企业"]
    assert loaded[ff.facts[2].id].topics == ["高新技术企业", "奖补"]  # machine update


def test_new_facts_added_and_vanished_facts_dropped_only_when_unedited(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    path = fact_file_path(ws, ff.source.id)
    edit(path, "text: 国家级高新技术企业3122家。", "text: 国家级高新技术企业3122家（人工核实）。")
    sid = ff.source.id
    new = FactFile(make_source(sid), [ff.facts[0], make_fact(sid, 9, "新增：技术合同成交额200亿元。")])
    report = save_fact_file(new, ws)
    assert report.added == [f"f-{sid}-0009"]
    assert report.orphaned == [ff.facts[1].id]  # no longer produced, edited: kept and reported
    assert report.dropped == [ff.facts[2].id]  # no longer produced, unedited: dropped and reported
    ids = [f.id for f in load_fact_file(path).facts]
    assert ids == [ff.facts[0].id, ff.facts[1].id, f"f-{sid}-0009"]


def test_superseded_mark_survives_a_machine_update(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    mark_superseded(ws, {ff.facts[0].id: "f-newer-0001"})
    save_fact_file(three_facts(topics=("新主题",)), ws)
    fact = load_fact_file(fact_file_path(ws, ff.source.id)).facts[0]
    assert fact.superseded_by == "f-newer-0001" and fact.topics == ["新主题"]


def test_hand_edited_source_mapping_is_kept(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    path = fact_file_path(ws, ff.source.id)
    edit(path, "  deputy: 庄天怀", "  deputy: 庄天怀（领衔）")
    report = save_fact_file(three_facts(), ws)
    assert report.source_curated
    assert load_fact_file(path).source.deputy == "庄天怀（领衔）"


def test_supersede_keeps_comments_and_unknown_id_writes_nothing(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    other = three_facts("2024-report-x")
    save_fact_file(other, ws)
    path = fact_file_path(ws, ff.source.id)
    edit(path, "    kind: done\n", "    kind: done  # 人工确认\n")
    before = {p: p.read_bytes() for p in ws.facts_dir.iterdir()}
    with pytest.raises(FactFileError, match="f-missing"):
        mark_superseded(ws, {ff.facts[0].id: other.facts[0].id, "f-missing": other.facts[1].id})
    assert {p: p.read_bytes() for p in ws.facts_dir.iterdir()} == before
    updates = plan_supersede(ws, {ff.facts[0].id: other.facts[0].id})
    write_updates(updates)
    text = path.read_text(encoding="utf-8")
    assert "# 人工确认" in text and f"superseded_by: {other.facts[0].id}\n    digest:" in text
    assert load_fact_file(path).facts[0].superseded_by == other.facts[0].id


def test_marks_already_set_leave_the_file_untouched(ws):
    ff, other = three_facts(), three_facts("2024-report-x")
    save_fact_file(ff, ws)
    save_fact_file(other, ws)
    marks = {ff.facts[0].id: "f-newer-0001", other.facts[1].id: "f-newer-0002"}
    assert [r.written for r in mark_superseded(ws, marks)] == [True, True]
    stamps = {p.name: p.stat().st_mtime_ns for p in ws.facts_dir.iterdir()}
    assert [r.written for r in mark_superseded(ws, marks)] == [False, False]
    assert {p.name: p.stat().st_mtime_ns for p in ws.facts_dir.iterdir()} == stamps
    assert not (ws.facts_dir / ".journal").exists()


def test_marks_already_set_are_not_written_out_again(ws, monkeypatch):
    """A file whose marks already hold (a refresh applied before) is neither dumped nor parsed
    again: its update is the file as it stands, its facts as read."""
    ff = three_facts()
    save_fact_file(ff, ws)
    marks = {ff.facts[0].id: "f-newer-0001"}
    write_updates(plan_supersede(ws, marks, {ff.facts[1].id: {0: "f-newer-0002"}}))
    path = fact_file_path(ws, ff.source.id)
    edit(path, "    kind: done\n", "    kind: done  # 人工确认\n")

    def no_dump(*args, **kwargs):
        raise AssertionError("an unchanged fact file was dumped again")

    monkeypatch.setattr(store, "dump_yaml", no_dump)
    (update,) = plan_supersede(ws, marks, {ff.facts[1].id: {0: "f-newer-0002"}})
    assert not update.changed and update.text == path.read_text(encoding="utf-8")
    assert update.fact_file.facts[0].superseded_by == "f-newer-0001"
    assert update.fact_file.facts[1].figures[0].superseded_by == "f-newer-0002"
    assert update.report.updated == [ff.facts[0].id, ff.facts[1].id]


# --- validation --------------------------------------------------------------------------------


@pytest.fixture
def saved(ws):
    ff = three_facts()
    save_fact_file(ff, ws)
    return fact_file_path(ws, ff.source.id)


def expect_error(path: Path, line: int, *words: str) -> None:
    with pytest.raises(FactFileError) as info:
        load_fact_file(path, display=f"facts/{path.name}")
    err = info.value
    assert err.line == line, str(err)
    assert str(err).startswith(f"facts/{path.name}:{line}: ") and "\n" not in str(err)
    for word in words:
        assert word in str(err)


def test_figure_value_must_be_a_number(saved):
    edit(saved, "{value: 1614,", "{value: 1614家,")
    expect_error(saved, line_with(saved, "1614家, unit"), "数值（value）须为数字")


def test_bad_yaml_syntax_names_the_line(saved):
    edit(saved, "    kind: done\n", "    kind: [done\n")
    with pytest.raises(FactFileError) as info:
        load_fact_file(saved)
    assert "YAML" in str(info.value) and info.value.line is not None
    assert abs(info.value.line - line_with(saved, "kind: [done")) <= 1


def test_missing_id(saved):
    edit(saved, "  - id: f-2025-reply-1071-0002\n    text:", "  - text:")
    expect_error(saved, line_with(saved, "  - text: 国家级"), "缺少 id")


@pytest.mark.parametrize("old,new,needle,word", [
    ("    kind: done\n", "    kind: finished\n", "kind: finished", "kind"),
    ("{year: 2025, basis", "{year: 二〇二五, basis", "二〇二五", "year"),
    ("text: 全市培育科技型中小企业1614家。", "text: ''", "text: ''", "text"),
    ("    figures:\n      - {value: 1614, unit: 家, counts: 科技型中小企业, raw: 1614家}\n",
     "    figures: 1614家\n", "figures: 1614家", "figures"),
    ("    reviewed: false\n", "    reviewed: 是\n", "reviewed: 是", "reviewed"),
    ("    reviewed: false\n", "    reviewd: true\n", "reviewd: true", "reviewd"),
])
def test_field_errors_point_at_their_line(saved, old, new, needle, word):
    edit(saved, old, new)
    expect_error(saved, line_with(saved, needle), word)


def test_duplicate_id_within_a_file(saved):
    edit(saved, "  - id: f-2025-reply-1071-0002", "  - id: f-2025-reply-1071-0001")
    text = saved.read_text(encoding="utf-8")
    second = text.count("\n", 0, text.index("  - id: f-2025-reply-1071-0001", text.index("0001") + 10)) + 1
    expect_error(saved, second, "重复")


def test_duplicate_id_across_files(ws):
    save_fact_file(three_facts(), ws)
    other = three_facts("2025-reply-2000")
    other.facts[1].id = three_facts().facts[0].id
    save_fact_file(other, ws)
    path = fact_file_path(ws, "2025-reply-2000")
    with pytest.raises(FactFileError) as info:
        load_fact_files(ws)
    assert info.value.path == "facts/2025-reply-2000.yaml"
    assert info.value.line == line_with(path, f"- id: {other.facts[1].id}")


def test_merge_into_a_malformed_file_writes_nothing(saved, ws):
    edit(saved, "{value: 1614,", "{value: 一千,")
    before = saved.read_bytes()
    with pytest.raises(FactFileError, match="数值（value）须为数字"):
        save_fact_file(three_facts(), ws)
    assert saved.read_bytes() == before
    assert [p.name for p in ws.facts_dir.iterdir()] == [saved.name]  # no temporary file left


def test_invalid_machine_output_is_refused_before_writing(ws):
    ff = three_facts()
    ff.facts[0].kind = "unknown"
    with pytest.raises(FactFileError, match="kind"):
        plan_save(ff, ws)
    assert not fact_file_path(ws, ff.source.id).exists()
