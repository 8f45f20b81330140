"""views/compared.py: countries beside the shown one on its tier chart, on a hand-made table.

The table is a scenario, not the record: Cambodia and Thailand 2012-2016 on the same tiers in
2013 and 2014 (where their marks must stand apart), Thailand's 2012 inferred (hollow) and its
2016 unknown (no mark, and its name written at 2015), Vietnam on Tier 1 throughout.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pytest
from frames import yearly_row

from loaders.schema import CLAIMS, EVENTS, STATEMENTS, YEARLY, empty, enforce
from views.charts import tier_history_figure, year_window
from views.compared import (
    END_LABEL,
    OFFSETS,
    STYLES,
    compare_key,
    comparison_traces,
    title_name,
    with_compared,
)
from views.palette import TIER_COLOURS, TIER_RANK
from views.summary import compared_text

NAMES = {"KHM": "Cambodia", "THA": "Thailand", "VNM": "Vietnam"}
TIERS = {
    "KHM": ["Tier 2", "Tier 2 Watch List", "Tier 2 Watch List", "Tier 3", "Tier 2"],
    "THA": ["Tier 3", "Tier 2 Watch List", "Tier 2 Watch List", "Tier 2", None],
    "VNM": ["Tier 1"] * 5,
}
YEARS = (2012, 2016)


def row(iso3: str, year: int, tier: str | None) -> dict:
    inferred = (iso3, year) == ("THA", 2012)
    return yearly_row(
        year,
        tier,
        "medium" if inferred else "high",
        country=NAMES[iso3],
        iso3=iso3,
        source=f"https://example.org/{iso3}/{{year}}",
    )


@pytest.fixture
def yearly() -> pd.DataFrame:
    rows = [
        row(iso3, year, tier)
        for iso3, tiers in TIERS.items()
        for year, tier in zip(range(2012, 2017), tiers, strict=True)
    ]
    return enforce(pd.DataFrame(rows), YEARLY)


def compared_points(traces: list[dict], iso3: str) -> dict[int, tuple[float, str, str]]:
    """year -> (y, symbol, fill) of a compared country's markers."""
    (markers,) = [t for t in traces if t["name"] == f"{NAMES[iso3]}, official tier"]
    marker = markers["marker"]
    return {
        x: (y, symbol, fill)
        for x, y, symbol, fill in zip(
            markers["x"], markers["y"], marker["symbol"], marker["color"], strict=True
        )
    }


def test_a_compared_country_is_drawn_beside_the_shown_one_in_its_own_shape(yearly) -> None:
    traces = comparison_traces(yearly, iso3="KHM", compare=["THA"], years=YEARS)
    marks = compared_points(traces, "THA")
    assert sorted(marks) == [2012, 2013, 2014, 2015]  # 2016 unknown: no mark
    y, symbol, fill = marks[2013]
    # Same tier as Cambodia that year, a fifth of a tier lower: the marks stand apart.
    assert y == TIER_RANK["Tier 2 Watch List"] + OFFSETS[0]
    assert (symbol, fill) == ("square", TIER_COLOURS["Tier 2 Watch List"])
    assert marks[2012][1] == "square-open"  # inferred, as the shown country's hollow marks
    (markers,) = [t for t in traces if t["name"] == "Thailand, official tier"]
    assert {tuple(c)[1:] for c in markers["customdata"]} == {("THA", "compared")}
    assert markers["hovertext"][1].startswith("<b>Thailand, 2013 report: Tier 2 Watch List</b>")
    (line,) = [t for t in traces if t["mode"] == "lines"]
    assert line["line"]["dash"] == STYLES[0].dash


def test_each_slot_differs_in_shape_and_dash_not_colour_alone(yearly) -> None:
    traces = comparison_traces(yearly, iso3="KHM", compare=["THA", "VNM"], years=YEARS)
    symbols = {compared_points(traces, c)[2014][1] for c in ("THA", "VNM")}
    assert symbols == {STYLES[0].symbol, STYLES[1].symbol}
    shapes = [s.symbol for s in STYLES]
    dashes = [s.dash for s in STYLES]
    assert len(set(shapes)) == len(shapes) and len(set(dashes)) == len(dashes)
    # None is the shown country's circle or a claim's, unknown's or Special Case's shape.
    assert not {"circle", "diamond", "x", "triangle-up", "square-open", "star"} & set(shapes)
    assert len(OFFSETS) == len(STYLES) and 0 not in OFFSETS


@pytest.mark.parametrize(
    "years, labels",
    [
        ((2012, 2016), {"Cambodia": 2016, "Thailand": 2015}),
        ((2012, 2013), {"Cambodia": 2013, "Thailand": 2013}),
    ],
    ids=["last-year-unknown-for-one", "a-window"],
)
def test_every_line_is_named_once_at_its_last_year_in_view(yearly, years, labels) -> None:
    none = (empty(CLAIMS), empty(STATEMENTS), empty(EVENTS))
    whole = tier_history_figure(yearly, *none, iso3="KHM", years=YEARS).to_plotly_json()
    traces = comparison_traces(yearly, iso3="KHM", compare=["THA"], years=YEARS)
    figure = with_compared(whole, traces)
    assert figure["layout"]["margin"]["r"] > whole["layout"]["margin"]["r"]  # room for names
    window = year_window(figure, name="Cambodia and Thailand", years=years)
    named = {t["text"][0]: t for t in window["data"] if t.get("meta") == END_LABEL}
    assert sorted(named) == sorted(labels)
    for name, year in labels.items():
        code = {v: k for k, v in NAMES.items()}[name]
        tier = TIERS[code][year - 2012]
        offset = 0 if code == "KHM" else OFFSETS[0]
        # Once, at the height of its last year in view, right of the plot's last year.
        assert named[name]["y"] == [TIER_RANK[tier] + offset]
        assert named[name]["x"] == [window["layout"]["xaxis"]["range"][1]]
    go.Figure(window)  # a valid Plotly figure
    assert window["layout"]["title"]["text"].startswith("Cambodia and Thailand:<br>official")
    assert len(whole["data"]) + len(traces) == len(figure["data"])  # the input unchanged


def test_nothing_is_added_without_a_country_to_compare(yearly) -> None:
    (label,) = comparison_traces(yearly, iso3="KHM", compare=[], years=YEARS)
    assert label["meta"] == END_LABEL and label["text"][0] == "Cambodia"


@pytest.mark.parametrize(
    "names, title",
    [
        (["Cambodia"], "Cambodia"),
        (["Cambodia", "Thailand"], "Cambodia and Thailand"),
        (["Cambodia", "Thailand", "Vietnam"], "Cambodia, Thailand and Vietnam"),
    ],
    ids=["one", "two", "three"],
)
def test_title_name(names, title) -> None:
    assert title_name(names) == title


def test_the_key_names_each_country_with_its_shape_and_line() -> None:
    key = compare_key(["Thailand", "Vietnam"])
    assert "■ Thailand (dashed line)" in key and "▼ Vietnam (dash-dot line)" in key


def test_the_chart_as_text_tells_the_compared_countries(yearly) -> None:
    text = compared_text(yearly, compare=["THA"], years=(2013, 2016))
    assert text.startswith("Compared, 2013–2016: Thailand:")
    assert "Tier 2 Watch List in 2013 and 2014" in text and "unknown in 2016" in text
    assert compared_text(yearly, compare=[], years=(2013, 2016)) == ""
