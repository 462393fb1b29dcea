"""Vocabulary gaps: subject terms no concept (or several concepts) matched, counted per node.

Data flow: enrich.py adds to a :class:`GapCounter` in memory while a page of records is
mapped; the pipeline adds a run's counts to the ``vocab_gaps`` table inside its page
transactions, a few times per run (:class:`pipeline.pages.RunGaps`). ``chm vocab gaps`` and
GET /api/vocabulary/gaps read :func:`top_gaps`, so the vocabulary can grow where the data
needs it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from typing import Any

KINDS = ("unmapped", "ambiguous", "type")
"""``unmapped``/``ambiguous``: a subject term no concept / several concepts matched;
``type``: a stated record type (``dc:type``) no label of the record-type scheme matched, so
the record is typed ``other`` (``(no type stated)`` when the record stated none)."""

FIXES = {
    "unmapped": "add the term as a label (altLabel) of the right topic concept in the "
    "thesaurus, then run chm reindex",
    "ambiguous": "the term is a label of several concepts: make it a label of one only, or "
    "write the more precise term at the source",
    "type": "add the value as an altLabel of the right concept of the record-type scheme "
    "(vocabulary/thesaurus.ttl), or map it in the node's mapping (a values table), then run "
    "chm reindex; records stating no type are typed from their title where it says",
}
"""What to suggest for each kind of gap."""
MAX_TERM_LEN = 200

_DDL = """
CREATE TABLE IF NOT EXISTS vocab_gaps (
    node_id TEXT NOT NULL,
    term    TEXT NOT NULL,
    count   INTEGER NOT NULL DEFAULT 0,
    kind    TEXT NOT NULL DEFAULT 'unmapped',
    PRIMARY KEY (node_id, term, kind)
)
"""


def normalise_term(term: str) -> str:
    """Collapse whitespace, lower-case and truncate, so variants of one term count together."""
    return " ".join(term.split()).lower()[:MAX_TERM_LEN]


class GapCounter:
    """In-memory ``(node, term, kind) -> count``; thread-safe; flushed to SQLite by its owner."""

    def __init__(self) -> None:
        self._counts: Counter[tuple[str, str, str]] = Counter()
        self._lock = threading.Lock()

    def add(self, node_id: str, term: str, kind: str = "unmapped") -> None:
        """Count one occurrence of ``term`` for ``node_id`` (kind ``unmapped``/``ambiguous``)."""
        if kind not in KINDS:
            raise ValueError(f"gap kind must be one of {', '.join(KINDS)}, not {kind!r}")
        norm = normalise_term(term)
        if norm:
            with self._lock:
                self._counts[(node_id, norm, kind)] += 1

    def merge(self, items: list[tuple[tuple[str, str, str], int]]) -> None:
        """Add counts taken from another counter's :meth:`items` (e.g. a worker process's)."""
        with self._lock:
            for key, n in items:
                self._counts[key] += n

    def __len__(self) -> int:
        return len(self._counts)

    def items(self) -> list[tuple[tuple[str, str, str], int]]:
        """The pending counts, most frequent first."""
        with self._lock:
            return self._counts.most_common()

    def take(self) -> list[tuple[tuple[str, str, str], int]]:
        """The pending counts (as :meth:`items`), forgotten here."""
        with self._lock:
            pending = list(self._counts.items())
            self._counts.clear()
        return pending

    def flush(self, conn: sqlite3.Connection) -> int:
        """Add the pending counts to ``vocab_gaps`` (created if needed) and forget them.

        Does not commit: the caller's transaction does.
        Returns the number of (node, term, kind) rows touched.
        """
        return write_counts(conn, self.take())


def write_counts(conn: sqlite3.Connection, items: list[tuple[tuple[str, str, str], int]]) -> int:
    """Add counts (as :meth:`GapCounter.items` gives them) to ``vocab_gaps``, created if
    needed. Does not commit: the caller's transaction does. Returns the rows touched."""
    conn.execute(_DDL)
    conn.executemany(
        "INSERT INTO vocab_gaps (node_id, term, kind, count) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (node_id, term, kind) DO UPDATE SET count = count + excluded.count",
        [(node, term, kind, n) for (node, term, kind), n in items],
    )
    return len(items)


def top_gaps(
    conn: sqlite3.Connection,
    node_id: str | None = None,
    limit: int = 50,
    kind: str | None = None,
) -> list[dict[str, Any]]:
    """The most frequent gaps, optionally for one node and one kind:
    ``[{node_id, term, count, kind, fix}]`` (``fix``: what to do about it)."""
    conn.execute(_DDL)
    sql = "SELECT node_id, term, count, kind FROM vocab_gaps"
    params: list[Any] = []
    where = []
    if node_id is not None:
        where.append("node_id = ?")
        params.append(node_id)
    if kind is not None:
        where.append("kind = ?")
        params.append(kind)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY count DESC, node_id, term LIMIT ?"
    params.append(max(0, int(limit)))
    rows = conn.execute(sql, params).fetchall()
    return [
        {"node_id": r[0], "term": r[1], "count": r[2], "kind": r[3], "fix": FIXES.get(r[3], "")}
        for r in rows
    ]
