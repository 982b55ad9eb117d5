"""A workspace made before a newer drafter added a template keeps drafting after the upgrade: a
wording template (or the layout reference) its ``templates/`` lacks is drafter's own, shipped in
the package; the workspace's own file always wins.

Read on leave-one-out 1288 drafts (test_reply_1288's options) written from copies of the session's
leave-one-out workspace with files taken out of, or edited in, its ``templates/``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import PackageNotFoundError, version

import docx
import pytest
from click.testing import CliRunner
from helpers import REPO, TITLE_1288, build_offline, draft_1288
from packaging.version import Version  # pytest's own dependency

from drafter.cli import cli
from drafter.docx.read import read_draft
from drafter.workspace import BUNDLED_TEMPLATES, load_workspace

REMIT_SENTENCE = "【待市市场监管局提供：专利审查和确权（国家知识产权局事权）方面本地开展的工作】"  # remit.j2's default


def texts(path) -> list[str]:
    return [p.text for p in docx.Document(path).paragraphs]


def test_drafters_own_templates_are_the_demo_workspaces():
    """What a workspace lacks comes from the templates drafter ships: in the source tree (and an
    editable install), the demo workspace's own, the one copy of them."""
    assert BUNDLED_TEMPLATES == (REPO / "templates").resolve()
    assert (BUNDLED_TEMPLATES / "wording" / "remit.j2").is_file()


def git_ls_files(*options: str) -> str:
    """What ``git ls-files`` says of the repository; the test is skipped where that is not a git
    checkout (an unpacked sdist or archive) or git is missing."""
    try:
        listed = subprocess.run(["git", "ls-files", *options], cwd=REPO, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"not a git checkout, or no git: {exc}")
    if not listed.stdout:
        pytest.skip(f"git tracks no file of {REPO}")
    return listed.stdout


def test_the_repository_holds_no_symbolic_link():
    """A checkout without symbolic links (git's default on Windows) is the same tree: a link would be
    a text file there, and a wheel built from it would lack what the link stood for."""
    staged = git_ls_files("-s")
    assert not [line for line in staged.splitlines() if line.startswith("120000 ")]


def test_a_wheel_built_from_the_tracked_files_carries_drafters_templates(tmp_path):
    """``pip wheel`` on the files git tracks (a clone, with or without symbolic links): the demo
    workspace's templates/ is in the wheel as drafter/templates, with every other package file.
    Offline and without build isolation: the build backend is the [test] extra's setuptools."""
    # the backend's version, read without importing it here (setuptools replaces distutils on import)
    try:
        backend = version("setuptools")
    except PackageNotFoundError:
        backend = "0"
    if Version(backend) < Version("70.1"):  # 70.1 builds wheels itself (bdist_wheel)
        pytest.skip(f"setuptools {backend} < 70.1 (pip install -e '.[test]')")
    listed = git_ls_files("-z")
    src = tmp_path / "clone"
    for name in filter(None, listed.split("\0")):
        if (REPO / name).is_file():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, src / name)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                            "--no-index", "-w", str(tmp_path / "out"), str(src)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "out").glob("drafter-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    ours = {"drafter/templates/" + p.relative_to(REPO / "templates").as_posix()
            for p in (REPO / "templates").rglob("*") if p.is_file()}
    assert "drafter/templates/wording/remit.j2" in ours and "drafter/templates/reference.docx" in ours
    assert ours <= names
    build_offline().check_wheel_has_package_data(wheel)  # what the offline bundles demand of it


def test_a_workspace_without_remit_j2_drafts_the_remit_sentence(loo_copy, tmp_path, loo_draft):
    """A workspace from before remit.j2 existed: the 1288 draft says the points in other units' work
    as from a workspace that has the file, word for word."""
    (loo_copy / "templates" / "wording" / "remit.j2").unlink()
    out = tmp_path / "old.docx"
    draft_1288(loo_copy, out)
    text = "\n".join(texts(out))
    assert REMIT_SENTENCE in text and "【待补充：企业技术中心方面的工作情况及数据（注明年份；可商请市工业和信息化局提供）】" in text
    assert "找不到措辞模板" not in text
    assert texts(out) == texts(loo_draft)
    said = [p for p in read_draft(out) if REMIT_SENTENCE in p.text]
    assert len(said) == 1 and any("属国家知识产权局事权" in c for c in said[0].comments)


