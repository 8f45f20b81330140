"""Filters narrowing the built tables to the view: one country, a range of report years, org types.

Every function takes typed DataFrames (loaders/schema.py) and returns a new one; nothing here knows
about Streamlit, so each is tested on small frames.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import quote

import pandas as pd

from loaders.schema import FIRST_REPORT_YEAR, OrgType
from loaders.urls import web_address
from views.text import inert

UNKNOWN = "unknown"
# The country code of a record whose document names no country: listed under this, never under
# another country.
NOT_IDENTIFIED = ""
NOT_IDENTIFIED_LABEL = "country not identified"
# Where a row comes from, in words, on every card, table and export.
ADDED = "added by you, not in the curated sources"
CURATED = "curated sources"

# Where a quote or event comes from, as a reader is credited it: the document's title, publisher,
# date and page (http(s) only), then the document's file name.
SOURCE_COLUMNS = (
    "title",
    "publisher",
    "published",
    "rights",
    "document_url",
    "document",
    "origin",
)
# The quote beside who said it, so it is in view without scrolling sideways.
STATEMENT_COLUMNS = (
    "year",
    "speaker",
    "organization",
    "quote",
    "role",
    "org_type",
    "quoted_in",
    *SOURCE_COLUMNS,
)
EVENT_COLUMNS = ("year", "type", "evidence", *SOURCE_COLUMNS)
CLAIM_COLUMNS = (
    "year",
    "claimed_tier",
    "official_tier",
    "claim_status",
    "evidence",
    *SOURCE_COLUMNS,
)
# What the statement search looks through (with the organisation's acronyms and aliases).
SEARCHED_COLUMNS = ("speaker", "organization", "role", "quote", "title")
SEARCH = "search_text"


def year_bounds(official: pd.DataFrame, yearly: pd.DataFrame) -> tuple[int, int]:
    """First and latest report year the slider offers: 2001 to the latest year any table knows."""
    years = pd.concat([official["year"], yearly["year"]]).dropna()
    latest = int(years.max()) if len(years) else FIRST_REPORT_YEAR
    return FIRST_REPORT_YEAR, max(latest, FIRST_REPORT_YEAR)


def country_names(official: pd.DataFrame, yearly: pd.DataFrame) -> dict[str, str]:
    """ISO3 -> the name the record uses, ordered by name; the record's name wins over documents'."""
    names: dict[str, str] = {}
    for frame in (yearly, official):  # official last: its names overwrite the documents' spellings
        for iso3, country in frame[["iso3", "country"]].dropna().itertuples(index=False):
            if iso3:
                names[str(iso3)] = str(country) or str(iso3)
    return dict(sorted(names.items(), key=lambda kv: kv[1]))


def in_view(
    df: pd.DataFrame, *, iso3: str | None, years: tuple[int, int], year: int | None = None
) -> pd.DataFrame:
    """Rows of one country (None: all countries) whose report year is in range (or is `year`)."""
    mask = df["year"].between(years[0], years[1]).fillna(False)
    if year is not None:
        mask &= (df["year"] == year).fillna(False)
    if iso3 is not None:
        mask &= (df["iso3"] == iso3).fillna(False)
    return df.loc[mask.astype(bool)].reset_index(drop=True)


def with_source(df: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Add each row's source: its document's title, publisher, date and http(s) page URL."""
    docs = documents.drop_duplicates("document").set_index("document")
    out = df.copy()
    for column in ("title", "publisher", "published", "rights"):
        values = docs[column].astype("string") if len(docs) else pd.Series(dtype="string")
        out[column] = out["document"].map(values).astype("string").fillna("")
    urls = docs["url"].map(web_url) if len(docs) else pd.Series(dtype="string")
    out["document_url"] = out["document"].map(urls).astype("string").fillna("")
    added = docs["is_user_added"].fillna(False).astype(bool) if len(docs) else pd.Series(dtype=bool)
    is_added = out["document"].map(added).fillna(False).astype(bool)
    out["origin"] = pd.Series(
        [ADDED if a else CURATED for a in is_added], index=out.index, dtype="string"
    )
    return out


