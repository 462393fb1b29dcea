"""The assistance procedure's own data, kept beside the harvested records and never in them.

Where it sits: harvested need (``records``) -> **need state** (this module) -> API, CLI, record
page, notifications. Re-harvesting or re-mapping a need never touches these tables; every
change of state is in the need's history (``need_events``) and in the audit log
(``registry_audit``, action ``need:<state>``), written in the same transaction.

A need's life (a need without a row here is ``open`` since it was first harvested)::

    open ──► forwarded ──► offers_received ──► met
      │          │               │
      └──────────┴───────────────┴──────────► withdrawn | expired ──► open (reopened)

- ``forwarded`` names the offers the need was sent to (again: more offers forwarded);
- ``offers_received`` names the offers that answered (again: more offers received);
- ``met`` names the record (a project or an offer) that met it; ``met`` is final;
- ``confirm`` is not a state: the node says the need still stands, which clears the expiry
  flag and restarts the expiry clock.

Tables:

- ``need_states``: one row per need whose state was ever changed or flagged;
- ``need_offers``: offers forwarded to and received for each need (with who and when);
- ``need_events``: every change, oldest first (the need's history);
- ``notify_outbox``, ``notify_targets``, ``subscriptions``: who is told what
  (:mod:`ops.notify`); an outbox row is keyed by recipient, record and purpose, so nobody is
  told of the same need twice for the same reason.

Errors (``status`` is the HTTP status that fits)::

    AssistanceError
    ├── UnknownNeed        no live need with this id (404)
    ├── InvalidChange      the request itself is wrong: unknown state, missing offers (400)
    └── IllegalTransition  not allowed from the need's current state (409)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from store.base import Repository

ASSISTANCE_SCHEMA = """
CREATE TABLE IF NOT EXISTS need_states (
    need_id TEXT PRIMARY KEY,        -- records.id of the need (the harvested record is untouched)
    node_id TEXT NOT NULL,           -- the node that publishes the need
    state TEXT NOT NULL,             -- open | forwarded | offers_received | met | withdrawn | …
    opened_at TEXT NOT NULL,         -- when the need was first known (its date, else harvest)
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,        -- operator | node:<id> | cli:<user> | chm
    met_by TEXT,                     -- the record (project or offer) that met it
    note TEXT,
    flagged_at TEXT,                 -- past the expiry: its node was asked to confirm it
    confirmed_at TEXT                -- the node's last confirmation (restarts the expiry clock)
);
CREATE INDEX IF NOT EXISTS need_states_node ON need_states(node_id, state);
CREATE TABLE IF NOT EXISTS need_offers (
    need_id TEXT NOT NULL,
    offer_id TEXT NOT NULL,
    kind TEXT NOT NULL,              -- forwarded | received
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    PRIMARY KEY (need_id, offer_id, kind)
);
CREATE TABLE IF NOT EXISTS need_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    need_id TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,          -- a state, or 'confirm' / 'flag'
    detail TEXT NOT NULL             -- JSON: offers, met_by, note
);
CREATE INDEX IF NOT EXISTS need_events_need ON need_events(need_id, id);
CREATE TABLE IF NOT EXISTS notify_targets (  -- where a node is told (set by it or operators)
    node_id TEXT PRIMARY KEY,
    email TEXT,
    webhook_url TEXT,
    lang TEXT NOT NULL DEFAULT 'en',
    set_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscriptions (  -- anyone's saved search, told by e-mail or webhook
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,           -- email | webhook
    address TEXT NOT NULL,
    search TEXT NOT NULL,            -- JSON: q, type, country, concept, language, node
    lang TEXT NOT NULL DEFAULT 'en',
    created_at TEXT NOT NULL,
    last_seq INTEGER NOT NULL,       -- records changed after this sequence are looked at
    confirmed_at TEXT,               -- e-mail: the owner of the address followed the link
    unsubscribed_at TEXT
);
CREATE TABLE IF NOT EXISTS notify_outbox (
    recipient TEXT NOT NULL,         -- email:<address> | webhook:<url>
    record_id TEXT NOT NULL,         -- the need (a saved search: any record; subscription:<id>)
    purpose TEXT NOT NULL,           -- match | confirm:<flag> | search:<id> | subscribe
    channel TEXT NOT NULL,
    address TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT 'en',
    detail TEXT NOT NULL,            -- JSON: the offers it matches, the subscription...
    created_at TEXT NOT NULL,
    status TEXT NOT NULL,            -- pending | sending | sent | failed
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    last_error TEXT,
    PRIMARY KEY (recipient, record_id, purpose)
);
CREATE INDEX IF NOT EXISTS notify_outbox_due ON notify_outbox(status, next_attempt_at);
CREATE INDEX IF NOT EXISTS records_need ON records(json_extract(json, '$.type'))
    WHERE json_extract(json, '$.type') = 'need';  -- the needs' lists read only needs
"""
"""The procedure's tables: created with the store's others (``CREATE TABLE IF NOT EXISTS``
is the migration: a store made before them gains them on opening, losing nothing)."""

STATES = ("open", "forwarded", "offers_received", "met", "withdrawn", "expired")
LIVE = ("open", "forwarded", "offers_received")
"""States of a need still waiting for an answer (the expiry applies to them)."""
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "open": ("forwarded", "offers_received", "met", "withdrawn", "expired"),
    "forwarded": ("forwarded", "offers_received", "met", "withdrawn", "expired"),
    "offers_received": ("offers_received", "met", "withdrawn", "expired"),
    "met": (),
    "withdrawn": ("open",),
    "expired": ("open",),
}
ACTIONS = (*STATES, "confirm")
OFFER_TYPES = ("support-source", "project")
"""Record types that can be forwarded, received, or meet a need."""


class AssistanceError(Exception):
    """A change to a need's state that cannot be made; ``status`` fits HTTP."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnknownNeed(AssistanceError):
    """No live need with this id."""

    status = 404


class InvalidChange(AssistanceError):
    """The change itself is wrong (unknown state, no offers named, unknown offer)."""

    status = 400


class IllegalTransition(AssistanceError):
    """Not allowed from the need's current state."""

    status = 409


@dataclass
class NeedState:
    """A need's place in the procedure (``state`` is ``open`` for a need never changed)."""

    need_id: str
    node_id: str
    state: str = "open"
    opened_at: str = ""
    changed_at: str | None = None
    changed_by: str | None = None
    met_by: str | None = None
    note: str | None = None
    flagged_at: str | None = None
    confirmed_at: str | None = None
    forwarded: list[dict[str, str]] = field(default_factory=list)
    received: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (API, CLI ``--json``)."""
        return asdict(self)


@dataclass(frozen=True)
class Change:
    """One requested change: ``to`` is a state or ``confirm``."""

    to: str
    actor: str
    client: str = ""
    offers: tuple[str, ...] = ()
    met_by: str | None = None
    note: str | None = None
    expect: str | None = None  # the state the caller believes the need is in (else 409)


def opened_at(rec: dict[str, Any], first_seen: str) -> str:
    """When a need was opened: its own full date, else when chm first harvested it."""
    date = rec.get("date")
    if isinstance(date, str) and len(date) == 10:
        return date
    return (rec.get("harvested_at") or first_seen)[:10]


class AssistanceRepository(Repository):
    """Needs' states, their history, and the notification tables."""

    # ---- reading ------------------------------------------------------------------------
    def _record(self, record_id: str) -> tuple[dict[str, Any], str] | None:
        row = self.conn.execute(
            "SELECT json, updated_at FROM records WHERE id=? AND deleted=0", (record_id,)
        ).fetchone()
        return (json.loads(row[0]), row[1]) if row else None

    def _need(self, need_id: str) -> dict[str, Any]:
        got = self._record(need_id)
        if got is None:
            raise UnknownNeed(f"no need with id {need_id!r} (or it was withdrawn by its source)")
        rec, first = got
        if rec.get("type") != "need":
            raise InvalidChange(
                f"record {need_id!r} is a {rec.get('type')!r}, not a need (request for assistance)"
            )
        rec["_first_seen"] = first
        return rec

    def get(self, need_id: str) -> NeedState:
        """A need's state with the offers forwarded and received.

        Raises:
            UnknownNeed: no live record with this id; InvalidChange: it is not a need.
        """
        rec = self._need(need_id)
        return self._state(need_id, rec)

    def _state(self, need_id: str, rec: dict[str, Any]) -> NeedState:
        row = self.conn.execute(
            "SELECT node_id, state, opened_at, changed_at, changed_by, met_by, note,"
            " flagged_at, confirmed_at FROM need_states WHERE need_id=?",
            (need_id,),
        ).fetchone()
        if row is None:
            st = NeedState(
                need_id, str(rec.get("node")), opened_at=opened_at(rec, rec["_first_seen"])
            )
        else:
            st = NeedState(need_id, *row)
        for offer_id, kind, at, by in self.conn.execute(
            "SELECT offer_id, kind, at, by FROM need_offers WHERE need_id=? ORDER BY at, offer_id",
            (need_id,),
        ):
            (st.forwarded if kind == "forwarded" else st.received).append(
                {"id": offer_id, "at": at, "by": by}
            )
        return st

    def history(self, need_id: str) -> list[dict[str, Any]]:
        """Every change of the need, oldest first."""
        cur = self.conn.execute(
            "SELECT at, actor, from_state, to_state, detail FROM need_events WHERE need_id=?"
            " ORDER BY id",
            (need_id,),
        )
        return [
            {"at": at, "actor": actor, "from": f, "to": t, **json.loads(d)}
            for at, actor, f, t, d in cur
        ]

    def needs(
        self,
        node: str | None = None,
        state: str | None = None,
        country: str | None = None,
        flagged: bool | None = None,
        limit: int = 1000,
    ) -> list[dict[str, Any]]:
        """Live needs with their state (never changed = ``open``), oldest opened first.

        Each item: ``{id, node, title, countries, state, opened_at, changed_at, flagged_at,
        met_by, forwarded, received}`` (the last two are counts).
        """
        sql = (
            "SELECT r.id, r.node_id, r.json, r.updated_at, s.state, s.opened_at, s.changed_at,"
            " s.flagged_at, s.met_by, s.confirmed_at,"
            " (SELECT count(*) FROM need_offers o WHERE o.need_id=r.id AND o.kind='forwarded'),"
            " (SELECT count(*) FROM need_offers o WHERE o.need_id=r.id AND o.kind='received')"
            " FROM records r LEFT JOIN need_states s ON s.need_id = r.id"
            " WHERE r.deleted=0 AND json_extract(r.json, '$.type') = 'need'"
        )
        args: list[Any] = []
        if node:
            sql += " AND r.node_id=?"
            args.append(node)
        if state:
            sql += " AND coalesce(s.state, 'open')=?"
            args.append(state)
        if flagged is not None:
            sql += " AND s.flagged_at IS NOT NULL" if flagged else " AND s.flagged_at IS NULL"
        if country:
            sql += " AND EXISTS (SELECT 1 FROM json_each(r.json, '$.countries') c WHERE c.value=?)"
            args.append(country.upper())
        out = []
        for row in self.conn.execute(sql, args):
            rid, node_id, js, first, st, opened, changed, flagged_at, met_by, confirmed = row[:10]
            rec = json.loads(js)
            title = rec.get("title") or {}
            out.append(
                {
                    "id": rid,
                    "node": node_id,
                    "title": next(iter(title.values()), "") if isinstance(title, dict) else "",
                    "titles": title,
                    "countries": rec.get("countries") or [],
                    "state": st or "open",
                    "opened_at": opened or opened_at(rec, first),
                    "changed_at": changed,
                    "flagged_at": flagged_at,
                    "confirmed_at": confirmed,
                    "met_by": met_by,
                    "forwarded": row[10],
                    "received": row[11],
                }
            )
        out.sort(key=lambda n: (n["opened_at"], n["id"]))
        return out[:limit]

    # ---- changing -----------------------------------------------------------------------
    def change(self, need_id: str, change: Change, now: str) -> NeedState:
        """Apply one change, after checking it; history and audit log in the same transaction.

        Raises:
            UnknownNeed, InvalidChange, IllegalTransition.
        """
        if change.to not in ACTIONS:
            raise InvalidChange(
                f"'{change.to}' is not a state of a need; use one of {', '.join(ACTIONS)}"
            )
        with self.transaction():
            rec = self._need(need_id)
            current = self._state(need_id, rec)
            self._check(current, change)
            offers = self._check_offers(change)
            self._apply(current, change, offers, now)
            return self._state(need_id, rec)

    def _check(self, current: NeedState, change: Change) -> None:
        if change.expect and change.expect != current.state:
            raise IllegalTransition(
                f"need {current.need_id!r} is '{current.state}', not '{change.expect}' "
                "(someone changed it meanwhile; reload and try again)"
            )
        if change.to == "confirm":
            if current.state not in LIVE:
                raise IllegalTransition(
                    f"need {current.need_id!r} is '{current.state}': only a need still waiting "
                    f"({', '.join(LIVE)}) can be confirmed"
                )
            return
        allowed = TRANSITIONS[current.state]
        if change.to not in allowed:
            nexts = ", ".join(allowed) if allowed else "nothing: it is final"
            raise IllegalTransition(
                f"need {current.need_id!r} is '{current.state}'; it cannot become "
                f"'{change.to}' (from '{current.state}' it can become: {nexts})"
            )
        if change.to in ("forwarded", "offers_received") and not change.offers:
            what = "forwarded to" if change.to == "forwarded" else "received"
            raise InvalidChange(f"'{change.to}' needs the offers it was {what} (offers: [ids])")
        if change.to == "met" and not change.met_by:
            raise InvalidChange("'met' needs the record (project or offer) that met it (met_by)")
        if change.to not in ("forwarded", "offers_received") and change.offers:
            raise InvalidChange(
                f"offers are named only when forwarding or receiving, not '{change.to}'"
            )

    def _check_offers(self, change: Change) -> list[str]:
        ids = list(dict.fromkeys([*change.offers, *([change.met_by] if change.met_by else [])]))
        for oid in ids:
            got = self._record(oid)
            if got is None:
                raise InvalidChange(f"no record with id {oid!r} (an offer or project is needed)")
            if got[0].get("type") not in OFFER_TYPES:
                raise InvalidChange(
                    f"record {oid!r} is a {got[0].get('type')!r}; only an offer of support or a "
                    "project can be forwarded, received or meet a need"
                )
        return list(dict.fromkeys(change.offers))

    def _apply(self, current: NeedState, change: Change, offers: list[str], now: str) -> None:
        c = self.conn
        new_state = current.state if change.to == "confirm" else change.to
        confirmed = now if change.to in ("confirm", "open") else current.confirmed_at
        flagged = None if change.to in ("confirm", "open") else current.flagged_at
        met_by = change.met_by if change.to == "met" else current.met_by
        c.execute(
            "INSERT INTO need_states (need_id, node_id, state, opened_at, changed_at, changed_by,"
            " met_by, note, flagged_at, confirmed_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(need_id) DO UPDATE SET state=excluded.state,"
            " changed_at=excluded.changed_at, changed_by=excluded.changed_by,"
            " met_by=excluded.met_by, note=excluded.note, flagged_at=excluded.flagged_at,"
            " confirmed_at=excluded.confirmed_at",
            (current.need_id, current.node_id, new_state, current.opened_at, now, change.actor,
             met_by, change.note, flagged, confirmed),
        )  # fmt: skip
        kind = {"forwarded": "forwarded", "offers_received": "received"}.get(change.to)
        for oid in offers if kind else ():
            c.execute(
                "INSERT OR IGNORE INTO need_offers (need_id, offer_id, kind, at, by)"
                " VALUES (?,?,?,?,?)",
                (current.need_id, oid, kind, now, change.actor),
            )
        detail = {"offers": offers, "met_by": change.met_by, "note": change.note}
        detail = {k: v for k, v in detail.items() if v}
        self._event(current, change.to, change.actor, change.client, detail, now)

    def _event(
        self, current: NeedState, to: str, actor: str, client: str, detail: dict[str, Any], now: str
    ) -> None:
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
        self.conn.execute(
            "INSERT INTO need_events (need_id, at, actor, from_state, to_state, detail)"
            " VALUES (?,?,?,?,?,?)",
            (current.need_id, now, actor, current.state, to, text),
        )
        audit = {"need": current.need_id, "from": current.state, "to": to, **detail}
        self.conn.execute(
            "INSERT INTO registry_audit (at, actor, action, node_id, client, detail)"
            " VALUES (?,?,?,?,?,?)",
            (now, actor, f"need:{to}", current.node_id, client,
             json.dumps(audit, ensure_ascii=False, sort_keys=True)),
        )  # fmt: skip

    def flag_expired(self, cutoff: str, now: str) -> list[NeedState]:
        """Flag every waiting need opened (or last confirmed) before ``cutoff`` (an ISO
        date) and not flagged yet; return them. Each flag is in the history and audit log."""
        flagged: list[NeedState] = []
        with self.transaction():
            for item in self.needs(limit=10**9):
                if item["state"] not in LIVE or item["flagged_at"]:
                    continue
                since = (item["confirmed_at"] or item["opened_at"])[:10]
                if since >= cutoff:
                    continue
                rec = self._need(item["id"])
                current = self._state(item["id"], rec)
                self.conn.execute(
                    "INSERT INTO need_states (need_id, node_id, state, opened_at, changed_at,"
                    " changed_by, flagged_at) VALUES (?,?,?,?,?,?,?)"
                    " ON CONFLICT(need_id) DO UPDATE SET flagged_at=excluded.flagged_at",
                    (current.need_id, current.node_id, current.state, current.opened_at, now,
                     "chm", now),
                )  # fmt: skip
                detail = {
                    "note": f"open since {since}, past the expiry; its node is asked to confirm"
                }
                self._event(current, "flag", "chm", "", detail, now)
                flagged.append(self._state(item["id"], rec))
        return flagged

    def state_counts(self, country: str | None = None) -> dict[str, int]:
        """Live needs per state (every state present, 0 when none)."""
        counts = dict.fromkeys(STATES, 0)
        for n in self.needs(country=country, limit=10**9):
            counts[n["state"]] += 1
        return counts

    # ---- notification targets and subscriptions ------------------------------------------
    def set_target(
        self, node_id: str, email: str | None, webhook_url: str | None, lang: str, now: str
    ) -> None:
        """Where a node is told of needs matching its offers (None clears a channel)."""
        with self.transaction() as c:
            c.execute(
                "INSERT INTO notify_targets (node_id, email, webhook_url, lang, set_at)"
                " VALUES (?,?,?,?,?) ON CONFLICT(node_id) DO UPDATE SET email=excluded.email,"
                " webhook_url=excluded.webhook_url, lang=excluded.lang, set_at=excluded.set_at",
                (node_id, email, webhook_url, lang, now),
            )

    def target(self, node_id: str) -> dict[str, Any] | None:
        """A node's notification target, or None."""
        row = self.conn.execute(
            "SELECT email, webhook_url, lang, set_at FROM notify_targets WHERE node_id=?",
            (node_id,),
        ).fetchone()
        if row is None:
            return None
        return {"node": node_id, "email": row[0], "webhook_url": row[1], "lang": row[2],
                "set_at": row[3]}  # fmt: skip

    def subscribe(
        self,
        channel: str,
        address: str,
        search: dict[str, Any],
        lang: str,
        now: str,
        confirmed: bool = False,
    ) -> int:
        """A new subscription to a saved search; it sees records changed from now on, once
        confirmed (an e-mail address is confirmed by its owner following a link, so nobody
        can subscribe someone else)."""
        with self.transaction() as c:
            seq = c.execute("SELECT coalesce(max(seq), 0) FROM records").fetchone()[0]
            cur = c.execute(
                "INSERT INTO subscriptions (channel, address, search, lang, created_at, last_seq,"
                " confirmed_at) VALUES (?,?,?,?,?,?,?)",
                (channel, address, json.dumps(search, sort_keys=True), lang, now, seq,
                 now if confirmed else None),
            )  # fmt: skip
            return int(cur.lastrowid or 0)

    def confirm_subscription(self, sub_id: int, now: str) -> bool:
        """Confirm a subscription; False when it was confirmed (or ended) before."""
        with self.transaction() as c:
            n = c.execute(
                "UPDATE subscriptions SET confirmed_at=? WHERE id=? AND confirmed_at IS NULL"
                " AND unsubscribed_at IS NULL",
                (now, sub_id),
            ).rowcount
        return n > 0

    def subscription(self, sub_id: int) -> dict[str, Any] | None:
        """One subscription (unsubscribed ones too), or None."""
        rows = self._subscriptions("WHERE id=?", (sub_id,))
        return rows[0] if rows else None

    def subscriptions(self, active_only: bool = True) -> list[dict[str, Any]]:
        """Every subscription (by default the active ones: confirmed, not ended)."""
        where = "WHERE unsubscribed_at IS NULL AND confirmed_at IS NOT NULL"
        return self._subscriptions(where if active_only else "", ())

    def _subscriptions(self, where: str, args: tuple[Any, ...]) -> list[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT id, channel, address, search, lang, created_at, last_seq, confirmed_at,"
            f" unsubscribed_at FROM subscriptions {where} ORDER BY id",
            args,
        )
        names = ["id", "channel", "address", "search", "lang", "created_at", "last_seq",
                 "confirmed_at", "unsubscribed_at"]  # fmt: skip
        out = [dict(zip(names, r, strict=True)) for r in cur]
        for s in out:
            s["search"] = json.loads(s["search"])
        return out

    def unsubscribe(self, sub_id: int, now: str) -> bool:
        """End a subscription (its pending messages are dropped); False if already ended."""
        with self.transaction() as c:
            n = c.execute(
                "UPDATE subscriptions SET unsubscribed_at=? WHERE id=? AND unsubscribed_at IS NULL",
                (now, sub_id),
            ).rowcount
            c.execute(
                "DELETE FROM notify_outbox WHERE purpose=? AND status IN ('pending','failed')",
                (f"search:{sub_id}",),
            )
        return n > 0

    def advance_subscription(self, sub_id: int, seq: int) -> None:
        """Remember that records up to ``seq`` were looked at for this subscription."""
        with self.transaction() as c:
            c.execute(
                "UPDATE subscriptions SET last_seq=max(last_seq, ?) WHERE id=?", (seq, sub_id)
            )

    # ---- the outbox ---------------------------------------------------------------------
    def enqueue(self, items: Iterable[dict[str, Any]], now: str) -> int:
        """Add messages to send; one already there (same recipient, record and purpose,
        whatever its status) is left alone. Returns how many were added."""
        added = 0
        with self.transaction() as c:
            for it in items:
                recipient = f"{it['channel']}:{it['address']}"
                added += c.execute(
                    "INSERT OR IGNORE INTO notify_outbox (recipient, record_id, purpose, channel,"
                    " address, lang, detail, created_at, status, next_attempt_at)"
                    " VALUES (?,?,?,?,?,?,?,?,'pending',?)",
                    (recipient, it["record_id"], it["purpose"], it["channel"], it["address"],
                     it.get("lang", "en"), json.dumps(it.get("detail", {}), sort_keys=True),
                     now, now),
                ).rowcount  # fmt: skip
        return added

    def claim_due(self, now: str, stale_before: str) -> list[dict[str, Any]]:
        """Take every message due now (pending, or left ``sending`` by a process that died
        before ``stale_before``): they become ``sending`` in one transaction, so two senders
        never take the same message."""
        with self.transaction() as c:
            cur = c.execute(
                "SELECT recipient, record_id, purpose, channel, address, lang, detail, attempts"
                " FROM notify_outbox WHERE (status='pending' AND next_attempt_at<=?)"
                " OR (status='sending' AND next_attempt_at<=?)"
                " ORDER BY recipient, created_at, record_id",
                (now, stale_before),
            )
            names = ["recipient", "record_id", "purpose", "channel", "address", "lang",
                     "detail", "attempts"]  # fmt: skip
            rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            for r in rows:
                r["detail"] = json.loads(r["detail"])
                c.execute(
                    "UPDATE notify_outbox SET status='sending', next_attempt_at=?"
                    " WHERE recipient=? AND record_id=? AND purpose=?",
                    (now, r["recipient"], r["record_id"], r["purpose"]),
                )
        return rows

    def settle(
        self,
        keys: list[tuple[str, str, str]],
        now: str,
        error: str | None = None,
        retry_at: str | None = None,
    ) -> None:
        """Mark claimed messages sent (no ``error``), or failed once: retried at
        ``retry_at``, or given up (``failed``) when it is None."""
        with self.transaction() as c:
            for key in keys:
                if error is None:
                    c.execute(
                        "UPDATE notify_outbox SET status='sent', sent_at=?, last_error=NULL,"
                        " attempts=attempts+1 WHERE recipient=? AND record_id=? AND purpose=?",
                        (now, *key),
                    )
                else:
                    c.execute(
                        "UPDATE notify_outbox SET status=?, attempts=attempts+1, last_error=?,"
                        " next_attempt_at=? WHERE recipient=? AND record_id=? AND purpose=?",
                        ("pending" if retry_at else "failed", error[:500], retry_at or now, *key),
                    )

    def outbox(self, status: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Outbox rows, newest first (for operators)."""
        sql = (
            "SELECT recipient, record_id, purpose, status, attempts, created_at, next_attempt_at,"
            " sent_at, last_error FROM notify_outbox"
        )
        args: tuple[Any, ...] = ()
        if status:
            sql += " WHERE status=?"
            args = (status,)
        cur = self.conn.execute(
            sql + " ORDER BY created_at DESC, record_id LIMIT ?", (*args, limit)
        )
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
