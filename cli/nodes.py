"""``chm nodes list|add|show`` — the node registry."""

from __future__ import annotations

import argparse

from cli.common import context_from_args, emit, fail, table
from harvesters.config import ConfigError, check_node, save_local_node


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm nodes …``."""
    p = sub.add_parser("nodes", help="list, add and inspect registered nodes", parents=[common])
    nsub = p.add_subparsers(dest="nodes_command", metavar="ACTION", required=True)
    lp = nsub.add_parser("list", help="list nodes", parents=[common])
    lp.set_defaults(func=cmd_list)
    sp = nsub.add_parser("show", help="one node with its state", parents=[common])
    sp.add_argument("id")
    sp.set_defaults(func=cmd_show)
    ap = nsub.add_parser("add", help="add a node (persists in nodes.local.toml)", parents=[common])
    ap.add_argument("id")
    ap.add_argument("--protocol", choices=["oai-pmh", "json", "dcat"], default="oai-pmh")
    ap.add_argument("--url", required=True)
    ap.add_argument("--name", default="")
    ap.add_argument("--metadata-prefix", default="oai_dc")
    ap.add_argument("--set", default=None)
    ap.add_argument("--mapping", default=None)
    ap.add_argument("--country", default=None)
    ap.add_argument("--schedule", default="1d")
    ap.add_argument("--disabled", action="store_true", help="add without scheduling it")
    ap.set_defaults(func=cmd_add)


def cmd_list(args: argparse.Namespace) -> int:
    """Print every node."""
    ctx = context_from_args(args)
    counts = ctx.store.counts_by_node()
    nodes = []
    rows = []
    for n in ctx.settings.nodes:
        state = ctx.store.node_state(n.id)
        d = n.to_dict() | {"records": counts.get(n.id, 0), "last_success_at": state.last_success_at}
        nodes.append(d)
        rows.append(
            [
                n.id,
                n.protocol,
                n.country or "",
                "yes" if n.enabled else "no",
                n.schedule,
                str(d["records"]),
                state.last_success_at or "never",
                n.url,
            ]
        )
    heads = ["ID", "PROTOCOL", "CC", "ENABLED", "SCHEDULE", "RECORDS", "LAST SUCCESS", "URL"]
    emit(args, {"nodes": nodes}, table(rows, heads))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one node, its state and its last runs."""
    ctx = context_from_args(args)
    try:
        node = ctx.settings.node(args.id)
    except KeyError:
        return fail(f"no node '{args.id}' (see `chm nodes list`)")
    state = ctx.store.node_state(node.id)
    data = {
        "node": node.to_dict(),
        "state": state.__dict__,
        "records": ctx.store.count_records(node.id),
        "runs": ctx.store.list_runs(node.id, limit=5),
    }
    text = "\n".join(f"{k}: {v}" for k, v in node.to_dict().items())
    text += f"\nrecords: {data['records']}\nlast success: {state.last_success_at or 'never'}"
    emit(args, data, text)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Check and persist a new node."""
    ctx = context_from_args(args)
    item = {
        "id": args.id,
        "url": args.url,
        "protocol": args.protocol,
        "name": args.name,
        "metadata_prefix": args.metadata_prefix,
        "schedule": args.schedule,
        "enabled": not args.disabled,
    }
    if args.set:
        item["set"] = args.set
    if args.mapping:
        item["mapping"] = args.mapping
    if args.country:
        item["country"] = args.country.upper()
    node, problems = check_node(item, source="local")
    if node is None:
        raise ConfigError([f"chm nodes add {args.id}: {p}" for p in problems])
    if any(n.id == node.id and n.source == "config" for n in ctx.settings.nodes):
        return fail(f"node '{node.id}' is defined in {ctx.settings.path.name}; edit it there")
    save_local_node(ctx.settings, node)
    ctx.reload_settings()
    emit(args, {"added": node.to_dict()}, f"added node {node.id} ({node.protocol} {node.url})")
    return 0
