"""The .docx step: GB/T 9704 reference layout, writing a Reply into it, reading drafts back.

Public API: :func:`render_reply` (written to a file by :func:`drafter.draft.write_draft`), :func:`read_draft`, :func:`read_layout`, the style map in
:mod:`drafter.docx.styles`; the reference is built by :mod:`drafter.docx.reference`
(``python -m drafter.docx.reference [OUT]``).
Raw WordprocessingML lives only in :mod:`drafter.docx.ooxml`.
"""

from .read import DraftParagraph, Highlight, Layout, StyleLayout, read_draft, read_layout
from .styles import KIND_BY_STYLE, STYLE_BY_KIND, kind_for, style_for
from .write import render_reply

__all__ = [
    "DraftParagraph", "Highlight", "KIND_BY_STYLE", "Layout", "STYLE_BY_KIND", "StyleLayout",
    "kind_for", "read_draft", "read_layout", "render_reply", "style_for",
]
