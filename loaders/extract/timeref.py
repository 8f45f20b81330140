"""Report-year resolution: the document's reference time and the latest report out by then."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.documents import Document
from loaders.extract.sentences import Span

# Reports come out in June or July (the 2025 report, late, in September).
REPORT_MONTH = 6
_EXPLICIT_REPORT_YEAR = re.compile(r"\b(20[0-4]\d)\b")


@dataclass(frozen=True, slots=True)
class ReferenceTime:
    """When the document speaks from: its year and month, and whether they were inferred."""

    year: int | None
    month: int | None
    is_inferred: bool
    latest_report_year: int | None  # the newest report out when the document was written


def reference_time(document: Document, spans: tuple[Span, ...]) -> ReferenceTime:
    """The document's reference time: its published date, else the latest year its text names."""
    if document.published is not None:
        year, month = document.published.year, document.published.month
        if month is None or month == REPORT_MONTH:
            latest = None  # June, or no month: the text must say whether the report is out
        else:
            latest = year if month > REPORT_MONTH else year - 1
        return ReferenceTime(year, month, False, latest)
    years = [int(y) for s in spans for y in _EXPLICIT_REPORT_YEAR.findall(s.text)]
    year = max(years) if years else None
    return ReferenceTime(year, None, True, year)
