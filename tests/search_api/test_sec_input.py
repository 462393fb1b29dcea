"""No 500 from input: ids of any size and shape, search cursors and OAI-PMH resumption
tokens of any shape get a 4xx (or OAI ``badResumptionToken``); cursors and tokens are
signed with a key kept in the store, so a forged or altered one is refused. And /healthz
shows no path to anonymous callers."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from search_api.tokens import KEY_META, seal, signing_key, unseal

NS = {"o": "http://www.openarchives.org/OAI/2.0/"}
QUICK = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
ID_ROUTES = (
    ("GET", "/api/runs/{}"),
    ("GET", "/operators/runs/{}"),
    ("GET", "/operators/runs/{}/errors.csv"),
    ("POST", "/api/quarantine/{}/approve"),
)


def _oai(client: TestClient, **params: str) -> etree._Element:
    r = client.get("/oai", params=params)
    assert r.status_code == 200, r.text
    return etree.fromstring(r.content)


def _error_code(root: etree._Element) -> str | None:
    err = root.find("o:error", NS)
    return None if err is None else err.get("code")


def _b64(data: Any) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(("method", "route"), ID_ROUTES)
@pytest.mark.parametrize(
    "run_id",
    ["9223372036854775808", "9223372036854775807", "-1", "0", "1e3", "abc", "%F0%9F%92%A5",
     "1" * 400],
)  # fmt: skip
def test_ids_of_any_size_and_shape(
    client: TestClient, method: str, route: str, run_id: str
) -> None:
    r = client.request(method, route.format(run_id))
    assert 400 <= r.status_code < 500, (route, run_id, r.status_code, r.text[:200])
    if r.headers.get("content-type", "").startswith("application/json"):
        assert r.json()["ok"] is False and r.json()["status"] == r.status_code


@QUICK
@given(st.one_of(st.integers(), st.text(min_size=1, max_size=60)))
def test_any_run_id_is_a_4xx(client: TestClient, run_id: int | str) -> None:
    from urllib.parse import quote

    r = client.get(f"/api/runs/{quote(str(run_id), safe='')}")
    assert 400 <= r.status_code < 500, (run_id, r.status_code)


def test_cursor_is_signed_and_an_altered_one_is_refused(client: TestClient) -> None:
    first = client.get("/api/search", params={"sort": "date", "size": 5}).json()
    cursor = first["next_cursor"]
    assert cursor and cursor.count(".") == 1
    ok = client.get("/api/search", params={"sort": "date", "size": 5, "cursor": cursor})
    assert ok.status_code == 200 and ok.json()["hits"][0]["id"] != first["hits"][0]["id"]
    value, _, tag = cursor.partition(".")
    forged_value = _b64({"s": "date", "k": 10**40, "ids": []})
    for bad in (
        f"{forged_value}.{tag}",  # another value under the real tag
        forged_value,  # no tag at all (the format before signing)
        # an altered tag: its first character (all six bits of it are the tag's; the last
        # one's low bits are padding, and a tag may end in "AA" already, as one did in a
        # clean clone's run, when replacing its end with "AA" altered nothing)
        f"{value}.{'B' if tag[0] != 'B' else 'C'}{tag[1:]}",
        f"{value}x.{tag}",  # an altered value
        seal(b"another server's key".ljust(32, b"!"), "cursor", value),
    ):
        r = client.get("/api/search", params={"sort": "date", "cursor": bad})
        assert r.status_code == 400 and "cursor" in r.json()["error"], bad


@QUICK
@given(st.text(max_size=300))
def test_any_cursor_text_is_a_400_not_a_500(client: TestClient, cursor: str) -> None:
    r = client.get("/api/search", params={"sort": "date", "cursor": cursor})
    assert r.status_code in (200, 400), r.text[:200]
    if r.status_code == 200:
        assert not cursor  # an empty cursor means "first page"


def test_resumption_token_is_signed_and_a_forged_one_is_bad(client: TestClient) -> None:
    page = _oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    token = page.findtext(".//o:resumptionToken", namespaces=NS)
    assert token and token.count(".") == 1
    assert _error_code(_oai(client, verb="ListIdentifiers", resumptionToken=token)) is None
    value, _, tag = token.partition(".")
    huge = _b64(["ListIdentifiers", "oai_dc", None, None, None, 2**64, 2**70, 10**30, 1])
    for forged in (f"{huge}.{tag}", huge, value, f"{value}.{tag}x", f"{value}A.{tag}"):
        root = _oai(client, verb="ListIdentifiers", resumptionToken=forged)
        assert _error_code(root) == "badResumptionToken", forged


@QUICK
@given(st.text(min_size=1, max_size=300))
def test_any_resumption_token_is_bad_not_a_500(client: TestClient, token: str) -> None:
    r = client.get("/oai", params={"verb": "ListRecords", "resumptionToken": token})
    assert r.status_code == 200, r.text[:200]
    assert _error_code(etree.fromstring(r.content)) in ("badResumptionToken", "badArgument")


@QUICK
@given(st.text(max_size=100), st.sampled_from(["cursor", "oai"]))
def test_unseal_only_opens_what_seal_made(value: str, kind: str) -> None:
    key = bytes(range(32))
    token = seal(key, kind, value) if value and "." not in value else None
    if token is not None:
        assert unseal(key, kind, token) == value
        assert unseal(key, "other", token) is None
        assert unseal(bytes(32), kind, token) is None
    assert unseal(key, kind, value) is None or "." in value


def test_the_key_is_kept_in_the_store(client: TestClient) -> None:
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    stored = ctx.store.meta.get(KEY_META)
    assert stored and bytes.fromhex(stored) == signing_key(ctx) and len(stored) == 64


def test_healthz_shows_no_path_to_anonymous_callers(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    folder = str(ctx.settings.path.parent)
    for url in ("/healthz", "/api/status", "/operators"):
        anonymous = client.get(url)
        assert anonymous.status_code == 200
        assert folder not in anonymous.text and str(ctx.settings.index.path) not in anonymous.text
    body = client.get("/healthz").json()
    assert body["ok"] is True and body["index"]["documents"] > 0 and "path" not in body["index"]
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", "op-token-for-this-test")
    operator = client.get("/healthz", headers={"Authorization": "Bearer op-token-for-this-test"})
    assert operator.json()["index"]["path"] == str(ctx.settings.index.path)
