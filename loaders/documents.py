"""Documents: reading .md/.txt (optional YAML front matter) and .html files into Document values.

Bad input never stops a run and is never dropped silently: a file that cannot be read at all
raises NotReadable with its reason (loaders/entries.py makes it that file's skip, on every route);
a file read with a workaround (cp1252, broken front matter, an impossible date) is a Document
whose ``notes`` say what was worked around.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from loaders.files import (
    HTML_SUFFIXES,
    MAX_BYTES,
    MB,
    NotReadable,
    Skipped,  # noqa: F401  (re-exported: importers name it beside Document)
    TooLarge,
    read_capped,
    shown,
)
from loaders.htmltext import EmptyDocument, html_to_text
from loaders.urls import is_web_url

EARLIEST_YEAR = 2000  # no TIP report (nor any text about one) predates 2001
METADATA_KEYS = (
    "title", "url", "published", "publisher", "author", "rights", "fetched_at", "sha256",
)  # fmt: skip
# The most characters one front-matter value keeps. Every one lands in a cell of documents.csv, and
# Python's csv module refuses to read back a cell over 131,072 characters (its field_size_limit):
# one 200,000-character title made every later read of the published set raise. 2,000 is ten
# times the longest real title or author list we have seen.
MAX_FIELD_CHARS = 2_000


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader where built in (10x faster on front matter), dates left as text.

    YAML would build a datetime from an unquoted ``published: 2015-02-30`` and raise ValueError on
    an impossible one; as text, parse_published judges it and the rest of the metadata survives.
    """


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
# A time after a full date, as YAML and ISO 8601 write it: checked whole by fromisoformat.
_TIME = re.compile(r"(?:[Tt]|[ \t]+)\d")


class NotText(NotReadable):
    """Binary content: NUL bytes, or bytes that are neither UTF-8 nor cp1252."""


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


