"""The full recompute's memory: what it holds does not change what it writes.

The pass over the records reads them :data:`matching.full.FETCH` at a time and writes the
duplicate rows every :data:`matching.full.FLUSH` records, matching writes its rows every
:data:`matching.full.SLICE_HERE` needs and offers; the needs' and offers' features are
only read after the duplicate pass (which reads its own from the store and unmaps its table
of pairs when it ends), and freed heap is handed back between the phases. No memory figure
is asserted (it depends on the allocator): the tables written with the smallest batches
equal those of the defaults, row for row, the phases run in that order and the structures
kept share what they repeat.
"""

from __future__ import annotations

import gc
import json
import mmap
import weakref
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching import full
from matching.evaluate import demo_records
from matching.features import extract
from matching.match import Hierarchy
from matching.store import DERIVED_TABLES
from matching.update import recompute_all
from store import Store

COUNTS = {"fr-chm": 40, "es-chm": 30, "gb-chm": 30}


@pytest.fixture(scope="module")
def records(vocab: Any) -> list[Any]:
    return demo_records(vocab, COUNTS)


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in DERIVED_TABLES:
        out[table] = sorted(store.conn.execute(f"SELECT * FROM {table}"), key=repr)
    return out


def _labelled_records(vocab: Any) -> list[Any]:
    """The last three labelled duplicate sets, enriched (many title and identifier edges)."""
    from mappings.record import Record
    from tests.matching.test_full_dup_pairs import _labelled_sets
    from vocabulary.enrich import enrich

    recs = {r["id"]: r for s in _labelled_sets()[-3:] for r in s}
    return [enrich(Record.from_dict(r), vocab) for r in recs.values()]


@pytest.mark.parametrize("which", ["generated", "labelled"])
def test_small_batches_write_the_same_rows(
    make_store: Callable[..., Store],
    vocab: Any,
    records: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    which: str,
) -> None:
    """Every table written with the smallest batches and caches (a feature cache of 2, a
    table of pairs decided of 1 or 7 slots: pairs forgotten at once and compared again)
    equals the defaults' (the 8 tables the benchmark digests and the others)."""
    recs = records if which == "generated" else _labelled_records(vocab)
    default = make_store(recs, "default.sqlite")
    recompute_all(default, vocab)
    want = _tables(default)
    monkeypatch.setattr(full, "FETCH", 3)
    monkeypatch.setattr(full, "FLUSH", 2)
    monkeypatch.setattr(full, "SLICE_HERE", 2)
    monkeypatch.setattr(full, "_LOADED_MAX", 2)
    monkeypatch.setattr(full, "_EDGES_BUFFER", 1)
    for slots in (1, 7):
        monkeypatch.setattr(full, "_DECIDED_SLOTS", slots)
        small = make_store(recs, f"small{slots}.sqlite")
        recompute_all(small, vocab)
        assert _tables(small) == want
    assert want["mx_matches"] and want["dup_features"] and want["title_postings"]
    if which == "labelled":
        assert len(want["dup_edges"]) > 20 and want["dup_clusters"]


@given(st.integers(1, 2**31 - 1), st.integers(1, 2**31 - 1), st.integers(1, 2**31 - 1))
def test_a_pair_of_record_numbers_is_one_int_whatever_their_order(a: int, b: int, c: int) -> None:
    assert full._pair(a, b) == full._pair(b, a) > 0
    assert (full._pair(a, b) == full._pair(a, c)) == (b == c)
    decided = full._Decided()
    decided.add(full._pair(a, b))
    assert full._pair(b, a) in decided
    assert (full._pair(a, c) in decided) == (b == c)  # another pair of its slot is not in
    decided.add(full._pair(a, c))
    assert (full._pair(a, b) in decided) == (
        b == c or full._pair(a, b) % decided.size != full._pair(a, c) % decided.size
    )  # forgotten only when the other pair took its slot


