"""The command line: arguments, printing and exit codes only; the work is in the library.

Each subcommand is a module here with ``add_parser(subparsers)`` and ``run(args) -> int``.
Exit codes: 0 success, 1 nothing could be done (or, for fetch, any URL failed), 2 usage error.
Every text from a document, a file name or a URL is printed through ``printable``.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import unicodedata
from collections.abc import Callable

# Control characters (C0 with ESC, CR and newlines, DEL, C1 with CSI and OSC), line and
# paragraph separators and the bidirectional overrides: in a document's text they could
# retitle or clear the terminal, hide text, or split one ``failed URL: reason`` line in two.
_SHOWN_AS_ESCAPES = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in range(0x3000)
    if unicodedata.category(chr(code)) in ("Cc", "Zl", "Zp")
    or 0x202A <= code <= 0x202E
    or 0x2066 <= code <= 0x2069
} | {ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"}
# In JSON output orjson escapes C0 already; DEL and C1 pass raw (valid JSON, live in a terminal).
_RAW_IN_JSON = re.compile(rb"\x7f|\xc2[\x80-\x9f]")


def printable(text: object) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\n``...), so
    that one printed field stays one inert line."""
    return str(text).translate(_SHOWN_AS_ESCAPES)


def bounded(
    cast: type[int] | type[float],
    low: float,
    high: float,
    unit: str = "",
    *,
    open_low: bool = False,
) -> Callable[[str], float]:
    """An argparse ``type`` reading one number between ``low`` and ``high`` (``low`` excluded
    when ``open_low``: a time limit of 0 s means nothing can run), named ``unit`` in its errors."""
    shown = f"{low:g} and {high:g}" + (f" {unit}" if unit else "")

    def parse(text: str) -> float:
        try:
            value = cast(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text} is not a number") from None
        if not (low < value if open_low else low <= value) or not value <= high:
            raise argparse.ArgumentTypeError(f"{text} is not between {shown}")
        return value

    parse.__name__ = unit or "number"
    return parse


def printable_json(data: bytes) -> bytes:
    """UTF-8 JSON lines with DEL and C1 characters written as \\u escapes (the same JSON)."""
    return _RAW_IN_JSON.sub(lambda m: b"\\u%04x" % ord(m.group().decode()), data)


def add_reading_options(p: argparse.ArgumentParser) -> None:
    """--jobs and --time-limit: how documents are read (loaders/reading.py), the same for every
    command that reads them (build, extract)."""
    from loaders.workers import DEFAULT_TIME_LIMIT, default_jobs

    p.add_argument(
        "--jobs",
        type=bounded(int, 1, 256),
        default=default_jobs(),
        metavar="N",
        help=f"processes reading documents in parallel (default: the {default_jobs()} cores)",
    )
    p.add_argument(
        "--time-limit",
        type=bounded(float, 0, 3600, "seconds", open_low=True),
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"skip a document still being read after this long (default {DEFAULT_TIME_LIMIT:g})",
    )


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
