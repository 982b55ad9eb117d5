"""The offline bundles for office PCs without internet (issue 12), as built into ``dist/``.

``.ci/run`` builds both (``packaging/build-offline.sh linux`` and ``windows``) before the test
command, and in CI a missing bundle fails these tests. Elsewhere they skip until the bundles are
built: ``bash packaging/build-offline.sh all``. Installs run with the network cut off (``unshare -n``,
as root) and ``PIP_INDEX_URL`` pointing at a closed local port. The builder's own check of the
wheel (the package's folders, from pyproject.toml and git) runs everywhere.
"""

from __future__ import annotations

import glob
import hashlib
import os
import re
import shutil
import subprocess
import tarfile
import time
import zipfile
from pathlib import Path

import docx
import pytest
from helpers import REPO, build_offline

DIST = REPO / "dist"
TOPIC = "关于推动科技创新与产业创新深度融合赋能泉州制造产业高质量发展的建议"
DRAFT = ["draft", "1288", TOPIC, "--deputy", "林永红", "--session", "市十七届人大五次会议",
         "--type", "A"]
CLOSED_INDEX = "http://127.0.0.1:9/simple"  # nothing listens there, least of all in a new netns
IN_CI = bool(os.environ.get("CI"))


def _missing(reason: str):
    """In CI the bundles and tools are there by construction: their absence is a failure."""
    if IN_CI:
        pytest.fail(f"in CI: {reason}")
    pytest.skip(reason)


def _bundle(name: str) -> Path:
    path = DIST / name
    if not path.is_file():
        _missing(f"{name} not built (bash packaging/build-offline.sh all)")
    return path


build = build_offline()


def offline(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    """Run ``cmd`` in a new network namespace with only loopback up, and no package index."""
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("ip"):
        _missing("cutting the network off needs root, unshare and ip")
    env = dict(kw.pop("env", os.environ))
    env["PIP_INDEX_URL"] = CLOSED_INDEX
    env.pop("PIP_EXTRA_INDEX_URL", None)
    wrapped = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *cmd]
    return subprocess.run(wrapped, env=env, capture_output=True, text=True, **kw)


