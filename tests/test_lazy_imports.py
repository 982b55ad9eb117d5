"""``drafter draft`` loads only what drafting needs: the other commands' modules and their
third-party readers (spreadsheets, PDF, HTML, calendars) load on first use."""

from __future__ import annotations

import subprocess
import sys

NOT_ON_THE_DRAFT_PATH = ("drafter.check", "drafter.batch", "drafter.distill", "drafter.refresh",
                         "drafter.harvest", "drafter.web", "openpyxl", "pypdf", "bs4", "lxml.html",
                         "charset_normalizer", "chinese_calendar", "starlette", "uvicorn")


def test_the_draft_path_imports_no_other_commands_modules():
    code = ("import sys, drafter.cli, drafter.api, drafter.draft; "
            f"print(' '.join(m for m in {NOT_ON_THE_DRAFT_PATH!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == []


def test_the_lazy_names_still_resolve():
    import drafter.api as api
    from drafter.check import CheckReport
    from drafter.distill.run import DistillReport

    assert api.CheckReport is CheckReport and api.DistillReport is DistillReport
    from drafter.api import BatchReport, Finding, HarvestReport, RefreshReport  # noqa: F401
