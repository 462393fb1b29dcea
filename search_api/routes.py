"""Core JSON API: /api/search, /api/export, /api/records/{id}, /api/runs, /healthz."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import orjson
from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from index.base import RecordNotFound, SearchQuery, SearchResult
from index.query import check_query
from ops.context import Context
from search_api.errors import BadRequest, NotFound, RowId
from search_api.exports import (
    EXPORT_FORMATS,
    csv_labeller,
    export_query,
    iter_records,
    record_jsonld,
    record_oai_dc,
    stream_export,
)
from search_api.observability import observe_search
from search_api.params import (
    check_param_names,
    expand_with_vocabulary,
    known_nodes,
    not_one_of,
    parse_fields,
    parse_search_params,
)
from search_api.tokens import seal, signing_key, unseal

router = APIRouter()


def ctx_of(request: Request) -> Context:
    """The app's Context."""
    ctx: Context = request.app.state.ctx
    return ctx


def run_search_query(
    request: Request, lang: str | None = None, extra: tuple[str, ...] = ()
) -> SearchQuery:
    """The request's query string as a SearchQuery, expanded with the vocabulary.

    ``lang`` (the interface language of a page) wins over ``?lang=`` and Accept-Language;
    ``extra`` names the route's own parameters (``format``); any other unknown one is a 400.
    """
    ctx = ctx_of(request)
    check_param_names(request.query_params.keys(), extra)
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    if lang:
        params["lang"] = [lang]
    default = request.query_params.get("lang") or _accept_lang(request)
    query = parse_search_params(params, default_lang=default, nodes=known_nodes(ctx))
    if query.search_after:
        check_query(query)  # a bad sort is named before the cursor made for it
        cursor = unseal(signing_key(ctx), "cursor", query.search_after)
        if cursor is None:
            raise BadRequest(
                "cursor: not a cursor this server made (damaged or altered); pass the "
                "next_cursor of the previous page as it is, or start again without one",
                code="bad_cursor",
            )
        query = replace(query, search_after=cursor)
    return expand_with_vocabulary(query, ctx.vocabulary)


def sealed_cursor(request: Request, cursor: str | None) -> str | None:
    """The next-page cursor as clients get it: signed with the store's key."""
    return seal(signing_key(ctx_of(request)), "cursor", cursor) if cursor else None


def run_search(
    request: Request,
    lang: str | None = None,
    extra: tuple[str, ...] = (),
    facet_size: int | None = None,
) -> tuple[SearchQuery, SearchResult]:
    """Parse the query string, expand with the vocabulary, search (shared by API and pages;
    ``facet_size``: values per facet, the query's default otherwise)."""
    query = run_search_query(request, lang, extra)
    if facet_size is not None:
        query = replace(query, facet_size=facet_size)
    start = time.perf_counter()
    result = ctx_of(request).index.search(query)
    observe_search(request, time.perf_counter() - start)
    return query, result


def _accept_lang(request: Request) -> str:
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in ("en", "fr", "es", "ar", "zh", "ru"):
            return tag
    return "en"


