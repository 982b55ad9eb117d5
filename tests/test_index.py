"""FactIndex: BM25 over character bigrams, filters, and the on-disk cache."""

from __future__ import annotations

import json
import math
import os
import pickle
import shutil
import subprocess
import sys

import pytest

from helpers import REPO, corpus_titles, needs_corpus, seed_titles

from drafter.errors import FactFileError
from drafter.facts import index as index_mod
from drafter.facts.index import CACHE_NAME, B, K1, FactIndex, fact_terms, terms
from drafter.facts.store import fact_file_path, load_fact_files, save_fact_file
from drafter.model import Fact, FactFile, Figure, Period, SourceMeta
from drafter.workspace import load_workspace


@pytest.fixture
def ws(tmp_path):
    shutil.copy(REPO / "drafter.yaml", tmp_path / "drafter.yaml")
    return load_workspace(tmp_path)


def fact(sid, n, text, *, kind="done", year=2025, place="泉州市", topics=(), figures=(), superseded_by=None):
    return Fact(id=f"{sid}-{n}", text=text, kind=kind, period=Period(year, "text"), jurisdiction=place,
                source_id=sid, paragraph=n, topics=list(topics), figures=list(figures),
                superseded_by=superseded_by)


def source(sid, **kw):
    return SourceMeta(id=sid, path=f"seeds/{sid}.txt", sha256="0" * 64, kind=kw.pop("kind", "reply"), **kw)


def sample_files() -> list[FactFile]:
    a = FactFile(source("a", number="泉科函〔2025〕81号", date="2025-05-20"), [
        fact("a", 1, "全市有效国家级高新技术企业3122家，科技型中小企业1614家。",
             figures=[Figure(3122, "家", "3122家", "国家级高新技术企业")]),
        fact("a", 2, "全年专利授权量1.2万件，发明专利授权2100件。", year=2024),
        fact("a", 3, "下一步，继续实施高企倍增计划，推动高企扩面提质。", kind="plan", topics=["高新技术企业"]),
    ])
    b = FactFile(source("b", kind="news", jurisdiction="厦门市"), [
        fact("b", 1, "厦门市引进高层次人才团队30个。", place="厦门市", year=2023),
        fact("b", 2, "R&D经费投入强度达3.2%。", place="厦门市", year=2023),
        fact("b", 3, "全市高新技术企业2000家。", superseded_by="a-1"),
    ])
    return [a, b]


def test_terms_are_cjk_bigrams_and_latin_words():
    assert terms("高新技术企业") == ["高新", "新技", "技术", "术企", "企业"]
    assert terms("R&D经费，省") == ["r", "d", "经费", "省"]
    assert terms("研发投入５.３４亿元") == ["研发", "发投", "投入", "5.34", "亿元"]


def test_search_ranks_the_relevant_fact_first():
    index = FactIndex(sample_files())
    hits = index.search("高新技术企业")
    assert hits[0][0].id == "a-1"
    assert "a-2" not in [f.id for f, _ in hits]  # shares no term
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert index.search("专利授权")[0][0].id == "a-2"
    assert index.search("人才团队", limit=1)[0][0].id == "b-1"
    assert index.search("完全无关的查询词") == []


@needs_corpus
def test_search_sums_weights_the_base_fixed_as_bm25_over_the_demo_facts(monkeypatch):
    """A term's BM25 weight in a fact depends on the base alone: the index holds it, and a search over
    10,000 facts only adds them up (it worked out idf and length norms per query and posting: half of a
    large base's draft). The scores are Okapi BM25's, bit for bit, over the demo's facts and the titles
    the seeds and the corpus quote."""
    index = FactIndex(load_fact_files(load_workspace(REPO)))
    bags = {fid: fact_terms(f) for fid, f in index.facts.items()}
    avgdl = sum(map(len, bags.values())) / len(bags)
    monkeypatch.setattr(index_mod.math, "log", None)  # nothing worked out per query
    titles = seed_titles() + corpus_titles()
    found = {title: index.search(title, include_superseded=True) for title in titles}
    monkeypatch.undo()
    for title in titles:
        expected = {}
        for term in dict.fromkeys(terms(title)):
            holding = [fid for fid, bag in bags.items() if term in bag]
            idf = math.log(1 + (len(bags) - len(holding) + 0.5) / (len(holding) + 0.5))
            for fid in holding:
                tf, norm = bags[fid].count(term), K1 * (1 - B + B * len(bags[fid]) / avgdl)
                expected[fid] = expected.get(fid, 0.0) + idf * tf * (K1 + 1) / (tf + norm)
        assert [(f.id, score) for f, score in found[title]] == sorted(expected.items(), key=lambda e: (-e[1], e[0]))
    assert len(titles) > 10 and sum(map(bool, found.values())) > 10


