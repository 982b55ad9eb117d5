"""The .docx step: GB/T 9704 reference layout, writing a Reply into it, reading drafts back.

Public API: :func:`render_reply` (written to a file by :func:`drafter.draft.write_draft`), :func:`read_draft`, :func:`read_layout`, the style map in
:mod:`drafter.docx.styles`; the reference is built by :mod:`drafter.docx.reference`
(``python -m drafter.docx.reference [OUT]``).
Raw WordprocessingML lives only in :mod:`drafter.docx.ooxml`.
"""

from .styles import KIND_BY_STYLE, STYLE_BY_KIND, kind_for, style_for
from .write import render_reply

# The reader's names (drafter check's), imported on first use: a draft only writes, and making the
# reader's five classes cost a cold draft ~2 ms.
_READ_NAMES = ("DraftParagraph", "Highlight", "Layout", "StyleLayout", "read_draft", "read_layout")


def __getattr__(name: str):
    if name in _READ_NAMES:
        from . import read

        return getattr(read, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DraftParagraph", "Highlight", "KIND_BY_STYLE", "Layout", "STYLE_BY_KIND", "StyleLayout",
    "kind_for", "read_draft", "read_layout", "render_reply", "style_for",
]
