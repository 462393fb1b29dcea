"""A recording Elasticsearch stub: a real HTTP server on 127.0.0.1 (port 0) that speaks just
enough of the documented Elasticsearch REST API for chm's client calls, and records every
request. What it answers and why is in tests/index/test_elasticsearch.py's docstring.

Where it sits: test infrastructure for the index step (no Elasticsearch server can run on
these machines). Example::

    with serve_stub() as (stub, url):
        ElasticsearchIndex.connect(url, EsOptions(), env={})
        stub.paths("PUT")
"""

from __future__ import annotations

import fnmatch
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit


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


@contextmanager
def serve_stub() -> Iterator[tuple[EsStub, str]]:
    """A stub cluster on 127.0.0.1 (port 0) and its URL, stopped on leaving."""
    state = EsStub()
    handler = type("Handler", (_Handler,), {"stub": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
