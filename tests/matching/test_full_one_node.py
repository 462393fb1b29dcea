"""A store of one node: the full recompute defers the title features (issue 20, point 2).

Rules 3-10 of :mod:`matching.duplicates` join only records of two nodes, so the recompute of a
store whose live records are all of one node (a first harvest) leaves out the title features
and keys; every other table is what the whole pass writes. The first update that meets a
second node's records runs a full recompute, and the tables are then those of a store that
never deferred anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching import duplicates as dup
from matching import full
from matching.evaluate import demo_records
from matching.store import DERIVED_TABLES, get_state
from matching.update import recompute_all, update_after_run
from store import Store
from tests.matching.helpers import rec
from tests.matching.test_full_memory import _labelled_records

TITLE_TABLES = ("title_postings", "dup_features", "dup_gates", "dup_words")
"""What the deferred pass leaves empty."""


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(store.conn.execute(f"SELECT * FROM {t}"), key=repr) for t in DERIVED_TABLES}


def _write(store: Store, records: list[Any]) -> None:
    store.records.write(((r.id, r.node, False, r.to_json()) for r in records), "2025-01-02")


@pytest.mark.parametrize("workers", [1, 2])
def test_one_node_defers_the_title_features_and_changes_nothing_else(
    make_store: Callable[..., Store], vocab: Any, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    records = demo_records(vocab, {"fr-chm": 60})
    monkeypatch.setattr(full, "SCAN_SLICE", 20)  # with workers, the pass's forked slices
    deferred = make_store(records, "deferred.sqlite")
    recompute_all(deferred, vocab, workers=workers)
    assert get_state(deferred.conn, full.TITLES_STATE) == "deferred"
    monkeypatch.setattr(full, "_one_node", lambda conn, exact=True: False)
    whole = make_store(records, "whole.sqlite")
    recompute_all(whole, vocab)
    assert get_state(whole.conn, full.TITLES_STATE) == "done"
    got, want = _tables(deferred), _tables(whole)
    assert want["dup_features"] and want["title_postings"] and want["mx_matches"]
    for table in DERIVED_TABLES:
        assert got[table] == ([] if table in TITLE_TABLES else want[table]), table


def test_a_second_node_brings_a_full_recompute_equal_to_one_never_deferred(
    make_store: Callable[..., Store], vocab: Any
) -> None:
    records = _labelled_records(vocab)
    first = records[0].node
    mine = [r for r in records if r.node == first]
    others = [r for r in records if r.node != first]
    assert mine and others
    store = make_store(mine)
    assert update_after_run(store, vocab, 0).full  # never matched: a full recompute, deferred
    assert get_state(store.conn, full.TITLES_STATE) == "deferred"
    since = store.records.max_seq()
    _write(store, mine[:1])  # the same node again: the update stays incremental
    assert not update_after_run(store, vocab, since).full
    since = store.records.max_seq()
    _write(store, others)
    summary = update_after_run(store, vocab, since)
    assert summary.full
    assert get_state(store.conn, full.TITLES_STATE) == "done"
    fresh = make_store([*mine, *others], "fresh.sqlite")
    recompute_all(fresh, vocab)
    got, want = _tables(store), _tables(fresh)
    assert want["dup_edges"] and want["dup_features"]  # title edges across nodes found
    assert got == want


def test_updates_of_one_node_stay_deferred_and_find_identifier_edges(
    make_store: Callable[..., Store], vocab: Any
) -> None:
    records = demo_records(vocab, {"fr-chm": 40})
    doi = "https://doi.org/10.5555/chm.one-node"
    twins = [
        rec(s, "document", "fr-chm", title={"en": f"Report {s}"}, identifiers=[doi])
        for s in ("twin-a", "twin-b")
    ]
    store = make_store(records[:30])
    assert update_after_run(store, vocab, 0).full
    since = store.records.max_seq()
    _write(store, [*records[30:], *twins])
    assert not update_after_run(store, vocab, since).full  # still one node: incremental
    assert get_state(store.conn, full.TITLES_STATE) == "deferred"
    fresh = make_store([*records, *twins], "fresh.sqlite")
    recompute_all(fresh, vocab)
    got, want = _tables(store), _tables(fresh)
    assert [e[:2] for e in got["dup_edges"]] == [("fr-chm:twin-a", "fr-chm:twin-b")]
    assert all(not got[t] for t in TITLE_TABLES)
    assert got == want


def test_a_store_of_several_nodes_is_not_deferred(
    make_store: Callable[..., Store], vocab: Any
) -> None:
    store = make_store(demo_records(vocab, {"fr-chm": 20, "es-chm": 20}))
    recompute_all(store, vocab)
    assert get_state(store.conn, full.TITLES_STATE) == "done"
    assert store.conn.execute("SELECT COUNT(*) FROM dup_features").fetchone()[0] > 0
    assert not full.titles_deferred(store.conn)


def test_the_deferred_pass_writes_its_identifier_rows_as_it_goes(
    make_store: Callable[..., Store],
) -> None:
    """A pass without title features still flushes: its identifier rows were held until the
    end (every record's, ~450 bytes each: 1,000,000 records grew the process by ~450 MB)."""
    store = make_store([])
    full.ensure_schema(store.conn)
    writer = full._DupWriter(store.conn)
    most = 0
    for i in range(3 * full.FLUSH):
        d = full.bare_features({"id": f"r{i}", "node": "n", "type": "document"})
        writer.add(d, [f"doi:10.1/{i}", f"url:example.org/{i}"])
        most = max(most, len(writer.ids))
    assert most <= full.FLUSH
    writer.finish()
    count = store.conn.execute("SELECT COUNT(*) FROM id_postings").fetchone()[0]
    assert count == 3 * full.FLUSH * 2


@given(
    rid=st.text(min_size=1) | st.integers(),
    node=st.none() | st.text(),
    kind=st.none() | st.sampled_from(["", "document", "need", "project"]),
)
def test_bare_features_are_the_dataclass_s_own(rid: Any, node: Any, kind: Any) -> None:
    """``bare_features`` (made from a copy of fields) equals the features the dataclass
    makes, field by field, and each has a ``titles`` of its own."""
    rec = {"id": rid, "node": node, "type": kind}
    got = full.bare_features(rec)
    expected = dup.DupFeatures(
        id=str(rid), node=str(node or ""), type=str(kind or "other"), year=None,
        countries=(), titles={},
    )  # fmt: skip
    assert type(got) is dup.DupFeatures
    assert got == expected
    assert vars(got) == vars(expected)
    assert got.titles is not full.bare_features(rec).titles
    assert got.places == expected.places  # the derived views work on it
