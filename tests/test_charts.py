"""The figure builders and their text alternatives, on small hand-made typed tables (no Streamlit).

The frames are test scenarios, not the record: Cambodia 2012-2016 with a medium-confidence year
(2012), the Watch List 2013-2015, and 2016 left unknown on purpose; an agreeing, a conflicting and
a document-only claim; statements and events in three years.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pytest
from frames import yearly_row

from loaders.schema import CLAIMS, EVENTS, STATEMENTS, YEARLY, empty, enforce
from views.charts import (
    CUSTOMDATA_FIELDS,
    POINT_KINDS,
    TIER_COLOURS,
    TIER_ORDER,
    chart_config,
    header_sentence,
    header_summary,
    region_heatmap,
    region_heatmap_text,
    tier_history_figure,
    tier_history_text,
    unvalidated_figure,
    year_window,
)
from views.heatmap import HEATMAP_CODES, HEATMAP_KEY
from views.marks import HOVER_LINE
from views.palette import CLAIM_STYLES, UNKNOWN_COLOUR

TIERS = ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]
URL = "https://example.org/tip/{year}/cambodia"
NOTE_2014 = "2nd consecutive Watch List year: Tier 3 next year unless waived"


def cambodia_yearly(tiers: dict[int, str | None] | None = None) -> pd.DataFrame:
    tiers = tiers or {
        2012: "Tier 2",
        2013: "Tier 2 Watch List",
        2014: "Tier 2 Watch List",
        2015: "Tier 2 Watch List",
        2016: None,
    }
    rows = []
    streak = 0
    for year, tier in sorted(tiers.items()):
        streak = streak + 1 if tier == "Tier 2 Watch List" else 0
        rows.append(
            yearly_row(
                year,
                tier,
                "medium" if year == 2012 else "high",
                watchlist_streak=streak if tier else None,
                tvpa_note=NOTE_2014 if year == 2014 else "",
                n_statements={2014: 2, 2015: 1}.get(year, 0),
                n_events={2013: 1, 2015: 2}.get(year, 0),
            )
        )
    return enforce(pd.DataFrame(rows), YEARLY)


def claim(year: int, claimed: str, official: str | None, status: str, doc: str, ev: str) -> dict:
    return {
        "iso3": "KHM",
        "country": "Cambodia",
        "year": year,
        "claimed_tier": claimed,
        "official_tier": official,
        "claim_status": status,
        "basis": "explicit",
        "document": doc,
        "document_url": f"https://news.example/{doc}",
        "evidence": ev,
        "start": 0,
        "end": len(ev),
        "date_inferred": False,
    }


CLAIM_ROWS = [
    claim(
        2014, "Tier 2 Watch List", "Tier 2 Watch List", "agree", "agree.md", "It stays on the list."
    ),
    claim(
        2015,
        "Tier 3",
        "Tier 2 Watch List",
        "conflict",
        "conflict.md",
        "<script>alert(1)</script> Cambodia fell to Tier 3.",
    ),
    claim(2016, "Tier 2", None, "unofficial-only", "only.md", "Cambodia rose to Tier 2."),
]


def statement(year: int, speaker: str, quote: str) -> dict:
    return {
        "year": year,
        "speaker": speaker,
        "organization": "Example NGO",
        "org_type": "ngo",
        "role": "director",
        "quote": quote,
        "quoted_in": "",
        "iso3": "KHM",
        "document": f"s{year}.md",
        "doc_sha256": "0" * 64,
        "evidence": quote,
        "start": 0,
        "end": len(quote),
        "date_inferred": False,
    }


def event(year: int, kind: str, evidence: str) -> dict:
    return {
        "year": year,
        "type": kind,
        "iso3": "KHM",
        "document": f"e{year}.md",
        "doc_sha256": "0" * 64,
        "evidence": evidence,
        "start": 0,
        "end": len(evidence),
        "date_inferred": False,
    }


@pytest.fixture
def tables() -> dict[str, pd.DataFrame]:
    return {
        "yearly": cambodia_yearly(),
        "claims": enforce(pd.DataFrame(CLAIM_ROWS), CLAIMS),
        "statements": enforce(
            pd.DataFrame(
                [
                    statement(2014, "A. Speaker", "We welcome the arrests."),
                    statement(2014, "B. Speaker", "More is needed."),
                    statement(2015, "A. Speaker", "The list is unfair."),
                    statement(2015, "C. Elsewhere", "Not about Cambodia.") | {"iso3": "THA"},
                ]
            ),
            STATEMENTS,
        ),
        "events": enforce(
            pd.DataFrame(
                [
                    event(2013, "enforcement", "Police raided a brothel."),
                    event(2015, "funding", "A grant was announced."),
                    event(2015, "legislation", "A law was passed."),
                ]
            ),
            EVENTS,
        ),
    }


def history(tables: dict[str, pd.DataFrame], years=(2012, 2016), iso3="KHM", **over):
    t = tables | over
    return tier_history_figure(
        t["yearly"], t["claims"], t["statements"], t["events"], iso3=iso3, years=years
    )


def points(fig) -> list[dict[str, Any]]:
    """Every drawn point: its trace, x, y, customdata and hover text."""
    out = []
    for trace in fig.data:
        if trace.type != "scatter" or "markers" not in (trace.mode or ""):
            continue
        hovers = trace.hovertext if trace.hovertext is not None else [None] * len(trace.x)
        custom = trace.customdata if trace.customdata is not None else [None] * len(trace.x)
        for i, (x, y, c, h) in enumerate(zip(trace.x, trace.y, custom, hovers, strict=True)):
            out.append({"trace": trace, "i": i, "x": x, "y": y, "custom": c, "hover": h})
    return out


def point(fig, year: int, kind: str) -> dict[str, Any]:
    found = [p for p in points(fig) if p["custom"][0] == year and p["custom"][2] == kind]
    assert len(found) == 1, (year, kind, found)
    return found[0]


def marker_of(p: dict[str, Any], prop: str) -> Any:
    value = getattr(p["trace"].marker, prop)
    return value[p["i"]] if isinstance(value, tuple | list) else value


def line_traces(fig) -> list:
    return [t for t in fig.data if t.mode == "lines"]


# ---- the tier panel ----------------------------------------------------------------------


def test_tier_axis_is_tier_1_to_tier_3_from_top_to_bottom(tables) -> None:
    axis = history(tables).layout.yaxis
    assert list(axis.ticktext) == TIERS
    assert list(axis.tickvals) == [0, 1, 2, 3]
    assert axis.range[0] > axis.range[1]  # reversed: value 0, Tier 1, is drawn at the top
    assert [str(t) for t in TIER_ORDER] == TIERS


@pytest.mark.parametrize(
    "year, tier",
    [(2012, "Tier 2"), (2013, "Tier 2 Watch List"), (2015, "Tier 2 Watch List")],
    ids=["2012-tier2", "2013-watchlist", "2015-watchlist"],
)
def test_official_points_sit_on_their_tier_in_the_tier_colour(tables, year, tier) -> None:
    p = point(history(tables), year, "official")
    assert TIERS[p["y"]] == tier
    assert marker_of(p, "color") == TIER_COLOURS[tier]


def test_steps_use_hv_and_leave_a_gap_at_the_unknown_year(tables) -> None:
    lines = line_traces(history(tables))
    assert lines, "no step line drawn"
    assert {t.line.shape for t in lines} == {"hv"}
    drawn = {x for t in lines for x in t.x if x is not None}
    assert drawn == {2012, 2013, 2014, 2015}  # nothing reaches 2016, the unknown year


def test_medium_year_steps_are_dotted_and_high_ones_solid(tables) -> None:
    lines = line_traces(history(tables))
    dotted = [t for t in lines if t.line.dash == "dot"]
    solid = [t for t in lines if t.line.dash is None]
    assert [x for t in dotted for x in t.x if x is not None] == [2012, 2013]
    assert [x for t in solid for x in t.x if x is not None] == [2013, 2014, 2014, 2015]


@pytest.mark.parametrize(
    "tiers, years, bands",
    [
        (None, (2012, 2016), [(2012.5, 2015.5)]),
        (None, (2014, 2016), [(2013.5, 2015.5)]),
        (
            {2013: "Tier 2 Watch List", 2014: "Tier 2", 2015: "Tier 2 Watch List"},
            (2013, 2015),
            [(2012.5, 2013.5), (2014.5, 2015.5)],
        ),
        ({2013: "Tier 2", 2014: "Tier 3", 2015: "Tier 2"}, (2013, 2015), []),
    ],
    ids=["2013-2015", "range-cuts-the-run", "two-runs", "no-watchlist"],
)
def test_watchlist_bands_cover_the_watchlist_years_only(tables, tiers, years, bands) -> None:
    fig = history(tables, years=years, yearly=cambodia_yearly(tiers))
    shapes = [s for s in fig.layout.shapes if s.name == "Tier 2 Watch List years"]
    assert [(s.x0, s.x1) for s in shapes] == bands
    assert all(s.yref == "y domain" for s in shapes)  # the tier panel only
    assert sum(bool(s.showlegend) for s in shapes) == (1 if bands else 0)


def test_medium_unknown_and_high_years_look_different(tables) -> None:
    fig = history(tables)
    high, medium = point(fig, 2013, "official"), point(fig, 2012, "official")
    unknown = point(fig, 2016, "unknown")
    assert marker_of(high, "symbol") == "circle"
    assert marker_of(medium, "symbol") == "circle-open"
    assert marker_of(unknown, "symbol") == "square-open"
    assert marker_of(unknown, "color") == UNKNOWN_COLOUR
    assert unknown["trace"].text[unknown["i"]] == "unknown"
    assert unknown["trace"].yaxis == "y3"  # off the tier scale
    assert "unknown" in unknown["hover"]


def test_special_case_is_a_star_off_the_scale(tables) -> None:
    yearly = cambodia_yearly({2013: "Tier 2", 2014: "Special Case", 2015: "Tier 2"})
    fig = history(tables, years=(2013, 2015), yearly=yearly)
    p = point(fig, 2014, "special-case")
    assert marker_of(p, "symbol") == "star"
    assert p["trace"].yaxis == "y3"
    assert "Special Case" not in fig.layout.yaxis.ticktext
    assert {x for t in line_traces(fig) for x in t.x if x is not None} == set()


def test_agree_conflict_and_document_only_claims_differ_in_shape_and_colour(tables) -> None:
    fig = history(tables)
    agree, conflict = point(fig, 2014, "claim"), point(fig, 2015, "claim")
    only = point(fig, 2016, "claim")
    styles = [(marker_of(p, "symbol"), marker_of(p, "color")) for p in (agree, conflict, only)]
    assert len({s for s, _ in styles}) == 3
    assert len({c for _, c in styles}) == 3
    assert styles[0] == (CLAIM_STYLES["agree"].symbol, CLAIM_STYLES["agree"].colour)
    assert styles[1] == (CLAIM_STYLES["conflict"].symbol, CLAIM_STYLES["conflict"].colour)
    assert TIERS[conflict["y"]] == "Tier 3"  # drawn at the tier the document claims
    assert {agree["trace"].name, conflict["trace"].name, only["trace"].name} == {
        s.label for s in CLAIM_STYLES.values()
    }


def test_every_point_carries_year_country_and_kind(tables) -> None:
    fig = history(tables)
    found = points(fig)
    assert CUSTOMDATA_FIELDS == ("year", "iso3", "kind")
    kinds = {p["custom"][2] for p in found}
    assert kinds == {"official", "unknown", "claim", "statements", "events"}
    for p in found:
        year, iso3, kind = p["custom"]
        assert year == int(p["x"]) and isinstance(year, int)
        assert iso3 == "KHM" and kind in POINT_KINDS


def test_hover_names_the_source_and_escapes_document_text(tables) -> None:
    fig = history(tables)
    official = point(fig, 2014, "official")["hover"]
    assert "source: example.org" in official  # the site; the table links the page
    assert "confidence: high" in official and NOTE_2014 in official.replace("<br>", " ")
    assert "medium" in point(fig, 2012, "official")["hover"]
    conflict = point(fig, 2015, "claim")["hover"]
    assert "news.example:" in conflict
    assert "&lt;script&gt;" in conflict
    assert all("<script" not in (p["hover"] or "") for p in points(fig))


def test_no_hover_line_is_wider_than_a_phone_can_show(tables) -> None:
    hovers = [p["hover"] for p in points(history(tables)) if p["hover"]]
    lines = [re.sub(r"</?b>", "", line) for h in hovers for line in h.split("<br>")]
    assert max(len(html.unescape(line)) for line in lines) <= HOVER_LINE


def test_statements_and_events_lane_counts_per_year(tables) -> None:
    fig = history(tables)
    lanes = {t.name: t for t in fig.data if t.name in ("Statements (count)", "Events (count)")}
    statements, events = lanes["Statements (count)"], lanes["Events (count)"]
    assert list(statements.x) == [2014, 2015] and list(statements.text) == ["2", "1"]
    assert list(events.x) == [2013, 2015] and list(events.text) == ["1", "2"]
    assert statements.xaxis == "x2" and events.yaxis == "y2"  # the lane below
    assert "A. Speaker (Example NGO)" in statements.hovertext[0]
    assert "Not about Cambodia" not in " ".join(statements.hovertext)


def test_x_range_is_the_years_asked_for(tables) -> None:
    fig = history(tables, years=(2013, 2015))
    assert tuple(fig.layout.xaxis.range) == (2012.4, 2015.8)  # room for the count labels
    assert {int(p["x"]) for p in points(fig)} == {2013, 2014, 2015}


def test_years_outside_the_reports_give_an_empty_chart_that_says_so(tables) -> None:
    fig = history(tables, years=(1990, 1995))
    assert points(fig) == []
    assert any("No TIP report years" in a.text for a in fig.layout.annotations)


def test_a_country_missing_from_the_table_is_unknown_every_year(tables) -> None:
    fig = history(tables, iso3="VNM", years=(2013, 2015))
    assert {(p["custom"][0], p["custom"][2]) for p in points(fig)} == {
        (2013, "unknown"),
        (2014, "unknown"),
        (2015, "unknown"),
    }


def test_figure_stays_a_few_traces_however_many_rows(tables) -> None:
    yearly = cambodia_yearly({y: TIERS[y % 4] if y % 7 else None for y in range(2001, 2026)})
    many = [
        claim(2001 + i % 25, "Tier 3", None, "unofficial-only", f"d{i}.md", "x") for i in range(300)
    ]
    fig = history(
        tables, years=(2001, 2025), yearly=yearly, claims=enforce(pd.DataFrame(many), CLAIMS)
    )
    assert len(fig.data) <= 12


@pytest.mark.parametrize("image_format, scale", [("png", 2), ("svg", 1)], ids=["png", "svg"])
def test_chart_config_downloads_in_the_chosen_format(image_format, scale) -> None:
    config = chart_config("tierwatch KHM/2013–2015", image_format=image_format)
    options = config["toImageButtonOptions"]
    assert options["format"] == image_format and options["scale"] == scale
    assert options["filename"] == "tierwatch-KHM-2013-2015"
    assert config["displaylogo"] is False


def test_chart_config_rejects_other_formats() -> None:
    with pytest.raises(ValueError, match="png"):
        chart_config("x", image_format="pdf")


# ---- the region heatmap ------------------------------------------------------------------

REGION = {
    "KHM": "Cambodia",
    "MMR": "Burma/Myanmar",
    "IDN": "Indonesia",
    "LAO": "Laos",
    "MYS": "Malaysia",
    "PHL": "Philippines",
    "THA": "Thailand",
    "VNM": "Vietnam",
}


@pytest.fixture
def region() -> pd.DataFrame:
    rows = []
    for n, (iso3, name) in enumerate(REGION.items()):
        for year in (2013, 2014, 2015):
            # Vietnam 2015 has no row at all, Indonesia 2015 a row with no tier: both unknown.
            if (iso3, year) == ("VNM", 2015):
                continue
            tier = None if (iso3, year) == ("IDN", 2015) else TIERS[(n + year) % 4]
            conf = "medium" if (iso3, year) == ("LAO", 2014) else "high"
            rows.append(yearly_row(year, tier, conf) | {"iso3": iso3, "country": name})
    return enforce(pd.DataFrame(rows), YEARLY)


def cell(fig, iso3: str, year: int) -> tuple[int, str, str]:
    """(z code, label, hover) of one cell: rows are report years, columns countries."""
    heat, marks = fig.data[0], fig.data[1]
    row, col = list(heat.y).index(year), list(heat.x).index(REGION[iso3])
    i = [tuple(c) for c in marks.customdata].index((year, iso3, "cell"))
    return heat.z[row][col], heat.text[row][col], marks.hovertext[i]


def test_heatmap_has_one_column_per_country_and_one_row_per_year(region) -> None:
    fig = region_heatmap(region, selected_iso3="KHM", years=(2013, 2015))
    heat = fig.data[0]
    assert len(heat.x) == 8 and sorted(heat.x) == sorted(REGION.values())
    assert list(heat.y) == [2013, 2014, 2015]
    assert len(heat.z) == 3 and all(len(r) == 8 for r in heat.z)
    assert fig.layout.yaxis.range == (2015.5, 2012.5)  # the first report year at the top


@pytest.mark.parametrize("iso3", ["KHM", "THA", "MMR"], ids=["cambodia", "thailand", "burma"])
def test_heatmap_outlines_the_selected_country(region, iso3) -> None:
    fig = region_heatmap(region, selected_iso3=iso3, years=(2013, 2015))
    (outline,) = [s for s in fig.layout.shapes if s.name == "selected country"]
    column = list(fig.data[0].x).index(REGION[iso3])
    assert (outline.x0, outline.x1) == (column - 0.5, column + 0.5)
    assert (outline.y0, outline.y1) == (2012.5, 2015.5)
    assert outline.line.dash is None


def test_heatmap_outlines_the_compared_countries_dashed(region) -> None:
    fig = region_heatmap(
        region, selected_iso3="KHM", years=(2013, 2015), compared=("THA", "VNM", "FRA", "KHM")
    )
    dashed = [s for s in fig.layout.shapes if s.name == "compared country"]
    columns = [list(fig.data[0].x).index(REGION[c]) for c in ("THA", "VNM")]
    # An absent code and the shown country itself get no dashed frame.
    assert [(s.x0 + 0.5, s.line.dash) for s in dashed] == [(c, "dash") for c in columns]


def test_heatmap_outlines_nothing_for_a_country_it_does_not_hold(region) -> None:
    fig = region_heatmap(region, selected_iso3="FRA", years=(2013, 2015))
    assert [s for s in fig.layout.shapes if s.name == "selected country"] == []


@pytest.mark.parametrize(
    "iso3, year, code, label, hover_bits",
    [
        (
            "KHM",
            2014,
            "Tier 2 Watch List",
            "2WL",
            ["Cambodia, 2014", "confidence: high", URL.format(year=2014)],
        ),
        ("LAO", 2014, "Tier 2", "2*", ["Laos, 2014", "tier: Tier 2", "confidence: medium"]),
        ("IDN", 2015, "unknown", "?", ["Indonesia, 2015", "tier: unknown"]),
        ("VNM", 2015, "unknown", "?", ["Vietnam, 2015", "tier: unknown"]),
    ],
    ids=["sourced", "medium", "unknown-row", "missing-row"],
)
def test_heatmap_cells(region, iso3, year, code, label, hover_bits) -> None:
    z, text, hover = cell(
        region_heatmap(region, selected_iso3="KHM", years=(2013, 2015)), iso3, year
    )
    assert HEATMAP_CODES[len(HEATMAP_CODES) - 1 - z] == code
    assert text == label
    for bit in hover_bits:
        assert bit in hover


def test_heatmap_colours_are_the_tier_colours_and_the_key_is_written(region) -> None:
    heat = region_heatmap(region, selected_iso3="KHM", years=(2013, 2015)).data[0]
    colours = {c for _, c in heat.colorscale}
    assert colours == {*TIER_COLOURS.values(), UNKNOWN_COLOUR}
    # No colour bar (it took a phone's width): the key under the map names every label.
    assert heat.showscale is False
    for label in ("1 Tier 1", "2WL Tier 2 Watch List", "3 Tier 3", "SC Special Case", "? unknown"):
        assert label in HEATMAP_KEY


# ---- text alternatives and the header ----------------------------------------------------


@pytest.mark.parametrize(
    "years, present, absent",
    [
        (
            (2012, 2016),
            [
                "Cambodia, 2012–2016:",
                "Tier 2 in 2012",
                "Tier 2 Watch List in 2013, 2014 and 2015",
                "unknown in 2016",
                "placement in 2012 is inferred",
                "1 agrees with the official record (2014)",
                "1 conflicts with it (2015)",
                "1 names a tier where the record is silent (2016)",
                "3 statements and 3 events",
            ],
            [],
        ),
        ((2014, 2015), ["Tier 2 Watch List in 2014 and 2015"], ["2013", "unknown", "2016"]),
        (
            (2016, 2016),
            ["unknown in 2016", "No source gives the official tier for 2016"],
            ["Tier 2 Watch"],
        ),
        ((1990, 1995), ["no TIP report years between 1990 and 1995"], ["unknown"]),
    ],
    ids=["all-years", "watchlist-only", "unknown-only", "before-the-reports"],
)
def test_tier_history_text(tables, years, present, absent) -> None:
    text = tier_history_text(tables["yearly"], tables["claims"], iso3="KHM", years=years)
    for bit in present:
        assert bit in text
    for bit in absent:
        assert bit not in text


def test_tier_history_text_without_claims(tables) -> None:
    text = tier_history_text(tables["yearly"], empty(CLAIMS), iso3="KHM", years=(2012, 2016))
    assert "No document claims a tier for these years." in text


def test_region_heatmap_text(region) -> None:
    text = region_heatmap_text(region, selected_iso3="LAO", years=(2013, 2015))
    assert text.startswith("Official TIP report tiers of 8 countries, 2013–2015. Laos (selected):")
    assert "Indonesia:" in text and "unknown in 2015" in text
    assert text.count("unknown in 2015") == 2  # Indonesia and Vietnam


@pytest.mark.parametrize(
    "tiers, tier, streak, present",
    [
        ({2014: "Tier 2", 2015: None}, "unknown", None, ["2015 report is unknown"]),
        (
            {2013: "Tier 2 Watch List", 2014: "Tier 2 Watch List"},
            "Tier 2 Watch List",
            2,
            ["Cambodia is on the Tier 2 Watch List in the 2014 report", "since 2013", NOTE_2014],
        ),
        ({2015: "Tier 3"}, "Tier 3", 0, ["Cambodia is on Tier 3 in the 2015 report."]),
        ({2015: "Special Case"}, "Special Case", 0, ["is a Special Case"]),
    ],
    ids=["latest-unknown", "watchlist-with-note", "tier3", "special-case"],
)
def test_header_summary(tiers, tier, streak, present) -> None:
    summary = header_summary(cambodia_yearly(tiers), iso3="KHM")
    assert summary["country"] == "Cambodia"
    assert summary["latest_year"] == max(tiers)
    assert summary["latest_tier"] == tier and summary["watchlist_streak"] == streak
    for bit in present:
        assert bit in summary["clock_sentence"]


def test_header_summary_for_a_country_behind_the_latest_report(region) -> None:
    summary = header_summary(region, iso3="VNM")  # Vietnam has no 2015 row; others do
    assert (summary["latest_year"], summary["latest_tier"]) == (2015, "unknown")


@pytest.mark.parametrize("iso3", ["KHM", "FRA"], ids=["empty-table", "absent-country"])
def test_header_summary_with_nothing_to_say(iso3) -> None:
    summary = header_summary(empty(YEARLY), iso3=iso3)
    assert summary["latest_year"] is None and summary["latest_tier"] == "unknown"
    assert "unknown" in summary["clock_sentence"]


@pytest.mark.parametrize(
    "years, sentence",
    [
        (
            (2013, 2015),
            "In the 2013–2015 reports, Cambodia was on the Tier 2 Watch List in each, the Watch "
            f"List run reaching 3 years in a row in 2015 (TVPA clock, 2014: {NOTE_2014}); its "
            "placement in the latest report (2016) is unknown.",
        ),
        (
            (2012, 2012),
            "In the 2012 report, Cambodia was on Tier 2; its placement in the latest report (2016) "
            "is unknown.",
        ),
        (
            (2015, 2016),
            "In the 2015–2016 reports, Cambodia was on the Tier 2 Watch List in 2015, of unknown "
            "tier (no source) in 2016, the Watch List run reaching 3 years in a row in 2015; 2016 "
            "is the latest report.",
        ),
        (
            (1990, 1995),
            "Cambodia: no TIP report years between 1990 and 1995; its placement in the latest "
            "report (2016) is unknown.",
        ),
    ],
    ids=["watch-list-run-and-clock", "one-year", "ends-on-the-latest-unknown", "no-report-years"],
)
def test_header_sentence_tells_the_selected_years(tables, years, sentence) -> None:
    assert header_sentence(tables["yearly"], iso3="KHM", years=years) == sentence


@pytest.mark.parametrize(
    "years", [(2013, 2015), (2004, 2015), (2001, 2025)], ids=["three", "twelve", "every-year"]
)
def test_heatmap_labels_every_cell_at_every_range(years) -> None:
    rows = [
        yearly_row(year, "Tier 2 Watch List") | {"iso3": iso3, "country": name}
        for iso3, name in REGION.items()
        for year in range(2001, 2026)
    ]
    fig = region_heatmap(enforce(pd.DataFrame(rows), YEARLY), selected_iso3="KHM", years=years)
    heat = fig.data[0]
    assert heat.texttemplate == "%{text}"
    n_years = years[1] - years[0] + 1
    assert [len(row) for row in heat.text] == [8] * n_years
    assert {label for row in heat.text for label in row} == {"2WL"}
    # Years run down: a longer range makes the map taller, never its cells narrower.
    assert fig.layout.height >= 26 * n_years


@pytest.mark.parametrize("years", [(2013, 2015), (2014, 2014), (2012, 2016)], ids=str)
def test_a_year_window_of_the_all_years_figure_shows_what_the_range_figure_shows(tables, years):
    whole = history(tables, years=(2001, 2016)).to_plotly_json()
    before = json.dumps(whole, sort_keys=True, default=str)
    window = go.Figure(year_window(whole, name="Cambodia", years=years))
    own = history(tables, years=years)
    for axis in ("xaxis", "xaxis2"):
        assert window.layout[axis].range == own.layout[axis].range
        assert window.layout[axis].dtick == own.layout[axis].dtick
    assert window.layout.title.text == own.layout.title.text
    low, high = own.layout.xaxis.range
    shown = {(p["x"], tuple(p["custom"])) for p in points(window) if low <= p["x"] <= high}
    assert shown == {(p["x"], tuple(p["custom"])) for p in points(own)}
    assert json.dumps(whole, sort_keys=True, default=str) == before  # the cached one untouched
    # A trace drawn over the axes' edge (the lane's counts) holds no point outside the window.
    unclipped = [t for t in window.data if t.cliponaxis is False]
    assert unclipped and all(low <= x <= high for t in unclipped for x in t.x)


# ---- every number and word readable, and belonging to its mark (issue 16, items 3 and 10) ----


def contrast(colour: str, background: str = "#FFFFFF") -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""

    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(colour), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_lane_counts_sit_on_their_own_year_above_or_below_its_mark(tables) -> None:
    fig = history(tables)
    lanes = [t for t in fig.data if t.name in ("Statements (count)", "Events (count)")]
    for trace in lanes:
        # Centred on the year, never beside the mark where the next year's mark sits.
        assert [p.endswith("center") for p in trace.textposition] == [True] * len(trace.x)
        tops = [p.startswith("top") for p in trace.textposition]
        assert tops == [x % 2 == 0 for x in trace.x]  # neighbours on one side: two years apart
        assert max(trace.marker.size) <= 22


def test_claims_drawn_on_the_official_mark_leave_it_its_label(tables) -> None:
    fig = history(tables)
    agree = point(fig, 2014, "claim")
    assert agree["trace"].hoverinfo == "skip"  # it sits a few pixels from the official mark
    official = point(fig, 2014, "official")["hover"]
    assert official.startswith("<b>Cambodia, 2014 report: Tier 2 Watch List</b>")
    assert "news.example: Tier 2 Watch List" in official  # the claim's source, in its place
    # A claim of another tier stands apart and keeps its own label.
    assert point(fig, 2015, "claim")["trace"].hoverinfo == "text"
    assert point(fig, 2016, "claim")["trace"].hoverinfo == "text"


@pytest.mark.parametrize(
    "years, positions",
    [((2012, 2016), ["top left"]), ((2016, 2016), ["top center"]), ((2016, 2020), ["top right"])],
    ids=["last-year", "only-year", "first-year"],
)
def test_the_unknown_label_at_the_window_edge_leans_inwards(tables, years, positions) -> None:
    whole = history(tables, years=(2001, 2016)).to_plotly_json()
    window = year_window(whole, name="Cambodia", years=years)
    (unknown,) = [t for t in window["data"] if list(t.get("text") or []) == ["unknown"]]
    assert unknown["cliponaxis"] is False  # not cut at the plot's edge
    assert unknown["textposition"] == positions


def test_every_text_of_the_chart_reads_at_4_5_to_1_on_white(tables) -> None:
    # Explicit on the figure: Streamlit's chart theme fills an unset colour with #808495 (3.7:1).
    layout = history(tables).to_plotly_json()["layout"]
    colours = {"font": layout["font"]["color"], "title": layout["title"]["font"]["color"]}
    for axis in ("xaxis", "xaxis2", "yaxis", "yaxis2"):
        colours[f"{axis} ticks"] = layout[axis]["tickfont"]["color"]
    colours["xaxis2 title"] = layout["xaxis2"]["title"]["font"]["color"]
    hover = layout["hoverlabel"]
    assert contrast(hover["font"]["color"], hover["bgcolor"]) >= 4.5
    texts = [t for t in history(tables).data if t.text is not None]
    colours |= {f"{t.name} labels": t.textfont.color for t in texts}
    assert {k: c for k, c in colours.items() if contrast(c) < 4.5} == {}


def test_the_unvalidated_figure_sends_what_a_validated_one_sends(tables) -> None:
    # The page skips plotly's validation of its own JSON: what Streamlit sends must not change.
    window = year_window(
        history(tables, years=(2001, 2016)).to_plotly_json(), name="Cambodia", years=(2013, 2015)
    )
    sent = unvalidated_figure(window).to_dict()
    assert sent == go.Figure(window).to_dict()
    assert len(sent["data"]) == len(window["data"]) and sent["layout"]["shapes"]
