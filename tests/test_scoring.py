"""Scoring against hand labels, on labels and records small enough to count by hand."""

from __future__ import annotations

import pytest

from devtools.scoring import LabelError, label_iso3, score_records, summary_line


def _placement(iso3: str, year: int, tier: str) -> dict:
    return {"kind": "placement", "iso3": iso3, "year": year, "tier": tier}


LABELS = [
    {
        "doc": "a.md",
        "placements": [
            {"country": "Cambodia", "year": 2013, "tier": "Tier 2 Watch List"},
            {"country": "Burma/Myanmar", "year": 2013, "tier": "Tier 3"},
            {"country": "The Gambia", "year": 2013, "tier": "Tier 2"},
        ],
        "statements": [
            {"speaker": "Holly Burkhalter", "quote_start": "The truth is that the police"},
            {"speaker": "Holly Burkhalter", "quote_start": "We are proud of"},
        ],
        "events": [{"type": "report", "year": 2013}, {"type": "enforcement", "year": 2012}],
    },
    {"doc": "b.md", "placements": [], "statements": []},  # no "events": not counted for events
]
LENIENT = {"optional": [{"doc": "a.md", "iso3": "THA", "year": 2013, "tiers": ["Tier 3"]}]}
RECORDS = {
    "a.md": [
        _placement("KHM", 2013, "Tier 2 Watch List"),
        _placement("MMR", 2013, "Tier 2"),  # wrong tier: one miss and one extra
        _placement("GMB", 2013, "Tier 2"),
        _placement("THA", 2013, "Tier 3"),  # lenient: neither way
        {"kind": "statement", "speaker": "Burkhalter", "quote": "“The truth is that the police…"},
        {"kind": "statement", "speaker": "Helen Sworn", "quote": "We are proud of the work"},
        {"kind": "event", "type": "report", "year": 2013},
        {"kind": "event", "type": "report", "year": 2013},  # told twice: one extra
    ],
    "b.md": [{"kind": "event", "type": "funding", "year": 2010}],
}


@pytest.fixture
def score():
    return score_records(LABELS, RECORDS, LENIENT)


def test_placements_count_the_set_less_the_lenient_readings(score) -> None:
    counts = score.total("placement")
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)


def test_statements_match_on_surname_and_first_quote_words(score) -> None:
    counts = score.total("statement")  # the second quote is someone else's: a miss, an extra
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)


def test_events_are_multisets_counted_only_where_labelled(score) -> None:
    counts = score.total("event")  # b.md has no event labels: its funding record is not counted
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert score.n_event_documents == 1


def test_differences_name_what_was_missed_and_what_was_extra(score) -> None:
    (a, _) = score.documents
    placement = {(d.is_miss, d.what) for d in a.differences if d.kind == "placement"}
    assert placement == {(True, ("MMR", 2013, "tier 3")), (False, ("MMR", 2013, "tier 2"))}


def test_summary_line_has_the_devset_scorers_order_and_rounding(score) -> None:
    assert summary_line(score) == (
        "placements P=0.67 R=0.67 F1=0.67 (gold 3); statements R=0.50 P=0.50 (gold 2, "
        "predicted 2); events P=0.50 R=0.50 F1=0.50 (1 documents annotated)"
    )


def test_a_label_naming_no_known_country_is_an_error() -> None:
    assert label_iso3("Burma/Myanmar") == "MMR"
    with pytest.raises(LabelError, match="Atlantis"):
        label_iso3("Atlantis")
