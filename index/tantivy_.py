"""The embedded search backend (default): a tantivy index in a local directory, no server.

Data flow: the store feeds mapped :class:`~mappings.record.Record` objects to
:meth:`TantivyIndex.upsert`; ``search_api`` and the CLI call :meth:`TantivyIndex.search`.
The index is derived data: it can always be rebuilt from the store (``chm reindex``), and it
remembers the store change sequence it has applied (``last_seq``) in ``chm_state.json`` inside
the index directory, so a crashed or new index catches up from the store alone.

Schema (version :data:`SCHEMA_VERSION`; an index built with another version is wiped and
rebuilt empty, ``last_seq`` 0, so the caller's catch-up re-indexes everything):

- ``id`` (raw), ``doc`` (the record's JSON, stored only: hits need no store round-trip);
- ``text_en``/``text_fr``/``text_es`` (language analysers: lowercase, ASCII folding, stemming)
  and ``text_other`` (folding only) hold titles and descriptions by their language tag;
- ``title_all`` (every title, folded, boosted) and ``subjects`` (folded);
- ``names`` (folded: creators, publisher and identifiers, whatever the record's language:
  ``Fedorov``, ``UNEP``, ``10.5281/zenodo.20645683``, ``hdl:1765/1154`` are searched);
- keyword fields ``type``, ``country``, ``region``, ``language``, ``concept``
  (``concepts`` + ``concepts_inferred``), ``node``, ``status``, ``publisher_country``,
  ``eligible`` (ISO codes an offer is open to, or ``all``) and integer ``year`` for filters
  and facets;
- ``date_sort`` (yyyymmdd, missing month/day filled with 01) for date ranges, and
  ``sort_asc``/``sort_desc`` (date ordinal << 40 | 40-bit hash of the id) for date sorting and
  cursors; undated records sort last in both directions. These three are fast columns only
  (tantivy runs a range query on a fast field's column, never its terms).

Cursors: for date sorts the cursor holds the last sort key and the ids already returned with
that key (exact, however deep); for relevance it holds an offset (cheap, but a page can shift
if the index changes between requests).

tantivy pitfalls handled here (DESIGN.md): custom analysers are registered on every open;
user text never reaches tantivy's query parser (it ORs terms and silently ignores ``abc*``):
:mod:`index.query` parses it and this module builds term, phrase and regex-prefix queries,
analysing each word the way each field does; writes are buffered in one ``IndexWriter`` and
made visible only by :meth:`TantivyIndex.commit`, which callers should call in large batches.

A server warms its handle up (:meth:`TantivyIndex.start_warming`, called at ``chm serve``'s
start-up): the committed segments' files are read once into the page cache, in a background
thread, at start-up and after every reload, so no reader's first query waits for the disk.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import json
import logging
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain
from pathlib import Path
from typing import Any

import orjson
import tantivy
from tantivy import Occur, Query

from index.base import (
    FIELD_STOP_SETS,
    FIELD_STOPWORDS,
    TIE_BITS,
    BackendUnavailable,
    ConceptAncestors,
    Hit,
    InvalidQuery,
    RecordNotFound,
    SearchQuery,
    SearchResult,
    indexed_concepts,
    record_names,
    tie_key,
)
from index.query import (
    BAD_CURSOR,
    Item,
    ParsedText,
    check_query,
    date_bounds,
    date_int,
    decode_cursor,
    encode_cursor,
    fold_lang,
    loose_phrase,
    loose_segments,
    parse_text,
    query_date,
    with_cognates,
)
from index.resident import PageOutWhile
from mappings.record import Record

log = logging.getLogger(__name__)

SCHEMA_VERSION = 9
"""2: the ``concept`` field holds broader concepts too (facet counts equal filtered totals);
3: ``status`` and ``publisher_country`` keyword fields; 4: ``eligible`` keyword field;
5: ``id`` not stored, ``id`` and keyword postings without positions, ``date_sort`` and
the sort keys in fast columns only (the same search results, less to write); 6: ``names``
(creators, publisher, identifiers) searched; 7: each language's stop words left out of its
stemmed field (:data:`~index.base.FIELD_STOPWORDS`); 8: English *does* and Spanish *entre*
among them; 9: Spanish *cuyo*, *hay*, *están*, *menos*, *más*, *son*, *sea*, French
*moins*, English *several* and *many* too."""
STATE_FILE = "chm_state.json"
WRITER_HEAP = 64_000_000  # split across indexing threads; a full buffer flushes a segment
HARVEST_WRITER_THREADS = 1
"""Indexing threads of a harvest process's writer (:attr:`TantivyIndex.writer_threads`)."""
MAX_TOKEN_CHARS = 64
HASH_BITS = TIE_BITS
UNDATED_ORDINAL = (1 << 22) - 1  # above date(9999, 12, 31).toordinal()
SNIPPET_CHARS = 240
NAMES_JOINER = " · "
"""Between a hit's creators, publisher and identifiers in its ``names`` highlight."""
ROOTS_MEMO_MAX = 10_000
MAX_GAP_PHRASES = 27
"""Exact phrases at most for one translation whose articles and *of* words come and go
(:meth:`QueryBuilder.runs_query`: three places of one word left out each)."""
WORD_MEMO_MAX = 20_000
ANCESTOR_MEMO_MAX = 50_000  # concepts whose broader concepts the writer remembers
WARM_FILES = ("fast", "fieldnorm", "term", "idx", "pos", "store")
"""Segment files a warm-up reads, in this order: fast fields (facets, date sorts), norms
(scores), term dictionaries, postings, positions, then the stored records of the hits."""
WARM_MAX_BYTES = 2 << 30
"""At most this much of the index is read by one warm-up (the kernel's page cache, not this
process's memory: clean pages it gives back under pressure); the rest is read on demand."""
WARM_CHUNK = 1 << 20
ADDED_BITS = 1 << 25
"""Size of the bitmap of ids a writer added to an index it found empty (4 MB, allocated only
then): an upsert of an id whose bit is clear is known new and skips its delete-by-id (~11 of
the ~170 CPU-µs of indexing a record at 20,000 records; bench/README.md, issue 20). An id
whose bit an earlier id set is deleted as before (~1.5% of a 1,000,000-record build)."""

STEMMERS = {"en": "english", "fr": "french", "es": "spanish"}
"""Languages with their own stemmed field ``text_<lang>``; every other language goes to
``text_other``. Adding one changes the schema: bump :data:`SCHEMA_VERSION`."""

TEXT_FIELDS: dict[str, tuple[str, float]] = {
    **{f"text_{lang}": (lang, 1.0) for lang in STEMMERS},
    "text_other": ("fold", 1.0),
    "title_all": ("fold", 2.0),
    "subjects": ("fold", 1.5),
    "names": ("fold", 1.0),
}
"""Full-text field -> (analyser key, boost). A word matches if any field matches it."""

KEYWORD_FIELDS = (
    "type", "country", "region", "language", "concept", "node", "status", "publisher_country",
    "eligible",
)  # fmt: skip
TIE_BREAKER = 0.2
ALSO_SCORE = 1.0
"""Score of a match through what a word means (a concept, type, region, country) rather than
through its text; text matches add their BM25 score on top."""
TRANSLATION_WEIGHT = 0.5
"""A match through a word's translation (:attr:`Item.translations`) scores this share of the
same match through the word itself."""
TRANSLATION_FIELDS = ("text_other", "subjects")
"""Besides the stemmed field of its language, a translation is looked for in the text of
records whose language is not known and in their subjects (both folded, any language)."""


def build_analyzer(lang: str, stop: bool = True) -> tantivy.TextAnalyzer:
    """The analyser for a key of :data:`STEMMERS` (stemmed, the language's
    :data:`~index.base.FIELD_STOPWORDS` left out before accents are folded, unless not
    ``stop``) or ``"fold"`` (unstemmed, every word kept)."""
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS))
        .filter(tantivy.Filter.lowercase())
    )
    if lang in STEMMERS and stop:
        builder = builder.filter(tantivy.Filter.custom_stopword(list(FIELD_STOPWORDS[lang])))
    builder = builder.filter(tantivy.Filter.ascii_fold())
    if lang in STEMMERS:
        builder = builder.filter(tantivy.Filter.stemmer(STEMMERS[lang]))
    return builder.build()


