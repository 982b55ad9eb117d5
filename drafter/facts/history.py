"""The history of a measure: which value is current, and which statement only repeats an older one.

Two links keep a fact base's history right, both written in the fact files where a person reads
them (see :mod:`drafter.facts.store`):

- **superseded** (``refresh``): a figure whose measure got a newer value carries
  ``superseded_by: <id of the fact with the new value>``. Supersession is per figure: the other
  figures of the same fact stay current. A fact carries ``superseded_by`` itself only when every
  one of its figures is superseded (or a person marked the whole fact); such a whole-fact mark
  with no figure marks stands for all its figures.
- **repeats** (``distill``/``harvest``): a reply often copies a sentence or a figure from an older
  reply or report (``截至目前，全市培育科技型中小企业1614家`` written in 2025 and pasted into a 2026
  reply). Dated by the new document, the copy would read as that year's value, so the old figure
  would never age and a later draft would show 1614 beside the true 2105. So, when a source is
  distilled, a fact whose sentence is an older source's sentence (same text, whitespace and
  punctuation aside) keeps that fact's period and gets ``repeats: <its id>``; a figure that states
  the same value of the same measure (:mod:`drafter.facts.measure`) as an older source's figure,
  and whose own sentence names no year nor gives a new value of what the older figure's sentence states beside it
  (2017's 援助…720户…援助率达到100% after 2011's 援助…804户…援助率100%: a new result, equal by chance), keeps that
  figure's year and gets ``same_as: <fact id>``
  (and that figure's ``superseded_by``, if it has one; its ``basis`` becomes ``earlier fact``). When every figure of a fact is such a copy,
  the fact's period becomes theirs too (basis ``earlier fact``). A fact or figure dated by its
  text (``2026年…``) or by the period a report covers is never re-dated by a figure: its author
  said which year it speaks of.

  A copy often differs only where a draft wrote a date in (``截至2026年，…``, 目前 made
  ``截至2025年5月``): a fact that says another source's statement in the same words but for its
  dates and time words (:func:`statement_key`) is such a copy when it states the same numbers, or
  when that older statement was curated by a person (reviewed, or edited) and the copy is of no
  later year (next year's reply in last year's words states new values): then a figure of the
  copy whose value the curated fact no longer states (41个 corrected to 45个) gets
  ``superseded_by`` that fact, so a harvested draft made before the correction never brings the
  old value back.

"Older" is an earlier year, or the same year and an earlier source date: the rule the measures
use (:meth:`~drafter.facts.measure.Measured.is_older_than`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..grammar import TIME_WORDS, words
from ..lazyre import lazy
from ..model import Fact, FactFile, Figure, Period, SourceMeta
from ..textutil import NOT_WORD, nfkc
from ..workspace import Workspace

if TYPE_CHECKING:
    from .measure import Measured

EARLIER_FACT = "earlier fact"
# A fact dated by what it says keeps its date: its author named the year.
_STATED = ("text", "report period")
# When a statement says it holds: a date (截至2026年5月底, 2024年全年) or a time word (目前, 今年…),
# which a draft writes in or makes absolute; and a number, which a person may correct.
_WHEN = lazy(
    r"(?:截至|截止到?|到)?(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|全年|上半年|下半年)?"
    rf"|{words(TIME_WORDS)})"
)
_NUMBER = lazy(r"\d+(?:\.\d+)?")
MIN_STATEMENT = 20  # characters a statement's key must have to be told from another's


def figure_superseded_by(fact: Fact, figure: Figure) -> str | None:
    """The id of the fact holding a newer value of ``figure``'s measure, or None when current.

    The figure's own mark counts; a whole-fact mark counts for every figure of a fact none of
    whose figures carries a mark of its own (a fact marked by hand, or by an older refresh).
    """
    if figure.superseded_by:
        return figure.superseded_by
    if fact.superseded_by and not any(g.superseded_by for g in fact.figures):
        return fact.superseded_by
    return None


def successor_id(fact: Fact) -> str | None:
    """The fact that holds newer values for ``fact``: its own mark, else the mark of its first
    superseded figure; None when every figure is current. What a draft uses instead of the
    fact (a draft states a measure's newest value, never the older one beside it); the fact
    base and ``check`` keep the other figures current."""
    return fact.superseded_by or next((g.superseded_by for g in fact.figures if g.superseded_by), None)


@lru_cache(maxsize=16384)
def sentence_key(text: str) -> str:
    """A sentence as compared for repeats: NFKC, without whitespace and punctuation."""
    return NOT_WORD.sub("", nfkc(text))


@lru_cache(maxsize=16384)
def statement_key(text: str) -> tuple[str, tuple[str, ...]]:
    """A statement as compared across its copies: its words without the dates and time words
    a draft writes in (截至2026年，…; 目前 → 截至2025年5月) and with its numbers masked, and those
    numbers (sorted)."""
    words_only = _WHEN.sub("", nfkc(text))
    return _NUMBER.sub("#", NOT_WORD.sub("", words_only)), tuple(sorted(_NUMBER.findall(words_only)))


def _value_key(figure: Figure) -> tuple[float, str]:
    """A figure's value in base units, rounded, and its base unit: equal for the same amount."""
    from .measure import base_value

    value, unit = base_value(figure)
    return (round(value, 6), unit)


def _unique(pairs: list[tuple[dict, object]]) -> list[tuple[dict, object]]:
    """``pairs`` without repeats (a fact stating one value twice is filed once), in order."""
    seen: set[tuple[int, object]] = set()
    out = []
    for table, key in pairs:
        if (id(table), key) not in seen:
            seen.add((id(table), key))
            out.append((table, key))
    return out


def document_when(meta: SourceMeta) -> tuple[int, str]:
    """A source's place in time, to take sources oldest first: its document year (undated
    last), then its date."""
    year = meta.document_year()
    return (year if year is not None else 10**4, meta.date or "")


def _when(fact: Fact, source: SourceMeta | None) -> tuple[int, str]:
    from .measure import fact_year, source_as_of

    return (fact_year(fact, source) or 0, source_as_of(source))


def _later_year(when: tuple[int, str], fact: Fact, source: SourceMeta | None) -> bool:
    """Whether a statement of time ``when`` speaks of a later year than ``fact`` (of ``source``)."""
    return bool(when[0]) and when[0] > _when(fact, source)[0]


def _linked_to(old: Fact, fact: Fact) -> bool:
    """Whether ``old`` is itself linked to ``fact`` (repeats it, states its figures, or is
    superseded by it): ``fact`` being distilled again (the same source twice, or once more) is
    never a copy of its own copy, nor linked to itself."""
    links = {old.repeats, old.superseded_by}
    links.update(link for g in old.figures for link in (g.same_as, g.superseded_by))
    return fact.id in links


def _sentence_mates(m: Measured, measured: list[Measured]) -> list[Measured]:
    """The other figures of ``measured`` (its fact's) in ``m``'s sentence; none when ``m`` is not in the text."""
    from .measure import _sentence_start

    if m.span is None:
        return []
    at = _sentence_start(m.fact.text, m.span[0])
    return [n for n in measured if n is not m and n.span is not None and _sentence_start(n.fact.text, n.span[0]) == at]


def _repeat(fact: Fact, old: Fact, year: int | None) -> None:
    """Date ``fact`` as a copy of the older ``old``: of year ``year``, and linked to it."""
    fact.period = Period(year, EARLIER_FACT, old.period.until)
    fact.repeats = old.repeats or old.id


def _repeat_figure(fig: Figure, old: Fact, old_fig: Figure) -> None:
    """``fig`` states ``old_fig`` (of ``old``) again: its date, and its mark if superseded."""
    fig.year, fig.until, fig.basis = old_fig.year, old_fig.until, old_fig.basis
    fig.superseded_by = fig.superseded_by or figure_superseded_by(old, old_fig)


@dataclass
class Repeats:
    """What :meth:`History.date_repeats` changed in one fact file (fact ids)."""

    facts: list[str] = field(default_factory=list)  # sentences repeating an older fact
    figures: list[tuple[str, str]] = field(default_factory=list)  # (fact id, raw) of repeated figures


class History:
    """The facts of a base, as older statements that new sources may repeat.

    Built from fact files (or an index) once; :meth:`add` takes each newly stored file, so a
    folder distilled in date order finds repeats among the sources distilled before. Facts are
    filed by sentence and by each figure's value and unit (cheap to compute); only the few that
    state a new figure's value are measured, so a large base costs little.
    """

    def __init__(self, ws: Workspace, files: Iterable[FactFile] = ()):
        self.ws = ws
        # sentence key → {_when → (fact, its source) of the facts saying it, in the order added}:
        # a repeat looks at each date once, not at every earlier copy of the sentence
        self._sentences: dict[str, dict[tuple[int, str], list[tuple[Fact, SourceMeta | None]]]] = defaultdict(dict)
        self._values: dict[tuple, list[tuple[Fact, SourceMeta | None]]] = defaultdict(list)
        # value key → (how many of its facts are measured, coarse measure key → their dated
        # Measured figures naming something): built as the key is asked for, so that a figure is
        # compared only with figures that could be the same measure
        self._measured: dict[tuple, tuple[int, dict[tuple, list]]] = {}
        # statement key (:func:`statement_key`) → (fact, its source) of the facts saying it
        self._statements: dict[str, list[tuple[Fact, SourceMeta | None]]] = defaultdict(list)
        self._keys: dict[str, list[tuple[dict, object]]] = {}  # source id → (table, key) it filled
        for ff in files:
            self.add(ff)

    @classmethod
    def from_index(cls, index, ws: Workspace) -> History:
        by_source: dict[str, list[Fact]] = defaultdict(list)
        for fact in index.facts.values():
            by_source[fact.source_id].append(fact)
        files = [FactFile(index.sources[sid], facts) for sid, facts in by_source.items() if sid in index.sources]
        return cls(ws, files)

    def add(self, ff: FactFile) -> None:
        """Take a stored fact file's facts as older statements for the files added later."""
        self.drop(ff.source.id)
        keys = self._keys[ff.source.id] = []
        for fact in ff.facts:
            filed = [(self._sentences, sentence_key(fact.text))]
            statement = statement_key(fact.text)[0]
            filed += [(self._statements, statement)] if len(statement) >= MIN_STATEMENT else []
            filed += [(self._values, _value_key(g)) for g in fact.figures if g.value is not None]
            for table, key in _unique(filed):
                if table is self._sentences:
                    table[key].setdefault(_when(fact, ff.source), []).append((fact, ff.source))
                else:
                    table[key].append((fact, ff.source))
                keys.append((table, key))

    def drop(self, source_id: str) -> None:
        """Forget a source's facts (it is being distilled again)."""
        for table, key in self._keys.pop(source_id, ()):
            self._measured.pop(key, None)
            if table is self._sentences:
                by_when = table.get(key, {})
                for when in list(by_when):
                    kept_here = [pair for pair in by_when[when] if pair[0].source_id != source_id]
                    if kept_here:
                        by_when[when] = kept_here
                    else:
                        del by_when[when]
                if not by_when:
                    table.pop(key, None)
                continue
            kept = [pair for pair in table.get(key, ()) if pair[0].source_id != source_id]
            if kept:
                table[key] = kept
            else:
                table.pop(key, None)

    def date_repeats(self, ff: FactFile) -> Repeats:
        """Give ``ff``'s repeated sentences and figures the period of what they repeat (module
        docstring); changes ``ff`` in place and says what it changed."""
        from .measure import _coarse, measure_fact, older

        done = Repeats()
        source = ff.source
        for fact in ff.facts:
            when = _when(fact, source)
            same = [  # per earlier date, the first fact of another source saying it (dates differ)
                (next((old for old, _ in said if old.source_id != source.id and not _linked_to(old, fact)), None), old_when)
                for old_when, said in self._sentences.get(sentence_key(fact.text), {}).items()
                if older(old_when, when)
            ]
            same = [pair for pair in same if pair[0] is not None]
            if same:
                old, old_when = max(same, key=lambda pair: pair[1])
                _repeat(fact, old, old_when[0] or fact.period.year)
                for fig, old_fig in zip(fact.figures, old.figures):
                    if fig.raw == old_fig.raw and fig.value == old_fig.value:
                        _repeat_figure(fig, old, old_fig)
                done.facts.append(fact.id)
                continue
            if self._repeats_statement(fact, source, when):
                done.facts.append(fact.id)
                continue
            if fact.period.basis in _STATED or not fact.figures:
                continue
            years = []
            measured = measure_fact(fact, source, self.ws)
            for m in measured:
                if not m.name or m.measure.qualifier is None:
                    continue
                if m.figure.year is not None and (m.figure.basis or "text") in _STATED:
                    continue  # its own words name its year
                earlier = [
                    old for old in self._measures(_value_key(m.figure)).get(_coarse(m), ())
                    if old.fact.source_id != source.id and not _linked_to(old.fact, fact)
                    and old.same_value(m) and old.is_older_than(m)
                    and m.measure.similarity(old.measure) > 0
                    and not self._told_anew(m, old, measured)
                ]
                if not earlier:
                    continue
                old = max(earlier, key=lambda h: h.recency())
                m.figure.year, m.figure.until, m.figure.basis = old.year, old.figure.until, EARLIER_FACT
                m.figure.same_as = old.figure.same_as or old.fact.repeats or old.fact.id
                m.figure.superseded_by = m.figure.superseded_by or figure_superseded_by(old.fact, old.figure)
                years.append(old.year)
                done.figures.append((fact.id, m.figure.raw))
            if years and len(years) == len(fact.figures):
                fact.period = Period(max(years), EARLIER_FACT)
        if done.facts or done.figures:
            from .measure import forget

            forget(ff.facts)  # their years changed: measure them afresh
        return done


    def _told_anew(self, m: Measured, old: Measured, measured: list[Measured]) -> bool:
        """Whether ``m``'s sentence gives a new value of something ``old``'s sentence states beside the value
        they share, at none of the values it states it at: a new result that happens to equal the old one, not a copy
        (2017's 援助城镇零就业家庭720户…援助率达到100% after 2011's 援助城镇零就业家庭804户…援助率100%)."""
        from .measure import measure_fact

        theirs = _sentence_mates(old, measure_fact(old.fact, old.source, self.ws))
        for n in _sentence_mates(m, measured):
            alike = [o for o in theirs if n.measure.similarity(o.measure) > 0 or n.counts_same_thing(o)]
            if alike and not any(n.same_value(o) for o in alike):
                return True
        return False

    def _repeats_statement(self, fact: Fact, source: SourceMeta, when: tuple[int, str]) -> bool:
        """Date ``fact`` as a copy of another source's statement, not newer than it, that says
        the same in other words only where a draft writes dates in (截至2026年，…), and either
        states the same numbers or was curated by a person (:func:`drafter.facts.store.is_curated`:
        a corrected figure, 41个 → 45个) and the copy speaks of no later year (a later year's reply
        in the same words with other numbers states new values). The copy keeps that fact's period and is linked to it; a
        figure of the copy whose value the curated fact no longer states is superseded by it, so
        that a copy of a draft made before the correction never brings the old value back."""
        from .measure import older
        from .store import is_curated

        key, numbers = statement_key(fact.text)
        said = [
            (old, src) for old, src in self._statements.get(key, ())
            if old.source_id != source.id and not _linked_to(old, fact) and not older(when, _when(old, src))
            and (statement_key(old.text)[1] == numbers or (is_curated(old) and not _later_year(when, old, src)))
        ]
        if not said:
            return False
        old, src = max(said, key=lambda pair: _when(*pair))
        year = _when(old, src)[0] or fact.period.year
        _repeat(fact, old, year)
        for fig in fact.figures:
            same = next((g for g in old.figures if g.raw == fig.raw and g.value == fig.value), None)
            if same is not None:
                _repeat_figure(fig, old, same)
            else:  # a value the curated fact corrected: its value is current, never this one
                fig.year, fig.until, fig.basis = year, None, EARLIER_FACT
                fig.superseded_by = old.id
        return True

    def _measures(self, key: tuple) -> dict[tuple, list]:
        """The dated figures naming something of the facts filed under value ``key``, by coarse
        measure key (:func:`drafter.facts.measure._coarse`), in filing order."""
        from .measure import _coarse, measure_fact

        facts = self._values.get(key, ())
        done, by_measure = self._measured.get(key, (0, {}))
        for other, src in facts[done:]:
            for old in measure_fact(other, src, self.ws):
                if old.year is not None and old.name and old.measure.qualifier is not None:
                    by_measure.setdefault(_coarse(old), []).append(old)
        self._measured[key] = (len(facts), by_measure)
        return by_measure
