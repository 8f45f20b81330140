"""The yearly table: documents' records joined with the official record, one row per country-year.

Pure functions from documents, records and the official record to typed tables; the dashboard and
``python -m loaders build`` both call ``build_yearly_table`` (or, with cached records and document
rows, ``assemble_yearly_build``). Nothing here reads or writes a file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from loaders.clock import ClockYear, watchlist_clock
from loaders.documents import Document
from loaders.extract import extract_records
from loaders.gazetteer import country_name
from loaders.schema import (
    CLAIMS,
    DOCUMENTS,
    EVENTS,
    FIRST_REPORT_YEAR,
    OFFICIAL_TIERS,
    PLACEMENTS,
    STATEMENTS,
    TIER_ORDER,
    TIER_RANK,
    YEARLY,
    ClaimStatus,
    Event,
    Placement,
    Record,
    Statement,
    enforce,
    records_frame,
)


@dataclass(frozen=True)
class YearlyBuild:
    """Every table the product shows, each enforced against its schema."""

    yearly: pd.DataFrame  # YEARLY: one row per country and report year
    claims: pd.DataFrame  # CLAIMS: one row per document placement, beside the official tier
    placements: pd.DataFrame  # PLACEMENTS
    statements: pd.DataFrame  # STATEMENTS
    events: pd.DataFrame  # EVENTS
    official: pd.DataFrame  # OFFICIAL_TIERS
    documents: pd.DataFrame  # DOCUMENTS


def document_row(document: Document, *, is_user_added: bool = False) -> dict[str, Any]:
    """A document's row of the documents table (its metadata as records cite it)."""
    return {
        "document": document.id,
        "title": document.title,
        "url": document.url,
        "published": "" if document.published is None else str(document.published),
        "publisher": document.metadata.get("publisher", ""),
        "author": document.metadata.get("author", ""),
        "rights": document.metadata.get("rights", ""),
        "doc_sha256": document.sha256,
        # No usable published date: the extractors read the reference year from the text.
        "date_inferred": document.published is None,
        "notes": "; ".join(document.notes),
        "is_user_added": is_user_added,
    }


