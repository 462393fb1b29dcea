"""``run_node``: harvest -> store -> map -> enrich -> index, one page per transaction.

A plain function: the CLI, the scheduler and the tests all call it. The store commits every
page; the index is written as pages arrive (by the process holding its lease) and committed in
larger batches, recording the store's change sequence so that after a crash the index catches
up from the store alone.

Errors: a ``MappingError`` rejects one record and the run goes on; a ``HarvestError`` fails the
run (what was committed stays, and the next run resumes from the last committed page);
:class:`RunAborted` (raised by the watchdog through the progress callback or the HTTP guard)
ends it as ``aborted``. The index follows the store (:mod:`index.follower`): a page is written
to the index by whichever process holds the index's lease; an index that cannot be written
never fails the run (a warning says so, and the records reach it later).

Safety rails: a node lock in the store means never two runs of one node at once (a second
caller gets a ``skipped`` summary); deletions by absence from a complete listing go through
:mod:`harvesters.quarantine`, which holds them when they exceed the node's threshold.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from harvesters.base import HarvestError, HarvestWindow, Page, ProtocolError, isoformat_z, utcnow
from harvesters.config import NodeConfig, Settings
from harvesters.memory import release_freed_memory
from harvesters.oai_pmh import record_hash
from harvesters.quarantine import hold_if_mass_deletion
from harvesters.registry import get_harvester
from index.base import IndexBackend, IndexBackendError
from index.follower import Change, follower_for
from mappings.base import MappingError
from mappings.record import Record
from store import Store
from store.db import RawChange
from store.lease import start_run_heartbeat

log = logging.getLogger(__name__)

ProgressFn = Callable[["RunSummary"], None]

# Concurrent runs (the scheduler) share one index: holding this while a page is committed to
# the store and written to the index keeps index writes in change-sequence order.
_COMMIT_ORDER = threading.Lock()

PIPELINE_DEPTH = 2
"""Pages classified and being mapped while an older page is committed (see ``_consume``)."""


class RunAborted(Exception):
    """Stop a run now (the watchdog, an operator). ``kind`` is recorded as the error kind."""

    def __init__(self, message: str, kind: str = "watchdog") -> None:
        super().__init__(message)
        self.kind = kind


@dataclass
class RunSummary:
    """What a run did; also the live progress object passed to ``progress``."""

    run_id: int
    node_id: str
    trigger: str
    status: str = "running"
    since: str | None = None
    resumed_from: str | None = None
    pages: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    rejected: int = 0
    bytes: int = 0
    error: str | None = None
    error_kind: str | None = None
    quarantined: int = 0  # deletions held for an operator (see harvesters.quarantine)
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        """Records seen (every outcome)."""
        return self.added + self.updated + self.unchanged + self.deleted + self.rejected

    @property
    def rate(self) -> float:
        """Records per second so far."""
        elapsed = time.monotonic() - self.started
        return self.records / elapsed if elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-able summary (``chm harvest --json``)."""
        d = {k: v for k, v in self.__dict__.items() if k != "started"}
        d["records"] = self.records
        d["rate"] = round(self.rate, 1)
        return d


def _tombstone_json(raw_node: str, source_id: str, datestamp: str | None) -> str:
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


