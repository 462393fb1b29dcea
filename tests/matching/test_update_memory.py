"""An incremental update holds a bounded number of candidates' match features (and their
scoring weights) and writes the same rows as one that keeps them all."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import matching.update as update
from matching.match import Hierarchy
from matching.store import SqliteMatchIndex
from matching.update import recompute_all, update_after_run
from store import Store
from tests.matching.test_full_memory import _tables


@pytest.fixture(scope="module")
def records(vocab: Any) -> list[Any]:
    from matching.evaluate import demo_records

    return demo_records(vocab, {"fr-chm": 60, "es-chm": 50, "gb-chm": 50})


def test_a_bounded_feature_cache_writes_the_same_rows(
    make_store: Callable[..., Store],
    vocab: Any,
    records: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, then = records[::2], records[1::2]

    def updated(bound: int | None, name: str) -> tuple[dict[str, Any], int, int]:
        monkeypatch.setattr(update, "FEATURES_MAX", bound)
        held: list[int] = []
        preps: list[int] = []
        read = SqliteMatchIndex.features

        def watched(self: SqliteMatchIndex, ids: Any) -> Any:
            out = read(self, ids)
            held.append(len(self._cache) - len(out))  # beyond what this call asked for
            if isinstance(self.hier, Hierarchy):
                preps.append(len(self.hier._prep))
            return out

        monkeypatch.setattr(SqliteMatchIndex, "features", watched)
        store = make_store(first, name)
        recompute_all(store, vocab)
        since = store.records.max_seq()
        store.records.write(((r.id, r.node, False, r.to_json()) for r in then), "2025-01-02")
        summary = update_after_run(store, vocab, since)
        assert summary.changed == len(then) and not summary.full
        monkeypatch.setattr(SqliteMatchIndex, "features", read)
        return _tables(store), max(held), max(preps)

    want, held_all, preps_all = updated(None, "all.sqlite")
    got, held, preps = updated(6, "bounded.sqlite")
    assert got == want
    assert want["mx_matches"] and want["mx_postings"]
    assert held <= 6 < held_all  # the bound (the features of the call on top of it)
    assert preps < preps_all  # the weights of features let go went with them


def test_the_cache_keeps_the_features_read_last(make_store: Callable[..., Store], vocab: Any,
                                                 records: list[Any]) -> None:  # fmt: skip
    store = make_store(records[:40])
    recompute_all(store, vocab)
    ids = [r for (r,) in store.conn.execute("SELECT record_id FROM mx_features ORDER BY 1")]
    assert len(ids) >= 8
    index = SqliteMatchIndex(store.conn, cache_max=4)
    first = index.features(ids[:3])
    index.features(ids[3:5])  # 5 > 4: the two read last of the first three are kept
    assert list(index._cache) == [ids[1], ids[2], ids[3], ids[4]]
    again = index.features(ids[:1])  # read again: equal, not the same object
    assert again[ids[0]] == first[ids[0]] and again[ids[0]] is not first[ids[0]]
