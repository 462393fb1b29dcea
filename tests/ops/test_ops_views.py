"""The operators' view over HTTP, the metrics, and the CLI."""

from __future__ import annotations

import csv
import io
import json
import time
import warnings
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cli.main import main
from ops.health import describe_run
from search_api.app import create_app
from search_api.operators import group_errors
from tests.ops.conftest import oai_node
from tests.ops.test_ops_scheduler import wait_for
from tests.servers.ops_nodes import make_records

with warnings.catch_warnings():  # starlette warns that it prefers httpx2 over httpx
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "s3cret-operator-token"


@pytest.fixture
def app_ctx(make_ctx: Any, oai: Any, listing_protocol: Any, monkeypatch: Any) -> Any:
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", TOKEN)
    node = oai(n=12, page_size=5)
    url = "http://127.0.0.1:9/listing"
    listing_protocol[url] = make_records(10, prefix="lst:")
    ctx = make_ctx(
        [
            oai_node("fr-chm", node.url, "6h", name="France"),
            {"id": "lst", "url": url, "protocol": "json", "mapping": "oai_dc", "schedule": "1d"},
        ]
    )
    return ctx, listing_protocol, url


def test_operators_page_run_page_csv_and_harvest_now(app_ctx: Any) -> None:
    ctx, _, _ = app_ctx
    client = TestClient(create_app(ctx))
    page = client.get("/operators")
    assert page.status_code == 200
    assert "fr-chm" in page.text
    assert "pending" in page.text
    assert client.post("/api/nodes/fr-chm/harvest").status_code == 401
    wrong = client.post("/api/nodes/fr-chm/harvest", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert "not valid" in wrong.json()["error"]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/nodes/nowhere/harvest", headers=auth).status_code == 404
    started = client.post("/api/nodes/fr-chm/harvest", headers=auth)
    assert started.status_code == 202
    assert wait_for(lambda: ctx.store.records.count("fr-chm") == 12, 10)
    assert wait_for(lambda: ctx.store.runs.recent("fr-chm")[0]["status"] == "success", 5)
    run = ctx.store.runs.recent("fr-chm")[0]
    assert run["trigger"] == "manual"
    ctx.store.runs.add_errors(
        run["id"],
        [
            {
                "source_id": f"oai:x:{i}",
                "stage": "map",
                "field": "date",
                "path": "dc:date",
                "message": f"field 'date': not an ISO 8601 date (value '20{i}-13-40')",
            }
            for i in range(3)
        ]
        + [{"source_id": "oai:y", "stage": "harvest", "message": "header without <identifier>"}],
    )
    html = client.get(f"/operators/runs/{run['id']}").text
    assert "not modified" not in html
    assert "12 added" in html
    assert "field &#39;date&#39;: not an ISO 8601 date" in html  # grouped, value left out
    csv_resp = client.get(f"/operators/runs/{run['id']}/errors.csv")
    assert csv_resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_resp.text)))
    assert len(rows) == 4
    assert rows[0]["path"] == "dc:date"
    status = client.get("/api/status").json()["nodes"]
    fr = next(n for n in status if n["id"] == "fr-chm")
    assert fr["health"] == "healthy"
    assert fr["records"] == 12
    assert fr["next_run"] is not None
    assert client.get("/operators/runs/99999").status_code == 404


def test_quarantine_api_and_cli(app_ctx: Any, capsys: Any) -> None:
    ctx, listing, url = app_ctx
    service = ctx.harvests
    service.harvest("lst")
    listing[url] = listing[url][:3]
    service.harvest("lst")
    client = TestClient(create_app(ctx))
    held = client.get("/api/quarantine").json()["quarantine"]
    assert [q["count"] for q in held] == [7]
    assert "lst" in client.get("/operators").text
    qid = held[0]["id"]
    assert client.post(f"/api/quarantine/{qid}/approve").status_code == 401
    cfg = str(ctx.settings.path)
    assert main(["--config", cfg, "quarantine", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["quarantine"][0]["id"] == qid
    assert main(["--config", cfg, "status"]) == 1  # a quarantined node needs a person
    assert "quarantined" in capsys.readouterr().out
    ok = client.post(f"/api/quarantine/{qid}/approve", headers={"X-API-Key": TOKEN})
    assert ok.json()["quarantine"]["applied"] == 7
    assert ctx.store.records.count("lst") == 3
    again = client.post(f"/api/quarantine/{qid}/reject", headers={"X-API-Key": TOKEN})
    assert again.status_code == 409
    assert main(["--config", cfg, "quarantine", "approve", str(qid)]) == 2
    assert "already approved" in capsys.readouterr().err


def test_metrics(app_ctx: Any) -> None:
    ctx, _, _ = app_ctx
    ctx.harvests.harvest("fr-chm")
    client = TestClient(create_app(ctx))
    text = client.get("/metrics").text
    assert 'chm_runs_total{node="fr-chm",status="success"} 1.0' in text
    assert 'chm_records_harvested_total{node="fr-chm",outcome="added"} 12.0' in text
    assert "chm_harvest_duration_seconds_bucket" in text
    assert "chm_harvest_duration_seconds_count 1.0" in text
    assert 'chm_node_health{node="fr-chm",state="healthy"} 1.0' in text
    assert 'chm_node_health{node="lst",state="pending"} 1.0' in text
    assert "chm_index_records 12.0" in text
    assert 'chm_node_last_success_timestamp_seconds{node="fr-chm"}' in text
    before = time.time()
    stamp = float(
        text.split('chm_node_last_success_timestamp_seconds{node="fr-chm"} ')[1].split()[0]
    )
    assert before - 120 < stamp <= before + 1


RUN = st.fixed_dictionaries(
    {
        "status": st.sampled_from(["running", "success", "partial", "failed", "aborted"]),
        "error_kind": st.sampled_from([None, "unreachable", "invalid-response", "watchdog", "x"]),
        "error": st.one_of(st.none(), st.text(max_size=30)),
        **{
            k: st.integers(0, 10)
            for k in ("added", "updated", "unchanged", "deleted", "rejected", "pages")
        },
    }
)


@given(RUN)
def test_every_run_gets_an_outcome_and_a_cause(run: dict[str, Any]) -> None:
    d = describe_run(run)
    assert d["outcome"]
    assert d["cause"]
    if run["status"] in ("success", "partial") and not (
        run["added"] + run["updated"] + run["deleted"] + run["rejected"]
    ):
        assert d["outcome"] == "not-modified"
    if run["status"] == "failed" and run["error_kind"] == "unreachable":
        assert d["cause"].startswith("the node could not be reached")


def test_errors_group_by_message_without_values() -> None:
    errors = [
        {"stage": "map", "message": f"field 'date': bad (value '{i}')", "source_id": str(i)}
        for i in range(7)
    ] + [{"stage": "harvest", "message": "no header", "source_id": None}]
    groups = group_errors(errors)
    assert groups[0] == {
        "stage": "map", "message": "field 'date': bad", "count": 7,
        "examples": ["0", "1", "2", "3", "4"],
    }  # fmt: skip
    assert groups[1]["count"] == 1
