"""Round-trip YAML (ruamel.yaml): keeps the comments and key order a person wrote.

Errors come back as one line naming the file and line.
"""

from __future__ import annotations

import io
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


def load_yaml(path: str | Path, error: type[DrafterError] = DrafterError, text: str | None = None) -> Any:
    """Load a YAML file round-trip (``text``: the file's text, already read); a syntax or decoding
    error raises ``error`` with the line."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
    except FileNotFoundError:
        raise error("文件不存在", path) from None
    except UnicodeDecodeError:
        raise error("不是 UTF-8 编码的文本", path) from None
    except OSError as exc:
        raise error(f"无法读取：{exc.strerror or exc}", path) from None
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
