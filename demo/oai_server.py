"""A fast OAI-PMH 2.0 HTTP server for one demo national node.

Where it sits: the source end of the demo harvest flow (demo node -> chm harvester -> store).
:class:`DemoOaiServer` runs :class:`demo.provider.DemoProvider` behind a
``ThreadingHTTPServer`` in a daemon thread; ``chm demo``, the tests and the benchmark start
it on 127.0.0.1. Pages are built by string concatenation from the generator, so a node of
1,000,000 records needs no more memory than one of 10.

Run one node in the foreground::

    python -m demo.oai_server --node fr-chm --count 1000 --port 8101 [--page-size 500] \
        [--granularity day]

The OAI-PMH endpoint is ``http://HOST:PORT/oai`` (``/`` answers too).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from demo.generator import NODES, DemoNode
from demo.provider import DemoProvider, Response

App = Callable[[str, str, dict[str, list[str]]], Response]
"""An app answers (method, path, query) with a :class:`Response`."""

MAX_BODY = 1_000_000


class OaiHandler(BaseHTTPRequestHandler):
    """Hands GET/POST requests to the server's app and writes its Response."""

    protocol_version = "HTTP/1.1"
    server: _AppServer

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self._answer("GET", parts.path, parts.query)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._write(Response(413, b"request body too large\n", "text/plain"))
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        parts = urlsplit(self.path)
        query = "&".join(q for q in (parts.query, body) if q)
        self._answer("POST", parts.path, query)

    def _answer(self, method: str, path: str, query: str) -> None:
        try:
            params = parse_qs(query, keep_blank_values=True, max_num_fields=100)
        except ValueError:
            self._write(Response(400, b"malformed query string\n", "text/plain"))
            return
        try:
            response = self.server.app(method, path, params)
        except Exception as exc:  # the server must keep serving whatever a test does
            msg = f"internal error: {type(exc).__name__}: {exc}\n".encode()
            response = Response(500, msg, "text/plain; charset=utf-8")
        self._write(response)

    def _write(self, response: Response) -> None:
        if response.delay:
            time.sleep(response.delay)
        if response.drop:
            self.close_connection = True
            return
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts)
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests and the demo start many servers."""


class _AppServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    app: App


class HttpAppServer:
    """Runs an :data:`App` on ``host:port`` (0 = any free port) in a daemon thread."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0) -> None:
        self._httpd = _AppServer((host, port), OaiHandler)
        self._httpd.app = app
        self.host = host
        self.port: int = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def root(self) -> str:
        """``http://host:port`` without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    def start(self) -> Self:
        """Serve in a daemon thread; return self."""
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Serve in the calling thread until interrupted."""
        try:
            self._httpd.serve_forever()
        finally:
            self._httpd.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class DemoOaiServer(HttpAppServer):
    """One demo node over HTTP, with the overlay methods of its provider.

    Example::

        with DemoOaiServer(NODES["fr-chm"], count=900) as server:
            Sickle(server.url).ListRecords(metadataPrefix="oai_dc")
            server.update(3); server.delete(4); server.add(10)
    """

    def __init__(
        self,
        node: DemoNode,
        count: int,
        host: str = "127.0.0.1",
        port: int = 0,
        page_size: int = 500,
        granularity: str = "seconds",
        sets: bool = True,
        path: str = "/oai",
        prerender: bool = False,
    ) -> None:
        super().__init__(self._respond, host, port)
        self.path = path
        self.provider = DemoProvider(
            node, count, self.root + path, page_size, granularity, sets, cache_records=prerender
        )
        self.provider.prerender()
        self.node = node

    @property
    def url(self) -> str:
        """The OAI-PMH base URL, e.g. ``http://127.0.0.1:8101/oai``."""
        return self.root + self.path

    def _respond(self, method: str, path: str, params: dict[str, list[str]]) -> Response:
        if path not in (self.path, "/", ""):
            return Response(
                404,
                f"no OAI-PMH endpoint at {path}; try {self.path}\n".encode(),
                "text/plain; charset=utf-8",
            )
        return self.provider.handle(params)

    def identifier(self, i: int) -> str:
        """The OAI identifier of record ``i``."""
        return self.provider.identifier(i)

    def update(self, i: int) -> str:
        """Change record ``i`` (new title, datestamp = now); return its identifier."""
        return self.provider.update(i)

    def delete(self, i: int) -> str:
        """Mark record ``i`` deleted; return its identifier."""
        return self.provider.delete(i)

    def add(self, n: int) -> list[str]:
        """Add ``n`` records; return their identifiers."""
        return self.provider.add(n)

    def reset(self) -> None:
        """Undo every update, deletion and addition."""
        self.provider.reset()

    @property
    def count(self) -> int:
        """Records in the repository, deleted ones included."""
        return self.provider.total


def main(argv: list[str] | None = None) -> int:
    """Command line: run one demo node in the foreground."""
    parser = argparse.ArgumentParser(
        prog="python -m demo.oai_server", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--node", default="fr-chm", choices=sorted(NODES))
    parser.add_argument("--count", type=int, default=1000, help="number of records")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8101, help="0 picks a free port")
    parser.add_argument("--page-size", type=int, default=500)
    parser.add_argument("--granularity", choices=("seconds", "day"), default="seconds")
    parser.add_argument(
        "--prerender",
        action="store_true",
        help="render every record before serving and keep it, as a repository serves stored "
        "records (benchmarks); ready when the first line is printed",
    )
    args = parser.parse_args(argv)
    if args.count < 0 or args.page_size < 1:
        parser.error("--count must be >= 0 and --page-size >= 1")
    try:
        server = DemoOaiServer(
            NODES[args.node],
            args.count,
            args.host,
            args.port,
            args.page_size,
            args.granularity,
            prerender=args.prerender,
        )
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"{args.node}: {args.count} records at {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
