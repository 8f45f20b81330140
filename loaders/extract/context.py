"""What every extractor needs to know about one document, computed once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from loaders.documents import Document
from loaders.extract.sentences import Span, paragraphs, sentences, unwrap_blank_lines
from loaders.extract.timeref import ReferenceTime, reference_time
from loaders.gazetteer import CountryIndex

if TYPE_CHECKING:  # the parse is made on first use: spaCy is imported by nlp.pipeline() only
    from spacy.tokens import Doc

# A single line break is a hard wrap, not a boundary: the parser reads it as a space (same length,
# so token offsets stay offsets into the body).
_HARD_WRAP = re.compile(r"(?<!\n)\n(?!\n)")


@dataclass(frozen=True)
class DocumentContext:
    """One document as the extractors read it.

    ``text`` is the body as read (sentences.unwrap_blank_lines): the same length and offsets as
    the body, so every record's start and end point into the body, and its evidence is the body's.
    """

    document: Document
    text: str
    sentences: tuple[Span, ...]
    paragraphs: tuple[Span, ...]
    reference: ReferenceTime

    @classmethod
    def of(cls, document: Document) -> DocumentContext:
        text = unwrap_blank_lines(document.body)
        spans = sentences(text)
        return cls(document, text, spans, paragraphs(text), reference_time(document, text, spans))

    @cached_property
    def countries(self) -> CountryIndex:
        """Every country the body names, found in one scan; sentences look theirs up by range."""
        return CountryIndex(self.text)

    @cached_property
    def doc(self) -> Doc:
        """The body as the English pipeline parsed it (tokens, sentences, lemmas, entities)."""
        from loaders.extract.nlp import pipeline
        from loaders.extract.parsing import parse

        return parse(pipeline(), _HARD_WRAP.sub(" ", self.text))

    @cached_property
    def main_country(self) -> str:
        """The country the document is mostly about (gazetteer.main_country), or ""."""
        return self.countries.main_country()

    def provenance(self, span: Span) -> dict[str, Any]:
        """The provenance fields of a record read from ``span``."""
        return {
            "document": self.document.id,
            "doc_sha256": self.document.sha256,
            "evidence": self.document.body[span.start : span.end],
            "start": span.start,
            "end": span.end,
            "date_inferred": self.reference.is_inferred,
        }
