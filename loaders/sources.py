"""The list of sources ``python -m loaders fetch --all`` and the hosted app's first start fetch
(data/sources.toml): one [[source]] table per page, with metadata that overrides the page's.

A broken sources.toml raises (SourcesError, listing every offender), because a fetch run from a
list nobody can read would silently do less.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from loaders.files import NotReadable, read_capped
from loaders.settings import DEFAULT_SOURCES
from loaders.urls import is_web_url

SOURCE_KEYS = ("url", "file", "title", "published", "publisher", "author", "rights")


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