class PerThreadAnalyzers(Mapping[str, tantivy.TextAnalyzer]):
    """Analysers by key, each thread with its own (built on its first use there).

    A tantivy ``TextAnalyzer`` is a Rust object that ``analyze`` borrows mutably while it
    turns the tokens into Python strings, and Python can switch threads meanwhile: another
    thread analysing with the same object then fails with *Already borrowed* (seen in a
    search's highlights beside the warm-up's queries; a threaded server's two requests can
    meet the same way). Building an analyser takes microseconds; a thread keeps its own."""

    def __init__(
        self,
        build: Callable[[str], tantivy.TextAnalyzer],
        keys: Sequence[str],
        local: threading.local | None = None,
    ) -> None:
        self._build = build
        self._keys = tuple(keys)
        self._local = threading.local() if local is None else local

    def __getitem__(self, key: str) -> tantivy.TextAnalyzer:
        if key not in self._keys:
            raise KeyError(key)
        own: dict[str, tantivy.TextAnalyzer] | None = getattr(self._local, "analyzers", None)
        if own is None:
            own = self._local.analyzers = {}
        got = own.get(key)
        if got is None:
            got = own[key] = self._build(key)
        return got

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def only(self, keys: Iterable[str]) -> PerThreadAnalyzers:
        """The same analysers (the same per-thread objects), for ``keys`` only."""
        wanted = set(keys)
        return PerThreadAnalyzers(self._build, [k for k in self._keys if k in wanted], self._local)


ANALYZERS = PerThreadAnalyzers(build_analyzer, (*STEMMERS, "fold"))
STEM_ONLY = PerThreadAnalyzers(lambda lang: build_analyzer(lang, False), tuple(STEMMERS))
"""The stemmed analysers with every word kept: token for token the stems of the folded words,
for the highlights (:func:`stem_tokens`), which leave a stop word unmarked themselves."""


def build_schema() -> tantivy.Schema:
    """The index schema (see the module docstring)."""
    sb = tantivy.SchemaBuilder()
    # Only what a search reads is written (schema 5): the record comes back from ``doc``
    # (``id`` is not stored again); ``id`` and the keyword fields are asked by term and
    # scored as constants, so their postings hold document ids only (no frequencies or
    # positions); ``date_sort`` and the sort keys are read only by range queries and sorts,
    # which tantivy runs on the fast columns of fast fields: they are not in the inverted
    # index (the sort keys were two distinct terms per record).
    sb.add_text_field("id", tokenizer_name="raw", index_option="basic")
    sb.add_bytes_field("doc", stored=True)
    for name, (key, _boost) in TEXT_FIELDS.items():
        sb.add_text_field(name, tokenizer_name=f"chm_{key}")
    for name in KEYWORD_FIELDS:
        sb.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("year", indexed=True, fast=True)  # a year filter asks terms
    sb.add_integer_field("date_sort", fast=True)
    sb.add_unsigned_field("sort_asc", fast=True)
    sb.add_unsigned_field("sort_desc", fast=True)
    return sb.build()


_LANG_FIELDS: dict[str, str] = {}


def lang_field(tag: str) -> str:
    """The full-text field for a language tag: ``"fr-CA"`` -> ``text_fr`` (remembered)."""
    got = _LANG_FIELDS.get(tag)
    if got is None:
        lang = fold_lang(tag)
        got = f"text_{lang}" if lang in STEMMERS else "text_other"
        if len(_LANG_FIELDS) < 10_000:
            _LANG_FIELDS[tag] = got
    return got


def sort_keys(record: Record, bounds: tuple[dt.date, dt.date] | None) -> tuple[int, int]:
    """``(sort_asc, sort_desc)`` keys: date ordinal << 40 | id hash; undated sorts last.
    ``bounds``: ``date_bounds(record.date)`` (None when the record has no usable date)."""
    tie = tie_key(record.id)
    if bounds is None:
        return (UNDATED_ORDINAL << HASH_BITS) | tie, tie
    key = (bounds[0].toordinal() << HASH_BITS) | tie
    return key, key


_DATE_KEYS: dict[str | None, tuple[int | None, int | None, int]] = {}
DATE_KEYS_MAX = 100_000
"""Record dates whose index values :func:`record_fields` remembers (dates repeat: days)."""


def _date_keys(record: Record) -> tuple[int | None, int | None, int]:
    """``(year, date_sort, date part of the sort key)`` of the record's date, remembered per
    date string: ``record.year``, ``date_int`` of the first day of ``date_bounds`` and its
    ordinal << :data:`HASH_BITS` (undated: :data:`UNDATED_ORDINAL`), as :func:`sort_keys`."""
    date = record.date
    got = _DATE_KEYS.get(date)
    if got is None:
        bounds = date_bounds(date) if date else None
        if bounds is None:
            got = (record.year, None, UNDATED_ORDINAL << HASH_BITS)
        else:
            got = (record.year, date_int(bounds[0]), bounds[0].toordinal() << HASH_BITS)
        if len(_DATE_KEYS) >= DATE_KEYS_MAX:
            _DATE_KEYS.clear()
        _DATE_KEYS[date] = got
    return got


def record_fields(record: Record, ancestors: ConceptAncestors | None = None) -> dict[str, Any]:
    """The values indexed for one record, by field (``tantivy.Document.from_dict`` input);
    ``ancestors`` adds every broader concept to ``concept`` (:func:`indexed_concepts`).
    Fields that hold one value at most (``id``, ``doc``, ``type``, ``node``, ``status``,
    ``publisher_country``, ``year``, ``date_sort``, the sort keys) get it bare, not in a
    list: the same document, and a fifth cheaper for ``from_dict`` to read.

    Written for speed (it runs once per indexed record; the values are property-tested
    equal to the plain construction in ``tests/index/test_record_fields.py``): language
    fields and dates remembered, the concept field from :class:`AncestorMemo` when given
    one, no intermediate containers."""
    fields: dict[str, Any] = {"id": record.id, "doc": record.to_json().encode()}
    title = record.title
    for tag, text in chain(title.items(), record.description.items()):
        name = _LANG_FIELDS.get(tag) or lang_field(tag)
        got = fields.get(name)
        if got is None:
            fields[name] = [text]
        else:
            got.append(text)
    if title:
        fields["title_all"] = list(title.values())
    if record.subjects:
        fields["subjects"] = record.subjects
    names = record_names(record)
    if names:
        fields["names"] = names
    if record.type:
        fields["type"] = record.type
    for name, values in (("country", record.countries), ("region", record.regions),
                         ("language", record.languages)):  # fmt: skip
        if values:
            kept = [v for v in values if v]
            if kept:
                fields[name] = kept
    concepts, inferred = record.concepts, record.concepts_inferred
    if concepts or inferred:
        indexed = getattr(ancestors, "indexed", None)
        if indexed is not None:
            values = indexed(concepts, inferred)
        else:
            values = indexed_concepts([*concepts, *inferred], ancestors)
        kept = [v for v in values if v]
        if kept:
            fields["concept"] = kept
    if record.node:
        fields["node"] = record.node
    if record.status:
        fields["status"] = record.status
    if record.publisher_country:
        fields["publisher_country"] = record.publisher_country
    eligible = getattr(record, "eligible", None)
    if eligible:
        kept = [v for v in eligible if v]
        if kept:
            fields["eligible"] = kept
    year, date_sort, date_key = _date_keys(record)
    if year is not None:
        fields["year"] = year
    if date_sort is not None:
        fields["date_sort"] = date_sort
    tie = tie_key(record.id)
    fields["sort_asc"] = date_key | tie
    fields["sort_desc"] = tie if date_sort is None else date_key | tie  # undated: last
    return fields


def segment_files(path: Path, meta: bytes) -> list[Path]:
    """The files of the segments a commit names (``meta``: the bytes of its ``meta.json``),
    in :data:`WARM_FILES` order, largest segments first within a kind."""
    try:
        segments = json.loads(meta or b"{}").get("segments", [])
        ids = {str(seg["segment_id"]).replace("-", ""): int(seg.get("max_doc", 0))
               for seg in segments}  # fmt: skip
    except (ValueError, TypeError, KeyError, AttributeError):
        return []
    rank = {ext: i for i, ext in enumerate(WARM_FILES)}
    found: list[tuple[int, int, Path]] = []
    try:
        children = list(path.iterdir())
    except OSError:
        return []
    for child in children:
        stem, _, ext = child.name.partition(".")
        if stem in ids and ext in rank:
            found.append((rank[ext], -ids[stem], child))
    return [f for _r, _d, f in sorted(found)]


