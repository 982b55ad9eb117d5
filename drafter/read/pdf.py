"""PDF: the text layer of every page (pypdf); scanned or password-protected files are refused."""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..errors import SourceError
from ..lazyre import lazy
from .clean import Piece

# A page's first or last line that is only a page number: "3", "- 3 -", "第3页", "3/12".
_PAGE_NUMBER = lazy(r"^\s*(?:[-—–]*\s*\d{1,4}\s*[-—–]*|第\s*\d+\s*页.*|\d+\s*/\s*\d+)\s*$")
# A line ends at the right edge when its estimated end is within this many characters of it
# (a closing mark carried over, a Latin word wrapped), and starts at the left edge when it is
# indented less than INDENT_SLACK characters (a paragraph's first line is indented two).
FULL_LINE_SLACK = 2.0
INDENT_SLACK = 1.0
MAX_INDENT = 3.0  # a line spanning the text starts no further in than a first-line indent
MIN_PLACED_LINES = 3
TITLE_MAX_LINES = 4  # lines of page 1 the metadata title may span


def read_pdf(path: Path, data: bytes) -> tuple[list[Piece], str | None]:
    """One piece per text line, pages in order, page-number lines dropped; and the title.

    A line that reaches the right edge of the text while the next one starts at the left edge
    (no first-line indent) is marked ``full``: the paragraph goes on past the line or page
    break. The title is the document's /Title when the first lines of page 1 spell it (a
    "Microsoft Word - 1.doc" is not a title); those lines become one piece.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns about every small defect
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _decrypt_without_password(reader):
            raise SourceError("PDF 已加密（需要密码），请先解除密码", path)
        pages = [_page_lines(page) for page in reader.pages]
        title = _metadata_title(reader)
    except SourceError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError,
            RecursionError, NotImplementedError, ZeroDivisionError):
        # pypdf's own words (Stream has ended unexpectedly) tell a clerk nothing more
        raise SourceError("不是有效的 PDF 或已损坏：无法解析其内容（可重新导出或下载一份再试）", path) from None
    if not any(line.text.strip() for lines in pages for line in lines):
        raise SourceError("PDF 没有文字层（可能是扫描件），请先 OCR", path)
    lines: list[_Line] = []
    for page in pages:
        page = [line for line in page if line.text.strip()]
        while page and _PAGE_NUMBER.match(page[-1].text):
            page.pop()
        while page and _PAGE_NUMBER.match(page[0].text):
            page.pop(0)
        _mark_edges(page)
        lines.extend(page)
    pieces = [Piece(raw=line.text, full=line.reaches_right and nxt.starts_left)
              for line, nxt in zip(lines, lines[1:] + [_Line("")])]
    title, pieces = _title_lines(title, pieces)
    return pieces, title


@dataclass
class _Line:
    """A text line of a page and where it stands: x of its start and estimated end, font size."""

    text: str
    left: float | None = None
    right: float | None = None
    size: float = 0.0
    reaches_right: bool = False
    starts_left: bool = False


def _page_lines(page) -> list[_Line]:
    """The page's lines with positions from pypdf's text visitor; without positions when the
    visitor's pieces do not add up to the extracted text."""
    lines = [_Line("")]

    def visit(text, cm, tm, font, size) -> None:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append(_Line(""))
            line = lines[-1]
            line.text += part
            if part.strip():
                scale = abs(tm[0] or tm[3] or 1) * abs(cm[0] or cm[3] or 1)
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                em = size * scale
                end = x + em * sum(0.0 if c.isspace() else 1.0 if _is_wide(c) else 0.55 for c in part)
                line.left = x if line.left is None else min(line.left, x)
                line.right = end if line.right is None else max(line.right, end)
                line.size = max(line.size, em)

    text = page.extract_text(visitor_text=visit) or ""
    if [line.text for line in lines] != text.split("\n"):  # positions that do not fit the text
        return [_Line(line) for line in text.split("\n")]
    return lines


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _mark_edges(lines: list[_Line]) -> None:
    """Mark the lines that reach the text's right edge, and those starting at its left edge."""
    placed = [line for line in lines if line.left is not None and line.size]
    if len(placed) < MIN_PLACED_LINES:  # too few lines to tell where the text's edges are
        return
    left = min(line.left for line in placed)
    right = max(line.right for line in placed)
    for line in placed:  # a right-aligned signature or date reaches the edge without spanning
        line.reaches_right = (line.right >= right - FULL_LINE_SLACK * line.size
                              and line.left <= left + MAX_INDENT * line.size)
        line.starts_left = line.left <= left + INDENT_SLACK * line.size


def _metadata_title(reader) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:  # a broken info dictionary is no reason to refuse the text
        return None
    return " ".join(str(title).split()) if title else None


def _title_lines(title: str | None, pieces: list[Piece]) -> tuple[str | None, list[Piece]]:
    """(title, pieces) with the first lines that spell the metadata title joined into one."""
    if not title:
        return None, pieces
    want = _squeeze(title)
    have = ""
    for k, piece in enumerate(pieces[:TITLE_MAX_LINES]):
        have += _squeeze(piece.raw)
        if have == want:
            joined = Piece(raw="\n".join(p.raw for p in pieces[: k + 1]), text=title)
            return title, [joined, *pieces[k + 1:]]
        if not want.startswith(have):
            break
    return None, pieces


def _squeeze(text: str) -> str:
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def _decrypt_without_password(reader) -> bool:
    """Open a PDF that only has an owner password (readable by anyone); False if it needs one."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # unsupported algorithm or missing crypto dependency: treat as locked
        return False
