"""views/downloads.py and views/codebook.py: citable files with human headers and a codebook."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pandas as pd
import pytest
from frames import frame

from loaders.schema import DOCUMENTS, STATEMENTS, YEARLY
from views import codebook, downloads
from views.credit import Stamp
from views.filters import ADDED, CURATED, document_countries, prepare_statements

DOCS = frame(
    DOCUMENTS,
    [
        {"document": "curated.md", "title": "A curated report", "url": "https://news.example/a",
         "publisher": "VOA", "published": "2015-07", "author": "A. Writer",
         "rights": "public domain (US government work)", "is_user_added": False},
        {"document": "mine.md", "title": "My upload", "url": "", "is_user_added": True},
    ],
)  # fmt: skip
STATEMENTS_DF = frame(
    STATEMENTS,
    [
        {"year": 2015, "speaker": "Ana Field", "organization": "Fixture Aid", "org_type": "ngo",
         "role": "director", "quote": "=A fixture quote", "iso3": "KHM",
         "document": "curated.md", "evidence": "x"},
        {"year": 2014, "speaker": "Ben Desk", "organization": "Ministry",
         "org_type": "government", "role": "minister", "quote": "An added quote", "iso3": "KHM",
         "document": "mine.md", "evidence": "x"},
        {"year": 2010, "speaker": "Old Voice", "organization": "Fixture Aid", "org_type": "ngo",
         "role": "", "quote": "Too early", "iso3": "KHM", "document": "curated.md",
         "evidence": "x"},
        {"year": 2015, "speaker": "Thai Voice", "organization": "Fixture Aid", "org_type": "ngo",
         "role": "", "quote": "Elsewhere", "iso3": "THA", "document": "curated.md",
         "evidence": "x"},
    ],
)  # fmt: skip
YEARLY_DF = frame(
    YEARLY,
    [
        {"country": "Cambodia", "iso3": "KHM", "year": y, "tier": t, "claim_status": "none"}
        for y, t in ((2012, "Tier 2"), (2013, "Tier 2 Watch List"), (2014, None))
    ]
    + [{"country": "Thailand", "iso3": "THA", "year": 2014, "tier": "Tier 3"}],
)
# A claim of a third document, about Thailand: behind Thailand's yearly rows only.
CLAIM_ROWS = pd.DataFrame({"document": ["third.md"], "iso3": ["THA"], "year": [2014]})
TABLES = downloads.Tables(
    YEARLY_DF,
    prepare_statements(STATEMENTS_DF, DOCS, document_countries(STATEMENTS_DF)),
    DOCS,
    downloads.records_index(CLAIM_ROWS, STATEMENTS_DF),
)
VIEW = downloads.ViewFilter("KHM", (2013, 2015), ("ngo", "government"))
# The page's stamp: its count is never what a file says (each counts the documents behind it).
STAMP = Stamp("abc123def456", "2026-12-01", 99, "https://host.example/?country=KHM")


def read_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def test_statements_csv_has_human_headers_sources_by_title_and_the_data_version():
    data, name, mime = downloads.download("statements-view", "csv", TABLES, VIEW, STAMP)
    rows = read_csv(data)
    assert mime == "text/csv"
    assert name == "tierwatch-statements-KHM-2013-2015-abc123def456-2026-12-01.csv"
    assert list(rows[0]) == [c.label for c in codebook.STATEMENTS.columns]
    assert [r["Speaker"] for r in rows] == ["Ana Field", "Ben Desk"]  # the view: KHM, 2013-2015
    first, added = rows
    assert first["Source title"] == "A curated report"
    assert first["Source URL"] == "https://news.example/a"
    assert first["Quote"] == "'=A fixture quote"  # formula-safe
    assert (first["Added or curated"], added["Added or curated"]) == (CURATED, ADDED)
    assert {r["Data version"] for r in rows} == {"abc123def456"}
    assert {r["Data date"] for r in rows} == {"2026-12-01"}
    assert not any("curated.md" in v or "mine.md" in v for r in rows for v in r.values())


def test_json_names_its_filter_source_and_version_and_honours_the_filter():
    data, name, mime = downloads.download("statements-view", "json", TABLES, VIEW, STAMP)
    document = json.loads(data)
    assert name.endswith(".json") and mime == "application/json"
    assert document["filter"] == {
        "country": "KHM",
        "compare": [],
        "years": [2013, 2015],
        "org_types": ["ngo", "government"],
    }
    assert document["data_version"] == "abc123def456" and document["data_date"] == "2026-12-01"
    assert document["source"] == "Source: Tier Watch, official record + 2 documents"
    assert [r["Speaker"] for r in document["rows"]] == ["Ana Field", "Ben Desk"]
    assert document["rows"][0]["Source title"] == "A curated report"
    every = json.loads(downloads.download("statements", "json", TABLES, VIEW, STAMP)[0])
    assert every["filter"] is None and len(every["rows"]) == 4


def test_the_view_table_and_the_full_table():
    view = read_csv(downloads.download("view", "csv", TABLES, VIEW, STAMP)[0])
    full = read_csv(downloads.download("yearly", "csv", TABLES, VIEW, STAMP)[0])
    assert [(r["Report year"], r["Official tier"]) for r in view] == [
        ("2013", "Tier 2 Watch List"),
        ("2014", "unknown"),
    ]
    assert len(full) == 4 and {r["Country code"] for r in full} == {"KHM", "THA"}
    assert list(view[0]) == [c.label for c in codebook.YEARLY.columns]


def test_documents_download_marks_added_ones_and_credits_author_and_rights():
    rows = read_csv(downloads.download("documents", "csv", TABLES, VIEW, STAMP)[0])
    by_title = {r["Source title"]: r for r in rows}
    assert by_title["A curated report"]["Author"] == "A. Writer"
    assert by_title["A curated report"]["Rights"] == "public domain (US government work)"
    assert by_title["My upload"]["Added or curated"] == ADDED


def test_the_zip_holds_every_table_as_csv_and_json_with_the_codebook():
    data, name = downloads.bundle(TABLES, VIEW, STAMP)
    assert name == "tierwatch-yearly-KHM-2013-2015-abc123def456-2026-12-01.zip"
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert {"codebook.csv", "CODEBOOK.md", "README.txt"} <= set(names)
    for stem in ("yearly-KHM", "yearly-abc", "statements-KHM", "statements-abc", "documents"):
        for ext in ("csv", "json"):
            assert any(n.startswith(f"tierwatch-{stem}") and n.endswith(ext) for n in names), stem
    readme = zipfile.ZipFile(io.BytesIO(data)).read("README.txt").decode()
    # Every document the files come from: the two of the documents file and Thailand's claim's.
    assert "abc123def456 of 2026-12-01" in readme and "official record + 3 documents" in readme


@pytest.mark.parametrize("dataset", codebook.DATASETS, ids=lambda d: d.key)
def test_the_codebook_gives_every_column_a_meaning_and_values(dataset):
    rows = [r for r in codebook.codebook_rows() if r["File"] == dataset.title]
    assert [r["Column"] for r in rows] == [c.label for c in dataset.columns]
    assert all(r["Meaning"] and r["Values"] for r in rows)
    assert len({c.label for c in dataset.columns}) == len(dataset.columns)


def test_the_codebook_lists_the_tiers_exactly():
    (tier,) = [c for c in codebook.YEARLY.columns if c.name == "tier"]
    for name in ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"):
        assert name in tier.values


def test_the_repository_codebook_is_the_generated_one():
    on_disk = codebook.CODEBOOK_PATH.read_text(encoding="utf-8")
    assert on_disk == codebook.codebook_markdown(), "run: python -m views.codebook"


def test_the_yearly_download_covers_every_column_of_the_yearly_table():
    names = {c.name for c in codebook.YEARLY.columns}
    assert set(YEARLY.columns) <= names


COMPARED = downloads.ViewFilter("KHM", (2014, 2014), ("ngo", "government"), ("THA",))


@pytest.mark.parametrize(
    "key, view, expected",
    [
        ("view", VIEW, 2),
        ("view", downloads.ViewFilter("KHM", (2015, 2015), ("ngo",)), 1),
        ("view", downloads.ViewFilter("KHM", (2014, 2014), ("ngo",)), 1),
        ("view", COMPARED, 2),
        ("statements-view", downloads.ViewFilter("KHM", (2015, 2015), ("ngo",)), 1),
        ("statements", VIEW, 2),
        ("documents", VIEW, 2),
        ("yearly", VIEW, 3),
    ],
    ids=[
        "view: two documents behind Cambodia 2013-2015",
        "view: one behind 2015 alone",
        "view: one behind Cambodia 2014",
        "view: Thailand compared adds its claim's document",
        "statements of one year: the one quoted",
        "every statement: the two quoted",
        "every document",
        "the full table: every document with a record",
    ],
)
def test_each_file_counts_the_documents_behind_its_own_rows(key, view, expected):
    document = json.loads(downloads.download(key, "json", TABLES, view, STAMP)[0])
    noun = "document" if expected == 1 else "documents"
    assert document["source"] == f"Source: Tier Watch, official record + {expected} {noun}"


def test_the_view_download_holds_and_names_every_compared_country():
    data, name, _ = downloads.download("view", "csv", TABLES, COMPARED, STAMP)
    rows = read_csv(data)
    assert [(r["Country code"], r["Official tier"]) for r in rows] == [
        ("KHM", "unknown"),
        ("THA", "Tier 3"),
    ]
    assert name.startswith("tierwatch-yearly-KHM-THA-2014-2014-")
    assert downloads.choice_label("view", COMPARED) == "This view's tier history (KHM, THA, 2014)"
    document = json.loads(downloads.download("view", "json", TABLES, COMPARED, STAMP)[0])
    assert document["filter"]["compare"] == ["THA"]
