"""Providers told: digests of new needs to the nodes whose offers match them, saved-search
digests to their subscribers, and confirmation requests for needs past their expiry.

Where it sits: matching (``mx_matches``) and the procedure's states (:mod:`store.assistance`)
-> **notify** -> SMTP server and webhooks. ``chm notify`` and the scheduler's housekeeping
job call :func:`run_notify`; it does three things, each safe to repeat:

1. **flag** waiting needs past ``[assistance] expiry_days`` and queue a request to confirm
   them to the node that publishes each; queue, for each requesting node, the steps of its
   needs made by others (forwarded, offers received, met: :func:`state_items`);
2. **queue** (``notify_outbox``): each live need that matches an offer (eligible pairs only,
   see :func:`eligible`) for the node publishing the offer; each record new to a saved search
   for its subscriber. An outbox row is keyed by recipient, record and purpose, so a need is
   queued for a recipient once, ever: nobody is told of the same need twice;
3. **send** what is due, one digest per recipient: an e-mail through ``[smtp]`` and/or a JSON
   ``POST`` to a webhook (through the harvesters' guarded client: the URL policy of
   ``[security]`` is checked at connection time, DNS rebinding cannot reach a private
   address, redirects are not followed). A failed delivery is retried with a doubling delay
   (``retry_backoff``) up to ``max_attempts``, then marked ``failed``. Messages are claimed
   (``sending``) in one transaction before they are sent, so two senders never send the same
   one; a sender that dies mid-way leaves them ``sending``, taken again after
   ``CLAIM_SECONDS``. Each digest carries an ``Idempotency-Key`` (the webhook header, the
   e-mail's Message-ID), so a receiver can drop the rare repeat after such a crash.

Where a node is told: ``notify_targets`` (set by the node with its key, or by operators), else
the contact e-mail it registered with.
"""

from __future__ import annotations

import email.policy
import hashlib
import json
import logging
import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from typing import Any
from urllib.parse import quote

from core.clock import isoformat_z, utcnow
from core.config import Settings
from core.tokens import seal, store_key, unseal
from store import Store

log = logging.getLogger(__name__)

CLAIM_SECONDS = 600
"""A message left ``sending`` this long (its sender died) is sent again."""
LAST_RUN_META = "notify.last_run"
BASELINE_META = "notify.baseline_seq"
MATCH_SEQ_META = "notify.match_seq"
"""The change sequence up to which needs and offers were looked at for digests."""
SEARCH_KEYS = ("q", "type", "country", "concept", "language", "node")
"""What a saved search may hold (the search page's words and filters)."""

Sender = Callable[[dict[str, Any]], None]
"""Delivers one digest (raises on failure)."""


# ---- eligibility: the seam with matching -----------------------------------------------------


def eligible(why: dict[str, Any]) -> bool:
    """Whether a stored match pairs a need with an offer open to its country.

    Matching states it in ``why["eligible"]`` when it reads eligibility (countries, regions,
    groups); until it does, an offer that names places none of which is the need's (place
    score 0) is taken as closed to it, and an offer naming no place as open.
    """
    if "eligible" in why:
        return bool(why["eligible"])
    return float((why.get("parts") or {}).get("place", 0.5)) > 0


# ---- what to tell ----------------------------------------------------------------------------


def _base_url(settings: Settings) -> str:
    url = settings.assistance.public_url or f"http://{settings.server_host}:{settings.server_port}"
    return url.rstrip("/")


def record_url(settings: Settings, record_id: str) -> str:
    """The record page of ``record_id`` (what messages link to)."""
    return f"{_base_url(settings)}/records/{quote(record_id, safe=':@')}"


def unsubscribe_token(store: Store, sub_id: int) -> str:
    """The signed token of a subscription's unsubscribe link."""
    return subscription_token(store, "unsubscribe", sub_id)


def subscription_of_token(store: Store, token: str) -> int | None:
    """The subscription an unsubscribe token names, or None (forged, altered, other kind)."""
    return subscription_of(store, "unsubscribe", token)


def subscription_token(store: Store, kind: str, sub_id: int) -> str:
    """A signed token naming a subscription, for ``kind`` ``unsubscribe`` or ``confirm``."""
    return seal(store_key(store.meta), kind, str(sub_id))


