"""The only place that touches raw WordprocessingML: what python-docx has no API for, or does
too slowly (comments: built here as python-docx would write them).

East Asian fonts (``w:rFonts/@w:eastAsia``), the document grid, indents in character units,
paragraph borders, fields, highlights, comments, body clearing and the readers of all of these. Everything
else in :mod:`drafter.docx` goes through python-docx objects and these helpers.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lazyre import remembered

with remembered():  # (the patterns python-docx compiles on import)
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import nsmap, qn
    from docx.oxml.parser import oxml_parser
    from lxml import etree

_THEME_FONT_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


# ---------------------------------------------------------------------------------------------
# generic element access
# ---------------------------------------------------------------------------------------------


def _child(parent, tag: str, *, create: bool = False, successors: tuple[str, ...] = ()):
    """The first ``tag`` child of ``parent``; created (before any of ``successors``) if asked."""
    found = parent.find(qn(tag))
    if found is None and create:
        found = OxmlElement(tag)
        for name in successors:
            nxt = parent.find(qn(name))
            if nxt is not None:
                nxt.addprevious(found)
                break
        else:
            parent.append(found)
    return found


def _set_attrs(element, **attrs) -> None:
    for key, value in attrs.items():
        name = qn(f"w:{key}")
        if value is None:
            element.attrib.pop(name, None)
        else:
            element.set(name, str(value))


# Order of children in w:pPr and w:rPr that matters for schema validity (CT_PPrBase, CT_RPr).
_PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)
_RPR_ORDER = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
)


def _ordered_child(parent, tag: str, order: tuple[str, ...]):
    return _child(parent, tag, create=True, successors=order[order.index(tag) + 1:])


def _ppr(owner):
    """``w:pPr`` of a paragraph or paragraph style element (created on demand)."""
    return owner.get_or_add_pPr()


def _rpr(owner):
    """``w:rPr`` of a run or style element (created on demand)."""
    return owner.get_or_add_rPr()


# ---------------------------------------------------------------------------------------------
# fonts and document defaults
# ---------------------------------------------------------------------------------------------


def set_fonts(rpr, family: str) -> None:
    """Use ``family`` for every script of ``rpr`` (a ``w:rPr``), East Asian included.

    python-docx's ``font.name`` sets only ``w:ascii``/``w:hAnsi``; Chinese text is drawn with
    ``w:eastAsia``. Theme font attributes would override the names, so they are removed.
    """
    fonts = _ordered_child(rpr, "w:rFonts", _RPR_ORDER)
    for attr in _THEME_FONT_ATTRS:
        fonts.attrib.pop(qn(attr), None)
    for attr in _FONT_SLOTS:
        fonts.set(qn(attr), family)
    fonts.set(qn("w:hint"), "eastAsia")


def set_style_fonts(style, family: str) -> None:
    """Set ``family`` (all scripts, East Asian included) on a python-docx style."""
    set_fonts(_rpr(style.element), family)


def _set_char_spacing(rpr, twentieths: int) -> None:
    _set_attrs(_ordered_child(rpr, "w:spacing", _RPR_ORDER), val=twentieths)


def set_style_char_spacing(style, twentieths: int) -> None:
    """Character spacing of a style's runs, in 1/20 pt (negative: condensed; 0: as the font)."""
    _set_char_spacing(_rpr(style.element), twentieths)


