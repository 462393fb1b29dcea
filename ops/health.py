"""Node health from the run log, and runs explained in plain words.

Where it sits: reads the store's runs, node state and quarantine (written by the pipeline);
read by the scheduler (after each run and periodically, to send alerts), ``chm status``, the
/operators page and /metrics.

States, first match wins:

================  ==============================================================
``misconfigured`` cannot be scheduled (a stored schedule APScheduler refuses); the reason
                  names it
``pending``       never finished a run yet
``quarantined``   deletions held for an operator (see :mod:`pipeline.quarantine`)
``failing``       the last ``[scheduler] failing_after`` runs all failed or were aborted
``stale``         no successful run within ``stale_factor`` (3) x its schedule interval
``degraded``      the last run was partial (rejected records) or failed
``healthy``       the last run succeeded
================  ==============================================================

Runs stopped by a process shutdown (``error_kind = "interrupted"``) and ``skipped`` runs are
not held against a node.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from core.clock import isoformat_z, utcnow
from core.config import NodeConfig, SchedulerSettings, Settings, interval_seconds
from core.triggers import make_trigger
from store import Store

STATES = ("healthy", "degraded", "failing", "stale", "quarantined", "pending", "misconfigured")
ALERT_STATES = frozenset({"failing", "stale", "quarantined", "misconfigured"})
NEEDS_A_PERSON = ALERT_STATES
FAILED = ("failed", "aborted")


@dataclass
class NodeHealth:
    """One node's health with what explains it."""

    node_id: str
    state: str
    reason: str
    enabled: bool = True
    last_run: dict[str, Any] | None = None
    last_success_at: str | None = None
    consecutive_failures: int = 0
    records: int = 0
    quarantine: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-able."""
        return asdict(self)


def schedule_interval(schedule: str) -> float:
    """Seconds between two firings of a schedule (``"6h"`` or a 5-field cron expression)."""
    seconds = interval_seconds(schedule)
    if seconds:
        return float(seconds)
    try:
        trigger = make_trigger(schedule, 0)
        first = trigger.get_next_fire_time(None, datetime.now(UTC))
    except (ValueError, OverflowError, TypeError):
        return 86400.0  # not reached for checked nodes; health must never raise
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1)) if first else None
    return (second - first).total_seconds() if first and second else 86400.0


def parse_time(value: str | None) -> datetime | None:
    """``2026-11-22T09:00:00Z`` -> aware datetime (None stays None)."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _counted(runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        r
        for r in runs
        if r["status"] not in ("queued", "running", "skipped")
        and r.get("error_kind") != "interrupted"
    ]


def assess(
    node: NodeConfig,
    runs: list[dict[str, Any]],
    quarantine: dict[str, Any] | None,
    last_success_at: str | None,
    sched: SchedulerSettings,
    now: datetime,
) -> tuple[str, str, int]:
    """(state, reason, consecutive failures) of one node from its runs, newest first."""
    done = _counted(runs)
    problem = getattr(node, "problem", None)
    if problem:
        return "misconfigured", f"not scheduled: {problem}", 0
    fails = 0
    for r in done:
        if r["status"] not in FAILED:
            break
        fails += 1
    if not done:
        return "pending", "no run has finished yet", 0
    last = done[0]
    if quarantine is not None:
        return (
            "quarantined",
            f"{quarantine['count']} deletions held in quarantine #{quarantine['id']} "
            "until an operator approves or rejects them",
            fails,
        )
    if fails >= sched.failing_after:
        return (
            "failing",
            f"{fails} consecutive runs failed; last: {describe_run(last)['cause']}",
            fails,
        )
    interval = schedule_interval(node.schedule)
    since = parse_time(last_success_at) or parse_time(done[-1]["started_at"])
    overdue = since is not None and (now - since).total_seconds() > sched.stale_factor * interval
    if overdue and node.enabled:  # a disabled node is not expected to be harvested
        when = f"since {last_success_at}" if last_success_at else "ever"
        return "stale", f"no successful run {when} (schedule {node.schedule})", fails
    if last["status"] == "partial":
        return "degraded", describe_run(last)["cause"], fails
    if last["status"] in FAILED:
        return (
            "degraded",
            f"the last run failed ({fails} of {sched.failing_after} before 'failing'): "
            + describe_run(last)["cause"],
            fails,
        )
    return "healthy", describe_run(last)["cause"], fails


def compute_health(
    settings: Settings, store: Store, now: datetime | None = None, per_node: int = 20
) -> dict[str, NodeHealth]:
    """Health of every node in the registry."""
    now = now or utcnow()
    runs = store.runs.latest(per_node)
    pending: dict[str, dict[str, Any]] = {}
    for q in store.quarantine.entries("pending"):
        pending.setdefault(q["node_id"], q)
    counts = store.records.counts_by_node()
    out: dict[str, NodeHealth] = {}
    for node in settings.nodes:
        node_runs = runs.get(node.id, [])
        last_success_at = store.nodes.state(node.id).last_success_at
        held = pending.get(node.id)
        state, reason, fails = assess(
            node, node_runs, held, last_success_at, settings.scheduler, now
        )
        shown = {k: v for k, v in held.items() if k != "source_ids"} if held else None
        out[node.id] = NodeHealth(
            node_id=node.id,
            state=state,
            reason=reason,
            enabled=node.enabled,
            last_run=node_runs[0] if node_runs else None,
            last_success_at=last_success_at,
            consecutive_failures=fails,
            records=counts.get(node.id, 0),
            quarantine=shown,
        )
    return out


def describe_run(run: dict[str, Any]) -> dict[str, str]:
    """A run's outcome and its cause in plain words.

    ``outcome`` is one of: ``queued``, ``running``, ``changed``, ``not-modified``,
    ``invalid-records``, ``unreachable``, ``invalid-response``, ``protocol-error``,
    ``configuration``, ``aborted``, ``interrupted``, ``skipped``, ``failed``.
    """
    status, kind, err = run["status"], run.get("error_kind"), run.get("error") or ""
    changed = run["added"] + run["updated"] + run["deleted"]
    if status == "queued":
        return {"outcome": "queued", "cause": "queued: waiting for a free harvest worker"}
    if status == "running":
        return {"outcome": "running", "cause": f"running: {run['pages']} pages so far"}
    if status in ("success", "partial"):
        if run["rejected"] and not changed and not run["unchanged"]:
            return {
                "outcome": "invalid-records",
                "cause": f"invalid records: all {run['rejected']} records were rejected "
                "(see the run's errors)",
            }
        if run["rejected"]:
            return {
                "outcome": "invalid-records",
                "cause": f"{run['rejected']} invalid records rejected; {changed} changed",
            }
        if not changed:
            return {"outcome": "not-modified", "cause": "not modified: nothing changed at the node"}
        return {
            "outcome": "changed",
            "cause": f"{run['added']} added, {run['updated']} updated, {run['deleted']} deleted",
        }
    plain = {
        "unreachable": "the node could not be reached",
        "invalid-response": "the node answered with an invalid response",
        "protocol-error": "the node reported a protocol error",
        "configuration": "the node's configuration is wrong",
        "watchdog": "the run made no progress and was stopped",
        "interrupted": "chm stopped during the run; the next run resumes",
        "busy": "another run of this node was going on",
    }
    outcome = {"watchdog": "aborted", None: status}.get(kind, kind or status)
    head = plain.get(kind or "", f"the run {status}")
    return {"outcome": str(outcome), "cause": f"{head}: {err}" if err else head}


def now_z() -> str:
    """The current time as the store writes it."""
    return isoformat_z(utcnow())
