"""One page of a listing -> store changes and index writes.

:class:`PageProcessor` classifies each record of a page against the stored hashes (unchanged,
deleted, to map), maps what changed (in worker processes for big pages, see
:mod:`pipeline.mapworkers`) and returns the page's store changes, index upserts and deletes,
rejected records and counters. :func:`absent_tombstones` builds the deletions of records
missing from a complete listing (which :mod:`pipeline.quarantine` may hold back).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.config import NodeConfig
from harvesters.base import KeyedRecords, Page, record_ids
from harvesters.oai_pmh import record_hash
from mappings.base import MappingError
from mappings.record import Record
from pipeline.mapper import RecordMapper
from pipeline.mapworkers import (
    MIN_BATCH,
    MapPool,
    error_row,
    map_input,
    pipeline_share,
    tables_before_mapping,
)
from store import Store
from store.records import RawChange
from vocabulary.gaps import write_counts

log = logging.getLogger(__name__)


def tombstone_json(raw_node: str, source_id: str, datestamp: str | None) -> str:
    return json.dumps(
        {
            "id": f"{raw_node}:{source_id}",
            "node": raw_node,
            "source_id": source_id,
            "source_datestamp": datestamp,
            "deleted": True,
        },
        sort_keys=True,
    )


@dataclass
class PageJob:
    """A page between classification and commit: its mapping may still be running."""

    page: Page
    now: str
    changes: list[RawChange]
    deletes: list[str]
    errors: list[dict[str, Any]]
    counters: dict[str, int]
    to_map: list[tuple[Any, str, str | None]]  # (raw, hash, old hash)
    futures: list[Any] = field(default_factory=list)
    inline: int = 0  # the first ``inline`` of ``to_map`` are mapped here, the rest in workers
    # (source id, old hash, new hash) of unchanged records stored under their payload's hash
    # before the harvester hashed records as they came: the store learns the new hash
    rehash: list[tuple[str, str, str]] = field(default_factory=list)


class PageProcessor:
    """Classifies a page (unchanged, deleted, to map), maps it — in worker processes for big
    pages — and turns it into store changes and index writes."""

    def __init__(
        self, node: NodeConfig, store: Store, vocabulary: Any = None, workers: int = 0
    ) -> None:
        self.node = node
        self.store = store
        self.mapper = RecordMapper(node, vocabulary)
        self.vocabulary = vocabulary
        self.gaps = self.mapper.gaps
        self.workers = workers
        self.pool: Any = None
        self.pages_seen = 0
        self.live_at_start = store.records.count(node.id)  # for the deletion threshold
        # hashes of the pages classified but not committed yet, oldest first
        self._inflight: deque[dict[str, str]] = deque()

    def map_one(self, raw: Any, now: str) -> Record:
        """Map (and enrich) one raw record; raises MappingError."""
        tables_before_mapping()
        return self.mapper.map_one(raw, now)

    def start(self, page: Page, now: str) -> PageJob:
        """Classify a page and start mapping what changed (in workers when it is big)."""
        node_id = self.node.id
        counters = {"pages": 1, "bytes": page.bytes}
        if page.rejected and self.node.protocol != "oai-pmh":
            # JSON / DCAT items skipped for their shape (not an object, no id) are rejected
            # records; an OAI deleted header without an identifier is no record (a message)
            counters["rejected"] = len(page.rejected)
        errors: list[dict[str, Any]] = [
            {"source_id": sid or None, "stage": "harvest", "message": msg}
            for sid, msg in page.rejected
        ]
        records, ids = page.records, record_ids(page.records)
        existing = self.store.records.existing_hashes(node_id, ids)
        job = PageJob(page, now, [], [], errors, counters, [])
        unchanged = 0
        todo: Sequence[Any] = records
        if (
            isinstance(records, KeyedRecords)
            and not any(self._inflight)
            and len(set(ids)) == len(ids)
        ):
            # the page's hash column against the stored hashes in one pass: no object is made
            # for a record whose hash is the stored one (earlier pages still in flight would
            # have hashes of their own to count first: then every record takes the loop below)
            get, hashes = existing.get, records.hashes
            changed = [i for i, sid in enumerate(ids) if get(sid) != hashes[i]]
            unchanged = len(ids) - len(changed)
            todo = [records[i] for i in changed]
            records.release()  # the parsed records not made into RawRecords are not needed
        # earlier pages may not be committed yet (they are stored while this one maps): their
        # changed records' hashes count first (none on an unchanged run)
        pending = (
            (lambda sid: self._pending_hash(sid, existing)) if any(self._inflight) else existing.get
        )
        seen: set[str] = set()
        recheck: list[tuple[Any, str, str]] = []  # same content, maybe: see _same_stored
        for raw in todo:
            sid = raw.source_id
            if sid in seen:
                continue  # a repeated id within one page: the first wins
            seen.add(sid)
            h = "deleted" if raw.deleted else (raw.content_hash or record_hash(raw.payload))
            old = pending(sid)
            if old == h:
                unchanged += 1
            elif old is not None and old != "deleted" and raw.content_hash and not raw.deleted:
                if self._same_payload(raw, old, h, job):
                    unchanged += 1
                else:
                    recheck.append((raw, h, old))
            elif raw.deleted:
                self._tombstone(raw, h, job)
            else:
                job.to_map.append((raw, h, old))
        if recheck:
            unchanged += self._same_stored(recheck, existing, job)
        if unchanged:
            counters["unchanged"] = unchanged
        if job.to_map:
            tables_before_mapping()
        inflight = {r.source_id: h for r, h, _ in job.to_map}
        inflight.update({c.source_id: c.hash for c in job.changes})
        inflight.update({sid: h for sid, _, h in job.rehash})
        self._inflight.append(inflight)
        self.pages_seen += 1
        if self._use_pool(len(job.to_map)):
            if self.pool is None:
                self.pool = MapPool(self.node, self.vocabulary, self.workers)
            # the pipeline's own thread maps the first share of the page itself (in finish())
            job.inline = int(len(job.to_map) * pipeline_share(self.workers))
            pooled = job.to_map[job.inline :]
            items = [(r.source_id, r.datestamp, r.format, map_input(r)) for r, _, _ in pooled]
            job.futures = self.pool.submit(items, now)
        return job

    @staticmethod
    def _same_payload(raw: Any, old: str, new: str, job: PageJob) -> bool:
        """A record hashed as it came (``new``) whose stored hash ``old`` differs: unchanged
        all the same when ``old`` is the hash of the very payload it would be stored with now
        (stored before the harvester hashed records as they came); the store then learns
        ``new``, so the next run compares hashes only. The payload serialised here is the one a
        changed record needs anyway."""
        if old == "deleted" or record_hash(raw.payload) != old:
            return False
        job.rehash.append((raw.source_id, old, new))
        return True

    def _same_stored(
        self, recheck: list[tuple[Any, str, str]], existing: dict[str, str], job: PageJob
    ) -> int:
        """Of records hashed as they came whose hash differs from the stored one, those whose
        payload is byte for byte the stored payload are unchanged all the same (a JSON source
        that wrote the same keys in another order: the payload's keys are sorted); the store
        learns their new hash. The others go to mapping. Returns how many were unchanged.

        Only a hash read from the store is checked so (one read of the payloads of these
        records): a hash of a page still in flight is newer than the stored payload."""
        ids = [raw.source_id for raw, _, old in recheck if existing.get(raw.source_id) == old]
        stored = self.store.records.payloads(self.node.id, ids) if ids else {}
        same = 0
        for raw, h, old in recheck:
            payload = stored.get(raw.source_id)
            if payload is not None and payload == raw.payload:
                job.rehash.append((raw.source_id, old, h))
                same += 1
            else:
                job.to_map.append((raw, h, old))
        return same

    def _tombstone(self, raw: Any, h: str, job: PageJob) -> None:
        """A deletion the source reported: the record's tombstone and its index delete."""
        node_id = self.node.id
        rid = f"{node_id}:{raw.source_id}"
        tomb = tombstone_json(node_id, raw.source_id, raw.datestamp)
        job.changes.append(RawChange(node_id, raw.source_id, raw.datestamp, True, raw.format,
                                     b"", h, rid, tomb))  # fmt: skip
        job.deletes.append(rid)
        job.counters["deleted"] = job.counters.get("deleted", 0) + 1

    def _pending_hash(self, source_id: str, existing: dict[str, str]) -> str | None:
        """The hash a record will have once the pages before this one are committed."""
        for hashes in reversed(self._inflight):
            if source_id in hashes:
                return hashes[source_id]
        return existing.get(source_id)

    def _use_pool(self, n: int) -> bool:
        return self.workers > 0 and self.pages_seen > 1 and n >= MIN_BATCH

    def finish(
        self, job: PageJob
    ) -> tuple[list[RawChange], list[Record], list[str], list[dict[str, Any]], dict[str, int]]:
        """Wait for the page's mapping and build its store changes and index writes.

        Pages are finished in the order they were started (the oldest in flight first)."""
        if self._inflight:
            self._inflight.popleft()
        # the page's own share first, while the workers map the rest: the whole share mapped,
        # then enriched, as a worker maps its batch (RecordMapper.map_many)
        inline = [raw for raw, _, _ in job.to_map[: job.inline]]
        here: dict[str, tuple[Record | None, str | None, dict[str, Any] | None]] = {}
        for raw, mapped in zip(inline, self.mapper.map_many(inline, job.now), strict=True):
            if isinstance(mapped, MappingError):
                here[raw.source_id] = None, None, error_row(raw.source_id, mapped)
            else:
                here[raw.source_id] = mapped, mapped.to_json(), None
        results: dict[str, tuple[str | None, dict[str, Any] | None]] = {}
        try:
            for fut in job.futures:
                batch, gaps, warnings = fut.result()
                for sid, js, err in batch:
                    results[sid] = (js, err)
                job.errors.extend(warnings)
                if self.gaps is not None:
                    self.gaps.merge(gaps)
        except Exception as exc:  # the workers could not start or died: map here instead
            log.warning("mapping workers failed (%s); mapping in-process from now on", exc)
            results.clear()
            self.close()
            self.workers = 0
        upserts: list[Record] = []
        node_id = self.node.id
        counters = job.counters
        for raw, h, old in job.to_map:
            rid = f"{node_id}:{raw.source_id}"
            got = here.get(raw.source_id)
            rec, js, err = got if got is not None else self._mapped(raw, job.now, results)
            if err is not None:
                job.changes.append(RawChange(node_id, raw.source_id, raw.datestamp, False,
                                             raw.format, raw.payload, h, rid, None,
                                             map_error=err["message"]))  # fmt: skip
                job.errors.append(err)
                counters["rejected"] = counters.get("rejected", 0) + 1
                continue
            assert rec is not None and js is not None
            job.errors.extend(self.mapper.take_warnings())
            job.changes.append(RawChange(node_id, raw.source_id, raw.datestamp, False,
                                         raw.format, raw.payload, h, rid, js))  # fmt: skip
            upserts.append(rec)
            key = "added" if old is None or old == "deleted" else "updated"
            counters[key] = counters.get(key, 0) + 1
        return job.changes, upserts, job.deletes, job.errors, counters

    def _mapped(
        self, raw: Any, now: str, results: dict[str, tuple[str | None, dict[str, Any] | None]]
    ) -> tuple[Record | None, str | None, dict[str, Any] | None]:
        if raw.source_id in results:
            js, err = results[raw.source_id]
            return (Record.from_json(js) if js else None), js, err
        try:
            rec = self.mapper.map_one(raw, now)
        except MappingError as exc:
            return None, None, error_row(raw.source_id, exc)
        return rec, rec.to_json(), None

    def take_gaps(self) -> list[tuple[tuple[str, str, str], int]]:
        """The vocabulary-gap counts of the pages finished since the last call (forgotten
        here): call it after :meth:`finish`, the counts are those of the page finished."""
        return self.gaps.take() if self.gaps is not None else []

    def close(self) -> None:
        """Stop the mapping workers, if any were started."""
        if self.pool is not None:
            self.pool.close()
            self.pool = None


class RunGaps:
    """A run's vocabulary-gap counts, added to the store a few times per run, not per page.

    The counts of committed pages wait here and are written inside a later page's
    transaction once :data:`FLUSH_KEYS` distinct terms or :data:`FLUSH_PAGES` pages have
    gathered, and at the end of the run (whatever its outcome: they are the counts of
    committed pages only). A process killed in between loses the counts of the pages since
    the last write (statistics, not records: nothing stored is inconsistent).
    """

    FLUSH_KEYS = 5000
    FLUSH_PAGES = 50

    def __init__(self) -> None:
        self.pending: Counter[tuple[str, str, str]] = Counter()
        self.pages = 0
        self.used = False  # a page was committed with vocabulary enrichment on

    def write_if_due(
        self, conn: sqlite3.Connection, page: list[tuple[tuple[str, str, str], int]]
    ) -> bool:
        """Inside a page's transaction: write what waits and ``page``'s counts when due."""
        if len(self.pending) + len(page) < self.FLUSH_KEYS and self.pages + 1 < self.FLUSH_PAGES:
            return False
        both = self.pending.copy()
        for key, n in page:
            both[key] += n
        write_counts(conn, list(both.items()))
        return True

    def committed(self, page: list[tuple[tuple[str, str, str], int]], written: bool) -> None:
        """After the page's transaction committed (``written``: by :meth:`write_if_due`)."""
        self.used = True
        if written:
            self.pending.clear()
            self.pages = 0
            return
        for key, n in page:
            self.pending[key] += n
        self.pages += 1

    def write(self, store: Store) -> None:
        """At the end of a run: write what waits, in a transaction of its own (the table is
        made even when nothing waits, as readers expect it after an enriched run)."""
        if self.used:
            with store.transaction() as conn:
                write_counts(conn, list(self.pending.items()))
            self.pending.clear()
            self.pages = 0


def absent_tombstones(
    store: Store, node_id: str, seen: set[str]
) -> tuple[list[RawChange], list[str]]:
    """Tombstones for records missing from a *complete* listing (never called otherwise:
    an empty, truncated or failed listing deletes nothing)."""
    return tombstones(node_id, sorted(store.records.live_source_ids(node_id) - seen))


def tombstones(node_id: str, missing: list[str]) -> tuple[list[RawChange], list[str]]:
    """Tombstones for the node's records ``missing`` from a complete listing, and their ids."""
    changes = [
        RawChange(node_id, sid, None, True, "", b"", "deleted", f"{node_id}:{sid}",
                  tombstone_json(node_id, sid, None))
        for sid in missing
    ]  # fmt: skip
    return changes, [c.record_id for c in changes]