def subscription_of(store: Store, kind: str, token: str) -> int | None:
    """The subscription a ``kind`` token names, or None (forged, altered, another kind)."""
    value = unseal(store_key(store.meta), kind, token)
    return int(value) if value and value.isdigit() else None


def confirm_url(settings: Settings, store: Store, sub_id: int) -> str:
    """The link the owner of an e-mail address follows to start receiving digests."""
    token = subscription_token(store, "confirm", sub_id)
    return f"{_base_url(settings)}/subscriptions/confirm?token={token}"


def confirmation_item(sub_id: int, address: str, lang: str) -> dict[str, Any]:
    """The outbox item asking the owner of an e-mail address to confirm a subscription."""
    return {"channel": "email", "address": address, "record_id": f"subscription:{sub_id}",
            "purpose": "subscribe", "lang": lang, "detail": {"subscription": sub_id}}  # fmt: skip


def unsubscribe_url(settings: Settings, store: Store, sub_id: int) -> str:
    """The link that ends a subscription (no login: the token is the proof)."""
    return (
        f"{_base_url(settings)}/subscriptions/unsubscribe?token={unsubscribe_token(store, sub_id)}"
    )


def node_target(store: Store, node_id: str) -> dict[str, Any] | None:
    """Where a node is told: its notification target, else its registered contact e-mail."""
    target = store.assistance.target(node_id)
    if target and (target.get("email") or target.get("webhook_url")):
        return target
    row = store.conn.execute(
        "SELECT contact_email FROM node_registry WHERE node_id=?", (node_id,)
    ).fetchone()
    if row and row[0]:
        return {"node": node_id, "email": row[0], "webhook_url": None, "lang": "en"}
    return None