class RecordMapper:
    """Maps and enriches raw records of one node (pure CPU work: also runs in worker
    processes, see :mod:`harvesters.mapworkers`)."""

    def __init__(self, node: NodeConfig, vocabulary: Any = None) -> None:
        from mappings.registry import get_mapping

        self.node = node
        self.mapping = get_mapping(node.mapping)
        self.vocabulary = vocabulary
        self.warnings: list[dict[str, Any]] = []  # per-record warnings, taken by the page
        self.gaps: Any = None
        if vocabulary is not None:
            from vocabulary.gaps import GapCounter

            self.gaps = GapCounter()

    def map_one(self, raw: Any, now: str) -> Record:
        """Map (and enrich) one raw record; raises MappingError."""
        from mappings.complete import complete_record
        from mappings.notes import collecting

        map_element = getattr(self.mapping, "map_raw_fast", None)
        with collecting() as notes:
            rec: Record = map_element(raw, now) if map_element else self.mapping.map(raw, now)
            rec = complete_record(
                rec, node_country=self.node.country, default_language=self.node.default_language
            )
        self.warnings.extend({"source_id": raw.source_id, "stage": "warning", **n} for n in notes)
        if self.gaps is not None and rec.type == "other":
            for n in notes:
                if n["field"] == "type" and n["value"]:
                    self.gaps.add(self.node.id, n["value"], "type")
            if not any(n["field"] == "type" for n in notes):
                self.gaps.add(self.node.id, "(no type stated)", "type")
        if self.vocabulary is not None:
            from vocabulary.enrich import enrich

            rec = enrich(rec, self.vocabulary, self.gaps)
        return rec

    def take_warnings(self) -> list[dict[str, Any]]:
        """The per-record warnings gathered since the last call (and forget them)."""
        out, self.warnings = self.warnings, []
        return out

    def take_gaps(self) -> list[tuple[tuple[str, str, str], int]]:
        """The vocabulary-gap counts gathered since the last call (and forget them)."""
        if self.gaps is None:
            return []
        items: list[tuple[tuple[str, str, str], int]] = self.gaps.items()
        self.gaps = type(self.gaps)()
        return items


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
        self.live_at_start = store.count_records(node.id)  # for the deletion threshold
        # hashes of the pages classified but not committed yet, oldest first
        self._inflight: deque[dict[str, str]] = deque()

    def map_one(self, raw: Any, now: str) -> Record:
        """Map (and enrich) one raw record; raises MappingError."""
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
        existing = self.store.existing_hashes(node_id, [r.source_id for r in page.records])
        job = PageJob(page, now, [], [], errors, counters, [])
        seen: set[str] = set()
        for raw in page.records:
            if raw.source_id in seen:
                continue  # a repeated id within one page: the first wins
            seen.add(raw.source_id)
            h = "deleted" if raw.deleted else record_hash(raw.payload)
            # earlier pages may not be committed yet (they are stored while this one maps)
            old = self._pending_hash(raw.source_id, existing)
            if old == h:
                counters["unchanged"] = counters.get("unchanged", 0) + 1
            elif raw.deleted:
                rid = f"{node_id}:{raw.source_id}"
                tomb = _tombstone_json(node_id, raw.source_id, raw.datestamp)
                job.changes.append(RawChange(node_id, raw.source_id, raw.datestamp, True,
                                             raw.format, b"", h, rid, tomb))  # fmt: skip
                job.deletes.append(rid)
                counters["deleted"] = counters.get("deleted", 0) + 1
            else:
                job.to_map.append((raw, h, old))
        inflight = {r.source_id: h for r, h, _ in job.to_map}
        inflight.update({c.source_id: c.hash for c in job.changes})
        self._inflight.append(inflight)
        self.pages_seen += 1
        if self._use_pool(len(job.to_map)):
            if self.pool is None:
                from harvesters.mapworkers import MapPool

                self.pool = MapPool(self.node, self.vocabulary, self.workers)
            items = [(r.source_id, r.datestamp, r.format, r.payload) for r, _, _ in job.to_map]
            job.futures = self.pool.submit(items, now)
        return job

    def _pending_hash(self, source_id: str, existing: dict[str, str]) -> str | None:
        """The hash a record will have once the pages before this one are committed."""
        for hashes in reversed(self._inflight):
            if source_id in hashes:
                return hashes[source_id]
        return existing.get(source_id)

    def _use_pool(self, n: int) -> bool:
        from harvesters.mapworkers import MIN_BATCH

        return self.workers > 0 and self.pages_seen > 1 and n >= MIN_BATCH

    def finish(
        self, job: PageJob
    ) -> tuple[list[RawChange], list[Record], list[str], list[dict[str, Any]], dict[str, int]]:
        """Wait for the page's mapping and build its store changes and index writes.

        Pages are finished in the order they were started (the oldest in flight first)."""
        if self._inflight:
            self._inflight.popleft()
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
            rec, js, err = self._mapped(raw, job.now, results)
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
        from harvesters.mapworkers import error_row

        if raw.source_id in results:
            js, err = results[raw.source_id]
            return (Record.from_json(js) if js else None), js, err
        try:
            rec = self.mapper.map_one(raw, now)
        except MappingError as exc:
            return None, None, error_row(raw.source_id, exc)
        return rec, rec.to_json(), None

    def close(self) -> None:
        """Stop the mapping workers, if any were started."""
        if self.pool is not None:
            self.pool.close()
            self.pool = None