def result_json(result: SearchResult, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """SearchResult -> the API's JSON shape (records cut to ``fields`` when given)."""

    def cut(record: dict[str, Any]) -> dict[str, Any]:
        if fields is None:
            return record
        return {k: record.get(k) for k in ("id", *fields)}

    return {
        "ok": True,
        "total": result.total,
        "hits": [
            {"id": h.id, "score": h.score, "record": cut(h.record), "highlights": h.highlights}
            for h in result.hits
        ],
        "facets": {
            k: [{"value": v, "count": c} for v, c in vals] for k, vals in result.facets.items()
        },
        "next_cursor": result.next_cursor,
    }


class PlainJSONResponse(JSONResponse):
    """A JSON response of plain data (dicts, lists, str, int, float, bool, None) written by
    orjson: the same bytes as :class:`JSONResponse` (compact, UTF-8), without FastAPI's
    ``jsonable_encoder`` walk over every value, which cost a search response more CPU (4.5 ms
    for 20 hits with facets) than the search itself."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


@router.get("/api/search", tags=["search"], response_model=dict[str, Any])
def api_search(
    request: Request,
    q: str = Query(
        "",
        description='Full text: terms (AND), "phrases", prefix*, -exclusion, OR. Each term '
        "matches its text in any language or what it names in the vocabulary (README: "
        "Query syntax and meaning)",
    ),
    type: list[str] = Query([], description="Record type(s): id, URI or label (project, Projet)"),
    country: list[str] = Query([], description="ISO 3166-1 code(s) or country names"),
    region: list[str] = Query([], description="Region(s): id, URI or label (western-africa)"),
    language: list[str] = Query([], description="ISO 639 code(s) or language names"),
    node: list[str] = Query([], description="Node id(s)"),
    concept: list[str] = Query(
        [], description="Concept(s): URI, id or label in any language; narrower included"
    ),
    year: list[str] = Query([], description="Year(s)"),
    status: list[str] = Query(
        [], description="Project status: completed, ongoing or planned, or its label (En cours)"
    ),
    publisher_country: list[str] = Query(
        [], description="Country of the publishing node: ISO 3166-1 code(s) or names"
    ),
    eligible_for: list[str] = Query(
        [],
        description="Offers open to this country (ISO code or name): it is named, in a group"
        " or region the offer names (LDCs, SIDS, Western Africa...), or the offer is open to all",
    ),
    year_from: int | None = Query(None, ge=0, le=9999),
    year_to: int | None = Query(None, ge=0, le=9999),
    sort: str = Query("relevance", description="relevance, date or -date"),
    facets: list[str] = Query(
        [], description="Facets to count (comma-separated or repeated; default: all but eligible)"
    ),
    size: int = Query(20, ge=0, le=100),
    limit: int | None = Query(None, ge=0, le=100, description="Same as size"),
    page: int = Query(1, ge=1, le=10000),
    cursor: str | None = Query(None, description="next_cursor of the previous page"),
    date_from: str | None = Query(None, description="ISO date (2019, 2019-07, 2019-07-15)"),
    date_to: str | None = Query(None, description="ISO date, inclusive"),
    fields: str | None = Query(None, description="Record fields to return, e.g. title,date"),
    highlight: bool = Query(True, description="Highlighted snippets in hits"),
    lang: str | None = Query(None, description="Language for highlights (default: header)"),
    collapse: bool = Query(
        False, description="One hit per duplicate cluster, with also_published_by"
    ),
) -> Response:
    """Search every harvested record: total, hits with highlights, facet counts.

    Deep pages: follow ``next_cursor`` (pass it as ``cursor`` with the same other parameters).
    With ``collapse=true`` the same item published by several nodes is shown once per page,
    with ``also_published_by`` listing the other records of its duplicate cluster.
    """
    selected = parse_fields(fields)
    query, result = run_search(request)
    body = result_json(result, selected)
    body["next_cursor"] = sealed_cursor(request, result.next_cursor)
    label_facets(body["facets"], query.lang, ctx_of(request).vocabulary)
    if collapse:
        from matching.duplicates import collapse as collapse_hits

        body["hits"] = collapse_hits(body["hits"], ctx_of(request).store)
    return PlainJSONResponse(body)


def label_facets(facets: dict[str, list[dict[str, Any]]], lang: str, vocabulary: Any) -> None:
    """Give every facet value a ``label`` in ``lang`` (fallback English, then the value):
    concepts, regions and types from the vocabulary, countries and languages from ISO data."""
    from search_api import i18n

    vocab_fields = ("concept", "region", "type")
    labels: dict[str, dict[str, str]] = {}
    if vocabulary is not None:
        from vocabulary.search import facet_labels

        for name in vocab_fields:
            values = [b["value"] for b in facets.get(name, [])]
            labels[name] = facet_labels(vocabulary, values, lang) if values else {}
    for name, buckets in facets.items():
        for b in buckets:
            v = str(b["value"])
            if name in labels:
                b["label"] = labels[name].get(v, v)
            elif name == "type":
                b["label"] = i18n.type_label(v, lang)
            elif name == "country":
                b["label"] = i18n.country_name(v, lang)
            elif name == "language":
                b["label"] = i18n.language_name(v, lang)
            else:
                b["label"] = v


def find_record(request: Request, record_id: str) -> dict[str, Any]:
    """A record from the store (tombstones included), else the index; NotFound otherwise."""
    ctx = ctx_of(request)
    rec = ctx.store.records.get(record_id)
    if rec is None:
        try:
            rec = ctx.index.get(record_id)
        except RecordNotFound:
            message = f"no record '{record_id}'"
            raise NotFound(message, code="no_record", params={"id": record_id}) from None
    return rec


RECORD_FORMATS = {"json": "application/json", "jsonld": "application/ld+json",
                  "oai_dc": "application/xml"}  # fmt: skip


def record_format(request: Request, explicit: str | None) -> str:
    """``?format=`` if given, else the best match for the Accept header, else json."""
    if explicit:
        if explicit not in RECORD_FORMATS:
            raise BadRequest(f"'format' must be one of {', '.join(RECORD_FORMATS)}, "
                             f"got '{explicit[:20]}'")  # fmt: skip
        return explicit
    accept = request.headers.get("accept", "")
    if "application/ld+json" in accept:
        return "jsonld"
    if ("application/xml" in accept or "text/xml" in accept) and "json" not in accept:
        return "oai_dc"
    return "json"


@router.get(
    "/api/records/{record_id:path}",
    tags=["records"],
    responses={200: {"content": {"application/ld+json": {}, "application/xml": {}}}},
)
def api_record(
    request: Request,
    record_id: str,
    format: str | None = Query(None, description="json (default), jsonld or oai_dc"),
) -> Any:
    """One record in the common shape (tombstones say ``"deleted": true``).

    ``?format=jsonld`` gives schema.org + Dublin Core terms JSON-LD, ``?format=oai_dc`` the
    oai_dc XML; without ``format`` the Accept header chooses (``application/ld+json``,
    ``application/xml``), JSON by default.
    """
    fmt = record_format(request, format)
    rec = find_record(request, record_id)
    if fmt == "jsonld":
        return JSONResponse(record_jsonld(rec, str(request.base_url)),
                            media_type=RECORD_FORMATS["jsonld"])  # fmt: skip
    if fmt == "oai_dc":
        xml = record_oai_dc(rec, str(request.base_url))
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' + xml
        return Response(body, media_type=RECORD_FORMATS["oai_dc"])
    return {"ok": True, "record": rec}


@router.get("/api/runs", tags=["operators"])
def api_runs(
    request: Request, node: str | None = None, limit: int = Query(50, ge=1, le=500)
) -> dict[str, Any]:
    """Recent harvest runs, newest first, each with its outcome and cause in plain words."""
    from ops.health import describe_run

    runs = ctx_of(request).store.runs.recent(node, limit)
    return {"ok": True, "runs": [{**r, **describe_run(r)} for r in runs]}


@router.get("/api/runs/{run_id}", tags=["operators"])
def api_run(request: Request, run_id: RowId) -> dict[str, Any]:
    """One run with its per-record errors."""
    store = ctx_of(request).store
    run = store.runs.get(run_id)
    if run is None:
        raise NotFound(f"no run {run_id}")
    from ops.health import describe_run

    return {"ok": True, "run": {**run, **describe_run(run)}, "errors": store.runs.errors(run_id)}


@router.get("/healthz", tags=["operators"])
def healthz(request: Request) -> dict[str, Any]:
    """Liveness (200 while the server answers) and the index's health (``ok`` false when it
    is down). Anonymous callers see states and counts only; operators (token) the details."""
    from search_api.operators import index_health_for

    ctx = ctx_of(request)
    index = index_health_for(request, ctx)
    body = {
        "ok": bool(index.get("ok")),
        "store": {"records": ctx.store.records.count(), "max_seq": ctx.store.records.max_seq()},
        "index": index,
    }
    return body


@router.get(
    "/api/export",
    tags=["search"],
    response_class=StreamingResponse,
    responses={200: {"content": {t.split(";")[0]: {} for t in EXPORT_FORMATS.values()}}},
)
def api_export(
    request: Request,
    format: str = Query("csv", description="csv, jsonl or atom"),
    q: str = Query("", description="Same search parameters as /api/search"),
    type: list[str] = Query([]),
    country: list[str] = Query([]),
    language: list[str] = Query([]),
    node: list[str] = Query([]),
    concept: list[str] = Query([]),
    region: list[str] = Query([]),
    year: list[str] = Query([]),
    status: list[str] = Query([]),
    publisher_country: list[str] = Query([]),
    eligible_for: list[str] = Query([]),
    year_from: int | None = Query(None, ge=0, le=9999),
    year_to: int | None = Query(None, ge=0, le=9999),
    date_from: str | None = Query(None, description="ISO date (2019, 2019-07, 2019-07-15)"),
    date_to: str | None = Query(None, description="ISO date, inclusive"),
    sort: str = Query("-date", description="date or -date (relevance is exported by date)"),
    bom: bool = Query(
        False,
        description="CSV: start with a UTF-8 byte-order mark (for Excel and other "
        "spreadsheets, which otherwise garble accents)",
    ),
    labels: str = Query(
        "names",
        description="CSV: 'names' writes record types, topics and regions as labels "
        "in the reader's language (lang, else Accept-Language); 'codes' as stored (URIs)",
    ),
) -> StreamingResponse:
    """Every record of a search, streamed as CSV, JSON Lines or Atom (no size limit)."""
    if format not in EXPORT_FORMATS:
        raise not_one_of("format", format, list(EXPORT_FORMATS))
    if labels not in ("names", "codes"):
        raise not_one_of("labels", labels, ["names", "codes"])
    query = run_search_query(request, extra=("format", "bom", "labels"))
    ctx = ctx_of(request)
    ctx.index.search(replace(export_query(query), limit=0))  # bad queries fail here, as a 400
    base = str(request.base_url)
    labeller = csv_labeller(ctx.vocabulary, query.lang) if labels == "names" else None
    chunks = stream_export(format, iter_records(ctx.index, query), base, str(request.url),
                           query.lang, labeller, bom and format == "csv")  # fmt: skip
    ext = "xml" if format == "atom" else format
    headers = {"Content-Disposition": f'attachment; filename="chm-export.{ext}"'}
    return StreamingResponse(chunks, media_type=EXPORT_FORMATS[format], headers=headers)


def install(app: FastAPI) -> None:
    """Add these routes (GET /api/nodes and the registry live in search_api.registration)."""
    app.include_router(router)
