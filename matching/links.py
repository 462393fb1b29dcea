"""Links to other databases: records of other nodes that share an identifier, both ways.

Where it sits: ``id_postings`` (normalised identifiers, written by :mod:`matching.update`)
-> **links** -> record page ("related records in other databases") and
GET /api/records/{id}/links.

A link needs no stored pair: both records are posted under the same identifier key, so each
finds the other, and an update of either is seen at once. Identifiers held by more than
``MAX_KEY_RECORDS`` records are too common to link on.
"""

from __future__ import annotations

from typing import Any

from matching.duplicates import MAX_KEY_RECORDS, scheme


def linked_ids(conn: Any, record_id: str) -> dict[str, list[str]]:
    """Other nodes' records sharing an identifier with ``record_id`` -> the shared keys."""
    keys = conn.execute(
        "SELECT key, node FROM id_postings WHERE record_id=?", (record_id,)
    ).fetchall()
    out: dict[str, list[str]] = {}
    for key, node in keys:
        rows = conn.execute(
            "SELECT record_id, node FROM id_postings WHERE key=? LIMIT ?",
            (key, MAX_KEY_RECORDS + 1),
        ).fetchall()
        if len(rows) > MAX_KEY_RECORDS:
            continue
        for other, other_node in rows:
            if other != record_id and other_node != node:
                out.setdefault(other, []).append(key)
    return out


def links_for(store: Any, record_id: str, lang: str = "en") -> dict[str, Any]:
    """Related records in other databases, grouped by source node.

    Args:
        store: the :class:`store.Store`.
        record_id: any record id.
        lang: language of the titles shown.

    Returns:
        ``{"id", "groups": [{"node", "records": [{"id", "type", "title", "url", "via":
        [{"scheme", "value"}]}]}]}``, nodes in name order.

    Raises:
        UnknownRecord: no record with this id.
    """
    from matching.store import ensure_schema, require_record, summaries

    conn = store.conn
    ensure_schema(conn)
    require_record(conn, record_id)
    linked = linked_ids(conn, record_id)
    info = summaries(conn, sorted(linked), lang)
    groups: dict[str, list[dict[str, Any]]] = {}
    for rid in sorted(info):
        rec = info[rid]
        via = [{"scheme": scheme(k), "value": k.split(":", 1)[1]} for k in linked[rid]]
        groups.setdefault(str(rec["node"]), []).append({**rec, "via": via})
    return {
        "id": record_id,
        "groups": [{"node": n, "records": groups[n]} for n in sorted(groups)],
    }
