"""The full recompute's title buckets: pairs refused before their features are read.

``matching.gates.bucket_pairs`` leaves out the pairs of a bucket that ``title_match`` refuses
by its first tests (same node, another type or year, another country field, no place in
common), so that the recompute reads and compares fewer features. These tests hold it to
that: no pair ``title_match`` joins is ever left out (on every labelled duplicate set and on
generated rows), and the recompute's edges equal those of comparing every pair of every
bucket, whatever the cache sizes.
"""

from __future__ import annotations

import importlib
import json
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mappings.record import Record
from matching import duplicates as dup
from matching import full, gates
from matching.evaluate import write_records
from matching.store import read_word_counts
from matching.update import recompute_all, update_after_run
from store import Store
from vocabulary.enrich import enrich


def _labelled_sets() -> list[list[dict[str, Any]]]:
    from tests.matching.assistance import records

    sets = [list(records())]
    for n in ("", "3", "4", "5", "6", "7", "8", "9"):
        try:
            mod = importlib.import_module(f"tests.matching.duplicates_heldout{n}")
        except ImportError:
            continue
        sets.append(list(mod.RECORDS))
    return sets


def _row(f: dup.DupFeatures) -> tuple[str, str, str, int | None, str]:
    return (f.id, f.node, f.type, f.year, gates.gate(f))


@pytest.fixture(scope="module")
def labelled_features(vocab: Any) -> list[list[dup.DupFeatures]]:
    out = []
    for recs in _labelled_sets():
        enriched = [enrich(Record.from_dict(r), vocab) for r in recs]
        out.append([dup.dup_features(json.loads(r.to_json()), vocab) for r in enriched])
    return out


def test_no_pair_the_rules_join_is_left_out_on_the_labelled_sets(
    labelled_features: list[list[dup.DupFeatures]],
) -> None:
    joined = 0
    for feats in labelled_features:
        for a, b in combinations(feats, 2):
            if dup.title_match(a, b):
                joined += 1
                assert bucket_pair(a, b), (a.id, b.id)
    assert joined > 50  # the sets hold many pairs the title rules join


def bucket_pair(a: dup.DupFeatures, b: dup.DupFeatures) -> bool:
    return gates.bucket_pairs([_row(a), _row(b)]) == [(a.id, b.id)]


_COUNTRIES = st.lists(st.sampled_from(["GH", "KE", "SN"]), max_size=2, unique=True)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["n1", "n2", "n3"]),
            st.sampled_from(["document", "project"]),
            st.sampled_from(["", "2015", "2016"]),
            _COUNTRIES,
            st.sampled_from(
                [
                    "National biodiversity strategy and action plan",
                    "National biodiversity strategy and action plan of Ghana",
                    "Plan national pour la biodiversité du Kenya",
                    "Mercury inventory report",
                ]
            ),
        ),
        min_size=2,
        max_size=7,
    )
)
def test_a_bucket_leaves_out_only_pairs_the_rules_refuse(
    rows: list[tuple[str, str, str, list[str], str]],
) -> None:
    feats = [
        dup.dup_features(
            {
                "id": f"{node}:{i}",
                "node": node,
                "type": kind,
                "date": date,
                "countries": countries,
                "title": {"en": title},
            }
        )
        for i, (node, kind, date, countries, title) in enumerate(rows)
    ]
    kept = set(gates.bucket_pairs([_row(f) for f in feats]))
    for i, a in enumerate(feats):
        for b in feats[i + 1 :]:
            if dup.title_match(a, b):
                assert (a.id, b.id) in kept
            if (a.id, b.id) in kept:  # kept pairs pass the first tests
                assert a.node != b.node and a.type == b.type
    pos = {f.id: i for i, f in enumerate(feats)}
    assert all(pos[a] < pos[b] for a, b in kept)  # each pair in scan order


def _every_pair_edges(store: Store, vocab: Any) -> set[tuple[str, str, str]]:
    """The duplicate edges by comparing every pair of every title bucket (no refusal before
    reading, no cache), identifier edges first: what the recompute must find."""
    recs = [
        json.loads(js)
        for (js,) in store.conn.execute("SELECT json FROM records WHERE deleted=0 ORDER BY rowid")
    ]
    edges: dict[tuple[str, str], str] = {}
    ids: dict[str, list[tuple[str, str, str]]] = {}
    buckets: dict[str, list[dup.DupFeatures]] = {}
    for r in recs:
        f = dup.dup_features(r, vocab)
        for k in dup.identifier_keys(r):
            ids.setdefault(k, []).append((f.id, f.node, f.type))
        if f.titles:
            for k in dup.title_keys(f):
                buckets.setdefault(k, []).append(f)
    for k, members in ids.items():
        for a, b, why in dup.identifier_edges(members, k):
            edges.setdefault((a, b), why)
    with dup.store_frequencies(*read_word_counts(store.conn)):  # the store's known words
        for members in buckets.values():
            if not 2 <= len(members) <= dup.TITLE_BUCKET_MAX:
                continue
            for i, fa in enumerate(members):
                for fb in members[i + 1 :]:
                    pair = (min(fa.id, fb.id), max(fa.id, fb.id))
                    if pair not in edges and (why := dup.title_match(fa, fb)):
                        edges[pair] = why
    return {(a, b, why) for (a, b), why in edges.items()}


