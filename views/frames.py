"""The slices of the tables every view draws from: report years in a range, one country's rows.

A report year inside the range that has no row for the country is unknown (tier empty): the
views show it as unknown rather than leaving it out, so a silent source is visible.
"""

from __future__ import annotations

import pandas as pd

from loaders.schema import FIRST_REPORT_YEAR, YEARLY


def year_span(yearly: pd.DataFrame, years: tuple[int, int]) -> list[int]:
    """The report years in ``years`` (either order), from the first report to the latest held."""
    low, high = sorted((int(years[0]), int(years[1])))
    known = yearly["year"].dropna()
    # No report exists before 2001 or after the latest one the table holds.
    latest = int(known.max()) if not known.empty else high
    return list(range(max(low, FIRST_REPORT_YEAR), min(high, latest) + 1))


def country_names(yearly: pd.DataFrame) -> dict[str, str]:
    """iso3 -> the name the table uses for it (its latest non-empty one)."""
    named = yearly.loc[yearly["country"].fillna("") != "", ["iso3", "year", "country"]]
    latest = named.sort_values("year").groupby("iso3", sort=False)["country"].last()
    return {str(k): str(v) for k, v in latest.items()}


def country_name(yearly: pd.DataFrame, iso3: str) -> str:
    """The name the table uses for ``iso3`` (its latest), or the code when it has none."""
    return country_names(yearly.loc[yearly["iso3"] == iso3]).get(iso3, iso3)


def grid_rows(yearly: pd.DataFrame, codes: list[str], span: list[int]) -> pd.DataFrame:
    """YEARLY rows for every country of ``codes`` and year of ``span`` (country-major order).

    A country-year the table lacks comes back as a row with every value empty: unknown.
    """
    columns = list(YEARLY.columns)
    held = yearly.loc[yearly["iso3"].isin(codes) & yearly["year"].isin(span), columns]
    if len(held) == len(codes) * len(span):
        # Every country-year is held (the usual case): the rows in grid order, already typed.
        order = {code: i for i, code in enumerate(codes)}
        ranked = held.assign(_rank=held["iso3"].map(order)).sort_values(["_rank", "year"])
        return ranked.drop(columns="_rank").reset_index(drop=True)
    # (iso3, year) is the table's key, so one reindex over the full grid adds the missing rows
    # and keeps every column's dtype.
    grid = pd.MultiIndex.from_product(
        [pd.Index(codes, dtype="string"), pd.Index(span, dtype="Int64")], names=["iso3", "year"]
    )
    out = held.set_index(["iso3", "year"]).reindex(grid).reset_index()
    names = country_names(yearly.loc[yearly["iso3"].isin(codes)])
    out["country"] = out["country"].fillna(out["iso3"].map(lambda c: names.get(c, c)))
    return out.loc[:, columns].astype(YEARLY.columns)


def country_rows(yearly: pd.DataFrame, iso3: str, span: list[int]) -> pd.DataFrame:
    """YEARLY rows of one country, one per year of ``span`` in order; a missing year is unknown."""
    return grid_rows(yearly, [iso3], span)


def text_or_empty(value: object) -> str:
    """A cell as text: "" for NA, so missing and empty read the same."""
    return "" if value is None or value is pd.NA or pd.isna(value) else str(value)


def int_or_none(value: object) -> int | None:
    """An Int64 cell as int, or None for NA."""
    return None if value is None or value is pd.NA or pd.isna(value) else int(value)


__all__ = [
    "country_name",
    "country_names",
    "country_rows",
    "grid_rows",
    "int_or_none",
    "text_or_empty",
    "year_span",
]
