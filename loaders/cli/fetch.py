"""python -m loaders fetch URL... | --all [--into DIR]: download documents by URL.

Each page is saved in the documents folder (default: TIERWATCH_DOCUMENTS, else data/documents) as
Markdown with front matter; a URL already stored is refreshed in place, never duplicated. Prints one
line per URL saved or unchanged, then ``fetch: N fetched, N unchanged, N failed``, then one
``failed URL: reason`` line per failure on stderr (control characters in a URL or a reason
printed as escapes, so that each stays one line). A progress bar shows on a terminal when several
URLs are fetched. Exit 0 when every URL was fetched or unchanged, 1 when any failed (the others are
still saved), 2 usage error. Every URL, typed or listed or stored, passes the address guard:
a host that resolves to this machine or a private network is refused unless --allow-private.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from loaders.cli import bounded, printable
from loaders.fetch import DEFAULT_LIMITS, fetch_each, targets
from loaders.settings import DEFAULT_SOURCES, load_settings
from loaders.sources import SourcesError, load_sources


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "fetch",
        help="download documents by URL into data/documents",
        description="Download pages and save each as a document (Markdown with front matter).",
    )
    p.add_argument("urls", nargs="*", metavar="URL", help="http(s) pages to fetch")
    p.add_argument(
        "--all",
        action="store_true",
        help="every URL in the sources file and every stored document that has a url",
    )
    p.add_argument(
        "--into",
        type=Path,
        metavar="DIR",
        help="folder to save in (default: TIERWATCH_DOCUMENTS, else data/documents)",
    )
    p.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        metavar="FILE",
        help=f"URLs with metadata and file names (default {DEFAULT_SOURCES})",
    )
    p.add_argument(
        "--timeout",
        type=bounded(float, 0, 600, "seconds", open_low=True),
        default=DEFAULT_LIMITS.read_timeout,
        metavar="SECONDS",
        help=f"give up on a server silent this long (default {DEFAULT_LIMITS.read_timeout:g})",
    )
    p.add_argument(
        "--retries",
        type=bounded(int, 0, 10),
        default=DEFAULT_LIMITS.retries,
        metavar="N",
        help=f"retries on 429/5xx and connection errors (default {DEFAULT_LIMITS.retries})",
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch from this machine and private networks (a local server); the address "
        "guard refuses them by default, whoever wrote the URL",
    )
    return p


def run(args: argparse.Namespace) -> int:
    if not args.urls and not args.all:
        print("fetch: give one or more URLs, or --all", file=sys.stderr)
        return 2
    settings = load_settings()
    into = args.into or settings.documents_dir
    if args.into is None:
        for warning in settings.warnings:
            print(f"warning: {printable(warning)}", file=sys.stderr)
    if into.exists() and not into.is_dir():
        print(f"fetch: {printable(into)} is not a folder", file=sys.stderr)
        return 2
    try:
        sources = load_sources(args.sources)
    except SourcesError as exc:
        print(f"fetch: {printable(exc)}", file=sys.stderr)
        return 2
    urls = list(args.urls) + ([s.url for s in sources] if args.all else [])
    plan = targets(urls, into, sources, include_stored=args.all)
    if not plan:
        print(
            f"fetch: nothing to fetch (no source in {printable(args.sources)}, "
            f"no stored url in {printable(into)})"
        )
        return 0
    limits = replace(DEFAULT_LIMITS, read_timeout=args.timeout, retries=args.retries)
    counts: Counter[str] = Counter()
    failures: list[tuple[str, str]] = []
    bar = tqdm(
        total=len(plan),
        unit="url",
        file=sys.stderr,
        leave=False,
        disable=len(plan) < 2 or not sys.stderr.isatty(),
    )
    with bar:
        for outcome in fetch_each(plan, limits=limits, allow_private=args.allow_private):
            if outcome.status == "failed":
                failures.append((outcome.url, outcome.reason))
            else:
                counts[outcome.status] += 1
                line = f"{outcome.status:<9} {printable(outcome.url)} -> {printable(outcome.path)}"
                bar.write(line, file=sys.stdout)
            bar.update()
    fetched, unchanged = counts["fetched"], counts["unchanged"]
    print(f"fetch: {fetched} fetched, {unchanged} unchanged, {len(failures)} failed")
    for url, reason in failures:
        print(f"failed {printable(url)}: {printable(reason)}", file=sys.stderr)
    return 1 if failures else 0
