"""The official record loads as OFFICIAL_TIERS; every bad row is named by line.

On tests/data/tiers.csv, data/tiers.csv as of the 2025 report (tests/test_data.py checks the live
file's invariants).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.official import OfficialRecordError, load_official_record
from loaders.schema import OFFICIAL_TIERS, Tier

ROOT = Path(__file__).resolve().parent.parent
TIERS = ROOT / "tests" / "data" / "tiers.csv"
BAD = Path(__file__).resolve().parent / "data" / "tiers"
THIS_YEAR = dt.date.today().year


@pytest.fixture(scope="module")
def official():
    return load_official_record(TIERS)


def test_the_record_is_typed_sorted_and_keyed(official):
    assert list(official.columns) == list(OFFICIAL_TIERS.columns)
    assert dict(official.dtypes.astype(str)) == OFFICIAL_TIERS.columns
    assert not official.duplicated(["iso3", "year"]).any()
    assert list(official.itertuples(index=False)) == sorted(
        official.itertuples(index=False), key=lambda r: (r.iso3, r.year)
    )


def test_the_record_covers_eight_countries_2001_to_2025_less_the_two_unknowns(official):
    assert sorted(official["iso3"].unique()) == [
        "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "THA", "VNM",
    ]  # fmt: skip
    assert (official["year"].min(), official["year"].max()) == (2001, 2025)
    have = set(zip(official["iso3"], official["year"].astype(int), strict=True))
    every = {(i, y) for i in official["iso3"].unique() for y in range(2001, 2026)}
    # Vietnam 2025 and Indonesia 2025: no source found, so no row (unknown, never guessed).
    assert every - have == {("VNM", 2025), ("IDN", 2025)}


def test_every_row_is_sourced_and_graded(official):
    assert official["source_url"].str.match(r"https?://").all()
    assert set(official["confidence"]) == {"high", "medium"}
    assert set(official["tier"]) <= {str(t) for t in Tier}


@pytest.mark.parametrize(
    "iso3, year, tier, confidence",
    [
        ("KHM", 2005, "Tier 3", "high"),
        ("KHM", 2013, "Tier 2 Watch List", "medium"),
        ("KHM", 2014, "Tier 2 Watch List", "high"),
        ("KHM", 2015, "Tier 2 Watch List", "high"),
        ("KHM", 2016, "Tier 2", "high"),
        ("KHM", 2022, "Tier 3", "high"),
        ("THA", 2014, "Tier 3", "high"),
        ("MMR", 2016, "Tier 3", "medium"),
        ("PHL", 2016, "Tier 1", "high"),
    ],
    ids=[
        "khm-2005-sanctions-year",
        "khm-2013-inferred",
        "khm-2014",
        "khm-2015",
        "khm-2016-back-on-tier-2",
        "khm-2022-downgrade",
        "tha-2014-downgrade",
        "mmr-2016-inferred",
        "phl-2016-tier-1",
    ],
)
def test_known_facts_are_copied_faithfully(official, iso3, year, tier, confidence):
    row = official[(official["iso3"] == iso3) & (official["year"] == year)]
    assert len(row) == 1
    assert (row["tier"].iloc[0], row["confidence"].iloc[0]) == (tier, confidence)


BAD_CASES = [
    ("unknown_tier.csv", ["line 3: tier: 'Tier 4' is not one of"]),
    ("empty_tier.csv", ["line 2: tier: empty (leave the row out when the tier is unknown)"]),
    (
        "year_out_of_range.csv",
        [
            f"line 2: year: 2000 is outside the report years 2001..{THIS_YEAR}",
            f"line 4: year: 2999 is outside the report years 2001..{THIS_YEAR}",
        ],
    ),
    ("year_not_a_number.csv", ["line 2: year: 'twenty-nineteen' is not a whole number"]),
    ("duplicate.csv", ["line 4: duplicate country-year KHM 2019 (first on line 2)"]),
    ("missing_source.csv", ["line 3: source_url: empty"]),
    ("unknown_iso3.csv", ["line 3: iso3: 'KHX' is not an ISO 3166 alpha-3 code"]),
    ("unknown_confidence.csv", ["line 2: confidence: 'certain' is not one of 'high' or 'medium'"]),
    ("too_many_fields.csv", ["line 2: 8 fields, the header has 7"]),
    ("missing_columns.csv", ["line 1: missing columns ['confidence', 'source_url']"]),
    ("not_utf8.csv", ["line 2: not UTF-8 text (byte 0x96 at column 132); save the file as UTF-8"]),
    (
        "several_problems.csv",
        [
            "4 problems:",
            "line 4: iso3: 'QQQ' is not an ISO 3166 alpha-3 code",
            "line 4: source_url: 'ftp://example.org/x' is not an http(s) URL",
            "line 4: tier: 'Tier 5' is not one of",
            "line 5: duplicate country-year KHM 2019 (first on line 2)",
        ],
    ),
]


@pytest.mark.parametrize(
    "name, expected", BAD_CASES, ids=[name.removesuffix(".csv") for name, _ in BAD_CASES]
)
def test_a_bad_row_is_named_by_file_and_line(name, expected):
    with pytest.raises(OfficialRecordError) as info:
        load_official_record(BAD / name)
    message = str(info.value)
    assert message.startswith(f"{BAD / name}: ")
    for part in expected:
        assert part in message
    # All problems, sorted by line, in one message: the order of `expected` is the file's order.
    positions = [message.index(part) for part in expected]
    assert positions == sorted(positions)


def test_every_bad_fixture_has_a_case():
    assert sorted(p.name for p in BAD.glob("*.csv")) == sorted(name for name, _ in BAD_CASES)


@pytest.mark.parametrize(
    "content, expected",
    [
        (None, "cannot read file"),
        (b"", "line 1: missing columns"),
        (b"country,iso3,year,tier,confidence,source_url,evidence\n", "no rows"),
        (b"country,iso3,year,tier\xff,confidence,source_url,evidence\n", "line 1: not UTF-8"),
    ],
    ids=["no-such-file", "empty-file", "header-only", "not-utf8"],
)
def test_an_unusable_file_is_named(tmp_path, content, expected):
    path = tmp_path / "tiers.csv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(OfficialRecordError, match=expected) as info:
        load_official_record(path)
    assert str(info.value).startswith(str(path))


def test_blank_lines_extra_columns_and_spaces_are_tolerated(tmp_path):
    path = tmp_path / "tiers.csv"
    path.write_text(
        "country,iso3,year,tier,confidence,source_url,evidence,reviewer\n"
        "\n"
        " Cambodia , khm ,2015, Tier 2 Watch List ,high,https://example.org/k, narrative ,ana\n",
        encoding="utf-8",
    )
    frame = load_official_record(path)
    assert frame.to_dict("records") == [
        {
            "country": "Cambodia",
            "iso3": "KHM",
            "year": 2015,
            "tier": "Tier 2 Watch List",
            "confidence": "high",
            "source_url": "https://example.org/k",
            "evidence": "narrative",
        }
    ]
