"""Statements: direct quotes and who said them. (Being written: see the extractor issue.)"""

from __future__ import annotations

from collections.abc import Iterator

from loaders.extract.context import DocumentContext
from loaders.schema import Statement


def extract_statements(ctx: DocumentContext) -> Iterator[Statement]:
    yield from ()
