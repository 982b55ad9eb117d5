"""ruff, with the rules of pyproject.toml, finds nothing (CI runs it too: .ci/run)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from helpers import REPO


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[test]')")
def test_ruff_finds_nothing():
    done = subprocess.run(["ruff", "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_what_test_files_share_is_declared_once():
    """No test file imports another, nor works out a path from its own place (``Path(__file__)``,
    however it goes on) or names the shared folder (``"shared"``, ``'shared'``) again: those are
    helpers.py's (REPO, CORPUS, HAS_CORPUS) and conftest.py's fixtures."""
    for path in sorted((REPO / "tests").glob("test_*.py")):
        if path.name == "test_lint.py":  # names them, to look for them
            continue
        text = path.read_text("utf-8")
        assert not re.search(r"^\s*(?:from|import) test_\w+", text, re.M), path.name
        assert not re.search(r"\b(?:Path|dirname)\(\s*__file__", text), path.name
        assert not re.search(r"""["']shared["']""", text), path.name
