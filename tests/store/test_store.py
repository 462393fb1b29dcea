"""The raw store: page transactions, change sequence, tombstones with history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import Store
from store.records import RawChange


def change(sid: str, body: str = "x", deleted: bool = False, mapped: bool = True) -> RawChange:
    rid = f"n:{sid}"
    js = json.dumps({"id": rid, "node": "n", "source_id": sid, "title": {"en": body}})
    return RawChange(
        "n",
        sid,
        "2024-01-01",
        deleted,
        "oai_dc",
        body.encode(),
        f"h-{body}",
        rid,
        js if mapped else None,
        None if mapped else "field 'title': missing",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "s.sqlite")


def test_commit_page_counts_and_sequence(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    seq = store.records.commit_page(
        run, [change("a"), change("b")], "now", {"added": 2, "pages": 1}, "t1"
    )
    assert seq == 2 == store.records.max_seq()
    r = store.runs.get(run)
    assert r is not None and (r["added"], r["pages"], r["checkpoint"]) == (2, 1, "t1")
    assert [c.id for c in store.records.changes_since(0)] == ["n:a", "n:b"]
    assert [c.id for c in store.records.changes_since(1)] == ["n:b"]
    assert store.records.existing_hashes("n", ["a", "b", "zz"]) == {"a": "h-x", "b": "h-x"}


def test_update_gets_new_sequence(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    store.records.commit_page(run, [change("a"), change("b")], "now", {}, None)
    store.records.commit_page(run, [change("a", "y")], "now", {}, None)
    assert [(c.seq, c.id) for c in store.records.changes_since(0)] == [(2, "n:b"), (3, "n:a")]
    assert store.records.get("n:a")["title"] == {"en": "y"}  # type: ignore[index]


def test_tombstone_keeps_history(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    store.records.commit_page(run, [change("a", "orig")], "now", {}, None)
    store.records.commit_page(run, [change("a", deleted=True)], "now", {}, None)
    rec = store.records.get("n:a")
    assert rec is not None and rec["deleted"] is True and rec["title"] == {"en": "orig"}
    raw = store.records.get_raw("n", "a")
    assert raw is not None and raw["payload"] == b"orig" and raw["deleted"] == 1
    assert store.records.count() == 0 and store.records.count(deleted=True) == 1
    last = list(store.records.changes_since(0))[-1]
    assert last.deleted and last.id == "n:a"


def test_rejected_record_keeps_raw_and_previous_mapping(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    store.records.commit_page(run, [change("a", "good")], "now", {}, None)
    store.records.commit_page(
        run,
        [change("a", "bad", mapped=False)],
        "now",
        {"rejected": 1},
        None,
        [{"source_id": "a", "stage": "map", "field": "title", "message": "missing"}],
    )
    assert store.records.get("n:a")["title"] == {"en": "good"}  # type: ignore[index]
    raw = store.records.get_raw("n", "a")
    assert raw is not None and raw["payload"] == b"bad" and raw["map_error"]
    assert store.runs.errors(run)[0]["field"] == "title"


def test_failed_transaction_writes_nothing(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    bad = change("b")
    bad.payload = object()  # type: ignore[assignment]  # not bindable: the INSERT fails
    with pytest.raises(Exception):  # noqa: B017, PT011
        store.records.commit_page(run, [change("a"), bad], "now", {"added": 2}, "t")
    assert store.records.max_seq() == 0 and store.records.get_raw("n", "a") is None
    assert store.runs.get(run)["added"] == 0  # type: ignore[index]


def test_interrupted_runs_are_marked(store: Store) -> None:
    store.runs.start("n", "schedule", "now", None, None)
    assert store.runs.mark_interrupted("later") == 1
    assert store.runs.recent()[0]["status"] == "aborted"


def test_node_state(store: Store) -> None:
    assert store.nodes.state("n").last_success_from is None
    store.nodes.update_state("n", last_success_from="2024-01-01", resume_checkpoint="tok")
    st = store.nodes.state("n")
    assert (st.last_success_from, st.resume_checkpoint) == ("2024-01-01", "tok")
    with pytest.raises(ValueError, match="unknown node_state"):
        store.nodes.update_state("n", bogus="x")


def test_iter_raw_batches(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    store.records.commit_page(run, [change(f"{i:04d}") for i in range(25)], "now", {}, None)
    assert [r["source_id"] for r in store.records.iter_raw("n", batch=7)] == [
        f"{i:04d}" for i in range(25)
    ]
    assert len(list(store.records.iter_raw(batch=4))) == 25


def test_a_store_with_the_old_raw_table_layout_is_converted_keeping_every_record(
    tmp_path: Path,
) -> None:
    import sqlite3

    from store.base import RAW_RECORDS

    path = tmp_path / "old.sqlite"
    old_ddl = RAW_RECORDS.replace("UNIQUE (node_id, source_id)", "PRIMARY KEY (node_id, source_id)")
    old_ddl = old_ddl.replace(
        ");                                -- write", ") WITHOUT ROWID; -- write"
    )
    assert "WITHOUT ROWID" in old_ddl
    with sqlite3.connect(path) as conn:  # a store written by an earlier chm
        conn.execute(old_ddl)
        conn.executemany(
            "INSERT INTO raw_records (node_id, source_id, datestamp, deleted, format, payload,"
            " hash, run_id, harvested_at, map_error) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [("n", f"s{i}", "2024", i % 2, "oai_dc", b"<x/>" * i, f"h{i}", 1, "now", None)
             for i in range(50)],
        )  # fmt: skip
    store = Store(path)
    sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE name='raw_records'").fetchone()
    assert "WITHOUT ROWID" not in sql[0]
    assert store.records.existing_hashes("n", ["s0", "s7", "s49", "nope"]) == {
        "s0": "h0",
        "s7": "h7",
        "s49": "h49",
    }
    assert store.conn.execute(
        "SELECT COUNT(*), SUM(length(payload)) FROM raw_records"
    ).fetchone() == (
        50,
        sum(4 * i for i in range(50)),
    )
    # the new table still refuses a second row for one record and replaces it on a new harvest
    run = store.runs.start("n", "manual", "now", None, None)
    store.records.commit_page(run, [change("s7", "new")], "now", {"updated": 1}, None)
    assert store.records.existing_hashes("n", ["s7"]) == {"s7": "h-new"}
    assert store.conn.execute("SELECT COUNT(*) FROM raw_records").fetchone()[0] == 50
    Store(path)  # opening again: nothing left to convert


def test_one_transaction_commits_together_or_not_at_all(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)

    def crash_before_the_outer_commit() -> None:
        with store.transaction():
            store.records.commit_page(run, [change("a")], "now", {"added": 1}, "t1")  # joins
            store.nodes.update_state("n", resume_checkpoint="t1")
            raise RuntimeError("crash")

    with pytest.raises(RuntimeError):
        crash_before_the_outer_commit()
    assert store.records.count() == 0 and store.records.max_seq() == 0
    assert store.nodes.state("n").resume_checkpoint is None
    assert (store.runs.get(run) or {})["added"] == 0
    with store.transaction():
        store.records.commit_page(run, [change("a")], "now", {"added": 1}, "t1")
        store.nodes.update_state("n", resume_checkpoint="t1")
    assert store.records.count() == 1 and store.nodes.state("n").resume_checkpoint == "t1"


def test_a_failed_page_leaves_no_half_written_rows(store: Store) -> None:
    run = store.runs.start("n", "manual", "now", None, None)
    bad = [{"source_id": "a", "stage": "map"}]  # no "message": the run's error row fails
    with pytest.raises(KeyError):
        store.records.commit_page(run, [change("a"), change("b")], "now", {"added": 2}, "t", bad)
    assert store.records.count() == 0 and store.records.get_raw("n", "a") is None
    assert (store.runs.get(run) or {})["checkpoint"] is None
