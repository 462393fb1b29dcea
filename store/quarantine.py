"""Quarantine: mass deletions held until an operator approves or rejects them.

The table ``quarantine`` (see :mod:`pipeline.quarantine` for the rules).
"""

from __future__ import annotations

import json
from typing import Any

from store.base import Repository


class QuarantineRepository(Repository):
    """Held deletions."""

    def hold(
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
        with self.transaction():
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

    def entries(
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

    def get(self, qid: int) -> dict[str, Any] | None:
        """One quarantine entry, or None."""
        for d in self.entries():
            if d["id"] == qid:
                return d
        return None

    def decide(
        self, qid: int, status: str, now: str, by: str | None, applied: int | None = None
    ) -> None:
        """Close a pending hold as approved or rejected."""
        with self.transaction():
            self.conn.execute(
                "UPDATE quarantine SET status=?, decided_at=?, decided_by=?, applied=?"
                " WHERE id=? AND status='pending'",
                (status, now, by, applied, qid),
            )
