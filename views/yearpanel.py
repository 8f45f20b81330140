"""One report year of one country in a single panel: the official tier with its confidence and
its linked source, the documents' claims for that year with theirs, and that year's events.

What a reader checking a claim needs in one place (the year's statements are the list beside it,
filtered to the same year). The text is inert Markdown: document words reach the page as text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from loaders.schema import Confidence
from views.filters import ADDED, UNKNOWN, link_target, source_credit
from views.frames import text_or_empty
from views.text import inert

__all__ = ["year_choices", "year_label", "year_panel"]

# How the panel says each confidence: the schema's codes are for the tables, these for readers.
CONFIDENCE_WORDS = {
    Confidence.HIGH: "high confidence: a source states this year's placement",
    Confidence.MEDIUM: "medium confidence: inferred from an adjacent year's source",
}


def year_choices(years: tuple[int, int]) -> tuple[int | None, ...]:
    """The year picker's options: none (every year of the range), then each year of the range."""
    low, high = sorted((int(years[0]), int(years[1])))
    return (None, *range(low, high + 1))


def year_label(year: int | None, span: str) -> str:
    """A year picker option as the page says it."""
    return f"Every year, {span}" if year is None else str(year)


def _official(row: dict[str, Any] | None, year: int) -> str:
    tier = text_or_empty(row.get("tier")) if row else ""
    if not tier:
        return f"**Official tier, {year}: {UNKNOWN}.** No source in the record gives it."
    confidence = text_or_empty(row.get("tier_confidence"))
    words = CONFIDENCE_WORDS.get(confidence, confidence or "confidence not recorded")
    target = link_target(row.get("tier_source"))
    source = f"[the official source for {year}]({target})" if target else "no linkable source"
    return f"**Official tier, {year}: {inert(tier)}** ({inert(words)}). Source: {source}."


def _claim_line(row: dict[str, Any]) -> str:
    status = text_or_empty(row.get("claim_status")) or UNKNOWN
    evidence = inert(text_or_empty(row.get("evidence")))
    mark = f" **{ADDED.capitalize()}.**" if row.get("origin") == ADDED else ""
    return (
        f"- {inert(text_or_empty(row.get('claimed_tier')) or UNKNOWN)} ({inert(status)}): "
        f"“{evidence}” Source: {source_credit(row)}{mark}"
    )


def _event_line(row: dict[str, Any]) -> str:
    mark = f" **{ADDED.capitalize()}.**" if row.get("origin") == ADDED else ""
    return (
        f"- {inert(text_or_empty(row.get('type')) or UNKNOWN)}: "
        f"“{inert(text_or_empty(row.get('evidence')))}” Source: {source_credit(row)}{mark}"
    )


def year_panel(
    yearly: pd.DataFrame,
    claims: pd.DataFrame,
    events: pd.DataFrame,
    *,
    iso3: str,
    year: int,
    n_statements: int,
) -> str:
    """The panel for one year as inert Markdown.

    ``claims`` and ``events`` are the country's rows with their sources (filters.claims_view,
    filters.events_view); rows of other years are left out here. ``n_statements`` is how many
    statements the list beside it shows for the year.
    """
    mine = yearly.loc[(yearly["iso3"] == iso3) & (yearly["year"] == year)]
    row = mine.iloc[0].to_dict() if not mine.empty else None
    parts = [_official(row, year)]
    parts.append(
        _section(
            claims.loc[claims["year"] == year],
            f"**What the documents claim for {year}**",
            _claim_line,
            f"No document claims a tier for {year}.",
        )
    )
    parts.append(
        _section(
            events.loc[events["year"] == year],
            f"**Events in {year}**",
            _event_line,
            f"No event recorded for {year}.",
        )
    )
    said = "statement" if n_statements == 1 else "statements"
    verb = "is" if n_statements == 1 else "are"
    parts.append(f"{n_statements} {said} from {year} {verb} listed under Statements.")
    return "\n\n".join(parts)


def _section(rows: pd.DataFrame, heading: str, line: Callable[[dict], str], when_empty: str) -> str:
    """A heading with the row count and one line per row, or ``when_empty`` when there are none."""
    records = rows.to_dict(orient="records")
    if not records:
        return when_empty
    return f"{heading} ({len(records)}):\n\n" + "\n".join(line(r) for r in records)
