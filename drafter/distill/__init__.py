"""``drafter distill``: source files → fact files.

The command (:func:`distill_paths`, in :mod:`.run`) takes files and folders, reads each source
(:mod:`drafter.read`), distills it, and merges its facts into ``facts/<id>.yaml``
(:mod:`drafter.facts.store`). Distilling one read document is its own step
(:func:`distill_document`, in :mod:`.document`): the document is outlined (:mod:`.structure`),
its metadata read (:mod:`.metadata`), and each reusable statement turned into a fact with its
figures (:mod:`.figures`), kind, period (:mod:`.periods`), jurisdiction (:mod:`.places`), topics
(:mod:`.topics`) and stable id (:mod:`.facts`).

The names load on first use (PEP 562): importing one step (``drafter.distill.figures``) does not
load the others.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import distill_document
    from .run import DistillReport, distill_paths

__all__ = ["DistillReport", "distill_document", "distill_paths"]

_LAZY = {"DistillReport": "run", "distill_paths": "run", "distill_document": "document"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
