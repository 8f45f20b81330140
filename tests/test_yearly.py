"""The yearly table: the official record joined with what documents claim, state and report."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from frames import assembled

from loaders.build import build
from loaders.documents import Document, document_from_bytes
from loaders.official import load_official_record
from loaders.published import read_published
from loaders.schema import (
    CLAIMS,
    DOCUMENTS,
    EVENTS,
    OFFICIAL_TIERS,
    PLACEMENTS,
    STATEMENTS,
    YEARLY,
    Event,
    Placement,
    Statement,
)
from loaders.yearly import YearlyBuild

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "data" / "corpus"
CONFLICT_CASE = ROOT / "tests" / "data" / "documents" / "conflict_cambodia_tier3_2016.md"
TIERS = ROOT / "tests" / "data" / "tiers.csv"
WL = "Tier 2 Watch List"


@pytest.fixture(scope="module")
def official() -> pd.DataFrame:
    return load_official_record(TIERS)


def _built(folder: Path, tiers: Path, out: Path) -> YearlyBuild:
    """The tables `python -m loaders build` publishes for a folder, as the dashboard reads them."""
    build(folder, tiers, out)
    return read_published(out).tables


def _doc(name: str, url: str = "") -> Document:
    front = f"---\nurl: {url}\npublished: '2015-07'\n---\n" if url else ""
    return document_from_bytes(name, f"{front}Cambodia text.\n".encode())


def _placement(doc: str, iso3: str, year: int, tier: str, country: str = "Cambodia") -> Placement:
    return Placement(doc, "sha", "evidence", 0, 8, year, False, country, iso3, tier, "explicit")


def _statement(doc: str, iso3: str, year: int) -> Statement:
    return Statement(doc, "sha", "“q”", 0, 3, year, False, "A", "IJM", "ngo", "", "q", iso3)


def _event(doc: str, iso3: str, year: int, type_: str) -> Event:
    return Event(doc, "sha", "evidence", 0, 8, year, False, type_, iso3)


@pytest.fixture(scope="module")
def handmade(official) -> YearlyBuild:
    a, b = _doc("a.md", "https://example.org/a"), _doc("b.md")
    records = {
        "a.md": [
            _placement("a.md", "KHM", 2013, WL),
            _placement("a.md", "KHM", 2014, WL),
            _placement("a.md", "KHM", 2016, "Tier 3"),
            _placement("a.md", "VNM", 2025, WL, "Vietnam"),
            _statement("a.md", "KHM", 2015),
            _statement("a.md", "KHM", 2015),
            _statement("a.md", "", 2015),  # no country: counted nowhere
            _event("a.md", "KHM", 2015, "enforcement"),
            _event("a.md", "KHM", 2015, "funding"),
            _event("a.md", "KHM", 2015, "enforcement"),
        ],
        "b.md": [
            _placement("b.md", "KHM", 2014, WL),
            _placement("b.md", "KHM", 2016, "Tier 2"),
            _placement("b.md", "FRA", 2016, "Tier 1", "France"),
            _event("b.md", "SGP", 2018, "research"),
        ],
    }
    return assembled([a, b], records, official, user_added=frozenset({"b.md"}))


def _row(build: YearlyBuild, iso3: str, year: int) -> dict:
    rows = build.yearly[(build.yearly["iso3"] == iso3) & (build.yearly["year"] == year)]
    assert len(rows) == 1, (iso3, year, len(rows))
    return {k: (None if pd.isna(v) else v) for k, v in rows.iloc[0].to_dict().items()}


def test_every_table_matches_its_schema(handmade):
    for table, frame in [
        (YEARLY, handmade.yearly),
        (CLAIMS, handmade.claims),
        (PLACEMENTS, handmade.placements),
        (STATEMENTS, handmade.statements),
        (EVENTS, handmade.events),
        (OFFICIAL_TIERS, handmade.official),
        (DOCUMENTS, handmade.documents),
    ]:
        assert list(frame.columns) == list(table.columns), table.name
        assert dict(frame.dtypes.astype(str)) == table.columns, table.name


def test_every_country_of_the_record_has_every_report_year(handmade, official):
    yearly = handmade.yearly
    for iso3 in official["iso3"].unique():
        years = sorted(yearly.loc[yearly["iso3"] == iso3, "year"].astype(int))
        assert years == list(range(2001, 2026)), iso3
    assert not yearly.duplicated(["iso3", "year"]).any()


@pytest.mark.parametrize(
    "iso3, year, expected",
    [
        (
            "KHM",
            2013,
            {"tier": WL, "claimed_tiers": WL, "claim_status": "agree", "n_claims": 1},
        ),
        (
            "KHM",
            2014,
            {"tier": WL, "claimed_tiers": f"{WL} x2", "claim_status": "agree", "n_claims": 2},
        ),
        (
            "KHM",
            2015,
            {
                "tier": WL,
                "claim_status": "none",
                "n_claims": 0,
                "n_statements": 2,
                "n_events": 3,
                "event_types": "enforcement; funding",
                "watchlist_streak": 3,
                "change": "same",
            },
        ),
        (
            "KHM",
            2016,
            {
                "tier": "Tier 2",
                "claimed_tiers": "Tier 2; Tier 3",
                "claim_status": "conflict",
                "n_claims": 2,
                "change": "up",
            },
        ),
        (
            "KHM",
            2022,
            {
                "tier": "Tier 3",
                "tvpa_note": "automatic downgrade after 3 consecutive Watch List years",
                "change": "down",
                "watchlist_streak": 0,
            },
        ),
        (
            "VNM",
            2025,
            {
                "tier": None,
                "tier_confidence": None,
                "tier_source": None,
                "claimed_tiers": WL,
                "claim_status": "unofficial-only",
                "watchlist_streak": None,
                "change": "",
            },
        ),
        ("IDN", 2025, {"tier": None, "claim_status": "none", "claimed_tiers": "", "change": ""}),
        (
            "FRA",
            2016,
            {"country": "France", "tier": None, "claim_status": "unofficial-only", "n_claims": 1},
        ),
        (
            "SGP",
            2018,
            {"country": "Singapore", "n_events": 1, "event_types": "research", "n_claims": 0},
        ),
        ("KHM", 2001, {"tier": "Tier 2", "change": "", "watchlist_streak": 0}),
        (
            "MMR",
            2012,
            {"country": "Burma/Myanmar", "tier": WL, "tier_confidence": "medium"},
        ),
    ],
    ids=[
        "khm-2013-one-agreeing-claim",
        "khm-2014-two-claims-counted",
        "khm-2015-statements-events-streak",
        "khm-2016-conflict-when-any-claim-differs",
        "khm-2022-automatic-downgrade",
        "vnm-2025-unknown-tier-claimed",
        "idn-2025-unknown-no-claim",
        "country-outside-the-record",
        "events-only-country-year",
        "first-year-has-no-change",
        "record-name-kept",
    ],
)
def test_yearly_rows(handmade, iso3, year, expected):
    row = _row(handmade, iso3, year)
    assert {k: row[k] for k in expected} == expected


@pytest.mark.parametrize(
    "iso3, name",
    [("XKX", "Kosovo"), ("CIV", "Cote d'Ivoire")],
    ids=["code-iso-3166-lacks", "report-spelling-not-iso"],
)
def test_a_country_only_events_name_is_the_reports(official, iso3, name):
    # Named by the gazetteer, as the extractor names it: ISO 3166 has no Kosovo and writes Côte.
    records = {"k.md": [_event("k.md", iso3, 2019, "research")]}
    build = assembled([_doc("k.md")], records, official)
    assert _row(build, iso3, 2019)["country"] == name


def test_the_record_cites_its_source(handmade, official):
    row = _row(handmade, "KHM", 2015)
    source = official.loc[(official["iso3"] == "KHM") & (official["year"] == 2015), "source_url"]
    assert row["tier_source"] == source.iloc[0]
    assert row["tier_confidence"] == "high"


def test_only_years_present_somewhere_are_rows(handmade):
    extra = set(handmade.yearly["iso3"]) - {"IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "THA", "VNM"}
    assert extra == {"FRA", "SGP"}
    assert list(handmade.yearly.loc[handmade.yearly["iso3"] == "FRA", "year"]) == [2016]


def test_claims_sit_beside_the_record(handmade):
    claims = handmade.claims
    got = sorted(
        (r.iso3, int(r.year), r.claimed_tier, r.official_tier, r.claim_status, r.document)
        for r in claims.fillna({"official_tier": ""}).itertuples()
    )
    assert got == [
        ("FRA", 2016, "Tier 1", "", "unofficial-only", "b.md"),
        ("KHM", 2013, WL, WL, "agree", "a.md"),
        ("KHM", 2014, WL, WL, "agree", "a.md"),
        ("KHM", 2014, WL, WL, "agree", "b.md"),
        ("KHM", 2016, "Tier 2", "Tier 2", "agree", "b.md"),
        ("KHM", 2016, "Tier 3", "Tier 2", "conflict", "a.md"),
        ("VNM", 2025, WL, "", "unofficial-only", "a.md"),
    ]
    urls = dict(zip(claims["document"], claims["document_url"], strict=False))
    assert urls == {"a.md": "https://example.org/a", "b.md": ""}


def test_documents_table_marks_user_added(handmade):
    docs = handmade.documents.set_index("document")
    assert docs.loc["b.md", "is_user_added"] and not docs.loc["a.md", "is_user_added"]
    assert docs.loc["a.md", "published"] == "2015-07" and not docs.loc["a.md", "date_inferred"]
    assert docs.loc["b.md", "published"] == "" and docs.loc["b.md", "date_inferred"]


def test_records_tables_keep_every_record(handmade):
    assert len(handmade.placements) == 7
    assert len(handmade.statements) == 3
    assert len(handmade.events) == 4


def test_no_documents_still_gives_the_record_years(official):
    build = assembled([], {}, official)
    assert len(build.yearly) == 8 * 25
    assert set(build.yearly["claim_status"]) == {"none"}
    assert build.claims.empty and build.documents.empty


# ---- with the real extractor (green once the extractors land) ---------------------------------


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> YearlyBuild:
    return _built(SEEDS, TIERS, tmp_path_factory.mktemp("seeded"))


@pytest.mark.parametrize("year", [2013, 2014, 2015], ids=["2013", "2014", "2015"])
def test_seed_documents_agree_with_the_record_on_cambodia(seeded, year):
    row = _row(seeded, "KHM", year)
    assert (row["tier"], row["claim_status"]) == (WL, "agree")


def test_seed_documents_ijm_statements_count_in_2015(seeded):
    assert _row(seeded, "KHM", 2015)["n_statements"] >= 4


def test_seed_build_has_cambodias_clock(seeded):
    assert [_row(seeded, "KHM", y)["watchlist_streak"] for y in (2015, 2021)] == [3, 3]
    assert _row(seeded, "KHM", 2022)["tvpa_note"].startswith("automatic downgrade")


def test_a_claim_the_record_contradicts_is_a_conflict(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / CONFLICT_CASE.name).write_bytes(CONFLICT_CASE.read_bytes())
    build = _built(tmp_path / "docs", TIERS, tmp_path / "build")
    claims = build.claims[(build.claims["iso3"] == "KHM") & (build.claims["year"] == 2016)]
    assert list(
        zip(claims["claimed_tier"], claims["official_tier"], claims["claim_status"], strict=True)
    ) == [("Tier 3", "Tier 2", "conflict")]
    assert _row(build, "KHM", 2016)["claim_status"] == "conflict"
