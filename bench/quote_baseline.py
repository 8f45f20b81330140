"""Statements against a baseline: textacy's direct_quotations on the same parse, scored as ours.

Usage: python bench/quote_baseline.py [--documents DIR] [--labels FILE]

textacy (https://github.com/chartbeat-labs/textacy) finds a direct quotation as a quote beside a
reporting verb whose subject is the speaker. It is an extra, not a dependency: install it with
`pip install -e ".[baseline]"` (best in a venv of its own); this script says so and stops where
it is missing. Both sides read the same documents, parsed by the same spaCy pipeline
(loaders/extract/nlp.py), and are scored by devtools/scoring.py, the matching of
../shared/devset/score.py: a label is found by a record whose speaker holds the label's surname
and whose quote opens with the label's first words. Defaults to the development set; point
--documents and --labels at any set labelled the same way (the sealed set: score only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction_quality import DEVSET, records_of  # noqa: E402  (bench/, beside this file)

from devtools.scoring import score_records  # noqa: E402
from loaders.documents import NotReadable, document_from_path  # noqa: E402
from loaders.extract.nlp import pipeline  # noqa: E402
from loaders.extract.parsing import parse  # noqa: E402


def baseline_records(folder: Path, names: list[str]) -> tuple[dict[str, list[dict]], int]:
    """Each named document's quotations as textacy finds them, as statement record dicts, and
    how many documents it refused (an odd count of quote marks: it finds nothing there)."""
    from textacy.extract.triples import direct_quotations

    nlp = pipeline()
    out: dict[str, list[dict]] = {}
    refused = 0
    for path in (folder / name for name in names):
        try:
            document = document_from_path(path)
        except NotReadable:  # records_of names the problem: scored as nothing found
            continue
        try:
            triples = list(direct_quotations(parse(nlp, document.body)))
        except ValueError:
            refused += 1
            triples = []
        out[document.id] = [
            {
                "kind": "statement",
                "speaker": " ".join(t.text for t in triple.speaker),
                "quote": " ".join(t.text for t in triple.content),
            }
            for triple in triples
        ]
    return out, refused


def statement_line(name: str, labels: list[dict], records: dict[str, list[dict]]) -> str:
    s = score_records(labels, records).total("statement")
    predicted = s.tp + s.fp
    precision = s.tp / predicted if predicted else 0.0
    recall = s.tp / (s.tp + s.fn) if s.tp + s.fn else 1.0
    return (
        f"{name:<22} statements R={recall:.2f} P={precision:.2f} "
        f"(found {s.tp} of {s.tp + s.fn}, predicted {predicted})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=Path, default=DEVSET / "documents", metavar="DIR")
    ap.add_argument("--labels", type=Path, default=DEVSET / "annotations.json", metavar="FILE")
    args = ap.parse_args(argv)
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("quote_baseline: textacy is not installed (pip install textacy)", file=sys.stderr)
        return 2
    try:
        labels = json.loads(args.labels.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"quote_baseline: cannot read the labels {args.labels}: {exc}", file=sys.stderr)
        return 2
    names = [label["doc"] for label in labels]
    ours, problems = records_of(args.documents, names)
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    print(statement_line("Tier Watch", labels, ours))
    baseline, refused = baseline_records(args.documents, names)
    print(statement_line("textacy baseline", labels, baseline))
    print(f"(textacy refused {refused} of {len(names)} documents: an odd count of quote marks)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
