"""The duplicate tables' layout on disk (issue 20, the store's size with several nodes).

``dup_features`` rows are packed (zlib of the JSON) in a rowid table, ``title_postings`` has no
index by record (a changed record's old keys are computed again from its stored features),
and the write-ahead log is truncated after a recompute. What matching reads and writes is the
same: a store made before (JSON text in a ``WITHOUT ROWID`` table, the index by record) is
migrated by its next update and ends with the rows a store of this layout has.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mappings.record import Record
from matching import duplicates as dup
from matching.store import SCHEMA, migrate, pack, unpack
from matching.update import recompute_all, update_after_run
from store import Store
from store.base import WAL_LIMIT
from tests.matching.test_full_memory import _labelled_records, _tables

OLD_DUP_FEATURES = (
    "CREATE TABLE dup_features (record_id TEXT PRIMARY KEY, data TEXT NOT NULL) WITHOUT ROWID"
)
"""``dup_features`` as the code before this layout created it (and ``title_postings_record``
below): what :func:`_to_old_layout` turns a store into."""

json_values = st.recursive(
    # (integers of 64 bits: features hold years, days and counts; orjson, which reads them
    # back, reads a wider one as a float)
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(st.dictionaries(st.text(), json_values, max_size=8))
def test_packed_rows_and_old_text_rows_read_back_the_same_dict(data: dict[str, Any]) -> None:
    packed = pack(data)
    assert isinstance(packed, bytes) and pack(data) == packed  # one row for one dict
    assert unpack(packed) == data == unpack(json.dumps(data))  # text: a store made before


def test_stored_features_give_the_title_keys_they_were_posted_under(vocab: Any) -> None:
    """What deleting a changed record's title postings by its stored features relies on."""
    recs = _labelled_records(vocab)
    feats = [dup.dup_features(json.loads(r.to_json()), vocab) for r in recs]
    assert sum(bool(dup.title_keys(f)) for f in feats) > 50
    for f in feats:
        back = dup.DupFeatures.from_json_dict(unpack(pack(f.to_json_dict())))
        assert dup.title_keys(back) == dup.title_keys(f)


def _to_old_layout(store: Store) -> None:
    """Rewrite a store's duplicate tables as the code before this layout wrote them."""
    conn = store.conn
    with store.transaction():
        rows = conn.execute("SELECT record_id, data FROM dup_features").fetchall()
        conn.execute("DROP TABLE dup_features")
        conn.execute(OLD_DUP_FEATURES)
        conn.executemany(
            "INSERT INTO dup_features VALUES (?,?)", [(r, json.dumps(unpack(d))) for r, d in rows]
        )
        conn.execute("CREATE INDEX title_postings_record ON title_postings(record_id)")


def _layout(store: Store) -> list[tuple[str, str]]:
    return sorted(
        store.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('dup_features',"
            " 'title_postings')"
        )
    )


def _changes(recs: list[Record]) -> tuple[list[Record], list[Record]]:
    """Some records with another record's title (their title keys change), and some to delete."""
    edited = []
    for a, b in zip(recs[:40:4], recs[1:40:4], strict=True):
        d = a.to_dict()
        d["title"] = b.to_dict()["title"]
        edited.append(Record.from_dict(d))
    return edited, recs[-12:]


@pytest.mark.parametrize("chunk", [None, 7])
def test_a_store_of_the_old_layout_is_migrated_by_its_next_update(
    make_store: Callable[..., Store],
    vocab: Any,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int | None,
) -> None:
    if chunk:  # several transactions
        import matching.update as update

        monkeypatch.setattr(update, "UPDATE_CHUNK", chunk)
    recs = _labelled_records(vocab)
    edited, deleted = _changes(recs)
    stores = {}
    for name in ("new", "old"):
        store = stores[name] = make_store(recs, f"{name}.sqlite")
        recompute_all(store, vocab)
        if name == "old":
            _to_old_layout(store)
            assert _layout(store) != _layout(stores["new"])
            assert store.conn.execute("SELECT COUNT(*) FROM dup_features").fetchone()[0] > 50
        since = store.records.max_seq()
        store.records.write(((r.id, r.node, False, r.to_json()) for r in edited), "2025-01-02")
        store.records.write(((r.id, r.node, True, r.to_json()) for r in deleted), "2025-01-02")
        summary = update_after_run(store, vocab, since)
        assert summary.changed == len(edited) + len(deleted)
    new, old = stores["new"], stores["old"]
    assert _layout(old) == _layout(new)
    assert _tables(old) == _tables(new)
    # no title posting left behind by the edited and deleted records' old keys
    posted = set(new.conn.execute("SELECT key, record_id FROM title_postings"))
    want = {
        (k, rid)
        for rid, data in new.conn.execute("SELECT record_id, data FROM dup_features")
        for k in dup.title_keys(dup.DupFeatures.from_json_dict(unpack(data)))
    }
    assert posted == want and {r.id for r in deleted}.isdisjoint(r for _, r in posted)
    assert new.conn.execute("SELECT COUNT(*) FROM dup_edges").fetchone()[0] > 20


def test_migrating_twice_changes_nothing(make_store: Callable[..., Store], vocab: Any) -> None:
    store = make_store(_labelled_records(vocab))
    recompute_all(store, vocab)
    _to_old_layout(store)
    with store.transaction() as conn:
        assert migrate(conn)
        assert not migrate(conn)
    assert "WITHOUT ROWID" not in next(s for s in SCHEMA.split(";") if "dup_features (" in s)


def test_the_log_is_truncated_after_a_recompute(
    make_store: Callable[..., Store], vocab: Any
) -> None:
    store = make_store(_labelled_records(vocab))
    assert store.conn.execute("PRAGMA journal_size_limit").fetchone()[0] == WAL_LIMIT
    recompute_all(store, vocab)
    wal = Path(f"{store.path}-wal")
    assert store.conn.execute("SELECT COUNT(*) FROM dup_features").fetchone()[0] > 50
    assert not wal.exists() or wal.stat().st_size == 0