class AncestorMemo:
    """A concept's ancestors (``source``, the vocabulary's), remembered per concept, and the
    ``concept`` field of a record built from them (:meth:`indexed`): what
    :func:`~index.base.indexed_concepts` builds, in the same order, with each concept's
    values kept ready as one dict. At most :data:`ANCESTOR_MEMO_MAX` concepts (concepts
    harvested from the sources too: a run's memory must not grow with how many there are)."""

    def __init__(self, source: ConceptAncestors) -> None:
        self.source = source
        self._memo: dict[str, Iterable[str]] = {}
        self._values: dict[str, dict[str, None]] = {}

    def __call__(self, uri: str) -> Iterable[str]:
        got = self._memo.get(uri)
        if got is None:
            if len(self._memo) >= ANCESTOR_MEMO_MAX:
                self._memo.clear()
                self._values.clear()
            got = self._memo[uri] = self.source(uri)
        return got

    def __len__(self) -> int:
        return len(self._memo)

    def indexed(self, concepts: Iterable[str], inferred: Iterable[str]) -> list[str]:
        """``indexed_concepts([*concepts, *inferred], self)``."""
        out: dict[str, None] = {}
        values = self._values
        for part in (concepts, inferred):
            for uri in part:
                if not uri or uri in out:
                    continue  # there as a broader concept of an earlier one: so are its own
                got = values.get(uri)
                if got is None:
                    got = {uri: None}
                    got.update(dict.fromkeys(self(uri)))
                    values[uri] = got
                out.update(got)
        return list(out)


COUNTS_MEMO_MAX = 1_024
"""Queries whose total and facet counts a :class:`TantivyIndex` remembers per searcher."""

CountsKey = tuple[Any, ...]
Counts = tuple[int, dict[str, list[tuple[str, int]]]]


def counts_key(
    query: SearchQuery, parsed: ParsedText, ancestors: ConceptAncestors | None = None
) -> CountsKey:
    """What a query's total and facet counts depend on: the parsed text (with what each
    word means), the filters (their values as a set: OR within a field), the ranges, the
    facets asked for and the concept hierarchy in use; not the page, sort, cursor,
    highlights or reader's language."""
    filters = tuple(sorted(
        (name, tuple(sorted({str(v) for v in values})))
        for name, values in query.filters.items() if values
    ))  # fmt: skip
    return (parsed, filters, query.year_from, query.year_to, query.date_from, query.date_to,
            tuple(query.facets), query.facet_size, id(ancestors))  # fmt: skip