def set_doc_defaults(document, *, font: str, half_points: int, char_spacing: int = 0,
                     lang: str = "zh-CN") -> None:
    """Default run font/size/character spacing (1/20 pt)/language; single, unspaced paragraphs
    without widow control."""
    styles = document.styles.element
    defaults = _child(styles, "w:docDefaults", create=True)
    rpr_default = _child(defaults, "w:rPrDefault", create=True)
    rpr = _child(rpr_default, "w:rPr", create=True)
    set_fonts(rpr, font)
    _set_char_spacing(rpr, char_spacing)
    for tag in ("w:sz", "w:szCs"):
        _set_attrs(_ordered_child(rpr, tag, _RPR_ORDER), val=half_points)
    _set_attrs(_ordered_child(rpr, "w:lang", _RPR_ORDER), val="en-US", eastAsia=lang, bidi="ar-SA")
    ppr_default = _child(defaults, "w:pPrDefault", create=True)
    ppr = _child(ppr_default, "w:pPr", create=True)
    # No widow/orphan control: every page of a 公文 is filled to its 22 lines.
    _set_attrs(_ordered_child(ppr, "w:widowControl", _PPR_ORDER), val=0)
    # Word's own default, written out because LibreOffice reads it inverted (val 1 → no hanging
    # punctuation): left implicit, LibreOffice hangs a line-end 。 in the margin and pushes what
    # follows it (a comment anchor, the paragraph end) onto a blank line of its own.
    _set_attrs(_ordered_child(ppr, "w:overflowPunct", _PPR_ORDER), val=1)
    spacing = _ordered_child(ppr, "w:spacing", _PPR_ORDER)
    spacing.attrib.clear()
    _set_attrs(spacing, before=0, after=0, line=240, lineRule="auto")
    theme_lang = _child(document.settings.element, "w:themeFontLang")
    if theme_lang is not None:
        _set_attrs(theme_lang, eastAsia=lang)


# ---------------------------------------------------------------------------------------------
# paragraph properties python-docx lacks
# ---------------------------------------------------------------------------------------------