class IndexWriter:
    """Hands each committed page to this process's index follower (:mod:`index.follower`):
    written at once when this process holds the index's lease, else left to the holder.

    A failing index never fails the harvest: the records are in the store, a warning says
    so, and they reach the index when it can be written again (the store is the log)."""

    def __init__(self, backend: IndexBackend, every: int, store: Store) -> None:
        self.follower = follower_for(store, backend)
        self.follower.commit_every = every
        self.failed: str | None = None

    def write(self, changes: list[RawChange], upserts: list[Record], seq: int) -> None:
        """Apply one committed page (``seq``: the last sequence number it was given)."""
        if self.failed is None:
            try:
                self.follower.apply_page(page_changes(changes, upserts, seq))
            except IndexBackendError as exc:
                self.failed = str(exc)
                log.warning("index not written: %s", exc)

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
            store_seq = self.follower.store.max_seq()
            summary.warnings.append(
                f"the index is unavailable ({exc}); every record is in the store (change "
                f"{store_seq}) and the index catches up when it is back"
            )
            return
        if why is not None:
            summary.warnings.append(f"the index was unavailable during the run, caught up ({why})")


def page_changes(changes: list[RawChange], upserts: list[Record], last: int) -> list[Change]:
    """A committed page's index changes with their store sequence numbers, in order.

    ``Store.commit_page`` numbers tombstones and mapped records in the order of ``changes``,
    ending at ``last`` (the numbers of one page are consecutive: it is one transaction)."""
    numbered = [c for c in changes if c.deleted or c.record_json is not None]
    if not numbered:
        return []
    by_id = {r.id: r for r in upserts}
    first = last - len(numbered) + 1
    return [
        (first + i, c.record_id, None if c.deleted else by_id[c.record_id])
        for i, c in enumerate(numbered)
    ]


def run_node(
    settings: Settings,
    store: Store,
    index: IndexBackend,
    node: NodeConfig,
    *,
    full: bool = False,
    trigger: str = "manual",
    vocabulary: Any = None,
    progress: ProgressFn | None = None,
    harvester_kwargs: dict[str, Any] | None = None,
) -> RunSummary:
    """Harvest one node now and return the run summary (never raises HarvestError).

    When another thread or process is harvesting the same node, nothing runs and the summary
    says ``status="skipped"`` (``run_id`` 0, ``error_kind`` "busy").
    """
    token = store.acquire_node_lock(node.id, isoformat_z(utcnow()))
    if token is None:
        running = store.running_run(node.id)
        busy = RunSummary(0, node.id, trigger, status="skipped", error_kind="busy")
        busy.error = f"node '{node.id}' is already being harvested" + (
            f" (run {running})" if running else ""
        )
        return busy
    before = store.max_seq()
    try:
        summary = _run_locked(
            settings, store, index, node, full, trigger, vocabulary, progress, harvester_kwargs
        )
    finally:
        store.release_node_lock(node.id, token)
    if summary.added + summary.updated + summary.deleted:
        _update_matching(settings, store, vocabulary, before, summary)
    return summary


def _update_matching(
    settings: Settings, store: Store, vocabulary: Any, before: int, summary: RunSummary
) -> None:
    """Matches, duplicate clusters and identifier links follow the records this run changed.

    A failure here never fails the harvest (the records are stored and searchable); matching
    remembers the last change it applied and catches up at the next run or ``chm match
    recompute``.
    """
    if not settings.matching.incremental:
        return
    try:
        from matching.update import update_after_run

        update_after_run(store, vocabulary, before)
    except Exception as exc:
        log.exception("matching update after run %s failed", summary.run_id)
        summary.warnings.append(f"matching update failed, will catch up later: {exc}")


