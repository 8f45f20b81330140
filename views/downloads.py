"""Citable downloads: the view's table, the full table, statements and documents, as CSV and JSON.

Every file has the codebook's column headers (views.codebook), ends each row with the data's
version and date, and cites its sources by title and URL, never by a file name; added material
says so in its own column. The JSON files say which filter made them. The zip holds every file
of the view with the codebook beside them. Pure functions from the built tables to bytes.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import pandas as pd

from loaders.publish import csv_text
from views import codebook, filters
from views.credit import Stamp, data_line, documents_of, source_line


@dataclass(frozen=True)
class ViewFilter:
    """The view a download of 'this view' is cut to: the shown country (its statements), the
    countries compared with it (their tier history beside its own), years, organisation types."""

    iso3: str
    years: tuple[int, int]
    org_types: tuple[str, ...]
    compare: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tables:
    """The tables downloads are cut from: yearly, prepared statements, documents, and
    ``records``: (document, iso3, year) of every claim, statement and event, the documents
    behind each yearly row (records_index)."""

    yearly: pd.DataFrame
    statements: pd.DataFrame  # filters.prepare_statements' rows
    documents: pd.DataFrame
    records: pd.DataFrame


def records_index(*tables: pd.DataFrame) -> pd.DataFrame:
    """(document, iso3, year) of every row of ``tables`` (claims, statements, events)."""
    parts = [t.loc[:, ["document", "iso3", "year"]] for t in tables]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


@dataclass(frozen=True)
class Choice:
    """One table a reader can download: its file stem and whether the view's filter cuts it."""

    key: str
    dataset: codebook.Dataset
    filtered: bool


CHOICES: tuple[Choice, ...] = (
    Choice("view", codebook.YEARLY, True),
    Choice("yearly", codebook.YEARLY, False),
    Choice("statements-view", codebook.STATEMENTS, True),
    Choice("statements", codebook.STATEMENTS, False),
    Choice("documents", codebook.DOCUMENTS, False),
)
BY_KEY = {c.key: c for c in CHOICES}


def choice_label(key: str, view: ViewFilter) -> str:
    """A choice as the download menu names it."""
    span = _span(view.years)
    countries = ", ".join((view.iso3, *view.compare))
    return {
        "view": f"This view's tier history ({countries}, {span})",
        "yearly": "The full tier history (every country and year)",
        "statements-view": f"This view's statements ({view.iso3}, {span})",
        "statements": "Every statement",
        "documents": "Every document",
    }[key]


def _span(years: tuple[int, int]) -> str:
    return f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])


def yearly_rows(yearly: pd.DataFrame, view: ViewFilter | None = None) -> pd.DataFrame:
    """The yearly table (the view's countries in its years, the shown one first, or all),
    unknown tiers spelled out."""
    if view is None:
        return filters.show_unknown(yearly)
    return pd.concat(
        [filters.yearly_view(yearly, iso3=c, years=view.years) for c in (view.iso3, *view.compare)],
        ignore_index=True,
    )


def statement_rows(prepared: pd.DataFrame, view: ViewFilter | None = None) -> pd.DataFrame:
    """Statements with their sources (prepare_statements' rows): the view's, or all of them."""
    if view is None:
        return prepared
    rows = filters.statements_view(
        prepared, iso3=view.iso3, years=view.years, org_types=view.org_types
    )
    return rows.assign(iso3=view.iso3)


