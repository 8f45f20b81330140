"""The dashboard's first page with 1,000 documents against 2: a first start (no build yet: the
dashboard builds data/build itself) and a second start (data/build current: read, not rebuilt).

For each folder and each run: a fresh `streamlit run dashboard.py` on 127.0.0.1 with its own
TIERWATCH_BUILD folder, one page load in Debian's chromium timed from navigation to the chart
drawn (first start), the server stopped, a new server on the same build folder and the same timed
load (second start). Whether the second start rebuilt is read off the build folder: the published
set and the manifest must be the very ones the first start left. The 2- and 1,000-document runs
are interleaved; medians are printed with the load average. Target: the 1,000-document first page
within 2x the 2-document figure on a second start.

    .venv/bin/python bench/dashboard_start.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus import ROOT, write_corpus
from dashboard_load import load_time

from devtools.streamlit_server import CHROMIUM, CHROMIUM_ARGS, served
from loaders.cache import CACHE_DIR, MANIFEST_FILE
from loaders.publish import current_set

QUERY = "?years=2013&years=2015"


def _state(build: Path) -> tuple[Path | None, int]:
    manifest = build / CACHE_DIR / MANIFEST_FILE
    return current_set(build), manifest.stat().st_mtime_ns if manifest.exists() else 0


def _starts(browser, documents: Path, build: Path) -> tuple[float, float, bool]:
    """(first start, second start) seconds to the chart, and whether the second rebuilt."""
    env = {"TIERWATCH_DOCUMENTS": str(documents), "TIERWATCH_BUILD": str(build)}
    with served("dashboard.py", env=env) as base:
        first = load_time(browser, f"{base}/{QUERY}")
    before = _state(build)
    with served("dashboard.py", env=env) as base:
        second = load_time(browser, f"{base}/{QUERY}")
    return first, second, _state(build) != before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="starts per folder (default 3)")
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float, bool]]] = {"2": [], "1,000": []}
    with tempfile.TemporaryDirectory(prefix="tierwatch-start-") as tmp, sync_playwright() as pw:
        thousand = Path(tmp) / "documents"
        write_corpus(thousand, 1000)
        # Older than any build: the build trusts their stamps, as it does a user's documents.
        hour_ago = os.path.getmtime(thousand) - 3600
        for path in thousand.iterdir():
            os.utime(path, (hour_ago, hour_ago))
        folders = {"2": ROOT / "data" / "documents", "1,000": thousand}
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for run in range(args.runs):
            for name, documents in folders.items():
                build = Path(tmp) / f"build-{name}-{run}"
                results[name].append(_starts(browser, documents, build))
        browser.close()
        print(f"load average after:  {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"dashboard_start: {args.runs} runs each, seconds from navigation to the chart")
    for i, what in enumerate(("first start (builds)", "second start (reads)")):
        medians = {name: statistics.median(r[i] for r in runs) for name, runs in results.items()}
        ratio = medians["1,000"] / medians["2"]
        print(
            f"  {what:22s} 2 documents {medians['2']:6.2f}   1,000 documents "
            f"{medians['1,000']:6.2f}   ratio {ratio:5.2f}"
        )
        for name, runs in results.items():
            print(f"    {name + ' runs:':14s}{' '.join(f'{r[i]:.2f}' for r in runs)}")
    rebuilt = sum(r[2] for runs in results.values() for r in runs)
    print(f"  second starts that rebuilt data/build: {rebuilt} of {2 * args.runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
