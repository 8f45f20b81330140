"""views/pagemeta.py: a shared link's tab and preview name the view, not "Streamlit"."""

from __future__ import annotations

import pytest

from views.pagemeta import page_description, page_title


@pytest.mark.parametrize(
    "country, years, tab, expected",
    [
        ("Cambodia", (2013, 2015), "", "Cambodia, 2013–2015: TIP report tiers · Tier Watch"),
        (
            "Thailand",
            (2014, 2014),
            "Region",
            "Thailand, 2014: TIP report tiers · Region · Tier Watch",
        ),
    ],
    ids=["range", "one-year-and-tab"],
)
def test_the_title_names_the_country_years_and_tab(country, years, tab, expected):
    assert page_title(country, years, tab) == expected


def test_the_description_names_the_country_and_years():
    text = page_description("Cambodia", (2013, 2015))
    assert text.startswith("Cambodia's tier") and "2013–2015" in text and "Streamlit" not in text
