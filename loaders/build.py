"""The build step: documents + data/tiers.csv -> data/build/ (the yearly table and its companions).

Load inputs (scan the documents folder, stamp every file) / process (each file's records from the
cache or the extractor, in worker processes with a time limit per document: loaders/reading.py,
the route the extract command takes too; then the pure table builders in loaders/yearly.py) /
save (the outputs as one new set, published in one step under the folder's lock; then the cache
and the manifest). A build whose inputs and outputs are exactly as the manifest left them
answers from the manifest without importing pandas: that is what keeps a no-change rebuild well
under 0.1 s. The dashboard calls the same function (app/loading.py).
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from loaders.cache import (
    CodeFingerprint,
    ExtractionCache,
    Stamp,
    code_fingerprint,
    manifest_is_current,
    read_manifest,
    write_manifest,
)
from loaders.files import Skipped, scan_paths, shown
from loaders.io import write_bytes_atomic, write_text_atomic
from loaders.publish import build_lock, current_set, new_set, publish
from loaders.published import TABLE_FILES, table_texts
from loaders.reading import Read, iter_reads
from loaders.schema import EXTRACTOR_VERSION, Record, json_lines
from loaders.settings import DEFAULT_BUILD, DEFAULT_DOCUMENTS, DEFAULT_TIERS
from loaders.workers import DEFAULT_TIME_LIMIT

DEFAULT_OUT = DEFAULT_BUILD  # the folders the dashboard reads are the ones the command writes
OUTPUTS = (*TABLE_FILES, "records.jsonl")
# The code whose results are cached, by the module that makes them: a cached entry (a document's
# row and records) comes from loaders.entries; the outputs the manifest vouches for from this one.
CODE = {"entries": "loaders.entries", "outputs": "loaders.build"}


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


def _code(manifest: dict[str, Any] | None) -> dict[str, CodeFingerprint]:
    """The fingerprint of each cached kind of result (see CODE), reused from the manifest while
    the files behind it are unchanged."""
    known = (manifest or {}).get("code")
    known = known if isinstance(known, dict) else {}
    saved_at = int((manifest or {}).get("saved_at_ns", 0) or 0)
    return {
        kind: code_fingerprint(module, EXTRACTOR_VERSION, known.get(kind), saved_at)
        for kind, module in CODE.items()
    }


def _inputs(
    paths: list[Path],
    skipped: list[Skipped],
    tiers: Path,
    out_dir: Path,
    code: dict[str, CodeFingerprint],
) -> dict:
    files: dict[str, list[int]] = {}
    for path in [*paths, tiers]:
        try:
            files[shown(os.path.abspath(path))] = Stamp.of(path).as_list()
        except OSError:
            files[shown(os.path.abspath(path))] = [-1, -1]
    return {
        "extractor_version": code["entries"].value,
        "build_code": code["outputs"].value,
        "tiers": shown(os.path.abspath(tiers)),
        "out_dir": shown(os.path.abspath(out_dir)),
        "files": files,
        "left_out": [[s.path, s.reason] for s in skipped],
    }


def _up_to_date(
    out_dir: Path, inputs: dict[str, Any], manifest: dict[str, Any] | None
) -> BuildSummary | None:
    """The last build's summary when nothing changed since (and its set is still current)."""
    if not manifest_is_current(manifest, inputs):
        return None
    published = current_set(out_dir)
    if published is None or published.name != manifest.get("set"):
        return None
    try:
        return BuildSummary.from_dict({**manifest["summary"], "up_to_date": True})
    except (KeyError, TypeError):
        return None  # a manifest from an older version of this code: build afresh


@dataclass(frozen=True)
class _Plan:
    """What a build reads and where it writes: the documents found (and those left out), the
    record, the output folder, every input's stamp and the code's fingerprints."""

    paths: list[Path]
    skipped: list[Skipped]
    tiers_path: Path
    out_dir: Path
    inputs: dict[str, Any]
    code: dict[str, CodeFingerprint]


def _plan(
    documents_dir: Path, tiers_path: Path, out_dir: Path, manifest: dict[str, Any] | None
) -> _Plan:
    """Scan the documents folder and stamp every input (cheap: no file is opened)."""
    paths, skipped = scan_paths([Path(documents_dir)])
    tiers_path, out_dir, code = Path(tiers_path), Path(out_dir), _code(manifest)
    inputs = _inputs(paths, skipped, tiers_path, out_dir, code)
    return _Plan(paths, skipped, tiers_path, out_dir, inputs, code)


def up_to_date(documents_dir: Path, tiers_path: Path, out_dir: Path) -> BuildSummary | None:
    """The last build's summary when a build now would change nothing (cheap: stamps only)."""
    manifest = read_manifest(Path(out_dir))
    plan = _plan(documents_dir, tiers_path, out_dir, manifest)
    return _up_to_date(plan.out_dir, plan.inputs, manifest)


def last_summary(out_dir: Path) -> BuildSummary | None:
    """What the last finished build into ``out_dir`` read, skipped and wrote (its manifest)."""
    manifest = read_manifest(Path(out_dir))
    try:
        return BuildSummary.from_dict(manifest["summary"]) if manifest else None
    except (KeyError, TypeError):
        return None


