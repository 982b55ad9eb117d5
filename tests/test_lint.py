"""ruff, with the rules of pyproject.toml, finds nothing (CI runs it too: .ci/run)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from helpers import REPO


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[test]')")
def test_ruff_finds_nothing():
    done = subprocess.run(["ruff", "check", "--no-cache", "."], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
