"""The schema, declared once: enums, record types, table columns and their keys.

Every table builder ends with ``enforce(df, TABLE)``; every record is one of the dataclasses here.
Column names follow one convention: ``year`` is always the report year, ``iso3`` the country key,
``n_`` counts, ``is_``/``has_`` booleans, ``_url``/``_type`` suffixes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

import orjson

if TYPE_CHECKING:  # pandas is imported where tables are built: extraction alone stays fast to start
    import pandas as pd


class Tier(StrEnum):
    """The report's categories, spelled exactly as the report spells them."""

    TIER_1 = "Tier 1"
    TIER_2 = "Tier 2"
    WATCH_LIST = "Tier 2 Watch List"
    TIER_3 = "Tier 3"
    SPECIAL_CASE = "Special Case"


# Best to worst; Special Case has no rank (the country is not assessed on the scale).
TIER_ORDER: tuple[Tier, ...] = (Tier.TIER_1, Tier.TIER_2, Tier.WATCH_LIST, Tier.TIER_3)
TIER_RANK: dict[str, int] = {str(t): i for i, t in enumerate(TIER_ORDER)}


class EventType(StrEnum):
    REPORT = "report"  # a report's release or a placement
    FUNDING = "funding"  # aid, grants, USAID
    ENFORCEMENT = "enforcement"  # police operations, arrests, prosecutions, convictions
    LEGISLATION = "legislation"
    DIPLOMACY = "diplomacy"  # sanctions, threats of downgrade, waivers
    RESEARCH = "research"  # studies and findings


class OrgType(StrEnum):
    NGO = "ngo"
    GOVERNMENT = "government"
    INTERNATIONAL = "international"
    MEDIA = "media"
    OTHER = "other"


class Basis(StrEnum):
    """Which reading of a text gave a placement's report year."""

    EXPLICIT = "explicit"  # the year is written: "the 2015 report", "in 2014"
    ORDINAL = "ordinal"  # "the 7th annual report" (the first came out in 2001)
    DOCUMENT_DATE = "document-date"  # the report current when the text was written
    THIS_YEAR = "this-year"  # "this year's report"
    LAST_YEAR = "last-year"  # "last year", "the previous report"
    YEARS_AGO = "years-ago"  # "two years ago"
    SINCE = "since"  # "since 2013": every report from then to the current one
    NOT_SINCE = "not-since"  # "has not enjoyed tier 2 status since 2004": that year
    FIRST_SINCE = "first-since"  # "for the first time since 2005": that year and now
    REMAINS = "remains"  # "remains", "kept", "again": the year before had the same tier
    CONSECUTIVE = "consecutive"  # "third year in a row", "for four years": the years before
    SAME_AS = "same-as"  # "the same categories as in the 2014 report"
    SHARED = "shared"  # "a space it shares with China": the others, the same year
    UPGRADED_FROM = "upgraded-from"  # "upgraded from X": X the year before
    DOWNGRADED_FROM = "downgraded-from"  # "dropped from X"
    MOVED_FROM = "moved-from"  # "moved from X" (no rank to tell the direction)
    HAD_BEEN = "had-been"  # "had been on the watch list": before the current report


class Confidence(StrEnum):
    HIGH = "high"  # a source states that year's placement directly
    MEDIUM = "medium"  # inferred from an adjacent year's source, or only the Cho/Kelley series


