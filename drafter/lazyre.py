"""Regular expressions compiled on first use rather than on import.

A module-level ``NAME = lazy(r"…")`` is used as ``re.compile(r"…")`` would be (``.search``,
``.finditer``, ``.sub``, ``.pattern`` …) but costs nothing until a command first uses it: a cold
``drafter draft`` imports modules holding hundreds of patterns and uses few of them, and each
character class over the CJK range (U+4E00–U+9FFF) takes Python's compiler about a millisecond.
After the first use the compiled pattern's methods are the object's own attributes, so a hot
loop pays no indirection. For module-level patterns: of the modules a draft imports, and of the
other commands' (check, batch, serve, harvest, refresh, distill's reading and storing), each of
which uses few of its modules' patterns; inside a function ``re.compile`` (or ``re.search`` and
the like with a string) stays as it is. A ``lazy`` is not an ``re.Pattern``: a match's ``.re`` is
the compiled pattern, so a pattern compared by identity (``m.re is FIGURE``) stays ``re.compile``;
to ``re.sub`` and the like pass ``.pattern``.
"""

from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
            "scanner", "flags", "groups", "groupindex")


class lazy:
    """``re.compile(pattern, flags)``, done the first time anything but ``.pattern`` is asked."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str):  # only for what is not yet an attribute: before compiling
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self):
        return lazy, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"
