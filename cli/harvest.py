"""``chm harvest``, ``chm runs``, ``chm reindex``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from cli.common import context_from_args, emit, fail, table
from ops.context import Context
from pipeline.run import run_node
from pipeline.summary import RunSummary


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the harvest commands."""
    p = sub.add_parser("harvest", help="harvest nodes now", parents=[common])
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument("--all", action="store_true", help="every enabled node")
    p.add_argument("--full", action="store_true", help="ignore the last 'from'; list everything")
    p.set_defaults(func=cmd_harvest)
    r = sub.add_parser("runs", help="run history", parents=[common])
    r.add_argument("--node", default=None)
    r.add_argument("--limit", type=int, default=20)
    r.add_argument("--errors", type=int, metavar="RUN_ID", help="show the errors of one run")
    r.set_defaults(func=cmd_runs)
    x = sub.add_parser("reindex", help="re-map the store and rebuild the index", parents=[common])
    x.add_argument("--no-remap", action="store_true", help="only rebuild the index")
    x.set_defaults(func=cmd_reindex)


class Progress:
    """A live line on a terminal, plain log lines otherwise."""

    def __init__(self, node_id: str) -> None:
        self.node_id = node_id
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, s: RunSummary) -> None:
        line = (
            f"{self.node_id}: {s.pages} pages, {s.records} records "
            f"(+{s.added} ~{s.updated} ={s.unchanged} -{s.deleted} !{s.rejected}), "
            f"{s.rate:,.0f} rec/s"
        )
        if self.tty:
            print("\r" + line.ljust(100), end="", file=sys.stderr, flush=True)
        elif time.monotonic() - self.last > 2.0:
            print(line, file=sys.stderr, flush=True)
            self.last = time.monotonic()

    def done(self) -> None:
        """End the live line."""
        if self.tty:
            print(file=sys.stderr)


def format_summary(s: RunSummary) -> str:
    """One run summary for people."""
    text = (
        f"{s.node_id}: {s.status} in {s.seconds:.1f}s, run {s.run_id}: {s.pages} pages, "
        f"{s.added} added, {s.updated} updated, {s.unchanged} unchanged, {s.deleted} deleted, "
        f"{s.rejected} rejected"
    )
    if s.error:
        text += f"\n  error ({s.error_kind}): {s.error}"
    for w in s.warnings:
        text += f"\n  warning: {w}"
    return text


def _freeze_loaded_objects(ctx: Any) -> None:
    """Move what is loaded once (vocabulary, configuration, modules) out of the garbage
    collector's reach: a full collection during a harvest then walks only what the harvest
    allocates, not the hundreds of thousands of vocabulary objects again and again.

    The mappings' tables are built when the run first maps a record, and what they are built
    from let go then (:func:`pipeline.mapworkers.tables_before_mapping`): an unchanged
    re-harvest maps nothing and never builds them (0.2 CPU-s)."""
    import gc

    _ = ctx.vocabulary  # loaded now, so it is frozen with the rest
    gc.collect()
    gc.freeze()


def _harvest_writer_threads(ctx: Context) -> None:
    """A tantivy index written by this process indexes on one thread: the mapping workers
    keep the cores busy, and each indexing thread fills a segment of its own (half the
    segments per commit, fewer merges during the run; bench/README.md, issue 20)."""
    if ctx.settings.index.backend != "tantivy":
        return
    from index.tantivy_ import HARVEST_WRITER_THREADS, TantivyIndex

    if isinstance(ctx.index, TantivyIndex):
        ctx.index.writer_threads = HARVEST_WRITER_THREADS


