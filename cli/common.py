"""Helpers shared by every ``chm`` sub-command: context, output, errors."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ops.context import Context


def context_from_args(args: argparse.Namespace) -> Context:
    """Build the Context from ``--config`` (or $CHM_CONFIG, or ./config.toml)."""
    ctx = getattr(args, "_context", None)
    if ctx is None:
        ctx = Context.from_path(getattr(args, "config", None))
        args._context = ctx
        for problem in ctx.settings.registry_problems:  # nodes.local.toml: said every time
            print(f"chm: warning: {problem}", file=sys.stderr)
    return ctx


def emit(args: argparse.Namespace, data: Any, text: str | None = None) -> None:
    """Print ``data`` as one JSON line with ``--json``, else print ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, default=str))
    elif text is not None:
        print(text)


def fail(message: str, code: int = 2) -> int:
    """Print an error for a person on stderr and return the exit code."""
    print(f"chm: error: {message}", file=sys.stderr)
    return code


def table(rows: list[list[str]], headers: list[str]) -> str:
    """A plain aligned text table."""
    widths = [len(h) for h in headers]
    for r in rows:
        widths = [max(w, len(str(c))) for w, c in zip(widths, r, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*headers), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*(str(c) for c in r)) for r in rows]
    return "\n".join(lines)


SEARCH_FILTERS = ("type", "country", "language", "concept", "node", "region", "status",
                  "publisher_country", "eligible_for")  # fmt: skip
_FILTER_HELP = {
    "publisher_country": "the publishing node's country",
    "eligible_for": "offers open to this country (ISO code or name)",
}


def add_search_filters(p: argparse.ArgumentParser) -> None:
    """The filter options every command that runs a search takes (``--country KE`` ...,
    repeatable, the values the search page and ``/api/search`` accept) and the year range."""
    for name in SEARCH_FILTERS:
        p.add_argument(f"--{name.replace('_', '-')}", action="append", default=[],
                       help=_FILTER_HELP.get(name, f"filter on {name}"))  # fmt: skip
    p.add_argument("--year-from", default=None)
    p.add_argument("--year-to", default=None)


def search_params(args: argparse.Namespace, **given: str) -> dict[str, list[str] | str]:
    """The query parameters of a search, as ``/api/search`` takes them, from the options of
    :func:`add_search_filters` and the ``given`` ones (``q``, ``sort`` ...)."""
    params: dict[str, list[str] | str] = dict(given)
    for name in SEARCH_FILTERS:
        if getattr(args, name):
            params[name] = getattr(args, name)
    if args.year_from:
        params["year_from"] = args.year_from
    if args.year_to:
        params["year_to"] = args.year_to
    return params
