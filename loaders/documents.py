"""Documents: reading .md/.txt (optional YAML front matter) and .html files into Document values.

Bad input never stops a run and is never dropped silently: a file that cannot be read at all is a
``Skipped`` with its reason; a file read with a workaround (cp1252, broken front matter, an
impossible date) is a Document whose ``notes`` say what was worked around.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
HTML_SUFFIXES = (".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
EARLIEST_YEAR = 2000  # no TIP report (nor any text about one) predates 2001
METADATA_KEYS = (
    "title", "url", "published", "publisher", "author", "rights", "fetched_at", "sha256",
)  # fmt: skip

# libyaml's loader where it is built in (10x faster on front matter); same safe subset.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class NotReadable(Exception):
    """A file that cannot be read as a document; the message is the reason shown to users."""


class NotText(NotReadable):
    """Binary content: NUL bytes, or bytes that are neither UTF-8 nor cp1252."""


class TooLarge(NotReadable):
    """Over MAX_BYTES."""


class EmptyDocument(NotReadable):
    """No text at all."""


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A publication date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month:
            parts.append(f"{self.month:02d}")
            if self.day:
                parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True)
class Document:
    """One document: its id (file name), metadata, body text and content hash."""

    id: str
    body: str
    sha256: str  # of the raw bytes as read
    metadata: dict[str, str] = field(default_factory=dict)
    published: PublishedDate | None = None
    notes: tuple[str, ...] = ()

    @property
    def url(self) -> str:
        return self.metadata.get("url", "")

    @property
    def title(self) -> str:
        return self.metadata.get("title", "")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, and why."""

    path: str
    reason: str


@dataclass
class ReadResult:
    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def parse_published(value: Any, today: dt.date | None = None) -> tuple[PublishedDate | None, str]:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD (or a YAML date); return (date, note when rejected)."""
    today = today or dt.date.today()
    if value is None or value == "":
        return None, ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        date = PublishedDate(value.year, value.month, value.day)
    else:
        m = _DATE.match(str(value).strip())
        if not m:
            return None, f"published date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; ignored"
        year, month, day = (int(g) if g else None for g in m.groups())
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return None, f"published date {value!r} is not a real date; ignored"
        date = PublishedDate(year, month, day)
    earliest = dt.date(date.year, date.month or 12, date.day or 28)
    if (date.year, date.month or 1, date.day or 1) > (today.year, today.month, today.day):
        return None, f"published date {date} is in the future; ignored, year inferred from text"
    if earliest.year < EARLIEST_YEAR:
        return None, f"published date {date} is before {EARLIEST_YEAR}; ignored"
    return date, ""


def decode_text(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16 with a BOM, else cp1252 with a note."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ["decoded as UTF-16"]
        except UnicodeDecodeError as exc:
            raise NotText(f"UTF-16 byte order mark but undecodable text ({exc.reason})") from None
    if b"\x00" in raw:
        raise NotText("binary content (NUL bytes)")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), ["not UTF-8; decoded as cp1252 (Windows-1252)"]
    except UnicodeDecodeError as exc:
        raise NotText(f"neither UTF-8 nor cp1252 text (byte {exc.start})") from None


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Return (metadata, body, notes). Broken front matter is noted and the body kept."""
    if not text.startswith("---"):
        return {}, text, []
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, ["broken front matter (no closing ---); read the whole file as text"]
    body = text[m.end() :]
    try:
        meta = yaml.load(m.group(1), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where else ""
        return {}, body, [f"broken front matter (YAML error{line}); metadata ignored"]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, ["broken front matter (not a mapping of keys to values); ignored"]
    return meta, body, []


def _clean_metadata(meta: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in meta.items():
        if value is None or isinstance(value, dict | list):
            continue
        out[str(key).strip().lower()] = str(value).strip()
    if "published" not in out and "date" in out:
        out["published"] = out["date"]
    return out


def html_to_text(html: str, url: str | None = None) -> tuple[dict[str, Any], str]:
    """Main text and metadata of an HTML page, by trafilatura (``url`` helps it date the page)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    if result is None or not getattr(result, "text", None):
        raise EmptyDocument("no main text found in the HTML page")
    meta = {
        "title": result.title,
        "url": result.url,
        "published": result.date,
        "publisher": result.sitename,
        "author": result.author,
    }
    return {k: v for k, v in meta.items() if v}, result.text


def document_from_bytes(
    name: str,
    raw: bytes,
    *,
    metadata: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> Document:
    """Read one document from its bytes; ``name`` gives the id and, by its suffix, the format.

    ``metadata`` overrides what the file itself says (e.g. a title typed in the dashboard).
    Raises NotReadable (with the reason as message) when nothing can be read.
    """
    if len(raw) > MAX_BYTES:
        raise TooLarge(f"over 5 MB ({len(raw):,} bytes)")
    if not raw.strip():
        raise EmptyDocument("empty file")
    text, notes = decode_text(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if name.lower().endswith(HTML_SUFFIXES):
        file_meta, body = html_to_text(text)
    else:
        file_meta, body, fm_notes = split_front_matter(text)
        notes += fm_notes
    meta = _clean_metadata({**file_meta, **(metadata or {})})
    if not body.strip():
        raise EmptyDocument("no text after the front matter")
    published, note = parse_published(meta.get("published"), today)
    if note:
        notes.append(note)
    return Document(
        id=Path(name).name,
        body=body,
        sha256=hashlib.sha256(raw).hexdigest(),
        metadata={k: v for k, v in meta.items() if k in METADATA_KEYS or k == "country"},
        published=published,
        notes=tuple(notes),
    )


def document_from_path(path: Path, today: dt.date | None = None) -> Document:
    """Read one file. Raises NotReadable with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(f"over 5 MB ({size:,} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise NotReadable(f"cannot read file ({exc.strerror or exc})") from None
    return document_from_bytes(path.name, raw, today=today)


def iter_document_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and document files found in folders (sorted, hidden ones left out).

    Files in a folder that are not documents by suffix are yielded as Skipped, never dropped.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or any(p.startswith(".") for p in child.parts[-1:]):
                    continue
                if child.suffix.lower() in DOCUMENT_SUFFIXES:
                    yield child
                else:
                    kind = child.suffix or "no suffix"
                    yield Skipped(str(child), f"not a document type ({kind})")
        elif path.exists():
            yield path
        else:
            yield Skipped(str(path), "no such file or folder")


def read_documents(paths: Iterable[Path | str], today: dt.date | None = None) -> ReadResult:
    """Read every document under the given files and folders; list what could not be read."""
    result = ReadResult()
    for item in iter_document_paths(Path(p) for p in paths):
        if isinstance(item, Skipped):
            result.skipped.append(item)
            continue
        try:
            result.documents.append(document_from_path(item, today))
        except NotReadable as exc:
            result.skipped.append(Skipped(str(item), str(exc)))
    return result
