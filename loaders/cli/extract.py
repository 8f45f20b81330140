"""python -m loaders extract [--json] [--jobs N] [--time-limit S] PATH...: print the records found.

Files are read as the build reads them (loaders/reading.py: the same scan, the same Document and
records from each file, in worker processes with the same time limit per document), without its
cache. Skipped inputs go to stderr as ``skipped PATH: reason``, in the build's words; what a file
was read with a workaround as ``note DOCUMENT: ...``. Control characters in a document's text, id
or path are printed as escapes. Exit 0 when at least one input was read, 1 when none could be, 2
usage error. Never reads data/tiers.csv: claims are compared with the record only by ``build``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders.cli import add_reading_options, printable, printable_json
from loaders.files import Skipped
from loaders.reading import read_files
from loaders.schema import Event, Placement, Record, Statement, json_lines


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "extract",
        help="print the placements, statements and events found in documents",
        description="Read files or folders (.md, .txt, .html) and print the records found.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="files or folders")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    add_reading_options(p)
    return p


def _summary(record: Record) -> str:
    return printable(_what(record))


def _what(record: Record) -> str:
    if isinstance(record, Placement):
        return f"{record.country} ({record.iso3}): {record.tier}  [{record.basis}]"
    if isinstance(record, Statement):
        who = ", ".join(x for x in (record.speaker, record.role, record.organization) if x)
        return f"{who} [{record.org_type}]: “{_clip(record.quote, 70)}”"
    if isinstance(record, Event):
        return f"{record.type} ({record.iso3 or '?'})"
    return ""


def _clip(text: str, width: int) -> str:
    text = printable(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    read = 0
    for found in read_files(args.paths, jobs=args.jobs, time_limit=args.time_limit):
        if isinstance(found, Skipped):  # one file's failure is its line, not the run's end
            print(f"skipped {printable(found.path)}: {printable(found.reason)}", file=sys.stderr)
            continue
        document = found.row["document"]
        if found.row["notes"]:
            print(f"note {printable(document)}: {printable(found.row['notes'])}", file=sys.stderr)
        if not read and not args.json:
            out.write(f"{'kind':<10} {'year':<5} {'document':<28} what / evidence\n")
        read += 1
        if args.json:
            # One write per document: per-record writes cost more than the encoding.
            out.buffer.write(printable_json(json_lines(found.record_dicts)))
            continue
        for record in found.records:
            year = "?" if record.year is None else str(record.year)
            flag = "*" if record.date_inferred else ""
            out.write(
                f"{record.kind:<10} {year + flag:<5} {_clip(document, 28):<28} "
                f"{_summary(record)}\n{'':<46}“{_clip(record.evidence, 90)}”\n"
            )
    if not read:
        print("no document could be read", file=sys.stderr)
        return 1
    return 0
