"""The credit every published thing carries: what it shows, where the data comes from, its
version and date.

One wording for the downloads, the chart exports and the embed, as Our World in Data's Grapher
puts one source line under every chart it lets out. The documents it counts are those behind
what is published (their records are drawn or listed in it), never every document of the build.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from views.compared import title_name


@dataclass(frozen=True)
class Stamp:
    """What a published file says about its data: version, build day, the documents behind it,
    the view's URL and what it shows ("Cambodia and Thailand, 2013–2016"; empty: not said)."""

    version: str
    built: str
    n_documents: int
    view_url: str = ""
    subject: str = ""


def source_line(n_documents: int) -> str:
    """'Source: Tier Watch, official record + N documents' (one document: singular)."""
    noun = "document" if n_documents == 1 else "documents"
    return f"Source: Tier Watch, official record + {n_documents} {noun}"


def data_line(stamp: Stamp) -> str:
    """'Data version V of YYYY-MM-DD' (the date left out when the build has none)."""
    return f"Data version {stamp.version}" + (f" of {stamp.built}" if stamp.built else "")


def credit_line(stamp: Stamp) -> str:
    """'Cambodia and Thailand, 2013–2016. Source: Tier Watch, official record + N documents.
    Data version V of D.' (the subject left out when the stamp has none)."""
    lead = f"{stamp.subject}. " if stamp.subject else ""
    return f"{lead}{source_line(stamp.n_documents)}. {data_line(stamp)}."


def subject(names: Sequence[str], years: tuple[int, int]) -> str:
    """The countries and years a published thing shows: "Cambodia and Thailand, 2013–2016"."""
    joined = title_name(names)
    low, high = sorted((int(years[0]), int(years[1])))
    return f"{joined}, {low}–{high}" if low != high else f"{joined}, {low}"


def documents_behind(
    tables: Iterable[pd.DataFrame], *, iso3s: Iterable[str], years: tuple[int, int]
) -> int:
    """How many documents have a row (a claim, statement or event) of one of ``iso3s`` in
    ``years`` in any of ``tables`` (each with document, iso3 and year columns)."""
    return len(documents_of(tables, iso3s=iso3s, years=years))


def documents_of(
    tables: Iterable[pd.DataFrame], *, iso3s: Iterable[str], years: tuple[int, int]
) -> set[str]:
    """The documents behind documents_behind's count, by id."""
    low, high = sorted((int(years[0]), int(years[1])))
    codes = set(iso3s)
    found: set[str] = set()
    for table in tables:
        year = table["year"]
        mine = (table["iso3"].isin(codes) & (year >= low) & (year <= high)).fillna(False)
        found |= {str(d) for d in table.loc[mine, "document"].dropna() if str(d)}
    return found


__all__ = [
    "Stamp",
    "credit_line",
    "data_line",
    "documents_behind",
    "documents_of",
    "source_line",
    "subject",
]
