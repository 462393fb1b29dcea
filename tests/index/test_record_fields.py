"""The index's field values (``record_fields``), written for speed, equal the plain
construction they replaced, value for value and in the same order: on the records of the
real fixtures' golden mappings (enriched with the project thesaurus) and on generated records
with every kind of date, language tag, empty value and concept hierarchy."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st
from tantivy import Document

from index.base import ConceptAncestors, indexed_concepts
from index.query import date_bounds, date_int
from index.tantivy_ import (
    HASH_BITS,
    UNDATED_ORDINAL,
    AncestorMemo,
    build_schema,
    lang_field,
    record_fields,
)
from mappings.record import RECORD_TYPES, Record
from vocabulary.enrich import enrich
from vocabulary.loader import load_vocabulary
from vocabulary.model import PROJECT_THESAURUS

GOLDEN = Path(__file__).resolve().parents[1] / "mappings" / "golden"


def reference_fields(
    record: Record, ancestors: ConceptAncestors | None = None
) -> dict[str, list[Any]]:
    """``record_fields`` as it was written before it was made faster (the reference)."""
    fields: dict[str, list[Any]] = {"id": [record.id], "doc": [record.to_json().encode()]}
    for tag, text in record.title.items():
        fields.setdefault(lang_field(tag), []).append(text)
    for tag, text in record.description.items():
        fields.setdefault(lang_field(tag), []).append(text)
    if record.title:
        fields["title_all"] = list(record.title.values())
    if record.subjects:
        fields["subjects"] = record.subjects
    names = [*record.creators, *([record.publisher] if record.publisher else []),
             *record.identifiers]  # fmt: skip
    if any(names):
        fields["names"] = [n for n in names if n]
    keywords = {
        "type": [record.type],
        "country": record.countries,
        "region": record.regions,
        "language": record.languages,
        "concept": indexed_concepts([*record.concepts, *record.concepts_inferred], ancestors),
        "node": [record.node],
        "status": [record.status or ""],
        "publisher_country": [record.publisher_country or ""],
        "eligible": getattr(record, "eligible", None) or [],
    }
    for name, values in keywords.items():
        kept = [v for v in values if v]
        if kept:
            fields[name] = kept
    year = record.year
    if year is not None:
        fields["year"] = [year]
    bounds = date_bounds(record.date) if record.date else None
    if bounds is not None:
        fields["date_sort"] = [date_int(bounds[0])]
    digest = hashlib.blake2b(record.id.encode(), digest_size=8).digest()
    tie = int.from_bytes(digest, "big") & ((1 << HASH_BITS) - 1)
    if bounds is None:
        asc, desc = (UNDATED_ORDINAL << HASH_BITS) | tie, tie
    else:
        asc = desc = (bounds[0].toordinal() << HASH_BITS) | tie
    fields["sort_asc"] = [asc]
    fields["sort_desc"] = [desc]
    return fields


SINGLE = {"id", "doc", "type", "node", "status", "publisher_country", "year", "date_sort",
          "sort_asc", "sort_desc"}  # fmt: skip
"""Fields ``record_fields`` gives bare values (they hold one at most), not lists."""
_SCHEMA = build_schema()


def _same(got: dict[str, Any], want: dict[str, list[Any]]) -> None:
    assert list(got) == list(want)  # the same fields in the same order
    assert {k: [v] if k in SINGLE else v for k, v in got.items()} == want
    assert not any(isinstance(got[k], list) for k in SINGLE & got.keys())
    # and tantivy reads them as the same document
    assert Document.from_dict(got, _SCHEMA).to_dict() == Document.from_dict(want, _SCHEMA).to_dict()


def test_fixture_records_index_the_same_values() -> None:
    vocab = load_vocabulary([PROJECT_THESAURUS])
    records: list[Record] = []
    for path in sorted(GOLDEN.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and item.get("id") and not item.get("deleted"):
                record = Record.from_dict({k: v for k, v in item.items() if k != "deleted"})
                records.append(enrich(record, vocab))
    assert len(records) > 300
    assert sum(bool(r.concepts or r.concepts_inferred) for r in records) > 50
    memo = AncestorMemo(vocab.broader_closure)
    for _ in range(2):  # the second time from the memories
        for record in records:
            _same(record_fields(record, memo), reference_fields(record, vocab.broader_closure))
            _same(record_fields(record), reference_fields(record))


_CONCEPTS = [f"c{i}" for i in range(8)]
_TAGS = st.sampled_from(["en", "fr", "es", "EN", "fr-CA", "es-419", "pt-BR", "und", "", "zz"])
_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)
_DATES = st.one_of(
    st.none(),
    st.just(""),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(lambda d: f"{d.year:04d}-{d:%m-%d}"),
    st.integers(0, 9999).map(lambda y: f"{y:04d}"),
    st.tuples(st.integers(1000, 2999), st.integers(0, 13)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.sampled_from(["2019-02-30", "2019-07-15T10:00:00Z", " 2019-07", "19", "abcd", "２０１９"]),
    _TEXT,
)
_RECORDS = st.builds(
    Record,
    id=_TEXT,
    node=st.sampled_from(["", "fr-chm", "sn"]),
    source_id=_TEXT,
    type=st.sampled_from([*RECORD_TYPES, ""]),
    title=st.dictionaries(_TAGS, _TEXT, max_size=3),
    description=st.dictionaries(_TAGS, _TEXT, max_size=3),
    subjects=st.lists(_TEXT, max_size=3),
    concepts=st.lists(st.sampled_from([*_CONCEPTS, ""]), max_size=5),
    concepts_inferred=st.lists(st.sampled_from([*_CONCEPTS, ""]), max_size=5),
    countries=st.lists(st.sampled_from(["FR", "SN", ""]), max_size=3),
    regions=st.lists(st.sampled_from(["africa", ""]), max_size=2),
    eligible=st.lists(st.sampled_from(["all", "SN", ""]), max_size=2),
    languages=st.lists(st.sampled_from(["en", "fr", ""]), max_size=2),
    status=st.sampled_from([None, "", "open"]),
    publisher_country=st.sampled_from([None, "", "FR"]),
    date=_DATES,
)
_BROADER = st.lists(st.lists(st.integers(0, 7), max_size=3), min_size=8, max_size=8)


@settings(max_examples=150, deadline=None)
@given(st.lists(_RECORDS, min_size=1, max_size=4), _BROADER)
@example([Record(id="x", node="n", source_id="x", concepts=["c0", "c1"],
                 concepts_inferred=["c1", "c2"], date="2019-02")],
         [[1], [0], [0], [], [], [], [], []])  # a cycle  # fmt: skip
def test_generated_records_index_the_same_values(
    records: list[Record], broader: list[list[int]]
) -> None:
    def ancestors(uri: str) -> frozenset[str]:  # the closure of a random hierarchy
        seen, todo = set(), [int(uri[1:])]
        while todo:
            for b in broader[todo.pop()]:
                if f"c{b}" not in seen:
                    seen.add(f"c{b}")
                    todo.append(b)
        return frozenset(seen - {uri})

    memo = AncestorMemo(ancestors)
    for record in [*records, *records]:  # again: from the memories
        _same(record_fields(record, memo), reference_fields(record, ancestors))
        _same(record_fields(record, ancestors), reference_fields(record, ancestors))
        _same(record_fields(record), reference_fields(record))
