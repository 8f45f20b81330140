"""One route from a file to records: the extract command and the build read a file alike.

Both go through loaders/reading.py. These tests compare what each says of the same folder (the
records of every document, the reason for every file left out, the notes) and of a document
still being read past its time limit, so that the two cannot drift apart again.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

from loaders.build import build
from loaders.cli import main
from loaders.publish import CURRENT

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "documents"
CORPUS = ROOT / "tests" / "data" / "corpus"
TIERS = ROOT / "tests" / "data" / "tiers.csv"
SEED = CORPUS / "004_ff9144a80c53a5eb.md"


def _by_document(lines: list[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = defaultdict(list)
    for line in lines:
        record = json.loads(line)
        found[record["document"]].append(record)
    return dict(found)


def _stderr_lines(err: str, prefix: str) -> set[str]:
    return {line for line in err.splitlines() if line.startswith(prefix)}


def _folder(tmp_path: Path) -> Path:
    """The fixture cases and the corpus, one file named twice, one file read with two notes."""
    docs = tmp_path / "documents"
    docs.mkdir()
    for path in [*CASES.iterdir(), *CORPUS.iterdir()]:
        shutil.copy(path, docs / path.name)
    (docs / "more").mkdir()
    shutil.copy(SEED, docs / "more" / SEED.name)  # the same file name: one of the two is left out
    (docs / "two_notes.md").write_bytes(
        b'---\npublished: "2015-02-30"\n---\nThe caf\xe9 owner said Laos stays on Tier 2.\n'
    )
    return docs


def test_the_extract_command_and_the_build_say_the_same_of_every_file(tmp_path, capsys):
    docs = _folder(tmp_path)
    summary = build(docs, TIERS, tmp_path / "out", jobs=1, time_limit=None)
    assert main(["extract", "--json", str(docs)]) == 0
    out, err = capsys.readouterr()

    published = (tmp_path / "out" / CURRENT / "records.jsonl").read_text("utf-8").splitlines()
    assert _by_document(out.splitlines()) == _by_document(published)
    assert summary.documents_read > 50
    skipped = {f"skipped {s.path}: {s.reason}" for s in summary.skipped}
    assert _stderr_lines(err, "skipped ") == skipped
    assert _stderr_lines(err, "note ") == {f"note {note}" for note in summary.notes}
    # A binary file and a name read twice, in the same clear words from both.
    assert f"skipped {docs / 'hostile_binary_nul.txt'}: binary content (NUL bytes)" in skipped
    assert len([line for line in skipped if f"{SEED.name}: same file name as " in line]) == 1
    assert any(line.startswith("note two_notes.md: ") and "; " in line for line in err.splitlines())


# In a fresh process (single-threaded, so documents are read by forked workers): one document
# takes ten minutes, as the extractors might on hostile text; both routes stop it at the limit.
# The limit (8 s) leaves the seed room to be read on a loaded machine.
_SLOW = """
import sys, time
from pathlib import Path
import loaders.workers
from loaders.build import build
from loaders.cli import main

real = loaders.workers.document_entry

def slow_on_one(name, raw):
    if name == "slow.md":
        time.sleep(600)
    return real(name, raw)

loaders.workers.document_entry = slow_on_one  # the forked workers inherit it
docs, tiers, out = map(Path, sys.argv[1:4])
summary = build(docs, tiers, out, jobs=1, time_limit=8)
for s in summary.skipped:
    print(f"build skipped {s.path}: {s.reason}", file=sys.stderr)
code = main(["extract", "--json", "--jobs", "1", "--time-limit", "8", str(docs)])
print(f"extract exit {code}", file=sys.stderr)
"""


def test_a_document_past_the_time_limit_is_skipped_alike_by_both(tmp_path):
    docs = tmp_path / "documents"
    docs.mkdir()
    shutil.copy(SEED, docs / SEED.name)
    shutil.copy(SEED, docs / "slow.md")
    (docs / "slow.md").write_bytes(SEED.read_bytes() + b"\nOne more line.\n")  # its own content
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_SLOW), str(docs), str(TIERS), str(tmp_path / "o")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    err = run.stderr.splitlines()
    stopped = f"{docs / 'slow.md'}: reading it took over 8 s; stopped"
    assert f"build skipped {stopped}" in err, run.stderr[-2000:]
    assert f"skipped {stopped}" in err, run.stderr[-2000:]
    assert "extract exit 0" in err
    assert {json.loads(line)["document"] for line in run.stdout.splitlines()} == {SEED.name}
