"""One source served over the three harvest protocols, with faults on demand: the server of
the harvester contract suite (tests/harvesters/test_contract.py).

Where it sits: test infrastructure for the harvest step. The same records are served as

- ``/oai``   OAI-PMH 2.0: Identify, ListRecords (``from``, resumption tokens ``p<page>|<from>``,
  deleted records as ``status="deleted"`` headers);
- ``/json``  a JSON API: ``{"items": [...], "next": URL|null}``, ``?page=<n>``, a deleted
  record as ``{"id": …, "deleted": true}``;
- ``/dcat``  a DCAT catalogue in Turtle, Hydra-paged (``hydra:next``), ``?page=<n>``; a
  deleted record is simply absent (catalogues have no tombstones).

Page ``n`` holds records ``(n-1)*page_size`` to ``n*page_size - 1`` in every protocol, so one
fault definition means the same thing everywhere. :meth:`ContractServer.fault` queues faults
for the requests of one page (consumed one per request, then the page is served normally):

=================================  ============================================================
fault                              the request for that page gets
=================================  ============================================================
``Status(503, retry_after="7")``   that HTTP status (and ``Retry-After``), an empty body
``Drop()``                         its connection closed without an answer
``Slow(seconds)``                  the normal answer after ``seconds``
``Body(bytes, content_type)``      that body with status 200 (hostile or malformed bodies)
``GzipBomb(size)``                 ``Content-Encoding: gzip`` of ``size`` zero bytes
``Loop()``                         the normal page, whose link to the next page leads back
                                   (OAI: its own token again; JSON, DCAT: page 1) — permanent
=================================  ============================================================

``user_agents`` and ``requests`` record every request (``requests``: path and query).
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit
from xml.sax.saxutils import escape

OAI_NS = "http://www.openarchives.org/OAI/2.0/"


@dataclass
class Status:
    """Answer with this HTTP status (and Retry-After when given)."""

    code: int
    retry_after: str | None = None
    body: bytes = b""


@dataclass
class Drop:
    """Close the connection without answering."""


@dataclass
class Slow:
    """Answer normally after ``seconds``."""

    seconds: float


@dataclass
class Body:
    """Answer 200 with this body."""

    body: bytes
    content_type: str


@dataclass
class GzipBomb:
    """A small gzip body that inflates to ``size`` bytes."""

    size: int


@dataclass
class Loop:
    """The page's next link leads back (a permanent fault)."""


Fault = Status | Drop | Slow | Body | GzipBomb | Loop


@dataclass
class Rec:
    """One record of the source."""

    number: int
    datestamp: str
    deleted: bool = False

    @property
    def ident(self) -> str:
        return f"oai:contract.example:{self.number:04d}"

    @property
    def title(self) -> str:
        return f"Contract record {self.number} on mercury"


