"""``chm needs list|show|set`` (a request's life), ``chm notify`` (send digests, where nodes are
told, the outbox) and ``chm countries`` (status checklists).

Where it sits: operator -> **CLI** -> :mod:`store.assistance` and :mod:`ops.notify`. Every
change is written to the audit log as ``cli:<user>``. Exit codes: 0 done, 2 bad input (an
unknown need, a state that cannot follow), 1 a digest could not be delivered (it is retried).
"""

from __future__ import annotations

import argparse
import getpass

from cli.common import context_from_args, emit, fail, table


def _user() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm needs …``, ``chm notify …`` and ``chm countries``."""
    from store.assistance import ACTIONS, STATES

    p = sub.add_parser("needs", parents=[common], help="requests for assistance and their state")
    nsub = p.add_subparsers(dest="needs_command", metavar="ACTION", required=True)
    lp = nsub.add_parser("list", parents=[common], help="needs with their state")
    lp.add_argument("--node", default=None)
    lp.add_argument("--state", choices=STATES, default=None)
    lp.add_argument("--country", default=None, help="ISO 3166-1 alpha-2 code")
    lp.add_argument("--flagged", action="store_true", help="only needs past the expiry")
    lp.set_defaults(func=cmd_list)
    sp = nsub.add_parser("show", parents=[common], help="a need's state, offers and history")
    sp.add_argument("id")
    sp.set_defaults(func=cmd_show)
    cp = nsub.add_parser("set", parents=[common], help="move a need along the procedure")
    cp.add_argument("id")
    cp.add_argument("state", choices=ACTIONS, help="the new state, or 'confirm' (still needed)")
    cp.add_argument("--offer", action="append", default=[], metavar="ID",
                    help="an offer forwarded to / received (repeat for several)")  # fmt: skip
    cp.add_argument("--met-by", default=None, metavar="ID", help="the project or offer that met it")
    cp.add_argument("--note", default=None)
    cp.set_defaults(func=cmd_set)

    n = sub.add_parser(
        "notify", parents=[common], help="send due digests (needs to offers' nodes, searches)"
    )
    n.add_argument("--queue-only", action="store_true", help="flag and queue, send nothing")
    n.set_defaults(func=cmd_notify)
    tsub = n.add_subparsers(dest="notify_command", metavar="ACTION")
    tp = tsub.add_parser("target", parents=[common], help="where a node is told")
    tp.add_argument("node")
    tp.add_argument("--email", default=None, help="'' clears it")
    tp.add_argument("--webhook", default=None, help="URL receiving JSON digests; '' clears it")
    tp.add_argument("--lang", choices=("en", "fr", "es"), default=None)
    tp.set_defaults(func=cmd_target)
    op = tsub.add_parser("outbox", parents=[common], help="messages queued, sent, retried, failed")
    op.add_argument("--status", choices=("pending", "sending", "sent", "failed"), default=None)
    op.set_defaults(func=cmd_outbox)

    c = sub.add_parser("countries", parents=[common], help="status checklist of every country")
    c.add_argument("country", nargs="?", default=None, help="one country's checklist")
    c.set_defaults(func=cmd_countries)


def cmd_list(args: argparse.Namespace) -> int:
    """Print needs with their state."""
    store = context_from_args(args).store
    flagged = True if args.flagged else None
    country = args.country.upper() if args.country else None
    needs = store.assistance.needs(args.node, args.state, country, flagged)
    rows = [[n["id"], n["state"], n["opened_at"], ",".join(n["countries"]),
             "yes" if n["flagged_at"] else "", n["title"][:50]] for n in needs]  # fmt: skip
    headers = ["need", "state", "opened", "countries", "flagged", "title"]
    emit(args, {"total": len(needs), "needs": needs}, table(rows, headers) if rows else "no needs")
    return 0


def _show_text(st: dict[str, object], history: list[dict[str, object]]) -> str:
    lines = [f"{st['need_id']}: {st['state']} (open since {st['opened_at']}, node {st['node_id']})"]
    for key in ("forwarded", "received"):
        for o in st[key]:  # type: ignore[attr-defined]
            lines.append(f"  {key}: {o['id']} ({o['at']}, {o['by']})")
    if st.get("met_by"):
        lines.append(f"  met by: {st['met_by']}")
    if st.get("flagged_at"):
        lines.append(f"  flagged {st['flagged_at']}: past the expiry, its node is asked to confirm")
    for h in history:
        note = f" — {h['note']}" if h.get("note") else ""
        lines.append(f"  {h['at']} {h['actor']}: {h['from']} -> {h['to']}{note}")
    return "\n".join(lines)


def cmd_show(args: argparse.Namespace) -> int:
    """Print a need's state and history."""
    from store.assistance import AssistanceError

    a = context_from_args(args).store.assistance
    try:
        st = a.get(args.id).to_dict()
    except AssistanceError as exc:
        return fail(exc.message)
    history = a.history(args.id)
    emit(args, {**st, "history": history}, _show_text(st, history))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    """Change a need's state (checked; written to the history and the audit log)."""
    from core.clock import isoformat_z, utcnow
    from store.assistance import AssistanceError, Change

    a = context_from_args(args).store.assistance
    change = Change(args.state, _user(), "cli", tuple(args.offer), args.met_by, args.note)
    try:
        st = a.change(args.id, change, isoformat_z(utcnow())).to_dict()
    except AssistanceError as exc:
        return fail(exc.message)
    emit(args, st, f"{args.id}: now {st['state']}")
    return 0


