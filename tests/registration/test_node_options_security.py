"""What a node can make chm read: its own endpoint, and nothing else.

For every option key (the allow-list of every protocol, the operators' keys, unknown keys)
and every route a node reaches (anonymous, and with its own key), no value makes chm

- read an environment variable named by the caller (``os.environ`` is wrapped and every
  key looked up is recorded),
- open a file named by the caller (a ``sys.addaudithook`` hook records every ``open``),
- send a secret that is not the caller's own to anyone: the real endpoint server on
  127.0.0.1 records the headers of every request it receives, and no header may carry the
  operator token, an environment canary, the contents of a canary file, or the secret an
  operator stored for another node *on the same host and port*.

Positive controls show each recorder works: the victim node's own validation does send its
secret, a config.toml node's ``auth_env`` is read, and the operators' mapped JSON-LD context
file is opened. Hypothesis draws the options.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from core.config import load_settings
from harvesters.node_options import NODE_OPTIONS, OPERATOR_ONLY, option_problems
from ops.context import Context
from registration import registry as store_registry
from registration.registry import Actor
from search_api.app import create_app
from tests.servers import registration_endpoints as regservers

from .helpers import OPERATOR_TOKEN, bearer, registration, write_config

ENV_CANARIES = {
    "CHM_CANARY_SECRET": "canary-env-8f3a61d2",
    "CHM_OPERATOR_TOKEN": "canary-optoken-27be90c4",
}
VICTIM_SECRET = "Bearer canary-victim-5e07a3b9"
FILE_MARKER = "canary-file-c41d7e22"
HOSTILE_VALUE = '"] [[nodes]] id = "x\\" = \'é\' ${CHM_CANARY_SECRET}'


# ---- recorders -------------------------------------------------------------------------


class RecordingEnviron(MutableMapping[str, str]):
    """``os.environ`` that remembers every key looked up (iteration is not a lookup)."""

    def __init__(self, real: MutableMapping[str, str]) -> None:
        self.real = real
        self.looked_up: set[str] = set()

    def __getitem__(self, key: str) -> str:
        self.looked_up.add(key)
        return self.real[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.looked_up.add(key)
        return key in self.real

    def __setitem__(self, key: str, value: str) -> None:
        self.real[key] = value

    def __delitem__(self, key: str) -> None:
        del self.real[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.real)

    def __len__(self) -> int:
        return len(self.real)

    def copy(self) -> dict[str, str]:
        return dict(self.real)


OPENED: list[str] = []
_RECORDING = [False]


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _RECORDING[0] and event == "open" and args and isinstance(args[0], str | bytes | Path):
        OPENED.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)  # an audit hook cannot be removed; it records only while asked


# ---- the world: a recording endpoint, a victim with a secret, an attacker with a key --------


@pytest.fixture(scope="module")
def recorder() -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """(base URL, [(path, headers)]) of a real endpoint server recording every request."""
    seen: list[tuple[str, dict[str, str]]] = []
    for base, _hits, _state in regservers.serve(seen=seen):
        yield base, seen


@pytest.fixture
def world(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recorder: tuple[str, list[tuple[str, dict[str, str]]]],
) -> Iterator[dict[str, Any]]:
    """A real app whose config maps one JSON-LD context; canaries in the environment and on
    disk; node ``victim`` with an operator-stored secret for the endpoint's origin; node
    ``attacker`` with its API key (both on the same host and port)."""
    base, seen = recorder
    # the strength of the key hash is not under test here: fewer PBKDF2 rounds keep the
    # hundreds of keyed requests below quick (the hash format and checks are the real ones)
    strong = store_registry.hash_key
    monkeypatch.setattr(store_registry, "hash_key", lambda key: strong(key, iterations=1000))
    for k, v in ENV_CANARIES.items():
        monkeypatch.setenv(k, v)
    canary = tmp_path / "canary.jsonld"
    canary.write_text(json.dumps({"@context": {"canary": FILE_MARKER}}))
    real_ctx = tmp_path / "contexts" / "dcat.jsonld"
    real_ctx.parent.mkdir()
    doc = json.loads(regservers.DCAT.joinpath("catalog_with_at_graph.jsonld").read_text())
    real_ctx.write_text(json.dumps({"@context": doc["@context"]}))
    mapped_url = f"{base}/remotectx/context.jsonld"
    cfg = write_config(
        tmp_path,
        registration="register_per_hour = 1000000\nvalidate_per_hour = 1000000",
        nodes=f'[harvest.jsonld_contexts]\n"{mapped_url}" = "contexts/dcat.jsonld"\n',
    )
    ctx = Context(load_settings(cfg))
    reg = ctx.registry
    with TestClient(create_app(ctx)) as client:
        ok = client.post("/api/nodes", json=registration("victim", f"{base}/zenodo/oai"))
        assert ok.status_code == 201, ok.text
        victim_key = ok.json()["api_key"]
        reg.set_secret("victim", "Authorization", VICTIM_SECRET, Actor("cli:test", "cli"))
        got = client.post("/api/nodes", json=registration("attacker", f"{base}/zenodo/oai"))
        assert got.status_code == 201, got.text
        env = RecordingEnviron(os.environ)
        monkeypatch.setattr(os, "environ", env)
        yield {
            "base": base,
            "seen": seen,
            "client": client,
            "ctx": ctx,
            "cfg": cfg,
            "env": env,
            "canary": str(canary),
            "mapped": mapped_url,
            "real_ctx": str(real_ctx),
            "victim_key": victim_key,
            "attacker_key": got.json()["api_key"],
        }
    ctx.close()


def _leaks(world: dict[str, Any], start: int) -> list[str]:
    """Every secret found in a header the endpoint received since request ``start``."""
    secrets = [*ENV_CANARIES.values(), OPERATOR_TOKEN, VICTIM_SECRET.split()[1], FILE_MARKER]
    found = []
    for path, headers in world["seen"][start:]:
        text = " ".join(f"{k}: {v}" for k, v in headers.items()) + " " + path
        found += [f"{s} in request {path}" for s in secrets if s in text]
    return found


def _nothing_read(world: dict[str, Any], opened_from: int, response_text: str) -> None:
    env: RecordingEnviron = world["env"]
    assert not env.looked_up & {"CHM_CANARY_SECRET"}, env.looked_up
    canaries = {world["canary"], "/etc/passwd", "/etc/hostname"}
    assert not canaries & set(OPENED[opened_from:]), OPENED[opened_from:]
    for secret in [*ENV_CANARIES.values(), VICTIM_SECRET.split()[1], FILE_MARKER]:
        assert secret not in response_text
    assert "No such file" not in response_text and "Is a directory" not in response_text


# ---- positive controls ------------------------------------------------------------------


def test_the_recorders_see_what_they_must(world: dict[str, Any]) -> None:
    """The victim's own report sends its secret to its origin; the endpoint records it."""
    start = len(world["seen"])
    r = world["client"].post("/api/nodes/victim/validate", headers=bearer(world["victim_key"]))
    assert r.status_code == 200, r.text
    assert any(h.get("Authorization") == VICTIM_SECRET for _, h in world["seen"][start:])
    assert _leaks(world, start)  # the recorder would catch a leak
    _RECORDING[0] = True
    try:
        mark = len(OPENED)
        body = {
            "url": f"{world['base']}/remotectx/catalog.jsonld",
            "protocol": "dcat",
            "mapping": "dcat",
            "options": {"contexts": [world["mapped"]]},
        }
        r = world["client"].post("/api/validate", json=body)
        assert r.status_code == 200, r.text
        assert r.json()["report"]["status"] != "fail", r.json()["report"]
        assert world["real_ctx"] in OPENED[mark:]  # the operators' mapped copy was read
    finally:
        _RECORDING[0] = False
    # the mapped remote context itself was never fetched
    assert not any(p.endswith("/context.jsonld") for p, _ in world["seen"][start:])


