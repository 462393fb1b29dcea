"""``chm search QUERY`` — search the index from the terminal."""

from __future__ import annotations

import argparse

from cli.common import add_search_filters, context_from_args, emit, search_params
from index.base import InvalidQuery
from mappings.record import pick_lang


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm search``."""
    p = sub.add_parser("search", help="search the index", parents=[common])
    p.add_argument("query", nargs="?", default="")
    add_search_filters(p)
    p.add_argument("--sort", default="relevance", choices=["relevance", "date", "-date"])
    p.add_argument("--limit", default="10")
    p.add_argument("--lang", default="en", help="language for titles and labels")
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    """Run a search and print hits and facet counts."""
    from search_api.errors import BadRequest  # FastAPI: loaded by this command only
    from search_api.params import expand_with_vocabulary, known_nodes, parse_search_params

    ctx = context_from_args(args)
    params = search_params(args, q=args.query, sort=args.sort, size=args.limit, lang=args.lang)
    try:
        query = expand_with_vocabulary(
            parse_search_params(params, nodes=known_nodes(ctx)), ctx.vocabulary
        )
        result = ctx.index.search(query)
    except (BadRequest, InvalidQuery) as exc:
        print(f"chm: invalid search: {exc}")
        return 2
    lines = [f"{result.total} records"]
    for h in result.hits:
        rec = h.record
        lines.append(f"  {pick_lang(rec.get('title') or {}, args.lang)[:90]}")
        lines.append(
            f"    {rec['id']}  [{rec.get('type')}] {','.join(rec.get('countries', []))}"
            f" {rec.get('date') or ''}"
        )
    for facet, values in result.facets.items():
        shown = ", ".join(f"{v} ({c})" for v, c in values[:8])
        lines.append(f"{facet}: {shown}")
    data = {
        "total": result.total,
        "hits": [h.__dict__ for h in result.hits],
        "facets": result.facets,
    }
    emit(args, data, "\n".join(lines))
    return 0
