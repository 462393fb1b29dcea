"""The unified API and the pages' JSON twins, on a real app over harvested demo records."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from search_api.exports import CSV_COLUMNS, export_query, iter_records
from tests.search_api.conftest import TestClient

RID = "fr-chm:oai:chm.example.fr:73"
ERROR_KEYS = {"ok", "status", "error", "errors"}
CODED = {"code", "lang", "message"}


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


# --- search API -------


def test_cursor_walks_every_record_exactly_once(client: TestClient) -> None:
    for sort in ("-date", "date", "relevance"):
        seen: list[str] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"size": 17, "sort": sort, "facets": "type"}
            if cursor:
                params["cursor"] = cursor
            data = search(client, **params)
            seen += [h["id"] for h in data["hits"]]
            cursor = data["next_cursor"]
            if not cursor:
                break
        assert len(seen) == len(set(seen)) == data["total"] == 260, sort


@pytest.mark.parametrize("sort", ["relevance", "-date"])
def test_a_cursor_of_another_search_or_beside_a_page_is_a_400(
    client: TestClient, sort: str
) -> None:
    cursor = search(client, q="mercury", size=2, sort=sort)["next_cursor"]
    assert cursor
    for changed in ({"q": "pesticides"}, {"q": "mercury", "country": "SN"}):
        response = client.get("/api/search", params={**changed, "sort": sort, "cursor": cursor})
        assert response.status_code == 400, response.text[:200]
        assert "another search" in response.json()["error"]
        fr = client.get("/api/search", params={**changed, "sort": sort, "cursor": cursor,
                                               "lang": "fr"}).json()  # fmt: skip
        assert fr["code"] == "cursor_other_search" and fr["lang"] == "fr"
        assert "autre recherche" in fr["message"]
    page = client.get("/api/search", params={"q": "mercury", "sort": sort, "cursor": cursor,
                                             "page": "3"})  # fmt: skip
    assert page.status_code == 400 and "not both" in page.json()["error"]
    fine = client.get("/api/search", params={"q": "mercury", "sort": sort, "cursor": cursor})
    assert fine.status_code == 200 and fine.json()["hits"]


def test_date_sort_and_range(client: TestClient) -> None:
    data = search(client, sort="-date", date_from="2015-01-01", date_to="2018-12-31", size=100)
    dates = [h["record"]["date"] for h in data["hits"]]
    assert dates and all("2015" <= d[:4] <= "2018" for d in dates)
    keys = [(d + "-01-01")[:10] for d in dates]  # "2016" sorts as 2016-01-01
    assert keys == sorted(keys, reverse=True)
    years = search(client, year_from=2016, year_to=2016, size=100)
    assert all(h["record"]["date"].startswith("2016") for h in years["hits"])


def test_highlights_and_field_selection(client: TestClient) -> None:
    data = search(client, q="pesticides", fields="title,date", size=5)
    hit = data["hits"][0]
    assert set(hit["record"]) == {"id", "title", "date"}
    assert "<mark>" in hit["highlights"]["title"] + hit["highlights"].get("description", "")


def test_facets_and_filters(client: TestClient) -> None:
    data = search(client, country="sn", size=0)
    assert data["total"] > 0
    facets = {f["value"]: f["count"] for f in data["facets"]["country"]}
    assert facets["SN"] == data["total"]
    both = search(client, node=["fr-chm", "es-chm"], size=0)["total"]
    assert both == 200


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/search?sort=sideways", 400, "sort"),
        ("/api/search?size=1000", 400, "size"),
        ("/api/search?cursor=garbage", 400, "cursor"),
        ("/api/search?fields=title,secret", 400, "secret"),
        ("/api/search?date_from=last-week", 400, "date_from"),
        ("/api/records/none:such", 404, "none:such"),
        (f"/api/records/{RID}?format=pdf", 400, "format"),
        ("/api/export?format=xls", 400, "format"),
        ("/api/export?format=csv&cursor=x&sort=wrong", 400, "sort"),
        ("/search.json?year_from=soon", 400, "year_from"),
        ("/records/none:such.json", 404, "none:such"),
    ],
)
def test_one_error_shape(client: TestClient, url: str, status: int, words: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) in (ERROR_KEYS, ERROR_KEYS | CODED) and body["ok"] is False
    assert body["status"] == status and words in body["error"]
    if "code" in body:  # a coded error also says itself in the reader's language
        assert body["code"] and body["lang"] in ("en", "fr", "es") and body["message"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(max_size=60), sort=st.sampled_from(["relevance", "date", "-date", "x"]))
def test_any_query_text_gives_results_or_400(client: TestClient, q: str, sort: str) -> None:
    for url in ("/api/search", "/", "/search.json"):
        response = client.get(url, params={"q": q, "sort": sort})
        assert response.status_code in (200, 400), (url, q, response.text[:200])


# --- records -------


def test_record_json_jsonld_and_oai_dc(client: TestClient) -> None:
    plain = client.get(f"/api/records/{RID}").json()["record"]
    assert plain["id"] == RID
    response = client.get(f"/api/records/{RID}?format=jsonld")
    assert response.headers["content-type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=response.text, format="json-ld")
    schema, dct = (
        rdflib.Namespace("https://schema.org/"),
        rdflib.Namespace("http://purl.org/dc/terms/"),
    )
    node = rdflib.URIRef(response.json()["@id"])
    names = {str(o) for o in graph.objects(node, schema.name)}
    assert names == {plain["title"]["fr"]}
    assert {str(o) for o in graph.objects(node, dct.title)} == names
    concepts = {str(o) for o in graph.objects(node, dct.subject)}
    assert set(plain["concepts"]) <= concepts
    negotiated = client.get(f"/api/records/{RID}", headers={"Accept": "application/ld+json"})
    assert negotiated.json()["@type"] == "Project"
    xml = client.get(f"/api/records/{RID}", headers={"Accept": "application/xml"})
    root = etree.fromstring(xml.content)
    titles = root.xpath("//dc:title", namespaces={"dc": "http://purl.org/dc/elements/1.1/"})
    assert titles[0].text == plain["title"]["fr"]
    assert titles[0].get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"


# --- pages and their JSON twins -------


def test_search_page_and_twin_agree(client: TestClient) -> None:
    page = client.get("/", params={"q": "pesticides", "country": "FR"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    twin = client.get("/search.json", params={"q": "pesticides", "country": "FR"}).json()
    same = client.get("/", params={"q": "pesticides", "country": "FR", "format": "json"}).json()
    assert twin["total"] == same["total"] == search(client, q="pesticides", country="FR")["total"]
    for hit in twin["hits"]:
        assert f'href="{hit["href"]}"' in page.text
    assert [c["label"] for c in twin["chips"]] == ["France"]
    assert twin["chips"][0]["href"] == "/?q=pesticides"
    assert len(page.content) < 200_000


def test_facet_links_add_and_remove_one_filter(client: TestClient) -> None:
    view = client.get("/search.json", params={"type": "project", "country": "SN"}).json()
    chips = {c["field"]: c["href"] for c in view["chips"]}
    assert chips["type"] == "/?country=SN" and chips["country"] == "/?type=project"
    nodes = view["facets"]["node"]
    assert all("node=" in f["href"] and "type=project" in f["href"] for f in nodes)
    concept_tree = view["facets"]["concept"]
    assert concept_tree and "children" in concept_tree[0]


def test_titles_and_labels_in_the_users_language(client: TestClient) -> None:
    fr = client.get("/search.json?country=SN&lang=fr").json()
    es = client.get("/search.json?country=SN", headers={"Accept-Language": "es-MX,es;q=0.9"},
                    cookies={"chm_lang": ""}).json()  # fmt: skip
    assert fr["chips"][0]["label"] == "Sénégal" and es["chips"][0]["label"] == "Senegal"
    page = client.get("/?lang=es", cookies={})
    assert "Buscar" in page.text and page.cookies.get("chm_lang") == "es"
    assert '<html lang="es">' in page.text
    client.cookies.clear()


def test_highlights_are_escaped(client: TestClient) -> None:
    page = client.get("/", params={"q": "<script>alert(1)</script> OR pesticides"}).text
    assert "<script>alert" not in page
    assert re.search(r"<mark>pesticides</mark>", page, re.I)


def test_record_page_and_twin(client: TestClient) -> None:
    page = client.get(f"/records/{RID}")
    assert page.status_code == 200
    twin = client.get(f"/records/{RID}.json").json()
    assert twin["record"]["id"] == RID
    assert twin["record"]["url"] in page.text
    for concept in twin["concepts"]:
        assert concept["href"].startswith("/?concept=")
        assert concept["href"].replace("&", "&amp;") in page.text or concept["href"] in page.text
    assert twin["related"]["same_node"]
    assert all(r["id"] != RID for r in twin["related"]["same_node"])
    missing = client.get("/records/none:such")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_suggestions_from_the_vocabulary(client: TestClient) -> None:
    data = client.get("/api/vocabulary/suggest", params={"q": "mercu", "lang": "fr"}).json()
    labels = [s["label"] for s in data["suggestions"]]
    assert "mercure" in labels
    assert all(s["href"].startswith("/?concept=") for s in data["suggestions"])


# --- exports -------


def test_csv_export_rows_equal_the_search_total(client: TestClient) -> None:
    total = search(client, node="fr-chm", size=0)["total"]
    response = client.get("/api/export", params={"format": "csv", "node": "fr-chm"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    ids = [r[0] for r in rows[1:]]
    assert len(ids) == len(set(ids)) == total == 120


def test_jsonl_and_atom_exports_parse_back(client: TestClient) -> None:
    total = search(client, q="waste", size=0)["total"]
    lines = client.get("/api/export?format=jsonl&q=waste").text.splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == total > 0 and all("id" in r and "title" in r for r in records)
    atom = etree.fromstring(client.get("/api/export?format=atom&q=waste").content)
    entries = atom.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == total


def test_export_walk_is_a_generator_with_small_pages(web_ctx: Any) -> None:
    from index.base import SearchQuery

    walk = iter_records(web_ctx.index, SearchQuery(), page_size=50)
    assert iter(walk) is walk  # a generator: records are produced page by page, never a list
    assert export_query(SearchQuery(sort="relevance")).sort == "-date"
    first = next(walk)
    assert "id" in first
    assert sum(1 for _ in walk) == 259
