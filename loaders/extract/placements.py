"""Placements: a country's tier in a report year. (Being written: see the extractor issue.)"""

from __future__ import annotations

from collections.abc import Iterator

from loaders.extract.context import DocumentContext
from loaders.schema import Placement


def extract_placements(ctx: DocumentContext) -> Iterator[Placement]:
    yield from ()
