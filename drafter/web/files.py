"""Files in and out of the server, never outside the workspace.

Uploads are stored under ``.drafter/uploads/<random>/<sanitised name>`` (the workspace's cache
folder: safe to delete); downloads are served only from ``drafts/`` and ``seeds/`` and only for
paths that resolve inside them (``/download/../../drafter.yaml`` is a 404, symlinks out too).
"""

from __future__ import annotations

import io
import os
import secrets
import shutil
import time
import unicodedata
import zipfile
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from ..fileio import resave_advice
from ..lazyre import lazy

UPLOADS = "uploads"
DOWNLOAD_ROOTS = ("drafts", "seeds")
UPLOAD_DAYS = 2  # uploads older than this are removed when the server starts
_UNSAFE = lazy(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_TOKEN = lazy(r"^[A-Za-z0-9_-]{8,64}$")


def resave_hint(suffix: str) -> str | None:
    """What to do with a file of an old office format before uploading it (:func:`~drafter.fileio.resave_advice`:
    ``.doc`` → 请在 Word/WPS 中另存为 .docx 后再上传), None for any other suffix."""
    advice = resave_advice(suffix)
    return f"{advice} 后再上传" if advice else None


class UploadTooLarge(Exception):
    """The request body is larger than the configured upload limit."""

    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit

    @property
    def message(self) -> str:
        return f"文件太大：上传上限为 {self.limit / 1024 / 1024:g} MB（可在 drafter.yaml 的 serve.upload_limit_mb 调整）"


def safe_name(name: str | None, default: str = "upload") -> str:
    """A file name with no folders, control or reserved characters, at most 120 characters (and
    190 bytes: a system's limit is in bytes).

    ``../../etc/passwd`` → ``passwd``; ``C:\\x\\报告.docx`` → ``报告.docx``; an empty or dot-only
    name → ``default``. The extension is kept (lowercased) so the readers know the type.
    """
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("-", name).strip(" .")
    if not name or set(name) <= {".", "-"}:
        name = default
    stem, dot, ext = name.rpartition(".")
    if dot and stem and len(ext) <= 8:
        stem, ext = _cut(stem), "." + ext.lower()
    else:
        stem, ext = _cut(name), ""
    return stem.lstrip(".") + ext if stem.lstrip(".") else default + ext


# A file name's stem at most this long: 110 characters, and in UTF-8 at most 180 bytes (a system
# takes 255 bytes a name: 110 Chinese characters are 330; a temporary file's name adds to it).
MAX_STEM, MAX_STEM_BYTES = 110, 180


def _cut(stem: str) -> str:
    stem = stem[:MAX_STEM]
    while len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        stem = stem[:-1]
    return stem


def uploads_dir(root: Path) -> Path:
    return root / ".drafter" / UPLOADS


def store_upload(root: Path, name: str | None, data: bytes) -> Path:
    """Write an uploaded file's bytes to a fresh folder of its own; returns its path."""
    folder = uploads_dir(root) / secrets.token_urlsafe(12)
    folder.mkdir(parents=True)
    path = folder / safe_name(name)
    path.write_bytes(data)
    return path


def find_upload(root: Path, token: str, name: str) -> Path | None:
    """An upload stored earlier (the refresh confirm step), or None when gone or not ours."""
    if not _TOKEN.match(token or ""):
        return None
    path = uploads_dir(root) / token / safe_name(name)
    return path if path.is_file() else None


def upload_token(path: Path) -> str:
    return path.parent.name


def prune_uploads(root: Path, days: float = UPLOAD_DAYS) -> None:
    """Remove upload folders older than ``days`` (uploads are only needed for a page's round trip)."""
    folder = uploads_dir(root)
    if not folder.is_dir():
        return
    cutoff = time.time() - days * 86400
    for entry in folder.iterdir():
        try:
            if entry.is_dir() and entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)
        except OSError:
            pass


def next_version(path: Path) -> Path:
    """``1288.docx`` → the first free ``1288-2.docx``, ``1288-3.docx`` …"""
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def resolve_download(root: Path, relative: str) -> Path | None:
    """The file ``relative`` names under drafts/ or seeds/ of ``root``, or None (→ 404).

    Refused: absolute paths, any ``..`` or hidden part, other folders, anything that resolves
    (through symlinks) outside its folder, and what is not a regular file.
    """
    parts = PurePosixPath(relative.replace("\\", "/")).parts
    if not parts or parts[0] not in DOWNLOAD_ROOTS or any(p in ("..", ".") or p.startswith(".") for p in parts):
        return None
    base = (root / parts[0]).resolve()
    try:
        path = root.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not path.is_file() or not path.is_relative_to(base):
        return None
    return path


def download_url(root: Path, path: Path | str) -> str | None:
    """``/download/drafts/1288.docx`` for a file under drafts/ or seeds/, else None."""
    try:
        rel = Path(path).resolve().relative_to(root.resolve())
    except ValueError:
        return None
    if rel.parts and rel.parts[0] in DOWNLOAD_ROOTS:
        return "/download/" + rel.as_posix()
    return None


def workspace_relative(data: Any, root: Path) -> Any:
    """``data`` (an answer's JSON) with the workspace's own folder taken out of every text:
    a path inside it becomes relative to it (``drafts/1288.docx``, as the download links name
    files), and so does one inside a message. An API client on another computer cannot use the
    server's paths, and they would show where the workspace lies on the server."""
    prefixes = sorted({folder.rstrip("/\\") + sep for r in (root, root.resolve())
                       for folder, sep in ((r.as_posix(), "/"), (str(r), os.sep))}, key=len, reverse=True)

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value]
        if isinstance(value, PurePath):
            value = str(value)
        if not isinstance(value, str):
            return value
        starts = any(value.startswith(prefix) for prefix in prefixes)
        for prefix in prefixes:
            value = value.replace(prefix, "")
        return value.replace(os.sep, "/") if starts and os.sep != "/" else value

    return walk(data)


def zip_folder(folder: Path, suffixes: tuple[str, ...] = (".docx", ".xlsx")) -> bytes:
    """A .zip of the files with ``suffixes`` directly in ``folder`` (drafts and tracking workbook)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in suffixes:
                zf.write(path, path.name)
    return buffer.getvalue()