class CountsCache:
    """Totals and facet counts of recent queries, valid for one searcher generation.

    The next page of a result, a query asked again (the search page asks the same query
    once per page, per sort and per export) skip the facet aggregation, which walks every
    matching document a second time, and the count. Entries belong to the generation they
    were counted at: :meth:`reset` (at every reload of the searcher) forgets them all, and
    a count finished after a reload is not kept. Least recently used entries go first.
    """

    def __init__(self, size: int = COUNTS_MEMO_MAX) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._generation = 0
        self._entries: OrderedDict[CountsKey, Counts] = OrderedDict()

    def get(self, generation: int, key: CountsKey) -> Counts | None:
        """The counts of ``key`` at ``generation``, or None."""
        with self._lock:
            if generation != self._generation:
                return None
            got = self._entries.get(key)
            if got is not None:
                self._entries.move_to_end(key)
            return got

    def put(
        self,
        generation: int,
        key: CountsKey,
        total: int,
        facets: dict[str, list[tuple[str, int]]],
    ) -> None:
        """Remember counts made at ``generation`` (dropped if a reload came since)."""
        with self._lock:
            if generation != self._generation or self.size <= 0:
                return
            self._entries[key] = (total, {k: list(v) for k, v in facets.items()})
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def reset(self, generation: int) -> None:
        """A new searcher: forget every entry; accept only counts of ``generation``."""
        with self._lock:
            self._generation = generation
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class TantivyIndex:
    """:class:`~index.base.IndexBackend` on an embedded tantivy index.

    Args:
        path: the index directory (created if missing); None for a throw-away in-memory
            index (tests), which cannot be reopened.
        release_writer: after each commit, wait for background merges and release the
            writer lock, so another process (``chm harvest`` beside ``chm serve``) can write
            between commits. False keeps the writer (and the lock) until :meth:`close`.

    Raises:
        BackendUnavailable: the directory cannot be created or opened.
    """

    supports_reopen = True
    concept_ancestors: ConceptAncestors | None = None
    page_out_reads = False
    """Give back the pages of index files read while committing (segment merges read whole
    segments through mmap; :mod:`index.resident`), so a long harvest's memory does not grow
    with the index. For processes that write and do not search (``chm harvest``): the pages
    leave the page cache too, and a search would read them from disk again."""

    writer_threads = 0
    """Indexing threads of the writer (0: tantivy's choice, one per core). ``chm harvest``
    writes with one (:data:`HARVEST_WRITER_THREADS`): its mapping workers keep the cores
    busy, so a second thread adds no speed, only segments. Each thread fills a segment of its
    own, so one thread halves the segments a commit makes and the merges they start (a
    100,000-record harvest committing every 20,000: five segments and no merge instead of
    ten segments and a merge of eight; the same index content and search results)."""

    def __init__(self, path: Path | str | None, *, release_writer: bool = True) -> None:
        self.path = Path(path) if path is not None else None
        self.release_writer = release_writer
        self._schema = build_schema()
        self._lock = threading.RLock()
        self._writer: tantivy.IndexWriter | None = None
        self._added: bytearray | None = None  # see _track_added
        self._added_stamp: bytes | None = None
        self._closed = False
        self._last_seq = 0
        self._ancestor_source: ConceptAncestors | None = None
        self._ancestor_memo: AncestorMemo | None = None
        self._reload_lock = threading.Lock()
        self._generation = 0
        self._counts = CountsCache()
        self._warming = False  # warm every new searcher (start_warming)
        self._warm_queries: tuple[SearchQuery, ...] = ()
        self._warm_thread: threading.Thread | None = None
        self._warmed: set[str] = set()  # files read by a warm-up (segment files never change)
        self.warm_bytes = WARM_MAX_BYTES
        stamp = self._stamp()  # before opening: a commit after it is seen at the next search
        self._index = self._open()
        # the searcher changes only where this class reloads it (see _reload), so the
        # generation counter says exactly when remembered counts stop being true
        self._index.config_reader(reload_policy="manual")
        self._meta_stamp = stamp
        self._roots_memo: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._word_memo: dict[tuple[str, str], Query] = {}
        for key, analyzer in ANALYZERS.items():
            self._index.register_tokenizer(f"chm_{key}", analyzer)

    # --- opening and state -------------------------------------------------------------------

    def _open(self) -> tantivy.Index:
        if self.path is None:
            return tantivy.Index(self._schema)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            state = self._read_state()
            exists = tantivy.Index.exists(str(self.path))
            if exists and state.get("schema_version") == SCHEMA_VERSION:
                self._last_seq = int(state.get("last_seq", 0))
                return tantivy.Index(self._schema, path=str(self.path), reuse=True)
            if exists:
                log.warning("index %s has an older schema: rebuilding it empty", self.path)
                self._wipe()
            index = tantivy.Index(self._schema, path=str(self.path), reuse=False)
            self._write_state()
            return index
        except (OSError, ValueError) as exc:
            raise BackendUnavailable(f"cannot open the index at {self.path}: {exc}") from None

    def _read_state(self) -> dict[str, Any]:
        assert self.path is not None
        try:
            data = json.loads((self.path / STATE_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_state(self) -> None:
        """Write ``chm_state.json`` atomically (temp file + fsync + rename)."""
        if self.path is None:
            return
        state = {"schema_version": SCHEMA_VERSION, "last_seq": self._last_seq}
        fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".chm_state.")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(state, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path / STATE_FILE)

    def _wipe(self) -> None:
        """Delete the files of an index directory (never subdirectories)."""
        assert self.path is not None
        for child in self.path.iterdir():
            if child.is_file():
                child.unlink()

    def _check_open(self) -> None:
        if self._closed:
            raise BackendUnavailable("the index is closed")

    def _get_writer(self) -> tantivy.IndexWriter:
        self._check_open()
        if self._writer is None:
            try:
                self._writer = self._index.writer(
                    heap_size=WRITER_HEAP, num_threads=self.writer_threads
                )
            except ValueError as exc:
                raise BackendUnavailable(
                    f"the index at {self.path} is being written by another process "
                    f"(another chm harvest, reindex or serve); try again when it ends ({exc})"
                ) from None
            self._track_added()
        return self._writer

    def _track_added(self) -> None:
        """On taking the writer: keep the bitmap of the ids this handle has added
        (:data:`ADDED_BITS`, by ``hash(id)``) while every document in the index is one of
        them, so :meth:`upsert` skips the delete of an id it never added (a build into a
        new or cleared index: ``chm reindex``, a first harvest).

        The bitmap holds while the index is what this handle's last commit left (nobody
        else wrote between our writers: ``meta.json`` unchanged); otherwise it starts anew
        if the index is empty and is dropped (every upsert deletes) if not. Bits are never
        cleared (a delete, a rollback): a set bit only means "delete first", as before."""
        if self._added is not None and self._stamp() == self._added_stamp:
            return
        self._added = None
        if self._searcher().num_docs == 0:
            self._added = bytearray(ADDED_BITS >> 3)

    # --- writes ------------------------------------------------------------------------------

    def upsert(self, records: Iterable[Record]) -> int:
        """Add or replace records by id (visible after :meth:`commit`); return how many."""
        n = 0
        schema = self._schema
        ancestors = self._ancestors()
        with self._lock:
            writer = self._get_writer()
            added, mask = self._added, ADDED_BITS - 1
            for record in records:
                if added is None:
                    writer.delete_documents_by_term("id", record.id)
                else:
                    bit = hash(record.id) & mask
                    byte, flag = bit >> 3, 1 << (bit & 7)
                    if added[byte] & flag:  # maybe added before: replace it
                        writer.delete_documents_by_term("id", record.id)
                    else:
                        added[byte] |= flag
                # one call to tantivy with every value: half the cost of adding them one by one
                writer.add_document(
                    tantivy.Document.from_dict(record_fields(record, ancestors), schema)
                )
                n += 1
        return n

    def _ancestors(self) -> AncestorMemo | None:
        """:attr:`concept_ancestors`, remembered per concept for this index (building the
        ``concept`` field looked each concept's ancestors up through the vocabulary, a
        third of chm's own cost per indexed record)."""
        source = self.concept_ancestors
        if source is None:
            return None
        if self._ancestor_source is not source or self._ancestor_memo is None:
            self._ancestor_source, self._ancestor_memo = source, AncestorMemo(source)
        return self._ancestor_memo

    def delete(self, ids: Iterable[str]) -> int:
        """Remove records by id (visible after :meth:`commit`); return how many were asked."""
        n = 0
        with self._lock:
            writer = self._get_writer()
            for record_id in ids:
                writer.delete_documents_by_term("id", record_id)
                n += 1
        return n

    def commit(self, last_seq: int | None = None) -> None:
        """Make buffered writes visible and durable; remember ``last_seq`` if given."""
        with self._lock:
            self._check_open()
            if self._writer is not None:
                # the merges a commit starts read whole segments through mmap: a process that
                # does not search gives their pages back as they go (memory stays flat)
                root = self.path if self.page_out_reads else None
                with PageOutWhile(root, trim=True) as pager:
                    self._writer.commit()
                    # the indexing threads' buffers are free now, before the merges grow
                    pager.trim_now()
                    if self.release_writer:
                        self._writer.wait_merging_threads()
                        self._writer = None
                self._reload()
                self._added_stamp = self._meta_stamp  # what this handle left (_track_added)
            if last_seq is not None:
                self._last_seq = last_seq
                self._write_state()

    def last_seq(self) -> int:
        """The store change sequence applied by the last commit (0 for a new index)."""
        return self._last_seq

    def writer_lease(self) -> str | None:
        """One writing process per index directory; none for an in-memory index."""
        return f"index:tantivy:{self.path.resolve()}" if self.path is not None else None

    def apply_changes(self, changes: Sequence[tuple[int, str, Record | None]]) -> int:
        """Upserts and deletes, not committed (the sequences are kept by :meth:`commit`)."""
        upserts = [rec for _seq, _id, rec in changes if rec is not None]
        deletes = [rid for _seq, rid, rec in changes if rec is None]
        if upserts:
            self.upsert(upserts)
        if deletes:
            self.delete(deletes)
        return len(changes)

    def refresh(self) -> None:
        """See what another process committed: re-read ``last_seq`` and reload the reader."""
        with self._lock:
            if self.path is None or self._closed:
                return
            state = self._read_state()
            if state.get("schema_version") == SCHEMA_VERSION:
                self._last_seq = int(state.get("last_seq", 0))
            if self._stamp() != self._meta_stamp:
                self._reload()

    def rollback(self) -> None:
        """Drop the writes since the last commit and release the writer lock."""
        with self._lock:
            if self._writer is not None:
                self._writer.rollback()
                self._writer.wait_merging_threads()
                self._writer = None
                self._added_stamp = self._stamp()

    def rebuild(self, fill: Callable[[], int], catch_up: Callable[[], object]) -> int:
        """Empty the index, then ``fill`` it (searches see it fill up) and ``catch_up``."""
        self.clear()
        n = fill()
        catch_up()
        return n

    def clear(self) -> None:
        """Remove every record and reset ``last_seq`` to 0 (committed at once); writes not
        committed yet go too (tantivy's delete-all leaves the buffered ones)."""
        with self._lock:
            self.rollback()
            writer = self._get_writer()
            writer.delete_all_documents()
            self.commit(last_seq=0)
            self._added = None  # empty now: the next writer starts a new bitmap

    # --- reads -------------------------------------------------------------------------------

    def _stamp(self) -> bytes | None:
        """The index's last commit on disk: the bytes of tantivy's ``meta.json``, which every
        commit (of any process) replaces and which names its opstamp and segments (a few
        kB, read in microseconds; file times are too coarse to tell two commits apart);
        None for an in-memory index."""
        if self.path is None:
            return None
        try:
            return (self.path / "meta.json").read_bytes()
        except OSError:
            return None

    def _reload(self) -> None:
        """Point searches at the last commit and start a new generation (remembered
        totals and facet counts belong to the searcher they were counted on)."""
        with self._reload_lock:
            stamp = self._stamp()  # before reloading: a commit after it is seen next time
            self._index.reload()
            self._meta_stamp = stamp
            self._generation += 1
            self._counts.reset(self._generation)
            if self._warming:
                self._start_warm(self._generation, first=False)

    def _searcher_at(self) -> tuple[tantivy.Searcher, int]:
        """The searcher of the last commit with its generation. A commit by another process
        (or another handle) is seen at the next search, not after tantivy's reload delay."""
        self._check_open()
        if self._stamp() != self._meta_stamp:
            self._reload()
        with self._reload_lock:
            return self._index.searcher(), self._generation

    def _searcher(self) -> tantivy.Searcher:
        return self._searcher_at()[0]

    # --- warm-up -----------------------------------------------------------------------------

    def start_warming(self, queries: Sequence[SearchQuery] = ()) -> None:
        """Make this handle ready to serve fast, now and after every reload, in a background
        thread (a query never waits for it; it only reads).

        A searcher on a freshly opened index pays for its first touches: every segment file
        a query needs is read from disk into the page cache (at 1M records the first queries
        took 190-320 ms instead of 8), and tantivy and chm fill their lazily built tables.
        The warm-up reads the files of the committed segments once (:data:`WARM_FILES`
        order, at most :attr:`warm_bytes`) into the page cache, then, on the first searcher
        only, runs ``queries`` (chm's own first-time work: the country-name table of the
        query parse, query expansion, the word memory, the facet threads; the search page's
        counts with no words are then remembered). After a reload only the files not read
        before are read (segment files never change: those of a merge or a commit).
        Results never depend on it: it asks what a search asks, and totals it counts are
        kept only for the searcher generation they were counted on (:class:`CountsCache`)."""
        with self._reload_lock:
            self._warming = True
            self._warm_queries = tuple(queries)
            self._start_warm(self._generation, first=True)

    def wait_warm(self, timeout: float | None = None) -> bool:
        """Wait for the running warm-up (benchmarks, tests); True when none is running."""
        thread = self._warm_thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def _start_warm(self, generation: int, first: bool) -> None:
        if self.path is None and not first:
            return
        thread = threading.Thread(target=self._warm, args=(generation, first),
                                  name="chm-index-warm", daemon=True)  # fmt: skip
        self._warm_thread = thread
        thread.start()

    def _current(self, generation: int) -> bool:
        return not self._closed and self._generation == generation

    def _warm(self, generation: int, first: bool) -> None:
        try:
            self._warm_files(generation)
            if first and self._current(generation):
                self._warm_searcher(generation)
        except Exception:  # a warm-up is an optimisation: searching works without it
            log.exception("warming up the index at %s failed", self.path)

    def _warm_files(self, generation: int) -> int:
        """Read the committed segments' files not read before into the page cache; return
        the bytes read. Stops when a newer searcher or :meth:`close` comes."""
        if self.path is None:
            return 0
        files = segment_files(self.path, self._meta_stamp or b"")
        with self._reload_lock:
            self._warmed &= {f.name for f in files}  # forget merged-away segments
            todo = [f for f in files if f.name not in self._warmed]
        done = 0
        buf = memoryview(bytearray(WARM_CHUNK))
        for f in todo:
            try:
                fh = open(f, "rb", buffering=0)  # noqa: SIM115 (closed below)
            except OSError:  # merged away meanwhile
                continue
            with fh:
                while done < self.warm_bytes:
                    if not self._current(generation):
                        return done
                    n = fh.readinto(buf[: self.warm_bytes - done])  # GIL released
                    if not n:
                        break
                    done += n
            if done >= self.warm_bytes:
                break
            with self._reload_lock:
                self._warmed.add(f.name)
        return done

    def _warm_searcher(self, generation: int) -> None:
        """The warm-up queries, through :meth:`search` as a reader asks them, on the searcher
        of ``generation`` (stops if a newer one comes). Measured on 200,000 records with the
        files in the page cache, tantivy's own calls (hits, stored records, aggregations)
        cost the same CPU the first time as the second: what a first query pays beyond the
        files is chm's (the country-name table the query parse builds once, ~60 ms; each
        new word's field queries, ~0.45 ms; the facet threads)."""
        for query in self._warm_queries:
            if not self._current(generation):
                return
            try:
                self.search(query)
            except (InvalidQuery, BackendUnavailable):
                continue

    def get(self, record_id: str) -> dict[str, Any]:
        """The committed record as JSON data; raise :class:`RecordNotFound`."""
        searcher = self._searcher()
        query = Query.term_query(self._schema, "id", record_id)
        hits = searcher.search(query, 1, count=False).hits
        if not hits:
            raise RecordNotFound(record_id)
        return _stored_record(searcher, hits[0][1])

    def count(self) -> int:
        """Number of committed records."""
        return self._searcher().num_docs

    def health(self) -> dict[str, Any]:
        """Backend name, document count, path and ``last_seq`` (as committed on disk)."""
        self.refresh()
        return {
            "backend": "tantivy",
            "documents": self.count(),
            "path": str(self.path) if self.path is not None else ":memory:",
            "last_seq": self._last_seq,
        }

    def close(self) -> None:
        """Wait for background merges and release the writer lock (uncommitted writes are
        dropped: commit first). Closing twice is harmless."""
        with self._lock:
            if self._writer is not None:
                self._writer.wait_merging_threads()
                self._writer = None
            self._closed = True
        self.wait_warm()  # it stops at its next step once closed

    # --- search ------------------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchResult:
        """Run a query; raise :class:`InvalidQuery` for input that cannot be searched."""
        check_query(query)
        searcher, generation = self._searcher_at()
        corpus = _corpus_words(searcher, self._schema)
        parsed = parse_text(query.text, with_cognates(query.expander, corpus))
        built = QueryBuilder(self._schema, self.concept_roots, self._word_memo).build(query, parsed)
        key = counts_key(query, parsed, self.concept_ancestors)
        known = self._counts.get(generation, key)
        pending = _start_facets(searcher, built, query) if known is None else []
        known_total = None if known is None else known[0]
        if query.sort == "relevance":
            page, total, cursor = _page_by_relevance(searcher, built, query, known_total)
        else:
            page, total, cursor = self._page_by_date(searcher, built, query, known_total)
        hits = [Hit(id=rec["id"], score=score, record=rec) for score, rec in page]
        if query.highlight and parsed.groups:
            highlighter = Highlighter(
                parsed.positive_items(),
                meaning_words(query, parsed),
                getattr(query.expander, "is_stopword", None),
            )
            for hit in hits:
                hit.highlights = highlighter.record_highlights(hit.record, query.lang)
        if known is None:
            facets = _finish_facets(pending, query)
            self._counts.put(generation, key, total, facets)
        else:
            facets = {name: list(buckets) for name, buckets in known[1].items()}
        return SearchResult(total=total, hits=hits, facets=facets, next_cursor=cursor)

    def concept_roots(self, values: tuple[str, ...]) -> tuple[str, ...]:
        """The concepts of ``values`` that no other value is broader than: the same records.

        A query word's concepts come with their narrower ones (``chemicals`` means hundreds
        of concepts), and so does a concept filter; but this index holds every record's
        concepts with their broader ones (:attr:`concept_ancestors`), so a record tagged
        with a narrower concept also holds the broader one, and asking for the broader one
        alone finds the same records. One term instead of hundreds: a query's cost no
        longer grows with the size of the thesaurus branch it names. Values as given when
        the index holds concepts only as tagged. Memoised (the same words come back).
        Like the facet counts, this relies on the index holding the ancestors of the
        vocabulary in use: after a vocabulary change adds a broader link, ``chm reindex``."""
        ancestors = self.concept_ancestors
        if ancestors is None or len(values) < 2:
            return values
        roots = self._roots_memo.get(values)
        if roots is None:
            wanted = set(values)
            roots = tuple(
                v for v in values
                # a broader value that is not also narrower (a cycle) makes v redundant
                if not any(a != v and a in wanted and v not in set(ancestors(a))
                           for a in ancestors(v))
            )  # fmt: skip
            if len(self._roots_memo) > ROOTS_MEMO_MAX:
                self._roots_memo.clear()
            self._roots_memo[values] = roots
        return roots

    def _page_by_date(
        self,
        searcher: tantivy.Searcher,
        built: Query,
        query: SearchQuery,
        known_total: int | None = None,
    ) -> tuple[list[tuple[float, dict[str, Any]]], int, str | None]:
        """One page sorted by date, after the cursor if any; hits carry score 0.
        ``known_total``: the query's total if remembered (no count walk then)."""
        asc = query.sort == "date"
        field = "sort_asc" if asc else "sort_desc"
        order = tantivy.Order.Asc if asc else tantivy.Order.Desc
        seen: list[str] = []
        key, offset, paged = -1, query.offset, built
        if query.search_after:
            data = decode_cursor(query.search_after, query.sort, query)
            key, seen, offset = _cursor_key(data)
            lower, upper = (key, None) if asc else (None, key)
            bound = Query.range_query(self._schema, field, tantivy.FieldType.Unsigned, lower, upper)
            paged = Query.boolean_query([(Occur.Must, built), (Occur.Must, bound)])
        want = query.limit + len(seen) + 1
        counting = known_total is None and not query.search_after
        result = searcher.search(paged, want, count=counting,
                                 order_by_field=field, offset=offset, order=order)  # fmt: skip
        if known_total is not None:
            total = known_total
        else:
            total = _count(searcher, built) if query.search_after else _total(result)
        skip = set(seen)
        rows = [(int(k), _stored_record(searcher, a)) for k, a in result.hits]
        rows = [row for row in rows if row[1]["id"] not in skip]
        more, rows = len(rows) > query.limit, rows[: query.limit]
        cursor = None
        if more and rows:
            last = rows[-1][0]
            same = [rec["id"] for k, rec in rows if k == last]
            if last == key:
                same = [*seen, *same]
            cursor = encode_cursor({"s": query.sort, "k": last, "ids": same}, query)
        return [(0.0, rec) for _k, rec in rows], total, cursor


def _cursor_key(data: dict[str, Any]) -> tuple[int, list[str], int]:
    """``(key, seen ids, offset 0)`` from a decoded date cursor; InvalidQuery if damaged."""
    key, ids = data.get("k"), data.get("ids")
    if not isinstance(key, int) or not isinstance(ids, list) or len(ids) > 10_000:
        raise InvalidQuery(BAD_CURSOR)
    return key, [str(i) for i in ids], 0


def _page_by_relevance(
    searcher: tantivy.Searcher, built: Query, query: SearchQuery, known_total: int | None = None
) -> tuple[list[tuple[float, dict[str, Any]]], int, str | None]:
    """One page by BM25 score; the cursor is the next offset. ``known_total``: the query's
    total if remembered (the hits are then collected without counting)."""
    offset = query.offset
    if query.search_after:
        data = decode_cursor(query.search_after, "relevance", query)
        cursor_offset = data.get("o")
        if not isinstance(cursor_offset, int) or cursor_offset < 0:
            raise InvalidQuery(BAD_CURSOR)
        offset = cursor_offset
    counting = known_total is None
    result = searcher.search(built, max(query.limit, 1), count=counting, offset=offset)
    total = _total(result) if known_total is None else known_total
    page = result.hits if query.limit else []
    cursor = None
    if query.limit and offset + len(page) < total:
        cursor = encode_cursor({"s": "relevance", "o": offset + len(page)}, query)
    return [(float(s), _stored_record(searcher, a)) for s, a in page], total, cursor


def _total(result: tantivy.SearchResult) -> int:
    return int(getattr(result, "count", 0) or 0)


def _count(searcher: tantivy.Searcher, query: Query) -> int:
    return _total(searcher.search(query, 1, count=True))


def _stored_record(searcher: tantivy.Searcher, address: Any) -> dict[str, Any]:
    raw = searcher.doc(address).get_first("doc")
    data: dict[str, Any] = orjson.loads(raw or b"{}")
    return data


_facet_pool = ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2),
                                 thread_name_prefix="chm-facets")  # fmt: skip
