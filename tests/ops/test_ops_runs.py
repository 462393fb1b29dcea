"""Runs that can be trusted: locks, watchdog, resume after an expired token, quarantine."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from ops.health import compute_health
from pipeline.quarantine import QuarantineError, approve, reject
from pipeline.run import run_node
from tests.ops.conftest import oai_node
from tests.servers.ops_nodes import make_records


def _ids(ctx: Any, node_id: str) -> set[str]:
    return {r["source_id"] for r in ctx.store.records.iter_raw(node_id) if not r["deleted"]}


def test_a_second_run_of_a_busy_node_is_skipped(make_ctx: Any, oai: Any) -> None:
    node = oai(n=30, page_size=10)
    node.delay = 0.3
    ctx = make_ctx([oai_node("slow", node.url)])
    service = ctx.harvests
    first = threading.Thread(target=service.harvest, args=("slow", "schedule"))
    first.start()
    deadline = time.monotonic() + 5
    while service.busy("slow") is None and time.monotonic() < deadline:
        time.sleep(0.02)
    second = run_node(ctx.settings, ctx.store, ctx.index, ctx.settings.node("slow"))
    first.join(10)
    assert second.status == "skipped"
    assert second.error_kind == "busy"
    runs = ctx.store.runs.recent("slow")
    assert [r["status"] for r in runs] == ["success"]  # the skipped one left no run row
    assert runs[0]["trigger"] == "schedule"
    assert runs[0]["added"] == 30


def test_watchdog_aborts_a_hung_node_and_the_next_run_resumes(make_ctx: Any, oai: Any) -> None:
    node = oai(n=30, page_size=10)
    node.hang_after = 1
    ctx = make_ctx([oai_node("hangs", node.url)], watchdog=0.5, timeout=30)
    service = ctx.harvests
    t0 = time.monotonic()
    s = service.harvest("hangs")
    took = time.monotonic() - t0
    assert s is not None
    assert s.status == "aborted"
    assert s.error_kind == "watchdog"
    assert took < 5, f"the watchdog should abort long before the 30 s timeout ({took:.1f}s)"
    assert "no page committed" in (s.error or "")
    run = ctx.store.runs.get(s.run_id)
    assert run["status"] == "aborted"
    assert run["added"] == 10
    node.hang_after = None
    node.release()
    s2 = service.harvest("hangs")
    assert s2 is not None
    assert s2.status == "success"
    assert s2.resumed_from == "0|10|"
    assert s2.added == 20
    assert ctx.store.records.count("hangs") == 30


def test_token_expiring_mid_harvest_falls_back_to_from(make_ctx: Any, oai: Any) -> None:
    node = oai(n=30, page_size=10)
    ctx = make_ctx([oai_node("expiry", node.url)])
    service = ctx.harvests
    orig = node._list

    def expire_after_first(h: Any, q: Any) -> None:
        orig(h, q)
        if node.pages_served == 1:
            node.expire_tokens()

    node._list = expire_after_first
    s1 = service.harvest("expiry")
    assert s1 is not None
    assert s1.status == "failed"
    assert s1.error_kind == "protocol-error"
    assert "badResumptionToken" in (s1.error or "")
    assert s1.added == 10
    node._list = orig
    s2 = service.harvest("expiry")
    assert s2 is not None
    assert s2.status == "success"
    assert any("resumption token expired" in w for w in s2.warnings)
    assert ctx.store.records.count("expiry") == 30
    assert ctx.index.count() == 30  # nothing duplicated in the index either
    assert (s2.added, s2.unchanged) == (20, 10)


def _listing_node(listing: dict[str, Any], node_id: str, n: int, **options: Any) -> dict:
    url = f"http://127.0.0.1:9/{node_id}"
    listing[url] = make_records(n, prefix=f"{node_id}:")
    node = {"id": node_id, "url": url, "protocol": "json", "mapping": "oai_dc"}
    if options:
        node["options"] = options
    return node


def test_listing_shrinking_by_half_is_quarantined_then_approved(
    make_ctx: Any, listing_protocol: dict[str, Any], webhook: Any
) -> None:
    spec = _listing_node(listing_protocol, "shrinks", 20)
    ctx = make_ctx([spec], webhook=webhook.url)
    service = ctx.harvests
    assert service.harvest("shrinks").status == "success"
    listing_protocol[spec["url"]] = listing_protocol[spec["url"]][:10]
    s = service.harvest("shrinks")
    assert s.status == "success"
    assert s.quarantined == 10
    assert s.deleted == 0
    assert ctx.store.records.count("shrinks") == 20
    assert ctx.index.count() == 20
    health = compute_health(ctx.settings, ctx.store)["shrinks"]
    assert health.state == "quarantined"
    assert [m["state"] for m in webhook.messages] == ["quarantined"]
    # a second run with the same listing keeps one hold, and sends no second alert
    service.harvest("shrinks")
    held = ctx.store.quarantine.entries("pending")
    assert len(held) == 1
    assert held[0]["count"] == 10
    assert len(webhook.messages) == 1
    done = approve(ctx.store, ctx.index, held[0]["id"], by="test")
    assert done["status"] == "approved"
    assert done["applied"] == 10
    assert ctx.store.records.count("shrinks") == 10
    assert ctx.index.count() == 10
    assert ctx.store.records.count("shrinks", deleted=True) == 10  # tombstones kept
    service.check_health()
    assert compute_health(ctx.settings, ctx.store)["shrinks"].state == "healthy"
    assert webhook.messages[-1]["resolved"] is True


def test_rejected_quarantine_keeps_records_and_small_or_empty_listings(
    make_ctx: Any, listing_protocol: dict[str, Any]
) -> None:
    spec = _listing_node(listing_protocol, "flaky", 20)
    ctx = make_ctx([spec])
    service = ctx.harvests
    service.harvest("flaky")
    listing_protocol[spec["url"]] = []  # an empty listing never deletes
    s = service.harvest("flaky")
    assert s.deleted == 0
    assert s.quarantined == 0
    assert ctx.store.records.count("flaky") == 20
    listing_protocol[spec["url"]] = make_records(20, "flaky:")[:4]
    service.harvest("flaky")
    qid = ctx.store.quarantine.entries("pending")[0]["id"]
    assert reject(ctx.store, qid)["status"] == "rejected"
    assert ctx.store.records.count("flaky") == 20
    with pytest.raises(QuarantineError, match="already rejected"):
        approve(ctx.store, ctx.index, qid)
    listing_protocol[spec["url"]] = make_records(20, "flaky:")[:17]  # 15% < 20%: deleted
    s = service.harvest("flaky")
    assert s.deleted == 3
    assert s.quarantined == 0
    assert ctx.store.records.count("flaky") == 17


def test_per_node_threshold_option(make_ctx: Any, listing_protocol: dict[str, Any]) -> None:
    spec = _listing_node(listing_protocol, "strict", 20, delete_threshold=0.05)
    ctx = make_ctx([spec])
    service = ctx.harvests
    service.harvest("strict")
    listing_protocol[spec["url"]] = listing_protocol[spec["url"]][:18]  # 10% > 5%
    assert service.harvest("strict").quarantined == 2
    assert _ids(ctx, "strict") == {f"strict:{i:05d}" for i in range(20)}
