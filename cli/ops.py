"""``chm status``, ``chm scheduler``, ``chm quarantine list|approve|reject``."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from typing import Any

from cli.common import context_from_args, emit, fail, table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the operations commands."""
    s = sub.add_parser("status", help="health of every node", parents=[common])
    s.set_defaults(func=cmd_status)
    r = sub.add_parser(
        "scheduler", help="run scheduled harvests (without the HTTP server)", parents=[common]
    )
    r.set_defaults(func=cmd_scheduler)
    q = sub.add_parser("quarantine", help="deletions held for an operator", parents=[common])
    qs = q.add_subparsers(dest="action", metavar="ACTION")
    ql = qs.add_parser("list", help="held deletions", parents=[common])
    ql.add_argument("--all", action="store_true", help="decided ones too")
    ql.set_defaults(func=cmd_quarantine_list)
    for name, helptext in (
        ("approve", "apply the held deletions"),
        ("reject", "keep the records"),
    ):
        p = qs.add_parser(name, help=helptext, parents=[common])
        p.add_argument("id", type=int, metavar="ID")
        p.set_defaults(func=cmd_quarantine_decide, decision=name)
    q.set_defaults(func=lambda args: (q.print_help(), 2)[1])


def cmd_status(args: argparse.Namespace) -> int:
    """Print every node's health, last run, next run and record count."""
    from search_api.operators import status_view

    ctx = context_from_args(args)
    rows = status_view(ctx)
    for r in rows:
        r.pop("bars")
    lines = [
        [
            r["id"],
            r["health"],
            _last(r["last_run"]),
            r["next_run"] or "-",
            str(r["records"]),
            r["reason"][:70],
        ]
        for r in rows
    ]
    heads = ["NODE", "HEALTH", "LAST RUN", "NEXT RUN", "RECORDS", "WHY"]
    emit(args, {"nodes": rows}, table(lines, heads))
    from ops.health import NEEDS_A_PERSON

    bad = [r for r in rows if r["health"] in NEEDS_A_PERSON]
    return 1 if bad else 0


def _last(run: dict[str, Any] | None) -> str:
    if not run:
        return "never"
    return f"{run['id']} {run['status']} {run['started_at']}"


def cmd_scheduler(args: argparse.Namespace) -> int:
    """Run the scheduler in the foreground until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ctx = context_from_args(args)
    sched = ctx.start_scheduler()
    enabled = sum(1 for n in ctx.settings.nodes if n.enabled)
    s = ctx.settings.scheduler
    print(
        f"chm: scheduler running for {enabled} nodes, {s.max_concurrent} at a time "
        f"(job store {ctx.settings.job_store_path}); Ctrl-C to stop",
        file=sys.stderr,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    print("chm: stopping; running harvests finish their current page", file=sys.stderr)
    sched.shutdown(wait=True)
    return 0


def cmd_quarantine_list(args: argparse.Namespace) -> int:
    """List held deletions."""
    ctx = context_from_args(args)
    items = ctx.store.quarantine.entries(None if args.all else "pending")
    rows = [
        [
            str(q["id"]),
            q["node_id"],
            q["status"],
            f"{q['count']} of {q['live_count']}",
            str(q["run_id"]),
            q["created_at"],
            ", ".join(q["source_ids"][:3]) + (" …" if q["count"] > 3 else ""),
        ]
        for q in items
    ]
    heads = ["ID", "NODE", "STATUS", "DELETIONS", "RUN", "HELD SINCE", "EXAMPLES"]
    text = table(rows, heads) if rows else "no deletions are held"
    emit(args, {"quarantine": items}, text)
    return 0


def cmd_quarantine_decide(args: argparse.Namespace) -> int:
    """Approve or reject one held deletion."""
    from ops.alerts import update_health
    from pipeline.quarantine import QuarantineError, approve, reject

    ctx = context_from_args(args)
    try:
        if args.decision == "approve":
            done = approve(ctx.store, ctx.index, args.id, by="operator (CLI)")
        else:
            done = reject(ctx.store, args.id, by="operator (CLI)")
    except QuarantineError as exc:
        return fail(exc.message)
    update_health(ctx.settings, ctx.store)
    done.pop("source_ids", None)
    verb = f"{done['applied']} records deleted" if args.decision == "approve" else "records kept"
    emit(args, done, f"quarantine #{args.id} ({done['node_id']}): {done['status']}, {verb}")
    return 0