def marked_for_hover(
    frame: pd.DataFrame, documents: pd.DataFrame, column: str, *, clear_url: bool = False
) -> pd.DataFrame:
    """The rows with ``column`` of every added document's row led by "added by you: ", so the
    chart's hover (which shows that column) says so; ``clear_url`` empties document_url there,
    as a claim's hover names the page's site instead of the document when it has one."""
    added = set(documents.loc[documents["is_user_added"].fillna(False).astype(bool), "document"])
    mine = frame["document"].isin(added)
    if not mine.any():
        return frame
    out = frame.copy()
    out.loc[mine, column] = "added by you: " + out.loc[mine, column].fillna("").astype(str)
    if clear_url:
        out.loc[mine, "document_url"] = ""
    return out


def document_countries(*tables: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Document id -> the countries its records name (sorted): the countries it is about."""
    pairs = pd.concat([t.loc[:, ["document", "iso3"]] for t in tables], ignore_index=True)
    pairs = pairs.loc[pairs["iso3"].fillna("") != ""].drop_duplicates()
    return {
        str(doc): tuple(sorted(str(c) for c in group["iso3"]))
        for doc, group in pairs.groupby("document", sort=False)
    }


def with_document_countries(
    rows: pd.DataFrame, countries: Mapping[str, tuple[str, ...]]
) -> pd.DataFrame:
    """Rows whose own country is unknown get their document's countries (one row for each);
    a row whose document names none keeps NOT_IDENTIFIED."""
    own = rows["iso3"].fillna("").astype(str)
    known, unknown = rows.loc[own != ""], rows.loc[own == ""].copy()
    unknown["iso3"] = [
        list(countries.get(str(d), ()) or [NOT_IDENTIFIED]) for d in unknown["document"]
    ]
    unknown = unknown.explode("iso3")
    unknown["iso3"] = unknown["iso3"].astype("string")
    return pd.concat([known, unknown]).sort_index(kind="stable")


def organisation_aliases(name: object) -> str:
    """The acronyms and other names the organisation gazetteer knows for ``name`` ("" if none)."""
    from loaders.organisations import GAZETTEER

    text = "" if _blank(name) else str(name)
    for full, _, aliases in GAZETTEER:
        if text and (text == full or text in aliases):
            return " ".join((full, *aliases))
    return ""


def prepare_statements(
    statements: pd.DataFrame,
    documents: pd.DataFrame,
    countries: Mapping[str, tuple[str, ...]] | None = None,
) -> pd.DataFrame:
    """Every statement with its source, newest year first (what statements_view filters).

    A statement with no country of its own is its document's (``countries``, from
    document_countries); with none there either it keeps NOT_IDENTIFIED. The search text (speaker,
    organisation and its aliases, role, quote, source title) is made once here, case-folded.
    """
    rows = with_document_countries(with_source(statements, documents), countries or {})
    rows = rows.sort_values(["year", "speaker", "start"], ascending=[False, True, True])
    rows = rows.loc[:, ["iso3", *STATEMENT_COLUMNS]].reset_index(drop=True)
    words = rows.loc[:, list(SEARCHED_COLUMNS)].fillna("").astype(str).agg(" ".join, axis=1)
    aliases = rows["organization"].map(organisation_aliases)
    rows[SEARCH] = (words + " " + aliases).str.casefold().astype("string")
    return rows


def statements_view(
    prepared: pd.DataFrame,
    *,
    iso3: str,
    years: tuple[int, int],
    org_types: Sequence[str],
    year: int | None = None,
    search: str = "",
) -> pd.DataFrame:
    """One row per statement shown, newest year first: the country's quotes (``iso3``
    NOT_IDENTIFIED: those whose document names no country).

    ``prepared`` comes from prepare_statements. ``search`` keeps the rows whose speaker,
    organisation (or its acronym), role, quote or source title hold every word of it (any case).
    """
    shown, _ = split_by_org(
        prepared, iso3=iso3, years=years, org_types=org_types, year=year, search=search
    )
    return shown


def split_by_org(
    prepared: pd.DataFrame,
    *,
    iso3: str,
    years: tuple[int, int],
    org_types: Sequence[str],
    year: int | None = None,
    search: str = "",
) -> tuple[pd.DataFrame, int]:
    """The statements_view rows and how many statements of the view the organisation-type filter
    leaves out, from one search."""
    rows = _searched(prepared, iso3=iso3, years=years, year=year, search=search)
    kept = _kinds(rows).isin(list(org_types))
    shown = rows[kept].loc[:, list(STATEMENT_COLUMNS)].reset_index(drop=True)
    return shown, int((~kept).sum())


def _kinds(rows: pd.DataFrame) -> pd.Series:
    # A speaker with no organisation named (or one of unknown kind) is shown under "other".
    return rows["org_type"].fillna("").astype(str).replace("", str(OrgType.OTHER))


def _searched(
    prepared: pd.DataFrame, *, iso3: str, years: tuple[int, int], year: int | None, search: str
) -> pd.DataFrame:
    rows = prepared[prepared["iso3"].fillna(NOT_IDENTIFIED) == iso3]
    rows = in_view(rows, iso3=None, years=years, year=year)
    words = search.casefold().split()
    if words:
        mask = pd.Series(True, index=rows.index)
        for word in words:
            mask &= rows[SEARCH].fillna("").str.contains(word, regex=False)
        rows = rows[mask]
    return rows


def prepare_events(
    events: pd.DataFrame,
    documents: pd.DataFrame,
    countries: Mapping[str, tuple[str, ...]] | None = None,
) -> pd.DataFrame:
    """Every event with its source, by year then type (what events_view filters); one with no
    country of its own is its document's, as in prepare_statements."""
    rows = with_document_countries(with_source(events, documents), countries or {})
    rows = rows.sort_values(["year", "type"], kind="stable")
    return rows.loc[:, ["iso3", *EVENT_COLUMNS]].reset_index(drop=True)


