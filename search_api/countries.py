"""Country status checklists: ``/countries`` (the table of all, sortable), ``/countries/{cc}``
(one country's checklist), in English, French and Spanish, and their API twins
``/api/countries`` and ``/api/countries/{cc}``.

Where it sits: :mod:`ops.countries` (computes each country's status) -> **these routes**.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, Response

from search_api import i18n
from search_api.errors import BadRequest, NotFound
from search_api.pages import error_page, record_href, render, search_href

router = APIRouter(tags=["countries"])
SortParam = Query("country", description="country, profile, contact_points, needs, waiting, "
                  "overdue, met, offers_matched, freshness or conformance")  # fmt: skip
OrderParam = Query("asc", pattern="^(asc|desc)$")


def _rows(request: Request, lang: str, sort: str, order: str) -> list[dict[str, Any]]:
    from ops.countries import country_statuses, sort_rows

    ctx = request.app.state.ctx
    rows = list(country_statuses(ctx.settings, ctx.store).values())
    for r in rows:
        r["name"] = i18n.country_name(r["country"], lang)
    try:
        if sort == "country":  # by name in the reader's language
            return sorted(rows, key=lambda r: r["name"], reverse=order == "desc")
        return sort_rows(rows, sort, order == "desc")
    except ValueError as exc:
        raise BadRequest(str(exc)) from None


def _country(request: Request, cc: str, lang: str) -> dict[str, Any]:
    from ops.countries import country_statuses

    ctx = request.app.state.ctx
    got = country_statuses(ctx.settings, ctx.store, detail=True).get(cc.upper())
    if got is None:
        raise NotFound(f"no record or node names the country {cc.upper()!r}")
    got["name"] = i18n.country_name(got["country"], lang)
    got["forward_days"] = ctx.settings.assistance.forward_days
    return got


@router.get("/api/countries")
def api_countries(
    request: Request,
    sort: str = SortParam,
    order: str = OrderParam,
    lang: str = Query("en", pattern="^(en|fr|es)$", description="language of country names"),
) -> dict[str, Any]:
    """Every country's status: profile, contact points, needs by state, offers matched, the
    freshness and conformance of its nodes."""
    rows = _rows(request, lang, sort, order)
    return {"ok": True, "total": len(rows), "countries": rows}


@router.get("/api/countries/{country}")
def api_country(
    request: Request,
    country: str,
    lang: str = Query("en", pattern="^(en|fr|es)$"),
) -> dict[str, Any]:
    """One country's checklist, with the records and nodes behind each count."""
    if len(country) != 2 or not country.isalpha():
        raise BadRequest(f"country: '{country}' is not an ISO 3166-1 alpha-2 code such as SN")
    return {"ok": True, **_country(request, country, lang)}


def _checklist(c: dict[str, Any]) -> list[tuple[str, bool]]:
    return [
        ("check_profile", c["profile"]),
        ("check_contacts", c["contact_points"] > 0),
        ("check_forwarded", c["overdue"] == 0),
        ("check_fresh", c["freshness"] == "healthy"),
        ("check_conformance", c["conformance"] == "pass"),
    ]


COLUMNS = ("country", "profile", "contact_points", "needs", "waiting", "overdue", "met",
           "offers_matched", "freshness", "conformance")  # fmt: skip


@router.get("/countries", response_class=HTMLResponse, tags=["pages"])
def countries_page(request: Request, sort: str = SortParam, order: str = OrderParam) -> Response:
    """The table of every country's status, sortable by each column (links, no script)."""
    lang = i18n.negotiate(request)
    try:
        rows = _rows(request, lang, sort, order)
    except BadRequest as exc:
        return error_page(request, exc, lang)
    heads = []
    for col in COLUMNS:
        flip = "desc" if sort == col and order == "asc" else "asc"
        aria = ("ascending" if order == "asc" else "descending") if sort == col else None
        href = "/countries?" + urlencode({"sort": col, "order": flip, "lang": lang})
        heads.append({"key": col, "href": href, "aria": aria})
    for r in rows:
        r["href"] = f"/countries/{r['country']}?lang={lang}"
    view = {"lang": lang, "rows": rows, "heads": heads, "json": "/api/countries"}
    return render(request, "countries.html", view)


@router.get("/countries/{country}", response_class=HTMLResponse, tags=["pages"])
def country_page(request: Request, country: str) -> Response:
    """One country's checklist: what is published, its requests and their states, its nodes."""
    lang = i18n.negotiate(request)
    try:
        if len(country) != 2 or not country.isalpha():
            raise NotFound(f"'{country}' is not an ISO 3166-1 alpha-2 code such as SN")
        c = _country(request, country, lang)
    except (BadRequest, NotFound) as exc:
        return error_page(request, exc, lang)
    d = c["detail"]
    for group in ("profiles", "contact_points", "needs"):
        for item in d[group]:
            item["href"] = record_href(item["id"])
            titles = item.get("titles") or {}
            item["title"] = titles.get(lang) or next(iter(titles.values()), item["id"])
    view = {
        "lang": lang,
        "c": c,
        "checklist": _checklist(c),
        "search": search_href([("country", c["country"]), ("type", "need")]),
        "json": f"/api/countries/{c['country']}",
    }
    return render(request, "country.html", view)


def install(app: FastAPI) -> None:
    """Add the pages and the API."""
    app.include_router(router)
