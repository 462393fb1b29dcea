"""The assistance procedure over HTTP (TestClient over the real app): needs' states changed
by their node's key or an operator, the record page's form, where nodes are told,
subscriptions and their unsubscribe link, the Atom feed, the country status pages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from core.config import NodeConfig
from ops.context import Context
from registration.registry import Actor
from search_api.app import create_app
from store.assistance import Change
from tests.ops import assistance_world as world

TOKEN = "op-token-assistance"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", TOKEN)
    ctx: Context = world.build(tmp_path)
    keys = {}
    for node_id, cc in (("sn-chm", "SN"), ("tg-chm", "TG"), ("donor-db", None)):
        node = NodeConfig(id=node_id, url=f"http://{node_id}.example.org/oai", country=cc)
        keys[node_id] = ctx.registry.register(
            node, {"email": f"focal@{node_id}.example.org"}, "active", Actor("operator", "test")
        )
    ctx.reload_settings()
    yield {"ctx": ctx, "client": TestClient(create_app(ctx)), "keys": keys}
    ctx.close()


def _auth(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_needs_list_and_filters(env: dict[str, Any]) -> None:
    c = env["client"]
    body = c.get("/api/needs").json()
    assert [n["id"] for n in body["needs"]] == [world.NEED_TG, world.NEED]  # oldest first
    assert {n["state"] for n in body["needs"]} == {"open"}
    assert [n["id"] for n in c.get("/api/needs?country=sn").json()["needs"]] == [world.NEED]
    bad = c.get("/api/needs?state=closed")
    assert bad.status_code == 400 and "not one of open, forwarded" in bad.json()["error"]


def test_state_changes_need_the_nodes_key_and_follow_the_rules(env: dict[str, Any]) -> None:
    c, keys = env["client"], env["keys"]
    url = f"/api/needs/{world.NEED}/state"
    fwd = {"to": "forwarded", "offers": [world.OFFER], "note": "sent by the secretariat"}
    assert c.post(url, json=fwd).status_code == 401
    other = c.post(url, json=fwd, headers=_auth(keys["tg-chm"]))
    assert other.status_code == 403 and "belongs to node 'tg-chm'" in other.json()["error"]
    ok = c.post(url, json=fwd, headers=_auth(keys["sn-chm"]))
    assert ok.status_code == 200 and ok.json()["state"] == "forwarded"
    assert ok.json()["forwarded"][0]["id"] == world.OFFER
    assert ok.json()["history"][0]["actor"] == "node:sn-chm"
    illegal = c.post(url, json={"to": "open"}, headers=_auth(TOKEN))
    assert illegal.status_code == 409 and "cannot become 'open'" in illegal.json()["error"]
    stale = c.post(url, json={"to": "withdrawn", "expect": "open"}, headers=_auth(TOKEN))
    assert stale.status_code == 409 and "changed it meanwhile" in stale.json()["error"]
    bad = c.post(url, json={"to": "met", "met_by": world.NEED_TG}, headers=_auth(TOKEN))
    assert bad.status_code == 400 and "only an offer of support or a project" in bad.json()["error"]
    met = c.post(url, json={"to": "met", "met_by": world.PROJECT}, headers=_auth(TOKEN))
    assert met.status_code == 200 and met.json()["met_by"] == world.PROJECT
    assert (
        c.post("/api/needs/sn-chm:nothing/state", json=fwd, headers=_auth(TOKEN)).status_code == 404
    )
    got = c.get(f"/api/needs/{world.NEED}").json()
    assert [h["to"] for h in got["history"]] == ["forwarded", "met"]
    audit = c.get("/api/audit?node=sn-chm", headers=_auth(TOKEN)).json()["entries"]
    assert [e["action"] for e in audit][:2] == ["need:met", "need:forwarded"]
    # the harvested record is unchanged
    assert c.get(f"/api/records/{world.NEED}").json()["record"]["type"] == "need"


def test_the_record_page_form_changes_the_state_without_javascript(env: dict[str, Any]) -> None:
    c, keys = env["client"], env["keys"]
    page = c.get(f"/records/{world.NEED}?lang=fr")
    assert page.status_code == 200
    assert "Suivi de la demande" in page.text and "Ouverte" in page.text
    assert f'action="/records/{world.NEED}/state?lang=fr"' in page.text
    assert world.OFFER in page.text  # the matched offer is suggested
    form = {"to": "forwarded", "offers": world.OFFER, "expect": "open", "key": keys["sn-chm"]}
    done = c.post(f"/records/{world.NEED}/state?lang=fr", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("#procedure")
    page = c.get(done.headers["location"])
    assert "Transmise aux fournisseurs" in page.text and "Offre de formation" in page.text
    wrong = c.post(f"/records/{world.NEED}/state", data={**form, "key": keys["tg-chm"]})
    assert wrong.status_code == 403 and "text/html" in wrong.headers["content-type"]
    again = c.post(f"/records/{world.NEED}/state", data=form)  # expect=open, but it moved on
    assert again.status_code == 409
    assert c.get(f"/records/{world.OFFER}").text.count('id="procedure"') == 0


def test_notification_targets(env: dict[str, Any]) -> None:
    c, keys = env["client"], env["keys"]
    url = "/api/nodes/donor-db/notifications"
    got = c.get(url, headers=_auth(keys["donor-db"])).json()
    assert got["target"]["email"] == "focal@donor-db.example.org"  # the registered contact
    body = {
        "email": "alerts@donor.example.org",
        "webhook_url": "http://127.0.0.1:9/hook",
        "lang": "fr",
    }
    assert c.put(url, json=body, headers=_auth(keys["sn-chm"])).status_code == 403
    ok = c.put(url, json=body, headers=_auth(keys["donor-db"]))
    assert ok.status_code == 200 and ok.json()["target"]["lang"] == "fr"
    bad = c.put(url, json={"email": "not-an-address"}, headers=_auth(TOKEN))
    assert bad.status_code == 400 and "not an e-mail address" in bad.json()["error"]
    bad = c.put(url, json={"webhook_url": "ftp://x.example.org/"}, headers=_auth(TOKEN))
    assert bad.status_code == 400
    assert (
        c.put("/api/nodes/nowhere/notifications", json=body, headers=_auth(TOKEN)).status_code
        == 404
    )


def test_subscribe_then_unsubscribe_through_the_page(env: dict[str, Any]) -> None:
    c = env["client"]
    r = c.post(
        "/api/subscriptions",
        json={"search": {"q": "mercure", "type": "need"}, "email": "reader@example.org"},
    )
    assert r.status_code == 201
    assert r.json()["confirmed"] is False
    token = r.json()["unsubscribe"].split("token=")[1]
    assert c.get("/api/notify/outbox").status_code == 401
    outbox = c.get("/api/notify/outbox", headers=_auth(TOKEN)).json()["messages"]
    assert [m["recipient"] for m in outbox] == ["email:reader@example.org"]
    (queued,) = env["ctx"].store.assistance.outbox()
    assert (queued["purpose"], queued["recipient"]) == ("subscribe", "email:reader@example.org")
    assert env["ctx"].store.assistance.subscriptions() == []  # not before it is confirmed
    from ops.notify import subscription_token

    confirm = subscription_token(env["ctx"].store, "confirm", r.json()["id"])
    page = c.get(f"/subscriptions/confirm?token={confirm}&lang=fr")
    assert page.status_code == 200 and "Confirmer l&#39;abonnement" in page.text
    assert 'action="/subscriptions/confirm"' in page.text
    assert env["ctx"].store.assistance.subscriptions() == []  # a GET changes nothing
    ok = c.post("/subscriptions/confirm?lang=en", data={"token": confirm})
    assert ok.status_code == 200 and "Confirmed" in ok.text
    assert c.post("/subscriptions/confirm", data={"token": token}).status_code == 400
    assert r.json()["feed"] == "/feeds/search.atom?q=mercure&type=need"
    assert c.post("/api/subscriptions", json={"search": {}}).status_code == 400
    assert (
        c.post("/api/subscriptions", json={"search": {"x": "1"}, "email": "a@b.org"}).status_code
        == 400
    )
    page = c.get(f"/subscriptions/unsubscribe?token={token}&lang=es")
    assert page.status_code == 200 and "Cancelar la suscripción" in page.text
    assert env["ctx"].store.assistance.subscriptions() != []  # a GET changes nothing
    done = c.post("/subscriptions/unsubscribe?lang=en", data={"token": token})
    assert done.status_code == 200 and "no more messages" in done.text
    assert env["ctx"].store.assistance.subscriptions() == []
    again = c.delete(f"/api/subscriptions?token={token}")
    assert again.status_code == 200 and again.json()["removed"] is False
    forged = c.post("/subscriptions/unsubscribe", data={"token": token[:-3] + "abc"})
    assert forged.status_code == 400 and "damaged or altered" in forged.text


def test_atom_feed_of_a_search(env: dict[str, Any]) -> None:
    r = env["client"].get("/feeds/search.atom?type=need")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    ids = sorted(e.find(f"{ATOM}id").text or "" for e in feed.findall(f"{ATOM}entry"))
    assert ids == [
        f"https://chm.example.org/records/{i}" for i in sorted([world.NEED, world.NEED_TG])
    ]
    assert env["client"].get("/feeds/search.atom?colour=red").status_code == 400


def test_country_status_table_and_page(env: dict[str, Any]) -> None:
    c, ctx = env["client"], env["ctx"]
    met = Change("met", "operator", met_by=world.PROJECT)
    ctx.store.assistance.change(world.NEED, met, "2026-03-01T00:00:00Z")
    rows = c.get("/api/countries?sort=met&order=desc&lang=fr").json()["countries"]
    assert [r["country"] for r in rows] == ["SN", "TG"]
    sn = rows[0]
    assert (sn["name"], sn["met"], sn["waiting"], sn["nodes"]) == ("Sénégal", 1, 0, ["sn-chm"])
    tg = c.get("/api/countries/tg").json()
    assert tg["offers_matched"] == 1 and tg["detail"]["needs"][0]["offers"] == [world.OFFER]
    assert c.get("/api/countries?sort=colour").status_code == 400
    assert c.get("/api/countries/ZZ").status_code == 404
    page = c.get("/countries?sort=needs&order=desc&lang=es")
    assert page.status_code == 200 and "Estado de los mecanismos" in page.text
    assert 'aria-sort="descending"' in page.text and "/countries/SN?lang=es" in page.text
    one = c.get("/countries/TG?lang=fr")
    assert one.status_code == 200 and "Liste de contrôle" in one.text
    assert "Profil national publié — Non" in one.text
    assert c.get("/countries/ZZ").status_code == 404


def test_subscriptions_are_rate_limited_per_client(env: dict[str, Any]) -> None:
    c = env["client"]
    body = {"search": {"type": "need"}, "webhook_url": "http://127.0.0.1:9/hook"}
    codes = [c.post("/api/subscriptions", json=body).status_code for _ in range(11)]
    assert codes == [201] * 10 + [429]
    last = c.post("/api/subscriptions", json=body)
    assert last.status_code == 429 and int(last.headers["Retry-After"]) > 0
    assert "the limit is 10 per hour" in last.json()["error"]
    ok = c.post("/api/subscriptions", json=body, headers=_auth(TOKEN))
    assert ok.status_code == 201 and ok.json()["confirmed"] is True  # operators are not limited


def test_the_secretariats_list_of_needs(env: dict[str, Any]) -> None:
    c = env["client"]
    page = c.get("/needs?lang=fr")
    assert page.status_code == 200 and "Demandes d&#39;assistance" in page.text
    # both needs are older than forward_days (7) and still open: overdue
    assert page.text.count("non transmise sous 7 jours") == 2
    c.post(
        f"/api/needs/{world.NEED}/state",
        json={"to": "forwarded", "offers": [world.OFFER]},
        headers=_auth(TOKEN),
    )
    fwd = c.get("/needs?state=forwarded&lang=en")
    assert world.NEED in fwd.text and world.NEED_TG not in fwd.text
    assert "Forwarded to providers" in fwd.text and "not forwarded within" not in fwd.text
    assert world.NEED_TG in c.get("/needs?country=tg").text
    assert c.get("/needs?state=closed").status_code == 400
