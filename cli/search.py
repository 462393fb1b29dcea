"""``chm search QUERY`` — search the index from the terminal."""

from __future__ import annotations

import argparse
from typing import Any

from cli.common import add_search_filters, context_from_args, emit, search_params
from index.base import InvalidQuery
from mappings.record import pick_lang


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``chm search``."""
    p = sub.add_parser("search", help="search the index", parents=[common])
    p.add_argument("query", nargs="?", default="")
    add_search_filters(p)
    p.add_argument("--sort", default="relevance", choices=["relevance", "date", "-date"])
    p.add_argument("--limit", default="10", help="records per page (at most 100)")
    p.add_argument("--page", default=None, help="which page of --limit records (1, 2, ...)")
    p.add_argument("--lang", default="en", help="language for titles and labels")
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    """Run a search and print hits and facet counts."""
    from search_api.errors import BadRequest  # FastAPI: loaded by this command only
    from search_api.params import expand_with_vocabulary, known_nodes, parse_search_params

    ctx = context_from_args(args)
    params = search_params(args, q=args.query, sort=args.sort, size=args.limit, lang=args.lang)
    if args.page:
        params["page"] = args.page
    try:
        query = expand_with_vocabulary(
            parse_search_params(params, nodes=known_nodes(ctx)), ctx.vocabulary
        )
        result = ctx.index.search(query)
    except (BadRequest, InvalidQuery) as exc:
        print(f"chm: invalid search: {cli_names(str(exc))}")
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
        if values:  # types, topics and regions by their labels in --lang, as the page shows
            shown = ", ".join(
                f"{facet_label(ctx, facet, v, args.lang)} ({c})" for v, c in values[:8]
            )
            lines.append(f"{facet}: {shown}")
    data = {
        "total": result.total,
        "hits": [h.__dict__ for h in result.hits],
        "facets": result.facets,
    }
    emit(args, data, "\n".join(lines))
    return 0


CLI_NAMES = {"'size'": "'--limit'", "'year_from'": "'--year-from'", "'year_to'": "'--year-to'",
             "'q'": "the query", "'sort'": "'--sort'"}  # fmt: skip
"""The API's parameter names in a search's errors -> the options of this command."""


def cli_names(message: str) -> str:
    """A search error as this command's user reads it: its options' names, not the API's;
    beyond ``--limit``'s 100 the way to every record."""
    for api, option in CLI_NAMES.items():
        message = message.replace(api, option)
    message = message.replace("'page'", "'--page'")
    if "'--limit' must be between" in message:
        message += " (for more records: chm export QUERY --format jsonl)"
    return message


def facet_label(ctx: Any, facet: str, value: str, lang: str) -> str:
    """A facet value as the search page labels it in ``lang``: record types, concepts and
    regions by their labels; codes (countries, languages, years, nodes) as they are."""
    from search_api import i18n

    if facet == "type":
        return i18n.type_label(value, lang)
    if facet in ("concept", "region") and ctx.vocabulary is not None:
        return str(ctx.vocabulary.label(value, lang) or value)
    return value
