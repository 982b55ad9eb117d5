"""The index cache's facts pickled by their fields' values, and the closing formulas found once an index (h197)."""

from __future__ import annotations

import copy
import copyreg
import io
import pickle
import pickletools
import pytest

from helpers import REPO

from drafter.compose.select import closing_formulas
from drafter.facts.index import FactIndex
from drafter.facts.store import load_fact_files
from drafter.model import Fact, Figure, Period, SourceMeta
from drafter.workspace import load_workspace


@pytest.fixture(scope="module")
def seed_files():
    return load_fact_files(load_workspace(REPO))


def test_the_seeds_facts_and_sources_pickle_by_their_values_alone(seed_files):
    facts = [f for ff in seed_files for f in ff.facts]
    assert len(facts) > 100 and any(f.figures for f in facts) and any(g.year for f in facts for g in f.figures)
    for thing in [*facts, *(ff.source for ff in seed_files)]:
        blob = pickle.dumps(thing, protocol=pickle.HIGHEST_PROTOCOL)
        assert pickle.loads(blob) == thing
        # (no object's dict in it, every field's name in every fact's pickle, as pickle's own way builds one)
        assert not {op.name for op, _, _ in pickletools.genops(blob)} & {"EMPTY_DICT", "BUILD"}, thing
    fact = next(f for f in facts if f.figures)
    deep = copy.deepcopy(fact)
    assert deep == fact and deep.figures[0] is not fact.figures[0]


def test_a_facts_pickle_is_a_fifth_smaller_than_pickles_own_way(seed_files):
    facts = [f for ff in seed_files for f in ff.facts]
    own = sum(len(pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL)) for f in facts)
    assert own < 0.8 * sum(len(_default_pickle(f)) for f in facts)


def _default_pickle(obj) -> bytes:
    """``obj`` pickled as pickle does a dataclass of its own: its class and its dict, the objects in it alike."""

    class Default(pickle.Pickler):
        def reducer_override(self, o):
            if isinstance(o, (Fact, Figure, Period, SourceMeta)):
                return copyreg.__newobj__, (type(o),), dict(o.__dict__)
            return NotImplemented

    out = io.BytesIO()
    Default(out, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return out.getvalue()


def test_closing_formulas_are_found_once_an_index(seed_files):
    index = FactIndex(seed_files)  # (not FactIndex.load's, which the process holds for other tests)
    first = closing_formulas(index)
    index.last_facts = lambda: pytest.fail("closing_formulas walked the index's replies again")
    assert closing_formulas(index) is first


def test_an_index_read_from_its_pickle_ranks_as_the_one_built(seed_files):
    built = FactIndex(seed_files)
    read = pickle.loads(pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
    # (the postings read into place as bytearrays, seen as typed views: no array read as bytes and copied)
    assert isinstance(read._weights, memoryview) and read._weights.obj.__class__ is bytearray
    again = pickle.loads(pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL))  # (a worker's copy of a read index)
    for title in [ff.source.suggestion_title for ff in seed_files if ff.source.suggestion_title]:
        ranked = [(f.id, score) for f, score in built.search(title)]
        assert ranked and [(f.id, s) for f, s in read.search(title)] == ranked == [(f.id, s) for f, s in again.search(title)]