@pytest.mark.parametrize("cache", [(4_000, full._DECIDED_SLOTS), (2, 1), (3, 7)])
def test_recompute_finds_the_edges_of_comparing_every_pair(
    tmp_path: Path, vocab: Any, monkeypatch: pytest.MonkeyPatch, cache: tuple[int, int]
) -> None:
    monkeypatch.setattr(full, "_LOADED_MAX", cache[0])
    monkeypatch.setattr(full, "_DECIDED_SLOTS", cache[1])
    recs = [r for s in _labelled_sets()[-3:] for r in s]
    recs = list({r["id"]: r for r in recs}.values())
    store = Store(tmp_path / "chm.sqlite")
    write_records(store, [enrich(Record.from_dict(r), vocab) for r in recs])
    recompute_all(store, vocab)
    got = set(store.conn.execute("SELECT a, b, reason FROM dup_edges"))
    want = _every_pair_edges(store, vocab)
    store.close()
    assert got == want
    assert len(want) > 20


_GATED = st.tuples(
    st.sampled_from(["n1", "n2"]),
    st.sampled_from(["document", "project"]),
    st.sampled_from([None, 2015, 2016]),
    _COUNTRIES,  # the country field
    _COUNTRIES,  # places named elsewhere
)


@settings(max_examples=200, deadline=None)
@given(_GATED, _GATED)
def test_may_match_is_symmetric_and_what_a_bucket_keeps(
    a: tuple[Any, ...], b: tuple[Any, ...]
) -> None:
    def gate_row(rid: str, t: tuple[Any, ...]) -> tuple[str, str, str, int | None, str]:
        countries, places = t[3], sorted(set(t[3]) | set(t[4]))
        return (rid, t[0], t[1], t[2], "\x1f".join(countries) + "|" + "\x1f".join(places))

    ra, rb = gate_row("a", a), gate_row("b", b)
    assert gates.may_match(ra, rb) == gates.may_match(rb, ra)
    assert gates.may_match(ra, rb) == (gates.bucket_pairs([ra, rb]) == [("a", "b")])
    assert gates.may_match_with(ra)(rb) == gates.may_match(ra, rb)  # (an update's form)
    assert gates.opened(ra[4]) == ("\x1f".join(a[3]), frozenset(set(a[3]) | set(a[4])))


def test_an_update_refuses_by_gate_rows_and_finds_the_same_edges(
    tmp_path: Path, vocab: Any
) -> None:
    """The update after a run refuses a changed record's title candidates from their gate
    rows; a store written before gate rows existed (``dup_gates`` empty) reads every
    candidate's features, as before. Both find the same edges."""
    recs = [r for s in _labelled_sets()[-3:] for r in s]
    recs = [enrich(Record.from_dict(r), vocab) for r in {r["id"]: r for r in recs}.values()]
    first, later = recs[::3], [r for i, r in enumerate(recs) if i % 3]

    def updated(name: str, drop_gates: bool) -> set[tuple[str, str, str]]:
        store = Store(tmp_path / name)
        write_records(store, later)
        recompute_all(store, vocab)
        if drop_gates:
            store.conn.execute("DELETE FROM dup_gates")
        since = store.records.max_seq()
        write_records(store, first)
        update_after_run(store, vocab, since)
        edges = set(store.conn.execute("SELECT a, b, reason FROM dup_edges"))
        gated = store.conn.execute("SELECT COUNT(*) FROM dup_gates").fetchone()[0]
        store.close()
        assert (gated >= len(first)) if not drop_gates else gated <= len(first)
        return edges

    got = updated("a.sqlite", drop_gates=False)
    want = updated("b.sqlite", drop_gates=True)
    assert got == want
    assert len(got) > 20


def test_recompute_clusters_equal_those_of_every_edge_in_memory(
    tmp_path: Path, vocab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clusters the recompute builds from ``dup_edges`` read back in the table's order
    (nothing gathered) equal those of ``build_clusters`` over every edge of comparing every
    pair, sorted in memory, with the operators' rules (a block on a title edge, an allow on
    two records no edge joins), the caches at their smallest."""
    from matching.rules import add_rule

    monkeypatch.setattr(full, "_LOADED_MAX", 2)
    monkeypatch.setattr(full, "_DECIDED_SLOTS", 3)
    recs = [r for s in _labelled_sets()[-3:] for r in s]
    recs = list({r["id"]: r for r in recs}.values())
    store = Store(tmp_path / "chm.sqlite")
    write_records(store, [enrich(Record.from_dict(r), vocab) for r in recs])
    recompute_all(store, vocab)
    edges = sorted(_every_pair_edges(store, vocab))
    title = [(a, b) for a, b, why in edges if dup.is_title_reason(why)]
    joined = {x for a, b, _ in edges for x in (a, b)}
    alone = sorted(r["id"] for r in recs if r["id"] not in joined)
    add_rule(store, *title[len(title) // 2], "block")
    add_rule(store, alone[0], alone[-1], "allow")
    recompute_all(store, vocab)
    got = dict(store.conn.execute("SELECT record_id, cluster_id FROM dup_clusters"))
    ids = sorted(joined | {alone[0], alone[-1]})
    want = dup.build_clusters(
        reversed(edges),  # any order: build_clusters sorts them
        [(min(alone[0], alone[-1]), max(alone[0], alone[-1]))],
        [title[len(title) // 2]],
        *gates.cluster_fields(store.conn, ids),
    )
    store.close()
    assert got == want
    assert got[alone[0]] == got[alone[-1]]
    a, b = title[len(title) // 2]
    assert a not in got or got[a] != got.get(b)  # the block holds
