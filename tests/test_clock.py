"""The Watch List clock against the real histories, and its rules one by one.

The histories: tests/data/tiers.csv, the record as of the 2025 report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.clock import TVPA_RULES, WatchListRule, rule_for, watchlist_clock
from loaders.official import load_official_record

ROOT = Path(__file__).resolve().parent.parent
WL, T1, T2, T3, SC = "Tier 2 Watch List", "Tier 1", "Tier 2", "Tier 3", "Special Case"


@pytest.fixture(scope="module")
def clocks():
    official = load_official_record(ROOT / "tests" / "data" / "tiers.csv")
    out = {}
    for iso3, rows in official.groupby("iso3"):
        tiers = {y: None for y in range(2001, 2026)}
        tiers.update(dict(zip(rows["year"].astype(int), rows["tier"], strict=True)))
        out[iso3] = {c.year: c for c in watchlist_clock(tiers)}
    return out


# (iso3, year, streak, note starts with, automatic downgrade)
HISTORY = [
    ("KHM", 2013, 1, "", False),
    ("KHM", 2014, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived", False),
    ("KHM", 2015, 3, "3rd consecutive Watch List year: waiver;", False),
    ("KHM", 2016, 0, "", False),
    ("KHM", 2019, 1, "", False),
    ("KHM", 2020, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived", False),
    ("KHM", 2021, 3, "3rd consecutive Watch List year: waiver (the last allowed)", False),
    ("KHM", 2022, 0, "automatic downgrade after 3 consecutive Watch List years", True),
    ("KHM", 2023, 0, "", False),
    ("THA", 2013, 4, "4th consecutive Watch List year: waiver (the last allowed)", False),
    ("THA", 2014, 0, "automatic downgrade after 4 consecutive Watch List years", True),
    ("LAO", 2016, 3, "3rd consecutive Watch List year: waiver; Tier 3 next year unless", False),
    ("LAO", 2017, 4, "4th consecutive Watch List year: waiver (the last allowed)", False),
    ("LAO", 2018, 0, "automatic downgrade after 4 consecutive Watch List years", True),
    ("LAO", 2019, 1, "back on the Watch List after an automatic downgrade: may stay", False),
    ("LAO", 2025, 0, "", False),
    ("VNM", 2021, 3, "3rd consecutive Watch List year: waiver (the last allowed)", False),
    ("VNM", 2022, 0, "automatic downgrade after 3 consecutive Watch List years", True),
    ("VNM", 2023, 1, "back on the Watch List after an automatic downgrade", False),
    ("VNM", 2025, None, "", False),
    ("MMR", 2016, 0, "automatic downgrade after 4 consecutive Watch List years", True),
    ("MYS", 2014, 0, "automatic downgrade after 4 consecutive Watch List years", True),
    ("MYS", 2016, 2, "2nd consecutive Watch List year", False),
    ("MYS", 2021, 0, "automatic downgrade after 3 consecutive Watch List years", True),
    ("MYS", 2007, 0, "", False),
    ("KHM", 2007, 2, "", False),
    ("PHL", 2005, 2, "", False),
    ("PHL", 2010, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived", False),
    ("LAO", 2024, 1, "", False),
]  # fmt: skip


@pytest.mark.parametrize(
    "iso3, year, streak, note, automatic",
    HISTORY,
    ids=[
        "khm-2013-first-year",
        "khm-2014-second-year",
        "khm-2015-third-year-under-waiver",
        "khm-2016-off-the-list",
        "khm-2019-first-year",
        "khm-2020-second-year",
        "khm-2021-last-waiver-since-2019",
        "khm-2022-automatic-downgrade",
        "khm-2023-tier-3-again-no-note",
        "tha-2013-fourth-year-before-2019",
        "tha-2014-automatic-downgrade",
        "lao-2016-third-year",
        "lao-2017-fourth-year",
        "lao-2018-automatic-downgrade",
        "lao-2019-back-one-year-only",
        "lao-2025-tier-3-after-one-year-not-automatic",
        "vnm-2021-last-waiver",
        "vnm-2022-automatic-downgrade",
        "vnm-2023-back-one-year-only",
        "vnm-2025-unknown",
        "mmr-2016-automatic-downgrade",
        "mys-2014-automatic-downgrade",
        "mys-2016-second-year-before-the-return-rule",
        "mys-2021-automatic-downgrade-three-since-2019",
        "mys-2007-tier-3-before-the-rule-no-note",
        "khm-2007-streak-before-the-rule-no-note",
        "phl-2005-streak-before-the-rule-no-note",
        "phl-2010-second-year-first-under-the-rule",
        "lao-2024-new-streak",
    ],
)
def test_real_histories(clocks, iso3, year, streak, note, automatic):
    got = clocks[iso3][year]
    assert got.watchlist_streak == streak
    assert got.tvpa_note.startswith(note) if note else got.tvpa_note == ""
    assert got.is_automatic_downgrade is automatic


def test_only_downgrades_after_a_full_run_are_automatic(clocks):
    automatic = sorted(
        (iso3, year)
        for iso3, c in clocks.items()
        for year, y in c.items()
        if y.is_automatic_downgrade
    )
    assert automatic == [
        ("KHM", 2022), ("LAO", 2018), ("MMR", 2016), ("MYS", 2014), ("MYS", 2021),
        ("THA", 2014), ("VNM", 2022),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "year, expected",
    [(2008, None), (2009, (4, None)), (2018, (4, None)), (2019, (3, 1)), (2025, (3, 1))],
    ids=["before-2008-law", "first-report-under-it", "last-four-year", "2019-law", "now"],
)
def test_the_rule_in_force(year, expected):
    rule = rule_for(year)
    got = None if rule is None else (rule.max_years, rule.max_years_after_downgrade)
    assert got == expected


def _notes(tiers, rules=TVPA_RULES):
    return [(c.year, c.watchlist_streak, c.tvpa_note) for c in watchlist_clock(tiers, rules)]


@pytest.mark.parametrize(
    "tiers, expected",
    [
        (
            {2020: WL, 2021: None, 2022: WL, 2023: WL, 2024: T2},
            [(2020, 1, ""), (2021, None, ""), (2022, None, ""), (2023, None, ""), (2024, 0, "")],
        ),
        (
            {2019: WL, 2020: WL, 2022: WL},
            [
                (2019, 1, ""),
                (2020, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived"),
                (2022, None, ""),
            ],
        ),
        (
            {2019: WL, 2020: WL, 2021: WL, 2022: WL},
            [
                (2019, 1, ""),
                (2020, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived"),
                (
                    2021,
                    3,
                    "3rd consecutive Watch List year: waiver (the last allowed); Tier 3 next year",
                ),
                (2022, 4, "4th consecutive Watch List year: beyond the 3-year limit"),
            ],
        ),
        (
            {2019: WL, 2020: WL, 2021: WL, 2022: T3, 2023: WL, 2024: WL},
            [
                (2019, 1, ""),
                (2020, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived"),
                (
                    2021,
                    3,
                    "3rd consecutive Watch List year: waiver (the last allowed); Tier 3 next year",
                ),
                (2022, 0, "automatic downgrade after 3 consecutive Watch List years"),
                (
                    2023,
                    1,
                    "back on the Watch List after an automatic downgrade: may stay one year only",
                ),
                (2024, 2, "2nd consecutive Watch List year: beyond the 1-year limit"),
            ],
        ),
        (
            {2019: WL, 2020: WL, 2021: WL, 2022: T3, 2023: WL, 2024: T3},
            [
                (2019, 1, ""),
                (2020, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived"),
                (
                    2021,
                    3,
                    "3rd consecutive Watch List year: waiver (the last allowed); Tier 3 next year",
                ),
                (2022, 0, "automatic downgrade after 3 consecutive Watch List years"),
                (
                    2023,
                    1,
                    "back on the Watch List after an automatic downgrade: may stay one year only",
                ),
                (2024, 0, "automatic downgrade after 1 Watch List year"),
            ],
        ),
        (
            {2007: WL, 2008: WL, 2009: WL, 2010: WL},
            [
                (2007, 1, ""),
                (2008, 2, ""),
                (2009, 3, ""),
                (
                    2010,
                    4,
                    "2nd consecutive Watch List year since the 2009 report: "
                    "Tier 3 next year unless waived",
                ),
            ],
        ),
        (
            {2020: SC, 2021: WL, 2022: T1},
            [(2020, 0, ""), (2021, 1, ""), (2022, 0, "")],
        ),
        (
            {2019: WL, 2020: WL, 2021: T3},
            [
                (2019, 1, ""),
                (2020, 2, "2nd consecutive Watch List year: Tier 3 next year unless waived"),
                (2021, 0, ""),
            ],
        ),
    ],
    ids=[
        "unknown-year-makes-the-streak-unknown-until-it-breaks",
        "a-missing-year-is-unknown-too",
        "beyond-the-limit-is-flagged",
        "back-after-downgrade-may-stay-one-year",
        "back-after-downgrade-second-automatic",
        "years-before-2009-do-not-count-for-the-law",
        "special-case-breaks-the-streak",
        "tier-3-before-the-limit-is-not-automatic",
    ],
)
def test_rules(tiers, expected):
    assert _notes(tiers) == expected


def test_the_limit_is_a_parameter():
    strict = (WatchListRule(since=2009, max_years=2, max_years_after_downgrade=None),)
    got = _notes({2010: WL, 2011: WL, 2012: T3}, strict)
    assert got == [
        (2010, 1, ""),
        (2011, 2, "2nd consecutive Watch List year: Tier 3 next year"),
        (2012, 0, "automatic downgrade after 2 consecutive Watch List years"),
    ]
    assert _notes({2010: WL, 2011: WL, 2012: T3})[2] == (2012, 0, "")
