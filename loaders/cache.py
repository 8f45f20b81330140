"""The build cache: what each document gave, keyed by content hash and extraction code.

Two files under ``OUT/cache/``, both written through loaders/io.py:

- ``documents.json``: per content sha256, the document's row of the documents table and its
  records (``to_dict``), or why it could not be read; plus, per path, the (size, mtime_ns) it had
  when hashed, so an unchanged file is known without reading it (git's "stat" check).
- ``manifest.json``: the last build's inputs and outputs with their stamps and its summary, so a
  build with nothing changed can answer without loading tables at all.

A stamp taken within ``RACY_NS`` of the moment the cache was saved is not trusted: a same-size
edit in that window would keep the mtime's coarse value, so such files are hashed (as git does).
A cache made by other extraction code (code_fingerprint: the import closure of what makes an
entry, hashed), or one that cannot be parsed, is treated as empty.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loaders.closure import PACKAGE, import_closure, source_digest
from loaders.files import shown
from loaders.io import write_bytes_atomic


def _dumps(data: dict[str, Any]) -> bytes:
    import orjson  # loaded on a save only: a no-change build needs just the (small) manifest

    return orjson.dumps(data)


CACHE_DIR = "cache"
ENTRIES_FILE = "documents.json"
MANIFEST_FILE = "manifest.json"
RACY_NS = 2_000_000_000  # 2 s: the coarsest mtime granularity in common use (FAT)
CACHE_FORMAT = 1


@dataclass(frozen=True, slots=True)
class Stamp:
    """A file's size and modification time: equal stamps mean an unchanged file (see RACY_NS)."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Stamp:
        """The file's stamp now (raises OSError when it cannot be stat'ed)."""
        st = os.stat(path)
        return cls(st.st_size, st.st_mtime_ns)

    def as_list(self) -> list[int]:
        """[size, mtime_ns], as stored in JSON."""
        return [self.size, self.mtime_ns]


@dataclass(frozen=True)
class CodeFingerprint:
    """What a cache of one module's results keys on, and the stamps that vouch for it unchanged."""

    version: str  # the hand-set version it was made for (schema.EXTRACTOR_VERSION)
    value: str
    stamps: dict[str, list[int]]  # path -> [size, mtime_ns]; empty: never reused

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able data (kept in the manifest)."""
        return {"version": self.version, "value": self.value, "stamps": self.stamps}


def _stamps_hold(stamps: Any, saved_at_ns: int) -> bool:
    """Whether every stamped path is as it was, and was so well before ``saved_at_ns``."""
    if not isinstance(stamps, dict) or not stamps:
        return False
    for path, stamp in stamps.items():
        try:
            if Stamp.of(Path(path)).as_list() != stamp or stamp[1] >= saved_at_ns - RACY_NS:
                return False
        except (OSError, TypeError, IndexError):
            return False
    return True


def _pipeline() -> tuple[str, list[Path]]:
    """spaCy's and its model's versions, and the folders they are installed in (an upgrade or
    an uninstall there changes the folder's stamp); no folders when either is missing."""
    from importlib import metadata

    from loaders.extract.nlp import NoEnglishModel, model_package, pipeline_version

    try:
        names = ("spacy", model_package())
        folders = {Path(metadata.distribution(n).locate_file("")) for n in names}
        return pipeline_version(), sorted(folders)
    except (NoEnglishModel, metadata.PackageNotFoundError) as exc:
        return f"no pipeline ({type(exc).__name__})", []


def code_fingerprint(
    module: str,
    version: str,
    known: dict[str, Any] | None = None,
    saved_at_ns: int = 0,
    package: Path = PACKAGE,
) -> CodeFingerprint:
    """The fingerprint of the code behind ``module``'s results: ``version``, a hash of every file
    of the module's import closure and, when the closure imports spaCy, the spaCy and model
    versions (the model is loaded by name, so no import names it).

    ``known`` (this fingerprint as the last manifest kept it, saved at ``saved_at_ns``) is reused
    without reading a file while every path it stamped is unchanged (see RACY_NS): finding and
    hashing the closure and reading the versions cost ~0.25 s, stat'ing 40 files well under 1 ms.
    """
    if known and known.get("version") == version and _stamps_hold(known.get("stamps"), saved_at_ns):
        return CodeFingerprint(version, str(known["value"]), dict(known["stamps"]))
    closure = import_closure(module, package)
    watched = list(closure.files)
    pipeline = ""
    if "spacy" in closure.third_party:
        pipeline, folders = _pipeline()
        watched += folders
        pipeline = f" ({pipeline})"
    try:  # stamped before hashing: an edit made meanwhile leaves a stamp that no longer holds
        stamps = {str(path): Stamp.of(path).as_list() for path in watched}
    except OSError:
        stamps = {}
    if pipeline and len(watched) == len(closure.files):
        stamps = {}  # no installed pipeline to watch: recompute every time until there is one
    value = f"{version}+{source_digest(closure, package)}{pipeline}"
    return CodeFingerprint(version, value, stamps)


def _load_json(path: Path) -> dict[str, Any] | None:
    # orjson: the cache of 10,000 documents is 100,000 records; json took 0.7 s to save it.
    import orjson

    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, ValueError):  # orjson.JSONDecodeError is a ValueError
        return None
    return data if isinstance(data, dict) else None