def cmd_harvest(args: argparse.Namespace) -> int:
    """Harvest the named nodes (or all enabled) and print summaries."""
    ctx = context_from_args(args)
    if args.all:
        nodes = [n for n in ctx.settings.nodes if n.enabled]
    elif args.ids:
        nodes = []
        for nid in args.ids:
            try:
                nodes.append(ctx.settings.node(nid))
            except KeyError:
                return fail(f"no node '{nid}' (see `chm nodes list`)")
    else:
        return fail("name node ids, or use --all")
    summaries = []
    _freeze_loaded_objects(ctx)
    ctx.index.page_out_reads = True  # this process writes the index, never searches
    _harvest_writer_threads(ctx)
    for node in nodes:
        progress = Progress(node.id)
        s = run_node(
            ctx.settings,
            ctx.store,
            ctx.index,
            node,
            full=args.full,
            vocabulary=ctx.vocabulary,
            progress=progress,
        )
        progress.done()
        summaries.append(s)
        if not getattr(args, "json", False):
            print(format_summary(s))
    failed = [s for s in summaries if s.status in ("failed", "aborted")]
    index_state = _index_before_exit(ctx)
    if getattr(args, "json", False):
        status = (
            "failed"
            if failed
            else ("partial" if any(s.status == "partial" for s in summaries) else "success")
        )
        totals = {
            k: sum(getattr(s, k) for s in summaries)
            for k in ("pages", "added", "updated", "unchanged", "deleted", "rejected")
        }
        print(
            json.dumps(
                {
                    "status": status,
                    **totals,
                    "runs": [s.to_dict() for s in summaries],
                    "index": index_state,
                },
                ensure_ascii=False,
            )
        )
    return 1 if failed else 0


def _index_before_exit(ctx: Any) -> dict[str, Any]:
    """Apply what this process committed before it exits, unless another live process
    holds the index's writer: then say which one applies it (``chm serve``, usually)."""
    from index.base import IndexBackendError

    try:
        result = ctx.follower.sync(release=True)
    except IndexBackendError as exc:
        print(f"chm: warning: the index could not be updated: {exc}", file=sys.stderr)
        return {"lag": ctx.follower.lag(), "error": str(exc)}
    message = result.message()
    if message:
        print(f"chm: {message}", file=sys.stderr)
    left = result.left_to.to_dict() if result.left_to and result.lag else None
    return {"lag": result.lag, "left_to": left}


def cmd_runs(args: argparse.Namespace) -> int:
    """Print recent runs, or one run's errors."""
    ctx = context_from_args(args)
    if args.errors is not None:
        errs = ctx.store.runs.errors(args.errors)
        rows = [
            [e["source_id"] or "", e["stage"], e["field"] or "", e["message"][:90]] for e in errs
        ]
        emit(
            args,
            {"run_id": args.errors, "errors": errs},
            table(rows, ["SOURCE ID", "STAGE", "FIELD", "MESSAGE"]),
        )
        return 0
    runs = ctx.store.runs.recent(args.node, args.limit)
    rows = [
        [
            str(r["id"]),
            r["node_id"],
            r["trigger"],
            r["started_at"],
            r["status"],
            str(r["added"]),
            str(r["updated"]),
            str(r["unchanged"]),
            str(r["deleted"]),
            str(r["rejected"]),
            (r["error"] or "")[:50],
        ]
        for r in runs
    ]
    heads = [
        "RUN",
        "NODE",
        "TRIGGER",
        "STARTED",
        "STATUS",
        "ADD",
        "UPD",
        "SAME",
        "DEL",
        "REJ",
        "ERROR",
    ]
    emit(args, {"runs": runs}, table(rows, heads))
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    """Re-map the store and rebuild the index."""
    from pipeline.reindex import reindex

    ctx = context_from_args(args)
    s = reindex(ctx.settings, ctx.store, ctx.index, ctx.vocabulary, remap=not args.no_remap)
    lines = [
        f"re-mapped {s.remapped} records ({s.changed} changed, {s.failed} failed, "
        f"{s.warnings} warnings); indexed {s.indexed} in {s.seconds:.1f}s"
    ]
    for item in s.not_mapped:
        mapping = f" (mapping {item['mapping']!r})" if item["mapping"] else ""
        lines.append(f"not re-mapped: node '{item['node']}'{mapping}: {item['reason']}")
    emit(args, s.to_dict(), "\n".join(lines))
    return 1 if any(item["mapping"] for item in s.not_mapped) else 0