"""Facet aggregations run here, beside the top-hits search (tantivy releases the GIL)."""


def _start_facets(
    searcher: tantivy.Searcher, built: Query, query: SearchQuery
) -> list[Future[dict[str, Any]]]:
    """Start one terms aggregation for all the requested facets while the caller fetches
    the hits. One request walks the matching documents once for every facet: the walk, not
    the per-facet counting, is most of an aggregation's cost (on the 100,000-record bench
    index, three facets in one request cost about what a bare count does, and 1.6-1.8 times
    as much CPU split in two requests; seven facets 10-20% more split). Beside the hits'
    own walk, one request is also all that two cores can run at once."""
    if not query.facets:
        return []
    size = query.facet_size
    request = {
        name: {"terms": {"field": name, "size": size, "segment_size": max(size * 10, 1000)}}
        for name in query.facets
    }
    return [_facet_pool.submit(searcher.aggregate, built, request)]


def _finish_facets(
    pending: list[Future[dict[str, Any]]], query: SearchQuery
) -> dict[str, list[tuple[str, int]]]:
    """Wait for the aggregations; buckets sorted by count, then value."""
    result: dict[str, Any] = {}
    for future in pending:
        result.update(future.result())
    facets: dict[str, list[tuple[str, int]]] = {}
    for name in query.facets:
        buckets = result.get(name, {}).get("buckets", [])
        pairs = [(_bucket_key(b["key"]), int(b["doc_count"])) for b in buckets]
        facets[name] = sorted(pairs, key=lambda p: (-p[1], p[0]))
    return facets