def _run_locked(
    settings: Settings,
    store: Store,
    index: IndexBackend,
    node: NodeConfig,
    full: bool,
    trigger: str,
    vocabulary: Any,
    progress: ProgressFn | None,
    harvester_kwargs: dict[str, Any] | None,
) -> RunSummary:
    state = store.node_state(node.id)
    since = None if full else state.last_success_from
    resume = None if full else state.resume_checkpoint
    if resume and state.resume_since != since:
        since = state.resume_since
    now = isoformat_z(utcnow())
    run_id = store.start_run(node.id, trigger, now, since, resume)
    heartbeat = start_run_heartbeat(store, run_id)
    summary = RunSummary(run_id, node.id, trigger, since=since, resumed_from=resume)
    kwargs = _with_url_policy(settings, node, harvester_kwargs)
    harvester = get_harvester(node, settings.harvest, **kwargs)
    writer = IndexWriter(index, settings.harvest.index_commit_every, store)
    next_from: str | None = None
    processor: PageProcessor | None = None
    try:
        _authorize(kwargs.get("client"), node, store)
        from harvesters.mapworkers import worker_count

        workers = worker_count(settings.harvest.map_workers)
        processor = PageProcessor(node, store, vocabulary, workers)
        _harvest_pages(harvester, processor, store, writer, summary, since, resume, full, progress)
        next_from = harvester.now_datestamp()
        summary.status = "partial" if summary.rejected else "success"
    except HarvestError as exc:
        summary.status, summary.error, summary.error_kind = "failed", str(exc), exc.kind
    except RunAborted as exc:
        summary.status, summary.error, summary.error_kind = "aborted", str(exc), exc.kind
    except KeyError as exc:  # unknown mapping / protocol: a configuration problem
        summary.status, summary.error = "failed", str(exc.args[0] if exc.args else exc)
        summary.error_kind = "configuration"
    except BaseException as exc:
        summary.status, summary.error = "aborted", f"{type(exc).__name__}: {exc}"
        summary.error_kind = "internal" if isinstance(exc, Exception) else "interrupted"
        writer.flush()
        _finish(store, summary, None)
        raise
    finally:
        heartbeat.stop()
        if processor is not None:
            processor.close()
    writer.finish(summary)
    summary.warnings += getattr(harvester, "warnings", [])
    if summary.warnings:
        store.add_run_errors(run_id, [{"stage": "harvest", "message": w} for w in summary.warnings])
    _finish(store, summary, next_from)
    return summary


def _authorize(client: Any, node: NodeConfig, store: Store) -> None:
    """Give the client the node's secrets, each for its own origin (harvesters/secrets.py).

    Raises:
        NodeOptionsError: a config.toml node names an environment variable that is not set.
    """
    from harvesters.secrets import node_auth

    auth = node_auth(node, store)
    if client is not None:
        client.session.auth = auth  # None: no secret from an earlier use of this client


def _with_url_policy(
    settings: Settings, node: NodeConfig, kwargs: dict[str, Any] | None
) -> dict[str, Any]:
    """Every harvest obeys ``[security]``: hostile URLs and redirects are refused before a
    connection is made, and each host is resolved once per run and connected to at exactly
    the checked address (:class:`harvesters.urlguard.PinnedAddresses`), so a DNS answer that
    changes between the check and the connection does not pass either. A client handed in
    (the scheduler's watchdog client) is built the same way; one without a guard gets the
    policy's check."""
    from dataclasses import replace

    from harvesters.http import HttpClient
    from harvesters.urlguard import UrlPolicy, pinned_client

    kwargs = dict(kwargs or {})
    policy = UrlPolicy.from_settings(settings.security)
    client = kwargs.get("client")
    if isinstance(client, HttpClient):
        client.guard = client.guard or policy.check_url
        return kwargs
    hs = settings.harvest
    limit = node.options.get("max_response_bytes") if node.source == "config" else None
    if isinstance(limit, int) and limit > 0:
        hs = replace(hs, max_response_bytes=limit)
    kwargs["client"] = pinned_client(hs, policy)
    return kwargs


def _harvest_pages(
    harvester: Any,
    processor: PageProcessor,
    store: Store,
    writer: IndexWriter,
    summary: RunSummary,
    since: str | None,
    resume: str | None,
    full: bool,
    progress: ProgressFn | None,
) -> None:
    window = HarvestWindow(since=since, resume=resume, full=full)
    try:
        _consume(harvester.pages(window), processor, store, writer, summary, since, progress)
    except ProtocolError as exc:
        if not (resume and exc.code == "badResumptionToken"):
            raise
        # The saved token expired while we were down: restart from the last committed 'from'.
        summary.warnings.append(f"resumption token expired ({exc}); restarted from {since}")
        window = HarvestWindow(since=since, full=full)
        _consume(harvester.pages(window), processor, store, writer, summary, since, progress)


def _consume(
    pages: Any,
    processor: PageProcessor,
    store: Store,
    writer: IndexWriter,
    summary: RunSummary,
    since: str | None,
    progress: ProgressFn | None,
) -> None:
    """A pipeline: pages N-1 and N are classified and their mapping started (in worker
    processes when they are big) before page N-2 is committed, so the workers always have the
    next page to map while the pipeline's own thread stores and indexes. Pages still commit one
    by one, in order; a failure while fetching or mapping page N still commits the pages before.
    """
    seen: set[str] = set()
    pending: deque[PageJob] = deque()

    def commit_oldest() -> None:
        try:
            _commit(pending.popleft(), processor, store, writer, summary, since, progress, seen)
        except BaseException:
            # a page that failed to commit must not be skipped over: committing a later page
            # would move the resumption checkpoint past it and lose its records
            pending.clear()
            raise

    try:
        for page in pages:
            pending.append(processor.start(page, isoformat_z(utcnow())))
            if len(pending) > PIPELINE_DEPTH:
                commit_oldest()
    except BaseException:
        try:  # fetching or mapping failed: the pages already fetched are kept, in order
            while pending:
                commit_oldest()
        except Exception:
            log.exception("could not commit the pages in flight after a failure")
        raise
    while pending:
        commit_oldest()


