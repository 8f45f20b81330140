"""Tier Watch's data side: documents -> records -> tables. No Streamlit here."""

from loaders.documents import Document, ReadResult, Skipped, document_from_bytes, read_documents
from loaders.extract import EXTRACTOR_VERSION, extract_records

__all__ = [
    "EXTRACTOR_VERSION",
    "Document",
    "ReadResult",
    "Skipped",
    "document_from_bytes",
    "extract_records",
    "read_documents",
]
