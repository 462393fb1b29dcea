"""A harvest run of one node: harvest -> store -> map -> enrich -> index, a page at a time.

:class:`HarvestRun` is one run as one object: what it was asked (node, full or incremental,
trigger), what it works with (settings, store, index, vocabulary) and what it has done so far
(:class:`~pipeline.summary.RunSummary`). :func:`run_node` builds one and executes it; the CLI,
the scheduler and the tests all call it. The store commits every page; the index is written
as pages arrive (by the process holding its lease, :mod:`index.follower`) and committed in
larger batches (:mod:`pipeline.indexing`), recording the store's change sequence so that after
a crash the index catches up from the store alone.

Errors: a ``MappingError`` rejects one record and the run goes on; a ``HarvestError`` fails the
run (what was committed stays, and the next run resumes from the last committed page); an
unknown mapping or protocol fails it as a configuration error; :class:`RunAborted` (raised by
the watchdog through the progress callback or the HTTP guard) ends it as ``aborted``; anything
else (a bug) aborts the run as ``internal`` and propagates. An index that cannot be written
never fails the run (a warning says so, and the records reach it later).

Safety rails: a node lock in the store means never two runs of one node at once (a second
caller gets a ``skipped`` summary); deletions by absence from a complete listing go through
:mod:`pipeline.quarantine`, which holds them when they exceed the node's threshold.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from core.clock import isoformat_z, utcnow
from core.config import NodeConfig, Settings
from harvesters.base import (
    Harvester,
    HarvestError,
    HarvestWindow,
    Page,
    ProtocolError,
    record_ids,
)
from harvesters.http import HttpClient
from harvesters.registry import UnknownProtocol, get_harvester
from harvesters.seen import SeenIds
from harvesters.urlguard import UrlPolicy, pinned_client
from index.base import IndexWriter
from mappings.declarative import MappingFileError
from mappings.registry import UnknownMapping
from pipeline.indexing import PageIndexer
from pipeline.mapworkers import worker_count
from pipeline.memory import fewer_collections, fixed_mmap_threshold
from pipeline.pages import PageJob, PageProcessor, RunGaps, tombstones
from pipeline.quarantine import hold_explicit_deletions, hold_if_mass_deletion
from pipeline.summary import ProgressFn, RunAborted, RunSummary
from store import Store
from store.lease import start_run_heartbeat
from store.records import RawChange

log = logging.getLogger(__name__)

# Concurrent runs (the scheduler) share one index: holding this while a page is committed to
# the store and written to the index keeps index writes in change-sequence order.
_COMMIT_ORDER = threading.Lock()

PIPELINE_DEPTH = 2
"""Pages classified and being mapped while an older page is committed (see ``_consume``)."""


def run_node(
    settings: Settings,
    store: Store,
    index: IndexWriter,
    node: NodeConfig,
    *,
    full: bool = False,
    trigger: str = "manual",
    vocabulary: Any = None,
    progress: ProgressFn | None = None,
    harvester_kwargs: dict[str, Any] | None = None,
    queued_run: int | None = None,
) -> RunSummary:
    """Harvest one node now and return the run summary (never raises HarvestError).

    When another thread or process is harvesting the same node, nothing runs and the summary
    says ``status="skipped"`` (``run_id`` 0, ``error_kind`` "busy"). ``queued_run``: the id of
    a run queued by ``store.runs.queue`` ("harvest now"), which this run becomes (or closes
    as skipped when the node is busy).
    """
    run = HarvestRun(settings, store, index, node, full=full, trigger=trigger,
                     vocabulary=vocabulary, progress=progress,
                     harvester_kwargs=harvester_kwargs, queued_run=queued_run)  # fmt: skip
    return run.execute()


class HarvestRun:
    """One run of one node, from the node lock to the matching update."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        index: IndexWriter,
        node: NodeConfig,
        *,
        full: bool = False,
        trigger: str = "manual",
        vocabulary: Any = None,
        progress: ProgressFn | None = None,
        harvester_kwargs: dict[str, Any] | None = None,
        queued_run: int | None = None,
    ) -> None:
        self.queued_run = queued_run
        self.settings = settings
        self.store = store
        self.index = index
        self.node = node
        self.full = full
        self.trigger = trigger
        self.vocabulary = vocabulary
        self.progress = progress
        self.harvester_kwargs = harvester_kwargs
        self.since: str | None = None  # the incremental window's start (None: everything)
        self.resume: str | None = None  # the checkpoint an interrupted run left
        self.summary = RunSummary(0, node.id, trigger)
        self._track_listing = True  # remember listed ids (deletion by absence); see _harvest_pages
        # source ids listed so far (deletion by absence), 8 bytes each: flat memory
        self._listed: SeenIds | None = None
        self._gaps = RunGaps()  # vocabulary-gap counts of committed pages, not yet written

    def execute(self) -> RunSummary:
        """Run under the node lock, then let matching follow what changed."""
        store, node = self.store, self.node
        token = store.nodes.acquire_lock(node.id, isoformat_z(utcnow()))
        if token is None:
            running = store.runs.running(node.id)
            busy = RunSummary(0, node.id, self.trigger, status="skipped", error_kind="busy")
            busy.error = f"node '{node.id}' is already being harvested" + (
                f" (run {running})" if running else ""
            )
            if self.queued_run:
                store.runs.drop_queued(
                    self.queued_run, isoformat_z(utcnow()), "skipped", busy.error, "busy"
                )
                busy.run_id = self.queued_run
            return busy
        before = store.records.max_seq()
        fixed_mmap_threshold()  # big blocks unmapped when freed: see pipeline.memory
        try:
            with fewer_collections():  # a harvest makes almost no reference cycles
                summary = self._run_locked()
        finally:
            store.nodes.release_lock(node.id, token)
        if summary.added + summary.updated + summary.deleted:
            self._update_matching(before)
        self._forget_lookups()
        return summary

    def _forget_lookups(self) -> None:
        """Let the vocabulary forget the words of this run's records and of their matching
        when it ran here (:meth:`vocabulary.resolver.Vocabulary.forget_lookups`): a process
        that harvests node after node (``chm harvest --all``, the scheduler) otherwise keeps
        every node's words, and its memory grows from one node to the next
        (bench/README.md, issue 20)."""
        forget = getattr(self.vocabulary, "forget_lookups", None)
        if forget is not None:
            forget()

    def _update_matching(self, before: int) -> None:
        """Matches, duplicate clusters and identifier links follow the records this run changed.

        A failure here never fails the harvest (the records are stored and searchable); matching
        remembers the last change it applied and catches up at the next run or ``chm match
        recompute``.
        """
        if not self.settings.matching.incremental:
            return
        from matching.update import update_after_run  # only after a run that changed something

        try:
            update_after_run(self.store, self.vocabulary, before)
        except Exception as exc:
            log.exception("matching update after run %s failed", self.summary.run_id)
            self.summary.warnings.append(f"matching update failed, will catch up later: {exc}")

    def _run_locked(self) -> RunSummary:
        store, node, settings = self.store, self.node, self.settings
        state = store.nodes.state(node.id)
        since = None if self.full else state.last_success_from
        resume = None if self.full else state.resume_checkpoint
        if resume and state.resume_since != since:
            since = state.resume_since
        self.since, self.resume = since, resume
        now = isoformat_z(utcnow())
        if self.queued_run and store.runs.begin(self.queued_run, now, since, resume):
            run_id = self.queued_run
        else:
            run_id = store.runs.start(node.id, self.trigger, now, since, resume)
        summary = self.summary = RunSummary(
            run_id, node.id, self.trigger, since=since, resumed_from=resume
        )
        heartbeat = start_run_heartbeat(store, run_id)
        writer = PageIndexer(self.index, settings.harvest.index_commit_every, store)
        next_from: str | None = None
        processor: PageProcessor | None = None
        harvester: Harvester | None = None
        try:
            kwargs = self._harvester_kwargs()
            harvester = get_harvester(node, settings.harvest, **kwargs)
            self._authorize(kwargs.get("client"))
            workers = worker_count(settings.harvest.map_workers)
            processor = PageProcessor(node, store, self.vocabulary, workers)
            self._harvest_pages(harvester, processor, writer)
            next_from = harvester.now_datestamp()
            summary.status = "partial" if summary.rejected else "success"
        except HarvestError as exc:
            summary.status, summary.error, summary.error_kind = "failed", str(exc), exc.kind
        except RunAborted as exc:
            summary.status, summary.error, summary.error_kind = "aborted", str(exc), exc.kind
        except (UnknownMapping, MappingFileError, UnknownProtocol) as exc:
            # config.toml names a mapping or protocol that is not there
            summary.status, summary.error = "failed", str(exc)
            summary.error_kind = "configuration"
        except BaseException as exc:
            summary.status, summary.error = "aborted", f"{type(exc).__name__}: {exc}"
            summary.error_kind = "internal" if isinstance(exc, Exception) else "interrupted"
            writer.flush()
            self._finish(None)
            raise
        finally:
            heartbeat.stop()
            if processor is not None:
                processor.close()
        writer.finish(summary)
        summary.warnings += getattr(harvester, "warnings", [])
        if summary.warnings:
            warnings = [{"stage": "harvest", "message": w} for w in summary.warnings]
            store.runs.add_errors(run_id, warnings)
        self._finish(next_from)
        return summary

    def _authorize(self, client: Any) -> None:
        """Give the client the node's secrets, each for its own origin (harvesters/secrets.py).

        Raises:
            NodeOptionsError: a config.toml node names an environment variable that is not set.
        """
        from harvesters.secrets import node_auth

        auth = node_auth(self.node, self.store)
        if client is not None:
            client.session.auth = auth  # None: no secret from an earlier use of this client

    def _harvester_kwargs(self) -> dict[str, Any]:
        """Every harvest obeys ``[security]``: hostile URLs and redirects are refused before a
        connection is made, and each host is resolved once per run and connected to at exactly
        the checked address (:class:`harvesters.urlguard.PinnedAddresses`), so a DNS answer that
        changes between the check and the connection does not pass either. A client handed in
        (the scheduler's watchdog client) is built the same way; one without a guard gets the
        policy's check."""
        kwargs = dict(self.harvester_kwargs or {})
        policy = UrlPolicy.from_settings(self.settings.security)
        client = kwargs.get("client")
        if isinstance(client, HttpClient):
            client.guard = client.guard or policy.check_url
            return kwargs
        hs = self.settings.harvest
        limit = (
            self.node.options.get("max_response_bytes") if self.node.source == "config" else None
        )
        if isinstance(limit, int) and limit > 0:
            hs = replace(hs, max_response_bytes=limit)
        kwargs["client"] = pinned_client(hs, policy)
        return kwargs

    def _harvest_pages(
        self, harvester: Harvester, processor: PageProcessor, writer: PageIndexer
    ) -> None:
        window = HarvestWindow(since=self.since, resume=self.resume, full=self.full)
        # a harvester whose pages never carry complete_listing (OAI-PMH: deletions are
        # reported) spares the run remembering every listed id (7% of an unchanged re-harvest)
        self._track_listing = bool(getattr(harvester, "complete_listings", True))
        # one that remembers them itself hands them over on the last page (Page.listed)
        self._track_listing &= not getattr(harvester, "hands_listing", False)
        try:
            self._consume(harvester.pages(window), processor, writer)
        except ProtocolError as exc:
            if not (self.resume and exc.code == "badResumptionToken"):
                raise
            # The saved token expired while we were down: restart from the last committed 'from'.
            self.summary.warnings.append(
                f"resumption token expired ({exc}); restarted from {self.since}"
            )
            window = HarvestWindow(since=self.since, full=self.full)
            self._consume(harvester.pages(window), processor, writer)

    def _consume(
        self, pages: Iterable[Page], processor: PageProcessor, writer: PageIndexer
    ) -> None:
        """A pipeline: pages N-1 and N are classified and their mapping started (in worker
        processes when they are big) before page N-2 is committed, so the workers always have
        the next page to map while the pipeline's own thread stores and indexes. Pages still
        commit one by one, in order; a failure while fetching or mapping page N still commits
        the pages before.
        """
        self._listed = SeenIds() if self._track_listing else None
        pending: deque[PageJob] = deque()

        def commit_oldest() -> None:
            try:
                self._commit(pending.popleft(), processor, writer)
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

    def _commit(self, job: PageJob, processor: PageProcessor, writer: PageIndexer) -> None:
        """Finish one page's mapping and commit it: store first, then the index."""
        store, summary, node_id = self.store, self.summary, self.node.id
        page, now = job.page, job.now
        changes, upserts, deletes, errors, counters = processor.finish(job)
        page_gaps = processor.take_gaps()
        enriched = processor.gaps is not None
        listed = self._listed
        if listed is not None:
            listed.add(record_ids(page.records))
        held = self._held_reported_deletions(processor, changes, now)
        if held:
            held_objs = {id(c) for c in held}
            changes = [c for c in changes if id(c) not in held_objs]
            held_ids = {c.record_id for c in held}
            deletes = [d for d in deletes if d not in held_ids]
            counters["deleted"] = counters.get("deleted", 0) - len(held)
        any_listed = summary.records + len(page.records) > 0
        if page.listed is not None:
            listed = page.listed
        if page.complete_listing and listed is None:
            log.error("node '%s': a complete listing from a harvester that said it never lists "
                      "completely; nothing deleted by absence", node_id)  # fmt: skip
        elif page.complete_listing and any_listed and summary.resumed_from is None:
            assert listed is not None
            absent = [
                sid
                for ids in store.records.live_source_id_batches(node_id)
                for sid in listed.missing(ids)
            ]
            extra, extra_ids = tombstones(node_id, absent)
            if hold_if_mass_deletion(store, self.node, summary, extra, now):
                summary.quarantined = len(extra)  # held; the warning says why
            else:
                changes += extra
                deletes += extra_ids
                counters["deleted"] = counters.get("deleted", 0) + len(extra)
        with _COMMIT_ORDER:  # index writes in store order, so commit(seq) never skips a page
            # one transaction: the page, the run's counters, the node's resume point and, a
            # few times per run, the vocabulary-gap counts
            with store.transaction() as conn:
                seq = store.records.commit_page(
                    summary.run_id, changes, now, counters, page.checkpoint, errors
                )
                if job.rehash:
                    store.records.rehash(node_id, job.rehash)
                store.nodes.update_state(
                    node_id, resume_checkpoint=page.checkpoint, resume_since=self.since
                )
                gaps_written = enriched and self._gaps.write_if_due(conn, page_gaps)
            if enriched:
                self._gaps.committed(page_gaps, gaps_written)
            writer.write(changes, upserts, seq)
        for k, v in counters.items():
            setattr(summary, k, getattr(summary, k) + v)
        if self.progress:
            self.progress(summary)

    def _held_reported_deletions(
        self, processor: PageProcessor, changes: list[RawChange], now: str
    ) -> list[RawChange]:
        """The page's reported deletions that the node's delete threshold holds in quarantine."""
        reported = [c for c in changes if c.deleted]
        if not reported:
            return []
        return hold_explicit_deletions(
            self.store, self.node, self.summary, reported, now, processor.live_at_start
        )

    def _finish(self, next_from: str | None) -> None:
        summary = self.summary
        self._listed = None
        try:  # the gap counts of the committed pages (statistics: never fail the run)
            self._gaps.write(self.store)
        except Exception:
            log.exception("vocabulary-gap counts of run %s not written", summary.run_id)
        now = isoformat_z(utcnow())
        summary.seconds = round(time.monotonic() - summary.started, 3)
        if summary.status in ("success", "partial"):
            self.store.nodes.update_state(
                summary.node_id,
                last_success_from=next_from,
                last_success_at=now,
                resume_checkpoint=None,
                resume_since=None,
            )
        self.store.runs.finish(
            summary.run_id, summary.status, now, summary.error, summary.error_kind, next_from
        )
