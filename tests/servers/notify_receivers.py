"""Where notifications go in tests: a real SMTP server (aiosmtpd) and a real webhook receiver,
both on 127.0.0.1, on free ports.

Example::

    smtp = SmtpSink().start()          # smtp.port; smtp.messages: list[email.message.Message]
    hook = HookReceiver(fail_first=2)  # answers 503 twice, then 204; keeps bodies and headers
    ...
    smtp.stop(); hook.close()
"""

from __future__ import annotations

import email
import email.policy
import json
import threading
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.servers.ports import quiet_port


def free_port() -> int:
    """A port free on 127.0.0.1 now (aiosmtpd's controller needs a number, not 0)."""
    return quiet_port()


class SmtpSink:
    """A real SMTP server that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.raw: list[bytes] = []
        self.port = free_port()
        self.controller: Any = None

    def start(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                sink.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
                sink.raw.append(envelope.original_content or envelope.content)
                sink.messages.append(
                    email.message_from_bytes(envelope.content, policy=email.policy.default)
                )
                return "250 Message accepted for delivery"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    def bodies(self) -> list[str]:
        """Every message's text body."""
        out = []
        for m in self.messages:
            part = m.get_body(("plain",)) if hasattr(m, "get_body") else m
            payload = (part or m).get_payload(decode=True)
            out.append(payload.decode("utf-8") if isinstance(payload, bytes) else str(payload))
        return out


class HookReceiver:
    """A webhook receiver: answers 503 to the first ``fail_first`` POSTs, then 204, and keeps
    every body (parsed JSON) and its headers."""

    def __init__(self, fail_first: int = 0) -> None:
        self.messages: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.refused = 0
        recv = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(n)
                if recv.refused < fail_first:
                    recv.refused += 1
                    self.send_response(503)
                    self.end_headers()
                    return
                recv.messages.append(json.loads(body))
                recv.headers.append(dict(self.headers.items()))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """Where to POST."""
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
