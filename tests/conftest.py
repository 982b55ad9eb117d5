"""Shared workspaces: the five seeds are distilled once per test run.

``seeded_root`` is a copy of the demo workspace (drafter.yaml, templates/, seeds/) whose fact
base holds every seed, built once for the session: treat it as read-only. A test that writes
(drafts into drafts/, distills, refreshes, edits facts) takes ``seeded_ws`` — its own copy, fact
index cache included — or ``empty_root`` for a workspace with an empty fact base. ``loo`` is the
leave-one-out workspace of suggestion 1288 (every seed but 003) and ``loo_draft`` its draft with
test_reply_1288's options; ``whole_1288`` that draft and ``quick_start_1350`` the README's quick
start draft from the whole base (``seeded_root``'s, the repository's facts/), each made once per
test process: read-only too; a test that edits the leave-one-out workspace's drafter.yaml or
templates takes ``loo_copy``, its own copy. The demo's drafts say last year's plans in part two's text
(``draft.earlier_plans: text``); ``loo_comment``/``seeded_comment`` and their drafts keep them in comments.
``chongqing`` is 重庆市科学技术局's workspace with its
five corpus documents distilled (module-wide; skipped without the shared corpus). The helpers the
test files share are in helpers.py; no test file imports another.

With pytest-xdist (``-n auto --dist loadfile``) each worker runs whole files; the slowest files
are handed out first (:data:`SLOWEST_FIRST`), so that no long file starts last and runs alone.
"""

from __future__ import annotations

import os
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

import click.testing
import pytest

# Compiled modules are cached (in __pycache__/, git-ignored) even where PYTHONDONTWRITEBYTECODE is
# set, as in this project's containers: without the cache every test process rewrites and compiles
# the test modules again (pytest's assertion rewriting, ~2.5 s of each worker's start) and every
# drafter process a test starts (the CLI, drafting processes) compiles drafter again.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) is not None:
    sys.dont_write_bytecode = False

# Python 3.9 gets click 8.1 (8.2 needs 3.10), whose CliRunner mixes stderr into stdout unless told
# not to, and then leaves ``output`` without stderr. The tests are written against 8.2: separate
# ``stdout``/``stderr`` and ``output`` holding both. On 8.1, give every CliRunner those streams.
if tuple(int(p) for p in version("click").split(".")[:2]) < (8, 2):  # pragma: no cover - 3.9 only

    class _Result(click.testing.Result):
        @property
        def output(self) -> str:
            return self.stdout + (self.stderr if self.stderr_bytes is not None else "")

    class _CliRunner(click.testing.CliRunner):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("mix_stderr", False)
            super().__init__(*args, **kwargs)

        def invoke(self, *args, **kwargs):
            result = super().invoke(*args, **kwargs)
            result.__class__ = _Result
            return result

    click.testing.CliRunner = _CliRunner


# after the CliRunner above: helpers' CliRunner is the one set there
from helpers import (CHONGQING, CORPUS, HAS_CORPUS, REPO, SOFFICE, copy_without, draft_1288, draft_1350, draft_platforms,
                     labels, new_workspace, with_setting)

# Test files by their wall time, slowest first (the rest follow in name order). A live server,
# Chromium, LibreOffice or drafting processes make these long; measured with --durations.
SLOWEST_FIRST = (
    "test_web_browser.py", "test_web.py", "test_render.py", "test_refresh.py", "test_reply_1288.py",
    "test_store.py", "test_check.py", "test_batch.py", "test_letter_layout.py", "test_journal.py", "test_api.py",
    "test_page_breaks.py", "test_cli.py", "test_harvest.py", "test_other_places.py", "test_docx.py",
)


