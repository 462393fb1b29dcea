"""The Elasticsearch backend.

1. The shared conformance suite (:class:`IndexBackendContract`) runs against a real cluster
   when ``CHM_ES_URL`` is set (credentials from ``CHM_ES_API_KEY`` or ``CHM_ES_USER`` /
   ``CHM_ES_PASSWORD``, ``CHM_ES_CA_CERT``), each test on its own throw-away alias; without it
   the suite is not collected (the same suite runs on a real OpenSearch node in
   ``test_opensearch.py`` on every run).
2. The client calls (start-up check, template and alias set-up, bulk error reporting and
   retries, ``last_seq`` in ``_meta``, the alias swap of a rebuild, point-in-time paging) run
   against :class:`EsStub`, a *recording stub*: a real HTTP server on 127.0.0.1 that speaks
   just enough of the documented Elasticsearch REST API (root info with the
   ``X-Elastic-Product`` header the 8.x/9.x clients require, ``_index_template``, index
   create/get/delete, ``_alias``/``_aliases``, ``_bulk`` with per-item errors, ``_mapping``,
   ``_refresh``, ``_count``, ``_doc``, ``_pit`` and a match-all ``_search``) and records every
   request the official client sends. No Elasticsearch server can run on these machines, so
   this is the honest way to test the client calls; it checks requests, not search relevance
   (that is the conformance suite's job on a real cluster, and test_es_query.py's on bodies).
"""

from __future__ import annotations

import fnmatch
import json
import os
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from elasticsearch import Elasticsearch

from harvesters.config import load_settings
from index.base import BackendUnavailable, IndexBackend, InvalidQuery, SearchQuery
from index.elasticsearch_ import BulkRejected, ElasticsearchIndex, EsOptions
from index.es_query import encode_cursor
from tests.index.contract import IndexBackendContract
from tests.index.samples import SAMPLES

# --- 1. the conformance suite on a real cluster ------------------------------------------------


# Collected only when CHM_ES_URL names a cluster: no Elasticsearch server runs on the build
# machines, so the class is left out rather than reported as 73 skips. The same suite runs on a
# real OpenSearch node on every `make test` (test_opensearch.py).
if os.environ.get("CHM_ES_URL"):

    class TestElasticsearchContract(IndexBackendContract):
        """The shared suite, on a real cluster named by CHM_ES_URL."""

        supports_reopen = True

        @pytest.fixture
        def backend(self) -> Iterator[IndexBackend]:
            url = os.environ["CHM_ES_URL"]
            options = EsOptions(index=f"chm-test-{uuid.uuid4().hex[:12]}", replicas=0)
            backend = ElasticsearchIndex.connect(url, options)
            self._options = options
            yield backend
            client = backend.client
            # by name: wildcard deletes are refused by default (action.destructive_requires_name)
            for name in client.indices.get(index=f"{options.index}-v*").body:
                client.indices.delete(index=name, ignore_unavailable=True)
            client.indices.delete_index_template(name=f"{options.index}-template")
            backend.close()

        def reopen(self, backend: IndexBackend) -> IndexBackend:
            backend.close()
            url = os.environ["CHM_ES_URL"]
            return ElasticsearchIndex.connect(url, self._options)


# --- 2. the recording stub ---------------------------------------------------------------------


class EsStub:
    """State and request log of the stub cluster (see the module docstring)."""

    def __init__(self) -> None:
        self.version = "9.1.0"
        self.product_header = True
        self.status_root = 200
        self.indices: dict[str, dict[str, Any]] = {}
        self.templates: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self.reject: dict[str, dict[str, Any]] = {}  # doc id -> bulk item error
        self.busy_once: set[str] = set()  # doc ids answered 429 the first time
        self.pits: set[str] = set()
        self.lock = threading.Lock()

    # helpers
    def resolve(self, name: str) -> list[str]:
        """Concrete indices for a name, alias or wildcard pattern."""
        out = []
        for index, data in self.indices.items():
            if fnmatch.fnmatch(index, name) or name in data["aliases"]:
                out.append(index)
        return sorted(out)

    def paths(self, method: str) -> list[str]:
        return [p for m, p, _b in self.requests if m == method]

    def bodies(self, method: str, path: str) -> list[Any]:
        return [b for m, p, b in self.requests if m == method and p == path]


def _error(status: int, kind: str, reason: str) -> tuple[int, dict[str, Any]]:
    return status, {
        "error": {"type": kind, "reason": reason, "root_cause": [{"type": kind, "reason": reason}]},
        "status": status,
    }