class ExtractionCache:
    """What each document gave, by sha256, for one extractor version; the stat index by path."""

    def __init__(self, directory: Path, version: str, *, fresh: bool = False) -> None:
        self.path = Path(directory) / CACHE_DIR / ENTRIES_FILE
        self.version = version
        # fresh: start empty (a cold build) but still save, so the next build can use it.
        data = {} if fresh else (_load_json(self.path) or {})
        usable = data.get("format") == CACHE_FORMAT and data.get("extractor_version") == version
        self._entries: dict[str, dict[str, Any]] = data.get("entries", {}) if usable else {}
        self._stamps: dict[str, list] = data.get("stamps", {}) if usable else {}
        self._saved_at = int(data.get("saved_at_ns", 0)) if usable else 0
        self._used: set[str] = set()
        self._seen_paths: set[str] = set()
        self._changed = False

    def is_trusted(self, stamp: Stamp) -> bool:
        """Whether a stamp is old enough, relative to the last save, to vouch for the content."""
        return stamp.mtime_ns < self._saved_at - RACY_NS

    def known_sha256(self, path: Path, stamp: Stamp) -> str | None:
        """The file's sha256 from the stat index, when its stamp is unchanged and trusted."""
        key = shown(os.path.abspath(path))
        self._seen_paths.add(key)
        known = self._stamps.get(key)
        if known and known[:2] == stamp.as_list():
            if self.is_trusted(stamp):
                return known[2]
            self._changed = True  # re-saving moves the save time on: next time it is trusted
        return None

    def remember(self, path: Path, stamp: Stamp, raw: bytes) -> str:
        """Hash the file's bytes and note its stamp; return the sha256."""
        key = shown(os.path.abspath(path))
        self._seen_paths.add(key)
        sha = hashlib.sha256(raw).hexdigest()
        if self._stamps.get(key) != [*stamp.as_list(), sha]:
            self._stamps[key] = [*stamp.as_list(), sha]
            self._changed = True
        return sha

    def get(self, sha: str) -> dict[str, Any] | None:
        """The cached entry for this content, or None (then extract and ``put``)."""
        entry = self._entries.get(sha)
        if entry is not None:
            self._used.add(sha)
        return entry

    def put(self, sha: str, entry: dict[str, Any]) -> None:
        """Remember what this content gave: {"row", "records"}, or {"skipped": the reason}."""
        self._entries[sha] = entry
        self._used.add(sha)
        self._changed = True

    def save(self) -> None:
        """Write the cache (only the contents and paths seen in this build) if anything changed."""
        unused = set(self._entries) - self._used
        gone = set(self._stamps) - self._seen_paths
        if not (self._changed or unused or gone):
            return
        self._saved_at = time.time_ns()
        data = {
            "format": CACHE_FORMAT,
            "extractor_version": self.version,
            "saved_at_ns": self._saved_at,
            "entries": {k: v for k, v in self._entries.items() if k in self._used},
            "stamps": {k: v for k, v in self._stamps.items() if k in self._seen_paths},
        }
        write_bytes_atomic(self.path, _dumps(data))
        self._changed = False


class Uncached:
    """ExtractionCache's interface keeping nothing: for a command that writes no build (extract).
    Files of the same content are still read and extracted once."""

    def known_sha256(self, path: Path, stamp: Stamp) -> str | None:
        """Never known without reading the file."""
        return None

    def remember(self, path: Path, stamp: Stamp, raw: bytes) -> str:
        """The sha256 of the file's bytes."""
        return hashlib.sha256(raw).hexdigest()

    def get(self, sha: str) -> dict[str, Any] | None:
        """Nothing is cached."""
        return None

    def put(self, sha: str, entry: dict[str, Any]) -> None:
        """Nothing is kept."""


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The last build's manifest, or None when there is none (or it cannot be parsed)."""
    return _load_json(Path(out_dir) / CACHE_DIR / MANIFEST_FILE)


def write_manifest(out_dir: Path, manifest: dict[str, Any]) -> None:
    """Record a finished build: its inputs, outputs (with their stamps) and summary."""
    manifest = {**manifest, "format": CACHE_FORMAT, "saved_at_ns": time.time_ns()}
    write_bytes_atomic(Path(out_dir) / CACHE_DIR / MANIFEST_FILE, _dumps(manifest))


def manifest_is_current(manifest: dict[str, Any] | None, inputs: dict[str, Any]) -> bool:
    """Whether the last build had exactly these inputs and its outputs are untouched since.

    ``inputs`` holds the stamps of every input file (documents, tiers file) and the settings; a
    stamp too close to the manifest's save time is not trusted (see RACY_NS).
    """
    if not manifest or manifest.get("format") != CACHE_FORMAT:
        return False
    if manifest.get("inputs") != inputs:
        return False
    saved_at = int(manifest.get("saved_at_ns", 0))
    for _path, (_size, mtime_ns) in inputs.get("files", {}).items():
        if mtime_ns >= saved_at - RACY_NS:
            return False
    for path, stamp in manifest.get("outputs", {}).items():
        try:
            if Stamp.of(Path(path)).as_list() != stamp:
                return False
        except OSError:
            return False
    return True


__all__ = [
    "CACHE_DIR",
    "CodeFingerprint",
    "ExtractionCache",
    "Stamp",
    "Uncached",
    "code_fingerprint",
    "manifest_is_current",
    "read_manifest",
    "write_manifest",
]
