"""Local HTTP servers for the JSON and DCAT harvester tests (ThreadingHTTPServer, port 0).

The content is the real fixtures in ../shared/fixtures/json and ../shared/fixtures/dcat,
served as recorded (``/fixtures/...``) and re-paged into the shapes real APIs use:

- ``/ckan/api/3/action/package_search``  CKAN start/rows (+ ``fq=metadata_modified:[X TO *]``)
- ``/solr/select``                       Solr start/rows and cursorMark
- ``/jsonapi/datasets``                  JSON:API, ``links.next`` in the body
- ``/link/datasets``                     a bare JSON list, next page in the ``Link`` header
- ``/paged/datasets``                    page/size
- ``/secure/...``                        CKAN behind an ``X-API-Key`` header
- ``/hydra``                             a Hydra-paged Turtle catalogue, one fixture per page
- ``/bad/...``                           the failure cases (named like Scrapy's mockserver)

``JsonApp.records`` is the dataset list every paged route serves; tests change it (drop a
record, set ``fail_from``) to exercise deletion detection and failures.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
if not FIXTURES.exists():  # the repository root sees the shared folder at ../shared
    FIXTURES = Path("/work/shared/fixtures")
JSON_DIR = FIXTURES / "json"
DCAT_DIR = FIXTURES / "dcat" / "ckanext-dcat"

CONTENT_TYPES = {
    ".json": "application/json",
    ".jsonld": "application/ld+json",
    ".ttl": "text/turtle",
    ".rdf": "application/rdf+xml",
}
HYDRA_PAGES = (
    "dataset_multilingual.ttl",
    "dataset_gob_es.ttl",
    "dataset_afs.ttl",
    "dataset_health_multilingual.ttl",
)

Response = tuple[int, str, bytes, dict[str, str]]


def fixture_records() -> list[dict[str, Any]]:
    """The real CKAN package dicts: package_search results plus ckanext-dcat examples."""
    search = json.loads(
        (JSON_DIR / "ckan-api-demo/demo.ckan.org_package_search_rows3.json").read_text()
    )
    out: list[dict[str, Any]] = list(search["result"]["results"])
    for name in (
        "ckan_dataset.json",
        "ckan_dataset_multilingual.json",
        "ckan_dcat_ap_dataset_series.json",
        "ckan_full_dataset_dcat_ap.json",
        "full_ckan_dataset_legacy.json",
    ):
        out.append(json.loads((JSON_DIR / "ckanext-dcat" / name).read_text()))
    out.extend(json.loads((JSON_DIR / "ckanext-dcat/health_dcat_ap.json").read_text()))
    return out


def record_id(rec: dict[str, Any]) -> str:
    """The id the tests use for a package dict (``id``, else ``name``)."""
    return str(rec.get("id") or rec["name"])


def solr_doc(rec: dict[str, Any]) -> dict[str, Any]:
    """A CKAN package dict as CKAN's own Solr index stores it (flat, multivalued lists)."""
    doc = {
        "id": record_id(rec),
        "title": rec.get("title"),
        "notes": rec.get("notes"),
        "tags": [t["name"] for t in rec.get("tags", [])],
        "metadata_modified": rec.get("metadata_modified"),
        "url": rec.get("url"),
        "license_id": rec.get("license_id"),
        "organization": (rec.get("organization") or {}).get("name"),
        "res_url": [r.get("url") for r in rec.get("resources", []) if r.get("url")],
    }
    for lang, text in (rec.get("title_translated") or {}).items():
        doc[f"title_{lang}"] = text
    return {k: v for k, v in doc.items() if v not in (None, [], "")}


def jsonapi_resource(rec: dict[str, Any], base: str) -> dict[str, Any]:
    """A CKAN package dict as a JSON:API resource object."""
    rid = record_id(rec)
    attrs = {
        "title": rec.get("title"),
        "title_translated": rec.get("title_translated"),
        "description": rec.get("notes"),
        "keywords": [t["name"] for t in rec.get("tags", [])],
        "language": rec.get("language"),
        "issued": rec.get("issued") or rec.get("metadata_created"),
        "license": rec.get("license_title"),
    }
    return {
        "type": "datasets",
        "id": rid,
        "attributes": {k: v for k, v in attrs.items() if v not in (None, [], "")},
        "links": {"self": f"{base}/jsonapi/datasets/{rid}"},
    }


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return status, "application/json", json.dumps(data).encode(), headers or {}


def _int(q: dict[str, str], key: str, default: int) -> int:
    try:
        return int(q.get(key, default))
    except ValueError:
        return default


