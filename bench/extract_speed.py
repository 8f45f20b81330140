"""Extraction speed: documents/s and MB/s of a whole `python -m loaders extract --json` run, and
time per KB on hostile text next to ordinary text.

Part 1 builds N article-sized documents (the bundled and test texts, varied) and times the CLI on
them, start-up, reading, extraction and JSON output included, on one core. Target: >= 2,000
docs/s.

Part 2 times one document at a time (read + extract, in a fresh process pinned to one core, cut
off after --cap seconds): ordinary article text, one long sentence of tier words with no full
stop, unclosed quotes, at several sizes; then "any 5 MB input" (a 5 MB ordinary document, 5 MB of
tier words, 5 MB of unclosed quotes, the 1.1 MB HTML with 100,000 attributes on one element).
Targets: hostile text within 3x ordinary text's time per KB; any 5 MB input within 3 s. Runs are
interleaved (ordinary, hostile, ordinary, ...) and the median of --repeat runs is printed, so a
busy machine slows both alike.

Part 3 times the CLI on real text: the development set's 40 pages (../shared/devset, read by
path and copied to a temporary folder, never into the project) repeated to 2,000 and 10,000
documents, on one core. Target: no slower than before issue 10's rules, about 1.7 ms a document
(3.6 s for 2,000). Skipped, with a note, where ../shared is absent.

Part 4 sets the whole extract CLI over the development set's pages repeated to --documents N
(default 1,000) next to spaCy's own nlp.pipe over the same bodies (the same pipeline, one core),
and prints the ratio (target <= 1.5x), the share of sentences the extractor parsed (a document
holding a quote or a tier word is parsed whole), the share that could hold a record at all (a
quote, a tier word, a country or an event word: what parsing only those would save at most) and
the peak RSS of the extract process, which is one worker. --pipe runs part 4 alone.

Usage: python bench/extract_speed.py [N ...] [--hostile-only | --real-only | --pipe]
       [--documents N] [--cap S] [--repeat R]
       (default N: 1000 10000)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, write_corpus

sys.path.insert(0, str(ROOT))
from devtools import hostile_inputs

KB = hostile_inputs.KB
MB = hostile_inputs.MB
PIN = ["taskset", "-c", "0"] if os.path.exists("/usr/bin/taskset") else []
# kind -> (generator of bytes by size, file name: the suffix picks the reader)
KINDS = {
    "ordinary": (hostile_inputs.ordinary_text, "ordinary.txt"),
    "tier words, no full stop": (hostile_inputs.one_long_sentence, "sentence.txt"),
    "unclosed quotes": (hostile_inputs.unclosed_quotes, "quotes.txt"),
    "5 MB document": (lambda size: hostile_inputs.plain_document(size), "plain.md"),
    "100,000 attributes (HTML)": (lambda size: hostile_inputs.many_attributes_html(), "attrs.html"),
}
_ONE = """
import sys, time
from loaders.documents import NotReadable, document_from_bytes
from loaders.extract import extract_records
raw = open({path!r}, "rb").read()
start = time.perf_counter()
try:
    records = len(extract_records(document_from_bytes({name!r}, raw)))
except NotReadable as exc:
    records = f"skipped: {{exc}}"
