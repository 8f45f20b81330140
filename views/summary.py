"""Plain-text companions of the charts: text alternatives and the page header's summary.

Each text alternative says in words what its chart draws (runs of the same tier, unknown years by
name, how documents compare with the record), for screen readers and for copying into an article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from loaders.schema import FIRST_REPORT_YEAR, ClaimStatus, Confidence, Tier
from views.frames import (
    country_name,
    country_rows,
    grid_rows,
    int_or_none,
    text_or_empty,
    year_span,
)
from views.heatmap import region_countries
from views.palette import UNKNOWN

__all__ = [
    "compared_text",
    "header",
    "header_answer",
    "header_sentence",
    "header_summary",
    "region_heatmap_text",
    "tier_history_text",
    "tier_runs",
    "years_phrase",
]


def years_phrase(years: list[int]) -> str:
    """A run of consecutive years in words: "in 2013, 2014 and 2015", or "from 2001 to 2012"."""
    if not years:
        return ""
    if len(years) >= 4:
        return f"from {years[0]} to {years[-1]}"
    if len(years) == 1:
        return f"in {years[0]}"
    return "in " + ", ".join(str(y) for y in years[:-1]) + f" and {years[-1]}"


def tier_runs(rows: pd.DataFrame) -> list[tuple[str, list[int]]]:
    """(tier or "unknown", years) for each run of consecutive years with the same official tier."""
    runs: list[tuple[str, list[int]]] = []
    for year, tier in zip(rows["year"].astype(int), rows["tier"], strict=True):
        label = text_or_empty(tier) or UNKNOWN
        if runs and runs[-1][0] == label and runs[-1][1][-1] == year - 1:
            runs[-1][1].append(year)
        else:
            runs.append((label, [year]))
    return runs


def _runs_sentence(rows: pd.DataFrame) -> str:
    return "; ".join(f"{label} {years_phrase(ys)}" for label, ys in tier_runs(rows))


def _span_label(span: list[int]) -> str:
    return f"{span[0]}–{span[-1]}" if span[-1] != span[0] else str(span[0])


def _list_years(years: list[int]) -> str:
    if len(years) <= 1:
        return "".join(str(y) for y in years)
    return ", ".join(str(y) for y in years[:-1]) + f" and {years[-1]}"


def _claims_sentence(claims: pd.DataFrame) -> str:
    if claims.empty:
        return "No document claims a tier for these years."
    n = len(claims)
    status = claims["claim_status"].fillna("")
    parts = []
    for value, one, many in (
        (ClaimStatus.AGREE, "agrees with the official record", "agree with the official record"),
        (ClaimStatus.CONFLICT, "conflicts with it", "conflict with it"),
        (
            ClaimStatus.UNOFFICIAL_ONLY,
            "names a tier where the record is silent",
            "name a tier where the record is silent",
        ),
    ):
        picked = claims.loc[status == str(value)]
        if picked.empty:
            continue
        years = sorted(set(picked["year"].astype(int)))
        verb = one if len(picked) == 1 else many
        parts.append(f"{len(picked)} {verb} ({_list_years(years)})")
    claim_word = "claim" if n == 1 else "claims"
    return f"Documents make {n} tier {claim_word}: " + ", ".join(parts) + "."


def tier_history_text(
    yearly: pd.DataFrame, claims: pd.DataFrame, *, iso3: str, years: tuple[int, int]
) -> str:
    """The country chart in one plain paragraph: tier runs, unknown years, claim agreement."""
    name = country_name(yearly, iso3)
    span = year_span(yearly, years)
    if not span:
        low, high = sorted((int(years[0]), int(years[1])))
        return f"{name}: no TIP report years between {low} and {high}."
    rows = country_rows(yearly, iso3, span)
    sentences = [f"{name}, {_span_label(span)}: {_runs_sentence(rows)}."]
    tier = rows["tier"].fillna("")
    inferred = rows.loc[(tier != "") & (rows["tier_confidence"].fillna("") != Confidence.HIGH)]
    if not inferred.empty:
        found = sorted(inferred["year"].astype(int))
        placement = "placement in" if len(found) == 1 else "placements in"
        verb = "is" if len(found) == 1 else "are"
        sentences.append(
            f"The {placement} {_list_years(found)} {verb} inferred from an adjacent year "
            "(medium confidence)."
        )
    unknown = sorted(rows.loc[tier == "", "year"].astype(int))
    if unknown:
        sentences.append(
            f"No source gives the official tier for {_list_years(unknown)}, so it is unknown."
        )
    mine = claims.loc[(claims["iso3"] == iso3) & claims["year"].isin(span)]
    sentences.append(_claims_sentence(mine))
    n_statements = int(rows["n_statements"].fillna(0).sum())
    n_events = int(rows["n_events"].fillna(0).sum())
    sentences.append(
        f"The documents hold {n_statements} statement{'s' * (n_statements != 1)} and "
        f"{n_events} event{'s' * (n_events != 1)} for these years."
    )
    return " ".join(sentences)


def compared_text(yearly: pd.DataFrame, *, compare: Sequence[str], years: tuple[int, int]) -> str:
    """The countries compared with the shown one, in words: each one's runs of tiers."""
    span = year_span(yearly, years)
    if not span or not compare:
        return ""
    parts = [
        f"{country_name(yearly, iso3)}: {_runs_sentence(country_rows(yearly, iso3, span))}."
        for iso3 in compare
    ]
    return " ".join([f"Compared, {_span_label(span)}:", *parts])


