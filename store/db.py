"""The store: the SQLite database and its repositories, one per group of tables.

``store.records`` (raw and mapped records, the change sequence), ``store.runs`` (runs and
their errors), ``store.nodes`` (node state, harvest locks, health), ``store.quarantine`` (held
deletions), ``store.meta`` (named values), ``store.assistance`` (needs' states in the assistance
procedure, notification outbox and subscriptions). Every write goes through the one
:meth:`~store.base.Database.transaction`.
The node registry's tables are created with the others (``REGISTRY_SCHEMA``) and written by
:mod:`registration.registry` through the same transaction; matching keeps derived tables of
its own on this database (:mod:`matching.store`).
"""

from __future__ import annotations

from pathlib import Path

from store.assistance import ASSISTANCE_SCHEMA, AssistanceRepository
from store.base import Database
from store.meta import MetaRepository
from store.nodes import NodeRepository
from store.quarantine import QuarantineRepository
from store.records import RecordRepository
from store.runs import RunRepository


class Store(Database):
    """The SQLite raw store. One writer at a time (SQLite); readers never block (WAL).

    Connections are per thread, so the HTTP app, the scheduler and the CLI can share one
    ``Store`` object.
    """

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self.conn.executescript(ASSISTANCE_SCHEMA)  # stores made before gain the tables
        self.nodes = NodeRepository(self)
        self.runs = RunRepository(self, self.nodes)
        self.records = RecordRepository(self, self.runs)
        self.quarantine = QuarantineRepository(self)
        self.meta = MetaRepository(self)
        self.assistance = AssistanceRepository(self)
