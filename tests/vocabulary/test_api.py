"""The vocabulary HTTP API against the real project thesaurus."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.config import load_settings
from ops.context import Context
from search_api.app import create_app

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    d = tmp_path_factory.mktemp("vocabapi")
    (d / "config.toml").write_text(
        f'[storage]\npath = "s.sqlite"\n[index]\npath = "idx"\n'
        f'[vocabulary]\nfiles = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]\n',
        encoding="utf-8",
    )
    ctx = Context(load_settings(d / "config.toml"))
    ctx.store.conn.execute(
        "CREATE TABLE IF NOT EXISTS vocab_gaps (node_id TEXT, term TEXT, count INTEGER, kind TEXT,"
        " PRIMARY KEY (node_id, term, kind))"
    )
    return TestClient(create_app(ctx))


def test_autocomplete_any_language(client: TestClient) -> None:
    for q in ("plagui", "pestic", "merc", "BIOSÉC"):
        r = client.get("/api/vocabulary/concepts", params={"q": q, "lang": "fr"})
        assert r.status_code == 200
        hits = r.json()["concepts"]
        assert hits, q
    labels = [
        h["label"]
        for h in client.get(
            "/api/vocabulary/concepts", params={"q": "plagui", "lang": "en"}
        ).json()["concepts"]
    ]
    assert any("esticide" in lab for lab in labels)


def test_concept_has_all_languages_and_relations(client: TestClient) -> None:
    r = client.get("/api/vocabulary/concepts/topic/mercury", params={"lang": "es"})
    assert r.status_code == 200
    c = r.json()["concept"]
    assert {"en", "fr", "es"} <= set(c["labels"])
    assert c["label"].lower().startswith("merc")
    assert c["narrower"] or c["broader"]


def test_unknown_concept_is_404_in_the_error_shape(client: TestClient) -> None:
    r = client.get("/api/vocabulary/concepts/topic/no-such-thing")
    assert r.status_code == 404
    assert r.json()["ok"] is False and "no concept" in r.json()["error"]


def test_tree_and_downloads(client: TestClient) -> None:
    tree = client.get("/api/vocabulary/schemes/topics/tree", params={"lang": "fr"}).json()["tree"]
    assert len(tree) >= 10 and any(n["children"] for n in tree)
    ttl = client.get("/api/vocabulary/thesaurus.ttl")
    assert ttl.status_code == 200 and "skos:Concept" in ttl.text
    js = client.get("/api/vocabulary/thesaurus.jsonld")
    assert js.status_code == 200 and js.json()
    assert client.get("/api/vocabulary/schemes/nope/tree").status_code == 404


def test_gaps_endpoint(client: TestClient) -> None:
    r = client.get("/api/vocabulary/gaps")
    assert r.status_code == 200 and r.json()["gaps"] == []


def test_search_facets_carry_labels_in_the_requested_language(client: TestClient) -> None:
    """The index is empty here; the labels come from the vocabulary and ISO data, so the
    labelling is checked directly on facet buckets shaped like /api/search's."""
    from search_api.routes import label_facets

    ctx = client.app.state.ctx  # type: ignore[attr-defined]
    facets = {
        "concept": [{"value": "https://vocab.chm.example.org/topic/pesticides", "count": 3}],
        "region": [{"value": "https://vocab.chm.example.org/region/western-africa", "count": 2}],
        "type": [{"value": "need", "count": 1}],
        "country": [{"value": "SN", "count": 2}],
        "language": [{"value": "fr", "count": 2}],
        "year": [{"value": 2019, "count": 1}],
    }
    label_facets(facets, "es", ctx.vocabulary)
    labels = {k: v[0]["label"] for k, v in facets.items()}
    assert labels["concept"].lower() == "plaguicidas"
    assert "occidental" in labels["region"].lower()
    assert labels["country"] == "Senegal" and labels["language"].lower() == "francés"
    assert labels["type"] == ctx.vocabulary.label("type/need", "es") != "need"
    assert labels["year"] == "2019"
    body = client.get("/api/search", params={"lang": "fr"}).json()
    assert body["ok"] and all("label" in b for v in body["facets"].values() for b in v)


def test_type_gap_report_endpoint(tmp_path: Path) -> None:
    from vocabulary.gaps import GapCounter

    (tmp_path / "config.toml").write_text(
        '[storage]\npath = "s.sqlite"\n[index]\npath = "idx"\n'
        f'[vocabulary]\nfiles = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]\n',
        encoding="utf-8",
    )
    ctx = Context(load_settings(tmp_path / "config.toml"))
    gaps = GapCounter()
    gaps.add("sn-chm", "Fiche zorblat", "type")
    gaps.add("sn-chm", "Fiche zorblat", "type")
    gaps.add("sn-chm", "quantum widgets")
    gaps.flush(ctx.store.conn)
    ctx.store.conn.commit()
    client = TestClient(create_app(ctx))
    r = client.get("/api/vocabulary/gaps", params={"kind": "type", "node": "sn-chm"})
    assert r.status_code == 200
    (gap,) = r.json()["gaps"]
    assert (gap["term"], gap["count"], gap["kind"]) == ("fiche zorblat", 2, "type")
    assert "record-type scheme" in gap["fix"]
    assert client.get("/api/vocabulary/gaps", params={"kind": "nonsense"}).status_code in (400, 422)
