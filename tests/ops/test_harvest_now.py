""" "Harvest now": one run however often it is asked for, and its live page.

A real OAI-PMH node on 127.0.0.1 that holds its ListRecords answer (``hang_after=0``) keeps
the run going while the test asks again; the app is the real one (TestClient).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import warnings
from typing import Any

import pytest

from search_api.app import create_app
from tests.ops.conftest import oai_node
from tests.ops.test_ops_scheduler import wait_for

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "harvest-now-operator-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _finished(ctx: Any, run_id: int) -> bool:
    run = ctx.store.runs.get(run_id)
    return run is not None and run["status"] not in ("queued", "running")


def test_harvest_now_starts_one_run_and_points_to_its_live_page(
    make_ctx: Any, oai: Any, monkeypatch: Any
) -> None:
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", TOKEN)
    node = oai(n=12, page_size=5)
    node.hang_after = 0  # the run stays in progress until release()
    ctx = make_ctx([oai_node("fr-chm", node.url, "6h", name="France")])
    client = TestClient(create_app(ctx))

    first = client.post("/api/nodes/fr-chm/harvest", headers=AUTH)
    assert first.status_code == 202
    run_id = first.json()["run"]
    assert first.json()["href"] == first.headers["location"] == f"/operators/runs/{run_id}"
    # asked again (double click, a second operator, the form): the same run, never another
    for _ in range(3):
        again = client.post("/api/nodes/fr-chm/harvest", headers=AUTH)
        assert again.status_code == 409
        assert again.json()["run"] == run_id
    form = client.post(
        "/operators/harvest", data={"token": TOKEN, "node": "fr-chm"}, follow_redirects=False
    )
    assert form.status_code == 303
    assert form.headers["location"] == f"/operators/runs/{run_id}?already=1"
    assert [r["id"] for r in ctx.store.runs.recent("fr-chm")] == [run_id]

    # the run's page and the operators' page reload themselves while it goes on
    assert wait_for(lambda: ctx.store.runs.get(run_id)["status"] == "running", 10)
    live = client.get(form.headers["location"])
    assert '<meta http-equiv="refresh" content="5">' in live.text
    assert "already queued or running: run" in live.text
    assert live.headers["cache-control"] == "no-store"
    assert 'http-equiv="refresh"' in client.get("/operators").text

    node.release()
    assert wait_for(lambda: _finished(ctx, run_id), 30)
    done = client.get(f"/operators/runs/{run_id}").text
    assert 'http-equiv="refresh"' not in done
    assert 'http-equiv="refresh"' not in client.get("/operators").text

    # once it is over, "harvest now" starts a new run
    node.hang_after = None
    second = client.post("/api/nodes/fr-chm/harvest", headers=AUTH)
    assert second.status_code == 202 and second.json()["run"] > run_id
    assert wait_for(lambda: _finished(ctx, second.json()["run"]), 30)
    assert ctx.store.runs.get(second.json()["run"])["status"] == "success"
    assert ctx.store.records.count("fr-chm") == 12


def test_harvest_form_needs_the_operator_token(make_ctx: Any, oai: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", TOKEN)
    ctx = make_ctx([oai_node("fr-chm", oai(n=3).url, "6h")])
    client = TestClient(create_app(ctx))
    for data in ({"node": "fr-chm"}, {"node": "fr-chm", "token": "wrong"}):
        r = client.post("/operators/harvest", data=data, follow_redirects=False)
        assert r.status_code == 401
        assert "operator token is required" in r.text
    fr = client.post("/operators/harvest?lang=fr", data={"node": "fr-chm"}, follow_redirects=False)
    assert "jeton d&#39;opérateur" in fr.text
    r = client.post("/operators/harvest", data={"token": TOKEN, "node": "nowhere"})
    assert r.status_code == 404
    assert ctx.store.runs.recent("fr-chm") == []


def test_queue_is_race_safe_across_connections(tmp_path: Any) -> None:
    """Eight threads (eight SQLite connections) ask at once: one run is queued."""
    from store import Store

    store = Store(tmp_path / "chm.sqlite")
    barrier = threading.Barrier(8)
    results: list[tuple[int, bool]] = []
    lock = threading.Lock()

    def ask() -> None:
        barrier.wait()
        got = store.runs.queue("n1", "manual", "2026-12-03T00:00:00Z")
        with lock:
            results.append(got)

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(created for _, created in results) == 1
    assert len({run_id for run_id, _ in results}) == 1
    assert [r["status"] for r in store.runs.recent("n1")] == ["queued"]


def test_a_queued_run_of_a_dead_process_does_not_block(tmp_path: Any) -> None:
    from store import Store

    store = Store(tmp_path / "chm.sqlite")
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(gone.stdout)
    run_id, created = store.runs.queue("n1", "manual", "2026-12-03T00:00:00Z")
    assert created
    with store.transaction():
        store.conn.execute("UPDATE runs SET pid=? WHERE id=?", (dead_pid, run_id))
    assert store.runs.queue("n1", "manual", "2026-12-03T00:01:00Z") != (run_id, False)
    old = store.runs.get(run_id)
    assert old["status"] == "aborted" and old["error_kind"] == "interrupted"
    assert str(dead_pid) in old["error"]


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists("/usr/bin/chromium"), reason="chromium is missing")
def test_a_double_click_in_a_browser_lands_on_one_live_run(
    make_ctx: Any, oai: Any, monkeypatch: Any
) -> None:
    """Headless Chromium, JavaScript on: type the token, double-click "Harvest now"."""
    from playwright.sync_api import sync_playwright

    from tests.search_api.test_browser import ARGS, CHROMIUM
    from tests.servers.app_server import LiveServer

    monkeypatch.setenv("CHM_OPERATOR_TOKEN", TOKEN)
    node = oai(n=12, page_size=5)
    node.hang_after = 0
    ctx = make_ctx([oai_node("fr-chm", node.url, "6h", name="France")])
    server = LiveServer(create_app(ctx)).start()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(server.url + "/operators")
            page.fill("#token", TOKEN)
            page.locator("#token").dispatch_event("change")
            page.locator('button[data-harvest="fr-chm"]').dblclick()
            page.wait_for_url("**/operators/runs/*")
            assert page.locator('meta[http-equiv="refresh"]').count() == 1
            browser.close()
        assert len(ctx.store.runs.recent("fr-chm")) == 1
    finally:
        node.release()
        server.stop()
