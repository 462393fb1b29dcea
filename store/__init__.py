"""The raw store (SQLite, WAL): the source of truth.

Where it sits in the flow: harvester -> **raw store** -> mapping -> index. Every raw record is
kept with its datestamp and content hash; mapped records carry a change sequence number that
index backends use to catch up after a crash or a backend switch. The store imports no other
chm package: every step above reads and writes it through :class:`Store` and its repositories
(``store.records``, ``store.runs``, ``store.nodes``, ``store.quarantine``), and every write
goes through one ``transaction()``.
"""

from store.db import Store
from store.nodes import NodeState
from store.records import ChangeRow, RawChange

__all__ = ["ChangeRow", "NodeState", "RawChange", "Store"]
