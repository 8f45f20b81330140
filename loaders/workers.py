"""Reading many documents: in worker processes, in parallel, each document within a time limit.

``run_entries`` gives each task's entry (loaders/entries.py) in task order, so the outputs are the
same bytes whatever the number of processes. Documents go to the workers in small batches. A
worker still on a batch past the time limit is killed and replaced, and the batch is tried again
one document at a time, so that the document still running past the limit is skipped with the
reason: a document that would take minutes (text the extractors are slow on, a parser caught in
hostile markup) costs the run at most twice the limit, never the run. A worker that dies (out of
memory, a crash in a C library) skips its document the same way.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING

from loaders.entries import Entry, added_entry, document_entry

DEFAULT_TIME_LIMIT = 60.0  # seconds per document, plus SECONDS_PER_MB for its size
# A 5 MB document took 6.7 s here and over 60 s in a probe on a loaded machine: the limit grows
# with the size (5 MB: 60 + 120 s), so that every size the reader accepts is read.
SECONDS_PER_MB = 24.0


if TYPE_CHECKING:  # documents load yaml: a build with nothing to read does without
    from loaders.documents import Document

    # A task: a file's (name, raw bytes), read and extracted; or a document added in the
    # dashboard, already read there (its title, URL and date are the user's), extracted only.
    Task = tuple[str, bytes] | Document


def time_limit_for(size: int, time_limit: float, per_mb: float = SECONDS_PER_MB) -> float:
    """The seconds a document (or batch) of ``size`` bytes may take: ``time_limit`` plus
    ``per_mb`` for each 1,000,000 bytes. One formula for the build and the dashboard."""
    return time_limit + per_mb * size / 1_000_000


def task_size(task: Task) -> int:
    """The bytes a task's time limit is counted on: the file's, or the added document's text."""
    if isinstance(task, tuple):
        return len(task[1])
    return len((task.body or "").encode("utf-8", "replace"))  # a broken document: its entry says


