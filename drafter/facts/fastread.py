"""A fast reader for fact files in the shape the store writes, as plain dicts and lists.

ruamel.yaml's round-trip loader costs about 2 ms per fact (14 s to rebuild the index of a
10,000-fact base), and its pure-Python safe loader is barely faster. Reading only needs plain
data, and a fact file has a fixed shape (the one :mod:`drafter.facts.emit` writes): block
mappings of ``key: scalar``, flow mappings/sequences of scalars on one line, and block
sequences of such mappings or flow items; full-line and trailing comments and blank lines may
appear anywhere. :func:`read_plain` reads exactly that shape and gives up (returns None) on
anything else — an escape in a double-quoted scalar, a multi-line scalar, an anchor or tag, a
tab, a duplicate key, a flow collection over several lines — so the caller falls back to
ruamel.yaml, which also reports errors with their lines. Plain scalars are typed by ruamel's own YAML 1.2 resolver, so
an accepted file loads as the same values the round-trip loader gives (``2025-05-20`` →
``datetime.date``, ``true`` → True, ``1.17`` → 1.17, an empty value → None); odd forms of
numbers and timestamps (``0x1f``, ``1_000``, ``.inf``, a date with a time) give up too.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.reader import Reader

from ..yamlio import new_yaml

_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?: +|$)")
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Characters that may not start a plain scalar here (flow, quoting, anchors, tags, block scalars…).
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
_FLOW_STOP = re.compile(r"[,\[\]{}#:]")
_LINE_BREAKS = re.compile("[\r\x85\u2028\u2029\t\ufeff]")
_CACHED_LEN = 40

_resolver = None
_scalars: dict[str, Any] = {}


class _GiveUp(Exception):
    """The text is outside the shape this reader handles."""


def read_plain(text: str) -> Any | None:
    """The data of a fact-file ``text`` as dicts, lists and scalars; None when outside the shape."""
    if Reader.NON_PRINTABLE.search(text) or _LINE_BREAKS.search(text):
        return None
    lines = []
    for line in text.split("\n"):
        content = line.lstrip(" ")
        if content and not content.startswith("#"):
            lines.append((len(line) - len(content), content.rstrip(" ")))
    if not lines or lines[0][0] != 0:
        return None
    try:
        value, end = _Block(lines).mapping(0, 0)
    except _GiveUp:
        return None
    return value if end == len(lines) else None


class _Block:
    """Block structure by indentation over the significant lines (indent, content)."""

    def __init__(self, lines: list[tuple[int, str]]):
        self.lines = lines

    def mapping(self, start: int, indent: int, first: str | None = None) -> tuple[dict, int]:
        """Keys at column ``indent`` from line ``start``; ``first`` replaces that line's content."""
        out: dict[str, Any] = {}
        i = start
        while i < len(self.lines):
            col, content = self.lines[i]
            if i == start and first is not None:
                content = first
            elif col < indent:
                break
            elif col > indent:
                raise _GiveUp
            m = _KEY.match(content)
            if not m or m.group(1) in out:
                raise _GiveUp
            key, rest = m.group(1), content[m.end():]
            i += 1
            if rest and not rest.startswith("#"):
                out[key] = _value(rest)
            elif i < len(self.lines) and self.lines[i][0] > indent:
                if _is_item(self.lines[i][1]):
                    out[key], i = self.sequence(i, self.lines[i][0])
                else:
                    out[key], i = self.mapping(i, self.lines[i][0])
            elif i < len(self.lines) and self.lines[i][0] == indent and _is_item(self.lines[i][1]):
                out[key], i = self.sequence(i, indent)
            else:
                out[key] = None
        return out, i

    def sequence(self, start: int, indent: int) -> tuple[list, int]:
        """``- item`` lines at column ``indent`` from line ``start``."""
        out: list[Any] = []
        i = start
        while i < len(self.lines):
            col, content = self.lines[i]
            if col < indent or (col == indent and not _is_item(content)):
                break
            if col > indent or content == "-":
                raise _GiveUp
            rest = content[2:].lstrip(" ")
            if _KEY.match(rest):
                item, i = self.mapping(i, indent + len(content) - len(rest), first=rest)
                out.append(item)
            else:
                out.append(_value(rest))
                i += 1
        return out, i


