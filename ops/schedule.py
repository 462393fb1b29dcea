"""The scheduler: every enabled node harvested on its own schedule (APScheduler 3).

Where it sits: node registry (``ctx.settings.nodes``) -> **scheduler** -> ``run_node`` ->
run log -> health and alerts. ``chm serve`` starts it in the background
(:meth:`ops.context.Context.start_scheduler`); ``chm scheduler`` runs it alone.

Policies (``[scheduler]`` in config.toml):

- **Job store**: one job per node, ``harvest:<node id>``, kept in SQLite (``job_store``), so
  schedules and next run times survive restarts. Housekeeping jobs live in memory.
- **Triggers**: ``schedule = "6h"`` is an interval, a 5-field cron expression a cron
  trigger (UTC); both get up to ``jitter`` seconds of random delay so that nodes sharing a
  schedule do not fire together. A node that was never harvested, or whose last run was
  interrupted, runs at once.
- **Concurrency**: ``max_concurrent`` worker threads; later firings wait for a free worker.
- **Never two runs of one node**: ``max_instances = 1`` per job, and the store's node lock
  in ``run_node`` covers "harvest now", the CLI and other processes; a firing that finds
  the node busy is skipped (nothing recorded).
- **Misfires and coalescing**: firings missed while chm was down (or while every worker was
  busy) are *coalesced* into one run; that run happens if it is less than
  ``misfire_grace_time`` seconds late, else it is skipped and the next firing stands
  (``misfire_grace_time = 0`` means always run, however late).
- **Registry changes**: every ``sync_seconds`` the settings are re-read and jobs are added,
  rescheduled (schedule changed) or removed (node disabled or gone): no restart needed.
- **Watchdog**: each run is guarded (:mod:`ops.watchdog`).
- **Health**: recomputed after each run and every ``sync_seconds``; alerts go out then.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from core.clock import isoformat_z, utcnow
from core.config import ConfigError, HarvestSettings, NodeConfig, Settings, interval_seconds
from core.plugins import load_object
from core.triggers import cron_fields as cron_fields  # re-exported
from core.triggers import make_trigger
from harvesters.registry import HARVESTERS
from harvesters.urlguard import UrlPolicy
from index.base import IndexBackend
from ops.alerts import update_health
from ops.health import parse_time
from ops.watchdog import Watchdog
from pipeline.run import run_node
from pipeline.summary import RunSummary
from store import Store
from vocabulary.resolver import Vocabulary

log = logging.getLogger(__name__)


class Context(Protocol):
    """What harvests need from :class:`ops.context.Context` (which builds the services here)."""

    settings: Settings

    @property
    def store(self) -> Store:
        """The SQLite store."""
        ...

    @property
    def index(self) -> IndexBackend:
        """The index backend, caught up with the store."""
        ...

    @property
    def vocabulary(self) -> Vocabulary | None:
        """The loaded vocabulary, if one is configured."""
        ...

    @property
    def harvests(self) -> HarvestService:
        """The context's one harvest service."""
        ...

    def reload_settings(self) -> None:
        """Re-read config.toml and nodes.local.toml."""
        ...


JOB_PREFIX = "harvest:"
_SERVICES: dict[str, HarvestService] = {}  # job functions find their service by key


