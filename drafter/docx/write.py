"""Write a composed :class:`~drafter.reply.Reply` into a .docx poured from the workspace reference.

The reference (``templates/reference.docx``) gives styles, page setup and footers; its body is
cleared and one paragraph per block is added in the style of its kind. Gaps and stale figures are
highlighted, cited paragraphs carry a Word comment naming their sources and, for ``check``, their
fact ids (a hidden bookmark and the provenance part, :func:`~drafter.docx.ooxml.set_provenance`).
No font is set here.
"""

from __future__ import annotations

import io
import threading
from datetime import datetime, timezone
from pathlib import Path

from .. import reply as R
from ..errors import SourceError, os_reason
from ..lazyre import lazy
from ..read.docx import open_document
from . import ooxml, review
from .styles import LEAD_STYLE, STALE_NOTE, style_for

REGENERATE_HINT = "（可用 python -m drafter.docx.reference templates/reference.docx 重新生成）"


class _Template:
    """One version of a reference file, parsed once and written into by every draft in turn (under
    ``lock``): :meth:`fresh` takes away what the last draft added (its body and comments, and the
    relationships it made: comments, provenance, core properties), so each draft starts from the
    reference as read. Parsing the reference again for every draft cost more than a tenth of one."""

    def __init__(self, key: tuple, document):
        self.key = key
        self.document = document
        self.style_ids = {style.name: style.style_id for style in document.styles}
        self.lock = threading.Lock()
        ooxml.drop_provenance(document)  # a reference's own provenance is never a draft's
        package = document.part.package
        self._rels = [(rels, set(rels)) for rels in (package.rels, document.part.rels)]

    def fresh(self):
        """The reference's Document as read, without anything an earlier draft wrote into it."""
        for rels, kept in self._rels:
            for rid in set(rels) - kept:
                ooxml.drop_rel(rels, rid)
        ooxml.clear_body(self.document)
        ooxml.clear_comments(self.document)
        return self.document


_templates: dict[str, _Template] = {}  # by resolved path; one version each, a few paths at most
_templates_lock = threading.Lock()


def _template(path: Path) -> _Template:
    """The reference at ``path`` as a template, read again when the file changed (a clerk
    restyled it in Word while the server runs: Word saves a new file, or rewrites it)."""
    try:
        stat = path.stat()
    except OSError:
        raise SourceError(f"找不到公文格式参考文件{REGENERATE_HINT}", path) from None
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, stat.st_ino)
    with _templates_lock:
        cached = _templates.get(key[0])
        if cached is not None and cached.key == key:
            return cached
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"无法读取公文格式参考文件：{os_reason(exc)}", path) from None
    template = _Template(key, open_document(path, "公文格式参考文件", REGENERATE_HINT, data))
    with _templates_lock:
        _templates[key[0]] = template
    return template


def open_reference(path: Path, style_names: set[str]) -> _Template:
    """The reference as a template (:class:`_Template`); checks it has the styles ``style_names``."""
    template = _template(Path(path))
    missing = sorted(style_names - template.style_ids.keys())
    if missing:
        raise SourceError(f"公文格式参考文件缺少样式：{'、'.join(missing)}{REGENERATE_HINT}", path)
    return template


# Where a title longer than one line may break: before its 第N号 (the words on either side stay whole)
TITLE_BREAKS = lazy(r"第\s*[\d０-９]+\s*号")
# A title filling its line to within this many characters is broken too: another font (WPS's, a
# substitute) or kerning wraps it, leaving its last character alone on a line (「…答／复」)
TITLE_SLACK = 0.5


def text_width(text: str) -> float:
    """``text``'s width in full-width characters (a digit or Latin letter is half of one)."""
    return sum(0.5 if ord(c) < 0x2E80 else 1 for c in text)


def title_break(text: str, capacity: float) -> int | None:
    """Where a title as wide as one line (``capacity`` full-width characters) is broken (GB/T 9704:
    lines whose words stay whole, balanced): before its 第N号, the place leaving the two lines
    nearest in width with both fitting; None for a title that fits on one line with
    :data:`TITLE_SLACK` to spare or has no such place (then it wraps as the layout does)."""
    if text_width(text) <= capacity - TITLE_SLACK:
        return None
    fits = [(abs(text_width(text[:m.start()]) - text_width(text[m.start():])), m.start())
            for m in TITLE_BREAKS.finditer(text)
            if 0 < m.start() and max(text_width(text[:m.start()]), text_width(text[m.start():])) <= capacity]
    return min(fits)[1] if fits else None