def test_a_query_asked_again_is_scored_once(monkeypatch):
    """A draft searches its title for the work done and again for the plans (and its asks likewise): each search
    summed the weights of every fact holding the query's terms again. The last queries' scores are kept; the
    hits, filtered by kind each time, are those of a fresh index, and the kept scores are no part of the cache."""
    files = load_fact_files(load_workspace(REPO))
    index, fresh = FactIndex(files), FactIndex(files)
    title = seed_titles()[0]
    asked = []
    real = index_mod.terms
    monkeypatch.setattr(index_mod, "terms", lambda text: asked.append(text) or real(text))
    for kinds in (("done", "context"), ("plan",), ("plan",), None):
        assert index.search(title, limit=200, kinds=kinds, include_superseded=True) == fresh.search(
            title, limit=200, kinds=kinds, include_superseded=True)
    assert asked.count(title) == 2  # the index's, and the fresh one's
    assert "_scored" not in pickle.loads(pickle.dumps(index)).__dict__


def test_search_hides_superseded_facts_unless_asked_and_filters_kinds():
    index = FactIndex(sample_files())
    assert "b-3" not in [f.id for f, _ in index.search("高新技术企业")]
    assert "b-3" in [f.id for f, _ in index.search("高新技术企业", include_superseded=True)]
    assert [f.id for f, _ in index.search("高新技术企业", kinds=["plan"])] == ["a-3"]


def test_find_filters_by_year_range_place_and_kind():
    index = FactIndex(sample_files())
    assert [f.id for f, _ in index.find()] == ["a-1", "a-2", "a-3", "b-1", "b-2"]
    assert [f.id for f, _ in index.find(years=(2023, 2023))] == ["b-1", "b-2"]
    assert [f.id for f, _ in index.find(years=(2024, 2025), kinds=["done"])] == ["a-1", "a-2"]
    assert [f.id for f, _ in index.find(jurisdiction="厦门")] == ["b-1", "b-2"]
    assert [f.id for f, _ in index.find(include_superseded=True, jurisdiction="泉州市")] == [
        "a-1", "a-2", "a-3", "b-3"]
    assert [f.id for f, _ in index.find("高新技术企业", limit=1)] == ["a-1"]
    assert index.source_of(index.facts["a-1"]).number == "泉科函〔2025〕81号"
    assert index.count_by_source() == {"a": 3, "b": 3}


