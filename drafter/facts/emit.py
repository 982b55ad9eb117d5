"""A fact file's shape as plain data, written as YAML text directly or built as a ruamel tree.

The store describes a fact file as plain Python data: block mappings are ``dict``, block
sequences ``list``, and the inline parts are :class:`FlowMap` (``{year: 2025, basis: text}``)
and :class:`FlowSeq` (``[一、…, 三是…]``). :func:`to_node` turns that data into the round-trip
ruamel tree the merge of an existing file works on; :func:`dump_new` writes a new file's text
straight from the data.

ruamel.yaml's pure-Python emitter (and the tree it needs) costs about a millisecond per fact,
which alone would eat the distill budget (≥ 20 documents/s). A new fact file has a fixed shape,
so it is written directly; each scalar's style (plain or single-quoted) is chosen with ruamel's
own analysis and resolver, so the text is exactly what :func:`drafter.yamlio.dump_yaml` gives
for the same tree. Anything outside that shape (a string needing double quotes, a very long
line) falls back to the real emitter. Files a person edited are always merged and dumped by
ruamel.yaml itself.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.emitter import Emitter
from ruamel.yaml.nodes import ScalarNode

from ..lazyre import lazy
from ..yamlio import dump_yaml, new_yaml

_STR_TAG = "tag:yaml.org,2002:str"
_MAX_LINE = 4000  # ruamel folds plain scalars past its width (4096): leave those to it
_CACHED_LEN = 40
# Text ruamel's scalar analysis always allows plain, in block and flow alike: it starts with a
# letter, digit or printable non-ASCII character (no YAML indicator, space or line break) and
# goes on with those or ``. % ( ) / + -`` (never indicators after the first character).
_PLAIN_SAFE = lazy(
    r"[0-9A-Za-z_\u00A1-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]"
    r"[0-9A-Za-z_\u00A1-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD.%()/+\-]*"
)


class FlowMap(dict):
    """A mapping written inline: ``{key: value, …}`` (values are scalars)."""


class FlowSeq(list):
    """A sequence written inline: ``[a, b]`` (items are scalars)."""


def to_node(data: Any) -> Any:
    """The round-trip ruamel tree of fact-file ``data`` (flow parts marked flow)."""
    if isinstance(data, dict):
        node = CommentedMap((k, to_node(v)) for k, v in data.items())
    elif isinstance(data, list):
        node = CommentedSeq(to_node(v) for v in data)
    else:
        return data
    if isinstance(data, (FlowMap, FlowSeq)):
        node.fa.set_flow_style()
    return node


class _Fallback(Exception):
    """The data is outside the fast writer's shape."""


class _Writer:
    def __init__(self) -> None:
        self._resolver = new_yaml().resolver
        # The implicit resolvers (first character → (tag, regex)) of the version written, looked
        # up once: ruamel's resolve() works out the version again on every call (a third of the
        # time of writing a new fact file).
        self._implicit = None if self._resolver.yaml_path_resolvers else self._resolver.versioned_resolver
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

    def _resolves_str(self, value: str) -> bool:
        """Whether ``value`` written plain reads back as a string (ruamel's resolve(), without its
        version lookup)."""
        if self._implicit is None:
            return str(self._resolver.resolve(ScalarNode, value, (True, False))) == _STR_TAG
        for tag, regexp in (*self._implicit.get(value[0] if value else "", ()), *self._implicit.get(None, ())):
            if regexp.match(value):
                return str(tag) == _STR_TAG
        return str(self._resolver.DEFAULT_SCALAR_TAG) == _STR_TAG

    def _style(self, value: str, flow: bool) -> str:
        resolves_str = self._resolves_str(value)
        if resolves_str and _PLAIN_SAFE.fullmatch(value):  # the analysis would allow plain
            return value
        a = self._analyzer.analyze_scalar(value)
        if resolves_str and (a.allow_flow_plain if flow else a.allow_block_plain):
            return value
        if "'" in value or "\n" in value or not a.allow_single_quoted:
            raise _Fallback
        return "'" + value + "'"

    def scalar(self, value: Any, flow: bool) -> str:
        if type(value) is str:  # most values: past the other types' tests at once
            return self.string(value, flow)
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

    def flow(self, node: FlowMap | FlowSeq) -> str:
        if isinstance(node, dict):
            return "{" + ", ".join(f"{k}: {self.scalar(v, True)}" for k, v in node.items()) + "}"
        return "[" + ", ".join(self.scalar(v, True) for v in node) + "]"

    def mapping(self, node: dict, indent: int, out: list[str], first_prefix: str | None = None) -> None:
        pad = " " * indent
        for i, (key, value) in enumerate(node.items()):
            lead = first_prefix if (i == 0 and first_prefix is not None) else pad
            if isinstance(value, (FlowMap, FlowSeq)):
                out.append(f"{lead}{key}: {self.flow(value)}")
            elif isinstance(value, dict):
                out.append(f"{lead}{key}:")
                self.mapping(value, indent + 2, out)
            elif isinstance(value, list):
                if not value:
                    out.append(f"{lead}{key}: []")
                    continue
                out.append(f"{lead}{key}:")
                dash = " " * (indent + 2) + "- "
                for item in value:
                    if isinstance(item, (FlowMap, FlowSeq)):
                        out.append(dash + self.flow(item))
                    elif isinstance(item, dict):
                        self.mapping(item, indent + 4, out, first_prefix=dash)
                    else:
                        out.append(dash + self.scalar(item, False))
            else:
                text = self.scalar(value, False)
                out.append(f"{lead}{key}: {text}" if text else f"{lead}{key}:")


_writer: _Writer | None = None


def dump_new(data: dict, header: str) -> str:
    """YAML text of fact-file ``data``, with ``header`` as its first-line comment.

    Byte-identical to ``dump_yaml`` of ``to_node(data)`` with that start comment.
    """
    global _writer
    if _writer is None:
        _writer = _Writer()
    out = [f"# {header}"]
    try:
        _writer.mapping(data, 0, out)
    except _Fallback:
        return _dump_with_ruamel(data, header)
    if max(len(line) for line in out) > _MAX_LINE:
        return _dump_with_ruamel(data, header)
    return "\n".join(out) + "\n"


def _dump_with_ruamel(data: dict, header: str) -> str:
    doc = to_node(data)
    doc.yaml_set_start_comment(header)
    return dump_yaml(doc)