print(time.perf_counter() - start, records, sep="\t")
"""


def _run_cli(
    folder: Path, prefix: Sequence[str] = ()
) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """One extract CLI run over the folder, on one core (the figure must not depend on how many
    the machine has), and its seconds; exits where the run fails."""
    start = time.perf_counter()
    run = subprocess.run(
        [*prefix, *PIN, sys.executable, "-m", "loaders", "extract", "--json", str(folder)],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"extract failed ({run.returncode}): {run.stderr.decode()[-500:]}")
    return elapsed, run


def time_cli(folder: Path) -> tuple[float, int]:
    """Seconds for one CLI run over the folder, and the number of output lines."""
    elapsed, run = _run_cli(folder)
    return elapsed, run.stdout.count(b"\n")


def time_one(kind: str, size: int, cap: float, folder: Path) -> tuple[float | None, str]:
    """Seconds to read and extract one document of this kind and size (None: over the cap)."""
    make, name = KINDS[kind]
    path = folder / name
    path.write_bytes(make(size))
    code = _ONE.format(path=str(path), name=name)
    try:
        run = subprocess.run(
            [*PIN, sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=cap,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return None, f"over {cap:g} s (stopped)"
    seconds, records = run.stdout.strip().split("\t")
    return float(seconds), f"{records} records" if records.isdigit() else records


def hostile(cap: float, repeat: int) -> None:
    """Time per KB, hostile text beside ordinary text; then any 5 MB input."""
    print(f"\n== time per KB: median of {repeat}, one core, each run cut off after {cap:g} s")
    print(f"{'text':28} {'KB':>6} {'seconds':>8} {'ms/KB':>7} {'x ordinary':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in (16 * KB, 64 * KB, 128 * KB, 256 * KB):
            runs: dict[str, list[float | None]] = {k: [] for k in list(KINDS)[:3]}
            for _ in range(repeat):  # interleaved: ordinary, then each hostile kind
                for kind in runs:
                    if runs[kind] and runs[kind][-1] is None:
                        continue  # over the cap once: not run again
                    runs[kind].append(time_one(kind, size, cap, folder)[0])
            base = statistics.median(runs["ordinary"])  # type: ignore[type-var]
            for kind, times in runs.items():
                if None in times:
                    print(f"{kind:28} {size // KB:>6} {'>' + format(cap, 'g'):>8}")
                    continue
                median = statistics.median(times)  # type: ignore[type-var]
                per_kb = median * 1000 / (size / KB)
                print(
                    f"{kind:28} {size // KB:>6} {median:>8.2f} {per_kb:>7.2f} "
                    f"{median / base:>10.1f}"
                )
        print(f"\n== any 5 MB input (target: within 3 s), one run each, cut off after {cap:g} s")
        cases = [
            ("5 MB document", 5 * MB - KB),
            ("tier words, no full stop", 5 * MB - KB),
            ("unclosed quotes", 5 * MB - KB),
            ("100,000 attributes (HTML)", 0),
        ]
        for kind, size in cases:
            seconds, records = time_one(kind, size, cap, folder)
            mb = len(KINDS[kind][0](size)) / MB
            shown = f"{seconds:.2f}" if seconds is not None else f">{cap:g}"
            print(f"{kind:28} {mb:>5.2f} MB {shown:>8} s   ({records})"[:150])


DEVSET = ROOT.parent / "shared" / "devset" / "documents"


def distinct_copy(raw: bytes, i: int) -> bytes:
    """The page's bytes made distinct by a front-matter key no reader keeps (``copy: i``): files
    of the same content are read once (loaders/reading.py), and each copy must be extracted."""
    if raw.startswith(b"---\n"):
        return b"---\ncopy: %d\n" % i + raw[4:]
    return b"---\ncopy: %d\n---\n" % i + raw


def real_text(sizes: list[int]) -> None:
    """The CLI over the development set's pages repeated to each size, one core."""
    pages = sorted(DEVSET.glob("*.md"))
    if not pages:
        print(f"\n== real text: no development set at {DEVSET}; not measured")
        return
    print(f"\n== real text: the {len(pages)} development-set pages repeated, one core, best of 2")
    print(f"{'documents':>10} {'MB':>7} {'seconds':>8} {'ms/doc':>7} {'records':>8}")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            total = 0
            for i in range(n):
                raw = distinct_copy(pages[i % len(pages)].read_bytes(), i)
                (folder / f"{i:05d}-{pages[i % len(pages)].name}").write_bytes(raw)
                total += len(raw)
            elapsed, records = min((time_cli(folder) for _ in range(2)), key=lambda r: r[0])
            print(
                f"{n:>10,} {total / 1e6:>7.1f} {elapsed:>8.2f} {1000 * elapsed / n:>7.2f}"
                f" {records:>8,}"
            )