def test_item_1_operator_token_is_never_sent(world: dict[str, Any]) -> None:
    """The probe of the issue: auth_header + auth_env naming the operator token's variable."""
    start = len(world["seen"])
    hostile = {"auth_header": "Authorization", "auth_env": "CHM_OPERATOR_TOKEN"}
    for route in ("/api/validate", "/api/nodes"):
        body = registration("probe1", f"{world['base']}/ckan/package_search")
        body |= {"protocol": "json", "mapping": "ckan",
                 "options": {"profile": "ckan", **hostile}}  # fmt: skip
        if route == "/api/validate":
            body = {k: v for k, v in body.items() if k not in ("id", "contact")}
        r = world["client"].post(route, json=body)
        assert r.status_code == 400, r.text
        err = r.json()["error"]
        assert "options.auth_header" in err and "operators only" in err
        assert "allowed" in err or "may set" in err
    assert _leaks(world, start) == []
    assert len(world["seen"]) == start  # refused before any request


def test_item_9_contexts_from_the_api_cannot_break_the_registry(world: dict[str, Any]) -> None:
    """Anonymous POST /api/nodes with DCAT options.contexts: 400, the registry still loads."""
    body = registration("probe9", f"{world['base']}/remotectx/catalog.jsonld")
    body |= {"protocol": "dcat", "mapping": "dcat",
             "options": {"contexts": {f"{world['base']}/x.jsonld": world["canary"]}}}  # fmt: skip
    r = world["client"].post("/api/nodes", json=body)
    assert r.status_code == 400, r.text
    assert "options.contexts" in r.json()["error"]
    again = load_settings(world["cfg"])
    assert again.registry_problems == ()
    assert {"victim", "attacker"} <= {n.id for n in again.nodes}
    # quotes and TOML syntax in values a node may set are written quoted and load back
    body["id"], body["options"] = "probe9b", {"contexts": [world["mapped"]]}
    r = world["client"].post("/api/nodes", json=body)
    assert r.status_code == 201, r.text
    ok = world["client"].patch(
        "/api/nodes/attacker",
        headers=bearer(world["attacker_key"]),
        json={"protocol": "json", "mapping": "ckan",
              "url": f"{world['base']}/ckan/package_search",
              "options": {"profile": "ckan", "params": {"fq": HOSTILE_VALUE}}},
    )  # fmt: skip
    assert ok.status_code == 200, ok.text
    again = load_settings(world["cfg"])
    assert again.registry_problems == ()
    assert again.node("attacker").options["params"] == {"fq": HOSTILE_VALUE}


