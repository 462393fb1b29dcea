"""The index lag is the real store-seq minus index-seq, whoever wrote; a stuck lag alerts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from ops.context import Context
from ops.lagwatch import assess_lag, check_index_lag
from pipeline.run import run_node
from search_api.app import create_app
from tests.ops.conftest import oai_node, write_config

ROOT = Path(__file__).resolve().parents[2]


def test_no_lag_is_ok_and_a_young_lag_is_behind() -> None:
    assert assess_lag(None, 0, 5, 100.0, 60)["state"] == "ok"
    first = assess_lag(None, 10, 5, 100.0, 60)
    assert (first["state"], first["since"]) == ("behind", 100.0)
    assert assess_lag(first, 10, 5, 159.0, 60)["state"] == "behind"
    assert assess_lag(first, 10, 5, 160.0, 60)["state"] == "stuck"
    assert assess_lag(first, 12, 5, 160.0, 60)["state"] == "stuck"  # growing is not shrinking


@given(st.lists(st.integers(min_value=1, max_value=50), min_size=1, max_size=30))
def test_an_index_that_moves_is_never_stuck(steps: list[int]) -> None:
    state: dict[str, Any] | None = None
    seq, now = 0, 0.0
    for step in steps:
        seq += step
        now += 1000.0  # however long between checks
        state = assess_lag(state, 7, seq, now, 60)
        assert state["state"] == "behind"


@given(st.integers(min_value=1, max_value=10_000), st.floats(min_value=0, max_value=1e6))
def test_a_lag_that_never_moves_is_stuck_after_the_limit(lag: int, wait: float) -> None:
    first = assess_lag(None, lag, 3, 0.0, 300)
    later = assess_lag(first, lag, 3, wait, 300)
    assert later["state"] == ("stuck" if wait >= 300 else "behind")


def _store_changes_without_index(tmp_path: Path, oai: Any) -> Context:
    node = oai(n=25, page_size=10)
    cfg = write_config(tmp_path, [oai_node("a", node.url)])
    ctx = Context.from_path(cfg)
    # a harvest whose index writes never happen: another (now dead) process held the writer
    from index.follower import lease_name
    from store.lease import Lease

    index = ctx.index
    lease = Lease(ctx.store, lease_name(index) or "")
    ctx.store.conn.execute(
        "INSERT INTO leases VALUES (?, 't', 'elsewhere', 1, 'chm serve', 0, 9e99)", (lease.name,)
    )
    s = run_node(ctx.settings, ctx.store, index, ctx.settings.node("a"))
    assert s.status == "success" and s.added == 25
    return ctx


def test_a_stuck_lag_alerts_once_and_its_recovery_once(tmp_path: Path, oai: Any) -> None:
    ctx = _store_changes_without_index(tmp_path, oai)
    try:
        from dataclasses import replace

        ctx.settings = replace(
            ctx.settings,
            alerts=replace(ctx.settings.alerts, webhook_url="http://hook", index_lag_seconds=0),
        )
        posted: list[dict[str, Any]] = []

        def post(url: str, message: dict[str, Any], timeout: float) -> bool:
            posted.append(message)
            return True

        first = check_index_lag(ctx.settings, ctx.store, ctx.index, post=post)
        assert first is not None and first["state"] == "stuck" and first["lag"] == 25
        assert "25 changes behind the store" in first["text"]
        assert "process 1 (chm serve) on elsewhere" in first["text"]
        assert check_index_lag(ctx.settings, ctx.store, ctx.index, post=post) is None  # once
        ctx.store.conn.execute("DELETE FROM leases")  # the writer went away for good
        assert ctx.follower.sync().lag == 0
        resolved = check_index_lag(ctx.settings, ctx.store, ctx.index, post=post)
        assert resolved is not None and resolved["resolved"] is True
        assert len(posted) == 2
    finally:
        ctx.close()


def test_health_and_metrics_see_what_another_process_indexed(tmp_path: Path, oai: Any) -> None:
    node = oai(n=40, page_size=10)
    cfg = write_config(tmp_path, [oai_node("a", node.url)])
    ctx = Context.from_path(cfg)
    try:
        client = TestClient(create_app(ctx))
        assert client.get("/healthz").json()["index"]["lag"] == 0  # the server's index is open
        done = subprocess.run(
            [sys.executable, "-m", "cli.main", "--config", str(cfg), "harvest", "a"],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        health = client.get("/healthz").json()
        assert health["store"]["max_seq"] == 40
        assert (health["index"]["last_seq"], health["index"]["lag"]) == (40, 0)
        metrics = client.get("/metrics").text
        assert "chm_index_lag 0.0" in metrics and "chm_store_seq 40.0" in metrics
        page = client.get("/operators").text
        assert "not yet indexed" not in page
    finally:
        ctx.close()
