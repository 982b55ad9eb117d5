"""Review marks on a draft: Word comments citing sources, highlights on gaps and stale figures."""

from __future__ import annotations

from collections.abc import Sequence

from ..lazyre import lazy
from ..reply import PLACEHOLDER_RE, Citation, owed_mark
from . import ooxml
from .styles import COLOUR_NAMES, HIGHLIGHT_BY_SPAN, HIGHLIGHT_MEANS, LEGEND_HEAD, LEGEND_SOURCES

AUTHOR, INITIALS = "drafter", "DR"


def citation_lines(citations: Sequence[Citation]) -> list[str]:
    """One line per cited source place (``Citation.line()``), duplicates dropped, order kept."""
    return list(dict.fromkeys(c.line() for c in citations))


def note_line(marked: Sequence[str], note: str) -> str:
    """One line of a paragraph's comment saying ``note`` of what it marks there (``marked``: its
    flags as written, its figures and words quoted): ``【待更新：统计期】“27家”“128家”：原文未注明统计期…``
    — the comment stands over the whole paragraph, so the line names what it is about."""
    return "".join(m if PLACEHOLDER_RE.fullmatch(m) else f"“{m}”" for m in marked) + "：" + note


_NOTE_LINE = lazy(r"((?:【[^】]*】|“[^”]*”)+)：(.+)")


def read_note_line(line: str) -> tuple[str, str] | None:
    """(what it marks, its note) of a :func:`note_line`; None for any other line (a source's)."""
    found = _NOTE_LINE.fullmatch(line.strip())
    return (found.group(1), found.group(2)) if found else None


def said_notes(comment: str) -> list[str]:
    """The notes a comment of drafter's says: a paragraph's comment its lines on what it marks
    (:func:`note_line`), any other comment its text."""
    lines = [read for line in comment.splitlines() for read in [read_note_line(line)] if read]
    return [note for _, note in lines] if lines else [comment]


def open_points(notes: Sequence) -> list[tuple[str, str]]:
    """(placeholder, note) of each note of drafter's comments among ``notes`` (a paragraph's,
    :class:`~drafter.docx.read.Note`) that opens on a placeholder: what a section still owes, asked
    in a comment rather than in an item of its own (【待补充：建议所提…方面的工作情况】…), still open
    until the clerk deletes that comment."""
    return [(mark, said) for n in notes if n.author == AUTHOR for said in said_notes(n.text)
            for mark in [owed_mark(said)] if mark]


def add_comment(document, runs: Sequence, lines: Sequence[str]) -> None:
    """Anchor a comment on ``runs`` (first to last) with one paragraph per line; no date stamp."""
    ooxml.add_comment(document, runs[0]._r, runs[-1]._r, list(lines), author=AUTHOR, initials=INITIALS)


def highlight(run, span_kind: str) -> None:
    """Highlight ``run`` in the colour of its span kind (placeholder yellow, stale cyan), if any."""
    color = HIGHLIGHT_BY_SPAN.get(span_kind)
    if color:
        ooxml.set_highlight(run, color)


def legend(span_kinds: set[str]) -> list[str]:
    """The lines of the comment saying what the draft's highlight colours mean (those of
    ``span_kinds`` highlighted), then what its other comments are; none when nothing is highlighted."""
    lines = [f"{COLOUR_NAMES.get(HIGHLIGHT_BY_SPAN[kind], HIGHLIGHT_BY_SPAN[kind])}高亮——{means}"
             for kind, means in HIGHLIGHT_MEANS.items() if kind in span_kinds and kind in HIGHLIGHT_BY_SPAN]
    return [LEGEND_HEAD, *lines, LEGEND_SOURCES] if lines else []
