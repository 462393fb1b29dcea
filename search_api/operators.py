"""The operators' view: /operators pages, run errors as CSV, "harvest now", quarantine
decisions, node status, and Prometheus metrics at /metrics.

Where it sits: reads the run log, node health (:mod:`ops.health`) and quarantine from
the store; starts harvests through :mod:`ops.schedule` (in the scheduler's pool when
it runs in this process). Actions need an operator token (:mod:`search_api.auth`).

Routes:

- ``GET /operators`` (HTML) and ``GET /api/status`` (JSON): every node with health, last run,
  next run, record count and recent runs;
- ``GET /operators/runs/{id}`` (HTML): one run, its errors grouped by message;
  ``GET /operators/runs/{id}/errors.csv``: every error of the run;
- ``POST /api/nodes/{id}/harvest`` (operator): harvest now: 202 with the queued run's id and
  page (``Location``); 409 naming the run when one is already queued or running;
- ``POST /operators/harvest`` (form with the operator token): the same, answered with a
  redirect to the run's live page (which reloads itself while the run goes on);
- ``GET /api/quarantine``; ``POST /api/quarantine/{id}/approve|reject`` (operator);
- ``GET /operators/duplicates`` (HTML): the duplicate clusters with their reasons in words,
  "not the same item" (block) on each pair, "same item" (allow) for two ids, the block list
  with "remove" (actions: operator token, through ``/api/duplicates/rules``);
- ``GET /metrics``: Prometheus text, computed from the store at scrape time (so runs made by
  ``chm harvest`` in another process count too).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector

from ops.context import Context
from ops.health import STATES, NodeHealth, compute_health, describe_run, parse_time
from ops.schedule import make_trigger
from pipeline.quarantine import QuarantineError, approve, reject
from search_api import i18n, layout
from search_api.auth import is_operator, is_operator_token, require_operator
from search_api.errors import MAX_ID, ApiError, NotFound, RowId, error_body
from search_api.exports import spreadsheet_safe

router = APIRouter()
STATUS_COLOURS = {
    "success": "#2e7d32",
    "partial": "#f9a825",
    "failed": "#c62828",
    "aborted": "#6a1b9a",
    "running": "#1565c0",
    "queued": "#0277bd",
}
LIVE_STATUSES = ("queued", "running")
REFRESH_SECONDS = 5
"""The operators' and run pages reload themselves this often while a run is queued or
running (a meta refresh: no JavaScript needed)."""
DURATION_BUCKETS = [1, 5, 15, 60, 300, 900, 1800, 3600, 7200, 21600]


def _ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


# ---- views (plain data; the templates only lay them out) ---------------------------------


def next_runs(ctx: Context) -> dict[str, str | None]:
    """node id -> next firing: from the running scheduler, else estimated from the schedule."""
    sched = ctx.scheduler
    if sched is not None and sched.scheduler.running:
        times: dict[str, str | None] = sched.next_run_times()
        return times
    out: dict[str, str | None] = {}
    now = datetime.now(UTC)
    for node in ctx.settings.nodes:
        if not node.enabled:
            out[node.id] = None
            continue
        if node.problem:
            out[node.id] = None
            continue
        last = parse_time(ctx.store.nodes.state(node.id).last_success_at)
        try:
            nxt = make_trigger(node.schedule, 0).get_next_fire_time(None, last or now)
        except (ValueError, OverflowError, TypeError):  # never for checked nodes
            nxt = None
        out[node.id] = _z(max(nxt, now)) if nxt else None
    return out


def _z(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def run_bars(runs: list[dict[str, Any]], width: int = 120, height: int = 24) -> list[dict]:
    """Bars for the inline SVG chart of recent runs (oldest left; height ~ records seen)."""
    runs = list(reversed(runs[:20]))
    if not runs:
        return []
    seen = [r["added"] + r["updated"] + r["unchanged"] + r["deleted"] + r["rejected"] for r in runs]
    top = max(max(seen), 1)
    step = width / 20
    return [
        {
            "x": round(i * step, 1),
            "w": round(step - 1, 1),
            "h": max(2, round((height - 2) * (n / top))),
            "y": height - max(2, round((height - 2) * (n / top))),
            "colour": STATUS_COLOURS.get(r["status"], "#757575"),
            "title": f"run {r['id']} {r['status']} {r['started_at']}: {n} records",
            "id": r["id"],
            "run": r["id"],
            "status": r["status"],
            "started_at": r["started_at"],
            "n": n,
        }
        for i, (r, n) in enumerate(zip(runs, seen, strict=True))
    ]


def status_view(ctx: Context) -> list[dict[str, Any]]:
    """Every node for the operators' page and ``/api/status``."""
    health = compute_health(ctx.settings, ctx.store)
    recent = ctx.store.runs.latest(20)
    nexts = next_runs(ctx)
    rows = []
    for node in ctx.settings.nodes:
        h: NodeHealth = health[node.id]
        last = h.last_run
        rows.append(
            {
                "id": node.id,
                "name": node.name,
                "protocol": node.protocol,
                "schedule": node.schedule,
                "enabled": node.enabled,
                "health": h.state,
                "reason": h.reason,
                "records": h.records,
                "failures": h.consecutive_failures,
                "problem": getattr(node, "problem", None) or "",
                "last_success_at": h.last_success_at,
                "last_run": last and {**last, **describe_run(last)},
                "next_run": nexts.get(node.id),
                "quarantine": h.quarantine,
                "recent": [
                    {"id": r["id"], "status": r["status"], "started_at": r["started_at"]}
                    for r in recent.get(node.id, [])
                ],
                "bars": run_bars(recent.get(node.id, [])),
            }
        )
    return rows