def parse_published(value: Any, today: dt.date | None = None) -> tuple[PublishedDate | None, str]:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD (or a YAML date); return (date, note when rejected)."""
    today = today or dt.date.today()
    if value is None or value == "":
        return None, ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        date = PublishedDate(value.year, value.month, value.day)
    elif isinstance(value, list | dict | bool):
        kind = {list: "a list", dict: "a mapping", bool: "true/false"}[type(value)]
        return None, f"published is {kind}, not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored"
    else:
        date = _date_from_text(" ".join(str(value).split()))
        if isinstance(date, str):
            return None, date
    earliest = dt.date(date.year, date.month or 12, date.day or 28)
    if (date.year, date.month or 1, date.day or 1) > (today.year, today.month, today.day):
        return None, f"published date {date} is in the future; ignored, year inferred from text"
    if earliest.year < EARLIEST_YEAR:
        return None, f"published date {date} is before {EARLIEST_YEAR}; ignored"
    return date, ""


def _date_from_text(text: str) -> PublishedDate | str:
    """YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp; else the note saying why it is ignored."""
    shown = text if len(text) <= 40 else text[:39] + "…"
    m = _DATE.match(text)
    rest = text[m.end() :] if m else text
    if not m or (rest and not (m.group(3) and _TIME.match(rest))):
        return f"published date {shown!r} is not YYYY, YYYY-MM or YYYY-MM-DD; ignored"
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        dt.date(year, month or 1, day or 1)
        if rest:
            dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return f"published date {shown!r} is not a real date; ignored"
    return PublishedDate(year, month, day)


def _clip_text(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def unexpected_reason(exc: Exception) -> str:
    """The skip reason for an error no reader rule foresaw: its type and the start of its text."""
    return f"could not be read ({type(exc).__name__}: {_clip_text(str(exc), 80)})"


# A UTF-32 BOM starts with the UTF-16 one (FF FE): it is checked first, or UTF-32 text reads as
# UTF-16 with a NUL between every letter, and no record is found in it.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)
# A UTF-8 file with this many stray bytes or fewer (and more UTF-8 characters than strays) is UTF-8
# with a slip, e.g. one Latin-1 byte pasted in; past it the file is another encoding.
MAX_STRAY_BYTES = 16
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _utf8_with_strays(raw: bytes) -> tuple[str, list[int]] | None:
    """UTF-8 text with its few invalid bytes replaced (U+FFFD), and their offsets; else None."""
    pieces, strays, start = [], [], 0
    while True:
        try:
            pieces.append(raw[start:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            pieces.append(raw[start : start + exc.start].decode("utf-8"))
            strays.append(start + exc.start)
            if len(strays) > MAX_STRAY_BYTES:
                return None
            pieces.append("\ufffd")
            start += exc.end
    text = "".join(pieces)
    if len(_NON_ASCII.findall(text)) - len(strays) <= len(strays):
        return None  # no UTF-8 to speak of: cp1252 (or binary) with bytes over 0x7f
    return text, strays


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """(text, label) of UTF-16 written with no byte order mark, else None.

    Text in UTF-16 has a NUL beside each ASCII letter, always on the same side: most bytes on one
    side are NUL and almost none on the other. Binary data has its NULs anywhere.
    """
    if len(raw) < 8 or len(raw) % 2:
        return None
    even, odd = raw[0::2].count(0) / (len(raw) // 2), raw[1::2].count(0) / (len(raw) // 2)
    for nuls, other, codec, label in (
        (odd, even, "utf-16-le", "LE"),
        (even, odd, "utf-16-be", "BE"),
    ):
        if nuls >= 0.5 and other <= 0.01:
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for c in text if c < " " and c not in "\n\r\t")
            return (text, f"UTF-16 {label}") if controls <= len(text) // 100 else None
    return None


def _stray_note(strays: list[int]) -> str:
    listed = ", ".join(f"{offset:,}" for offset in strays)
    if len(strays) == 1:
        return f"not valid UTF-8 at byte {listed}; that byte read as U+FFFD"
    return f"not valid UTF-8 at {len(strays)} bytes (offsets {listed}); each read as U+FFFD"


def _strip_boms(text: str, notes: list[str]) -> str:
    """The text without the byte order marks it starts with; a second one is noted.

    A BOM copied in twice (files concatenated, an editor adding one to a file that had one)
    would hide the front matter's opening ``---``, and its metadata with it.
    """
    if text.startswith("\ufeff"):
        notes.append("repeated byte order marks at the start; removed")
        return text.lstrip("\ufeff")
    return text


def decode_text(raw: bytes) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (BOM allowed), UTF-32/UTF-16 with a BOM, else cp1252 with a note.

    UTF-8 with a few stray bytes is read as UTF-8 with those bytes replaced, naming each offset.
    """
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError as exc:
                reason = f"{label} byte order mark but undecodable text ({exc.reason})"
                raise NotText(reason) from None
            notes = [f"decoded as {label}"]
            return _strip_boms(text, notes), notes
    if b"\x00" in raw:
        found16 = _utf16_without_bom(raw)
        if found16 is None:
            raise NotText("binary content (NUL bytes)")
        text, label = found16
        notes = [f"decoded as {label} (no byte order mark; its NUL bytes fall on one side)"]
        return _strip_boms(text, notes), notes
    notes: list[str] = []
    try:
        return _strip_boms(raw.decode("utf-8-sig"), notes), notes
    except UnicodeDecodeError as exc:
        first = exc.start
    found = _utf8_with_strays(raw)
    if found is not None:
        text, strays = found
        notes.append(_stray_note(strays))
        return _strip_boms(text.removeprefix("\ufeff"), notes), notes
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise NotText(
            f"neither UTF-8 (byte {first:,} is 0x{raw[first]:02x}) nor cp1252 text"
        ) from None
    notes.append("not UTF-8; decoded as cp1252 (Windows-1252)")
    return text, notes


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Return (metadata, body, notes). Broken front matter is noted and the body kept."""
    if not text.startswith("---"):
        return {}, text, []
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, ["broken front matter (no closing ---); read the whole file as text"]
    body = text[m.end() :]
    try:
        meta = yaml.load(m.group(1), Loader=_FrontMatterLoader)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 2}" if where else ""
        return {}, body, [f"broken front matter (YAML error{line}); metadata ignored"]
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # A value YAML parses but cannot build (e.g. a key that is a list): the text stays.
        return {}, body, [f"broken front matter ({type(exc).__name__}); metadata ignored"]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, ["broken front matter (not a mapping of keys to values); ignored"]
    return meta, body, []


def _capped(name: str, value: str, notes: list[str]) -> str:
    """The value cut to MAX_FIELD_CHARS, with a note giving its length; a long url is dropped."""
    if len(value) <= MAX_FIELD_CHARS:
        return value
    if name == "url":
        # A cut URL is a link to somewhere else; is_web_url then drops the empty one.
        notes.append(f"url is {len(value):,} characters, over {MAX_FIELD_CHARS:,}; ignored")
        return ""
    notes.append(f"{name} cut to {MAX_FIELD_CHARS:,} characters (it had {len(value):,})")
    return value[:MAX_FIELD_CHARS]


def _clean_metadata(meta: dict[str, Any]) -> tuple[dict[str, str], Any, list[str]]:
    """Metadata as strings, the raw published value (for parse_published), notes on dropped keys.

    A list or mapping where a known key wants one value is dropped with a note, never silently.
    """
    out: dict[str, str] = {}
    raw: dict[str, Any] = {}
    notes: list[str] = []
    for key, value in meta.items():
        name = str(key).strip().lower()
        raw[name] = value
        if isinstance(value, dict | list):
            if name in METADATA_KEYS and name != "published":
                notes.append(f"{name} is a list or mapping, not one value; ignored")
            continue
        if value is not None:
            out[name] = _capped(name, str(value).strip(), notes)
    if "published" not in out and "date" in out:
        out["published"] = out["date"]
    return out, raw.get("published", raw.get("date")), notes


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
        raise TooLarge(f"over {MAX_BYTES / MB:g} MB ({len(raw):,} bytes)")
    if not raw.strip():
        raise EmptyDocument("empty file")
    text, notes = decode_text(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if name.lower().endswith(HTML_SUFFIXES):
        file_meta, body, html_notes = html_to_text(text)
        notes += html_notes
    else:
        file_meta, body, fm_notes = split_front_matter(text)
        notes += fm_notes
    meta, published_value, meta_notes = _clean_metadata({**file_meta, **(metadata or {})})
    notes += meta_notes
    if not body.strip():
        raise EmptyDocument("no text after the front matter")
    published, note = parse_published(published_value, today)
    if note:
        notes.append(note)
    if meta.get("url") and not is_web_url(meta["url"]):
        # Only http(s) URLs are kept: a javascript: or file: URL would become a link somewhere.
        notes.append(f"url {_clip_text(meta.pop('url'))!r} is not an http(s) URL; ignored")
    return Document(
        id=shown(Path(name).name),
        body=body,
        sha256=hashlib.sha256(raw).hexdigest(),
        metadata={k: v for k, v in meta.items() if k in METADATA_KEYS or k == "country"},
        published=published,
        notes=tuple(notes),
    )


def document_from_path(path: Path, today: dt.date | None = None) -> Document:
    """Read one regular file (at most MAX_BYTES + 1 bytes of it). Raises NotReadable."""
    return document_from_bytes(shown(Path(path).name), read_capped(Path(path)), today=today)
