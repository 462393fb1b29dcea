"""Leases and heartbeats kept in the store: who may write an index, which runs are alive.

Where it sits: the store is shared by every chm process (``chm serve`` and its scheduler, an
operator's ``chm harvest``, ``chm reindex``, ``chm search``). Two things need to know which of
those processes are still alive:

- **the index writer lease** (:class:`Lease`): one row per index in ``leases``. Exactly one
  process at a time holds it and writes that index; it renews its heartbeat every few
  seconds from a daemon thread. A lease whose holder died (``kill -9``, a crash, a lost
  machine) is taken over: on the same host as soon as its process id is gone, from another
  host once its heartbeat is older than the lease's ``ttl``.
- **runs** (:func:`start_run_heartbeat`, :func:`mark_stale_runs`): each harvest run records
  the process that runs it (pid, host) and a heartbeat. Any chm command that opens the store
  marks runs whose process is gone (or whose heartbeat stopped) as ``aborted`` with kind
  ``interrupted`` and the cause in plain words, so no run stays "running" forever.

This module imports nothing from ``index`` or ``harvesters``; it only needs the store.
"""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from core.memo import PerObject
from store.base import Database
from store.nodes import _process_alive

log = logging.getLogger(__name__)

LEASES = """CREATE TABLE IF NOT EXISTS leases (  -- one writer per index, across processes
    name TEXT PRIMARY KEY,        -- e.g. 'index:tantivy:/srv/chm/index'
    token TEXT NOT NULL,          -- known only to the holder
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    label TEXT NOT NULL,          -- what the holder is ('chm serve', 'chm harvest', ...)
    acquired_at REAL NOT NULL,    -- unix time
    heartbeat REAL NOT NULL       -- unix time of the holder's last renewal
)"""

RUN_COLUMNS = {"pid": "INTEGER", "host": "TEXT", "heartbeat": "REAL"}
"""Columns added to ``runs`` (stores made before them get them on first open)."""

LEASE_TTL = 30.0
"""Seconds without a heartbeat after which a lease held from another host is taken over."""

RUN_STALE_AFTER = 120.0
"""Seconds without a heartbeat after which a run is considered interrupted (any host)."""

HEARTBEAT_EVERY = 5.0
"""Seconds between heartbeats of runs and leases."""


def process_label() -> str:
    """What this process is, for people: ``chm serve``, ``chm harvest``, ``python``."""
    argv = sys.argv or ["python"]
    prog = os.path.basename(argv[0]) or "python"
    if prog not in ("chm", "__main__.py", "main.py"):
        return prog
    words = iter(argv[1:])
    for word in words:
        if word == "--config":
            next(words, None)  # its value
        elif not word.startswith("-"):
            return f"chm {word}"
    return "chm"


@dataclass(frozen=True)
class LeaseHolder:
    """Who holds (or last held) a lease."""

    name: str
    host: str
    pid: int
    label: str
    acquired_at: float
    heartbeat: float
    alive: bool

    def describe(self) -> str:
        """``process 4242 (chm serve) on host web1``."""
        return f"process {self.pid} ({self.label}) on host {self.host}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, with the heartbeat's age in seconds."""
        return {
            "host": self.host,
            "pid": self.pid,
            "label": self.label,
            "alive": self.alive,
            "heartbeat_age": round(max(0.0, time.time() - self.heartbeat), 1),
        }


_READY: PerObject[str] = PerObject(64)


def _ensure_leases(store: Database) -> None:
    if _READY.get(store) != str(store.path):  # once per store object: no DDL per health check
        store.conn.execute(LEASES)
        _READY.put(store, str(store.path))