def set_indent_chars(owner, *, first_line: int | None = None, hanging: int | None = None,
                     left: int | None = None, right: int | None = None,
                     char_twips: int = 320) -> None:
    """Indents in hundredths of a character (``200`` = 2 characters) on a paragraph/style element.

    Word uses the ``*Chars`` attributes; the twip values (at ``char_twips`` per character) are the
    fallback for readers that ignore them. ``hanging`` pulls the first line back out of ``left``.
    """
    ind = _ordered_child(_ppr(owner), "w:ind", _PPR_ORDER)
    for name, chars in (("firstLine", first_line), ("hanging", hanging), ("left", left),
                        ("right", right)):
        if chars is not None:
            _set_attrs(ind, **{f"{name}Chars": chars, name: chars * char_twips // 100})


def set_indent_twips(owner, *, left: int, right: int) -> None:
    """Fixed left/right indents in twips (negative: out past the type area), not in characters."""
    _set_attrs(_ordered_child(_ppr(owner), "w:ind", _PPR_ORDER), left=left, right=right)


def set_spacing_lines(owner, *, before: int | None = None, after: int | None = None,
                      line_twips: int = 579) -> None:
    """Space before/after in hundredths of a grid line (``100`` = one blank line)."""
    spacing = _ordered_child(_ppr(owner), "w:spacing", _PPR_ORDER)
    for name, lines in (("before", before), ("after", after)):
        if lines is not None:
            _set_attrs(spacing, **{f"{name}Lines": lines, name: lines * line_twips // 100})


def set_snap_to_grid(owner, snap: bool) -> None:
    """Whether the paragraph's lines snap to the document grid (off for large display type)."""
    _set_attrs(_ordered_child(_ppr(owner), "w:snapToGrid", _PPR_ORDER), val=int(snap))


def set_auto_space(owner, on: bool) -> None:
    """Whether the space Word puts between Chinese characters and digits or Latin letters
    (``w:autoSpaceDN``, ``w:autoSpaceDE``: LibreOffice reads the latter for both) is added in this
    paragraph or style."""
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        _set_attrs(_ordered_child(_ppr(owner), tag, _PPR_ORDER), val="1" if on else "0")


def set_outline_level(owner, level: int) -> None:
    """Outline level (0 = top) so headings show in Word's navigation pane."""
    _set_attrs(_ordered_child(_ppr(owner), "w:outlineLvl", _PPR_ORDER), val=level)


def set_bottom_border(owner, *, style: str, eighths: int, color: str, space: int) -> None:
    """A bottom paragraph border (``thickThinSmallGap``: the letterhead's thick-over-thin rule)."""
    borders = _ordered_child(_ppr(owner), "w:pBdr", _PPR_ORDER)
    bottom = _child(borders, "w:bottom", create=True)
    _set_attrs(bottom, val=style, sz=eighths, space=space, color=color)


def at_foot(p) -> bool:
    """True when paragraph element ``p`` sits in a frame at the foot of the type area (its own
    ``w:framePr`` aligned to the bottom: a 版记 set there, as earlier versions of drafter
    set their drafts' 抄送): it reads after the others."""
    frame = p.find(f"{qn('w:pPr')}/{qn('w:framePr')}")
    return frame is not None and frame.get(qn("w:yAlign")) == "bottom"


def reading_order(items) -> list:
    """``items`` (a body's paragraphs and tables, in document order) in reading order: a paragraph
    framed at the foot of its page (:func:`at_foot`: a 版记 written earlier in the body, so that it
    moves with the letter's tail) reads last, where it stands."""
    body, feet = [], []
    for item in items:
        (feet if hasattr(item, "_p") and at_foot(item._p) else body).append(item)
    return body + feet


def set_doc_grid(section, *, line_pitch: int, grid_type: str = "lines") -> None:
    """The section's ``w:docGrid``: a grid of ``grid_type`` with ``line_pitch`` (twips); no
    character pitch (see :mod:`drafter.docx.reference` for why)."""
    grid = _child(section._sectPr, "w:docGrid", create=True)
    grid.attrib.clear()
    _set_attrs(grid, type=grid_type, linePitch=line_pitch)


def add_page_field(paragraph, *, placeholder: str = "1") -> None:
    """Append a complex PAGE field (begin / instruction / separate / result / end runs)."""
    def run_with(child):
        run = paragraph.add_run()
        run._r.append(child)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def clear_body(document) -> None:
    """Remove every block of the body, keeping the final ``w:sectPr`` (page setup, footers)."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _comments_element(document):
    """The ``w:comments`` root of the document's comments part, or None when it has none."""
    try:
        return document.part.part_related_by(RT.COMMENTS).element
    except KeyError:
        return None


def clear_comments(document) -> None:
    """Drop comments a reference may carry (their anchors went with the cleared body)."""
    root = _comments_element(document)
    if root is not None:
        for comment in root.findall(qn("w:comment")):
            root.remove(comment)


def _comments_root(document):
    """The ``w:comments`` root, the comments part made (python-docx's default) when missing."""
    return document.part._comments_part.element


_W_NSMAP = {"w": nsmap["w"]}
_TAGS = {name: qn(name) for name in (
    "w:comment", "w:p", "w:pPr", "w:pStyle", "w:r", "w:rPr", "w:rStyle", "w:t", "w:val", "w:id",
    "w:author", "w:initials", "w:annotationRef", "w:commentRangeStart", "w:commentRangeEnd",
    "w:commentReference", "xml:space")}


def _element(tag: str, attrs: dict[str, str] | None = None):
    """A loose ``w:`` element (what ``OxmlElement`` makes, without parsing ``tag`` each time)."""
    return oxml_parser.makeelement(_TAGS[tag], attrib=attrs, nsmap=_W_NSMAP)


def _sub(parent, tag: str, attrs: dict[str, str] | None = None):
    return etree.SubElement(parent, _TAGS[tag], attrs)


def _styled(parent, kind: str, style_id: str):
    """A ``w:p`` (``kind`` "p", with ``w:pPr/w:pStyle``) or ``w:r`` (``kind`` "r", with
    ``w:rPr/w:rStyle``) at the end of ``parent``, or loose when ``parent`` is None."""
    tag = f"w:{kind}"
    element = _element(tag) if parent is None else _sub(parent, tag)
    _sub(_sub(element, f"{tag}Pr"), f"w:{kind}Style" if kind == "r" else "w:pStyle",
         {_TAGS["w:val"]: style_id})
    return element


def _add_text_run(paragraph, text: str) -> None:
    """A ``w:r`` holding ``text`` as python-docx writes it (one ``w:t``, ``xml:space`` when
    padded; tabs and breaks through python-docx's own text setter) at the end of ``paragraph``."""
    r = _sub(paragraph, "w:r")
    if any(c in text for c in "\t\n\r"):
        r.text = text
    elif text:
        _add_t(r, text)


def add_comment(document, first_r, last_r, lines, *, author: str, initials: str) -> None:
    """Add a comment (one ``CommentText`` paragraph per line, no date; numbered after the comments
    already there, from 0 in a draft, whose comments part starts empty) anchored from run element
    ``first_r`` to ``last_r``. The XML is what python-docx's
    ``add_comment`` writes (same ids, structure and range marks), built directly: going through
    python-docx's element classes was nearly a third of a warm draft's time at ~40 comments a draft."""
    root = _comments_root(document)
    w_id = _TAGS["w:id"]
    cid = str(len(root))
    comment = _sub(root, "w:comment", {w_id: cid, _TAGS["w:author"]: author,
                                       _TAGS["w:initials"]: initials})
    first = _styled(comment, "p", "CommentText")
    _sub(_styled(first, "r", "CommentReference"), "w:annotationRef")
    text = "\n".join(lines)  # as python-docx: a newline inside a line starts a paragraph too
    for k, line in enumerate(text.split("\n") if text else ()):
        paragraph = _styled(comment, "p", "CommentText") if k else first
        if line or not k:  # as python-docx: the first paragraph gets a run even for no text
            _add_text_run(paragraph, line)
    first_r.addprevious(_element("w:commentRangeStart", {w_id: cid}))
    reference = _styled(None, "r", "CommentReference")
    _sub(reference, "w:commentReference", {w_id: cid})
    last_r.addnext(reference)
    last_r.addnext(_element("w:commentRangeEnd", {w_id: cid}))


# ---------------------------------------------------------------------------------------------
# styles applied by id (python-docx's name lookup scans every style on each call)
# ---------------------------------------------------------------------------------------------


def _first_child(parent, tag: str):
    """The ``tag`` child of ``parent`` that the schema puts first (``w:pPr``, ``w:pStyle``,
    ``w:rPr``, ``w:rStyle``), added there when missing."""
    found = parent.find(_TAGS[tag])
    if found is None:
        found = _sub(parent, tag)
        parent.insert(0, found)
    return found


def _set_first_style(owner, props: str, tag: str, style_id: str | None) -> None:
    """Set (or, for None, remove) the style element ``tag`` heading ``props`` of ``owner``."""
    if style_id is None:
        found = owner.find(f"{_TAGS[props]}/{_TAGS[tag]}")
        if found is not None:
            found.getparent().remove(found)
        return
    _first_child(_first_child(owner, props), tag).set(_TAGS["w:val"], style_id)


def set_paragraph_style(paragraph, style_id: str | None) -> None:
    """Apply a paragraph style by its ``w:styleId`` (the XML of python-docx's ``style`` setter,
    built directly: python-docx's element classes cost a tenth of a warm draft)."""
    _set_first_style(paragraph._p, "w:pPr", "w:pStyle", style_id)


def _add_t(r, text: str) -> None:
    """A ``w:t`` holding ``text`` at the end of run ``r`` (``xml:space`` when padded), as
    python-docx's ``add_t``."""
    t = _sub(r, "w:t")
    t.text = text
    if len(text.strip()) < len(text):
        t.set(_TAGS["xml:space"], "preserve")


def add_text_run(paragraph, text: str):
    """A run holding ``text`` in one ``w:t`` at the end of ``paragraph`` (python-docx's
    ``add_run(text)`` walks the text a character at a time for tabs and breaks, which reply text
    does not carry; in a batch of drafts that walk was a tenth of the time)."""
    from docx.text.run import Run

    r = _sub(paragraph._p, "w:r")
    _add_t(r, text)
    return Run(r, paragraph)


def set_run_style(run, style_id: str | None) -> None:
    """Apply a character style by its ``w:styleId``."""
    _set_first_style(run._r, "w:rPr", "w:rStyle", style_id)


# ---------------------------------------------------------------------------------------------
# runs
# ---------------------------------------------------------------------------------------------


def set_highlight(run, color: str) -> None:
    """Highlight a run (``w:highlight``: yellow, cyan, green, …)."""
    _set_attrs(_ordered_child(_rpr(run._r), "w:highlight", _RPR_ORDER), val=color)


# ---------------------------------------------------------------------------------------------
# readers
# ---------------------------------------------------------------------------------------------


def _attr(element, name: str) -> str | None:
    return None if element is None else element.get(qn(f"w:{name}"))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass
class RunFormat:
    """The East Asian font and size (half-points) set in one ``w:rPr``; None where not set."""

    east_asia: str | None = None
    half_points: int | None = None


def run_format(rpr) -> RunFormat:
    """Read the East Asian font (a theme font reads ``theme:<name>``) and size of a ``w:rPr``."""
    if rpr is None:
        return RunFormat()
    fonts = rpr.find(qn("w:rFonts"))
    east = None
    if fonts is not None:
        theme = _attr(fonts, "eastAsiaTheme")
        east = f"theme:{theme}" if theme else _attr(fonts, "eastAsia")
    return RunFormat(east, _int(_attr(rpr.find(qn("w:sz")), "val")))


def default_run_format(document) -> RunFormat:
    """The ``w:docDefaults`` run font and size."""
    rpr = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    return run_format(rpr)


def style_run_format(style) -> RunFormat:
    """The font and size a style sets itself (not inherited)."""
    return run_format(style.element.find(qn("w:rPr")))


# The sides of a paragraph's indents (``w:ind``'s attributes, in twips; ``firstLineChars``… the same in characters).
INDENT_SIDES = ("firstLine", "left", "right", "hanging")


def style_indents(style, *, in_chars: bool) -> dict[str, int]:
    """The indents a style sets itself: in hundredths of a character (``in_chars``: ``{"firstLineChars": 200, …}``), else in
    twips (``{"right": 640, …}``)."""
    ind = style.element.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    if ind is None:
        return {}
    out = {}
    for name in (f"{side}Chars" if in_chars else side for side in INDENT_SIDES):
        value = _int(_attr(ind, name))
        if value is not None:
            out[name] = value
    return out


def doc_grid(section) -> dict[str, str]:
    """The section's ``w:docGrid`` attributes (local names → values)."""
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        return {}
    return {key.split("}")[-1]: value for key, value in grid.attrib.items()}


_SKIP_ANCESTORS = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"),
                   "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_TEXT_TAGS = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
              qn("w:noBreakHyphen"): "-"}


def _visible(element, stop) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _SKIP_ANCESTORS:
            return False
        parent = parent.getparent()
    return True


@dataclass
class RunText:
    """The visible text of one ``w:r`` and its direct formatting."""

    text: str
    highlight: str | None
    east_asia: str | None
    half_points: int | None


def paragraph_runs(p) -> list[RunText]:
    """The runs of a ``w:p`` as shown: tracked insertions kept, deletions and text boxes skipped."""
    out = []
    for r in p.iter(qn("w:r")):
        if not _visible(r, p):
            continue
        rpr = r.find(qn("w:rPr"))
        highlight = _attr(rpr.find(qn("w:highlight")) if rpr is not None else None, "val")
        fmt = run_format(rpr)
        out.append(RunText(_run_text(r), None if highlight == "none" else highlight,
                           fmt.east_asia, fmt.half_points))
    return out


def _run_text(r) -> str:
    """The text a ``w:r`` shows (its text, tabs and breaks as :data:`_TEXT_TAGS` maps them)."""
    return "".join((c.text or "") if _TEXT_TAGS[c.tag] is None else _TEXT_TAGS[c.tag]
                   for c in r if c.tag in _TEXT_TAGS)


def paragraph_comment_ids(p) -> list[int]:
    """Ids of the comments whose range starts, or whose reference stands, in a ``w:p``."""
    ids: list[int] = []
    for tag in ("w:commentRangeStart", "w:commentReference"):
        for element in p.iter(qn(tag)):
            value = _int(_attr(element, "id"))
            if value is not None and value not in ids:
                ids.append(value)
    return sorted(ids)


def paragraph_comment_spans(p) -> dict[int, tuple[int, int | None]]:
    """Comment id → (start, end) of its range in the text of a ``w:p`` as
    :func:`paragraph_runs` joins it; a range that ends in a later paragraph has end None (a range
    begun in an earlier one is left out). A range whose text was all deleted is (n, n)."""
    at = 0
    out: dict[int, tuple[int, int | None]] = {}
    start_tag, end_tag, run_tag = qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:r")
    for element in p.iter(start_tag, end_tag, run_tag):
        if element.tag == run_tag:
            if _visible(element, p):
                at += len(_run_text(element))
            continue
        cid = _int(_attr(element, "id"))
        if cid is None:
            continue
        if element.tag == start_tag:
            out[cid] = (at, None)
        elif cid in out:
            out[cid] = (out[cid][0], at)
    return out


def comments(document) -> dict[int, tuple[str, str]]:
    """Every comment's id → (its author, empty when not named; its text, paragraphs joined by
    newlines)."""
    root = _comments_element(document)
    if root is None:
        return {}
    out = {}
    for element in root.findall(qn("w:comment")):
        cid = _int(_attr(element, "id"))
        if cid is None:
            continue
        paragraphs = ["".join(r.text for r in paragraph_runs(p))
                      for p in element.findall(qn("w:p"))]
        out[cid] = (_attr(element, "author") or "", "\n".join(paragraphs).strip())
    return out


def drop_rel(rels, rid: str) -> None:
    """Remove relationship ``rid`` from ``rels`` (a python-docx ``Relationships``) with the part it
    targets from its ``related_parts`` (python-docx's own ``drop_rel`` leaves it there)."""
    rels.pop(rid)
    rels.related_parts.pop(rid, None)


def drop_thumbnail(document) -> None:
    """Remove the package thumbnail (python-docx's default one shows an unrelated page)."""
    rels = document.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            drop_rel(rels, rid)


# Parts of python-docx's default template that a reply never uses: a second copy of every style
# for Word 2010 (stylesWithEffects), a customXml item, a numbering part (ordinals are literal text).
_UNUSED_PARTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.CUSTOM_XML,
    RT.NUMBERING,
)


def drop_unused_parts(document) -> None:
    """Remove the template parts above from the document's relationships (and so the package)."""
    rels = document.part.rels
    for rid, rel in list(rels.items()):
        if rel.reltype in _UNUSED_PARTS:
            drop_rel(rels, rid)


def set_font_alternates(document, fonts: dict[str, str | None]) -> None:
    """Declare each East Asian font in the font table (GB2312 character set), with the font Word
    substitutes where it is missing: an office PC with only 仿宋 or 楷体 (Windows 10 and later ship
    these, not the older 仿宋_GB2312) then shows the style's face rather than a default one."""
    part = document.part.part_related_by(RT.FONT_TABLE)
    table = etree.fromstring(part.blob)
    for name, alternate in fonts.items():
        for old in table.findall(qn("w:font")):
            if old.get(qn("w:name")) == name:
                table.remove(old)
        font = etree.SubElement(table, qn("w:font"))
        font.set(qn("w:name"), name)
        if alternate:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alternate)
        for tag, value in (("w:charset", "86"), ("w:family", "modern"), ("w:pitch", "fixed")):
            etree.SubElement(font, qn(tag)).set(qn("w:val"), value)
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def prune_styles(document, keep: set[str]) -> None:
    """Keep only the styles whose id is in ``keep``, the default ones and those they are based
    on or linked to; drop the latent style list. python-docx's template carries 160-odd styles
    that every draft would parse and write again."""
    styles = document.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}
    wanted = {i for i, s in by_id.items() if i in keep or s.get(qn("w:default")) in ("1", "true")}
    todo = list(wanted)
    while todo:
        style = by_id.get(todo.pop())
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = style.find(qn(tag)) if style is not None else None
            target = ref.get(qn("w:val")) if ref is not None else None
            if target in by_id and target not in wanted:
                wanted.add(target)
                todo.append(target)
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles.remove(style)
    latent = styles.find(qn("w:latentStyles"))
    if latent is not None:
        styles.remove(latent)