def region_heatmap_text(yearly: pd.DataFrame, *, selected_iso3: str, years: tuple[int, int]) -> str:
    """The region heatmap in words: each country's runs of tiers, the selected one first."""
    span = year_span(yearly, years)
    countries = region_countries(yearly)
    low, high = sorted((int(years[0]), int(years[1])))
    if not span or not countries:
        return f"No official tiers to show between {low} and {high}."
    # The selected country first: it is what the reader came for.
    countries.sort(key=lambda c: c[0] != selected_iso3)
    grid = grid_rows(yearly, [c for c, _ in countries], span)
    parts = []
    for iso3, name in countries:
        label = f"{name} (selected)" if iso3 == selected_iso3 else name
        parts.append(f"{label}: {_runs_sentence(grid.loc[grid['iso3'] == iso3])}.")
    n = len(countries)
    head = (
        f"Official TIP report tiers of {n} countr{'y' if n == 1 else 'ies'}, {_span_label(span)}."
    )
    return " ".join([head, *parts])


def _placement_phrase(tier: str) -> str:
    if tier == Tier.SPECIAL_CASE:
        return "is a Special Case (not ranked on the tiers)"
    if tier == Tier.WATCH_LIST:
        return "is on the Tier 2 Watch List"
    return f"is on {tier}"


def _was_phrase(tier: str) -> str:
    if tier == UNKNOWN:
        return "of unknown tier (no source)"
    if tier == Tier.SPECIAL_CASE:
        return "a Special Case"
    if tier == Tier.WATCH_LIST:
        return "on the Tier 2 Watch List"
    return f"on {tier}"


def _year_ranges(years: list[int]) -> str:
    """Sorted years as ranges in words: "2012 and 2016", "2013–2015", "2001–2003, 2007 and 2010"."""
    spans: list[list[int]] = []
    for year in years:
        if spans and spans[-1][-1] == year - 1:
            spans[-1].append(year)
        else:
            spans.append([year])
    labels = [_span_label(span) for span in spans]
    if len(labels) == 1:
        return labels[0]
    return ", ".join(labels[:-1]) + f" and {labels[-1]}"


def header_answer(
    yearly: pd.DataFrame, *, iso3: str, years: tuple[int, int], compare: Sequence[str] = ()
) -> str:
    """The claim check at a glance: the official tier of each year in range, grouped by tier.

    "2013–2015: Tier 2 Watch List in each report"; with several tiers the one held most often
    comes first: "2012–2016: Tier 2 Watch List in 2013–2015, Tier 2 in 2012 and 2016". A year no
    source gives reads "unknown", never a neighbour's tier. With countries compared, each one
    drawn is named, the shown one first: "2013–2015: Cambodia, Tier 2 Watch List in each
    report; Thailand, Tier 3 in 2014 and 2015, Tier 2 Watch List in 2013".
    """
    span = year_span(yearly, years)
    rows = country_rows(yearly, iso3, span) if span else None
    return _answer(yearly, iso3, span, rows, years, compare)


def _answer(
    yearly: pd.DataFrame,
    iso3: str,
    span: list[int],
    rows: pd.DataFrame | None,
    years: tuple[int, int],
    compare: Sequence[str] = (),
) -> str:
    """header_answer from the report years in range and the shown country's rows over them."""
    if not span or rows is None:
        low, high = sorted((int(years[0]), int(years[1])))
        return f"{_span_label([low, high])}: no TIP report years"
    if not compare:
        return f"{_span_label(span)}: {_tiers_answer(rows, span)}"
    parts = [f"{country_name(yearly, iso3)}, {_tiers_answer(rows, span)}"] + [
        f"{country_name(yearly, code)}, {_tiers_answer(country_rows(yearly, code, span), span)}"
        for code in compare
    ]
    return f"{_span_label(span)}: " + "; ".join(parts)


def _tiers_answer(rows: pd.DataFrame, span: list[int]) -> str:
    """One country's tiers over ``span``: "Tier 2 Watch List in each report", or by tier."""
    by_tier: dict[str, list[int]] = {}
    for year, tier in zip(rows["year"].astype(int), rows["tier"], strict=True):
        by_tier.setdefault(text_or_empty(tier) or UNKNOWN, []).append(year)
    if len(by_tier) == 1:
        (tier,) = by_tier
        where = f"in the {span[0]} report" if len(span) == 1 else "in each report"
        return f"{tier} {where}"
    # The tier held most often first, ties by the earliest year: the answer leads with the rule.
    ordered = sorted(by_tier.items(), key=lambda item: (-len(item[1]), item[1][0]))
    return ", ".join(f"{tier} in {_year_ranges(ys)}" for tier, ys in ordered)