def _channels(target: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    if target.get("email"):
        out.append(("email", str(target["email"])))
    if target.get("webhook_url"):
        out.append(("webhook", str(target["webhook_url"])))
    return out


def _chunks(ids: list[str], size: int = 400) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def _changed(store: Store, after: int, upto: int) -> list[str]:
    """Needs and offers of support written (new or changed) in ``(after, upto]``."""
    rows = store.conn.execute(
        "SELECT id FROM records WHERE seq > ? AND seq <= ? AND deleted = 0"
        " AND json_extract(json, '$.type') IN ('need', 'support-source')",
        (after, upto),
    )
    return [r[0] for r in rows]


def _new_targets(store: Store) -> list[str]:
    """The offers of nodes that set where they are told since the last run (they have not
    been told of the live needs matching their offers yet)."""
    last = store.meta.get(LAST_RUN_META)
    nodes = [
        r[0]
        for r in store.conn.execute(
            "SELECT node_id FROM notify_targets WHERE ? IS NOT NULL AND set_at > ?", (last, last)
        )
    ]
    out: list[str] = []
    for node in nodes:
        out += [
            r[0]
            for r in store.conn.execute(
                "SELECT id FROM records WHERE node_id = ? AND deleted = 0"
                " AND json_extract(json, '$.type') = 'support-source'",
                (node,),
            )
        ]
    return out


def _needs_of(store: Store, ids: list[str]) -> dict[str, tuple[str, str, int]]:
    """need id -> (node, state, seq) for the live needs among ``ids``."""
    from store.assistance import LIVE

    out: dict[str, tuple[str, str, int]] = {}
    for part in _chunks(ids):
        q = ",".join("?" * len(part))
        for rid, node, state, seq in store.conn.execute(
            "SELECT r.id, r.node_id, coalesce(s.state, 'open'), r.seq FROM records r"
            f" LEFT JOIN need_states s ON s.need_id = r.id WHERE r.id IN ({q})"
            " AND r.deleted = 0 AND json_extract(r.json, '$.type') = 'need'",
            part,
        ):
            if state in LIVE:
                out[rid] = (node, state, seq)
    return out


def match_items(store: Store, settings: Settings) -> tuple[list[dict[str, Any]], int]:
    """Outbox items: each live need matching an eligible offer of support (projects are
    experience, not offers), for the node publishing the offer (never a node's own need);
    and the change sequence they cover (:data:`MATCH_SEQ_META` once they are queued).

    Incremental: only needs and offers written since the last run (up to the change matching
    has applied, ``mx_state.last_seq``) are looked at, with their matches both ways (a new
    offer meets needs already there); and the offers of a node that set where it is told
    since the last run. A need is queued for a recipient once, ever (the outbox's key), so a
    run that queued and died before moving the watermark repeats nothing.

    Needs harvested before notifications first ran are left out unless
    ``[assistance] notify_existing`` is true (no flood on the first run).
    """
    from matching.store import ensure_schema, get_state

    ensure_schema(store.conn)
    with store.transaction() as c:
        top = c.execute("SELECT coalesce(max(seq), 0) FROM records").fetchone()[0]
    baseline = int(store.meta.setdefault(BASELINE_META, str(top)))
    applied = int(get_state(store.conn, "last_seq") or 0)
    done = store.meta.get(MATCH_SEQ_META)
    start = (
        int(done) if done is not None else (0 if settings.assistance.notify_existing else baseline)
    )
    ids = sorted(set(_changed(store, start, applied)) | set(_new_targets(store)))
    rows: list[tuple[str, str, str, str, str]] = []
    for part in _chunks(ids):
        q = ",".join("?" * len(part))
        rows += store.conn.execute(
            "SELECT m.record_id, m.other_id, m.why, f.role, r.node_id FROM mx_matches m"
            " JOIN mx_features f ON f.record_id = m.record_id"
            " JOIN records r ON r.id = (CASE f.role WHEN 'need' THEN m.other_id"
            " ELSE m.record_id END)"
            f" WHERE (m.record_id IN ({q}) OR m.other_id IN ({q})) AND r.deleted = 0"
            " AND json_extract(r.json, '$.type') = 'support-source'",
            part + part,
        ).fetchall()
    needs = _needs_of(store, sorted({a if f == "need" else b for a, b, _, f, _ in rows}))
    pairs: dict[str, dict[str, list[str]]] = {}  # need -> offer node -> offers
    for rid, other, why, role, offer_node in rows:
        need, offer = (rid, other) if role == "need" else (other, rid)
        if need not in needs or offer_node == needs[need][0] or not eligible(json.loads(why)):
            continue
        if not settings.assistance.notify_existing and needs[need][2] <= baseline:
            continue
        offers = pairs.setdefault(need, {}).setdefault(offer_node, [])
        if offer not in offers:
            offers.append(offer)
    items = []
    for need, by_node in sorted(pairs.items()):
        for node_id, offers in sorted(by_node.items()):
            target = node_target(store, node_id)
            for channel, address in _channels(target or {}):
                items.append(
                    {"channel": channel, "address": address, "record_id": need,
                     "purpose": "match", "lang": (target or {}).get("lang", "en"),
                     "detail": {"node": node_id, "offers": sorted(offers)}}
                )  # fmt: skip
    return items, max(applied, start)


def confirm_items(store: Store, flagged: Iterable[Any]) -> list[dict[str, Any]]:
    """Outbox items asking each flagged need's node to confirm it (or close it)."""
    items = []
    for st in flagged:
        target = node_target(store, st.node_id)
        for channel, address in _channels(target or {}):
            items.append(
                {"channel": channel, "address": address, "record_id": st.need_id,
                 "purpose": f"confirm:{st.flagged_at}", "lang": (target or {}).get("lang", "en"),
                 "detail": {"node": st.node_id, "opened_at": st.opened_at}}
            )  # fmt: skip
    return items


STATE_EVENTS = ("forwarded", "offers_received", "met")
"""Changes the requesting node is told of (what was offered, what met its request)."""
LAST_EVENT_META = "notify.last_event"


def state_items(store: Store) -> list[dict[str, Any]]:
    """Outbox items telling each requesting node that its need was forwarded, received
    offers or was met (unless the node made that change itself)."""
    last = int(store.meta.get(LAST_EVENT_META) or 0)
    rows = store.conn.execute(
        "SELECT e.id, e.need_id, e.actor, e.to_state, e.detail, s.node_id FROM need_events e"
        " JOIN need_states s ON s.need_id = e.need_id WHERE e.id > ? ORDER BY e.id",
        (last,),
    ).fetchall()
    items = []
    for event_id, need_id, actor, to, detail, node_id in rows:
        if to not in STATE_EVENTS or actor == f"node:{node_id}":
            continue
        target = node_target(store, node_id)
        d = json.loads(detail)
        offers = d.get("offers") or ([d["met_by"]] if d.get("met_by") else [])
        for channel, address in _channels(target or {}):
            items.append(
                {"channel": channel, "address": address, "record_id": need_id,
                 "purpose": f"state:{event_id}", "lang": (target or {}).get("lang", "en"),
                 "detail": {"node": node_id, "state": to, "offers": offers}}
            )  # fmt: skip
    if rows:
        store.meta.set(LAST_EVENT_META, str(rows[-1][0]))
    return items


# ---- saved searches ------------------------------------------------------------------------


def check_search(search: dict[str, Any]) -> dict[str, Any]:
    """A saved search, cleaned: known keys only, values as lists of strings (``q`` a string).

    Raises:
        ValueError: an unknown key or a value that is not text, with the reason.
    """
    out: dict[str, Any] = {}
    for key, value in search.items():
        if key not in SEARCH_KEYS:
            raise ValueError(f"search.{key}: unknown (a saved search has {', '.join(SEARCH_KEYS)})")
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"search.{key}: expected text or a list of texts")
        values = [v.strip() for v in values if v.strip()]
        if key == "q":
            if len(" ".join(values)) > 500:
                raise ValueError("search.q: at most 500 characters")
            if values:
                out["q"] = " ".join(values)
        elif values:
            out[key] = [v.upper() if key == "country" else v for v in values][:20]
    return out


