"""Status checklists of national clearing-houses: one per country, and the table of all.

Where it sits: store (records, needs' states, matches), node registry (conformance reports)
and health (:mod:`ops.health`) -> **country status** -> ``/countries`` pages and
``/api/countries``. Everything is computed from what chm holds, nothing is stored.

For each country (ISO 3166-1 alpha-2), the checklist says:

- **profile**: a national profile (``national-profile`` record) names the country;
- **contact points**: ``contact-point`` records naming it;
- **needs**: its requests for assistance by state (:mod:`store.assistance`); ``overdue``
  counts needs still ``open`` (not forwarded) after ``[assistance] forward_days``; ``flagged``
  those past the expiry awaiting their node's confirmation;
- **offers matched**: distinct offers of support matched (eligible pairs only, see
  :func:`ops.notify.eligible`) to its waiting needs, and how many of those needs have one;
- **nodes**: the nodes registered for the country, their health (freshness: ``healthy``,
  ``stale``, ``failing``…, and the last successful harvest) and their latest conformance
  report (``pass``, ``warn``, ``fail``).

The countries listed are those of a node, a national profile, a contact point or a need.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from core.clock import utcnow
from core.config import Settings
from store import Store
from store.assistance import LIVE, STATES

SORT_KEYS = (
    "country", "profile", "contact_points", "needs", "waiting", "overdue", "met",
    "offers_matched", "freshness", "conformance",
)  # fmt: skip
"""Columns the table sorts by."""
_HEALTH_RANK = {"healthy": 0, "degraded": 1, "pending": 2, "stale": 3, "quarantined": 4,
                "failing": 5, "misconfigured": 6}  # fmt: skip
_CONFORMANCE_RANK = {"pass": 0, "warn": 1, "fail": 2}
_TYPES = ("national-profile", "contact-point")


def _records_by_country(store: Store) -> dict[str, dict[str, list[dict[str, Any]]]]:
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    cur = store.conn.execute(
        "SELECT id, node_id, json FROM records WHERE deleted=0"
        " AND json_extract(json, '$.type') IN (?, ?)",
        _TYPES,
    )
    for rid, node, js in cur:
        rec = json.loads(js)
        title = rec.get("title") or {}
        item = {"id": rid, "node": node, "titles": title, "date": rec.get("date")}
        for cc in rec.get("countries") or []:
            out.setdefault(cc, {}).setdefault(rec["type"], []).append(item)
    return out


def _matched_offers(store: Store, waiting: set[str]) -> dict[str, list[str]]:
    """need id -> eligible offers of support matched to it (waiting needs only)."""
    from matching.store import ensure_schema
    from ops.notify import eligible

    ensure_schema(store.conn)
    out: dict[str, list[str]] = {}
    rows = store.conn.execute(
        "SELECT m.record_id, m.other_id, m.why, f.role FROM mx_matches m"
        " JOIN mx_features f ON f.record_id = m.record_id"
        " JOIN records r ON r.id = (CASE f.role WHEN 'need' THEN m.other_id ELSE m.record_id END)"
        " WHERE r.deleted = 0 AND json_extract(r.json, '$.type') = 'support-source'"
    )
    for rid, other, why, role in rows:
        need, offer = (rid, other) if role == "need" else (other, rid)
        if need in waiting and eligible(json.loads(why)):
            offers = out.setdefault(need, [])
            if offer not in offers:
                offers.append(offer)
    return out


def _conformance(store: Store) -> dict[str, dict[str, Any]]:
    cur = store.conn.execute(
        "SELECT node_id, status, at FROM node_reports WHERE id IN"
        " (SELECT max(id) FROM node_reports GROUP BY node_id)"
    )
    return {n: {"status": s, "at": at} for n, s, at in cur}


def _nodes(settings: Settings, store: Store, now: datetime) -> dict[str, list[dict[str, Any]]]:
    from ops.health import compute_health

    health = compute_health(settings, store, now)
    reports = _conformance(store)
    out: dict[str, list[dict[str, Any]]] = {}
    for node in settings.nodes:
        if not node.country:
            continue
        h = health.get(node.id)
        out.setdefault(node.country, []).append(
            {
                "id": node.id,
                "name": node.name,
                "enabled": node.enabled,
                "health": h.state if h else None,
                "reason": h.reason if h else None,
                "last_success_at": h.last_success_at if h else None,
                "records": h.records if h else 0,
                "conformance": (reports.get(node.id) or {}).get("status"),
                "conformance_at": (reports.get(node.id) or {}).get("at"),
            }
        )
    return out


def _worst(values: Iterable[str | None], rank: dict[str, int]) -> str | None:
    known = [v for v in values if v]
    return max(known, key=lambda v: rank.get(v, 99)) if known else None


def country_statuses(
    settings: Settings, store: Store, now: datetime | None = None, detail: bool = False
) -> dict[str, dict[str, Any]]:
    """country code -> its status (``detail``: with the lists behind each count)."""
    now = now or utcnow()
    overdue_before = (now - timedelta(days=settings.assistance.forward_days)).date().isoformat()
    recs = _records_by_country(store)
    needs = store.assistance.needs(limit=10**9)
    waiting = {n["id"] for n in needs if n["state"] in LIVE}
    matched = _matched_offers(store, waiting)
    nodes = _nodes(settings, store, now)
    by_country: dict[str, list[dict[str, Any]]] = {}
    for n in needs:
        for cc in n["countries"]:
            by_country.setdefault(cc, []).append(n)
    out: dict[str, dict[str, Any]] = {}
    for cc in sorted({*recs, *by_country, *nodes}):
        if len(cc) != 2 or not cc.isalpha():
            continue
        mine = by_country.get(cc, [])
        states = dict.fromkeys(STATES, 0)
        for n in mine:
            states[n["state"]] += 1
        live = [n for n in mine if n["state"] in LIVE]
        offers = {o for n in live for o in matched.get(n["id"], [])}
        profiles = recs.get(cc, {}).get("national-profile", [])
        contacts = recs.get(cc, {}).get("contact-point", [])
        cnodes = nodes.get(cc, [])
        row: dict[str, Any] = {
            "country": cc,
            "profile": bool(profiles),
            "contact_points": len(contacts),
            "needs": len(mine),
            "states": states,
            "waiting": len(live),
            "met": states["met"],
            "overdue": sum(
                1 for n in live if n["state"] == "open" and n["opened_at"] < overdue_before
            ),
            "flagged": sum(1 for n in live if n["flagged_at"]),
            "offers_matched": len(offers),
            "needs_with_offers": sum(1 for n in live if matched.get(n["id"])),
            "nodes": [n["id"] for n in cnodes],
            "freshness": _worst((n["health"] for n in cnodes), _HEALTH_RANK),
            "last_harvest": max((n["last_success_at"] or "" for n in cnodes), default="") or None,
            "conformance": _worst((n["conformance"] for n in cnodes), _CONFORMANCE_RANK),
        }
        if detail:
            for n in mine:
                n["offers"] = matched.get(n["id"], [])
            row["detail"] = {"profiles": profiles, "contact_points": contacts, "needs": mine,
                             "nodes": cnodes}  # fmt: skip
        out[cc] = row
    return out


def sort_rows(rows: list[dict[str, Any]], key: str, descending: bool) -> list[dict[str, Any]]:
    """Rows sorted by a column (unknown values last whatever the order).

    Raises:
        ValueError: ``key`` is not one of :data:`SORT_KEYS`.
    """
    if key not in SORT_KEYS:
        raise ValueError(f"sort: '{key}' is not one of {', '.join(SORT_KEYS)}")
    ranks = {"freshness": _HEALTH_RANK, "conformance": _CONFORMANCE_RANK}.get(key)

    def value(row: dict[str, Any]) -> Any:
        v = row.get(key)
        if ranks is not None:
            return ranks.get(v, 99) if v else None
        return int(v) if isinstance(v, bool) else v

    known = [r for r in rows if value(r) is not None]
    unknown = [r for r in rows if value(r) is None]
    known.sort(key=lambda r: r["country"])
    known.sort(key=value, reverse=descending)
    return known + sorted(unknown, key=lambda r: r["country"])
