"""DataCite and GBIF answered from hand-written pages (tests/harvesters/data/external, in the
shapes the two APIs document), on 127.0.0.1 and a free port: ``/datacite/dois`` (JSON:API,
cursor paging through ``links.next``), ``/gbif/v1/dataset/search``,
``/gbif/v1/occurrence/search`` (offset paging) and ``/gbif/v1/species/search``.
``ExternalApiHandler.seen`` records every request's path and query."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).resolve().parents[1] / "harvesters" / "data" / "external"


class ExternalApiHandler(BaseHTTPRequestHandler):
    """Serves the pages; remembers what was asked."""

    seen: ClassVar[list[tuple[str, dict[str, list[str]]]]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        self.seen.append((parts.path, query))
        name = None
        if parts.path == "/datacite/dois":
            name = "datacite_page2" if query.get("page[cursor]") == ["MTIzNA"] else "datacite_page1"
        elif parts.path == "/gbif/v1/dataset/search":
            name = "gbif_dataset_search"
        elif parts.path == "/gbif/v1/occurrence/search":
            name = (
                "gbif_occurrence_page2" if query.get("offset") == ["2"] else "gbif_occurrence_page1"
            )
        elif parts.path == "/gbif/v1/species/search":
            name = "gbif_species_search"
        if name is None:
            self.send_response(404)
            self.end_headers()
            return
        body = (DATA / f"{name}.json").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_external() -> Iterator[str]:
    """Run the server in a thread; yield its base URL."""
    ExternalApiHandler.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), ExternalApiHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
