"""The index follows the store: pages handed to the index follower, catch-up after a crash.

The store commits every page; :class:`PageIndexer` hands each committed page to this process's
index follower (:mod:`index.follower`), which writes it at once when this process holds the
index's lease (else the holder applies it) and commits the index every ``[harvest]
index_commit_every`` records with the store's change sequence. :func:`catch_up_index` replays
every change after the sequence an index last committed (after a crash, a backend switch,
``chm reindex``). A failing index never fails a harvest: the store is the log.
"""

from __future__ import annotations

import logging

from index.base import IndexBackendError, IndexWriter
from index.follower import Change, apply_changes, follower_for, store_changes
from mappings.record import Record
from pipeline.memory import release_freed_memory
from pipeline.summary import RunSummary
from store import Store
from store.records import RawChange

log = logging.getLogger(__name__)


class PageIndexer:
    """Hands each committed page to this process's index follower (:mod:`index.follower`):
    written at once when this process holds the index's lease, else left to the holder.

    A failing index never fails the harvest: the records are in the store, a warning says
    so, and they reach the index when it can be written again (the store is the log)."""

    def __init__(self, backend: IndexWriter, every: int, store: Store) -> None:
        self.follower = follower_for(store, backend)
        self.follower.commit_every = every
        self.failed: str | None = None

    def write(self, changes: list[RawChange], upserts: list[Record], seq: int) -> None:
        """Apply one committed page (``seq``: the last sequence number it was given)."""
        if self.failed is None:
            committed = self.follower.committed
            try:
                self.follower.apply_page(page_changes(changes, upserts, seq))
            except IndexBackendError as exc:
                self.failed = str(exc)
                log.warning("index not written: %s", exc)
            if self.follower.committed not in (None, committed):
                release_freed_memory()  # the index committed: its writer's buffers are free

    def flush(self) -> None:
        """Commit what is buffered (then hand the writer's freed buffers back to the OS)."""
        if self.failed is None:
            try:
                self.follower.flush()
            except IndexBackendError as exc:
                self.failed = str(exc)
            release_freed_memory()

    def finish(self, summary: RunSummary) -> None:
        """At the end of a run: apply what is left and give the index's lease back (or leave
        the rest to the live process holding it). When the index failed during the run, it is
        tried once more; if it is still down, the run says so (nothing is lost: the index
        catches up from the store when it is back)."""
        why = self.failed
        try:
            self.follower.sync(release=True)
        except IndexBackendError as exc:
            self.failed = str(exc)
            store_seq = self.follower.store.records.max_seq()
            summary.warnings.append(
                f"the index is unavailable ({exc}); every record is in the store (change "
                f"{store_seq}) and the index catches up when it is back"
            )
            return
        if why is not None:
            summary.warnings.append(f"the index was unavailable during the run, caught up ({why})")


def page_changes(changes: list[RawChange], upserts: list[Record], last: int) -> list[Change]:
    """A committed page's index changes with their store sequence numbers, in order.

    ``store.records.commit_page`` numbers tombstones and mapped records in the order of
    ``changes``, ending at ``last`` (the numbers of one page are consecutive: it is one
    transaction)."""
    numbered = [c for c in changes if c.deleted or c.record_json is not None]
    if not numbered:
        return []
    by_id = {r.id: r for r in upserts}
    first = last - len(numbered) + 1
    return [
        (first + i, c.record_id, None if c.deleted else by_id[c.record_id])
        for i, c in enumerate(numbered)
    ]


def catch_up_index(store: Store, index: IndexWriter, batch: int = 20_000) -> int:
    """Apply every store change the index has not seen (after a crash or a switch).

    The caller writes the index alone (it holds the index's lease, or nothing else runs);
    other processes go through :func:`index.follower.follower_for`."""
    start = index.last_seq()
    if start >= store.records.max_seq():
        return 0
    n = 0
    for chunk in store_changes(store, start, batch):
        n += apply_changes(index, chunk)
        index.commit(chunk[-1][0])
    return n