# ---- the property: any options, any route ----------------------------------------------

ALL_KEYS = sorted(
    {k for table in NODE_OPTIONS.values() for k in table}
    | set(OPERATOR_ONLY)
    | {"contexts", "api_key", "token", "password", "secret", "auth_token", "source", "url"}
)
PROTOCOL_URLS = {
    "oai-pmh": ("/zenodo/oai", "oai_dc"),
    "json": ("/ckan/package_search", "ckan"),
    "dcat": ("/remotectx/catalog.jsonld", "dcat"),
}
_ids = itertools.count()


def _hostile_strings(world: dict[str, Any]) -> st.SearchStrategy[str]:
    canary = world["canary"]
    return st.sampled_from(
        [
            *ENV_CANARIES,
            "${CHM_CANARY_SECRET}",
            "$CHM_CANARY_SECRET",
            "env:CHM_CANARY_SECRET",
            canary,
            f"file://{canary}",
            "/etc/passwd",
            "../ops.token",
            "ops.token",
            "Authorization",
            "X-API-Key",
            "Bearer",
            "victim",
            "{since.__class__.__mro__}",
            "{0}",
            world["mapped"],
            f"{world['base']}/zenodo/oai",
            "result.results",
            "@",
        ]
    )


def _options(world: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    hostile = _hostile_strings(world)
    scalars = (
        st.none()
        | st.booleans()
        | st.integers(-(2**70), 2**70)
        | st.floats(allow_nan=True)
        | st.text(max_size=30)
        | hostile
    )
    values = st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.text(max_size=20) | hostile, inner, max_size=3)
        ),
        max_leaves=6,
    )
    good = {
        "profile": st.sampled_from(["ckan", "solr", "jsonapi"]),
        "records_path": st.just("result.results"),
        "page_size": st.integers(1, 10),
        "rate_limit": st.floats(1, 100),
        "max_pages": st.integers(1, 5),
        "delete_threshold": st.floats(0, 1),
        "format": st.sampled_from(["json-ld", "turtle"]),
        "contexts": st.just([world["mapped"]]),
        "params": st.dictionaries(st.text(max_size=20) | hostile, hostile, max_size=3),
        "modified_since_format": st.sampled_from(
            ["{since}", "{since.__class__}", "[{since} TO *]"]
        ),
    }
    key = st.sampled_from(ALL_KEYS) | hostile | st.text(max_size=15)
    pair = key.flatmap(lambda k: st.tuples(st.just(k), good.get(k, values) | values))
    anything = st.lists(pair, max_size=4).map(dict)
    # mostly-allowed options too, so that many requests get through to a real report
    plain = st.text(max_size=12) | hostile | st.integers(1, 20)
    allowed = st.sampled_from(sorted({k for t in NODE_OPTIONS.values() for k in t}))
    nice = allowed.flatmap(lambda k: st.tuples(st.just(k), good.get(k, plain)))
    return anything | st.lists(nice, max_size=3).map(dict)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_option_value_makes_chm_read_anything_but_the_endpoint(
    world: dict[str, Any], data: st.DataObject
) -> None:
    protocol = data.draw(st.sampled_from(sorted(PROTOCOL_URLS)), label="protocol")
    options = data.draw(_options(world), label="options")
    route = data.draw(
        st.sampled_from(["register", "validate", "patch", "register-form"]), label="route"
    )
    path, mapping = PROTOCOL_URLS[protocol]
    fields = {"protocol": protocol, "mapping": mapping, "url": world["base"] + path}
    client: TestClient = world["client"]
    start, mark = len(world["seen"]), len(OPENED)
    _RECORDING[0] = True
    try:
        if route == "register":
            body = registration(f"n{next(_ids)}", fields["url"]) | fields | {"options": options}
            r = client.post("/api/nodes", json=body)
        elif route == "validate":
            r = client.post("/api/validate", json=fields | {"options": options})
        elif route == "patch":
            auth = bearer(world["attacker_key"])
            r = client.patch(
                "/api/nodes/attacker", headers=auth, json=fields | {"options": options}
            )
            if r.status_code == 200:  # then its own validation runs with what was stored
                r2 = client.post("/api/nodes/attacker/validate", headers=auth)
                assert r2.status_code == 200, r2.text
        else:
            form = {"id": f"n{next(_ids)}", "contact_email": "a@b.org", "options": str(options)}
            r = client.post("/register", data=form | fields)
    finally:
        _RECORDING[0] = False
    event(f"{route}: HTTP {r.status_code}")
    assert r.status_code < 500, r.text
    expected_ok = option_problems(protocol, options, [world["mapped"]]) == []
    if route in ("register", "validate", "patch"):
        assert (r.status_code < 300) == expected_ok or r.status_code in (409, 429), r.text
        if not expected_ok:
            assert r.status_code == 400
            assert "options" in r.json()["error"]
    assert _leaks(world, start) == []
    _nothing_read(world, mark, r.text)
    assert load_settings(world["cfg"]).registry_problems == ()