class Lease:
    """A named lease in the store, held by at most one live process.

    Threads of one process share a ``Lease`` object: :attr:`held` is the process's view.

    Args:
        store: the shared store.
        name: what the lease guards (one per index).
        ttl: seconds without a heartbeat after which another host may take it over.
        heartbeat_every: seconds between renewals by the daemon thread.
    """

    def __init__(
        self,
        store: Database,
        name: str,
        *,
        ttl: float = LEASE_TTL,
        heartbeat_every: float = HEARTBEAT_EVERY,
    ) -> None:
        self.store = store
        self.name = name
        self.ttl = ttl
        self.heartbeat_every = heartbeat_every
        self.label = process_label()
        self._token: str | None = None
        self._mutex = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        _ensure_leases(store)

    @property
    def held(self) -> bool:
        """Whether this process believes it holds the lease."""
        return self._token is not None

    def _dead(self, host: str, pid: int, heartbeat: float) -> bool:
        if host == socket.gethostname() and pid != os.getpid():
            return not _process_alive(host, pid)
        return time.time() - heartbeat > self.ttl

    def try_acquire(self) -> bool:
        """Take the lease if it is free, ours, or its holder is dead; never waits for it."""
        with self._mutex:
            if self._token is not None:
                return True
            token = uuid.uuid4().hex
            now = time.time()
            with self.store.transaction() as c:
                row = c.execute(
                    "SELECT host, pid, heartbeat FROM leases WHERE name=?", (self.name,)
                ).fetchone()
                if row is not None and not self._dead(row[0], int(row[1]), float(row[2])):
                    return False  # nothing written: the transaction commits empty
                if row is not None:
                    log.warning(
                        "taking over the lease %s from process %s on %s (no longer alive)",
                        self.name,
                        row[1],
                        row[0],
                    )
                c.execute(
                    "INSERT OR REPLACE INTO leases (name, token, host, pid, label,"
                    " acquired_at, heartbeat) VALUES (?,?,?,?,?,?,?)",
                    (self.name, token, socket.gethostname(), os.getpid(), self.label, now, now),
                )
            self._token = token
            self._start_heartbeat()
            return True

    def renew(self) -> bool:
        """Refresh the heartbeat; False (and :attr:`held` False) when the lease was lost."""
        token = self._token
        if token is None:
            return False
        try:
            with self.store.transaction():
                cur = self.store.conn.execute(
                    "UPDATE leases SET heartbeat=? WHERE name=? AND token=?",
                    (time.time(), self.name, token),
                )
        except sqlite3.OperationalError as exc:  # the store is busy: try at the next beat
            log.warning("could not renew the lease %s: %s", self.name, exc)
            return True
        if cur.rowcount == 0:
            log.warning("the lease %s was taken over by another process", self.name)
            self._token = None
            return False
        return True

    def release(self) -> None:
        """Give the lease back (harmless when not held)."""
        with self._mutex:
            token, self._token = self._token, None
            self._stop.set()
            if token is not None:
                with self.store.transaction():
                    self.store.conn.execute(
                        "DELETE FROM leases WHERE name=? AND token=?", (self.name, token)
                    )

    def holder(self) -> LeaseHolder | None:
        """The current row (live or dead holder), or None when nobody holds it."""
        row = self.store.conn.execute(
            "SELECT host, pid, label, acquired_at, heartbeat FROM leases WHERE name=?",
            (self.name,),
        ).fetchone()
        if row is None:
            return None
        host, pid, label, acquired, beat = row[0], int(row[1]), row[2], row[3], row[4]
        alive = not self._dead(host, pid, float(beat))
        return LeaseHolder(self.name, host, pid, label, float(acquired), float(beat), alive)

    def _start_heartbeat(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop = threading.Event()
        stop = self._stop
        self._thread = threading.Thread(
            target=self._beat, args=(stop,), name=f"lease-{self.name}", daemon=True
        )
        self._thread.start()

    def _beat(self, stop: threading.Event) -> None:
        try:
            while not stop.wait(self.heartbeat_every):
                if not self.renew():
                    return
        finally:
            self.store.close()  # this thread's connection


# --- runs --------------------------------------------------------------------------------------


def ensure_run_columns(store: Database) -> None:
    """Add ``pid``, ``host`` and ``heartbeat`` to ``runs`` in stores made before them."""
    have = {r[1] for r in store.conn.execute("PRAGMA table_info(runs)")}
    for name, kind in RUN_COLUMNS.items():
        if name not in have:
            try:
                with store.transaction():
                    store.conn.execute(f"ALTER TABLE runs ADD COLUMN {name} {kind}")
            except sqlite3.OperationalError as exc:  # another process added it meanwhile
                if "duplicate column" not in str(exc):
                    raise


class RunHeartbeat:
    """Marks a run as this process's and keeps its heartbeat fresh until :meth:`stop`."""

    def __init__(self, store: Database, run_id: int, every: float = HEARTBEAT_EVERY) -> None:
        self.store = store
        self.run_id = run_id
        self.every = every
        self._stop = threading.Event()
        ensure_run_columns(store)
        self._beat_once(first=True)
        self._thread = threading.Thread(
            target=self._loop, name=f"run-{run_id}-heartbeat", daemon=True
        )
        self._thread.start()

    def _beat_once(self, first: bool = False) -> None:
        sql = "UPDATE runs SET heartbeat=?" + (", pid=?, host=?" if first else "") + " WHERE id=?"
        args: tuple[Any, ...] = (time.time(),)
        if first:
            args += (os.getpid(), socket.gethostname())
        try:
            with self.store.transaction():
                self.store.conn.execute(sql, (*args, self.run_id))
        except sqlite3.OperationalError as exc:  # busy store: the next beat tries again
            log.warning("run %s heartbeat not written: %s", self.run_id, exc)

    def _loop(self) -> None:
        while not self._stop.wait(self.every):
            self._beat_once()
        self.store.close()  # this thread's connection

    def stop(self) -> None:
        """Stop beating (the run is finished)."""
        self._stop.set()


def start_run_heartbeat(store: Database, run_id: int) -> RunHeartbeat:
    """Record this process as the run's and start its heartbeat."""
    return RunHeartbeat(store, run_id)


def _when(ts: float | None) -> str:
    if ts is None:
        return "an unknown time"
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def interruption_cause(run: dict[str, Any], *, stale_after: float = RUN_STALE_AFTER) -> str | None:
    """Why a 'running' run is not running any more, in plain words; None when it still is."""
    host, pid, beat = run.get("host"), run.get("pid"), run.get("heartbeat")
    if pid is None or host is None:
        return None  # a run from before heartbeats: left to the node-lock check
    here = host == socket.gethostname()
    if here and int(pid) != os.getpid() and not _process_alive(host, int(pid)):
        return (
            f"process {pid} on {host}, which ran this harvest, ended without finishing it "
            f"(killed or crashed; last heartbeat {_when(beat)}); the next run resumes from the "
            "last committed page"
        )
    if beat is not None and time.time() - float(beat) > stale_after and int(pid) != os.getpid():
        return (
            f"the heartbeat of process {pid} on {host}, which ran this harvest, stopped at "
            f"{_when(beat)} (more than {stale_after:.0f}s ago); the next run resumes from the "
            "last committed page"
        )
    return None


def queued_run_orphaned(run: dict[str, Any]) -> str | None:
    """Why a 'queued' run will never start (the process that queued it is gone), or None.

    A queued run has no heartbeat (it waits for a worker); only a process that is known to
    have ended on this host orphans it, or one silent for longer than a day elsewhere.
    """
    host, pid, queued_at = run.get("host"), run.get("pid"), run.get("heartbeat")
    if pid is None or host is None:
        return "queued by a process that is not known; queue the harvest again"
    if host == socket.gethostname():
        if int(pid) == os.getpid() or _process_alive(host, int(pid)):
            return None
        return f"process {pid} on {host}, which queued this harvest, ended before starting it"
    if queued_at is not None and time.time() - float(queued_at) > 86400:
        return f"queued by process {pid} on {host} more than a day ago and never started"
    return None


def mark_stale_runs(store: Database, now: str, *, stale_after: float = RUN_STALE_AFTER) -> int:
    """Mark 'running' runs whose process is gone (or whose heartbeat stopped) as aborted /
    interrupted, with the cause; return how many. Runs of live processes are left alone."""
    ensure_run_columns(store)
    cur = store.conn.execute(
        "SELECT id, node_id, pid, host, heartbeat FROM runs WHERE status='running'"
    )
    names = [d[0] for d in cur.description]
    marked = 0
    for row in cur.fetchall():
        run = dict(zip(names, row, strict=True))
        cause = interruption_cause(run, stale_after=stale_after)
        if cause is None:
            continue
        with store.transaction():
            marked += store.conn.execute(
                "UPDATE runs SET status='aborted', finished_at=?, error_kind='interrupted',"
                " error=? WHERE id=? AND status='running'",
                (now, cause, run["id"]),
            ).rowcount
    cur = store.conn.execute("SELECT id, pid, host, heartbeat FROM runs WHERE status='queued'")
    names = [d[0] for d in cur.description]
    for row in cur.fetchall():
        run = dict(zip(names, row, strict=True))
        cause = queued_run_orphaned(run)
        if cause is None:
            continue
        with store.transaction():
            marked += store.conn.execute(
                "UPDATE runs SET status='aborted', finished_at=?, error_kind='interrupted',"
                " error=? WHERE id=? AND status='queued'",
                (now, cause, run["id"]),
            ).rowcount
    if marked:
        log.warning("%d harvest runs were interrupted (their process stopped): marked", marked)
    return marked
