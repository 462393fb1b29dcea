"""Health states from the run log, and alerts once per change of state."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from core.clock import isoformat_z, utcnow
from ops.alerts import update_health
from ops.health import assess, compute_health, schedule_interval
from tests.ops.conftest import oai_node


def _run(ctx: Any, node_id: str, status: str, kind: str | None = None, **counts: int) -> int:
    now = isoformat_z(utcnow())
    rid = ctx.store.runs.start(node_id, "schedule", now, None, None)
    if counts:
        ctx.store.records.commit_page(rid, [], now, counts, None)
    ctx.store.runs.finish(rid, status, now, "boom" if kind else None, kind)
    if status in ("success", "partial"):
        ctx.store.nodes.update_state(node_id, last_success_at=now)
    return rid


def test_states_follow_the_run_log(make_ctx: Any) -> None:
    ctx = make_ctx([oai_node("n", "http://127.0.0.1:9/oai", "6h")])
    state = lambda: compute_health(ctx.settings, ctx.store)["n"].state  # noqa: E731
    assert state() == "pending"
    _run(ctx, "n", "success", added=5)
    assert state() == "healthy"
    _run(ctx, "n", "partial", added=5, rejected=2)
    assert state() == "degraded"
    _run(ctx, "n", "failed", "unreachable")
    assert state() == "degraded"
    _run(ctx, "n", "aborted", "interrupted")  # a chm restart is not the node's fault
    _run(ctx, "n", "failed", "invalid-response")
    assert state() == "degraded"
    _run(ctx, "n", "aborted", "watchdog")
    h = compute_health(ctx.settings, ctx.store)["n"]
    assert h.state == "failing"
    assert h.consecutive_failures == 3
    later = utcnow() + timedelta(hours=19)  # 3 x 6 h without a success
    assert compute_health(ctx.settings, ctx.store, later)["n"].state == "failing"
    _run(ctx, "n", "success")
    assert compute_health(ctx.settings, ctx.store)["n"].state == "healthy"
    stale = compute_health(ctx.settings, ctx.store, later)["n"]
    assert stale.state == "stale"
    assert "schedule 6h" in stale.reason


def test_stale_alert_is_sent_once(make_ctx: Any, webhook: Any) -> None:
    ctx = make_ctx([oai_node("n", "http://127.0.0.1:9/oai", "1h")], webhook=webhook.url)
    _run(ctx, "n", "success", added=1)
    assert update_health(ctx.settings, ctx.store) == []
    later = utcnow() + timedelta(hours=4)
    sent = update_health(ctx.settings, ctx.store, now=later)
    assert [m["state"] for m in sent] == ["stale"]
    assert sent[0]["previous"] == "healthy"
    assert "n is stale" in sent[0]["text"]
    assert update_health(ctx.settings, ctx.store, now=later) == []
    assert [m["state"] for m in webhook.messages] == ["stale"]


def test_undelivered_alert_is_retried(make_ctx: Any) -> None:
    ctx = make_ctx([oai_node("n", "http://127.0.0.1:9/oai", "1h")], webhook="http://127.0.0.1:9/x")
    for _ in range(3):
        _run(ctx, "n", "failed", "unreachable")
    calls: list[bool] = []

    def down(url: str, message: dict[str, Any], timeout: float) -> bool:
        calls.append(False)
        return False

    assert update_health(ctx.settings, ctx.store, post=down) == []
    delivered = update_health(ctx.settings, ctx.store, post=lambda *a: True)
    assert [m["state"] for m in delivered] == ["failing"]
    assert len(calls) == 1


def test_schedule_intervals() -> None:
    assert schedule_interval("30m") == 1800
    assert schedule_interval("0 */6 * * *") == 21600
    node = type("N", (), {"schedule": "1d", "enabled": True})()
    state, _, _ = assess(node, [], None, None, None, utcnow())  # type: ignore[arg-type]
    assert state == "pending"