def title_capacity(document, style_id: str) -> float | None:
    """Full-width characters of the title's style that fit across the page's text width."""
    section = document.sections[-1]
    style = next((s for s in document.styles if s.style_id == style_id), None)
    size = style.font.size if style is not None else None
    if not size or not section.page_width:
        return None
    return (section.page_width - section.left_margin - section.right_margin) / size


def _add_block(document, block: R.ReplyBlock, style_ids: dict[str, str]):
    """Add ``block`` as a paragraph (with its highlights and comments); returns the paragraph. A title longer than one
    line gets a line break where :func:`title_break` says."""
    paragraph = document.add_paragraph()
    style_id = style_ids[style_for(block.kind)]
    ooxml.set_paragraph_style(paragraph, style_id)
    cut = None
    if block.kind == R.TITLE:
        capacity = title_capacity(document, style_id)
        cut = title_break(block.text, capacity) if capacity else None
    placed = []
    at = 0
    for span in block.spans:
        if not span.text:
            continue
        pieces = [span.text]
        if cut is not None and at < cut < at + len(span.text):
            pieces = [span.text[:cut - at], span.text[cut - at:]]
        elif cut is not None and cut == at and at:
            pieces = ["", span.text]
        at += len(span.text)
        for k, piece in enumerate(pieces):
            if k:
                paragraph._p.add_r().add_br()
            if not piece:
                continue
            run = ooxml.add_text_run(paragraph, piece)
            if span.kind == R.LEAD:
                ooxml.set_run_style(run, style_ids[LEAD_STYLE])
            review.highlight(run, span.kind)
            placed.append((span, run))
    notes = [span.note for span, _ in placed if span.note]
    # (a source place a note of the paragraph names already — 此处为上年工作计划（泉科函…） — is not listed again: a
    # paragraph whose notes name every one has no source comment)
    lines = [line for line in review.citation_lines(block.citations) if not any(line in note for note in notes)
             ] if placed else []
    # what each comment is about: a span, or a group of spans (a sentence's 【待更新：…】 flag and the
    # figures under it); equal notes alone never make one
    marked: dict[object, tuple[list, list]] = {}
    for span, run in placed:
        if span.note or span.kind == R.STALE:
            spans, runs = marked.setdefault(span.group or id(span), ([], []))
            if all(span is not s for s in spans):  # a span split by a title's line break: once
                spans.append(span)
            runs.append(run)
    # a cited paragraph's comment names its sources, then says each note on its figures and flags once,
    # naming what it is about; a gap keeps its own comment, on it: what to write there
    said: dict[str, list[str]] = {}
    for key, (spans, _) in list(marked.items()):
        if lines and not any(s.kind == R.PLACEHOLDER and R.is_gap(s.text) for s in spans):
            named = said.setdefault(spans[0].note or STALE_NOTE, [])
            named += [s.text for s in spans if s.text not in named]
            del marked[key]
    if lines:  # (the paragraph is cited)
        review.add_comment(document, [run for _, run in placed],
                           [*lines, *(review.note_line(named, note) for note, named in said.items())])
    for spans, runs in marked.values():
        review.add_comment(document, runs, [spans[0].note or STALE_NOTE])
    return paragraph


# GB/T 9704-2012 7.3.5.1 (a reply is sealed: reply-anatomy, "the unit seals"): the date right-indented
# 4 characters (its style's), the unit name centred over it; a name so long that centring would put
# it past the margin is right-indented 0, the date centred under it.
def signature_indents(issuer: str, date: str, base: int = 400) -> tuple[int, int]:
    """The right indents (hundredths of a character) of the unit name ``issuer`` and the date
    ``date`` under it, from their widths (:func:`text_width`: a digit is half a character);
    ``base``: the date's own right indent (its style's, 4 characters). 泉州市科学技术局 (8) over
    2026年5月20日 (6.5): the date 4, the name 3.25 (their middles one above the other)."""
    name, day = round(text_width(issuer) * 100), round(text_width(date) * 100)
    name_right = base + (day - name) // 2
    if name_right >= 0:
        return name_right, base
    return 0, (name - day) // 2