class _Handler(BaseHTTPRequestHandler):
    stub: EsStub

    def log_message(self, format: str, *args: Any) -> None:  # silence the test output
        pass

    def _body(self) -> Any:
        n = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(n) if n else b""
        if not raw:
            return None
        if self.path.split("?")[0].endswith("_bulk"):
            return [json.loads(line) for line in raw.decode().splitlines() if line.strip()]
        return json.loads(raw)

    def _handle(self, method: str) -> None:
        body = self._body()
        path = unquote(urlsplit(self.path).path)
        with self.stub.lock:
            self.stub.requests.append((method, path, body))
            status, answer = route(self.stub, method, path, body)
        data = b"" if answer is None or method == "HEAD" else json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        if self.stub.product_header:
            self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(data)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_PUT(self) -> None:
        self._handle("PUT")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def do_HEAD(self) -> None:
        self._handle("HEAD")


def route(stub: EsStub, method: str, path: str, body: Any) -> tuple[int, Any]:
    """The documented endpoints the backend uses, on the stub's state."""
    parts = [p for p in path.split("/") if p]
    if not parts:
        if stub.status_root != 200:
            return _error(stub.status_root, "security_exception", "missing authentication")
        return 200, {
            "name": "stub",
            "cluster_name": "stub-cluster",
            "version": {"number": stub.version},
            "tagline": "You Know, for Search",
        }
    head = parts[0]
    if head == "_index_template":
        stub.templates[parts[1]] = body
        return 200, {"acknowledged": True}
    if head == "_alias" and len(parts) == 2:
        found = [i for i, d in stub.indices.items() if parts[1] in d["aliases"]]
        if not found:
            return _error(404, "aliases_not_found_exception", f"aliases [{parts[1]}] missing")
        return 200, {i: {"aliases": {parts[1]: {}}} for i in found}
    if head == "_aliases":
        return _aliases(stub, body)
    if head == "_bulk":
        return _bulk(stub, body)
    if head == "_cluster":
        return 200, {"cluster_name": "stub-cluster", "status": "green", "number_of_nodes": 1}
    if head == "_pit":
        stub.pits.discard(body["id"])
        return 200, {"succeeded": True, "num_freed": 1}
    if head == "_search":
        return _search(stub, body, None)
    if len(parts) == 1:
        return _index_level(stub, method, head, body)
    return _index_api(stub, method, parts, body)


def _index_level(stub: EsStub, method: str, name: str, body: Any) -> tuple[int, Any]:
    if method == "HEAD":
        return (200 if name in stub.indices else 404), None
    if method == "PUT":
        if name in stub.indices:
            return _error(400, "resource_already_exists_exception", f"index [{name}] exists")
        template = next(
            t
            for t in stub.templates.values()
            if any(fnmatch.fnmatch(name, p) for p in t["index_patterns"])
        )
        meta = dict(template["template"]["mappings"]["_meta"])
        aliases = set((body or {}).get("aliases") or {})
        stub.indices[name] = {"aliases": aliases, "meta": meta, "docs": {}, "settings": []}
        return 200, {"acknowledged": True, "index": name}
    if method == "DELETE":
        for index in stub.resolve(name):
            del stub.indices[index]
        return 200, {"acknowledged": True}
    return 200, {
        i: {"aliases": {a: {} for a in d["aliases"]}}
        for i, d in ((i, stub.indices[i]) for i in stub.resolve(name))
    }


def _index_api(stub: EsStub, method: str, parts: list[str], body: Any) -> tuple[int, Any]:
    targets = stub.resolve(parts[0])
    if not targets:
        return _error(404, "index_not_found_exception", f"no such index [{parts[0]}]")
    data = stub.indices[targets[0]]
    api = parts[1]
    if api == "_mapping" and method == "PUT":
        data["meta"] = body["_meta"]
        return 200, {"acknowledged": True}
    if api == "_mapping":
        return 200, {targets[0]: {"mappings": {"_meta": data["meta"]}}}
    if api == "_settings":
        data["settings"].append(body)
        return 200, {"acknowledged": True}
    if api == "_refresh":
        return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
    if api == "_count":
        return 200, {"count": len(data["docs"])}
    if api == "_doc":
        doc = data["docs"].get("/".join(parts[2:]))
        if doc is None:
            return 404, {"_index": targets[0], "_id": parts[2], "found": False}
        return 200, {
            "_index": targets[0],
            "_id": parts[2],
            "found": True,
            "_source": {"doc": doc["doc"]},
        }
    if api == "_search":
        return _search(stub, body, targets[0])
    if api == "_pit":
        pit = f"pit-{len(stub.pits) + 1}-{targets[0]}"
        stub.pits.add(pit)
        return 200, {"id": pit}
    return _error(400, "illegal_argument_exception", f"stub: unknown API {parts}")


