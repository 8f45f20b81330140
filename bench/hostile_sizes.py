"""Extraction time of ordinary 1, 2 and 5 MB documents through both worker routes, against the
limit each gets: the build's (a forked worker, loaders.workers) and the dashboard's (an added
document through loaders.reader_process, as an upload is read), with the reader process's peak
RSS (its largest process: the reader or one of its forked workers).

    .venv/bin/python bench/hostile_sizes.py
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devtools import hostile_inputs
from loaders.workers import DEFAULT_TIME_LIMIT, run_entries, time_limit_for

SIZES_MB = (1, 2, 5)


def _raw(megabytes: int) -> bytes:
    return hostile_inputs.plain_document(megabytes * 1_000_000 - hostile_inputs.KB)


def _outcome(entry: dict) -> str:
    return "read" if "row" in entry else f"skipped: {entry['skipped']}"


def build_route() -> None:
    """The build's route: one forked worker, the default limit."""
    print("build route (loaders.workers, forked worker)")
    print(f"{'size':>12} {'seconds':>8} {'limit s':>8} {'records':>8}  outcome")
    for megabytes in SIZES_MB:
        raw = _raw(megabytes)
        started = time.perf_counter()
        (entry,) = run_entries([("plain.md", raw)], jobs=1, time_limit=DEFAULT_TIME_LIMIT)
        took = time.perf_counter() - started
        limit = time_limit_for(len(raw), DEFAULT_TIME_LIMIT)
        records = len(entry.get("records", []))
        print(f"{len(raw):>12,} {took:>8.1f} {limit:>8.0f} {records:>8}  {_outcome(entry)}")


def one_upload(megabytes: int) -> None:
    """In a process of its own (so the children's peak RSS is this size's): one uploaded
    document of ``megabytes`` through the dashboard's route; prints one JSON line."""
    from app.uploads import document_from_upload
    from loaders.reader_process import entries_in_a_process

    raw = _raw(megabytes)
    document = document_from_upload("plain.md", raw, max_bytes=len(raw)).document
    assert document is not None
    started = time.perf_counter()
    (entry,) = entries_in_a_process([document])
    took = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # Linux: kilobytes
    figures = {"size": len(raw), "seconds": took, "peak_mb": peak_kb / 1024,
               "limit": time_limit_for(len(raw), DEFAULT_TIME_LIMIT),
               "records": len(entry.get("records", [])), "outcome": _outcome(entry)}  # fmt: skip
    print(json.dumps(figures))


def dashboard_route() -> None:
    """The dashboard's route, one size per fresh bench process."""
    print("dashboard route (loaders.reader_process, as an upload)")
    print(f"{'size':>12} {'seconds':>8} {'limit s':>8} {'peak MB':>8} {'records':>8}  outcome")
    for megabytes in SIZES_MB:
        done = subprocess.run(
            [sys.executable, __file__, "--upload", str(megabytes)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        got = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"{got['size']:>12,} {got['seconds']:>8.1f} {got['limit']:>8.0f} "
              f"{got['peak_mb']:>8.0f} {got['records']:>8}  {got['outcome']}")  # fmt: skip


def main() -> None:
    if sys.argv[1:2] == ["--upload"]:
        one_upload(int(sys.argv[2]))
        return
    build_route()
    dashboard_route()


if __name__ == "__main__":
    main()
