"""The slices of the tables every view draws from: report years in a range, one country's rows.

A report year inside the range that has no row for the country is unknown (tier empty): the
views show it as unknown rather than leaving it out, so a silent source is visible.
"""

from __future__ import annotations

import pandas as pd

from loaders.schema import FIRST_REPORT_YEAR, YEARLY, enforce


def year_span(yearly: pd.DataFrame, years: tuple[int, int]) -> list[int]:
    """The report years in ``years`` (either order), from the first report to the latest held."""
    low, high = sorted((int(years[0]), int(years[1])))
    known = yearly["year"].dropna()
    # No report exists before 2001 or after the latest one the table holds.
    latest = int(known.max()) if not known.empty else high
    return list(range(max(low, FIRST_REPORT_YEAR), min(high, latest) + 1))


def country_name(yearly: pd.DataFrame, iso3: str) -> str:
    """The name the table uses for ``iso3`` (its latest), or the code when it has none."""
    names = yearly.loc[yearly["iso3"] == iso3].sort_values("year")["country"].dropna()
    names = names[names != ""]
    return str(names.iloc[-1]) if not names.empty else iso3


def country_rows(yearly: pd.DataFrame, iso3: str, span: list[int]) -> pd.DataFrame:
    """YEARLY rows of one country, one per year of ``span`` in order; a missing year is unknown."""
    rows = yearly.loc[(yearly["iso3"] == iso3) & yearly["year"].isin(span)]
    have = set(rows["year"].astype(int))
    name = country_name(yearly, iso3)
    filler = pd.DataFrame(
        {"country": name, "iso3": iso3, "year": [y for y in span if y not in have]},
    )
    for col in YEARLY.columns:
        if col not in filler:
            filler[col] = pd.NA
    out = pd.concat([rows, enforce(filler, YEARLY)], ignore_index=True) if len(filler) else rows
    return enforce(out, YEARLY).sort_values("year", ignore_index=True)


def text_or_empty(value: object) -> str:
    """A cell as text: "" for NA, so missing and empty read the same."""
    return "" if value is None or value is pd.NA or pd.isna(value) else str(value)


def int_or_none(value: object) -> int | None:
    """An Int64 cell as int, or None for NA."""
    return None if value is None or value is pd.NA or pd.isna(value) else int(value)


__all__ = ["country_name", "country_rows", "int_or_none", "text_or_empty", "year_span"]