_VALUE_SUFFIX = re.compile(r"\s*\(value .*\)$", re.S)


def group_errors(errors: list[dict[str, Any]], examples: int = 5) -> list[dict[str, Any]]:
    """Errors grouped by stage and message (the offending value left out), biggest first."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for e in errors:
        key = (e["stage"], _VALUE_SUFFIX.sub("", e["message"]))
        g = groups.setdefault(key, {"stage": key[0], "message": key[1], "count": 0, "examples": []})
        g["count"] += 1
        if len(g["examples"]) < examples and e.get("source_id"):
            g["examples"].append(e["source_id"])
    return sorted(groups.values(), key=lambda g: (-g["count"], g["message"]))


def _run_or_404(ctx: Context, run_id: int) -> dict[str, Any]:
    run = ctx.store.runs.get(run_id)
    if run is None:
        raise NotFound(f"no run {run_id}")
    return {**run, **describe_run(run)}


# ---- pages ----------------------------------------------------------------------------------


@router.get("/operators", response_class=HTMLResponse, tags=["operators"])
def operators_page(request: Request) -> Response:
    """Every node at a glance, with a "harvest now" button for operators."""
    ctx = _ctx(request)
    lang = i18n.negotiate(request)
    rows = status_view(ctx)
    for row in rows:
        row["reason_shown"] = health_reason(row, lang, ctx.settings.scheduler.failing_after)
        if row["last_run"]:
            row["last_run"]["cause_shown"] = run_cause(row["last_run"], lang)
        for bar in row["bars"]:
            bar["title"] = bar_title(bar, lang)
    counts = {s: sum(1 for r in rows if r["health"] == s) for s in STATES}
    active = any(r["last_run"] and r["last_run"]["status"] in LIVE_STATUSES for r in rows) or any(
        run["status"] in LIVE_STATUSES for runs in ctx.store.runs.latest(1).values() for run in runs
    )
    context = {
        "nodes": rows,
        "counts": counts,
        "quarantine": ctx.store.quarantine.entries("pending"),
        "index": index_health_for(request, ctx),
        "operator": is_operator(request),
        "now": _z(datetime.now(UTC)),
        "refresh": REFRESH_SECONDS if active else None,
    }
    return layout.render(request, "operators.html", context, lang=lang)


# ---- the operators' words in the reader's language ------------------------------------------


def run_cause(run: dict[str, Any], lang: str) -> str:
    """:func:`ops.health.describe_run`'s cause in ``lang`` (the node's own error text, when
    there is one, is appended as it came)."""
    t = i18n.translator(lang)
    status, kind, err = run["status"], run.get("error_kind"), run.get("error") or ""
    changed = run["added"] + run["updated"] + run["deleted"]
    if status == "running":
        return t("cause_running", pages=run["pages"])
    if status in ("success", "partial"):
        if run["rejected"] and not changed and not run["unchanged"]:
            return t("cause_all_rejected", n=run["rejected"])
        if run["rejected"]:
            return t("cause_rejected", n=run["rejected"], changed=changed)
        if not changed:
            return t("cause_not_modified")
        return t("cause_changed", added=run["added"], updated=run["updated"],
                 deleted=run["deleted"])  # fmt: skip
    known = {"unreachable", "invalid-response", "protocol-error", "configuration", "watchdog",
             "interrupted", "busy"}  # fmt: skip
    head = t(f"cause_{kind}") if kind in known else t("cause_status", status=t(f"run_{status}"))
    return f"{head}: {err}" if err else head


def health_reason(row: dict[str, Any], lang: str, failing_after: int) -> str:
    """Why a node has its health state (:func:`ops.health.assess`), in ``lang``."""
    t = i18n.translator(lang)
    state, last = row["health"], row.get("last_run")
    if state == "misconfigured":
        return t("reason_misconfigured", problem=i18n.say(row.get("problem") or "", lang))
    if state == "pending" or not last:
        return t("reason_pending")
    if state == "quarantined" and row.get("quarantine"):
        q = row["quarantine"]
        return t("reason_quarantined", count=q.get("count"), id=q.get("id"))
    cause = run_cause(last, lang)
    if state == "failing":
        return t("reason_failing", n=row.get("failures", 0), cause=cause)
    if state == "stale":
        when = row.get("last_success_at")
        schedule = row.get("schedule", "")
        if when:
            return t("reason_stale", when=i18n.format_date(when, lang), schedule=schedule)
        return t("reason_stale_ever", schedule=schedule)
    if state == "degraded" and last["status"] != "partial":
        return t("reason_last_failed", n=row.get("failures", 0), max=failing_after, cause=cause)
    return cause


def bar_title(bar: dict[str, Any], lang: str) -> str:
    """The tooltip of one bar of the recent-runs chart."""
    t = i18n.translator(lang)
    run, status, started, n = bar["run"], bar["status"], bar["started_at"], bar["n"]
    when = i18n.format_date(started, lang)
    label = t(f"run_{status}")
    return f"{t('run_n', n=run)} · {label} · {when} · {t('results', n=n)}"


@router.get("/operators/duplicates", response_class=HTMLResponse, tags=["operators"])
def duplicates_page(
    request: Request,
    limit: int = Query(50, ge=1, le=500),
    offset: int = Query(0, ge=0, le=MAX_ID),
) -> Response:
    """The duplicate clusters, why each pair was joined, and the operators' decisions."""
    from matching.duplicates import list_clusters

    ctx = _ctx(request)
    lang = i18n.negotiate(request)
    got = list_clusters(ctx.store, limit, offset)
    for c in got["clusters"]:
        for m in c["members"]:
            m["type_label"] = i18n.type_label(m.get("type") or "other", lang)
        for r in c["reasons"]:
            r["why_label"] = i18n.dup_reason(r, lang, ctx.vocabulary)
    context = {
        "clusters": got["clusters"], "blocked": got["blocked"], "total": got["total"],
        "limit": limit, "offset": offset,
    }  # fmt: skip
    return layout.render(request, "operators_duplicates.html", context, lang=lang)


