"""Settings: what the environment allows (saving, fetching pasted URLs, upload size, documents
folder), and the list of sources ``python -m loaders fetch --all`` refreshes (data/sources.toml).

Environment values never raise: a value that cannot be read falls back to its default and leaves a
warning on the Settings, for the dashboard to show. A broken sources.toml does raise (SourcesError,
listing every offender), because a fetch run from a list nobody can read would silently do less.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from loaders.files import MAX_BYTES, MB, NotReadable, read_capped
from loaders.urls import is_web_url

DEFAULT_DOCUMENTS = Path("data/documents")
DEFAULT_BUILD = Path("data/build")
DEFAULT_SOURCES = Path("data/sources.toml")
# The document reader refuses anything larger, so a bigger upload limit would only promise what
# cannot be read: one definition, the reader's.
DEFAULT_MAX_UPLOAD_BYTES = MAX_UPLOAD_BYTES_CEILING = MAX_BYTES
# Below a tenth of a MB most articles would be refused (and 0.0000001 MB is 0 bytes: every one).
MAX_UPLOAD_BYTES_FLOOR = MB // 10

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
SOURCE_KEYS = ("url", "file", "title", "published", "publisher", "author", "rights")


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


class SourcesError(ValueError):
    """sources.toml cannot be used; the message names the file and every offending entry."""


@dataclass(frozen=True)
class Source:
    """One URL to fetch, with metadata that overrides what the page says and its stored file."""

    url: str
    file: str = ""  # stored file name in the documents folder; empty: derived from the URL
    title: str = ""
    published: str = ""
    publisher: str = ""
    author: str = ""
    rights: str = ""  # "public domain (US government work)", else whose the text is

    def overrides(self) -> dict[str, str]:
        """The metadata given here, which wins over what is extracted from the page."""
        fields = ("title", "published", "publisher", "author", "rights")
        return {key: getattr(self, key) for key in fields if getattr(self, key)}


def _source_problems(entry: object) -> list[str]:
    if not isinstance(entry, dict):
        return ["is not a table of keys"]
    problems = [f"unknown key {key!r}" for key in sorted(set(entry) - set(SOURCE_KEYS))]
    for key, value in sorted(entry.items()):
        if key in SOURCE_KEYS and not isinstance(value, str | dt.date):
            problems.append(f"{key} is not a string")
    url = entry.get("url")
    if not is_web_url(url):
        problems.append(f"url {url!r} is not an http(s) URL")
    name = entry.get("file", "")
    if isinstance(name, str) and name:
        plain = PurePosixPath(name).name == name and "\\" not in name and not name.startswith(".")
        if not plain or not name.endswith(".md"):
            problems.append(f"file {name!r} is not a plain .md file name")
    return problems


def sources_from_toml(text: str, origin: str = "sources.toml") -> list[Source]:
    """Sources from the text of a sources.toml (``[[source]]`` tables); SourcesError if unusable."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{origin}: not valid TOML ({exc})") from None
    except RecursionError:
        # tomllib recurses once per nested array or table.
        raise SourcesError(f"{origin}: not valid TOML (nested too deeply)") from None
    unknown = sorted(set(data) - {"source"})
    entries = data.get("source", [])
    problems = [f"{origin}: unknown top-level key {key!r}" for key in unknown]
    if not isinstance(entries, list):
        raise SourcesError(f"{origin}: 'source' must be a list of [[source]] tables")
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        problems += [f"{origin}: source #{number} {p}" for p in _source_problems(entry)]
        if isinstance(entry, dict) and isinstance(entry.get("url"), str):
            if entry["url"] in seen:
                problems.append(f"{origin}: source #{number} repeats #{seen[entry['url']]}'s url")
            seen.setdefault(entry["url"], number)
    if problems:
        raise SourcesError("\n".join(problems))
    return [Source(**{key: str(value) for key, value in entry.items()}) for entry in entries]


def load_sources(path: Path = DEFAULT_SOURCES) -> list[Source]:
    """The sources listed in ``path``; an absent file lists none. SourcesError if unusable."""
    if not os.path.lexists(path):
        return []
    try:
        # Regular files only, capped: a FIFO would block for ever, /dev/zero fill the memory.
        raw = read_capped(Path(path))
    except NotReadable as exc:
        raise SourcesError(f"{path}: {exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SourcesError(f"{path}: not UTF-8 text") from None
    return sources_from_toml(text, str(path))
