"""Deletion safety: mass deletions are held until an operator approves them.

Where it sits: a run (:class:`pipeline.run.HarvestRun`) finds records missing from a
*complete* listing (the only case where absence means deletion) and asks
:func:`hold_if_mass_deletion` first. When a run
would delete more than the node's ``options.delete_threshold`` (default 0.2) of its live
records, nothing is deleted: the source ids go to the store's ``quarantine`` table, the node's
health becomes ``quarantined`` and an operator decides with :func:`approve` or :func:`reject`
(``chm quarantine approve|reject ID``, ``POST /api/quarantine/{id}/approve|reject``).

Rules:
- a node has at most one pending hold; a later run that finds the same listing replaces it;
- a later complete listing under the threshold supersedes a pending hold (the node is fine
  again and its own deletions go through);
- approving deletes only the records still live and not harvested again since the hold.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from core.clock import isoformat_z, utcnow
from core.config import NodeConfig, delete_threshold
from pipeline.pages import absent_tombstones

if TYPE_CHECKING:
    from index.base import IndexWriter
    from pipeline.summary import RunSummary
    from store import Store
    from store.records import RawChange

log = logging.getLogger(__name__)


class QuarantineError(Exception):
    """A quarantine decision cannot be made (unknown id, already decided, node busy)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def hold_if_mass_deletion(
    store: Store, node: NodeConfig, summary: RunSummary, extra: list[RawChange], now: str
) -> bool:
    """Decide whether a complete listing's deletions go through (False) or are held (True).

    Args:
        store: the store.
        node: the node being harvested.
        summary: the run; a warning is added when deletions are held.
        extra: the tombstones the listing implies (records live in the store, absent from it).
        now: the page's timestamp.

    Returns:
        True when the deletions were held in quarantine and must not be applied.
    """
    live = store.records.live_count(node.id)
    threshold = delete_threshold(node)
    if not extra or live == 0 or len(extra) <= threshold * live:
        for q in store.quarantine.entries("pending", node.id):
            store.quarantine.decide(q["id"], "superseded", now, "chm: a later complete listing")
        return False
    qid = store.quarantine.hold(
        node.id, summary.run_id, [c.source_id for c in extra], live, threshold, now
    )
    summary.warnings.append(
        f"{len(extra)} of {live} records ({len(extra) / live:.0%}) are missing from the complete "
        f"listing, more than the node's delete threshold ({threshold:.0%}): the deletions are "
        f"held in quarantine #{qid} until an operator approves them "
        f"(chm quarantine approve {qid})"
    )
    log.warning("%s: %s", node.id, summary.warnings[-1])
    return True


def approve(
    store: Store, index: IndexWriter | None, qid: int, by: str = "operator"
) -> dict[str, Any]:
    """Apply a held deletion: tombstone the records, remove them from the index.

    Returns:
        The decided quarantine entry with ``applied`` (records actually deleted).

    Raises:
        QuarantineError: unknown or already decided entry, or the node is being harvested.
    """
    q = _pending(store, qid)
    token = store.nodes.acquire_lock(q["node_id"], isoformat_z(utcnow()))
    if token is None:
        raise QuarantineError(
            f"node '{q['node_id']}' is being harvested right now; try again when the run ends",
            status=409,
        )
    try:
        applied = _apply(store, index, q)
    finally:
        store.nodes.release_lock(q["node_id"], token)
    store.quarantine.decide(qid, "approved", isoformat_z(utcnow()), by, applied)
    return store.quarantine.get(qid) or q


def reject(store: Store, qid: int, by: str = "operator") -> dict[str, Any]:
    """Discard a held deletion: the records stay live.

    Raises:
        QuarantineError: unknown or already decided entry.
    """
    q = _pending(store, qid)
    store.quarantine.decide(qid, "rejected", isoformat_z(utcnow()), by, 0)
    return store.quarantine.get(qid) or q


def _pending(store: Store, qid: int) -> dict[str, Any]:
    q = store.quarantine.get(qid)
    if q is None:
        raise QuarantineError(f"no quarantine entry {qid} (see `chm quarantine list`)", 404)
    if q["status"] != "pending":
        raise QuarantineError(
            f"quarantine entry {qid} was already {q['status']} on {q['decided_at']}", 409
        )
    return q


def _apply(store: Store, index: IndexWriter | None, q: dict[str, Any]) -> int:
    node_id = q["node_id"]
    live = store.records.live_source_ids(node_id)
    again = store.records.harvested_since(node_id, q["source_ids"], q["created_at"])
    keep = live - (set(q["source_ids"]) - again)  # everything but the still-absent ids
    changes, _ids = absent_tombstones(store, node_id, keep)
    if not changes:
        return 0
    run = store.runs.get(q["run_id"]) or {}
    now = isoformat_z(utcnow())
    seq = store.records.commit_page(
        q["run_id"], changes, now, {"deleted": len(changes)}, run.get("checkpoint")
    )
    if index is not None:  # through the index's follower: in order, under its lease
        from index.follower import follower_for

        try:
            follower_for(store, index).sync(release=True)
        except Exception:  # the store is the truth: the index catches up on its next open
            log.exception(
                "quarantine %s: index not updated; it will catch up (seq %s)", q["id"], seq
            )
    return len(changes)


def hold_explicit_deletions(
    store: Store,
    node: NodeConfig,
    summary: RunSummary,
    deleted: list[RawChange],
    now: str,
    live_at_start: int,
) -> list[RawChange]:
    """Deletions a source *reports* (OAI-PMH ``status="deleted"``, JSON tombstones) obey the
    same threshold as deletions by absence: once a run's deletions of live records would
    exceed the node's ``delete_threshold`` of the records it had when the run began, this
    page's reported deletions and every later one in the run are held in quarantine.

    Deletions up to the threshold go through as they arrive (pages commit one by one, so a
    run cannot wait for its last page to decide); the rest waits for an operator.

    Args:
        store: the store.
        node: the node being harvested.
        summary: the run so far (``deleted`` counts what it already deleted).
        deleted: this page's tombstones from reported deletions.
        now: the page's timestamp.
        live_at_start: the node's live records when the run began.

    Returns:
        The tombstones held (not to be applied); empty when they all go through.
    """
    if not deleted or live_at_start == 0:
        return []
    old = store.records.existing_hashes(node.id, [c.source_id for c in deleted])
    of_live = [c for c in deleted if old.get(c.source_id, "deleted") != "deleted"]
    threshold = delete_threshold(node)
    holding = summary.quarantined > 0
    if not of_live or (not holding and summary.deleted + len(of_live) <= threshold * live_at_start):
        return []
    held_ids = [c.source_id for c in of_live]
    for q in store.quarantine.entries("pending", node.id):
        if q["run_id"] == summary.run_id:  # this run's earlier pages: one hold for the run
            held_ids = sorted(set(q["source_ids"]) | set(held_ids))
    qid = store.quarantine.hold(node.id, summary.run_id, held_ids, live_at_start, threshold, now)
    if not holding:
        summary.warnings.append(
            f"the source reports more deletions than the node's delete threshold "
            f"({threshold:.0%} of {live_at_start} records): from here on its deletions are held "
            f"in quarantine #{qid} until an operator approves them (chm quarantine approve {qid})"
        )
        log.warning("%s: %s", node.id, summary.warnings[-1])
    summary.quarantined += len(of_live)
    return of_live
