"""HTTP routes (FastAPI TestClient over a real app) and the ``chm`` commands."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from cli.main import main
from mappings.record import Record
from matching.evaluate import load_labels
from ops.context import Context
from search_api.app import create_app
from store import Store
from tests.matching.helpers import rec

TOKEN = "test-operator-token"


def records() -> list[Record]:
    hand = [Record.from_dict(r) for r in load_labels("duplicates_handmade.json")["records"]]
    need = rec(
        "need1",
        "need",
        "sn-chm",
        concepts=["asgm"],
        countries=["SN"],
        title={"en": "Request for training: mercury in artisanal gold mining"},
    )
    offer = rec(
        "offer1",
        "support-source",
        "donor-db",
        concepts=["mercury"],
        languages=["fr"],
        title={"fr": "Offre de formation : mercure"},
        description={"fr": "Le PNUE propose un appui.\nPays éligibles : Afrique de l'Ouest"},
    )
    return [*hand, need, offer]


@pytest.fixture
def ctx(config_path: Callable[..., Path]) -> Any:
    context = Context.from_path(config_path())
    context.store.records.write(((r.id, r.node, False, r.to_json()) for r in records()), "2025")
    from matching.update import recompute_all

    recompute_all(context.store, context.vocabulary)
    yield context
    context.close()


@pytest.fixture
def client(ctx: Any, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("CHM_OPERATOR_TOKEN", TOKEN)
    return TestClient(create_app(ctx))


def test_matches_endpoint_explains_in_the_readers_language(client: TestClient) -> None:
    r = client.get("/api/records/sn-chm:need1/matches")
    assert r.status_code == 200
    body = r.json()
    assert body["role"] == "need" and [m["id"] for m in body["matches"]] == ["donor-db:offer1"]
    assert body["matches"][0]["explanation"] == (
        "shares: mercury, training; Senegal is eligible: in Western Africa;"
        " offers training in French"
    )
    fr = client.get("/api/records/sn-chm:need1/matches", headers={"Accept-Language": "fr-FR"})
    assert fr.json()["matches"][0]["explanation"].startswith("en commun : mercure, formation")
    back = client.get("/api/records/donor-db:offer1/matches?lang=es").json()
    assert back["matches"][0]["id"] == "sn-chm:need1"
    assert "solicita capacitación" in back["matches"][0]["explanation"]


def test_unknown_record_and_bad_limit_are_clear_errors(client: TestClient) -> None:
    r = client.get("/api/records/nowhere:1/matches")
    assert r.status_code == 404 and "no record with id 'nowhere:1'" in r.json()["error"]
    r = client.get("/api/records/sn-chm:need1/matches?limit=0")
    assert r.status_code == 400 and r.json()["ok"] is False


def test_cluster_and_links_endpoints(client: TestClient) -> None:
    cluster = client.get("/api/records/gh-chm:c/cluster").json()
    assert [m["id"] for m in cluster["members"]] == ["donor-db:e"]
    assert cluster["members"][0]["why"][0].startswith("similar title")
    links = client.get("/api/records/secretariat:o/links").json()
    assert links["groups"][0]["node"] == "donor-db"
    assert links["groups"][0]["records"][0]["via"][0]["scheme"] == "code"
    record = client.get("/api/records/secretariat:o")  # the core route still answers
    assert record.status_code == 200


def test_rules_need_an_operator(client: TestClient) -> None:
    body = {"a": "gh-chm:c", "b": "donor-db:e", "rule": "block"}
    assert client.post("/api/duplicates/rules", json=body).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/api/duplicates/rules", json=body, headers=auth)
    assert r.status_code == 201 and r.json()["cluster"]["members"] == []
    bad = client.post("/api/duplicates/rules", json={**body, "rule": "merge"}, headers=auth)
    assert bad.status_code == 400 and "allow, block" in bad.json()["error"]
    listed = client.get("/api/duplicates/rules", headers=auth).json()["rules"]
    assert [(x["rule"], x["created_by"]) for x in listed] == [("block", "operator")]
    gone = client.delete("/api/duplicates/rules?a=gh-chm:c&b=donor-db:e", headers=auth)
    assert gone.json()["removed"] is True
    cluster = client.get("/api/records/gh-chm:c/cluster").json()
    assert [m["id"] for m in cluster["members"]] == ["donor-db:e"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_cli_match_recompute_and_duplicates(
    config_path: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = str(config_path())
    store = Store(Path(cfg).parent / "var" / "chm.sqlite")
    store.records.write(((r.id, r.node, False, r.to_json()) for r in records()), "2025")
    store.close()
    rc, out, _ = run(capsys, "match", "recompute", "--config", cfg, "--json")
    assert rc == 0 and json.loads(out)["full"] is True
    rc, out, _ = run(capsys, "match", "sn-chm:need1", "--config", cfg)
    assert rc == 0 and "donor-db:offer1" in out and "shares: mercury" in out
    rc, out, _ = run(capsys, "match", "secretariat:h", "--config", cfg)
    assert "needs, support sources and projects only" in out
    rc, _, err = run(capsys, "match", "nope:1", "--config", cfg)
    assert rc == 2 and "no record with id 'nope:1'" in err
    rc, out, _ = run(capsys, "duplicates", "allow", "mx-chm:p", "co-chm:q", "--config", cfg)
    assert rc == 0 and "kept together" in out
    rc, out, _ = run(capsys, "duplicates", "list", "--config", cfg, "--json")
    assert [r["rule"] for r in json.loads(out)["rules"]] == ["allow"]
    rc, out, _ = run(capsys, "duplicates", "show", "mx-chm:p", "--config", cfg)
    assert "same item: co-chm:q (co-chm): allowed by an operator" in out
    rc, _, err = run(capsys, "duplicates", "block", "mx-chm:p", "mx-chm:p", "--config", cfg)
    assert rc == 2 and "two different records" in err


def test_cli_match_catch_up_applies_what_matching_missed(
    config_path: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """A store never matched gets the full recompute; records written after matching's last
    change (an update that crashed, or harvests with matching off) are applied, once, to the
    tables a recompute of the whole store gives."""
    from tests.matching.test_full_memory import _tables

    cfg = str(config_path())
    path = Path(cfg).parent / "var" / "chm.sqlite"
    everything = records()
    first, later = everything[: len(everything) // 2], everything[len(everything) // 2 :]
    store = Store(path)
    store.records.write(((r.id, r.node, False, r.to_json()) for r in first), "2025")
    store.close()
    rc, out, _ = run(capsys, "match", "catch-up", "--config", cfg, "--json")
    assert rc == 0 and json.loads(out)["full"] is True
    store = Store(path)
    store.records.write(((r.id, r.node, False, r.to_json()) for r in later), "2025")
    last = store.records.max_seq()
    store.close()
    rc, out, _ = run(capsys, "match", "catch-up", "--config", cfg, "--json")
    got = json.loads(out)
    assert rc == 0 and got["changed"] == len(later) and got["last_seq"] == last
    rc, out, _ = run(capsys, "match", "catch-up", "--config", cfg)
    assert rc == 0 and out.startswith("caught up: 0 changes applied")
    store = Store(path)
    caught = _tables(store)
    store.close()
    rc, _, _ = run(capsys, "match", "recompute", "--config", cfg, "--json")
    store = Store(path)
    assert rc == 0 and _tables(store) == caught and caught["dup_clusters"]
    store.close()


def test_record_page_shows_a_linked_record_once(client: TestClient) -> None:
    # secretariat:h and gb-chm:i share a DOI: same cluster *and* same identifier
    view = client.get("/records/secretariat:h.json").json()
    cluster = [m["id"] for m in view["clearing"]["cluster"]]
    linked = [r["id"] for g in view["clearing"]["links"] for r in g["records"]]
    assert cluster == ["gb-chm:i"] and "gb-chm:i" not in linked
    assert view["clearing"]["cluster"][0]["why_label"].startswith("same DOI")
    html = client.get("/records/secretariat:h").text
    assert html.count('href="/records/gb-chm:i"') == 1 and "[&#39;same" not in html
