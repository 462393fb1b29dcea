"""The scheduler against live local nodes, with intervals of a second."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from apscheduler.triggers.cron import CronTrigger

from core.config import dump_nodes_toml
from ops.context import Context
from ops.health import compute_health
from ops.schedule import HarvestScheduler, cron_fields, make_trigger
from search_api.operators import next_runs
from tests.ops.conftest import oai_node, write_config


def wait_for(cond: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll until ``cond()`` or the timeout."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.05)
    return cond()


def _statuses(ctx: Context, node_id: str) -> list[str]:
    return [r["status"] for r in reversed(ctx.store.runs.recent(node_id, 50))]


def test_node_failing_then_recovering_alerts_once_per_change(
    make_ctx: Any, oai: Any, webhook: Any
) -> None:
    node = oai(n=15, page_size=10)
    node.fail_next = 1000  # HTTP 500 until told otherwise
    ctx = make_ctx([oai_node("flappy", node.url, schedule="1s")], webhook=webhook.url)
    ctx.start_scheduler()
    assert wait_for(lambda: _statuses(ctx, "flappy").count("failed") >= 4, 15)
    runs = ctx.store.runs.recent("flappy")
    assert runs[-1]["trigger"] == "schedule"
    assert runs[-1]["error_kind"] == "unreachable"
    assert "HTTP 500" in runs[-1]["error"]
    assert wait_for(lambda: [m["state"] for m in webhook.messages] == ["failing"], 5)
    node.fail_next = 0
    assert wait_for(lambda: "success" in _statuses(ctx, "flappy"), 10)
    assert wait_for(lambda: len(webhook.messages) == 2, 5)
    assert webhook.messages[1]["resolved"] is True
    assert webhook.messages[1]["state"] == "healthy"
    assert ctx.store.records.count("flappy") == 15
    time.sleep(1.5)  # further successful runs: no further messages
    assert len(webhook.messages) == 2


def test_schedules_survive_a_restart_and_follow_registry_changes(
    tmp_path: Any, make_ctx: Any, oai: Any
) -> None:
    a, b = oai(n=5), oai(n=5)
    ctx = make_ctx([oai_node("a", a.url, "1h"), oai_node("b", b.url, "1h")])
    sched = ctx.start_scheduler()
    assert wait_for(lambda: ctx.store.records.count() == 10, 10)  # never harvested: run now
    before = sched.next_run_times()
    assert set(before) == {"a", "b"}
    assert ctx.scheduler is sched and next_runs(ctx) == before  # the operators' page reads it
    sched.shutdown(wait=True)
    ctx.scheduler = None
    ctx2 = Context.from_path(ctx.settings.path)
    try:
        sched2 = HarvestScheduler(ctx2).start()
        assert sched2.next_run_times() == before  # from the persistent job store
        time.sleep(0.5)
        assert len(ctx2.store.runs.recent()) == 2  # no run on restart: not due yet
        # registry changes: b's schedule changes, a is disabled, c is added
        c = oai(n=3)
        nodes = [
            oai_node("a", a.url, "1h", enabled=False),
            oai_node("b", b.url, "0 3 * * 1"),
            oai_node("c", c.url, "2h"),
        ]
        ctx2.settings.path.write_text(
            write_config(tmp_path, nodes).read_text(encoding="utf-8"), encoding="utf-8"
        )
        changes = sched2.service.sync_jobs()
        assert changes == {
            "added": ["c"],
            "rescheduled": ["b"],
            "removed": ["a"],
            "misconfigured": [],
        }
        assert set(sched2.next_run_times()) == {"b", "c"}
        job = sched2.scheduler.get_job("harvest:b")
        assert isinstance(job.trigger, CronTrigger)
        assert job.next_run_time.weekday() == 0  # crontab day 1 is Monday
        assert wait_for(lambda: ctx2.store.records.count("c") == 3, 10)
        sched2.shutdown(wait=True)
    finally:
        ctx2.close()


def test_cron_days_and_misfire_policy(make_ctx: Any) -> None:
    assert cron_fields("*/5 2 * * 0,6")["day_of_week"] == "sun,sat"
    assert cron_fields("0 3 * * 1-5")["day_of_week"] == "mon-fri"
    trig = make_trigger("6h", 30)
    assert trig.interval.total_seconds() == 21600
    assert trig.jitter == 30
    ctx = make_ctx([])
    sched = HarvestScheduler(ctx, memory_store=True)
    defaults = sched.scheduler._job_defaults
    assert defaults == {"coalesce": True, "max_instances": 1, "misfire_grace_time": 60}
    assert sched.scheduler._executors["default"]._pool._max_workers == 4  # max_concurrent


def test_status_of_a_node_never_run_is_pending(make_ctx: Any, oai: Any) -> None:
    node = oai(n=1)
    ctx = make_ctx([oai_node("new", node.url)])
    health = compute_health(ctx.settings, ctx.store)["new"]
    assert health.state == "pending"
    assert dump_nodes_toml([]).startswith("#")


def test_stopping_the_scheduler_interrupts_runs_which_then_resume(make_ctx: Any, oai: Any) -> None:
    node = oai(n=50, page_size=10)
    node.delay = 0.3
    ctx = make_ctx([oai_node("long", node.url)])
    sched = ctx.start_scheduler()
    assert wait_for(lambda: (ctx.store.runs.recent("long") or [{"pages": 0}])[0]["pages"] >= 1, 60)
    t0 = time.monotonic()
    sched.shutdown(wait=True)
    assert time.monotonic() - t0 < 30  # a hang guard only; the run's status below is the check
    run = ctx.store.runs.recent("long")[0]
    assert run["status"] == "aborted"
    assert run["error_kind"] == "interrupted"
    assert compute_health(ctx.settings, ctx.store)["long"].state == "pending"
    assert ctx.store.nodes.state("long").resume_checkpoint == run["checkpoint"]
    node.delay = 0.0
    sched2 = HarvestScheduler(ctx, memory_store=True).start()
    assert wait_for(lambda: ctx.store.runs.recent("long")[0]["status"] == "success", 60)
    sched2.shutdown(wait=True)
    assert ctx.store.runs.recent("long")[0]["resumed_from"] == run["checkpoint"]
    assert ctx.store.records.count("long") == 50


def test_a_shutdown_waits_for_housekeeping_and_stops_later_passes(make_ctx: Any) -> None:
    """APScheduler's shutdown holds the job store's lock while it waits for running jobs; a
    housekeeping pass that then read the job store waited for it forever (seen once in the
    suite). The shutdown now lets a pass under way end first, and later passes do nothing."""
    ctx = make_ctx([])
    service = ctx.harvests
    calls: list[str] = []
    service.check_health = lambda: calls.append("health")  # type: ignore[method-assign]
    sched = ctx.start_scheduler()
    deadline = time.monotonic() + 60
    while not calls and time.monotonic() < deadline:  # the scheduler's own pass at its start
        time.sleep(0.05)
    assert calls, "the scheduler ran no housekeeping at its start"
    service.housekeeping()
    assert len(calls) >= 2
    sched.shutdown(wait=True)
    stopped = len(calls)
    service.housekeeping()
    assert len(calls) == stopped  # a pass after the shutdown began touches nothing
    again = ctx.start_scheduler()
    service.housekeeping()
    assert len(calls) > stopped  # a new start housekeeps again
    again.shutdown(wait=True)