def cmd_notify(args: argparse.Namespace) -> int:
    """Flag expired needs, queue new digests, send what is due."""
    from ops.notify import run_notify

    ctx = context_from_args(args)
    got = run_notify(ctx.store, ctx.settings, ctx.vocabulary, send=not args.queue_only)
    lines = [f"flagged {got.flagged} needs past the expiry; queued {got.queued} messages; "
             f"sent {got.sent}, to retry {got.retried}, given up {got.failed}"]  # fmt: skip
    for d in got.digests:
        lines.append(f"  {'sent' if d['ok'] else 'NOT sent'}: {d['items']} to {d['recipient']}"
                     + (f" ({d['error']})" if not d["ok"] else ""))  # fmt: skip
    emit(args, {"status": "ok" if not (got.retried or got.failed) else "partial",
                **got.to_dict()}, "\n".join(lines))  # fmt: skip
    return 0 if not (got.retried or got.failed) else 1


def cmd_target(args: argparse.Namespace) -> int:
    """Set (or show) where a node is told."""
    from core.clock import isoformat_z, utcnow
    from harvesters.base import HarvestError
    from harvesters.urlguard import UrlPolicy
    from registration.registry import Actor

    ctx = context_from_args(args)
    if args.node not in {n.id for n in ctx.settings.nodes}:
        return fail(f"no node with id {args.node!r} (see `chm nodes list`)")
    a = ctx.store.assistance
    old = a.target(args.node) or {}
    if args.email is None and args.webhook is None and args.lang is None:
        emit(args, old, f"{args.node}: e-mail {old.get('email') or '-'}, "
             f"webhook {old.get('webhook_url') or '-'}")  # fmt: skip
        return 0
    email = old.get("email") if args.email is None else (args.email.strip() or None)
    hook = old.get("webhook_url") if args.webhook is None else (args.webhook.strip() or None)
    if email and "@" not in email:
        return fail(f"--email: '{email}' is not an e-mail address")
    if hook:
        try:
            UrlPolicy.from_settings(ctx.settings.security).check_url(hook)
        except HarvestError as exc:
            return fail(f"--webhook: {exc}")
    lang = args.lang or old.get("lang") or "en"
    a.set_target(args.node, email, hook, lang, isoformat_z(utcnow()))
    detail = {"email": email, "webhook_url": hook}
    ctx.registry.audit(Actor(_user(), "cli"), "notifications", args.node, detail)
    emit(args, a.target(args.node), f"{args.node}: e-mail {email or '-'}, webhook {hook or '-'}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    """Print the outbox."""
    rows = context_from_args(args).store.assistance.outbox(args.status)
    shown = [[r["status"], r["attempts"], r["recipient"][:40], r["record_id"], r["purpose"],
              (r["last_error"] or "")[:40]] for r in rows]  # fmt: skip
    headers = ["status", "tries", "recipient", "record", "purpose", "error"]
    emit(args, {"messages": rows}, table(shown, headers) if shown else "the outbox is empty")
    return 0


def cmd_countries(args: argparse.Namespace) -> int:
    """Print every country's status (or one country's)."""
    from ops.countries import country_statuses

    ctx = context_from_args(args)
    rows = country_statuses(ctx.settings, ctx.store, detail=bool(args.country))
    if args.country:
        got = rows.get(args.country.upper())
        if got is None:
            return fail(f"no record or node names the country {args.country.upper()!r}")
        text = "\n".join(f"{k}: {v}" for k, v in got.items() if k != "detail")
        emit(args, got, text)
        return 0
    shown = [[r["country"], "yes" if r["profile"] else "no", r["contact_points"], r["needs"],
              r["waiting"], r["overdue"], r["met"], r["offers_matched"], r["freshness"] or "-",
              r["conformance"] or "-"] for r in rows.values()]  # fmt: skip
    headers = ["country", "profile", "contacts", "needs", "waiting", "overdue", "met",
               "offers", "freshness", "conformance"]  # fmt: skip
    emit(args, {"countries": list(rows.values())}, table(shown, headers) if shown else "none")
    return 0
