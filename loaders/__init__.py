"""Tier Watch's data side: documents -> records -> tables. No Streamlit here."""

from loaders.documents import Document, ReadResult, Skipped, document_from_bytes, read_documents
from loaders.extract import EXTRACTOR_VERSION, extract_records

# Loaded on first use (PEP 562): they need pandas and pydantic, and `python -m loaders extract`
# or a no-change build should not pay for importing them.
_LAZY = {
    "build_yearly_table": "loaders.yearly",
    "YearlyBuild": "loaders.yearly",
    "load_official_record": "loaders.tiers",
}


def __getattr__(name: str):
    """The lazily loaded exports."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'loaders' has no attribute {name!r}")


__all__ = [
    "EXTRACTOR_VERSION",
    "Document",
    "ReadResult",
    "Skipped",
    "YearlyBuild",
    "build_yearly_table",
    "document_from_bytes",
    "extract_records",
    "load_official_record",
    "read_documents",
]
