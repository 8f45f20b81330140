"""Countries drawn beside the shown one on its tier chart, as Our World in Data's Grapher does.

Each compared country is a line, markers and a direct label: its marks sit a fraction of a tier
below or above the shown country's (its slot's offset), so two countries on the same tier in a
year stand apart; each slot has its own marker shape and line dash, and every country's name is
written right of the plot at the height of its last year in view, so a reader tells the lines
apart without colour. The fill stays the tier's colour, as on the shown country's marks (hollow:
inferred, medium confidence). Only the official record is compared: the shown country keeps its
claims and lanes. Pure: trace dicts in, figure dicts out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import pandas as pd

from loaders.schema import Confidence
from views.frames import country_name, country_rows, text_or_empty, year_span
from views.marks import TIER_AXES, official_hover, step_segments
from views.palette import INK, TIER_LABELS, TIER_RANK, tier_colour
from views.text import hover_safe

__all__ = [
    "END_LABEL",
    "OFFSETS",
    "STYLES",
    "compare_key",
    "compared_traces",
    "comparison_traces",
    "end_label",
    "title_name",
    "with_compared",
]

END_LABEL = "end-label"  # meta of a trace whose one label is written at its last year in view
HIGH = str(Confidence.HIGH)
LABEL_PX = 7.5  # px per character of a 12 px label: the right margin that holds the names


class CompareStyle(NamedTuple):
    """How one compared country's line and markers are drawn, and how the key writes them."""

    symbol: str
    dash: str
    glyph: str
    line_word: str


# Shapes no other mark of the tier panel uses (circle: the shown country; diamond, x and
# triangle-up: claims; open square and star: unknown and Special Case).
STYLES: tuple[CompareStyle, ...] = (
    CompareStyle("square", "dash", "■", "dashed"),
    CompareStyle("triangle-down", "dashdot", "▼", "dash-dot"),
    CompareStyle("bowtie", "longdash", "⋈", "long-dashed"),
)
# Fractions of a tier (rank units, down is positive) between a slot's marks and the shown
# country's: about 14 px apart on the chart, wider than a marker.
OFFSETS: tuple[float, ...] = (0.2, -0.2, 0.4)


def _on_scale(rows: pd.DataFrame) -> list[dict[str, Any]]:
    return [r for r in rows.to_dict("records") if text_or_empty(r["tier"]) in TIER_LABELS]


def _line(rows: pd.DataFrame, offset: float, style: CompareStyle, name: str) -> dict | None:
    """The steps between on-scale years, sourced or inferred alike, in the slot's dash."""
    xs, ys = [], []
    for medium in (False, True):
        more_x, more_y = step_segments(rows, medium=medium)
        xs += more_x
        ys += [None if y is None else y + offset for y in more_y]
    if not xs:
        return None
    return {
        "type": "scatter",
        **TIER_AXES,
        "x": xs,
        "y": ys,
        "mode": "lines",
        "line": {"shape": "hv", "color": "#555555", "width": 2, "dash": style.dash},
        "connectgaps": False,
        "hoverinfo": "skip",
        "showlegend": False,
        "name": f"{name}, official tier (line)",
    }


def _markers(
    points: list[dict[str, Any]], name: str, iso3: str, offset: float, style: CompareStyle
) -> dict | None:
    """One marker per on-scale year: the tier's fill, the slot's shape, hollow when inferred."""
    if not points:
        return None
    sourced = [text_or_empty(r["tier_confidence"]) == HIGH for r in points]
    return {
        "type": "scatter",
        **TIER_AXES,
        "x": [int(r["year"]) for r in points],
        "y": [TIER_RANK[str(r["tier"])] + offset for r in points],
        "mode": "markers",
        "marker": {
            "symbol": [style.symbol if s else f"{style.symbol}-open" for s in sourced],
            "size": 11,
            "color": [tier_colour(str(r["tier"])) for r in points],
            "line": {"width": [1 if s else 2.5 for s in sourced], "color": "#222222"},
        },
        "customdata": [[int(r["year"]), iso3, "compared"] for r in points],
        "hovertext": [official_hover(r, name) for r in points],
        "hoverinfo": "text",
        "name": f"{name}, official tier",
    }


def end_label(points: list[dict[str, Any]], name: str, offset: float = 0.0) -> dict | None:
    """The country's name at the height of each on-scale year; views.charts.year_window keeps
    the last year in view only and moves it right of the plot, as Grapher writes its names."""
    if not points:
        return None
    return {
        "type": "scatter",
        **TIER_AXES,
        "x": [int(r["year"]) for r in points],
        "y": [TIER_RANK[str(r["tier"])] + offset for r in points],
        "mode": "text",
        "text": [hover_safe(name)] * len(points),
        "textposition": "middle right",
        "textfont": {"color": INK, "size": 12},
        "cliponaxis": False,  # written in the right margin, which with_compared widens
        "meta": END_LABEL,
        "hoverinfo": "skip",
        "showlegend": False,
        "name": f"{name} (label)",
    }


def compared_traces(rows: pd.DataFrame, name: str, iso3: str, slot: int) -> list[dict[str, Any]]:
    """One compared country's official tier (``rows``: one per year) in slot ``slot``."""
    style, offset = STYLES[slot], OFFSETS[slot]
    points = _on_scale(rows)
    traces = (
        _line(rows, offset, style, name),
        _markers(points, name, iso3, offset, style),
        end_label(points, name, offset),
    )
    return [t for t in traces if t is not None]


def comparison_traces(
    yearly: pd.DataFrame, *, iso3: str, compare: Sequence[str], years: tuple[int, int]
) -> list[dict[str, Any]]:
    """What comparing adds to ``iso3``'s chart of ``years``: its own name at its line's end,
    then each compared country's line, markers and name (at most len(STYLES), in order)."""
    span = year_span(yearly, years)
    shown = end_label(_on_scale(country_rows(yearly, iso3, span)), country_name(yearly, iso3))
    traces = [shown] if shown is not None else []
    for slot, code in enumerate(list(compare)[: len(STYLES)]):
        rows = country_rows(yearly, code, span)
        traces += compared_traces(rows, country_name(yearly, code), code, slot)
    return traces


def with_compared(figure: Mapping[str, Any], traces: list[dict[str, Any]]) -> dict[str, Any]:
    """The chart (as ``to_plotly_json``) with the comparison's traces, its right margin wide
    enough for the longest name. The input is not modified."""
    longest = max((len(str(t["text"][0])) for t in traces if t.get("meta") == END_LABEL), default=0)
    layout = dict(figure["layout"])
    layout["margin"] = {**layout.get("margin", {}), "r": 14 + round(LABEL_PX * longest)}
    return {"data": [*figure["data"], *traces], "layout": layout}


def title_name(names: Sequence[str]) -> str:
    """The countries as a chart title names them: "Cambodia and Thailand", "A, B and C"."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def compare_key(names: Sequence[str]) -> str:
    """The written key of the compared countries' marks (under the chart, beside MARKS_KEY)."""
    parts = [
        f"{style.glyph} {name} ({style.line_word} line)"
        for style, name in zip(STYLES, names, strict=False)
    ]
    return (
        "Compared: "
        + " · ".join(parts)
        + ". Their marks sit just below or above the shown country's, filled with the tier's "
        "colour (hollow: inferred); each line is named at its last year shown."
    )