class ContractServer:
    """The source: ``n`` records, ``page_size`` a page, on 127.0.0.1 port 0."""

    def __init__(self, n: int = 25, page_size: int = 10) -> None:
        self.records = [Rec(i, "2025-01-01T00:00:00Z") for i in range(n)]
        self.page_size = page_size
        self.earliest_datestamp = "2000-01-01T00:00:00Z"
        self.faults: dict[tuple[str, int], list[Fault]] = defaultdict(list)
        self.loops: set[tuple[str, int]] = set()
        self.user_agents: list[str] = []
        self.requests: list[str] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server._handle(self)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True).start()

    # --- what tests change -----------------------------------------------------------------

    def url(self, protocol: str) -> str:
        """The node URL for ``oai-pmh``, ``json`` or ``dcat``."""
        return f"{self.base}/{_PATHS[protocol]}"

    def fault(self, protocol: str, page: int, *faults: Fault) -> None:
        """Queue faults for the requests of ``page`` of one protocol."""
        with self._lock:
            for f in faults:
                if isinstance(f, Loop):
                    self.loops.add((_PATHS[protocol], page))
                else:
                    self.faults[(_PATHS[protocol], page)].append(f)

    def delete(self, number: int) -> None:
        """The source deletes a record now (OAI and JSON keep a tombstone, DCAT drops it)."""
        self.records[number] = Rec(number, _now(), deleted=True)

    def update(self, number: int) -> None:
        """The source changes a record now."""
        self.records[number] = Rec(number, _now())

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()

    # --- serving ---------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        q = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        path = parts.path.strip("/")
        self.user_agents.append(h.headers.get("User-Agent", ""))
        self.requests.append(h.path)
        page = self._page_of(path, q)
        with self._lock:
            queued = self.faults.get((path, page))
            fault = queued.pop(0) if queued else None
        if isinstance(fault, Drop):
            h.close_connection = True
            h.connection.close()
            return
        if isinstance(fault, Slow):
            time.sleep(fault.seconds)
        if isinstance(fault, Status):
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            return _send(h, fault.code, "text/plain", fault.body, headers)
        if isinstance(fault, Body):
            return _send(h, 200, fault.content_type, fault.body)
        if isinstance(fault, GzipBomb):
            bomb = gzip.compress(b"\0" * fault.size, compresslevel=9)
            ctype = {"oai": "text/xml", "json": "application/json"}.get(path, "text/turtle")
            return _send(h, 200, ctype, bomb, {"Content-Encoding": "gzip"})
        loop = (path, page) in self.loops
        if path == "oai":
            status, body = self._oai(q, loop)
            return _send(h, status, "text/xml; charset=utf-8", body)
        if path == "json":
            return _send(h, 200, "application/json", self._json(page, loop))
        if path == "dcat":
            return _send(h, 200, "text/turtle; charset=utf-8", self._dcat(page, loop))
        return _send(h, 404, "text/plain", b"no such path")

    def _page_of(self, path: str, q: dict[str, str]) -> int:
        if path == "oai":
            token = q.get("resumptionToken", "")
            if q.get("verb") != "ListRecords":
                return 0  # Identify and the other verbs: "page 0"
            return int(token[1:].split("|")[0]) if token.startswith("p") else 1
        page = q.get("page", "1")
        return int(page) if page.isdigit() else 1

    def _slice(self, page: int, since: str = "") -> tuple[list[Rec], bool]:
        recs = [r for r in self.records if r.datestamp >= since]
        start = (page - 1) * self.page_size
        return recs[start : start + self.page_size], start + self.page_size < len(recs)

    def _oai(self, q: dict[str, str], loop: bool) -> tuple[int, bytes]:
        verb = q.get("verb", "")
        head = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="{OAI_NS}">'
            f"<responseDate>{_now()}</responseDate>"
            f'<request verb="{escape(verb)}">{self.base}/oai</request>'
        )
        if verb == "Identify":
            return 200, (
                f"{head}<Identify><repositoryName>Contract</repositoryName>"
                f"<baseURL>{self.base}/oai</baseURL><protocolVersion>2.0</protocolVersion>"
                f"<adminEmail>a@contract.example</adminEmail>"
                f"<earliestDatestamp>{escape(self.earliest_datestamp)}</earliestDatestamp>"
                "<deletedRecord>persistent</deletedRecord>"
                "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>"
            ).encode()
        if verb != "ListRecords":
            return 400, f'{head}<error code="badVerb">no</error></OAI-PMH>'.encode()
        token = q.get("resumptionToken")
        if token and not (token.startswith("p") and "|" in token):
            return 422, f'{head}<error code="badResumptionToken">{escape(token)}</error>'.encode()
        page, since = (int(token[1:].split("|")[0]), token.split("|", 1)[1]) if token else (1, "")
        since = since or q.get("from", "")
        recs, more = self._slice(page, since)
        if not recs:
            return 200, f'{head}<error code="noRecordsMatch"/></OAI-PMH>'.encode()
        nxt = page if loop else page + 1
        tok = f"<resumptionToken>p{nxt}|{since}</resumptionToken>" if more or loop else ""
        body = "".join(_oai_record(r) for r in recs)
        return 200, f"{head}<ListRecords>{body}{tok}</ListRecords></OAI-PMH>".encode()

    def _json(self, page: int, loop: bool) -> bytes:
        recs, more = self._slice(page)
        items: list[dict[str, Any]] = [
            {"id": r.ident, "deleted": True}
            if r.deleted
            else {"id": r.ident, "title": r.title, "modified": r.datestamp, "type": "dataset"}
            for r in recs
        ]
        nxt = f"{self.base}/json?page={1 if loop else page + 1}" if more or loop else None
        return json.dumps({"items": items, "next": nxt}).encode()

    def _dcat(self, page: int, loop: bool) -> bytes:
        recs, more = self._slice(page)
        here = f"{self.base}/dcat?page={page}" if page > 1 else f"{self.base}/dcat"
        out = [
            "@prefix dcat: <http://www.w3.org/ns/dcat#> .",
            "@prefix dct: <http://purl.org/dc/terms/> .",
            "@prefix hydra: <http://www.w3.org/ns/hydra/core#> .",
            f"<{self.base}/catalog> a dcat:Catalog .",
        ]
        for r in recs:
            if not r.deleted:
                out.append(
                    f'<http://contract.example/ds/{r.number:04d}> a dcat:Dataset ; dct:title "'
                    f'{r.title}"@en ; dct:modified "{r.datestamp}" .'
                )
        if more or loop:
            nxt = f"{self.base}/dcat" if loop else f"{self.base}/dcat?page={page + 1}"
            out.append(f"<{here}> a hydra:PagedCollection ; hydra:next <{nxt}> .")
        return "\n".join(out).encode()


_PATHS = {"oai-pmh": "oai", "json": "json", "dcat": "dcat"}


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _oai_record(r: Rec) -> str:
    if r.deleted:
        return (
            f'<record><header status="deleted"><identifier>{r.ident}</identifier>'
            f"<datestamp>{r.datestamp}</datestamp></header></record>"
        )
    return (
        f"<record><header><identifier>{r.ident}</identifier><datestamp>{r.datestamp}"
        "</datestamp></header><metadata>"
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{escape(r.title)}</dc:title><dc:type>dataset</dc:type>"
        f"<dc:identifier>{quote(r.ident)}</dc:identifier></oai_dc:dc></metadata></record>"
    )


def _send(
    h: BaseHTTPRequestHandler,
    status: int,
    ctype: str,
    body: bytes,
    headers: dict[str, str] | None = None,
) -> None:
    try:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)
    except (BrokenPipeError, ConnectionResetError):
        pass