def _style_right(document, style_id: str) -> tuple[int, int]:
    """(right indent in hundredths of a character, twips a character) the style ``style_id`` sets
    (4 characters of 3号, 320 twips a character, where it sets none)."""
    style = next((s for s in document.styles if s.style_id == style_id), None)
    chars = ooxml.style_indents(style, in_chars=True).get("rightChars") if style is not None else None
    twips = ooxml.style_indents(style, in_chars=False).get("right") if style is not None else None
    if not chars:
        return 400, 320
    return chars, (twips * 100 // chars if twips else 320)


def place_signature(document, issuer, date, style_ids: dict[str, str]) -> None:
    """The unit name's and the date's right indents (:func:`signature_indents`, from the date
    style's indent), set on the two paragraphs: the styles cannot know the widths of the two strings."""
    base, twips = _style_right(document, style_ids[style_for(R.DATE)])
    name_right, date_right = signature_indents(issuer.text, date.text, base)
    ooxml.set_indent_chars(issuer._p, right=name_right, char_twips=twips)
    ooxml.set_indent_chars(date._p, right=date_right, char_twips=twips)
    # its width is its characters' (a digit half of one): no space added between digits and 年月日
    ooxml.set_auto_space(date._p, False)


GAP_CONTEXT = 8  # characters kept on each side of a placeholder, for check to find where it stood


def placeholder_contexts(block: R.ReplyBlock) -> list[tuple[str, str, str]]:
    """The placeholders of a block that stand beside text, as (up to :data:`GAP_CONTEXT` characters
    of the block's text before it, the placeholder, as many after — its other placeholders left
    out, which a clerk may delete too): what ``check`` reads back to tell a placeholder deleted
    with nothing written in its place (Word drops its comment with it). A block of placeholders
    alone is left out: deleted, they leave an empty paragraph."""
    plain = ["" if span.kind == R.PLACEHOLDER else span.text for span in block.spans]
    if not "".join(plain).strip():
        return []
    return [("".join(plain[:k])[-GAP_CONTEXT:], span.text, "".join(plain[k + 1:])[:GAP_CONTEXT])
            for k, span in enumerate(block.spans) if span.kind == R.PLACEHOLDER]


def render_reply(reply: R.Reply, reference: Path) -> bytes:
    """The .docx bytes of ``reply`` poured into the ``reference`` layout."""
    needed = {style_for(b.kind) for b in reply.blocks}
    if any(s.kind == R.LEAD for b in reply.blocks for s in b.spans):
        needed.add(LEAD_STYLE)
    template = open_reference(reference, needed)
    with template.lock:
        document, style_ids = template.fresh(), template.style_ids
        cited: dict[str, list[str]] = {}
        gaps: dict[str, list[tuple[str, str, str]]] = {}
        placed: dict[str, object] = {}
        for number, block in enumerate(reply.blocks, start=1):
            paragraph = _add_block(document, block, style_ids)
            placed.setdefault(block.kind, paragraph)
            fact_ids = list(dict.fromkeys(c.fact_id for c in block.citations))
            holes = placeholder_contexts(block)
            if fact_ids or holes:
                name = f"{ooxml.PROVENANCE_BOOKMARK}{number}"
                ooxml.add_bookmark(paragraph, name, number)
                if fact_ids:
                    cited[name] = fact_ids
                if holes:
                    gaps[name] = holes
        if R.ISSUER in placed and R.DATE in placed:
            place_signature(document, placed[R.ISSUER], placed[R.DATE], style_ids)
        key = review.legend({s.kind for b in reply.blocks for s in b.spans if s.text})
        title = placed.get(R.TITLE)
        if key and title is not None and title.runs:
            review.add_comment(document, title.runs, key)
        ooxml.set_provenance(document, cited, gaps, reply.as_of.isoformat() if reply.as_of else None)
        props = document.core_properties
        props.title = next((b.text for b in reply.blocks if b.kind == R.TITLE), "")
        props.author = props.last_modified_by = "drafter"
        # when the draft was made (UTC, as W3CDTF says), not the reference's own dates
        props.created = props.modified = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        props.revision = 1
        props.comments = "drafter 生成的答复初稿：高亮处待补充或需核实，批注注明数据出处。"
        buffer = io.BytesIO()
        document.save(buffer)
    return buffer.getvalue()

