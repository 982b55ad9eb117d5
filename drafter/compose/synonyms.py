"""Words that name the same thing in a suggestion and in the bureau's replies (通村道路 of a deputy's
title, 农村公路 of the replies): the base is searched for each where the suggestion says one.

Terms are character bigrams, and two such words may share none; the search of the base (a title's
topic, an ask's query) is the suggestion's text followed by the equivalents it does not say. The facts
are never rewritten. A short built-in list of general administrative equivalents; a bureau adds its
own under ``synonyms:`` in drafter.yaml.
"""

from __future__ import annotations

from ..workspace import Workspace

# General equivalents of official prose, each group one thing by several names.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("道路", "公路"),
    ("农村公路", "通村公路", "通村道路", "乡村道路", "村道"),
    ("高校毕业生", "大学生"),
    ("养老机构", "养老院", "敬老院"),
    ("水务", "水利"),  # (a 水务局 is the 水利局 of its place: its replies thank for 水利事业)
)


def groups(ws: Workspace) -> tuple[tuple[str, ...], ...]:
    """The built-in groups and the workspace's own (``synonyms:`` of drafter.yaml)."""
    return SYNONYMS + tuple(tuple(g) for g in ws.synonyms)


def synonyms_of(text: str, ws: Workspace) -> list[str]:
    """The words equivalent to those ``text`` says that it does not say itself (农村公路, 通村公路,
    乡村道路, 公路 of …通村道路拓宽重建)."""
    return list(dict.fromkeys(w for g in groups(ws) if any(m in text for m in g) for w in g if w not in text))


def with_synonyms(text: str, ws: Workspace) -> str:
    """``text`` followed by :func:`synonyms_of` it, apart: no bigram straddles two of them."""
    return " ".join([text, *synonyms_of(text, ws)])
