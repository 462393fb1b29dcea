"""The index follows the store: one writer at a time, changes applied in sequence order.

Where it sits: between the store (the log: every mapped-record change has a sequence number)
and an index backend. Any chm process may commit harvested pages to the store; the index is
written only by the process that holds the index's lease (:class:`store.lease.Lease`), and
that process applies the store's changes in sequence order from the index's ``last_seq``:

- a harvest that holds the lease writes each page it commits straight away (the records are
  already mapped) when the page follows what the index has applied; when another process
  committed in between, it first applies the gap from the store, so ``commit(last_seq)`` never
  skips a change (:meth:`IndexFollower.apply_page`);
- a harvest that cannot get the lease (another live process holds it) only commits to the
  store: the holder applies its pages, because it always catches up to the store's newest
  change before it lets go (:meth:`IndexFollower.sync` releases, then looks again);
- ``chm serve`` runs :meth:`IndexFollower.run` in a thread: whatever any process committed
  reaches its index within a second or two;
- a process that exits (``chm harvest`` without a server) calls :meth:`IndexFollower.sync`:
  it applies everything, or says which live process it leaves the rest to.

Searches never touch the lease or the writer. Writes to backends that can check versions
(Elasticsearch) carry the change's store sequence as an external version, so a late or
repeated write never replaces a newer document (:func:`apply_changes`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from index.base import IndexBackendError, IndexWriter
from mappings.record import Record
from store import Store
from store.lease import Lease, LeaseHolder

log = logging.getLogger(__name__)

Change = tuple[int, str, Record | None]
"""One change to apply: (store sequence, record id, the record or None for a deletion)."""

APPLY_BATCH = 5_000
"""Changes read from the store and written per batch while catching up."""

COMMIT_EVERY = 20_000
"""Changes applied between index commits (a commit per page is slow on tantivy)."""

FOLLOW_INTERVAL = 1.0
"""Seconds between looks at the store by ``chm serve``'s follower thread."""


def lease_name(index: IndexWriter) -> str | None:
    """The lease that guards this index's writer (None for a throw-away in-memory index)."""
    return index.writer_lease()


def apply_changes(index: IndexWriter, changes: Sequence[Change]) -> int:
    """Write changes to the index (not committed); return how many (the backend's own way:
    upserts and deletes on tantivy, external versions on Elasticsearch and OpenSearch)."""
    if not changes:
        return 0
    return index.apply_changes(changes)


def store_changes(store: Store, after: int, batch: int = APPLY_BATCH) -> Iterator[list[Change]]:
    """The store's changes after ``after``, in sequence order, in batches."""
    buf: list[Change] = []
    for ch in store.records.changes_since(after):
        buf.append((ch.seq, ch.id, None if ch.deleted else Record.from_json(ch.json)))
        if len(buf) >= batch:
            yield buf
            buf = []
    if buf:
        yield buf


@dataclass
class SyncResult:
    """What :meth:`IndexFollower.sync` did."""

    applied: int = 0  # changes this call wrote to the index
    lag: int = 0  # store changes the index has not applied when the call ended
    left_to: LeaseHolder | None = None  # the live process the rest is left to

    def message(self) -> str | None:
        """A line for people when changes were left to another process."""
        if self.left_to is None or self.lag <= 0:
            return None
        return (
            f"{self.lag} store changes are left to {self.left_to.describe()}, which holds the "
            "index writer and applies them"
        )


