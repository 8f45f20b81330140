"""What the dashboard's tables call their columns: one human label per column name, and which
columns are links.

The tables keep the schema's names (tier_confidence, org_type, ...), the ones the CSV downloads
use; only what a reader sees is relabelled. A link column shows only http(s) URLs
(views.filters.web_url), so no other scheme ever becomes a link.
"""

from __future__ import annotations

import pandas as pd

from views.filters import relayed_from, speaker_parts, web_url

LABELS: dict[str, str] = {
    "country": "Country",
    "iso3": "Country code",
    "year": "Report year",
    "tier": "Official tier",
    "tier_confidence": "Confidence",
    "confidence": "Confidence",
    "tier_source": "Source of the tier",
    "source_url": "Source",
    "claimed_tiers": "Tiers the documents claim",
    "claim_status": "Documents against the record",
    "n_claims": "Claims",
    "n_statements": "Statements",
    "n_events": "Events",
    "event_types": "Event types",
    "watchlist_streak": "Watch List years in a row",
    "tvpa_note": "TVPA Watch List clock",
    "change": "Change from the year before",
    "speaker": "Speaker",
    "role": "Role",
    "quoted_in": "First published in",
    "organization": "Organisation",
    "org_type": "Organisation type",
    "quote": "Quote",
    "type": "Event type",
    "evidence": "The sentence",
    "claimed_tier": "Tier the document claims",
    "official_tier": "Official tier",
    "title": "Document",
    "publisher": "Publisher",
    "rights": "Rights",
    "published": "Published",
    "author": "Author",
    "document_url": "Link",
    "url": "Link",
    "document": "File",
    "is_user_added": "Added by you",
    "origin": "Added or curated",
    "note": "Note (the compiler's, on the source)",
    "statement": "Statement",
}
LINK_COLUMNS = frozenset({"tier_source", "source_url", "document_url", "url"})
# Long text: a wide column, its lines wrapped in the table's tall rows.
WIDE_COLUMNS = frozenset({"quote", "evidence", "tvpa_note", "title"})
# A link column shows the site's name, not the whole address (the cell's tooltip has it). Its
# links come through filters.web_url (loaders.urls.web_address): http(s), the scheme lower-case.
LINK_TEXT = r"https?://(?:www\.)?([^/?#]+)"


def _text(value: object) -> str:
    """A cell as trimmed text: "" for NA."""
    return "" if value is None or bool(pd.isna(value)) else str(value).strip()


def _joined(row: pd.Series, names: tuple[str, ...]) -> str:
    return ", ".join(t for t in (_text(row.get(n)) for n in names) if t)


def statement_line(row: pd.Series) -> str:
    """One statement in one cell: “quote” — who (org type), year. Source: title, publisher."""
    who = ", ".join(speaker_parts(row)) or "unnamed speaker"
    kind, year = _text(row.get("org_type")), _text(row.get("year"))
    source, origin = _joined(row, ("title", "publisher")), _text(row.get("origin"))
    line = f"“{_text(row.get('quote'))}” — {who}"
    if kind:
        line += f" ({kind})"
    if year:
        line += f", {year}"
    if source:
        line += f". Source: {relayed_from(row)}{source}"
    if origin:
        line += f" ({origin})"
    return line


def narrow_statements(rows: pd.DataFrame) -> pd.DataFrame:
    """The statements as a phone's grid shows them, one per row: the quote with who said it and
    its source in one text column, and the source's link beside it (two columns fit 340 px)."""
    return pd.DataFrame(
        {
            "statement": pd.Series([statement_line(r) for _, r in rows.iterrows()], dtype="string"),
            "document_url": rows["document_url"].astype("string").reset_index(drop=True),
        }
    )


def web_links_only(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with every link column holding only http(s) URLs (others emptied)."""
    out = frame.copy()
    for column in LINK_COLUMNS & set(out.columns):
        out[column] = out[column].map(web_url).astype("string")
    return out


__all__ = [
    "LABELS",
    "LINK_COLUMNS",
    "LINK_TEXT",
    "WIDE_COLUMNS",
    "narrow_statements",
    "statement_line",
    "web_links_only",
]
