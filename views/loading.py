"""Loading what the dashboard shows: the official record, the documents, the yearly build.

`load_tables` never raises on bad input: a bad tiers.csv or an unreadable document becomes a
message the page shows. The fingerprints are the cache keys dashboard.py's st.cache_data wrappers
use, so an edited file (new size or mtime, new bytes) is read again and nothing else is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.documents import Document, Skipped, read_documents
from loaders.extract import extract_records_or_skip
from loaders.schema import Record, SchemaError
from loaders.tiers import OfficialRecordError, load_official_record
from loaders.yearly import YearlyBuild, build_yearly_table


@dataclass(frozen=True)
class Loaded:
    """The build (None when the official record cannot be read), and what went wrong reading."""

    build: YearlyBuild | None
    errors: tuple[str, ...] = ()
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)


def dir_fingerprint(path: Path) -> str:
    """A key that changes when any file under `path` is added, removed, resized or touched."""
    if not path.is_dir():
        return f"missing:{path}"
    digest = hashlib.sha256()
    for child in sorted(path.rglob("*")):
        if child.is_file():
            stat = child.stat()
            digest.update(
                f"{child.relative_to(path)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()
            )
    return digest.hexdigest()


def file_fingerprint(path: Path) -> str:
    """The sha256 of a file's bytes ('missing:...' when it cannot be read)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return f"missing:{path}:{exc.strerror}"


def load_tables(documents_dir: Path, tiers_path: Path, added: Sequence[Document] = ()) -> Loaded:
    """Read the record and the documents (plus the session's added ones) and build the tables."""
    try:
        official = load_official_record(tiers_path)
    except (OfficialRecordError, SchemaError) as exc:
        return Loaded(None, (f"The official record cannot be used: {exc}",))
    except OSError as exc:
        return Loaded(None, (f"The official record {tiers_path} cannot be read: {exc.strerror}.",))
    if documents_dir.is_dir():
        result = read_documents([documents_dir])
        documents, skipped = list(result.documents), tuple(result.skipped)
    else:
        documents, skipped = [], (Skipped(str(documents_dir), "no such folder"),)
    taken = {d.id for d in documents}
    extra = [d for d in added if d.id not in taken]
    records, failed = extract_each(documents + extra)
    kept = [d for d in documents + extra if d.id in records]
    skipped += failed
    try:
        build = build_yearly_table(
            kept, official, records=records, user_added=frozenset(d.id for d in extra)
        )
    except SchemaError as exc:
        return Loaded(None, (f"The tables could not be built: {exc}",), skipped)
    return Loaded(build, (), skipped)


def extract_each(
    documents: Sequence[Document],
) -> tuple[dict[str, list[Record]], tuple[Skipped, ...]]:
    """Each document's records; a document the extractors fail on is skipped, with the error."""
    records: dict[str, list[Record]] = {}
    failed: list[Skipped] = []
    for document in documents:
        found = extract_records_or_skip(document)
        if isinstance(found, Skipped):
            failed.append(found)
        else:
            records[document.id] = found
    return records, tuple(failed)
