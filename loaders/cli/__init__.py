"""The command line: arguments, printing and exit codes only; the work is in the library.

Each subcommand is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Exit codes: 0 success, 1 nothing could be done (or, for fetch, any URL failed), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib

SUBCOMMANDS = ("extract", "build", "fetch")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m loaders",
        description="Tier Watch: TIP documents to a sourced yearly table.",
    )
    subparsers = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in SUBCOMMANDS:
        module = importlib.import_module(f"loaders.cli.{name}")
        sub = module.add_parser(subparsers)
        sub.set_defaults(run=module.run)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
