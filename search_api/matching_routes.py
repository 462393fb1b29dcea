"""Matching, duplicates and links over HTTP.

Where it sits: :mod:`matching` (tables kept up to date after each run) -> **these routes** ->
record pages and API users.

- ``GET /api/records/{id}/matches?lang=&limit=``: a need's offers or an offer's needs,
  best first, each explained in the reader's language (``lang``, else Accept-Language).
- ``GET /api/records/{id}/cluster``: the same item published elsewhere, and why.
- ``GET /api/records/{id}/links``: related records in other databases, grouped by source.
- ``GET /api/duplicates/clusters?limit=&offset=``: every duplicate cluster, largest first,
  with its members, its reasons in words and the operators' rules on it (the JSON twin of
  ``/operators/duplicates``).
- ``GET|POST|DELETE /api/duplicates/rules``: the operators' allow and block lists (operator
  token required).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, Query, Request
from pydantic import BaseModel, Field

from search_api import i18n
from search_api.errors import MAX_ID, BadRequest, NotFound

router = APIRouter(tags=["matching"])


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _lang(request: Request, lang: str | None) -> str:
    if lang:
        return lang
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in ("en", "fr", "es"):
            return tag
    return "en"


def _vocabulary(request: Request) -> Any:
    try:
        return _ctx(request).vocabulary
    except Exception:  # matching works without a vocabulary, only less well
        return None


def _call(fn: Any, *args: Any) -> dict[str, Any]:
    from matching.store import MatchingError, UnknownRecord

    try:
        out: dict[str, Any] = fn(*args)
    except UnknownRecord as exc:  # the same coded 404 as /api/records/{id}
        raise NotFound(str(exc), code="no_record", params={"id": exc.record_id[:200]}) from exc
    except MatchingError as exc:
        raise BadRequest(str(exc)) from exc
    return {"ok": True, **out}


@router.get("/api/records/{record_id:path}/matches")
def record_matches(
    request: Request,
    record_id: str,
    lang: str | None = Query(None, description="language of the explanations (en, fr, es)"),
    limit: int = Query(10, ge=1, le=50, description="at most this many matches"),
) -> dict[str, Any]:
    """A need's matching offers (support sources, projects) or an offer's matching needs."""
    from matching.match import matches_for

    ctx = _ctx(request)
    args = (ctx.store, record_id, _lang(request, lang), _vocabulary(request), limit)
    return _call(matches_for, *args)


@router.get("/api/records/{record_id:path}/cluster")
def record_cluster(request: Request, record_id: str, lang: str | None = None) -> dict[str, Any]:
    """The records of other nodes that are the same item as this one, and why."""
    from matching.duplicates import cluster_of

    shown = _lang(request, lang)
    got: dict[str, Any] = _call(cluster_of, _ctx(request).store, record_id, shown)
    for m in got["members"]:
        m["why"] = [i18n.dup_reason(r, shown, _vocabulary(request)) for r in m["reasons"]]
    return got


@router.get("/api/records/{record_id:path}/links")
def record_links(request: Request, record_id: str, lang: str | None = None) -> dict[str, Any]:
    """Related records in other databases (a shared identifier), grouped by source node."""
    from matching.links import links_for

    return _call(links_for, _ctx(request).store, record_id, _lang(request, lang))


@router.get("/api/duplicates/clusters")
def duplicate_clusters(
    request: Request,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_ID),
    lang: str | None = None,
) -> dict[str, Any]:
    """Every duplicate cluster (largest first) with members, reasons in words and rules."""
    from matching.duplicates import list_clusters

    shown = _lang(request, lang)
    got: dict[str, Any] = _call(list_clusters, _ctx(request).store, limit, offset, shown)
    for c in got["clusters"]:
        for r in c["reasons"]:
            r["why"] = i18n.dup_reason(r, shown, _vocabulary(request))
    return got


class RuleIn(BaseModel):
    """An operator's decision on a pair of records."""

    a: str = Field(min_length=1, description="a record id")
    b: str = Field(min_length=1, description="another record id")
    rule: str = Field(description="allow (same item) or block (different items)")
    note: str | None = Field(None, max_length=1000)


def _require_operator(request: Request) -> Any:
    from search_api.auth import require_operator

    return require_operator(request)


@router.get("/api/duplicates/rules")
def get_rules(request: Request, rule: str | None = None) -> dict[str, Any]:
    """The allow and block lists (operators only)."""
    from matching.rules import list_rules

    _require_operator(request)
    return _call(lambda: {"rules": list_rules(_ctx(request).store, rule)})


@router.post("/api/duplicates/rules", status_code=201)
def post_rule(request: Request, body: RuleIn) -> dict[str, Any]:
    """Force a pair together (allow) or apart (block); clusters follow at once."""
    from matching.duplicates import cluster_of
    from matching.rules import add_rule

    who = _require_operator(request)
    store = _ctx(request).store
    got = _call(add_rule, store, body.a, body.b, body.rule, who.name, body.note)
    got["cluster"] = cluster_of(store, got["a"])
    return got


@router.delete("/api/duplicates/rules")
def delete_rule(request: Request, a: str = Query(...), b: str = Query(...)) -> dict[str, Any]:
    """Drop the rule on a pair."""
    from matching.rules import remove_rule

    _require_operator(request)
    return _call(lambda: {"removed": remove_rule(_ctx(request).store, a, b)})


def install(app: FastAPI) -> None:
    """Add these routes *before* the others: ``/api/records/{id:path}`` would swallow them."""
    before = list(app.router.routes)
    app.include_router(router)
    mine = [r for r in app.router.routes if r not in before]
    app.router.routes[:] = mine + before
