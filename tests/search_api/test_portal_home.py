"""The home (``/`` without a query) and the world map (on the home and beside the results),
against the real app over the demo nodes' harvested records."""

from __future__ import annotations

import re
import warnings
from urllib.parse import parse_qs, urlparse

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from search_api import worldmap


def _country_links(html: str) -> dict[str, str]:
    """ISO code -> href of every clickable country of the page's map."""
    svg = html[html.index('<svg class="worldmap"') :]
    svg = svg[: svg.index("</svg>")]
    out = {}
    for href in re.findall(r'<a href="([^"]+)"', svg):
        query = parse_qs(urlparse(href.replace("&amp;", "&")).query)
        out[query["country"][-1]] = href.replace("&amp;", "&")
    return out


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_home_shows_counts_latest_nodes_and_map(client: TestClient, lang: str) -> None:
    facts = client.get("/api/search", params={"size": 0, "facets": "type,country,node"}).json()
    r = client.get("/", params={"lang": lang})
    assert r.status_code == 200
    html = r.text
    assert 'class="wrap home"' in html and '<ol class="hits"' not in html
    # every record type with its count links to the filtered search
    for f in facts["facets"]["type"]:
        value, n = f["value"], f["count"]
        assert f'href="/?type={value}"' in html
        assert re.search(rf'href="/\?type={value}"><span class="n-big">{n}</span>', html)
    # the latest needs and offers are records of those types, newest first
    needs = client.get("/api/search", params={"type": "need", "sort": "-date", "size": 5}).json()
    for hit in needs["hits"]:
        assert hit["id"].split(":", 1)[1] in html or hit["id"] in html
    # every node with its freshness
    for node in ("fr-chm", "es-chm", "gb-chm"):
        assert f'href="/?node={node}"' in html
    # the map: exactly the countries that have records are links, to the filtered search
    links = _country_links(html)
    with_records = {f["value"] for f in facts["facets"]["country"] if f["count"]}
    drawn = with_records & set(worldmap.shapes().paths)
    assert drawn and set(links) == drawn
    for code in drawn:
        assert links[code] == f"/?country={code}"


def test_map_country_link_filters_the_search(client: TestClient) -> None:
    links = _country_links(client.get("/").text)
    code, href = sorted(links.items())[0]
    expected = client.get("/api/search", params={"country": code, "size": 0}).json()["total"]
    page = client.get(href + "&format=json").json()
    assert page["total"] == expected > 0
    assert [c["value"] for c in page["chips"]] == [code]


def test_home_works_without_javascript(client: TestClient) -> None:
    html = client.get("/").text
    svg = html[html.index('<svg class="worldmap"') : html.index("</svg>")]
    assert "<script" not in svg and "onclick" not in svg
    assert "<title>" in svg  # a tooltip per country, no script needed


def test_results_page_has_the_map_narrowing_the_current_search(client: TestClient) -> None:
    html = client.get("/", params={"q": "mercury", "type": "project"}).text
    links = _country_links(html)
    assert links
    for code, href in links.items():
        query = parse_qs(urlparse(href).query)
        assert query["q"] == ["mercury"] and query["type"] == ["project"]
        assert query["country"] == [code]
    facet = client.get("/search.json", params={"q": "mercury", "type": "project"}).json()
    assert "map" not in facet  # the JSON twin stays data


def test_map_shapes_cover_the_world_with_iso_codes() -> None:
    shapes = worldmap.shapes()
    for code in ("FR", "ES", "GB", "SN", "BR", "CN", "US", "AU", "ZA", "MV"):
        assert code in shapes.paths, code
    assert "AQ" not in shapes.paths
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in shapes.paths)
    assert worldmap.shapes() is shapes  # computed once


def test_equal_earth_projection_bounds() -> None:
    x, y = worldmap.equal_earth(180.0, 0.0)
    assert float(x) == pytest.approx(2.7066, abs=1e-3) and float(y) == 0
    x, y = worldmap.equal_earth(0.0, 90.0)
    assert float(y) == pytest.approx(1.3174, abs=1e-3)
    x1, _ = worldmap.equal_earth(-180.0, 45.0)
    x2, _ = worldmap.equal_earth(180.0, 45.0)
    assert float(x1) == -float(x2)


def test_colour_levels_grow_with_counts() -> None:
    assert worldmap.level(0, 100) == 0
    assert worldmap.level(1, 100) == 1
    assert worldmap.level(100, 100) == 5
    levels = [worldmap.level(n, 1000) for n in range(1, 1001)]
    assert levels == sorted(levels) and set(levels) == {1, 2, 3, 4, 5}
