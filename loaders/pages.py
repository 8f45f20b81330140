"""A downloaded page -> a Document: its charset, its main text (trafilatura), its front matter.

No network here (loaders/fetch.py downloads); nothing is written (loaders/stored.py saves).
Failures are the reader's own: NotText for binary bytes, NotReadable when there is no text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from loaders.documents import (
    Document,
    NotReadable,
    NotText,
    decode_text,
    document_from_bytes,
    html_to_text,
)
from loaders.stored import render_markdown

HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)


@dataclass(frozen=True)
class Page:
    """A page as downloaded: requested URL, raw bytes and the headers that matter."""

    url: str
    raw: bytes
    content_type: str
    etag: str = ""
    last_modified: str = ""


def _declared_charset(page: Page) -> str:
    match = _HEADER_CHARSET.search(page.content_type) or _META_CHARSET.search(page.raw[:4096])
    if not match:
        return ""
    label = match.group(1)
    label = label.decode("ascii", "replace") if isinstance(label, bytes) else label
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return ""
    # Browsers read latin-1 and ascii labels as windows-1252 (WHATWG Encoding), and pages rely on
    # it for curly quotes (bytes 0x91-0x94); so do we.
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def page_text(page: Page) -> str:
    """The text: by BOM, else the declared charset, else UTF-8, else cp1252; NotText if binary."""
    charset = _declared_charset(page)
    if charset.startswith(("utf-16", "utf-32")) and b"\x00" not in page.raw:
        # Text in UTF-16 or UTF-32 has NUL bytes all through its ASCII; bytes with none are not
        # in it, whatever the server says (WHATWG reads a utf-16 <meta> label as UTF-8 too).
        charset = ""
    if charset and not page.raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        if b"\x00" in page.raw and not charset.startswith(("utf-16", "utf-32")):
            raise NotText("binary content (NUL bytes)")
        try:
            return page.raw.decode(charset)
        except UnicodeDecodeError:
            pass  # the declaration is wrong; the sniffing below decides
    return decode_text(page.raw)[0]


def document_from_page(
    page: Page,
    *,
    name: str,
    overrides: Mapping[str, str] | None = None,
    now: dt.datetime | None = None,
) -> Document:
    """The Document a page makes, as its saved file reads back; NotReadable if it has no text."""
    text = page_text(page)
    mime = page.content_type.split(";")[0].strip().lower()
    is_html = mime in HTML_TYPES or (not mime and "<html" in text[:2048].lower())
    try:
        found, body, _ = html_to_text(text, url=page.url) if is_html else ({}, text, [])
    except NotReadable:
        raise
    except Exception as exc:  # the HTML parser on hostile markup: a reason, never a traceback
        raise NotReadable(f"the page could not be parsed ({type(exc).__name__})") from None
    fetched_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    metadata = {
        **{k: v for k, v in found.items() if k != "url"},  # the URL asked for, not a canonical one
        **(overrides or {}),
        "url": page.url,
        "fetched_at": fetched_at.isoformat().replace("+00:00", "Z"),
        "sha256": hashlib.sha256(page.raw).hexdigest(),
    }
    return document_from_bytes(name, render_markdown(metadata, body).encode("utf-8"))