def header_sentence(
    yearly: pd.DataFrame,
    *,
    iso3: str,
    years: tuple[int, int],
    latest: dict[str, Any] | None = None,
) -> str:
    """The selected years in one quotable sentence: each year's tier, the Watch List run and the
    TVPA clock within the range, then the country's latest tier as a secondary fact.

    ``latest`` is header_summary's result for the country, when the caller already has it.
    """
    latest = latest or header_summary(yearly, iso3=iso3)
    span = year_span(yearly, years)
    return _sentence(span, country_rows(yearly, iso3, span) if span else None, years, latest)


def header(
    yearly: pd.DataFrame,
    *,
    iso3: str,
    years: tuple[int, int],
    latest: dict[str, Any] | None = None,
    compare: Sequence[str] = (),
) -> tuple[str, str]:
    """The page header: (header_answer, header_sentence), the country's rows sliced once for both
    (the slice is most of each one's time, and a new year range waits for it)."""
    latest = latest or header_summary(yearly, iso3=iso3)
    span = year_span(yearly, years)
    rows = country_rows(yearly, iso3, span) if span else None
    return _answer(yearly, iso3, span, rows, years, compare), _sentence(span, rows, years, latest)


def _sentence(
    span: list[int], rows: pd.DataFrame | None, years: tuple[int, int], latest: dict[str, Any]
) -> str:
    """header_sentence from the report years in range and the country's rows over them."""
    name = latest["country"]
    latest_year, latest_tier = latest["latest_year"], str(latest["latest_tier"])
    if latest_year is None:
        tail = "no report year is recorded, so its latest tier is unknown"
    elif latest_tier == UNKNOWN:
        tail = f"its placement in the latest report ({latest_year}) is unknown"
    else:
        tail = f"in the latest report ({latest_year}) it is {_was_phrase(latest_tier)}"
    if not span or rows is None:
        low, high = sorted((int(years[0]), int(years[1])))
        return f"{name}: no TIP report years between {low} and {high}; {tail}."
    runs = tier_runs(rows)
    reports = f"the {span[0]} report" if len(span) == 1 else f"the {span[0]}–{span[-1]} reports"
    if len(runs) == 1:
        tiers = _was_phrase(runs[0][0]) + (" in each" if len(span) > 1 else "")
    else:
        tiers = ", ".join(f"{_was_phrase(tier)} {years_phrase(ys)}" for tier, ys in runs)
    parts = [f"In {reports}, {name} was {tiers}"]
    on_list = rows.loc[rows["tier"].fillna("") == Tier.WATCH_LIST]
    streaks = on_list["watchlist_streak"].dropna()
    if not streaks.empty and int(streaks.max()) > 1:
        # The longest run in view, at its end (the first such year if two runs tie).
        longest = on_list.loc[streaks.astype(int).idxmax()]
        parts.append(
            f"the Watch List run reaching {int(longest['watchlist_streak'])} years in a row "
            f"in {int(longest['year'])}"
        )
    noted = rows.loc[rows["tvpa_note"].fillna("") != ""]
    clock = ""
    if not noted.empty:
        row = noted.iloc[-1]
        clock = f" (TVPA clock, {int(row['year'])}: {row['tvpa_note']})"
    if latest_year is not None and span[-1] == latest_year:
        tail = "the latest report" if len(span) == 1 else f"{latest_year} is the latest report"
    return ", ".join(parts) + clock + f"; {tail}."


def header_summary(yearly: pd.DataFrame, *, iso3: str) -> dict[str, Any]:
    """The page header's facts for one country: latest report's tier and the TVPA clock.

    ``latest_year`` is the latest report in the whole table, so a country missing from it reads
    "unknown" rather than showing an older year as if it were current.
    """
    name = country_name(yearly, iso3)
    known = yearly["year"].dropna()
    if known.empty:
        return {
            "country": name,
            "latest_year": None,
            "latest_tier": UNKNOWN,
            "watchlist_streak": None,
            "clock_sentence": f"No report year is recorded, so {name}'s tier is unknown.",
        }
    latest = int(known.max())
    rows = country_rows(yearly, iso3, list(range(FIRST_REPORT_YEAR, latest + 1)))
    row = rows.iloc[-1]
    tier = text_or_empty(row["tier"])
    streak = int_or_none(row["watchlist_streak"])
    note = text_or_empty(row["tvpa_note"])
    if not tier:
        sentence = (
            f"{name}'s placement in the {latest} report is unknown: no source gives it, "
            "so its Watch List clock cannot be read."
        )
    else:
        sentence = f"{name} {_placement_phrase(tier)} in the {latest} report"
        _, run = tier_runs(rows)[-1]
        if len(run) > 1:  # the latest run of known, unchanged years
            sentence += f", as in every report since {run[0]}"
        if note:
            sentence += f"; {note}"
        elif tier == Tier.WATCH_LIST and streak:
            sentence += f"; Watch List year {streak} in a row"
        sentence += "."
    return {
        "country": name,
        "latest_year": latest,
        "latest_tier": tier or UNKNOWN,
        "watchlist_streak": streak,
        "clock_sentence": sentence,
    }
