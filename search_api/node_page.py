"""A node's own page, reached with its API key: what chm knows and thinks of that node.

Where it sits: HTTP -> **node page** -> node registry (:mod:`registration.registry`: the
registration and the last conformance report), the index (holdings by type and topic,
records typed ``other``) and the run log (runs, per-record errors).

Routes:

- ``GET /node``: a form asking for the node's API key (``chmk.<node id>.<secret>``);
- ``POST /node``: the page of the node that key belongs to (the key travels in the body, never
  in an address, and the page is ``no-store``);
- ``GET /nodes/{id}/page``: the same for scripts and operators, with the key or an operator
  token in ``Authorization: Bearer …``; ``?format=json`` gives its JSON twin.

These are pages for people (forms, HTML): they are left out of the OpenAPI document, like
``/docs``; ``/api/nodes/{id}`` and ``/api/nodes/{id}/report`` are the API.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from index.base import SearchQuery
from mappings.record import pick_lang
from registration.conformance import CHECK_STATUSES
from registration.keys import key_node_id
from search_api import i18n, portal
from search_api.auth import authorize_node
from search_api.errors import NotFound

router = APIRouter()
log = logging.getLogger(__name__)
NO_STORE = {"Cache-Control": "no-store"}
LISTED = 50
"""Records typed ``other`` and rejected records listed on the page (the newest)."""


def node_view(request: Request, node_id: str, lang: str) -> dict[str, Any]:
    """Everything a node's page shows, as JSON-able data."""
    ctx = request.app.state.ctx
    try:
        node = ctx.settings.node(node_id)
    except KeyError:
        raise NotFound(f"no node '{node_id}'", code="unknown_node") from None
    t = i18n.translator(lang)
    registry = ctx.registry
    records = ctx.store.records.count(node.id)
    registration = registry.private_view(node, records)
    mine: dict[str, tuple[str, ...]] = {"node": (str(node.id),)}
    facets = ctx.index.search(
        SearchQuery(filters=mine, limit=0, facets=("type", "concept"), facet_size=100, lang=lang)
    ).facets
    others = ctx.index.search(
        SearchQuery(
            filters={**mine, "type": ("other",)},
            sort="-date",
            limit=LISTED,
            facets=(),
            highlight=False,
            lang=lang,
        )
    )
    vocab = ctx.vocabulary
    runs = ctx.store.runs.recent(node.id, 20)
    report = registry.last_report(node.id)
    rejected = ctx.store.runs.node_errors(node.id, limit=4 * LISTED)
    return {
        "lang": lang,
        "node": {
            "id": node.id,
            "name": node.name or node.id,
            "country": node.country,
            "country_name": i18n.country_name(node.country, lang) if node.country else "",
            "protocol": node.protocol,
            "url": node.url,
            "schedule": node.schedule,
            "status": registration.get("status"),
            "status_reason": registration.get("status_reason"),
            "registered_at": registration.get("registered_at"),
            "contact": registration.get("contact") or {},
            "records": records,
            "records_label": portal.format_number(records, lang),
            "search_href": portal.search_link([("node", node.id)]),
        },
        "report": report,
        "report_counts": {
            s: sum(1 for c in (report or {}).get("checks", []) if c.get("status") == s)
            for s in CHECK_STATUSES
        },
        "by_type": [
            {
                "value": v,
                "label": i18n.type_label(v, lang),
                "count": n,
                "count_label": portal.format_number(n, lang),
                "href": portal.search_link([("node", node.id), ("type", v)]),
            }
            for v, n in facets.get("type", [])
        ],
        "by_topic": [
            {
                "value": v,
                "label": str(vocab.label(v, lang)) if vocab is not None else v,
                "count": n,
                "count_label": portal.format_number(n, lang),
                "href": portal.search_link([("node", node.id), ("concept", v)]),
            }
            for v, n in facets.get("concept", [])[:30]
        ],
        "other": {
            "total": others.total,
            "total_label": portal.format_number(others.total, lang),
            "records": [
                {
                    "id": h.id,
                    "href": portal.record_href(h.id),
                    "title": pick_lang(h.record.get("title") or {}, lang) or h.id,
                    "source_id": h.record.get("source_id"),
                }
                for h in others.hits
            ],
        },
        "rejected": [_error(e) for e in rejected if e["stage"] != "warning"][:LISTED],
        "warnings": [_error(e) for e in rejected if e["stage"] == "warning"][:LISTED],
        "runs": [
            {
                "id": r["id"],
                "status": r["status"],
                "status_label": t(f"run_{r['status']}"),
                "trigger": r["trigger"],
                "started_at": r["started_at"],
                "finished_at": r["finished_at"],
                "added": r["added"],
                "updated": r["updated"],
                "deleted": r["deleted"],
                "rejected": r["rejected"],
            }
            for r in runs
        ],
    }


def _error(e: dict[str, Any]) -> dict[str, Any]:
    keep = ("run_id", "source_id", "stage", "field", "message")
    return {k: e[k] for k in keep}


def _render(request: Request, name: str, view: dict[str, Any], status: int = 200) -> Response:
    from search_api.pages import render

    response = render(request, name, view, status)
    response.headers.update(NO_STORE)
    return response


@router.get("/node", response_class=HTMLResponse, include_in_schema=False)
def node_key_form(request: Request) -> Response:
    """The form that opens a node's page with its API key."""
    return _render(request, "node_key.html", {"lang": i18n.negotiate(request), "error": None})


@router.post("/node", response_class=HTMLResponse, include_in_schema=False)
async def node_page_with_key(request: Request) -> Response:
    """The page of the node whose API key the form sent (401 and the form again otherwise)."""
    lang = i18n.negotiate(request)
    raw = (await request.body())[:4096].decode("utf-8", "replace")
    key = (parse_qs(raw).get("key") or [""])[0].strip()
    node_id = key_node_id(key) if key else None
    registry = request.app.state.ctx.registry
    if not node_id or not registry.verify_node_key(node_id, key):
        view = {"lang": lang, "error": i18n.translator(lang)("node_key_wrong")}
        return _render(request, "node_key.html", view, 401)
    return _render(request, "node.html", node_view(request, node_id, lang))


@router.get("/nodes/{node_id}/page", response_class=HTMLResponse, include_in_schema=False)
def node_page(
    request: Request,
    node_id: str,
    format: str | None = Query(None, description="json for the page's JSON twin"),
) -> Response:
    """A node's page for its key or an operator (``Authorization: Bearer …``)."""
    authorize_node(request, node_id)
    lang = i18n.negotiate(request)
    view = node_view(request, node_id, lang)
    if format == "json":
        return JSONResponse({"ok": True, **view}, headers=NO_STORE)
    return _render(request, "node.html", view)


def install(app: FastAPI) -> None:
    """Add the node page's routes."""
    app.include_router(router)
