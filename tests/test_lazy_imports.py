"""``drafter draft`` loads only what drafting needs: the other commands' modules and their
third-party readers (spreadsheets, PDF, HTML, calendars) load on first use."""

from __future__ import annotations

import subprocess
import sys

from web_helpers import make_workspace

NOT_ON_THE_DRAFT_PATH = ("drafter.check", "drafter.batch", "drafter.distill", "drafter.refresh",
                         "drafter.harvest", "drafter.web", "openpyxl", "pypdf", "bs4", "lxml.html",
                         "charset_normalizer", "chinese_calendar", "starlette", "uvicorn",
                         "decimal",  # (figure_key's, for distill and refresh: a draft compares no amounts)
                         "calendar",  # (a day past the 28th, a month's last day: sp58)
                         "drafter.tracking",  # (a draft's record in drafts/: not for one written elsewhere)
                         "drafter.cli_output")  # (the other commands' reports and the help's layout)


def test_the_draft_path_imports_no_other_commands_modules():
    code = ("import sys, drafter.cli, drafter.api, drafter.draft; "
            f"print(' '.join(m for m in {NOT_ON_THE_DRAFT_PATH!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == []


def test_a_draft_run_loads_no_other_commands_modules(tmp_path):
    """Drafting itself, not only importing: a draft of the demo workspace's 1288 loaded the place reader (drafter.distill.places,
    ~90 patterns compiled: a cold draft's CPU time up a third) because its 抄送 guess read the unit's name even where drafter.yaml
    names the place."""
    root = make_workspace(tmp_path / "ws")
    code = ("import sys; from drafter.cli import main\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            f"print('|' + ' '.join(m for m in {NOT_ON_THE_DRAFT_PATH!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, "-w", str(root), "draft", "1288", "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议",
                          "--deputy", "林永红", "-o", str(tmp_path / "d.docx")], capture_output=True, text=True, check=True)
    assert (tmp_path / "d.docx").exists(), out.stderr
    assert out.stdout.rsplit("|", 1)[-1].split() == [], out.stdout


def test_the_lazy_names_still_resolve():
    import drafter.api as api
    from drafter.check import CheckReport
    from drafter.distill.run import DistillReport

    assert api.CheckReport is CheckReport and api.DistillReport is DistillReport
    from drafter.api import BatchReport, Finding, HarvestReport, RefreshReport  # noqa: F401


def test_a_command_reads_drafter_yaml_from_its_cache_without_yaml_and_sees_every_edit(empty_root):
    """drafter.yaml is parsed round-trip once; later commands take its data from .drafter/ while
    the file holds the same bytes, load no YAML library, and see an edit (even one of the same
    length at once) and its error's line."""
    from drafter.errors import WorkspaceError
    from drafter.workspace import load_workspace

    config = empty_root / "drafter.yaml"
    assert load_workspace(empty_root).signatory == "史思泉"
    assert (empty_root / ".drafter" / "config.pickle").is_file()
    code = ("import sys; from drafter.workspace import load_workspace; "
            f"ws = load_workspace({str(empty_root)!r}); "
            "print(ws.signatory, ws.jurisdiction, ws.target_length, ' '.join(m for m in sys.modules if 'yaml' in m and 'drafter' not in m))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["史思泉", "泉州市", "2700"]  # no ruamel, no PyYAML

    config.write_text(config.read_text(encoding="utf-8").replace("史思泉", "林某某"), encoding="utf-8")
    assert load_workspace(empty_root).signatory == "林某某"  # same length, same clock tick: still seen
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["林某某", "泉州市", "2700"]

    lines = config.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("freshness_years:"))
    lines[at] = "freshness_years: 很久"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        load_workspace(empty_root)
    except WorkspaceError as exc:
        assert exc.line == at + 1 and "freshness_years" in str(exc)
    else:
        raise AssertionError("an invalid drafter.yaml was accepted")
