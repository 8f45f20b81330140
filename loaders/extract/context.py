"""What every extractor needs to know about one document, computed once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loaders.documents import Document
from loaders.extract.sentences import Span, paragraphs, sentences
from loaders.extract.timeref import ReferenceTime, reference_time


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