def test_every_other_node_route_reads_nothing(world: dict[str, Any]) -> None:
    """The routes without options, anonymous and with the attacker's key."""
    client: TestClient = world["client"]
    start, mark = len(world["seen"]), len(OPENED)
    _RECORDING[0] = True
    try:
        for token in (None, world["attacker_key"]):
            h = bearer(token)
            responses = [
                client.get("/api/nodes", headers=h),
                client.get("/api/nodes/victim", headers=h),
                client.get("/api/nodes/attacker", headers=h),
                client.post("/api/nodes/attacker/validate", headers=h),
                client.post("/api/nodes/victim/validate", headers=h),
                client.get("/api/nodes/attacker/report", headers=h),
                client.get("/api/nodes/victim/report", headers=h),
                client.patch("/api/nodes/victim", headers=h, json={"name": "x"}),
                client.get("/api/audit", headers=h),
            ]
            for r in responses:
                assert r.status_code < 500, r.text
                _nothing_read(world, mark, r.text)
                assert VICTIM_SECRET.split()[1] not in r.text
    finally:
        _RECORDING[0] = False
    assert _leaks(world, start) == []
    # the victim's private view names its secret's header, never the value
    view = client.get("/api/nodes/victim", headers=bearer(world["victim_key"])).json()["node"]
    assert view["secret_headers"] == ["Authorization"]
    assert VICTIM_SECRET.split()[1] not in str(view)


def test_a_reregistered_id_never_inherits_a_secret(world: dict[str, Any]) -> None:
    """Deleting a node forgets its secret; whoever registers the id next gets none."""
    client: TestClient = world["client"]
    assert (
        client.delete("/api/nodes/victim", headers=bearer(world["victim_key"])).status_code == 200
    )
    start = len(world["seen"])
    r = client.post("/api/nodes", json=registration("victim", f"{world['base']}/zenodo/oai"))
    assert r.status_code == 201, r.text
    r = client.post("/api/nodes/victim/validate", headers=bearer(r.json()["api_key"]))
    assert r.status_code == 200
    assert len(world["seen"]) > start
    assert _leaks(world, start) == []
    assert world["ctx"].registry.secret_headers("victim") == []


