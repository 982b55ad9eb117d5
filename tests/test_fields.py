"""One definition of a fact's fields (model.FACT_FIELDS / FIGURE_FIELDS): the YAML mapping, its
validation, the printed record and the content digest all follow it."""

from __future__ import annotations

import dataclasses

import pytest

from helpers import REPO

from drafter.errors import FactFileError
from drafter.facts.show import fact_record
from drafter.facts.store import fact_file_data, load_fact_files, parse_fact_file
from drafter.model import FACT_FIELDS, FIGURE_FIELDS, Fact, Figure, content_digest
from drafter.workspace import load_workspace


@pytest.fixture(scope="module")
def base():
    """The demo fact base: the seeds as the distiller wrote them."""
    files = load_fact_files(load_workspace(REPO))
    assert sum(len(ff.facts) for ff in files) > 50
    return files


def test_the_tables_name_every_field_of_the_model():
    assert {s.name for s in FIGURE_FIELDS} == {f.name for f in dataclasses.fields(Figure)}
    # source_id is the file's, not a key of the fact's mapping
    assert {s.name for s in FACT_FIELDS} == {f.name for f in dataclasses.fields(Fact)} - {"source_id"}


def test_yaml_mapping_follows_the_table_and_round_trips(base):
    order = [s.name for s in FACT_FIELDS]
    for ff in base:
        data = fact_file_data(ff)
        for fact, mapping in zip(ff.facts, data["facts"]):
            keys = list(mapping)
            assert keys == [k for k in order if k in keys]
            assert mapping["digest"] == content_digest(fact) == fact.digest  # nobody edited the demo
            for fig in mapping["figures"]:
                assert list(fig) == [s.name for s in FIGURE_FIELDS if s.name in fig]
        again = parse_fact_file(data, "demo", ff.source.id)
        assert again.facts == ff.facts


def test_printed_record_follows_the_table(base):
    ff = next(ff for ff in base if any(f.figures for f in ff.facts))
    fact = next(f for f in ff.facts if f.figures)
    record = fact_record(fact, ff.source)
    shown = [s.name for s in FACT_FIELDS if s.shown == "fact"]
    assert list(record) == [*shown, "source"]
    assert [k for k in record["source"] if k in ("section", "paragraph")] == [
        s.name for s in FACT_FIELDS if s.shown == "source"]
    fig = fact.figures[0]
    assert list(record["figures"][0]) == [s.name for s in FIGURE_FIELDS
                                          if not (s.omit in ("unset", "later") and s.unset(getattr(fig, s.name)))]
    assert record["period"] == {"year": fact.period.year, "basis": fact.period.basis}


def test_validation_reads_the_table(base):
    ff = base[0]
    data = fact_file_data(ff)
    data["facts"][0]["colour"] = "red"
    with pytest.raises(FactFileError) as bad_key:
        parse_fact_file(data, "demo.yaml", ff.source.id)
    assert ", ".join(s.name for s in FACT_FIELDS) in str(bad_key.value)
    data = fact_file_data(ff)
    data["facts"][0]["kind"] = "rumour"
    with pytest.raises(FactFileError, match="kind 未知"):
        parse_fact_file(data, "demo.yaml", ff.source.id)
    data = fact_file_data(ff)
    data["facts"][0]["superseded_by"] = data["facts"][0]["id"]
    with pytest.raises(FactFileError, match="不能被自己取代"):
        parse_fact_file(data, "demo.yaml", ff.source.id)


def test_optional_time_and_place_are_written_shown_and_hashed_only_where_set(base):
    """A figure's own span and place, and a period's span, appear in the YAML and the record only
    where set; the digest of a fact without them is the one files written before them carry."""
    import hashlib
    import json

    def bare(f):  # figures, and a period, with none of the optional fields set
        return f.figures and f.period.until is None and not any(
            g.place or g.until or g.basis for g in f.figures)

    ff = next(ff for ff in base if any(bare(f) for f in ff.facts))
    fact = dataclasses.replace(next(f for f in ff.facts if bare(f)))

    def legacy(f):  # the digest as drafter wrote it before spans and places existed
        data = [f.text, f.kind, f.period.year, f.period.basis, f.jurisdiction, bool(f.external),
                list(f.section), f.paragraph,
                [[float(g.value), g.unit, g.scale, g.counts, g.year, g.raw] for g in f.figures], list(f.topics)]
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    assert content_digest(fact) == legacy(fact)
    plain = fact_file_data(ff)["facts"][ff.facts.index(fact)]
    assert not {"until", "place", "basis"} & set(plain["figures"][0]) and "until" not in plain["period"]
    fact.figures = [dataclasses.replace(fact.figures[0], place="华容县", until=2025), *fact.figures[1:]]
    fact.period = dataclasses.replace(fact.period, until=2025)
    assert content_digest(fact) != legacy(fact)
    again = parse_fact_file(fact_file_data(type(ff)(ff.source, [fact])), "x.yaml", ff.source.id).facts[0]
    assert dataclasses.replace(again, digest=fact.digest) == fact
    assert again.digest == content_digest(again) == content_digest(fact)
    record = fact_record(fact, ff.source)
    assert record["figures"][0]["place"] == "华容县" and record["period"]["until"] == 2025
    assert "basis" not in record["figures"][0]
