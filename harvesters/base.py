"""What every harvester yields, and the errors a harvest can end with.

Error tree::

    HarvestError                 the run fails; nothing stored is lost
    ├── EndpointUnreachable      connection refused, DNS, timeouts after retries
    ├── InvalidResponse          not XML / not JSON / an HTML page / over the size limit
    └── ProtocolError            the endpoint answered with a protocol error (OAI error codes)

Every error raised while a request is made or its answer read says which node, which request
(OAI verb and arguments, resumption token included; else ``GET`` and the URL) and which HTTP
status came back (``no HTTP response`` when none did), in that order, before what went wrong::

    node 'fr-chm', ListRecords resumptionToken=p2, HTTP 422: OAI-PMH error badResumptionToken: ...

Harvesters make every request inside :func:`request_context`, which adds these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, overload

from mappings.base import RawRecord

if TYPE_CHECKING:
    pass


@dataclass
class Page:
    """One page of a listing: stored in one transaction.

    ``checkpoint`` is what a resumed run needs to continue *after* this page
    (a resumption token, a cursor, a next URL); None when the listing is complete.
    ``complete_listing`` is True only on the last page of a full, unfiltered listing,
    which is what makes deletion detection by absence safe.
    """

    records: Sequence[RawRecord]  # a list, or KeyedRecords (no object per unchanged record)
    checkpoint: str | None = None
    bytes: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (source_id, message)
    complete_listing: bool = False
    # on the last page of a complete listing, from a harvester that says ``hands_listing =
    # True``: every id the listing showed (a harvesters.seen.SeenIds), which the pipeline then
    # does not keep a second time
    listed: Any = None


class KeyedRecords(Sequence[RawRecord]):
    """A page's records as columns: every record's source id and the hash the pipeline
    compares with the stored one (``"deleted"`` for a deletion), and each :class:`RawRecord`
    made only when it is asked for (``make(i)``, a new object each time). The pipeline reads
    ``ids`` and ``hashes`` of a whole page and makes objects only for the records that
    changed: an unchanged page costs no object per record.

    Example::

        records = KeyedRecords(["a", "b"], ["9f1c", "deleted"], make)
        records.ids, len(records), records[1].source_id   # ["a", "b"], 2, "b"
    """

    def __init__(self, ids: list[str], hashes: list[str], make: Callable[[int], RawRecord]) -> None:
        self.ids = ids
        self.hashes = hashes
        self._make = make

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, i: int) -> RawRecord: ...

    @overload
    def __getitem__(self, i: slice) -> list[RawRecord]: ...

    def __getitem__(self, i: int | slice) -> RawRecord | list[RawRecord]:
        if isinstance(i, slice):
            return [self._make(j) for j in range(*i.indices(len(self.ids)))]
        if i < 0:
            i += len(self.ids)
        if not 0 <= i < len(self.ids):
            raise IndexError(i)
        return self._make(i)

    def __iter__(self) -> Iterator[RawRecord]:
        return map(self._make, range(len(self.ids)))

    def release(self) -> None:
        """Let the parsed records go (the ids and hashes stay): once the pipeline has made the
        records that changed, the page's parsed JSON is freed while the page waits to be
        committed, so fewer pages are alive for each garbage collection to walk."""
        self._make = _released


def _released(i: int) -> RawRecord:
    raise RuntimeError("the records of this page were released after classification")


def record_ids(records: Sequence[RawRecord]) -> list[str]:
    """The source ids of a page's records (read from the column of :class:`KeyedRecords`)."""
    if isinstance(records, KeyedRecords):
        return records.ids
    return [r.source_id for r in records]


@dataclass(frozen=True)
class HarvestWindow:
    """What to ask the source for: an incremental window and/or a resume point."""

    since: str | None = None  # datestamp in the source's granularity, or None for a full harvest
    resume: str | None = None  # checkpoint of an interrupted run
    full: bool = False


class Harvester(Protocol):
    """Yields pages of raw records for one node.

    Example::

        for page in OaiPmhHarvester(node).pages(HarvestWindow(since="2024-01-01")):
            store.records.commit_page(page)

    A harvester whose pages can never carry ``complete_listing`` says so with a class
    attribute ``complete_listings = False``: the pipeline then does not remember every listed
    id for deletion by absence (it assumes True when the attribute is missing). One that
    remembers them itself says ``hands_listing = True`` and puts them on the last page of a
    complete listing (``Page.listed``), so the pipeline does not remember them a second time.
    """

    def pages(self, window: HarvestWindow) -> Iterator[Page]:
        """Yield pages in order; raise :class:`HarvestError` when the run cannot go on."""
        ...

    def now_datestamp(self) -> str:
        """The ``from`` value the *next* incremental run should use if this one succeeds."""
        ...


class HarvestError(Exception):
    """A harvest run cannot go on. ``kind`` is shown to operators."""

    kind = "error"

    def __init__(
        self,
        message: str,
        *,
        node_id: str | None = None,
        url: str | None = None,
        request: str | None = None,
        status: int | None = None,
    ):
        super().__init__(message)
        self.message = message
        self.node_id = node_id
        self.url = url
        self.request = request  # "ListRecords resumptionToken=…" or "GET http://…"
        self.status = status  # the HTTP status answered; None when no answer came

    def __str__(self) -> str:
        if self.request is None:
            return self.message
        status = f"HTTP {self.status}" if self.status is not None else "no HTTP response"
        return f"node '{self.node_id}', {self.request}, {status}: {self.message}"


@contextmanager
def request_context(node_id: str, request: str, status: int | None = None) -> Iterator[None]:
    """Name the node, the request and the HTTP status in any HarvestError raised inside
    (what the error already says is kept).

    Example::

        with request_context(node.id, "ListRecords resumptionToken=p2", fetched.status):
            root = parse_oai(fetched)
    """
    try:
        yield
    except HarvestError as exc:
        exc.node_id = exc.node_id or node_id
        exc.request = exc.request or request
        exc.status = status if exc.status is None else exc.status
        raise


def describe_get(url: str, params: dict[str, Any] | None = None) -> str:
    """``GET http://host/path?a=1`` (the URL as it is sent)."""
    if params:
        import requests

        url = requests.Request("GET", url, params=params).prepare().url or url
    return f"GET {url}"


class EndpointUnreachable(HarvestError):
    """The endpoint could not be reached (refused, DNS, timeouts after retries)."""

    kind = "unreachable"


class InvalidResponse(HarvestError):
    """The endpoint answered with something that is not a valid protocol response."""

    kind = "invalid-response"


class ProtocolError(HarvestError):
    """The endpoint answered with a protocol-level error (e.g. an OAI-PMH error code)."""

    kind = "protocol-error"

    def __init__(self, message: str, *, code: str = "", **kw: Any) -> None:
        super().__init__(message, **kw)
        self.code = code
