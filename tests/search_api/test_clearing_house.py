"""End to end: demo nodes harvested through run_node feed matching, clusters and links, which
the record page, the record API and collapsed search show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from ops.context import Context
from search_api.app import create_app
from tests.harvesters.helpers import Harness, make_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from demo.generator import NODES
    from demo.oai_server import DemoOaiServer

    tmp = tmp_path_factory.mktemp("chm")
    servers = [DemoOaiServer(NODES[n], 300).start() for n in ("fr-chm", "gb-chm")]
    try:
        settings = make_settings(
            tmp,
            [{"id": n, "url": s.url} for n, s in zip(("fr-chm", "gb-chm"), servers, strict=True)],
        )
        text = settings.path.read_text().replace(
            "files = []", f'files = ["{ROOT / "vocabulary" / "thesaurus.ttl"}"]'
        )
        settings.path.write_text(text)
        ctx = Context.from_path(settings.path)
        h = Harness(ctx.settings)
        for n in ("fr-chm", "gb-chm"):  # run_node updates matching after each run
            from pipeline.run import run_node

            s = run_node(
                ctx.settings, h.store, h.index, ctx.settings.node(n), vocabulary=ctx.vocabulary
            )
            assert s.status == "success" and not s.warnings
        h.close()
    finally:
        for s in servers:
            s.stop()
    return TestClient(create_app(Context.from_path(settings.path)))


def _first(client: TestClient, **params: str) -> str:
    hits = client.get("/api/search", params={"size": 50, **params}).json()["hits"]
    assert hits
    return str(hits[0]["id"])


def test_need_page_shows_explained_offers(client: TestClient) -> None:
    need = _first(client, type="need", q="POP")
    api = client.get(f"/api/records/{need}/matches", params={"lang": "en"}).json()
    assert api["matches"], "a POPs need in the demo data has offers"
    top = api["matches"][0]
    assert top["type"] in ("support-source", "project") and "shares:" in top["explanation"]
    page = client.get(f"/records/{need}", params={"lang": "en"}).text
    assert "Offers of support that could answer this need" in page
    assert f'href="/records/{top["id"]}"' in page


def _all_hits(client: TestClient, **params: str) -> list[dict[str, Any]]:
    """Every hit of a search, page after page: the order of equal scores is the index's, so
    the records wanted may stand beyond the first page (145 projects for 100 a page)."""
    hits: list[dict[str, Any]] = []
    page = 1
    while True:
        body = client.get("/api/search", params={"size": 100, "page": page, **params}).json()
        hits += body["hits"]
        if not body["hits"] or len(hits) >= body["total"]:
            return hits
        page += 1


def test_shared_projects_are_clustered_and_collapsible(client: TestClient) -> None:
    clustered = [
        h["id"]
        for h in _all_hits(client, type="project")
        if client.get(f"/api/records/{h['id']}/cluster").json()["members"]
    ]
    assert clustered, "the demo generator publishes some projects on two nodes"
    rid = clustered[0]
    members = client.get(f"/api/records/{rid}/cluster").json()["members"]
    assert all(m["id"] != rid for m in members)
    page = client.get(f"/records/{rid}", params={"lang": "en"}).text
    assert "Also published by" in page
    # collapse keeps the best-ranked copy of a cluster and names the others
    from matching.duplicates import collapse

    store = client.app.state.ctx.store  # type: ignore[attr-defined]
    other = members[0]["id"]
    kept = collapse([{"id": rid, "rank": 1}, {"id": "x:unrelated"}, {"id": other}], store)
    assert [h["id"] for h in kept] == [rid, "x:unrelated"]
    assert other in {a["id"] for a in kept[0]["also_published_by"]}
    # and the API applies it to every page
    hits = client.get(
        "/api/search", params={"size": 100, "type": "project", "collapse": "true"}
    ).json()["hits"]
    ids = [h["id"] for h in hits]
    assert len(ids) == len(set(ids))
    for h in hits:
        assert not {a["id"] for a in h.get("also_published_by", [])} & set(ids)


def test_search_page_can_collapse_copies(client: TestClient) -> None:
    params = {"type": "project", "size": "100", "collapse": "1", "lang": "en"}
    view = client.get("/search.json", params=params).json()
    assert view["collapse"] is True
    ids = [h["id"] for h in view["hits"]]
    assert len(ids) == len(set(ids))
    plain = client.get("/search.json", params={**params, "collapse": "0"}).json()
    assert len(view["hits"]) <= len(plain["hits"])
    html = client.get("/", params=params).text
    assert 'name="collapse" value="1" checked' in html
    with_copies = [h for h in view["hits"] if h.get("also_published_by")]
    assert with_copies or len(view["hits"]) == len(plain["hits"])
    for h in with_copies:
        assert "Also published by: " + ", ".join(h["also_published_by"]) in html
