"""SQLite store: raw records, mapped records with a change sequence, runs and their errors."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RAW_RECORDS = """CREATE TABLE IF NOT EXISTS raw_records (
    node_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    datestamp TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    format TEXT NOT NULL,
    payload BLOB NOT NULL,
    hash TEXT NOT NULL,           -- sha1 of payload (or 'deleted'): unchanged records are skipped
    run_id INTEGER,               -- the run that last changed this raw record
    harvested_at TEXT NOT NULL,
    map_error TEXT,               -- why the last mapping failed (NULL when mapped)
    UNIQUE (node_id, source_id)   -- a rowid table: payloads of 1-2 KB are twice as fast to
);                                -- write than in a WITHOUT ROWID table keyed by these
"""
RAW_COLUMNS = (
    "node_id, source_id, datestamp, deleted, format, payload, hash, run_id, harvested_at, map_error"
)

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

RUN_COUNTERS = ("pages", "added", "updated", "unchanged", "deleted", "rejected", "bytes")


@dataclass(frozen=True)
class NodeState:
    """What the store remembers about a node between runs."""

    node_id: str
    last_success_from: str | None = None
    last_success_at: str | None = None
    resume_checkpoint: str | None = None
    resume_since: str | None = None
    granularity: str | None = None


@dataclass(frozen=True)
class ChangeRow:
    """One mapped-record change, in sequence order."""

    seq: int
    id: str
    deleted: bool
    json: str


@dataclass
class RawChange:
    """What the pipeline writes for one raw record in a page transaction."""

    node_id: str
    source_id: str
    datestamp: str | None
    deleted: bool
    format: str
    payload: bytes
    hash: str
    record_id: str
    record_json: str | None  # None: mapping failed (raw kept, old mapped record kept)
    map_error: str | None = None


class Store:
    """The SQLite raw store. One writer at a time (SQLite); readers never block (WAL).

    Connections are per thread, so the HTTP app, the scheduler and the CLI can share one
    ``Store`` object.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self.conn.executescript(SCHEMA)
        self._migrate_raw_records()

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
        with self._write_lock:
            c.execute("BEGIN IMMEDIATE")
            try:
                if old_layout():  # another process may have converted it meanwhile
                    c.execute("ALTER TABLE raw_records RENAME TO raw_records_old")
                    c.execute(RAW_RECORDS)
                    c.execute(
                        f"INSERT INTO raw_records ({RAW_COLUMNS})"
                        f" SELECT {RAW_COLUMNS} FROM raw_records_old ORDER BY node_id, source_id"
                    )
                    c.execute("DROP TABLE raw_records_old")
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

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
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ---- change sequence -------------------------------------------------------------
    def max_seq(self) -> int:
        """The highest change sequence number in the store (0 when empty)."""
        row = self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM records").fetchone()
        return int(row[0])

    def changes_since(self, seq: int, batch: int = 5000) -> Iterator[ChangeRow]:
        """Every mapped-record change after ``seq``, in order, read in batches (flat memory)."""
        last = seq
        while True:
            rows = self.conn.execute(
                "SELECT seq, id, deleted, json FROM records WHERE seq > ? ORDER BY seq LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            for r in rows:
                yield ChangeRow(int(r[0]), r[1], bool(r[2]), r[3])
            last = int(rows[-1][0])

    # ---- raw + mapped records --------------------------------------------------------
    def existing_hashes(self, node_id: str, source_ids: list[str]) -> dict[str, str]:
        """source_id -> stored content hash, for the ids of one page."""
        out: dict[str, str] = {}
        for i in range(0, len(source_ids), 500):
            chunk = source_ids[i : i + 500]
            q = ",".join("?" * len(chunk))
            for sid, h in self.conn.execute(
                f"SELECT source_id, hash FROM raw_records WHERE node_id=? AND source_id IN ({q})",
                (node_id, *chunk),
            ):
                out[sid] = h
        return out

    def commit_page(
        self,
        run_id: int,
        changes: list[RawChange],
        now: str,
        counters: dict[str, int],
        checkpoint: str | None,
        errors: list[dict[str, Any]] | None = None,
    ) -> int:
        """Write one page in one transaction; return the last change sequence number.

        Raw records, mapped records, the run's counters, its errors and its checkpoint all
        commit together, so a killed harvest leaves nothing half-written.
        """
        with self._write_lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                seq = self.max_seq()
                raw_rows = []
                rec_rows = []
                for ch in changes:
                    if ch.deleted:
                        seq += 1
                        self._tombstone(ch, run_id, now, seq)
                        continue
                    raw_rows.append(
                        (
                            ch.node_id,
                            ch.source_id,
                            ch.datestamp,
                            0,
                            ch.format,
                            ch.payload,
                            ch.hash,
                            run_id,
                            now,
                            ch.map_error,
                        )
                    )
                    if ch.record_json is not None:
                        seq += 1
                        rec_rows.append((ch.record_id, ch.node_id, seq, 0, ch.record_json, now))
                c.executemany(
                    "INSERT OR REPLACE INTO raw_records (node_id, source_id, datestamp, deleted,"
                    " format, payload, hash, run_id, harvested_at, map_error)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?)",
                    raw_rows,
                )
                c.executemany(
                    "INSERT OR REPLACE INTO records (id, node_id, seq, deleted, json, updated_at)"
                    " VALUES (?,?,?,?,?,?)",
                    rec_rows,
                )
                if errors:
                    self._insert_errors(run_id, errors)
                sets = ", ".join(f"{k} = {k} + ?" for k in RUN_COUNTERS)
                c.execute(
                    f"UPDATE runs SET {sets}, checkpoint = ? WHERE id = ?",
                    (*(counters.get(k, 0) for k in RUN_COUNTERS), checkpoint, run_id),
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return seq

    def _tombstone(self, ch: RawChange, run_id: int, now: str, seq: int) -> None:
        """Mark a record deleted, keeping its last raw payload and mapped JSON (its history)."""
        c = self.conn
        cur = c.execute(
            "UPDATE raw_records SET deleted=1, hash=?, datestamp=?, run_id=?, harvested_at=?"
            " WHERE node_id=? AND source_id=?",
            (ch.hash, ch.datestamp, run_id, now, ch.node_id, ch.source_id),
        )
        if cur.rowcount == 0:
            c.execute(
                "INSERT INTO raw_records (node_id, source_id, datestamp, deleted, format, payload,"
                " hash, run_id, harvested_at) VALUES (?,?,?,1,?,?,?,?,?)",
                (ch.node_id, ch.source_id, ch.datestamp, ch.format, b"", ch.hash, run_id, now),
            )
        cur = c.execute(
            "UPDATE records SET deleted=1, seq=?, updated_at=? WHERE id=?", (seq, now, ch.record_id)
        )
        if cur.rowcount == 0:
            c.execute(
                "INSERT INTO records (id, node_id, seq, deleted, json, updated_at)"
                " VALUES (?,?,?,1,?,?)",
                (ch.record_id, ch.node_id, seq, ch.record_json or "{}", now),
            )

    def write_records(self, items: Iterable[tuple[str, str, bool, str]], now: str) -> int:
        """Write mapped records ``(id, node_id, deleted, json)`` with new sequence numbers."""
        with self._write_lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                seq = self.max_seq()
                rows = []
                for rid, node_id, deleted, js in items:
                    seq += 1
                    rows.append((rid, node_id, seq, int(deleted), js, now))
                c.executemany(
                    "INSERT OR REPLACE INTO records (id, node_id, seq, deleted, json, updated_at)"
                    " VALUES (?,?,?,?,?,?)",
                    rows,
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return seq

    def get_record_json(self, record_id: str) -> tuple[str, bool] | None:
        """(json, deleted) of a mapped record, or None."""
        row = self.conn.execute(
            "SELECT json, deleted FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        return (row[0], bool(row[1])) if row else None

    def get_record(self, record_id: str) -> dict[str, Any] | None:
        """A mapped record (tombstones included, with ``"deleted": true``), or None."""
        got = self.get_record_json(record_id)
        if got is None:
            return None
        data: dict[str, Any] = json.loads(got[0])
        if got[1]:
            data["deleted"] = True
        return data

    def get_raw(self, node_id: str, source_id: str) -> dict[str, Any] | None:
        """A raw record row as a dict, or None."""
        cur = self.conn.execute(
            "SELECT * FROM raw_records WHERE node_id=? AND source_id=?", (node_id, source_id)
        )
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def iter_raw(self, node_id: str | None = None, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """Every raw record (optionally of one node), in key order, read in batches."""
        last = ("", "")
        cols = "node_id, source_id, datestamp, deleted, format, payload, hash, map_error"
        names = [c.strip() for c in cols.split(",")]
        while True:
            if node_id is None:
                rows = self.conn.execute(
                    f"SELECT {cols} FROM raw_records WHERE (node_id, source_id) > (?, ?)"
                    " ORDER BY node_id, source_id LIMIT ?",
                    (*last, batch),
                ).fetchall()
            else:
                rows = self.conn.execute(
                    f"SELECT {cols} FROM raw_records WHERE node_id = ? AND source_id > ?"
                    " ORDER BY source_id LIMIT ?",
                    (node_id, last[1], batch),
                ).fetchall()
            if not rows:
                return
            for r in rows:
                yield dict(zip(names, r, strict=True))
            last = (rows[-1][0], rows[-1][1])

    def live_source_ids(self, node_id: str) -> set[str]:
        """Source ids of a node's raw records that are not tombstones."""
        return {
            r[0]
            for r in self.conn.execute(
                "SELECT source_id FROM raw_records WHERE node_id=? AND deleted=0", (node_id,)
            )
        }

    def harvested_since(self, node_id: str, source_ids: list[str], when: str) -> set[str]:
        """Those of ``source_ids`` whose raw record was written after ``when``."""
        out: set[str] = set()
        for i in range(0, len(source_ids), 500):
            chunk = source_ids[i : i + 500]
            q = ",".join("?" * len(chunk))
            out.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT source_id FROM raw_records WHERE node_id=? AND harvested_at > ?"
                    f" AND source_id IN ({q})",
                    (node_id, when, *chunk),
                )
            )
        return out

    def count_records(self, node_id: str | None = None, deleted: bool = False) -> int:
        """Number of mapped records (live by default, tombstones with ``deleted=True``)."""
        if node_id is None:
            row = self.conn.execute(
                "SELECT COUNT(*) FROM records WHERE deleted = ?", (int(deleted),)
            ).fetchone()
        else:
            row = self.conn.execute(
                "SELECT COUNT(*) FROM records WHERE node_id = ? AND deleted = ?",
                (node_id, int(deleted)),
            ).fetchone()
        return int(row[0])

    def counts_by_node(self) -> dict[str, int]:
        """node id -> live record count."""
        return {
            r[0]: int(r[1])
            for r in self.conn.execute(
                "SELECT node_id, COUNT(*) FROM records WHERE deleted=0 GROUP BY node_id"
            )
        }

    # ---- runs --------------------------------------------------------------------
    def start_run(
        self, node_id: str, trigger: str, now: str, since: str | None, resumed_from: str | None
    ) -> int:
        """Record a new run as 'running' and return its id."""
        with self._write_lock:
            cur = self.conn.execute(
                "INSERT INTO runs (node_id, trigger, started_at, status, since, resumed_from)"
                " VALUES (?,?,?,?,?,?)",
                (node_id, trigger, now, "running", since, resumed_from),
            )
            return int(cur.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        status: str,
        now: str,
        error: str | None = None,
        error_kind: str | None = None,
        next_from: str | None = None,
    ) -> None:
        """Close a run with its final status."""
        with self._write_lock:
            self.conn.execute(
                "UPDATE runs SET status=?, finished_at=?, error=?, error_kind=?, next_from=?"
                " WHERE id=?",
                (status, now, error, error_kind, next_from, run_id),
            )

    def _insert_errors(self, run_id: int, errors: list[dict[str, Any]]) -> None:
        self.conn.executemany(
            "INSERT INTO run_errors (run_id, source_id, stage, field, value, message, path)"
            " VALUES (?,?,?,?,?,?,?)",
            [
                (
                    run_id,
                    e.get("source_id"),
                    e.get("stage", "map"),
                    e.get("field"),
                    None if e.get("value") is None else str(e.get("value"))[:500],
                    e["message"],
                    e.get("path"),
                )
                for e in errors
            ],
        )

    def add_run_errors(self, run_id: int, errors: list[dict[str, Any]]) -> None:
        """Record per-record errors outside a page transaction."""
        with self._write_lock:
            self._insert_errors(run_id, errors)

    def get_run(self, run_id: int) -> dict[str, Any] | None:
        """One run as a dict, or None."""
        cur = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def list_runs(self, node_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Most recent runs first."""
        if node_id:
            cur = self.conn.execute(
                "SELECT * FROM runs WHERE node_id=? ORDER BY id DESC LIMIT ?", (node_id, limit)
            )
        else:
            cur = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def run_errors(self, run_id: int, limit: int = 10_000) -> list[dict[str, Any]]:
        """Per-record errors of a run."""
        cur = self.conn.execute(
            "SELECT source_id, stage, field, value, message, path FROM run_errors"
            " WHERE run_id=? LIMIT ?",
            (run_id, limit),
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def mark_interrupted_runs(self, now: str) -> int:
        """Runs left 'running' by a killed process become 'aborted'; return how many.

        A run whose node lock is held by a live process (a harvest going on elsewhere) is left
        alone.
        """
        from store.lease import mark_stale_runs  # runs that record their process

        marked = mark_stale_runs(self, now)
        with self._write_lock:
            live = [n for n, _ in self.node_locks().items() if self._lock_alive(n)]
            q = ",".join("?" * len(live))
            cur = self.conn.execute(
                "UPDATE runs SET status='aborted', finished_at=?, error_kind='interrupted',"
                " error='the process stopped before the run finished; the next run resumes'"
                f" WHERE status='running' AND pid IS NULL AND node_id NOT IN ({q})",
                (now, *live),
            )
            return marked + cur.rowcount

    # ---- node locks: never two runs of one node at once, across threads and processes ----
    def node_locks(self) -> dict[str, dict[str, Any]]:
        """node id -> lock row (live or not)."""
        cur = self.conn.execute("SELECT node_id, token, host, pid, acquired_at FROM node_locks")
        return {r[0]: {"token": r[1], "host": r[2], "pid": r[3], "acquired_at": r[4]} for r in cur}

    def _lock_alive(self, node_id: str) -> bool:
        row = self.node_locks().get(node_id)
        return row is not None and _process_alive(row["host"], int(row["pid"]))

    def acquire_node_lock(self, node_id: str, now: str) -> str | None:
        """Take the node's harvest lock; return its token, or None when a live process holds
        it. A lock left by a dead process (killed, crashed) is taken over."""
        token = uuid.uuid4().hex
        with self._write_lock:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                row = c.execute(
                    "SELECT host, pid FROM node_locks WHERE node_id=?", (node_id,)
                ).fetchone()
                if row is not None and _process_alive(row[0], int(row[1])):
                    c.execute("ROLLBACK")
                    return None
                c.execute(
                    "INSERT OR REPLACE INTO node_locks (node_id, token, host, pid, acquired_at)"
                    " VALUES (?,?,?,?,?)",
                    (node_id, token, socket.gethostname(), os.getpid(), now),
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise
        return token

    def release_node_lock(self, node_id: str, token: str) -> None:
        """Give the lock back (only the holder's token releases it)."""
        with self._write_lock:
            self.conn.execute(
                "DELETE FROM node_locks WHERE node_id=? AND token=?", (node_id, token)
            )

    def running_run(self, node_id: str) -> int | None:
        """The id of the node's run in progress, if any."""
        row = self.conn.execute(
            "SELECT MAX(id) FROM runs WHERE node_id=? AND status='running'", (node_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def latest_runs(self, per_node: int = 20) -> dict[str, list[dict[str, Any]]]:
        """node id -> its most recent runs, newest first."""
        cur = self.conn.execute(
            "SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY node_id ORDER BY id DESC)"
            " AS rn FROM runs) WHERE rn <= ? ORDER BY node_id, id DESC",
            (per_node,),
        )
        names = [d[0] for d in cur.description]
        out: dict[str, list[dict[str, Any]]] = {}
        for r in cur.fetchall():
            d = dict(zip(names, r, strict=True))
            d.pop("rn", None)
            out.setdefault(d["node_id"], []).append(d)
        return out

    def run_totals(self) -> list[dict[str, Any]]:
        """Per node and status: run count and summed counters (for /metrics)."""
        cur = self.conn.execute(
            "SELECT node_id, status, COUNT(*) AS runs, SUM(added) AS added,"
            " SUM(updated) AS updated, SUM(unchanged) AS unchanged, SUM(deleted) AS deleted,"
            " SUM(rejected) AS rejected, SUM(bytes) AS bytes FROM runs GROUP BY node_id, status"
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def run_duration_buckets(self, bounds: list[float]) -> tuple[list[int], float, int]:
        """Finished runs' durations: cumulative counts per upper bound, sum, count."""
        dur = "(julianday(finished_at) - julianday(started_at)) * 86400.0"
        cols = ", ".join(f"SUM(CASE WHEN {dur} <= {float(b)!r} THEN 1 ELSE 0 END)" for b in bounds)
        row = self.conn.execute(
            f"SELECT {cols}, COALESCE(SUM({dur}), 0), COUNT(*) FROM runs"
            " WHERE finished_at IS NOT NULL AND status != 'running'"
        ).fetchone()
        n = len(bounds)
        return [int(x or 0) for x in row[:n]], float(row[n]), int(row[n + 1])

    # ---- quarantine of mass deletions ---------------------------------------------------
    def hold_deletions(
        self,
        node_id: str,
        run_id: int,
        source_ids: list[str],
        live_count: int,
        threshold: float,
        now: str,
    ) -> int:
        """Hold deletions for an operator; a node's pending hold is replaced, not duplicated.
        Return the quarantine id."""
        ids = json.dumps(sorted(source_ids))
        with self._write_lock:
            row = self.conn.execute(
                "SELECT id FROM quarantine WHERE node_id=? AND status='pending'", (node_id,)
            ).fetchone()
            if row:
                self.conn.execute(
                    "UPDATE quarantine SET run_id=?, created_at=?, live_count=?, threshold=?,"
                    " source_ids=? WHERE id=?",
                    (run_id, now, live_count, threshold, ids, row[0]),
                )
                return int(row[0])
            cur = self.conn.execute(
                "INSERT INTO quarantine (node_id, run_id, created_at, status, live_count,"
                " threshold, source_ids) VALUES (?,?,?,'pending',?,?,?)",
                (node_id, run_id, now, live_count, threshold, ids),
            )
            return int(cur.lastrowid or 0)

    def list_quarantine(
        self, status: str | None = None, node_id: str | None = None
    ) -> list[dict[str, Any]]:
        """Quarantine entries, newest first (``source_ids`` decoded)."""
        where, args = [], []
        if status:
            where.append("status=?")
            args.append(status)
        if node_id:
            where.append("node_id=?")
            args.append(node_id)
        sql = "SELECT * FROM quarantine"
        if where:
            sql += " WHERE " + " AND ".join(where)
        cur = self.conn.execute(sql + " ORDER BY id DESC", args)
        names = [d[0] for d in cur.description]
        out = []
        for r in cur.fetchall():
            d = dict(zip(names, r, strict=True))
            d["source_ids"] = json.loads(d["source_ids"])
            d["count"] = len(d["source_ids"])
            out.append(d)
        return out

    def get_quarantine(self, qid: int) -> dict[str, Any] | None:
        """One quarantine entry, or None."""
        for d in self.list_quarantine():
            if d["id"] == qid:
                return d
        return None

    def decide_quarantine(
        self, qid: int, status: str, now: str, by: str | None, applied: int | None = None
    ) -> None:
        """Close a pending hold as approved or rejected."""
        with self._write_lock:
            self.conn.execute(
                "UPDATE quarantine SET status=?, decided_at=?, decided_by=?, applied=?"
                " WHERE id=? AND status='pending'",
                (status, now, by, applied, qid),
            )

    # ---- node health (for alerts once per change) ----------------------------------------
    def health_states(self) -> dict[str, dict[str, Any]]:
        """node id -> {state, since, detail, notified_state}."""
        cur = self.conn.execute(
            "SELECT node_id, state, since, detail, notified_state FROM node_health"
        )
        return {
            r[0]: {"state": r[1], "since": r[2], "detail": r[3], "notified_state": r[4]}
            for r in cur
        }

    def set_health_state(self, node_id: str, state: str, since: str, detail: str | None) -> None:
        """Remember a node's new health state."""
        with self._write_lock:
            self.conn.execute(
                "INSERT INTO node_health (node_id, state, since, detail) VALUES (?,?,?,?)"
                " ON CONFLICT(node_id) DO UPDATE SET state=excluded.state,"
                " since=excluded.since, detail=excluded.detail",
                (node_id, state, since, detail),
            )

    def set_notified_state(self, node_id: str, state: str) -> None:
        """Remember which state the webhook last announced for a node."""
        with self._write_lock:
            self.conn.execute(
                "UPDATE node_health SET notified_state=? WHERE node_id=?", (state, node_id)
            )

    # ---- node state ----------------------------------------------------------------
    def node_state(self, node_id: str) -> NodeState:
        """What the store remembers about a node (defaults when never harvested)."""
        row = self.conn.execute(
            "SELECT node_id, last_success_from, last_success_at, resume_checkpoint,"
            " resume_since, granularity FROM node_state WHERE node_id=?",
            (node_id,),
        ).fetchone()
        return NodeState(*row) if row else NodeState(node_id)

    def update_node_state(self, node_id: str, **values: str | None) -> None:
        """Set some columns of a node's state."""
        allowed = {
            "last_success_from",
            "last_success_at",
            "resume_checkpoint",
            "resume_since",
            "granularity",
        }
        bad = set(values) - allowed
        if bad:
            raise ValueError(f"unknown node_state columns: {sorted(bad)}")
        with self._write_lock:
            self.conn.execute(
                "INSERT INTO node_state (node_id) VALUES (?) ON CONFLICT(node_id) DO NOTHING",
                (node_id,),
            )
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.conn.execute(
                    f"UPDATE node_state SET {sets} WHERE node_id = ?", (*values.values(), node_id)
                )

    def get_meta(self, key: str) -> str | None:
        """A value from the meta table."""
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def meta_setdefault(self, key: str, value: str) -> str:
        """The meta value of ``key``, set to ``value`` first if there is none (the first
        writer wins, also across processes)."""
        with self._write_lock:
            self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))
        got = self.get_meta(key)
        return value if got is None else got

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the meta table."""
        with self._write_lock:
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (key, value),
            )


def _process_alive(host: str, pid: int) -> bool:
    """Whether the process holding a lock still runs (locks from other hosts count as live)."""
    if host != socket.gethostname():
        return True
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a killed child not yet reaped by its parent is a zombie: dead for our purposes
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True
