"""Local nodes that misbehave on demand, for the scheduler and operations tests.

``OaiNode`` is a small but real OAI-PMH 2.0 endpoint (Identify, ListRecords with resumption
tokens and ``from``) on 127.0.0.1, port 0. Its behaviour can be changed while it runs:

- ``fail_next``: answer HTTP 500 to that many requests, then recover;
- ``hang_after``: after that many ListRecords pages, hang (until ``release()``);
- ``expire_tokens()``: every token issued so far becomes ``badResumptionToken``;
- ``delay``: seconds to wait before each ListRecords page (a slow node).

``ListingHarvester`` is a test harvester registered under protocol ``"test-listing"``: a
JSON-style source whose every run is a complete listing (``Page.complete_listing``), read
from ``LISTINGS[node.url]``; it is what quarantine tests shrink.

``WebhookReceiver`` records the JSON bodies POSTed to it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from harvesters.base import HarvestWindow, Page
from mappings.base import RawRecord

OAI_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<responseDate>2026-01-01T00:00:00Z</responseDate>"
)
DC = (
    '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/">'
)


def record_xml(ident: str, datestamp: str, title: str) -> str:
    """One OAI-PMH ``<record>`` with oai_dc metadata."""
    return (
        f"<record><header><identifier>{ident}</identifier><datestamp>{datestamp}</datestamp>"
        f"</header><metadata>{DC}<dc:title>{title}</dc:title><dc:type>project</dc:type>"
        f"<dc:language>en</dc:language><dc:date>2020-01-01</dc:date></oai_dc:dc>"
        "</metadata></record>"
    )


def make_records(n: int, prefix: str = "oai:test:", datestamp: str = "2025-01-01T00:00:00Z"):
    """``n`` records as (identifier, datestamp, title)."""
    return [(f"{prefix}{i:05d}", datestamp, f"Record number {i}") for i in range(n)]


class OaiNode:
    """A live OAI-PMH endpoint on 127.0.0.1 with switchable faults."""

    def __init__(self, n: int = 30, page_size: int = 10, prefix: str = "oai:test:") -> None:
        self.records = make_records(n, prefix)
        self.page_size = page_size
        self.fail_next = 0
        self.hang_after: int | None = None
        self.delay = 0.0
        self.generation = 0
        self.pages_served = 0
        self.requests: list[dict[str, list[str]]] = []
        self._release = threading.Event()
        self._lock = threading.Lock()
        node = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                node._handle(self)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """The OAI-PMH base URL."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/oai"

    def expire_tokens(self) -> None:
        """Make every resumption token issued so far invalid."""
        self.generation += 1

    def release(self) -> None:
        """Let hanging requests go (they then fail)."""
        self._release.set()

    def close(self) -> None:
        """Stop serving."""
        self.release()
        self.server.shutdown()
        self.server.server_close()

    def _send(self, h: BaseHTTPRequestHandler, status: int, body: str) -> None:
        data = body.encode()
        try:
            h.send_response(status)
            h.send_header("Content-Type", "text/xml; charset=utf-8")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
        except OSError:
            pass

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        q = parse_qs(urlparse(h.path).query)
        self.requests.append(q)
        with self._lock:
            if self.fail_next > 0:
                self.fail_next -= 1
                self._send(h, 500, "internal error")
                return
        verb = q.get("verb", [""])[0]
        if verb == "Identify":
            self._send(h, 200, self._identify())
        elif verb == "ListRecords":
            self._list(h, q)
        else:
            self._send(h, 200, OAI_HEAD + '<error code="badVerb">no</error></OAI-PMH>')

    def _identify(self) -> str:
        return (
            OAI_HEAD + "<request>x</request><Identify><repositoryName>Test node</repositoryName>"
            f"<baseURL>{self.url}</baseURL><protocolVersion>2.0</protocolVersion>"
            "<adminEmail>a@example.org</adminEmail>"
            "<earliestDatestamp>2000-01-01T00:00:00Z</earliestDatestamp>"
            "<deletedRecord>persistent</deletedRecord>"
            "<granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify></OAI-PMH>"
        )

    def _list(self, h: BaseHTTPRequestHandler, q: dict[str, list[str]]) -> None:
        if self.hang_after is not None and self.pages_served >= self.hang_after:
            self._release.wait(60)
            return  # the connection closes without an answer
        if self.delay:
            time.sleep(self.delay)
        token = q.get("resumptionToken", [None])[0]
        since = q.get("from", [None])[0]
        if token:
            try:
                gen, offset, since = _parse_token(token)
            except ValueError:
                gen, offset = -1, 0
            if gen != self.generation:
                self._send(
                    h, 200, OAI_HEAD + '<error code="badResumptionToken">expired</error></OAI-PMH>'
                )
                return
        else:
            offset = 0
        recs = [r for r in self.records if not since or r[1] >= since]
        if not recs:
            self._send(h, 200, OAI_HEAD + '<error code="noRecordsMatch">none</error></OAI-PMH>')
            return
        chunk = recs[offset : offset + self.page_size]
        body = "".join(record_xml(*r) for r in chunk)
        nxt = offset + self.page_size
        if nxt < len(recs):
            body += (
                f'<resumptionToken completeListSize="{len(recs)}">'
                f"{self.generation}|{nxt}|{since or ''}</resumptionToken>"
            )
        self.pages_served += 1
        self._send(h, 200, OAI_HEAD + f"<ListRecords>{body}</ListRecords></OAI-PMH>")


def _parse_token(token: str) -> tuple[int, int, str | None]:
    gen, offset, since = token.split("|")
    return int(gen), int(offset), since or None


LISTINGS: dict[str, list[tuple[str, str, str]]] = {}


class ListingHarvester:
    """A full-listing source (JSON-API style): every run lists every record."""

    def __init__(self, node: Any, settings: Any, **kwargs: Any) -> None:
        self.node = node

    def pages(self, window: HarvestWindow) -> Iterator[Page]:
        """Pages of 10; the last one says the listing is complete."""
        from lxml import etree

        recs = LISTINGS.get(self.node.url, [])
        if not recs:
            yield Page(records=[], complete_listing=True)
            return
        for start in range(0, len(recs), 10):
            chunk = recs[start : start + 10]
            raws = []
            for ident, ds, title in chunk:
                payload = record_xml(ident, ds, title).encode()
                raws.append(
                    RawRecord(
                        self.node.id, ident, ds, False, "oai_dc", payload, self.node.url,
                        etree.fromstring(payload),
                    )
                )  # fmt: skip
            last = start + 10 >= len(recs)
            yield Page(
                records=raws,
                checkpoint=None if last else str(start + 10),
                complete_listing=last,
            )

    def now_datestamp(self) -> str:
        """Not used by full listings."""
        return "2026-01-01T00:00:00Z"


class WebhookReceiver:
    """An HTTP receiver that keeps every JSON body POSTed to it."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        recv = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length", "0"))
                recv.messages.append(json.loads(self.rfile.read(n)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        """Where to POST."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        """Stop."""
        self.server.shutdown()
        self.server.server_close()
