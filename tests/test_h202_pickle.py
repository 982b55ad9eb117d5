"""h202: the fact index's cache key names every pickled-by-position class's fields, and a one-field class pickles."""

import pickle
from dataclasses import dataclass, fields

from drafter.facts.index import FORMAT
from drafter.model import Period, pickled_by_fields


def test_cache_key_names_period_fields():
    # Period is pickled by position: renaming or reordering its fields must invalidate the cache.
    assert tuple(f.name for f in fields(Period)) in FORMAT


def test_one_field_class_round_trips():
    @pickled_by_fields
    @dataclass
    class One:
        year: int

    globals()["One"] = One
    One.__qualname__ = "One"
    assert pickle.loads(pickle.dumps(One(2024))) == One(2024)
    assert pickle.loads(pickle.dumps(Period(2024, "stated", 2025, "上半年"))) == Period(2024, "stated", 2025, "上半年")
