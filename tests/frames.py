"""Typed tables for tests: rows written with only the columns a test cares about."""

from __future__ import annotations

from typing import Any

import pandas as pd

from loaders.entries import document_row
from loaders.schema import enforce
from loaders.yearly import YearlyBuild, assemble_yearly_build, documents_table

# Provenance every record carries; its values do not matter to the tests that use this.
PROV = {"doc_sha256": "0" * 64, "start": 0, "end": 1, "date_inferred": False}


def assembled(documents, records, official, user_added=frozenset()) -> YearlyBuild:
    """The tables the build assembles from these documents (their rows; ``user_added`` names
    those added in a session) and their records (document id -> records)."""
    rows = [document_row(d, is_user_added=d.id in user_added) for d in documents]
    return assemble_yearly_build(documents_table(rows), records, official)


def frame(table, rows):
    """``rows`` as ``table``'s typed DataFrame, every column left out set to None."""
    defaults = {c: None for c in table.columns}
    return enforce(pd.DataFrame([{**defaults, **PROV, **r} for r in rows]), table)


def yearly_row(
    year: int,
    tier: str | None,
    confidence: str | None = "high",
    *,
    country: str = "Cambodia",
    iso3: str = "KHM",
    source: str = "https://example.org/tip/{year}/cambodia",
    **extra: Any,
) -> dict:
    """One row of the yearly table: a country's official tier in a year (``source`` formatted
    with the year), with no claims, statements or events."""
    return {
        "country": country,
        "iso3": iso3,
        "year": year,
        "tier": tier,
        "tier_confidence": confidence if tier else None,
        "tier_source": source.format(year=year) if tier else None,
        "claimed_tiers": "",
        "claim_status": "none",
        "n_claims": 0,
        "n_statements": 0,
        "n_events": 0,
        "event_types": "",
        "watchlist_streak": 0,
        "tvpa_note": "",
        "change": "",
        **extra,
    }
