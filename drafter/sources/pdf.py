"""PDF: the text layer of every page (pypdf); scanned or password-protected files are refused."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from ..errors import SourceError
from .clean import Piece

# A page's first or last line that is only a page number: "3", "- 3 -", "第3页", "3/12".
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]?\s*\d{1,4}\s*[-—–]?|第\s*\d+\s*页.*|\d+\s*/\s*\d+)\s*$")


def read_pdf(path: Path, data: bytes) -> list[Piece]:
    """One piece per text line, pages in order, page-number lines dropped."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns about every small defect
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypt_without_password(reader):
            raise SourceError("PDF 已加密（需要密码），请先解除密码", path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, NotImplementedError) as exc:
        raise SourceError(f"不是有效的 PDF 或已损坏：{' '.join(str(exc).split()) or type(exc).__name__}", path) from None
    if not any(text.strip() for text in pages):
        raise SourceError("PDF 没有文字层（可能是扫描件），请先 OCR", path)
    pieces: list[Piece] = []
    for text in pages:
        lines = [line for line in text.splitlines() if line.strip()]
        while lines and _PAGE_NUMBER.match(lines[-1]):
            lines.pop()
        while lines and _PAGE_NUMBER.match(lines[0]):
            lines.pop(0)
        pieces.extend(Piece(raw=line) for line in lines)
    return pieces


def _decrypt_without_password(reader) -> bool:
    """Open a PDF that only has an owner password (readable by anyone); False if it needs one."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # unsupported algorithm or missing crypto dependency: treat as locked
        return False
