"""Real local servers for the security tests: a request recorder (on any loopback address,
optionally TLS) and a trickling endpoint."""

from __future__ import annotations

import contextlib
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class Recorder(ThreadingHTTPServer):
    """Answers every GET with a small body and ``Connection: close`` (so each request opens
    a new connection), recording ``(Host header, path)``."""

    daemon_threads = True

    def __init__(
        self,
        host: str,
        port: int = 0,
        body: bytes = b"recorded",
        tls: tuple[Path, Path] | None = None,
    ) -> None:
        self.seen: list[tuple[str, str]] = []
        self.body = body
        super().__init__((host, port), _RecordHandler)
        if tls is not None:  # serve TLS with this (certificate, key)
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        """The bound port."""
        return int(self.server_address[1])

    def close(self) -> None:
        """Stop serving."""
        self.shutdown()
        self.server_close()


class _RecordHandler(BaseHTTPRequestHandler):
    server: Recorder

    def do_GET(self) -> None:
        self.server.seen.append((self.headers.get("Host", ""), self.path))
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(self.server.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(self.server.body)

    def log_message(self, *args: Any) -> None:
        pass


@contextlib.contextmanager
def twin_servers() -> Iterator[tuple[Recorder, Recorder]]:
    """(node, internal): two recorders on one port, the node on 127.0.0.2 and an internal
    service on 127.0.0.1, so a connection that goes to the wrong address shows on the
    internal one."""
    for _ in range(50):
        node = Recorder("127.0.0.2", body=b"node")
        try:
            internal = Recorder("127.0.0.1", node.port, body=b"internal")
        except OSError:  # the port is taken on 127.0.0.1: try another
            node.close()
            continue
        try:
            yield node, internal
        finally:
            node.close()
            internal.close()
        return
    raise RuntimeError("no port free on both 127.0.0.1 and 127.0.0.2")


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate for DNS name ``name`` (openssl); (cert, key)."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={name}",
         "-addext", f"subjectAltName=DNS:{name}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


class Trickler:
    """An HTTP endpoint that sends its headers, then one body byte every ``every`` seconds
    for at most ``limit`` seconds (never idle long enough for a per-read timeout); with
    ``in_headers`` it trickles one endless header line instead."""

    def __init__(self, every: float = 0.2, limit: float = 30.0, in_headers: bool = False) -> None:
        self.every, self.limit = every, limit
        self.start = b"HTTP/1.1 200 OK\r\nX-Slow: " if in_headers else (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n\r\n<"
        )  # fmt: skip
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/oai"
        self.requests = 0
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        self.requests += 1
        with conn:
            try:
                conn.recv(65536)
                conn.sendall(self.start)
                end = time.monotonic() + self.limit
                while time.monotonic() < end and not self._stop.is_set():
                    time.sleep(self.every)
                    conn.sendall(b"a")
            except OSError:
                return  # the client hung up: what a deadline does

    def close(self) -> None:
        """Stop serving."""
        self._stop.set()
        self.sock.close()
        self.thread.join(timeout=5)
