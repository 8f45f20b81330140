"""The region heatmap: every country of the table by report year, coloured by official tier.

Countries run across and report years down, so a phone's width holds the region's columns and
a long range only makes the map taller: every cell keeps its short label (1, 2, 2WL, 3, SC; "?"
unknown; "*" marks medium confidence) at every width and range, so the tier reads without its
colour. The shown country is outlined solid, the compared ones dashed. Plotly cannot select
heatmap cells, so an invisible marker sits on every cell: it carries the hover and
``customdata = [year, iso3, "cell"]`` (the same layout as the country chart) for a Streamlit
``on_select`` click.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import pandas as pd
import plotly.graph_objects as go

from loaders.schema import Confidence
from views.frames import country_names, grid_rows, text_or_empty, year_span
from views.palette import (
    FONT,
    INK,
    TEMPLATE,
    TIER_COLOURS,
    TIER_LABELS,
    TIER_SHORT,
    UNKNOWN,
    UNKNOWN_COLOUR,
)
from views.text import hover_safe

__all__ = ["HEATMAP_CODES", "HEATMAP_KEY", "region_countries", "region_heatmap"]

# What a cell can show, best tier first; z codes count down the list, so the colour bar (which
# puts high values at the top) reads Tier 1 at the top and unknown at the bottom.
HEATMAP_CODES: tuple[str, ...] = (*TIER_LABELS, "Special Case", UNKNOWN)
_CODE = {label: len(HEATMAP_CODES) - 1 - i for i, label in enumerate(HEATMAP_CODES)}
# The key, written under the map by the page: a subtitle in the figure is cut on a phone.
HEATMAP_KEY = (
    "Cells: 1 Tier 1 · 2 Tier 2 · 2WL Tier 2 Watch List · 3 Tier 3 · SC Special Case · "
    "? unknown (no source) · * medium confidence (inferred from an adjacent year). "
    "Solid outline: the country shown; dashed: the countries compared with it."
)
ROW_PX = 26  # one report year's row: room for a cell's 11 px label
NAMES_PX = 100  # the country names over the columns, however far Plotly turns them
# Axis text colours set on the figure itself: Streamlit's chart theme greys a template's (3.7:1).
_INKED = {"tickfont": {"color": INK}}
_COLOURS = [UNKNOWN_COLOUR, *(TIER_COLOURS[t] for t in reversed(HEATMAP_CODES[:-1]))]


def _discrete_scale() -> list[list[Any]]:
    """A colourscale of flat bands, one per code, so neighbouring codes never blend."""
    n = len(_COLOURS)
    scale: list[list[Any]] = []
    for i, colour in enumerate(_COLOURS):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    return scale


def region_countries(yearly: pd.DataFrame) -> list[tuple[str, str]]:
    """(iso3, name) of every country in the table, sorted by name."""
    names = country_names(yearly)
    codes = sorted(set(yearly["iso3"].dropna()) - {""})
    return sorted(((c, names.get(c, c)) for c in codes), key=lambda p: p[1].casefold())


def _cell_hover(row: dict[str, Any], name: str) -> str:
    tier = text_or_empty(row["tier"])
    lines = [f"<b>{hover_safe(name)}, {int(row['year'])} report</b>", f"tier: {tier or UNKNOWN}"]
    if not tier:
        lines.append("no source gives the official tier for this year")
    else:
        confidence = text_or_empty(row["tier_confidence"]) or "not stated"
        lines.append(f"confidence: {confidence}")
    source = text_or_empty(row["tier_source"])
    if source:
        lines.append(f"source: {hover_safe(source)}")
    status = text_or_empty(row["claim_status"])
    if status and status != "none":
        claimed = hover_safe(text_or_empty(row["claimed_tiers"]))
        lines.append(f"documents: {claimed} ({status})")
    return "<br>".join(lines)


def _cell_label(row: dict[str, Any]) -> str:
    tier = text_or_empty(row["tier"])
    if not tier:
        return "?"
    label = TIER_SHORT.get(tier, tier)
    return label if text_or_empty(row["tier_confidence"]) == str(Confidence.HIGH) else label + "*"


class _Cells(NamedTuple):
    """The map's cells: tier codes and labels (a row per year, a column per country), and one
    hover point per cell: (country name, year, customdata, hover text)."""

    z: list[list[int]]
    labels: list[list[str]]
    points: list[tuple[str, int, list[Any], str]]


def _cells(yearly: pd.DataFrame, countries: list[tuple[str, str]], span: list[int]) -> _Cells:
    records = grid_rows(yearly, [c for c, _ in countries], span).to_dict("records")
    width = len(span)
    # grid_rows is country-major; the map's rows are years.
    by_country = [records[n * width : (n + 1) * width] for n in range(len(countries))]
    by_year = [[rows[y] for rows in by_country] for y in range(width)]
    return _Cells(
        z=[
            [_CODE.get(text_or_empty(r["tier"]) or UNKNOWN, _CODE[UNKNOWN]) for r in row]
            for row in by_year
        ],
        labels=[[_cell_label(r) for r in row] for row in by_year],
        points=[
            (name, int(r["year"]), [int(r["year"]), iso3, "cell"], _cell_hover(r, name))
            for (iso3, name), rows in zip(countries, by_country, strict=True)
            for r in rows
        ],
    )


def _cells_trace(grid: _Cells, names: list[str], span: list[int]) -> go.Heatmap:
    """The coloured, labelled cells (no hover of their own: the points trace carries it)."""
    return go.Heatmap(
        x=names,
        y=span,
        z=grid.z,
        text=grid.labels,
        texttemplate="%{text}",
        textfont={"size": 11, "color": "#111111"},
        colorscale=_discrete_scale(),
        zmin=-0.5,
        zmax=len(_COLOURS) - 0.5,
        xgap=2,
        ygap=2,
        hoverinfo="skip",
        showscale=False,  # the key is written under the map (HEATMAP_KEY)
        name="Official tier",
    )


def _points_trace(grid: _Cells) -> go.Scatter:
    """An invisible marker on every cell, for its hover and a click's customdata."""
    names, years, custom, hovers = (list(column) for column in zip(*grid.points, strict=True))
    return go.Scatter(
        x=names,
        y=years,
        mode="markers",
        # Invisible, selected or not: the cell's colour is the mark.
        marker={"size": 18, "opacity": 0, "color": "#000000"},
        selected={"marker": {"opacity": 0}},
        unselected={"marker": {"opacity": 0}},
        customdata=custom,
        hovertext=hovers,
        hoverinfo="text",
        showlegend=False,
        name="cells",
    )


