"""h229: a cold draft's costs cut with its output unchanged — the patterns tried from every character of a long
paragraph (grammar.HANDLED, reply.GARBLED_RUN) tried from a sentence's or a clause's start only, and the bigram sets
made run by run. Real texts: the seeds, the examples, the shared corpus, real lines of stored pages."""

from __future__ import annotations

import re
import time

import pytest
from helpers import CORPUS, DAYAO_177, DAYAO_10030043, HAS_CORPUS, MOUDING_XINMIN, PARKING_NEWS, REPO

from drafter import check
from drafter.compose.sentences import bigrams
from drafter.grammar import GARBLED, HANDLED, bigrams as terms
from drafter.reply import GARBLED_RUN

# Real pages with garbled runs: 住朋网's repost with 规划 masked as ** (hd36a), its commas and colons full-width as distill
# makes them; 牟定县水务局's reply as a mirror saved it, its lost characters ? shown □ as distill shows them (hd26c).
MASKED = PARKING_NEWS.replace(",", "，").replace(":", "：")
LOST = MOUDING_XINMIN.replace("?", "□")
START = re.compile(r"^\(\?:\^\|\(\?<=\[[^]]*\]\)\)")  # the start anchor the two patterns open on


def texts() -> list[str]:
    """Every paragraph of the seeds, the examples and (where it is here) the shared corpus, and each whole text."""
    paths = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "examples").glob("*.txt"))
    if HAS_CORPUS:
        paths += sorted(CORPUS.glob("*.txt"))
    out = []
    for text in [DAYAO_177, DAYAO_10030043, MASKED, LOST, *(path.read_text(encoding="utf-8") for path in paths)]:
        out += [text, *text.splitlines()]
    return out


def unanchored(pattern: str) -> re.Pattern:
    """``pattern`` without its start anchor: tried from every character, as it was."""
    bare = START.sub("", pattern, count=1)
    assert bare != pattern, pattern
    return re.compile(bare)


@pytest.mark.parametrize("rx", [HANDLED, GARBLED_RUN], ids=["HANDLED", "GARBLED_RUN"])
def test_anchored_patterns_find_what_they_found_from_every_character(rx):
    """A match of these patterns starts where a sentence (a clause) does, so tried from there only they find the same runs;
    the real texts hold both kinds (大姚's handling paragraph, the garbled lines)."""
    old = unanchored(rx.pattern)
    found = 0
    for text in texts():
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in old.finditer(text)], text[:80]
        found += bool(rx.search(text))
    assert found >= 3


def test_handled_from_its_sentence_start():
    """大姚县公安局's handling paragraphs, each after the sentence before it in one paragraph: the handling sentence whole,
    from its start on, the sentence before left out."""
    for page, said in ((DAYAO_177, "对你们提出的建议,县公安局高度重视"), (DAYAO_10030043, "收到您提出的提案后,我局领导高度重视")):
        line = next(line.strip() for line in page.splitlines() if said in line)
        found = HANDLED.search("现答复如下。" + line)
        assert found.group() == line


def test_garbled_runs_whole_clauses():
    """Each garbled run is its clause, punctuation to punctuation (no word cut: 實施方案□月初通過了技術評審 whole)."""
    assert [m.group() for m in GARBLED_RUN.finditer(MASKED)] == [
        "柳州市**局", "柳州市**局", "柳州市**局对此答复说", "根据龙潭公园总体**安排", "柳州市**部门还要求龙潭公园门口周边地块开发建设时",
        "按现行**停车配套标准"]
    assert any(m.group().startswith("實施方案□月初通過了技術評審,") for m in GARBLED_RUN.finditer(LOST))


def test_check_finds_the_first_garble_as_before():
    """check's pattern joins GARBLED_RUN to others: its first garble is where it was."""
    old = re.compile(rf"{GARBLED.pattern}|(?<=[\u4e00-\u9fff])[?？](?=\s*$|[A-Za-z])|{unanchored(GARBLED_RUN.pattern).pattern}")
    for text in texts():
        new, was = check._GARBLED.search(text), old.search(text)
        assert (new and new.span()) == (was and was.span()), text[:80]


def test_a_long_paragraph_costs_its_length_not_its_square():
    """A paragraph of one long clause (a work report's list run together, 40 times over) that holds no handling sentence:
    the pattern tried from every character scans to the clause's end from each; from its start, once."""
    clause = "，".join(["持续推进科技创新平台建设"] * 240) + "。"
    old = unanchored(HANDLED.pattern)

    def took(rx) -> float:
        start = time.perf_counter()
        assert rx.search(clause) is None
        return time.perf_counter() - start

    assert took(HANDLED.compiled()) * 20 < took(old)


def test_bigram_sets_are_the_terms_of_two_characters():
    """compose's bigram set is the index terms (grammar.bigrams) of two characters or more, of every paragraph."""
    for text in texts():
        assert bigrams(text) == frozenset(t for t in terms(text) if len(t) > 1), text[:80]
    assert bigrams("R&D投入1.5%，5G") == {"投入", "1.5", "5g"}