def index_health(ctx: Context) -> dict[str, Any]:
    """The search backend's health (tantivy or Elasticsearch) and whether it has caught up with
    the store; never raises, so an unreachable cluster shows on the page instead of a 500."""
    try:
        health: dict[str, Any] = dict(ctx.index.health())
    except Exception as exc:
        return {"backend": ctx.settings.index.backend, "ok": False, "error": str(exc)}
    from ops.lagwatch import index_lag_status

    lag = index_lag_status(ctx.settings, ctx.store, ctx.index)  # read afresh, whoever wrote
    health.update(
        ok=health.get("ok", True) and "error" not in health,
        behind=lag.get("lag") or 0,
        lag=lag.get("lag"),  # store seq - the index's committed seq, both read now
        lag_state=lag["state"],
        writer=lag.get("writer"),
    )
    return health


PUBLIC_INDEX_KEYS = ("backend", "ok", "documents", "behind", "last_seq", "lag", "lag_state")


def index_health_for(request: Request, ctx: Context) -> dict[str, Any]:
    """:func:`index_health` as the caller may see it: operators (token) everything; anyone
    else whether it is up, its backend and counts, never a path, address or error text."""
    health = index_health(ctx)
    if is_operator(request):
        return health
    shown = {k: health[k] for k in PUBLIC_INDEX_KEYS if k in health}
    if not health.get("ok"):
        shown["error"] = "the search index is unavailable (operators see why)"
    return shown


