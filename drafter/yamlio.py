"""YAML: round-trip (ruamel.yaml), which keeps the comments and key order a person wrote, for
what is rewritten; plain data through libyaml (:func:`read_plain`, PyYAML) for what is only read.

Errors come back as one line naming the file and line.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import DrafterError, os_reason

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
    yaml.Constructor = _round_trip_constructor()
    return yaml


_RT_CONSTRUCTOR: Any = None


def _round_trip_constructor() -> Any:
    """ruamel's round-trip constructor, reading a date-like value that is no date (2025-13-40,
    2025-02-30) as the text it is, so the check of its field names the file and line; ruamel's
    own raises a bare ValueError (month must be in 1..12)."""
    global _RT_CONSTRUCTOR
    if _RT_CONSTRUCTOR is None:
        from ruamel.yaml.constructor import RoundTripConstructor

        class Constructor(RoundTripConstructor):
            def construct_yaml_timestamp(self, node, values=None):
                try:
                    return super().construct_yaml_timestamp(node, values)
                except ValueError:
                    return self.construct_scalar(node)

        Constructor.add_constructor("tag:yaml.org,2002:timestamp", Constructor.construct_yaml_timestamp)
        _RT_CONSTRUCTOR = Constructor
    return _RT_CONSTRUCTOR


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
        raise error(f"无法读取：{os_reason(exc)}", path) from None


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
        raise error(f"YAML 语法错误：{syntax_problem(exc.problem, exc.context)}", path, line) from None
    except YAMLError:
        raise error(f"YAML 语法错误：{syntax_problem(None, None)}", path) from None


# What a YAML parser's problem means, in the words of a person editing the file: (pattern of the
# parser's problem, or of its context, → what to fix). The first match wins.
SYNTAX_PROBLEMS = (
    (r"found character '\\t' that cannot start any token", "含制表符（Tab），缩进请用空格"),
    (r"found character '(.)' that cannot start any token", "值不能以“{0}”开头，请给这个值加上引号"),
    (r"found duplicate key \"(.*?)\"", "键“{0}”重复"),
    (r"while scanning a (?:quoted|double-quoted|single-quoted) scalar", "引号没有配对（缺少结尾的引号）"),
    (r"expected ',' or '\]'", "方括号 [ ] 没有配对，或其中的项之间缺少逗号"),
    (r"expected ',' or '\}'", "花括号 { } 没有配对，或其中的项之间缺少逗号"),
    (r"mapping values are not allowed here", "这里不能出现“键: 值”（值中有“: ”时请给值加上引号，或检查缩进）"),
    (r"could not find expected ':'", "缺少冒号（应为“键: 值”）"),
    (r"expected <block end>", "缩进不一致（同一层的键须对齐）"),
    (r"found undefined alias '(.*?)'", "引用了未定义的别名 *{0}"),
    (r"while parsing a block (?:mapping|collection)", "缩进或列表符号“- ”的位置不对"),
)


def syntax_problem(problem: str | None, context: str | None) -> str:
    """A YAML parser's ``problem`` (and ``context``) said in Chinese: what to fix in the file."""
    for pattern, said in SYNTAX_PROBLEMS:
        for text in (problem, context):
            m = re.search(pattern, text or "")
            if m:
                return said.replace("{0}", m.group(1)) if m.groups() else said
    return "格式不对，请检查这一行的缩进、冒号和引号"


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
    except (yaml.YAMLError, ValueError):  # ValueError: a date-like value that is no date (2025-13-40)
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
