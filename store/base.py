"""The SQLite database under every repository: one connection per thread, one transaction().

Readers never block (WAL). Writers are serialised: every write in chm goes through
:meth:`Database.transaction`, which takes this process's write lock and SQLite's
(``BEGIN IMMEDIATE``), commits on success and rolls back on any error. A transaction opened
inside another joins it, so a repository method can be called alone or as part of a larger
unit (a harvested page: records, run counters and errors together).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

RAW_RECORDS = """CREATE TABLE IF NOT EXISTS raw_records (
    node_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    datestamp TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL,
    payload BLOB NOT NULL,
    hash TEXT NOT NULL,           -- content hash (or 'deleted'): unchanged records are skipped
    run_id INTEGER,               -- the run that last changed this raw record
    harvested_at TEXT NOT NULL,
    map_error TEXT,               -- why the last mapping failed (NULL when mapped)
    UNIQUE (node_id, source_id)   -- a rowid table: payloads of 1-2 KB are twice as fast to
);                                -- write than in a WITHOUT ROWID table keyed by these
"""
RAW_RECORDS_INDEX = """CREATE INDEX IF NOT EXISTS raw_records_hash
    ON raw_records (node_id, source_id, deleted, hash)"""
"""What a re-harvest reads of every listed record (its hash; the live ids for deletion by
absence) without reading the rows, payloads and all: 4.5 -> 1.5 µs CPU per record of an
unchanged 100k CKAN ``--full`` (the rows of 2 KB payloads are 200 MB of pages)."""
RAW_COLUMNS = (
    "node_id, source_id, datestamp, deleted, format, payload, hash, run_id, harvested_at, map_error"
)

WAL_LIMIT = 64 * 2**20
"""Bytes of write-ahead log kept on disk when the log is reset after a checkpoint: a large
transaction (a matching recompute) grows it to the size of every page it wrote (1.2 GB),
and SQLite otherwise keeps that file's size for good."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
{raw_records}
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,          -- node + ':' + source_id
    node_id TEXT NOT NULL,
    seq INTEGER NOT NULL,         -- change sequence: every change gets the next number
    deleted INTEGER NOT NULL DEFAULT 0,   -- tombstones stay, with their history
    json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS records_seq ON records(seq);