def test_the_duplicate_pass_gives_its_memory_back_before_matching_grows(
    make_store: Callable[..., Store],
    vocab: Any,
    records: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The duplicate pass runs between the pass over the records and matching, its table of
    pairs is unmapped when it ends and freed heap handed back, then matching builds its
    heads; the kept needs and offers are let go once the recompute is done."""
    kept: list[weakref.ref[Any]] = []
    events: list[str] = []
    dup_edges, close = full._dup_edges, full._Decided.close
    tables: list[Any] = []

    class WatchedHeadIndex(full.HeadIndex):
        def __init__(self, *args: Any) -> None:
            events.append("heads")
            super().__init__(*args)
            kept.extend(weakref.ref(f) for f in list(self.feats.values())[:5])

    def watched_dup_edges(conn: Any) -> Any:
        events.append("dup_edges")
        return dup_edges(conn)

    def watched_close(self: Any) -> None:
        tables.append(self.slots)
        close(self)
        events.append("unmapped")

    monkeypatch.setattr(full, "HeadIndex", WatchedHeadIndex)
    monkeypatch.setattr(full, "_dup_edges", watched_dup_edges)
    monkeypatch.setattr(full._Decided, "close", watched_close)
    monkeypatch.setattr(full, "malloc_trim", lambda: events.append("trim") or True)
    store = make_store(records)
    summary = recompute_all(store, vocab)
    gc.collect()
    assert summary.matched >= len(kept) == 5
    assert all(ref() is None for ref in kept)  # no need or offer held after the recompute
    assert events == ["trim", "dup_edges", "unmapped", "trim", "heads"]
    with pytest.raises(ValueError, match="released"):  # the slots' pages are given back, not kept
        tables[0][0]


def test_the_pairs_table_is_mapped_and_zero_until_written() -> None:
    decided = full._Decided()
    try:
        assert isinstance(decided._map, mmap.mmap)  # not the heap: given back by close()
        assert decided.slots.nbytes == 8 * full._DECIDED_SLOTS
        assert all(decided.slots[i] == 0 for i in range(0, full._DECIDED_SLOTS, 4096))
        decided.add(full._pair(7, 3))
        assert full._pair(3, 7) in decided
    finally:
        decided.close()


def test_the_weights_of_a_record_hold_no_set_of_their_own(vocab: Any, records: list[Any]) -> None:
    """A kept record's weights (:meth:`Hierarchy.prep`, one per need or offer in the heads)
    refer to its topics tuple instead of a set of them (~500 bytes a record: the weights
    of the heads' records were the largest part of matching's memory at 100,000 records)."""
    hier = Hierarchy(vocab)
    feats = [
        f
        for r in records
        if (f := extract(json.loads(r.to_json()), vocab)) is not None and f.topics
    ]
    assert feats
    for f in feats:
        p = hier.prep(f)
        assert p.topics is f.topics
        assert hier.prep(f) is p


def test_the_heads_share_ids_places_and_tuples(make_store: Callable[..., Store], vocab: Any,
                                              records: list[Any]) -> None:  # fmt: skip
    store = make_store(records)
    recompute_all(store, vocab)
    index = full.HeadIndex(store.conn, 60)
    listed = {i: i for lists in index.by_topic.values() for ids in lists.values() for i in ids}
    assert index.feats
    places: dict[Any, Any] = {}
    for rid, f in index.feats.items():
        assert f.id is listed[rid] is rid  # one string per id
        if f.extra.get("places") and len(f.extra) == 1:
            key = repr(f.extra)
            assert places.setdefault(key, f.extra) is f.extra  # one dict per kind of places
    assert len(places) < sum(1 for f in index.feats.values() if f.extra.get("places"))


def test_the_kept_features_equal_the_extracted_ones_with_their_texts_shared(
    vocab: Any, records: list[Any]
) -> None:

    shared = full._Shared()
    extracted = [f for r in records if (f := extract(json.loads(r.to_json()), vocab))]
    kept = [shared.features(f) for f in extracted]
    assert len(kept) > 20
    assert kept == extracted  # the same values, field by field
    assert [f.to_json_dict() for f in kept] == [f.to_json_dict() for f in extracted]
    # a text two features name is one object (parsed from two records' JSON, it was two)
    seen: dict[str, int] = {}
    for f in kept:
        for text in (*f.topics, *f.countries, *f.regions, f.node):
            assert seen.setdefault(text, id(text)) == id(text)
    topics = [t for f in kept for t in f.topics]
    assert len(set(topics)) < len(topics)  # some text is named by two features


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_the_rows_json_is_json_dumps_text(value: Any) -> None:

    assert full._dumps(value) == json.dumps(value)
    assert full._dumps_compact(value) == json.dumps(value, separators=(",", ":"))


def test_an_update_keeps_a_bounded_feature_cache_and_finds_the_same_edges(
    make_store: Callable[..., Store], vocab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import matching.update as update
    from matching.update import update_after_run
    from tests.matching.helpers import rec

    titles = ["Guidance on mercury inventories", "National biodiversity strategy of Ghana"]
    old = [
        rec(f"o{i}", "document", f"n{i % 5}", title={"en": titles[i % 2]}, date="2020")
        for i in range(30)
    ]
    new = [
        rec(f"x{i}", "document", f"m{i % 3}", title={"en": titles[i % 2]}, date="2020")
        for i in range(12)
    ]

    def updated(bound: int, name: str) -> tuple[list[Any], list[Any], int]:
        monkeypatch.setattr(update, "_LOADED_MAX", bound)
        sizes: list[int] = []
        edges_of = update._edges_of

        def watched(conn: Any, f: Any, loaded: dict[str, Any]) -> Any:
            out = edges_of(conn, f, loaded)
            sizes.append(len(loaded))
            return out

        monkeypatch.setattr(update, "_edges_of", watched)
        store = make_store(old, name)
        recompute_all(store, vocab)
        since = store.records.max_seq()
        store.records.write(((r.id, r.node, False, r.to_json()) for r in new), "2025-01-02")
        update_after_run(store, vocab, since)
        edges = sorted(store.conn.execute("SELECT * FROM dup_edges"))
        clusters = sorted(store.conn.execute("SELECT * FROM dup_clusters"))
        return edges, clusters, max(sizes)

    edges, clusters, most_default = updated(update._LOADED_MAX, "default.sqlite")
    small_edges, small_clusters, most = updated(4, "small.sqlite")
    assert edges and clusters
    assert (small_edges, small_clusters) == (edges, clusters)
    assert most <= 4 + 20 < most_default  # the bound, plus one record's candidates
