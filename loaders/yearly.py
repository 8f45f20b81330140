"""The yearly table: documents' records joined with the official record, one row per country-year.

Pure functions from the documents table, the record tables and the official record to typed
tables. ``python -m loaders build`` assembles every table once (``assemble_yearly_build``) and
publishes them; the dashboard reads the published tables and, for a session's added documents
only, assembles again on top of them (``with_added``). Nothing here reads or writes a file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from loaders.clock import ClockYear, watchlist_clock
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
    placements: pd.DataFrame, official: pd.DataFrame, document_urls: Mapping[str, str]
) -> pd.DataFrame:
    """One row per dated document placement (PLACEMENTS rows) beside the official tier of that
    country-year."""
    tiers = _official_tiers(official)
    frame = placements.drop(columns=["doc_sha256"]).rename(columns={"tier": "claimed_tier"})
    keys = zip(frame["iso3"].tolist(), frame["year"].tolist(), strict=True)
    official_tiers = [tiers.get(key) for key in keys]
    pairs = zip(frame["claimed_tier"], official_tiers, strict=True)
    frame["claim_status"] = [_claim_status(claimed, tier) for claimed, tier in pairs]
    frame["official_tier"] = official_tiers
    frame["document_url"] = [document_urls.get(d, "") for d in frame["document"]]
    if frame.empty:
        return enforce(pd.DataFrame(columns=list(CLAIMS.columns)), CLAIMS)
    frame = frame.sort_values(["iso3", "year", "document", "start"], kind="stable")
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


def _by_country_year(frame: pd.DataFrame, *columns: str) -> Iterator[tuple]:
    """((iso3, year), *columns) of each row of a record table that names a country."""
    # A record of no known country has no yearly row (a placement's claim is still listed).
    iso3s = frame["iso3"].fillna("").tolist()
    values = [frame[c].tolist() for c in ("year", *columns)]
    for iso3, year, *rest in zip(iso3s, *values, strict=True):
        if iso3:
            yield ((iso3, int(year)), *rest)


def _country_names(official: pd.DataFrame, placements: pd.DataFrame) -> dict[str, str]:
    by_iso: dict[str, Counter[str]] = defaultdict(Counter)
    for (iso3, _), country in _by_country_year(placements, "country"):
        by_iso[iso3][country] += 1
    names = {iso3: counter.most_common(1)[0][0] for iso3, counter in by_iso.items()}
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
    placements: pd.DataFrame,
    statements: pd.DataFrame,
    events: pd.DataFrame,
) -> _Facts:
    details = {
        (str(r.iso3), int(r.year)): (r.confidence, r.source_url)
        for r in official[["iso3", "year", "confidence", "source_url"]].itertuples()
    }
    claimed: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key, tier in _by_country_year(placements, "tier"):
        claimed[key].append(tier)
    event_types: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    for key, type_ in _by_country_year(events, "type"):
        event_types[key][type_] += 1
    return _Facts(
        tiers=_official_tiers(official),
        details=details,
        claimed=claimed,
        n_statements=Counter(key for (key,) in _by_country_year(statements)),
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


def _country_rows(facts: _Facts, iso3: str, years: Iterable[int]) -> Iterator[dict[str, Any]]:
    """One country's rows, its Watch List clock run over its years in order."""
    years = sorted(years)
    clock = {c.year: c for c in watchlist_clock({y: facts.tiers.get((iso3, y)) for y in years})}
    return (_yearly_row(facts, iso3, year, clock[year]) for year in years)


def yearly_table(
    official: pd.DataFrame,
    placements: pd.DataFrame,
    statements: pd.DataFrame,
    events: pd.DataFrame,
) -> pd.DataFrame:
    """One row per country and report year present in the record or in the dated records (the
    PLACEMENTS, STATEMENTS and EVENTS rows with a year).

    Every country of the record gets every report year from the first (2001) to the latest the
    record holds; a year it has no row for is unknown (tier empty), never filled in.
    """
    facts = _facts(official, placements, statements, events)
    years_of: dict[str, list[int]] = defaultdict(list)
    for iso3, year in _row_keys(facts, official):
        years_of[iso3].append(year)
    rows = [row for iso3 in sorted(years_of) for row in _country_rows(facts, iso3, years_of[iso3])]
    if not rows:
        return enforce(pd.DataFrame(columns=list(YEARLY.columns)), YEARLY)
    return enforce(pd.DataFrame(rows), YEARLY)


def _dated(frame: pd.DataFrame) -> pd.DataFrame:
    # A record without a year sits in no country-year and cannot be compared with the record.
    return frame[frame["year"].notna()]


def assemble_tables(
    documents: pd.DataFrame,
    placements: pd.DataFrame,
    statements: pd.DataFrame,
    events: pd.DataFrame,
    official: pd.DataFrame,
) -> YearlyBuild:
    """Every table from the documents table, the three record tables and the official record:
    the one assembly, of a build and of a dashboard session's added documents alike."""
    urls = dict(zip(documents["document"], documents["url"], strict=True))
    return YearlyBuild(
        yearly=yearly_table(official, _dated(placements), _dated(statements), _dated(events)),
        claims=claims_table(_dated(placements), official, urls),
        placements=enforce(placements, PLACEMENTS),
        statements=enforce(statements, STATEMENTS),
        events=enforce(events, EVENTS),
        official=enforce(official, OFFICIAL_TIERS),
        documents=enforce(documents, DOCUMENTS),
    )


def record_tables(
    records: Iterable[Record],
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Records as the three typed record tables: placements, statements, events."""
    by_kind: dict[type, list[Record]] = {Placement: [], Statement: [], Event: []}
    for record in records:
        by_kind[type(record)].append(record)
    return (
        records_frame(by_kind[Placement], PLACEMENTS),
        records_frame(by_kind[Statement], STATEMENTS),
        records_frame(by_kind[Event], EVENTS),
    )


def assemble_yearly_build(
    documents: pd.DataFrame, records: Mapping[str, Sequence[Record]], official: pd.DataFrame
) -> YearlyBuild:
    """Every table from a documents table, each document's records and the official record."""
    flat = (r for recs in records.values() for r in recs)
    return assemble_tables(documents, *record_tables(flat), official)


def with_added(
    published: YearlyBuild, rows: Sequence[Mapping[str, Any]], records: Iterable[Record]
) -> YearlyBuild:
    """A published build with a session's added documents (their rows and records) on top: the
    record tables and the documents table grow, and the yearly and claims tables are assembled
    again from them."""
    if not rows:
        return published
    added = record_tables(records)
    mine = zip((published.placements, published.statements, published.events), added, strict=True)
    documents = _stacked(published.documents, documents_table(rows)).sort_values("document")
    return assemble_tables(
        documents, *(_stacked(theirs, ours) for theirs, ours in mine), published.official
    )


def _stacked(first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    # An empty part is left out: concatenating it warns and may loosen the dtypes.
    parts = [frame for frame in (first, second) if len(frame)]
    if len(parts) == 1:
        return parts[0]
    return pd.concat(parts, ignore_index=True) if parts else first


__all__ = [
    "YearlyBuild",
    "assemble_tables",
    "assemble_yearly_build",
    "claims_table",
    "documents_table",
    "record_tables",
    "with_added",
    "yearly_table",
]