CREATE INDEX IF NOT EXISTS records_node ON records(node_id, deleted);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL,
    trigger TEXT NOT NULL,        -- schedule | manual | registration
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,         -- running | success | partial | failed | aborted
    since TEXT,                   -- the incremental 'from' used (NULL = full)
    resumed_from TEXT,            -- checkpoint this run resumed from
    checkpoint TEXT,              -- last committed page's checkpoint (resume point)
    next_from TEXT,               -- the 'from' the next incremental run uses after success
    pages INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    updated INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    deleted INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    error_kind TEXT,              -- unreachable | invalid-response | protocol-error | ...
    error TEXT
);
CREATE INDEX IF NOT EXISTS runs_node ON runs(node_id, id);
CREATE TABLE IF NOT EXISTS run_errors (
    run_id INTEGER NOT NULL,
    source_id TEXT,
    stage TEXT NOT NULL,          -- harvest | map | enrich | index
    field TEXT,
    value TEXT,
    message TEXT NOT NULL,
    path TEXT
);
CREATE INDEX IF NOT EXISTS run_errors_run ON run_errors(run_id);
CREATE TABLE IF NOT EXISTS node_state (
    node_id TEXT PRIMARY KEY,
    last_success_from TEXT,       -- the 'from' for the next incremental run
    last_success_at TEXT,
    resume_checkpoint TEXT,       -- set while a run is interrupted mid-listing
    resume_since TEXT,
    granularity TEXT
);
CREATE TABLE IF NOT EXISTS node_locks (   -- one row while a node is being harvested
    node_id TEXT PRIMARY KEY,
    token TEXT NOT NULL,          -- held by whoever knows it
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,         -- a lock whose process is gone (SIGKILL) is taken over
    acquired_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS quarantine (  -- mass deletions held until an operator decides
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL,
    run_id INTEGER NOT NULL,      -- the (latest) run whose complete listing lacked them
    created_at TEXT NOT NULL,
    status TEXT NOT NULL,         -- pending | approved | rejected
    live_count INTEGER NOT NULL,  -- the node's live records when held
    threshold REAL NOT NULL,
    source_ids TEXT NOT NULL,     -- JSON list of the source ids that would be deleted
    decided_at TEXT,
    decided_by TEXT,
    applied INTEGER               -- tombstones written on approval
);
CREATE INDEX IF NOT EXISTS quarantine_node ON quarantine(node_id, status);
CREATE TABLE IF NOT EXISTS node_health (  -- last computed health, for alerts once per change
    node_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    since TEXT NOT NULL,
    detail TEXT,
    notified_state TEXT           -- the state the webhook last announced
);
""".replace("{raw_records}", RAW_RECORDS)


REGISTRY_SCHEMA = """
CREATE TABLE IF NOT EXISTS node_registry (
    node_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,            -- pending | active | disabled
    status_reason TEXT,
    contact_name TEXT,
    contact_email TEXT,
    key_hash TEXT,                   -- pbkdf2_sha256$iterations$salt$hash; never the key
    key_created_at TEXT,
    registered_at TEXT NOT NULL,
    registered_from TEXT,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS node_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    node_id TEXT NOT NULL,
    at TEXT NOT NULL,
    status TEXT NOT NULL,            -- pass | warn | fail
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS node_reports_node ON node_reports(node_id, id);
CREATE TABLE IF NOT EXISTS registry_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,             -- operator | node:<id> | anonymous | cli:<user>
    action TEXT NOT NULL,            -- register | update | status | delete | rotate-key | ...
    node_id TEXT,
    client TEXT,                     -- the client's IP address, or 'cli'
    detail TEXT                      -- JSON
);
CREATE INDEX IF NOT EXISTS registry_audit_node ON registry_audit(node_id, id);
CREATE TABLE IF NOT EXISTS node_secrets (
    node_id TEXT NOT NULL,
    header TEXT NOT NULL,            -- the HTTP header it is sent in
    value TEXT NOT NULL,             -- sent as given (scheme included): never shown
    origin TEXT NOT NULL,            -- scheme://host:port it may be sent to, nothing else
    set_at TEXT NOT NULL,
    PRIMARY KEY (node_id, header)
);
"""
"""The node registry's tables (read and written by :mod:`registration.registry`)."""


class Database:
    """An SQLite file: per-thread connections, the schema, one way to write."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self.conn.executescript(SCHEMA)
        self.conn.executescript(REGISTRY_SCHEMA)
        self._migrate_raw_records()
        self.conn.execute(RAW_RECORDS_INDEX)  # once, for stores made before it (~1 s per 100k)

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (created on first use)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(
                self.path, timeout=60, isolation_level=None, check_same_thread=False
            )
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=60000")
            conn.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on this thread's connection; nested calls join the outer one.

        Example::

            with store.transaction() as conn:
                conn.execute("UPDATE ...")
        """
        with self._write_lock:
            conn = self.conn
            depth: int = getattr(self._local, "depth", 0)
            self._local.depth = depth + 1
            try:
                if depth:
                    yield conn
                    return
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                conn.execute("COMMIT")
            finally:
                self._local.depth = depth

    @contextmanager
    def writes_held(self) -> Iterator[None]:
        """Keep this process's other threads from writing meanwhile (they wait, as for a
        :meth:`transaction`), while another process writes: the first matching's child
        (:mod:`matching.apart`)."""
        with self._write_lock:
            yield

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _migrate_raw_records(self) -> None:
        """Stores made before raw_records became a rowid table are converted once, in one
        transaction (every raw record is kept; a crash leaves the old table)."""
        c = self.conn

        def old_layout() -> bool:
            row = c.execute(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name='raw_records'"
            ).fetchone()
            return row is not None and "WITHOUT ROWID" in row[0].upper()

        if not old_layout():
            return
        with self.transaction():
            if old_layout():  # another process may have converted it meanwhile
                c.execute("ALTER TABLE raw_records RENAME TO raw_records_old")
                c.execute(RAW_RECORDS)
                c.execute(
                    f"INSERT INTO raw_records ({RAW_COLUMNS})"
                    f" SELECT {RAW_COLUMNS} FROM raw_records_old ORDER BY node_id, source_id"
                )
                c.execute("DROP TABLE raw_records_old")


class Repository:
    """A group of tables on a :class:`Database` (records, runs, nodes, quarantine...)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection (for reads)."""
        return self.db.conn

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """The database's one write transaction (see :meth:`Database.transaction`)."""
        return self.db.transaction()