def _bucket_key(key: Any) -> str:
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key)


class QueryBuilder:
    """Turns a checked :class:`SearchQuery` and its parsed text into one tantivy query."""

    def __init__(
        self,
        schema: tantivy.Schema,
        concept_roots: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None,
        word_memo: dict[tuple[str, str], Query] | None = None,
    ) -> None:
        self.schema = schema
        self.concept_roots = concept_roots
        self.word_memo = word_memo

    def keyword_query(self, name: str, values: Sequence[str]) -> Query:
        """Any of ``values`` in keyword field ``name`` (concepts reduced to the broadest of
        them when the index holds broader concepts: see ``TantivyIndex.concept_roots``)."""
        if name == "concept" and self.concept_roots is not None:
            values = self.concept_roots(tuple(values))
        return Query.term_set_query(self.schema, name, list(values))

    def build(self, query: SearchQuery, parsed: ParsedText) -> Query:
        """Text AND filters AND ranges; filters do not change scores."""
        clauses: list[tuple[Occur, Query]] = []
        text = self.text_query(parsed)
        if text is not None:
            clauses.append((Occur.Must, text))
        for flt in self.filter_queries(query):
            clauses.append((Occur.Must, Query.const_score_query(flt, 0.0)))
        if not clauses:
            return Query.all_query()
        return Query.boolean_query(clauses)

    def filter_queries(self, query: SearchQuery) -> list[Query]:
        """Facet filters (OR within a field) and the year and date ranges."""
        out: list[Query] = []
        for name, values in query.filters.items():
            if not values:
                continue
            if name == "year":
                out.append(Query.term_set_query(self.schema, "year", [int(v) for v in values]))
            else:
                out.append(self.keyword_query(name, [str(v) for v in values]))
        if query.year_from is not None or query.year_to is not None:
            out.append(self._int_range("year", query.year_from, query.year_to))
        if query.date_from or query.date_to:
            lo = query_date(query.date_from, end=False) if query.date_from else None
            hi = query_date(query.date_to, end=True) if query.date_to else None
            out.append(self._int_range("date_sort", lo, hi))
        return out

    def _int_range(self, name: str, lo: int | None, hi: int | None) -> Query:
        return Query.range_query(self.schema, name, tantivy.FieldType.Integer, lo, hi)

    def text_query(self, parsed: ParsedText) -> Query | None:
        """AND of the OR-groups, minus the excluded items; None for empty text."""
        if parsed.is_empty:
            return None
        clauses = [(Occur.Must, self.group_query(group)) for group in parsed.groups]
        if not clauses:
            clauses.append((Occur.Must, Query.all_query()))
        clauses += [(Occur.MustNot, self.item_query(item)) for item in parsed.excluded]
        return Query.boolean_query(clauses)

    def group_query(self, group: Sequence[Item]) -> Query:
        """One item, or a disjunction of items joined by OR."""
        if len(group) == 1:
            return self.item_query(group[0])
        return Query.boolean_query([(Occur.Should, self.item_query(item)) for item in group])

    def item_query(self, item: Item) -> Query:
        """The item's text, or one of the keyword values it also means (its concepts, type,
        region or country: a constant :data:`ALSO_SCORE`, added to the text's score)."""
        text = self.item_text_query(item)
        also = [
            Query.const_score_query(self.keyword_query(name, values), ALSO_SCORE)
            for name, values in item.also
            if values and name in KEYWORD_FIELDS
        ]
        if item.within:
            also.append(
                Query.boolean_query([(Occur.Must, self.item_query(i)) for i in item.within])
            )
        if item.translations or item.native or item.exact:
            also.append(self.translations_query(item))
        if not also:
            return text
        return Query.boolean_query([(Occur.Should, q) for q in (text, *also)])

    def translations_query(self, item: Item) -> Query:
        """The item's translations (:attr:`Item.translations`, :attr:`Item.native`,
        :attr:`Item.exact`) as one clause: each translation in the text of its language
        (stemmed as that language) and, unless native, in text of unknown language and in
        subjects, as a phrase when it has several words (an exact one in titles, subjects and
        text of unknown language only, all unstemmed); scored :data:`TRANSLATION_WEIGHT` of a
        match of the word itself.

        Each field asks each distinct token (or phrase) once: variants that analyse alike
        (French *conteneur* / *conteneurs* in ``text_fr``, or a Spanish variant that is the
        word itself: ``envases`` -> *envase*) share one posting list instead of one each, and
        a term's own tokens are not asked again. The same records as one clause per
        translation, with fewer posting lists to walk. Remembered as words are."""
        memo = self.word_memo
        key = (
            "translations:" + item.kind + ":" + item.text,
            repr((item.translations, item.native, item.exact)),
        )
        got = memo.get(key) if memo is not None else None
        if got is not None:
            return got
        own: set[tuple[str, tuple[str, ...]]] = set()
        if item.kind == "term":  # its text query asks these already
            for name, (analyser, _boost) in TEXT_FIELDS.items():
                if not item.text_langs or (
                    name not in TRANSLATION_FIELDS and _holds_langs(name, item.text_langs)
                ):
                    own.add((name, tuple(ANALYZERS[analyser].analyze(item.text))))
        per_field: dict[str, dict[tuple[str, ...], Query]] = {}
        pairs = [(t, "") for t in item.translations]
        pairs += [(t, "native") for t in item.native] + [(t, "exact") for t in item.exact]
        for (lang, whole), how in pairs:
            text, _slop = loose_phrase(whole)
            runs = loose_segments(whole)
            if how == "exact":  # the word itself: unstemmed titles, subjects, unknown text
                names: tuple[str, ...] = ("title_all", *TRANSLATION_FIELDS)
            else:
                fields = (f"text_{lang}",) if lang in STEMMERS else ()
                names = (*fields, *(() if how == "native" else TRANSLATION_FIELDS))
            for name in names:
                analyser = TEXT_FIELDS[name][0]
                tokens = tuple(ANALYZERS[analyser].analyze(text))
                subs = per_field.setdefault(name, {})
                if not tokens or (name, tokens) in own or tokens in subs:
                    continue
                sub = self.runs_query(name, analyser, runs)
                if sub is not None:
                    subs[tokens] = sub
        fields_q = []
        for name, subs in per_field.items():
            if not subs:
                continue
            qs = list(subs.values())
            q = qs[0] if len(qs) == 1 else Query.boolean_query([(Occur.Should, x) for x in qs])
            boost = TEXT_FIELDS[name][1]
            fields_q.append(Query.boost_query(q, boost) if boost != 1.0 else q)
        got = (
            Query.boost_query(
                Query.disjunction_max_query(fields_q, tie_breaker=TIE_BREAKER), TRANSLATION_WEIGHT
            )
            if fields_q
            else Query.empty_query()
        )
        if memo is not None:
            if len(memo) >= WORD_MEMO_MAX:
                memo.clear()
            memo[key] = got
        return got

    def item_text_query(self, item: Item) -> Query:
        """The words of a label run AND-ed, each as :meth:`word_query`; else the item."""
        langs = item.text_langs
        if item.kind == "words" and len(item.words) > 1:
            return Query.boolean_query(
                [(Occur.Must, self.word_query(Item(word, text_langs=langs))) for word in item.words]
            )
        if item.kind == "words":
            return self.word_query(Item(item.words[0], text_langs=langs))
        return self.word_query(item)

    def word_query(self, item: Item) -> Query:
        """The item in any full-text field, each analysing it its own way (best field wins).
        Remembered in :attr:`word_memo` when given (it depends on the item's kind and text
        only; analysing a word for six fields is most of the cost of building a query)."""
        memo = self.word_memo
        if memo is None:
            return self._word_query(item)
        key = (item.kind + ":" + ",".join(item.text_langs), item.text)
        got = memo.get(key)
        if got is None:
            if len(memo) >= WORD_MEMO_MAX:
                memo.clear()
            got = memo[key] = self._word_query(item)
        return got

    def _word_query(self, item: Item) -> Query:
        subs: list[Query] = []
        for name, (key, boost) in TEXT_FIELDS.items():
            if item.text_langs and not _holds_langs(name, item.text_langs):
                continue
            sub = self.field_query(name, key, item)
            if sub is not None and item.text_langs and name in TRANSLATION_FIELDS:
                sub = self._not_only_in(sub, item.text_langs)
            if sub is not None:
                subs.append(Query.boost_query(sub, boost) if boost != 1.0 else sub)
        if not subs:
            return Query.empty_query()
        return Query.disjunction_max_query(subs, tie_breaker=TIE_BREAKER)

    def _not_only_in(self, sub: Query, langs: tuple[str, ...]) -> Query:
        """``sub`` (text of unknown language, subjects) except in records of none of
        ``langs`` but of another language with its own field: an English record's untagged
        text is English text. Term queries, not term sets: a term's postings are skipped
        through, a term set would first collect every record of the language."""
        others = [lang for lang in STEMMERS if lang not in langs]
        if not others:
            return sub
        term = functools.partial(Query.term_query, self.schema, "language")
        other = others[0] if len(others) == 1 else None
        only_other = Query.boolean_query(
            [
                (Occur.Must, term(other) if other else Query.boolean_query(
                    [(Occur.Should, term(lang)) for lang in others])),
                *((Occur.MustNot, term(lang)) for lang in langs),
            ]
        )  # fmt: skip
        return Query.boolean_query([(Occur.Must, sub), (Occur.MustNot, only_other)])

    def field_query(self, name: str, key: str, item: Item) -> Query | None:
        """Term, phrase or prefix query on one field; None if the item has no token there."""
        if item.kind == "prefix":
            return self.prefix_query(name, key, item.text)
        tokens = ANALYZERS[key].pre_tokenize(item.text).tokens
        if not tokens:
            return None
        if len(tokens) == 1:
            return Query.term_query(self.schema, name, tokens[0].text)
        first = tokens[0].position
        words: list[str | tuple[int, str]] = [(t.position - first, t.text) for t in tokens]
        return Query.phrase_query(self.schema, name, words)

    def runs_query(self, name: str, key: str, runs: tuple[tuple[str, int], ...]) -> Query | None:
        """A translation whose articles and *of* words may come and go
        (:func:`index.query.loose_segments`): its runs in order, each run's words as they
        stand, and before a run that follows ``n`` words left out a gap of 0 to ``2 n``
        positions; one exact phrase per combination of gaps (at most :data:`MAX_GAP_PHRASES`).

        Exact phrases, not tantivy's sloppy phrase: tantivy 0.27 matches a sloppy phrase one
        way when it scores (the words' gaps summed, in order) and another when it counts,
        sorts by a field or aggregates (each gap alone, in any order), so a query's total,
        facets, date order and export disagreed with its ranked hits (*consigne*, translated
        *sistemas de depósito y devolución*, found a record the ranking did not)."""
        parts: list[tuple[list[tuple[int, str]], int]] = []
        carried = 0
        for text, left_out in runs:
            tokens = ANALYZERS[key].pre_tokenize(text).tokens
            if not tokens:  # a run the analyser drops whole (stop words): a wider gap
                carried += left_out + len(text.split())
                continue
            first = tokens[0].position
            parts.append(([(t.position - first, t.text) for t in tokens], left_out + carried))
            carried = 0
        if not parts:
            return None
        if len(parts) == 1:  # nothing left out, or only around words the analyser drops
            only = parts[0][0]
            if len(only) == 1:
                return Query.term_query(self.schema, name, only[0][1])
            return Query.phrase_query(self.schema, name, list[str | tuple[int, str]](only))
        ranges = [range(2 * left_out + 1) for _, left_out in parts[1:]]
        phrases: list[Query] = []
        for gaps in itertools.islice(itertools.product(*ranges), MAX_GAP_PHRASES):
            words: list[str | tuple[int, str]] = list(parts[0][0])
            end = parts[0][0][-1][0]
            for (run, _), gap in zip(parts[1:], gaps, strict=True):
                start = end + 1 + gap
                words += [(start + p, w) for p, w in run]
                end = start + run[-1][0]
            phrases.append(Query.phrase_query(self.schema, name, words))
        if len(phrases) == 1:
            return phrases[0]
        return Query.boolean_query([(Occur.Should, q) for q in phrases])

    def prefix_query(self, name: str, key: str, text: str) -> Query | None:
        """Words starting with ``text``: matches the folded prefix and, on stemmed fields, the
        stemmed prefix too (``pesticides*`` finds the indexed stem ``pesticid``)."""
        folded = ANALYZERS["fold"].analyze(text)
        tokens = ANALYZERS[key].pre_tokenize(text).tokens
        # the stemmed field leaves its stop words out: the words kept keep their positions,
        # and a prefix that is itself left out asks nothing of this field
        if not folded or not tokens or tokens[-1].position != len(folded) - 1:
            return None
        options = sorted({folded[-1], tokens[-1].text})
        if len(folded) == 1:
            pattern = "(" + "|".join(re.escape(o) for o in options) + ").*"
            return Query.regex_query(self.schema, name, pattern)
        first = tokens[0].position
        words: list[str | tuple[int, str]] = [(t.position - first, t.text) for t in tokens[:-1]]
        words.append((tokens[-1].position - first, options[0]))
        return Query.phrase_prefix_query(self.schema, name, words)


