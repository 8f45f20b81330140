"""The live data/ folder: the invariants next year's update must keep, never its row counts.

Every other test runs on fixtures under tests/data; these are the only ones that read data/, so
adding a document or the next report's rows changes no expected value here (the years expected come
from the record itself).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import split_front_matter
from loaders.files import Skipped
from loaders.official import load_official_record
from loaders.reading import read_files
from loaders.schema import Confidence, Tier
from loaders.sources import load_sources

DATA = Path(__file__).resolve().parent.parent / "data"
# VOA, the State Department and US embassies, and Refworld's copies of State Department reports
US_GOVERNMENT_HOSTS = (
    "voacambodia.com",
    "voanews.com",
    "state.gov",
    "usembassy.gov",
    "refworld.org",
)


@pytest.fixture(scope="module")
def official():
    return load_official_record(DATA / "tiers.csv")  # raises, listing every bad line


def test_every_row_is_sourced_and_graded(official):
    assert official["source_url"].str.match(r"https?://\S+$").all()
    assert (official["evidence"].str.strip() != "").all()
    assert set(official["confidence"]) <= {str(c) for c in Confidence}


def test_tier_names_are_the_reports(official):
    assert set(official["tier"].dropna()) <= {str(t) for t in Tier}


def test_one_row_per_country_and_year(official):
    assert not official.duplicated(["iso3", "year"]).any()
    assert (official.groupby("iso3")["country"].nunique() == 1).all()


def test_report_years_are_contiguous(official):
    years = sorted(set(official["year"].astype(int)))
    # A country may miss a year (no source found: unknown, never guessed); the reports may not.
    assert years == list(range(years[0], years[-1] + 1))


def test_stored_documents_read_cleanly_with_their_metadata():
    # Read by the build's own route: every stored document gives its row, none a workaround note.
    reads = list(read_files([DATA / "documents"], time_limit=None))
    assert not [r for r in reads if isinstance(r, Skipped)]
    for row in (r.row for r in reads):
        assert row["notes"] == "", row["document"]
        assert row["published"], row["document"]
        assert row["url"].startswith(("http://", "https://")), row["document"]
        assert row["title"], row["document"]


def test_sources_say_whose_text_and_name_their_stored_files():
    sources = load_sources(DATA / "sources.toml")  # raises, listing every bad entry
    for source in sources:
        assert source.published and source.rights, source.url
        host = source.url.split("/")[2]
        if source.rights.startswith("public domain"):
            assert host.endswith(US_GOVERNMENT_HOSTS), source.url
        else:
            assert source.publisher, source.url
    for source in (s for s in sources if s.file):
        meta, _, _ = split_front_matter((DATA / "documents" / source.file).read_text("utf-8"))
        assert (meta.get("url"), meta.get("rights")) == (source.url, source.rights), source.file