@router.get("/operators/runs/{run_id}", response_class=HTMLResponse, tags=["operators"])
def run_page(request: Request, run_id: RowId) -> Response:
    """One run: counts, cause, errors grouped by message."""
    ctx = _ctx(request)
    lang = i18n.negotiate(request)
    run = _run_or_404(ctx, run_id)
    run["cause_shown"] = run_cause(run, lang)
    errors = ctx.store.runs.errors(run_id)
    live = run["status"] in LIVE_STATUSES
    context = {
        "run": run,
        "groups": group_errors(errors),
        "total": len(errors),
        "refresh": REFRESH_SECONDS if live else None,
        "already": request.query_params.get("already") == "1" and live,
    }
    headers = {"Cache-Control": "no-store"} if live else None
    return layout.render(request, "operators_run.html", context, lang=lang, headers=headers)


@router.get("/operators/runs/{run_id}/errors.csv", tags=["operators"])
def run_errors_csv(request: Request, run_id: RowId) -> Response:
    """Every error of a run as CSV."""
    ctx = _ctx(request)
    run = _run_or_404(ctx, run_id)
    return Response(
        "".join(_csv_lines(run, ctx.store.runs.errors(run_id, limit=1_000_000))),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="run-{run_id}-{run["node_id"]}.csv"'
        },
    )


def _csv_lines(run: dict[str, Any], errors: list[dict[str, Any]]) -> Iterator[str]:
    buf = io.StringIO()
    w = csv.writer(buf)
    cols = ["source_id", "stage", "field", "path", "value", "message"]
    w.writerow(["run_id", "node_id", *cols])
    for e in errors:
        cells = [str(e.get(c) or "") for c in cols]  # harvested values: never formulas
        w.writerow([run["id"], run["node_id"], *map(spreadsheet_safe, cells)])
    yield buf.getvalue()


# ---- JSON API -------------------------------------------------------------------------------


@router.get("/api/status", tags=["operators"])
def api_status(request: Request) -> dict[str, Any]:
    """Every node's health, last and next run, record count (``chm status --json``)."""
    ctx = _ctx(request)
    rows = status_view(ctx)
    for r in rows:
        r.pop("bars")
    return {"ok": True, "nodes": rows, "index": index_health_for(request, ctx)}