def documents_table(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The documents table (DOCUMENTS) from document rows; one row per document."""
    rows = list(rows)
    if not rows:
        return enforce(pd.DataFrame(columns=list(DOCUMENTS.columns)), DOCUMENTS)
    return enforce(pd.DataFrame(rows).sort_values("document"), DOCUMENTS)


def _claim_status(claimed: str, official: str | None) -> str:
    if official is None:
        return str(ClaimStatus.UNOFFICIAL_ONLY)
    return str(ClaimStatus.AGREE if claimed == official else ClaimStatus.CONFLICT)


def claims_table(
    placements: Sequence[Placement], official: pd.DataFrame, document_urls: Mapping[str, str]
) -> pd.DataFrame:
    """One row per document placement beside the official tier of that country-year."""
    tiers = _official_tiers(official)
    rows = [
        {
            "iso3": p.iso3,
            "country": p.country,
            "year": p.year,
            "claimed_tier": p.tier,
            "official_tier": tiers.get((p.iso3, p.year)),
            "claim_status": _claim_status(p.tier, tiers.get((p.iso3, p.year))),
            "basis": p.basis,
            "document": p.document,
            "document_url": document_urls.get(p.document, ""),
            "evidence": p.evidence,
            "start": p.start,
            "end": p.end,
            "date_inferred": p.date_inferred,
        }
        for p in placements
    ]
    if not rows:
        return enforce(pd.DataFrame(columns=list(CLAIMS.columns)), CLAIMS)
    frame = pd.DataFrame(rows).sort_values(["iso3", "year", "document", "start"], kind="stable")
    return enforce(frame, CLAIMS)


def _official_tiers(official: pd.DataFrame) -> dict[tuple[str, int], str]:
    return {(str(i), int(y)): str(t) for i, y, t in official[["iso3", "year", "tier"]].to_numpy()}


def _claimed_tiers(tiers: Sequence[str]) -> str:
    """'Tier 2 Watch List x2; Tier 3', best tier first; a single claim has no count."""
    counts = Counter(tiers)
    order = sorted(counts, key=lambda t: (TIER_RANK.get(t, len(TIER_ORDER)), t))
    return "; ".join(t if counts[t] == 1 else f"{t} x{counts[t]}" for t in order)


def _row_status(claimed: Sequence[str], official: str | None) -> str:
    if not claimed:
        return str(ClaimStatus.NONE)
    if official is None:
        return str(ClaimStatus.UNOFFICIAL_ONLY)
    agree = all(t == official for t in claimed)
    return str(ClaimStatus.AGREE if agree else ClaimStatus.CONFLICT)


def _change(before: str | None, now: str | None) -> str:
    """up | down | same against the year before; '' when either is unknown or unranked."""
    if before not in TIER_RANK or now not in TIER_RANK:
        return ""
    diff = TIER_RANK[now] - TIER_RANK[before]
    return "same" if diff == 0 else ("up" if diff < 0 else "down")


def _country_names(official: pd.DataFrame, placements: Sequence[Placement]) -> dict[str, str]:
    names: dict[str, str] = {}
    by_iso: dict[str, Counter[str]] = defaultdict(Counter)
    for p in placements:
        by_iso[p.iso3][p.country] += 1
    for iso3, counter in by_iso.items():
        names[iso3] = counter.most_common(1)[0][0]
    # The record's own name wins: it is the report's ("Burma/Myanmar"), fixed and sourced.
    names.update({str(i): str(c) for i, c in official[["iso3", "country"]].to_numpy()})
    return names


@dataclass(frozen=True)
class _Facts:
    """What the record and the records say, by (iso3, report year): a yearly row's ingredients."""

    tiers: dict[tuple[str, int], str]
    details: dict[tuple[str, int], tuple[Any, Any]]  # (confidence, source_url) of the record
    claimed: dict[tuple[str, int], list[str]]
    n_statements: Counter[tuple[str, int]]
    event_types: dict[tuple[str, int], Counter[str]]
    names: dict[str, str]


def _facts(
    official: pd.DataFrame,
    placements: Sequence[Placement],
    statements: Sequence[Statement],
    events: Sequence[Event],
) -> _Facts:
    details = {
        (str(r.iso3), int(r.year)): (r.confidence, r.source_url)
        for r in official[["iso3", "year", "confidence", "source_url"]].itertuples()
    }
    claimed: dict[tuple[str, int], list[str]] = defaultdict(list)
    for p in placements:
        if p.iso3:  # a placement of no known country has no row (its claim is still listed)
            claimed[(p.iso3, p.year)].append(p.tier)
    event_types: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for e in events:
        if e.iso3:
            event_types[(e.iso3, e.year)][e.type] += 1
    return _Facts(
        tiers=_official_tiers(official),
        details=details,
        claimed=claimed,
        n_statements=Counter((s.iso3, s.year) for s in statements if s.iso3),
        event_types=event_types,
        names=_country_names(official, placements),
    )


def _row_keys(facts: _Facts, official: pd.DataFrame) -> set[tuple[str, int]]:
    """Every (iso3, year) with a row: any the documents name, and every report year (2001 to
    the record's latest) of every country of the record."""
    keys = set(facts.claimed) | set(facts.n_statements) | set(facts.event_types)
    if not official.empty:
        first, latest = FIRST_REPORT_YEAR, int(official["year"].max())
        keys |= {(str(i), y) for i in official["iso3"].unique() for y in range(first, latest + 1)}
    return keys


def _yearly_row(facts: _Facts, iso3: str, year: int, clock: ClockYear) -> dict[str, Any]:
    """One country's row for one report year; ``clock`` is that year's Watch List clock."""
    tier = facts.tiers.get((iso3, year))
    confidence, source = facts.details.get((iso3, year), (None, None))
    tiers_claimed = facts.claimed.get((iso3, year), [])
    types = facts.event_types.get((iso3, year), Counter())
    return {
        "country": facts.names.get(iso3) or country_name(iso3),
        "iso3": iso3,
        "year": year,
        "tier": tier,
        "tier_confidence": confidence,
        "tier_source": source,
        "claimed_tiers": _claimed_tiers(tiers_claimed),
        "claim_status": _row_status(tiers_claimed, tier),
        "n_claims": len(tiers_claimed),
        "n_statements": facts.n_statements.get((iso3, year), 0),
        "n_events": sum(types.values()),
        "event_types": "; ".join(sorted(types)),
        "watchlist_streak": clock.watchlist_streak,
        "tvpa_note": clock.tvpa_note,
        "change": _change(facts.tiers.get((iso3, year - 1)), tier),
    }


def yearly_table(
    official: pd.DataFrame,
    placements: Sequence[Placement],
    statements: Sequence[Statement],
    events: Sequence[Event],
) -> pd.DataFrame:
    """One row per country and report year present in the record or in the documents.

    Every country of the record gets every report year from the first (2001) to the latest the
    record holds; a year it has no row for is unknown (tier empty), never filled in.
    """
    facts = _facts(official, placements, statements, events)
    keys = _row_keys(facts, official)
    rows: list[dict[str, Any]] = []
    for iso3 in sorted({k[0] for k in keys}):
        years = sorted(y for i, y in keys if i == iso3)
        clock = {c.year: c for c in watchlist_clock({y: facts.tiers.get((iso3, y)) for y in years})}
        rows.extend(_yearly_row(facts, iso3, year, clock[year]) for year in years)
    if not rows:
        return enforce(pd.DataFrame(columns=list(YEARLY.columns)), YEARLY)
    return enforce(pd.DataFrame(rows), YEARLY)


def assemble_yearly_build(
    documents: pd.DataFrame, records: Mapping[str, Sequence[Record]], official: pd.DataFrame
) -> YearlyBuild:
    """Every table from a documents table, each document's records and the official record."""
    flat = [r for recs in records.values() for r in recs]
    placements = [r for r in flat if isinstance(r, Placement)]
    statements = [r for r in flat if isinstance(r, Statement)]
    events = [r for r in flat if isinstance(r, Event)]
    urls = dict(zip(documents["document"], documents["url"], strict=True))

    # A record without a year sits in no country-year and cannot be compared with the record.
    def dated(items: list) -> list:
        return [r for r in items if r.year is not None]

    return YearlyBuild(
        yearly=yearly_table(official, dated(placements), dated(statements), dated(events)),
        claims=claims_table(dated(placements), official, urls),
        placements=records_frame(placements, PLACEMENTS),
        statements=records_frame(statements, STATEMENTS),
        events=records_frame(events, EVENTS),
        official=enforce(official, OFFICIAL_TIERS),
        documents=enforce(documents, DOCUMENTS),
    )


def build_yearly_table(
    documents: Sequence[Document],
    official: pd.DataFrame,
    *,
    records: Mapping[str, Sequence[Record]] | None = None,
    user_added: frozenset[str] = frozenset(),
) -> YearlyBuild:
    """The yearly table and its companions from documents and the official record.

    ``records`` maps document id -> its extracted records; when None each document is extracted
    here. ``user_added`` names the documents added in the dashboard this session.
    """
    if records is None:
        records = {d.id: extract_records(d) for d in documents}
    rows = [document_row(d, is_user_added=d.id in user_added) for d in documents]
    return assemble_yearly_build(documents_table(rows), records, official)


__all__ = [
    "YearlyBuild",
    "assemble_yearly_build",
    "build_yearly_table",
    "claims_table",
    "document_row",
    "documents_table",
    "yearly_table",
]
