"""Loading what the dashboard shows: the official record, the documents, the yearly build.

One route with ``python -m loaders build``: ``load_tables`` calls the same build (which answers at
once from its manifest when data/build is current, and otherwise scans, extracts and publishes a
new set), then reads the published set and adds the session's own documents on top. So
``streamlit run dashboard.py`` alone works on a fresh host, and a second start reads data/build
instead of extracting again. Where the build folder cannot be written (a read-only host), the
build goes to a folder under the system's temp folder instead.

`load_tables` never raises on bad input: a bad tiers.csv or an unreadable document becomes a
message the page shows. The fingerprints are the cache keys dashboard.py's st.cache_data wrappers
use, so an edited file (new size or mtime, new bytes) is read again and nothing else is.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.build import build
from loaders.documents import Document, Skipped
from loaders.entries import entry_of
from loaders.publish import read_current
from loaders.schema import RECORD_TYPES, Record, SchemaError
from loaders.tiers import OfficialRecordError, load_official_record
from loaders.workers import default_jobs
from loaders.yearly import YearlyBuild, assemble_yearly_build, documents_table


@dataclass(frozen=True)
class Loaded:
    """The build (None when the official record cannot be read), and what went wrong reading."""

    build: YearlyBuild | None
    errors: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)


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


def _record(data: dict) -> Record:
    return RECORD_TYPES[data["kind"]](**{k: v for k, v in data.items() if k != "kind"})


def load_tables(
    documents_dir: Path,
    tiers_path: Path,
    added: Sequence[Document] = (),
    *,
    build_dir: Path,
) -> Loaded:
    """The tables of the documents folder (built, or read from ``build_dir`` when current) plus
    the session's added documents, joined with the official record."""
    try:
        official = load_official_record(tiers_path)
    except (OfficialRecordError, SchemaError) as exc:
        return Loaded(None, (f"The official record cannot be used: {exc}",))
    except OSError as exc:
        return Loaded(None, (f"The official record {tiers_path} cannot be read: {exc.strerror}.",))
    try:
        summary = build(documents_dir, tiers_path, build_dir, jobs=default_jobs())
    except OSError:
        build_dir = _fallback_dir(build_dir)  # a read-only host: build where it can write
        try:
            summary = build(documents_dir, tiers_path, build_dir, jobs=default_jobs())
        except OSError as exc:
            return Loaded(None, (f"The tables cannot be built: {exc.strerror or exc}.",))
    published = read_current(build_dir)
    rows = list(published.rows) if published else []
    records = {
        name: [_record(r) for r in found]
        for name, found in (published.records if published else {}).items()
    }
    skipped = list(summary.skipped)
    for document in added:
        if document.id in records:
            continue  # the folder's document of that name wins
        entry = entry_of(document, is_user_added=True)
        if "skipped" in entry:
            skipped.append(Skipped(document.id, entry["skipped"]))
            continue
        rows.append(entry["row"])
        records[document.id] = [_record(r) for r in entry["records"]]
    try:
        tables = assemble_yearly_build(documents_table(rows), records, official)
    except SchemaError as exc:
        return Loaded(None, (f"The tables could not be built: {exc}",), tuple(skipped))
    return Loaded(tables, (), tuple(skipped))
