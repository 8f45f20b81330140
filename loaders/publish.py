"""Publishing a build's outputs as one set, and finding the set that is current.

Layout of an output folder (data/build):

    current -> sets/<id>      a symbolic link, replaced in one rename: the published set
    sets/<id>/                the tables (loaders/published.py), records.jsonl, SET.json
    sets/.new-<id>/           a set being written (never read; removed by the next build)
    cache/                    the build cache (loaders/cache.py)
    .lock                     held while a build writes: one build at a time per folder

A build writes its files into a new folder and then swaps ``current`` to it with one rename, so a
reader that resolves ``current`` once (``current_set``) reads every file from one build, whether
builds are killed mid-write or run side by side. ``SET.json`` lists each file's sha256, so a reader
can check that too (``check_set``). The set before the current one is kept, for readers still on
it; older ones are removed.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from loaders.io import write_bytes_atomic

CURRENT = "current"
SETS = "sets"
SET_FILE = "SET.json"
LOCK_FILE = ".lock"
_NEW = ".new-"


# A cell a spreadsheet would read as a formula (OWASP CSV injection): =, +, -, @, tab, CR. A
# leading single quote makes it text; a cell already starting with one gets another, so reading
# back (cells_from_csv) is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def csv_cell(value: Any) -> Any:
    """A text cell made safe to open in a spreadsheet (a single quote before a formula start)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def cells_from_csv(cells: Any) -> Any:
    """A column of text cells (a pandas Series of str) as written before csv_cell."""
    quoted = cells.str.startswith("'") & cells.str[1:].str.startswith(FORMULA_STARTS)
    return cells.where(~quoted, cells.str[1:])


def csv_text(frame: Any) -> str:
    """A table as CSV text, every text cell spreadsheet-safe: the one CSV writer of the project."""
    safe = frame.astype(object).map(csv_cell) if len(frame) else frame
    return safe.to_csv(index=False, lineterminator="\n")


class BuildLocked(OSError):
    """Another build holds the folder's lock (and did not let go within the wait)."""


@contextmanager
def build_lock(out_dir: Path, wait: float = 600.0) -> Iterator[None]:
    """Hold the output folder's lock; BuildLocked after ``wait`` seconds of another build.

    An flock: the kernel lets go when the holder ends, killed or not, so no stale lock remains.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() > deadline:
                    raise BuildLocked(
                        errno.EAGAIN, f"another build is writing {out_dir} (waited {wait:g} s)"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock


def new_set(out_dir: Path) -> Path:
    """A fresh, empty folder to write one build's outputs into (not yet published)."""
    sets = out_dir / SETS
    sets.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    folder = sets / f"{_NEW}{stamp}-{time.time_ns() % 10**9:09d}-{os.getpid()}"
    folder.mkdir()
    return folder


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(out_dir: Path, folder: Path, names: tuple[str, ...]) -> Path:
    """Make ``folder`` (from new_set, holding ``names``) the current set, in one atomic step.

    Call with the lock held. Returns the published folder's path.
    """
    listing = {name: _sha256(folder / name) for name in names}
    write_bytes_atomic(folder / SET_FILE, json.dumps({"files": listing}, indent=1).encode())
    _fsync_dir(folder)
    final = folder.with_name(folder.name.removeprefix(_NEW))
    os.rename(folder, final)
    link = out_dir / f".{CURRENT}.{os.getpid()}.tmp"
    link.unlink(missing_ok=True)
    os.symlink(Path(SETS) / final.name, link)
    os.replace(link, out_dir / CURRENT)
    _fsync_dir(out_dir)
    _tidy(out_dir, keep={final.name}, names=names)
    return final


def _tidy(out_dir: Path, keep: set[str], names: tuple[str, ...]) -> None:
    """Remove unfinished sets (builds killed mid-write) and every set older than the last two."""
    sets = out_dir / SETS
    finished = sorted(
        (p for p in sets.iterdir() if p.is_dir() and not p.name.startswith(_NEW)),
        key=lambda p: p.stat().st_mtime_ns,
    )
    keep = keep | {p.name for p in finished[-2:]}
    for path in sets.iterdir():
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
    # Outputs of the layout before sets (files straight in the folder) would look current.
    for name in names:
        stale = out_dir / name
        if stale.is_file() and not stale.is_symlink():
            stale.unlink()


def current_set(out_dir: Path) -> Path | None:
    """The published set's folder, resolved once (read every file from it); None if none."""
    try:
        target = os.readlink(Path(out_dir) / CURRENT)
    except OSError:
        return None
    folder = Path(out_dir) / target
    return folder if folder.is_dir() else None


def check_set(folder: Path) -> bool:
    """Whether every file SET.json lists is there with the bytes it lists."""
    try:
        listing = json.loads((folder / SET_FILE).read_text("utf-8"))["files"]
        return all(_sha256(folder / name) == sha for name, sha in listing.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False


__all__ = [
    "CURRENT",
    "SETS",
    "BuildLocked",
    "build_lock",
    "cells_from_csv",
    "check_set",
    "csv_cell",
    "csv_text",
    "current_set",
    "new_set",
    "publish",
]
