"""The schema: exact tier names, enforce() naming its offenders, record round trips."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from loaders.schema import (
    TIER_ORDER,
    YEARLY,
    Event,
    Placement,
    SchemaError,
    Statement,
    Table,
    Tier,
    empty,
    enforce,
    record_from_dict,
)

PROVENANCE = dict(
    document="d.md", doc_sha256="ab" * 32, evidence="x", start=0, end=1, date_inferred=False
)


def test_tier_names_are_exactly_the_reports():
    assert [str(t) for t in Tier] == [
        "Tier 1",
        "Tier 2",
        "Tier 2 Watch List",
        "Tier 3",
        "Special Case",
    ]
    assert Tier.SPECIAL_CASE not in TIER_ORDER


SMALL = Table("small", {"iso3": "string", "year": "Int64", "tier": "string"}, key=("iso3", "year"))


@pytest.mark.parametrize(
    "frame, message",
    [
        (pd.DataFrame({"iso3": ["KHM"], "year": [2015]}), "small: missing columns ['tier']"),
        (
            pd.DataFrame({"iso3": ["KHM", "KHM"], "year": [2014, 2015], "tier": ["Tier 4", "T2"]}),
            "values outside",
        ),
        (
            pd.DataFrame({"iso3": ["KHM", "KHM"], "year": [2015, 2015], "tier": ["Tier 1"] * 2}),
            "duplicate keys ['iso3', 'year']: [('KHM', '2015')]",
        ),
        (pd.DataFrame({"iso3": ["KHM"], "year": ["soon"], "tier": ["Tier 1"]}), "'year' is not"),
    ],
    ids=["missing-column", "unknown-tier", "duplicate-key", "bad-dtype"],
)
def test_enforce_names_the_table_and_the_offenders(frame, message):
    with pytest.raises(SchemaError) as info:
        enforce(frame, SMALL)
    assert str(info.value).startswith("small: ")
    assert message in str(info.value)


def test_enforce_lists_every_bad_value_sorted():
    frame = pd.DataFrame({"iso3": ["A", "B"], "year": [1, 2], "tier": ["Tier 9", "Tier 4"]})
    with pytest.raises(SchemaError, match=r"\['Tier 4', 'Tier 9'\]"):
        enforce(frame, SMALL)


def test_enforce_orders_and_types_columns_and_allows_unknown():
    frame = pd.DataFrame({"tier": [None], "year": [2025], "iso3": ["VNM"], "extra": [1]})
    out = enforce(frame, SMALL)
    assert list(out.columns) == ["iso3", "year", "tier"]
    assert str(out["year"].dtype) == "Int64"
    assert out["tier"].isna().all()  # unknown stays empty, never a guess


def test_empty_tables_have_their_dtypes():
    frame = empty(YEARLY)
    assert list(frame.columns) == list(YEARLY.columns)
    assert str(frame["watchlist_streak"].dtype) == "Int64"


@pytest.mark.parametrize(
    "record",
    [
        Placement(
            **PROVENANCE,
            year=2015,
            country="Cambodia",
            iso3="KHM",
            tier="Tier 2 Watch List",
            basis="explicit",
        ),
        Statement(
            **PROVENANCE,
            year=2015,
            speaker="Blair Burns",
            organization="International Justice Mission",
            org_type="ngo",
            role="vice president",
            quote='<script>alert("x")</script> “curly”',
            iso3="KHM",
        ),
        Event(**PROVENANCE, year=2015, type="funding", iso3=""),
    ],
    ids=["placement", "statement", "event"],
)
def test_records_round_trip_through_json(record):
    line = json.dumps(record.to_dict(), ensure_ascii=False)
    assert json.loads(line)["kind"] == record.kind
    assert record_from_dict(json.loads(line)) == record


def test_record_from_dict_refuses_unknown_fields():
    data = Event(**PROVENANCE, year=2015, type="funding", iso3="").to_dict() | {"mood": "x"}
    with pytest.raises(ValueError, match="unknown fields"):
        record_from_dict(data)
