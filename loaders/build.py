"""The build step: documents + data/tiers.csv -> data/build/ (the yearly table and its companions).

Load inputs (scan the documents folder, stamp every file) / process (records from the cache or the
extractor, then the pure table builders in loaders/yearly.py) / save (every output atomically,
then the cache and the manifest). A build whose inputs and outputs are exactly as the manifest
left them answers from the manifest without importing pandas: that is what keeps a no-change
rebuild well under 0.1 s.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from loaders.cache import (
    ExtractionCache,
    Stamp,
    extractor_fingerprint,
    manifest_is_current,
    read_manifest,
    write_manifest,
)
from loaders.documents import MAX_BYTES, NotReadable, Skipped, iter_document_paths
from loaders.io import write_bytes_atomic, write_text_atomic
from loaders.schema import EXTRACTOR_VERSION, RECORD_TYPES, Record, json_lines

DEFAULT_DOCUMENTS = Path("data/documents")
DEFAULT_TIERS = Path("data/tiers.csv")
DEFAULT_OUT = Path("data/build")
OUTPUTS = ("yearly.csv", "claims.csv", "documents.csv", "records.jsonl")


@dataclass(frozen=True)
class Conflict:
    """A document claim the official record contradicts."""

    iso3: str
    year: int
    claimed_tier: str
    official_tier: str
    document: str
    evidence: str


@dataclass(frozen=True)
class BuildSummary:
    """What a build read, skipped, found and wrote."""

    documents_read: int
    skipped: list[Skipped]
    records_by_kind: dict[str, int]
    conflicts: list[Conflict]
    outputs: list[str]
    from_cache: int = 0
    extracted: int = 0
    up_to_date: bool = False  # nothing changed since the last build: nothing was redone
    notes: list[str] = field(default_factory=list)  # "DOCUMENT: what the reader worked around"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (kept in the manifest)."""
        # Shallow on purpose: asdict deep-copies, and a large corpus has thousands of conflicts.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["skipped"] = [{"path": s.path, "reason": s.reason} for s in self.skipped]
        data["conflicts"] = [dict(vars(c)) for c in self.conflicts]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BuildSummary:
        """The summary ``to_dict`` gave."""
        return cls(
            **{
                **data,
                "skipped": [Skipped(**s) for s in data["skipped"]],
                "conflicts": [Conflict(**c) for c in data["conflicts"]],
            }
        )


def _scan(documents_dir: Path) -> tuple[list[Path], list[Skipped]]:
    """Document files under the folder, and what was left out (wrong type, a repeated name)."""
    paths: list[Path] = []
    skipped: list[Skipped] = []
    first: dict[str, Path] = {}
    for item in iter_document_paths([documents_dir]):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.name in first:
            # The file name is the document id every record cites: it must be unique.
            skipped.append(Skipped(str(item), f"same file name as {first[item.name]}"))
        else:
            first[item.name] = item
            paths.append(item)
    return paths, skipped


def _inputs(
    paths: list[Path], skipped: list[Skipped], tiers: Path, out_dir: Path, version: str
) -> dict:
    files: dict[str, list[int]] = {}
    for path in [*paths, tiers]:
        try:
            files[os.path.abspath(path)] = Stamp.of(path).as_list()
        except OSError:
            files[os.path.abspath(path)] = [-1, -1]
    return {
        "extractor_version": version,
        "tiers": os.path.abspath(tiers),
        "out_dir": os.path.abspath(out_dir),
        "files": files,
        "left_out": [[s.path, s.reason] for s in skipped],
    }


def _entry_for(path: Path, cache: ExtractionCache) -> tuple[dict[str, Any], bool]:
    """The entry for the file's content, and whether it came from the cache (else extracted)."""
    stamp = Stamp.of(path)
    if stamp.size > MAX_BYTES:
        return {"skipped": f"over 5 MB ({stamp.size:,} bytes)"}, False
    raw = None
    sha = cache.known_sha256(path, stamp)
    if sha is None:
        raw = path.read_bytes()
        sha = cache.remember(path, stamp, raw)
    entry = cache.get(sha)
    if entry is not None:
        return entry, True
    entry = _extract_entry(path.name, path.read_bytes() if raw is None else raw)
    cache.put(sha, entry)
    return entry, False


# A document read: its documents row, its records as dicts and as records, from the cache or not.
Read = tuple[dict[str, Any], list[dict[str, Any]], list[Record], bool]


def _read(path: Path, cache: ExtractionCache) -> Read | Skipped:
    """A document's row, records and whether they came from the cache; or why it was skipped."""
    try:
        entry, cached = _entry_for(path, cache)
        if "skipped" in entry:
            return Skipped(str(path), entry["skipped"])
        return (*_from_entry(path.name, entry), cached)
    except OSError as exc:
        return Skipped(str(path), f"cannot read file ({exc.strerror or exc})")
    except (KeyError, TypeError, ValueError):
        # An entry from a damaged cache file: extract again rather than trust it.
        raw = path.read_bytes()
        entry = _extract_entry(path.name, raw)
        cache.put(cache.remember(path, Stamp.of(path), raw), entry)
        if "skipped" in entry:
            return Skipped(str(path), entry["skipped"])
        return (*_from_entry(path.name, entry), False)