def events_view(
    prepared: pd.DataFrame,
    *,
    iso3: str,
    years: tuple[int, int],
    types: Iterable[str] | None = None,
) -> pd.DataFrame:
    """One row per event of the country in the years, of the chosen types (None: all types)."""
    rows = prepared[prepared["iso3"].fillna(NOT_IDENTIFIED) == iso3]
    rows = in_view(rows, iso3=None, years=years)
    if types is not None:
        rows = rows[rows["type"].isin(list(types)).fillna(False).astype(bool)]
    return rows.loc[:, list(EVENT_COLUMNS)].reset_index(drop=True)


def claims_view(
    claims: pd.DataFrame, documents: pd.DataFrame, *, iso3: str, years: tuple[int, int]
) -> pd.DataFrame:
    """One row per document claim of the country: claimed tier beside the official one, evidence,
    source."""
    rows = with_source(in_view(claims, iso3=iso3, years=years), documents)
    rows = rows.sort_values(["year", "document"], kind="stable").reset_index(drop=True)
    out = rows.loc[:, list(CLAIM_COLUMNS)].copy()
    # An official tier the record does not have is unknown, and the table says so in words.
    out["official_tier"] = out["official_tier"].fillna("").replace("", UNKNOWN)
    return out


def yearly_view(yearly: pd.DataFrame, *, iso3: str, years: tuple[int, int]) -> pd.DataFrame:
    """The yearly table of one country in the years, unknown tiers spelled 'unknown'."""
    rows = in_view(yearly, iso3=iso3, years=years).sort_values("year").reset_index(drop=True)
    return show_unknown(rows)


def official_sources(official: pd.DataFrame) -> pd.DataFrame:
    """The official record's rows as the sources table shows them: the compiler's note on each
    source (the project's words, never the source's) under the name ``note``."""
    rows = official.loc[:, ["year", "tier", "confidence", "evidence", "source_url"]]
    return rows.rename(columns={"evidence": "note"}).reset_index(drop=True)


