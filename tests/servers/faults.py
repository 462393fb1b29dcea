"""A fault-injecting OAI-PMH server: a small demo node behind named failure paths.

Where it sits: test infrastructure for the harvest step (what a harvester must survive).
Each path below is an OAI-PMH base URL; requests that are not hit by the fault are
answered by a real :class:`demo.provider.DemoProvider` (default: 25 gb-chm records, 10 per
page, so a full ListRecords takes 3 pages). Counters are per path; :meth:`FaultServer.reset`
zeroes them (the ``fault_server`` fixture does that before every test).

=====================  ===================================================================
path                   behaviour
=====================  ===================================================================
``/ok``                no fault (the control)
``/503-then-ok``       first 2 requests: HTTP 503 with ``Retry-After: 1``; then normal
``/429-then-ok``       first request: HTTP 429 with ``Retry-After: 1``; then normal
``/slow``              first request sleeps ``slow_seconds`` (default 3 s) before answering
``/dies-mid-harvest``  the first page-2 request (any resumptionToken) gets its connection
                       closed without an answer; later requests are normal
``/500-mid-harvest``   the first page-2 request gets HTTP 500; later requests are normal
``/not-xml-page2``     every page-2 request gets 200 ``text/xml`` with a body that is not XML
``/bad-token``         every page-2 request gets the OAI error ``badResumptionToken``
``/html``              every request gets 200 ``text/html`` (a maintenance page)
``/xxe``               ListRecords/ListIdentifiers get a page whose DTD declares an external
                       entity (``file:///etc/passwd``) used in a dc:title; other verbs normal
``/billion-laughs``    ListRecords/ListIdentifiers get the nested-entity bomb; others normal
=====================  ===================================================================

``server.hits[path]`` counts requests per path (``"/slow"``...).
"""

from __future__ import annotations

import threading
import time
from collections import Counter

from demo.generator import NODES, DemoNode, format_datestamp
from demo.oai_server import HttpAppServer
from demo.provider import DemoProvider, Response

FAULTS: tuple[str, ...] = (
    "/ok",
    "/503-then-ok",
    "/429-then-ok",
    "/slow",
    "/dies-mid-harvest",
    "/500-mid-harvest",
    "/not-xml-page2",
    "/bad-token",
    "/html",
    "/xxe",
    "/billion-laughs",
)
XML = "text/xml; charset=utf-8"
_OAI_OPEN = (
    '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
    "<responseDate>{now}</responseDate>"
    '<request verb="ListRecords" metadataPrefix="oai_dc">{url}</request><ListRecords>'
    "<record><header><identifier>oai:evil.example.org:1</identifier>"
    "<datestamp>2024-01-01T00:00:00Z</datestamp></header><metadata>"
    '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{entity}</dc:title>'
    "</oai_dc:dc></metadata></record></ListRecords></OAI-PMH>\n"
)
XXE_DTD = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
HTML_PAGE = (
    b"<!DOCTYPE html><html><head><title>Maintenance</title></head><body><h1>Site under "
    b"maintenance</h1><p>The clearing-house will be back shortly.</p></body></html>\n"
)
NOT_XML = b"\x00\x01<OAI-PMH><ListRecords><record><header>truncated garbage \xff\xfe"


def _evil_page(dtd: str, entity: str, url: str) -> bytes:
    now = format_datestamp(int(time.time()))
    body = _OAI_OPEN.format(now=now, url=url, entity=entity)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{dtd}\n{body}'.encode()


class FaultServer(HttpAppServer):
    """The fault paths of the module docstring on ``host:port`` (0 = a free port).

    Args:
        node: demo node serving the records (default gb-chm).
        count: records in the repository.
        page_size: records per page (small, so a harvest has several pages).
        slow_seconds: how long ``/slow`` sleeps on its first request.
    """

    def __init__(
        self,
        node: DemoNode | None = None,
        count: int = 25,
        page_size: int = 10,
        slow_seconds: float = 3.0,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(self._respond, host, port)
        self.provider = DemoProvider(node or NODES["gb-chm"], count, self.root, page_size)
        self.slow_seconds = slow_seconds
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._page2: Counter[str] = Counter()

    @property
    def url(self) -> str:
        """``http://host:port``; a fault's base URL is ``url + "/503-then-ok"`` etc."""
        return self.root

    def fault_url(self, fault: str) -> str:
        """The OAI-PMH base URL of a fault path (``"slow"`` or ``"/slow"``)."""
        path = "/" + fault.lstrip("/")
        if path not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")
        return self.root + path

    def reset(self) -> None:
        """Zero every counter and undo changes to the node."""
        with self._lock:
            self.hits.clear()
            self._page2.clear()
        self.provider.reset()

    def _respond(self, method: str, path: str, params: dict[str, list[str]]) -> Response:
        path = path.removesuffix("/oai").rstrip("/") or "/"
        if path not in FAULTS:
            known = ", ".join(FAULTS)
            return Response(404, f"no fault at {path}; known: {known}\n".encode(), XML)
        page2 = "resumptionToken" in params
        with self._lock:
            self.hits[path] += 1
            n = self.hits[path]
            if page2:
                self._page2[path] += 1
            n2 = self._page2[path]
        fault = self._fault(path, n, n2 if page2 else 0, params.get("verb", [""])[0])
        if fault is not None:
            return fault
        response = self.provider.handle(params)
        if path == "/slow" and n == 1:
            response.delay = self.slow_seconds
        return response

    def _fault(self, path: str, n: int, n2: int, verb: str) -> Response | None:
        """The faulty answer for the ``n``-th request (``n2``-th page-2 request), if any."""
        retry = {"Retry-After": "1"}
        if path == "/503-then-ok" and n <= 2:
            return Response(503, b"Service Unavailable\n", "text/plain", retry)
        if path == "/429-then-ok" and n == 1:
            return Response(429, b"Too Many Requests\n", "text/plain", retry)
        if path == "/dies-mid-harvest" and n2 == 1:
            return Response(drop=True)
        if path == "/500-mid-harvest" and n2 == 1:
            return Response(500, b"Internal Server Error\n", "text/plain")
        if path == "/not-xml-page2" and n2:
            return Response(200, NOT_XML, XML)
        if path == "/bad-token" and n2:
            return self.provider.handle({"verb": [verb], "resumptionToken": ["expired"]})
        if path == "/html":
            return Response(200, HTML_PAGE, "text/html; charset=utf-8")
        if path in ("/xxe", "/billion-laughs") and verb in ("ListRecords", "ListIdentifiers"):
            dtd, entity = (XXE_DTD, "&xxe;") if path == "/xxe" else (LAUGHS_DTD, "&lol9;")
            return Response(200, _evil_page(dtd, entity, self.root + path), XML)
        return None