# ---------------------------------------------------------------------------------------------
# provenance: hidden bookmarks on cited paragraphs, and a custom XML part naming their facts
# ---------------------------------------------------------------------------------------------
#
# Word keeps both through editing and saving: bookmarks whose name starts with "_" are hidden
# bookmarks (like _Toc…, _Ref…) that move with the text they mark, and a custom XML data part
# (``customXml/itemN.xml`` with its ``itemProps`` carrying a datastore GUID) is preserved as is.
# A clerk who splits a cited paragraph leaves both halves inside the bookmark's range.

PROVENANCE_NS = "urn:drafter:provenance:1"
PROVENANCE_BOOKMARK = "_drafter_"
_PROVENANCE_PROPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<ds:datastoreItem ds:itemID="{{{guid}}}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
    f'<ds:schemaRefs><ds:schemaRef ds:uri="{PROVENANCE_NS}"/></ds:schemaRefs></ds:datastoreItem>'
)


def add_bookmark(paragraph, name: str, bookmark_id: int) -> None:
    """Mark the whole of ``paragraph`` with a bookmark ``name`` (``w:bookmarkStart`` after the
    paragraph properties, ``w:bookmarkEnd`` last)."""
    p = paragraph._p
    start = OxmlElement("w:bookmarkStart")
    _set_attrs(start, id=bookmark_id, name=name)
    end = OxmlElement("w:bookmarkEnd")
    _set_attrs(end, id=bookmark_id)
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def bookmarked_paragraphs(paragraphs, prefix: str) -> list[list[str]]:
    """For each ``w:p`` of ``paragraphs`` (in document order): the names (starting with
    ``prefix``) of the bookmarks whose range covers it, from the paragraph holding the start to
    the one holding the end."""
    open_ids: dict[str, str] = {}  # bookmark id → name
    out = []
    for p in paragraphs:
        names = list(open_ids.values())
        for element in p.iter(qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
            bid = _attr(element, "id")
            if element.tag == qn("w:bookmarkStart"):
                name = _attr(element, "name") or ""
                if name.startswith(prefix) and bid is not None:
                    open_ids[bid] = name
                    names.append(name)
            else:
                open_ids.pop(bid, None)
        out.append(list(dict.fromkeys(names)))
    return out


def set_provenance(document, facts_by_bookmark: dict[str, list[str]],
                   gaps_by_bookmark: dict[str, list[tuple[str, str, str]]] | None = None,
                   as_of: str | None = None) -> None:
    """Store which facts each bookmarked paragraph cites, and the placeholders it holds as
    (the words before, the placeholder, the words after), and the date the draft was written as of
    (``as_of``, YYYY-MM-DD), in a new custom XML part (the document has none yet: the writer's template
    dropped the reference's own, :func:`drop_provenance`)."""
    import uuid

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    gaps_by_bookmark = gaps_by_bookmark or {}
    root = etree.Element(f"{{{PROVENANCE_NS}}}provenance", nsmap={None: PROVENANCE_NS})
    if as_of:
        root.set("as-of", as_of)
    for name in dict.fromkeys([*facts_by_bookmark, *gaps_by_bookmark]):
        paragraph = etree.SubElement(root, f"{{{PROVENANCE_NS}}}paragraph", bookmark=name)
        for fact_id in facts_by_bookmark.get(name, []):
            etree.SubElement(paragraph, f"{{{PROVENANCE_NS}}}fact", id=fact_id)
        for before, text, after in gaps_by_bookmark.get(name, []):
            etree.SubElement(paragraph, f"{{{PROVENANCE_NS}}}gap", before=before, after=after).text = text
    package = document.part.package
    item_name = package.next_partname("/customXml/item%d.xml")
    number = item_name.idx
    item = Part(item_name, CT.XML, etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                                   standalone=True), package)
    guid = str(uuid.uuid5(uuid.NAMESPACE_URL, PROVENANCE_NS + repr(sorted(facts_by_bookmark.items()))
                          + repr(sorted(gaps_by_bookmark.items())))).upper()
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), CT.OFC_CUSTOM_XML_PROPERTIES,
                 _PROVENANCE_PROPS.format(guid=guid).encode("utf-8"), package)
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def drop_provenance(document) -> None:
    """Remove the document's provenance part (:func:`set_provenance`), if it has one."""
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML and _provenance_root(rel) is not None:
            drop_rel(document.part.rels, rid)


