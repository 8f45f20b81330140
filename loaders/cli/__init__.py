"""The command line: arguments, printing and exit codes only; the work is in the library.

Each subcommand is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Exit codes: 0 success, 1 nothing could be done (or, for fetch, any URL failed), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS = ("extract", "build", "fetch")


def parser(commands: tuple[str, ...] = SUBCOMMANDS) -> argparse.ArgumentParser:
    """The argument parser, with the given subcommands (each import costs start-up time)."""
    top = argparse.ArgumentParser(
        prog="python -m loaders",
        description="Tier Watch: TIP documents to a sourced yearly table.",
    )
    subparsers = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in commands:
        module = importlib.import_module(f"loaders.cli.{name}")
        sub = module.add_parser(subparsers)
        sub.set_defaults(run=module.run)
    return top


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # Only the named subcommand's module is imported: `build` need not load requests.
    commands = (argv[0],) if argv and argv[0] in SUBCOMMANDS else SUBCOMMANDS
    args = parser(commands).parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