def search_matches(search: dict[str, Any], rec: dict[str, Any], vocabulary: Any = None) -> bool:
    """Whether a record answers a saved search.

    Filters as on the search page (any value of a filter, every filter); each word of ``q``
    must be in the record's text (any language, case and accents ignored) or name one of its
    concepts (or a broader one) in any language; a ``-word`` must not be.
    """
    from vocabulary.text import fold

    def any_of(key: str, have: Iterable[str]) -> bool:
        want = search.get(key)
        return not want or bool(set(want) & set(have))

    concepts = set(rec.get("concepts") or []) | set(rec.get("concepts_inferred") or [])
    if vocabulary is not None:
        for c in list(concepts):
            concepts |= set(vocabulary.broader_closure(c))
    if not (
        any_of("type", [rec.get("type") or ""])
        and any_of("country", rec.get("countries") or [])
        and any_of("language", rec.get("languages") or [])
        and any_of("node", [rec.get("node") or ""])
        and any_of("concept", concepts)
    ):
        return False
    texts = [*(rec.get("title") or {}).values(), *(rec.get("description") or {}).values(),
             *(rec.get("subjects") or [])]  # fmt: skip
    haystack = " " + fold(" ".join(str(t) for t in texts)) + " "
    for word in str(search.get("q", "")).split():
        negative = word.startswith("-") and len(word) > 1
        term = fold(word.lstrip("-").strip('"'))
        found = term in haystack
        if not found and vocabulary is not None:
            found = bool(set(vocabulary.lookup(term)) & concepts)
        if found == negative:
            return False
    return True


def search_items(store: Store, vocabulary: Any, batch: int = 5000) -> list[dict[str, Any]]:
    """Outbox items: records changed since each subscription last looked that answer it."""
    items: list[dict[str, Any]] = []
    for sub in store.assistance.subscriptions():
        last = int(sub["last_seq"])
        rows = store.conn.execute(
            "SELECT id, seq, json FROM records WHERE seq > ? AND deleted = 0 ORDER BY seq LIMIT ?",
            (last, batch),
        ).fetchall()
        for rid, _seq, js in rows:
            if search_matches(sub["search"], json.loads(js), vocabulary):
                items.append(
                    {"channel": sub["channel"], "address": sub["address"], "record_id": rid,
                     "purpose": f"search:{sub['id']}", "lang": sub["lang"],
                     "detail": {"subscription": sub["id"]}}
                )  # fmt: skip
        if rows:
            store.assistance.advance_subscription(int(sub["id"]), int(rows[-1][1]))
    return items


