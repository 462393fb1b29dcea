"""A store's first matching in a process of its own, whose memory goes when it ends.

Where it sits: harvest run -> :func:`matching.update.update_after_run` -> **apart** ->
:func:`matching.full.recompute`. The first run of a store is matched by the full recompute
(every record read, every table built). Run in the harvest process, it grew on top of what
the harvest still held: the interpreter's arenas the run's objects were freed into, the
mapping tables, glibc's arenas (~120 MB at 300,000 records once trimmed, where a fresh
process with the vocabulary loaded holds ~56 MB), and the process kept its peak when it
ended. Here the harvest process first hands back the heap it has freed, then starts a fresh
interpreter (``spawn``) that loads the vocabulary from its cache (as the mapping workers do),
opens the store, recomputes and exits: what it held is the operating system's again. The
tables written are the in-process recompute's, row for row.

A large incremental update (:data:`UPDATE_APART_MIN` changes or more: a network's other
nodes harvested after the first, whose records the update matches and compares with every
node's) runs in such a child too, :func:`update_apart`: it grows as the recompute does (the
records of a chunk, their features, and the duplicate rules' caches of words, roots and
creators, ~60-100 MB once full), and in the harvest process that came on top of the run's own
peak (a third node's update of 60,000 records at 300,000). The child runs the same
:func:`matching.update.update_after_run`, chunk by chunk, so the tables are the same.

The parent waits holding the store's write lock, as its own recompute held it, so the
other threads of a process (the scheduler's concurrent runs) wait for their commits as
before rather than run into SQLite's busy timeout (for a large update: until its last chunk,
where in the harvest process they committed between chunks).

Used when the store is a file, the vocabulary (if any) was loaded from files and the store
has at least :data:`APART_MIN_RECORDS` changes; otherwise, and for ``chm match recompute``
(a process of its own already), the recompute runs in the calling process.

Errors: an exception in the child comes back as :class:`MatchingProcessError` with the
child's message; a child that ends without an answer (killed, out of memory) also raises it,
with its exit status. The run then reports it in its warnings, and the next run catches up
(the recompute is one transaction: nothing of it was written).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.libc import malloc_trim
from matching.store import UpdateSummary

APART_MIN_RECORDS = 10_000
"""Changes in the store from which the first matching runs in a child process: below it
the recompute's memory is small and the child's start (~1 CPU-s) not worth it (tests,
small nodes)."""

UPDATE_APART_MIN = 20_000
"""Changes from which an incremental update runs in a child process. The child costs ~1 CPU-s
more than the same update here (its start, ~0.4 CPU-s, and the tables the duplicate rules
build on first use; paired, 2,100 changes of two nodes: 3.8 against 2.4-3.2 CPU-s), where
an update with title features costs ~1.2 ms a change and the harvest before it ~0.6-0.8
ms a record: ~+2.5 % at 20,000 changes, ~+0.8 % at 60,000."""


class MatchingProcessError(RuntimeError):
    """The child process of the first matching failed (its message, or its exit status)."""


def wanted(store: Any, vocabulary: Any, since_seq: int = 0, least: int | None = None) -> bool:
    """Whether the store's changes after ``since_seq`` (all of them by default: the first
    matching's recompute) are matched in a child process: ``least`` of them or more
    (:data:`APART_MIN_RECORDS` by default), a store on file, a vocabulary from files."""
    path = getattr(store, "path", None)
    if path is None or str(path) == ":memory:" or not Path(path).is_file():
        return False
    files = _vocabulary_files(vocabulary)
    if files is None:
        return False
    least = APART_MIN_RECORDS if least is None else least
    return int(store.records.max_seq()) - since_seq >= least


def _vocabulary_files(vocabulary: Any) -> list[str] | None:
    """The files ``vocabulary`` was loaded from ([] for none), or None when it was not
    loaded from files (built in memory: the child could not load the same one)."""
    if vocabulary is None:
        return []
    files = [Path(f) for f in getattr(vocabulary, "files", None) or []]
    if not files or not all(f.is_file() for f in files):
        return None
    return [str(f) for f in files]


def recompute_first(store: Any, vocabulary: Any) -> UpdateSummary:
    """The full recompute of a store's first matching: in a child process when
    :func:`wanted`, here otherwise. Raises :class:`MatchingProcessError` when the child fails."""
    if wanted(store, vocabulary):
        return recompute_apart(store, vocabulary)
    from matching.full import recompute

    return recompute(store, vocabulary)


def recompute_apart(store: Any, vocabulary: Any) -> UpdateSummary:
    """Run :func:`matching.full.recompute` on ``store``'s file in a spawned child process
    and return its summary (see the module docstring)."""
    return _apart(store, vocabulary, None)


def update_apart(
    store: Any, vocabulary: Any, since_seq: int, update: Callable[..., UpdateSummary]
) -> UpdateSummary:
    """Run ``update`` (:func:`matching.update.update_after_run`, given by its caller: this
    module is below it) after ``since_seq``, told to run in its process, on ``store``'s file
    in a spawned child process and return its summary."""
    return _apart(store, vocabulary, since_seq, update)


def _apart(
    store: Any,
    vocabulary: Any,
    since_seq: int | None,
    update: Callable[..., UpdateSummary] | None = None,
) -> UpdateSummary:
    """The recompute (``since_seq`` None) or ``update`` after ``since_seq``, in a child."""
    files = _vocabulary_files(vocabulary)
    if files is None:
        raise ValueError("the vocabulary was not loaded from files: recompute in process")
    gc.collect()
    malloc_trim()  # what this process has freed goes back before the child grows
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: nothing inherited
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(
        target=_child,
        args=(str(Path(store.path).resolve()), files, os.getpid(), send, since_seq, update),
        name="chm-first-matching" if since_seq is None else "chm-matching-update",
    )
    with store.writes_held():
        child.start()
        send.close()  # the child's end: its exit then reads as end of file here
        try:
            try:
                answer = receive.recv()
            except EOFError:
                answer = None
            child.join()
        finally:
            if child.is_alive():  # interrupted here (Ctrl-C): the child goes too
                child.terminate()
                child.join()
            receive.close()
    gc.collect()
    malloc_trim()  # what was freed meanwhile goes back too: the next run grows from there
    if answer is None:
        raise MatchingProcessError(
            f"the matching process ended without an answer (exit status {child.exitcode})"
        )
    kind, value = answer
    if kind != "ok":
        raise MatchingProcessError(f"in the matching process: {value}")
    return UpdateSummary(**value)


CHILD_GC_THRESHOLD = (50_000, 10, 10)
"""The child's collector thresholds (as a harvest's: ``pipeline.memory``). An update's
duplicate search at 1,000,000 records of five nodes took 7.2 instead of 8.9 ms a changed
record with these and the vocabulary frozen (CPU time, two runs each, the same edges)."""


def _child(
    path: str,
    files: list[str],
    parent_pid: int,
    send: Any,
    since: int | None = None,
    update: Callable[..., UpdateSummary] | None = None,
) -> None:
    """The child's work: load, recompute (or ``update`` after ``since``), answer (a summary,
    or the error's text)."""
    from core.lifeline import die_with_parent

    die_with_parent(parent_pid)
    try:
        from matching.full import recompute
        from store import Store
        from vocabulary.loader import load_vocabulary

        vocabulary = load_vocabulary([Path(f) for f in files]) if files else None
        # The vocabulary lives as long as the child: no collection need walk it again; and
        # the features a duplicate search decodes (thousands of small objects a record,
        # freed by their counts) need not start one every 700 objects (CHILD_GC_THRESHOLD).
        gc.freeze()
        gc.set_threshold(*CHILD_GC_THRESHOLD)
        store = Store(path)
        try:
            if since is None or update is None:
                summary = recompute(store, vocabulary)
            else:
                summary = update(store, vocabulary, since, here=True)
        finally:
            store.close()
    except Exception as exc:
        send.send(("error", f"{type(exc).__name__}: {exc}"))
        send.close()
        raise SystemExit(1) from None
    send.send(("ok", summary.to_dict()))
    send.close()
