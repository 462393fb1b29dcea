"""Nodes register themselves: the registry API, the conformance report, the /register page.

Where it sits: HTTP -> **registration routes** -> conformance report -> node registry
(:mod:`registration.registry`) -> ``ctx.settings.nodes`` (harvest CLI, scheduler, API).

Routes (the authorization each needs):

=====================================  ====================================================
``GET /api/nodes``                     anyone; no contact, no key material
``POST /api/nodes``                    anyone (rate limited); returns the API key once
``GET /api/nodes/{id}``                anyone; contact and status reason for the node/operators
``PATCH /api/nodes/{id}``              the node's key or an operator (status: operators only)
``DELETE /api/nodes/{id}``             the node's key or an operator
``POST /api/nodes/{id}/validate``      the node's key or an operator (rate limited)
``GET /api/nodes/{id}/report``         the node's key or an operator (JSON download)
``POST /api/nodes/{id}/key``           the node's key or an operator (rotates the key)
``POST /api/validate``                 anyone (rate limited): report for an unregistered URL
``GET /api/audit``                     operators
``GET|POST /register``                 the registration page (form, report, key shown once)
=====================================  ====================================================

A registration whose report fails is kept as ``pending`` (``enabled = false``: never
scheduled) until a later report passes; one whose URL breaks the address policy, or whose
endpoint is too slow or too large, is refused outright with the reason.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Body, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response

from core.config import NodeConfig, check_node
from core.messages import Message
from harvesters.profiles import NodeOptionsError
from harvesters.secrets import node_auth, origin_of
from ops.context import Context
from registration.conformance import Report, registration_settings, run_report
from registration.registry import Actor, NodeRegistry, RegistryError
from search_api import i18n, layout
from search_api.auth import Principal, authorize_node, principal, require_operator
from search_api.errors import ApiError

router = APIRouter()

NODE_FIELDS = (
    "name",
    "country",
    "protocol",
    "url",
    "metadata_prefix",
    "set",
    "mapping",
    "schedule",
    "default_language",
    "options",
)
ENDPOINT_FIELDS = frozenset({"protocol", "url", "metadata_prefix", "set", "mapping", "options"})
NO_STORE = {"Cache-Control": "no-store"}

REGISTRATION_MESSAGES = {
    "too_many_requests": "too many {action} requests from {client}: the limit is {per_hour} "
    "per hour; try again in {seconds} seconds",
    "node_exists": "a node with id '{id}' already exists; choose another",
    "contact_required": "contact: required, an e-mail address (or {{name, email}})",
    "contact_shape": "contact: must be an e-mail address or an object {{name, email}}",
    "contact_email": "contact.email: '{email}' is not an e-mail address",
    "node_invalid": "{what}: {problem}",
    "what.registration": "registration",
    "what.change": "change",
    "what.validate": "validate",
    "what.check": "check",
    "mapping_file_operators": "only operators may give a node a mapping file on the server; "
    "use a mapping name (GET /api/mappings lists them) or ask an operator",
    "body_object": "the body must be a JSON object",
    "unknown_fields": "unknown field(s) {names} (known: {known})",
    "refused": "registration refused: {detail}",
    "patch_body": "the body must be a JSON object with the fields to change",
    "unchangeable_fields": "field(s) {names} cannot be changed (changeable: {known})",
    "status_operators": "only operators change a node's status; a pending node becomes active "
    "when its report passes (POST /api/nodes/{id}/validate)",
    "no_report": "node '{id}' has no report yet (POST /api/nodes/{id}/validate)",
    "validate_body": "the body must be a JSON object with at least 'url'",
    "unknown_fields_only": "unknown field(s) {names}",
}
"""The registration API's refusals, by code (the API adds them in the reader's language);
``detail`` is the address policy's own (English) words."""


def _refuse(
    code: str, status: int = 400, errors: list[Any] | None = None, **params: Any
) -> ApiError:
    """An ApiError with :data:`REGISTRATION_MESSAGES`' sentence, its code and parameters."""
    message = Message(REGISTRATION_MESSAGES, code, **params)
    return ApiError(message, status, errors, code=code, params=params)


