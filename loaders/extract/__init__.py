"""Extraction: pure functions from a Document to records with provenance."""

from __future__ import annotations

from loaders.documents import Document, Skipped
from loaders.extract.context import DocumentContext
from loaders.extract.events import extract_events
from loaders.extract.placements import extract_placements
from loaders.extract.statements import extract_statements
from loaders.schema import EXTRACTOR_VERSION, Record


def extract_records(document: Document) -> list[Record]:
    """Every placement, statement and event the document states, in that order."""
    ctx = DocumentContext.of(document)
    placements = list(extract_placements(ctx))
    return [*placements, *extract_statements(ctx), *extract_events(ctx, placements)]


def extract_records_or_skip(document: Document) -> list[Record] | Skipped:
    """extract_records, or the document as skipped with the error's name.

    An extractor bug on one document must not stop a build nor take the dashboard down: the
    document is listed as skipped, and every other document still counts.
    """
    try:
        return extract_records(document)
    except Exception as exc:
        return Skipped(document.id, f"the extractors failed on it ({type(exc).__name__})")


__all__ = ["EXTRACTOR_VERSION", "DocumentContext", "extract_records", "extract_records_or_skip"]
