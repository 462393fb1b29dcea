"""One HTTP client policy for every harvester: explicit timeouts, retries with backoff,
``Retry-After``, a response size limit, and the outbound URL policy (hostile URLs).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from harvesters.base import EndpointUnreachable, InvalidResponse
from harvesters.config import HarvestSettings

log = logging.getLogger(__name__)

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
    from harvesters.base import utcnow

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

    def get(self, url: str, params: dict[str, Any] | None = None) -> FetchResult:
        """GET with retries; raise EndpointUnreachable / InvalidResponse with a clear message."""
        s = self.settings
        attempt = 0
        while True:
            attempt += 1
            try:
                if self.guard:
                    self.guard(url)
                resp = self.session.get(
                    url,
                    params=params,
                    timeout=s.timeout,
                    stream=True,
                    allow_redirects=self.guard is None,
                )
                if self.guard and resp.is_redirect:
                    resp = self._follow_redirects(resp)
                body = self._read_limited(resp)
            except (requests.Timeout, requests.ConnectionError) as exc:
                if attempt > s.max_retries:
                    raise EndpointUnreachable(
                        f"{url}: {_short(exc)} (gave up after {attempt} attempts, "
                        f"timeout {s.timeout:g}s each)",
                        url=url,
                    ) from exc
                self._backoff(attempt, None, url, _short(exc))
                continue
            except requests.RequestException as exc:
                raise EndpointUnreachable(f"{url}: request failed: {_short(exc)}", url=url) from exc
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
            assert self.guard is not None
            self.guard(target)
            resp = self.session.get(
                target, timeout=self.settings.timeout, stream=True, allow_redirects=False
            )
        raise InvalidResponse(
            f"{resp.url}: more than {limit} redirects", url=resp.url, status=resp.status_code
        )

    def _read_limited(self, resp: requests.Response) -> bytes:
        limit = self.settings.max_response_bytes
        declared = resp.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > limit:
            resp.close()
            raise InvalidResponse(
                f"{resp.url}: response of {int(declared):,} bytes is over the {limit:,}-byte limit",
                url=resp.url,
                status=resp.status_code,
            )
        chunks = []
        size = 0
        for chunk in resp.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > limit:
                resp.close()
                raise InvalidResponse(
                    f"{resp.url}: response is over the {limit:,}-byte limit",
                    url=resp.url,
                    status=resp.status_code,
                )
            chunks.append(chunk)
        self.bytes_read += size
        return b"".join(chunks)

    def _backoff(self, attempt: int, retry_after: str | None, url: str, why: str) -> None:
        s = self.settings
        default = s.backoff * (2 ** (attempt - 1))
        wait = retry_after_seconds(retry_after, default, s.max_retry_after)
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
