"""Core JSON API: runs with their causes, record lookup, health, one error shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from ops.context import Context
from search_api.app import create_app
from tests.harvesters.helpers import Harness, make_settings


@pytest.fixture
def client(tmp_path: Path, demo_oai_server) -> TestClient:
    server = demo_oai_server(count=30, node="gb-chm")
    settings = make_settings(
        tmp_path,
        [{"id": "gb-chm", "url": server.url}, {"id": "gone", "url": "http://127.0.0.1:9/oai"}],
        max_retries=0,
    )
    h = Harness(settings)
    assert h.harvest("gb-chm").status == "success"
    assert h.harvest("gone").status == "failed"
    h.close()
    return TestClient(create_app(Context(settings)))


def test_runs_say_their_cause_in_plain_words(client: TestClient) -> None:
    runs = client.get("/api/runs").json()["runs"]
    by_node = {r["node_id"]: r for r in runs}
    assert by_node["gb-chm"]["status"] == "success" and by_node["gb-chm"]["added"] == 30
    assert by_node["gone"]["status"] == "failed"
    assert by_node["gone"]["outcome"] == "unreachable"
    assert "connection refused" in by_node["gone"]["error"]
    one = client.get(f"/api/runs/{by_node['gone']['id']}").json()
    assert one["run"]["outcome"] == "unreachable" and one["errors"] == []
    assert client.get("/api/runs", params={"node": "gb-chm"}).json()["runs"][0]["added"] == 30


def test_record_and_health(client: TestClient) -> None:
    hits = client.get("/api/search", params={"size": 1}).json()["hits"]
    rid = hits[0]["id"]
    rec = client.get(f"/api/records/{rid}").json()["record"]
    assert rec["id"] == rid and rec["node"] == "gb-chm"
    health = client.get("/healthz").json()
    assert health["ok"] and health["index"]["documents"] == 30
    assert health["store"]["records"] == 30


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/records/nope:nothing", 404),
        ("/api/runs/999", 404),
        ("/api/search?size=5000", 400),
        ("/api/search?q=%22open", 400),
        ("/api/search?sort=sideways", 400),
        ("/no/such/page", 404),
    ],
)
def test_one_error_shape(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    body = r.json()
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["errors"], list)


def test_operators_page_shows_the_index_health(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = client.get("/operators").text
    assert "Search index: <strong>tantivy</strong>" in page and "30 documents" in page
    status = client.get("/api/status").json()
    assert status["index"]["documents"] == 30 and status["index"]["behind"] == 0
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    down = {"backend": "elasticsearch", "ok": False, "error": "cannot reach Elasticsearch: x"}
    ctx.index.health = lambda: down  # as an unreachable cluster reports itself
    page = client.get("/operators").text
    assert "unavailable" in page and "cannot reach Elasticsearch" not in page  # anonymous
    assert client.get("/api/status").json()["index"]["ok"] is False
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", "op-token-for-this-test")
    auth = {"Authorization": "Bearer op-token-for-this-test"}
    page = client.get("/operators", headers=auth).text
    assert "unavailable" in page and "cannot reach Elasticsearch" in page  # operators see why


@pytest.mark.parametrize(
    "params",
    [{"q": "mercury", "lang": "fr"}, {"q": "", "size": "5", "collapse": "true"}, {"q": "zzzz"}],
)
def test_search_response_is_the_json_fastapi_would_write(
    client: TestClient, params: dict[str, str]
) -> None:
    # /api/search writes its body with orjson: the bytes must be what JSONResponse writes
    import json

    r = client.get("/api/search", params=params)
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert r.content == json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    assert body["ok"] is True and isinstance(body["total"], int) and "facets" in body
