"""Regular expressions compiled on first use rather than on import.

A module-level ``NAME = lazy(r"…")`` is used as ``re.compile(r"…")`` would be (``.search``,
``.finditer``, ``.sub``, ``.pattern`` …) but costs nothing until a command first uses it: a cold
``drafter draft`` imports modules holding hundreds of patterns and uses few of them, and each
character class over the CJK range (U+4E00–U+9FFF) takes Python's compiler about a millisecond.
After the first use the compiled pattern's methods are the object's own attributes, so a hot
loop pays no indirection. For module-level patterns: of the modules a draft imports, and of the
other commands' (check, batch, serve, harvest, refresh, distill's reading and storing), each of
which uses few of its modules' patterns; a pattern a function builds from what stays the same from
one run to the next (a workspace's names) is compiled by :func:`cached`; one built from what a run
reads (a suggestion's words) stays ``re.compile`` (or ``re.search`` and the like with a string). A ``lazy`` is not an ``re.Pattern``: a match's ``.re`` is
the compiled pattern: a pattern compared by identity is compared as ``m.re is FIGURE.compiled()``;
to ``re.sub`` and the like pass ``.pattern``.

Compiling is remembered across processes, as Python remembers a module's bytecode: what the
compiler makes of a pattern (the code the regular-expression engine runs) is kept in a file beside
this module's bytecode (``__pycache__/lazyre.<python>-<engine version>-<repeat limit>.marshal``),
read once by the first pattern a process compiles and written again, atomically, when the process
ends having compiled patterns it did not hold (not under ``PYTHONDONTWRITEBYTECODE``, which writes
no bytecode either); a file grown past :data:`MAX_CODES_BYTES` is written again with the patterns that
process used. A cold draft compiles some 100 patterns (~50 ms of its ~450 ms); from the file they
cost ~5 ms. A file that cannot be read or written, or code the engine refuses (``_sre.compile``
checks it), is no file: the pattern is compiled as usual. What a library compiles with ``re.compile`` as it is imported
(click, jinja2, python-docx) is remembered the same way when it is imported inside :func:`remembered`.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import _sre

try:  # the compiler's modules (Python 3.11 moved them into the re package)
    from re import _compiler as _sre_compile
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_compile as _sre_compile
    import sre_parse as _sre_parse

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "flags", "groups", "groupindex")


class lazy:
    """``re.compile(pattern, flags)``, done the first time anything but ``.pattern`` is asked."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = int(flags)  # (re.IGNORECASE is a RegexFlag, which marshal cannot write: the file's key is an int)

    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = _compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str):  # only for what is not yet an attribute: before compiling
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return lazy, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


CODES_FILE = Path(__file__).parent / "__pycache__" / f"lazyre.{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.MAXREPEAT}.marshal"
_known: dict | None = None  # (pattern, flags) → what _sre.compile takes after the pattern, from CODES_FILE
_made: dict = {}  # the same, compiled by this process and not in the file
_used: set = set()  # the keys of _known this process took
# The file is read whole by every process that compiles a pattern: past this size (a draft's patterns take ~0.3 MB;
# patterns built from many workspaces' names, or of a drafter since upgraded, only add up) it keeps what the
# process writing it used, as a cache keeps what is asked for.
MAX_CODES_BYTES = 1_000_000


def cached(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` for a pattern a function builds, remembered across processes as a
    ``lazy`` is (only for patterns made of what stays the same from run to run: the file keeps each)."""
    return _compile(pattern, int(flags))


def _compile(pattern: str, flags: int) -> re.Pattern:
    """``re.compile(pattern, flags)``, its code taken from CODES_FILE when it holds it (code the
    engine refuses is made again, and the file mended at exit)."""
    global _known
    if _known is None:
        _known = _read_codes()
        atexit.register(_write_codes)
    key = (pattern, flags)
    known = _known.get(key)
    if known is not None:
        try:
            compiled = _sre.compile(pattern, *known)
            _used.add(key)
            return compiled
        except Exception:  # damaged, or made by another build of the engine
            pass
    try:
        args = _made[key] = _code(pattern, flags)
        return _sre.compile(pattern, *args)
    except Exception:  # this Python compiles otherwise
        _made.pop(key, None)
        return _re_compile(pattern, flags)


_re_compile = re._compile  # what re.compile and the like call: replaced only inside remembered()
_PLAIN_FLAGS = int(re.IGNORECASE | re.LOCALE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE | re.ASCII)


@contextmanager
def remembered() -> Iterator[None]:
    """While importing a library that compiles its patterns on import (click, jinja2, python-docx; the standard modules they
    import), each string pattern ``re.compile`` and the like compile is remembered across processes as a :func:`cached` one
    is (a cold draft spent ~5 ms compiling theirs); any other (bytes, a compiled pattern, re.DEBUG) is compiled as usual."""

    def compile_remembered(pattern, flags=0):
        plain = flags.value if isinstance(flags, re.RegexFlag) else flags
        if type(pattern) is str and type(plain) is int and not plain & ~_PLAIN_FLAGS:
            return _compile(pattern, plain)
        return _re_compile(pattern, flags)

    re._compile = compile_remembered
    try:
        yield
    finally:
        re._compile = _re_compile


def _code(pattern: str, flags: int) -> tuple:
    """What ``_sre.compile`` takes after the pattern, as ``re.compile`` makes it: flags, the
    engine's code, the group count, the groups by name and the names by group."""
    parsed = _sre_parse.parse(pattern, flags)
    groups = parsed.state.groupdict
    names = [None] * parsed.state.groups
    for name, at in groups.items():
        names[at] = name
    return (int(flags | parsed.state.flags), [int(c) for c in _sre_compile._code(parsed, flags)],
            parsed.state.groups - 1, dict(groups), tuple(names))


_oversized = False  # the file read was past MAX_CODES_BYTES: written again, with what this process used, at exit


def _read_codes() -> dict:
    global _oversized
    try:
        data = CODES_FILE.read_bytes()
        codes = marshal.loads(data)
        _oversized = len(data) > MAX_CODES_BYTES
        return codes if isinstance(codes, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _write_codes() -> None:
    if not (_made or (_oversized and _used)) or sys.dont_write_bytecode:  # PYTHONDONTWRITEBYTECODE: no .pyc, nor this
        return
    temporary = CODES_FILE.with_name(f"{CODES_FILE.name}.{os.getpid()}.tmp")
    try:
        data = None if _oversized else marshal.dumps({**(_known or {}), **_made})
        if data is None or len(data) > MAX_CODES_BYTES:  # (a file read past it is never dumped whole again)
            data = marshal.dumps({**{k: v for k, v in (_known or {}).items() if k in _used}, **_made})
        temporary.write_bytes(data)
        os.replace(temporary, CODES_FILE)
    except (OSError, ValueError):
        temporary.unlink(missing_ok=True)
