"""Reading documents in a fresh process, each within its time limit, for a caller that cannot fork.

Streamlit's server is threaded, so it must not fork the build's workers (loaders.workers.can_fork),
and a spawned child would run dashboard.py again. So the dashboard hands the documents added to it
to ``python -m loaders.reader_process``: a single-threaded process that loads the model once and
forks the build's pool from it (loaders.workers: the same per-document limit, time_limit_for),
then sends back each document's entry. The model never loads in the server.

The parent writes a pickle of ``{"tasks", "time_limit", "per_mb", "jobs"}`` to the child's stdin
and reads a pickle of the entries, in task order, from its stdout. Pickle, not JSON: the tasks
are bytes and Documents, and both ends are this code.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from loaders import workers
from loaders.entries import Entry

if TYPE_CHECKING:
    from loaders.workers import Task

ROOT = Path(__file__).resolve().parent.parent
# The child's own start (Python, spaCy and its model) on a loaded machine, on top of the limits.
STARTUP_SECONDS = 60.0


def _everyone(count: int, why: str) -> list[Entry]:
    return [{"skipped": why} for _ in range(count)]


def entries_in_a_process(
    tasks: Sequence[Task],
    *,
    time_limit: float | None = None,
    per_mb: float | None = None,
    jobs: int | None = None,
) -> list[Entry]:
    """Each task's entry, in task order, read by ``python -m loaders.reader_process``.

    ``time_limit`` and ``per_mb`` default to loaders.workers' DEFAULT_TIME_LIMIT and
    SECONDS_PER_MB (read at call time); ``jobs`` to one worker per core. Never raises: when the
    process itself fails, every task is skipped with the reason.
    """
    if not tasks:
        return []
    limit = workers.DEFAULT_TIME_LIMIT if time_limit is None else time_limit
    per_mb = workers.SECONDS_PER_MB if per_mb is None else per_mb
    payload = {"tasks": list(tasks), "time_limit": limit, "per_mb": per_mb,
               "jobs": jobs or workers.default_jobs()}  # fmt: skip
    # The pool's worst case is every limit twice (a batch over time, then its documents alone);
    # past that, plus the start, the process itself is stopped.
    budget = STARTUP_SECONDS + 2 * sum(
        workers.time_limit_for(workers.task_size(task), limit, per_mb) for task in tasks
    )
    try:
        done = subprocess.run(
            [sys.executable, "-m", "loaders.reader_process"],
            input=pickle.dumps(payload), capture_output=True, timeout=budget, cwd=ROOT,
            check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return _everyone(len(tasks), f"its reader process took over {budget:.0f} s; stopped")
    except OSError as exc:
        return _everyone(len(tasks), f"its reader process could not start ({exc.strerror})")
    if done.returncode != 0:
        last = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return _everyone(
            len(tasks), f"its reader process failed ({last[-1] if last else done.returncode})"
        )
    try:
        entries = pickle.loads(done.stdout)
    except Exception:  # truncated or foreign output: nothing in it can be trusted
        entries = None
    if not isinstance(entries, list) or len(entries) != len(tasks):
        return _everyone(len(tasks), "its reader process sent back no usable result")
    return entries


def main() -> None:
    """The child: tasks in on stdin, entries out on stdout (anything else printed: stderr)."""
    results = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a library's print cannot corrupt results
    payload = pickle.load(sys.stdin.buffer)
    entries = workers.run_entries(
        payload["tasks"],
        jobs=payload["jobs"],
        time_limit=payload["time_limit"],
        per_mb=payload["per_mb"],
        start_method="fork",  # this process is single-threaded: forking is safe here
    )
    with results:
        pickle.dump(entries, results)


if __name__ == "__main__":
    main()


__all__ = ["STARTUP_SECONDS", "entries_in_a_process"]