# ---- sending ---------------------------------------------------------------------------------

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "chm: {n} request(s) for assistance for you",
        "subject_search": "chm: {n} new record(s) for your saved search",
        "intro": "New requests for assistance match the offers you publish:",
        "intro_search": "New records answer your saved search:",
        "confirm": "Still needed? This request is open since {date}; confirm it or close it:",
        "state": "Your request for assistance has moved on: {state}",
        "state_forwarded": "forwarded to providers",
        "state_offers_received": "offers received",
        "state_met": "met",
        "offers": "matches your offer:",
        "unsubscribe": "Stop these messages",
        "subject_subscribe": "chm: confirm your subscription to a saved search",
        "subscribe": "Someone (you, we hope) asked to receive, at this address, the new records "
        "answering a saved search. To start, confirm here (nothing happens otherwise):",
    },
    "fr": {
        "subject": "chm : {n} demande(s) d'assistance pour vous",
        "subject_search": "chm : {n} nouvelle(s) fiche(s) pour votre recherche enregistrée",
        "intro": "De nouvelles demandes d'assistance correspondent à vos offres :",
        "intro_search": "De nouvelles fiches répondent à votre recherche enregistrée :",
        "confirm": "Toujours d'actualité ? Demande ouverte depuis le {date} ; confirmez-la ou "
        "clôturez-la :",
        "offers": "correspond à votre offre :",
        "unsubscribe": "Ne plus recevoir ces messages",
        "state": "Votre demande d'assistance a avancé : {state}",
        "state_forwarded": "transmise aux fournisseurs",
        "state_offers_received": "offres reçues",
        "state_met": "satisfaite",
        "subject_subscribe": "chm : confirmez votre abonnement à une recherche enregistrée",
        "subscribe": "Quelqu'un (vous, espérons-le) a demandé à recevoir à cette adresse les "
        "nouvelles fiches d'une recherche enregistrée. Pour commencer, confirmez ici (sinon, "
        "rien ne se passe) :",
    },
    "es": {
        "subject": "chm: {n} solicitud(es) de asistencia para usted",
        "subject_search": "chm: {n} registro(s) nuevo(s) para su búsqueda guardada",
        "intro": "Nuevas solicitudes de asistencia corresponden a sus ofertas:",
        "intro_search": "Nuevos registros responden a su búsqueda guardada:",
        "confirm": "¿Sigue vigente? Solicitud abierta desde el {date}; confírmela o ciérrela:",
        "offers": "corresponde a su oferta:",
        "unsubscribe": "No recibir más estos mensajes",
        "state": "Su solicitud de asistencia avanzó: {state}",
        "state_forwarded": "remitida a los proveedores",
        "state_offers_received": "ofertas recibidas",
        "state_met": "atendida",
        "subject_subscribe": "chm: confirme su suscripción a una búsqueda guardada",
        "subscribe": "Alguien (usted, esperamos) pidió recibir en esta dirección los nuevos "
        "registros de una búsqueda guardada. Para empezar, confirme aquí (si no, no pasa nada):",
    },
}


@dataclass
class NotifySummary:
    """What one :func:`run_notify` did."""

    flagged: int = 0
    queued: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    digests: list[dict[str, Any]] = field(default_factory=list)  # recipient, count, ok

    def to_dict(self) -> dict[str, Any]:
        """Plain data (CLI ``--json``)."""
        return asdict(self)


def _title(rec: dict[str, Any] | None, lang: str) -> str:
    from mappings.record import pick_lang

    if not rec:
        return ""
    return pick_lang(rec.get("title") or {}, lang) or str(rec.get("id"))


