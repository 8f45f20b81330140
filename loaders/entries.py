"""What one document gives: its row of the documents table and its records, or why it was skipped.

An entry is plain data (it goes into the build cache and between processes):
``{"row": {...}, "records": [record.to_dict(), ...]}`` or ``{"skipped": "reason"}``.
``document_entry`` is the one guard per document on every route from files to records (build and
extract command through loaders/reading.py, dashboard): whatever one document does, reading or
extracting, is that document's reason. The row is made here, not with the tables in yearly.py:
a reader process then never imports pandas.
"""

from __future__ import annotations

from typing import Any

from loaders.files import NotReadable

Entry = dict[str, Any]


def entry_of(document: Any, *, is_user_added: bool = False) -> Entry:
    """The entry of a Document already read: its row and records, or the extractors' failure."""
    # Imported here: a build with nothing to extract never loads the extractor's tables.
    from loaders.extract import extract_records_or_skip

    records = extract_records_or_skip(document)
    if not isinstance(records, list):
        return {"skipped": records.reason}
    row = document_row(document, is_user_added=is_user_added)
    return {"row": row, "records": [r.to_dict() for r in records]}


def document_entry(name: str, raw: bytes) -> Entry:
    """The entry of a file's bytes (``name`` gives the id and the format); never raises."""
    from loaders.documents import document_from_bytes, unexpected_reason

    try:
        return entry_of(document_from_bytes(name, raw))
    except NotReadable as exc:
        return {"skipped": str(exc)}
    except Exception as exc:  # a library's own error on hostile input: this document's reason
        return {"skipped": unexpected_reason(exc)}


def document_row(document: Any, *, is_user_added: bool = False) -> dict[str, Any]:
    """A document's row of the documents table (its metadata as records cite it)."""
    return {
        "document": document.id,
        "title": document.title,
        "url": document.url,
        "published": "" if document.published is None else str(document.published),
        "publisher": document.metadata.get("publisher", ""),
        "author": document.metadata.get("author", ""),
        "rights": document.metadata.get("rights", ""),
        "doc_sha256": document.sha256,
        # No usable published date: the extractors read the reference year from the text.
        "date_inferred": document.published is None,
        "notes": "; ".join(document.notes),
        "is_user_added": is_user_added,
    }


def added_entry(document: Any) -> Entry:
    """The entry of a document added in the dashboard (already read there); never raises."""
    from loaders.documents import unexpected_reason

    try:
        return entry_of(document, is_user_added=True)
    except Exception as exc:  # as in document_entry: the document's reason, never the page's
        return {"skipped": unexpected_reason(exc)}


__all__ = ["Entry", "added_entry", "document_entry", "document_row", "entry_of"]
