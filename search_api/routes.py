"""Core JSON API: /api/search, /api/records/{id}, /api/runs, /api/nodes (read), /healthz."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, Query, Request

from cli.context import Context
from index.base import RecordNotFound, SearchResult
from search_api.errors import NotFound
from search_api.params import expand_with_vocabulary, parse_search_params

router = APIRouter()


def ctx_of(request: Request) -> Context:
    """The app's Context."""
    ctx: Context = request.app.state.ctx
    return ctx


def run_search(request: Request) -> tuple[Any, SearchResult]:
    """Parse the query string, expand with the vocabulary, search (shared by API and pages)."""
    ctx = ctx_of(request)
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    lang = request.query_params.get("lang") or _accept_lang(request)
    query = expand_with_vocabulary(parse_search_params(params, default_lang=lang), ctx.vocabulary)
    return query, ctx.index.search(query)


def _accept_lang(request: Request) -> str:
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in ("en", "fr", "es", "ar", "zh", "ru"):
            return tag
    return "en"


def result_json(result: SearchResult) -> dict[str, Any]:
    """SearchResult -> the API's JSON shape."""
    return {
        "ok": True,
        "total": result.total,
        "hits": [
            {"id": h.id, "score": h.score, "record": h.record, "highlights": h.highlights}
            for h in result.hits
        ],
        "facets": {
            k: [{"value": v, "count": c} for v, c in vals] for k, vals in result.facets.items()
        },
        "next_cursor": result.next_cursor,
    }


@router.get("/api/search", tags=["search"])
def api_search(
    request: Request,
    q: str = Query("", description='Full text: terms (AND), "phrases", prefix*, -exclusion, OR'),
    type: list[str] = Query([], description="Record type(s), e.g. project"),
    country: list[str] = Query([], description="ISO 3166-1 alpha-2 code(s)"),
    language: list[str] = Query([], description="ISO 639 code(s)"),
    node: list[str] = Query([], description="Node id(s)"),
    concept: list[str] = Query([], description="Concept URI(s); narrower concepts included"),
    year_from: int | None = Query(None, ge=0, le=9999),
    year_to: int | None = Query(None, ge=0, le=9999),
    sort: str = Query("relevance", description="relevance, date or -date"),
    size: int = Query(20, ge=0, le=100),
    page: int = Query(1, ge=1, le=10000),
    cursor: str | None = Query(None, description="next_cursor of the previous page"),
) -> dict[str, Any]:
    """Search every harvested record: total, hits with highlights, facet counts."""
    _, result = run_search(request)
    return result_json(result)


@router.get("/api/records/{record_id:path}", tags=["records"])
def api_record(request: Request, record_id: str) -> dict[str, Any]:
    """One record in the common shape (tombstones say ``"deleted": true``)."""
    ctx = ctx_of(request)
    rec = ctx.store.get_record(record_id)
    if rec is None:
        try:
            rec = ctx.index.get(record_id)
        except RecordNotFound:
            raise NotFound(f"no record '{record_id}'") from None
    return {"ok": True, "record": rec}


@router.get("/api/runs", tags=["operators"])
def api_runs(
    request: Request, node: str | None = None, limit: int = Query(50, ge=1, le=500)
) -> dict[str, Any]:
    """Recent harvest runs, newest first."""
    return {"ok": True, "runs": ctx_of(request).store.list_runs(node, limit)}


@router.get("/api/runs/{run_id}", tags=["operators"])
def api_run(request: Request, run_id: int) -> dict[str, Any]:
    """One run with its per-record errors."""
    store = ctx_of(request).store
    run = store.get_run(run_id)
    if run is None:
        raise NotFound(f"no run {run_id}")
    return {"ok": True, "run": run, "errors": store.run_errors(run_id)}


@router.get("/healthz", tags=["operators"])
def healthz(request: Request) -> dict[str, Any]:
    """Liveness and the index's health."""
    ctx = ctx_of(request)
    index_health = ctx.index.health()
    return {
        "ok": True,
        "store": {"records": ctx.store.count_records(), "max_seq": ctx.store.max_seq()},
        "index": index_health,
    }


def install(app: FastAPI) -> None:
    """Add these routes."""
    app.include_router(router)
    if not any(getattr(r, "path", None) == "/api/nodes" for r in app.routes):
        app.include_router(nodes_router)


nodes_router = APIRouter()


@nodes_router.get("/api/nodes", tags=["nodes"])
def api_nodes(request: Request) -> dict[str, Any]:
    """Every node, without secrets."""
    ctx = ctx_of(request)
    counts = ctx.store.counts_by_node()
    return {
        "ok": True,
        "nodes": [n.to_dict() | {"records": counts.get(n.id, 0)} for n in ctx.settings.nodes],
    }