@router.post("/api/nodes/{node_id}/harvest", status_code=202, tags=["operators"])
def harvest_now(request: Request, node_id: str) -> JSONResponse:
    """Harvest a node now (operator token required); 409 when it is already running."""
    require_operator(request)
    ctx = _ctx(request)
    try:
        node = ctx.settings.node(node_id)
    except KeyError:
        raise NotFound(f"no node '{node_id}'") from None
    run_id, started = start_harvest(ctx, node.id)
    href = f"/operators/runs/{run_id}"
    if not started:
        return JSONResponse(
            error_body(409, f"node '{node_id}' is already being harvested (run {run_id})")
            | {"run": run_id, "href": href},
            status_code=409,
            headers={"Location": href},
        )
    return JSONResponse(
        {
            "ok": True,
            "node": node.id,
            "status": "queued",
            "run": run_id,
            "href": href,
            "runs": f"/api/runs?node={node.id}",
        },
        status_code=202,
        headers={"Location": href},
    )


def start_harvest(ctx: Context, node_id: str) -> tuple[int, bool]:
    """Queue a manual harvest of ``node_id`` unless one is queued or running: ``(run id,
    True)`` for the run just queued, ``(the run going on, False)`` otherwise. The check and the
    queueing are one store transaction (:meth:`store.runs.RunRepository.queue`), so a double
    click or two operators at once start one run."""
    service = ctx.harvests
    running = service.busy(node_id)  # a lock held by a run not yet in the run log
    if running:
        return running, False
    run_id, created = ctx.store.runs.queue(node_id, "manual", _z(datetime.now(UTC)))
    if created:
        service.harvest_now(node_id, "manual", run_id)
    return run_id, created


@router.post("/operators/harvest", response_class=HTMLResponse, include_in_schema=False)
async def harvest_form(request: Request) -> Response:
    """ "Harvest now" from the operators' page without JavaScript: the form sends the operator
    token and the node; the answer is a redirect to the run's live page (the one already
    queued or running, if any)."""
    from urllib.parse import parse_qs

    raw = (await request.body())[:4096].decode("utf-8", "replace")
    form = {k: v[0].strip() for k, v in parse_qs(raw).items()}
    ctx = _ctx(request)
    lang = i18n.negotiate(request)
    if not is_operator_token(ctx.settings, form.get("token", "")):
        message = i18n.translator(lang)("operator_token_needed")
        return _message_page(request, lang, 401, message)
    try:
        node = ctx.settings.node(form.get("node", ""))
    except KeyError:
        message = i18n.translator(lang)("node_unknown")
        return _message_page(request, lang, 404, message)
    run_id, started = start_harvest(ctx, node.id)
    where = f"/operators/runs/{run_id}" + ("" if started else "?already=1")
    return RedirectResponse(where, status_code=303)


def _message_page(request: Request, lang: str, status: int, message: str) -> Response:
    context = {"status": status, "message": message}
    return layout.render(request, "operators_message.html", context, status, lang=lang)


@router.get("/api/quarantine", tags=["operators"])
def api_quarantine(
    request: Request, status: str | None = Query("pending", description="pending, approved…")
) -> dict[str, Any]:
    """Deletions held for an operator's decision."""
    return {"ok": True, "quarantine": _ctx(request).store.quarantine.entries(status or None)}


@router.post("/api/quarantine/{qid}/{decision}", tags=["operators"])
def api_decide(request: Request, qid: RowId, decision: str) -> dict[str, Any]:
    """Approve (apply the deletions) or reject (keep the records) a held deletion."""
    require_operator(request)
    if decision not in ("approve", "reject"):
        raise NotFound(f"unknown decision '{decision}': use approve or reject")
    ctx = _ctx(request)
    try:
        if decision == "approve":
            done = approve(ctx.store, ctx.index, qid, by="operator (API)")
        else:
            done = reject(ctx.store, qid, by="operator (API)")
    except QuarantineError as exc:
        raise ApiError(exc.message, exc.status) from None
    ctx.harvests.check_health()
    done.pop("source_ids", None)
    return {"ok": True, "quarantine": done}


# ---- Prometheus --------------------------------------------------------------------------