class HarvestService:
    """What scheduled and manual harvests share: the context, the watchdog, health updates."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.key = str(ctx.settings.path)
        self.watchdog = Watchdog(ctx.settings.scheduler.watchdog_seconds)
        self.scheduler: BaseScheduler | None = None
        self._health_lock = threading.Lock()
        # housekeeping reads the scheduler's job store; APScheduler's shutdown holds that
        # store's lock while it waits for running jobs, so a shutdown first waits for any
        # housekeeping under way and stops new ones (else the two wait for each other)
        self._housekeeping_lock = threading.Lock()
        self.stopping = False
        _SERVICES[self.key] = self

    def harvest(
        self, node_id: str, trigger: str = "schedule", queued_run: int | None = None
    ) -> RunSummary | None:
        """Run one node now, guarded by the watchdog; update health. None: node unknown.

        ``queued_run``: the run "harvest now" queued (``store.runs.queue``); it becomes this
        run, and is closed as aborted if the run cannot start at all.
        """
        ctx = self.ctx
        try:
            node = ctx.settings.node(node_id)
        except KeyError:
            log.warning("scheduled harvest of unknown node '%s' skipped", node_id)
            self._drop(queued_run, f"node '{node_id}' is no longer in the registry")
            return None
        try:
            summary = self._guarded_run(node, trigger, queued_run)
        except Exception as exc:  # an index failure: the run is recorded as aborted by run_node
            log.exception("%s: harvest aborted", node_id)
            self._drop(queued_run, f"the harvest could not start: {exc}")
            self.check_health()
            raise
        if summary.status != "skipped":
            self.check_health()
        return summary

    def _drop(self, queued_run: int | None, reason: str) -> None:
        if queued_run:
            self.ctx.store.runs.drop_queued(
                queued_run, isoformat_z(utcnow()), "aborted", reason, "configuration"
            )

    def _guarded_run(
        self, node: NodeConfig, trigger: str, queued_run: int | None = None
    ) -> RunSummary:
        ctx = self.ctx
        node_id = node.id
        with self.watchdog.watch(node_id) as guard:
            kwargs = {}
            if _accepts_client(node):
                policy = UrlPolicy.from_settings(ctx.settings.security)
                kwargs["client"] = guard.client(_node_harvest_settings(ctx, node), policy)
            summary = run_node(
                ctx.settings,
                ctx.store,
                ctx.index,
                node,
                trigger=trigger,
                vocabulary=ctx.vocabulary,
                progress=guard.beat,
                harvester_kwargs=kwargs,
                queued_run=queued_run,
            )
            if guard.cancelled and summary.status == "failed":
                # the guard shut the socket: the read failed, but the cause is the cancel
                summary.status, summary.error_kind = "aborted", guard.kind
                summary.error = f"{guard.reason} ({summary.error})"
                ctx.store.runs.finish(
                    summary.run_id, "aborted", isoformat_z(utcnow()), summary.error, guard.kind
                )
        return summary

    def check_health(self) -> list[dict[str, Any]]:
        """Recompute health and send due alerts (one caller at a time)."""
        with self._health_lock:
            try:
                sent = update_health(self.ctx.settings, self.ctx.store)
            except Exception:
                log.exception("health check failed")
                return []
            try:  # the index lag: an alert when it stops shrinking
                from ops.lagwatch import check_index_lag

                lag = check_index_lag(self.ctx.settings, self.ctx.store, self.ctx.index)
                if lag is not None:
                    sent.append(lag)
            except Exception:
                log.exception("index lag check failed")
            return sent

    def busy(self, node_id: str) -> int | None:
        """The running run's id when the node is being harvested (0 if not yet known)."""
        store = self.ctx.store
        from store.nodes import _process_alive

        lock = store.nodes.locks().get(node_id)
        if lock is None or not _process_alive(lock["host"], int(lock["pid"])):
            return None
        return store.runs.running(node_id) or 0

    def harvest_now(
        self, node_id: str, trigger: str = "manual", queued_run: int | None = None
    ) -> None:
        """Start a harvest in the background: in the scheduler's pool when it runs (so the
        concurrency limit holds), else in a thread of its own. ``queued_run``: the run
        ``store.runs.queue`` recorded for it (see :meth:`harvest`)."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.add_job(
                manual_harvest,
                args=[self.key, node_id, trigger, queued_run],
                id=f"now:{node_id}",
                jobstore="ops",
                replace_existing=True,
                misfire_grace_time=None,
            )
            return
        t = threading.Thread(
            target=self.harvest,
            args=(node_id, trigger, queued_run),
            name=f"chm-now-{node_id}",
            daemon=True,
        )
        t.start()

    def sync_jobs(self, reload: bool = True) -> dict[str, list[str]]:
        """Bring the job store in line with the registry; return what changed."""
        if reload:
            try:
                self.ctx.reload_settings()
            except ConfigError as exc:
                log.error("config not reloaded, keeping current schedules: %s", exc)
        assert self.scheduler is not None
        return sync_jobs(self.scheduler, self.key, self.ctx)

    def housekeeping(self) -> None:
        """The periodic job: registry sync, then health and alerts, then due digests."""
        with self._housekeeping_lock:
            if self.stopping:
                return
            try:
                self.sync_jobs()
            except Exception:
                log.exception("schedule sync failed")
            self.check_health()
            self.notify_due()

    def stop_housekeeping(self) -> None:
        """Wait for a housekeeping pass under way to end; later passes do nothing."""
        with self._housekeeping_lock:
            self.stopping = True

    def notify_due(self, now: datetime | None = None) -> bool:
        """Run :func:`ops.notify.run_notify` when ``[assistance] notify_seconds`` have passed
        since the last run (any process's: the time is kept in the store). True if it ran."""
        from ops.notify import LAST_RUN_META, run_notify

        every = self.ctx.settings.assistance.notify_seconds
        if every <= 0:
            return False
        now = now or utcnow()
        last = self.ctx.store.meta.get(LAST_RUN_META)
        if (
            last
            and (now - datetime.fromisoformat(last.replace("Z", "+00:00"))).total_seconds() < every
        ):
            return False
        try:
            run_notify(self.ctx.store, self.ctx.settings, self.ctx.vocabulary, now=now)
        except Exception:
            log.exception("sending digests failed (they are retried at the next run)")
        return True


def _node_harvest_settings(ctx: Context, node: NodeConfig) -> HarvestSettings:
    """``[harvest]`` with the node's own size limit (as an unscheduled run has it)."""
    limit = node.options.get("max_response_bytes")
    if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
        return replace(ctx.settings.harvest, max_response_bytes=limit)
    return ctx.settings.harvest


def _accepts_client(node: NodeConfig) -> bool:
    import inspect

    try:
        cls = load_object(HARVESTERS[node.protocol])
        return "client" in inspect.signature(cls).parameters
    except (KeyError, ImportError, AttributeError, TypeError, ValueError):
        return False


def scheduled_harvest(key: str, node_id: str) -> None:
    """The job function of ``harvest:<node>`` jobs (a module-level name: jobs are stored)."""
    service = _SERVICES.get(key)
    if service is None:
        log.error("no harvest service for %s; job for %s skipped", key, node_id)
        return
    service.harvest(node_id, "schedule")


def manual_harvest(key: str, node_id: str, trigger: str, queued_run: int | None = None) -> None:
    """The job function of "harvest now" requests."""
    service = _SERVICES.get(key)
    if service is not None:
        service.harvest(node_id, trigger, queued_run)


def _housekeeping(key: str) -> None:
    service = _SERVICES.get(key)
    if service is not None:
        service.housekeeping()


def job_name(node: NodeConfig, jitter: int) -> str:
    """The job's name records its schedule, so a changed schedule is noticed."""
    return f"{node.id} [{node.schedule}] jitter={jitter}"


def first_run_time(ctx: Context, node: NodeConfig, jitter: int) -> datetime | None:
    """When a newly added job first fires: now for a node never harvested or interrupted,
    the end of its interval since the last success for an interval, else the trigger's."""
    state = ctx.store.nodes.state(node.id)
    now = datetime.now(UTC)
    spread = timedelta(seconds=random.uniform(0, min(jitter, 5)))
    if state.last_success_at is None or state.resume_checkpoint:
        return now + spread
    seconds = interval_seconds(node.schedule)
    last = parse_time(state.last_success_at)
    if seconds and last is not None:
        return max(now, last + timedelta(seconds=seconds)) + spread
    return None


def sync_jobs(scheduler: BaseScheduler, key: str, ctx: Context) -> dict[str, list[str]]:
    """Add, reschedule and remove ``harvest:<node>`` jobs to match the enabled nodes."""
    jitter = ctx.settings.scheduler.jitter
    changes: dict[str, list[str]] = {
        "added": [],
        "rescheduled": [],
        "removed": [],
        "misconfigured": [],
    }
    triggers: dict[str, IntervalTrigger | CronTrigger] = {}
    for n in ctx.settings.nodes:
        if not n.enabled:
            continue
        try:
            if n.problem:
                raise ValueError(n.problem)
            triggers[n.id] = make_trigger(n.schedule, jitter)
        except (ValueError, OverflowError, TypeError) as exc:
            # one node's bad schedule must not stop the others: it is not scheduled, and
            # its health says why (ops.health)
            log.error("node %s is not scheduled: %s", n.id, exc)
            changes["misconfigured"].append(n.id)
    wanted = {JOB_PREFIX + n.id: n for n in ctx.settings.nodes if n.id in triggers}
    jobs = {j.id: j for j in scheduler.get_jobs(jobstore="default")}
    for job_id in jobs:
        if job_id.startswith(JOB_PREFIX) and job_id not in wanted:
            _remove(scheduler, job_id)
            changes["removed"].append(job_id[len(JOB_PREFIX) :])
    for job_id, node in wanted.items():
        name = job_name(node, jitter)
        job = jobs.get(job_id)
        if job is not None and job.name == name and job.args == (key, node.id):
            continue
        trigger = triggers[node.id]
        if job is not None:
            scheduler.modify_job(job_id, jobstore="default", name=name, args=[key, node.id])
            scheduler.reschedule_job(job_id, jobstore="default", trigger=trigger)
            changes["rescheduled"].append(node.id)
            continue
        opts: dict[str, Any] = {}
        start = first_run_time(ctx, node, jitter)
        if start is not None:
            opts["next_run_time"] = start
        scheduler.add_job(
            scheduled_harvest,
            trigger,
            args=[key, node.id],
            id=job_id,
            name=name,
            jobstore="default",
            replace_existing=True,
            **opts,
        )
        changes["added"].append(node.id)
    return changes


def _remove(scheduler: BaseScheduler, job_id: str) -> None:
    try:
        scheduler.remove_job(job_id, jobstore="default")
    except JobLookupError:
        pass


def build_scheduler(ctx: Context, *, memory_store: bool = False) -> BackgroundScheduler:
    """A configured (not started) scheduler: job stores, the worker pool, job defaults."""
    s = ctx.settings.scheduler
    if memory_store:
        default: Any = MemoryJobStore()
    else:
        path = ctx.settings.job_store_path
        path.parent.mkdir(parents=True, exist_ok=True)
        default = SQLAlchemyJobStore(url=f"sqlite:///{path}")
    return BackgroundScheduler(
        jobstores={"default": default, "ops": MemoryJobStore()},
        executors={
            "default": ThreadPoolExecutor(max_workers=s.max_concurrent),
            "ops": ThreadPoolExecutor(max_workers=2),
        },
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": s.misfire_grace_time or None,
        },
        timezone=UTC,
    )