def _outline(column: int, span: list[int], *, dashed: bool, name: str) -> dict[str, Any]:
    """A frame around one country's column (rows: report years, half a year beyond each end)."""
    return {
        "type": "rect",
        "xref": "x",
        "yref": "y",
        "x0": column - 0.5,
        "x1": column + 0.5,
        "y0": span[0] - 0.5,
        "y1": span[-1] + 0.5,
        "line": {"color": "#000000", "width": 2 if dashed else 3}
        | ({"dash": "dash"} if dashed else {}),
        "fillcolor": "rgba(0,0,0,0)",
        "name": name,
    }


def _outlines(codes: list[str], span: list[int], selected: str, compared: Sequence[str]) -> list:
    if not span:
        return []
    shapes = [
        _outline(codes.index(c), span, dashed=True, name="compared country")
        for c in compared
        if c in codes and c != selected
    ]
    if selected in codes:
        shapes.append(_outline(codes.index(selected), span, dashed=False, name="selected country"))
    return shapes


def _layout(
    countries: list[tuple[str, str]], span: list[int], years: tuple[int, int], selected: str
) -> dict[str, Any]:
    low, high = sorted((int(years[0]), int(years[1])))
    names = [name for _, name in countries]
    return {
        "template": TEMPLATE,
        # Below the toolbar's row, and above the country names however far they are turned.
        "title": {
            "text": f"Official TIP report tiers, {low}–{high}",
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "y": 1,
            "yanchor": "top",
            "yref": "container",
            "pad": {"t": 34, "l": 4},
            "font": {"color": INK},
        },
        "font": FONT,
        "height": 84 + NAMES_PX + ROW_PX * max(len(span), 3),
        # The top margin holds the toolbar's row, the title and the names turned upright on a
        # phone ("Burma/Myanmar", ~95 px): a title set to grow its own margin was drawn over them.
        "margin": {"l": 50, "r": 10, "t": 64 + NAMES_PX, "b": 20},
        "hoverlabel": {"align": "left", "font": {"size": 13}},
        "clickmode": "event+select",
        "xaxis": {
            "type": "category",
            "categoryorder": "array",
            "categoryarray": names,
            "side": "top",
            "tickvals": names,
            "ticktext": [
                f"<b>{hover_safe(n)}</b>" if c == selected else hover_safe(n) for c, n in countries
            ],
            "automargin": True,
            "fixedrange": True,
            "showgrid": False,
            **_INKED,
        },
        "yaxis": {
            "range": [high + 0.5, low - 0.5],  # the first report year at the top
            "tickformat": "d",
            "dtick": 1,
            "title": {"text": "Report year", "font": {"color": INK}},
            "tickfont": {"color": INK},
            "fixedrange": True,
            "showgrid": False,
        },
    }


def region_heatmap(
    yearly: pd.DataFrame,
    *,
    selected_iso3: str,
    years: tuple[int, int],
    compared: Sequence[str] = (),
) -> go.Figure:
    """Report years (down) by country (across), each cell the official tier; the selected
    country outlined solid, the ``compared`` ones dashed."""
    span = year_span(yearly, years)
    countries = region_countries(yearly)
    names = [name for _, name in countries]
    grid = _cells(yearly, countries, span)
    fig = go.Figure(layout=_layout(countries, span, years, selected_iso3))
    fig.add_trace(_cells_trace(grid, names, span))
    if grid.points:
        fig.add_trace(_points_trace(grid))
    for shape in _outlines([c for c, _ in countries], span, selected_iso3, compared):
        fig.add_shape(shape)
    return fig
