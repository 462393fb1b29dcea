"""The assistance procedure over HTTP: needs' states, where nodes are told, subscriptions,
Atom feeds, and the small form on a need's page.

Where it sits: :mod:`store.assistance` (states, outbox, subscriptions) and :mod:`ops.notify`
(digests) -> **these routes** -> committee secretariat, national nodes, anyone following a
search.

=============================================  ===========================================
``GET /api/needs``, ``GET /needs`` (the page)  anyone: needs with their state (filters)
``GET /api/needs/{id}``                        anyone: a need's state, offers, history
``POST /api/needs/{id}/state``                 the need's node (its key) or an operator
``GET|PUT /api/nodes/{id}/notifications``      the node's key or an operator
``POST /api/subscriptions``                    anyone: a saved search told by e-mail/webhook
``DELETE /api/subscriptions?token=``           whoever holds the unsubscribe token
``GET|POST /subscriptions/unsubscribe``        the unsubscribe page (the link in messages)
``GET|POST /subscriptions/confirm``            an e-mail subscription starts when confirmed
``GET /feeds/search.atom``                     anyone: a search as an Atom feed, newest first
``GET /api/notify/outbox``                     operators: what was sent, retried, given up
``POST /records/{id}/state``                   the record page's form (key in a field)
=============================================  ===========================================
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs, quote
from xml.sax.saxutils import escape

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from core.clock import isoformat_z, utcnow
from search_api.auth import (
    Forbidden,
    Principal,
    Unauthorized,
    authorize_node,
    client_address,
    is_operator_token,
    require_operator,
)
from search_api.errors import ApiError, BadRequest, NotFound

router = APIRouter(tags=["assistance"])
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")
FEED_SIZE = 50


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _store(request: Request) -> Any:
    return _ctx(request).store


def _now() -> str:
    return isoformat_z(utcnow())


def _call(fn: Any, *args: Any) -> Any:
    from store.assistance import AssistanceError

    try:
        return fn(*args)
    except AssistanceError as exc:
        raise ApiError(exc.message, exc.status) from None


# ---- needs -------------------------------------------------------------------------------


@router.get("/api/needs")
def api_needs(
    request: Request,
    node: str | None = Query(None, max_length=64, description="the publishing node"),
    state: str | None = Query(None, description="open, forwarded, offers_received, met…"),
    country: str | None = Query(None, pattern="^[A-Za-z]{2}$", description="ISO 3166-1"),
    flagged: bool | None = Query(None, description="past the expiry, awaiting confirmation"),
    limit: int = Query(200, ge=1, le=1000),
) -> dict[str, Any]:
    """Needs (requests for assistance) with their state; a need never changed is ``open``."""
    from store.assistance import STATES

    if state is not None and state not in STATES:
        raise BadRequest(f"state: '{state}' is not one of {', '.join(STATES)}")
    needs = _store(request).assistance.needs(node, state, country, flagged, limit)
    return {"ok": True, "total": len(needs), "needs": needs}


def _need_view(request: Request, need_id: str) -> dict[str, Any]:
    a = _store(request).assistance
    st = _call(a.get, need_id)
    return {**st.to_dict(), "history": a.history(need_id)}


@router.get("/api/needs/{need_id:path}")
def api_need(request: Request, need_id: str) -> dict[str, Any]:
    """A need's state, the offers forwarded and received, what met it, its history."""
    return {"ok": True, **_need_view(request, need_id)}


class StateChange(BaseModel):
    """A change of a need's state."""

    to: str = Field(
        description="forwarded, offers_received, met, withdrawn, expired, open or confirm "
        "(still needed: clears the expiry flag)"
    )
    offers: list[str] = Field(
        default_factory=list, max_length=50, description="offers forwarded to / received (ids)"
    )
    met_by: str | None = Field(None, max_length=500, description="the project or offer that met it")
    note: str | None = Field(None, max_length=2000)
    expect: str | None = Field(None, description="the state you believe it is in (else 409)")