def build(
    documents_dir: Path = DEFAULT_DOCUMENTS,
    tiers_path: Path = DEFAULT_TIERS,
    out_dir: Path = DEFAULT_OUT,
    *,
    reuse: bool = True,
    jobs: int = 1,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    lock_wait: float = 600.0,
) -> BuildSummary:
    """Build every output from the documents and the official record; return what happened.

    ``reuse=False`` ignores the manifest and the cache (a cold build). ``jobs`` worker processes
    read the documents, each within ``time_limit`` seconds (None: no limit, and with one job no
    worker process). A build waits up to ``lock_wait`` seconds for another one writing the same
    folder. Raises loaders.official.OfficialRecordError for a bad tiers file, OSError (BuildLocked
    among them) when outputs cannot be written; the published outputs are then as they were.
    """
    manifest = read_manifest(Path(out_dir)) if reuse else None
    plan = _plan(documents_dir, tiers_path, out_dir, manifest)
    if reuse and (summary := _up_to_date(plan.out_dir, plan.inputs, manifest)):
        return summary
    with build_lock(plan.out_dir, lock_wait):
        # Another build may have made exactly these outputs while this one waited for the lock.
        latest = read_manifest(plan.out_dir)
        if reuse and (summary := _up_to_date(plan.out_dir, plan.inputs, latest)):
            return summary
        return _build_locked(plan, reuse, jobs, time_limit)


def _build_locked(plan: _Plan, reuse: bool, jobs: int, time_limit: float | None) -> BuildSummary:
    """Read (the record; each document from the cache or the workers) / assemble every table /
    publish them as one set, then keep the cache and the manifest. Call with the lock held."""
    # pandas and the table builders load only when there is something to build.
    from loaders.official import load_official_record
    from loaders.yearly import assemble_yearly_build, documents_table

    official = load_official_record(plan.tiers_path)
    cache = ExtractionCache(plan.out_dir, plan.inputs["extractor_version"], fresh=not reuse)
    reads = iter_reads(plan.paths, cache, jobs=jobs, time_limit=time_limit)
    gathered = _gather(plan.paths, list(reads), plan.skipped)

    tables = assemble_yearly_build(documents_table(gathered.rows), gathered.records, official)

    published = _publish_outputs(plan.out_dir, tables, gathered.all_records())
    summary = _summary(gathered, plan.skipped, tables.claims, published)
    cache.save()
    _record_build(plan, published, summary)
    return summary


@dataclass
class _Gathered:
    """What the documents read gave: their rows, and their records as dicts and as records."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    record_dicts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    records: dict[str, list[Record]] = field(default_factory=dict)
    from_cache: int = 0

    def all_records(self) -> list[dict[str, Any]]:
        """Every record as cached (to_dict output), in document order: records.jsonl's lines."""
        return [r for name in sorted(self.record_dicts) for r in self.record_dicts[name]]


def _gather(paths: list[Path], reads: list[Read | Skipped], skipped: list[Skipped]) -> _Gathered:
    """The reads by document name; the documents that could not be read join ``skipped``."""
    gathered = _Gathered()
    for path, read in zip(paths, reads, strict=True):
        if isinstance(read, Skipped):
            skipped.append(read)
            continue
        name = shown(path.name)
        gathered.rows.append(read.row)
        gathered.record_dicts[name], gathered.records[name] = read.record_dicts, read.records
        gathered.from_cache += read.cached
    return gathered


def _publish_outputs(out_dir: Path, result: Any, all_records: list[dict[str, Any]]) -> Path:
    """Write every output into a new set and publish it; return the published folder."""
    folder = new_set(out_dir)
    for name, text in table_texts(result).items():
        write_text_atomic(folder / name, text)
    write_bytes_atomic(folder / "records.jsonl", json_lines(all_records))
    return publish(out_dir, folder, OUTPUTS)


def _summary(
    gathered: _Gathered, skipped: list[Skipped], claims: Any, published: Path
) -> BuildSummary:
    """What the build read, skipped, found and wrote."""
    rows = gathered.rows
    conflicts = claims[claims["claim_status"] == "conflict"]
    return BuildSummary(
        documents_read=len(rows),
        skipped=sorted(skipped, key=lambda s: s.path),
        records_by_kind=dict(sorted(Counter(r["kind"] for r in gathered.all_records()).items())),
        conflicts=[
            Conflict(r.iso3, int(r.year), r.claimed_tier, r.official_tier, r.document, r.evidence)
            for r in conflicts.itertuples()
        ],
        outputs=[str(published / name) for name in OUTPUTS],
        from_cache=gathered.from_cache,
        extracted=len(rows) - gathered.from_cache,
        notes=[f"{row['document']}: {row['notes']}" for row in rows if row["notes"]],
    )


def _record_build(plan: _Plan, published: Path, summary: BuildSummary) -> None:
    """The manifest of the finished build: its inputs, code, outputs' stamps and summary."""
    outputs = {
        shown(os.path.abspath(published / n)): Stamp.of(published / n).as_list() for n in OUTPUTS
    }
    write_manifest(
        plan.out_dir,
        {
            "inputs": plan.inputs,
            "code": {kind: fingerprint.as_dict() for kind, fingerprint in plan.code.items()},
            "outputs": outputs,
            "set": published.name,
            "summary": summary.to_dict(),
        },
    )


__all__ = ["OUTPUTS", "BuildSummary", "Conflict", "build", "last_summary", "up_to_date"]
