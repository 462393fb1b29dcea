"""The registry API on a real app: the authorization matrix, registration flows, secrets,
the one registry shared with the scheduler, abuse limits, the audit log and /register."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from core.config import NodeConfig, load_settings
from ops.context import Context
from registration.registry import Actor
from search_api.app import create_app

from .helpers import OPERATOR_TOKEN, bearer, registration, write_config

ANON, NODE_A, NODE_B, OPERATOR = "anonymous", "node-a", "node-b", "operator"
WHO = (ANON, NODE_A, NODE_B, OPERATOR)


@pytest.fixture
def world(client: TestClient, ctx: Context, oai_url: str) -> dict[str, Any]:
    """Two registered, active nodes (a and b) and every principal's token.

    Registered through the registry itself (no report run) to keep the matrix fast; the
    API's registration path is tested on its own below.
    """
    keys = {}
    reg = ctx.registry
    for nid in ("a", "b"):
        node = NodeConfig(id=nid, url=oai_url, name=f"Node {nid}", country="SN")
        contact = {"email": f"focal@{nid}.example.org"}
        keys[nid] = reg.register(node, contact, "active", Actor("anonymous", "testclient"))
        reg.save_report(nid, {"status": "pass", "finished_at": "2026-01-01T00:00:00Z"})
    tokens = {ANON: None, NODE_A: keys["a"], NODE_B: keys["b"], OPERATOR: OPERATOR_TOKEN}
    return {"client": client, "tokens": tokens, "oai_url": oai_url}


def _ok(code: int) -> dict[str, int]:
    return dict.fromkeys(WHO, code)


OWNER = {ANON: 401, NODE_A: 200, NODE_B: 403, OPERATOR: 200}
MATRIX: list[tuple[str, str, Any, dict[str, int]]] = [
    ("GET", "/api/nodes", None, _ok(200)),
    ("POST", "/api/nodes", "REGISTRATION", _ok(201)),
    ("GET", "/api/nodes/a", None, _ok(200)),
    ("PATCH", "/api/nodes/a", {"name": "Renamed"}, OWNER),
    ("PATCH", "/api/nodes/a", {"status": "disabled"}, OWNER | {NODE_A: 403}),
    ("DELETE", "/api/nodes/a", None, OWNER),
    ("POST", "/api/nodes/a/validate", None, OWNER),
    ("GET", "/api/nodes/a/report", None, OWNER),
    ("POST", "/api/nodes/a/key", None, OWNER),
    ("POST", "/api/validate", "VALIDATE", _ok(200)),
    ("GET", "/api/audit", None, {ANON: 401, NODE_A: 403, NODE_B: 403, OPERATOR: 200}),
]


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    MATRIX,
    ids=[f"{m} {p} {b if isinstance(b, dict) else ''}".strip() for m, p, b, _ in MATRIX],
)
def test_authorization_matrix(
    world: dict[str, Any], who: str, method: str, path: str, body: Any, expected: dict
) -> None:
    client: TestClient = world["client"]
    if body == "REGISTRATION":
        body = registration(f"new-{who}", world["oai_url"])
    elif body == "VALIDATE":
        body = {"url": world["oai_url"]}
    before = client.get("/api/nodes/a").json()["node"]
    r = client.request(method, path, json=body, headers=bearer(world["tokens"][who]))
    assert r.status_code == expected[who], r.text
    if r.status_code >= 400:
        assert r.json()["ok"] is False and r.json()["error"]
        after = client.get("/api/nodes/a").json()["node"]
        assert after == before  # a refused request changes nothing
    assert "key_hash" not in r.text and "pbkdf2" not in r.text


def test_a_node_never_reads_another_nodes_contact(world: dict[str, Any]) -> None:
    client, tokens = world["client"], world["tokens"]
    public = client.get("/api/nodes").json()["nodes"]
    assert {n["id"] for n in public} == {"a", "b"}
    assert all("contact" not in n for n in public)
    as_b = client.get("/api/nodes/a", headers=bearer(tokens[NODE_B]))
    # b's key is valid, but not for a: public view only
    assert "contact" not in as_b.json()["node"]
    as_a = client.get("/api/nodes/a", headers=bearer(tokens[NODE_A]))
    assert as_a.json()["node"]["contact"]["email"] == "focal@a.example.org"
    as_op = client.get("/api/nodes/a", headers=bearer(OPERATOR_TOKEN))
    assert as_op.json()["node"]["contact"]["email"] == "focal@a.example.org"
    bad = client.get("/api/nodes/a", headers=bearer("chmk.a.not-the-key"))
    assert bad.status_code == 401


def test_rotated_key_replaces_the_old_one(world: dict[str, Any]) -> None:
    client, old = world["client"], world["tokens"][NODE_A]
    new = client.post("/api/nodes/a/key", headers=bearer(old)).json()["api_key"]
    assert new != old and new.startswith("chmk.a.")
    assert client.patch("/api/nodes/a", json={"name": "x"}, headers=bearer(old)).status_code == 401
    assert client.patch("/api/nodes/a", json={"name": "x"}, headers=bearer(new)).status_code == 200


def test_registered_nodes_join_the_one_registry(world: dict[str, Any], ctx: Context) -> None:
    """Registered nodes are in ctx.settings.nodes (harvest CLI, scheduler) and on disk."""
    assert {"a", "b"} <= {n.id for n in ctx.settings.nodes}
    assert ctx.settings.node("a").enabled is True
    fresh = load_settings(ctx.settings.path)  # what a new process (the scheduler) reads
    assert fresh.node("a").source == "local"
    assert "api_key" not in fresh.local_nodes_path.read_text()
    assert "chmk." not in fresh.local_nodes_path.read_text()  # secrets only in SQLite, hashed


def test_failing_report_registers_a_pending_node_not_scheduled(
    client: TestClient, ctx: Context, endpoint_server: tuple
) -> None:
    base, _, state = endpoint_server
    state["toggle_ok"] = False
    r = client.post("/api/nodes", json=registration("sn", f"{base}/toggle/oai"))
    assert r.status_code == 201
    data = r.json()
    assert data["status"] == "pending"
    assert "not harvested until a report passes" in data["message"]
    assert data["report"]["status"] == "fail"
    assert ctx.settings.node("sn").enabled is False  # the scheduler's contract
    assert load_settings(ctx.settings.path).node("sn").enabled is False
    key = data["api_key"]
    state["toggle_ok"] = True  # the node fixes its endpoint
    try:
        v = client.post("/api/nodes/sn/validate", headers=bearer(key))
    finally:
        state["toggle_ok"] = False
    assert v.status_code == 200
    assert v.json()["status"] == "active"
    assert ctx.settings.node("sn").enabled is True
    report = client.get("/api/nodes/sn/report", headers=bearer(key))
    assert report.headers["content-disposition"] == 'attachment; filename="chm-report-sn.json"'
    assert report.json()["status"] in ("pass", "warn")


def test_endpoint_change_reruns_the_report(world: dict[str, Any], ctx: Context) -> None:
    client, key = world["client"], world["tokens"][NODE_A]
    r = client.patch("/api/nodes/a", json={"metadata_prefix": "XXX"}, headers=bearer(key))
    assert r.status_code == 200
    assert r.json()["report"]["status"] == "fail"
    assert r.json()["node"]["status"] == "pending"
    assert ctx.settings.node("a").enabled is False
    r = client.patch("/api/nodes/a", json={"metadata_prefix": "oai_dc"}, headers=bearer(key))
    assert r.json()["node"]["status"] == "active"
    assert ctx.settings.node("a").metadata_prefix == "oai_dc"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/oai", "scheme is 'ftp'"),
        ("http://user:pw@example.org/oai", "user name or password"),
        ("http://10.0.0.7/oai", "10.0.0.7 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata"),
        ("http://[::1]:8000/oai", "loopback"),
        ("http://10.1/oai", "'10.1' resolves to 10.0.0.1"),
        ("REDIRECT", "10.0.0.1 is a private address"),
        ("SLOW", "time limit"),
        ("BIG", "byte limit"),
    ],
)
def test_hostile_registrations_refused(
    client: TestClient, ctx: Context, base_url: str, url: str, reason: str
) -> None:
    url = {
        "REDIRECT": f"{base_url}/redirect-private/oai",
        "SLOW": f"{base_url}/slow/oai",
        "BIG": f"{base_url}/big/oai",
    }.get(url, url)
    r = client.post("/api/nodes", json=registration("evil", url))
    if "scheme" in reason:  # the config check already refuses non-http URLs
        assert r.status_code == 400
        assert "not an http(s) URL" in r.json()["error"]
        return
    assert r.status_code == 400, r.text
    assert r.json()["error"].startswith("registration refused: ")
    assert reason in r.json()["error"]
    assert "evil" not in {n.id for n in ctx.settings.nodes}
    audit = client.get("/api/audit", headers=bearer(OPERATOR_TOKEN)).json()["entries"]
    assert audit[0]["action"] == "refused" and audit[0]["node_id"] == "evil"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"id": "x", "url": "http://example.org/oai"}, "contact: required"),
        ({"id": "x", "url": "http://e.org/", "contact": "nope"}, "is not an e-mail address"),
        ({"id": "Bad Id", "url": "http://e.org/", "contact": "a@b.org"}, "must be lower-case"),
        ({"id": "x", "url": "http://e.org/", "contact": "a@b.org", "key": 1}, "unknown field"),
        ({"id": "x", "url": "http://e.org/", "contact": "a@b.org", "country": "fr"}, "ISO 3166"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_bad_registration_bodies(client: TestClient, body: Any, message: str) -> None:
    r = client.post("/api/nodes", json=body)
    assert r.status_code == 400
    assert message in r.json()["error"]


def test_duplicate_and_config_nodes(tmp_path: Path, oai_url: str) -> None:
    cfg = write_config(tmp_path, nodes=f'[[nodes]]\nid = "fr-chm"\nurl = "{oai_url}"\n')
    ctx = Context(load_settings(cfg))
    with TestClient(create_app(ctx)) as client:
        dup = client.post("/api/nodes", json=registration("fr-chm", oai_url))
        assert dup.status_code == 409
        assert "already exists" in dup.json()["error"]
        op = bearer(OPERATOR_TOKEN)
        r = client.patch("/api/nodes/fr-chm", json={"name": "x"}, headers=op)
        assert r.status_code == 409
        assert "defined in config.toml" in r.json()["error"]
        listed = client.get("/api/nodes").json()["nodes"]
        assert listed[0]["id"] == "fr-chm" and listed[0]["status"] == "active"
        assert client.post("/api/nodes/fr-chm/validate", headers=op).status_code == 200
    ctx.close()


def test_rate_limits_per_client(tmp_path: Path, oai_url: str) -> None:
    cfg = write_config(tmp_path, registration="register_per_hour = 2\nvalidate_per_hour = 1")
    ctx = Context(load_settings(cfg))
    with TestClient(create_app(ctx)) as client:
        codes = [
            client.post("/api/nodes", json=registration(f"n{i}", oai_url)).status_code
            for i in range(3)
        ]
        assert codes == [201, 201, 429]
        r = client.post("/api/nodes", json=registration("n9", oai_url))
        assert r.status_code == 429
        assert "the limit is 2 per hour" in r.json()["error"]
        assert int(r.headers["retry-after"]) > 0
        op = bearer(OPERATOR_TOKEN)  # operators are not limited
        assert (
            client.post("/api/nodes", json=registration("n3", oai_url), headers=op).status_code
            == 201
        )
        assert client.post("/api/validate", json={"url": oai_url}).status_code == 200
        assert client.post("/api/validate", json={"url": oai_url}).status_code == 429
    ctx.close()


def test_audit_log_who_what_when_where(world: dict[str, Any]) -> None:
    client, tokens = world["client"], world["tokens"]
    client.patch("/api/nodes/a", json={"name": "Renamed"}, headers=bearer(tokens[NODE_A]))
    client.patch("/api/nodes/b", json={"status": "disabled"}, headers=bearer(OPERATOR_TOKEN))
    client.delete("/api/nodes/a", headers=bearer(tokens[NODE_A]))
    entries = client.get("/api/audit", headers=bearer(OPERATOR_TOKEN)).json()["entries"]
    actions = [(e["actor"], e["action"], e["node_id"]) for e in entries]
    assert actions[:3] == [
        ("node:a", "delete", "a"),
        ("operator", "status", "b"),
        ("node:a", "update", "a"),
    ]
    assert actions[-2:] == [("anonymous", "register", "b"), ("anonymous", "register", "a")]
    assert all(e["at"].endswith("Z") and e["client"] == "testclient" for e in entries)
    assert entries[1]["detail"] == {
        "from": "active",
        "to": "disabled",
        "reason": "set by an operator",
    }
    only_b = client.get("/api/audit?node=b", headers=bearer(OPERATOR_TOKEN)).json()["entries"]
    assert {e["node_id"] for e in only_b} == {"b"}


def test_validate_unregistered_url(client: TestClient, oai_url: str, ctx: Context) -> None:
    r = client.post("/api/validate?download=true", json={"url": oai_url, "country": "CH"})
    assert r.status_code == 200
    assert r.headers["content-disposition"] == 'attachment; filename="chm-report.json"'
    report = r.json()["report"]
    assert report["status"] == "warn" and report["node_id"] is None
    assert ctx.settings.nodes == ()  # nothing registered
    bad = client.post("/api/validate", json={"url": "gopher://x/"})
    assert bad.status_code == 400


def test_operator_access_off_without_a_token(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('operator_token_file = "ops.token"\n', ""))
    monkeypatch.delenv("CHM_OPERATOR_TOKEN", raising=False)
    ctx = Context(load_settings(cfg))
    with TestClient(create_app(ctx)) as client:
        r = client.get("/api/audit", headers=bearer(OPERATOR_TOKEN))
        assert r.status_code == 403
        assert "CHM_OPERATOR_TOKEN" in r.json()["error"]
        monkeypatch.setenv("CHM_OPERATOR_TOKEN", "env-token-0123456789")
        assert client.get("/api/audit", headers=bearer("env-token-0123456789")).status_code == 200
    ctx.close()


# ---- the registration page --------------------------------------------------------------------


def test_register_page_form(client: TestClient) -> None:
    r = client.get("/register")
    assert r.status_code == 200
    for label in ('for="id"', 'for="url"', 'for="contact_email"', 'for="protocol"'):
        assert label in r.text
    assert '<html lang="en">' in r.text


def test_register_page_check_only_and_register(
    client: TestClient, ctx: Context, oai_url: str
) -> None:
    form = {
        "id": "web-node",
        "url": oai_url,
        "protocol": "oai-pmh",
        "contact_email": "focal@web.example.org",
        "country": "sn",
    }
    check = client.post("/register", data=form | {"action": "validate"})
    assert check.status_code == 200
    assert "Nothing was registered" in check.text
    assert "Datestamps in UTC" in check.text
    assert "web-node" not in {n.id for n in ctx.settings.nodes}
    done = client.post("/register", data=form | {"action": "register"})
    assert done.status_code == 200
    assert done.headers["cache-control"] == "no-store"
    assert "shown only this once" in done.text
    key = done.text.split('id="api-key">', 1)[1].split("<", 1)[0]
    assert key.startswith("chmk.web-node.")
    assert "Download the report as JSON" in done.text
    own = client.get("/api/nodes/web-node", headers=bearer(key)).json()["node"]
    assert own["contact"]["email"] == "focal@web.example.org"
    assert own["country"] == "SN"
    again = client.post("/register", data=form | {"action": "register"})
    assert again.status_code == 409
    assert "already exists" in again.text
    assert key not in again.text


def test_register_page_escapes_input(client: TestClient, base_url: str) -> None:
    form = {"id": "x", "url": "javascript:alert(1)", "contact_email": "<script>@x.org"}
    r = client.post("/register", data=form | {"action": "register"})
    assert r.status_code == 400
    assert "<script>@x.org" not in r.text
    assert "&lt;script&gt;@x.org" in r.text


def test_patch_to_an_unknown_mapping_is_refused(world: dict[str, Any], ctx: Context) -> None:
    client, key = world["client"], world["tokens"][NODE_A]
    r = client.patch("/api/nodes/a", json={"mapping": "no-such-mapping"}, headers=bearer(key))
    assert r.status_code == 400
    assert "unknown mapping 'no-such-mapping'" in r.json()["error"]
    assert ctx.settings.node("a").mapping == "oai_dc"
    # a file on the server: only operators may name one, and it must load
    r = client.patch("/api/nodes/a", json={"mapping": "/etc/x.toml"}, headers=bearer(key))
    assert r.status_code == 403
    op = bearer(OPERATOR_TOKEN)
    r = client.patch("/api/nodes/a", json={"mapping": "/nonexistent/x.toml"}, headers=op)
    assert r.status_code == 400
    assert "no such mapping file" in r.json()["error"]
    r = client.post(
        "/api/nodes",
        json={"id": "c", "url": world["oai_url"], "contact": "a@b.org", "mapping": "zzz"},
    )
    assert r.status_code == 400 and "unknown mapping 'zzz'" in r.json()["error"]
