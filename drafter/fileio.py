"""Safe file writing: atomic replace, never overwrite what the user made without being asked."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .errors import FORCE, DrafterError, os_reason

# Old binary office formats no reader of drafter's takes: the program that saves them in the one it reads.
OLD_FORMATS = {".doc": ("Word/WPS", ".docx"), ".wps": ("WPS", ".docx"), ".xls": ("Excel/WPS", ".xlsx"),
               ".et": ("WPS", ".xlsx")}


def resave_advice(suffix: str) -> str | None:
    """What to do with a file of an old office format (``.doc`` → 请在 Word/WPS 中另存为 .docx), None for
    any other suffix."""
    found = OLD_FORMATS.get(suffix.lower())
    return f"请在 {found[0]} 中另存为 {found[1]}" if found else None


def atomic_write(path: str | Path, data: bytes | str, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and an atomic rename.

    A crash leaves either the old file or the new one, never half of it. With
    ``overwrite=False`` an existing file is an error (and is left untouched).
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise DrafterError("文件已存在，未覆盖", path, fix=FORCE)
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileExistsError:  # a file where its folder should be (drafts made a file by mistake)
        folder = next((p for p in (path.parent, *path.parent.parents) if p.exists() and not p.is_dir()), path.parent)
        raise DrafterError(f"无法写入：{folder} 是文件，不是文件夹", path) from None
    except OSError as exc:
        raise DrafterError(f"无法写入：{os_reason(exc)}", path) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(path))
        if overwrite or not _link_new(tmp, path):
            os.replace(tmp, path)
    except FileExistsError:  # made by another run while this one wrote: theirs is kept
        Path(tmp).unlink(missing_ok=True)
        raise DrafterError("文件已存在，未覆盖", path, fix=FORCE) from None
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DrafterError(f"无法写入：{os_reason(exc)}", path) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _link_new(tmp: str, path: Path) -> bool:
    """Put ``tmp`` in place as ``path`` only if no file has that name (a hard link, which the system
    makes or refuses at once: a run that wrote the same draft meanwhile keeps its file, where the
    check before writing would let a rename replace it). FileExistsError when one is there; False
    where the folder's file system makes no hard links (then the caller renames)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except (OSError, NotImplementedError):
        if path.exists():
            raise FileExistsError(path) from None
        return False
    os.unlink(tmp)
    return True


def _mode_for(path: Path) -> int:
    """The permissions the file should get: the old file's, else the usual ones under the umask
    (mkstemp would leave 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def sha256_file(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