def python(version: str) -> str | None:
    """A CPython ``version`` interpreter on this machine (PATH, pyenv or /usr/bin), if any."""
    candidates = [shutil.which(f"python{version}") or "", f"/usr/bin/python{version}",
                  *sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python{version}")))]
    for exe in candidates:
        if exe and os.access(exe, os.X_OK):
            out = subprocess.run([exe, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                 capture_output=True, text=True)
            if out.returncode == 0 and out.stdout.strip() == version:
                return exe
    return None


def docx_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def requirements(lock: Path) -> dict[str, tuple[str, set[str]]]:
    """name → (version, allowed sha256 hashes) of a hashed lock file."""
    reqs = {}
    for block in re.split(r"\n(?=\S)", lock.read_text()):
        m = re.match(r"([A-Za-z0-9_.\-]+)==(\S+)", block)
        if m:
            reqs[m.group(1).lower()] = (m.group(2), set(re.findall(r"sha256:([0-9a-f]{64})", block)))
    return reqs


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


# ------------------------------------------------------------------------------------------ Linux

@pytest.fixture(scope="module")
def linux_tree(tmp_path_factory) -> Path:
    archive = _bundle(build.LINUX_TAR)
    dest = tmp_path_factory.mktemp("linux-bundle")
    with tarfile.open(archive) as tar:
        tar.extractall(dest)
    return dest / "drafter-offline-linux"


@pytest.fixture(scope="module")
def installed(linux_tree, tmp_path_factory):
    """The bundle installed offline with the oldest supported Python here (3.9 if any), as a clerk would."""
    exe = next(filter(None, map(python, build.LINUX_PYS)), None)
    if exe is None:
        _missing("no Python 3.9–3.12 interpreter here")
    target = tmp_path_factory.mktemp("office-pc") / "drafter-env"
    start = time.monotonic()
    done = offline(["sh", str(linux_tree / "install.sh"), str(target)],
                   env={**os.environ, "PYTHON": exe}, timeout=300)
    seconds = time.monotonic() - start
    assert done.returncode == 0, done.stdout + done.stderr
    return target, done.stdout, seconds


def test_the_folders_checked_in_the_wheel_are_pyprojects_however_it_is_spelt(tmp_path, monkeypatch):
    """The package's folders come from pyproject.toml read as TOML: an inline table in single quotes
    maps templates/ in as surely as the repository's own spelling."""
    assert build.package_folders() == {"drafter": "drafter", "templates": "drafter/templates"}
    (tmp_path / "pyproject.toml").write_text("[tool.setuptools]\npackage-dir = {'drafter.templates' = 'templates'}\n",
                                             "utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    assert build.package_folders() == {"drafter": "drafter", "templates": "drafter/templates"}


def test_package_files_outside_a_checkout_or_without_git_is_a_build_error(tmp_path, monkeypatch):
    """Where git cannot list the package's files, the build stops with its one line, not a traceback."""
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    with pytest.raises(build.BuildError, match="git ls-files"):
        build.package_files()
    monkeypatch.setenv("PATH", str(tmp_path / "no-bin"))
    with pytest.raises(build.BuildError, match="git not found"):
        build.package_files()


def test_linux_bundle_has_a_locked_wheel_for_every_target(linux_tree):
    assert (DIST / build.LINUX_TAR).stat().st_size <= 80_000_000
    wheels = {p.name: p for p in (linux_tree / "wheels").glob("*.whl")}
    digests = {hashlib.sha256(p.read_bytes()).hexdigest(): name for name, p in wheels.items()}
    for arch in build.LINUX_ARCHS:
        for pyver in build.LINUX_PYS:
            tag = "cp" + pyver.replace(".", "")
            lock = linux_tree / "locks" / f"{tag}-{arch}.txt"
            reqs = requirements(lock)
            assert {"python_docx", "lxml", "click"} <= {norm(n) for n in reqs}, lock.name
            for name, (version, hashes) in reqs.items():
                # the lock allows every file of the release; one must be bundled that fits
                fitting = []
                for whl in (digests[h] for h in hashes if h in digests):
                    dist, ver, py, abi, plat = whl[:-4].split("-")[-5:]
                    assert norm(dist) == norm(name) and ver == version, whl
                    pys = py.split(".")
                    if (plat == "any" or arch in plat) and abi in {tag, "abi3", "none"} and (
                            tag in pys or any(p.startswith("py") for p in pys)
                            or (abi == "abi3" and any(int(p[2:]) <= int(tag[2:]) for p in pys))):
                        fitting.append(whl)
                assert fitting, f"{lock.name}: no bundled wheel for {name}=={version}"
    # drafter by file path, never by name from an index (the index's "drafter" is another project)
    pinned = (linux_tree / "locks" / "drafter.txt").read_text()
    drafter_wheel = next(n for n in wheels if n.startswith("drafter-"))
    assert digests[re.search(r"sha256:(\w+)", pinned).group(1)] == drafter_wheel
    with zipfile.ZipFile(wheels[drafter_wheel]) as zf:
        assert "drafter/cli.py" in zf.namelist()
    assert (linux_tree / "workspace" / "drafter.yaml").is_file()
    assert os.access(linux_tree / "install.sh", os.X_OK)


def test_offline_install_drafts_with_the_installed_command(installed, tmp_path):
    target, log, seconds = installed
    assert "自检通过" in log
    install_seconds = int(re.search(r"已安装：.*用时 (\d+) 秒", log).group(1))
    # Speed is reported, not asserted (issue 12's goals: install ≤ 30 s, first draft ≤ 3× a later one).
    print(f"offline install.sh {seconds:.1f} s (of which pip {install_seconds} s, then self-test)")
    drafter = target / "bin" / "drafter"
    assert drafter.is_file()
    where = subprocess.run([str(target / "bin" / "python"), "-c", "import drafter; print(drafter.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path)
    assert where.stdout.startswith(str(target))

    # the clerk's starting workspace, first draft (cold: index and caches built) and a later one
    ws = tmp_path / "ws"
    shutil.copytree(target / "workspace", ws)
    times = []
    for extra in ([], ["--force"]):
        start = time.monotonic()
        done = offline([str(drafter), "-w", str(ws), *DRAFT, *extra], timeout=120)
        times.append(time.monotonic() - start)
        assert done.returncode == 0, done.stdout + done.stderr
    print(f"first draft {times[0]:.2f} s, later draft {times[1]:.2f} s ({times[0] / times[1]:.1f}×)")
    text = docx_text(ws / "drafts" / "1288.docx")
    assert "林永红" in text and "泉州" in text
    # a workspace without templates/ (one made before a newer drafter added a template lacks that
    # one): every wording template and the layout come from the installed package, the same draft
    shutil.rmtree(ws / "templates")
    bare = tmp_path / "bare.docx"
    done = offline([str(drafter), "-w", str(ws), *DRAFT, "-o", str(bare)], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert docx_text(bare) == text

    desktop = (target / "起草助手.desktop").read_text()
    exec_line = re.search(r"^Exec=(.+)$", desktop, re.M).group(1)
    for path in re.findall(r'"([^"]+)"', exec_line):
        assert Path(path).exists(), path
    assert "serve_launcher.py" in exec_line and f'--workspace "{target}/workspace"' in exec_line
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(target / "起草助手.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_installed_drafter_serves_its_first_page_offline(installed, tmp_path):
    target = installed[0]
    has_serve = subprocess.run([str(target / "bin" / "drafter"), "serve", "--help"],
                               capture_output=True, text=True)
    if has_serve.returncode != 0:
        pytest.skip("this drafter has no `serve` command yet (issue 10)")
    ws = tmp_path / "ws"
    shutil.copytree(target / "workspace", ws)
    fetch = r"""
import subprocess, sys, time, urllib.request
server = subprocess.Popen([sys.argv[1], "--workspace", sys.argv[2], "serve", "--port", "18765",
                           "--no-browser"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
try:
    for _ in range(100):
        try:
            page = urllib.request.urlopen("http://127.0.0.1:18765/", timeout=2)
            print(page.status)
            print(page.read().decode("utf-8"))
            break
        except OSError:
            if server.poll() is not None:
                sys.exit("serve exited: " + server.stderr.read().decode())
            time.sleep(0.3)
    else:
        sys.exit("no answer from drafter serve")
finally:
    server.terminate()
    server.wait(10)
"""
    done = offline([str(target / "bin" / "python"), "-c", fetch, str(target / "bin" / "drafter"),
                    str(ws)], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    status, _, page = done.stdout.partition("\n")
    assert status == "200" and "<html" in page.lower() and "起草" in page


def test_install_names_the_python_found_and_the_one_needed(linux_tree, tmp_path):
    old = python("3.8") or python("3.7")
    if old is None:  # no old interpreter here: one that says it is 3.7, as Kylin V10's python3 is
        old = tmp_path / "python3"
        old.write_text("#!/bin/sh\necho 3.7\n")
        old.chmod(0o755)
    done = offline(["sh", str(linux_tree / "install.sh"), str(tmp_path / "env")],
                   env={**os.environ, "PYTHON": str(old)}, timeout=60)
    assert done.returncode != 0 and not (tmp_path / "env").exists()
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("错误：")
    found = re.search(r"找到的是 Python (3\.\d+)", message).group(1)
    assert found in {"3.7", "3.8"} and "3.9–3.12" in message and "python3.9" in message


def test_install_without_a_usable_venv_module_bootstraps_a_bare_venv(linux_tree, tmp_path):
    real = python("3.12") or python("3.11")
    if real is None:
        _missing("no Python 3.11/3.12 interpreter here")
    wrapper = tmp_path / "python3"  # a python3 whose `-m venv` fails, as on a system without it
    wrapper.write_text('#!/bin/sh\nif [ "$1" = -m ] && [ "$2" = venv ]; then\n'
                       '  echo "No module named venv" >&2; exit 1\nfi\n'
                       f'exec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    target = tmp_path / "env"
    done = offline(["sh", str(linux_tree / "install.sh"), str(target)],
                   env={**os.environ, "PYTHON": str(wrapper)}, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "改为直接建立虚拟环境" in done.stdout and "自检通过" in done.stdout
    cfg = (target / "pyvenv.cfg").read_text()
    assert f"home = {Path(os.path.realpath(real)).parent}" in cfg
    ok = subprocess.run([str(target / "bin" / "drafter"), "--help"], capture_output=True, text=True)
    assert ok.returncode == 0 and "draft" in ok.stdout
    pip = subprocess.run([str(target / "bin" / "python"), "-m", "pip", "--version"],
                         capture_output=True, text=True)
    assert pip.returncode == 0 and str(target) in pip.stdout


# ---------------------------------------------------------------------------------------- Windows

@pytest.fixture(scope="module")
def windows_tree(tmp_path_factory) -> Path:
    archive = _bundle(build.WINDOWS_ZIP)
    dest = tmp_path_factory.mktemp("windows-bundle")
    with zipfile.ZipFile(archive) as zf:
        tops = {name.split("/")[0] for name in zf.namelist()}
        assert tops == {"drafter-offline-windows-x64"}
        launcher = zf.getinfo("drafter-offline-windows-x64/起草助手.cmd")
        assert launcher.flag_bits & 0x800  # the name is marked UTF-8 for unzip tools
        zf.extractall(dest)
    return dest / "drafter-offline-windows-x64"


def _need_osslsigncode():
    if not shutil.which("osslsigncode"):
        _missing("osslsigncode not installed (apt-get install osslsigncode)")


def test_windows_zip_interpreter_is_signed_and_pth_right(windows_tree):
    assert (DIST / build.WINDOWS_ZIP).stat().st_size <= 30_000_000
    _need_osslsigncode()
    python = windows_tree / "python"
    assert build.verify_authenticode(python) == []
    pth = (python / "python311._pth").read_bytes()
    assert pth.decode().split("\r\n") == [*build.WINDOWS_PTH, ""]


def test_an_altered_or_unsigned_interpreter_is_refused(windows_tree, tmp_path):
    _need_osslsigncode()
    altered = tmp_path / "altered"
    altered.mkdir()
    data = bytearray((windows_tree / "python" / "python.exe").read_bytes())
    data[len(data) // 3] ^= 0xFF
    (altered / "python.exe").write_bytes(bytes(data))
    assert build.verify_authenticode(altered) == ["python.exe: Authenticode check failed (altered)"]

    unsigned = tmp_path / "unsigned"
    unsigned.mkdir()
    subprocess.run(["osslsigncode", "remove-signature", "-in", str(windows_tree / "python" / "python.exe"),
                    "-out", str(unsigned / "python.exe")], check=True, capture_output=True)
    problems = build.verify_authenticode(unsigned)
    assert problems == ["python.exe: Authenticode check failed (unsigned or untrusted)"]


def test_build_inputs_leave_the_site_and_its_records(tmp_path):
    """lxml's wheel installs C headers and Cython sources (lxml/includes/*.h, *.pyx, *.pxd, *.pxi) that no running program
    reads; the Windows zip must stay within 30 MB, so they go, and with them their RECORD lines (the package stays whole
    by its own list); everything else stays."""
    site = tmp_path / "site-packages"
    files = ["lxml/__init__.py", "lxml/etree.cp311-win_amd64.pyd", "lxml/etree.pyx", "lxml/etree.pxd",
             "lxml/includes/tree.h", "lxml/xmlerror.pxi", "lxml-5.3.0.dist-info/METADATA"]
    for rel in files:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("x")
    record = site / "lxml-5.3.0.dist-info" / "RECORD"
    record.write_text("".join(f"{rel},sha256=abc,1\n" for rel in files) + "../../bin/x,,\nlxml-5.3.0.dist-info/RECORD,,\n")
    build.prune_build_inputs(site)
    left = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert left == ["lxml-5.3.0.dist-info/METADATA", "lxml-5.3.0.dist-info/RECORD", "lxml/__init__.py",
                    "lxml/etree.cp311-win_amd64.pyd"]
    assert [line.split(",")[0] for line in record.read_text().splitlines()] == [
        "lxml/__init__.py", "lxml/etree.cp311-win_amd64.pyd", "lxml-5.3.0.dist-info/METADATA", "../../bin/x",
        "lxml-5.3.0.dist-info/RECORD"]


def test_windows_zip_has_every_locked_dependency_for_win_amd64(windows_tree):
    site = windows_tree / "python" / "Lib" / "site-packages"
    infos = {norm(p.name[:-len(".dist-info")].rsplit("-", 1)[0]): p for p in site.glob("*.dist-info")}
    reqs = requirements(windows_tree / "locks" / "windows-cp311.txt")
    assert {"python_docx", "lxml", "click", "jinja2"} <= {norm(n) for n in reqs}
    for name, (version, _) in [*reqs.items(), ("drafter", (None, None))]:
        info = infos.get(norm(name))
        assert info is not None, f"{name} not in site-packages"
        if version:
            assert info.name.endswith(f"-{version}.dist-info"), (info.name, version)
        tags = re.findall(r"^Tag: (\S+)$", (info / "WHEEL").read_text(), re.M)
        assert any(t.endswith("-any") or t.endswith("win_amd64") for t in tags), (name, tags)
        for line in (info / "RECORD").read_text().splitlines():
            rel = line.rsplit(",", 2)[0]
            if not rel.startswith("../"):  # console scripts outside site-packages: not shipped
                assert (site / rel).exists(), f"{name}: {rel} missing"
    # compiled parts are Windows ones; .pyc made for its Python ahead of time; no build inputs (C headers, Cython sources)
    assert list(site.glob("lxml/etree*.pyd")) and not list(site.rglob("*.so"))
    assert not [p for p in site.rglob("*") if p.suffix in build.BUILD_INPUTS]
    assert (site / "drafter" / "__pycache__" / "cli.cpython-311.pyc").is_file()
    assert (site / "drafter" / "__main__.py").is_file()


def test_windows_launchers_start_the_bundled_python(windows_tree):
    cmds = {name: (windows_tree / name).read_bytes() for name in ("drafter.cmd", "起草助手.cmd")}
    for name, data in cmds.items():
        text = data.decode("ascii")  # cmd.exe reads .cmd files in the OEM code page: ASCII only
        assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), f"{name}: CRLF lines"
        for rel in re.findall(r'"%~dp0([^"]+)"', text):
            assert (windows_tree / rel.replace("\\", "/")).exists(), f"{name}: {rel}"
    assert '"%~dp0python\\python.exe" -m drafter %*' in cmds["drafter.cmd"].decode()
    serve = cmds["起草助手.cmd"].decode()
    assert 'start "" "%~dp0python\\pythonw.exe"' in serve and "serve_launcher.pyw" in serve
    assert (windows_tree / "workspace" / "drafter.yaml").is_file()
    assert (windows_tree / "workspace" / "seeds").is_dir()


def test_windows_bundle_drafts_under_wine_offline(windows_tree, tmp_path):
    if not shutil.which("wine"):
        pytest.skip("wine not installed (apt-get install wine wine64)")
    # a fresh prefix outside the repository (its z: drive links to /)
    env = {**os.environ, "WINEDEBUG": "-all", "WINEPREFIX": str(tmp_path / "wineprefix")}
    done = offline(["wine", "cmd", "/c", "drafter.cmd", "-w", "workspace", *DRAFT],
                   cwd=windows_tree, env=env, stdin=subprocess.DEVNULL, timeout=600)
    out = windows_tree / "workspace" / "drafts" / "1288.docx"
    assert done.returncode == 0 and out.is_file(), done.stdout + done.stderr
    assert "已写出" in done.stdout
    assert "林永红" in docx_text(out)
    # a workspace without templates/: the bundled package's own templates, the same draft
    shutil.copytree(windows_tree / "workspace", windows_tree / "bare", ignore=shutil.ignore_patterns("templates", "drafts"))
    done = offline(["wine", "cmd", "/c", "drafter.cmd", "-w", "bare", *DRAFT],
                   cwd=windows_tree, env=env, stdin=subprocess.DEVNULL, timeout=600)
    bare = windows_tree / "bare" / "drafts" / "1288.docx"
    assert done.returncode == 0 and bare.is_file(), done.stdout + done.stderr
    assert docx_text(bare) == docx_text(out)