def test_a_url_moved_to_another_origin_loses_the_secret_and_says_so(
    world: dict[str, Any], recorder: tuple[str, list[tuple[str, dict[str, str]]]]
) -> None:
    client: TestClient = world["client"]
    for other, _hits, _state in regservers.serve(seen=(other_seen := [])):
        r = client.patch(
            "/api/nodes/victim",
            headers=bearer(world["victim_key"]),
            json={"url": f"{other}/zenodo/oai"},
        )
        assert r.status_code == 200, r.text
        assert "ask them to set it again" in r.json()["note"]
        assert other_seen and all("Authorization" not in h for _, h in other_seen)


def test_every_option_key_with_every_kind_of_pointer_on_every_route(world: dict[str, Any]) -> None:
    """The deterministic sweep next to the property: each key once with each canary form,
    on each route that takes options (anonymous and with the node's own key)."""
    auth = bearer(world["attacker_key"])
    client: TestClient = world["client"]
    canary = world["canary"]
    pointers: list[Any] = [
        "CHM_CANARY_SECRET",
        "${CHM_CANARY_SECRET}",
        canary,
        f"file://{canary}",
        {"CHM_CANARY_SECRET": canary, world["mapped"]: canary},
        [canary, "CHM_CANARY_SECRET"],
    ]
    auth = bearer(world["attacker_key"])
    tried = 0
    for protocol, (_, mapping) in sorted(PROTOCOL_URLS.items()):
        # a path the server answers 404 at once: each report makes its first request (whose
        # headers are recorded) and stops, which keeps the sweep quick
        url = f"{world['base']}/sweep/{protocol}"
        fields = {"protocol": protocol, "mapping": mapping, "url": url}
        for key in ALL_KEYS:
            for value in pointers:
                options = {key: value}
                accepted = option_problems(protocol, options, [world["mapped"]]) == []
                start, mark = len(world["seen"]), len(OPENED)
                _RECORDING[0] = True
                try:
                    answers = [
                        client.post("/api/validate", json=fields | {"options": options}),
                        client.post(
                            "/api/nodes",
                            json=registration(f"s{next(_ids)}", fields["url"])
                            | fields
                            | {"options": options},
                        ),
                        client.patch(
                            "/api/nodes/attacker", headers=auth, json=fields | {"options": options}
                        ),
                    ]
                    if answers[-1].status_code == 200:
                        answers.append(client.post("/api/nodes/attacker/validate", headers=auth))
                finally:
                    _RECORDING[0] = False
                for r in answers:
                    tried += 1
                    assert r.status_code < 500, (protocol, key, value, r.text)
                    assert (r.status_code < 300) == accepted, (protocol, key, value, r.text)
                    if not accepted:
                        assert key[:20] in r.json()["error"], r.text
                    _nothing_read(world, mark, r.text)
                assert _leaks(world, start) == [], (protocol, key, value)
    assert tried >= len(ALL_KEYS) * len(pointers) * 3 * 3
    assert load_settings(world["cfg"]).registry_problems == ()


def test_the_operators_options_of_config_nodes_are_not_shown(tmp_path: Path) -> None:
    """Variable names and local paths of config.toml nodes stay out of every public view."""
    node = (
        '[[nodes]]\nid = "ops-json"\nurl = "https://data.example.org/api"\nprotocol = "json"\n'
        '[nodes.options]\nprofile = "ckan"\nauth_header = "X-API-Key"\n'
        'auth_env = "CHM_CANARY_SECRET"\nmax_response_bytes = 1000\n'
        '[nodes.options.contexts]\n"https://example.org/c.jsonld" = "/srv/private/c.jsonld"\n'
    )
    ctx = Context(load_settings(write_config(tmp_path, nodes=node)))
    try:
        with TestClient(create_app(ctx)) as client:
            for path in ("/api/nodes", "/api/nodes/ops-json"):
                r = client.get(path)
                assert r.status_code == 200
                assert "CHM_CANARY_SECRET" not in r.text and "/srv/private" not in r.text
                assert "auth_header" not in r.text and "max_response_bytes" not in r.text
                assert '"profile":"ckan"' in r.text.replace(" ", "")
    finally:
        ctx.close()
