"""Loading what the dashboard shows: the published tables (built first when not current), with
a session's added documents on top.

One route with ``python -m loaders build``: ``load_tables`` asks the build whether data/build is
current (stamps only) and, when it is not, runs ``python -m loaders build`` itself (workers, a time
limit per document); then it reads the published tables, typed (loaders/published.py), and
assembles only the session's own documents on top (loaders/yearly.with_added), extracted in a
fresh process within the same time limit per document (loaders.reader_process). So ``streamlit
run dashboard.py`` alone works on a fresh host, and a second start reads data/build instead of
extracting again. Where the build folder cannot be written (a read-only
host), the build goes to a folder under the system's temp folder instead.

`load_tables` never raises on bad input: a bad tiers.csv or an unreadable document becomes a
message the page shows. The fingerprints are the cache keys dashboard.py's st.cache_data wrappers
use, so an edited file (new size or mtime, new bytes) is read again and nothing else is.
"""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.build import BuildSummary, last_summary, up_to_date
from loaders.documents import Document, Skipped
from loaders.entries import Entry
from loaders.published import UnreadableSet, read_published
from loaders.reader_process import entries_in_a_process
from loaders.schema import Record, SchemaError, record_from_dict
from loaders.workers import default_jobs
from loaders.yearly import YearlyBuild, with_added

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Loaded:
    """The build (None when the official record cannot be read), and what went wrong reading."""

    build: YearlyBuild | None
    errors: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    version: str = ""  # the data's version: the published set's hash, "+" the added documents'
    built: str = ""  # the day (UTC, YYYY-MM-DD) the published set was built


def data_version(folder: Path | None, added: Sequence[Document] = ()) -> tuple[str, str]:
    """(version, build day) of a published set: the same inputs give the same version, and a
    session's added documents give it a suffix (their data is not the published one)."""
    if folder is None:
        return "unpublished", ""
    try:
        listing = (folder / "SET.json").read_bytes()
    except OSError:
        listing = folder.name.encode()
    version = hashlib.sha256(listing).hexdigest()[:12]
    if added:
        mine = hashlib.sha256("".join(sorted(d.sha256 for d in added)).encode()).hexdigest()
        version += f"+added-{mine[:6]}"
    stamp = folder.name[:8]  # sets are named YYYYmmddTHHMMSS-...
    built = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}" if stamp.isdigit() else ""
    return version, built


def dir_fingerprint(path: Path) -> str:
    """A key that changes when any entry under `path` is added, removed, resized or touched.

    Entries are stat'ed, never opened, and links to folders not followed: a FIFO or a link loop
    in the folder cannot hang the page.
    """
    if not path.is_dir():
        return f"missing:{path}"
    digest = hashlib.sha256()
    entries = []
    for top, dirs, files in os.walk(path):
        dirs.sort()
        entries += [os.path.join(top, name) for name in sorted(files)]
    for entry in entries:
        try:
            stat = os.lstat(entry)
        except OSError:
            continue
        name = os.path.relpath(entry, path).encode("utf-8", "surrogateescape")
        digest.update(name + f"\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def file_fingerprint(path: Path) -> str:
    """The sha256 of a file's bytes ('missing:...' when it cannot be read)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return f"missing:{path}:{exc.strerror}"


def _fallback_dir(out_dir: Path) -> Path:
    key = hashlib.sha256(str(out_dir.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    return Path(tempfile.gettempdir()) / f"tierwatch-build-{key[:12]}"


def build_in_a_process(documents_dir: Path, tiers_path: Path, build_dir: Path) -> BuildSummary:
    """``python -m loaders build`` in a fresh process; what it read and skipped.

    Not in the server's own process: Streamlit's is threaded, so worker processes cannot be
    forked there, and without them no document gets a time limit. A fresh process reads with
    one worker per core, each document within the limit. OSError when it could not build.
    """
    done = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--documents", str(documents_dir),
         "--tiers", str(tiers_path), "--out", str(build_dir), "--jobs", str(default_jobs())],
        cwd=ROOT, capture_output=True, text=True, errors="replace", check=False,
    )  # fmt: skip
    summary = last_summary(build_dir) if done.returncode == 0 else None
    if summary is None:
        raise OSError(errno.EIO, _failure(done.stderr, done.returncode))
    return summary


def _built(documents_dir: Path, tiers_path: Path, build_dir: Path) -> tuple[BuildSummary, Path]:
    """The build of the folder (read when current, else made) and the folder it is in."""
    for folder in (build_dir, _fallback_dir(build_dir)):  # a read-only host: the temp folder
        summary = up_to_date(documents_dir, tiers_path, folder)
        if summary is not None:
            return summary, folder
        try:
            return build_in_a_process(documents_dir, tiers_path, folder), folder
        except OSError as exc:
            error = exc
    raise error


def _failure(stderr: str, returncode: int) -> str:
    """What a failed build said: its own message (from its last "build: " line on), else the
    last line it wrote, else its exit code."""
    lines = stderr.strip().splitlines()
    said = [i for i, line in enumerate(lines) if line.startswith("build: ")]
    if said:
        return "\n".join(lines[said[-1] :]).removeprefix("build: ")
    return (lines or [f"exit code {returncode}"])[-1]


def _added_entries(
    added: Sequence[Document], published: set[str], entries: Mapping[str, Entry] | None = None
) -> tuple[list[dict], list[Record], list[Skipped]]:
    """The rows and records of the session's added documents (a name the folder has is the
    folder's), and those the extractors could not read. ``entries`` (by sha256) are documents
    already extracted; the others are extracted in loaders.reader_process, never here."""
    own = [d for d in added if d.id not in published]  # the folder's document of that name wins
    known = dict(entries or {})
    missing = [d for d in own if d.sha256 not in known]
    known.update(zip((d.sha256 for d in missing), entries_in_a_process(missing), strict=True))
    rows: list[dict] = []
    records: list[Record] = []
    skipped: list[Skipped] = []
    for document in own:
        entry = known[document.sha256]
        if "skipped" in entry:
            skipped.append(Skipped(document.id, entry["skipped"]))
            continue
        rows.append(entry["row"])
        records += [record_from_dict(r) for r in entry["records"]]
    return rows, records, skipped


def load_tables(
    documents_dir: Path,
    tiers_path: Path,
    added: Sequence[Document] = (),
    *,
    build_dir: Path,
    entries: Mapping[str, Entry] | None = None,
) -> Loaded:
    """The published tables of the documents folder (built first when not current), with the
    session's added documents assembled on top (``entries``: see _added_entries)."""
    try:
        summary, build_dir = _built(documents_dir, tiers_path, build_dir)
        published = read_published(build_dir)
    except (UnreadableSet, SchemaError) as exc:
        return Loaded(None, (f"The published tables cannot be read: {exc}",))
    except OSError as exc:
        return Loaded(None, (f"The tables cannot be built: {exc.strerror or exc}",))
    if published is None:
        return Loaded(None, (f"No tables are published in {build_dir}.",))
    names = set(published.tables.documents["document"])
    rows, records, unread = _added_entries(added, names, entries)
    skipped = (*summary.skipped, *unread)
    try:
        tables = with_added(published.tables, rows, records)
    except SchemaError as exc:
        return Loaded(None, (f"The tables could not be built: {exc}",), skipped)
    version, built = data_version(published.folder, added)
    return Loaded(tables, (), skipped, version, built)