class ClaimStatus(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    UNOFFICIAL_ONLY = "unofficial-only"  # documents claim a tier; the record is silent
    NONE = "none"  # no document claims anything for this year


FIRST_REPORT_YEAR = 2001

# The version of the record format. The build cache is keyed by it and by a hash of the extraction
# code (loaders/cache.py), so an edited rule re-extracts every document without a bump here; bump
# it when the records' fields change. It lives here, not in loaders.extract, so a no-change build
# can check it without loading the extractors.
EXTRACTOR_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Record:
    """Provenance shared by every extracted record: body[start:end] == evidence."""

    document: str  # the document id (its file name)
    doc_sha256: str
    evidence: str  # the exact sentence (or block) the record was read from
    start: int
    end: int
    year: int  # the report year (statements, events: the year they belong to)
    date_inferred: bool  # the document had no usable date; its year was read from the text

    kind: ClassVar[str] = "record"

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready values, ``kind`` first."""
        # Not dataclasses.asdict: it deep-copies every value, and records hold only str/int/bool.
        out: dict[str, Any] = {"kind": self.kind}
        for name in _field_names(type(self)):
            out[name] = getattr(self, name)
        return out


@dataclass(frozen=True, slots=True)
class Placement(Record):
    """A country's tier in one report year, as the document states or clearly implies."""

    country: str  # the name the report uses (Burma, Laos, Macau ...)
    iso3: str
    tier: str  # a Tier value
    basis: str  # a Basis value: which reading gave the year

    kind: ClassVar[str] = "placement"


@dataclass(frozen=True, slots=True)
class Statement(Record):
    """A direct quote and who said it; year is the document's year."""

    speaker: str
    organization: str
    org_type: str  # an OrgType value
    role: str
    quote: str
    iso3: str  # the country the document is about ("" when it cannot tell)
    # the publication the words first appeared in, when the document relays them ('NAME wrote
    # in The Washington Post'); "" for words said to or read by the document itself
    quoted_in: str = ""

    kind: ClassVar[str] = "statement"


@dataclass(frozen=True, slots=True)
class Event(Record):
    """Something that happened (aid, arrests, a law, a report, a threat, a study) in a year."""

    type: str  # an EventType value
    iso3: str  # the country the sentence or document is about ("" when it cannot tell)

    kind: ClassVar[str] = "event"


@cache
def _field_names(cls: type[Record]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def json_lines(rows: Iterable[dict[str, Any]]) -> bytes:
    """Compact UTF-8 JSON, one object a line: ``extract --json`` and records.jsonl."""
    # orjson: a third of the time json.dumps takes, and 50,000 records a run make that count.
    line = orjson.OPT_APPEND_NEWLINE
    return b"".join([orjson.dumps(row, option=line) for row in rows])


RECORD_TYPES: dict[str, type[Record]] = {cls.kind: cls for cls in (Placement, Statement, Event)}


# Listed once: a build rebuilds 100,000 cached records, and fields() per call cost a tenth of that.
_FIELD_NAMES = {cls: frozenset(f.name for f in fields(cls)) for cls in RECORD_TYPES.values()}


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from ``to_dict`` output (JSON round trip, the build cache, the published
    records.jsonl): the one converter; an unknown kind is a KeyError, a missing field a KeyError,
    an unknown field a ValueError."""
    cls = RECORD_TYPES[data["kind"]]
    names = _FIELD_NAMES[cls]
    extra = data.keys() - names - {"kind"}
    if extra:
        raise ValueError(f"{cls.__name__}: unknown fields {sorted(extra)}")
    return cls(**{k: data[k] for k in names})


# ---- tables ---------------------------------------------------------------------------------

STR = "string"
INT = "Int64"  # nullable: an unknown year or count stays empty, never 0
BOOL = "boolean"


@dataclass(frozen=True)
class Table:
    """A table's columns (name -> pandas dtype), its key, and the text columns where a missing
    value means unknown (an empty cell of its CSV reads back as missing, not as empty text)."""

    name: str
    columns: dict[str, str]
    key: tuple[str, ...] = ()
    unknown_when_empty: tuple[str, ...] = ()


_PROVENANCE = {
    "document": STR,
    "doc_sha256": STR,
    "evidence": STR,
    "start": INT,
    "end": INT,
    "date_inferred": BOOL,
}

PLACEMENTS = Table(
    "placements",
    {"year": INT, "country": STR, "iso3": STR, "tier": STR, "basis": STR, **_PROVENANCE},
)
STATEMENTS = Table(
    "statements",
    {
        "year": INT,
        "speaker": STR,
        "organization": STR,
        "org_type": STR,
        "role": STR,
        "quote": STR,
        "quoted_in": STR,
        "iso3": STR,
        **_PROVENANCE,
    },
)
EVENTS = Table("events", {"year": INT, "type": STR, "iso3": STR, **_PROVENANCE})

# The official record: one sourced row per country and report year (data/tiers.csv).
OFFICIAL_TIERS = Table(
    "official_tiers",
    {
        "country": STR,
        "iso3": STR,
        "year": INT,
        "tier": STR,
        "confidence": STR,
        "source_url": STR,
        "evidence": STR,
    },
    key=("iso3", "year"),
)

# One row per document claim (a placement) beside the official tier of that country-year.
CLAIMS = Table(
    "claims",
    {
        "iso3": STR,
        "country": STR,
        "year": INT,
        "claimed_tier": STR,
        "official_tier": STR,
        "claim_status": STR,
        "basis": STR,
        "document": STR,
        "document_url": STR,
        "evidence": STR,
        "start": INT,
        "end": INT,
        "date_inferred": BOOL,
    },
    unknown_when_empty=("official_tier",),  # the record has no tier for that year
)

# One row per country and report year present in the record or in the documents.
YEARLY = Table(
    "yearly",
    {
        "country": STR,
        "iso3": STR,
        "year": INT,
        "tier": STR,  # official; empty = unknown
        "tier_confidence": STR,
        "tier_source": STR,
        "claimed_tiers": STR,  # e.g. "Tier 2 Watch List x2"
        "claim_status": STR,
        "n_claims": INT,
        "n_statements": INT,
        "n_events": INT,
        "event_types": STR,  # e.g. "enforcement; funding"
        "watchlist_streak": INT,
        "tvpa_note": STR,
        "change": STR,  # up | down | same | "" (no tier either year)
    },
    key=("iso3", "year"),
    unknown_when_empty=("tier", "tier_confidence", "tier_source"),  # a year the record lacks
)

# One row per document read: its metadata as the records cite it.
DOCUMENTS = Table(
    "documents",
    {
        "document": STR,  # the id (file name) records carry in their `document` column
        "title": STR,
        "url": STR,
        "published": STR,  # YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown
        "publisher": STR,
        "author": STR,
        "rights": STR,  # whose the text is ("public domain (US government work)"); empty: unknown
        "doc_sha256": STR,
        "date_inferred": BOOL,
        "notes": STR,  # what the reader worked around ("decoded as cp1252"), "; "-joined
        "is_user_added": BOOL,  # added in the dashboard this session, not from data/documents
    },
    key=("document",),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (PLACEMENTS, STATEMENTS, EVENTS, OFFICIAL_TIERS, CLAIMS, YEARLY, DOCUMENTS)
}

ALLOWED_VALUES: dict[str, tuple[str, ...]] = {
    "tier": tuple(str(t) for t in Tier),
    "claimed_tier": tuple(str(t) for t in Tier),
    "official_tier": tuple(str(t) for t in Tier),
    "org_type": tuple(str(t) for t in OrgType),
    "type": tuple(str(t) for t in EventType),
    "confidence": tuple(str(c) for c in Confidence),
    "tier_confidence": tuple(str(c) for c in Confidence),
    "claim_status": tuple(str(s) for s in ClaimStatus),
    "change": ("up", "down", "same"),
}


class SchemaError(ValueError):
    """A table does not match its declared schema; the message lists every offender."""


def empty(table: Table) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in table.columns.items()})


def enforce(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Return df with exactly the table's columns, in order, cast to their dtypes; check values.

    Raises SchemaError naming the table and the offending columns or values.
    """
    import pandas as pd  # noqa: F401  (astype needs the extension dtypes registered)

    missing = sorted(set(table.columns) - set(df.columns))
    if missing:
        raise SchemaError(f"{table.name}: missing columns {missing}")
    out = df.loc[:, list(table.columns)].copy()
    problems: list[str] = []
    for col, dtype in table.columns.items():
        try:
            out[col] = out[col].astype(dtype)
        except (TypeError, ValueError) as exc:
            problems.append(f"column {col!r} is not {dtype}: {exc}")
            continue
        allowed = ALLOWED_VALUES.get(col)
        if allowed is not None:
            values = out[col].dropna()
            bad = sorted(set(values[(values != "") & ~values.isin(allowed)]))
            if bad:
                problems.append(f"column {col!r} has values outside {list(allowed)}: {bad}")
    if table.key:
        dup = out[out.duplicated(list(table.key), keep=False)]
        if not dup.empty:
            keys = sorted({tuple(r) for r in dup[list(table.key)].astype(str).to_numpy()})
            problems.append(f"duplicate keys {list(table.key)}: {keys[:10]}")
    if problems:
        raise SchemaError(f"{table.name}: " + "; ".join(problems))
    return out.reset_index(drop=True)


def records_frame(records: list[Record], table: Table) -> pd.DataFrame:
    """Records of one kind as a typed table."""
    import pandas as pd

    if not records:
        return empty(table)
    # Read the columns straight off the records: asdict deep-copies, ~10x slower on 10^4 rows.
    rows = [{c: getattr(r, c) for c in table.columns} for r in records]
    return enforce(pd.DataFrame(rows), table)
