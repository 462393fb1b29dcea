"""The people's pages: the search page ``/`` and the record page ``/records/{id}``.

Where it sits: the top of the data flow, beside the JSON API. Each page is first built as a
plain JSON-able *view* (:func:`search_view`, :func:`record_view`), then rendered with Jinja2;
the same view is the page's JSON twin (``/search.json``, ``/records/{id}.json`` or
``?format=json`` on either page). Pages work without JavaScript; ``static/chm.js`` adds
vocabulary suggestions in the search box (``/api/vocabulary/suggest``).

Everything shown is escaped by Jinja2 except highlighted snippets, which
:func:`safe_highlight` rebuilds from text with only ``<mark>`` kept.
"""

from __future__ import annotations

import functools
import html
import logging
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from markupsafe import Markup

from index.base import SORTS, IndexBackendError, InvalidQuery, SearchQuery, SearchResult
from index.query import MAX_WINDOW
from mappings.record import pick_lang
from search_api import i18n, layout, portal
from search_api.errors import ApiError, NotFound
from search_api.routes import ctx_of, find_record, run_search, sealed_cursor

router = APIRouter()
log = logging.getLogger(__name__)
HERE = Path(__file__).parent
templates = layout.templates

FACETS: tuple[str, ...] = (
    "type", "status", "country", "publisher_country", "region", "language", "concept", "node",
    "year",
)  # fmt: skip
PAGE_PARAMS: tuple[str, ...] = (
    "q",
    *FACETS,
    "year_from",
    "year_to",
    "eligible_for",
    "date_from",
    "date_to",
    "sort",
    "size",
    "collapse",
)
FACET_SHOWN = 8
CHART_BARS = 12
PAGE_FACET_SIZE = 150
"""Values per facet on the page (the API's default is 50): the concept tree is drawn from
them, and a broad topic below the 50 largest counts was nowhere in it (found from outside:
*natural hazards*, 47 records, on a page whose tree showed 12 topics); the lists beyond
their first 8 values, the tree's beyond its first 8 topics, fold under *More*."""
_MARK = re.compile(r"(</?mark>)")


# --- small helpers ----------------------------------------------------------------------------


def safe_highlight(fragment: str) -> Markup:
    """A highlight as safe HTML: all text escaped, only ``<mark>``/``</mark>`` kept."""
    parts = _MARK.split(fragment)
    out = [p if p in ("<mark>", "</mark>") else html.escape(html.unescape(p)) for p in parts]
    return Markup("".join(out))


def page_params(request: Request) -> list[tuple[str, str]]:
    """The query parameters a search page keeps in its links (not page, cursor, lang)."""
    from vocabulary.search import UnknownValue, split_values

    vocab = ctx_of(request).vocabulary
    keep: list[tuple[str, str]] = []
    for key, value in request.query_params.multi_items():
        if key in PAGE_PARAMS and value.strip():
            if key in FACETS:  # a list, as the search reads it (a label may hold a comma)
                try:
                    parts = split_values(vocab, key, value.strip())
                except UnknownValue:
                    parts = [value.strip()]
                keep += [(key, v.strip()) for v in parts if v.strip()]
            else:
                keep.append((key, value))
    return keep


def search_href(params: list[tuple[str, str]], **changes: Any) -> str:
    """``/?…`` for ``params`` with ``add=(k, v)``, ``remove=(k, v)`` or ``page=n`` applied."""
    out = [p for p in params if p != changes.get("remove")]
    if changes.get("add") and changes["add"] not in out:
        out.append(changes["add"])
    if changes.get("page", 1) > 1:
        out.append(("page", str(changes["page"])))
    return "/?" + urlencode(out) if out else "/"


def record_href(record_id: str, back: str = "") -> str:
    """The page of a record; ``back`` is the search it was found with (its query string),
    so that the record page's "Back to search" returns to the same results."""
    href = "/records/" + quote(record_id, safe=":@")
    return href + "?" + urlencode({"back": back}) if back else href


def back_query(request: Request) -> str:
    """The query string of the search page a result link should lead back to."""
    keep = page_params(request)
    page = request.query_params.get("page", "")
    if page.isdigit() and int(page) > 1:
        keep.append(("page", page))
    return urlencode(keep)


def back_href(back: str) -> str:
    """The search page for a ``back`` query string, keeping only search parameters (so the
    link can only ever lead to this site's search page)."""
    from urllib.parse import parse_qsl

    keep = [(k, v) for k, v in parse_qsl(back[:4000]) if k in (*PAGE_PARAMS, "page") and v]
    return "/?" + urlencode(keep) if keep else "/"


