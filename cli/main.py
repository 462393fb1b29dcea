"""``chm`` entry point. Each sub-command lives in its own module with a ``register`` function.

A command module exposes ``register(sub, common)``: it adds its parsers to ``sub`` (with
``parents=[common]`` so ``--config`` and ``--json`` work after the sub-command too) and sets
``func`` to a handler ``(args) -> int``. config.toml is loaded and checked in full before any
command runs, except where a command sets ``needs_config=False`` (it works without one).
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module
from typing import NoReturn

from cli.common import context_from_args
from core.config import ConfigError

COMMAND_MODULES = (
    "nodes", "harvest", "search", "vocab", "mappings", "serve", "ops", "export", "match", "needs",
)  # fmt: skip
"""The command modules under ``cli``, imported when the parser is built (:func:`build_parser`),
not when this module is: a harvest's mapping workers are spawned processes, which import the
main module again, and need none of the commands' libraries (~0.2 CPU-s per worker)."""


class ChmParser(argparse.ArgumentParser):
    """argparse with hints where its own message leaves a person stuck."""

    def error(self, message: str) -> NoReturn:
        _, _, unknown = message.partition("unrecognized arguments: ")
        if any(a[:1] == "-" and a[1:2].isalpha() for a in unknown.split()):
            message += (
                " (to search for words that start with '-', put them after --:"
                " chm search -- -mercury)"
            )
        super().error(message)


VALUE_OPTIONS = ("--sort",)
"""Options whose value may start with '-' (``--sort -date``): argparse would read the value
as an option of its own."""


def joined_values(argv: list[str]) -> list[str]:
    """``argv`` with ``--sort -date`` written ``--sort=-date``."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        nxt = argv[i + 1] if i + 1 < len(argv) else ""
        if arg in VALUE_OPTIONS and nxt[:1] == "-" and nxt[1:2].isalpha():
            out.append(f"{arg}={nxt}")
            i += 2
            continue
        out.append(arg)
        i += 1
    return out


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
    parser = ChmParser(
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
    args = parser.parse_args(joined_values(sys.argv[1:] if argv is None else argv))
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
    except BrokenPipeError:  # chm search ... | head: the reader left; say nothing more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        ctx = getattr(args, "_context", None)
        if ctx is not None:
            ctx.close()
    return rc


if __name__ == "__main__":
    sys.exit(main())
