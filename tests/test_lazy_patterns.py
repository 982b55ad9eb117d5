"""Regular expressions at module level compile on first use (drafter.lazyre), so a cold ``drafter
draft`` does not pay for the patterns of what it never does."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys

from drafter.lazyre import lazy


def test_a_lazy_pattern_answers_as_the_compiled_one():
    text = "2025年新增高新技术企业120家，2024年为98家"
    rx = lazy(r"(?P<num>\d+)家")
    assert "_compiled" not in vars(rx) and rx.pattern == r"(?P<num>\d+)家"  # .pattern compiles nothing
    compiled = re.compile(r"(?P<num>\d+)家")
    assert [m.group("num") for m in rx.finditer(text)] == ["120", "98"]
    assert rx.search(text).span() == compiled.search(text).span()
    assert rx.sub("#", text) == compiled.sub("#", text) and rx.split(text) == compiled.split(text)
    assert rx.findall(text) == ["120", "98"] and rx.match(text) is None and not rx.fullmatch(text)
    assert rx.groupindex == {"num": 1} and rx.groups == 1 and rx.flags == compiled.flags
    assert rx.compiled() is compiled  # re's own cache: the same object
    assert lazy("ab", re.I).search("xAB").group() == "AB"


def test_a_lazy_pattern_pickles_and_copies_before_and_after_its_first_use():
    rx = lazy(r"\d+")
    assert pickle.loads(pickle.dumps(rx)).findall("a1b22") == ["1", "22"]
    rx.search("1")
    again = pickle.loads(pickle.dumps(rx))
    assert again.pattern == r"\d+" and again.findall("a1b22") == ["1", "22"]


IMPORTS = """
import re, sys
compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
original, seen = compiler.compile, []

def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(re.__file__.rsplit("/", 1)[0]):
        frame = frame.f_back
    where = frame.f_code.co_filename.replace("\\\\", "/") if frame is not None else ""
    if "/drafter/" in where and not where.endswith("/lazyre.py"):  # a lazy's first use is no import cost
        seen.append(pattern)
    return original(pattern, flags)

compiler.compile = counting
import drafter.cli, drafter.api, drafter.draft, drafter.compose.reply, drafter.docx.write
print(len(seen))
for p in seen:
    print(p[:60])
"""


def test_importing_the_draft_path_compiles_almost_no_pattern():
    """Only the patterns a match's ``.re`` is compared with by identity (grammar's FIGURE,
    CN_FIGURE and VAGUE_FIGURE, sentences' _LIST_COUNTED) are compiled on import: any other
    module-level pattern on the draft's path is a ``lazy``."""
    out = subprocess.run([sys.executable, "-c", IMPORTS], capture_output=True, text=True, check=True).stdout
    count, *patterns = out.splitlines()
    assert int(count) <= 4, f"compiled on import: {patterns} (write lazy(…) of drafter.lazyre for re.compile(…))"
