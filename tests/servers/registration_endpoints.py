"""A real HTTP server on 127.0.0.1 for the registration tests.

It replays the recorded OAI-PMH responses of ../shared/fixtures/oai-pmh with their recorded
HTTP status and Content-Type (Zenodo answers its errors with HTTP 422), and serves hostile
endpoints at named paths:

- ``/zenodo/oai``      a well-behaved repository (Zenodo, oai_dc, 3-page ListRecords)
- ``/html/oai``        an HTML page answering every verb (recorded from httpbun)
- ``/xxe/oai``         an XXE payload (external entity reading /etc/passwd)
- ``/lol/oai``         a billion-laughs entity bomb
- ``/slow/oai``        answers after ``SLOW_SECONDS``
- ``/drip/oai``        sends its body one byte at a time, slowly
- ``/big/oai``         declares a body larger than any limit used in the tests
- ``/bigchunked/oai``  streams an oversized body without Content-Length
- ``/redirect-private/oai``  302 to http://10.0.0.1/oai (never followed by chm)
- ``/ckan/package_search``  a recorded CKAN API response (3 datasets)
- ``/dcat/<file>``     a recorded DCAT catalogue of ../shared/fixtures/dcat/ckanext-dcat
- ``/toggle/oai``      the HTML page until ``Handler.state["toggle_ok"]`` is set, then Zenodo
- ``/redirect-to/?to=URL``  302 to URL (any host: the secret-per-origin tests)
- ``/remotectx/catalog.jsonld``  the ckanext-dcat JSON-LD catalogue with its ``@context``
  moved to ``/remotectx/context.jsonld`` (a remote context chm must never fetch)

``serve(seen=[...])`` also records every request as ``(path, headers)`` (the security tests
check which secrets reached the server).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from lxml import etree

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures" / "oai-pmh"
ZENODO = FIXTURES / "zenodo-scythe"
CKAN = FIXTURES.parent / "json" / "ckan-api-demo" / "demo.ckan.org_package_search_rows3.json"
DCAT = FIXTURES.parent / "dcat" / "ckanext-dcat"
DCAT_TYPES = {
    ".rdf": "application/rdf+xml",
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
}
SLOW_SECONDS = 3.0
BIG_BYTES = 50_000_000

XXE = (
    b'<?xml version="1.0"?>\n<!DOCTYPE OAI-PMH [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>&xxe;</responseDate>'
    b"</OAI-PMH>"
)
LOL = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b'<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(2, 10))
    + b']>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">&lol9;</OAI-PMH>'
)


def _token(path: Path, container: str) -> str | None:
    root = etree.fromstring(path.read_bytes())
    ns = "{http://www.openarchives.org/OAI/2.0/}"
    el = root.find(f"{ns}{container}/{ns}resumptionToken")
    return (el.text or "").strip() or None if el is not None else None


class ZenodoReplay:
    """Maps an OAI-PMH request to the recorded Zenodo response (file, status, type)."""

    def __init__(self) -> None:
        self.meta = json.loads((ZENODO / "_http_meta.json").read_text())
        self.tokens: dict[str, str] = {}
        for stem, container, n in (
            ("zenodo_ListRecords_oai_dc_page", "ListRecords", 3),
            ("zenodo_ListSets_page", "ListSets", 2),
        ):
            for i in range(1, n):
                tok = _token(ZENODO / f"{stem}{i}.xml", container)
                assert tok, f"{stem}{i}.xml has no token"
                self.tokens[tok] = f"{stem}{i + 1}.xml"

    def pick(self, q: dict[str, str]) -> str:
        verb = q.get("verb", "")
        token = q.get("resumptionToken")
        if token:
            bad = f"zenodo_error_badResumptionToken_{verb}.xml"
            return self.tokens.get(token, bad)
        if verb == "Identify":
            return "zenodo_Identify.xml"
        if verb == "ListMetadataFormats":
            return "zenodo_ListMetadataFormats.xml"
        if verb == "ListSets":
            return "zenodo_ListSets_page1.xml"
        if verb == "ListRecords":
            prefix, oai_set = q.get("metadataPrefix"), q.get("set")
            if prefix == "datacite":
                return "zenodo_ListRecords_datacite.xml"
            if prefix != "oai_dc":
                return "zenodo_error_badArgument_unknown_prefix.xml"
            if oai_set == "software":
                return "zenodo_ListRecords_oai_dc_set-software.xml"
            if oai_set:
                return "zenodo_error_noRecordsMatch_unknown_set.xml"
            return "zenodo_ListRecords_oai_dc_page1.xml"
        return "zenodo_error_badArgument_unknown_prefix.xml"

    def respond(self, q: dict[str, str]) -> tuple[int, str, bytes]:
        name = self.pick(q)
        meta = self.meta.get(name, {"http_status": 200, "content_type": "text/xml"})
        return meta["http_status"], meta["content_type"], (ZENODO / name).read_bytes()


class Handler(BaseHTTPRequestHandler):
    """Serves the named paths listed in the module docstring."""

    replay: ZenodoReplay
    hits: list[str]
    state: dict[str, bool]
    seen: list[tuple[str, dict[str, str]]] | None = None

    def log_message(self, *args: object) -> None:  # quiet
        return

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        q = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.hits.append(self.path)
        if self.seen is not None:
            self.seen.append((self.path, dict(self.headers.items())))
        route = parts.path.strip("/").split("/")[0]
        handler = getattr(self, "r_" + route.replace("-", "_"), None)
        if handler is None:
            self._send(404, "text/plain", b"not found")
        else:
            handler(q)

    def _send(self, status: int, ctype: str, body: bytes, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def r_zenodo(self, q: dict[str, str]) -> None:
        self._send(*self.replay.respond(q))

    def r_html(self, q: dict[str, str]) -> None:
        page = (ZENODO / "not_oai_html_response.html").read_bytes()
        self._send(200, "text/html; charset=utf-8", page)

    def r_ckan(self, q: dict[str, str]) -> None:
        self._send(200, "application/json", CKAN.read_bytes())

    def r_dcat(self, q: dict[str, str]) -> None:
        path = DCAT / urlsplit(self.path).path.rsplit("/", 1)[-1]
        if not path.is_file():
            self._send(404, "text/plain", b"no such catalogue")
            return
        self._send(200, DCAT_TYPES.get(path.suffix, "text/plain"), path.read_bytes())

    def r_redirect_to(self, q: dict[str, str]) -> None:
        self.send_response(302)
        self.send_header("Location", q.get("to", "/"))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def r_remotectx(self, q: dict[str, str]) -> None:
        doc = json.loads((DCAT / "catalog_with_at_graph.jsonld").read_text())
        if self.path.split("?")[0].endswith("/context.jsonld"):
            self._send(
                200, "application/ld+json", json.dumps({"@context": doc["@context"]}).encode()
            )
            return
        host = self.headers.get("Host", "127.0.0.1")
        doc["@context"] = f"http://{host}/remotectx/context.jsonld"
        self._send(200, "application/ld+json", json.dumps(doc).encode())

    def r_toggle(self, q: dict[str, str]) -> None:
        if self.state.get("toggle_ok"):
            self.r_zenodo(q)
        else:
            self.r_html(q)

    def r_xxe(self, q: dict[str, str]) -> None:
        self._send(200, "text/xml", XXE)

    def r_lol(self, q: dict[str, str]) -> None:
        self._send(200, "text/xml", LOL)

    def r_slow(self, q: dict[str, str]) -> None:
        time.sleep(SLOW_SECONDS)
        self._send(*self.replay.respond(q))

    def r_drip(self, q: dict[str, str]) -> None:
        body = (ZENODO / "zenodo_Identify.xml").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for i in range(len(body)):
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                time.sleep(0.02)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def r_big(self, q: dict[str, str]) -> None:
        self._send(200, "text/xml", b"<OAI-PMH/>", length=BIG_BYTES)

    def r_bigchunked(self, q: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"x" * 65536
        try:
            for _ in range(BIG_BYTES // len(chunk)):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except (BrokenPipeError, ConnectionResetError):
            pass

    def r_redirect_private(self, q: dict[str, str]) -> None:
        self.send_response(302)
        self.send_header("Location", "http://10.0.0.1/oai")
        self.send_header("Content-Length", "0")
        self.end_headers()


def serve(
    seen: list[tuple[str, dict[str, str]]] | None = None,
) -> Iterator[tuple[str, list[str], dict[str, bool]]]:
    """Start the server on 127.0.0.1, port 0; yield (base URL, request log, state); stop it.

    With ``seen``, every request's path and headers are appended to it.
    """
    state: dict[str, bool] = {}
    attrs = {"replay": ZenodoReplay(), "hits": [], "state": state, "seen": seen}
    handler = type("BoundHandler", (Handler,), attrs)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits, state
    finally:
        server.shutdown()
        server.server_close()