def active_filters(params: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Facet field -> values the user filtered on (as typed in the URL, upper-case countries)."""
    out: dict[str, list[str]] = {}
    for key, value in params:
        if key in FACETS:
            code = key == "country" and len(value) == 2
            out.setdefault(key, []).append(value.upper() if code else value)
    return out


Named = dict[str, tuple[str, list[str]]]
"""Index value -> (the parameter value that names it, every value that parameter names)."""


def _named(ctx: Any, key: str, typed: str) -> list[str]:
    """The index values the filter parameter ``key=typed`` names
    (:func:`vocabulary.search.named_values`: ``type=Projet`` names ``project``,
    ``country=sn,Mali`` ``SN`` and ``ML``); a value that names nothing names itself."""
    from vocabulary.search import named_values

    return named_values(ctx.vocabulary, COUNTRY_KEYS.get(key, key), typed) or [typed]


COUNTRY_KEYS = {"eligible_for": "country"}
"""Filter parameters whose values are named as another field's (a country)."""


def without(
    params: list[tuple[str, str]], key: str, typed: str, named: list[str], value: str
) -> str:
    """The search without ``value``, one of the ``named`` values of the parameter
    ``key=typed``: the rest of that parameter stays (``country=sn,Mali`` less Senegal is
    ``country=ML``)."""
    rest = [o for o in named if o != value]
    return search_href(params, remove=(key, typed), add=(key, ",".join(rest)) if rest else None)


def active_named(ctx: Any, params: list[tuple[str, str]]) -> dict[str, Named]:
    """Facet field -> the index values its active filters name otherwise than as the index
    holds them (``region=western-africa`` names the region's URI): the page shows such a
    value active, and its link removes it (:func:`without`)."""
    out: dict[str, Named] = {}
    for key, typed in params:
        if key not in FACETS:
            continue
        named = _named(ctx, key, typed)
        for v in named:
            if v != typed:
                out.setdefault(key, {})[v] = (typed, named)
    return out


def label(ctx: Any, field: str, value: str, lang: str) -> str:
    """The display label of a facet value in ``lang`` (fallbacks: English, the value)."""
    if field == "type":
        return i18n.type_label(value, lang)
    if field in ("country", "publisher_country"):
        return i18n.country_name(value, lang)
    if field == "status":
        known = value in ("completed", "ongoing", "planned")
        return i18n.translator(lang)(f"status_{value}") if known else value
    if field == "language":
        return i18n.language_name(value, lang)
    if field in ("concept", "region"):
        vocab = ctx.vocabulary
        return str(vocab.label(value, lang)) if vocab is not None else value.rsplit("/", 1)[-1]
    return value


# --- the search page -------------------------------------------------------------------------


def hit_view(hit: Any, lang: str, back: str = "") -> dict[str, Any]:
    """One result: title in the user's language (fallback), snippet, type, countries, date."""
    rec = hit.record
    titles: dict[str, str] = rec.get("title") or {}
    title = pick_lang(titles, lang)
    title_lang = next((k for k, v in titles.items() if v == title), "und")
    desc = pick_lang(rec.get("description") or {}, lang)
    snippet = hit.highlights.get("description")
    return {
        "id": rec.get("id", hit.id),
        "href": record_href(rec.get("id", hit.id), back),
        "title": safe_highlight(hit.highlights.get("title") or html.escape(title)),
        "title_lang": title_lang if title_lang != "und" else "",
        "snippet": safe_highlight(snippet) if snippet else _cut(desc, 280),
        # the creators, publisher and identifiers when the search matched them: why a hit
        # found by an author or a DOI is there
        "names": safe_highlight(hit.highlights["names"]) if hit.highlights.get("names") else "",
        "type": rec.get("type"),
        "type_label": i18n.type_label(rec.get("type") or "other", lang),
        "countries": [
            {"code": c, "name": i18n.country_name(c, lang)} for c in rec.get("countries") or []
        ],
        "date": rec.get("date"),
        "node": rec.get("node"),
        "deleted": bool(rec.get("deleted")),
    }


def _cut(text: str, limit: int) -> Markup:
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "…"
    return Markup(html.escape(text))


def own_filter_free_counts(
    ctx: Any, query: SearchQuery, params: list[tuple[str, str]]
) -> dict[str, list[tuple[str, int]]]:
    """For each facet with an active filter, its counts for the same search without that
    filter (one count-only search per such facet): what a value adds to the result when its
    link adds it beside the active ones (values of one facet are OR-ed)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for field in active_filters(params):
        if field not in query.filters:
            continue
        others = {k: v for k, v in query.filters.items() if k != field}
        out[field] = ctx.index.search(_counting(query, others, (field,))).facets.get(field, [])
    return out


def facet_views(
    ctx: Any,
    result: SearchResult,
    params: list[tuple[str, str]],
    lang: str,
    query: SearchQuery | None = None,
    free: dict[str, list[tuple[str, int]]] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Facet values with labels, counts and the link that adds (or removes) each one.

    The count shown is the total the link leads to (issue 15: the total is the truth). A
    value of a facet with no active filter narrows the result to it: its count in the
    result. A facet with an active filter (``free``: its counts without that filter, from
    :func:`own_filter_free_counts`) ORs the value beside the active ones, so its count is
    the union's: the total, plus the value's records without the filter, less those already
    in (inclusion-exclusion, exact), and values with no record in the current result are
    listed too. A concept below an active one replaces it instead (the tree narrows): its
    count in the result is the total that leaves.
    """
    active = active_filters(params)
    named = active_named(ctx, params)
    free = free or {}
    out: dict[str, list[dict[str, Any]]] = {}
    for field in FACETS:
        counts = result.facets.get(field, [])
        if field in free:
            cut = query is not None and len(counts) >= query.facet_size
            exact = None
            if query is not None:
                exact = functools.partial(_total_added, ctx, query, field)
            counts = _union_counts(counts, free[field], result.total, exact, cut)
        if field == "concept" and ctx.vocabulary is not None:
            now = dict(result.facets.get(field, []))
            out[field] = concept_tree(
                ctx, counts, params, active.get(field, []), lang, query=query, current=now,
                named=named.get(field),
            )  # fmt: skip
            continue
        if field == "year":
            counts = sorted(counts, key=lambda p: p[0], reverse=True)
        on, by_name = active.get(field, []), named.get(field)
        views = [
            _facet_value(ctx, field, value, count, params, on, lang, named=by_name)
            for value, count in counts
        ]
        # the active values first: beside them the others show union counts, never smaller,
        # which would sort an active value last, folded away under "More"
        out[field] = sorted(views, key=lambda view: not view["active"])
    return out


def _union_counts(
    current: list[tuple[str, int]],
    free: list[tuple[str, int]],
    total: int,
    exact: Any = None,
    cut: bool = False,
) -> list[tuple[str, int]]:
    """Counts of a facet whose values are OR-ed beside an active filter: for each value, the
    total of the result with it added (``total + free - current``), largest first. When the
    current counts were cut at the facet size (``cut``), a value they do not hold has an
    unknown current count: ``exact(value)`` counts it (at most :data:`MAX_EXACT`; the rest
    are left out rather than shown wrong)."""
    now = dict(current)
    merged: dict[str, int] = {}
    asked = 0
    for v, n in free:
        if v in now or not cut:
            merged[v] = total + n - now.get(v, 0)
        elif exact is not None and asked < MAX_EXACT:
            merged[v] = exact(v)
            asked += 1
    return sorted(merged.items(), key=lambda p: (-p[1], p[0]))


MAX_EXACT = 20
"""Values of one facet counted one by one when the current counts were cut."""


def _facet_value(
    ctx: Any,
    field: str,
    value: str,
    count: int,
    params: list[tuple[str, str]],
    active: list[str],
    lang: str,
    href: str | None = None,
    named: Named | None = None,
) -> dict[str, Any]:
    if named and value in named:  # active, its parameter naming it otherwise
        on = True
        href = without(params, field, *named[value], value)
    else:
        on = value in active
        change = {"remove": (field, value)} if on else {"add": (field, value)}
        href = href or search_href(params, **change)
    return {
        "value": value,
        "label": label(ctx, field, value, lang),
        # an active value's link removes it: no count beside it (its own count, or the
        # total without it, would each be read as the other; the page's total is the result's)
        "count": None if on else count,
        "active": on,
        "href": href,
    }


def concept_tree(
    ctx: Any,
    counts: list[tuple[str, int]],
    params: list[tuple[str, str]],
    active: list[str],
    lang: str,
    query: SearchQuery | None = None,
    current: dict[str, int] | None = None,
    named: Named | None = None,
) -> list[dict[str, Any]]:
    """The concept facet as a tree (vocabulary.search.concept_tree_facet) with links.

    An ancestor the index's top values left out (its count unknown, drawn with none) is
    counted with a search of its own, so a parent never shows less than its child. A concept
    below an active one links to the search with it in place of that one, with its count in
    the current result (``current``)."""
    from vocabulary.search import concept_tree_facet, resolve_filter_values

    tree = concept_tree_facet(ctx.vocabulary, counts, lang)
    known = dict(counts)
    if query is not None and "concept" not in query.filters:
        known.update(_parent_counts(ctx, query, tree, known))
    under: dict[str, set[str]] = {}  # active value as typed -> the concepts its filter holds
    for a in active:
        try:
            under[a] = set(resolve_filter_values(ctx.vocabulary, "concept", [a]))
        except ValueError:
            under[a] = set()

    def decorate(node: dict[str, Any]) -> dict[str, Any]:
        uri = node["uri"]
        count = known.get(uri, node["count"])
        if uri not in known and query is not None:
            count = _total_added(ctx, query, "concept", uri)
        href = None
        if uri not in active and uri not in (named or {}):
            above = [a for a, held in under.items() if uri in held and a != uri]
            if above:  # narrow: this concept in place of the active ones above it
                kept = [p for p in params if not (p[0] == "concept" and p[1] in above)]
                href = search_href(kept, add=("concept", uri))
                if len(above) == len(active) and current is not None:
                    count = current.get(uri, count)
                elif query is not None:
                    count = _total_with(ctx, query, kept, uri)
        view = _facet_value(ctx, "concept", uri, count, params, active, lang, href, named)
        view["label"] = node["label"]
        view["children"] = [decorate(c) for c in node["children"]]
        return view

    return [decorate(n) for n in tree]


def _parent_counts(
    ctx: Any, query: SearchQuery, tree: list[dict[str, Any]], known: dict[str, int]
) -> dict[str, int]:
    """The counts of the tree's concepts the index's top values left out, all from one
    search: the query narrowed to those concepts, its concept facet read for them (a record
    holds every broader concept of its own, so a concept's count there is its total)."""
    missing: list[str] = []

    def walk(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            if n["uri"] not in known:
                missing.append(n["uri"])
            walk(n["children"])

    walk(tree)
    if not missing:
        return {}
    from vocabulary.search import resolve_filter_values

    values = resolve_filter_values(ctx.vocabulary, "concept", missing)
    filters = {**query.filters, "concept": values}
    narrowed = _counting(query, filters, ("concept",), facet_size=max(len(values), 50))
    got = dict(ctx.index.search(narrowed).facets.get("concept", []))
    return {uri: got[uri] for uri in missing if uri in got}


def _counting(
    query: SearchQuery,
    filters: dict[str, tuple[str, ...]],
    facets: tuple[str, ...] = (),
    facet_size: int | None = None,
) -> SearchQuery:
    """``query`` with ``filters`` instead of its own, asked for its total and ``facets``
    only (no hits, no highlights)."""
    return replace(query, filters=filters, facets=facets,
                   facet_size=facet_size or query.facet_size, limit=0, offset=0,
                   search_after=None, highlight=False, sort="relevance")  # fmt: skip


def _total(ctx: Any, query: SearchQuery, field: str, values: tuple[str, ...]) -> int:
    """The total of ``query`` with ``values`` as its ``field`` filter."""
    return int(ctx.index.search(_counting(query, {**query.filters, field: values})).total)


def _total_added(ctx: Any, query: SearchQuery, field: str, value: str) -> int:
    """The total of ``query`` with ``value`` OR-ed into its ``field`` filter, as the value's
    link does (a concept with its narrower ones)."""
    from vocabulary.search import resolve_filter_values

    values = resolve_filter_values(ctx.vocabulary, field, [value])
    return _total(ctx, query, field, tuple(dict.fromkeys((*query.filters.get(field, ()), *values))))


def _total_with(ctx: Any, query: SearchQuery, kept: list[tuple[str, str]], uri: str) -> int:
    """The total of ``query`` whose concept filter is the ``kept`` concept parameters and
    ``uri``."""
    from vocabulary.search import resolve_filter_values

    asked = [v for k, v in kept if k == "concept"] + [uri]
    return _total(ctx, query, "concept", resolve_filter_values(ctx.vocabulary, "concept", asked))


def chips(ctx: Any, params: list[tuple[str, str]], lang: str) -> list[dict[str, Any]]:
    """Each active filter with the link that removes just that one: a filter given as an
    id, a label or a list (``region=western-africa``, ``type=Projet``, ``country=sn,Mali``)
    is one chip per value it names, each named as the facet names it in ``lang``."""
    t = i18n.translator(lang)
    out = []
    for key, value in params:
        if key in FACETS or key in COUNTRY_KEYS:
            field, named = COUNTRY_KEYS.get(key, key), _named(ctx, key, value)
            name = t(f"facet_{key}") if key in FACETS else t(key)
            for v in named:
                shown = v.upper() if field == "country" and len(v) == 2 else v
                out.append({
                    "field": key, "value": v, "name": name,
                    "label": label(ctx, field, shown, lang),
                    "href": without(params, key, value, named, v),
                })  # fmt: skip
            continue
        if key in ("year_from", "year_to"):
            shown, name = value, t(key)
        elif key in ("date_from", "date_to"):  # 2015, juil. 2015, 1 janv. 2015
            shown, name = i18n.format_date(value.strip(), lang), t(key)
        else:
            continue
        out.append(
            {
                "field": key,
                "value": value,
                "name": name,
                "label": shown,
                "href": search_href(params, remove=(key, value)),
            }
        )
    return out


def chart_values(
    ctx: Any, result: SearchResult, params: list[tuple[str, str]], field: str, lang: str
) -> list[dict[str, Any]]:
    """The bars of a chart: the result's own counts per value (a distribution of the
    records shown, unlike the facet's counts beside an active filter); each bar links to the
    result narrowed to its value, which is its count, only while the facet has no active
    filter (beside one, a value's link ORs it in and leads to more than its bar)."""
    linked = field not in active_filters(params)
    bars = []
    for value, count in result.facets.get(field, []):
        bar = _facet_value(ctx, field, value, count, params, [], lang)
        bars.append(bar if linked else {**bar, "href": ""})
    return bars


def chart(
    values: list[dict[str, Any]], by: str, params: list[tuple[str, str]] | None = None
) -> list[dict[str, Any]]:
    """Bars for a facet: ``[{label, count, pct}]`` (top countries; years in order)."""
    bars = values[:CHART_BARS] if by == "country" else _year_axis(values, params)
    top = max((b["count"] for b in bars), default=0) or 1
    return [
        {
            "label": b["label"],
            "value": b["value"],
            "count": b["count"],
            "href": b["href"],
            "pct": round(100 * b["count"] / top, 1),
        }
        for b in bars
    ]


YEAR_BARS = 30
"""Years drawn one bar each (the latest); the years before them make one first bar."""


def _year_axis(
    values: list[dict[str, Any]], params: list[tuple[str, str]] | None = None
) -> list[dict[str, Any]]:
    """Year buckets in order, gaps filled with zero bars, the last :data:`YEAR_BARS` years
    one bar each and every earlier year together in a first bar (``≤ 1996``), so the bars
    count every record the year facet counts. The earlier bar links to the search with
    ``year_to`` (its count: a record has one year) when no year parameter is set."""
    by_year = {int(v["value"]): v for v in values if str(v["value"]).lstrip("-").isdigit()}
    if not by_year:
        return []
    hi = max(by_year)
    lo = max(min(by_year), hi - YEAR_BARS + 1)
    empty = {"count": 0, "href": ""}
    years = range(lo, hi + 1)
    bars = [by_year.get(y) or {**empty, "value": str(y), "label": str(y)} for y in years]
    earlier = sum(v["count"] for y, v in by_year.items() if y < lo)
    if earlier:
        keys = ("year", "year_from", "year_to")
        free = params is not None and not any(k in keys for k, _ in params)
        href = search_href(params or [], add=("year_to", str(lo - 1))) if free else ""
        first = {"value": f"..{lo - 1}", "label": f"≤ {lo - 1}", "count": earlier, "href": href}
        bars.insert(0, first)
    return bars


def pagination(query: SearchQuery, total: int, params: list[tuple[str, str]]) -> dict[str, Any]:
    """Numbered pages (within the index's window) with previous and next links; none for a
    page of no hits (``size=0``: the counts alone)."""
    if query.limit == 0:
        return {"page": 1, "last": 1, "items": [], "prev": None, "next": None, "past_end": None}
    size = query.limit
    page = query.offset // size + 1
    last = max(1, min(math.ceil(total / size), MAX_WINDOW // size))
    past = total > 0 and page > last  # a page after the last one: empty, yet records match
    near = min(page, last)
    shown = sorted({1, last, *range(max(1, near - 2), min(last, near + 2) + 1)})
    items: list[dict[str, Any]] = []
    for n in shown:
        if items and n - items[-1]["n"] > 1:
            items.append({"n": n - 1, "gap": True})
        items.append({"n": n, "href": search_href(params, page=n), "current": n == page})
    return {
        "page": page,
        "last": last,
        "items": items if last > 1 or past else [],
        "prev": search_href(params, page=min(page - 1, last)) if page > 1 else None,
        "next": search_href(params, page=page + 1) if page < last else None,
        # past the last page: say so and lead to the last page (not "no record matches")
        "past_end": {"href": search_href(params, page=last)} if past else None,
    }


def _wants_collapse(request: Request) -> bool:
    return request.query_params.get("collapse", "").lower() in ("1", "true", "on", "yes")


def collapsed_hits(request: Request, hits: list[Any], lang: str) -> list[dict[str, Any]]:
    """The page's hits; with ``collapse=1`` one per duplicate cluster, naming the nodes that
    also publish it (the other copies stay one click away on the record page)."""
    back = back_query(request)
    views = [hit_view(h, lang, back) for h in hits]
    if not _wants_collapse(request):
        return views
    from matching.duplicates import collapse

    kept = collapse([{"id": v["id"]} for v in views], ctx_of(request).store)
    by_id = {v["id"]: v for v in views}
    out = []
    for k in kept:
        view = by_id[k["id"]]
        view["also_published_by"] = sorted({a["node"] for a in k.get("also_published_by", [])})
        out.append(view)
    return out


def search_view(request: Request, lang: str) -> dict[str, Any]:
    """Everything the search page shows, as JSON-able data (the page's JSON twin)."""
    ctx = ctx_of(request)
    query, result = run_search(request, lang, extra=("format",), facet_size=PAGE_FACET_SIZE)
    params = page_params(request)
    free = own_filter_free_counts(ctx, query, params)
    facets = facet_views(ctx, result, params, lang, query=query, free=free)
    export = urlencode([p for p in params if p[0] != "size"])
    return {
        "lang": lang,
        "q": query.text,
        "sort": query.sort,
        "year_from": request.query_params.get("year_from", ""),
        "year_to": request.query_params.get("year_to", ""),
        "eligible_for": request.query_params.get("eligible_for", ""),
        "size": request.query_params.get("size", "").strip(),
        "search": urlencode(params),  # the search as its links keep it (chm.js adds a topic)
        "total": result.total,
        "hits": collapsed_hits(request, result.hits, lang),
        "collapse": _wants_collapse(request),
        "facets": facets,
        "chips": chips(ctx, params, lang),
        "charts": {
            "country": chart(chart_values(ctx, result, params, "country", lang), "country"),
            "year": chart(chart_values(ctx, result, params, "year", lang), "year", params),
        },
        # the map replaces the country filter: each country's count is the search's without it
        "map_counts": free.get("country") or result.facets.get("country", []),
        "pages": pagination(query, result.total, params),
        "next_cursor": sealed_cursor(request, result.next_cursor),
        "exports": {
            **{f: f"/api/export?format={f}&{export}".rstrip("&") for f in ("csv", "jsonl", "atom")},
            "csv_excel": f"/api/export?format=csv&bom=1&lang={lang}&{export}".rstrip("&"),
        },
        "json": "/search.json?" + urlencode(params) if params else "/search.json",
    }


# --- the record page -------------------------------------------------------------------------


def related(request: Request, rec: dict[str, Any], lang: str) -> dict[str, list[dict[str, Any]]]:
    """Other records from the same node, and records sharing an identifier (best effort: an
    identifier is looked up as a phrase in the text, then checked on the records found)."""
    index = ctx_of(request).index
    out: dict[str, list[dict[str, Any]]] = {"same_node": [], "same_identifiers": []}
    rid = rec.get("id")
    if rec.get("node"):
        q = SearchQuery(
            filters={"node": (rec["node"],)},
            sort="-date",
            limit=6,
            facets=(),
            highlight=False,
            lang=lang,
        )
        hits = [h for h in index.search(q).hits if h.id != rid][:5]
        out["same_node"] = [_link(h.record, lang) for h in hits]
    ids = [i for i in rec.get("identifiers") or [] if not i.startswith("http")][:3]
    seen: set[str] = {str(rid)}
    for ident in ids:
        words = re.sub(r"[\"\\]", " ", ident).strip()
        if not any(c.isalnum() for c in words):  # "-", "n/a": nothing a search can look for
            continue
        q = SearchQuery(text=f'"{words}"', limit=20, facets=(), highlight=False, lang=lang)
        try:
            hits = index.search(q).hits
        except InvalidQuery:  # an identifier the query language refuses: none shown for it
            continue
        for hit in hits:
            if hit.id not in seen and ident in (hit.record.get("identifiers") or []):
                seen.add(hit.id)
                out["same_identifiers"].append(_link(hit.record, lang))
    return out


def clearing_house(request: Request, record_id: str, lang: str) -> dict[str, Any]:
    """What the clearing-house adds to a record: matching offers (or needs), the duplicate
    cluster ("also published by") and related records in other databases, grouped by source."""
    from matching.duplicates import cluster_of
    from matching.links import links_for
    from matching.match import matches_for
    from matching.store import UnknownRecord

    ctx = ctx_of(request)
    try:
        matches = matches_for(ctx.store, record_id, lang=lang, vocabulary=ctx.vocabulary, limit=5)
        cluster = cluster_of(ctx.store, record_id, lang=lang)
        links = links_for(ctx.store, record_id, lang=lang)
    except UnknownRecord:  # not in the store (e.g. an index-only record): nothing to add
        return {}
    for m in matches["matches"]:
        m["href"] = record_href(m["id"])
        m["type_label"] = i18n.type_label(m.get("type") or "other", lang)
    for m in cluster["members"]:
        m["href"] = record_href(m["id"])
        words = (i18n.dup_reason(r, lang, ctx.vocabulary) for r in m.get("reasons") or [])
        m["why_label"] = "; ".join(dict.fromkeys(words))  # words, not a list
    shown = {m["id"] for m in cluster["members"]}
    groups = []
    for g in links["groups"]:  # a record of the cluster is shown there only
        kept = [r for r in g["records"] if r["id"] not in shown]
        for r in kept:
            r["href"] = record_href(r["id"])
        shown.update(r["id"] for r in kept)
        if kept:
            groups.append({**g, "records": kept})
    return {"role": matches.get("role"), "matches": matches["matches"],
            "cluster": cluster["members"], "links": groups, "shown": sorted(shown)}  # fmt: skip


def _link(rec: dict[str, Any], lang: str) -> dict[str, Any]:
    return {
        "id": rec.get("id"),
        "href": record_href(str(rec.get("id"))),
        "title": pick_lang(rec.get("title") or {}, lang) or rec.get("id"),
        "node": rec.get("node"),
        "date": rec.get("date"),
    }


def _eligible_view(codes: list[str], lang: str) -> list[dict[str, str]]:
    """An offer's eligible countries, named, each a link to the offers open to it."""
    if codes == ["all"]:
        return [{"code": "all", "name": i18n.translator(lang)("eligible_all"), "href": ""}]
    return [
        {"code": c, "name": i18n.country_name(c, lang), "href": search_href([("eligible_for", c)])}
        for c in codes
    ]


def record_view(request: Request, record_id: str, lang: str) -> dict[str, Any]:
    """Everything the record page shows, as JSON-able data (the page's JSON twin)."""
    ctx = ctx_of(request)
    rec = find_record(request, record_id)
    titles = rec.get("title") or {}
    api = "/api/records/" + quote(record_id, safe=":@")
    concepts = list(dict.fromkeys([*rec.get("concepts", []), *rec.get("concepts_inferred", [])]))
    view: dict[str, Any] = {
        "lang": lang,
        "record": rec,
        "title": pick_lang(titles, lang),
        "titles": titles,
        "description": rec.get("description") or {},
        "type_label": i18n.type_label(rec.get("type") or "other", lang),
        "concepts": [
            {
                "uri": c,
                "label": label(ctx, "concept", c, lang),
                "href": search_href([("concept", c)]),
            }
            for c in concepts
        ],
        "countries": [
            {"code": c, "name": i18n.country_name(c, lang), "href": search_href([("country", c)])}
            for c in rec.get("countries") or []
        ],
        "regions": [
            {"uri": r, "label": label(ctx, "region", r, lang), "href": search_href([("region", r)])}
            for r in rec.get("regions") or []
        ],
        "languages": [
            {"code": c, "name": i18n.language_name(c, lang)} for c in rec.get("languages") or []
        ],
        "node_href": search_href([("node", rec.get("node", ""))]),
        "back": back_href(request.query_params.get("back", "")),
        "status_label": label(ctx, "status", str(rec.get("status") or ""), lang),
        "deleted": bool(rec.get("deleted")),
        "formats": {
            "json": api,
            "jsonld": f"{api}?format=jsonld",
            "oai_dc": f"{api}?format=oai_dc",
        },
        "related": related(request, rec, lang) if not rec.get("deleted") else {},
        "clearing": clearing_house(request, str(rec.get("id")), lang)
        if not rec.get("deleted")
        else {},
        "eligible": _eligible_view(rec.get("eligible") or [], lang),
        "json": record_href(record_id) + ".json",
        "procedure": procedure_view(request, rec, lang),
    }
    shown = set(view["clearing"].get("shown") or [])
    same_ids = (view["related"] or {}).get("same_identifiers")
    if same_ids:  # each linked record once: the cluster and links sections come first
        view["related"]["same_identifiers"] = [o for o in same_ids if o["id"] not in shown]
    return view


def procedure_view(request: Request, rec: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """A need's place in the assistance procedure (state, offers, history, the form's
    choices); None for other records and withdrawn ones."""
    from store.assistance import LIVE, TRANSITIONS, AssistanceError

    if rec.get("type") != "need" or rec.get("deleted"):
        return None
    store = ctx_of(request).store
    try:
        st = store.assistance.get(str(rec.get("id")))
    except AssistanceError:
        return None
    ids = [o["id"] for o in st.forwarded + st.received] + ([st.met_by] if st.met_by else [])
    titles = {i: _link(r, lang) for i in ids if (r := store.records.get(i)) is not None}

    def link(rid: str) -> dict[str, Any]:
        return titles.get(rid) or {"id": rid, "href": record_href(rid), "title": rid}

    actions = list(TRANSITIONS[st.state]) + (["confirm"] if st.state in LIVE else [])
    return {
        **st.to_dict(),
        "forwarded": [{**link(o["id"]), "at": o["at"]} for o in st.forwarded],
        "received": [{**link(o["id"]), "at": o["at"]} for o in st.received],
        "met_by": link(st.met_by) if st.met_by else None,
        "history": store.assistance.history(st.need_id),
        "actions": actions,
        "action": record_href(st.need_id) + "/state",
    }


# --- rendering ---------------------------------------------------------------------------------


def render(
    request: Request,
    name: str,
    view: dict[str, Any],
    status: int = 200,
    extra: dict[str, Any] | None = None,
) -> Response:
    """Render a page in the site's layout, in the view's language (``extra``: more template
    variables that are not part of the page's JSON twin, e.g. the map's SVG)."""
    return layout.render(request, name, {"v": view, **(extra or {})}, status, lang=view["lang"])


def wants_json(request: Request) -> bool:
    """``?format=json`` asks for a page's JSON twin."""
    return request.query_params.get("format") == "json"


def error_page(request: Request, exc: ApiError | InvalidQuery, lang: str) -> Response:
    """A readable HTML error page in the reader's language, the query kept in the box (the
    JSON twins keep the one JSON error shape)."""
    if isinstance(exc, InvalidQuery):  # English without its words: as the API says it
        status, english = 400, f"invalid query: {exc.reason}" if lang == "en" else exc.reason
        message = i18n.error_message(exc.code, dict(exc.params), english, lang)
    else:
        status = exc.status
        message = i18n.error_message(exc.code, exc.params, exc.message, lang)
    view = {"lang": lang, "status": status, "message": message}
    empty = {**_empty_search(lang), **_kept_search(request, lang)}
    return render(request, "search.html", {**empty, "error": view}, status)


def _kept_search(request: Request, lang: str) -> dict[str, Any]:
    """What the search page's form holds on an error page of the search: the query, every
    filter (as chips, whose hidden fields the form carries), the sort and the other page
    parameters, as the results page would hold them, so that fixing the query keeps them."""
    if request.url.path != "/":  # another page's error (a record, a country): a new search
        return {}
    get = request.query_params.get
    params = page_params(request)
    sort = get("sort", "")
    return {
        "q": get("q", ""),
        "sort": sort if sort in SORTS else "relevance",
        "year_from": get("year_from", ""),
        "year_to": get("year_to", ""),
        "eligible_for": get("eligible_for", ""),
        "size": get("size", "").strip() if get("size", "").strip().isdigit() else "",
        "collapse": _wants_collapse(request),
        "chips": chips(ctx_of(request), params, lang),
        "search": urlencode(params),
    }


def _empty_search(lang: str) -> dict[str, Any]:
    return {
        "lang": lang,
        "q": "",
        "sort": "relevance",
        "year_from": "",
        "year_to": "",
        "eligible_for": "",
        "size": "",
        "collapse": False,
        "search": "",
        "total": 0,
        "hits": [],
        "facets": {},
        "chips": [],
        "charts": {"country": [], "year": []},
        "pages": {"items": [], "prev": None, "next": None},
        "exports": {},
        "json": "/search.json",
    }


@router.get("/", response_class=HTMLResponse, tags=["pages"])
def search_page(
    request: Request,
    q: str = Query("", description="Same parameters as /api/search"),
    format: str | None = Query(None, description="json for the page's JSON twin"),
) -> Response:
    """The search page (HTML; its JSON twin with ``?format=json`` or ``/search.json``)."""
    lang = i18n.negotiate(request)
    if wants_json(request):
        return JSONResponse({"ok": True, **search_view(request, lang)})
    try:
        if portal.is_home(request):
            return home_page(request, lang)
        view = search_view(request, lang)
        counts = [(v, n) for v, n in view["map_counts"]]
        extra = {"map": portal.world_map(counts, page_params(request), lang) if counts else ""}
        return render(request, "search.html", view, extra=extra)
    except (ApiError, InvalidQuery) as exc:
        return error_page(request, exc, lang)
    except IndexBackendError:
        log.exception("index backend error on the search page")
        unavailable = ApiError("the search index is unavailable", 503, code="index_unavailable")
        return error_page(request, unavailable, lang)


def home_page(request: Request, lang: str) -> Response:
    """The home: counts by type, latest needs and offers, nodes, the world map."""
    view = portal.home_view(request, lang)
    extra = {
        "map": portal.world_map(view["countries"], [], lang),
        "legend": portal.map_legend(lang),
    }
    return render(request, "home.html", view, extra=extra)


@router.get("/search.json", tags=["pages"])
def search_json(request: Request, q: str = Query("")) -> dict[str, Any]:
    """The search page's JSON twin: the same view data the HTML page shows."""
    return {"ok": True, **search_view(request, i18n.negotiate(request))}


@router.get("/records/{record_id:path}", response_class=HTMLResponse, tags=["pages"])
def record_page(
    request: Request,
    record_id: str,
    format: str | None = Query(None, description="json for the page's JSON twin"),
) -> Response:
    """A record's page with every field (``.json`` suffix or ``?format=json``: JSON twin)."""
    lang = i18n.negotiate(request)
    as_json = wants_json(request)
    if record_id.endswith(".json") and ctx_of(request).store.records.get(record_id) is None:
        record_id, as_json = record_id[: -len(".json")], True
    if as_json:
        return JSONResponse({"ok": True, **record_view(request, record_id, lang)})
    try:
        return render(request, "record.html", record_view(request, record_id, lang))
    except NotFound as exc:
        return error_page(request, exc, lang)


@router.get("/api/vocabulary/suggest", tags=["vocabulary"])
def suggest(
    request: Request,
    q: str = Query("", max_length=200, description="The start of a word, any language"),
    lang: str | None = Query(None, description="Language of the labels (default: header)"),
    limit: int = Query(8, ge=1, le=20),
) -> dict[str, Any]:
    """Concepts whose label starts with ``q`` (for the search box), labelled in ``lang``."""
    ui = i18n.normalise_lang(lang) or i18n.negotiate(request)
    vocab = ctx_of(request).vocabulary
    hits = vocab.search_concepts(q, ui, limit) if vocab is not None and q.strip() else []
    return {
        "ok": True,
        "suggestions": [h.to_dict() | {"href": search_href([("concept", h.uri)])} for h in hits],
    }


def install(app: FastAPI) -> None:
    """Add the pages, their JSON twins, /api/vocabulary/suggest and /static."""
    from fastapi.staticfiles import StaticFiles

    app.include_router(router)
    from search_api import worldmap

    worldmap.warm()  # the map's shapes, projected once, in the background
    if not any(getattr(r, "path", None) == "/static" for r in app.routes):
        app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
