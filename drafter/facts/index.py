"""FactIndex: every fact of the workspace, ranked by BM25 over character bigrams, cached on disk.

Ranking. Chinese has no spaces, so terms are character bigrams of each run of CJK characters
(``高新技术企业`` → 高新 新技 技术 术企 企业), a lone CJK character between punctuation is kept
as a unigram, and runs of Latin letters or digits are whole terms (``R&D`` → r, d; ``1614``).
This is the CJKAnalyzer scheme of Lucene: bigram BM25 is a standard, robust baseline for
Chinese retrieval, needs no dictionary, handles names and new words a segmenter would split
wrongly, and costs nothing to load — a segmenter's dictionary takes about a second and 175 MB
to load, which the draft path cannot afford. Unigrams of every character were left out: they match almost
every fact (市, 科, 企…) and add noise more than recall. A fact's terms come from its text,
topics, section headings and the things its figures count. Scores are Okapi BM25 with
k1 = 1.5, b = 0.75 and the non-negative idf ln(1 + (N − df + 0.5)/(df + 0.5)).

Cache. The index is pickled to ``<workspace>/.drafter/index.pickle`` with the (name, size,
mtime_ns) of every ``facts/*.yaml`` it was built from. Loading compares that list with the
folder: when nothing changed the pickle is used as is (milliseconds for 10,000 facts, no YAML
parsing); otherwise only the changed files are parsed (the fast plain reader of
:func:`drafter.facts.store.load_fact_file`) and validated, the rest is taken from the cache, and
the ranking tables are rebuilt. ``known`` lets a caller that
has just written fact files (``drafter distill``) hand over their content so they are not parsed
again. The cache is derived data: deleting it is always safe, and a cache that cannot be written
is skipped silently. A process also keeps the index it last loaded (per facts folder, with its
signature): a long-running server loads an unchanged base once, not on every request, so the
index :meth:`FactIndex.load` returns is shared and must be treated as read-only.
"""

from __future__ import annotations

import math
import os
import pickle
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import fields
from itertools import compress
from pathlib import Path

from ..grammar import bigrams
from ..model import Fact, FactFile, Figure, Period, SourceMeta
from ..workspace import Workspace
from . import journal

CACHE_NAME = "index.pickle"
K1, B = 1.5, 0.75
HELD_QUERIES = 8  # the scores of so many queries kept (:meth:`FactIndex._scores`)
# Bump when the pickled layout or the terms of a text (grammar.tokens: a route by its code) change; the model's field
# names are part of the key too.
FORMAT = ("drafter-index", 8) + tuple(tuple(f.name for f in fields(cls)) for cls in (Fact, Figure, Period, SourceMeta))

Signature = tuple[tuple[str, int, int], ...]
# The index last loaded in this process, per facts folder: (signature, index). A long-running
# process (drafter serve, its drafting workers) loads the base once, not on every request.
_HELD: dict[str, tuple[Signature, FactIndex]] = {}


def forget(facts_dir: str | Path | None = None) -> None:
    """Let go of the index this process holds for ``facts_dir`` (of every folder when None): the
    next load reads the disk cache or the files again, as a new process does."""
    if facts_dir is None:
        _HELD.clear()
    else:
        _HELD.pop(str(facts_dir), None)


def holds(facts_dir: str | Path) -> bool:
    """Whether this process holds an index loaded from ``facts_dir``."""
    return str(facts_dir) in _HELD


def terms(text: str) -> list[str]:
    """The index terms of ``text``: CJK bigrams (lone characters as unigrams), Latin/digit words
    (:func:`drafter.grammar.bigrams`, of the NFKC-folded text)."""
    return bigrams(text)


def fact_terms(fact: Fact, memo: dict[str, list[str]] | None = None) -> list[str]:
    """Terms of everything a person would search a fact by. ``memo`` keeps the terms of the
    short parts many facts share (topics, section headings, what figures count) across calls."""
    out = terms(fact.text)
    for part in (*fact.topics, *fact.section, *(g.counts for g in fact.figures if g.counts)):
        found = memo.get(part) if memo is not None else None
        if found is None:
            found = terms(part)
            if memo is not None:
                memo[part] = found
        out += found
    return out


def signature(ws: Workspace) -> Signature:
    """(name, size, mtime_ns) of every fact file: the cache key."""
    out = []
    folder = ws.facts_dir
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return ()
    for entry in entries:
        if entry.name.endswith(".yaml") and not entry.name.startswith(".") and entry.is_file():
            st = entry.stat()
            out.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


