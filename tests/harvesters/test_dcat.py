"""DCAT harvester: the real ckanext-dcat catalogues (Turtle, RDF/XML, JSON-LD) over HTTP on
127.0.0.1, through ``run_node`` into a real store and the tantivy index; Hydra paging, loops,
remote JSON-LD contexts that must not be fetched, and broken files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from core.config import NodeConfig
from harvesters.base import HarvestWindow
from harvesters.dcat import DcatHarvester, dcat_options
from harvesters.profiles import NodeOptionsError
from index.base import RecordNotFound
from tests.harvesters.helpers import Env
from tests.servers.json_dcat import DCAT_DIR, JsonApp

# datasets per fixture file (the broken dataset.ttl is tested on its own)
EXPECTED = {
    "catalog.rdf": 2,
    "catalog_datasets_list.rdf": 2,
    "catalog_pod.jsonld": 1,
    "catalog_with_at_graph.jsonld": 1,
    "dataset.rdf": 1,
    "dataset_afs.ttl": 1,
    "dataset_deri.ttl": 1,
    "dataset_gob_es.ttl": 1,
    "dataset_gov_de.rdf": 1,
    "dataset_health.ttl": 1,
    "dataset_health_multilingual.ttl": 1,
    "dataset_health_no_blank.ttl": 1,
    "dataset_multilingual.ttl": 1,
    "dataset_sweden.rdf": 1,
}


def dcat_node(url: str, node_id: str = "d", **options: Any) -> NodeConfig:
    return NodeConfig(id=node_id, url=url, protocol="dcat", mapping="dcat", options=options)


def test_every_fixture_catalogue_is_harvested(env: Env, server: tuple[str, JsonApp]) -> None:
    base, _ = server
    for i, (name, count) in enumerate(sorted(EXPECTED.items())):
        s = env.run(dcat_node(f"{base}/fixtures/dcat/ckanext-dcat/{name}", node_id=f"d{i}"))
        assert s.status == "success", (name, s.error)
        assert s.added == count, name
        assert s.rejected == 0, name


def test_language_tags_become_language_maps(env: Env, server: tuple[str, JsonApp]) -> None:
    base, _ = server
    s = env.run(dcat_node(f"{base}/fixtures/dcat/ckanext-dcat/dataset_multilingual.ttl"))
    assert s.added == 1
    rec = env.index.get("d:https://example.org/dataset/0112cf32-bce0-4071-9504-923375f9f2ad")
    assert rec["title"] == {
        "ca": "Conjunt de dades de prova DCAT",
        "en": "Test DCAT dataset",
        "es": "Conjunto de datos de prueba DCAT",
    }
    assert set(rec["description"]) == {"ca", "en", "es"}
    assert {"Oaks", "Roures", "Robles"} <= set(rec["subjects"])
    assert rec["type"] == "dataset"
    assert rec["date"] == "2024-05-01"


def test_hydra_paging_and_deletion_by_absence(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    s = env.run(dcat_node(f"{base}/hydra", delete_threshold=0.5))
    assert s.status == "success", s.error
    assert (s.pages, s.added) == (4, 4)
    gone = "d:http://example.com/data/test-dataset-1"  # dataset_afs.ttl, page 3
    assert env.index.get(gone)["title"]
    app.hydra_pages.remove("dataset_afs.ttl")
    again = env.run(dcat_node(f"{base}/hydra", delete_threshold=0.5))
    assert again.status == "success"
    assert (again.pages, again.unchanged, again.deleted) == (3, 3, 1)
    with pytest.raises(RecordNotFound):
        env.index.get(gone)


def test_hydra_loop_is_detected_and_earlier_pages_kept(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, _ = server
    s = env.run(dcat_node(f"{base}/hydra-cyclic"))
    assert s.status == "failed"
    assert "cyclic" in (s.error or "")
    assert s.pages == 2  # pages 1 and 2 committed; page 2's link back to page 1 is not followed
    assert env.store.records.count("d") == 2


def test_failed_run_deletes_nothing(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    assert env.run(dcat_node(f"{base}/hydra")).added == 4
    app.hydra_pages[2] = "dataset.ttl"  # page 3 now has a Turtle syntax error
    s = env.run(dcat_node(f"{base}/hydra"))
    assert s.status == "failed"
    assert env.store.records.count("d") == 4


def test_turtle_syntax_error_from_the_fixtures(env: Env, server: tuple[str, JsonApp]) -> None:
    base, _ = server
    s = env.run(dcat_node(f"{base}/fixtures/dcat/ckanext-dcat/dataset.ttl"))
    assert s.status == "failed"
    assert s.error_kind == "invalid-response"
    assert "not valid Turtle" in (s.error or "")
    assert 'Prefix "healthdcatap:" not bound' in (s.error or "")
    assert "line 158" in (s.error or "")


def _remote_context_doc(base: str) -> bytes:
    doc = json.loads((DCAT_DIR / "catalog_with_at_graph.jsonld").read_text())
    doc["@context"] = f"{base}/static/context.jsonld"
    return json.dumps(doc).encode()


def test_remote_jsonld_context_is_never_fetched(
    env: Env, server: tuple[str, JsonApp], tmp_path: Path
) -> None:
    base, app = server
    context = json.loads((DCAT_DIR / "catalog_with_at_graph.jsonld").read_text())["@context"]
    app.static["/static/catalog.jsonld"] = (_remote_context_doc(base), "application/ld+json")
    app.static["/static/context.jsonld"] = (json.dumps({"@context": context}).encode(), "x")
    url = f"{base}/static/catalog.jsonld"
    s = env.run(dcat_node(url))
    assert s.status == "failed"
    assert "remote @context" in (s.error or "")
    assert "never fetches" in (s.error or "")
    local = tmp_path / "context.jsonld"
    local.write_text(json.dumps({"@context": context}))
    ok = env.run(dcat_node(url, contexts={f"{base}/static/context.jsonld": str(local)}))
    assert ok.status == "success", ok.error
    assert ok.added == 1
    assert not any("context.jsonld" in r for r in app.requests)


def test_operator_mapped_contexts_and_what_a_registered_node_may_name(
    env: Env, server: tuple[str, JsonApp], tmp_path: Path
) -> None:
    """[harvest.jsonld_contexts] serves every DCAT node; a registered node may narrow it to
    mapped URLs but never name a file; an unreadable copy tells the node nothing of it."""
    base, app = server
    context = json.loads((DCAT_DIR / "catalog_with_at_graph.jsonld").read_text())["@context"]
    app.static["/static/catalog.jsonld"] = (_remote_context_doc(base), "application/ld+json")
    ctx_url, url = f"{base}/static/context.jsonld", f"{base}/static/catalog.jsonld"
    local = tmp_path / "mapped.jsonld"
    local.write_text(json.dumps({"@context": context}))
    env.settings = replace(
        env.settings,
        harvest=replace(env.settings.harvest, jsonld_contexts=((ctx_url, str(local)),)),
    )
    assert env.run(dcat_node(url)).status == "success"  # a config.toml node, no option
    registered = replace(dcat_node(url, node_id="r", contexts=[ctx_url]), source="local")
    ok = env.run(registered)
    assert ok.status == "success", ok.error
    assert ok.added == 1
    sneaky = replace(dcat_node(url, node_id="s", contexts={ctx_url: "/etc/passwd"}),
                     source="local")  # fmt: skip
    bad = env.run(sneaky)
    assert bad.status == "failed" and "cannot map contexts to files" in (bad.error or "")
    local.unlink()
    gone = env.run(registered)
    assert gone.status == "failed"
    assert "operators' local copy" in (gone.error or "")
    assert str(local) not in (gone.error or "") and "No such file" not in (gone.error or "")
    assert not any("context.jsonld" in r for r in app.requests)


def test_html_page_and_unsafe_xml_are_refused(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    s = env.run(dcat_node(f"{base}/bad/html"))
    assert s.status == "failed"
    assert "HTML page" in (s.error or "")
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]>'
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&a;</rdf:RDF>'
    )
    app.static["/static/bomb.rdf"] = (bomb, "application/rdf+xml")
    s = env.run(dcat_node(f"{base}/static/bomb.rdf"))
    assert s.status == "failed"
    assert "DTD" in (s.error or "") or "entit" in (s.error or "")


def test_dataset_without_identity_is_rejected_and_listing_not_complete(
    env: Env, server: tuple[str, JsonApp]
) -> None:
    base, app = server
    ttl = (
        b"@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
        b'[] a dcat:Dataset ; dct:title "Anonymous"@en .\n'
        b'<http://x.test/ds/1> a dcat:Dataset ; dct:title "Named"@en .\n'
    )
    app.static["/static/anon.ttl"] = (ttl, "text/turtle")
    nd = dcat_node(f"{base}/static/anon.ttl")
    s = env.run(nd)
    assert s.added == 1
    errors = [e["message"] for e in env.store.runs.errors(s.run_id)]
    assert any("without URI or dct:identifier" in m for m in errors)
    pages = list(DcatHarvester(nd, env.settings.harvest).pages(HarvestWindow()))
    assert not pages[-1].complete_listing


def test_dataset_without_title_is_rejected(env: Env, server: tuple[str, JsonApp]) -> None:
    base, app = server
    ttl = (
        b"@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .\n"
        b'<http://x.test/ds/1> a dcat:Dataset ; dcat:keyword "no title here" .\n'
        b'<http://x.test/ds/2> a dcat:Dataset ; dct:title "Titled"@fr .\n'
    )
    app.static["/static/untitled.ttl"] = (ttl, "text/turtle")
    s = env.run(dcat_node(f"{base}/static/untitled.ttl"))
    assert s.status == "partial"
    assert (s.added, s.rejected) == (1, 1)
    assert env.store.runs.errors(s.run_id)[0]["field"] == "title"


def test_dcat_options_are_checked() -> None:
    with pytest.raises(NodeOptionsError) as info:
        dcat_options("d", {"format": "csv", "contexts": 5, "max_pages": 0, "foo": 1})
    text = str(info.value)
    for part in ("format: 'csv'", "contexts: expected", "max_pages", "foo: unknown option"):
        assert part in text
    assert dcat_options("d", {"format": "ttl", "rate_limit": 2}).format == "turtle"


def test_demo_dcat_node_ca_dcat(env: Env) -> None:
    from demo.dcat_node import start_dcat_node

    server = start_dcat_node("127.0.0.1", 0, 45, page_size=20)
    try:
        s = env.run(dcat_node(server.url, node_id="ca-dcat"))
        assert s.status == "success", s.error
        assert (s.added, s.pages) == (45, 3)
        rec = env.index.get("ca-dcat:https://dcat.example.ca/dataset/3")
        assert set(rec["title"]) == {"en", "fr"}
        assert rec["languages"] == ["en", "fr"]
        assert len(rec["countries"]) == 1
        assert env.run(dcat_node(server.url, node_id="ca-dcat")).unchanged == 45
    finally:
        server.stop()
