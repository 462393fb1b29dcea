"""Records: the raw records as harvested and the mapped records with their change sequence.

The tables ``raw_records`` (every raw record kept, with its content hash and datestamp;
tombstones keep their last payload) and ``records`` (the mapped JSON; every change gets the
next sequence number, which index backends follow). :meth:`RecordRepository.commit_page` is a
harvested page's one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from store.base import Database, Repository
from store.runs import RunRepository


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


class RecordRow(NamedTuple):
    """One mapped record as listed by sequence (the OAI-PMH provider's unit)."""

    seq: int
    id: str
    node_id: str
    deleted: bool
    json: str
    updated_at: str


@dataclass(frozen=True)
class RecordFilter:
    """Which mapped records a listing selects; every field given must hold."""

    node: str | None = None
    type: str | None = None  # the record's ``type``
    country: str | None = None  # one of the record's ``countries``
    has_country: bool = False  # names at least one country
    nothing: bool = False  # selects no record (an unknown set)
    updated_from: str | None = None
    updated_until: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """`` AND ...`` conditions on the ``records`` table, and their arguments."""
        conds: list[str] = []
        args: list[Any] = []
        if self.nothing:
            conds.append("0")
        if self.node is not None:
            conds.append("node_id = ?")
            args.append(self.node)
        if self.type is not None:
            conds.append("json_extract(json, '$.type') = ?")
            args.append(self.type)
        if self.has_country:
            conds.append("json_array_length(json, '$.countries') > 0")
        if self.country is not None:
            conds.append("EXISTS (SELECT 1 FROM json_each(records.json, '$.countries')"
                         " WHERE value = ?)")  # fmt: skip
            args.append(self.country)
        if self.updated_from is not None:
            conds.append("updated_at >= ?")
            args.append(self.updated_from)
        if self.updated_until is not None:
            conds.append("updated_at <= ?")
            args.append(self.updated_until)
        return "".join(f" AND {c}" for c in conds), args


_ROW_SQL = "SELECT seq, id, node_id, deleted, json, updated_at FROM records"


class RecordRepository(Repository):
    """Raw and mapped records."""

    def __init__(self, db: Database, runs: RunRepository) -> None:
        super().__init__(db)
        self.runs = runs

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

    def existing_hashes(self, node_id: str, source_ids: list[str]) -> dict[str, str]:
        """source_id -> stored content hash, for the ids of one page."""
        out: dict[str, str] = {}
        for i in range(0, len(source_ids), 500):
            chunk = source_ids[i : i + 500]
            q = ",".join("?" * len(chunk))
            out.update(
                self.conn.execute(
                    f"SELECT source_id, hash FROM raw_records WHERE node_id=?"
                    f" AND source_id IN ({q})",
                    (node_id, *chunk),
                )
            )
        return out

    def payloads(self, node_id: str, source_ids: list[str]) -> dict[str, bytes]:
        """source_id -> stored raw payload, for a few ids of one page (live or not)."""
        out: dict[str, bytes] = {}
        for i in range(0, len(source_ids), 500):
            chunk = source_ids[i : i + 500]
            q = ",".join("?" * len(chunk))
            for sid, payload in self.conn.execute(
                f"SELECT source_id, payload FROM raw_records WHERE node_id=?"
                f" AND source_id IN ({q})",
                (node_id, *chunk),
            ):
                out[sid] = bytes(payload)
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
        with self.transaction() as c:
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
            self.runs.count_page(run_id, counters, checkpoint, errors or [])
        return seq

    def rehash(self, node_id: str, rows: list[tuple[str, str, str]]) -> None:
        """Store a new content hash for unchanged raw records, ``(source_id, old, new)`` each
        (the payload and everything else stay; a record whose hash is no longer ``old`` is
        left alone). No change sequence: nothing a reader sees has changed."""
        with self.transaction() as c:
            c.executemany(
                "UPDATE raw_records SET hash=? WHERE node_id=? AND source_id=? AND hash=?",
                [(new, node_id, sid, old) for sid, old, new in rows],
            )

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

    def write(self, items: Iterable[tuple[str, str, bool, str]], now: str) -> int:
        """Write mapped records ``(id, node_id, deleted, json)`` with new sequence numbers."""
        with self.transaction() as c:
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
        return seq

    def get_json(self, record_id: str) -> tuple[str, bool] | None:
        """(json, deleted) of a mapped record, or None."""
        row = self.conn.execute(
            "SELECT json, deleted FROM records WHERE id = ?", (record_id,)
        ).fetchone()
        return (row[0], bool(row[1])) if row else None

    def get(self, record_id: str) -> dict[str, Any] | None:
        """A mapped record (tombstones included, with ``"deleted": true``), or None."""
        got = self.get_json(record_id)
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

    def live_count(self, node_id: str) -> int:
        """How many of a node's raw records are not tombstones."""
        row = self.conn.execute(
            "SELECT COUNT(*) FROM raw_records WHERE node_id=? AND deleted=0", (node_id,)
        ).fetchone()
        return int(row[0])

    def live_source_id_batches(self, node_id: str, batch: int = 10_000) -> Iterator[list[str]]:
        """The source ids of a node's live raw records, in order, ``batch`` at a time (flat
        memory whatever the node's size: deletion by absence reads them once per complete
        listing)."""
        last = ""
        while True:
            rows = self.conn.execute(
                "SELECT source_id FROM raw_records WHERE node_id=? AND source_id > ? AND deleted=0"
                " ORDER BY source_id LIMIT ?",
                (node_id, last, batch),
            ).fetchall()
            if not rows:
                return
            yield [r[0] for r in rows]
            last = rows[-1][0]

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

    def count(self, node_id: str | None = None, deleted: bool = False) -> int:
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

    # ---- listings by change sequence (the OAI-PMH provider) ---------------------------
    def earliest_update(self) -> str | None:
        """When the oldest mapped record was last written (None when there is none)."""
        row = self.conn.execute("SELECT MIN(updated_at) FROM records").fetchone()
        return row[0] if row and row[0] else None

    def row(self, record_id: str) -> RecordRow | None:
        """One mapped record (tombstones included) as a :class:`RecordRow`, or None."""
        row = self.conn.execute(_ROW_SQL + " WHERE id = ?", (record_id,)).fetchone()
        return _record_row(row) if row else None

    def rows_after(self, after: int, upto: int, where: RecordFilter, limit: int) -> list[RecordRow]:
        """Up to ``limit`` records with ``after < seq <= upto`` that ``where`` selects, by seq."""
        cond, args = where.sql()
        rows = self.conn.execute(
            f"{_ROW_SQL} WHERE seq > ? AND seq <= ?{cond} ORDER BY seq LIMIT ?",
            (after, upto, *args, limit),
        ).fetchall()
        return [_record_row(r) for r in rows]

    def count_upto(self, upto: int, where: RecordFilter) -> int:
        """How many records with ``seq <= upto`` ``where`` selects."""
        cond, args = where.sql()
        row = self.conn.execute(
            f"SELECT COUNT(*) FROM records WHERE seq <= ?{cond}", (upto, *args)
        ).fetchone()
        return int(row[0])

    def node_ids(self) -> list[str]:
        """The nodes that have raw records in the store (configured or not)."""
        return [r[0] for r in self.conn.execute("SELECT DISTINCT node_id FROM raw_records")]

    def iter_live(self) -> Iterator[tuple[int, str, str]]:
        """``(seq, id, json)`` of every live mapped record (``chm reindex`` rebuilding an
        index; the sequence numbers make versioned writes on Elasticsearch/OpenSearch)."""
        for row in self.conn.execute("SELECT seq, id, json FROM records WHERE deleted = 0"):
            yield int(row[0]), row[1], row[2]


def _record_row(row: tuple[Any, ...]) -> RecordRow:
    return RecordRow(int(row[0]), row[1], row[2], bool(row[3]), row[4], row[5])
