"""YAML: round-trip (ruamel.yaml), which keeps the comments and key order a person wrote, for
what is rewritten; plain data through libyaml (:func:`read_plain`, PyYAML) for what is only read.

Errors come back as one line naming the file and line.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DrafterError

if TYPE_CHECKING:
    from ruamel.yaml import YAML


def new_yaml() -> YAML:
    """A round-trip YAML instance set up for CJK text (no \\u escapes, wide lines). ruamel.yaml is
    imported here, on first use: a draft reads drafter.yaml from its cache and needs no YAML."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    return yaml


def read_text(path: str | Path, error: type[DrafterError] = DrafterError) -> str:
    """The UTF-8 text of ``path``; a missing, undecodable or unreadable file raises ``error``."""
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error("文件不存在", path) from None
    except UnicodeDecodeError:
        raise error("不是 UTF-8 编码的文本", path) from None
    except OSError as exc:
        raise error(f"无法读取：{exc.strerror or exc}", path) from None


def load_yaml(path: str | Path, error: type[DrafterError] = DrafterError, text: str | None = None) -> Any:
    """Load a YAML file round-trip (``text``: the file's text, already read); a syntax or decoding
    error raises ``error`` with the line."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    path = Path(path)
    text = read_text(path, error) if text is None else text
    try:
        return new_yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise error(f"YAML 语法错误：{exc.problem or exc.context}", path, line) from None
    except YAMLError as exc:
        raise error(f"YAML 语法错误：{exc}", path) from None


def dump_yaml(data: Any) -> str:
    """Serialise round-trip data back to text."""
    buf = io.StringIO()
    new_yaml().dump(data, buf)
    return buf.getvalue()


def line_of(node: Any, key: Any = None) -> int | None:
    """The 1-based line of ``node`` (or of ``node[key]``) in its file, when ruamel knows it."""
    lc = getattr(node, "lc", None)
    if lc is None or lc.line is None:  # built in memory, not loaded from a file
        return None
    try:
        if key is None:
            return lc.line + 1
        if isinstance(key, int):
            return lc.item(key)[0] + 1
        return lc.key(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1


def read_plain(text: str) -> Any | None:
    """``text`` as plain data through PyYAML's libyaml loader with YAML 1.2 typing, or None.

    About 10× faster than ruamel's round-trip loader (ruamel 0.19 no longer ships its own C
    loader); used where nothing is rewritten. The 1.2 core-schema resolvers make it type values
    exactly as ruamel does (``yes`` stays text, ``012`` is twelve).
    """
    import yaml

    try:
        return yaml.load(text, Loader=_yaml12_loader())
    except yaml.YAMLError:
        return None


_LOADER: Any = None


def _yaml12_loader() -> Any:
    """A PyYAML safe loader class (C-accelerated when libyaml is there) with YAML 1.2 core
    typing, refusing duplicate keys as ruamel does."""
    global _LOADER
    if _LOADER is None:
        import yaml

        class Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            yaml_implicit_resolvers: dict = {}  # noqa: RUF012 (PyYAML's class-level table)

            def construct_mapping(self, node, deep=False):
                keys = [self.construct_object(k, deep=True) for k, _ in node.value]
                if len(set(map(repr, keys))) != len(keys):
                    raise yaml.constructor.ConstructorError(None, None, "duplicate key", node.start_mark)
                return super().construct_mapping(node, deep)

        resolvers = [
            ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
            ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$", "-+0123456789"),
            ("tag:yaml.org,2002:float",
             r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
             r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", "-+0123456789."),
            ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
            ("tag:yaml.org,2002:timestamp",
             r"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
             r"(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
             r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$", "0123456789"),
        ]
        for tag, pattern, first in resolvers:
            Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), list(first))
        Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _yaml12_int)
        _LOADER = Yaml12Loader
    return _LOADER


def _yaml12_int(loader: Any, node: Any) -> int:
    """A YAML 1.2 integer: decimal even with leading zeros, ``0o`` octal, ``0x`` hex."""
    text = loader.construct_scalar(node).replace("_", "")
    base = {"0o": 8, "0x": 16}.get(text[:2], 10)
    return int(text[2:] if base != 10 else text, base)