# Run in a fresh process on one core: nlp.pipe over the bodies exactly as the extractor hands them
# to the parser (the same pipeline, the same components), timed; then, untimed, which documents the
# extractor parses (parsing.parse watched) and which sentences could hold a record at all.
_PIPE = """
import sys, time
from collections import Counter
from pathlib import Path
import loaders.extract.parsing as parsing
from loaders.documents import document_from_path
from loaders.extract import extract_records
from loaders.extract.context import _HARD_WRAP, DocumentContext
from loaders.extract.events import _GATED
from loaders.extract.mentions import TRIGGER_WORDS
from loaders.extract.nlp import pipeline
from loaders.extract.quotes import find_quotes
documents = [document_from_path(p) for p in sorted(Path({folder!r}).glob("*.md"))]
contexts = [DocumentContext.of(d) for d in documents]
texts = [_HARD_WRAP.sub(" ", ctx.text) for ctx in contexts]
nlp = pipeline()
start = time.perf_counter()
for _doc in nlp.pipe(texts):
    pass
seconds = time.perf_counter() - start
parsed = []
parse = parsing.parse
parsing.parse = lambda nlp, text, *a: parsed.append(text) or parse(nlp, text, *a)
# The shares are counted once a distinct body, times its copies: the repeats add no information.
copies = Counter(d.sha256 for d in documents)
distinct = {{d.sha256: (d, ctx) for d, ctx in zip(documents, contexts)}}
total = in_parsed = holding = chars = holding_chars = 0
for sha, (document, ctx) in distinct.items():
    del parsed[:]
    extract_records(document)
    n = copies[sha]
    total += n * len(ctx.sentences)
    in_parsed += n * len(ctx.sentences) if parsed else 0
    low, quotes = ctx.text.lower(), find_quotes(ctx.text)
    for s in ctx.sentences:
        words = low[s.start : s.end]
        can_hold = bool(
            any(q.start < s.end and s.start < q.end for q in quotes)
            or any(w in words for w in TRIGGER_WORDS)
            or ctx.countries.within(s.start, s.end)
            or any(w in words for w in _GATED)
        )
        holding += n * can_hold
        chars += n * len(words)
        holding_chars += n * len(words) if can_hold else 0
print(seconds, total, in_parsed, holding, chars, holding_chars, sep="\t")
"""


def pipe_ratio(n: int) -> None:
    """The extract CLI against nlp.pipe over the same bodies, one core; the share of sentences
    parsed and of sentences that could hold a record; the peak RSS of the extract process."""
    pages = sorted(DEVSET.glob("*.md"))
    if not pages:
        print(f"\n== pipe ratio: no development set at {DEVSET}; not measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i in range(n):
            page = pages[i % len(pages)]
            (folder / f"{i:05d}-{page.name}").write_bytes(distinct_copy(page.read_bytes(), i))
        cli, rss_mb = time_cli_rss(folder)
        run = subprocess.run(
            [*PIN, sys.executable, "-c", _PIPE.format(folder=str(folder))],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        fields = run.stdout.split()
        pipe, (total, parsed, holding, chars, holding_chars) = (
            float(fields[0]),
            map(int, fields[1:]),
        )
    print(f"\n== pipe ratio: {n:,} documents (the {len(pages)} development-set pages repeated)")
    print(
        f"extract CLI {cli:.1f} s; nlp.pipe over the same bodies {pipe:.1f} s;"
        f" ratio {cli / pipe:.2f}x (target <= 1.5x), one core"
    )
    print(
        f"sentences parsed: {parsed / total:.0%} of {total:,} (a document with a quote or a tier"
        " word is parsed whole)"
    )
    print(
        "sentences that could hold a record (a quote, a tier word, a country or an event word):"
        f" {holding / total:.0%}, {holding_chars / chars:.0%} of the sentences' characters"
        " (the most that parsing only those could save is the rest)"
    )
    print(f"peak RSS of the extract process (one worker, the model loaded): {rss_mb:.0f} MB")


def time_cli_rss(folder: Path) -> tuple[float, float]:
    """Seconds for one CLI run over the folder, and the run's peak RSS in MB (GNU time's figure
    when /usr/bin/time is there, else this process's largest waited-for child)."""
    import resource

    gnu_time = ["/usr/bin/time", "-f", "%M"] if os.path.exists("/usr/bin/time") else []
    elapsed, run = _run_cli(folder, gnu_time)
    if gnu_time:
        return elapsed, int(run.stderr.decode().split()[-1]) / 1024
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, help="corpus sizes (default 1000 10000)")
    parser.add_argument("--hostile-only", action="store_true", help="part 2 only")
    parser.add_argument("--real-only", action="store_true", help="part 3 only")
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a run is stopped")
    parser.add_argument("--repeat", type=int, default=3, help="runs per hostile figure")
    parser.add_argument("--pipe", action="store_true", help="part 4 only")
    parser.add_argument(
        "--documents", type=int, default=1000, help="part 4's size (default 1000 documents)"
    )
    args = parser.parse_args()
    if args.pipe:
        pipe_ratio(args.documents)
        sys.exit(0)
    if args.real_only:
        real_text(args.sizes or [2000, 10000])
        sys.exit(0)
    if not args.hostile_only:
        main(args.sizes or [1000, 10000])
    hostile(args.cap, args.repeat)
    if not args.hostile_only:
        real_text([2000, 10000])
        pipe_ratio(args.documents)
