"""``chm match ID|recompute|catch-up`` and ``chm duplicates allow|block|remove|list|show``.

Where it sits: operator -> **CLI** -> :mod:`matching` (reads and writes the store's matching
tables). ``chm match ID`` shows a need's offers (or an offer's needs) with the reasons;
``chm match recompute`` rebuilds every matching, cluster and link table; ``chm match catch-up``
applies the changes matching has not applied yet (an update stopped by a crash or a failure
goes on from the last change it recorded; the next run that changes something would too).
"""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import context_from_args, emit, fail, table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm match …`` and ``chm duplicates …``."""
    p = sub.add_parser(
        "match",
        parents=[common],
        help="a need's offers or an offer's needs; or 'recompute', or 'catch-up'",
    )
    p.add_argument(
        "target",
        metavar="ID|recompute|catch-up",
        help="a record id; 'recompute' (everything again); 'catch-up' (the changes matching"
        " has not applied yet)",
    )
    p.add_argument("--lang", default="en", help="language of the explanations (en, fr, es)")
    p.add_argument("--limit", type=int, default=10, help="at most this many matches")
    p.add_argument("--workers", type=int, default=1, help="processes for 'recompute'")
    p.set_defaults(func=cmd_match)
    d = sub.add_parser("duplicates", parents=[common],
                       help="duplicate clusters: operators' allow and block lists")  # fmt: skip
    dsub = d.add_subparsers(dest="dup_command", metavar="ACTION", required=True)
    for name, helptext in (
        ("allow", "force two records into one cluster"),
        ("block", "keep two records apart"),
        ("remove", "drop the rule on a pair"),
    ):
        rp = dsub.add_parser(name, help=helptext, parents=[common])
        rp.add_argument("a", metavar="ID_A")
        rp.add_argument("b", metavar="ID_B")
        if name != "remove":
            rp.add_argument("--note", default=None, help="why (kept with the rule)")
        rp.set_defaults(func=cmd_rule, rule=name)
    lp = dsub.add_parser("list", help="the allow and block rules", parents=[common])
    lp.add_argument("--rule", choices=("allow", "block"), default=None)
    lp.set_defaults(func=cmd_list)
    sp = dsub.add_parser("show", help="a record's cluster and links", parents=[common])
    sp.add_argument("id")
    sp.set_defaults(func=cmd_show)


def _vocabulary(args: argparse.Namespace) -> object:
    try:
        return context_from_args(args).vocabulary
    except Exception as exc:  # a broken vocabulary must not stop matching: it works without
        print(f"chm: warning: vocabulary not loaded ({exc}); matching without it")
        return None


def _catch_up(args: argparse.Namespace, ctx: Any) -> int:
    """Apply the changes after the last one matching applied (all of them, by a full
    recompute, in a store never matched)."""
    from matching.store import ensure_schema, get_state
    from matching.update import update_after_run

    store = ctx.store
    ensure_schema(store.conn)
    applied = get_state(store.conn, "last_seq")
    last = store.records.max_seq()
    since = 0 if applied is None else min(int(applied), last)
    summary = update_after_run(store, _vocabulary(args), since)
    done = f"caught up: {summary.changed} changes applied (up to change {summary.last_seq})"
    return _report(args, summary, done)


def _report(args: argparse.Namespace, summary: Any, done: str) -> int:
    """What a recompute or a catch-up did, as text or ``--json``."""
    text = (
        f"{done}, {summary.matched} needs and offers matched, {summary.clusters_touched}"
        f" records in duplicate clusters, {summary.seconds:.1f} s"
    )
    emit(args, {"status": "ok", **summary.to_dict()}, text)
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    """Show a record's matches, or recompute everything."""
    from matching.store import MatchingError

    ctx = context_from_args(args)
    if args.target == "recompute":
        from matching.update import recompute_all

        if args.workers < 1:
            return fail("--workers must be at least 1")
        summary = recompute_all(ctx.store, _vocabulary(args), workers=args.workers)
        return _report(args, summary, f"recomputed: {summary.changed} records")
    if args.target == "catch-up":
        return _catch_up(args, ctx)
    from matching.match import matches_for

    if args.limit < 1:
        return fail("--limit must be at least 1")
    try:
        got = matches_for(ctx.store, args.target, args.lang, _vocabulary(args), args.limit)
    except MatchingError as exc:
        return fail(str(exc))
    if got["role"] is None:
        text = f"{args.target}: matches are found for needs, support sources and projects only"
    elif not got["matches"]:
        text = f"{args.target}: no matches yet (run `chm match recompute` after a first harvest)"
    else:
        rows = [
            [f"{m['score']:.2f}", m["type"], m["id"], m["title"][:60], m["explanation"]]
            for m in got["matches"]
        ]
        text = table(rows, ["score", "type", "id", "title", "why"])
    emit(args, got, text)
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    """Add or remove an allow/block rule."""
    from matching.rules import add_rule, remove_rule
    from matching.store import MatchingError

    store = context_from_args(args).store
    try:
        if args.rule == "remove":
            removed = remove_rule(store, args.a, args.b)
            emit(args, {"removed": removed}, "removed" if removed else "there was no rule")
            return 0
        rule = add_rule(store, args.a, args.b, args.rule, by="cli", note=args.note)
    except MatchingError as exc:
        return fail(str(exc))
    word = "together" if args.rule == "allow" else "apart"
    emit(args, rule, f"{rule['a']} and {rule['b']} are now kept {word}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """List the rules."""
    from matching.rules import list_rules

    rules = list_rules(context_from_args(args).store, args.rule)
    rows = [[r["rule"], r["a"], r["b"], r["created_at"], r["note"] or ""] for r in rules]
    text = table(rows, ["rule", "a", "b", "since", "note"]) if rows else "no rules"
    emit(args, {"rules": rules}, text)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Show a record's cluster and its links to other databases."""
    from matching.duplicates import cluster_of
    from matching.links import links_for
    from matching.store import MatchingError
    from search_api.i18n import dup_reason

    store = context_from_args(args).store
    try:
        cluster = cluster_of(store, args.id)
        links = links_for(store, args.id)
    except MatchingError as exc:
        return fail(str(exc))
    lines = [f"cluster: {cluster['cluster_id'] or '(alone)'}"]
    for m in cluster["members"]:
        why = "; ".join(dup_reason(r, "en") for r in m["reasons"])
        lines.append(f"  same item: {m['id']} ({m['node']}): {why}")
    for g in links["groups"]:
        lines.append(f"related in {g['node']}:")
        lines += [f"  {r['id']}: {r['title'][:70]}" for r in g["records"]]
    emit(args, {"cluster": cluster, "links": links}, "\n".join(lines))
    return 0