def _holds_langs(name: str, langs: tuple[str, ...]) -> bool:
    """True for a full-text field that holds no text but of ``langs`` (or of unknown
    language, or subjects, or names, which are no language's): ``title_all`` holds the
    titles of every language."""
    if name.startswith("text_") and name != "text_other":
        return name[5:] in langs
    return name in TRANSLATION_FIELDS or name == "names"


def meaning_words(query: SearchQuery, parsed: ParsedText) -> tuple[str, ...]:
    """The label words of the concepts the query's items mean (:meth:`vocabulary.search.
    QueryExpander.concept_words`), for the highlights; none without such an expander."""
    words_of = getattr(query.expander, "concept_words", None)
    if words_of is None:
        return ()
    uris = [u for item in parsed.positive_items() for field, values in item.also
            if field == "concept" for u in values]  # fmt: skip
    return tuple(words_of(dict.fromkeys(uris))) if uris else ()


_LABEL_FORMS: dict[str, dict[str, tuple[str, ...]]] = {}
_LABEL_FORMS_MAX = 50_000


def _label_word_forms(word: str) -> dict[str, tuple[str, ...]]:
    """``word`` as each analyser indexes it (memoised: label words recur in every query)."""
    got = _LABEL_FORMS.get(word)
    if got is None:
        if len(_LABEL_FORMS) >= _LABEL_FORMS_MAX:
            _LABEL_FORMS.clear()
        got = _LABEL_FORMS[word] = {
            key: tuple(analyzer.analyze(word)) for key, analyzer in ANALYZERS.items()
        }
    return got


