"""The header's short answer and the year panel, on small typed tables (no Streamlit).

The frames are test scenarios, not the record: Cambodia 2012-2016 with the Watch List 2013-2015
and 2016 left unknown on purpose.
"""

from __future__ import annotations

import pandas as pd
import pytest
from frames import frame

from loaders.schema import YEARLY
from views.summary import header_answer

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
