"""Read a draft back — as written, or after a clerk edited it in Word — for ``drafter check``.

:func:`read_draft` gives each body paragraph's kind (from its style), text (joined across the runs
Word splits), highlights and anchored comments; :func:`read_layout` gives the page setup and the
fonts and sizes of the styles, to compare a draft against the reference.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import SourceError
from ..fileio import resave_advice
from ..read.docx import open_document
from . import ooxml
from .styles import LEAD_STYLE, PAGE_NUMBER_STYLE, STYLE_BY_KIND, kind_for


@dataclass
class Highlight:
    """A highlighted stretch of a paragraph (consecutive runs of one colour merged)."""

    text: str
    color: str


@dataclass
class Note:
    """A comment anchored in a paragraph: its author and text, and where its range stands in the
    paragraph's text (``end`` None: the range runs on into a later paragraph)."""

    author: str
    text: str
    start: int
    end: int | None


@dataclass
class DraftParagraph:
    """One body paragraph of a draft. ``index`` counts from 1, empty paragraphs included."""

    index: int
    kind: str | None  # block kind from the paragraph style (None: not one of ours)
    text: str
    style: str
    highlights: list[Highlight] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)  # the facts drafter cited here (provenance)
    runs: list[ooxml.RunText] = field(default_factory=list)  # text + direct formatting per run
    fonts: list[str] = field(default_factory=list)  # East Asian fonts set directly on runs
    sizes: list[int] = field(default_factory=list)  # sizes (half-points) set directly on runs
    notes: list[Note] = field(default_factory=list)  # comments with their range in ``text``
    # the placeholders it held as drafter wrote it: (words before, placeholder, words after)
    gaps: list[tuple[str, str, str]] = field(default_factory=list)


def _highlights(runs: list[ooxml.RunText]) -> list[Highlight]:
    out: list[Highlight] = []
    previous = None
    for run in runs:
        if run.highlight and run.highlight == previous and out:
            out[-1].text += run.text
        elif run.highlight and run.text:
            out.append(Highlight(run.text, run.highlight))
        if run.text:
            previous = run.highlight
    return out


def read_as_of(path: str | Path) -> dt.date | None:
    """The date a draft was written as of (its provenance part's, :func:`~drafter.docx.ooxml.set_provenance`);
    None for a draft without it (written by an earlier version, or not by drafter)."""
    stored = ooxml.read_provenance_as_of(open_document(path, "答复稿"))
    try:
        return dt.date.fromisoformat(stored) if stored else None
    except ValueError:  # edited by hand into something else
        return None




def read_draft(path: str | Path) -> list[DraftParagraph]:
    """The body paragraphs of a .docx draft, in reading order (tables and text boxes are skipped):
    a paragraph framed at the foot of its page (:func:`~drafter.docx.ooxml.at_foot`: the 抄送 of
    drafts written by earlier versions, before the closing) reads last, where it stands. A file of
    another kind is said to be one (不是 .docx 答复稿; 旧版格式 for a .doc), not a damaged .docx (hd11)."""
    suffix = Path(path).suffix.lower()
    if Path(path).is_file() and suffix != ".docx":
        advice = resave_advice(suffix)
        raise SourceError(f"是旧版格式（{suffix}），{advice}" if advice else "不是 .docx 答复稿", path)
    document = open_document(path, "答复稿")
    comments = ooxml.comments(document)
    provenance = ooxml.read_provenance(document)
    written_gaps = ooxml.read_provenance_gaps(document)
    paragraphs = ooxml.reading_order(document.paragraphs)
    marks = ooxml.bookmarked_paragraphs([p._p for p in paragraphs], ooxml.PROVENANCE_BOOKMARK)
    out = []
    for index, (paragraph, names) in enumerate(zip(paragraphs, marks), start=1):
        runs = ooxml.paragraph_runs(paragraph._p)
        style = paragraph.style
        out.append(DraftParagraph(
            index=index,
            kind=kind_for(style),
            text="".join(r.text for r in runs),
            style=style.name if style is not None else "",
            highlights=_highlights(runs),
            runs=runs,
            comments=[comments[i][1] for i in ooxml.paragraph_comment_ids(paragraph._p)
                      if i in comments],
            fact_ids=list(dict.fromkeys(f for name in names for f in provenance.get(name, []))),
            fonts=list(dict.fromkeys(r.east_asia for r in runs if r.east_asia and r.text)),
            sizes=list(dict.fromkeys(r.half_points for r in runs if r.half_points and r.text)),
            notes=[Note(*comments[i], start, end)
                   for i, (start, end) in ooxml.paragraph_comment_spans(paragraph._p).items() if i in comments],
            gaps=[gap for name in names for gap in written_gaps.get(name, [])],
        ))
    return out


@dataclass
class StyleLayout:
    """A style's effective East Asian font and size (through ``based on`` and the defaults)."""

    name: str
    kind: str | None
    east_asia: str | None
    half_points: int | None
    indent_chars: dict[str, int] = field(default_factory=dict)  # own w:ind *Chars values


@dataclass
class Layout:
    """Page setup (twips), grid, default font and the styles drafts use."""

    page_width: int
    page_height: int
    margins: dict[str, int]  # top, bottom, left, right
    grid: dict[str, str]  # w:docGrid attributes: type, linePitch (charSpace if set)
    default_font: str | None
    default_size: int | None  # half-points
    title_page: bool  # no page number on page 1
    even_and_odd: bool  # separate odd/even footers
    styles: dict[str, StyleLayout] = field(default_factory=dict)  # by style name


def _effective(style, default: ooxml.RunFormat) -> ooxml.RunFormat:
    font = size = None
    seen = set()
    while style is not None and id(style) not in seen and (font is None or size is None):
        seen.add(id(style))
        own = ooxml.style_run_format(style)
        font = font or own.east_asia
        size = size or own.half_points
        style = style.base_style
    return ooxml.RunFormat(font or default.east_asia, size or default.half_points)


def read_layout(path: str | Path) -> Layout:
    """The layout of a .docx (a draft or the reference): page, margins, grid, fonts and sizes."""
    document = open_document(path, "文档")
    section = document.sections[0]
    default = ooxml.default_run_format(document)
    by_name = {s.name: s for s in document.styles}
    styles = {}
    for name in (*STYLE_BY_KIND.values(), LEAD_STYLE, PAGE_NUMBER_STYLE):
        style = by_name.get(name)
        if style is not None:
            fmt = _effective(style, default)
            styles[name] = StyleLayout(name, kind_for(style), fmt.east_asia, fmt.half_points,
                                       ooxml.style_indents(style, in_chars=True))

    def twips(length) -> int:
        return int(length.twips) if length is not None else 0

    return Layout(
        page_width=twips(section.page_width),
        page_height=twips(section.page_height),
        margins={"top": twips(section.top_margin), "bottom": twips(section.bottom_margin),
                 "left": twips(section.left_margin), "right": twips(section.right_margin)},
        grid=ooxml.doc_grid(section),
        default_font=default.east_asia,
        default_size=default.half_points,
        title_page=bool(section.different_first_page_header_footer),
        even_and_odd=bool(document.settings.odd_and_even_pages_header_footer),
        styles=styles,
    )
