"""``chm nodes list|show|add|validate|approve|disable|rotate-key|set-secret|audit`` — the
node registry.

Nodes of config.toml and nodes registered through the API are one list
(:mod:`registration.registry`); these commands are the operators' side of it. Every change is
written to the registry's audit log as ``cli:<user>``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from cli.common import context_from_args, emit, fail, table
from core.config import ConfigError, RegistryFileError, check_node, save_local_node
from harvesters.profiles import NodeOptionsError
from harvesters.secrets import node_auth
from ops.context import Context
from registration.registry import Actor, RegistryError


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
    _register_operator_commands(nsub, common)


def _register_operator_commands(
    nsub: argparse._SubParsersAction, common: argparse.ArgumentParser
) -> None:
    vp = nsub.add_parser(
        "validate",
        help="run the conformance report (a passing pending node becomes active)",
        parents=[common],
    )
    vp.add_argument("id")
    vp.set_defaults(func=cmd_validate)
    for name, status, text in (
        ("approve", "active", "activate a node: it is scheduled (even if its report fails)"),
        ("disable", "disabled", "disable a node: it is no longer scheduled"),
    ):
        sp = nsub.add_parser(name, help=text, parents=[common])
        sp.add_argument("id")
        sp.add_argument("--reason", default=None, help="recorded in the audit log")
        sp.set_defaults(func=cmd_set_status, status=status)
    kp = nsub.add_parser("rotate-key", help="issue a new API key (printed once)", parents=[common])
    kp.add_argument("id")
    kp.set_defaults(func=cmd_rotate_key)
    xp = nsub.add_parser(
        "set-secret",
        help="store the secret chm sends to a node's endpoint (read from stdin or a prompt)",
        parents=[common],
    )
    xp.add_argument("id")
    xp.add_argument("--header", default="Authorization", help="HTTP header (default %(default)s)")
    xp.add_argument("--scheme", default=None, help='prefix of the value, e.g. "Bearer"')
    xp.add_argument("--clear", action="store_true", help="forget the secret of --header instead")
    xp.set_defaults(func=cmd_set_secret)
    up = nsub.add_parser("audit", help="the registry's audit log, newest first", parents=[common])
    up.add_argument("--node", default=None, help="only this node's entries")
    up.add_argument("--limit", type=int, default=50)
    up.set_defaults(func=cmd_audit)


def cmd_list(args: argparse.Namespace) -> int:
    """Print every node."""
    ctx = context_from_args(args)
    counts = ctx.store.records.counts_by_node()
    reg = ctx.registry
    nodes = []
    rows = []
    for n in ctx.settings.nodes:
        state = ctx.store.nodes.state(n.id)
        d = reg.public_view(n, counts.get(n.id, 0)) | {"last_success_at": state.last_success_at}
        nodes.append(d)
        rows.append(
            [
                n.id,
                n.protocol,
                n.country or "",
                d["status"],
                n.schedule,
                str(d["records"]),
                state.last_success_at or "never",
                n.url,
            ]
        )
    heads = ["ID", "PROTOCOL", "CC", "STATUS", "SCHEDULE", "RECORDS", "LAST SUCCESS", "URL"]
    data = {"nodes": nodes, "registry_problems": list(ctx.settings.registry_problems)}
    emit(args, data, table(rows, heads))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print one node, its state and its last runs."""
    ctx = context_from_args(args)
    try:
        node = ctx.settings.node(args.id)
    except KeyError:
        return fail(f"no node '{args.id}' (see `chm nodes list`)")
    state = ctx.store.nodes.state(node.id)
    reg = ctx.registry
    view = reg.private_view(node)
    last = reg.last_report(node.id)
    data = {
        "node": view,
        "last_report": last,
        "state": state.__dict__,
        "records": ctx.store.records.count(node.id),
        "runs": ctx.store.runs.recent(node.id, limit=5),
    }
    text = "\n".join(f"{k}: {v}" for k, v in view.items() if k != "last_report")
    text += f"\nrecords: {data['records']}\nlast success: {state.last_success_at or 'never'}"
    if last:
        text += f"\nlast report: {last['summary']} ({last['finished_at']})"
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
    mapped = ctx.settings.harvest.context_map
    node, problems = check_node(item, source="local", mapped_contexts=mapped)
    if node is None:
        raise ConfigError([f"chm nodes add {args.id}: {p}" for p in problems])
    if any(n.id == node.id and n.source == "config" for n in ctx.settings.nodes):
        return fail(f"node '{node.id}' is defined in {ctx.settings.path.name}; edit it there")
    try:
        save_local_node(ctx.settings, node)
    except RegistryFileError as exc:
        return fail(exc.problems[0])
    ctx.reload_settings()
    ctx.registry.audit(_actor(), "add", node.id, {"url": node.url, "enabled": node.enabled})
    emit(args, {"added": node.to_dict()}, f"added node {node.id} ({node.protocol} {node.url})")
    return 0


