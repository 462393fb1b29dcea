"""A local HTTP server (127.0.0.1, port 0) whose every GET is answered with the exact bytes a
test writes: subclasses say what a query gets (:meth:`BodyServer.body`), so a test can change
one field of one record and nothing else (the unchanged re-harvest tests, OAI-PMH and CKAN)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class BodyServer:
    """Serves :meth:`body` of each GET's query at ``self.url`` (``path`` on a free port)."""

    content_type = "application/octet-stream"

    def __init__(self, path: str) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = owner.body(parse_qs(urlsplit(self.path).query))
                self.send_response(200)
                self.send_header("Content-Type", owner.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def body(self, params: dict[str, list[str]]) -> bytes:
        """The answer to a GET with these query parameters."""
        raise NotImplementedError

    def close(self) -> None:
        """Stop serving and free the port."""
        self.httpd.shutdown()
        self.httpd.server_close()