class FactMap(Mapping):
    """Fact id → :class:`Fact`, in fact-base order. In the cache each fact is a pickled blob that
    is unpickled on first access: a draft touches a few hundred of 10,000 facts, and building
    every Fact object from the cache would cost more than the rest of the draft."""

    def __init__(self, facts: Mapping[str, Fact] | None = None):
        self._facts: dict[str, Fact | None] = dict(facts or {})
        self._blobs: dict[str, bytes] = {}

    def __getitem__(self, fact_id: str) -> Fact:
        fact = self._facts[fact_id]
        if fact is None:  # safe across threads: the fact is set before its blob is dropped
            blob = self._blobs.get(fact_id)
            if blob is None:
                return self._facts[fact_id]
            fact = self._facts[fact_id] = pickle.loads(blob)
            self._blobs.pop(fact_id, None)
        return fact

    def __setitem__(self, fact_id: str, fact: Fact) -> None:
        self._facts[fact_id] = fact
        self._blobs.pop(fact_id, None)

    def __iter__(self):
        return iter(self._facts)

    def __len__(self) -> int:
        return len(self._facts)

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._facts

    def __getstate__(self) -> dict:
        blobs = {k: self._blobs.get(k) or pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL)
                 for k, f in self._facts.items()}
        return {"blobs": blobs}

    def __setstate__(self, state: dict) -> None:
        self._blobs = state["blobs"]
        self._facts = dict.fromkeys(self._blobs)


