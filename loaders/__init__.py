"""Tier Watch's data side: documents -> records -> tables. No Streamlit here."""

# Everything is loaded on first use (PEP 562): importing one submodule (`python -m loaders build`
# with nothing changed, say) must not pay for pandas, pydantic or the gazetteer.
_LAZY = {
    "Document": "loaders.documents",
    "Skipped": "loaders.documents",
    "document_from_bytes": "loaders.documents",
    "EXTRACTOR_VERSION": "loaders.extract",
    "extract_records": "loaders.extract",
    "assemble_yearly_build": "loaders.yearly",
    "read_published": "loaders.published",
    "YearlyBuild": "loaders.yearly",
    "load_official_record": "loaders.official",
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
    "Skipped",
    "YearlyBuild",
    "assemble_yearly_build",
    "document_from_bytes",
    "extract_records",
    "load_official_record",
    "read_published",
]