class StoreCollector(Collector):
    """Metrics read from the store and the index at scrape time."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def collect(self) -> Iterator[Metric]:
        """Yield every metric family."""
        store = self.ctx.store
        runs = CounterMetricFamily(
            "chm_runs", "Harvest runs by node and status", labels=["node", "status"]
        )
        recs = CounterMetricFamily(
            "chm_records_harvested",
            "Records seen by harvest runs, by node and outcome",
            labels=["node", "outcome"],
        )
        totals = store.runs.totals()
        for t in totals:
            runs.add_metric([t["node_id"], t["status"]], t["runs"])
        by_node: dict[str, dict[str, int]] = {}
        for t in totals:
            d = by_node.setdefault(t["node_id"], {})
            for k in ("added", "updated", "unchanged", "deleted", "rejected"):
                d[k] = d.get(k, 0) + int(t[k] or 0)
        for node, d in sorted(by_node.items()):
            for k, v in d.items():
                recs.add_metric([node, k], v)
        yield runs
        yield recs
        yield self._durations()
        yield from self._nodes()

    def _durations(self) -> Metric:
        counts, total, n = self.ctx.store.runs.duration_buckets(
            [float(b) for b in DURATION_BUCKETS]
        )
        buckets = [(str(float(b)), c) for b, c in zip(DURATION_BUCKETS, counts, strict=True)]
        buckets.append(("+Inf", n))
        return HistogramMetricFamily(
            "chm_harvest_duration_seconds",
            "Duration of finished harvest runs",
            buckets=buckets,
            sum_value=total,
        )

    def _nodes(self) -> Iterator[Metric]:
        ctx = self.ctx
        health = compute_health(ctx.settings, ctx.store)
        state = GaugeMetricFamily(
            "chm_node_health", "1 for the node's current health state", labels=["node", "state"]
        )
        last = GaugeMetricFamily(
            "chm_node_last_success_timestamp_seconds",
            "Unix time of the node's last successful run",
            labels=["node"],
        )
        records = GaugeMetricFamily("chm_node_records", "Live records per node", labels=["node"])
        held = GaugeMetricFamily(
            "chm_node_quarantined_deletions", "Deletions held for an operator", labels=["node"]
        )
        for node_id, h in health.items():
            for s in STATES:
                state.add_metric([node_id, s], 1.0 if h.state == s else 0.0)
            when = parse_time(h.last_success_at)
            if when is not None:
                last.add_metric([node_id], when.timestamp())
            records.add_metric([node_id], h.records)
            held.add_metric([node_id], (h.quarantine or {}).get("count", 0))
        yield from (state, last, records, held)
        size = GaugeMetricFamily("chm_index_records", "Documents in the search index")
        try:
            size.add_metric([], ctx.index.count())
        except Exception:  # an unavailable index must not break the scrape
            size.add_metric([], float("nan"))
        yield size
        yield from self._lag()

    def _lag(self) -> Iterator[Metric]:
        from ops.lagwatch import index_lag_status

        status = index_lag_status(self.ctx.settings, self.ctx.store, self.ctx.index)
        nan = float("nan")
        for name, doc, value in (
            ("chm_store_seq", "The store's newest change sequence", status["store_seq"]),
            ("chm_index_seq", "Change sequence the index committed", status.get("index_seq")),
            ("chm_index_lag", "Store changes not yet in the index", status.get("lag")),
            ("chm_index_lag_stuck", "1 when the index lag stopped shrinking (alert)",
             1 if status["state"] == "stuck" else 0),
        ):  # fmt: skip
            gauge = GaugeMetricFamily(name, doc)
            gauge.add_metric([], nan if value is None else float(value))
            yield gauge


@router.get("/metrics", tags=["operators"])
def metrics(request: Request) -> Response:
    """Prometheus metrics (text exposition format)."""
    registry: CollectorRegistry = request.app.state.chm_metrics
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)


def install(app: FastAPI) -> None:
    """Add the operators' routes and the metrics registry."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(StoreCollector(app.state.ctx))
    app.state.chm_metrics = registry
    app.include_router(router)