class HarvestScheduler:
    """The running scheduler (what :meth:`ops.context.Context.start_scheduler` returns)."""

    def __init__(self, ctx: Context, *, memory_store: bool = False) -> None:
        self.ctx = ctx
        self.service = ctx.harvests
        self.scheduler = build_scheduler(ctx, memory_store=memory_store)
        self.service.scheduler = self.scheduler

    def start(self) -> HarvestScheduler:
        """Mark runs left by a killed process, sync jobs, start firing."""
        store = self.ctx.store
        n = store.runs.mark_interrupted(isoformat_z(utcnow()))
        if n:
            log.warning("%d runs were interrupted by a stop; their nodes resume now", n)
        self.service.stopping = False
        self.scheduler.start(paused=True)
        self.service.sync_jobs(reload=False)
        self._resume_interrupted()
        every = self.ctx.settings.scheduler.sync_seconds
        self.scheduler.add_job(
            _housekeeping,
            IntervalTrigger(seconds=every, timezone=UTC),
            args=[self.service.key],
            id="housekeeping",
            jobstore="ops",
            executor="ops",
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )
        self.scheduler.resume()
        return self

    def _resume_interrupted(self) -> None:
        now = datetime.now(UTC)
        for node in self.ctx.settings.nodes:
            if node.enabled and self.ctx.store.nodes.state(node.id).resume_checkpoint:
                try:
                    self.scheduler.modify_job(JOB_PREFIX + node.id, next_run_time=now)
                except JobLookupError:
                    pass

    def next_run_times(self) -> dict[str, str | None]:
        """node id -> next scheduled firing (ISO, UTC)."""
        out: dict[str, str | None] = {}
        for job in self.scheduler.get_jobs(jobstore="default"):
            if job.id.startswith(JOB_PREFIX):
                nrt = job.next_run_time
                out[job.id[len(JOB_PREFIX) :]] = isoformat_z(nrt) if nrt else None
        return out

    def shutdown(self, wait: bool = True) -> None:
        """Stop firing and stop running harvests at their next page, request or retry (they
        end ``aborted``/``interrupted`` and resume at the next start); ``wait`` for them."""
        self.service.watchdog.stop(cancel_runs=True)
        if self.scheduler.running:
            self.service.stop_housekeeping()
            self.scheduler.shutdown(wait=wait)
        self.service.scheduler = None
