"""/docs and /redoc from local files, the favicon, gzip, and HTTP metrics per route template
(issue: pages that work everywhere; HTTP observability). Against the real app."""

from __future__ import annotations

import re
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def _assets(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


def test_docs_load_every_asset_from_this_server(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        r = client.get(page)
        assert r.status_code == 200
        urls = _assets(r.text)
        assert urls, page
        for url in urls:
            assert url.startswith("/"), f"{page} loads {url} from elsewhere"
            assert client.get(url).status_code == 200, url
        assert "cdn" not in r.text.lower() and "googleapis" not in r.text


def test_swagger_ui_is_recent_enough_for_openapi_3_1(client: TestClient) -> None:
    # Swagger UI renders OpenAPI 3.1 (what FastAPI writes) from version 5 on
    js = client.get("/docs-assets/swagger-ui-bundle.js").text
    assert client.get("/openapi.json").json()["openapi"].startswith("3.1")
    versions = re.findall(r'version:"(\d+)\.\d+\.\d+"', js) or re.findall(
        r"swagger-ui.*?(\d+)\.\d+\.\d+", js[:4000]
    )
    assert versions and int(versions[0]) >= 5, versions[:3]


def test_favicon(client: TestClient) -> None:
    r = client.get("/favicon.ico")
    assert r.status_code == 200
    assert r.headers["content-type"] == "image/png"
    assert r.content.startswith(b"\x89PNG")


def test_gzip_when_accepted(client: TestClient) -> None:
    r = client.get("/?q=mercury", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200
    assert r.headers.get("content-encoding") == "gzip"
    assert "<html" in r.text  # decoded by the client
    plain = client.get("/?q=mercury", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers


def _sample(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        if not line.startswith(name + "{"):
            continue
        got = dict(re.findall(r'(\w+)="([^"]*)"', line.rsplit("} ", 1)[0]))
        if all(got.get(k) == v for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_metrics_count_requests_per_route_template(client: TestClient) -> None:
    before = client.get("/metrics").text
    route = "/records/{record_id:path}"
    n0 = _sample(before, "chm_http_requests_total", route=route, status="200")
    e0 = _sample(before, "chm_http_errors_total", route="/api/search", kind="client")
    s0 = _sample(before, "chm_search_duration_seconds_count", source="/api/search")
    ids = [h["id"] for h in client.get("/api/search?size=3").json()["hits"]]
    for rid in ids:
        assert client.get("/records/" + rid).status_code == 200
    assert client.get("/api/search?size=-4").status_code == 400
    client.get("/no/such/page/at/all")
    after = client.get("/metrics").text
    assert _sample(after, "chm_http_requests_total", route=route, status="200") == n0 + len(ids)
    assert _sample(after, "chm_http_errors_total", route="/api/search", kind="client") == e0 + 1
    assert _sample(after, "chm_search_duration_seconds_count", source="/api/search") == s0 + 1
    assert _sample(after, "chm_http_request_duration_seconds_count", route=route) >= len(ids)
    assert 'route="unmatched"' in after
    # never one series per raw path
    assert not any(rid in after for rid in ids)
    assert "/no/such/page" not in after


def test_docs_assets_need_no_django() -> None:
    # the package that ships Swagger UI and ReDoc must not pull a web framework chm never uses
    from importlib.metadata import requires

    needed = [*(requires("chm") or []), *(requires("fastapi-offline") or [])]
    assert not [r for r in needed if r.lower().startswith(("django", "drf-spectacular"))]