def _need_node(request: Request, need_id: str) -> str:
    row = (
        _store(request)
        .conn.execute("SELECT node_id FROM records WHERE id=? AND deleted=0", (need_id,))
        .fetchone()
    )
    if row is None:
        raise NotFound(f"no need with id {need_id!r} (or it was withdrawn by its source)")
    return str(row[0])


def change_state(request: Request, need_id: str, body: StateChange, who: Principal) -> Any:
    """Apply a change as ``who`` (already authorized); the errors are ApiErrors."""
    from store.assistance import Change

    offers = tuple(o.strip() for o in body.offers if o.strip())
    met_by = (body.met_by or "").strip() or None
    change = Change(body.to, who.name, who.client, offers, met_by, body.note, body.expect)
    return _call(_store(request).assistance.change, need_id, change, _now())


@router.post("/api/needs/{need_id:path}/state")
def api_change_state(request: Request, need_id: str, body: StateChange) -> dict[str, Any]:
    """Move a need along the procedure (its node's key or an operator token)."""
    who = authorize_node(request, _need_node(request, need_id))
    change_state(request, need_id, body, who)
    return {"ok": True, **_need_view(request, need_id)}


@router.get("/needs", response_class=HTMLResponse, tags=["pages"])
def needs_page(
    request: Request,
    state: str = Query("", description="open, forwarded, offers_received, met…"),
    country: str = Query("", max_length=2),
    node: str = Query("", max_length=64),
    flagged: str = Query("", description="1: only needs past the expiry"),
) -> Response:
    """The secretariat's list: every request for assistance with its state, oldest first;
    needs not forwarded within ``[assistance] forward_days`` are marked overdue."""
    from datetime import timedelta

    from search_api import i18n
    from search_api.pages import error_page, record_href
    from store.assistance import STATES

    lang = i18n.negotiate(request)
    if state and state not in STATES:
        return error_page(request, BadRequest(f"state: '{state}' is not one of "
                                              f"{', '.join(STATES)}"), lang)  # fmt: skip
    ctx = _ctx(request)
    days = ctx.settings.assistance.forward_days
    before = (utcnow() - timedelta(days=days)).date().isoformat()
    needs = ctx.store.assistance.needs(node or None, state or None, country.upper() or None,
                                       True if flagged else None)  # fmt: skip
    for n in needs:
        n["href"] = record_href(n["id"])
        n["title"] = n["titles"].get(lang) or n["title"] or n["id"]
        n["overdue"] = n["state"] == "open" and n["opened_at"] < before
    view = {"lang": lang, "needs": needs, "states": STATES, "days": days,
            "f": {"state": state, "country": country.upper(), "node": node, "flagged": flagged},
            "json": "/api/needs"}  # fmt: skip
    return _page(request, "needs.html", view)


# ---- where nodes are told -----------------------------------------------------------------


class Target(BaseModel):
    """Where a node is told of needs matching its offers (and asked to confirm its own)."""

    email: str | None = Field(None, max_length=254)
    webhook_url: str | None = Field(None, max_length=2000)
    lang: str = Field("en", pattern="^(en|fr|es)$")


def _known_node(request: Request, node_id: str) -> None:
    if node_id not in {n.id for n in _ctx(request).settings.nodes}:
        raise NotFound(f"no node with id {node_id!r}")


def check_webhook(request: Request, url: str) -> None:
    """Refuse a webhook URL the outbound policy would refuse (said now, not at first send)."""
    from harvesters.base import HarvestError
    from harvesters.urlguard import UrlPolicy

    if not re.match(r"^https?://[^/\s]+", url):
        raise BadRequest(f"webhook_url: '{url}' is not an http(s) URL")
    try:
        UrlPolicy.from_settings(_ctx(request).settings.security).check_url(url)
    except HarvestError as exc:
        raise BadRequest(f"webhook_url: {exc}") from None


@router.get("/api/nodes/{node_id}/notifications")
def get_target(request: Request, node_id: str) -> dict[str, Any]:
    """Where the node is told (its own settings, else its registered contact e-mail)."""
    from ops.notify import node_target

    _known_node(request, node_id)
    authorize_node(request, node_id)
    return {"ok": True, "node": node_id, "target": node_target(_store(request), node_id)}


