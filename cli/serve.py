"""``chm serve`` (HTTP API + pages + scheduler) and ``chm demo``."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import Any

from cli.common import context_from_args, fail
from ops.context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm serve`` and ``chm demo``."""
    p = sub.add_parser("serve", help="serve the HTTP API and web pages", parents=[common])
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--no-scheduler", action="store_true", help="do not run scheduled harvests")
    p.set_defaults(func=cmd_serve)
    d = sub.add_parser("demo", help="start demo nodes, harvest them, serve", parents=[common])
    d.add_argument("--host", default=None)
    d.add_argument("--port", type=int, default=None)
    d.add_argument("--no-serve", action="store_true", help="stop after harvesting")
    d.set_defaults(func=cmd_demo)


def serve(ctx: Context, host: str, port: int, scheduler: bool = True) -> int:
    """Run uvicorn in the foreground (and the scheduler in the background)."""
    import uvicorn

    from search_api.app import create_app
    from search_api.warmup import warm_up

    sched = ctx.start_scheduler() if scheduler else None
    follower = ctx.follower.start()  # applies what any process commits to the store
    warm_up(ctx)  # the index's files and first queries, in the background (no request waits)
    # what start-up built (vocabulary, tables, app) lives as long as the server: out of the
    # collector's full passes, which walked it all at once (a 58 ms pause inside one query
    # of the first 200 on 200,000 records, bench_search.py)
    gc.freeze()
    print(f"chm: serving search on http://{host}:{port}/ (API docs at /docs)", file=sys.stderr)
    try:
        uvicorn.run(create_app(ctx), host=host, port=port, log_level="warning")
    finally:
        follower.stop()
        if sched is not None:
            sched.shutdown(wait=False)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """``chm serve``."""
    ctx = context_from_args(args)
    host = args.host or ctx.settings.server_host
    port = args.port or ctx.settings.server_port
    return serve(ctx, host, port, scheduler=not args.no_scheduler)


def start_demo_servers(settings: Any) -> list[Any]:
    """Start the demo national nodes that config.toml points at (ports taken from its URLs):
    three OAI-PMH nodes, a CKAN-like JSON node (mx-datos) and a DCAT catalogue (ca-dcat)."""
    from urllib.parse import urlparse

    from demo.dcat_node import start_dcat_node
    from demo.generator import DEMO_COUNTS, NODES
    from demo.json_node import start_json_node
    from demo.nodes import start_demo_nodes

    ports = {n.id: urlparse(n.url).port or 80 for n in settings.nodes}
    oai = {k: v for k, v in ports.items() if k in NODES}
    servers: list[Any] = start_demo_nodes(counts={k: DEMO_COUNTS[k] for k in oai}, ports=oai)
    if "mx-datos" in ports:
        servers.append(start_json_node("127.0.0.1", ports["mx-datos"], 400))
    if "ca-dcat" in ports:
        servers.append(start_dcat_node("127.0.0.1", ports["ca-dcat"], 300))
    return servers


def cmd_demo(args: argparse.Namespace) -> int:
    """Start the demo national nodes, harvest every enabled node, then serve."""

    from cli.harvest import Progress, format_summary
    from pipeline.run import run_node

    logging.basicConfig(level=logging.WARNING)
    ctx = context_from_args(args)
    try:
        servers = start_demo_servers(ctx.settings)
    except OSError as exc:
        return fail(f"cannot start the demo nodes ({exc}); is another `chm demo` running? "
                    "Stop it, or change the node ports in config.toml")  # fmt: skip
    print(f"chm: {len(servers)} demo national nodes running on 127.0.0.1", file=sys.stderr)
    failed = 0
    for node in ctx.settings.nodes:
        if not node.enabled:
            continue
        progress = Progress(node.id)
        s = run_node(
            ctx.settings, ctx.store, ctx.index, node, vocabulary=ctx.vocabulary, progress=progress
        )
        progress.done()
        print(format_summary(s), file=sys.stderr)
        failed += s.status == "failed"
    print(
        f"chm: {ctx.store.records.count()} records in the store, {ctx.index.count()} in the index",
        file=sys.stderr,
    )
    if args.no_serve:
        return 1 if failed else 0
    host = args.host or ctx.settings.server_host
    port = args.port or ctx.settings.server_port
    return serve(ctx, host, port)
