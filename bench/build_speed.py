"""Build speed: cold build, no-change rebuild (in-process and as a CLI run), 1,000 documents;
and `build --jobs 2` against `--jobs 1` on 10,000 real-text documents.

Target: a rebuild with nothing changed costs <= 0.1 s beyond interpreter start-up. "Start-up" is
measured two ways and both are printed: a bare `python -c pass`, and `python -m loaders --help`
(the interpreter plus the package's own imports, which every subcommand pays).

Target for --jobs: `build --no-cache --jobs 2` at least 1.7x faster than `--jobs 1` on the 40
documents of ../shared/devset/documents repeated to 10,000 (each copy made distinct by a
`bench_copy` key in its front matter, so the content cache cannot answer for it), with the same
bytes out. Both runs are pinned to the same two cores (taskset), interleaved, and the median of
--repeat runs is printed with the load average before and after.

Run: .venv/bin/python bench/build_speed.py [--jobs-only] [--documents N] [--repeat R]
(figures only; nothing here asserts)
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402  (bench/corpus.py, beside this file)

from loaders.build import build  # noqa: E402
from loaders.cache import CACHE_DIR, MANIFEST_FILE, RACY_NS  # noqa: E402
from loaders.extract import EXTRACTOR_VERSION  # noqa: E402

TIERS = ROOT / "data" / "tiers.csv"
BUNDLED = ROOT / "data" / "documents"
REPEAT = 5


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _median(fn: Callable[[], object], n: int = REPEAT) -> float:
    return statistics.median(_timed(fn)[0] for _ in range(n))


def _process(*argv: str) -> float:
    """Median wall time of a fresh interpreter running argv."""

    def once() -> None:
        subprocess.run([sys.executable, *argv], cwd=ROOT, check=True, capture_output=True)

    return _median(once)


def _cli(docs: Path, out: Path) -> float:
    return _process(
        "-m", "loaders", "build", "--documents", str(docs), "--tiers", str(TIERS), "--out", str(out)
    )


def _settle() -> None:
    # Files stamped within RACY_NS of a cache save are re-hashed (loaders/cache.py); documents a
    # user rebuilds are older than that, so wait it out once after writing them.
    time.sleep(RACY_NS / 1e9 + 0.1)


def _scenario(name: str, docs: Path, out: Path) -> None:
    n_docs = sum(1 for p in docs.rglob("*") if p.is_file())
    print(f"\n== {name}: {n_docs} files in {docs}")
    cold_cli = _process(
        "-m", "loaders", "build", "--no-cache", "--documents", str(docs), "--tiers", str(TIERS),
        "--out", str(out / "cli"),
    )  # fmt: skip
    print(f"cold build, CLI run (fresh interpreter, --no-cache) : {cold_cli:8.3f} s")
    cold, summary = _timed(lambda: build(docs, TIERS, out / "lib", reuse=False))
    kinds = ", ".join(f"{k} {n}" for k, n in summary.records_by_kind.items()) or "no records"
    print(f"cold build, in-process (modules loaded)           : {cold:8.3f} s   ({kinds})")
    _settle()
    build(docs, TIERS, out / "lib")  # the first rebuild re-saves the cache with settled stamps
    warm = _median(lambda: build(docs, TIERS, out / "lib"))
    assert build(docs, TIERS, out / "lib").up_to_date
    print(f"no-change rebuild, in-process (median of {REPEAT})       : {warm * 1000:8.1f} ms")
    warm_cli = _cli(docs, out / "lib")
    print(f"no-change rebuild, CLI run (median of {REPEAT})          : {warm_cli * 1000:8.1f} ms")

    def from_cache() -> None:
        (out / "lib" / CACHE_DIR / MANIFEST_FILE).unlink()
        build(docs, TIERS, out / "lib")

    cached = _median(from_cache)
    print(f"rebuild, all records from cache (no manifest)     : {cached * 1000:8.1f} ms")
    first = sorted(p for p in docs.rglob("*.md"))[0]
    original = first.read_bytes()

    def one_changed() -> None:
        first.write_bytes(original + b"\nOne more line.\n")
        build(docs, TIERS, out / "lib")
        first.write_bytes(original)

    changed = _median(one_changed)
    print(f"rebuild, one document changed (incl. restoring it): {changed * 1000:8.1f} ms")
    build(docs, TIERS, out / "lib")


DEVSET = ROOT.parent / "shared" / "devset" / "documents"
OUTPUT_FILES = ("yearly.csv", "claims.csv", "documents.csv", "records.jsonl")


def write_devset_copies(folder: Path, n: int) -> int:
    """n documents: the devset's, repeated, each copy's bytes distinct; the bytes written."""
    sources = sorted(DEVSET.glob("*.md"))
    if not sources:
        raise SystemExit(f"no devset documents in {DEVSET} (../shared is needed for this bench)")
    texts = [p.read_bytes() for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        raw = texts[i % len(texts)]
        # A front-matter key the reader ignores: new bytes, the same text to extract.
        if raw.startswith(b"---\n"):
            raw = b"---\nbench_copy: %d\n" % i + raw[4:]
        else:
            raw = b"---\nbench_copy: %d\n---\n" % i + raw
        (folder / f"{i:05d}-{sources[i % len(sources)].name}").write_bytes(raw)
        total += len(raw)
    return total


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" (on {os.cpu_count()} cores)"


def _cli_build(docs: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the build and its workers) of one cold CLI build."""
    pin = ["taskset", "-c", "0,1"] if shutil.which("taskset") else []
    argv = [*pin, sys.executable, "-m", "loaders", "build", "--no-cache", "--jobs", str(jobs),
            "--documents", str(docs), "--tiers", str(TIERS), "--out", str(out)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def free_cores(work: int = 10_000_000) -> float:
    """How many cores this machine gives now: a fixed CPU-bound job run once on one process,
    then twice on two at once; 2.0 on an idle 2-core machine, about 1.0 when others hold one."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    start = time.perf_counter()
    with context.Pool(1) as pool:
        pool.map(_burn, [work])
    one = time.perf_counter() - start
    start = time.perf_counter()
    with context.Pool(2) as pool:
        pool.map(_burn, [work, work])
    return 2 * one / (time.perf_counter() - start)


def jobs_scenario(n: int, repeat: int) -> None:
    """--jobs 2 against --jobs 1 on n real-text documents: medians, ratio, same bytes."""
    with tempfile.TemporaryDirectory(prefix="tierwatch-jobs-") as tmp:
        docs = Path(tmp) / "documents"
        size = write_devset_copies(docs, n)
        print(f"\n== --jobs on {n:,} devset documents ({size / 1e6:.1f} MB), cold (--no-cache)")
        print(f"load average before: {_load()}; cores free now: {free_cores():.2f}")
        times: dict[int, list[float]] = {1: [], 2: []}
        cores: dict[int, list[float]] = {1: [], 2: []}
        for run in range(repeat):
            for jobs in (1, 2) if run % 2 == 0 else (2, 1):  # interleaved, order alternating
                wall, cpu = _cli_build(docs, Path(tmp) / f"out{jobs}", jobs)
                times[jobs].append(wall)
                cores[jobs].append(cpu / wall)
        one, two = (statistics.median(times[j]) for j in (1, 2))
        for jobs, median in ((1, one), (2, two)):
            runs = " ".join(f"{t:.2f}" for t in times[jobs])
            used = statistics.median(cores[jobs])
            print(f"--jobs {jobs}: {runs} s  (median {median:.2f} s, {used:.2f} cores busy)")
        print(f"speed-up --jobs 2 / --jobs 1: {one / two:.2f}x (target >= 1.7x)")
        # Cores busy = CPU seconds / wall seconds: below 2 with --jobs 2, other work on the
        # machine held the second core, whatever the build could have done with it.
        print(f"load average after: {_load()}; cores free now: {free_cores():.2f}")
        same = all(
            filecmp.cmp(
                Path(tmp) / "out1" / "current" / f, Path(tmp) / "out2" / "current" / f, False
            )
            for f in OUTPUT_FILES
        )
        print(f"same bytes out (yearly, claims, documents, records): {'yes' if same else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs-only", action="store_true", help="only the --jobs comparison")
    parser.add_argument("--documents", type=int, default=10_000, help="for --jobs (10,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each --jobs (3)")
    args = parser.parse_args()
    if args.jobs_only:
        jobs_scenario(args.documents, args.repeat)
        return
    print(f"extractor version {EXTRACTOR_VERSION}; python {sys.version.split()[0]}")
    # Load what a cold build loads lazily, so the in-process cold figures are the work alone.
    import loaders.official
    import loaders.yearly  # noqa: F401

    bare = _process("-c", "pass")
    package = _process("-m", "loaders", "--help")
    print(f"interpreter start-up, python -c pass (median)     : {bare * 1000:8.1f} ms")
    print(f"package start-up, python -m loaders --help        : {package * 1000:8.1f} ms")
    with tempfile.TemporaryDirectory(prefix="tierwatch-bench-") as tmp:
        tmp_path = Path(tmp)
        _scenario("bundled corpus", BUNDLED, tmp_path / "bundled")
        docs = tmp_path / "corpus1000"
        size = write_corpus(docs, 1000)
        print(f"\n(generated 1,000 documents, {size / 1e6:.1f} MB, from bench/corpus.py)")
        _settle()
        _scenario("1,000 documents", docs, tmp_path / "thousand")
        shutil.rmtree(docs)
    print(
        "\nno-change CLI run minus start-up = the build's own cost; target <= 100 ms "
        "beyond interpreter start-up."
    )
    jobs_scenario(args.documents, args.repeat)


if __name__ == "__main__":
    main()
