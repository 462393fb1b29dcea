"""HTTP observability: request counts, latencies and errors per route, and search latency.

Where it sits: an ASGI middleware around the whole app (:func:`install`), writing into the
app's Prometheus registry (``app.state.chm_metrics``, served by ``/metrics``).

Every series is labelled with the *route template* (``/records/{record_id:path}``), never the
raw path, so the number of series stays bounded whatever clients ask for; a path no route
matches counts under ``route="unmatched"``.

Metrics:

- ``chm_http_requests_total{method, route, status}``: requests answered;
- ``chm_http_request_duration_seconds{method, route}``: time to the end of the response body;
- ``chm_http_errors_total{method, route, kind}``: ``kind`` is ``client`` (4xx) or ``server``
  (5xx, or an exception that escaped every handler);
- ``chm_search_duration_seconds{source}``: time spent in the index's ``search`` for the API,
  the pages and exports (``source`` is the route template that asked).
"""

from __future__ import annotations

import time
from typing import Any

from fastapi import FastAPI
from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
UNMATCHED = "unmatched"


class HttpMetrics:
    """The HTTP and search metric families of one app (one registry)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter(
            "chm_http_requests",
            "HTTP requests answered, by method, route template and status",
            ["method", "route", "status"],
            registry=registry,
        )
        self.latency = Histogram(
            "chm_http_request_duration_seconds",
            "Time to answer an HTTP request (whole body), by method and route template",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )
        self.errors = Counter(
            "chm_http_errors",
            "HTTP requests that ended in an error, by route template and kind (client, server)",
            ["method", "route", "kind"],
            registry=registry,
        )
        self.search = Histogram(
            "chm_search_duration_seconds",
            "Time spent in the search index per search, by the route that asked",
            ["source"],
            buckets=LATENCY_BUCKETS,
            registry=registry,
        )

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        """Count one answered request."""
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)
        if status >= 500:
            self.errors.labels(method, route, "server").inc()
        elif status >= 400:
            self.errors.labels(method, route, "client").inc()


def route_template(scope: Scope) -> str:
    """The template of the route that handled ``scope`` (``unmatched`` when none did)."""
    route = scope.get("route")
    path = getattr(route, "path", None) or getattr(route, "path_format", None)
    if not path:
        return UNMATCHED
    root = scope.get("root_path") or ""
    return str(root + path) if root and not path.startswith(root) else str(path)


class MetricsMiddleware:
    """Times every HTTP request and counts it under its route template."""

    def __init__(self, app: ASGIApp, metrics: HttpMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def counting_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        except BaseException:
            status = 500
            raise
        finally:
            seconds = time.perf_counter() - start
            self.metrics.observe(scope.get("method", "GET"), route_template(scope), status, seconds)


def observe_search(request: Any, seconds: float) -> None:
    """Record the time one search took (a no-op in an app without :func:`install`)."""
    metrics = getattr(request.app.state, "chm_http_metrics", None)
    if metrics is not None:
        metrics.search.labels(route_template(request.scope)).observe(seconds)


def install(app: FastAPI) -> None:
    """Add the middleware and its metrics to the app's registry (after ``operators.install``)."""
    registry: CollectorRegistry = app.state.chm_metrics
    metrics = HttpMetrics(registry)
    app.state.chm_http_metrics = metrics
    app.add_middleware(MetricsMiddleware, metrics=metrics)
