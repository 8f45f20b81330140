"""The extractor on the development set: 53 real pages labelled by hand (../shared/devset).

The one test module that may skip: the labelled pages are other people's words, kept beside the
project and never in it, so a clone of the project alone has no devset. CI has it. The floors
sit a little under the figures reached (placements P 0.97 R 0.99, statements 37 of 38 found and
none wrong, events P 0.97 R 0.85): a change that loses a shape the set holds falls through one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from devtools.scoring import Score, score_records, summary_line

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset"

pytestmark = pytest.mark.skipif(
    not (DEVSET / "annotations.json").is_file(),
    reason=f"no development set at {DEVSET} (it lives beside the project, not in it)",
)

# Set again at the 53-page figures when the set grew from 40 (issue 15); raise them, never lower.
FLOORS = {  # kind: (precision, recall)
    "placement": (0.96, 0.98),
    "statement": (0.99, 0.96),  # 37 of 38 found, none wrong
    "event": (0.96, 0.84),
}


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    """The records `python -m loaders extract --json` prints for the devset, by document."""
    files = sorted((DEVSET / "documents").glob("*.md"))
    run = subprocess.run(
        [sys.executable, "-m", "loaders", "extract", "--json", *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    by_document: dict[str, list[dict]] = {}
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            by_document.setdefault(record["document"], []).append(record)
    return by_document


@pytest.fixture(scope="module")
def score(records) -> Score:
    labels = json.loads((DEVSET / "annotations.json").read_text(encoding="utf-8"))
    lenient = json.loads((DEVSET / "lenient.json").read_text(encoding="utf-8"))
    return score_records(labels, records, lenient)


@pytest.mark.parametrize("kind", FLOORS)
def test_devset_scores_stay_above_their_floors(score: Score, kind: str) -> None:
    counts = score.total(kind)
    precision, recall = FLOORS[kind]
    misses = [d.what for doc in score.documents for d in doc.differences if d.kind == kind]
    assert counts.precision >= precision and counts.recall >= recall, (counts, misses[:20])


def test_every_devset_document_is_read_and_extracted(records) -> None:
    labels = json.loads((DEVSET / "annotations.json").read_text(encoding="utf-8"))
    with_placements = {label["doc"] for label in labels if label["placements"]}
    assert with_placements <= set(records)


def test_the_project_scorer_agrees_with_the_devset_scorer(score: Score) -> None:
    run = subprocess.run(
        [sys.executable, str(DEVSET / "score.py"), "--python", sys.executable],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        check=True,
    )
    theirs = [line for line in run.stdout.splitlines() if line.startswith("placements P=")]
    # their line goes on with the documents count and the extract command's exit status
    assert theirs == [f"{summary_line(score)}; documents {len(score.documents)}; extract exit 0"]
