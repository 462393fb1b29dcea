"""A local HTTP source for the harvest benchmarks, serving the corpus of ``bench/_corpus.py``.

``python bench/_feed.py oai|ckan|dcat --records N [--page-size P]`` renders the record pool
first, then listens on a free port of 127.0.0.1 and prints its URL on one line (the benchmark
starts its clock after that line). Pages are built by joining pre-rendered records, so serving
costs little CPU next to what is measured. It runs in its own process: its CPU and memory are
not counted as the harvester's.

- ``oai``: OAI-PMH ``Identify`` and ``ListRecords`` (``oai_dc``), resumption tokens; a ``from``
  later than the records' datestamp answers ``noRecordsMatch``.
- ``ckan``: ``/api/3/action/package_search?start=&rows=`` (``rows`` capped by ``--page-size``).
- ``dcat``: ``/catalog.ttl?page=N``, Turtle pages with Hydra ``next`` links.

``--nodes K`` (``oai`` only): the records are split over K nodes, node ``j`` listed at
``/oai/j`` (:func:`node_of`): each node lists its own records, in order, under their own
identifiers. The corpus's bodies repeat beyond ``_corpus.POOL``; every copy of a body is
listed by one node (copies within a node are never joined as duplicates: title rules join
records of two nodes), except a ``--shared`` fraction of the bodies, whose copies go round the
nodes: the cross-node duplicates of a network (a body served ``c`` times makes a cluster of
``c`` records over ``min(c, K)`` nodes).
"""

from __future__ import annotations

import argparse
import json
import sys
from array import array
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpus

DATESTAMP = "2026-01-01T00:00:00Z"
OAI_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    f"<responseDate>{DATESTAMP}</responseDate>"
)
TTL_PREFIXES = (
    "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
    "@prefix dct: <http://purl.org/dc/terms/> .\n"
    "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n"
    "@prefix hydra: <http://www.w3.org/ns/hydra/core#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n"
)


def is_shared(body: int, shared: float) -> bool:
    """Whether the copies of pool body ``body`` go round the nodes (a ``shared`` fraction of
    the bodies, spread over the pool by a multiplicative hash)."""
    return (body * 2654435761) % 10_000 < shared * 10_000


