"""Files: which paths are documents, and their bytes read safely.

Only regular files are read, and at most MAX_BYTES + 1 bytes of each: a FIFO, a device such as
/dev/zero, a socket, a looping or dangling link and an unreadable folder are each a ``Skipped``
with the reason, never a hang, a memory error or a silent gap. Paths are shown and cited by
``shown``: a file name that is not valid UTF-8 keeps its bytes as ``\\xNN`` escapes, so that every
output (terminal, JSON, CSV) can carry it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# The one size limit of a document, on every route (folder, upload, paste, fetch): 5 MB as the
# upload widget counts them (1,000,000 bytes each in browsers other than on Windows, which count
# 1,048,576 and so never refuse a file the reader would take).
MB = 1_000_000  # a megabyte, as the upload widget and every size message count them
MAX_BYTES = 5 * MB
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
HTML_SUFFIXES = (".html", ".htm")
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_READ_CHUNK = 1024 * 1024
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class NotReadable(Exception):
    """A file that cannot be read as a document; the message is the reason shown to users."""


class TooLarge(NotReadable):
    """Over MAX_BYTES."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, and why."""

    path: str
    reason: str


def shown(path: Path | str) -> str:
    """The path as text any output can hold: bytes that are not UTF-8 become ``\\xNN``."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogateescape")
        return raw.decode("utf-8", "backslashreplace")
    return text


def _not_regular(mode: int) -> str:
    for test, kind in _KINDS:
        if test(mode):
            return f"not a regular file ({kind}); not read"
    return "not a regular file; not read"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def read_capped(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file; NotReadable (TooLarge past ``limit``) with the reason.

    Opened without blocking (a FIFO would wait for a writer for ever), checked to be a regular
    file on the open descriptor, and read up to ``limit`` + 1 bytes: the size stat reports is
    not trusted (it says 0 for /proc files and devices).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise NotReadable(f"cannot read file ({_reason(exc)})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotReadable(_not_regular(mode))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(_READ_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise NotReadable(f"cannot read file ({_reason(exc)})") from None
    finally:
        os.close(fd)
    if size > limit:
        raise TooLarge(f"over {limit / MB:g} MB (more than {limit:,} bytes)")
    return b"".join(chunks)


def _folder_entries(folder: Path) -> Iterator[Path | Skipped]:
    """Every entry under the folder, and what is not entered (links to folders, hidden and
    unreadable folders), each with its reason.

    Walked with a stack, not os.walk: os.walk recurses once per level, so folders nested about
    1,000 deep raised RecursionError and the whole scan, every other document with it, was lost.
    """
    stack = [Path(folder)]
    while stack:
        top = stack.pop()
        try:
            with os.scandir(top) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            yield Skipped(shown(top), f"cannot read folder ({_reason(exc)})")
            continue
        folders = []
        for entry in entries:
            path = Path(top, entry.name)
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if not is_folder:
                if entry.is_symlink() and path.is_dir():
                    yield Skipped(shown(path), "a link to a folder; not followed")
                else:
                    yield path
            elif entry.name.startswith("."):
                yield Skipped(shown(path), "a hidden folder; not read")
            else:
                folders.append(path)
        stack.extend(reversed(folders))


def _classify(path: Path) -> Path | Skipped:
    """A document path, or a Skipped with the reason."""
    if path.name.startswith("."):
        # Named, not dropped: an editor's backup or a copy saved as ".x.md" is still seen.
        return Skipped(shown(path), "a hidden file; not read")
    try:
        mode = path.stat().st_mode  # follows links: a link to a document is that document
    except OSError as exc:  # a dangling or looping link, or a file gone since the listing
        return Skipped(shown(path), f"cannot read ({_reason(exc)})")
    if not stat.S_ISREG(mode):
        return Skipped(shown(path), _not_regular(mode))
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return Skipped(shown(path), f"not a document type ({shown(path.suffix) or 'no suffix'})")
    return path


def _sort_key(item: Path | Skipped) -> tuple[str, ...]:
    # By path components, as Path sorts: "a/b.md" before "a.md", whatever the entry's kind.
    return Path(item.path if isinstance(item, Skipped) else item).parts


def iter_document_paths(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files named directly, and document files found in folders (sorted).

    Anything in a folder that is not read is yielded as Skipped with its reason, never dropped.
    """
    for path in paths:
        if path.is_dir():
            found = [_classify(p) if isinstance(p, Path) else p for p in _folder_entries(path)]
            yield from sorted(found, key=_sort_key)
        elif os.path.lexists(path):
            yield path
        else:
            yield Skipped(shown(path), "no such file or folder")


def scan_paths(inputs: Iterable[Path]) -> tuple[list[Path], list[Skipped]]:
    """The document files named or found under the folders named, and what was left out (with
    the reason).

    A file name is the document id every record cites, so it must be unique: a second file of the
    same name (in a subfolder, or named twice) is skipped, naming the first. The one scan of the
    build (its documents folder) and the extract command (the paths it is given).
    """
    paths: list[Path] = []
    skipped: list[Skipped] = []
    first: dict[str, Path] = {}
    for item in iter_document_paths(Path(p) for p in inputs):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif shown(item.name) in first:
            skipped.append(
                Skipped(shown(item), f"same file name as {shown(first[shown(item.name)])}")
            )
        else:
            first[shown(item.name)] = item
            paths.append(item)
    return paths, skipped


__all__ = [
    "DOCUMENT_SUFFIXES",
    "HTML_SUFFIXES",
    "MAX_BYTES",
    "MB",
    "TEXT_SUFFIXES",
    "NotReadable",
    "Skipped",
    "TooLarge",
    "iter_document_paths",
    "read_capped",
    "scan_paths",
    "shown",
]
