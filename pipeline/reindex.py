"""``chm reindex``: re-map every raw record from the store and rebuild the index from it.

Mapping, vocabulary and index changes are applied this way, never by re-harvesting. A record
whose mapped JSON is unchanged keeps its change sequence number; only changed ones get a new
one. Raw records of nodes no longer configured keep their last mapped version.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

from core.clock import isoformat_z, utcnow
from core.config import Settings
from index.base import IndexWriter
from mappings.base import MappingError, RawRecord
from mappings.record import Record
from pipeline.indexing import catch_up_index
from pipeline.pages import PageProcessor
from store import Store


@dataclass
class ReindexSummary:
    """What a reindex did."""

    remapped: int = 0
    changed: int = 0
    failed: int = 0
    indexed: int = 0
    seconds: float = 0.0
    warnings: int = 0
    not_mapped: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able."""
        return dict(self.__dict__)


def remap_store(settings: Settings, store: Store, vocabulary: Any, summary: ReindexSummary) -> None:
    """Re-map and re-enrich every raw record; write the records whose result changed.

    A node whose mapping cannot be loaded keeps what is stored and is listed in
    ``summary.not_mapped`` with the reason, as is every node with raw records in the store
    that is no longer configured."""
    configured = {n.id for n in settings.nodes}
    for node_id in sorted(set(store.records.node_ids()) - configured):
        summary.not_mapped.append(
            {
                "node": node_id,
                "mapping": "",
                "reason": "no longer configured; records kept as stored",
            }
        )
    for node in settings.nodes:
        try:
            proc = PageProcessor(node, store, vocabulary)
        except KeyError as exc:  # unknown mapping or a bad mapping file: keep what is stored
            reason = str(exc.args[0] if exc.args else exc)
            summary.not_mapped.append({"node": node.id, "mapping": node.mapping, "reason": reason})
            continue
        batch: list[tuple[str, str, bool, str]] = []
        for row in store.records.iter_raw(node.id):
            if row["deleted"] or not row["payload"]:
                continue
            raw = RawRecord(
                node.id,
                row["source_id"],
                row["datestamp"],
                False,
                row["format"],
                bytes(row["payload"]),
            )
            rid = f"{node.id}:{row['source_id']}"
            old = store.records.get_json(rid)
            harvested_at = json.loads(old[0]).get("harvested_at") if old else None
            summary.remapped += 1
            try:
                rec = proc.map_one(raw, harvested_at or isoformat_z(utcnow()))
            except MappingError:
                summary.failed += 1
                continue
            summary.warnings += len(proc.mapper.take_warnings())
            new_json = rec.to_json()
            if old is None or old[0] != new_json:
                batch.append((rid, node.id, False, new_json))
            if len(batch) >= 2000:
                summary.changed += len(batch)
                store.records.write(batch, isoformat_z(utcnow()))
                batch = []
        if batch:
            summary.changed += len(batch)
            store.records.write(batch, isoformat_z(utcnow()))
        if proc.gaps is not None:
            with store.transaction() as conn:
                proc.gaps.flush(conn)


def fill_index(store: Store, index: IndexWriter, batch: int = 20_000) -> int:
    """Load every live record into an emptied index, committed at the store's sequence."""
    from index.follower import Change, apply_changes

    target_seq = store.records.max_seq()
    n = 0
    buf: list[Change] = []  # with their sequence numbers: versioned writes on Elasticsearch
    for seq, rid, js in store.records.iter_live():
        buf.append((seq, rid, Record.from_json(js)))
        if len(buf) >= batch:
            n += apply_changes(index, buf)
            buf = []
    if buf:
        n += apply_changes(index, buf)
    index.commit(target_seq)
    return n


def reindex(
    settings: Settings,
    store: Store,
    index: IndexWriter,
    vocabulary: Any = None,
    remap: bool = True,
) -> ReindexSummary:
    """Re-map from the raw store (unless ``remap=False``) and rebuild the index."""
    t0 = time.monotonic()
    summary = ReindexSummary()
    if remap:
        remap_store(settings, store, vocabulary, summary)
    from index.follower import follower_for

    # the index's lease: no other process writes the index during the rebuild (they keep
    # committing to the store; what they commit meanwhile is applied before it is given back)
    with follower_for(store, index).exclusive():
        summary.indexed = index.rebuild(
            lambda: fill_index(store, index), lambda: catch_up_index(store, index)
        )
    summary.seconds = round(time.monotonic() - t0, 3)
    return summary