def node_of(i: int, pool: int, nodes: int, shared: float = 0.0) -> int:
    """The node (``0 .. nodes - 1``) that lists record ``i`` of a feed whose bodies repeat
    every ``pool`` records: a body's home is its share of the pool (``body * nodes //
    pool``, so the nodes hold as many records each, whatever the count); a shared body's
    ``c``-th copy is listed ``c`` nodes further on."""
    body = i % pool
    home = body * nodes // pool
    if is_shared(body, shared):
        return (home + i // pool) % nodes
    return home


class Feed:
    """The pool of rendered records and the pages built from it."""

    def __init__(
        self, kind: str, records: int, page_size: int, nodes: int = 1, shared: float = 0.0
    ) -> None:
        if nodes < 1 or (nodes > 1 and kind != "oai"):
            raise ValueError("--nodes: 1, or several for the oai feed")
        if not 0.0 <= shared <= 1.0:
            raise ValueError("--shared: a fraction of the bodies, 0 to 1")
        self.kind, self.records, self.page_size = kind, records, page_size
        render = {"oai": _corpus.oai_dc, "ckan": self._ckan, "dcat": _corpus.dcat}[kind]
        self.pool = [render(_corpus.make(i)) for i in range(min(records, _corpus.POOL))]
        self.root = ""
        self.nodes: list[array[int]] | None = None  # node j -> its records, in order
        if nodes > 1:
            pool = max(1, len(self.pool))
            self.nodes = [array("l") for _ in range(nodes)]
            for i in range(records):
                self.nodes[node_of(i, pool, nodes, shared)].append(i)

    @staticmethod
    def _ckan(r: _corpus.Rec) -> str:
        return json.dumps(_corpus.ckan(r), ensure_ascii=False)

    def body(self, i: int) -> str:
        """Record ``i``: its pooled body with its own identifier."""
        return self.pool[i % len(self.pool)].replace("{ID}", str(i))

    def respond(self, path: str, params: dict[str, str]) -> tuple[int, str, str]:
        """(status, content type, body) for one request."""
        if self.kind == "oai" and path == "/oai" and self.nodes is None:
            return 200, "text/xml; charset=utf-8", self._oai(params, range(self.records), path)
        if self.kind == "oai" and self.nodes is not None and path.startswith("/oai/"):
            j = path.removeprefix("/oai/")
            if j.isdigit() and int(j) < len(self.nodes):
                return 200, "text/xml; charset=utf-8", self._oai(params, self.nodes[int(j)], path)
        if self.kind == "ckan" and path == "/api/3/action/package_search":
            start = int(params.get("start", "0"))
            rows = min(int(params.get("rows", "10")), self.page_size)
            end = min(start + rows, self.records)
            results = ",".join(self.body(i) for i in range(start, end))
            head = f'{{"help":"package_search","success":true,"result":{{"count":{self.records},'
            return 200, "application/json", f'{head}"results":[{results}]}}}}'
        if self.kind == "dcat" and path == "/catalog.ttl":
            return 200, "text/turtle; charset=utf-8", self._dcat(int(params.get("page", "1")))
        return 404, "text/plain", "not here\n"

    def _oai(self, params: dict[str, str], listed: range | array[int], path: str) -> str:
        """An OAI-PMH answer of the node at ``path`` that lists the records ``listed``."""
        verb = params.get("verb")
        head = f'{OAI_HEAD}<request verb="{verb}">{self.root}{path}</request>'
        if verb == "Identify":
            return (
                f"{head}<Identify><repositoryName>bench</repositoryName>"
                f"<baseURL>{self.root}{path}</baseURL><protocolVersion>2.0</protocolVersion>"
                "<adminEmail>bench@example.org</adminEmail>"
                "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp>"
                "<deletedRecord>no</deletedRecord>"
                "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>"
            )
        if verb != "ListRecords":
            return f'{head}<error code="badVerb">unsupported</error></OAI-PMH>'
        if params.get("from", "") > DATESTAMP:
            return f'{head}<error code="noRecordsMatch">nothing new</error></OAI-PMH>'
        start = int(params.get("resumptionToken", "0"))
        end = min(start + self.page_size, len(listed))
        out = [head, "<ListRecords>"]
        for i in listed[start:end]:
            out.append(
                f"<record><header><identifier>oai:bench:{i}</identifier>"
                f"<datestamp>{DATESTAMP}</datestamp></header><metadata>{self.body(i)}"
                "</metadata></record>"
            )
        token = str(end) if end < len(listed) else ""
        out.append(
            f'<resumptionToken completeListSize="{len(listed)}" cursor="{start}">{token}'
            "</resumptionToken></ListRecords></OAI-PMH>"
        )
        return "".join(out)

    def _dcat(self, page: int) -> str:
        first = (page - 1) * self.page_size
        last = min(first + self.page_size, self.records)
        me = f"{self.root}/catalog.ttl?page={page}"
        out = [TTL_PREFIXES, f'<{self.root}/catalog> a dcat:Catalog ;\n  dct:title "Bench"@en']
        if last > first:
            members = ", ".join(
                f"<https://data.example.org/dataset/{i}>" for i in range(first, last)
            )
            out.append(f" ;\n  dcat:dataset {members}")
        out.append(" .\n\n")
        hydra = [f"<{me}> a hydra:PagedCollection",
                 f'hydra:totalItems "{self.records}"^^xsd:integer']  # fmt: skip
        if last < self.records:
            hydra.append(f"hydra:next <{self.root}/catalog.ttl?page={page + 1}>")
        out.append(" ;\n  ".join(hydra) + " .\n\n")
        out.extend(self.body(i) for i in range(first, last))
        return "".join(out)


def serve(feed: Feed) -> None:
    """Listen on a free port, print the source URL, serve until killed."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query).items()}
            status, ctype, text = feed.respond(url.path, params)
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    feed.root = f"http://127.0.0.1:{server.server_address[1]}"
    path = {"oai": "/oai", "ckan": "/api/3/action/package_search", "dcat": "/catalog.ttl"}
    print(feed.root + path[feed.kind], flush=True)
    server.serve_forever()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("kind", choices=("oai", "ckan", "dcat"))
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--page-size", type=int, default=500)
    ap.add_argument("--nodes", type=int, default=1)
    ap.add_argument("--shared", type=float, default=0.0)
    args = ap.parse_args()
    serve(Feed(args.kind, args.records, args.page_size, args.nodes, args.shared))


if __name__ == "__main__":
    main()
