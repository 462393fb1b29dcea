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
