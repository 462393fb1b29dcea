"""The first matching in a child process: the same tables, its errors carried back, no child
left behind (:mod:`matching.apart`)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from matching import apart
from matching.store import ensure_schema, get_state
from matching.update import recompute_all, update_after_run
from store import Store
from tests.matching.test_full_memory import _labelled_records, _tables


@pytest.fixture(scope="module")
def records(vocab: Any) -> list[Any]:
    from matching.evaluate import demo_records

    return demo_records(vocab, {"fr-chm": 40, "es-chm": 30, "gb-chm": 30})


def _summary(s: Any) -> dict[str, Any]:
    return {k: v for k, v in s.to_dict().items() if k != "seconds"}


@pytest.mark.parametrize("which", ["generated", "labelled"])
def test_the_child_writes_the_rows_the_recompute_writes_here(
    make_store: Callable[..., Store], vocab: Any, records: list[Any], which: str
) -> None:
    recs = records if which == "generated" else _labelled_records(vocab)
    here = make_store(recs, "here.sqlite")
    want = recompute_all(here, vocab)
    there = make_store(recs, "there.sqlite")
    got = apart.recompute_apart(there, vocab)
    assert _summary(got) == _summary(want) and got.full and got.matched > 10
    assert _tables(there) == _tables(here)
    assert get_state(there.conn, "last_seq") == str(there.records.max_seq())
    assert multiprocessing.active_children() == []  # the child has ended: its memory is gone
    if which == "labelled":
        assert there.conn.execute("SELECT COUNT(*) FROM dup_edges").fetchone()[0] > 20


def test_a_first_update_of_a_large_store_runs_apart(
    make_store: Callable[..., Store],
    vocab: Any,
    records: list[Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = apart.recompute_apart

    def watched(store: Store, vocabulary: Any) -> Any:
        calls.append(os.getpid())
        return real(store, vocabulary)

    monkeypatch.setattr(apart, "recompute_apart", watched)
    small = make_store(records, "small.sqlite")
    update_after_run(small, vocab, 0)  # fewer changes than APART_MIN_RECORDS: here
    assert calls == []
    monkeypatch.setattr(apart, "APART_MIN_RECORDS", len(records))
    large = make_store(records, "large.sqlite")
    assert apart.wanted(large, vocab)
    summary = update_after_run(large, vocab, 0)
    assert calls == [os.getpid()] and summary.full
    assert _tables(large) == _tables(small)
    update_after_run(large, vocab, large.records.max_seq())  # matched already: incremental
    assert calls == [os.getpid()]


def test_what_a_child_could_not_load_the_same_is_matched_here(
    make_store: Callable[..., Store], vocab: Any, records: list[Any], tmp_path: Path
) -> None:
    built = SimpleNamespace(files=[])  # a vocabulary built in memory, not from files

    store = make_store(records)
    assert apart.wanted(store, vocab) is False  # fewer records than the threshold
    big = apart.APART_MIN_RECORDS
    try:
        apart.APART_MIN_RECORDS = 1
        assert apart.wanted(store, vocab) and apart.wanted(store, None)
        assert not apart.wanted(store, built)
        assert not apart.wanted(Store(":memory:"), vocab)
    finally:
        apart.APART_MIN_RECORDS = big
    with pytest.raises(ValueError, match="not loaded from files"):
        apart.recompute_apart(store, built)


def test_an_error_in_the_child_comes_back_and_nothing_is_written(
    make_store: Callable[..., Store], records: list[Any], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\nnot turtle {", "utf-8")

    loaded = SimpleNamespace(files=[bad])  # a file the child cannot read as a vocabulary

    store = make_store(records)
    with pytest.raises(apart.MatchingProcessError, match="in the matching process: Vocabulary"):
        apart.recompute_apart(store, loaded)
    ensure_schema(store.conn)
    assert get_state(store.conn, "last_seq") is None  # the next run catches up
    assert multiprocessing.active_children() == []


def test_a_child_that_dies_says_its_exit_status(
    make_store: Callable[..., Store], vocab: Any, records: list[Any]
) -> None:
    store = make_store(records)
    seen: list[Any] = []

    def kill_the_child() -> None:
        deadline = time.monotonic() + 30
        while not (children := multiprocessing.active_children()):
            assert time.monotonic() < deadline
            time.sleep(0.005)
        seen.extend(children)
        pid = children[0].pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)

    killer = threading.Thread(target=kill_the_child)
    killer.start()
    try:
        with pytest.raises(
            apart.MatchingProcessError, match=r"without an answer \(exit status -9\)"
        ):
            apart.recompute_apart(store, vocab)
    finally:
        killer.join()
    assert seen and seen[0].name == "chm-first-matching"
    ensure_schema(store.conn)
    assert get_state(store.conn, "last_seq") is None


def test_other_threads_wait_for_the_child_as_for_a_recompute_here(
    make_store: Callable[..., Store], vocab: Any, records: list[Any]
) -> None:
    """While the child writes, a commit of another thread of this process waits for it
    (the store's write lock is held) instead of meeting SQLite's busy timeout."""
    store = make_store(records)
    at_commit: list[Any] = []

    def other_commit() -> None:
        while not (children := multiprocessing.active_children()):
            time.sleep(0.005)
        with store.transaction() as conn:
            at_commit.append(children[0].exitcode)  # None while the child runs
            conn.execute("SELECT 1")

    t = threading.Thread(target=other_commit)
    t.start()
    apart.recompute_apart(store, vocab)
    t.join()
    assert at_commit == [0]


@pytest.mark.parametrize("which", ["generated", "labelled"])
def test_a_large_update_runs_apart_and_writes_the_rows_an_update_here_writes(
    make_store: Callable[..., Store],
    vocab: Any,
    records: list[Any],
    which: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A store matched already, then a run of as many changes as the threshold (another
    node's records): the update runs in a child and writes the tables the same update
    writes in this process, row for row; a smaller run is updated here."""
    from matching.full import TITLES_STATE

    recs = records if which == "generated" else _labelled_records(vocab)
    first, then = recs[: len(recs) // 2], recs[len(recs) // 2 :]
    stores = [make_store(first, f"{name}.sqlite") for name in ("here", "there")]
    for st in stores:
        recompute_all(st, vocab)
        assert get_state(st.conn, TITLES_STATE) == "done"  # several nodes: titles computed
        since = st.records.max_seq()
        st.records.write(((r.id, r.node, False, r.to_json()) for r in then), "2025-01-02")
    calls: list[int] = []
    real = apart.update_apart

    def watched(store: Store, vocabulary: Any, since_seq: int, fn: Any) -> Any:
        calls.append(since_seq)
        return real(store, vocabulary, since_seq, fn)

    monkeypatch.setattr(apart, "update_apart", watched)
    here, there = stores
    want = update_after_run(here, vocab, since)  # fewer changes than the threshold: here
    assert calls == []
    monkeypatch.setattr(apart, "UPDATE_APART_MIN", len(then))
    got = update_after_run(there, vocab, since)
    assert calls == [since] and not got.full
    assert _summary(got) == _summary(want) and got.changed == len(then)
    assert _tables(there) == _tables(here)
    assert multiprocessing.active_children() == []
    if which == "labelled":
        assert there.conn.execute("SELECT COUNT(*) FROM dup_clusters").fetchone()[0] > 20
