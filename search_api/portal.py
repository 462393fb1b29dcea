"""The portal's home (``/`` without a query) and the world map beside the search results.

Where it sits: ``search_api.pages`` calls :func:`home_view` when ``/`` has no search
parameter, and :func:`world_map` for the search page; both read the index (facets, latest
records) and the store (node health) and hand plain data to ``home.html`` / ``search.html``.

The home shows: counts by record type (links to the filtered search), the latest needs and
offers of support, every node with its record count and freshness (last successful harvest,
health), and the world map of records per country (:mod:`search_api.worldmap`).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from markupsafe import Markup

from index.base import SearchQuery
from mappings.record import pick_lang
from search_api import i18n, worldmap

log = logging.getLogger(__name__)

LATEST = 5
NEED_TYPES = ("need",)
OFFER_TYPES = ("support-source",)
MAP_FACET_SIZE = 300


def format_number(n: int, lang: str) -> str:
    """``n`` with the locale's grouping (``2,900``, ``2 900``, ``2.900``)."""
    from babel.numbers import format_decimal

    return str(format_decimal(n, locale=lang))


def format_day(value: str | None, lang: str) -> str:
    """An ISO timestamp's day in the locale's medium format (the value itself if unparsable)."""
    if not value:
        return ""
    from babel.dates import format_date

    from ops.health import parse_time

    when = parse_time(value)
    return str(format_date(when.date(), "medium", locale=lang)) if when else value


def search_link(params: list[tuple[str, str]], lang: str | None = None) -> str:
    """``/?…`` for ``params``."""
    return "/?" + urlencode(params) if params else "/"


def world_map(counts: list[tuple[str, int]], params: list[tuple[str, str]], lang: str) -> Markup:
    """The map for a country facet; each country links to the current search narrowed to it."""
    t = i18n.translator(lang)
    kept = [p for p in params if p[0] not in ("country", "page")]

    def href(code: str) -> str:
        return search_link([*kept, ("country", code)])

    return worldmap.render(
        dict(counts),
        href=href,
        name=lambda code: i18n.country_name(code, lang),
        title=lambda name, n: t("map_title", name=name, n=format_number(n, lang)),
        caption=t("map_caption"),
    )


def record_href(record_id: str) -> str:
    """The page of a record (as ``search_api.pages.record_href``)."""
    return "/records/" + quote(record_id, safe=":@")


def _latest(ctx: Any, types: tuple[str, ...], lang: str) -> list[dict[str, Any]]:
    q = SearchQuery(
        filters={"type": types}, sort="-date", limit=LATEST, facets=(), highlight=False, lang=lang
    )
    out = []
    for hit in ctx.index.search(q).hits:
        rec = hit.record
        out.append(
            {
                "id": rec.get("id", hit.id),
                "href": record_href(rec.get("id", hit.id)),
                "title": pick_lang(rec.get("title") or {}, lang) or rec.get("id", hit.id),
                "date": rec.get("date"),
                "countries": [i18n.country_name(c, lang) for c in rec.get("countries") or []][:3],
                "node": rec.get("node"),
            }
        )
    return out


def nodes_view(ctx: Any, lang: str) -> list[dict[str, Any]]:
    """Every enabled node: name, country, records, last successful harvest, health."""
    from ops.health import compute_health

    t = i18n.translator(lang)
    health = compute_health(ctx.settings, ctx.store)
    rows = []
    for node in ctx.settings.nodes:
        h = health.get(node.id)
        if h is None or not node.enabled:
            continue
        rows.append(
            {
                "id": node.id,
                "name": node.name or node.id,
                "country": i18n.country_name(node.country, lang) if node.country else "",
                "records": format_number(h.records, lang),
                "href": search_link([("node", node.id)]),
                "health": h.state,
                "health_label": t(f"health_{h.state}"),
                "harvested": t("home_node_harvested", date=format_day(h.last_success_at, lang))
                if h.last_success_at
                else t("home_node_never"),
                "harvested_at": h.last_success_at,
            }
        )
    return rows


def home_view(request: Request, lang: str) -> dict[str, Any]:
    """Everything the home shows, as JSON-able data (the map is added by the page)."""
    ctx = request.app.state.ctx
    result = ctx.index.search(
        SearchQuery(limit=0, facets=("type", "country"), facet_size=MAP_FACET_SIZE, lang=lang)
    )
    types = [
        {
            "value": value,
            "label": i18n.type_label(value, lang),
            "count": format_number(n, lang),
            "href": search_link([("type", value)]),
        }
        for value, n in result.facets.get("type", [])
    ]
    return {
        "lang": lang,
        "home": True,
        "total": result.total,
        "total_label": format_number(result.total, lang),
        "types": types,
        "countries": result.facets.get("country", []),
        "needs": _latest(ctx, NEED_TYPES, lang),
        "offers": _latest(ctx, OFFER_TYPES, lang),
        "needs_href": search_link([("type", "need"), ("sort", "-date")]),
        "offers_href": search_link([("type", "support-source"), ("sort", "-date")]),
        "nodes": nodes_view(ctx, lang),
        "all_href": search_link([("sort", "-date")]),
    }


def is_home(request: Request) -> bool:
    """``/`` with no search parameter at all (only, perhaps, ``lang``)."""
    return all(key == "lang" for key in request.query_params)


def map_legend(lang: str) -> list[dict[str, str]]:
    """The map's legend: the colour of no records, then the five classes."""
    t = i18n.translator(lang)
    names = [t("map_none"), t("map_fewer"), "", "", "", t("map_more")]
    return [{"colour": c, "label": n} for c, n in zip(worldmap.COLOURS, names, strict=True)]