class Highlighter:
    """Marks query words in titles and descriptions as HTML (``<mark>`` around matches, the
    rest escaped), analysing text the way the index does, so stemmed and folded forms
    (``pesticides`` / ``Pesticide``, ``securite`` / ``sécurité``) and prefixes are marked."""

    def __init__(
        self,
        items: Sequence[Item],
        words: Sequence[str] = (),
        is_stopword: Callable[[str], bool] | None = None,
    ) -> None:
        self.terms: dict[str, set[str]] = {key: set() for key in ANALYZERS}
        self.prefixes: dict[str, tuple[str, ...]] = {}
        # a record found through a word's translation shows the translation marked; one
        # found through a concept, the words of the concept's labels (``words``: the same
        # few thousand label words come back query after query, analysed once each)
        translated = [(lang, t) for item in items for lang, t in item.translations]
        exact = [t for item in items for _lang, t in item.exact]

        def analysed(key: str, text: str) -> list[str]:
            tokens: list[str] = ANALYZERS[key].analyze(text)
            if len(tokens) > 1 and is_stopword is not None:
                # the stop words of a label or phrase are not marked on their own
                # (*gestión de residuos* marked every *de* of every hit)
                tokens = [t for t in tokens if not is_stopword(t)] or tokens
            return tokens

        for word in words:
            for key, forms in _label_word_forms(word).items():
                self.terms[key].update(forms)
        for key in ANALYZERS:
            prefixes: set[str] = set()
            for item in items:
                tokens = analysed(key, item.text)
                if item.kind == "prefix" and tokens:
                    prefixes.add(tokens[-1])
                    prefixes.update(ANALYZERS["fold"].analyze(item.text)[-1:])
                    self.terms[key].update(tokens[:-1])
                else:
                    self.terms[key].update(tokens)
            self.prefixes[key] = tuple(prefixes)
        # a translation is marked as its own language stems it (Spanish *marées* is no *mar*)
        # and as written; one found as the word itself (Item.exact) as written only: Spanish
        # *mareas*, not every *mar* its stem would mark
        for lang, text in translated:
            for key in (lang, "fold") if lang in STEMMERS else ("fold",):
                self.terms[key].update(analysed(key, text))
        self.terms["fold"].update(w for text in exact for w in ANALYZERS["fold"].analyze(text))

    def record_highlights(self, record: dict[str, Any], lang: str) -> dict[str, str]:
        """``{"title": html, "description": html, "names": html}`` for the fields with a
        match; ``names``: the creators, publisher and identifiers, joined by `` · `` (a hit
        found through them shows why)."""
        out: dict[str, str] = {}
        for name, limit in (("title", 10 * SNIPPET_CHARS), ("description", SNIPPET_CHARS)):
            values = record.get(name) or {}
            if not isinstance(values, dict):
                continue
            want = fold_lang(lang)
            order = sorted(values, key=lambda tag: fold_lang(tag) != want)
            for tag in order:
                marked = self.mark(str(values[tag]), tag, limit)
                if marked is not None:
                    out[name] = marked
                    break
        names = record_names(record)
        if names:
            marked = self.mark(NAMES_JOINER.join(names), "und", SNIPPET_CHARS)
            if marked is not None:
                out["names"] = marked
        return out

    def mark(self, text: str, tag: str, limit: int) -> str | None:
        """``text`` as HTML with matches marked, cut to ``limit`` characters around the first
        match; None if nothing matches."""
        lang = fold_lang(tag)
        tokens = ANALYZERS["fold"].pre_tokenize(text).tokens
        folded = [tok.text for tok in tokens]
        forms = [folded]
        if lang in STEMMERS:
            stemmed = stem_tokens(lang, folded)
            if stemmed is None:  # a token that does not analyse to one token: analyse again
                stemmed = [tok.text for tok in STEM_ONLY[lang].pre_tokenize(text).tokens]
            stops = FIELD_STOP_SETS[lang]
            if not stops.isdisjoint(folded):  # a stop word is not in the index's field: never
                # marked through it (French "mais" is left out; "maïs", folded alike, is not)
                stemmed = [
                    "" if w in stops and text[t.char_offset_from : t.char_offset_to].lower() == w
                    else s
                    for t, w, s in zip(tokens, folded, stemmed, strict=False)
                ]  # fmt: skip
            forms.append(stemmed)
        keys = ("fold", lang) if lang in STEMMERS else ("fold",)
        spans: set[tuple[int, int]] = set()
        for key, words in zip(keys, forms, strict=True):
            terms, prefixes = self.terms[key], self.prefixes[key]
            matched = terms.intersection(words)
            if prefixes:
                matched.update(w for w in words if w.startswith(prefixes))
            if matched:
                for tok, word in zip(tokens, words, strict=False):
                    if word in matched:
                        spans.add((tok.char_offset_from, tok.char_offset_to))
        if not spans:
            return None
        return render_marks(text, sorted(spans), limit)


_STEMS: dict[str, dict[str, str]] = {lang: {} for lang in STEMMERS}
STEMS_MEMO_MAX = 50_000


def stem_tokens(lang: str, folded: list[str]) -> list[str] | None:
    """The tokens of ``STEM_ONLY[lang]`` for text whose ``"fold"`` tokens are ``folded``
    (the stemmed analyser is the folding one plus a stemmer, so token for token the stem
    of the folded word), from a memo of stems per language; the words not in it are
    analysed in one call. None when a folded word does not analyse to exactly one token
    (folding can lengthen or split a word): the caller analyses the text itself."""
    memo = _STEMS[lang]
    if len(memo) > STEMS_MEMO_MAX:
        memo.clear()
    missing = [w for w in dict.fromkeys(folded) if w not in memo]
    if missing:
        stems = STEM_ONLY[lang].analyze(" ".join(missing))
        if len(stems) != len(missing):
            return None
        memo.update(zip(missing, stems, strict=True))
    return [memo[w] for w in folded]


def render_marks(text: str, spans: list[tuple[int, int]], limit: int) -> str:
    """Escape ``text`` and wrap each (sorted) span in ``<mark>``; keep a window of ``limit``
    characters starting a little before the first span, with ``…`` where text is cut."""
    start, end = 0, len(text)
    if len(text) > limit:
        start = max(0, spans[0][0] - limit // 4)
        if start:
            start = text.find(" ", start) + 1 or start
        end = min(len(text), start + limit)
        if end < len(text):
            end = text.rfind(" ", start, end) if " " in text[start:end] else end
    parts: list[str] = ["…"] if start else []
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        parts += [html.escape(text[pos:s]), "<mark>", html.escape(text[s:e]), "</mark>"]
        pos = e
    parts.append(html.escape(text[pos:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


def _corpus_words(searcher: tantivy.Searcher, schema: tantivy.Schema) -> Callable[[str, str], bool]:
    """``known(language, word)`` for cognate forms (:func:`index.query.with_cognates`): True
    when ``word`` (one word, analysed as that language's text is) is in some record's text of
    that language. ``doc_freq`` also counts records deleted (or replaced) since their segment
    was last merged, so a form it finds is confirmed by a search, which never returns them:
    a record edited to drop the form no longer keeps it (as a cluster's count does)."""

    def known(lang: str, word: str) -> bool:
        if lang not in STEMMERS:
            return False
        tokens = ANALYZERS[lang].analyze(word)
        field = f"text_{lang}"
        if len(tokens) != 1 or searcher.doc_freq(field, tokens[0]) == 0:
            return False
        term = Query.term_query(schema, field, tokens[0])
        return bool(searcher.search(term, 1, count=False).hits)

    return known
