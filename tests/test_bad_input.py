"""Bad input, command by command: one line in Chinese naming the file (and line or row) and what is
wrong, a non-zero exit, never a traceback or a parser's English; a batch goes on past a bad row."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import REPO

from drafter.cli import cli

# An English word of three letters or more: a parser's or library's own message let through.
ENGLISH = re.compile(r"[A-Za-z]{3,}")


def run(root: Path, *args, **kw):
    return CliRunner().invoke(cli, ["-w", str(root), *[str(a) for a in args]], **kw)


def one_error_line(result, *wanted: str) -> str:
    """The single stderr line of a refused command (exit 2), holding each of ``wanted``."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), result.stderr
    for text in wanted:
        assert text in lines[0], lines[0]
    assert "Traceback" not in result.output
    return lines[0]


def chinese(line: str, *names: str) -> None:
    """No English word in ``line`` but the file names and words given (YAML, .docx…)."""
    for name in names:
        line = line.replace(name, "")
    assert not ENGLISH.search(line), line


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


@pytest.fixture
def ws(empty_root) -> Path:
    """The demo settings and one real fact file (1071's reply)."""
    shutil.copy(REPO / "facts" / "2025-reply-1071.yaml", empty_root / "facts")
    return empty_root


# ------------------------------------------------------------------ YAML the clerk edits


@pytest.mark.parametrize("date", ["2025-13-40", "2025-02-30"])
def test_a_fact_file_date_that_is_no_date_names_its_line(ws, date):
    path = ws / "facts" / "2025-reply-1071.yaml"
    edit(path, "  date: 2025-05-20", f"  date: {date}")
    for args in (["sources"], ["facts", "高新技术企业"]):
        line = one_error_line(run(ws, *args), f"facts/2025-reply-1071.yaml:{line_of(path, date)}:", date)
        assert "内部错误" not in line


@pytest.mark.parametrize("old, new, said", [
    ("freshness_years: 2", "freshness_years: 2\n\tx: 1", "制表符"),
    ("  short_name: 市科技局", "  short_name: [市科技局", "方括号"),
    ("disclosure: 主动公开", "disclosure: @主动公开", "引号"),
    ("contact: 谢惠阳", "contact: 谢惠阳\ncontact: 张三", "重复"),
    ("phone: 0595-22579329", "phone: 电话: 0595", "引号"),
])
def test_yaml_syntax_errors_say_what_to_fix_in_chinese(ws, old, new, said):
    config = ws / "drafter.yaml"
    edit(config, old, new)
    line = one_error_line(run(ws, "sources"), "drafter.yaml:", "YAML 语法错误", said)
    chinese(line, str(config), "YAML", "Tab", "contact")
    assert re.search(r"drafter\.yaml:\d+: ", line)


def test_a_figure_value_that_is_no_number_is_said_in_chinese(ws):
    path = ws / "facts" / "2025-reply-1071.yaml"
    edit(path, "{value: 3122,", "{value: 三千,")
    line = one_error_line(run(ws, "facts"), f"facts/2025-reply-1071.yaml:{line_of(path, '三千')}:", "三千")
    chinese(line, "facts/2025-reply-1071.yaml", "figures", "value", "f-2025-reply-1071-")
