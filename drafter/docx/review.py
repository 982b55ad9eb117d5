"""Review marks on a draft: Word comments citing sources, highlights on gaps and stale figures."""

from __future__ import annotations

from collections.abc import Sequence

from ..reply import Citation
from . import ooxml
from .styles import HIGHLIGHT_BY_SPAN

AUTHOR, INITIALS = "drafter", "DR"


def citation_lines(citations: Sequence[Citation]) -> list[str]:
    """One line per cited source place (``Citation.line()``), duplicates dropped, order kept."""
    return list(dict.fromkeys(c.line() for c in citations))


def add_comment(document, runs: Sequence, lines: Sequence[str]) -> None:
    """Anchor a comment on ``runs`` (first to last) with one paragraph per line; no date stamp."""
    ooxml.add_comment(document, runs[0]._r, runs[-1]._r, list(lines), author=AUTHOR, initials=INITIALS)


def highlight(run, span_kind: str) -> None:
    """Highlight ``run`` in the colour of its span kind (placeholder yellow, stale cyan), if any."""
    color = HIGHLIGHT_BY_SPAN.get(span_kind)
    if color:
        ooxml.set_highlight(run, color)
