"""One HTTP client policy for every harvester: explicit timeouts, retries with backoff,
``Retry-After``, a response size limit, deadlines, and the outbound URL policy (hostile URLs).

Three time limits, from ``[harvest]`` in config.toml:

- ``timeout``: the longest wait for any one read (connect, headers, each body read);
- ``response_deadline``: one whole response, from sending the request to its last byte, so
  an endpoint that trickles its headers or body (a byte now and then, never idle for
  ``timeout``) is stopped: :class:`DeadlineExceeded`, naming the URL and the deadline, never
  retried. The body is checked between reads; with a session that reports its sockets
  (every pinned session, :func:`harvesters.urlguard.pinned_client`) a timer also shuts
  them at the deadline, which ends a read blocked anywhere, headers included;
- ``run_deadline``: every request of one run (one client) with its retries and back-offs.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from urllib3.exceptions import HTTPError

from core.config import HarvestSettings
from harvesters.base import EndpointUnreachable, InvalidResponse

log = logging.getLogger(__name__)


class DeadlineExceeded(EndpointUnreachable):
    """A response (or a run's requests) took longer than its deadline."""

    kind = "unreachable"


RETRY_STATUS = frozenset({429, 502, 503, 504})


@dataclass
class FetchResult:
    """A fetched response body with what callers need to judge it."""

    url: str
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str]


def client_for(
    client: HttpClient | None,
    settings: HarvestSettings,
    headers: dict[str, str],
    max_response_bytes: int | None = None,
) -> HttpClient:
    """The given client (the pipeline passes one obeying the URL policy), else a new one with
    the node's own size limit; either way with the node's headers (Accept, auth)."""
    if client is None:
        if max_response_bytes:
            from dataclasses import replace

            settings = replace(settings, max_response_bytes=max_response_bytes)
        client = HttpClient(settings)
    client.session.headers.update(headers)
    return client