def _aliases(stub: EsStub, body: Any) -> tuple[int, Any]:
    for action in body["actions"]:
        ((verb, spec),) = action.items()
        index = stub.indices[spec["index"]]
        if verb == "add":
            index["aliases"].add(spec["alias"])
        else:
            index["aliases"].discard(spec["alias"])
    return 200, {"acknowledged": True}


def _bulk(stub: EsStub, lines: list[dict[str, Any]]) -> tuple[int, Any]:
    items, i = [], 0
    while i < len(lines):
        ((op, meta),) = lines[i].items()
        source = lines[i + 1] if op == "index" else None
        i += 2 if op == "index" else 1
        items.append({op: _bulk_item(stub, op, meta, source)})
    errors = any(not 200 <= next(iter(it.values()))["status"] < 300 for it in items)
    return 200, {"took": 1, "errors": errors, "items": items}


def _bulk_item(stub: EsStub, op: str, meta: dict[str, Any], source: Any) -> dict[str, Any]:
    doc_id, index = meta["_id"], stub.resolve(meta["_index"])[0]
    item = {"_index": index, "_id": doc_id}
    if doc_id in stub.busy_once:
        stub.busy_once.discard(doc_id)
        return item | {
            "status": 429,
            "error": {
                "type": "es_rejected_execution_exception",
                "reason": "rejected execution (queue full)",
            },
        }
    if doc_id in stub.reject:
        return item | {"status": 400, "error": stub.reject[doc_id]}
    docs = stub.indices[index]["docs"]
    if op == "delete":
        if docs.pop(doc_id, None) is None:
            return item | {"status": 404, "result": "not_found"}
        return item | {"status": 200, "result": "deleted"}
    docs[doc_id] = source
    return item | {"status": 201, "result": "created"}


def _search(stub: EsStub, body: dict[str, Any], index: str | None) -> tuple[int, Any]:
    """match_all on an index or under a PIT, sorted by id (score 1.0 for all), honouring
    from/size and search_after. Only the paging logic is emulated, never the query."""
    pit = (body.get("pit") or {}).get("id")
    if index is None and pit not in stub.pits:
        return _error(404, "search_context_missing_exception", "No search context found")
    docs = stub.indices[index or pit.split("-", 2)[2]]["docs"]
    after = body.get("search_after")
    ordered = sorted(docs)
    if after:
        ordered = [d for d in ordered if d > after[1]]
    start = body.get("from", 0)
    page = ordered[start : start + body["size"]]
    hits = [
        {
            "_id": d,
            "_score": 1.0,
            "_source": {"doc": docs[d]["doc"]},
            "sort": [1.0, d, 100 + ordered.index(d)],
        }
        for d in page
    ]
    return 200, {
        **({"pit_id": pit} if pit else {}),
        "hits": {"total": {"value": len(docs), "relation": "eq"}, "hits": hits},
    }


@pytest.fixture
def stub() -> Iterator[tuple[EsStub, str]]:
    """A stub cluster on 127.0.0.1 (port 0) and its URL."""
    state = EsStub()
    handler = type("Handler", (_Handler,), {"stub": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def es(stub: tuple[EsStub, str]) -> Iterator[ElasticsearchIndex]:
    """The backend on the stub, with fast bulk retries."""
    _state, url = stub
    backend = ElasticsearchIndex.connect(url, EsOptions(initial_backoff=0.01), env={})
    yield backend
    backend.close()


def _settings(tmp_path: Path, url: str, extra: str = "") -> Any:
    config = tmp_path / "config.toml"
    config.write_text(f'[index]\nbackend = "elasticsearch"\nurl = "{url}"\n{extra}')
    return load_settings(config)


# --- start-up ----------------------------------------------------------------------------------


def test_from_settings_installs_template_and_first_index(stub, tmp_path: Path) -> None:
    state, url = stub
    backend = ElasticsearchIndex.from_settings(_settings(tmp_path, url))
    assert backend.alias == "chm-records"
    assert state.indices["chm-records-v1"]["aliases"] == {"chm-records"}
    template = state.templates["chm-records-template"]
    assert template["index_patterns"] == ["chm-records-v*"]
    assert "french_stemmer" in template["template"]["settings"]["analysis"]["filter"]
    assert backend.health()["status"] == "green"
    backend.close()
    # a second start finds the alias and creates nothing
    again = ElasticsearchIndex.from_settings(_settings(tmp_path, url))
    assert sorted(state.indices) == ["chm-records-v1"]
    again.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": "7.17.9"}, "is not supported: chm needs 8.x"),
        ({"version": "8.15.0"}, "install a matching client"),
        ({"product_header": False}, "is not Elasticsearch"),
        ({"status_root": 401}, "refused chm's credentials"),
    ],
)
def test_startup_refuses_what_chm_cannot_use(stub, tmp_path, change, message) -> None:
    state, url = stub
    for key, value in change.items():
        setattr(state, key, value)
    with pytest.raises(BackendUnavailable, match=message):
        ElasticsearchIndex.from_settings(_settings(tmp_path, url))
    assert state.templates == {}  # nothing was written to a cluster chm refused


