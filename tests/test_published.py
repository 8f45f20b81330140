"""The published tables: what the build writes is what a reader gets back, typed; the dashboard
reads them as published and assembles only its session's added documents on top."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from frames import assembled

from app.loading import load_tables
from loaders.build import build
from loaders.documents import document_from_bytes
from loaders.official import load_official_record
from loaders.published import (
    PUBLISHED_TABLES,
    read_published,
    read_tables,
    table_from_csv,
    table_texts,
)
from loaders.schema import YEARLY, Event, Placement, SchemaError, Statement
from loaders.yearly import YearlyBuild

ROOT = Path(__file__).resolve().parent.parent
TIERS = ROOT / "tests" / "data" / "tiers.csv"
CASES = ROOT / "tests" / "data" / "documents"
SEEDS = ROOT / "tests" / "data" / "corpus"


def _handmade() -> YearlyBuild:
    """Tables holding what CSV makes hard: a formula start, quotes and a newline in a cell, empty
    text beside unknown values, an undated record, booleans both ways."""
    tricky = '=SUM(1) "quoted"\nsecond line'
    doc = document_from_bytes(
        "a.md", b"---\ntitle: '+plus'\npublished: '2015-07'\n---\nCambodia text.\n"
    )
    records = [
        Placement("a.md", doc.sha256, tricky, 0, 8, 2015, False, "Cambodia", "KHM", "Tier 3", "x"),
        Placement("a.md", doc.sha256, "e", 0, 1, 2030, True, "Atlantis", "ATL", "Tier 1", "x"),
        Statement("a.md", doc.sha256, "“q”", 0, 3, 2015, True, "A", "", "other", "", "-q", ""),
        Event("a.md", doc.sha256, "'quoted", 0, 7, None, False, "funding", "KHM"),
    ]
    return assembled([doc], {"a.md": records}, _official(), user_added=frozenset({"a.md"}))


def _official() -> pd.DataFrame:
    return load_official_record(TIERS)


def test_every_table_reads_back_as_it_was_written(tmp_path):
    tables = _handmade()
    for name, text in table_texts(tables).items():
        (tmp_path / name).write_text(text, "utf-8")
    read = read_tables(tmp_path)
    for name in PUBLISHED_TABLES:
        pd.testing.assert_frame_equal(read.__dict__[name], getattr(tables, name), obj=name)
    # The cases that make it hard are in the tables: a round trip of easy data proves nothing.
    assert read.yearly["tier"].isna().any() and (read.yearly["change"] == "").any()
    assert read.events["year"].isna().any() and read.documents["title"].iloc[0] == "+plus"


def test_a_published_table_is_checked_against_its_schema(tmp_path):
    path = tmp_path / "yearly.csv"
    text = table_texts(_handmade())["yearly.csv"]
    path.write_text(text.replace(",Tier 3,", ",Tier 9,", 1), "utf-8")
    with pytest.raises(SchemaError, match=r"yearly: column 'tier' has values .*\['Tier 9'\]"):
        table_from_csv(path, YEARLY)


def test_a_build_publishes_what_it_read_byte_for_byte(tmp_path):
    # The hostile cases folder: cp1252, HTML, front matter gone wrong; read and written again.
    build(CASES, TIERS, tmp_path / "build")
    published = read_published(tmp_path / "build")
    texts = table_texts(published.tables)
    for name, text in texts.items():
        assert (published.folder / name).read_text("utf-8") == text, name


def test_the_dashboard_shows_the_published_tables_unchanged(tmp_path):
    loaded = load_tables(SEEDS, TIERS, build_dir=tmp_path / "build")
    published = read_published(tmp_path / "build")
    for name in PUBLISHED_TABLES:
        pd.testing.assert_frame_equal(getattr(loaded.build, name), getattr(published.tables, name))
    # Only the published tables are read: the records file is for other tools.
    assert (published.folder / "records.jsonl").exists()


def test_added_documents_on_top_give_the_tables_of_one_build_of_all(tmp_path):
    first, second = sorted(SEEDS.iterdir())
    (tmp_path / "one").mkdir()
    shutil.copy(first, tmp_path / "one")
    added = document_from_bytes(second.name, second.read_bytes())
    on_top = load_tables(tmp_path / "one", TIERS, [added], build_dir=tmp_path / "b1").build
    whole = load_tables(SEEDS, TIERS, build_dir=tmp_path / "b2").build
    for name in ("yearly", "claims", "placements", "statements", "events", "official"):
        mine, theirs = getattr(on_top, name), getattr(whole, name)
        keys = [c for c in ("iso3", "year", "document", "start") if c in mine.columns]
        mine, theirs = (f.sort_values(keys, ignore_index=True) for f in (mine, theirs))
        pd.testing.assert_frame_equal(mine, theirs, obj=name)
    assert list(on_top.documents["is_user_added"]) == [False, True]
