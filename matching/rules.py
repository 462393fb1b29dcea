"""Operators' allow and block lists for duplicates: pairs forced together or apart.

Where it sits: operator (CLI ``chm duplicates``, API ``/api/duplicates/rules``) -> **rules**
-> ``dup_rules`` -> the clusters around the pair are recomputed at once
(:func:`matching.update.recluster`). Rules survive ``chm match recompute``; a rule on a record
that disappears stays, harmless, until an operator removes it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from matching.store import InvalidRule, ensure_schema, require_record

RULES = ("allow", "block")


def _pair(a: str, b: str) -> tuple[str, str]:
    if a == b:
        raise InvalidRule(f"a rule needs two different records, got {a!r} twice")
    return (a, b) if a < b else (b, a)


def _in_transaction(store: Any, work: Any) -> Any:
    with store.transaction() as conn:
        return work(conn)


def add_rule(
    store: Any, a: str, b: str, rule: str, by: str | None = None, note: str | None = None
) -> dict[str, Any]:
    """Force two records together (``allow``) or apart (``block``); replaces an earlier rule
    on the same pair.

    Raises:
        InvalidRule: an unknown rule name or the same record twice.
        UnknownRecord: either record is not in the store.
    """
    from matching.update import recluster

    if rule not in RULES:
        raise InvalidRule(f"rule must be one of {', '.join(RULES)}, not {rule!r}")
    x, y = _pair(a, b)
    ensure_schema(store.conn)
    require_record(store.conn, x)
    require_record(store.conn, y)
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def work(conn: Any) -> None:
        conn.execute(
            "INSERT OR REPLACE INTO dup_rules (a, b, rule, created_at, created_by, note)"
            " VALUES (?,?,?,?,?,?)",
            (x, y, rule, now, by, note),
        )
        recluster(conn, {x, y})

    _in_transaction(store, work)
    return {"a": x, "b": y, "rule": rule, "created_at": now, "created_by": by, "note": note}


def remove_rule(store: Any, a: str, b: str) -> bool:
    """Drop the rule on a pair (clusters recomputed); False when there was none."""
    from matching.update import recluster

    x, y = _pair(a, b)
    ensure_schema(store.conn)

    def work(conn: Any) -> bool:
        cur = conn.execute("DELETE FROM dup_rules WHERE a=? AND b=?", (x, y))
        recluster(conn, {x, y})
        return bool(cur.rowcount)

    return bool(_in_transaction(store, work))


def list_rules(store: Any, rule: str | None = None) -> list[dict[str, Any]]:
    """Every rule (optionally only ``allow`` or ``block``), newest first."""
    ensure_schema(store.conn)
    sql = "SELECT a, b, rule, created_at, created_by, note FROM dup_rules"
    args: tuple[str, ...] = ()
    if rule:
        if rule not in RULES:
            raise InvalidRule(f"rule must be one of {', '.join(RULES)}, not {rule!r}")
        sql += " WHERE rule=?"
        args = (rule,)
    cur = store.conn.execute(sql + " ORDER BY created_at DESC, a, b", args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
