"""What a process compiles that stays the same from one run to the next, kept in a file for the next process, as
Python keeps a module's bytecode.

A cold command compiles the same things in every run: the regular expressions it uses (:mod:`drafter.lazyre`
keeps the engine's code of each) and the methods :mod:`dataclasses` writes as source text for each class when
the class is made (``__init__``, ``__repr__``, ``__eq__``…: the 38 classes a draft's modules make, ~14 ms of a
cold draft's ~300, more than loading those modules' bytecode). A :class:`Kept` holds one kind in a file beside
this package's bytecode (``__pycache__/<name>``), read whole by a process's first lookup and written
again, atomically, when the process ends having made what it did not hold — not under
``PYTHONDONTWRITEBYTECODE``, which writes no bytecode either. A file grown past its size (a checkout keeps what
every version of drafter and every workspace's names made) is written again with what the writing process used
and made. A file that cannot be read or written is no file: everything is compiled as usual.
"""

from __future__ import annotations

import atexit
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType


class Kept:
    """What a process compiled, by key, kept in ``__pycache__/<name>`` (up to ``max_bytes`` read whole)."""

    def __init__(self, name: str, max_bytes: int):
        self.path = Path(__file__).parent / "__pycache__" / name
        self.max_bytes = max_bytes
        self.known: dict | None = None  # read from the file by the first lookup
        self.made: dict = {}  # compiled by this process and not in the file
        self.used: set = set()  # the keys of known this process took
        self.oversized = False  # the file read was past max_bytes: written again, with what this process used, at exit

    def get(self, key):
        """What the file holds for ``key``, or None (then the caller compiles it and :meth:`put` s it)."""
        if self.known is None:
            self.known = self._read()
            atexit.register(self._write)
        found = self.known.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def put(self, key, value) -> None:
        """``value`` compiled for ``key``, to be written at exit."""
        self.made[key] = value

    def drop(self, key) -> None:
        """What was put for ``key`` is not to be written (the compiler's result could not be used)."""
        self.made.pop(key, None)

    def _read(self) -> dict:
        try:
            data = self.path.read_bytes()
            kept = marshal.loads(data)
            self.oversized = len(data) > self.max_bytes
            return kept if isinstance(kept, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            return {}

    def _write(self) -> None:
        if not (self.made or (self.oversized and self.used)) or sys.dont_write_bytecode:  # no .pyc, nor this
            return
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        known = self.known or {}
        try:
            data = None if self.oversized else marshal.dumps({**known, **self.made})
            if data is None or len(data) > self.max_bytes:  # (a file read past it is never dumped whole again)
                data = marshal.dumps({**{k: v for k, v in known.items() if k in self.used}, **self.made})
            temporary.write_bytes(data)
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            temporary.unlink(missing_ok=True)


# The methods of a draft's dataclasses take ~0.3 MB; the classes of other commands, of tests, of earlier versions
# only add up. Named by the bytecode's version as a .pyc is checked by it (a code object of another is never run).
CLASS_CODE = Kept(f"dataclasses.{sys.implementation.cache_tag}-{int.from_bytes(MAGIC_NUMBER[:2], 'little')}.marshal",
                  1_000_000)


def _exec(source, globals=None, locals=None):
    """:mod:`dataclasses`' ``exec`` of a method's source text (its only use of exec): the code compiled from it taken
    from :data:`CLASS_CODE` when it holds it. Compiled as ``exec`` compiles it there (no ``__future__`` flags: that
    module has none)."""
    if not isinstance(source, str) or globals is None:
        return exec(source, globals, locals)
    code = CLASS_CODE.get(source)
    if not isinstance(code, CodeType):  # (none kept, or a damaged file's)
        code = compile(source, "<string>", "exec", dont_inherit=True)
        CLASS_CODE.put(source, code)
    return exec(code, globals, locals)


def keep_class_code() -> None:
    """Make :mod:`dataclasses` take the code of the methods it writes from :data:`CLASS_CODE` (a module name of its
    own before the builtin ``exec``); a Python whose dataclasses compile otherwise compiles as usual."""
    if hasattr(dataclasses, "_create_fn"):
        dataclasses.exec = _exec