class JsonApp:
    """The routes and the state they serve."""

    def __init__(self) -> None:
        self.records = fixture_records()
        self.fail_from: int | None = None  # offsets >= this answer HTTP 503
        self.hydra_pages = list(HYDRA_PAGES)  # one fixture file per catalogue page
        self.requests: list[str] = []
        self.times: list[float] = []  # monotonic time of each request
        self.base = ""
        self.static: dict[str, tuple[bytes, str]] = {}  # path -> (body, content type)
        # /planned/datasets?page=N serves the records at these indexes on page N (none after
        # the plan), announcing ``planned_total`` records: repeats and cycles on demand
        self.plan: list[list[int]] = []
        self.planned_total = 0
        self.routes: dict[str, Callable[[dict[str, str], dict[str, str]], Response]] = {
            "/ckan/api/3/action/package_search": self.ckan,
            "/secure/api/3/action/package_search": self.secure,
            "/solr/select": self.solr,
            "/jsonapi/datasets": self.jsonapi,
            "/link/datasets": self.link,
            "/paged/datasets": self.paged,
            "/planned/datasets": self.planned,
            "/hydra": self.hydra,
            "/hydra-cyclic": self.hydra_cyclic,
            "/bad/not-object": self.not_object,
            "/bad/no-records": lambda q, h: _json({"success": True, "result": {"count": 3}}),
            "/bad/not-json": lambda q, h: (200, "application/json", b"Internal error: db down", {}),
            "/bad/html": self.html,
            "/bad/cyclic": self.cyclic,
            "/bad/endless": self.endless,
            "/bad/endless-fresh": self.endless_fresh,
            "/bad/huge": self.huge,
            "/bad/no-title": self.no_title,
            "/bad/ckan-error": lambda q, h: _json(
                {"success": False, "error": {"message": "Access denied", "__type": "Auth"}}, 403
            ),
        }

    # --- CKAN -------------------------------------------------------------------------
    def _filtered(self, q: dict[str, str]) -> list[dict[str, Any]]:
        recs = sorted(self.records, key=record_id)
        m = re.fullmatch(r"metadata_modified:\[(\S+) TO \*\]", q.get("fq", ""))
        if m:
            since = m.group(1).rstrip("Z")
            recs = [r for r in recs if (r.get("metadata_modified") or "") >= since]
        return recs

    def ckan(self, q: dict[str, str], h: dict[str, str]) -> Response:
        start, rows = _int(q, "start", 0), _int(q, "rows", 10)
        if self.fail_from is not None and start >= self.fail_from:
            return 503, "text/plain", b"Service Unavailable", {}
        recs = self._filtered(q)
        result = {"count": len(recs), "sort": q.get("sort"), "results": recs[start : start + rows]}
        return _json({"help": "package_search", "success": True, "result": result})

    def secure(self, q: dict[str, str], h: dict[str, str]) -> Response:
        if h.get("x-api-key") != "s3cret":
            return _json({"success": False, "error": {"message": "Invalid API key"}}, 403)
        return self.ckan(q, h)

    # --- Solr and JSON:API --------------------------------------------------------------
    def solr(self, q: dict[str, str], h: dict[str, str]) -> Response:
        docs = [solr_doc(r) for r in sorted(self.records, key=record_id)]
        rows = _int(q, "rows", 10)
        body: dict[str, Any] = {"responseHeader": {"status": 0, "params": q}}
        if "cursorMark" in q:
            mark = q["cursorMark"]
            start = 0 if mark == "*" else int(mark.removeprefix("AoE"))
            end = min(start + rows, len(docs))
            body["nextCursorMark"] = f"AoE{end}" if end > start else mark
        else:
            start = _int(q, "start", 0)
        body["response"] = {
            "numFound": len(docs),
            "start": start,
            "docs": docs[start : start + rows],
        }
        return _json(body)

    def jsonapi(self, q: dict[str, str], h: dict[str, str]) -> Response:
        size, number = _int(q, "page[size]", 10), _int(q, "page[number]", 1)
        recs = sorted(self.records, key=record_id)
        chunk = recs[(number - 1) * size : number * size]
        body: dict[str, Any] = {
            "data": [jsonapi_resource(r, self.base) for r in chunk],
            "meta": {"total": len(recs)},
            "links": {"self": f"/jsonapi/datasets?page[number]={number}&page[size]={size}"},
        }
        if number * size < len(recs):  # relative next link, as many servers send
            body["links"]["next"] = f"/jsonapi/datasets?page[number]={number + 1}&page[size]={size}"
        return 200, "application/vnd.api+json", json.dumps(body).encode(), {}

    def link(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page, size = _int(q, "page", 1), _int(q, "size", 4)
        recs = sorted(self.records, key=record_id)
        headers = {}
        if page * size < len(recs):
            nxt = f"{self.base}/link/datasets?page={page + 1}&size={size}"
            headers["Link"] = f'<{nxt}>; rel="next", <{self.base}/link/datasets>; rel="first"'
        return _json(recs[(page - 1) * size : page * size], headers=headers)

    def paged(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page, size = _int(q, "page", 1), _int(q, "size", 4)
        recs = sorted(self.records, key=record_id)
        return _json({"items": recs[(page - 1) * size : page * size], "total": len(recs)})

    def planned(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = _int(q, "page", 1)
        recs = sorted(self.records, key=record_id)
        picks = self.plan[page - 1] if 0 < page <= len(self.plan) else []
        return _json({"items": [recs[i % len(recs)] for i in picks], "total": self.planned_total})

    # --- DCAT ---------------------------------------------------------------------------
    def _hydra_page(self, route: str, page: int, next_page: int | None) -> Response:
        text = (DCAT_DIR / self.hydra_pages[page - 1]).read_text(encoding="utf-8")
        me = f"{self.base}{route}?page={page}"
        hydra = [
            f"<{me}> a <http://www.w3.org/ns/hydra/core#PagedCollection> ;",
            f'  <http://www.w3.org/ns/hydra/core#totalItems> "{len(self.hydra_pages)}" ',
        ]
        if next_page:
            hydra[-1] += ";"
            nxt = f"{self.base}{route}?page={next_page}"
            hydra.append(f"  <http://www.w3.org/ns/hydra/core#nextPage> <{nxt}>")
        body = text + "\n" + "\n".join(hydra) + " .\n"
        return 200, "text/turtle; charset=utf-8", body.encode(), {}

    def hydra(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = _int(q, "page", 1)
        last = len(self.hydra_pages)
        return self._hydra_page("/hydra", page, page + 1 if page < last else None)

    def hydra_cyclic(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = _int(q, "page", 1)
        return self._hydra_page("/hydra-cyclic", page, 2 if page == 1 else 1)

    # --- bad input ----------------------------------------------------------------------
    def not_object(self, q: dict[str, str], h: dict[str, str]) -> Response:
        recs = self.records
        return _json({"results": [recs[0], "a string", [1, 2], 42, None, recs[1]]})

    def html(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = b"<!DOCTYPE html><html><body><h1>Maintenance</h1>Back soon.</body></html>"
        return 200, "text/html; charset=utf-8", page, {}

    def cyclic(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = _int(q, "page", 1)
        recs = sorted(self.records, key=record_id)
        nxt = 2 if page == 1 else 1
        return _json({"data": recs[page * 2 : page * 2 + 2], "next": f"/bad/cyclic?page={nxt}"})

    def endless(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = _int(q, "page", 1)
        return _json({"data": self.records[:2], "next": f"/bad/endless?page={page + 1}"})

    def endless_fresh(self, q: dict[str, str], h: dict[str, str]) -> Response:
        page = _int(q, "page", 1)
        data = [{"id": f"gen-{page}", "title": f"Generated {page}"}]
        return _json({"data": data, "next": f"/bad/endless-fresh?page={page + 1}"})

    def huge(self, q: dict[str, str], h: dict[str, str]) -> Response:
        big = [{"id": f"r{i}", "title": "x" * 1000} for i in range(2000)]
        return _json({"data": big})

    def no_title(self, q: dict[str, str], h: dict[str, str]) -> Response:
        recs = [dict(r) for r in self.records[:3]]
        recs[1] = {k: v for k, v in recs[1].items() if k not in ("title", "name")}
        recs[1]["id"] = "untitled-1"
        return _json({"help": "", "success": True, "result": {"count": 3, "results": recs}})

    def fixture(self, path: str) -> Response:
        rel = path.removeprefix("/fixtures/")
        target = (FIXTURES / rel).resolve()
        if FIXTURES.resolve() not in target.parents or not target.is_file():
            return 404, "text/plain", b"not found", {}
        ctype = CONTENT_TYPES.get(target.suffix, "application/octet-stream")
        return 200, ctype, target.read_bytes(), {}

    def handle(self, path: str, q: dict[str, str], h: dict[str, str]) -> Response:
        """Dispatch one request (``requests`` keeps path and query of each)."""
        if path.startswith("/fixtures/"):
            return self.fixture(path)
        if path.startswith("/static/"):
            body, ctype = self.static[path]
            return 200, ctype, body, {}
        route = self.routes.get(path)
        if route is None:
            return 404, "text/plain", b"no such route", {}
        return route(q, h)


class _Handler(BaseHTTPRequestHandler):
    app: JsonApp

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        q = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.app.requests.append(self.path)  # type: ignore[attr-defined]
        self.server.app.times.append(time.monotonic())  # type: ignore[attr-defined]
        status, ctype, body, extra = self.server.app.handle(parts.path, q, headers)  # type: ignore[attr-defined]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(app: JsonApp | None = None) -> Iterator[tuple[str, JsonApp]]:
    """Run a server on 127.0.0.1:0 in a thread; yield its base URL and app."""
    app = app or JsonApp()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.app = app  # type: ignore[attr-defined]
    base = f"http://127.0.0.1:{server.server_address[1]}"
    app.base = base
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield base, app
    finally:
        server.shutdown()
        server.server_close()
