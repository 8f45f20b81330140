"""Extraction quality: precision, recall and F1 of the extractor on hand-labelled documents.

Usage: python bench/extraction_quality.py [--documents DIR] [--labels FILE] [--show] [--quiet]

Defaults to the development set (../shared/devset: documents/ and annotations.json, with
lenient.json beside the labels). Any folder labelled the same way works: label a document, point
--documents and --labels at it, and --show lists every miss and every extra, document by document.
The figures agree with ../shared/devset/score.py (tests/test_devset.py checks that they do).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools.scoring import KINDS, Score, score_records, summary_line  # noqa: E402
from loaders.files import Skipped  # noqa: E402
from loaders.reading import read_files  # noqa: E402
from loaders.workers import default_jobs  # noqa: E402

DEVSET = ROOT.parent / "shared" / "devset"


def records_of(folder: Path, names: list[str]) -> tuple[dict[str, list[dict]], list[str]]:
    """Each named document's records as dicts, read as the build and the extract command read
    them (loaders/reading.py), and the problems met reading or extracting."""
    paths = [folder / name for name in names]
    problems = [
        f"{name}: not found in {folder}"
        for name, p in zip(names, paths, strict=True)
        if not p.exists()
    ]
    out: dict[str, list[dict]] = {}
    for found in read_files([p for p in paths if p.exists()], jobs=default_jobs()):
        if isinstance(found, Skipped):
            problems.append(f"{found.path}: {found.reason}")
        else:
            out[found.row["document"]] = found.record_dicts
    return out, problems


def _cell(score, kind: str) -> str:
    c = score.counts.get(kind)
    return "" if c is None else f"{c.tp}/{c.fp}/{c.fn}"


def print_report(score: Score, *, show: bool, per_document: bool) -> None:
    """The per-document table (tp/fp/fn), the differences on request, then the summary."""
    if per_document:
        print(f"{'document':<52} {'placements':>11} {'statements':>11} {'events':>8}")
        for d in score.documents:
            cells = [_cell(d, k) for k in KINDS]
            print(f"{d.document[:52]:<52} {cells[0]:>11} {cells[1]:>11} {cells[2]:>8}")
        print("(tp/fp/fn)\n")
    if show:
        for d in score.documents:
            for diff in d.differences:
                what = "MISS " if diff.is_miss else "EXTRA"
                print(f"{diff.document}  {what} {diff.kind}  {diff.what}")
        print()
    for kind in KINDS:
        c = score.total(kind)
        print(
            f"{kind + 's':<11} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}"
            f"  (tp {c.tp}, fp {c.fp}, fn {c.fn})"
        )
    print(summary_line(score))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=Path, default=DEVSET / "documents", metavar="DIR")
    ap.add_argument("--labels", type=Path, default=DEVSET / "annotations.json", metavar="FILE")
    ap.add_argument("--show", action="store_true", help="print every miss and every extra")
    ap.add_argument("--quiet", action="store_true", help="no per-document table")
    args = ap.parse_args(argv)
    try:
        labels = json.loads(args.labels.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"extraction_quality: cannot read the labels {args.labels}: {exc}", file=sys.stderr)
        return 2
    lenient_path = args.labels.with_name("lenient.json")
    lenient = (
        json.loads(lenient_path.read_text(encoding="utf-8")) if lenient_path.exists() else None
    )
    records, problems = records_of(args.documents, [label["doc"] for label in labels])
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    score = score_records(labels, records, lenient)
    print_report(score, show=args.show, per_document=not args.quiet)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
