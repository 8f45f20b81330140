"""What every extractor needs to know about one document, computed once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from loaders.documents import Document
from loaders.extract.sentences import Span, paragraphs, sentences
from loaders.extract.timeref import ReferenceTime, reference_time
from loaders.gazetteer import CountryIndex


@dataclass(frozen=True)
class DocumentContext:
    document: Document
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    reference: ReferenceTime

    @classmethod
    def of(cls, document: Document) -> DocumentContext:
        spans = sentences(document.body)
        return cls(document, spans, paragraphs(document.body), reference_time(document, spans))

    @cached_property
    def countries(self) -> CountryIndex:
        """Every country the body names, found in one scan; sentences look theirs up by range."""
        return CountryIndex(self.document.body)

    @cached_property
    def main_country(self) -> str:
        """The country the document is mostly about (gazetteer.main_country), or ""."""
        return self.countries.main_country()

    def provenance(self, span: Span) -> dict[str, Any]:
        """The provenance fields of a record read from ``span``."""
        return {
            "document": self.document.id,
            "doc_sha256": self.document.sha256,
            "evidence": span.text,
            "start": span.start,
            "end": span.end,
            "date_inferred": self.reference.is_inferred,
        }
