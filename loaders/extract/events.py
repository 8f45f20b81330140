"""Events: aid, enforcement, laws, reports, diplomacy, research. (Being written: see the extractor issue.)"""

from __future__ import annotations

from collections.abc import Iterator

from loaders.extract.context import DocumentContext
from loaders.schema import Event


def extract_events(ctx: DocumentContext) -> Iterator[Event]:
    yield from ()
