"""python -m loaders extract [--json] PATH...: print the records found in documents.

Skipped inputs go to stderr as ``skipped PATH: reason``; notes on files read with a workaround as
``note PATH: ...``. Control characters in a document's text, id or path are printed as escapes.
Exit 0 when at least one input was read, 1 when none could be, 2 usage error.
Never reads data/tiers.csv: claims are compared with the record only by ``build``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from loaders.cli import printable, printable_json
from loaders.documents import read_documents
from loaders.extract import extract_records_or_skip
from loaders.schema import Event, Placement, Record, Statement, json_lines


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "extract",
        help="print the placements, statements and events found in documents",
        description="Read files or folders (.md, .txt, .html) and print the records found.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="files or folders")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
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
    result = read_documents(args.paths)
    for skipped in result.skipped:
        print(f"skipped {printable(skipped.path)}: {printable(skipped.reason)}", file=sys.stderr)
    out = sys.stdout
    if not args.json and result.documents:
        out.write(f"{'kind':<10} {'year':<5} {'document':<28} what / evidence\n")
    read = 0
    for document in result.documents:
        for note in document.notes:
            print(f"note {printable(document.id)}: {printable(note)}", file=sys.stderr)
        records = extract_records_or_skip(document)
        if not isinstance(records, list):  # one document's failure is its line, not the run's end
            print(
                f"skipped {printable(records.path)}: {printable(records.reason)}", file=sys.stderr
            )
            continue
        read += 1
        if args.json:
            # One write per document: per-record writes cost more than the encoding.
            out.buffer.write(printable_json(json_lines(record.to_dict() for record in records)))
            continue
        for record in records:
            year = "?" if record.year is None else str(record.year)
            flag = "*" if record.date_inferred else ""
            out.write(
                f"{record.kind:<10} {year + flag:<5} {_clip(document.id, 28):<28} "
                f"{_summary(record)}\n{'':<46}“{_clip(record.evidence, 90)}”\n"
            )
    if not read:
        print("no document could be read", file=sys.stderr)
        return 1
    return 0