class IndexFollower:
    """Applies the store's changes to one index, under that index's lease.

    One follower per index per process (:func:`follower_for`): the threads of a process
    (scheduler runs, the follower thread, API requests) share it, and its lock keeps their
    index writes in sequence order.
    """

    def __init__(self, store: Store, index: IndexWriter, *, commit_every: int = COMMIT_EVERY):
        self.store = store
        self.index = index
        self.commit_every = commit_every
        name = lease_name(index)
        self.lease: Lease | None = Lease(store, name) if name else None
        self.lock = threading.RLock()
        self.applied: int | None = None  # highest seq written (maybe not committed) while held
        self.committed: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- the lease ---------------------------------------------------------------------------

    def _hold(self) -> bool:
        """Hold the lease (taking it if free); on taking it, read where the index is."""
        if self.lease is not None and not self.lease.held:
            self.applied = None
            if not self.lease.try_acquire():
                return False
        if self.applied is None:
            self.index.refresh()
            self.applied = self.committed = self.index.last_seq()
        return True

    def _drop(self) -> None:
        """Forget uncommitted writes and give the lease back (after a failure or a loss)."""
        with contextlib.suppress(Exception):
            self.index.rollback()
        self.applied = self.committed = None
        if self.lease is not None:
            self.lease.release()

    def holder(self) -> LeaseHolder | None:
        """Who holds the index writer now (None: nobody, or an in-memory index)."""
        return self.lease.holder() if self.lease is not None else None

    # --- writing -----------------------------------------------------------------------------

    def apply_page(self, changes: Sequence[Change]) -> bool:
        """Apply a page just committed to the store (``changes`` in sequence order).

        Returns:
            False when another live process holds the lease (it applies the page).

        Raises:
            IndexBackendError: the index could not be written (the lease is given back).
        """
        if not changes:
            return True
        with self.lock:
            if not self._hold():
                return False
            assert self.applied is not None
            try:
                first, last = changes[0][0], changes[-1][0]
                if self.applied == first - 1:
                    apply_changes(self.index, changes)
                    self.applied = last
                elif self.applied < last:
                    self._catch_up_locked()  # another process committed before this page
                if self.applied - (self.committed or 0) >= self.commit_every:
                    self._commit_locked()
            except IndexBackendError:
                self._drop()
                raise
            return True

    def _catch_up_locked(self) -> int:
        assert self.applied is not None
        n = 0
        for batch in store_changes(self.store, self.applied):
            n += apply_changes(self.index, batch)
            self.applied = batch[-1][0]
            if self.applied - (self.committed or 0) >= self.commit_every:
                self._commit_locked()
        return n

    def _commit_locked(self) -> None:
        if self.applied is None:
            return
        if self.lease is not None and not self.lease.renew():
            log.warning("index lease lost before a commit: writes since the last commit dropped")
            self._drop()
            return
        self.index.commit(self.applied)
        self.committed = self.applied

    def flush(self) -> None:
        """Commit what was written (when this process holds the lease)."""
        with self.lock:
            if self.applied is not None and self.applied != self.committed:
                try:
                    self._commit_locked()
                except IndexBackendError:
                    self._drop()
                    raise

    def release(self) -> None:
        """Commit, then give the lease back."""
        with self.lock:
            try:
                self.flush()
            finally:
                self.applied = self.committed = None
                if self.lease is not None:
                    self.lease.release()

    def lag(self) -> int:
        """Store changes not yet in the index (committed)."""
        return max(0, self.store.records.max_seq() - index_seq(self.index))

    def sync(self, *, release: bool = True) -> SyncResult:
        """Apply every change in the store, unless another live process holds the lease.

        With ``release``, the lease is given back afterwards, and the store is looked at once
        more: a change committed by a process that saw the lease held just before it was
        given back is applied too (nothing is left to a process that has let go).

        Raises:
            IndexBackendError: the index could not be written (the lease is given back).
        """
        result = SyncResult()
        if (self.lease is None or not self.lease.held) and self.lag() == 0:
            return result  # nothing to do: no need to take the lease
        for _ in range(100):
            with self.lock:
                if not self._hold():
                    result.left_to = self.holder()
                    if result.left_to is None:  # it was just released: try again
                        continue
                    break
                try:
                    result.applied += self._catch_up_locked()
                    self._commit_locked()
                except IndexBackendError:
                    self._drop()
                    raise
                if not release:
                    break
                self.release()
            if self.store.records.max_seq() <= index_seq(self.index):
                break
        result.lag = self.lag()
        if result.lag == 0:
            result.left_to = None
        return result

    @contextlib.contextmanager
    def exclusive(self, timeout: float = 3600.0, poll: float = 0.5) -> Iterator[None]:
        """Hold the lease for a whole operation (``chm reindex``): wait for it, then catch up
        and give it back at the end.

        Raises:
            IndexBackendError: it was not free within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        told = False
        while True:
            with self.lock:
                if self._hold():
                    break
            holder = self.holder()
            if time.monotonic() > deadline:
                who = holder.describe() if holder else "another process"
                raise IndexBackendError(f"the index writer is held by {who}; try again later")
            if holder is not None and not told:
                log.warning("waiting for %s to finish writing the index", holder.describe())
                told = True
            time.sleep(poll)
        try:
            with self.lock:
                yield
                self.applied = self.committed = self.index.last_seq()
                self._catch_up_locked()
                self._commit_locked()
        finally:
            self.release()

    # --- ``chm serve``: follow the store in a thread -----------------------------------------

    def start(self, interval: float = FOLLOW_INTERVAL) -> IndexFollower:
        """Apply whatever any process commits, within ``interval`` seconds, in a thread."""
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._follow, args=(interval,), name="index-follower", daemon=True
            )
            self._thread.start()
        return self

    def _follow(self, interval: float) -> None:
        while not self._stop.wait(interval):
            try:
                if self.lag() > 0:
                    self.sync(release=True)
            except Exception as exc:  # a busy store or an unreachable cluster: try again
                log.warning("index follower: %s (will try again)", exc)
        with contextlib.suppress(Exception):
            self.release()
            self.store.close()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread (after its current batch) and give the lease back."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def index_seq(index: IndexWriter) -> int:
    """The sequence the index has committed, read afresh (another process may have moved it)."""
    index.refresh()
    return index.last_seq()


_FOLLOWERS: weakref.WeakKeyDictionary[Any, IndexFollower] = weakref.WeakKeyDictionary()
_FOLLOWERS_LOCK = threading.Lock()


def follower_for(store: Store, index: IndexWriter) -> IndexFollower:
    """This process's follower of ``index`` (one per index object and store)."""
    with _FOLLOWERS_LOCK:
        follower = _FOLLOWERS.get(index)
        if follower is None or follower.store is not store:
            follower = IndexFollower(store, index)
            _FOLLOWERS[index] = follower
        return follower


def index_lag(store: Store, index: IndexWriter) -> dict[str, Any]:
    """The real lag: the store's newest sequence minus what the index committed, and who
    writes the index now. Never raises for an unreachable index (``error`` says why)."""
    store_seq = store.records.max_seq()
    out: dict[str, Any] = {"store_seq": store_seq}
    try:
        seq = index_seq(index)
    except Exception as exc:
        out.update(index_seq=None, lag=None, error=str(exc))
        return out
    out.update(index_seq=seq, lag=max(0, store_seq - seq))
    name = lease_name(index)
    if name is not None:
        holder = Lease(store, name).holder()
        out["writer"] = holder.to_dict() if holder is not None else None
    return out
