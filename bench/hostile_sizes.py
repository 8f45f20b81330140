"""Extraction time of ordinary 1, 2 and 5 MB documents through the worker route (the build's:
a forked worker, the per-document time limit of loaders.workers), against the limit each gets.

    .venv/bin/python bench/hostile_sizes.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devtools import hostile_inputs
from loaders.workers import DEFAULT_TIME_LIMIT, run_entries, time_limit_for


def main() -> None:
    print(f"{'size':>12} {'seconds':>8} {'limit s':>8} {'records':>8}  outcome")
    for megabytes in (1, 2, 5):
        raw = hostile_inputs.plain_document(megabytes * 1_000_000 - hostile_inputs.KB)
        started = time.perf_counter()
        (entry,) = run_entries([("plain.md", raw)], jobs=1, time_limit=DEFAULT_TIME_LIMIT)
        took = time.perf_counter() - started
        limit = time_limit_for(len(raw), DEFAULT_TIME_LIMIT)
        outcome = "read" if "row" in entry else f"skipped: {entry['skipped']}"
        records = len(entry.get("records", []))
        print(f"{len(raw):>12,} {took:>8.1f} {limit:>8.0f} {records:>8}  {outcome}")


if __name__ == "__main__":
    main()
