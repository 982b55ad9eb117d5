"""A source's document renamed (an undated seed named by its date, as distill asks: 未注日期_131.txt →
2021-08-20_131.txt): the same text read under its new name is the same source, its id the new name's; and so is a
file read anew under another id (its text's hash without a clutter line distill now drops). Its fact file
follows it — the clerk's corrections kept, its facts' ids and the marks other sources' facts hold on them renamed —
instead of staying as a source whose file is gone, which the new one's facts would repeat and which could not then be
withdrawn (hd19b 7). A file whose text the clerk corrected (a typo, 據→据) is the same source too: its id, of its text's
hash, is new, but its path is the old one's; its facts are read again into the old fact file (hd44b F7).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import DrafterError, FactFileError, os_reason
from ..fileio import atomic_write
from ..model import Fact, SourceMeta, content_digest
from ..textutil import NOT_WORD
from ..yamlio import dump_yaml, read_text
from . import journal
from .emit import to_node
from .store import (
    _Checker, _display, _read, _update_in_place, edited_fields, fact_file_path, header, parse_fact_file,
    source_data, source_digest,
)


@dataclass(frozen=True)
class Renamed:
    """A source whose document was renamed: its id and file before, and where its old fact file was kept."""

    id: str
    path: str
    kept: str
    changed: bool = False  # its text changed in the same file (not the same text renamed): its facts read anew


def renamed_source(ws, meta: SourceMeta, sources: Iterable[SourceMeta], text: str = "",
                   facts_of: Callable[[str], Iterable[Fact]] = lambda _: ()) -> SourceMeta | None:
    """The base's source that is ``meta``'s document under another id: the same text (sha256) under a name it no longer
    has, or the same file read anew (a page's clutter line no longer its title, its id of the text without it; or its
    text corrected, its id of the new text's hash: the same path is the same source, when it is the same document); None
    when there is none. Found too when ``meta``'s id has its fact file already: a rename cut off before the old
    file was moved, or a base distilled before renames were followed (hd19b 7), finished then. ``text`` is ``meta``'s
    document's, ``facts_of`` a source id's facts in the base: what tells a corrected page from another one saved under
    its name."""
    return next((s for s in sources if s.id != meta.id and s.path
                 and ((s.path == meta.path and (s.sha256 == meta.sha256 or _same_document(s, meta, text, facts_of)))
                      or (s.sha256 == meta.sha256 and not (ws.root / s.path).exists()))), None)


def _same_document(old: SourceMeta, new: SourceMeta, text: str, facts_of: Callable[[str], Iterable[Fact]]) -> bool:
    """Whether ``new``, read from ``old``'s file whose text changed, is still its document corrected (its number or title the
    same), not another one saved under the same name (filed.txt written over by the next page). A title its file's name
    spells tells nothing (two pages printing none, saved one after the other as 2024-03-05_科技工作进展情况.txt, both take
    it): then the old facts' words must be there still, most of them (a typo corrected, not a new page)."""
    if old.number and old.number == new.number:
        return True
    if not (old.title and old.title == new.title):
        return False
    return NOT_WORD.sub("", old.title) not in NOT_WORD.sub("", Path(old.path).stem) or _still_said(facts_of(old.id), text)


def _still_said(facts: Iterable[Fact], text: str, size: int = 6) -> bool:
    """Whether most runs of ``size`` characters of ``facts``' texts are in ``text`` (punctuation left out of both): of the
    facts whose content is as distilled only (reviewed or not: a clerk's approval leaves the page's words), a text the
    clerk rewrote being no longer the page's (rv7); with none left as distilled, nothing tells the pages apart, and the
    one title is taken as the same document."""
    text = NOT_WORD.sub("", text)
    made = [NOT_WORD.sub("", f.text) for f in facts if f.digest == content_digest(f)]
    runs = {t[i:i + size] for t in made for i in range(len(t) - size + 1)}
    return not runs or 2 * sum(run in text for run in runs) >= len(runs)


def follow_rename(ws, old: SourceMeta, new: SourceMeta, marking: Iterable[str]) -> Renamed:
    """Give ``old``'s fact file ``new``'s id and path (its facts ``f-<new id>-…``, kept as the clerk left them; its
    source mapping ``new``'s reading but for the fields the clerk edited, its digest ``new``'s, so a re-distil updates
    it and still knows a place the clerk corrected) and rename the marks of other fact files naming its facts — those of
    the sources ``marking`` (:meth:`~drafter.facts.index.FactIndex.marking`), the only others read —, in one
    journal commit; then move the old file to ``withdrawn/`` (nothing is deleted: a fact file ``new``'s id had, unlike
    the one written, is kept there too). Raises :class:`~drafter.errors.DrafterError` when it cannot (the base then as
    it was, or renamed with the old file still there, which the next distill finds again and finishes)."""
    before, after = f"f-{old.id}-", f"f-{new.id}-"
    path, target = fact_file_path(ws, old.id), fact_file_path(ws, new.id)
    with journal.reading(ws.facts_dir):
        text = read_text(path, FactFileError)
        paths = sorted({target, *(fact_file_path(ws, sid) for sid in marking)} - {path})
        others = {p: read_text(p, FactFileError) for p in paths if p.is_file()}
    shown = _display(target, ws)
    doc = _read(target, shown, text.replace(f"# {header(old)}", f"# {header(new)}", 1).replace(before, after))
    source, mine = doc["source"], _Checker(shown).source(doc, None)  # (its facts checked once, as renamed, below)
    edited = edited_fields(mine, source.get("digest"), new)
    if edited is None:  # (what the clerk changed is not known: the mapping kept as they left it)
        source["id"], source["path"] = new.id, new.path
    else:
        data = source_data(replace(new, **{name: getattr(mine, name) for name in edited}))
        _update_in_place(source, to_node(data | {"digest": source_digest(new)}))
    parse_fact_file(doc, shown, new.id)  # (valid as renamed)
    # (the new id's own file, read to be kept, is replaced whole, not marks renamed in it)
    texts = {p: t.replace(before, after) for p, t in others.items() if p != target and before in t}
    texts[target] = dump_yaml(doc)
    kept = ws.withdrawn_folder(old.id)
    try:
        kept.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DrafterError(f"无法移走改名前的事实文件：{os_reason(exc)}", exc.filename or kept) from None
    try:
        if others.get(target, texts[target]) != texts[target]:
            atomic_write(kept / target.name, others[target])
        journal.commit(ws.facts_dir, texts)
        journal.remove(path, kept / path.name)
    except BaseException:
        _drop_if_empty(kept)  # (nothing moved into it: no empty withdrawn/<time>-<id> left behind)
        raise
    return Renamed(old.id, old.path, ws.relpath(kept), changed=old.sha256 != new.sha256)


def _drop_if_empty(folder) -> None:
    """Remove ``folder`` when it holds nothing (else, or when it cannot be removed, leave it)."""
    try:
        folder.rmdir()
    except OSError:
        pass
