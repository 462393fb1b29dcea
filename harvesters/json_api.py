"""JSON API harvester (requests, through :class:`~harvesters.http.HttpClient`).

Where it sits in the flow: node registry -> **harvester** -> raw store -> mapping (a
declarative mapping such as ``mappings/ckan.toml``). Yields one
:class:`~harvesters.base.Page` per response, so the pipeline stores page by page.

Paging by offset/limit, page/size, cursor token or next link (in the body, or the HTTP
``Link`` header); a records path and a total path (JMESPath); incremental harvests through a
modified-since parameter where the source has one. Where it has none, every run is a full
listing, and the last page of a complete listing carries ``complete_listing=True`` so that
records gone from the source become tombstones; a filtered, resumed, failed or short
listing never does. Options (profiles, paging, auth, rate limit) are documented in
:mod:`harvesters.profiles`.

A raw record's payload is ``json.dumps(obj, sort_keys=True)`` of one record object and its
format is the node's mapping name. The payload is built only for a record that changed: an
unchanged record is recognised by its :func:`content_hash` (its compact JSON in the order the
source wrote it, hashed), so an unchanged ``--full`` re-harvest costs what reading costs.
"""

from __future__ import annotations

import gc
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import orjson
import requests.utils

from core.clock import isoformat_z, utcnow
from core.config import HarvestSettings, NodeConfig
from harvesters.base import (
    HarvestWindow,
    InvalidResponse,
    KeyedRecords,
    Page,
    ProtocolError,
    describe_get,
    record_ids,
    request_context,
)
from harvesters.http import FetchResult, HttpClient, client_for
from harvesters.node_options import option_problems
from harvesters.profiles import JsonOptions, json_options
from harvesters.seen import SeenIds
from mappings.base import DeferredPayload, RawRecord
from mappings.declarative import compile_path

ACCEPT = "application/json, application/vnd.api+json;q=0.9, */*;q=0.1"
# every byte to b" " but the ASCII digits (to b"0"): a run of 19 "0"s in the translated body is
# a run of 19 digits, what a regex search finds 12 times slower (18 against 1.5 ms a 2 MB page)
_DIGITS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_BIG_INT_RUN = b"0" * 19


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not a JSON value")


def loads(body: bytes) -> Any:
    """Parse JSON (orjson, several times faster than the json module, except for integers it
    would turn into floats).
    ``NaN`` and ``Infinity`` are refused, as orjson does: they are not JSON, and a record
    holding one could not be stored as it came."""
    if _BIG_INT_RUN not in body.translate(_DIGITS):  # no 19-digit run: no integer over 63 bits
        # Parsed JSON holds no reference cycles: a collection while orjson builds a page's
        # 50,000 objects only walks them again and again, and moves them through every
        # generation (a 100k unchanged CKAN --full: 17 -> 3 full collections, 0.29 -> 0.22
        # CPU-s of collecting). The collector is on again as soon as the page is built.
        enabled = gc.isenabled()
        gc.disable()
        try:
            return orjson.loads(body)
        finally:
            if enabled:
                gc.enable()
    return json.loads(body, parse_constant=_not_json)


