"""``chm`` entry point. Each sub-command lives in its own module with a ``register`` function.

A command module exposes ``register(sub, common)``: it adds its parsers to ``sub`` (with
``parents=[common]`` so ``--config`` and ``--json`` work after the sub-command too) and sets
``func`` to a handler ``(args) -> int``. config.toml is loaded and checked in full before any
command runs, except where a command sets ``needs_config=False`` (it works without one).
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from cli.common import context_from_args
from core.config import ConfigError

COMMAND_MODULES = (
    "nodes", "harvest", "search", "vocab", "mappings", "serve", "ops", "export", "match", "needs",
)  # fmt: skip
"""The command modules under ``cli``, imported when the parser is built (:func:`build_parser`),
not when this module is: a harvest's mapping workers are spawned processes, which import the
main module again, and need none of the commands' libraries (~0.2 CPU-s per worker)."""


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (every command module)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        default=argparse.SUPPRESS,
        help="config file (default $CHM_CONFIG or ./config.toml)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    parser = argparse.ArgumentParser(
        prog="chm",
        description="Federated metadata harvester and aggregator for clearing-house networks.",
        parents=[common],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(f"cli.{name}").register(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``chm``; return the process exit code."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="chm: %(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        if getattr(args, "needs_config", True):
            context_from_args(args)  # the whole config is checked before the command starts
        rc: int = args.func(args)
    except ConfigError as exc:
        for p in exc.problems:  # one line per problem: file, section or node, key, expected
            print(f"chm: error: {p}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        ctx = getattr(args, "_context", None)
        if ctx is not None:
            ctx.close()
    return rc


if __name__ == "__main__":
    sys.exit(main())