def _extract_entry(name: str, raw: bytes) -> dict[str, Any]:
    # Imported on a cache miss only: a no-change build never loads the extractor's tables.
    from loaders.documents import document_from_bytes
    from loaders.extract import extract_records_or_skip
    from loaders.yearly import document_row

    try:
        document = document_from_bytes(name, raw)
    except NotReadable as exc:
        return {"skipped": str(exc)}
    records = extract_records_or_skip(document)
    if isinstance(records, Skipped):
        return {"skipped": records.reason}
    return {"row": document_row(document), "records": [r.to_dict() for r in records]}


def _from_entry(name: str, entry: dict[str, Any]) -> tuple[dict, list[dict], list[Record]]:
    # The cache is keyed by content: the same text under another name cites that name.
    row = {**entry["row"], "document": name}
    dicts = [{**r, "document": name} for r in entry["records"]]
    return row, dicts, [_record(r) for r in dicts]


def _record(data: dict[str, Any]) -> Record:
    # record_from_dict without its per-call field listing: the dataclass constructor still
    # rejects unknown or missing fields (TypeError: a damaged cache entry, extracted again).
    fields_ = {k: v for k, v in data.items() if k != "kind"}
    return RECORD_TYPES[data["kind"]](**fields_)


def _csv(frame: Any) -> str:
    return frame.to_csv(index=False, lineterminator="\n")


def build(
    documents_dir: Path = DEFAULT_DOCUMENTS,
    tiers_path: Path = DEFAULT_TIERS,
    out_dir: Path = DEFAULT_OUT,
    *,
    reuse: bool = True,
) -> BuildSummary:
    """Build every output from the documents and the official record; return what happened.

    ``reuse=False`` ignores the manifest and the cache (a cold build). Raises
    loaders.tiers.OfficialRecordError for a bad tiers file, OSError when outputs cannot be written.
    """
    documents_dir, tiers_path, out_dir = Path(documents_dir), Path(tiers_path), Path(out_dir)
    paths, skipped = _scan(documents_dir)
    version = extractor_fingerprint(EXTRACTOR_VERSION)
    inputs = _inputs(paths, skipped, tiers_path, out_dir, version)
    manifest = read_manifest(out_dir)
    if reuse and manifest_is_current(manifest, inputs):
        try:
            return BuildSummary.from_dict({**manifest["summary"], "up_to_date": True})
        except (KeyError, TypeError):
            pass  # a manifest from an older version of this code: build afresh

    # pandas and the table builders load only when there is something to build.
    from loaders.tiers import load_official_record
    from loaders.yearly import assemble_yearly_build, documents_table

    official = load_official_record(tiers_path)
    cache = ExtractionCache(out_dir, version, fresh=not reuse)
    rows: list[dict[str, Any]] = []
    record_dicts: dict[str, list[dict[str, Any]]] = {}
    records: dict[str, list[Record]] = {}
    from_cache = 0
    for path in paths:
        read = _read(path, cache)
        if isinstance(read, Skipped):
            skipped.append(read)
            continue
        rows.append(read[0])
        record_dicts[path.name], records[path.name] = read[1], read[2]
        from_cache += read[3]
    # records.jsonl is written from the dicts as cached (to_dict output), in document order.
    all_records = [r for name in sorted(record_dicts) for r in record_dicts[name]]
    result = assemble_yearly_build(documents_table(rows), records, official)

    out_dir.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out_dir / "yearly.csv", _csv(result.yearly))
    write_text_atomic(out_dir / "claims.csv", _csv(result.claims))
    write_text_atomic(out_dir / "documents.csv", _csv(result.documents))
    write_bytes_atomic(out_dir / "records.jsonl", json_lines(all_records))
    conflicts = result.claims[result.claims["claim_status"] == "conflict"]
    summary = BuildSummary(
        documents_read=len(rows),
        skipped=sorted(skipped, key=lambda s: s.path),
        records_by_kind=dict(sorted(Counter(r["kind"] for r in all_records).items())),
        conflicts=[
            Conflict(r.iso3, int(r.year), r.claimed_tier, r.official_tier, r.document, r.evidence)
            for r in conflicts.itertuples()
        ],
        outputs=[str(out_dir / name) for name in OUTPUTS],
        from_cache=from_cache,
        extracted=len(rows) - from_cache,
        notes=[f"{row['document']}: {row['notes']}" for row in rows if row["notes"]],
    )
    cache.save()
    outputs = {os.path.abspath(out_dir / n): Stamp.of(out_dir / n).as_list() for n in OUTPUTS}
    write_manifest(out_dir, {"inputs": inputs, "outputs": outputs, "summary": summary.to_dict()})
    return summary


__all__ = ["OUTPUTS", "BuildSummary", "Conflict", "build"]