class FactIndex:
    """All facts and sources of a workspace with a BM25 ranking over character bigrams."""

    def __init__(self, fact_files: Iterable[FactFile] = ()):
        self.facts: FactMap = FactMap()
        self.sources: dict[str, SourceMeta] = {}
        self._files: dict[str, tuple[str, list[str]]] = {}  # file name → (source id, fact ids)
        self._marks: dict[str, frozenset[str]] = {}  # source id → the fact ids its facts' marks name (none: not held)
        for ff in fact_files:
            self._add(ff)
        self._rank()

    # --- building ---------------------------------------------------------------------------

    def _add(self, ff: FactFile, name: str | None = None) -> None:
        self.sources[ff.source.id] = ff.source
        self._files[name or f"{ff.source.id}.yaml"] = (ff.source.id, [f.id for f in ff.facts])
        marks = frozenset().union(*(f.marks() for f in ff.facts))
        if marks:
            self._marks[ff.source.id] = marks
        for fact in ff.facts:
            self.facts[fact.id] = fact

    def _rank(self) -> None:
        """Build the postings (for each term, the facts holding it and what the term adds to their
        score: its BM25 weight there, which the base alone fixes), each fact's kind and superseded
        flag (to filter hits without building the facts), and per source the headings that have
        sub-headings."""
        self._ids = list(self.facts)
        self._kinds = [fact.kind for fact in self.facts.values()]
        self._superseded = bytearray(bool(fact.superseded_by) for fact in self.facts.values())
        self.parent_headings: dict[str, set[str]] = {}
        postings: dict[str, array] = {}  # typed arrays: a 15,000-fact base stays a few MB
        lengths = []
        memo: dict[str, list[str]] = {}
        for doc, fact in enumerate(self.facts.values()):
            self.parent_headings.setdefault(fact.source_id, set()).update(fact.section[:-1])
            bag = fact_terms(fact, memo)
            lengths.append(len(bag))
            for term, tf in Counter(bag).items():
                row = postings.get(term)
                if row is None:
                    row = postings[term] = array("i")
                row.append(doc)
                row.append(tf)
        n = len(lengths)
        avgdl = (sum(lengths) / n) if lengths else 1.0
        norm = [K1 * (1 - B + B * dl / (avgdl or 1.0)) for dl in lengths]
        self._terms: dict[str, int] = {}
        self._offsets = array("l", [0])
        self._docs = array("i")
        self._weights = array("d")  # a query's score of a fact is the sum of its terms' weights there
        while postings:  # popping frees each term's list once it is copied: one copy at a time
            term, pairs = postings.popitem()
            self._terms[term] = len(self._offsets) - 1
            docs, tfs = pairs[::2], pairs[1::2]
            df = len(docs)
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            self._docs.extend(docs)
            self._weights.extend([idf * tf * (K1 + 1) / (tf + norm[doc]) for doc, tf in zip(docs, tfs)])
            self._offsets.append(len(self._docs))

    def _file_facts(self, name: str) -> FactFile | None:
        """The cached content of fact file ``name`` (for an incremental rebuild)."""
        if name not in self._files:
            return None
        sid, ids = self._files[name]
        return FactFile(self.sources[sid], [self.facts[i] for i in ids])

    # --- loading ----------------------------------------------------------------------------

    @classmethod
    def load(cls, ws: Workspace, known: Mapping[Path, FactFile] | None = None) -> FactIndex:
        """The index of ``ws``'s fact base, from the cache when no fact file changed.

        Changed files are parsed and validated (a bad one raises :class:`FactFileError` naming
        file and line); ``known`` maps fact-file paths just written to their content. A write
        of the base killed half-way is undone first (restored files get back their old size and
        mtime: a cache of the old base is valid again, any other is not), and no running write
        is seen half-way (:func:`drafter.facts.journal.reading`).
        """
        with journal.reading(ws.facts_dir):
            key = str(ws.facts_dir)
            sig = signature(ws)
            held = _HELD.get(key)
            if known is None and held is not None and held[0] == sig:
                return held[1]
            index = cls._load(ws, known, sig)
            _HELD[key] = (sig, index)
            return index

    @classmethod
    def _load(cls, ws: Workspace, known: Mapping[Path, FactFile] | None, sig: Signature) -> FactIndex:
        cache = ws.cache_dir / CACHE_NAME
        old_sig, old = _read_cache(cache)
        if old is not None and old_sig == sig:
            return old
        known_by_name = {Path(p).name: ff for p, ff in (known or {}).items()}
        old_names = {name: (size, mtime) for name, size, mtime in (old_sig or ())}
        index = cls.__new__(cls)
        index.facts, index.sources, index._files, index._marks = FactMap(), {}, {}, {}
        files = []
        for name, size, mtime in sig:
            ff = known_by_name.get(name)
            if ff is None and old is not None and old_names.get(name) == (size, mtime):
                ff = old._file_facts(name)
            files.append((name, ff if ff is not None else _parse(ws, name)))
        from .store import check_unique_ids  # lazily, as in _parse: only a rebuild needs the store

        check_unique_ids((ws.facts_dir / name, ws.relpath(ws.facts_dir / name), ff) for name, ff in files)
        for name, ff in files:
            index._add(ff, name)
        index._rank()
        _write_cache(cache, sig, index)
        return index

    # --- queries ----------------------------------------------------------------------------

    def source_of(self, fact: Fact) -> SourceMeta | None:
        """The source document a fact came from (None only for a fact from outside this index)."""
        return self.sources.get(fact.source_id)

    def facts_of(self, source_id: str) -> list[Fact]:
        """The facts of one source, in file order (only those are read from the cache)."""
        return [self.facts[i] for i in self.fact_ids_of(source_id)]

    def fact_ids_of(self, source_id: str) -> list[str]:
        """The ids of one source's facts, in file order, with no fact read from the cache (a caller
        reading a reply's first fact only, of each of a large base's replies, reads no other)."""
        by_source = self.__dict__.get("_by_source")
        if by_source is None:  # (one pass over the files, not one per source asked: derived, never pickled)
            by_source = {}
            for sid, ids in self._files.values():
                by_source.setdefault(sid, []).extend(ids)
            self._by_source = by_source
        return by_source.get(source_id, [])

    def last_facts(self) -> list[Fact]:
        """The last fact of each source, in file order of the sources (a reply's closing paragraph's, where it says one)."""
        return [self.facts[ids[-1]] for _, ids in self._files.values() if ids]

    def search(
        self,
        query: str,
        limit: int | None = None,
        kinds: Iterable[str] | None = None,
        include_superseded: bool = False,
    ) -> list[tuple[Fact, float]]:
        """Facts matching ``query``, best first, with their BM25 scores (ties by id).

        Superseded facts are left out unless ``include_superseded``; ``kinds`` keeps only facts
        of those kinds (done / plan / problem / context).
        """
        scores = self._scores(query)
        wanted = set(kinds) if kinds else None
        hits = []
        ids, kinds_of, superseded = self._ids, self._kinds, self._superseded
        for doc in compress(range(len(scores)), scores):
            if wanted is not None and kinds_of[doc] not in wanted:
                continue
            if superseded[doc] and not include_superseded:
                continue
            hits.append((-scores[doc], ids[doc]))
        hits.sort()  # best first, ties by id: compared as tuples, with no key function to call
        if limit is not None:
            hits = hits[:limit]
        return [(self.facts[fact_id], -score) for score, fact_id in hits]

    def _scores(self, query: str) -> list[float]:
        """Every fact's BM25 score for ``query`` (0.0: no term of it), by position. Remembered for the last
        few queries: a draft searches its title for the work done and again for the plans."""
        held = self.__dict__.get("_scored")
        if held is None:
            held = self._scored = {}
        scores = held.get(query)
        if scores is not None:
            return scores
        scores = [0.0] * len(self._ids)  # every weight is positive: a fact no term is in stays 0.0
        docs, weights, offsets = self._docs, self._weights, self._offsets
        for term in dict.fromkeys(terms(query)):  # in query order: the same sums in every process
            row = self._terms.get(term)
            if row is None:
                continue
            start, end = offsets[row], offsets[row + 1]
            for doc, weight in zip(docs[start:end], weights[start:end]):
                scores[doc] += weight
        if len(held) >= HELD_QUERIES:
            held.clear()
        held[query] = scores
        return scores

    def __getstate__(self) -> dict:
        state = {k: v for k, v in self.__dict__.items() if k not in ("_scored", "_by_source")}
        # the postings as bytearrays, which unpickling reads from the file into place: an array is read as bytes, then
        # copied (10,000 facts: 15 MB more memory to fault in, ~10 ms of a draft)
        state["_docs"], state["_weights"] = bytearray(self._docs), bytearray(self._weights)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._docs, self._weights = memoryview(self._docs).cast("i"), memoryview(self._weights).cast("d")

    def find(
        self,
        query: str | None = None,
        *,
        kinds: Iterable[str] | None = None,
        years: tuple[int, int] | None = None,
        jurisdiction: str | None = None,
        include_superseded: bool = False,
        limit: int | None = None,
    ) -> list[tuple[Fact, float | None]]:
        """Facts filtered by kind, year range and place; ranked by ``query`` when given.

        A fact is in ``years`` (inclusive) when its period or one of its figures' years is;
        ``jurisdiction`` matches a fact whose place contains it (泉州 matches 泉州市). Without a
        query, facts come in fact-base order (by source file, then as in the file).
        """
        if query and query.strip():
            found: list[tuple[Fact, float | None]] = list(
                self.search(query, kinds=kinds, include_superseded=include_superseded)
            )
        else:
            wanted = set(kinds) if kinds else None
            found = [
                (f, None) for f in self.facts.values()
                if (wanted is None or f.kind in wanted) and (include_superseded or not f.superseded_by)
            ]
        if years is not None:
            low, high = years
            found = [
                (f, s) for f, s in found
                if any(y is not None and low <= y <= high for y in (f.period.year, *(g.year for g in f.figures)))
            ]
        if jurisdiction:
            found = [(f, s) for f, s in found if f.jurisdiction and jurisdiction in f.jurisdiction]
        return found[:limit] if limit is not None else found

    def share(self, term: str) -> float:
        """The share of all facts holding index term ``term`` (0.0 for an unknown term)."""
        row = self._terms.get(term)
        if row is None or not self._ids:
            return 0.0
        return (self._offsets[row + 1] - self._offsets[row]) / len(self._ids)

    def marking(self, prefix: str) -> set[str]:
        """The ids of the sources a fact of which marks (:meth:`~drafter.model.Fact.marks`) one whose id opens with ``prefix``."""
        return {sid for sid, ids in self._marks.items() if any(i.startswith(prefix) for i in ids)}

    def count_by_source(self) -> dict[str, int]:
        """How many facts each source gave (all facts, superseded included)."""
        counts = dict.fromkeys(self.sources, 0)
        for sid, ids in self._files.values():
            counts[sid] = counts.get(sid, 0) + len(ids)
        return counts


def _parse(ws: Workspace, name: str) -> FactFile:
    from .store import load_fact_file  # lazily: the store only when a file must be parsed

    path = ws.facts_dir / name
    return load_fact_file(path, display=ws.relpath(path))


def _read_cache(path: Path) -> tuple[Signature | None, FactIndex | None]:
    try:
        with open(path, "rb") as fh:
            fmt, sig = pickle.load(fh)
            if fmt != FORMAT:
                return None, None
            return sig, pickle.load(fh)
    except Exception:  # a missing, stale or corrupt cache is rebuilt, never an error
        return None, None


def _write_cache(path: Path, sig: Signature, index: FactIndex) -> None:
    """Pickle straight into a temporary file, then rename it into place (no copy in memory)."""
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((FORMAT, sig), fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # derived data: a read-only workspace still works, just slower
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