def dumps_sorted(obj: Any) -> bytes:
    """Stable JSON bytes of one record (sorted keys, UTF-8): the raw payload, hashed."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # integers beyond 64 bits: the json module writes them exactly
        pass
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def content_hash(obj: Any) -> str:
    """What an unchanged record is recognised by: the SHA-1 of its compact JSON with its keys in
    the order the source wrote them (orjson, not sorted: 0.6 µs a 2 KB package less).

    Whitespace and escapes (``"\\u00e9"`` or ``"é"``) do not count, any value or key does; a
    source that writes the same keys in another order gives another hash, and the pipeline then
    compares the sorted payload with the stored one (:mod:`pipeline.pages`), so the record is
    not re-mapped either. SHA-1 because it is the fastest digest of :mod:`hashlib` here
    (1.6 µs a 2 KB package against 2.7 for BLAKE2b and 3.2 for MD5) and what stores before
    this hash held: a package whose keys came sorted has the hash it was stored under.
    """
    try:
        data = orjson.dumps(obj)
    except TypeError:  # integers beyond 64 bits, lone surrogates: the json module, ASCII only
        data = json.dumps(obj, separators=(",", ":")).encode()
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


@dataclass
class _Fetched:
    """One response, decoded, with its records extracted (built in the prefetch thread)."""

    fetched: FetchResult
    body: Any
    count: int
    page: Page


class Prefetcher:
    """Runs the next page's request in a background thread while the pipeline stores the
    current page (the server's work and the network overlap with ours).

    One request at a time, in order; an exception in the thread is raised by :meth:`result`.
    Leaving the ``with`` block waits for a request still running (bounded by the timeout).
    """

    def __init__(self, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._future: Future[Any] | None = None

    def submit(self, fn: Callable[..., Any], *args: Any) -> None:
        """Start ``fn(*args)`` in the background."""
        self._future = self._pool.submit(fn, *args)

    def result(self) -> Any:
        """Wait for the last submitted call and return (or raise) its outcome."""
        assert self._future is not None, "result() before submit()"
        future, self._future = self._future, None
        return future.result()

    def __enter__(self) -> Prefetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class RateLimiter:
    """At most ``rate`` requests per second (a token bucket holding one token)."""

    def __init__(
        self,
        rate: float | None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.sleep = sleep
        self.clock = clock
        self.next_at = 0.0
        self.waited = 0.0

    def wait(self) -> None:
        """Block until the next request may go."""
        if not self.interval:
            return
        now = self.clock()
        if now < self.next_at:
            self.sleep(self.next_at - now)
            self.waited += self.next_at - now
            now = self.next_at
        self.next_at = now + self.interval


def decode_json(fetched: FetchResult, error_path: Callable[[Any], Any] | None = None) -> Any:
    """Parse a JSON response or raise a HarvestError a person understands.

    Args:
        fetched: the response.
        error_path: finds the API's own error message in a JSON body.

    Raises:
        InvalidResponse: an HTML page, an empty body, not JSON, or an HTTP error.
        ProtocolError: the API reported an error in its JSON body.
    """
    where = f"{fetched.url} (HTTP {fetched.status}, {fetched.content_type or 'no content type'})"
    body = fetched.body
    head = body[:512].lstrip().lower()
    if "html" in fetched.content_type.lower() or head.startswith((b"<!doctype", b"<html")):
        raise InvalidResponse(
            f"{where}: the server answered with an HTML page, not JSON "
            "(an error page or a login page? check the URL)",
            url=fetched.url,
        )
    if not body.strip():
        raise InvalidResponse(f"{where}: empty response body, expected JSON", url=fetched.url)
    try:
        data = loads(body)
    except UnicodeDecodeError as exc:
        msg = f"{where}: the body is not UTF-8 text: {exc}"
        raise InvalidResponse(msg, url=fetched.url) from None
    except ValueError as exc:
        start = body[:60].decode("utf-8", "replace")
        raise InvalidResponse(
            f"{where}: the body is not JSON ({exc}); it starts with {start!r}", url=fetched.url
        ) from None
    message = error_path(data) if error_path is not None and isinstance(data, dict) else None
    if message:
        raise ProtocolError(
            f"{where}: the API reported an error: {str(message)[:300]}", url=fetched.url
        )
    if fetched.status >= 400:
        raise InvalidResponse(f"{where}: HTTP error {fetched.status}", url=fetched.url)
    return data


def link_next(fetched: FetchResult) -> str | None:
    """The ``rel="next"`` target of an HTTP ``Link`` header, or None."""
    header = next((v for k, v in fetched.headers.items() if k.lower() == "link"), None)
    if not header:
        return None
    for link in requests.utils.parse_header_links(header):
        if "next" in str(link.get("rel", "")).split():
            return link.get("url") or None
    return None


class Pager:
    """Where the listing is, what to request next, and when it ends."""

    def __init__(self, url: str, opts: JsonOptions, filters: dict[str, Any]) -> None:
        self.url = url
        self.opts = opts
        self.base = {**opts.params, **filters}
        self.offset = 0
        self.page = opts.first_page
        self.cursor = opts.first_cursor
        self.next_url: str | None = None
        self.seen = SeenIds()  # page URLs and cursors, for loop detection
        self.total: int | None = None
        self.count = 0
        self._next_path = compile_path(opts.next_path) if opts.next_path else None
        self._cursor_path = compile_path(opts.cursor_path) if opts.cursor_path else None
        self._total_path = compile_path(opts.total_path) if opts.total_path else None

    def request(self) -> tuple[str, dict[str, Any] | None]:
        """URL and query parameters of the next request."""
        o = self.opts
        if self.next_url:
            return self.next_url, None
        params = dict(self.base)
        if o.paging == "offset":
            params[o.offset_param] = self.offset
            params[o.limit_param] = o.page_size
        elif o.paging == "page":
            params[o.page_param] = self.page
            params[o.size_param or "size"] = o.page_size
        elif o.paging == "cursor":
            if self.cursor is not None:
                params[o.cursor_param] = self.cursor
            params[o.limit_param] = o.page_size
        elif o.paging == "next" and o.size_param:
            params[o.size_param] = o.page_size
        return self.url, params

    def advance(self, body: Any, fetched: FetchResult, count: int) -> bool:
        """Move past a page of ``count`` records; return True when another page follows."""
        self.seen.add([fetched.url])
        if self._total_path is not None and self.total is None:
            self.total = _as_int(self._total_path(body))
        paging = self.opts.paging
        if paging == "offset":
            self.offset += count
            return count > 0 and (self.total is None or self.offset < self.total)
        if paging == "page":
            self.page += 1
            self.count += count
            return count > 0 and (self.total is None or self.count < self.total)
        if paging == "cursor":
            return self._advance_cursor(body, fetched, count)
        if paging == "next":
            return self._advance_next(body, fetched)
        return False

    def _advance_cursor(self, body: Any, fetched: FetchResult, count: int) -> bool:
        assert self._cursor_path is not None
        nxt = self._cursor_path(body)
        if nxt is None or nxt == "" or count == 0 or nxt == self.cursor:
            return False  # Solr: the same cursor back means the end
        nxt = str(nxt)
        key = f"cursor:{nxt}"
        if key in self.seen:
            raise InvalidResponse(
                f"{fetched.url}: the cursor {nxt[:60]!r} came back after other pages: "
                "a cyclic listing; stopping",
                url=fetched.url,
            )
        self.seen.add([key])
        self.cursor = nxt
        return True

    def _advance_next(self, body: Any, fetched: FetchResult) -> bool:
        found = self._next_path(body) if self._next_path is not None else link_next(fetched)
        if isinstance(found, dict):
            found = found.get("href")
        if not isinstance(found, str) or not found.strip():
            return False
        nxt = urljoin(fetched.url, found.strip())
        if nxt in self.seen or nxt == fetched.url:
            raise InvalidResponse(
                f"{fetched.url}: the next link points back to a page already harvested "
                f"({nxt}): a cyclic listing; stopping",
                url=fetched.url,
            )
        if not self.opts.follow_other_hosts and _host(nxt) != _host(self.url):
            raise InvalidResponse(
                f"{fetched.url}: the next link leads to another host ({nxt}); not followed "
                "(set options.follow_other_hosts = true if that is expected)",
                url=fetched.url,
            )
        self.next_url = nxt
        return True

    def checkpoint(self) -> str:
        """What a resumed run needs to request the next page."""
        return json.dumps(
            {
                "offset": self.offset,
                "page": self.page,
                "count": self.count,
                "cursor": self.cursor,
                "next": self.next_url,
            },
            sort_keys=True,
        )

    def restore(self, checkpoint: str) -> bool:
        """Continue from a checkpoint; False when it is not one of ours."""
        try:
            data = json.loads(checkpoint)
            self.offset = int(data["offset"])
            self.page = int(data["page"])
            self.count = int(data.get("count", 0))
            self.cursor = data["cursor"]
            self.next_url = data["next"]
        except (ValueError, KeyError, TypeError):
            return False
        return True


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _host(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc.lower()


def _kind(value: Any) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


class RecordExtractor:
    """One response body -> raw records (and rejections for items that cannot be records)."""

    def __init__(self, node: NodeConfig, opts: JsonOptions) -> None:
        self.node = node
        self.opts = opts
        self.records_path = compile_path(opts.records_path) if opts.records_path != "@" else None
        self.id_path = compile_path(opts.id_path)
        self.datestamp_path = compile_path(opts.datestamp_path) if opts.datestamp_path else None
        self.deleted_path = compile_path(opts.deleted_path) if opts.deleted_path else None

    def items(self, body: Any, fetched: FetchResult) -> list[Any]:
        """The list of records in a body; InvalidResponse when the records path misses."""
        items = body if self.records_path is None else self.records_path(body)
        if isinstance(items, list):
            return items
        keys = ", ".join(list(body)[:12]) if isinstance(body, dict) else _kind(body)
        if items is None:
            raise InvalidResponse(
                f"{fetched.url}: records path {self.opts.records_path!r} not found in the "
                f"response (top level: {keys}); check options.records_path or the profile",
                url=fetched.url,
            )
        raise InvalidResponse(
            f"{fetched.url}: records path {self.opts.records_path!r} gives {_kind(items)}, "
            "not a list of records",
            url=fetched.url,
        )

    def extract(self, items: list[Any], fetched: FetchResult, page_no: int) -> Page:
        """Turn the items of one page into raw records: each record's id and content hash now
        (:class:`~harvesters.base.KeyedRecords`), its :class:`RawRecord` only if asked for."""
        ids: list[str] = []
        hashes: list[str] = []
        kept: list[dict[str, Any]] = []
        rejected: list[tuple[str, str]] = []
        id_path, deleted_path = self.id_path, self.deleted_path
        for i, obj in enumerate(items, 1):
            if not isinstance(obj, dict):
                where = f"record {i} of page {page_no}"
                rejected.append(("", f"{where} is {_kind(obj)}, not an object: skipped"))
                continue
            sid = id_path(obj)
            if isinstance(sid, int | float) and not isinstance(sid, bool):
                sid = str(sid)
            if not isinstance(sid, str) or not sid.strip():
                where = f"record {i} of page {page_no}"
                rejected.append(
                    ("", f"{where} has no id at {self.opts.id_path!r} (got {sid!r}): skipped")
                )
                continue
            ids.append(sid.strip())
            kept.append(obj)
            deleted = deleted_path is not None and deleted_path(obj)
            hashes.append("deleted" if deleted else content_hash(obj))
        url = fetched.url

        def make(i: int) -> RawRecord:
            return self._raw(kept[i], ids[i], url, hashes[i])

        return Page(records=KeyedRecords(ids, hashes, make), bytes=len(fetched.body),
                    rejected=rejected)  # fmt: skip

    def _raw(self, obj: dict[str, Any], sid: str, url: str, digest: str) -> RawRecord:
        stamp = self.datestamp_path(obj) if self.datestamp_path else None
        deleted = bool(self.deleted_path(obj)) if self.deleted_path else False
        return DeferredPayload.make(dumps_sorted, self.node.id, sid,
                                    str(stamp) if stamp not in (None, "") else None, deleted,
                                    self.node.mapping, url, obj, digest)  # fmt: skip


def _check_repeats(
    ids: tuple[str, ...], previous: tuple[str, ...], listed: SeenIds, page_no: int, url: str
) -> None:
    """Remember a page's ids in ``listed``; stop a listing that goes round in circles (raise
    InvalidResponse)."""
    if not ids:
        return
    if ids == previous:
        raise InvalidResponse(
            f"{url}: page {page_no} repeats the records of page {page_no - 1}: the source "
            "ignores the paging parameters or its next link never ends; stopping",
            url=url,
        )
    if not listed.add(ids):  # remembered here: the caller does not add them again
        raise InvalidResponse(
            f"{url}: page {page_no} only repeats records listed on earlier pages: a cyclic "
            "listing; stopping",
            url=url,
        )


class JsonApiHarvester:
    """Harvests one JSON API node page by page.

    Example::

        h = JsonApiHarvester(node, settings.harvest)
        for page in h.pages(HarvestWindow()):
            ...
        next_from = h.now_datestamp()
    """

    hands_listing = True  # the last page of a complete listing carries every id listed

    def __init__(
        self, node: NodeConfig, settings: HarvestSettings, client: HttpClient | None = None
    ) -> None:
        self.node = node
        self.settings = settings
        self.client = client
        self.warnings: list[str] = []
        self._started = utcnow()

    def now_datestamp(self) -> str:
        """The ``since`` of the next incremental run: this run's start (UTC)."""
        return isoformat_z(self._started)

    def _client(self, opts: JsonOptions) -> HttpClient:
        headers = {"Accept": ACCEPT}  # secrets: the caller's client (harvesters/secrets.py)
        self.client = client_for(self.client, self.settings, headers, opts.max_response_bytes)
        return self.client

    def pages(self, window: HarvestWindow) -> Iterator[Page]:
        """Yield one Page per response, following the node's paging until the end.

        Raises:
            HarvestError: bad options, unreachable endpoint, bad responses, cyclic or
                endless paging (pages yielded before stay committed).
        """
        refused: list[str] = []
        if self.node.source != "config":  # a registered node: the allow-list applies
            found = option_problems("json", self.node.options)
            refused = [p.removeprefix("options.") for p in found]
        opts = json_options(self.node.id, self.node.options, refused)
        client = self._client(opts)
        filters: dict[str, Any] = {}
        if window.since and not window.full and opts.modified_since_param:
            # a plain replacement: a template is data, never a Python format string
            filters[opts.modified_since_param] = opts.modified_since_format.replace(
                "{since}", window.since
            )
        pager = Pager(self.node.url, opts, filters)
        fresh = True
        if window.resume:
            fresh = not pager.restore(window.resume)
            if fresh:
                self.warnings.append(f"checkpoint {window.resume[:80]!r} not understood; restarted")
        limiter = RateLimiter(opts.rate_limit, sleep=client.sleep)
        yield from self._listing(client, opts, pager, limiter, full=not filters and fresh)

    def _listing(
        self,
        client: HttpClient,
        opts: JsonOptions,
        pager: Pager,
        limiter: RateLimiter,
        full: bool,
    ) -> Iterator[Page]:
        extractor = RecordExtractor(self.node, opts)
        error_path = compile_path(opts.error_path) if opts.error_path else None

        def fetch(url: str, params: dict[str, Any] | None, page_no: int) -> _Fetched:
            limiter.wait()
            request = describe_get(url, params)
            with request_context(self.node.id, request):
                fetched = client.get(url, params=params)
            with request_context(self.node.id, request, fetched.status):
                body = decode_json(fetched, error_path)
                items = extractor.items(body, fetched)
                page = extractor.extract(items, fetched, page_no)
            return _Fetched(fetched, body, len(items), page)

        previous: tuple[str, ...] = ()
        listed = SeenIds()  # every id listed so far, 8 bytes each (flat memory)
        clean = True
        with Prefetcher(f"chm-json-{self.node.id}") as ahead:
            ahead.submit(fetch, *pager.request(), 1)
            for page_no in range(1, opts.max_pages + 1):
                got = ahead.result()
                page = got.page
                ids = tuple(record_ids(page.records))
                with request_context(
                    self.node.id, describe_get(got.fetched.url), got.fetched.status
                ):
                    _check_repeats(ids, previous, listed, page_no, got.fetched.url)
                previous = ids
                clean = clean and not page.rejected
                try:
                    with request_context(
                        self.node.id, describe_get(got.fetched.url), got.fetched.status
                    ):
                        more = pager.advance(got.body, got.fetched, got.count)
                except InvalidResponse:
                    yield page  # this page's records are good; the paging is what is broken
                    raise
                page.checkpoint = pager.checkpoint() if more else None
                if not more:
                    page.complete_listing = full and clean and self._count_ok(pager, len(listed))
                    page.listed = listed if page.complete_listing else None
                    yield page
                    return
                if page_no < opts.max_pages:  # fetch the next page while this one is stored
                    ahead.submit(fetch, *pager.request(), page_no + 1)
                yield page
        last = got.fetched
        with request_context(self.node.id, describe_get(last.url), last.status):
            raise InvalidResponse(
                f"{self.node.url}: more than {opts.max_pages} pages; stopping (an endless "
                "listing? raise options.max_pages if the source is that large)",
                url=self.node.url,
            )

    def _count_ok(self, pager: Pager, listed: int) -> bool:
        if pager.total is not None and listed < pager.total:
            self.warnings.append(
                f"the source announced {pager.total} records but listed {listed}; "
                "records missing from this listing were not deleted"
            )
            return False
        return True
