"""Regular expressions at module level compile on first use (drafter.lazyre), so a cold ``drafter
draft`` (or check, batch, serve…) does not pay for the patterns of what it never does."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert rx.compiled() == compiled  # the same pattern, flags and engine code as re.compile's
    assert lazy("ab", re.I).search("xAB").group() == "AB"


def test_a_lazy_pattern_pickles_and_copies_before_and_after_its_first_use():
    rx = lazy(r"\d+")
    assert pickle.loads(pickle.dumps(rx)).findall("a1b22") == ["1", "22"]
    rx.search("1")
    again = pickle.loads(pickle.dumps(rx))
    assert again.pattern == r"\d+" and again.findall("a1b22") == ["1", "22"]


IMPORTS = """
import os, re, sys
compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
original, seen = compiler.compile, []
import importlib.util  # drafter's package folder, found without importing it (a checkout named drafter/
# holds a virtual environment's packages too)
spec = importlib.util.find_spec("drafter")
package = os.path.abspath(spec.submodule_search_locations[0]).replace("\\\\", "/") + "/"

def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(re.__file__.rsplit("/", 1)[0]):
        frame = frame.f_back
    where = frame.f_code.co_filename.replace("\\\\", "/") if frame is not None else ""
    if where.startswith(package) and not where.endswith("/lazyre.py"):  # a lazy's first use is no import cost
        seen.append(pattern)
    return original(pattern, flags)

compiler.compile = counting
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print(len(seen))
for p in seen:
    print(p[:60])
"""
DRAFT_PATH = ("drafter.cli", "drafter.api", "drafter.draft", "drafter.compose.reply", "drafter.docx.write")
# The modules of the other commands (check, batch, serve, harvest, refresh, distill's reading and
# storing): a draft does not import them, and each command uses few of their patterns.
OTHER_COMMANDS = ("drafter.check", "drafter.batch", "drafter.web.app", "drafter.harvest", "drafter.refresh",
                  "drafter.distill.run", "drafter.distill.structure", "drafter.distill.figures",
                  "drafter.distill.periods", "drafter.distill.topics", "drafter.read.clean", "drafter.read.html",
                  "drafter.read.pdf", "drafter.facts.store")


def compiled_on_import(*modules: str) -> tuple[int, list[str]]:
    """How many patterns drafter's modules compile while ``modules`` are imported in a fresh
    interpreter, and the first characters of each."""
    out = subprocess.run([sys.executable, "-c", IMPORTS, *modules], capture_output=True, text=True, check=True).stdout
    count, *patterns = out.splitlines()
    return int(count), patterns


@pytest.mark.parametrize("modules", [DRAFT_PATH, DRAFT_PATH + OTHER_COMMANDS], ids=["draft", "other-commands"])
def test_importing_a_commands_modules_compiles_almost_no_pattern(modules):
    """Only the patterns a match's ``.re`` is compared with by identity (grammar's FIGURE,
    CN_FIGURE and VAGUE_FIGURE, sentences' _LIST_COUNTED) are compiled on import: any other
    module-level pattern on the draft's path, or of the other commands' modules, is a ``lazy``."""
    count, patterns = compiled_on_import(*modules)
    assert count <= 4, f"compiled on import: {patterns} (write lazy(…) of drafter.lazyre for re.compile(…))"


DRAFTING = """
import re, sys
compiler = getattr(re, "_compiler", None) or __import__("sre_compile")
original, seen = compiler.compile, []

def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(re.__file__.rsplit("/", 1)[0]):
        frame = frame.f_back
    if frame is not None and not frame.f_code.co_filename.endswith("lazyre.py"):
        seen.append((frame.f_code.co_filename.replace("\\\\", "/"), pattern))
    return original(pattern, flags)

compiler.compile = counting
from drafter.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
for where, pattern in seen:
    print(where, repr(pattern))
"""


def test_drafting_compiles_no_fixed_pattern_of_the_selection_again(loo, tmp_path):
    """The fixed patterns the selection of a draft's facts uses (asks, sentences, select) are lazies, compiled
    once and kept beside the bytecode: a draft with the suggestion's text compiled 16 written inline
    (re.split(r"[，,；;。！？]", s)…) in every run. Patterns built from what the run reads (an ask's key word in
    two halves) are still compiled."""
    from helpers import TEXT_1288, TITLE_1288

    argv = ["-w", str(loo), "draft", "1288", TITLE_1288, "--deputy", "林永红", "--date", "2026-05-20", "--text",
            str(TEXT_1288), "--with", "市市场监管局", "-o", str(tmp_path / "1288.docx")]
    out = subprocess.run([sys.executable, "-c", DRAFTING, *argv], capture_output=True, text=True, check=True).stdout
    compiled = [line.split(" ", 1) for line in out.splitlines()]
    mine = [(where, ast.literal_eval(pattern)) for where, pattern in compiled
            if where.endswith(("compose/asks.py", "compose/sentences.py", "compose/select.py"))]
    assert mine, compiled  # (the halves of an ask's key words)
    written = [(where, p) for where, p in mine if isinstance(p, str) and f'r"{p}"' in Path(where).read_text("utf-8")]
    assert not written, written