def build_digest(store: Store, settings: Settings, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """One recipient's messages as a digest (the webhook's JSON body; the e-mail's source)."""
    from matching.store import load_records

    first = rows[0]
    lang = first["lang"] if first["lang"] in TEXTS else "en"
    ids = {r["record_id"] for r in rows} | {o for r in rows for o in r["detail"].get("offers", [])}
    recs = load_records(store.conn, sorted(ids))
    items = []
    for r in rows:
        rec = recs.get(r["record_id"]) or {}
        item: dict[str, Any] = {
            "record": r["record_id"],
            "purpose": r["purpose"].split(":")[0],
            "title": _title(rec, lang),
            "type": rec.get("type"),
            "node": rec.get("node"),
            "countries": rec.get("countries") or [],
            "url": record_url(settings, r["record_id"]),
        }
        if r["detail"].get("offers"):
            item["offers"] = [
                {"id": o, "title": _title(recs.get(o), lang), "url": record_url(settings, o)}
                for o in r["detail"]["offers"]
            ]
        if r["detail"].get("state"):
            item["state"] = r["detail"]["state"]
        if r["detail"].get("opened_at"):
            item["opened_at"] = r["detail"]["opened_at"]
        if r["detail"].get("subscription"):
            sub_id = int(r["detail"]["subscription"])
            item["unsubscribe"] = unsubscribe_url(settings, store, sub_id)
            if r["purpose"] == "subscribe":
                item["url"] = confirm_url(settings, store, sub_id)
        items.append(item)
    keys = sorted(f"{r['record_id']}|{r['purpose']}" for r in rows)
    digest_id = hashlib.sha256("\n".join([first["recipient"], *keys]).encode()).hexdigest()[:32]
    return {
        "event": "chm_digest",
        "digest_id": digest_id,
        "channel": first["channel"],
        "address": first["address"],
        "lang": lang,
        "sent_at": isoformat_z(utcnow()),
        "items": items,
    }


def email_text(digest: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) of a digest in its language."""
    t = TEXTS[digest["lang"]]
    items = digest["items"]
    searches = [i for i in items if i["purpose"] == "search"]
    subject = (t["subject_search"] if len(searches) == len(items) else t["subject"]).format(
        n=len(items)
    )
    lines: list[str] = []
    for i in (i for i in items if i["purpose"] == "subscribe"):
        subject = t["subject_subscribe"]
        lines += [t["subscribe"], f"  {i['url']}", ""]
    for purpose, intro in (("match", t["intro"]), ("search", t["intro_search"])):
        chosen = [i for i in items if i["purpose"] == purpose]
        if chosen:
            lines += [intro, ""]
        for i in chosen:
            where = f" ({', '.join(i['countries'])})" if i["countries"] else ""
            lines.append(f"- {i['title']}{where}\n  {i['url']}")
            for o in i.get("offers", []):
                lines.append(f"  {t['offers']} {o['title']} {o['url']}")
        if chosen:
            lines.append("")
    for i in (i for i in items if i["purpose"] == "state"):
        lines += [t["state"].format(state=t["state_" + i["state"]]), f"- {i['title']}",
                  f"  {i['url']}"]  # fmt: skip
        lines += [f"  {o['title']} {o['url']}" for o in i.get("offers", [])]
        lines.append("")
    for i in (i for i in items if i["purpose"] == "confirm"):
        lines += [t["confirm"].format(date=i.get("opened_at", "?")), f"- {i['title']}",
                  f"  {i['url']}", ""]  # fmt: skip
    unsub = sorted({i["unsubscribe"] for i in items if i.get("unsubscribe")})
    if unsub:
        lines += ["--", *[f"{t['unsubscribe']}: {u}" for u in unsub]]
    return subject, "\n".join(lines).rstrip() + "\n"


def send_email(settings: Settings) -> Sender:
    """A sender that mails a digest through ``[smtp]``."""
    smtp = settings.smtp

    def send(digest: dict[str, Any]) -> None:
        if not smtp.host:
            raise RuntimeError("no [smtp] host is configured: e-mail cannot be sent")
        subject, body = email_text(digest)
        # long lines rather than RFC 2047 encoded words: List-Unsubscribe must stay a URL
        msg = EmailMessage(policy=email.policy.SMTP.clone(max_line_length=998))
        msg["From"] = smtp.sender
        msg["To"] = digest["address"]
        msg["Subject"] = subject
        msg["Message-ID"] = f"<{digest['digest_id']}@chm>"
        unsub = [i["unsubscribe"] for i in digest["items"] if i.get("unsubscribe")]
        if unsub:
            msg["List-Unsubscribe"] = f"<{unsub[0]}>"
        msg.set_content(body)
        timeout = settings.assistance.timeout
        with smtplib.SMTP(smtp.host, smtp.port, timeout=timeout) as server:
            if smtp.starttls:
                server.starttls(context=ssl.create_default_context())
            if smtp.username:
                server.login(smtp.username, smtp.password)
            server.send_message(msg)

    return send


def post_webhook(settings: Settings) -> Sender:
    """A sender that POSTs a digest as JSON, through the guarded client (URL policy checked
    at every connection, no redirects followed)."""
    from harvesters.urlguard import PinnedAddresses, UrlPolicy, guarded_session

    def send(digest: dict[str, Any]) -> None:
        url = digest["address"]
        pins = PinnedAddresses(UrlPolicy.from_settings(settings.security))
        pins.check_url(url)
        session = guarded_session(pins)
        try:
            resp = session.post(
                url,
                json=digest,
                timeout=settings.assistance.timeout,
                allow_redirects=False,
                headers={"User-Agent": settings.harvest.user_agent,
                         "Idempotency-Key": digest["digest_id"]},
            )  # fmt: skip
        finally:
            session.close()
        if not 200 <= resp.status_code < 300:
            raise RuntimeError(f"the webhook {url} answered HTTP {resp.status_code}")

    return send


def send_due(
    store: Store,
    settings: Settings,
    now: datetime,
    senders: dict[str, Sender] | None = None,
) -> NotifySummary:
    """Send every due message, one digest per recipient; retry later or give up on failure."""
    senders = senders or {"email": send_email(settings), "webhook": post_webhook(settings)}
    stamp = isoformat_z(now)
    stale = isoformat_z(now - timedelta(seconds=CLAIM_SECONDS))
    summary = NotifySummary()
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in store.assistance.claim_due(stamp, stale):
        groups.setdefault(row["recipient"], []).append(row)
    a = settings.assistance
    for recipient, rows in groups.items():
        keys = [(r["recipient"], r["record_id"], r["purpose"]) for r in rows]
        digest = build_digest(store, settings, rows)
        try:
            senders[rows[0]["channel"]](digest)
        except Exception as exc:  # any failure of delivery: retried, never lost
            attempts = max(r["attempts"] for r in rows) + 1
            why = f"{type(exc).__name__}: {exc}"
            retry = None
            if attempts < a.max_attempts:
                retry = isoformat_z(now + timedelta(seconds=a.retry_backoff * 2 ** (attempts - 1)))
            store.assistance.settle(keys, stamp, why, retry)
            log.warning("digest to %s not delivered (attempt %d): %s", recipient, attempts, why)
            if retry:
                summary.retried += len(rows)
            else:
                summary.failed += len(rows)
            summary.digests.append({"recipient": recipient, "items": len(rows), "ok": False,
                                    "error": why})  # fmt: skip
            continue
        store.assistance.settle(keys, stamp)
        summary.sent += len(rows)
        summary.digests.append({"recipient": recipient, "items": len(rows), "ok": True})
    return summary


def run_notify(
    store: Store,
    settings: Settings,
    vocabulary: Any = None,
    now: datetime | None = None,
    senders: dict[str, Sender] | None = None,
    send: bool = True,
) -> NotifySummary:
    """Flag expired needs, queue what is new, send what is due (``chm notify``, scheduler)."""
    now = now or utcnow()
    stamp = isoformat_z(now)
    cutoff = (now - timedelta(days=settings.assistance.expiry_days)).date().isoformat()
    flagged = store.assistance.flag_expired(cutoff, stamp)
    matched, covered = match_items(store, settings)
    items = [*confirm_items(store, flagged), *state_items(store),
             *matched, *search_items(store, vocabulary)]  # fmt: skip
    if not settings.smtp.host:  # no mail server: e-mail is not queued (it would only fail)
        items = [i for i in items if i["channel"] != "email"]
    queued = store.assistance.enqueue(items, stamp)
    store.meta.set(MATCH_SEQ_META, str(covered))  # after queueing: a crash repeats, loses nothing
    summary = send_due(store, settings, now, senders) if send else NotifySummary()
    summary.flagged, summary.queued = len(flagged), queued
    store.meta.set(LAST_RUN_META, stamp)
    return summary
