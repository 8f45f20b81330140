"""The header's short answer and the year panel, on small typed tables (no Streamlit).

The frames are test scenarios, not the record: Cambodia 2012-2016 with the Watch List 2013-2015
and 2016 left unknown on purpose.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest
from frames import frame

from loaders.schema import YEARLY
from views.summary import header, header_answer, header_sentence
from views.text import visible
from views.yearpanel import year_panel

WATCH = "Tier 2 Watch List"
SCENARIO = {2012: "Tier 2", 2013: WATCH, 2014: WATCH, 2015: WATCH, 2016: None}


def yearly(tiers: dict[int, str | None]) -> pd.DataFrame:
    rows = [
        {"country": "Cambodia", "iso3": "KHM", "year": year, "tier": tier}
        for year, tier in sorted(tiers.items())
    ]
    return frame(YEARLY, rows)


@pytest.mark.parametrize(
    "tiers, years, answer",
    [
        (SCENARIO, (2013, 2015), "2013–2015: Tier 2 Watch List in each report"),
        (SCENARIO, (2015, 2013), "2013–2015: Tier 2 Watch List in each report"),
        (SCENARIO, (2014, 2014), "2014: Tier 2 Watch List in the 2014 report"),
        (
            SCENARIO | {2016: "Tier 2"},
            (2012, 2016),
            "2012–2016: Tier 2 Watch List in 2013–2015, Tier 2 in 2012 and 2016",
        ),
        (SCENARIO, (2015, 2016), "2015–2016: Tier 2 Watch List in 2015, unknown in 2016"),
        (SCENARIO, (2016, 2016), "2016: unknown in the 2016 report"),
        (SCENARIO, (1990, 1995), "1990–1995: no TIP report years"),
    ],
    ids=[
        "one-tier-each-report",
        "reversed-range",
        "one-year",
        "most-held-tier-first",
        "unknown-named",
        "only-unknown",
        "no-report-years",
    ],
)
def test_header_answer_is_one_short_line_from_the_record(tiers, years, answer) -> None:
    assert header_answer(yearly(tiers), iso3="KHM", years=years) == answer


def test_header_answer_never_lends_a_neighbours_tier_to_a_missing_country() -> None:
    assert header_answer(yearly(SCENARIO), iso3="THA", years=(2013, 2014)) == (
        "2013–2014: unknown in each report"
    )


@pytest.mark.parametrize(
    "iso3, years",
    [("KHM", (2013, 2015)), ("KHM", (2016, 2012)), ("THA", (2013, 2014)), ("KHM", (1990, 1995))],
    ids=["watch-list-run", "reversed-mixed", "missing-country", "no-report-years"],
)
def test_the_header_slices_once_and_says_what_its_two_parts_say(iso3, years) -> None:
    # The page's header (rows sliced once, for speed) is the answer and the sentence, word for word.
    table = yearly(SCENARIO | {2016: "Tier 2"})
    assert header(table, iso3=iso3, years=years) == (
        header_answer(table, iso3=iso3, years=years),
        header_sentence(table, iso3=iso3, years=years),
    )


CLAIM = {
    "year": 2013,
    "claimed_tier": "Tier 3",
    "official_tier": WATCH,
    "claim_status": "conflict",
    "evidence": "It fell to the bottom tier.",
    "title": "A test article",
    "document_url": "https://news.example/a",
    "document": "a.md",
    "origin": "curated sources",
}
EVENT = {
    "year": 2013,
    "type": "raid",
    "evidence": "Police raided a site.",
    "title": "Pasted note",
    "document_url": None,
    "document": "b.md",
    "origin": "added by you, not in the curated sources",
}


def panel_tables(claims: list[dict], events: list[dict]) -> tuple[pd.DataFrame, ...]:
    table = yearly(SCENARIO)
    table["tier_confidence"] = "high"
    table["tier_source"] = "https://record.example/2013"
    empty = {"year": [], "document": []}
    return (
        table,
        pd.DataFrame(claims) if claims else pd.DataFrame(empty),
        pd.DataFrame(events) if events else pd.DataFrame(empty),
    )


@pytest.mark.parametrize(
    "year, claims, events, has, lacks",
    [
        (
            2013,
            [CLAIM, {**CLAIM, "year": 2014}],
            [EVENT],
            [
                "**Official tier, 2013: Tier 2 Watch List** (high confidence",
                "Source: [the official source for 2013](https://record.example/2013)",
                "(1):\n\n- Tier 3 (conflict): “It fell to the bottom tier.” "
                "Source: [A test article](https://news.example/a)",
                "- raid: “Police raided a site.” Source: Pasted note **Added by you",
                "2 statements from 2013 are listed",
            ],
            ["2014"],
        ),
        (
            2016,
            [],
            [],
            [
                "**Official tier, 2016: unknown.** No source",
                "No document claims a tier for 2016.",
                "No event recorded for 2016.",
            ],
            ["Tier 2", "official source for"],
        ),
    ],
    ids=["claims-and-events-of-the-year-only", "unknown-year-says-unknown"],
)
def test_year_panel_holds_the_years_record_claims_and_events(year, claims, events, has, lacks):
    table, claimed, happened = panel_tables(claims, events)
    text = visible(year_panel(table, claimed, happened, iso3="KHM", year=year, n_statements=2))
    text = re.sub(r"\\(.)", r"\1", text)
    assert [h for h in has if h not in text] == []
    assert [w for w in lacks if w in text] == []
