"""Build speed: cold build, no-change rebuild (in-process and as a CLI run), 1,000 documents.

Target: a rebuild with nothing changed costs <= 0.1 s beyond interpreter start-up. "Start-up" is
measured two ways and both are printed: a bare `python -c pass`, and `python -m loaders --help`
(the interpreter plus the package's own imports, which every subcommand pays).

Run: .venv/bin/python bench/build_speed.py  (figures only; nothing here asserts)
"""

from __future__ import annotations

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


def main() -> None:
    print(f"extractor version {EXTRACTOR_VERSION}; python {sys.version.split()[0]}")
    # Load what a cold build loads lazily, so the in-process cold figures are the work alone.
    import loaders.tiers
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


if __name__ == "__main__":
    main()
