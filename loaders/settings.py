"""Settings: what the environment allows (saving, fetching pasted URLs, upload size, documents
folder), and where the data lives by default (the one definition of each default path).

Environment values never raise: a value that cannot be read falls back to its default and leaves a
warning on the Settings, for the dashboard to show. The list of sources is loaders/sources.py's.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from loaders.files import MAX_BYTES, MB

DEFAULT_DOCUMENTS = Path("data/documents")
DEFAULT_BUILD = Path("data/build")
DEFAULT_SOURCES = Path("data/sources.toml")
DEFAULT_TIERS = Path("data/tiers.csv")
# The document reader refuses anything larger, so a bigger upload limit would only promise what
# cannot be read: one definition, the reader's.
DEFAULT_MAX_UPLOAD_BYTES = MAX_UPLOAD_BYTES_CEILING = MAX_BYTES
# Below a tenth of a MB most articles would be refused (and 0.0000001 MB is 0 bytes: every one).
MAX_UPLOAD_BYTES_FLOOR = MB // 10

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True)
class Settings:
    """What this running copy of Tier Watch allows; ``warnings`` lists values that were ignored."""

    allow_save: bool = False
    allow_url_fetch: bool = False
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    documents_dir: Path = DEFAULT_DOCUMENTS
    build_dir: Path = DEFAULT_BUILD  # where the dashboard reads (and makes) the build
    # Fetch the sources file's pages into the documents folder on the server's first start
    # (conditional requests: a page that has not changed is not downloaded again).
    fetch_sources: bool = False
    sources_file: Path = DEFAULT_SOURCES
    warnings: tuple[str, ...] = ()


def _quoted(value: str) -> str:
    """A refused value as a warning names it: quoted, escaped, and cut past 40 characters."""
    return repr(value if len(value) <= 40 else value[:39] + "…")


def _flag(environ: Mapping[str, str], name: str, warnings: list[str]) -> bool:
    value = environ.get(name, "").strip().lower()
    if not value or value in _FALSE:
        return False
    if value in _TRUE:
        return True
    warnings.append(
        f"{name}={_quoted(environ[name])} is not one of 1/0, true/false, yes/no; using off"
    )
    return False


def megabytes(size: int) -> str:
    """A size in MB as settings and the README write it: 5, 0.1, 2.5."""
    return f"{size / MB:g}"


def _upload_bytes(environ: Mapping[str, str], warnings: list[str]) -> int:
    name = "TIERWATCH_MAX_UPLOAD_MB"
    value = environ.get(name, "").strip()
    if not value:
        return DEFAULT_MAX_UPLOAD_BYTES
    low, high = megabytes(MAX_UPLOAD_BYTES_FLOOR), megabytes(MAX_UPLOAD_BYTES_CEILING)
    try:
        size = float(value) * MB
    except ValueError:
        size = float("nan")
    if not size > 0 or size == float("inf"):  # also catches NaN
        warnings.append(
            f"{name}={_quoted(value)} is not a number of MB from {low} to {high}; "
            f"using {megabytes(DEFAULT_MAX_UPLOAD_BYTES)}"
        )
        return DEFAULT_MAX_UPLOAD_BYTES
    if size < MAX_UPLOAD_BYTES_FLOOR:
        warnings.append(
            f"{name}={_quoted(value)} is under the least allowed, {low} MB; using {low}"
        )
        return MAX_UPLOAD_BYTES_FLOOR
    if size > MAX_UPLOAD_BYTES_CEILING:
        warnings.append(
            f"{name}={_quoted(value)} is over the {high} MB the reader accepts; using {high}"
        )
        return MAX_UPLOAD_BYTES_CEILING
    return int(size)


def _folder(environ: Mapping[str, str], name: str, default: Path, warnings: list[str]) -> Path:
    value = environ.get(name, "").strip()
    if not value:
        return default
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        warnings.append(f"{name}={value!r} is a file, not a folder; using {default}")
        return default
    return path


def load_settings(environ: Mapping[str, str] = os.environ) -> Settings:
    """Settings from TIERWATCH_* environment variables; bad values -> defaults plus warnings."""
    warnings: list[str] = []
    return Settings(
        allow_save=_flag(environ, "TIERWATCH_ALLOW_SAVE", warnings),
        allow_url_fetch=_flag(environ, "TIERWATCH_ALLOW_URL_FETCH", warnings),
        max_upload_bytes=_upload_bytes(environ, warnings),
        documents_dir=_folder(environ, "TIERWATCH_DOCUMENTS", DEFAULT_DOCUMENTS, warnings),
        build_dir=_folder(environ, "TIERWATCH_BUILD", DEFAULT_BUILD, warnings),
        fetch_sources=_flag(environ, "TIERWATCH_FETCH_SOURCES", warnings),
        sources_file=Path(environ.get("TIERWATCH_SOURCES", "").strip() or DEFAULT_SOURCES),
        warnings=tuple(warnings),
    )
