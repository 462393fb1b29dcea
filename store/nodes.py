"""Nodes: what the store remembers about each node between runs.

The tables ``node_state`` (last successful ``from``, resumption checkpoint), ``node_locks``
(never two runs of one node at once, across threads and processes) and ``node_health`` (the
last computed health, so alerts go out once per change).
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any

from store.base import Repository


@dataclass(frozen=True)
class NodeState:
    """What the store remembers about a node between runs."""

    node_id: str
    last_success_from: str | None = None
    last_success_at: str | None = None
    resume_checkpoint: str | None = None
    resume_since: str | None = None
    granularity: str | None = None


class NodeRepository(Repository):
    """Node state, harvest locks and health."""

    def state(self, node_id: str) -> NodeState:
        """What the store remembers about a node (defaults when never harvested)."""
        row = self.conn.execute(
            "SELECT node_id, last_success_from, last_success_at, resume_checkpoint,"
            " resume_since, granularity FROM node_state WHERE node_id=?",
            (node_id,),
        ).fetchone()
        return NodeState(*row) if row else NodeState(node_id)

    def update_state(self, node_id: str, **values: str | None) -> None:
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
        with self.transaction():
            self.conn.execute(
                "INSERT INTO node_state (node_id) VALUES (?) ON CONFLICT(node_id) DO NOTHING",
                (node_id,),
            )
            if values:
                sets = ", ".join(f"{k} = ?" for k in values)
                self.conn.execute(
                    f"UPDATE node_state SET {sets} WHERE node_id = ?", (*values.values(), node_id)
                )

    def locks(self) -> dict[str, dict[str, Any]]:
        """node id -> lock row (live or not)."""
        cur = self.conn.execute("SELECT node_id, token, host, pid, acquired_at FROM node_locks")
        return {r[0]: {"token": r[1], "host": r[2], "pid": r[3], "acquired_at": r[4]} for r in cur}

    def lock_alive(self, node_id: str) -> bool:
        """Whether the process holding the node's lock (if any) still runs."""
        row = self.locks().get(node_id)
        return row is not None and _process_alive(row["host"], int(row["pid"]))

    def acquire_lock(self, node_id: str, now: str) -> str | None:
        """Take the node's harvest lock; return its token, or None when a live process holds
        it. A lock left by a dead process (killed, crashed) is taken over."""
        token = uuid.uuid4().hex
        with self.transaction() as c:
            row = c.execute(
                "SELECT host, pid FROM node_locks WHERE node_id=?", (node_id,)
            ).fetchone()
            if row is not None and _process_alive(row[0], int(row[1])):
                return None
            c.execute(
                "INSERT OR REPLACE INTO node_locks (node_id, token, host, pid, acquired_at)"
                " VALUES (?,?,?,?,?)",
                (node_id, token, socket.gethostname(), os.getpid(), now),
            )
        return token

    def release_lock(self, node_id: str, token: str) -> None:
        """Give the lock back (only the holder's token releases it)."""
        with self.transaction():
            self.conn.execute(
                "DELETE FROM node_locks WHERE node_id=? AND token=?", (node_id, token)
            )

    def health_states(self) -> dict[str, dict[str, Any]]:
        """node id -> {state, since, detail, notified_state}."""
        cur = self.conn.execute(
            "SELECT node_id, state, since, detail, notified_state FROM node_health"
        )
        return {
            r[0]: {"state": r[1], "since": r[2], "detail": r[3], "notified_state": r[4]}
            for r in cur
        }

    def set_health(self, node_id: str, state: str, since: str, detail: str | None) -> None:
        """Remember a node's new health state."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO node_health (node_id, state, since, detail) VALUES (?,?,?,?)"
                " ON CONFLICT(node_id) DO UPDATE SET state=excluded.state,"
                " since=excluded.since, detail=excluded.detail",
                (node_id, state, since, detail),
            )

    def set_notified(self, node_id: str, state: str) -> None:
        """Remember which state the webhook last announced for a node."""
        with self.transaction():
            self.conn.execute(
                "UPDATE node_health SET notified_state=? WHERE node_id=?", (state, node_id)
            )

    def secrets(self, node_id: str) -> list[tuple[str, str, str]]:
        """``(header, value, origin)`` of the secrets an operator stored for a node (the
        registry writes them; the pipeline sends them to the node's origin only)."""
        rows = self.conn.execute(
            "SELECT header, value, origin FROM node_secrets WHERE node_id=? ORDER BY header",
            (node_id,),
        ).fetchall()
        return [(str(h), str(v), str(o)) for h, v, o in rows]


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
    if not _is_process_id(pid):
        return False  # the number now names a thread of another process: the holder is gone
    try:  # a killed child not yet reaped by its parent is a zombie: dead for our purposes
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            if fh.read().rsplit(")", 1)[1].split()[0] != "Z":
                return True
    except (OSError, IndexError):
        return True
    # ... once all its threads have ended: a killed process's main thread turns zombie first,
    # and its files (the index writer's lock among them) are closed only when the last of its
    # other threads has ended
    try:
        return len(os.listdir(f"/proc/{pid}/task")) > 1
    except OSError:
        return False


def _is_process_id(pid: int) -> bool:
    """False when ``pid`` is the id of a thread that is not its process's main thread.

    Threads draw their ids from the same counter as processes (32,768 of them by default on
    Linux, soon reused on a busy machine), ``kill(pid, 0)`` succeeds for a thread's id, and
    ``/proc/<id>`` answers for it although ``/proc`` does not list it. A lock holder's pid
    reused as a thread of another process then looked alive for as long as that thread ran.
    True where ``/proc`` cannot tell (another system).
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Tgid:"):
                    return int(line.split()[1]) == pid
    except (OSError, ValueError, IndexError):
        return True
    return True
