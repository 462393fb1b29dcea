"""``create_app(ctx)``: the FastAPI application.

Routers are added by feature modules (search, records, nodes, runs, vocabulary, pages, OAI);
every error leaves through :func:`search_api.errors.error_body`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from index.base import IndexBackendError, InvalidQuery
from ops.context import Context
from search_api import (
    assistance,
    countries,
    matching_routes,
    node_page,
    oai_provider,
    operators,
    pages,
    registration,
    routes,
    vocab_routes,
)
from search_api.errors import ApiError, error_body

log = logging.getLogger(__name__)

ROUTER_MODULES = (
    # matching first: /api/records/{id}/matches must win over /api/records/{id:path}
    matching_routes,
    assistance,  # its /records/{id}/state and /api/needs/{id}/state go first, like matching
    routes,
    vocab_routes,
    registration,
    operators,
    node_page,
    pages,
    countries,
    oai_provider,
)


def create_app(ctx: Context) -> FastAPI:
    """Build the app around one Context (store, index, vocabulary)."""
    app = FastAPI(
        title="chm — clearing-house search",
        version="0.1.0",
        description="Search the records harvested from every national node of the network.",
        docs_url=None,  # served from local assets by search_api.assets (no CDN)
        redoc_url=None,
    )
    app.state.ctx = ctx
    _install_error_handlers(app)
    for module in ROUTER_MODULES:
        module.install(app)
    from search_api import openapi

    openapi.install(app)  # after every route: the document declares what each really answers
    from search_api import assets, observability

    assets.install(app)  # /docs from local Swagger UI files, /favicon.ico, gzip
    observability.install(app)  # outermost: times and counts every request per route
    return app


MACHINE_PATHS = ("/api/", "/oai", "/metrics", "/healthz", "/search.json", "/openapi", "/docs")


def wants_html(request: Request) -> bool:
    """A person's browser asking for a page (not the API, OAI-PMH or metrics): errors are then
    shown as a page in the site's layout, in the reader's language."""
    accept = request.headers.get("accept", "")
    return "text/html" in accept and not request.url.path.startswith(MACHINE_PATHS)


def error_page(request: Request, status: int, message: str) -> Response:
    """An error as a page of the site (``message`` as the caller has put it)."""
    from search_api import layout

    shown = "" if status == 404 else message
    return layout.render(request, "error.html", {"status": status, "message": shown}, status)


def _install_error_handlers(app: FastAPI) -> None:
    from search_api.i18n import said

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        shown = said(request, exc.code, exc.params, exc.message)
        if wants_html(request):
            return error_page(request, exc.status, shown[1])
        said_ = shown if exc.code else None  # the same English otherwise: not repeated
        body = error_body(exc.status, exc.message, exc.errors, code=exc.code, said=said_)
        return JSONResponse(body, status_code=exc.status)

    @app.exception_handler(InvalidQuery)
    async def invalid_query(request: Request, exc: InvalidQuery) -> JSONResponse:
        # coded like every other 400: ``code``, and ``lang`` and ``message`` in the reader's
        # language where the code has a translation (a query error the page says in French
        # is said in French to an API client asking for it too)
        english = f"invalid query: {exc.reason}"
        shown = said(request, exc.code, exc.params, exc.reason) if exc.code else None
        body = error_body(400, english, code=exc.code, said=shown)
        return JSONResponse(body, status_code=400)

    @app.exception_handler(IndexBackendError)
    async def backend_error(request: Request, exc: IndexBackendError) -> JSONResponse:
        log.exception("index backend error")
        return JSONResponse(error_body(503, "the search index is unavailable"), status_code=503)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors: list[Any] = [
            {"loc": list(e.get("loc", [])), "msg": e.get("msg", "")} for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(x) for x in first["loc"] if x not in ("query", "body", "path"))
        return JSONResponse(error_body(400, f"{where}: {first['msg']}", errors), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_html(request) and exc.status_code in (404, 405):
            return error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse(
            error_body(exc.status_code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        if wants_html(request):
            return error_page(request, 500, "internal error")
        return JSONResponse(error_body(500, "internal error"), status_code=500)
