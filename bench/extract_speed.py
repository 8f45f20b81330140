"""Extraction speed: documents/s and MB/s of a whole `python -m loaders extract --json` run.

Builds N article-sized documents (the bundled and test texts, varied) and times the CLI on them,
start-up, reading, extraction and JSON output included, on one core. Target: >= 2,000 docs/s.
Usage: python bench/extract_speed.py [N ...]   (default 1000 10000)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, write_corpus


def time_cli(folder: Path) -> tuple[float, int]:
    """Seconds for one CLI run over the folder, and the number of output lines."""
    # One core: the figure must not depend on how many the machine has.
    pin = ["taskset", "-c", "0"] if os.path.exists("/usr/bin/taskset") else []
    start = time.perf_counter()
    run = subprocess.run(
        [*pin, sys.executable, "-m", "loaders", "extract", "--json", str(folder)],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"extract failed ({run.returncode}): {run.stderr.decode()[-500:]}")
    return elapsed, run.stdout.count(b"\n")


def main(sizes: list[int]) -> None:
    print(f"{'documents':>10} {'MB':>7} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'records':>8}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            total = write_corpus(folder, n)
            elapsed, records = min((time_cli(folder) for _ in range(2)), key=lambda r: r[0])
            mb = total / 1e6
            print(
                f"{n:>10,} {mb:>7.1f} {elapsed:>8.2f} {n / elapsed:>8,.0f} {mb / elapsed:>6.2f}"
                f" {records:>8,}"
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10000])
