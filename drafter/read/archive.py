"""Zip containers (.docx, .xlsx): one check against zip bombs, on the zip's directory.

The directory states each member's unpacked size, and Python's zipfile never inflates a member
past it, so summing those sizes before anything is decompressed is binding.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import SourceError


def refuse_large_unpacked(zf: zipfile.ZipFile, path: str | Path, limit: int) -> None:
    """Raise SourceError (one line naming ``path``) when the members of ``zf`` would unpack to
    more than ``limit`` bytes."""
    total = sum(info.file_size for info in zf.infolist())
    if total > limit:
        raise SourceError(f"拒绝读取：解压后 {total // 1024 // 1024} MB，超过上限 {limit // 1024 // 1024} MB（疑似 zip 炸弹）", path)


def refuse_zip_bomb(path: str | Path, limit: int) -> None:
    """:func:`refuse_large_unpacked` for the zip file at ``path``; a file that is no zip is let
    through (its reader says so in its own words)."""
    try:
        with zipfile.ZipFile(path) as zf:
            refuse_large_unpacked(zf, path, limit)
    except (zipfile.BadZipFile, OSError):
        return