def test_cache_is_reused_and_rebuilt_when_a_file_changes(ws, monkeypatch):
    for ff in sample_files():
        save_fact_file(ff, ws)
    first = FactIndex.load(ws)
    assert (ws.cache_dir / CACHE_NAME).is_file()
    assert set(first.facts) == {"a-1", "a-2", "a-3", "b-1", "b-2", "b-3"}

    def no_parsing(*args, **kwargs):
        raise AssertionError("parsed a fact file although nothing changed")

    monkeypatch.setattr(index_mod, "_parse", no_parsing)
    index_mod.forget()  # as a new process: from the disk cache
    cached = FactIndex.load(ws)
    assert cached.search("高新技术企业")[0][0].id == "a-1"
    monkeypatch.undo()

    # change one file: only it is parsed again, and the change is visible
    parsed = []
    real = index_mod._parse
    monkeypatch.setattr(index_mod, "_parse", lambda w, name: parsed.append(name) or real(w, name))
    path = fact_file_path(ws, "b")
    path.write_text(path.read_text(encoding="utf-8").replace("人才团队30个", "人才团队45个"), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    changed = FactIndex.load(ws)
    assert parsed == ["b.yaml"]
    assert "45个" in changed.facts["b-1"].text

    # a removed file disappears from the index
    fact_file_path(ws, "a").unlink()
    assert set(FactIndex.load(ws).facts) == {"b-1", "b-2", "b-3"}


def test_cached_index_builds_only_the_facts_it_returns(ws):
    for ff in sample_files():
        save_fact_file(ff, ws)
    built = FactIndex.load(ws)
    index_mod.forget()  # as a new process: from the disk cache
    cached = FactIndex.load(ws)
    assert cached is not built and cached.facts._blobs  # facts still pickled
    hits = cached.search("高新技术企业", limit=1)
    assert [f.id for f, _ in hits] == ["a-1"]
    assert [i for i in cached.facts if i not in cached.facts._blobs] == ["a-1"]
    # filters use the flags kept beside the postings, and every fact is still there on demand
    assert {f.id for f, _ in cached.search("高新技术企业", include_superseded=True)[:2]} == {"a-1", "b-3"}
    assert cached.facts["b-3"].superseded_by == "a-1" and len(cached.facts) == 6
    assert cached.count_by_source() == {"a": 3, "b": 3}
    assert cached.parent_headings == built.parent_headings


def test_a_sources_facts_are_read_without_reading_the_others(ws):
    """facts_of (what a draft's pointer to the newest source reads) unpickles that source's facts
    alone: reading every fact of a 10,000-fact base made a draft twice as slow (bench_draft)."""
    for ff in sample_files():
        save_fact_file(ff, ws)
    FactIndex.load(ws)
    index_mod.forget()  # as a new process: from the disk cache
    cached = FactIndex.load(ws)
    assert [f.id for f in cached.facts_of("b")] == ["b-1", "b-2", "b-3"]
    assert sorted(i for i in cached.facts if i not in cached.facts._blobs) == ["b-1", "b-2", "b-3"]
    assert cached.facts_of("nowhere") == []


def test_corrupt_cache_is_rebuilt(ws):
    save_fact_file(sample_files()[0], ws)
    FactIndex.load(ws)
    (ws.cache_dir / CACHE_NAME).write_bytes(b"not a pickle")
    index_mod.forget()
    assert len(FactIndex.load(ws).facts) == 3


def test_a_process_keeps_the_index_while_the_base_is_unchanged(ws):
    """A server loads an unchanged base once; a changed fact file (or a removed one) is seen at once."""
    for ff in sample_files():
        save_fact_file(ff, ws)
    first = FactIndex.load(ws)
    (ws.cache_dir / CACHE_NAME).unlink()  # not read again: the process holds the index
    assert FactIndex.load(ws) is first and not (ws.cache_dir / CACHE_NAME).exists()
    path = fact_file_path(ws, "b")
    path.write_text(path.read_text(encoding="utf-8").replace("人才团队30个", "人才团队45个"), encoding="utf-8")
    changed = FactIndex.load(ws)
    assert changed is not first and "45个" in changed.facts["b-1"].text and "30个" in first.facts["b-1"].text
    fact_file_path(ws, "a").unlink()
    assert set(FactIndex.load(ws).facts) == {"b-1", "b-2", "b-3"}


def test_malformed_or_duplicate_fact_file_is_an_error(ws):
    a, b = sample_files()
    save_fact_file(a, ws)
    FactIndex.load(ws)
    b.facts[0].id = "a-2"
    save_fact_file(b, ws)
    with pytest.raises(FactFileError) as info:
        FactIndex.load(ws)
    assert info.value.path == "facts/b.yaml" and "a-2" in str(info.value)
    lines = fact_file_path(ws, "b").read_text(encoding="utf-8").splitlines()
    assert lines[info.value.line - 1].strip() == "- id: a-2"


def test_cached_load_parses_no_yaml(ws):
    for ff in sample_files():
        save_fact_file(ff, ws)
    FactIndex.load(ws)
    code = (
        "import sys, json\n"
        "from drafter.workspace import load_workspace\n"
        "from drafter.facts.index import FactIndex\n"
        f"index = FactIndex.load(load_workspace({str(ws.root)!r}))\n"
        "print(json.dumps([len(index.facts), 'drafter.facts.store' in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         env={**os.environ, "PYTHONPATH": str(REPO)}, check=True)
    assert json.loads(out.stdout) == [6, False]


def test_the_handling_habit_reads_each_reply_s_first_fact_alone(ws):
    """The habit of opening on the item's handling (:func:`~drafter.compose.form.handling_part`) reads each own reply's
    first fact, and its others only when it opens so: reading every fact of every reply (facts_of) unpickled a third of
    a 10,000-fact base (bench_draft). What it finds is what it finds on the index built in memory."""
    from drafter.compose.form import handling_part, own_replies

    shutil.copytree(REPO / "facts", ws.facts_dir, dirs_exist_ok=True)
    built = FactIndex.load(ws)
    replies = own_replies(ws, built)
    assert len(replies) == 2 and all(len(built.fact_ids_of(r.id)) > 1 for r in replies)
    index_mod.forget()
    cached = FactIndex.load(ws)
    assert handling_part(replies, cached) == handling_part(replies, built)
    read = {i for i in cached.facts if i not in cached.facts._blobs}
    opening, *rest = cached.fact_ids_of("2026-reply-1288")  # its first fact under 一、基本情况: its others left unread
    assert opening in read and rest and not read & set(rest)
    assert cached.fact_ids_of("nowhere") == [] and cached.facts_of(replies[0].id) == built.facts_of(replies[0].id)
