"""A fast writer for freshly distilled fact files, byte-identical to the round-trip dump.

ruamel.yaml's pure-Python emitter costs about a millisecond per fact, which alone would eat the
distill budget (≥ 20 documents/s). A new fact file has a fixed shape — block mappings whose
values are scalars, flow mappings/sequences of scalars, or block sequences of such mappings —
so it can be written directly. Each scalar's style (plain or single-quoted) is chosen with
ruamel's own analysis and resolver, so the text is exactly what :func:`drafter.yamlio.dump_yaml`
would give; anything outside that shape (a string needing double quotes, a very long line, a
comment inside) falls back to the real emitter. Files a person edited are always merged and
dumped by ruamel.yaml itself.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from ruamel.yaml.emitter import Emitter
from ruamel.yaml.nodes import ScalarNode

from ..yamlio import dump_yaml, new_yaml

_STR_TAG = "tag:yaml.org,2002:str"
_MAX_LINE = 4000  # ruamel folds plain scalars past its width (4096): leave those to it
_CACHED_LEN = 40


class _Fallback(Exception):
    """The document is outside the fast writer's shape."""


class _Writer:
    def __init__(self) -> None:
        self._resolver = new_yaml().resolver
        self._analyzer = Emitter(None, allow_unicode=True)
        self._analyzer.use_version = None  # YAML 1.2, as new_yaml() writes (no dumper attached)
        self._cache: dict[tuple[str, bool], str] = {}

    def string(self, value: str, flow: bool) -> str:
        if len(value) > _CACHED_LEN:  # fact texts are unique: only short recurring values are cached
            return self._style(value, flow)
        key = (value, flow)
        out = self._cache.get(key)
        if out is None:
            out = self._cache[key] = self._style(value, flow)
        return out

    def _style(self, value: str, flow: bool) -> str:
        a = self._analyzer.analyze_scalar(value)
        resolves_str = str(self._resolver.resolve(ScalarNode, value, (True, False))) == _STR_TAG
        if resolves_str and (a.allow_flow_plain if flow else a.allow_block_plain):
            return value
        if "'" in value or "\n" in value or not a.allow_single_quoted:
            raise _Fallback
        return "'" + value + "'"

    def scalar(self, value: Any, flow: bool) -> str:
        if value is None:
            return "null" if flow else ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if value != value or value in (float("inf"), float("-inf")):
                raise _Fallback
            return repr(value).lower()
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str):
            return self.string(value, flow)
        raise _Fallback

    def flow(self, node: Any) -> str:
        if isinstance(node, Mapping):
            return "{" + ", ".join(f"{k}: {self.scalar(v, True)}" for k, v in node.items()) + "}"
        return "[" + ", ".join(self.scalar(v, True) for v in node) + "]"

    def mapping(self, node: Mapping, indent: int, out: list[str], first_prefix: str | None = None) -> None:
        _no_comments(node)
        pad = " " * indent
        for i, (key, value) in enumerate(node.items()):
            lead = first_prefix if (i == 0 and first_prefix is not None) else pad
            if _is_flow(value):
                out.append(f"{lead}{key}: {self.flow(value)}")
            elif isinstance(value, Mapping):
                out.append(f"{lead}{key}:")
                self.mapping(value, indent + 2, out)
            elif isinstance(value, list):
                _no_comments(value)
                if not value:
                    out.append(f"{lead}{key}: []")
                    continue
                out.append(f"{lead}{key}:")
                for item in value:
                    dash = " " * (indent + 2) + "- "
                    if _is_flow(item):
                        out.append(dash + self.flow(item))
                    elif isinstance(item, Mapping):
                        self.mapping(item, indent + 4, out, first_prefix=dash)
                    else:
                        out.append(dash + self.scalar(item, False))
            else:
                text = self.scalar(value, False)
                out.append(f"{lead}{key}: {text}" if text else f"{lead}{key}:")


def _is_flow(node: Any) -> bool:
    fa = getattr(node, "fa", None)
    return fa is not None and fa.flow_style() is True


def _no_comments(node: Any) -> None:
    ca = getattr(node, "ca", None)
    if ca is not None and (ca.comment or ca.items):
        raise _Fallback


_writer: _Writer | None = None


def dump_new(doc: Any, header: str) -> str:
    """Text of a fact-file tree built by the store, with ``header`` as its first-line comment."""
    global _writer
    if _writer is None:
        _writer = _Writer()
    out = [f"# {header}"]
    try:
        _writer.mapping(doc, 0, out)
    except _Fallback:
        doc.yaml_set_start_comment(header)
        return dump_yaml(doc)
    if max(len(line) for line in out) > _MAX_LINE:
        doc.yaml_set_start_comment(header)
        return dump_yaml(doc)
    return "\n".join(out) + "\n"