def retry_after_seconds(value: str | None, default: float, cap: float) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date), capped."""
    if not value:
        return min(default, cap)
    value = value.strip()
    if value.isdigit():
        return min(float(value), cap)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return min(default, cap)
    from core.clock import utcnow

    return max(0.0, min((when - utcnow()).total_seconds(), cap))


class HttpClient:
    """requests with chm's policy. ``sleep`` is injectable so tests need not wait."""

    def __init__(
        self,
        settings: HarvestSettings,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        guard: Callable[[str], None] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.settings = settings
        self.session = session or requests.Session()
        # requests gives every session "python-requests/x": replace it, never setdefault
        self.session.headers["User-Agent"] = settings.user_agent
        if headers:
            self.session.headers.update(headers)
        self.sleep = sleep
        self.guard = guard
        self.requests_made = 0
        self.bytes_read = 0
        self.run_started: float | None = None  # monotonic time of the first request
        self._deadline_at = 0.0  # the current response's deadline (monotonic)
        self._deadline_why = ""
        self._received = 0  # body bytes of the current response so far
        # sockets this client's session opened (pinned sessions report them): at a deadline
        # they are shut, so a read blocked in the headers (or a trickle) ends at once
        self._sockets: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self._expired = threading.Event()

    def track_socket(self, sock: socket.socket) -> None:
        """Remember a socket the session opened (shut when a response passes its deadline)."""
        self._sockets.add(sock)

    def _expire(self) -> None:
        self._expired.set()
        for sock in list(self._sockets):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _arm(self) -> threading.Timer:
        """A timer that shuts this client's sockets at the current response's deadline."""
        self._expired.clear()
        self._received = 0
        timer = threading.Timer(max(0.0, self._deadline_at - time.monotonic()), self._expire)
        timer.daemon = True
        timer.start()
        return timer

    def get(self, url: str, params: dict[str, Any] | None = None) -> FetchResult:
        """GET with retries; raise EndpointUnreachable / InvalidResponse with a clear message."""
        s = self.settings
        attempt = 0
        if self.run_started is None:
            self.run_started = time.monotonic()
        while True:
            attempt += 1
            self._start_deadline(url)
            timer = self._arm()
            try:
                if self.guard:
                    self.guard(url)
                resp = self.session.get(
                    url,
                    params=params,
                    timeout=s.timeout,
                    stream=True,
                    allow_redirects=False,  # each hop below: URL policy and secrets per origin
                )
                if resp.is_redirect:
                    resp = self._follow_redirects(resp)
                body = self._read_limited(resp)
            except (requests.Timeout, requests.ConnectionError) as exc:
                if self._expired.is_set():
                    raise self._too_slow(url, self._received) from exc
                if attempt > s.max_retries:
                    raise EndpointUnreachable(
                        f"{url}: {_short(exc)} (gave up after {attempt} attempts, "
                        f"timeout {s.timeout:g}s each)",
                        url=url,
                    ) from exc
                self._backoff(attempt, None, url, _short(exc))
                continue
            except requests.RequestException as exc:
                if self._expired.is_set():
                    raise self._too_slow(url, self._received) from exc
                raise EndpointUnreachable(f"{url}: request failed: {_short(exc)}", url=url) from exc
            finally:
                timer.cancel()
            self.requests_made += 1
            if resp.status_code in RETRY_STATUS or resp.status_code >= 500:
                if attempt <= s.max_retries:
                    self._backoff(
                        attempt, resp.headers.get("Retry-After"), url, f"HTTP {resp.status_code}"
                    )
                    continue
                raise EndpointUnreachable(
                    f"{url}: HTTP {resp.status_code} after {attempt} attempts",
                    url=url,
                    status=resp.status_code,
                )
            return FetchResult(
                url=resp.url,
                status=resp.status_code,
                content_type=resp.headers.get("Content-Type", ""),
                body=body,
                headers=dict(resp.headers),
            )

    def _follow_redirects(self, resp: requests.Response, limit: int = 5) -> requests.Response:
        for _ in range(limit):
            if not resp.is_redirect:
                return resp
            target = requests.compat.urljoin(resp.url, resp.headers.get("Location", ""))
            resp.close()
            if self.guard is not None:
                self.guard(target)
            resp = self.session.get(
                target, timeout=self.settings.timeout, stream=True, allow_redirects=False
            )
        raise InvalidResponse(
            f"{resp.url}: more than {limit} redirects", url=resp.url, status=resp.status_code
        )

    def _start_deadline(self, url: str) -> None:
        """Set the deadline of the response about to be requested: ``response_deadline``
        from now, or the end of the run's ``run_deadline`` when that comes first."""
        s = self.settings
        now = time.monotonic()
        run_end = (self.run_started or now) + s.run_deadline
        if now >= run_end:
            raise DeadlineExceeded(
                f"{url}: not requested: the run has used its {s.run_deadline:g}-second deadline "
                "([harvest] run_deadline)",
                url=url,
            )
        self._deadline_at = min(now + s.response_deadline, run_end)
        self._deadline_why = (
            f"the {s.response_deadline:g}-second response deadline ([harvest] response_deadline)"
            if now + s.response_deadline <= run_end
            else f"the run's {s.run_deadline:g}-second deadline ([harvest] run_deadline)"
        )

    def _too_big(self, url: str, size: int, declared: bool, status: int | None) -> Exception:
        limit = self.settings.max_response_bytes
        if declared:
            text = f"{url}: response of {size:,} bytes is over the {limit:,}-byte limit"
        else:
            text = f"{url}: response is over the {limit:,}-byte limit"
        return InvalidResponse(text, url=url, status=status)

    def _too_slow(self, url: str, size: int, status: int | None = None) -> Exception:
        return DeadlineExceeded(
            f"{url}: stopped at {self._deadline_why}: the response was still arriving "
            f"({size:,} bytes so far); the server is too slow",
            url=url,
            status=status,
        )

    def _read_limited(self, resp: requests.Response) -> bytes:
        """The body, within the size limit and the response's deadline (checked between
        reads, and each read returns as soon as some bytes are there)."""
        limit = self.settings.max_response_bytes
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            resp.close()
            raise self._too_big(resp.url, int(declared), True, resp.status_code)
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > self._deadline_at or self._expired.is_set():
                resp.close()
                raise self._too_slow(resp.url, size, resp.status_code)
            chunk = _read_some(resp)
            if not chunk:
                if self._expired.is_set():  # the deadline shut the socket: not a real end
                    raise self._too_slow(resp.url, size, resp.status_code)
                break
            size += len(chunk)
            self._received = size
            if size > limit:
                resp.close()
                raise self._too_big(resp.url, size, False, resp.status_code)
            chunks.append(chunk)
        self.bytes_read += size
        return b"".join(chunks)

    def _backoff(self, attempt: int, retry_after: str | None, url: str, why: str) -> None:
        s = self.settings
        default = s.backoff * (2 ** (attempt - 1))
        wait = retry_after_seconds(retry_after, default, s.max_retry_after)
        if self.run_started is not None and (
            time.monotonic() + wait > self.run_started + s.run_deadline
        ):
            raise DeadlineExceeded(
                f"{url}: {why}; no retry: waiting {wait:.0f}s would pass the run's "
                f"{s.run_deadline:g}-second deadline ([harvest] run_deadline)",
                url=url,
            )
        log.warning("%s: %s; retry %d/%d in %.1fs", url, why, attempt, s.max_retries, wait)
        self.sleep(wait)


_CAUSES = (
    ("Connection refused", "connection refused"),
    ("Name or service not known", "host name not found"),
    ("nodename nor servname", "host name not found"),
    ("Temporary failure in name resolution", "host name not found (DNS)"),
    ("timed out", "timed out"),
    ("Connection reset", "connection reset by the server"),
    ("RemoteDisconnected", "the server closed the connection without answering"),
    ("IncompleteRead", "the server closed the connection mid-response"),
    ("CERTIFICATE_VERIFY_FAILED", "TLS certificate not trusted"),
)


def _short(exc: BaseException) -> str:
    text = str(exc)
    for needle, plain in _CAUSES:
        if needle in text:
            return plain
    return text if len(text) < 200 else text[:197] + "..."


def _read_some(resp: requests.Response) -> bytes:
    """What has arrived of the body (up to 64 KiB), decoded; b"" at the end.

    ``read1`` returns as soon as some bytes are there, so a deadline is checked between
    reads even when an endpoint trickles its response.
    """
    try:
        data: bytes = resp.raw.read1(65536, decode_content=True)
    except (OSError, ValueError, HTTPError) as exc:
        raise requests.ConnectionError(f"reading the response failed: {exc}") from exc
    return data