def test_startup_unreachable_cluster(tmp_path: Path) -> None:
    with pytest.raises(BackendUnavailable, match="cannot reach Elasticsearch at http://127"):
        ElasticsearchIndex.connect("http://127.0.0.1:9", env={})


@pytest.mark.parametrize(
    ("url", "extra", "env", "message"),
    [
        ("", "", {}, "needs url"),
        ("ftp://x", "", {}, "not an http"),
        ("http://127.0.0.1:9", "[elasticsearch]\nshards = 'two'\n", {}, "'shards' must be int"),
        ("http://127.0.0.1:9", "[elasticsearch]\ncolour = 1\n", {}, "unknown key 'colour'"),
        ("http://127.0.0.1:9", "", {"CHM_ES_USER": "u"}, "set both CHM_ES_USER"),
        ("http://127.0.0.1:9", "", {"CHM_ES_CA_CERT": "/no/ca.pem"}, "no such file"),
    ],
)
def test_configuration_errors_are_plain(tmp_path, monkeypatch, url, extra, env, message) -> None:
    for key in ("CHM_ES_URL", "CHM_ES_USER", "CHM_ES_PASSWORD", "CHM_ES_API_KEY"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(BackendUnavailable, match=message):
        ElasticsearchIndex.from_settings(_settings(tmp_path, url, extra))


# --- writes --------------------------------------------------------------------------------------


def test_upsert_get_count_and_last_seq(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    assert es.upsert(SAMPLES) == len(SAMPLES)
    es.commit(last_seq=41)
    assert es.count() == len(SAMPLES)
    assert es.get(SAMPLES[0].id) == SAMPLES[0].to_dict()
    assert es.last_seq() == 41
    assert state.indices["chm-records-v1"]["meta"]["chm_template_version"] == 1  # kept
    bulk = state.bodies("PUT", "/_bulk")[0]
    assert bulk[0] == {"index": {"_index": "chm-records", "_id": SAMPLES[0].id}}
    assert bulk[1]["doc"] == SAMPLES[0].to_dict()
    assert ("POST", "/chm-records/_refresh", None) in state.requests


def test_rejected_documents_are_reported_by_id_and_reason(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    bad = SAMPLES[2].id
    state.reject[bad] = {
        "type": "mapper_parsing_exception",
        "reason": "failed to parse field [year] of type [integer]",
        "caused_by": {"type": "number_format_exception", "reason": 'For input string: "20x9"'},
    }
    with pytest.raises(BulkRejected) as info:
        es.upsert(SAMPLES)
    assert info.value.rejected == [(bad, info.value.rejected[0][1])]
    assert "mapper_parsing_exception" in info.value.rejected[0][1]
    message = str(info.value)
    assert f"rejected 1 of {len(SAMPLES)} documents" in message
    assert bad in message
    assert "failed to parse field [year]" in message
    assert len(state.indices["chm-records-v1"]["docs"]) == len(SAMPLES) - 1  # the rest written


def test_busy_cluster_items_are_retried(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    state.busy_once = {SAMPLES[1].id, SAMPLES[4].id}
    assert es.upsert(SAMPLES) == len(SAMPLES)
    bulks = state.bodies("PUT", "/_bulk")
    assert len(bulks) == 2  # the whole chunk, then only the two refused with 429
    assert [line["index"]["_id"] for line in bulks[1][::2]] == [SAMPLES[1].id, SAMPLES[4].id]
    assert len(state.indices["chm-records-v1"]["docs"]) == len(SAMPLES)


def test_delete_ignores_unknown_ids(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES[:3])
    assert es.delete([SAMPLES[0].id, "nowhere:nothing"]) == 2
    assert sorted(state.indices["chm-records-v1"]["docs"]) == sorted(r.id for r in SAMPLES[1:3])


# --- lifecycle -----------------------------------------------------------------------------------


def test_rebuild_swaps_the_alias_atomically_after_catch_up(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    es.commit(last_seq=10)
    new = es.begin_rebuild()
    assert new == "chm-records-v2"
    assert es.target == new
    assert {"index": {"number_of_replicas": 0, "refresh_interval": "-1"}} in (
        state.indices[new]["settings"]
    )
    es.upsert(SAMPLES[:4])
    assert state.bodies("PUT", "/_bulk")[-1][0]["index"]["_index"] == new
    assert es.search(SearchQuery()).total == len(SAMPLES)  # readers still on the old index
    calls: list[int] = []

    def catch_up() -> None:  # what the pipeline passes: apply store changes, commit
        calls.append(len(state.requests))
        es.upsert(SAMPLES[4:])
        es.commit(last_seq=12)

    assert es.finish_rebuild(catch_up) == new
    swaps = [(i, b) for i, (m, p, b) in enumerate(state.requests) if p == "/_aliases"]
    assert len(swaps) == 1
    position, body = swaps[0]
    assert body["actions"] == [
        {"remove": {"index": "chm-records-v1", "alias": "chm-records"}},
        {"add": {"index": new, "alias": "chm-records"}},
    ]
    assert calls[0] < position < calls[1]  # caught up before the swap and after it
    assert "/chm-records-v1" in state.paths("DELETE")
    assert sorted(state.indices) == [new]
    assert es.target == es.alias
    assert es.last_seq() == 12
    assert es.count() == len(SAMPLES)
    assert state.indices[new]["settings"][-1]["index"]["number_of_replicas"] == 1


def test_clear_swaps_in_an_empty_index(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    es.commit(last_seq=5)
    es.clear()
    assert es.count() == 0
    assert es.last_seq() == 0
    assert es.alias_indices() == ["chm-records-v2"]
    assert "chm-records-v1" not in state.indices


def test_health_reports_instead_of_raising(es: ElasticsearchIndex) -> None:
    health = es.health()
    assert health["ok"] is True
    assert health["documents"] == 0
    assert health["version"] == "9.1.0"
    assert health["indices"] == ["chm-records-v1"]
    assert health["template_current"] is True
    dead = ElasticsearchIndex(Elasticsearch("http://127.0.0.1:9", max_retries=0), setup=False)
    health = dead.health()
    assert health["ok"] is False
    assert health["status"] == "unreachable"
    assert "cannot reach Elasticsearch" in health["error"]
    dead.close()


# --- cursor paging over a point in time --------------------------------------------------------


def test_cursor_pages_use_one_pit_and_close_it(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    ordered = sorted(r.id for r in SAMPLES)
    # a first-page cursor (made without a PIT): the last hit's [score, id]
    cursor: str | None = encode_cursor({"s": "relevance", "a": [1.0, ordered[1]]})
    seen: list[str] = ordered[:2]
    while cursor:
        page = es.search(SearchQuery(limit=3, facets=(), search_after=cursor))
        assert page.total == len(SAMPLES)
        seen += [h.id for h in page.hits]
        cursor = page.next_cursor
    assert seen == ordered
    opened = [p for p in state.paths("POST") if p.endswith("/_pit")]
    assert opened == ["/chm-records/_pit"]  # one PIT for the whole walk
    searches = state.bodies("POST", "/_search")
    assert searches[0]["search_after"][-1] == 2**63 - 1  # padded: the cursor had no PIT
    assert all(b["pit"]["keep_alive"] == "2m" for b in searches)
    assert state.pits == set()  # closed at the last page


def test_expired_pit_is_replaced(stub, es: ElasticsearchIndex) -> None:
    state, _url = stub
    es.upsert(SAMPLES)
    ordered = sorted(r.id for r in SAMPLES)
    cursor = encode_cursor({"s": "relevance", "a": [1.0, ordered[1], 7], "p": "pit-gone"})
    page = es.search(SearchQuery(limit=3, facets=(), search_after=cursor))
    assert [h.id for h in page.hits] == ordered[2:5]
    assert len([p for p in state.paths("POST") if p.endswith("/_pit")]) == 1


def test_bad_cursor_is_invalid_query(es: ElasticsearchIndex) -> None:
    bad = encode_cursor({"s": "relevance", "a": [1.0, "x", 3]})  # 3 values but no PIT
    with pytest.raises(InvalidQuery):
        es.search(SearchQuery(search_after=bad))
