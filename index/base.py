"""The index interfaces (``IndexReader``, ``IndexWriter``), the query model and its errors.

Error tree::

    IndexBackendError
    ├── RecordNotFound       get() of an id that is not indexed
    ├── BackendUnavailable   the backend cannot be reached / opened
    └── InvalidQuery         the user's query cannot be parsed (HTTP 400, never 500)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from mappings.record import Record
from vocabulary.text import STOPWORDS_BY_LANG

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
    "eligible",
)
"""Fields a query can filter and count on (``status``: a project's completed / ongoing /
planned; ``publisher_country``: the publishing node's country, beside ``country``, the
countries a record is about; ``eligible``: the countries an offer is open to, ``all`` when it
is open to every country; search's ``eligible_for=GH`` filters on ``GH`` or ``all``)."""

SORTS = ("relevance", "date", "-date")


@dataclass(frozen=True)
class SearchQuery:
    """chm's backend-neutral query model.

    - ``text``: the user's query (terms AND-ed, ``"phrases"``, ``prefix*``, ``-exclusion``,
      ``OR``); empty means all records.
    - ``filters``: facet field -> accepted values (OR within a field, AND across fields).
      ``concept`` values are already expanded to their narrower concepts by the caller
      (backends also index every concept with its broader ones, see ``concept_ancestors``).
    - ``expander``: what query words mean beyond their text (concepts in any language,
      record types, regions, countries): an :class:`index.query.Expander`, usually the
      vocabulary's. Both backends hand it to the one shared parse
      (:func:`index.query.parse_text`); None searches text only.
    - ``year_from``/``year_to``: inclusive; ``date_from``/``date_to``: ISO dates, inclusive.
    - ``search_after``: opaque cursor from a previous :class:`SearchResult` (deep paging).
    """

    text: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    expander: Any = field(default=None, compare=False, repr=False)
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
    """The user's query cannot be parsed; ``reason`` says why in plain words (English).

    ``code`` and ``params`` let a page say the same in the reader's language
    (``search_api.i18n.error_message``); an empty code falls back to ``reason``.
    """

    def __init__(self, reason: str, code: str = "", **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code
        self.params = params


ConceptAncestors = Callable[[str], Iterable[str]]
"""A concept URI -> that concept and every broader one (``Vocabulary.broader_closure``)."""


FIELD_STOPWORDS: dict[str, tuple[str, ...]] = {
    lang: tuple(sorted(STOPWORDS_BY_LANG[lang] | set(extra)))
    for lang, extra in (
        ("en", ("can", "does", "several", "many")),
        ("fr", ("mais", "entre", "moins")),
        ("es", ("como", "entre", "cuyo", "cuya", "cuyos", "cuyas", "hay", "están", "menos",
                "más", "mas", "son", "sea", "sean")),
    )
}  # fmt: skip
"""Words left out of each language's stemmed text (every backend, before accents are folded):
the query's stop words (``vocabulary.text``) and the function words whose stem is a content
word's. Indexed, Spanish *para* was the stem ``par`` of *páramos* (251 records for 2 about
páramos), *como* the ``com`` of *comida* (118 for 8), French *mais* the ``mais`` of *maïs*,
*entre* the ``entre`` of *entrée* (in French text, and in Spanish text, where a French query
word is looked for too, stemmed as Spanish), English *can* the ``can`` of *cans* and *does*
the ``doe`` of *doe*; Spanish *cuyo* (whose) the ``cuy`` of *cuyes* (guinea pigs), *hay*
the ``hay`` of *hayas* (beeches), *están* the ``estan`` of *estaño* (tin), *menos* the
``men`` of *menas* (ores), *más* the ``mas`` of *masa*, *son* (are) the ``son`` of
*sonar* and of English *son*, *sea* and *sean* (be) the ``sea`` of English *sea* (an English
query word is looked for in Spanish text too), French *moins* the ``moin`` of
*moines*, English *several* the ``sever`` of *severe* and *many* the ``mani`` of *Manis*
(pangolins): found by stemming the function words of the three languages with the index's
own stemmers and looking their stems up among the lexicon's words. Positions stay where
they were: a phrase still matches the words around a left-out one."""

FIELD_STOP_SETS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in FIELD_STOPWORDS.items()}
""":data:`FIELD_STOPWORDS` as sets, for membership tests (highlights, the lexicon's accented
variants of a typed stop word)."""

TIE_BITS = 40
"""Bits of the id hash that orders records of the same date in a date sort (every backend)."""


def tie_key(record_id: str) -> int:
    """The order of records of the same date in a date sort, on every backend: a 40-bit
    hash of the id (ascending with ``date``, descending with ``-date``), so a page of a
    date-sorted search holds the same records whatever the backend."""
    digest = hashlib.blake2b(record_id.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ((1 << TIE_BITS) - 1)


def record_names(record: Any) -> list[str]:
    """What a record's ``names`` field holds in every backend: its creators, its publisher
    and its identifiers (a search for an author, an organisation, a DOI or a handle finds
    the record); ``record`` is a :class:`~mappings.record.Record` or its JSON data."""
    if isinstance(record, dict):
        creators, publisher = record.get("creators") or (), record.get("publisher")
        identifiers = record.get("identifiers") or ()
    else:  # a Record, as each indexed record is: its fields read directly
        creators, publisher, identifiers = record.creators, record.publisher, record.identifiers
    return [n for n in (*creators, publisher, *identifiers) if n]


def indexed_concepts(
    concepts: Iterable[str], ancestors: ConceptAncestors | None = None
) -> list[str]:
    """The values a record puts in the ``concept`` keyword field: its concepts and, with a
    vocabulary, every broader concept. Then the concept facet counts a record under each
    ancestor, exactly as the concept filter (narrower concepts included) finds it: a
    parent never counts less than its child and a count equals the filtered total."""
    out: dict[str, None] = {}
    for uri in concepts:
        if not uri or uri in out:
            # already there as a broader concept of an earlier one: so are its own ancestors
            # (a closure includes every ancestor's ancestors); enriched records list most of
            # their concepts' ancestors among their concepts
            continue
        out[uri] = None
        if ancestors is not None:
            out.update(dict.fromkeys(ancestors(uri)))
    return list(out)


class IndexReader(Protocol):
    """What search needs from an index: the API, the pages, exports, the OAI provider's sets.

    Searches never need the writer (DESIGN: one indexer at a time holds it).
    """

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; raise :class:`InvalidQuery` for a user query that cannot be parsed."""
        ...

    def get(self, record_id: str) -> dict[str, Any]:
        """The indexed record as JSON data; raise :class:`RecordNotFound`."""
        ...

    def count(self) -> int:
        """Number of records in the index."""
        ...

    def health(self) -> dict[str, Any]:
        """A small JSON-able status for /healthz."""
        ...

    def close(self) -> None:
        """Release files / connections."""
        ...


class IndexWriter(Protocol):
    """What the pipeline needs from an index: it follows the store's change sequence.

    Writes are buffered; :meth:`commit` makes them visible and durable and records
    ``last_seq``, the store change sequence the index has applied (crash catch-up).

    ``concept_ancestors`` (set before the first write; None: concepts as tagged) makes the
    index hold every broader concept of a record's concepts (:func:`indexed_concepts`).
    A vocabulary change then needs ``chm reindex``, as enrichment does.

    ``page_out_reads`` (set by a process that writes and never searches, ``chm harvest``)
    asks a backend that maps index files into the process (tantivy) to give back the pages
    its commits read; backends with nothing mapped here ignore it.
    """

    concept_ancestors: ConceptAncestors | None
    page_out_reads: bool

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

    def writer_lease(self) -> str | None:
        """The name of the store lease that guards this index's writer (one writing process at
        a time); None for an index no other process can open (in memory)."""
        ...

    def apply_changes(self, changes: Sequence[tuple[int, str, Record | None]]) -> int:
        """Write store changes ``(sequence, record id, record or None for a deletion)``, not
        committed, in sequence order; return how many. The changes of one call never share an
        id. Backends with external versions use the sequence as the version."""
        ...

    def refresh(self) -> None:
        """See what another process committed (re-read ``last_seq``); a no-op where
        :meth:`last_seq` always asks the server."""
        ...

    def rollback(self) -> None:
        """Drop the writes since the last commit, where the backend buffers them (tantivy);
        a no-op where every write is already sent and versioned (Elasticsearch, OpenSearch)."""
        ...

    def rebuild(self, fill: Callable[[], int], catch_up: Callable[[], object]) -> int:
        """Replace every record with what ``fill`` writes (it upserts and commits; returns how
        many); ``catch_up`` then applies the store's changes made meanwhile. Each backend does
        it its own way: tantivy empties itself first, Elasticsearch fills a new versioned
        index and swaps its alias with no downtime. Returns ``fill``'s count."""
        ...

    def close(self) -> None:
        """Release files / connections."""
        ...


class IndexBackend(IndexReader, IndexWriter, Protocol):
    """Both sides: what a backend class implements and :func:`index.registry.open_backend`
    returns. The embedded tantivy backend and Elasticsearch pass one conformance suite
    (tests/index/contract.py). Code that only searches takes an :class:`IndexReader`, code
    that only writes an :class:`IndexWriter`.
    """
