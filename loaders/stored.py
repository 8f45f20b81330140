"""Stored documents: the file a URL is kept in, the Markdown form it is written in, and saving.

No network here (that is loaders/fetch.py); files are written only through loaders/io.py. A file
is the front matter (url, title, published, publisher, author, fetched_at, sha256 of the raw page,
and the HTTP validators etag / last_modified) and the main text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import yaml

from loaders.documents import Document, NotReadable, decode_text, split_front_matter
from loaders.files import read_capped
from loaders.io import write_bytes_atomic
from loaders.sources import Source
from loaders.urls import is_web_url

FRONT_MATTER_KEYS = ("url", "title", "published", "publisher", "author", "fetched_at", "sha256")
VALIDATOR_KEYS = ("etag", "last_modified")


class NotSaved(Exception):
    """A document not written: the file holds another document, or the disk refused."""


def normalise_url(url: str) -> str:
    """The URL as compared and hashed: lower-case scheme and host, no default port, no #fragment."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # an unclosed [ or a bad port: compared as written; fetching is refused
        return text
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    port = None if port == {"http": 80, "https": 443}.get(scheme) else port
    netloc = f"[{host}]" if ":" in host else host
    netloc += f":{port}" if port else ""
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def stable_name(url: str) -> str:
    """The file name a URL is stored under: a readable slug plus 12 hex digits of its hash."""
    norm = normalise_url(url)
    try:
        parts = urlsplit(norm)
        where = f"{parts.hostname or ''} {parts.path}"
    except ValueError:
        where = norm
    words = re.findall(r"[a-z0-9]+", where.lower())
    words = [w for w in words if w not in ("www", "html", "htm", "php", "aspx")]
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    digest = hashlib.sha256(norm.encode("utf-8")).hexdigest()[:12]
    return f"{slug or 'page'}_{digest}.md"


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def render_markdown(metadata: Mapping[str, object], body: str) -> str:
    """A document file: YAML front matter (known keys first, in order) and the body."""
    order = [*FRONT_MATTER_KEYS, *VALIDATOR_KEYS]
    keys = [k for k in order if k in metadata] + sorted(k for k in metadata if k not in order)
    front = {k: _one_line(metadata[k]) for k in keys if _one_line(metadata[k])}
    dumped = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100_000)
    return f"---\n{dumped}---\n{body.strip()}\n"


def stored_front_matter(path: Path) -> dict[str, str]:
    """The front matter of a stored document, as strings; {} if absent or unreadable."""
    try:
        # read_capped: a FIFO or a device named *.md in the folder must not block a fetch run.
        text, _ = decode_text(read_capped(path))
    except NotReadable:
        return {}
    meta, _, _ = split_front_matter(text.replace("\r\n", "\n"))
    return {str(k).lower(): str(v) for k, v in meta.items() if v is not None}


def default_name(document: Document) -> str:
    """The file name a document is saved under: from its URL, else its id plus content hash."""
    if document.url:
        return stable_name(document.url)
    slug = "-".join(re.findall(r"[a-z0-9]+", Path(document.id).stem.lower()))[:60] or "document"
    return f"{slug}_{document.sha256[:12]}.md"


def save_document(
    document: Document,
    into: Path,
    *,
    name: str | None = None,
    validators: Mapping[str, str] | None = None,
    refresh: bool = False,
) -> Path:
    """Write a document as Markdown with front matter, atomically; the path written.

    An identical file is left as it is. A different one raises NotSaved, unless ``refresh`` is set
    and it is a stored copy of the same URL (a re-fetch). A disk error raises NotSaved too.
    """
    name = name or default_name(document)
    if Path(name).name != name or not name.endswith(".md"):
        raise NotSaved(f"{name!r} is not a plain .md file name")
    path = Path(into) / name
    metadata = {**document.metadata, **(validators or {})}
    metadata.setdefault("sha256", document.sha256)
    data = render_markdown(metadata, document.body).encode("utf-8")
    try:
        if path.exists():
            if path.read_bytes() == data:
                return path
            stored_url = stored_front_matter(path).get("url", "")
            if not stored_url or normalise_url(stored_url) != normalise_url(document.url or "-"):
                raise NotSaved(f"{path} already holds another document; not overwritten")
            if not refresh:
                raise NotSaved(f"{path} already holds a copy of this URL; not overwritten")
        write_bytes_atomic(path, data)
    except OSError as exc:
        raise NotSaved(f"cannot write {path} ({exc.strerror or exc})") from None
    return path


def targets(
    urls: list[str], into: Path, sources: list[Source], *, include_stored: bool = False
) -> list[tuple[str, Path, dict[str, str]]]:
    """(url, file, metadata overrides) for each URL, plus every stored URL when asked, once each.

    The file is the one sources.toml names, else the stored document with that URL (so a refresh
    never makes a duplicate), else the stable name made from the URL.
    """
    by_source = {normalise_url(s.url): s for s in sources}
    stored: dict[str, tuple[str, Path]] = {}
    for path in sorted(Path(into).glob("*.md")) if Path(into).is_dir() else []:
        url = stored_front_matter(path).get("url", "")
        if is_web_url(url):
            stored.setdefault(normalise_url(url), (url, path))
    wanted = list(urls) + ([url for url, _ in stored.values()] if include_stored else [])
    plan: dict[str, tuple[str, Path, dict[str, str]]] = {}
    for url in wanted:
        key = normalise_url(url)
        source = by_source.get(key)
        if source and source.file:
            path = Path(into) / source.file
        elif key in stored:
            path = stored[key][1]
        else:
            path = Path(into) / stable_name(url)
        plan.setdefault(key, (url, path, source.overrides() if source else {}))
    return list(plan.values())
