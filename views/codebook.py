"""The codebook: every column of every download, its human name, its meaning and its values.

The one definition of the downloads' columns: views.downloads selects and names columns from it,
the dashboard ships it beside every download (codebook.csv, CODEBOOK.md in the zip), and the
repository's CODEBOOK.md is this module's ``codebook_markdown()`` (tests/test_downloads.py checks
that it is, so the file cannot drift). Regenerate it with ``python -m views.codebook``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from loaders.schema import ALLOWED_VALUES

YEAR_VALUES = "a report year, 2001 to the latest report"
COUNT_VALUES = "a whole number, 0 or more"
TEXT = "text"
WEB_URL = "an http(s) address, empty when none"
DATE_VALUES = "YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown"
ORIGIN_VALUES = ("added by you, not in the curated sources", "curated sources")


@dataclass(frozen=True)
class Column:
    """One column of a download: its name in the tables, its header, meaning and values."""

    name: str
    label: str
    meaning: str
    values: str


@dataclass(frozen=True)
class Dataset:
    """One download: what a row is, and its columns in order."""

    key: str
    title: str
    row: str
    columns: tuple[Column, ...]


def _enum(name: str) -> str:
    return "; ".join(ALLOWED_VALUES[name])


# Every file names the data it comes from: these two columns end every table.
PROVENANCE = (
    Column(
        "data_version",
        "Data version",
        "The version of the Tier Watch data the row comes from (a hash of the published build; "
        "'+added-...' when documents added in the dashboard are in it)",
        TEXT,
    ),
    Column("data_date", "Data date", "The day the data was built (UTC)", "YYYY-MM-DD"),
)
_COUNTRY = Column("country", "Country", "The country's name as the TIP report writes it", TEXT)
_ISO3 = Column(
    "iso3",
    "Country code",
    "ISO 3166 alpha-3 code; empty when the document names no country",
    "three capital letters",
)
_YEAR = Column("year", "Report year", "The TIP report the row belongs to", YEAR_VALUES)
_TITLE = Column("title", "Source title", "The title of the document the row was read from", TEXT)
_URL = Column("document_url", "Source URL", "Where the document was published", WEB_URL)
_PUBLISHER = Column("publisher", "Publisher", "Who published the document", TEXT)
_DATE = Column("published", "Source date", "When the document was published", DATE_VALUES)
_RIGHTS = Column("rights", "Rights", "Whose the document's text is; empty when unknown", TEXT)
_ORIGIN = Column(
    "origin",
    "Added or curated",
    "Whether the row comes from the project's curated sources or from a document a user added "
    "in the dashboard (not checked by the project)",
    "; ".join(ORIGIN_VALUES),
)
SOURCE = (_TITLE, _URL, _PUBLISHER, _DATE, _RIGHTS, _ORIGIN)

YEARLY = Dataset(
    "yearly",
    "Tier history",
    "one country in one report year",
    (
        _COUNTRY,
        _ISO3,
        _YEAR,
        Column(
            "tier",
            "Official tier",
            "The tier the TIP report gave ('unknown': the record has no source for that year)",
            _enum("tier") + "; unknown",
        ),
        Column(
            "tier_confidence",
            "Confidence",
            "high: a source states that year's placement; medium: inferred from an adjacent "
            "year's source or only the Cho/Kelley series",
            _enum("confidence") + "; empty when unknown",
        ),
        Column("tier_source", "Source of the tier", "Where to check the official tier", WEB_URL),
        Column(
            "claimed_tiers",
            "Tiers the documents claim",
            "The tiers the documents state for that year, with their counts",
            "e.g. 'Tier 2 Watch List x2'; empty when none",
        ),
        Column(
            "claim_status",
            "Documents against the record",
            "agree: every claim matches the record; conflict: one differs; unofficial-only: "
            "claims but no official tier; none: no claim",
            _enum("claim_status"),
        ),
        Column("n_claims", "Claims", "Tier placements the documents state", COUNT_VALUES),
        Column("n_statements", "Statements", "Quotes found for that year", COUNT_VALUES),
        Column("n_events", "Events", "Events found for that year", COUNT_VALUES),
        Column(
            "event_types",
            "Event types",
            "The kinds of event found that year, '; '-joined",
            _enum("type"),
        ),
        Column(
            "watchlist_streak",
            "Watch List years in a row",
            "Consecutive Watch List years up to this one; empty when an unknown year breaks it",
            COUNT_VALUES,
        ),
        Column(
            "tvpa_note",
            "TVPA Watch List clock",
            "What the TVPA's Watch List limit implies, computed from the record",
            TEXT,
        ),
        Column(
            "change",
            "Change from the year before",
            "The official tier against the year before; empty when either is unknown",
            _enum("change"),
        ),
        *PROVENANCE,
    ),
)

STATEMENTS = Dataset(
    "statements",
    "Statements",
    "one quote, by one speaker, in one document",
    (
        Column("speaker", "Speaker", "Who said it, as the document names them", TEXT),
        Column("role", "Role", "The speaker's role, as the document gives it", TEXT),
        Column("organization", "Organisation", "The speaker's organisation", TEXT),
        Column(
            "org_type",
            "Organisation type",
            "The kind of organisation ('other': none named or of unknown kind)",
            _enum("org_type"),
        ),
        Column("quote", "Quote", "The words quoted, exactly as the document prints them", TEXT),
        Column(
            "quoted_in",
            "First published in",
            "The publication the document relays the words from ('wrote in The Washington "
            "Post'); empty when the document heard or read them itself",
            TEXT,
        ),
        _YEAR,
        _ISO3,
        *SOURCE,
        *PROVENANCE,
    ),
)

DOCUMENTS = Dataset(
    "documents",
    "Documents",
    "one document read",
    (
        _TITLE,
        _URL,
        _DATE,
        _PUBLISHER,
        Column("author", "Author", "Who wrote the document, where known", TEXT),
        _RIGHTS,
        _ORIGIN,
        *PROVENANCE,
    ),
)

DATASETS: tuple[Dataset, ...] = (YEARLY, STATEMENTS, DOCUMENTS)


def labels(dataset: Dataset) -> dict[str, str]:
    """Column name -> its header in the download."""
    return {c.name: c.label for c in dataset.columns}


def codebook_rows() -> list[dict[str, str]]:
    """One row per column of every download: file, header, name in the tables, meaning, values."""
    return [
        {
            "File": d.title,
            "Column": c.label,
            "Name in the tables": c.name,
            "Meaning": c.meaning,
            "Values": c.values,
        }
        for d in DATASETS
        for c in d.columns
    ]


def codebook_markdown() -> str:
    """The codebook as Markdown: a table per download, a row per column."""
    parts = [
        "# Tier Watch codebook",
        "",
        "Generated by `python -m views.codebook` from `views/codebook.py`, the one definition "
        "of the downloads' columns; do not edit by hand. Every download of the dashboard "
        "ships this codebook beside it.",
    ]
    for d in DATASETS:
        parts += ["", f"## {d.title}", "", f"One row is {d.row}.", ""]
        parts += ["| Column | Meaning | Values |", "| --- | --- | --- |"]
        parts += [
            f"| {c.label} (`{c.name}`) | {_cell(c.meaning)} | {_cell(c.values)} |"
            for c in d.columns
        ]
    return "\n".join(parts) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


CODEBOOK_PATH = Path(__file__).resolve().parent.parent / "CODEBOOK.md"


if __name__ == "__main__":
    from loaders.io import write_bytes_atomic

    write_bytes_atomic(CODEBOOK_PATH, codebook_markdown().encode("utf-8"))
    sys.stdout.write(f"wrote {CODEBOOK_PATH.name}\n")