def _is_item(content: str) -> bool:
    return content == "-" or content.startswith("- ")


def _value(text: str) -> Any:
    """A block value on one line: a flow collection or a scalar, then at most a comment."""
    if text[0] in "[{":
        value, end = _flow(text, 0)
    else:
        value, end = _scalar(text, 0, block=True)
    rest = text[end:].lstrip(" ")
    if rest and not (rest.startswith("#") and (end == len(text) or text[end] == " ")):
        raise _GiveUp
    return value


def _flow(text: str, pos: int) -> tuple[Any, int]:
    """``[a, b]`` or ``{k: v, …}`` of scalars starting at ``pos``; returns (value, end)."""
    is_map = text[pos] == "{"
    close = "}" if is_map else "]"
    out: Any = {} if is_map else []
    pos = _skip(text, pos + 1)
    if text.startswith(close, pos):
        return out, pos + 1
    while True:
        if is_map:
            m = _KEY.match(text, pos)
            if not m or m.group(1) in out or not text[m.end() - 1] == " ":
                raise _GiveUp
            value, pos = _scalar(text, m.end(), block=False)
            out[m.group(1)] = value
        else:
            value, pos = _scalar(text, pos, block=False)
            out.append(value)
        pos = _skip(text, pos)
        if text.startswith(close, pos):
            return out, pos + 1
        if not text.startswith(",", pos):
            raise _GiveUp
        pos = _skip(text, pos + 1)


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _scalar(text: str, pos: int, block: bool) -> tuple[Any, int]:
    """A quoted (single, or double without escapes) or plain scalar at ``pos``; returns (value, end)."""
    if pos >= len(text):
        raise _GiveUp
    if text[pos] == "'":
        out = []
        i = pos + 1
        while True:
            j = text.find("'", i)
            if j < 0:
                raise _GiveUp  # continues on the next line
            out.append(text[i:j])
            if text.startswith("''", j):
                out.append("'")
                i = j + 2
            else:
                return "".join(out), j + 1
    if text[pos] == '"':
        j = text.find('"', pos + 1)
        if j < 0 or "\\" in text[pos:j]:
            raise _GiveUp  # continues on the next line, or has escapes
        return text[pos + 1:j], j + 1
    if text[pos] in _NOT_PLAIN_START and not _indicator_in_word(text, pos, block):
        raise _GiveUp
    if block:
        cut = text.find(" #", pos)
        end = len(text) if cut < 0 else cut
        raw = text[pos:end].rstrip(" ")
        if ": " in raw or raw.endswith(":"):
            raise _GiveUp
    else:
        m = _FLOW_STOP.search(text, pos)
        end = len(text) if m is None else m.start()
        if m is not None and m.group() not in (",", "]", "}"):
            raise _GiveUp
        raw = text[pos:end].rstrip(" ")
    return _typed(raw), end


def _indicator_in_word(text: str, pos: int, block: bool) -> bool:
    """``?x``, ``-1``: these start a plain scalar when a safe character follows (``?`` not in flow)."""
    after = text[pos + 1:pos + 2]
    return text[pos] in ("?-" if block else "-") and after not in ("", " ") and (block or after not in ",[]{}")


def _typed(raw: str) -> Any:
    """A plain scalar's value as ruamel's YAML 1.2 resolver types it (odd forms give up)."""
    if len(raw) <= _CACHED_LEN and raw in _scalars:
        return _scalars[raw]
    global _resolver
    if _resolver is None:
        _resolver = new_yaml().resolver
    tag = str(_resolver.resolve(ScalarNode, raw, (True, False))).rpartition(":")[2]
    if tag == "str":
        value: Any = raw
    elif tag == "null":
        value = None
    elif tag == "bool":
        value = raw.lower() == "true"
    elif tag == "int" and _INT.fullmatch(raw):
        value = int(raw)
    elif tag == "float" and _FLOAT.fullmatch(raw):
        value = float(raw)
    elif tag == "timestamp" and _DATE.fullmatch(raw):
        try:
            value = _dt.date.fromisoformat(raw)
        except ValueError:
            raise _GiveUp from None
    else:
        raise _GiveUp
    if len(raw) <= _CACHED_LEN:
        _scalars[raw] = value
    return value
