"""Documents added in the dashboard: an uploaded file or pasted text, read, or refused.

Refusals carry the sentence the user sees ("... is binary ..."); nothing is read or kept then.
An added document is extracted once, when added, in loaders.reader_process (the build's time limit
per document, never in the server's process); one that is not read there is not kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loaders.documents import Document, NotReadable, document_from_bytes
from loaders.entries import Entry
from loaders.reader_process import entries_in_a_process
from loaders.settings import MB
from loaders.stored import normalise_url
from views.filters import web_url
from views.text import clip

UPLOAD_SUFFIXES = (".txt", ".md", ".html")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
# loaders.workers' reason for a document stopped at its time limit.
_OVER_TIME = re.compile(r"reading it took over (?P<seconds>\d+) s; stopped")


@dataclass(frozen=True, slots=True)
class Added:
    """The outcome of adding one document: the document, or the reason it was refused."""

    document: Document | None
    error: str = ""


def size_limit(max_bytes: int) -> str:
    """An upload limit as the page says it: "5 MB (5,000,000 bytes)" (MB of 1,000,000 bytes, as
    loaders.files.MB counts them), or its bytes when under a tenth of a MB."""
    if max_bytes < MB // 10:
        return f"{max_bytes:,} bytes"
    return f"{max_bytes / MB:.3g} MB ({max_bytes:,} bytes)"


def _safe_name(name: str) -> str:
    # Ids become file names when saved and appear in every record: keep them plain.
    stem = _SAFE_NAME.sub("-", Path(name).name).strip("-.") or "document"
    return stem[:80]


def document_from_upload(name: str, raw: bytes, *, max_bytes: int) -> Added:
    """Read an uploaded .txt/.md/.html file, or refuse it with the reason (size, type, binary)."""
    shown = _safe_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return Added(None, f"{shown}: only {', '.join(UPLOAD_SUFFIXES)} files can be added.")
    if len(raw) > max_bytes:
        return Added(
            None,
            f"{shown}: {len(raw):,} bytes is over the upload limit of {size_limit(max_bytes)}.",
        )
    try:
        return Added(document_from_bytes(f"upload-{shown}", raw))
    except NotReadable as exc:
        return Added(None, f"{shown}: not added, {exc}.")


def document_from_paste(
    text: str, *, title: str, url: str = "", published: str = "", max_bytes: int
) -> Added:
    """Read pasted text with the title, URL and date the user typed, or refuse it (reason)."""
    raw = text.encode("utf-8")
    if not text.strip():
        return Added(None, "Paste the article's text first.")
    if not title.strip():
        return Added(None, "Give the pasted text a title, so its records can cite it.")
    if len(raw) > max_bytes:
        return Added(
            None,
            f"The text is {len(raw):,} bytes, over the limit of {size_limit(max_bytes)}.",
        )
    if url.strip() and not web_url(url):
        # Only a web page can be a source: a javascript: or data: URL would become a live link.
        return Added(
            None,
            f"The URL must be a web address starting with http:// or https:// (got "
            f"“{clip(url, 40)}”); nothing was added.",
        )
    metadata = {"title": title.strip(), "url": url.strip(), "published": published.strip()}
    digest = hashlib.sha256(raw).hexdigest()[:12]
    name = f"pasted-{_safe_name(title)[:40]}-{digest}.txt"
    try:
        document = document_from_bytes(
            name, raw, metadata={k: v for k, v in metadata.items() if v}, today=dt.date.today()
        )
    except NotReadable as exc:
        return Added(None, f"The pasted text was not added: {exc}.")
    return Added(document)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What adding a document did to the session's list: the list after, and what to say
    ("" when nothing changed that the user needs told, e.g. the same file on a rerun)."""

    added: dict[str, Document]
    message: str = ""
    is_error: bool = False


def _saved_copy(name: str, sha256: str) -> bool:
    # A saved document is named <slug>_<first 12 of its sha256>.md (loaders.stored.default_name).
    return bool(sha256) and Path(name).stem.endswith(f"_{sha256[:12]}")


def add_document(added: Mapping[str, Document], document: Document, curated) -> Outcome:
    """The session's added documents with ``document`` added, each document once.

    A document is refused when the curated sources (``curated``: the documents table, its
    ``is_user_added`` rows aside) or an added one already hold the same bytes (sha256, or a saved
    copy named for them) or the same page (URL). The same name with new bytes replaces the earlier
    one, and says so.
    """
    mine = dict(added)
    earlier = mine.get(document.id)
    if earlier is not None and earlier.sha256 == document.sha256:
        return Outcome(mine)
    url = normalise_url(document.url) if web_url(document.url) else ""
    rows = curated.loc[~curated["is_user_added"].fillna(False).astype(bool)]
    for name, sha, page in rows[["document", "doc_sha256", "url"]].fillna("").itertuples(False):
        page = normalise_url(page) if web_url(page) else ""
        same_text = sha == document.sha256 or _saved_copy(name, document.sha256)
        if same_text or (url and page == url):
            why = "the same text" if same_text else "the same page (URL)"
            return Outcome(mine, f"{document.id}: not added, {why} is in the curated sources as "
                           f"{name}.", is_error=True)  # fmt: skip
    for other in mine.values():
        if other.id == document.id:
            continue
        same_page = url and web_url(other.url) and normalise_url(other.url) == url
        if other.sha256 == document.sha256 or same_page:
            why = "the same text" if other.sha256 == document.sha256 else "the same page (URL)"
            return Outcome(mine, f"{document.id}: not added, {why} was added already as "
                           f"{other.id}.", is_error=True)  # fmt: skip
    mine[document.id] = document
    if earlier is not None:
        return Outcome(mine, f"{document.id}: replaced by the new file of that name.")
    return Outcome(mine)


@dataclass(frozen=True, slots=True)
class Extracted:
    """The added documents after the new ones were extracted: the ones kept, every kept one's
    entry (by sha256), and a line for each one not read (it is not kept)."""

    added: dict[str, Document]
    entries: dict[str, Entry]
    errors: list[str] = field(default_factory=list)


def not_read(document_id: str, reason: str) -> str:
    """The line the user sees for an added document the extractors did not read."""
    if over := _OVER_TIME.fullmatch(reason):
        return (
            f"{document_id} took over {over['seconds']} s and was not read; the other documents "
            "are kept."
        )
    return f"{document_id}: not added, {reason}."


def extract_added(
    added: Mapping[str, Document],
    entries: Mapping[str, Entry],
    read: Callable[[Sequence[Document]], list[Entry]] = entries_in_a_process,
) -> Extracted:
    """Extract the added documents that have no entry yet (by ``read``: the time-limited reader
    process), in one go; keep each one read, drop each one not read with its line."""
    kept, known = dict(added), dict(entries)
    new = [d for d in kept.values() if d.sha256 not in known]
    errors = []
    for document, entry in zip(new, read(new) if new else [], strict=True):
        if "skipped" in entry:
            del kept[document.id]
            errors.append(not_read(document.id, entry["skipped"]))
        else:
            known[document.sha256] = entry
    return Extracted(kept, {d.sha256: known[d.sha256] for d in kept.values()}, errors)