def _provenance_root(rel):
    """The root of a custom XML part if it is drafter's provenance, else None."""
    from lxml import etree

    if rel.is_external:
        return None
    try:
        root = etree.fromstring(rel.target_part.blob)
    except (etree.XMLSyntaxError, ValueError, AttributeError):
        return None
    return root if root.tag == f"{{{PROVENANCE_NS}}}provenance" else None


def read_provenance_as_of(document) -> str | None:
    """The date the draft was written as of (:func:`set_provenance`), YYYY-MM-DD; None when not stored."""
    for rel in document.part.rels.values():
        root = _provenance_root(rel) if rel.reltype == RT.CUSTOM_XML else None
        if root is not None and root.get("as-of"):
            return root.get("as-of")
    return None


def _provenance_paragraphs(document):
    """The ``paragraph`` elements of the document's provenance part(s)."""
    for rel in document.part.rels.values():
        root = _provenance_root(rel) if rel.reltype == RT.CUSTOM_XML else None
        if root is not None:
            yield from root.iter(f"{{{PROVENANCE_NS}}}paragraph")


def read_provenance(document) -> dict[str, list[str]]:
    """Bookmark name → the fact ids its paragraph cites, from the provenance part ({} if none)."""
    out: dict[str, list[str]] = {}
    for paragraph in _provenance_paragraphs(document):
        ids = [f.get("id") for f in paragraph.iter(f"{{{PROVENANCE_NS}}}fact") if f.get("id")]
        out.setdefault(paragraph.get("bookmark") or "", []).extend(ids)
    return out


def read_provenance_gaps(document) -> dict[str, list[tuple[str, str, str]]]:
    """Bookmark name → the placeholders its paragraph held as written, (the words before, the
    placeholder, the words after) (:func:`set_provenance`; {} for a draft written without them)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for paragraph in _provenance_paragraphs(document):
        gaps = [(g.get("before") or "", g.text or "", g.get("after") or "")
                for g in paragraph.iter(f"{{{PROVENANCE_NS}}}gap") if g.text]
        if gaps:
            out.setdefault(paragraph.get("bookmark") or "", []).extend(gaps)
    return out
