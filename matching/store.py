"""SQLite tables for matching, clusters, links and the operators' allow/block lists.

Where it sits: :mod:`matching.update` writes these tables on the store's own connection
(created with ``CREATE TABLE IF NOT EXISTS``); :mod:`matching.match`,
:mod:`matching.duplicates` and :mod:`matching.links` read them to serve a record's page.
They are derived data: ``chm match recompute`` rebuilds all of them from the records, except
``dup_rules`` (the operators' decisions), which is never cleared.

Tables (all keyed by record id text, the store's ``records.id``):

- ``mx_features``: a need's or offer's features (JSON); ``mx_postings``: inverted index
  ``key -> record`` ordered newest first; ``mx_matches``: each record's top matches.
- ``id_postings``: normalised identifier -> records (links and identifier duplicates);
  ``title_postings``: MinHash band keys of titles (duplicate candidates; no index by record:
  a changed record's old keys are computed again from its stored features, as
  ``mx_postings``' are); ``dup_features``: what verifying a title candidate needs (JSON,
  zlib-compressed: :func:`pack`, in a rowid table); ``dup_gates``: what
  refusing one needs (node, type, year, countries and places: :mod:`matching.gates`), read
  before the features; ``dup_words``: how many records' texts say each known word (a word
  of the lexicon or of the vocabulary's labels: ``matching.duplicates.store_frequencies``),
  the row of the empty word counting the records with features.
- ``dup_edges``: why two records are duplicates; ``dup_clusters``: record -> cluster id (only
  records in a cluster of two or more); ``dup_rules``: allow (forced together) and block
  (forced apart) pairs; ``mx_state``: the last change sequence applied.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import orjson

from matching.features import Features

SCHEMA = """
CREATE TABLE IF NOT EXISTS mx_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mx_features (
    record_id TEXT PRIMARY KEY, role TEXT NOT NULL, data TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mx_postings (
    key TEXT NOT NULL, role TEXT NOT NULL,
    year INTEGER NOT NULL,            -- -year, so an ascending scan is newest first
    record_id TEXT NOT NULL,
    PRIMARY KEY (key, role, year, record_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mx_matches (
    record_id TEXT NOT NULL, other_id TEXT NOT NULL, score REAL NOT NULL,
    why TEXT NOT NULL,                -- JSON: shared concepts, support, places, languages
    PRIMARY KEY (record_id, other_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mx_matches_other ON mx_matches(other_id);
CREATE TABLE IF NOT EXISTS id_postings (
    key TEXT NOT NULL, record_id TEXT NOT NULL, node TEXT NOT NULL, type TEXT NOT NULL,
    PRIMARY KEY (key, record_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS id_postings_record ON id_postings(record_id);
CREATE TABLE IF NOT EXISTS title_postings (
    key TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (key, record_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dup_features (
    record_id TEXT PRIMARY KEY,
    data BLOB NOT NULL                -- pack(): zlib of the JSON (text in stores made before)
);
CREATE TABLE IF NOT EXISTS dup_gates (
    record_id TEXT PRIMARY KEY, node TEXT NOT NULL, type TEXT NOT NULL, year INTEGER,
    gate TEXT NOT NULL                -- matching.gates: countries and places
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dup_words (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dup_edges (
    a TEXT NOT NULL, b TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dup_edges_b ON dup_edges(b);
CREATE TABLE IF NOT EXISTS dup_clusters (record_id TEXT PRIMARY KEY, cluster_id TEXT NOT NULL)
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dup_clusters_cluster ON dup_clusters(cluster_id);
CREATE TABLE IF NOT EXISTS dup_rules (
    a TEXT NOT NULL, b TEXT NOT NULL,
    rule TEXT NOT NULL,               -- allow | block
    created_at TEXT NOT NULL, created_by TEXT, note TEXT,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS dup_rules_b ON dup_rules(b);
"""

DERIVED_TABLES = (
    "mx_features",
    "mx_postings",
    "mx_matches",
    "id_postings",
    "title_postings",
    "dup_features",
    "dup_gates",
    "dup_words",
    "dup_edges",
    "dup_clusters",
)


@dataclass
class UpdateSummary:
    """What an update did."""

    changed: int = 0  # records in the change window (deleted ones included)
    matched: int = 0  # needs and offers whose own matches were searched again
    lists_touched: int = 0  # other records' match lists that changed
    clusters_touched: int = 0  # records whose cluster was recomputed
    seconds: float = 0.0
    last_seq: int = 0
    full: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain data (CLI ``--json``)."""
        return asdict(self)


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the matching tables when missing (cheap when they exist).

    Statement by statement, never ``executescript`` (which would commit an open transaction).
    """
    for statement in SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)


_compact = json.JSONEncoder(check_circular=False, separators=(",", ":")).encode


def pack(data: dict[str, Any]) -> bytes:
    """A ``dup_features`` row's data: the JSON of ``data``, compact, zlib-compressed.

    The rows were JSON text in a ``WITHOUT ROWID`` table: ~2.5 KB each, so most spilled into
    an overflow page of their own, ~4.4 KB a row on disk (192 MB of 840 at 60,000 records of
    five nodes, as much as the records). Compressed they are ~0.97 KB (level 1: ~33 us to
    compress, ~12 us to expand; level 6 made them 0.89 KB for ~55 us), kept in the pages of
    a rowid table. :func:`unpack` reads both."""
    return zlib.compress(_compact(data).encode(), 1)


def unpack(data: bytes | str) -> dict[str, Any]:
    """A ``dup_features`` row's data back: :func:`pack`'s bytes, or the JSON text of a row
    written before (same dict; integers of 64 bits: orjson reads a wider one as a float).
    Read with orjson: a duplicate search decodes a candidate's features for each pair its
    gate lets through, and ``json.loads`` was an eighth of it."""
    out: dict[str, Any] = orjson.loads(zlib.decompress(data) if isinstance(data, bytes) else data)
    return out


def migrate(conn: sqlite3.Connection) -> bool:
    """Bring a store's duplicate tables made before :func:`pack` to this layout, inside the
    caller's write transaction: ``dup_features`` from a ``WITHOUT ROWID`` table of JSON text to a
    rowid table of packed rows (the same dicts), and the index of ``title_postings`` by
    record dropped (nothing reads it any more). True when something changed; cheap when
    nothing is to do (a full recompute builds the new layout anyway)."""
    changed = False
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type='table' AND name='dup_features'"
    ).fetchone()
    if row is not None and "WITHOUT ROWID" in row[0].upper():
        conn.create_function("chm_pack_text", 1, _pack_text, deterministic=True)
        conn.execute("ALTER TABLE dup_features RENAME TO dup_features_old")
        conn.execute(next(s for s in SCHEMA.split(";") if "TABLE IF NOT EXISTS dup_features" in s))
        conn.execute(
            "INSERT INTO dup_features SELECT record_id, chm_pack_text(data) FROM"
            " dup_features_old ORDER BY record_id"
        )
        conn.execute("DROP TABLE dup_features_old")
        changed = True
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='index' AND name='title_postings_record'"
    ).fetchone():
        conn.execute("DROP INDEX title_postings_record")
        changed = True
    return changed


def truncate_wal(conn: sqlite3.Connection, wait_ms: int = 2000) -> bool:
    """Copy the write-ahead log into the database and truncate it to nothing, after a large
    transaction (a recompute, an update of many chunks): the log grows to the size of every
    page a transaction writes (1.2 GB after a recompute of 300,000 records of five nodes)
    and, without this, keeps that size on disk until its next reset. Waits ``wait_ms`` at
    most for readers of older pages; True when done (False: readers were in the way, the
    log is truncated by a later checkpoint, the store's ``journal_size_limit``)."""
    (old,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(old)}")
    return row is not None and row[0] == 0


def _pack_text(data: bytes | str) -> bytes:
    """A row written before, packed: :func:`pack` of its dict (a row already packed as is)."""
    return data if isinstance(data, bytes) else pack(json.loads(data))


def chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    """``items`` in slices small enough for one ``IN (...)``."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def year_key(year: int | None) -> int:
    """Posting order value: newest first, unknown years last."""
    return -year if year is not None else 0


def get_state(conn: sqlite3.Connection, key: str) -> str | None:
    """A value of ``mx_state``."""
    row = conn.execute("SELECT value FROM mx_state WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def set_state(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a value of ``mx_state``."""
    conn.execute(
        "INSERT INTO mx_state (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, value),
    )


class SqliteMatchIndex:
    """:class:`matching.match.MatchIndex` over ``mx_postings`` and ``mx_features``.

    The features read are kept, at most ``cache_max`` of them (then the most recently read
    half is kept; unbounded by default): an update's chunk of changes reads the candidates
    of each, which in a store of several nodes came to most of its needs and offers (~1.3
    KB each decoded, more with the scoring weights the ``hier`` that scores them keeps:
    the update of 60,000 changes in a 300,000-record store held ~470 MB). A feature let go
    is let go by ``hier`` too (:meth:`matching.match.Hierarchy.forget`), and read again if
    asked for again: the same values, time only."""

    def __init__(
        self, conn: sqlite3.Connection, cache_max: int | None = None, hier: Any = None
    ) -> None:
        self.conn = conn
        self._cache: dict[str, Features] = {}
        self.cache_max, self.hier = cache_max, hier

    def postings(self, key: str, role: str, limit: int) -> list[str]:
        """Ids posted under ``key`` for ``role``, newest first."""
        rows = self.conn.execute(
            "SELECT record_id FROM mx_postings WHERE key=? AND role=? ORDER BY year LIMIT ?",
            (key, role, limit),
        ).fetchall()
        return [r[0] for r in rows]

    def topic_lists(self, topic: str, role: str, limit: int) -> _TopicPlaces:
        """The lists of ``topic`` by place, each read from ``mx_postings`` when asked for
        (see :class:`matching.match.MatchIndex`)."""
        return _TopicPlaces(self, topic, role, limit)

    def features(self, ids: Iterable[str]) -> dict[str, Features]:
        """Features by id (cached for the life of this object)."""
        ids = list(ids)
        want = [i for i in dict.fromkeys(ids) if i not in self._cache]
        if self.cache_max is not None and len(self._cache) + len(want) > self.cache_max:
            self._shrink(keep=self.cache_max // 2)
            want = [i for i in dict.fromkeys(ids) if i not in self._cache]
        for part in chunks(want):
            q = ",".join("?" * len(part))
            for rid, data in self.conn.execute(
                f"SELECT record_id, data FROM mx_features WHERE record_id IN ({q})", part
            ):
                self._cache[rid] = Features.from_json_dict(json.loads(data))
        return {i: self._cache[i] for i in ids if i in self._cache}

    def _shrink(self, keep: int) -> None:
        """Keep the ``keep`` features read last (and ``hier``'s weights of those only)."""
        old = list(self._cache.items())
        drop, kept = old[: max(0, len(old) - keep)], old[max(0, len(old) - keep) :]
        if self.hier is not None:
            for _, f in drop:
                self.hier.forget(f)
        self._cache = dict(kept)

    def forget(self, ids: Iterable[str]) -> None:
        """Drop cached features (after they changed)."""
        for i in ids:
            self._cache.pop(i, None)


class _TopicPlaces:
    """Place -> the first ``limit`` ids posted under ``<topic>|<place>`` (one query per
    place asked for)."""

    def __init__(self, index: SqliteMatchIndex, topic: str, role: str, limit: int) -> None:
        self.index, self.topic, self.role, self.limit = index, topic, role, limit

    def get(self, place: str, default: Sequence[str], /) -> Sequence[str]:
        """The list of ``place`` (empty when nothing is posted there)."""
        return self.index.postings(f"{self.topic}|{place}", self.role, self.limit) or default


def load_records(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Live records by id (tombstones and unknown ids left out)."""
    out: dict[str, dict[str, Any]] = {}
    for part in chunks(ids):
        q = ",".join("?" * len(part))
        for rid, js in conn.execute(
            f"SELECT id, json FROM records WHERE deleted=0 AND id IN ({q})", part
        ):
            out[rid] = json.loads(js)
    return out


class MatchingError(Exception):
    """Base of matching errors. Tree::

    MatchingError
    ├── UnknownRecord      no record with this id in the store
    └── InvalidRule        an allow/block rule that cannot be applied (same id twice, ...)
    """


class UnknownRecord(MatchingError):
    """No record with this id in the store."""

    def __init__(self, record_id: str) -> None:
        super().__init__(f"no record with id {record_id!r} in the store")
        self.record_id = record_id


class InvalidRule(MatchingError):
    """An allow/block rule that cannot be applied."""


def require_record(conn: sqlite3.Connection, record_id: str) -> dict[str, Any]:
    """The stored record (tombstones included, marked ``deleted``), or UnknownRecord."""
    row = conn.execute("SELECT json, deleted FROM records WHERE id=?", (record_id,)).fetchone()
    if row is None:
        raise UnknownRecord(record_id)
    data: dict[str, Any] = json.loads(row[0])
    if row[1]:
        data["deleted"] = True
    return data


def summaries(
    conn: sqlite3.Connection, ids: list[str], lang: str = "en"
) -> dict[str, dict[str, Any]]:
    """id -> {id, node, type, title, url, countries, date} for showing related records."""
    from mappings.record import pick_lang

    out: dict[str, dict[str, Any]] = {}
    for rid, rec in load_records(conn, ids).items():
        out[rid] = {
            "id": rid,
            "node": rec.get("node"),
            "type": rec.get("type"),
            "title": pick_lang(rec.get("title") or {}, lang),
            "url": rec.get("url"),
            "countries": rec.get("countries") or [],
            "date": rec.get("date"),
        }
    return out


def read_word_counts(conn: sqlite3.Connection) -> tuple[dict[str, int], int]:
    """The ``dup_words`` table: known word -> records saying it, and the records counted."""
    counts = dict(conn.execute("SELECT word, n FROM dup_words").fetchall())
    return counts, counts.pop("", 0)


def add_word_counts(conn: sqlite3.Connection, delta: dict[str, int]) -> None:
    """Add ``delta`` (word -> change, ``""`` for the records counted) to ``dup_words``; a
    word no record says any more is dropped."""
    rows = [(w, n) for w, n in delta.items() if n]
    conn.executemany(
        "INSERT INTO dup_words VALUES (?,?) ON CONFLICT(word) DO UPDATE SET n = n + excluded.n",
        rows,
    )
    conn.execute("DELETE FROM dup_words WHERE n <= 0 AND word != ''")
