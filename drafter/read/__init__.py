"""Readers: turn a source file (.txt/.md/.docx/.html/.pdf) into a cleaned Document.

``read_document(path)`` dispatches on the extension, cleans the text (:mod:`.clean`) and raises
:class:`~drafter.errors.SourceError` — one line naming the file — for anything it cannot read.
``open_docx(path)`` opens a Word file safely (zip-bomb, encryption and structure checks) for
the modules that read drafts. Format libraries are imported only when a file needs them.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ..errors import SourceError, os_reason
from ..model import Document
from ..textutil import mirror_simplified, mostly_traditional

__all__ = ["SUFFIXES", "SourceError", "open_docx", "read_document"]

# Extension → Document.format.
SUFFIXES = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".docx": "docx", ".html": "html", ".htm": "html", ".pdf": "pdf",
}
# Larger files are refused rather than read into memory.
MAX_FILE_BYTES = 100 * 1024 * 1024


def read_document(path: str | Path) -> Document:
    """Read and clean one source file; raise SourceError when it cannot be used."""
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(set(SUFFIXES)))
        raise SourceError(f"不支持的文件类型“{path.suffix or '无扩展名'}”（支持 {known}）", path)
    data = read_source_bytes(path)
    title = None
    if fmt in ("txt", "md"):
        from .text import read_text

        pieces, title = read_text(path, data, markdown=fmt == "md")
    elif fmt == "docx":
        from .docx import read_docx

        pieces, title = read_docx(path, data)
    elif fmt == "html":
        from .html import read_html

        pieces, title = read_html(path, data)
    else:
        from .pdf import read_pdf

        pieces, title = read_pdf(path, data)
    from .clean import clean_blocks, in_news_column, on_forum  # lazily: opening a draft (open_docx) needs no cleaning rules

    pieces = list(pieces)
    blocks, site = clean_blocks(pieces)
    if not blocks:
        raise SourceError("没有可用的正文（清理后为空）", path)
    if mostly_traditional("\n".join(b.text for b in blocks)):  # a mirror in traditional characters read as simplified
        blocks = [replace(b, text=mirror_simplified(b.text)) for b in blocks]  # (one character for one: spans stay valid)
        title = mirror_simplified(title) if title else title
    return Document(path=path, format=fmt, blocks=blocks,
                    sha256=hashlib.sha256(data).hexdigest(), title=title, site=site,
                    news_column=any(in_news_column(p) for p in pieces), forum=any(on_forum(p) for p in pieces))


def open_docx(path: str | Path):
    """Open a .docx with python-docx after checking it is a sane, unencrypted Word file."""
    from .docx import open_docx as _open

    return _open(path)


def read_source_bytes(path: Path) -> bytes:
    """The bytes of a source file; SourceError when it is missing, a folder, too large or empty."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise SourceError("是文件夹，不是文件", path)
        if size > MAX_FILE_BYTES:
            raise SourceError(f"文件过大（{size // 1024 // 1024} MB，上限 {MAX_FILE_BYTES // 1024 // 1024} MB）", path)
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceError("文件不存在", path) from None
    except OSError as exc:
        raise SourceError(f"无法读取：{os_reason(exc)}", path) from None
    if not data.strip():
        raise SourceError("文件为空", path)
    return data
