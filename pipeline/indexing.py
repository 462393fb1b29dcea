"""The index follows the store: batched writes during a run, catch-up after a crash.

The store commits every page; :class:`PageIndexer` writes the page's records to the index at
once but commits the index only every ``[harvest] index_commit_every`` records, recording the
store's change sequence with each commit. :func:`catch_up_index` replays every change after
the sequence an index last committed (after a crash, a backend switch, ``chm reindex``).
"""

from __future__ import annotations

from index.base import IndexWriter
from mappings.record import Record
from pipeline.memory import release_freed_memory
from store import Store


class PageIndexer:
    """Buffers index writes and commits every ``every`` records with the store's sequence."""

    def __init__(self, backend: IndexWriter, every: int) -> None:
        self.backend = backend
        self.every = every
        self.pending = 0
        self.seq: int | None = None

    def write(self, upserts: list[Record], deletes: list[str], seq: int) -> None:
        """Apply one committed page's changes."""
        if upserts:
            self.backend.upsert(upserts)
        if deletes:
            self.backend.delete(deletes)
        self.pending += len(upserts) + len(deletes)
        self.seq = seq
        if self.pending >= self.every:
            self.flush()

    def flush(self) -> None:
        """Commit what is buffered (then hand the writer's freed buffers back to the OS)."""
        if self.seq is not None:
            self.backend.commit(self.seq)
            self.pending = 0
            release_freed_memory()


def catch_up_index(store: Store, index: IndexWriter, batch: int = 20_000) -> int:
    """Apply every store change the index has not seen (after a crash or a switch)."""
    start = index.last_seq()
    if start >= store.records.max_seq():
        return 0
    n = 0
    upserts: list[Record] = []
    deletes: list[str] = []
    last = start
    for ch in store.records.changes_since(start):
        if ch.deleted:
            deletes.append(ch.id)
        else:
            upserts.append(Record.from_json(ch.json))
        last = ch.seq
        n += 1
        if len(upserts) + len(deletes) >= batch:
            _apply(index, upserts, deletes, last)
            upserts, deletes = [], []
    _apply(index, upserts, deletes, last)
    return n


def _apply(index: IndexWriter, upserts: list[Record], deletes: list[str], seq: int) -> None:
    if upserts:
        index.upsert(upserts)
    if deletes:
        index.delete(deletes)
    index.commit(seq)