def pytest_configure(config):
    # xdist would otherwise reorder the files by their number of tests, the slowest ones late
    if getattr(config.option, "loadscopereorder", None):
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(config, items):
    rank = {name: n for n, name in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: in-file order kept


@pytest.fixture(scope="session")
def workspace():
    """The demo workspace (the repository), loaded once: read-only (a test file that needs another
    ``workspace`` defines its own)."""
    from drafter.workspace import load_workspace

    return load_workspace(REPO)


@pytest.fixture(scope="session")
def seeded_root(tmp_path_factory) -> Path:
    """The demo workspace with every seed distilled (session-wide: do not write into it)."""
    from drafter.distill import distill_paths
    from drafter.workspace import load_workspace

    root = new_workspace(tmp_path_factory.mktemp("seeded") / "ws")
    report = distill_paths(load_workspace(root), [root / "seeds"])
    assert report.ok and len(report.sources) == 5, report.to_dict()["errors"]
    return root


@pytest.fixture(scope="session")
def seeded_status(seeded_root, tmp_path_factory) -> Path:
    """``seeded_root`` whose clerk chose the class's closing (``draft.closing: status``: 已采纳…, 正在解决…, 留作参考…)
    over the bureau's own, which only thanks; session-wide: do not write into it."""
    return with_setting(seeded_root, tmp_path_factory.mktemp("seeded-status") / "ws", "closing", "status")


@pytest.fixture
def seeded_ws(seeded_root, tmp_path):
    """This test's own copy of the seeded workspace, opened through the library."""
    import drafter

    root = tmp_path / "ws"
    shutil.copytree(seeded_root, root)  # copy2 keeps mtimes: the fact index cache stays valid
    return drafter.open_workspace(root)


@pytest.fixture(scope="session")
def loo(seeded_root, tmp_path_factory) -> Path:
    """The demo workspace with every seed but 003 (the real reply to 1288) and its facts: the
    session's seeded workspace without seed 003 and its fact file (distilling the four seeds
    gives the same files byte for byte). Session-wide: do not write into it."""
    return copy_without(seeded_root, tmp_path_factory.mktemp("loo1288") / "ws", "\n  path: seeds/003_", "003_*")


@pytest.fixture(scope="session")
def loo_status(loo, tmp_path_factory) -> Path:
    """``loo`` whose clerk chose the class's closing (``draft.closing: status``: 已采纳…, 正在解决…, 留作参考…) over the
    bureau's own, which only thanks; session-wide: do not write into it."""
    return with_setting(loo, tmp_path_factory.mktemp("loo-status") / "ws", "closing", "status")


@pytest.fixture
def loo_copy(loo, tmp_path) -> Path:
    """This test's own copy of the leave-one-out workspace, for a test that edits its drafter.yaml
    or templates (drafting from ``loo`` itself changes nothing a test reads)."""
    root = tmp_path / "loo"
    shutil.copytree(loo, root)  # copy2 keeps mtimes: a fact index cache already made stays valid
    return root


@pytest.fixture(scope="module")
def chongqing(tmp_path_factory) -> Path:
    """A workspace of 重庆市科学技术局 (helpers.CHONGQING, the demo's templates) with its five corpus
    documents distilled, read in place: module-wide, read-only (``helpers.left_out`` copies it)."""
    from drafter.distill import distill_paths
    from drafter.workspace import load_workspace

    if not HAS_CORPUS:
        pytest.skip(f"共享语料不存在：{CORPUS}（在工作树外，仅本机有）")
    root = tmp_path_factory.mktemp("cq") / "ws"
    root.mkdir()
    (root / "drafter.yaml").write_text(CHONGQING, "utf-8")
    shutil.copytree(REPO / "templates", root / "templates")
    files = [CORPUS / row["file"] for row in labels().values()]
    assert len(files) == 5, files
    report = distill_paths(load_workspace(root), files)
    assert report.ok and len(report.sources) == 5, report.to_dict()["errors"]
    return root


@pytest.fixture(scope="session")
def loo_draft(loo, tmp_path_factory) -> Path:
    """The leave-one-out 1288 draft as test_reply_1288's ``draft`` writes it with no extra
    options (session-wide: read it, do not change it)."""
    out = tmp_path_factory.mktemp("loo-draft") / "1288.docx"
    draft_1288(loo, out)
    return out


@pytest.fixture(scope="session")
def loo_comment(loo, tmp_path_factory) -> Path:
    """``loo`` whose drafter.yaml keeps last year's plans in part two's comments (``earlier_plans: comment``:
    each such item its lead and 【待补充：具体举措】), session-wide: do not write into it."""
    return with_setting(loo, tmp_path_factory.mktemp("loo-comment") / "ws", "earlier_plans", "comment")


@pytest.fixture(scope="session")
def seeded_comment(seeded_root, tmp_path_factory) -> Path:
    """The seeded workspace keeping last year's plans in part two's comments (``earlier_plans: comment``),
    session-wide: do not write into it."""
    return with_setting(seeded_root, tmp_path_factory.mktemp("seeded-comment") / "ws", "earlier_plans", "comment")


@pytest.fixture(scope="session")
def loo_draft_comment(loo_comment, tmp_path_factory) -> Path:
    """``loo_draft`` from ``loo_comment``, written once (read it, do not change it)."""
    out = tmp_path_factory.mktemp("loo-draft-comment") / "1288.docx"
    draft_1288(loo_comment, out)
    return out


@pytest.fixture(scope="session")
def whole_1288(seeded_root, tmp_path_factory) -> Path:
    """The 1288 draft as ``loo_draft`` but from the whole base (the real reply to 1288, seed 003,
    in it), written once (read it, do not change it)."""
    out = tmp_path_factory.mktemp("whole-1288") / "full.docx"
    draft_1288(seeded_root, out)
    return out


@pytest.fixture(scope="session")
def quick_start_1350(seeded_root, tmp_path_factory) -> Path:
    """The README quick start's draft of 1350 (its text, --type B) from the whole base, written
    once (read it, do not change it)."""
    out = tmp_path_factory.mktemp("quick-start") / "1350.docx"
    draft_1350(seeded_root, out)
    return out


@pytest.fixture(scope="session")
def quick_start_1350_comment(seeded_comment, tmp_path_factory) -> Path:
    """``quick_start_1350`` from ``seeded_comment``, written once (read it, do not change it)."""
    out = tmp_path_factory.mktemp("quick-start-comment") / "1350.docx"
    draft_1350(seeded_comment, out)
    return out


@pytest.fixture(scope="session")
def platforms_draft(seeded_root, tmp_path_factory) -> Path:
    """A draft on 高能级创新平台 from the whole base by its title alone (--type B, 2026-05-20): last
    year's 大力引建一批高能级平台 item is its matter there (30家 as of its source's date only, the
    2024 funds 8485.55万元), written once (read it, do not change it)."""
    out = tmp_path_factory.mktemp("platforms") / "1401.docx"
    draft_platforms(seeded_root, out)
    return out


@pytest.fixture(scope="session")
def loo_1350(loo, tmp_path_factory) -> Path:
    """``quick_start_1350`` drafted from the leave-one-out base (no 2026 reply in it), written once
    (read it, do not change it)."""
    out = tmp_path_factory.mktemp("loo-1350") / "1350.docx"
    draft_1350(loo, out)
    return out


@pytest.fixture(scope="session")
def quick_start_1350_a(seeded_root, tmp_path_factory) -> Path:
    """The same draft of 1350 answered as class A (solved: what its closing may not claim while
    things are owed), written once (read it, do not change it)."""
    out = tmp_path_factory.mktemp("quick-start-a") / "1350.docx"
    draft_1350(seeded_root, out, "A")
    return out


@pytest.fixture
def empty_root(tmp_path) -> Path:
    """A workspace with the demo's settings and templates and no facts or seeds."""
    return new_workspace(tmp_path / "empty", seeds=False)


@pytest.fixture(scope="session")
def lo_profile(tmp_path_factory) -> str:
    """soffice's option for one LibreOffice user profile per test process, made by its first
    conversion and reused by the later ones: a fresh profile costs every start about a second,
    and one process runs one conversion at a time. (Never the user's own profile: a LibreOffice
    already running on it would take the conversion over.)"""
    return f"-env:UserInstallation=file://{tmp_path_factory.mktemp('lo-profile')}"


def shared_folder(tmp_path_factory, name: str, make) -> Path:
    """A folder ``make(folder)`` fills once per test run, shared by pytest-xdist's test processes
    (the first to ask makes it, under a file lock; the others wait for it and read it). Where
    there is no ``fcntl`` (Windows), each process makes its own."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        folder = tmp_path_factory.mktemp(name)
        make(folder)
        return folder
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the run's folder above each process's own
    folder = base / name
    with open(base / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".done").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".done").touch()
    return folder


@pytest.fixture(scope="session")
def loo_pdf(loo_draft, tmp_path_factory, lo_profile) -> Path:
    """``loo_draft`` rendered by LibreOffice, made once for every test process (read it, do not
    change it)."""
    import subprocess

    def render(folder: Path) -> None:
        subprocess.run([SOFFICE, lo_profile, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                        str(loo_draft)], check=True, capture_output=True, timeout=300)

    folder = shared_folder(tmp_path_factory, "loo-pdf", render)
    return folder / loo_draft.with_suffix(".pdf").name


@pytest.fixture(scope="session")
def distilled_seeds() -> dict:
    """Seed number ("000"…) → its FactFile, distilled in memory with the demo workspace's settings
    (session-wide: do not change them)."""
    from drafter.distill import distill_document
    from drafter.read import read_document
    from drafter.workspace import load_workspace

    ws = load_workspace(REPO)
    return {p.name[:3]: distill_document(read_document(p), ws) for p in sorted((REPO / "seeds").glob("*.txt"))}


# Debian's headless shell (package chromium-headless-shell: the same Blink, without the desktop
# browser around it, as Playwright's own headless mode uses) takes about a third of the full
# browser's CPU; the full Chromium where only it is installed.
CHROMIUM = (os.environ.get("DRAFTER_CHROMIUM") or shutil.which("chromium-headless-shell") or shutil.which("chromium")
            or "/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never ``playwright install``), one per test file;
    the test is skipped, saying why, only where Chromium or Playwright cannot be had."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright 未安装（pip install playwright）")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"没有 Chromium（{CHROMIUM}）：apt-get install chromium-headless-shell fonts-noto-cjk")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM)
        except Exception as exc:  # a Chromium this Playwright cannot drive
            pytest.skip(f"无法启动 Chromium：{str(exc).splitlines()[0]}")
        yield b
        b.close()
