"""python -m loaders build [--documents DIR] [--tiers FILE] [--out DIR] [--jobs N]: the tables.

Prints what was read, skipped (with reasons), the records by kind and every conflict between a
document and the official record. Exit 0 when the outputs were written (or were already up to
date), 1 when the tiers file is bad or the outputs cannot be written; the message names the file
and, for the tiers file, every bad line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders.build import DEFAULT_DOCUMENTS, DEFAULT_OUT, DEFAULT_TIERS, BuildSummary, build
from loaders.cli import add_reading_options, printable
from loaders.publish import CURRENT, BuildLocked


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "build",
        help="build data/build/ (yearly table, claims, documents, records) from the documents",
        description=(
            "Extract records from every document, join them with the official record and write "
            "yearly.csv, claims.csv, documents.csv and records.jsonl into a new folder, published "
            "as OUT/current in one step (readers never see half a build; one build at a time). "
            "Unchanged documents are not read again (a content-hash cache under OUT/cache/)."
        ),
    )
    p.add_argument(
        "--documents",
        type=Path,
        default=DEFAULT_DOCUMENTS,
        metavar="DIR",
        help=f"folder of documents (default {DEFAULT_DOCUMENTS})",
    )
    p.add_argument(
        "--tiers",
        type=Path,
        default=DEFAULT_TIERS,
        metavar="FILE",
        help=f"the official record (default {DEFAULT_TIERS})",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"output folder (default {DEFAULT_OUT})",
    )
    add_reading_options(p)
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every document again (the cache is rewritten)",
    )
    return p


def _print_summary(summary: BuildSummary, out_dir: Path) -> None:
    w = sys.stdout.write
    state = " (nothing changed since the last build)" if summary.up_to_date else ""
    w(f"documents read: {summary.documents_read}{state}\n")
    if not summary.up_to_date:
        w(f"  from cache: {summary.from_cache}, extracted: {summary.extracted}\n")
    for note in summary.notes:
        w(f"  note {printable(note)}\n")
    w(f"skipped: {len(summary.skipped)}\n")
    for s in summary.skipped:
        w(f"  {printable(s.path)}: {printable(s.reason)}\n")
    kinds = ", ".join(f"{k} {n}" for k, n in summary.records_by_kind.items()) or "none"
    w(f"records: {sum(summary.records_by_kind.values())} ({kinds})\n")
    w(f"conflicts with the official record: {len(summary.conflicts)}\n")
    for c in summary.conflicts:
        w(
            f"  {c.iso3} {c.year}: {printable(c.document)} says {c.claimed_tier}; "
            f"the record says {c.official_tier}\n"
        )
    verb = "up to date" if summary.up_to_date else "wrote"
    w(f"{verb}: {', '.join(Path(p).name for p in summary.outputs)} in {out_dir / CURRENT}\n")


def run(args: argparse.Namespace) -> int:
    try:
        summary = build(
            args.documents,
            args.tiers,
            args.out,
            reuse=not args.no_cache,
            jobs=args.jobs,
            time_limit=args.time_limit,
        )
    except ValueError as exc:
        # Imported here: a no-change build never loads the validator (pydantic) at all.
        from loaders.official import OfficialRecordError

        if not isinstance(exc, OfficialRecordError):
            raise
        print(f"build: bad official record: {printable(exc)}", file=sys.stderr)
        return 1
    except BuildLocked as exc:
        print(f"build: {printable(exc.strerror)}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f" {printable(exc.filename)}" if exc.filename else ""
        print(f"build: cannot write{where}: {printable(exc.strerror or exc)}", file=sys.stderr)
        return 1
    _print_summary(summary, args.out)
    return 0