@router.put("/api/nodes/{node_id}/notifications")
def put_target(request: Request, node_id: str, body: Target) -> dict[str, Any]:
    """Set where the node is told (e-mail and/or webhook; empty values clear a channel)."""
    _known_node(request, node_id)
    who = authorize_node(request, node_id)
    email = (body.email or "").strip() or None
    hook = (body.webhook_url or "").strip() or None
    if email and not EMAIL_RE.match(email):
        raise BadRequest(f"email: '{email}' is not an e-mail address")
    if hook:
        check_webhook(request, hook)
    store = _store(request)
    store.assistance.set_target(node_id, email, hook, body.lang, _now())
    _ctx(request).registry.audit(
        _actor(who), "notifications", node_id, {"email": email, "webhook_url": hook}
    )
    return {"ok": True, "node": node_id, "target": store.assistance.target(node_id)}


def _actor(who: Principal) -> Any:
    from registration.registry import Actor

    return Actor(who.name, who.client)


@router.get("/api/notify/outbox")
def api_outbox(
    request: Request,
    status: str | None = Query(None, pattern="^(pending|sending|sent|failed)$"),
    limit: int = Query(200, ge=1, le=1000),
) -> dict[str, Any]:
    """Messages queued, sent, being retried or given up (operators)."""
    require_operator(request)
    return {"ok": True, "messages": _store(request).assistance.outbox(status, limit)}


# ---- subscriptions and feeds --------------------------------------------------------------


class Subscription(BaseModel):
    """A saved search told by e-mail or webhook (one of them)."""

    search: dict[str, Any] = Field(description="q, type, country, concept, language, node")
    email: str | None = Field(None, max_length=254)
    webhook_url: str | None = Field(None, max_length=2000)
    lang: str = Field("en", pattern="^(en|fr|es)$")


@router.post("/api/subscriptions", status_code=201)
def subscribe(request: Request, body: Subscription) -> dict[str, Any]:
    """Follow a search: each new record answering it is told once (digests, unsubscribe link
    in each; the link is returned here too)."""
    from ops.notify import check_search, confirmation_item, unsubscribe_url

    _limit_subscriptions(request)
    email = (body.email or "").strip()
    hook = (body.webhook_url or "").strip()
    if bool(email) == bool(hook):
        raise BadRequest("give either email or webhook_url (one subscription per channel)")
    if email and not EMAIL_RE.match(email):
        raise BadRequest(f"email: '{email}' is not an e-mail address")
    if hook:
        check_webhook(request, hook)
    try:
        search = check_search(body.search)
    except ValueError as exc:
        raise BadRequest(str(exc)) from None
    ctx = _ctx(request)
    channel, address = ("email", email) if email else ("webhook", hook)
    a = ctx.store.assistance
    sub_id = a.subscribe(channel, address, search, body.lang, _now(), confirmed=bool(hook))
    if email:  # the address's owner confirms first: nobody can subscribe someone else
        a.enqueue([confirmation_item(sub_id, email, body.lang)], _now())
    return {"ok": True, "id": sub_id, "search": search, "confirmed": bool(hook),
            "feed": "/feeds/search.atom?" + _feed_query(search),
            "unsubscribe": unsubscribe_url(ctx.settings, ctx.store, sub_id)}  # fmt: skip


def _limit_subscriptions(request: Request) -> None:
    """``[assistance] subscribe_per_hour`` per client address (operators are not limited)."""
    from registration.conformance import registration_settings
    from search_api.auth import principal
    from search_api.registration import TooManyRequests

    who = principal(request)
    per_hour = _ctx(request).settings.assistance.subscribe_per_hour
    if who.is_operator or per_hour <= 0:
        return
    client = client_address(
        request, registration_settings(_ctx(request).settings).trust_forwarded_for
    )
    wait = request.app.state.rate_limiter.take("subscribe", client, per_hour)
    if wait is not None:
        raise TooManyRequests(
            f"too many subscriptions from {client}: the limit is {per_hour} per hour; "
            f"try again in {max(1, round(wait))} seconds",
            wait,
        )


