"""The hosted app's first start: the pages data/sources.toml lists, fetched into the documents
folder once per server process (TIERWATCH_FETCH_SOURCES=1).

Planning and summing up here; dashboard.py shows the progress and the summary. The fetch itself
is loaders.fetch's: conditional requests (ETag, Last-Modified), so a restart downloads only what
changed, the same address guard as the dashboard's fetch box (a listed page on this machine or a
private network is refused), and a page that fails keeps its stored copy and is named with its
reason. The first start never raises: it runs under a lock every visitor waits on.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.fetch import Outcome, fetch_each, targets
from loaders.sources import SourcesError, load_sources


@dataclass(frozen=True)
class SourcesPlan:
    """What to fetch: (url, file, overrides) per page, or why there is nothing to fetch."""

    plan: tuple[tuple[str, Path, dict[str, str]], ...] = ()
    error: str = ""


def sources_plan(sources_file: Path, documents_dir: Path) -> SourcesPlan:
    """Every source of the file, to its file in the documents folder; an unusable file says why."""
    try:
        sources = load_sources(sources_file)
    except SourcesError as exc:
        return SourcesPlan(error=f"The sources were not fetched: {exc}")
    urls = [s.url for s in sources]
    return SourcesPlan(tuple(targets(urls, documents_dir, sources, include_stored=False)))


def summary(outcomes: Iterable[Outcome]) -> tuple[str, list[str]]:
    """A short label of counts (plain words: it heads a panel), and one "URL: reason" line per
    page that failed."""
    outcomes = list(outcomes)
    counts = Counter(o.status for o in outcomes)
    failed = [f"{o.url}: {o.reason}" for o in outcomes if o.status == "failed"]
    label = (
        f"Sources at start: {counts['fetched']} fetched, {counts['unchanged']} unchanged, "
        f"{len(failed)} failed"
    )
    return label, failed


NOT_FETCHED = "Sources at start: not fetched"


def progress_text(done: int, plan: Sequence) -> str:
    return f"Fetching the listed sources: {done} of {len(plan)}…"


def fetch_sources(
    planned: SourcesPlan, progress: Callable[[int], None] = lambda done: None
) -> tuple[str, list[str]]:
    """Fetch a plan (calling ``progress`` with the count done after each page): its summary.

    Never raises: a failure past the per-page ones (fetch_each's) is the summary's reason, so
    that the first start ends, its lock is released and the next visitor reads the outcome.
    """
    if planned.error:
        return NOT_FETCHED, [planned.error]
    outcomes: list[Outcome] = []
    try:
        for outcome in fetch_each(planned.plan):
            outcomes.append(outcome)
            progress(len(outcomes))
    except Exception as exc:  # a bug must not leave every later visitor a crashed first start
        return NOT_FETCHED, [f"The sources were not fetched: {type(exc).__name__}: {exc}"]
    return summary(outcomes)


@dataclass
class FirstStart:
    """One server process's fetch of the listed sources: its lock and, once done, its outcome
    (the summary label, one "URL: reason" line per page that failed)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    done: bool = False
    summary: str = ""
    failed: list[str] = field(default_factory=list)


def fetch_once(
    start: FirstStart,
    sources_file: Path,
    documents_dir: Path,
    progress: Callable[[float, str], None],
) -> FirstStart:
    """The sources fetched into the documents folder unless this process did it already;
    ``progress`` gets the share done and its text after each page. Never raises (fetch_sources).

    A second visitor waits on the lock for the first one's fetch, then reads its outcome.
    """
    with start.lock:
        if not start.done:
            planned = sources_plan(sources_file, documents_dir)
            progress(0.0, progress_text(0, planned.plan))
            start.summary, start.failed = fetch_sources(
                planned,
                lambda done: progress(done / len(planned.plan), progress_text(done, planned.plan)),
            )
            start.done = True
    return start
