"""The ``IndexBackend`` interface, the query model and its errors.

Error tree::

    IndexBackendError
    ├── RecordNotFound       get() of an id that is not indexed
    ├── BackendUnavailable   the backend cannot be reached / opened
    └── InvalidQuery         the user's query cannot be parsed (HTTP 400, never 500)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from mappings.record import Record

FACET_FIELDS: tuple[str, ...] = (
    "type",
    "country",
    "region",
    "language",
    "concept",
    "node",
    "year",
    "status",
    "publisher_country",
)
"""Fields a query can filter and count on (``status``: a project's completed / ongoing /
planned; ``publisher_country``: the publishing node's country, beside ``country``, the
countries a record is about)."""

SORTS = ("relevance", "date", "-date")


@dataclass(frozen=True)
class SearchQuery:
    """chm's backend-neutral query model.

    - ``text``: the user's query (terms AND-ed, ``"phrases"``, ``prefix*``, ``-exclusion``,
      ``OR``); empty means all records.
    - ``filters``: facet field -> accepted values (OR within a field, AND across fields).
      ``concept`` values are already expanded to their narrower concepts by the caller.
    - ``text_concepts``: concept URIs whose labels appear in ``text`` in some language; a
      record tagged with one of them matches too (cross-language search).
    - ``year_from``/``year_to``: inclusive; ``date_from``/``date_to``: ISO dates, inclusive.
    - ``search_after``: opaque cursor from a previous :class:`SearchResult` (deep paging).
    """

    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    text_concepts: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0
    search_after: str | None = None
    facets: tuple[str, ...] = ("type", "country", "language", "node", "year")
    facet_size: int = 50
    highlight: bool = True
    lang: str = "en"


@dataclass
class Hit:
    """One search result: the stored record plus score and highlighted snippets."""

    id: str
    score: float
    record: dict[str, Any]
    highlights: dict[str, str] = field(default_factory=dict)  # field -> HTML with <mark>


@dataclass
class SearchResult:
    """Total matches, one page of hits, facet counts, and the cursor for the next page."""

    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    next_cursor: str | None = None


class IndexBackendError(Exception):
    """Base of every index error."""


class RecordNotFound(IndexBackendError):
    """No record with this id in the index."""


class BackendUnavailable(IndexBackendError):
    """The backend cannot be reached or opened."""


class InvalidQuery(IndexBackendError):
    """The user's query cannot be parsed; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class IndexBackend(Protocol):
    """A search index. The embedded tantivy backend and Elasticsearch implement it and
    pass one conformance suite (tests/index/contract.py).

    Writes are buffered; :meth:`commit` makes them visible and durable and records
    ``last_seq``, the store change sequence the index has applied (crash catch-up).
    """

    def upsert(self, records: Iterable[Record]) -> int:
        """Add or replace records by id; return how many."""
        ...

    def delete(self, ids: Iterable[str]) -> int:
        """Remove records by id (unknown ids are ignored); return how many were asked."""
        ...

    def commit(self, last_seq: int | None = None) -> None:
        """Make buffered writes visible and durable; remember ``last_seq`` if given."""
        ...

    def last_seq(self) -> int:
        """The store change sequence applied by the last commit (0 for a new index)."""
        ...

    def get(self, record_id: str) -> dict[str, Any]:
        """The indexed record as JSON data; raise :class:`RecordNotFound`."""
        ...

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; raise :class:`InvalidQuery` for a user query that cannot be parsed."""
        ...

    def count(self) -> int:
        """Number of records in the index."""
        ...

    def clear(self) -> None:
        """Remove every record (used by ``chm reindex``); resets ``last_seq`` to 0."""
        ...

    def health(self) -> dict[str, Any]:
        """A small JSON-able status for /healthz."""
        ...

    def close(self) -> None:
        """Release files / connections."""
        ...
