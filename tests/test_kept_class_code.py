"""The methods dataclasses writes for a class (__init__, __repr__, __eq__…) are compiled once and kept beside the
bytecode (drafter.kept): a second process makes drafter's classes, and any other, from the file, compiling none of
their methods again, and they behave as dataclasses' own. A damaged file is no file; nothing is written under
PYTHONDONTWRITEBYTECODE."""

import dataclasses
import json
import marshal
import os
import subprocess
import sys

import drafter  # noqa: F401  (installs the hook)
from drafter import kept

SCRIPT = """
import builtins, json, sys
from pathlib import Path
from drafter import kept
kept.CLASS_CODE.path = Path(sys.argv[1])
compiled = []
compile_ = builtins.compile
def counting(source, *args, **kwargs):
    if isinstance(source, str) and source.startswith("def __create_fn__"):
        compiled.append(source)
    return compile_(source, *args, **kwargs)
builtins.compile = counting
import dataclasses
import drafter.cli, drafter.api, drafter.draft
from drafter.compose.select import Item
from drafter.model import Fact, Period

@dataclasses.dataclass(order=True, frozen=True)
class Point:
    x: int
    label: str = "原点"

fact = Fact("f1", "新增高新技术企业120家", "done", Period(2025, "stated"), None, "s1")
try:
    Point(1).x = 2
    frozen = "assigned"
except dataclasses.FrozenInstanceError as exc:
    frozen = str(exc)
print(json.dumps({"compiled": len(compiled), "known": len(kept.CLASS_CODE.known or {}), "made": len(kept.CLASS_CODE.made),
                  "behaviour": [repr(Point(1)), Point(1) == Point(1, "原点"), Point(1) < Point(2), hash(Point(3)) == hash(Point(3)),
                                frozen, repr(fact), fact == Fact("f1", "新增高新技术企业120家", "done", Period(2025, "stated"), None, "s1"),
                                Item(fact, None, 1.0, 2025).score]}, ensure_ascii=False))
"""


def run(path, env=None) -> dict:
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, check=True,
                          env=env)
    return json.loads(done.stdout)


def test_a_second_process_makes_the_classes_from_the_kept_code(tmp_path):
    path = tmp_path / "classes.marshal"
    first = run(path)
    assert first["compiled"] > 40 and first["made"] == first["compiled"] and first["known"] == 0 and path.exists()
    second = run(path)
    assert second["compiled"] == 0 and second["made"] == 0 and second["known"] == first["made"]  # (nothing new: not written)
    assert second["behaviour"] == first["behaviour"]
    assert first["behaviour"][:5] == ["Point(x=1, label='原点')", True, True, True, "cannot assign to field 'x'"]
    assert first["behaviour"][5].startswith("Fact(id='f1', text='新增高新技术企业120家', kind='done', period=Period(")


def test_a_damaged_file_is_no_file_and_nothing_is_written_without_bytecode(tmp_path):
    path = tmp_path / "classes.marshal"
    path.write_bytes(b"\x00not marshal")
    damaged = run(path)
    assert damaged["known"] == 0 and damaged["compiled"] > 40 and damaged["behaviour"][1:5] == [True, True, True,
                                                                                               "cannot assign to field 'x'"]
    assert run(path)["compiled"] == 0  # mended at exit
    path.write_bytes(marshal.dumps(dict.fromkeys(marshal.loads(path.read_bytes()), 0)))  # no code under its sources
    assert run(path)["compiled"] > 40 and run(path)["compiled"] == 0
    fresh = tmp_path / "none.marshal"
    assert run(fresh, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})["compiled"] > 40
    assert not fresh.exists()


def test_importing_drafter_makes_dataclasses_take_the_kept_code():
    assert dataclasses.exec is kept._exec

    @dataclasses.dataclass
    class Pair:
        left: str
        right: list = dataclasses.field(default_factory=list)

    assert Pair("甲") == Pair("甲", []) and repr(Pair("乙", [1])).endswith(".Pair(left='乙', right=[1])")
