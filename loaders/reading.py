"""Files to records: the one route from a file to its records (the build, the extract command).

Load (the files under the paths named: files.scan_paths; each one's bytes: files.read_capped) /
process (each distinct content looked up in the cache, else read and extracted by the workers,
each document within its time limit: workers.iter_entries -> entries.document_entry, which makes
the Document and its records) / back (each file's ``Read``, its documents row and records, or a
``Skipped`` with the reason, in the order of the paths). A file's reason is worded by that one
route, so the build and the extract command say the same of the same file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from loaders.cache import ExtractionCache, Stamp, Uncached
from loaders.entries import Entry, document_entry
from loaders.files import NotReadable, Skipped, read_capped, scan_paths, shown
from loaders.schema import Record, record_from_dict
from loaders.workers import DEFAULT_TIME_LIMIT, iter_entries

# Outcomes worth trying again next time (a busy machine, a killed worker): never cached.
_TRANSIENT = ("reading it took over", "its reader process died")


class Read(NamedTuple):
    """A file read: its row of the documents table, its records as dicts (to_dict) and as
    records, and whether they came from the cache."""

    row: dict[str, Any]
    record_dicts: list[dict[str, Any]]
    records: list[Record]
    cached: bool


@dataclass
class _Triage:
    """The files sorted by what their content needs: skipped (unreadable), cached, or read by
    the workers (one task per distinct content, its files waiting on it)."""

    found: list[Read | Skipped | None]
    cached: list[tuple[int, Entry]] = field(default_factory=list)
    waiting: dict[str, list[int]] = field(default_factory=dict)  # sha256 -> files with it
    tasks: list[tuple[str, bytes]] = field(default_factory=list)


def _triage(paths: Sequence[Path], cache: ExtractionCache | Uncached) -> _Triage:
    """Each file by content hash: its cached entry, or a task for the workers (read once)."""
    triage = _Triage([None] * len(paths))
    for i, path in enumerate(paths):
        try:
            stamp = Stamp.of(path)
            sha = cache.known_sha256(path, stamp)
            raw = None
            if sha is None or (cache.get(sha) is None and sha not in triage.waiting):
                raw = read_capped(path)
                sha = cache.remember(path, stamp, raw)
        except (OSError, NotReadable) as exc:
            reason = str(exc) if isinstance(exc, NotReadable) else f"cannot read ({exc.strerror})"
            triage.found[i] = Skipped(shown(path), reason)
            continue
        entry = cache.get(sha)
        if entry is not None:
            triage.cached.append((i, entry))
        elif sha in triage.waiting:
            triage.waiting[sha].append(i)
        elif raw is not None:
            triage.waiting[sha] = [i]
            triage.tasks.append((shown(path.name), raw))
    return triage


def iter_reads(
    paths: Sequence[Path],
    cache: ExtractionCache | Uncached,
    *,
    jobs: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[Read | Skipped]:
    """Each file's Read, or why it was skipped, in the order of ``paths``: from the cache by
    content hash, else read and extracted by ``jobs`` workers within ``time_limit`` seconds a
    document (workers.iter_entries). Each comes out as soon as it and the files before it are
    done, while the workers read the rest; the cache keeps every new entry that is not transient.
    """
    triage = _triage(paths, cache)
    found = triage.found
    for i, entry in triage.cached:
        found[i] = _read(paths[i], entry, True)
    shas = list(triage.waiting)
    done = 0
    for index, entry in iter_entries(triage.tasks, jobs=jobs, time_limit=time_limit):
        if not str(entry.get("skipped", "")).startswith(_TRANSIENT):
            cache.put(shas[index], entry)
        for i in triage.waiting[shas[index]]:
            found[i] = _read(paths[i], entry, False)
        while done < len(found) and found[done] is not None:
            yield found[done]  # type: ignore[misc]  (not None: checked)
            found[done] = None  # given out: a long run keeps no more than the workers' lead
            done += 1
    yield from (read for read in found[done:] if read is not None)


def read_files(
    inputs: Iterable[Path],
    *,
    jobs: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[Read | Skipped]:
    """Every document under the files and folders named, read as the build reads them (with no
    cache): first what the scan left out (files.scan_paths), then each file's Read or Skipped."""
    paths, skipped = scan_paths(Path(p) for p in inputs)
    yield from skipped
    yield from iter_reads(paths, Uncached(), jobs=jobs, time_limit=time_limit)


def _read(path: Path, entry: Entry, cached: bool) -> Read | Skipped:
    """A file's Read from its entry, or why it was skipped."""
    name = shown(path.name)
    for _ in range(2):
        if "skipped" in entry:
            return Skipped(shown(path), entry["skipped"])
        try:
            return Read(*_from_entry(name, entry), cached)
        except (KeyError, TypeError, ValueError):
            # An entry from a damaged cache file: read the file again rather than trust it.
            try:
                entry, cached = document_entry(name, read_capped(path)), False
            except NotReadable as exc:
                return Skipped(shown(path), str(exc))
    return Skipped(shown(path), "its records could not be rebuilt")


def _from_entry(name: str, entry: Entry) -> tuple[dict, list[dict], list[Record]]:
    # The cache is keyed by content: the same text under another name cites that name (copies
    # only then: on a cold build every entry already names its file).
    row, dicts = entry["row"], entry["records"]
    if row["document"] != name:
        row = {**row, "document": name}
        dicts = [{**r, "document": name} for r in dicts]
    return row, dicts, [record_from_dict(r) for r in dicts]


__all__ = ["Read", "iter_reads", "read_files"]