def _entry(task: Task) -> Entry:
    return document_entry(*task) if isinstance(task, tuple) else added_entry(task)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serve(conn: Connection) -> None:
    """A worker: entries for batches of (index, task) until told to stop (None) or cut off."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        conn.send([(index, _entry(task)) for index, task in batch])


def _death(code: int | None) -> str:
    if code is not None and code < 0:
        return f"its reader process died (killed by signal {-code}, out of memory?)"
    return f"its reader process died (exit code {code})"


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    batch: list[int] | None = None  # the task indices it is reading
    started: float = field(default=0.0)
    limit: float = field(default=0.0)  # seconds this batch may take


def warm_up() -> None:
    """Load what extraction needs (the spaCy model, pandas, the extractors' tables) in this
    process, before workers are forked from it: they share it, once, and a document's time
    limit counts its own extraction, not the model's start (over 1 s on a busy machine, which
    timed out the first document of every worker)."""
    from loaders.documents import Document
    from loaders.extract.nlp import pipeline

    with contextlib.suppress(Exception):  # no model: each document's entry will say why
        pipeline()("Cambodia was placed on the Tier 2 Watch List.")
    added_entry(Document(id="warm-up.txt", body="Laos is on Tier 2.", sha256=""))


def can_fork() -> bool:
    """Whether worker processes can be started here: by fork, from a single-threaded process.

    A threaded process (Streamlit's server) must not fork (another thread may hold a lock the
    child then waits on for ever), and a forkserver or spawn start re-imports its main module;
    there documents are read in this process, without a time limit.
    """
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


class _Pool:
    def __init__(
        self, size: int, time_limit: float | None, per_mb: float, start_method: str | None
    ) -> None:
        self.context = multiprocessing.get_context(start_method or "fork")
        self.time_limit = time_limit
        self.per_mb = per_mb
        self.workers = [self._start() for _ in range(size)]

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(child,), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers[self.workers.index(worker)] = self._start()

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):  # a worker already gone needs no word
                worker.conn.send(None)
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()

    def _next_wait(self, busy: list[_Worker]) -> float | None:
        if self.time_limit is None:
            return None
        first = min(w.started + w.limit for w in busy)
        return max(first - time.monotonic(), 0.0)

    def run(self, tasks: Sequence[Task]) -> Iterator[tuple[int, Entry]]:
        # Documents go out in small batches (one message, one wake-up for several): the parent's
        # share of the work shrinks, and the cores stay with the workers. A batch that runs out
        # of time or kills its worker is tried again one document at a time, so that the time
        # limit and the skip fall on the one document that caused them.
        size = max(1, min(8, len(tasks) // (8 * len(self.workers))))
        queue = deque(
            [list(range(i, min(i + size, len(tasks)))) for i in range(0, len(tasks), size)]
        )
        remaining = len(tasks)
        while remaining:
            for worker in self.workers:
                if worker.batch is None and queue:
                    batch = queue.popleft()
                    worker.conn.send([(i, tasks[i]) for i in batch])
                    worker.batch, worker.started = batch, time.monotonic()
                    if self.time_limit is not None:
                        size = sum(task_size(tasks[i]) for i in batch)
                        worker.limit = time_limit_for(size, self.time_limit, self.per_mb)
            busy = [w for w in self.workers if w.batch is not None]
            ready = wait([w.conn for w in busy], self._next_wait(busy))
            for worker in busy:
                batch = worker.batch
                assert batch is not None
                if worker.conn in ready:
                    try:
                        done = worker.conn.recv()
                        worker.batch = None
                    except (EOFError, OSError):
                        worker.process.join(timeout=5)
                        done = self._failed(worker, batch, _death(worker.process.exitcode), queue)
                elif self.time_limit is not None:
                    if time.monotonic() - worker.started < worker.limit:
                        continue
                    why = f"reading it took over {worker.limit:.0f} s; stopped"
                    done = self._failed(worker, batch, why, queue)
                else:
                    continue
                remaining -= len(done)
                yield from done

    def _failed(
        self, worker: _Worker, batch: list[int], why: str, queue: deque[list[int]]
    ) -> list[tuple[int, Entry]]:
        """Replace the worker; a lone document is skipped with ``why``, a batch tried again."""
        self._replace(worker)
        if len(batch) == 1:
            return [(batch[0], {"skipped": why})]
        queue.extendleft([i] for i in reversed(batch))
        return []


def iter_entries(
    tasks: Sequence[Task],
    *,
    jobs: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    per_mb: float = SECONDS_PER_MB,
    start_method: str | None = None,
) -> Iterator[tuple[int, Entry]]:
    """(task index, entry) for each task, as each is done.

    By ``jobs`` worker processes; ``time_limit`` (seconds per document, plus ``per_mb`` for each
    MB of it: time_limit_for) needs them. With None and one job, or where processes cannot be
    forked (can_fork), the documents are read here, one after the other. The caller can work on
    each entry while the workers read the rest.
    """
    if not tasks:
        return
    if (jobs <= 1 and time_limit is None) or (start_method is None and not can_fork()):
        for index, task in enumerate(tasks):
            yield index, _entry(task)
        return
    if (start_method or "fork") == "fork":
        warm_up()
    pool = _Pool(min(max(jobs, 1), len(tasks)), time_limit, per_mb, start_method)
    try:
        yield from pool.run(tasks)
    finally:
        pool.close()


def run_entries(
    tasks: Sequence[Task],
    *,
    jobs: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    per_mb: float = SECONDS_PER_MB,
    start_method: str | None = None,
) -> list[Entry]:
    """Each task's entry, in task order (iter_entries, collected)."""
    entries: list[Entry] = [{}] * len(tasks)
    for index, entry in iter_entries(
        tasks, jobs=jobs, time_limit=time_limit, per_mb=per_mb, start_method=start_method
    ):
        entries[index] = entry
    return entries


__all__ = [
    "DEFAULT_TIME_LIMIT",
    "SECONDS_PER_MB",
    "can_fork",
    "default_jobs",
    "iter_entries",
    "run_entries",
    "task_size",
    "time_limit_for",
    "warm_up",
]