def _commit(
    job: PageJob,
    processor: PageProcessor,
    store: Store,
    writer: IndexWriter,
    summary: RunSummary,
    since: str | None,
    progress: ProgressFn | None,
    seen: set[str],
) -> None:
    """Finish one page's mapping and commit it: store first, then the index."""
    node_id = processor.node.id
    page, now = job.page, job.now
    changes, upserts, deletes, errors, counters = processor.finish(job)
    seen.update(r.source_id for r in page.records)
    held = _held_reported_deletions(store, processor, summary, changes, now)
    if held:
        held_objs = {id(c) for c in held}
        changes = [c for c in changes if id(c) not in held_objs]
        held_ids = {c.record_id for c in held}
        deletes = [d for d in deletes if d not in held_ids]
        counters["deleted"] = counters.get("deleted", 0) - len(held)
    listed = summary.records + len(page.records) > 0
    if page.complete_listing and listed and summary.resumed_from is None:
        extra, extra_ids = absent_tombstones(store, node_id, seen)
        if hold_if_mass_deletion(store, processor.node, summary, extra, now):
            summary.quarantined = len(extra)  # held; the warning says why
        else:
            changes += extra
            deletes += extra_ids
            counters["deleted"] = counters.get("deleted", 0) + len(extra)
    with _COMMIT_ORDER:  # index writes in store order, so commit(seq) never skips a page
        seq = store.commit_page(summary.run_id, changes, now, counters, page.checkpoint, errors)
        writer.write(changes, upserts, seq)
    store.update_node_state(node_id, resume_checkpoint=page.checkpoint, resume_since=since)
    if processor.gaps is not None:
        processor.gaps.flush(store.conn)
    for k, v in counters.items():
        setattr(summary, k, getattr(summary, k) + v)
    if progress:
        progress(summary)


def _held_reported_deletions(
    store: Store, processor: PageProcessor, summary: RunSummary, changes: list[RawChange], now: str
) -> list[RawChange]:
    """The page's reported deletions that the node's delete threshold holds in quarantine."""
    reported = [c for c in changes if c.deleted]
    if not reported:
        return []
    from harvesters.quarantine import hold_explicit_deletions

    return hold_explicit_deletions(
        store, processor.node, summary, reported, now, processor.live_at_start
    )


def absent_tombstones(
    store: Store, node_id: str, seen: set[str]
) -> tuple[list[RawChange], list[str]]:
    """Tombstones for records missing from a *complete* listing (never called otherwise:
    an empty, truncated or failed listing deletes nothing)."""
    missing = sorted(store.live_source_ids(node_id) - seen)
    changes = [
        RawChange(node_id, sid, None, True, "", b"", "deleted", f"{node_id}:{sid}",
                  _tombstone_json(node_id, sid, None))
        for sid in missing
    ]  # fmt: skip
    return changes, [c.record_id for c in changes]


def _finish(store: Store, summary: RunSummary, next_from: str | None) -> None:
    now = isoformat_z(utcnow())
    summary.seconds = round(time.monotonic() - summary.started, 3)
    if summary.status in ("success", "partial"):
        store.update_node_state(
            summary.node_id,
            last_success_from=next_from,
            last_success_at=now,
            resume_checkpoint=None,
            resume_since=None,
        )
    store.finish_run(
        summary.run_id, summary.status, now, summary.error, summary.error_kind, next_from
    )


def catch_up_index(store: Store, index: IndexBackend, batch: int = 20_000) -> int:
    """Apply every store change the index has not seen (after a crash or a switch).

    The caller writes the index alone (it holds the index's lease, or nothing else runs);
    other processes go through :func:`index.follower.follower_for`."""
    from index.follower import apply_changes, store_changes

    start = index.last_seq()
    if start >= store.max_seq():
        return 0
    n = 0
    for chunk in store_changes(store, start, batch):
        n += apply_changes(index, chunk)
        index.commit(chunk[-1][0])
    return n