def _feed_query(search: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    pairs: list[tuple[str, str]] = []
    for k, v in search.items():
        pairs += [(k, x) for x in ([v] if isinstance(v, str) else v)]
    return urlencode(pairs)


def _unsubscribe(request: Request, token: str) -> bool:
    from ops.notify import subscription_of_token

    store = _store(request)
    sub_id = subscription_of_token(store, token)
    if sub_id is None or store.assistance.subscription(sub_id) is None:
        raise BadRequest("token: not an unsubscribe link this server made (damaged or altered)")
    return bool(store.assistance.unsubscribe(sub_id, _now()))


@router.delete("/api/subscriptions")
def api_unsubscribe(request: Request, token: str = Query(..., max_length=200)) -> dict[str, Any]:
    """End a subscription (the token is in each message's unsubscribe link)."""
    return {"ok": True, "removed": _unsubscribe(request, token)}


def _page(request: Request, name: str, view: dict[str, Any], status: int = 200) -> Response:
    from search_api import i18n
    from search_api.pages import render

    return render(request, name, {"lang": i18n.negotiate(request), **view}, status)


@router.get("/subscriptions/unsubscribe", response_class=HTMLResponse, tags=["pages"])
def unsubscribe_page(request: Request, token: str = Query("", max_length=200)) -> Response:
    """The unsubscribe link's page: a button (a GET alone changes nothing: mail scanners
    follow links)."""
    return _page(request, "unsubscribe.html", {"token": token, "done": None})


@router.post("/subscriptions/unsubscribe", response_class=HTMLResponse, tags=["pages"])
async def unsubscribe_post(request: Request) -> Response:
    """Unsubscribe (the page's button, and one-click List-Unsubscribe-Post)."""
    raw = (await request.body()).decode("utf-8", "replace")
    token = (parse_qs(raw).get("token") or [request.query_params.get("token", "")])[0]
    try:
        done = await run_in_threadpool(_unsubscribe, request, token)
    except ApiError as exc:
        return _page(request, "unsubscribe.html", {"token": "", "done": None,
                                                    "error": exc.message}, exc.status)  # fmt: skip
    return _page(request, "unsubscribe.html", {"token": "", "done": done})


def _confirm(request: Request, token: str) -> bool:
    from ops.notify import subscription_of

    store = _store(request)
    sub_id = subscription_of(store, "confirm", token)
    if sub_id is None or store.assistance.subscription(sub_id) is None:
        raise BadRequest("token: not a confirmation link this server made (damaged or altered)")
    return bool(store.assistance.confirm_subscription(sub_id, _now()))


@router.get("/subscriptions/confirm", response_class=HTMLResponse, tags=["pages"])
def confirm_page(request: Request, token: str = Query("", max_length=200)) -> Response:
    """The confirmation link's page: a button (a GET alone changes nothing)."""
    return _page(request, "unsubscribe.html", {"token": token, "done": None, "confirm": True})


@router.post("/subscriptions/confirm", response_class=HTMLResponse, tags=["pages"])
async def confirm_post(request: Request) -> Response:
    """Confirm an e-mail subscription: its digests start."""
    raw = (await request.body()).decode("utf-8", "replace")
    token = (parse_qs(raw).get("token") or [request.query_params.get("token", "")])[0]
    view: dict[str, Any] = {"token": "", "confirm": True}
    try:
        done = await run_in_threadpool(_confirm, request, token)
    except ApiError as exc:
        return _page(request, "unsubscribe.html", {**view, "done": None, "error": exc.message},
                     exc.status)  # fmt: skip
    return _page(request, "unsubscribe.html", {**view, "done": done})


@router.get("/feeds/search.atom", tags=["pages"])
def search_feed(request: Request) -> Response:
    """A search (same parameters as ``/api/search``) as an Atom feed, newest first."""
    from dataclasses import replace

    from mappings.record import pick_lang
    from ops.notify import record_url
    from search_api.routes import run_search_query

    ctx = _ctx(request)
    query = run_search_query(request)
    query = replace(query, sort=query.sort if "sort" in request.query_params else "-date",
                    limit=min(query.limit, FEED_SIZE), highlight=False, facets=())  # fmt: skip
    result = ctx.index.search(query)
    settings = ctx.settings
    self_url = str(request.url)
    entries = []
    for hit in result.hits:
        rec = hit.record
        title = pick_lang(rec.get("title") or {}, query.lang) or hit.id
        summary = pick_lang(rec.get("description") or {}, query.lang) or ""
        updated = rec.get("harvested_at") or rec.get("source_datestamp") or "1970-01-01T00:00:00Z"
        link = record_url(settings, hit.id)
        entries.append(
            f"<entry><id>{escape(link)}</id><title>{escape(title)}</title>"
            f'<link rel="alternate" href="{escape(link)}"/><updated>{escape(updated)}</updated>'
            f'<category term="{escape(str(rec.get("type") or ""))}"/>'
            f"<summary>{escape(summary[:1000])}</summary></entry>"
        )
    newest = max((e.split("<updated>")[1].split("<")[0] for e in entries), default=_now())
    q = request.query_params.get("q", "")
    feed = (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{escape(self_url)}</id><title>chm: {escape(q or 'search')}</title>"
        f"<updated>{escape(newest)}</updated>"
        f'<link rel="self" href="{escape(self_url)}"/>' + "".join(entries) + "</feed>\n"
    )
    return Response(feed, media_type="application/atom+xml")


# ---- the record page's form ------------------------------------------------------------------


def form_principal(request: Request, token: str, node_id: str) -> Principal:
    """Who the form's key (a node's API key or an operator token) says the caller is."""
    from registration.conformance import registration_settings
    from registration.keys import key_node_id

    ctx = _ctx(request)
    client = client_address(request, registration_settings(ctx.settings).trust_forwarded_for)
    if not token:
        raise Unauthorized(f"node '{node_id}''s API key or an operator token is required")
    if is_operator_token(ctx.settings, token):
        return Principal("operator", client=client)
    claimed = key_node_id(token)
    if not claimed or not ctx.registry.verify_node_key(claimed, token):
        raise Unauthorized("the API key or operator token is not valid (was the key rotated?)")
    if claimed != node_id:
        raise Forbidden(f"this key belongs to node '{claimed}'; it cannot act on '{node_id}'")
    return Principal("node", node_id=claimed, client=client)


@router.post("/records/{record_id:path}/state", response_class=HTMLResponse, tags=["pages"])
async def record_state_form(request: Request, record_id: str) -> Response:
    """The need page's form: change its state, then back to the page (303)."""
    raw = (await request.body()).decode("utf-8", "replace")
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    return await run_in_threadpool(_state_form, request, record_id, form)


def _state_form(request: Request, record_id: str, form: dict[str, str]) -> Response:
    from search_api import i18n
    from search_api.pages import error_page

    lang = i18n.negotiate(request)
    try:
        node_id = _need_node(request, record_id)
        who = form_principal(request, form.get("key", "").strip(), node_id)
        offers = [o for o in re.split(r"[\s,]+", form.get("offers", "")) if o]
        body = StateChange(to=form.get("to", ""), offers=offers[:50],
                           met_by=form.get("met_by") or None, note=form.get("note") or None,
                           expect=form.get("expect") or None)  # fmt: skip
        change_state(request, record_id, body, who)
    except ApiError as exc:
        return error_page(request, exc, lang)
    except ValueError as exc:  # pydantic: a field too long
        return error_page(request, BadRequest(str(exc).splitlines()[0]), lang)
    href = "/records/" + quote(record_id, safe=":@") + f"?lang={lang}#procedure"
    return RedirectResponse(href, status_code=303)


def install(app: FastAPI) -> None:
    """Add these routes *before* the others: ``/api/records/{id:path}`` and
    ``/records/{id:path}`` would swallow the ``/state`` ones."""
    before = list(app.router.routes)
    app.include_router(router)
    mine = [r for r in app.router.routes if r not in before]
    app.router.routes[:] = mine + before
