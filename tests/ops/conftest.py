"""Fixtures for scheduler and operations tests: a config on disk, live nodes, a webhook."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from harvesters.registry import HARVESTERS
from ops.context import Context
from tests.servers import config
from tests.servers.ops_nodes import LISTINGS, OaiNode, WebhookReceiver


def write_config(
    folder: Path,
    nodes: list[dict[str, Any]],
    *,
    webhook: str = "",
    watchdog: float = 30.0,
    timeout: float = 10.0,
) -> Path:
    """Write config.toml for ``nodes`` in ``folder``; return its path."""
    return config.write_config(
        folder,
        nodes,
        harvest={"timeout": timeout, "max_retries": 0, "backoff": 0.05},
        scheduler={
            "max_concurrent": 4,
            "jitter": 0,
            "misfire_grace_time": 60,
            "watchdog_seconds": watchdog,
            "failing_after": 3,
            "sync_seconds": 1,
            "job_store": "var/scheduler.sqlite",
        },
        alerts={"webhook_url": webhook},
    )


def oai_node(node_id: str, url: str, schedule: str = "1h", **extra: Any) -> dict[str, Any]:
    """A node definition for an OAI-PMH test node."""
    return {"id": node_id, "url": url, "protocol": "oai-pmh", "schedule": schedule, **extra}


@pytest.fixture
def oai() -> Iterator[Any]:
    """Factory of live OAI-PMH nodes, stopped after the test."""
    nodes: list[OaiNode] = []

    def make(**kw: Any) -> OaiNode:
        n = OaiNode(**kw)
        nodes.append(n)
        return n

    yield make
    for n in nodes:
        n.close()


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    """A local HTTP receiver for alert webhooks."""
    w = WebhookReceiver()
    yield w
    w.close()


@pytest.fixture
def make_ctx(tmp_path: Path) -> Iterator[Any]:
    """Factory: Context over a fresh config.toml in tmp_path (closed after the test)."""
    made: list[Context] = []

    def make(nodes: list[dict[str, Any]], **kw: Any) -> Context:
        ctx = Context.from_path(write_config(tmp_path, nodes, **kw))
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        sched = ctx.scheduler
        if sched is not None:
            sched.shutdown(wait=True)
        ctx.close()


@pytest.fixture
def listing_protocol(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Protocol "json" served by the full-listing test harvester; LISTINGS by node URL."""
    monkeypatch.setitem(HARVESTERS, "json", "tests.servers.ops_nodes:ListingHarvester")
    LISTINGS.clear()
    yield LISTINGS
    LISTINGS.clear()