def _actor() -> Actor:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return Actor(f"cli:{user}", "cli")


def _vocabulary(ctx: Context) -> object:
    try:
        return ctx.vocabulary
    except Exception:  # a broken vocabulary must not block a report
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    """Run the conformance report; exit 1 when it fails."""
    from registration.conformance import run_report

    ctx = context_from_args(args)
    reg = ctx.registry
    try:
        node = reg.node(args.id)
    except RegistryError as exc:
        return fail(f"{exc.message} (see `chm nodes list`)")
    try:
        auth = node_auth(node, ctx.store)
    except NodeOptionsError as exc:
        return fail(str(exc))
    report = run_report(node, ctx.settings, vocabulary=_vocabulary(ctx), auth=auth)
    data = report.to_dict()
    reg.save_report(node.id, data)
    note = ""
    if node.source == "local" and reg.status_of(node) == "pending" and report.status != "fail":
        reg.set_status(node.id, "active", _actor(), "the conformance report passes")
        note = f"\nnode {node.id} was pending; its report passes: now active"
    status = reg.status_of(reg.node(node.id))
    emit(args, {"report": data, "status": status}, report.to_text() + note)
    return 1 if report.status == "fail" else 0


def cmd_set_status(args: argparse.Namespace) -> int:
    """``approve`` (active) or ``disable`` (disabled) a registered node."""
    ctx = context_from_args(args)
    reg = ctx.registry
    try:
        node = reg.set_status(args.id, args.status, _actor(), args.reason)
    except RegistryError as exc:
        return fail(exc.message)
    last = reg.last_report(node.id)
    warn = ""
    if args.status == "active" and last and last["status"] == "fail":
        warn = " (its last conformance report fails: harvests may fail too)"
    emit(args, {"node": reg.private_view(node)}, f"node {node.id}: {args.status}{warn}")
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    """Issue a new API key for a node and print it once."""
    ctx = context_from_args(args)
    try:
        key = ctx.registry.rotate_key(args.id, _actor())
    except RegistryError as exc:
        return fail(exc.message)
    text = f"new API key for {args.id} (shown once; the old key no longer works):\n{key}"
    emit(args, {"node": args.id, "api_key": key}, text)
    return 0


def _read_secret() -> str:
    """The secret from a prompt (a terminal) or the first line of stdin; never from argv."""
    if sys.stdin.isatty():
        return getpass.getpass("secret (not echoed): ")
    return sys.stdin.readline().rstrip("\r\n")


def cmd_set_secret(args: argparse.Namespace) -> int:
    """Store (or ``--clear``) the secret chm sends in ``--header`` to a node's endpoint."""
    ctx = context_from_args(args)
    reg = ctx.registry
    try:
        node = reg.node(args.id)
    except RegistryError as exc:
        return fail(f"{exc.message} (see `chm nodes list`)")
    if args.clear:
        n = reg.clear_secret(node.id, args.header, _actor())
        emit(args, {"node": node.id, "header": args.header, "removed": n},
             f"node {node.id}: {n} secret(s) for {args.header} removed")  # fmt: skip
        return 0
    value = _read_secret()
    if not value:
        return fail("no secret given (type it at the prompt, or pipe it on stdin)")
    if args.scheme:
        value = f"{args.scheme} {value}"
    try:
        secret = reg.set_secret(node.id, args.header, value, _actor())
    except RegistryError as exc:
        return fail(f"chm nodes set-secret {node.id}: {exc.message}")
    text = (
        f"node {node.id}: secret stored for the {secret.header} header; it is sent to "
        f"{secret.origin} only (set it again if the node's URL moves to another host)"
    )
    emit(args, {"node": node.id, "header": secret.header, "origin": secret.origin}, text)
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """Print the registry's audit log."""
    ctx = context_from_args(args)
    entries = ctx.registry.audit_log(args.node, args.limit)
    rows = [
        [
            e["at"],
            e["actor"],
            e["client"] or "",
            e["action"],
            e["node_id"] or "",
            json.dumps(e["detail"], ensure_ascii=False)[:80],
        ]
        for e in entries
    ]
    heads = ["WHEN", "WHO", "FROM", "ACTION", "NODE", "DETAIL"]
    emit(args, {"entries": entries}, table(rows, heads) if rows else "no registry changes yet")
    return 0
