"""Hostile input, round two (issue 18): the limits every route keeps, each case named for what it
protects (a front-matter field's size, the upload size setting, the time an added document may
take to read, the fetch deadline over name resolution)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.loading import load_tables
from loaders.documents import MAX_FIELD_CHARS, document_from_bytes
from loaders.publish import new_set, publish
from loaders.published import UnreadableSet, read_published
from loaders.settings import load_settings

TIERS = "country,iso3,year,tier,confidence,source_url,evidence\nCambodia,KHM,2013,Tier 3,high,https://s,e\n"
ARTICLE = "In 2015 the State Department placed Cambodia on Tier 3 in its annual report.\n"


def _front(fields: str) -> bytes:
    return f"---\n{fields}\n---\n{ARTICLE}".encode()


def test_a_front_matter_field_over_the_cap_is_cut_with_a_note_giving_its_length():
    document = document_from_bytes("big.md", _front("title: " + "t" * 200_000 + "\nauthor: Ann"))
    assert len(document.title) == MAX_FIELD_CHARS
    assert document.metadata["author"] == "Ann"
    assert f"title cut to {MAX_FIELD_CHARS:,} characters (it had 200,000)" in document.notes


def test_a_url_over_the_cap_is_dropped_not_cut_into_another_link():
    document = document_from_bytes("u.md", _front("url: https://example.org/" + "a" * 5_000))
    assert document.url == ""
    assert "url is 5,020 characters, over 2,000; ignored" in document.notes


def test_a_build_with_a_huge_field_is_read_back_by_the_dashboard(tmp_path: Path):
    # Before the cap the build exited 0 and every dashboard visit then raised _csv.Error.
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "big.md").write_bytes(
        _front("title: " + "t" * 200_000 + "\npublisher: " + "p" * 140_000)
    )
    tiers = tmp_path / "tiers.csv"
    tiers.write_text(TIERS)
    for _visit in range(2):  # the first builds, the second reads the published set only
        loaded = load_tables(docs, tiers, build_dir=tmp_path / "build")
        assert loaded.errors == () and loaded.skipped == ()
        row = loaded.build.documents.iloc[0]
        assert (len(row["title"]), len(row["publisher"])) == (MAX_FIELD_CHARS, MAX_FIELD_CHARS)
        assert "publisher cut to 2,000 characters (it had 140,000)" in row["notes"]


def test_a_published_set_from_older_code_is_named_not_raised_raw(tmp_path):
    # A set written before the tables were published (documents.csv and records.jsonl only):
    # the reader names what it lacks, and the dashboard shows that line.
    folder = new_set(tmp_path)
    (folder / "documents.csv").write_text("document,title\nold.md," + "x" * 140_000 + "\n")
    (folder / "records.jsonl").write_text("")
    publish(tmp_path, folder, ("documents.csv", "records.jsonl"))
    with pytest.raises(UnreadableSet, match=r"has no yearly.csv \(an older build\); build again"):
        read_published(tmp_path)


@pytest.mark.parametrize(
    "value, expected, warning",
    [
        ("0.0000001", 100_000, "'0.0000001' is under the least allowed, 0.1 MB; using 0.1"),
        ("0.05", 100_000, "'0.05' is under the least allowed, 0.1 MB; using 0.1"),
        ("0", 5_000_000, "'0' is not a number of MB from 0.1 to 5; using 5"),
        ("-2", 5_000_000, "'-2' is not a number of MB from 0.1 to 5; using 5"),
        ("five", 5_000_000, "'five' is not a number of MB from 0.1 to 5; using 5"),
        ("1e400", 5_000_000, "'1e400' is not a number of MB from 0.1 to 5; using 5"),
        ("1e300", 5_000_000, "'1e300' is over the 5 MB the reader accepts; using 5"),
        ("9" * 60, 5_000_000, "'" + "9" * 39 + "…' is over the 5 MB the reader accepts"),
        ("0.1", 100_000, ""),
        ("2.5", 2_500_000, ""),
    ],
    ids=["tiny", "under-floor", "zero", "negative", "words", "infinite", "huge", "long",
         "floor", "between"],
)  # fmt: skip
def test_an_upload_limit_outside_its_bounds_is_refused_naming_the_value(value, expected, warning):
    settings = load_settings({"TIERWATCH_MAX_UPLOAD_MB": value})
    assert settings.max_upload_bytes == expected
    shown = " ".join(settings.warnings)
    assert (warning in shown) if warning else settings.warnings == ()
    if warning:
        assert shown.startswith("TIERWATCH_MAX_UPLOAD_MB=")
