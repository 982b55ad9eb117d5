"""Compiled patterns remembered across processes (drafter.lazyre: the engine's code in a file beside
the bytecode): a second process takes them from the file and matches as ``re.compile`` does; a
file that is damaged, or holds code the engine refuses, is ignored."""

import marshal
import re
import subprocess
import sys

import pytest

from drafter import lazyre

PATTERNS = [r"^([\u4e00-\u9fff]{2,8}?)(?:[一二三四五六七八九十两]|\d+)[个大类项种条]", r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元)",
            r"(?<![\u4e00-\u9fff])某{2,}"]
TEXTS = ["高层次人才团队3个", "资助总额300万元、1.5亿元", "陈某某代表", "abc"]

SCRIPT = """
import json, sys
from drafter import lazyre
lazyre.CODES_FILE = lazyre.Path(sys.argv[1])
out = []
for p in json.loads(sys.argv[2]):
    c = lazyre.lazy(p)
    out.append([[m.group(0), m.groupdict()] for t in json.loads(sys.argv[3]) for m in c.finditer(t)])
print(json.dumps([out, len(lazyre._known), len(lazyre._made)]))
"""


def run(codes, env=None):
    import json
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(codes), json.dumps(PATTERNS), json.dumps(TEXTS)],
                          capture_output=True, text=True, check=True, env=env)
    return json.loads(done.stdout)


def expected():
    return [[[m.group(0), m.groupdict()] for t in TEXTS for m in re.finditer(p, t)] for p in PATTERNS]


def test_a_second_process_takes_the_patterns_from_the_file(tmp_path):
    codes = tmp_path / "codes.marshal"
    first = run(codes)
    assert first == [expected(), 0, len(PATTERNS)]  # compiled, then written at exit
    assert codes.exists()
    second = run(codes)
    assert second == [expected(), len(PATTERNS), 0]  # all from the file, nothing new to write


def test_a_damaged_file_or_refused_code_is_no_file(tmp_path):
    codes = tmp_path / "codes.marshal"
    codes.write_bytes(b"\x00not marshal")
    assert run(codes)[0] == expected()
    # code the engine refuses (checked by _sre.compile): compiled as usual instead
    bad = {(p, 0): (0, [1, 2, 3], 0, {}, ()) for p in PATTERNS}
    codes.write_bytes(marshal.dumps(bad))
    assert run(codes) == [expected(), len(PATTERNS), len(PATTERNS)]  # made again, the file mended
    assert run(codes) == [expected(), len(PATTERNS), 0]


FLAGGED = """
import sys, re
from drafter import lazyre
lazyre.CODES_FILE = lazyre.Path(sys.argv[1])
lazyre.lazy(r"^(?:https?://|www\\.)\\S+$", re.IGNORECASE).search("WWW.example.cn")
lazyre.lazy(r"\\d+万元").search("300万元")
print(len(lazyre._known), len(lazyre._made))
"""


def test_a_pattern_with_flags_is_written_with_the_others(tmp_path):
    """A pattern given re.IGNORECASE (a RegexFlag, which marshal cannot write) kept the whole file from being written,
    so every process compiled anew the patterns of reading a text (--text: some 80, 30 ms of a draft's 300)."""
    codes = tmp_path / "codes.marshal"

    def run_flagged() -> str:
        return subprocess.run([sys.executable, "-c", FLAGGED, str(codes)], capture_output=True, text=True,
                              check=True).stdout.split()

    assert run_flagged() == ["0", "2"] and codes.exists()
    assert run_flagged() == ["2", "0"]


def test_nothing_is_written_under_dont_write_bytecode(tmp_path):
    import os
    codes = tmp_path / "codes.marshal"
    assert run(codes, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})[0] == expected()
    assert not codes.exists()


@pytest.mark.parametrize("pattern", PATTERNS)
def test_in_this_process_a_lazy_pattern_is_the_compiled_one(pattern):
    compiled = lazyre.lazy(pattern).compiled()
    assert isinstance(compiled, re.Pattern) and compiled.pattern == pattern


def test_a_file_grown_past_its_size_keeps_what_the_writing_process_used(tmp_path):
    """Every process reads the file whole: patterns built from many workspaces' names, or of a drafter since upgraded,
    only added up (a developer's copy held 1,137, 3.8 MB, 20 ms to read for a draft that uses ~200). Past its size it
    keeps what the process writing it used and made; under it, all."""
    codes = tmp_path / "codes.marshal"
    run(codes)
    stale = {(f"旧的模式{n}" + "(?:甲|乙)" * 2000, 0): (0, [1], 0, {}, ()) for n in range(60)}
    kept = marshal.loads(codes.read_bytes())
    codes.write_bytes(marshal.dumps({**kept, **stale}))
    assert len(codes.read_bytes()) > lazyre.MAX_CODES_BYTES
    FRESH = ["(?P<n>\\d+)个项目"]
    import json
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(codes), json.dumps(PATTERNS + FRESH), json.dumps(TEXTS)],
                          capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)[1:] == [len(PATTERNS) + len(stale), 1]  # read all, made one, so written
    assert set(marshal.loads(codes.read_bytes())) == {(p, 0) for p in PATTERNS + FRESH}
    codes.write_bytes(marshal.dumps({**marshal.loads(codes.read_bytes()), **stale}))  # …and when nothing is new
    assert run(codes)[1:] == [len(PATTERNS) + 1 + len(stale), 0]
    assert set(marshal.loads(codes.read_bytes())) == {(p, 0) for p in PATTERNS}


LIBRARY = """
import re
AMOUNT = re.compile(r"(?P<num>\\d+(?:\\.\\d+)?)(?P<unit>万元|亿元)")
NAME = re.compile(r"^www\\.", re.IGNORECASE)
RAW = re.compile(rb"ns\\d+$")
"""
IMPORTING = """
import json, re, sys
from drafter import lazyre
lazyre.CODES_FILE = lazyre.Path(sys.argv[1])
sys.path.insert(0, sys.argv[2])
with lazyre.remembered():
    import library_on_import
outside = re.compile(r"(?:一|二)号") is re.compile(r"(?:一|二)号")  # (re's own compile and cache again)
lib = library_on_import
print(json.dumps([[m.groupdict() for m in lib.AMOUNT.finditer("资助300万元、1.5亿元")], bool(lib.NAME.match("WWW.gov.cn")),
                  bool(lib.RAW.search(b"ns12")), outside, re._compile is lazyre._re_compile,
                  sorted(p for p, _ in lazyre._made), sorted(p for p, _ in (lazyre._known or {}))]))
"""


def test_patterns_a_library_compiles_on_import_are_remembered(tmp_path):
    """A library's patterns compiled on import (click's, jinja2's, python-docx's: ~5 ms of a cold draft) are taken from the
    file by the next process, as drafter's own are; a bytes pattern is compiled as usual, and after the import re.compile is
    re's own again."""
    import json
    (tmp_path / "library_on_import.py").write_text(LIBRARY, encoding="utf-8")
    codes = tmp_path / "codes.marshal"

    def importing() -> list:
        return json.loads(subprocess.run([sys.executable, "-c", IMPORTING, str(codes), str(tmp_path)], capture_output=True,
                                         text=True, check=True).stdout)

    found = [[{"num": "300", "unit": "万元"}, {"num": "1.5", "unit": "亿元"}], True, True, True, True]
    strings = sorted([r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元)", r"^www\."])
    assert importing() == [*found, strings, []]  # compiled, and written at exit (not the bytes pattern)
    assert importing() == [*found, [], strings]  # from the file
