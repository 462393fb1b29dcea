"""The full recompute over the heads of the posting lists writes the rows of the whole index.

The recompute keeps no need's or offer's features from its pass over the records: it writes
them, then matches over :class:`matching.full.HeadIndex` (the first ``PER_KEY`` ids of each
posting list and the features of the records they name), reading the records to match from
the store a slice at a time. These tests hold it to what matching over every feature in
memory (:class:`matching.full.MemoryMatchIndex`, what the recompute ran before) writes: the
same ``mx_matches``, ``mx_features`` and ``mx_postings`` rows, on generated stores (the demo
nodes', the incremental-cost benchmark's) and on the labelled sets, with lists cut short
(``PER_KEY`` 1 and 3, so the heads hold a part of the records) and as shipped, in this
process and in forked workers.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mappings.record import Record
from matching import full, match
from matching.evaluate import demo_records, write_records
from matching.features import Features, extract
from matching.match import Hierarchy, top_matches
from matching.store import year_key
from matching.update import recompute_all
from store import Store
from vocabulary.enrich import enrich

COUNTS = {"fr-chm": 60, "es-chm": 50, "gb-chm": 50}


def _whole_index_rows(store: Store, vocab: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The matching tables of matching over every feature in memory, sorted."""
    feats: dict[str, Features] = {}
    for (js,) in store.conn.execute("SELECT json FROM records WHERE deleted=0 ORDER BY rowid"):
        f = extract(json.loads(js), vocab)
        if f is not None:
            feats[f.id] = f
    index = full.MemoryMatchIndex(feats)
    hier = Hierarchy(vocab)
    matches = [
        (fid, m.id, m.score, full._dumps_compact(m.why))
        for fid in sorted(feats)
        for m in top_matches(feats[fid], index, hier)
    ]
    postings = [
        (key, role, year_key(feats[rid].year), rid)
        for (key, role), ids in index.post.items()
        for rid in ids
    ]
    features = [(f.id, f.role, json.dumps(f.to_json_dict())) for f in feats.values()]
    return {
        "mx_matches": sorted(matches),
        "mx_postings": sorted(set(postings)),
        "mx_features": sorted(features),
    }


def _written_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(store.conn.execute(f"SELECT * FROM {table}"))
        for table in ("mx_matches", "mx_postings", "mx_features")
    }


def _check(store: Store, vocab: Any, workers: int) -> dict[str, list[tuple[Any, ...]]]:
    recompute_all(store, vocab, workers=workers)
    got, want = _written_rows(store), _whole_index_rows(store, vocab)
    assert got["mx_features"] == want["mx_features"]
    assert got["mx_postings"] == want["mx_postings"]
    assert got["mx_matches"] == want["mx_matches"]
    assert want["mx_matches"]
    return got


@pytest.fixture(scope="module")
def demo(vocab: Any) -> list[Any]:
    return demo_records(vocab, COUNTS)


@pytest.mark.parametrize("per_key", [1, 3, match.PER_KEY])
@pytest.mark.parametrize("workers", [1, 2])
def test_demo_store_rows_equal_the_whole_index_rows(
    make_store: Callable[..., Store],
    vocab: Any,
    demo: list[Any],
    monkeypatch: pytest.MonkeyPatch,
    per_key: int,
    workers: int,
) -> None:
    monkeypatch.setattr(match, "PER_KEY", per_key)
    monkeypatch.setattr(full, "SLICE", 7)  # several slices in flight in the workers
    monkeypatch.setattr(full, "SLICE_HERE", 5)
    monkeypatch.setattr(full, "SCAN_SLICE", 20)  # the scan's workers too (slices of rowids)
    _check(make_store(demo), vocab, workers)


def _labelled() -> list[dict[str, Any]]:
    from tests.matching.assistance import records

    out = {r["id"]: r for r in records()}
    for n in ("", "3", "5", "7", "9", "11"):
        try:
            mod = importlib.import_module(f"tests.matching.duplicates_heldout{n}")
        except ImportError:
            continue
        out.update({r["id"]: r for r in mod.RECORDS})
    return list(out.values())


@pytest.mark.parametrize("per_key", [2, match.PER_KEY])
def test_labelled_sets_rows_equal_the_whole_index_rows(
    make_store: Callable[..., Store], vocab: Any, monkeypatch: pytest.MonkeyPatch, per_key: int
) -> None:
    monkeypatch.setattr(match, "PER_KEY", per_key)
    recs = [enrich(Record.from_dict(r), vocab) for r in _labelled()]
    store = make_store([])
    write_records(store, recs)
    got = _check(store, vocab, 1)
    assert len(got["mx_features"]) > 40


def test_the_benchmark_store_rows_equal_the_whole_index_rows(
    tmp_path: Path, vocab: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench.bench_matching import synthetic_store

    monkeypatch.setattr(match, "PER_KEY", 4)
    store = Store(tmp_path / "s.sqlite")
    synthetic_store(store, vocab, 900, 40, 1)
    _check(store, vocab, 2)
    heads = full.HeadIndex(store.conn, 4)
    needs_offers = store.conn.execute("SELECT COUNT(*) FROM mx_features").fetchone()[0]
    assert 0 < len(heads.feats) < needs_offers  # the heads hold a part of them
    store.close()


def test_the_heads_are_the_whole_lists_cut(
    make_store: Callable[..., Store], vocab: Any, demo: list[Any]
) -> None:
    store = make_store(demo)
    recompute_all(store, vocab)
    feats = {f.id: f for r in demo if (f := extract(json.loads(r.to_json()), vocab))}
    whole = full.MemoryMatchIndex(feats)
    for per_key in (1, 2, 5, 1000):
        heads = full.HeadIndex(store.conn, per_key)
        for (key, role), ids in whole.post.items():
            for limit in {1, per_key, min(per_key, 3)}:
                assert heads.postings(key, role, limit) == ids[:limit]
        for (topic, role), lists in whole.by_topic.items():
            got = heads.topic_lists(topic, role, per_key)
            assert got is not None
            assert {p: ids[:per_key] for p, ids in lists.items()} == got
        named = {i for lists in heads.by_topic.values() for ids in lists.values() for i in ids}
        assert set(heads.feats) == named
        assert all(heads.feats[i] == feats[i] for i in named)
        assert heads.topic_lists("no/such/topic", "need", per_key) is None
        with pytest.raises(ValueError, match="cannot give"):
            heads.postings("x|*", "need", per_key + 1)
