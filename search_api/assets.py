"""Assets that make the site work anywhere: ``/docs`` from local files, a favicon, gzip.

Where it sits: added by :func:`search_api.app.create_app` after every route.

- ``/docs`` (Swagger UI 5) and ``/redoc`` (ReDoc): their scripts and style sheet come from
  the ``fastapi-offline`` package, which bundles current Swagger UI and ReDoc builds and needs
  nothing but FastAPI (only its files are used, served under ``/docs-assets``), so the API
  documentation shows without Internet access (FastAPI's own pages load both from a CDN);
- ``/favicon.ico``: the site's icon (PNG; ``/static/favicon.svg`` for browsers that take SVG);
- responses of 1 KiB or more are gzip-compressed when the client accepts it.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import (
    get_redoc_html,
    get_swagger_ui_html,
    get_swagger_ui_oauth2_redirect_html,
)
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
DOCS_ASSETS = "/docs-assets"
GZIP_MINIMUM = 1024


def assets_dir() -> Path:
    """The folder of the Swagger UI and ReDoc files shipped by ``fastapi-offline`` (found
    without importing the package: only its files are used)."""
    import importlib.util

    spec = importlib.util.find_spec("fastapi_offline")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("fastapi-offline is not installed (make install)")
    return Path(next(iter(spec.submodule_search_locations))) / "static"


def install(app: FastAPI) -> None:
    """Add ``/docs``, its assets, ``/favicon.ico`` and gzip to ``app``."""
    app.mount(DOCS_ASSETS, StaticFiles(directory=str(assets_dir())), name="docs-assets")
    oauth_redirect = "/docs/oauth2-redirect"

    @app.get("/docs", include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        """Swagger UI for ``/openapi.json``, every file served by this server."""
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url="/favicon.ico",
            oauth2_redirect_url=oauth_redirect,
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        """ReDoc for ``/openapi.json`` (no web fonts: the system's are used)."""
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API",
            redoc_js_url=f"{DOCS_ASSETS}/redoc.standalone.js",
            redoc_favicon_url="/favicon.ico",
            with_google_fonts=False,
        )

    @app.get(oauth_redirect, include_in_schema=False)
    def docs_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(
            STATIC / "favicon.png",
            media_type="image/png",
            headers={"Cache-Control": "public, max-age=86400"},
        )

    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM)