class TooManyRequests(ApiError):
    """A client went over a rate limit (HTTP 429)."""

    status = 429

    def __init__(
        self, message: str, retry_after: float, params: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message, code="too_many_requests" if params else "", params=params)
        self.retry_after = retry_after


# ---- rate limits ---------------------------------------------------------------------------


class RateLimiter:
    """In-memory token buckets per (action, client): ``per_hour`` tokens, refilled evenly."""

    def __init__(self, clock: Any = time.monotonic) -> None:
        self.clock = clock
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, action: str, client: str, per_hour: int) -> float | None:
        """Take one token; return None when allowed, else the seconds until one is back."""
        if per_hour <= 0:
            return None
        now = self.clock()
        rate = per_hour / 3600.0
        with self._lock:
            tokens, last = self._buckets.get((action, client), (float(per_hour), now))
            tokens = min(float(per_hour), tokens + (now - last) * rate)
            if tokens < 1.0:
                self._buckets[(action, client)] = (tokens, now)
                return (1.0 - tokens) / rate
            self._buckets[(action, client)] = (tokens - 1.0, now)
            if len(self._buckets) > 50_000:  # forget full buckets, keep memory bounded
                self._buckets = {k: v for k, v in self._buckets.items() if v[0] < per_hour - 1}
        return None


def _limit(request: Request, who: Principal, action: str) -> None:
    if who.is_operator:
        return
    reg = registration_settings(_ctx(request).settings)
    per_hour = reg.register_per_hour if action == "register" else reg.validate_per_hour
    limiter: RateLimiter = request.app.state.rate_limiter
    wait = limiter.take(action, who.client, per_hour)
    if wait is not None:
        params: dict[str, Any] = {"action": action, "client": who.client}
        params |= {"per_hour": per_hour, "seconds": max(1, round(wait))}
        message = Message(REGISTRATION_MESSAGES, "too_many_requests", **params)
        raise TooManyRequests(message, wait, params)


# ---- helpers ------------------------------------------------------------------------------


def _ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def _registry(request: Request) -> NodeRegistry:
    return _ctx(request).registry


def _actor(who: Principal) -> Actor:
    return Actor(who.name, who.client)


def _vocabulary(ctx: Context) -> Any:
    try:
        return ctx.vocabulary
    except Exception:  # a broken vocabulary must not block registrations
        return None


def _report(ctx: Context, node: NodeConfig, registered: bool = True) -> Report:
    """The conformance report; a registered node's own secrets go to its own origin only,
    a URL nobody registered (or a registration in progress) gets none."""
    auth = None
    if registered:
        try:
            auth = node_auth(node, ctx.store)
        except NodeOptionsError:  # a config.toml node's variable is unset: report without
            auth = None
    return run_report(node, ctx.settings, vocabulary=_vocabulary(ctx), auth=auth)


def localize(report: dict[str, Any], request: Request) -> dict[str, Any]:
    """A report (JSON form) for the API: each check keeps its English ``message``, ``hint``,
    codes and parameters, and gains ``localized`` (``lang``, ``message``, ``hint``) in the
    language the request asks for (``lang``, else Accept-Language)."""
    lang = i18n.negotiate(request)
    checks = []
    for check in report.get("checks", []):
        message, hint = i18n.check_text(check, lang)
        title = i18n.check_title(str(check.get("id")), str(check.get("title")), lang)
        said = {"lang": lang, "title": title, "message": message, "hint": hint}
        checks.append({**check, "localized": said})
    return {**report, "lang": lang, "checks": checks}


