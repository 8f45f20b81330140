"""Extraction: pure functions from a Document to records with provenance."""

from __future__ import annotations

from loaders.documents import Document
from loaders.extract.context import DocumentContext
from loaders.extract.events import extract_events
from loaders.extract.placements import extract_placements
from loaders.extract.statements import extract_statements
from loaders.schema import EXTRACTOR_VERSION, Record


def extract_records(document: Document) -> list[Record]:
    """Every placement, statement and event the document states, in that order."""
    ctx = DocumentContext.of(document)
    return [*extract_placements(ctx), *extract_statements(ctx), *extract_events(ctx)]


__all__ = ["EXTRACTOR_VERSION", "DocumentContext", "extract_records"]