def documents_view(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document read: title, link, date, publisher, and added or curated."""
    rows = with_source(documents.loc[:, ["document"]], documents)
    return rows.loc[:, ["title", "document_url", "published", "publisher", "rights", "origin"]]


def show_unknown(yearly: pd.DataFrame) -> pd.DataFrame:
    """The same table with an empty official tier written as 'unknown' (for display and CSV)."""
    out = yearly.copy()
    out["tier"] = out["tier"].fillna("").replace("", UNKNOWN)
    return out


def selected_year(selection: Mapping[str, Any] | None) -> int | None:
    """The report year of the chart point a user clicked (customdata[0], else x), or None."""
    points = ((selection or {}).get("selection") or {}).get("points") or []
    for point in points:
        for candidate in ((point.get("customdata") or [None])[0], point.get("x")):
            try:
                year = int(float(candidate))
            except (TypeError, ValueError):
                continue
            if FIRST_REPORT_YEAR <= year <= 2100:
                return year
    return None


def web_url(url: object) -> str:
    """The URL when it is an http(s) address with a host, else "": nothing else becomes a link."""
    text = "" if url is None or url is pd.NA or (isinstance(url, float) and url != url) else url
    return web_address(str(text))


def link_target(url: str | None) -> str:
    """A document URL safe to put in a Markdown link: http(s) only, brackets and spaces escaped."""
    url = web_url(url)
    # Parentheses, angle brackets and whitespace would end or break out of a Markdown link.
    return quote(url, safe=":/?#[]@!$&'*+,;=%~") if url else ""


def source_credit(row: Mapping[str, Any]) -> str:
    """Where a record comes from, as inert Markdown: the linked title, then publisher, date and
    whose the text is."""
    label = inert(str(row["title"] if not _blank(row.get("title")) else row["document"]))
    target = link_target(row.get("document_url"))
    credit = f"[{label}]({target})" if target else label
    details = [
        inert(str(row[k])) for k in ("publisher", "published", "rights") if not _blank(row.get(k))
    ]
    return credit + (f", {', '.join(details)}" if details else "")


def speaker_parts(row: Mapping[str, Any]) -> list[str]:
    """Who said it, as written: speaker, role, organisation; a body speaking through an unnamed
    spokesperson ("Ministry of Foreign Affairs", role "spokesperson") is named once."""
    speaker, role, organization = (
        "" if _blank(row.get(k)) else str(row.get(k)).strip()
        for k in ("speaker", "role", "organization")
    )
    if organization == speaker:
        organization = ""
    return [p for p in (speaker, role, organization) if p]


def statement_card(row: Mapping[str, Any]) -> str:
    """One statement as inert Markdown: who (role, organisation, type), year; the quote; source."""
    who = ", ".join(inert(p) for p in speaker_parts(row))
    org_type = "" if _blank(row["org_type"]) else f" ({inert(str(row['org_type']))})"
    year = UNKNOWN if _blank(row["year"]) else str(row["year"])
    quote = inert(str(row["quote"]))
    # Added material is never passed off as the curated sources'.
    mark = f"  \n**{ADDED.capitalize()}.**" if row.get("origin") == ADDED else ""
    return (
        f"**{who or UNKNOWN}**{org_type}, {year}  \n“{quote}”  \nSource: "
        + relayed_from(row, inert)
        + source_credit(row)
        + mark
    )


def relayed_from(row: Mapping[str, Any], written: Callable[[str], str] = str) -> str:
    """'first published in X, quoted in ' for words the document relays from another
    publication (their credit goes to both); "" otherwise."""
    if _blank(row.get("quoted_in")):
        return ""
    return f"first published in {written(str(row['quoted_in']))}, quoted in "


def statement_list(shown: pd.DataFrame) -> str:
    """Statement cards as one inert Markdown text, under a heading per year, in the frame's order
    (statements_view: newest year first). Empty when there is none."""
    blocks = []
    for year, group in shown.groupby("year", sort=False, dropna=False):
        cards = "\n\n---\n\n".join(statement_card(r) for r in group.to_dict(orient="records"))
        blocks.append(f"### {UNKNOWN if _blank(year) else year}\n\n{cards}")
    return "\n\n".join(blocks)


def _blank(value: Any) -> bool:
    return (
        value is None
        or value is pd.NA
        or (isinstance(value, float) and value != value)
        or (isinstance(value, str) and not value.strip())
    )


def citation(
    view_url: str, *, accessed: dt.date, version: str = "", built: str = "", n_documents: int = 0
) -> str:
    """How to cite the current view: the project, the data's version and date, its sources, the
    view's URL and the access date."""
    data = f"data version {version}" + (f" of {built}" if built else "") if version else ""
    documents = f" and {n_documents} document(s) listed under the view" if n_documents else ""
    return (
        f"Tier Watch{f' ({data})' if data else ''}: TIP Report tier placements, events and "
        "statements, from the US State Department's Trafficking in Persons reports (a source per "
        f"row){documents}. {view_url} (accessed {accessed.isoformat()})."
    )