def test_a_workspace_without_templates_drafts_as_one_with_them(loo_copy, tmp_path, loo_draft):
    """No wording file and no reference.docx at all (a workspace holding only its drafter.yaml and
    facts): the draft is the one the complete workspace writes, in the same layout."""
    shutil.rmtree(loo_copy / "templates")
    out = tmp_path / "bare.docx"
    draft_1288(loo_copy, out)
    assert texts(out) == texts(loo_draft)
    styles = [p.style.name for p in docx.Document(out).paragraphs]
    assert styles == [p.style.name for p in docx.Document(loo_draft).paragraphs]
    assert load_workspace(loo_copy).reference_docx == BUNDLED_TEMPLATES / "reference.docx"


def test_the_workspaces_own_templates_win(loo_copy, tmp_path):
    """The workspace's edited remit.j2 and opening.j2 are used, its missing closing.j2 is
    drafter's: each file on its own."""
    wording = loo_copy / "templates" / "wording"
    (wording / "remit.j2").write_text("{{ matters | join('、') }}等事项由{{ unit }}负责办理。\n", "utf-8")
    opening = (wording / "opening.j2").read_text("utf-8")
    assert "已收悉" in opening
    (wording / "opening.j2").write_text(opening.replace("已收悉", "已经收到"), "utf-8")
    (wording / "closing.j2").unlink()
    out = tmp_path / "own.docx"
    draft_1288(loo_copy, out, "--type", "A")
    text = "\n".join(texts(out))
    assert "专利审查和确权等事项由国家知识产权局负责办理。" in text and "事权" not in text
    assert "企业技术中心等事项由市工业和信息化局负责办理。" in text
    assert "已经收到" in text and "已收悉" not in text
    assert "我局将结合您的建议认真做好相关工作" in text  # the bundled closing: only thanks, as the bureau's replies close


def test_a_template_missing_everywhere_is_a_one_line_error(loo_copy, tmp_path, monkeypatch):
    """A template neither the workspace nor drafter has: one line naming the workspace's file."""
    import drafter.workspace

    monkeypatch.setattr(drafter.workspace, "BUNDLED_TEMPLATES", tmp_path / "none")
    (loo_copy / "templates" / "wording" / "remit.j2").unlink()
    result = CliRunner().invoke(cli, ["-w", str(loo_copy), "draft", "1288", TITLE_1288, "--deputy", "林永红",
                                      "--with", "市市场监管局", "--date", "2026-05-20",
                                      "--text", str(REPO / "examples" / "1288建议.txt"),
                                      "-o", str(tmp_path / "x.docx")])
    assert result.exit_code != 0
    assert "找不到措辞模板" in result.output and "remit.j2" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output


def test_a_template_copied_into_the_workspace_is_used_at_once(loo_copy, tmp_path):
    """In one process (as ``drafter serve`` drafts): a draft made while the workspace lacks
    remit.j2 takes drafter's; once the clerk puts an edited copy in, the next draft takes it."""
    wording = loo_copy / "templates" / "wording"
    (wording / "remit.j2").unlink()
    draft_1288(loo_copy, tmp_path / "before.docx")
    assert REMIT_SENTENCE in "\n".join(texts(tmp_path / "before.docx"))
    (wording / "remit.j2").write_text("{{ matters | join('、') }}等事项由{{ unit }}负责办理。\n", "utf-8")
    draft_1288(loo_copy, tmp_path / "after.docx")
    after = "\n".join(texts(tmp_path / "after.docx"))
    assert "专利审查和确权等事项由国家知识产权局负责办理。" in after and REMIT_SENTENCE not in after
