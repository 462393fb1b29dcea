"""Runs: every harvest run with its counters, checkpoint and per-record errors.

The tables ``runs`` and ``run_errors``: what the run log, ``chm runs``, the operators' page,
``/metrics`` and resumption read.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from store.base import Database, Repository
from store.nodes import NodeRepository

RUN_COUNTERS = ("pages", "added", "updated", "unchanged", "deleted", "rejected", "bytes")


class RunRepository(Repository):
    """Harvest runs and their errors."""

    def __init__(self, db: Database, nodes: NodeRepository) -> None:
        super().__init__(db)
        self.nodes = nodes

    def start(
        self, node_id: str, trigger: str, now: str, since: str | None, resumed_from: str | None
    ) -> int:
        """Record a new run as 'running' and return its id."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO runs (node_id, trigger, started_at, status, since, resumed_from)"
                " VALUES (?,?,?,?,?,?)",
                (node_id, trigger, now, "running", since, resumed_from),
            )
            return int(cur.lastrowid or 0)

    def queue(self, node_id: str, trigger: str, now: str) -> tuple[int, bool]:
        """Queue a run of the node unless one is already queued or running: ``(run id, True)``
        for the new 'queued' run, ``(the existing run's id, False)`` otherwise.

        The check and the insert are one write transaction, so two requests at once (a
        double click, two operators, two server processes) never queue two runs. A queued or
        running run whose process is gone (killed, crashed) does not count: it is marked
        aborted (``interrupted``) here.
        """
        from store.lease import ensure_run_columns, interruption_cause, queued_run_orphaned

        ensure_run_columns(self.db)
        with self.transaction() as c:
            cur = c.execute(
                "SELECT * FROM runs WHERE node_id=? AND status IN ('queued', 'running')"
                " ORDER BY id DESC",
                (node_id,),
            )
            names = [d[0] for d in cur.description]
            for row in cur.fetchall():
                run = dict(zip(names, row, strict=True))
                if run["status"] == "queued":
                    cause = queued_run_orphaned(run)
                else:
                    cause = interruption_cause(run)
                if cause is None:
                    return int(run["id"]), False
                c.execute(
                    "UPDATE runs SET status='aborted', finished_at=?, error_kind='interrupted',"
                    " error=? WHERE id=?",
                    (now, cause, run["id"]),
                )
            cur = c.execute(
                "INSERT INTO runs (node_id, trigger, started_at, status, pid, host, heartbeat)"
                " VALUES (?,?,?,?,?,?,?)",
                (node_id, trigger, now, "queued", os.getpid(), socket.gethostname(), time.time()),
            )
            return int(cur.lastrowid or 0), True

    def begin(self, run_id: int, now: str, since: str | None, resumed_from: str | None) -> bool:
        """Turn a queued run into a running one; False when it is no longer queued."""
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE runs SET status='running', started_at=?, since=?, resumed_from=?"
                " WHERE id=? AND status='queued'",
                (now, since, resumed_from, run_id),
            )
            return cur.rowcount == 1

    def drop_queued(self, run_id: int, now: str, status: str, error: str, kind: str) -> None:
        """Close a run that never left the queue (node busy, unknown, or the start failed)."""
        with self.transaction():
            self.conn.execute(
                "UPDATE runs SET status=?, finished_at=?, error=?, error_kind=?"
                " WHERE id=? AND status='queued'",
                (status, now, error, kind, run_id),
            )

    def finish(
        self,
        run_id: int,
        status: str,
        now: str,
        error: str | None = None,
        error_kind: str | None = None,
        next_from: str | None = None,
    ) -> None:
        """Close a run with its final status."""
        with self.transaction():
            self.conn.execute(
                "UPDATE runs SET status=?, finished_at=?, error=?, error_kind=?, next_from=?"
                " WHERE id=?",
                (status, now, error, error_kind, next_from, run_id),
            )

    def insert_errors(self, run_id: int, errors: list[dict[str, Any]]) -> None:
        """Record per-record errors (inside the caller's transaction)."""
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

    def add_errors(self, run_id: int, errors: list[dict[str, Any]]) -> None:
        """Record per-record errors outside a page transaction."""
        with self.transaction():
            self.insert_errors(run_id, errors)

    def get(self, run_id: int) -> dict[str, Any] | None:
        """One run as a dict, or None."""
        cur = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def recent(self, node_id: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Most recent runs first."""
        if node_id:
            cur = self.conn.execute(
                "SELECT * FROM runs WHERE node_id=? ORDER BY id DESC LIMIT ?", (node_id, limit)
            )
        else:
            cur = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def errors(self, run_id: int, limit: int = 10_000) -> list[dict[str, Any]]:
        """Per-record errors of a run."""
        cur = self.conn.execute(
            "SELECT source_id, stage, field, value, message, path FROM run_errors"
            " WHERE run_id=? LIMIT ?",
            (run_id, limit),
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def node_errors(self, node_id: str, runs: int = 20, limit: int = 500) -> list[dict[str, Any]]:
        """Per-record errors of the node's latest ``runs`` runs, newest first, with the run's
        id and start (what a node's own page lists as its rejected records)."""
        cur = self.conn.execute(
            "SELECT e.run_id, r.started_at, e.source_id, e.stage, e.field, e.value, e.message,"
            " e.path FROM run_errors e JOIN (SELECT id, started_at FROM runs WHERE node_id=?"
            " ORDER BY id DESC LIMIT ?) r ON r.id = e.run_id ORDER BY e.run_id DESC, e.rowid"
            " LIMIT ?",
            (node_id, runs, limit),
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def mark_interrupted(self, now: str) -> int:
        """Runs left 'running' by a killed process become 'aborted'; return how many.

        A run whose node lock is held by a live process (a harvest going on elsewhere) is left
        alone.
        """
        from store.lease import mark_stale_runs  # runs that record their process

        marked = mark_stale_runs(self.db, now)
        with self.transaction():
            live = [n for n in self.nodes.locks() if self.nodes.lock_alive(n)]
            q = ",".join("?" * len(live))
            cur = self.conn.execute(
                "UPDATE runs SET status='aborted', finished_at=?, error_kind='interrupted',"
                " error='the process stopped before the run finished; the next run resumes'"
                f" WHERE status='running' AND pid IS NULL AND node_id NOT IN ({q})",
                (now, *live),
            )
            return marked + cur.rowcount

    def running(self, node_id: str) -> int | None:
        """The id of the node's run in progress, if any."""
        row = self.conn.execute(
            "SELECT MAX(id) FROM runs WHERE node_id=? AND status='running'", (node_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def latest(self, per_node: int = 20) -> dict[str, list[dict[str, Any]]]:
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

    def totals(self) -> list[dict[str, Any]]:
        """Per node and status: run count and summed counters (for /metrics)."""
        cur = self.conn.execute(
            "SELECT node_id, status, COUNT(*) AS runs, SUM(added) AS added,"
            " SUM(updated) AS updated, SUM(unchanged) AS unchanged, SUM(deleted) AS deleted,"
            " SUM(rejected) AS rejected, SUM(bytes) AS bytes FROM runs GROUP BY node_id, status"
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def duration_buckets(self, bounds: list[float]) -> tuple[list[int], float, int]:
        """Finished runs' durations: cumulative counts per upper bound, sum, count."""
        dur = "(julianday(finished_at) - julianday(started_at)) * 86400.0"
        cols = ", ".join(f"SUM(CASE WHEN {dur} <= {float(b)!r} THEN 1 ELSE 0 END)" for b in bounds)
        row = self.conn.execute(
            f"SELECT {cols}, COALESCE(SUM({dur}), 0), COUNT(*) FROM runs"
            " WHERE finished_at IS NOT NULL AND status != 'running'"
        ).fetchone()
        n = len(bounds)
        return [int(x or 0) for x in row[:n]], float(row[n]), int(row[n + 1])

    def count_page(
        self,
        run_id: int,
        counters: dict[str, int],
        checkpoint: str | None,
        errors: list[dict[str, Any]],
    ) -> None:
        """Add one committed page's counters, checkpoint and errors to its run (called inside
        the page's transaction, :meth:`store.records.RecordRepository.commit_page`)."""
        with self.transaction() as c:
            if errors:
                self.insert_errors(run_id, errors)
            sets = ", ".join(f"{k} = {k} + ?" for k in RUN_COUNTERS)
            c.execute(
                f"UPDATE runs SET {sets}, checkpoint = ? WHERE id = ?",
                (*(counters.get(k, 0) for k in RUN_COUNTERS), checkpoint, run_id),
            )