def document_rows(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document: its title, link, date, publisher, author, rights, added or curated."""
    rows = filters.with_source(documents.loc[:, ["document"]], documents)
    authors = documents.drop_duplicates("document").set_index("document")["author"]
    return rows.assign(author=rows["document"].map(authors).fillna(""))


def labelled(dataset: codebook.Dataset, rows: pd.DataFrame, stamp: Stamp) -> pd.DataFrame:
    """The dataset's columns in the codebook's order and headers, stamped with the data's version
    and date (a column the rows lack is empty)."""
    out = pd.DataFrame(index=rows.index)
    for column in dataset.columns:
        if column.name == "data_version":
            out[column.label] = stamp.version
        elif column.name == "data_date":
            out[column.label] = stamp.built
        elif column.name in rows:
            out[column.label] = rows[column.name]
        else:
            out[column.label] = ""
    return out.reset_index(drop=True)


def as_csv(frame: pd.DataFrame) -> bytes:
    """The table as spreadsheet-safe CSV bytes (loaders.publish.csv_text)."""
    return csv_text(frame).encode("utf-8")


def as_json(title: str, frame: pd.DataFrame, stamp: Stamp, view: ViewFilter | None) -> bytes:
    """The table as one JSON document: what it is, its source, data version and date, the filter
    that cut it (null: none), and its rows under the codebook's headers."""
    rows = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
    document: dict[str, Any] = {
        "title": title,
        "source": source_line(stamp.n_documents),
        "data_version": stamp.version,
        "data_date": stamp.built,
        "view_url": stamp.view_url,
        "filter": _filter(view),
        "codebook": "codebook.csv, shipped beside this file (CODEBOOK.md in the repository)",
        "columns": list(frame.columns),
        "rows": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def _filter(view: ViewFilter | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {
        "country": view.iso3,
        "compare": list(view.compare),
        "years": list(view.years),
        "org_types": list(view.org_types),
    }


def file_stem(key: str, view: ViewFilter, stamp: Stamp) -> str:
    """A file name naming the table, the view (when cut to it: the tier history names every
    country in it), the data version and date."""
    codes = (view.iso3, *view.compare) if key == "view" else (view.iso3,)
    where = f"-{'-'.join(codes)}-{view.years[0]}-{view.years[1]}" if BY_KEY[key].filtered else ""
    kind = key.removesuffix("-view")
    name = "yearly" if key == "view" else kind
    date = f"-{stamp.built}" if stamp.built else ""
    return f"tierwatch-{name}{where}-{_safe(stamp.version)}{date}"


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in text) or "unversioned"


def _rows(key: str, tables: Tables, view: ViewFilter) -> pd.DataFrame:
    choice = BY_KEY[key]
    cut = view if choice.filtered else None
    if choice.dataset is codebook.YEARLY:
        return yearly_rows(tables.yearly, cut)
    if choice.dataset is codebook.STATEMENTS:
        return statement_rows(tables.statements, cut)
    return document_rows(tables.documents)


def documents_in(key: str, tables: Tables, view: ViewFilter) -> int:
    """How many documents one choice's rows come from: the tier history's, those with a record
    of its countries and years; the statements', those quoted; the documents', every one."""
    return len(_documents_of(key, tables, view))


def _documents_of(key: str, tables: Tables, view: ViewFilter) -> set[str]:
    choice = BY_KEY[key]
    if choice.dataset is codebook.DOCUMENTS:
        ids = document_rows(tables.documents)["document"]
    elif choice.dataset is codebook.STATEMENTS:
        ids = _rows(key, tables, view)["document"]
    elif choice.filtered:
        return documents_of([tables.records], iso3s=(view.iso3, *view.compare), years=view.years)
    else:
        ids = tables.records["document"]
    return {str(d) for d in ids.dropna() if str(d)}


def stamp_for(key: str, tables: Tables, view: ViewFilter, stamp: Stamp) -> Stamp:
    """The stamp of one choice's file: ``stamp`` counting the documents behind its rows."""
    return replace(stamp, n_documents=documents_in(key, tables, view))


def table_for(key: str, tables: Tables, view: ViewFilter, stamp: Stamp) -> pd.DataFrame:
    """The labelled table of one choice."""
    return labelled(BY_KEY[key].dataset, _rows(key, tables, view), stamp)


MIME = {"csv": "text/csv", "json": "application/json", "zip": "application/zip"}


def file_name(key: str, fmt: str, view: ViewFilter, stamp: Stamp) -> str:
    """The file name of one choice in one format ('csv', 'json'; 'zip': the bundle)."""
    return f"{file_stem(key, view, stamp)}.{fmt}"


def download(
    key: str, fmt: str, tables: Tables, view: ViewFilter, stamp: Stamp
) -> tuple[bytes, str, str]:
    """(bytes, file name, MIME type) of one choice as 'csv' or 'json' (its source line counts
    the documents behind its own rows)."""
    stamp = stamp_for(key, tables, view, stamp)
    frame = table_for(key, tables, view, stamp)
    if fmt == "csv":
        data = as_csv(frame)
    else:
        cut = view if BY_KEY[key].filtered else None
        data = as_json(f"Tier Watch: {choice_label(key, view)}", frame, stamp, cut)
    return data, file_name(key, fmt, view, stamp), MIME[fmt]


def codebook_csv() -> bytes:
    """The codebook as CSV bytes: a row per column of every download."""
    return as_csv(pd.DataFrame(codebook.codebook_rows()))


def bundle(
    tables: Tables, view: ViewFilter, stamp: Stamp, keys: Sequence[str] = tuple(BY_KEY)
) -> tuple[bytes, str]:
    """(zip bytes, file name): every choice as CSV and JSON, the codebook (CSV and Markdown) and
    a README naming the source (every document the files come from), data version, date and
    view."""
    memory = io.BytesIO()
    with zipfile.ZipFile(memory, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for key in keys:
            for fmt in ("csv", "json"):
                data, name, _ = download(key, fmt, tables, view, stamp)
                archive.writestr(name, data)
        archive.writestr("codebook.csv", codebook_csv())
        archive.writestr("CODEBOOK.md", codebook.codebook_markdown())
        behind = set().union(*(_documents_of(key, tables, view) for key in keys))
        archive.writestr("README.txt", _readme(replace(stamp, n_documents=len(behind))))
    return memory.getvalue(), file_name("view", "zip", view, stamp)


def _readme(stamp: Stamp) -> str:
    return (
        f"Tier Watch downloads\n\n{source_line(stamp.n_documents)}.\n{data_line(stamp)}.\n"
        f"View: {stamp.view_url or '(no URL)'}\n\n"
        "Each table comes as CSV and JSON; codebook.csv and CODEBOOK.md say what every column "
        "means and which values it takes. Rows whose 'Added or curated' column says 'added by "
        "you' come from a document added in the dashboard, not from the curated sources.\n"
    )


__all__ = [
    "BY_KEY",
    "CHOICES",
    "MIME",
    "Choice",
    "Tables",
    "ViewFilter",
    "as_csv",
    "as_json",
    "bundle",
    "choice_label",
    "codebook_csv",
    "document_rows",
    "documents_in",
    "download",
    "file_name",
    "file_stem",
    "labelled",
    "records_index",
    "stamp_for",
    "statement_rows",
    "table_for",
    "yearly_rows",
]