def _registry_call(fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except RegistryError as exc:
        raise ApiError(exc.message, exc.status, code=exc.code, params=exc.params) from None


def _exists(node_id: str) -> ApiError:
    return _refuse("node_exists", 409, id=node_id)


def _contact(value: Any, required: bool) -> dict[str, str]:
    if value is None or value == "":
        if required:
            raise _refuse("contact_required")
        return {}
    if isinstance(value, str):
        value = {"email": value}
    if not isinstance(value, dict) or set(value) - {"name", "email"}:
        raise _refuse("contact_shape")
    email = str(value.get("email") or "").strip()
    if not (email and "@" in email and "." in email.split("@")[-1] and len(email) < 255):
        raise _refuse("contact_email", email=email)
    name = str(value.get("name") or "").strip()[:200]
    return {"email": email} | ({"name": name} if name else {})


def _node_from(ctx: Context, item: dict[str, Any], what: str) -> NodeConfig:
    """A node from what a caller sent: the allow-list of options applies (node_options)."""
    mapped = ctx.settings.harvest.context_map
    node, problems = check_node(item, source="local", mapped_contexts=mapped)
    if node is None:
        what_ = Message(REGISTRATION_MESSAGES, f"what.{what}")
        raise _refuse("node_invalid", errors=problems, what=what_, problem=problems[0])
    return node


def _mapping_file_guard(body: dict[str, Any], who: Principal) -> None:
    """A mapping file is a path on chm's own server: only an operator may name one."""
    from mappings.registry import is_mapping_file

    mapping = body.get("mapping")
    if isinstance(mapping, str) and is_mapping_file(mapping) and not who.is_operator:
        raise _refuse("mapping_file_operators", 403)


def _parse_registration(ctx: Context, body: Any) -> tuple[NodeConfig, dict[str, str]]:
    if not isinstance(body, dict):
        raise _refuse("body_object")
    unknown = set(body) - {"id", "contact", *NODE_FIELDS}
    if unknown:
        known = ", ".join(["id", "contact", *NODE_FIELDS])
        raise _refuse("unknown_fields", names=", ".join(sorted(unknown)), known=known)
    contact = _contact(body.get("contact"), required=True)
    item = {k: v for k, v in body.items() if k in ("id", *NODE_FIELDS) and v not in (None, "")}
    item["enabled"] = False
    return _node_from(ctx, item, "registration"), contact


def _refused(report: Report) -> ApiError:
    errors = [{"check": c.id, "message": str(c.message), "code": c.code, "params": c.params}
              for c in report.checks if c.status == "fail"]  # fmt: skip
    detail = (report.refused or "").removeprefix("refused: ")
    return _refuse("refused", errors=errors, detail=detail)


def register(ctx: Context, body: Any, who: Principal) -> tuple[dict[str, Any], Report]:
    """Register a node from ``body``; return (API response, report). Raises ApiError."""
    if isinstance(body, dict):
        _mapping_file_guard(body, who)
    node, contact = _parse_registration(ctx, body)
    reg = ctx.registry
    if any(n.id == node.id for n in ctx.settings.nodes):
        raise _exists(node.id)
    report = _report(ctx, node, registered=False)
    if report.refused:
        reg.audit(_actor(who), "refused", node.id, {"url": node.url, "reason": report.refused})
        raise _refused(report)
    status = "pending" if report.status == "fail" else "active"
    try:
        key = _registry_call(reg.register, node, contact, status, _actor(who))
    except sqlite3.IntegrityError:
        raise _exists(node.id) from None
    data = report.to_dict()
    reg.save_report(node.id, data)
    note = (
        "registered and active: it will be harvested on its schedule"
        if status == "active"
        else "registered as pending: the report fails, so the node is not harvested until "
        f"a report passes (fix the failures, then POST /api/nodes/{node.id}/validate)"
    )
    payload = {
        "ok": True,
        "status": status,
        "message": note,
        "api_key": key,
        "api_key_note": "shown once: store it now; chm keeps only a hash of it",
        "node": reg.private_view(reg.node(node.id)),
        "report": data,
    }
    return payload, report


# ---- the API -------------------------------------------------------------------------------


@router.get("/api/nodes", tags=["nodes"])
def api_nodes(request: Request) -> dict[str, Any]:
    """Every node (config.toml and registered), without contacts or secrets."""
    ctx = _ctx(request)
    reg = ctx.registry
    counts = ctx.store.records.counts_by_node()
    nodes = [reg.public_view(n, counts.get(n.id, 0)) for n in ctx.settings.nodes]
    return {"ok": True, "nodes": nodes}


@router.post("/api/nodes", status_code=201, tags=["nodes"])
def api_register(request: Request, body: Any = Body(...)) -> JSONResponse:
    """Register a node: runs the conformance report, returns the API key once."""
    who = principal(request)
    _limit(request, who, "register")
    payload, _ = register(_ctx(request), body, who)
    payload["report"] = localize(payload["report"], request)
    return JSONResponse(payload, status_code=201, headers=NO_STORE)


@router.get("/api/nodes/{node_id}", tags=["nodes"])
def api_node(request: Request, node_id: str) -> dict[str, Any]:
    """One node; its contact and status reason only for itself and operators."""
    who = principal(request)
    reg = _registry(request)
    node = _registry_call(reg.node, node_id)
    records = _ctx(request).store.records.count(node_id)
    own = who.is_operator or (who.kind == "node" and who.node_id == node_id)
    view = reg.private_view(node, records) if own else reg.public_view(node, records)
    return {"ok": True, "node": view}


@router.patch("/api/nodes/{node_id}", tags=["nodes"])
def api_patch(request: Request, node_id: str, body: Any = Body(...)) -> dict[str, Any]:
    """Change a registered node; endpoint changes re-run the report."""
    who = authorize_node(request, node_id)
    if not isinstance(body, dict) or not body:
        raise _refuse("patch_body")
    unknown = set(body) - {"contact", "status", *NODE_FIELDS}
    if unknown:
        known = ", ".join(["contact", "status", *NODE_FIELDS])
        raise _refuse("unchangeable_fields", names=", ".join(sorted(unknown)), known=known)
    if "status" in body and not who.is_operator:
        raise _refuse("status_operators", 403, id=node_id)
    _mapping_file_guard(body, who)
    ctx = _ctx(request)
    reg = ctx.registry
    node = _registry_call(reg.local_node, node_id)
    out = _apply_patch(ctx, reg, node, body, who)
    if "report" in out:
        out["report"] = localize(out["report"], request)
    return out


def _apply_patch(
    ctx: Context, reg: NodeRegistry, node: NodeConfig, body: dict[str, Any], who: Principal
) -> dict[str, Any]:
    changes = {k: body[k] for k in NODE_FIELDS if k in body}
    item = {k: v for k, v in node.to_dict().items() if k != "source"} | changes
    item = {k: v for k, v in item.items() if v is not None}
    new = _node_from(ctx, item, "change")
    contact = _contact(body.get("contact"), required=False)
    report = None
    if ENDPOINT_FIELDS & set(changes):
        report = _report(ctx, new)
        if report.refused:
            reg.audit(_actor(who), "refused", node.id, {"url": new.url, "reason": report.refused})
            raise _refused(report)
    typed = {k: getattr(new, k) for k in changes}
    if typed or contact:
        reg.update(node.id, typed, _actor(who), contact or None)
    status = body.get("status")
    if status is not None:
        _registry_call(reg.set_status, node.id, status, _actor(who), "set by an operator")
    if report is not None:
        reg.save_report(node.id, report.to_dict())
        _follow_report(reg, node.id, report, who)
    out: dict[str, Any] = {"ok": True, "node": reg.private_view(reg.node(node.id))}
    if report is not None:
        out["report"] = report.to_dict()
    moved = origin_of(new.url) != origin_of(node.url)
    if moved and (headers := reg.secret_headers(node.id)):
        out["note"] = (
            f"the secret the operators stored for this node ({', '.join(headers)}) is sent to "
            f"{origin_of(node.url)} only, not to the new URL; ask them to set it again"
        )
    return out


def _follow_report(reg: NodeRegistry, node_id: str, report: Report, who: Principal) -> None:
    """pending -> active when a report passes; active -> pending when a changed endpoint fails."""
    node = reg.node(node_id)
    if node.source != "local":
        return
    current = reg.status_of(node)
    if current == "pending" and report.status != "fail":
        reg.set_status(node_id, "active", _actor(who), "the conformance report passes")
    elif current == "active" and report.status == "fail":
        reg.set_status(node_id, "pending", _actor(who), "the conformance report fails")


@router.delete("/api/nodes/{node_id}", tags=["nodes"])
def api_delete(request: Request, node_id: str) -> dict[str, Any]:
    """Remove a registered node (records harvested from it stay in the store)."""
    who = authorize_node(request, node_id)
    _registry_call(_registry(request).remove, node_id, _actor(who))
    return {"ok": True, "deleted": node_id}


@router.post("/api/nodes/{node_id}/validate", tags=["nodes"])
def api_validate_node(request: Request, node_id: str) -> dict[str, Any]:
    """Run the conformance report now; a pending node whose report passes becomes active."""
    who = authorize_node(request, node_id)
    _limit(request, who, "validate")
    ctx = _ctx(request)
    reg = ctx.registry
    node = _registry_call(reg.node, node_id)
    report = _report(ctx, node)
    data = report.to_dict()
    reg.save_report(node_id, data)
    if node.source == "local" and reg.status_of(node) == "pending" and report.status != "fail":
        reg.set_status(node_id, "active", _actor(who), "the conformance report passes")
    status = reg.status_of(reg.node(node_id))
    return {"ok": True, "status": status, "report": localize(data, request)}


@router.get("/api/nodes/{node_id}/report", tags=["nodes"])
def api_node_report(request: Request, node_id: str) -> JSONResponse:
    """The node's latest conformance report, as a JSON download."""
    authorize_node(request, node_id)
    reg = _registry(request)
    _registry_call(reg.node, node_id)
    report = reg.last_report(node_id)
    if report is None:
        raise _refuse("no_report", 404, id=node_id)
    return JSONResponse(localize(report, request), headers=_download(f"chm-report-{node_id}.json"))


@router.post("/api/nodes/{node_id}/key", tags=["nodes"])
def api_rotate_key(request: Request, node_id: str) -> JSONResponse:
    """Issue a new API key (shown once); the old key stops working."""
    who = authorize_node(request, node_id)
    key = _registry_call(_registry(request).rotate_key, node_id, _actor(who))
    body = {"ok": True, "api_key": key, "api_key_note": "shown once: the old key is revoked"}
    return JSONResponse(body, headers=NO_STORE)


@router.post("/api/validate", tags=["nodes"])
def api_validate_url(
    request: Request,
    body: Any = Body(...),
    download: bool = Query(False, description="send the report as a file"),
) -> JSONResponse:
    """The conformance report for a URL that is not registered (nothing is stored)."""
    who = principal(request)
    _limit(request, who, "validate")
    if not isinstance(body, dict):
        raise _refuse("validate_body")
    unknown = set(body) - set(NODE_FIELDS)
    if unknown:
        raise _refuse("unknown_fields_only", names=", ".join(sorted(unknown)))
    item = {k: v for k, v in body.items() if v not in (None, "")} | {"id": "unregistered"}
    ctx = _ctx(request)
    node = _node_from(ctx, item, "validate")
    data = _report(ctx, node, registered=False).to_dict()
    data["node_id"] = None
    headers = _download("chm-report.json") if download else None
    return JSONResponse({"ok": True, "report": localize(data, request)}, headers=headers)


@router.get("/api/audit", tags=["operators"])
def api_audit(
    request: Request,
    node: str | None = Query(None, description="only this node's entries"),
    limit: int = Query(100, ge=1, le=5000),
) -> dict[str, Any]:
    """Every registry change: who, what, when, from where (operators only)."""
    require_operator(request)
    return {"ok": True, "entries": _registry(request).audit_log(node, limit)}


def _download(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


# ---- the registration page -----------------------------------------------------------------

FORM_FIELDS = ("id", "name", "country", "contact_name", "contact_email", *NODE_FIELDS[2:9])


@router.get("/register", response_class=HTMLResponse, tags=["pages"])
def register_page(request: Request) -> Response:
    """The registration form."""
    return layout.render(
        request,
        "register.html",
        {"values": {"protocol": "oai-pmh"}, "error": None, **picker_context(request)},
    )


def country_options(lang: str) -> list[tuple[str, str]]:
    """Every ISO 3166-1 country as ``(alpha-2 code, name in lang)``, in alphabetical order of
    the names (accents ignored), for the registration form's country picker."""
    import unicodedata

    import pycountry

    from search_api import i18n

    def key(item: tuple[str, str]) -> str:
        folded = unicodedata.normalize("NFKD", item[1]).casefold()
        return "".join(ch for ch in folded if not unicodedata.combining(ch))

    options = [(c.alpha_2, i18n.country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return sorted(options, key=key)


def picker_context(request: Request) -> dict[str, Any]:
    """What the registration form needs for its country picker in the reader's language."""
    from search_api import i18n

    return {"countries": country_options(i18n.negotiate(request))}


@router.post("/register", response_class=HTMLResponse, tags=["pages"])
async def register_submit(request: Request) -> Response:
    """Check or register from the form; render the report (and the key, once)."""
    raw = (await request.body())[:20_000].decode("utf-8", "replace")
    form = {k: v[0].strip() for k, v in parse_qs(raw).items() if k in (*FORM_FIELDS, "action")}
    return await run_in_threadpool(_register_form, request, form)


def _register_form(request: Request, form: dict[str, str]) -> Response:
    ctx = _ctx(request)
    body: dict[str, Any] = {k: v for k, v in form.items() if k in ("id", *NODE_FIELDS) and v}
    if form.get("country"):
        body["country"] = form["country"].upper()
    body["contact"] = {"name": form.get("contact_name", ""), "email": form.get("contact_email")}
    check_only = form.get("action") == "validate"
    context: dict[str, Any]
    try:
        who = principal(request)
        _limit(request, who, "validate" if check_only else "register")
        if check_only:
            item = {k: v for k, v in body.items() if k in NODE_FIELDS} | {"id": "unregistered"}
            report = _report(ctx, _node_from(ctx, item, "check"), registered=False)
            context = {"report": report.to_dict(), "payload": None, "values": form}
        else:
            payload, report = register(ctx, body, who)
            context = {"report": report.to_dict(), "payload": payload, "values": form}
    except ApiError as exc:
        lang = i18n.negotiate(request)
        errors = [i18n.say(e, lang) if isinstance(e, str) or "code" in e else e.get("message", "")
                  for e in exc.errors]  # fmt: skip
        message = i18n.error_message(exc.code, exc.params, exc.message, lang)
        ctx_page = {"values": form, "error": message, "errors": errors, **picker_context(request)}
        return layout.render(request, "register.html", ctx_page, exc.status)
    context["report_json"] = quote(json.dumps(context["report"], ensure_ascii=False, indent=2))
    context["check_title"] = i18n.check_title
    statuses = [c.get("status") for c in context["report"].get("checks", [])]
    context["tally"] = {s: statuses.count(s) for s in ("pass", "warn", "fail", "skip")}
    return layout.render(request, "report.html", context, headers=NO_STORE)


def install(app: FastAPI) -> None:
    """Add the registry routes and the registration page."""
    app.state.rate_limiter = RateLimiter()

    @app.exception_handler(TooManyRequests)
    async def too_many(request: Request, exc: TooManyRequests) -> JSONResponse:
        from search_api.errors import error_body
        from search_api.i18n import said

        headers = {"Retry-After": str(max(1, round(exc.retry_after)))}
        shown = said(request, exc.code, exc.params, exc.message) if exc.code else None
        body = error_body(429, exc.message, code=exc.code, said=shown)
        return JSONResponse(body, status_code=429, headers=headers)

    @app.exception_handler(RegistryError)
    async def registry_error(request: Request, exc: RegistryError) -> JSONResponse:
        """Any registry change refused (e.g. 503 while nodes.local.toml is broken)."""
        from search_api.errors import error_body
        from search_api.i18n import said

        shown = said(request, exc.code, exc.params, exc.message) if exc.code else None
        body = error_body(exc.status, exc.message, code=exc.code, said=shown)
        return JSONResponse(body, status_code=exc.status)

    app.include_router(router)
