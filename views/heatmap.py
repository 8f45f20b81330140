"""The region heatmap: every country of the table by report year, coloured by official tier.

Cells carry a short label (1, 2, 2WL, 3, SC; "?" unknown; "*" marks medium confidence) so the
tier reads without its colour. Plotly cannot select heatmap cells, so an invisible marker sits on
every cell: it carries the hover and ``customdata = [year, iso3, "cell"]`` (the same layout as the
country chart) for a Streamlit ``on_select`` click.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from loaders.schema import Confidence
from views.frames import country_names, grid_rows, text_or_empty, year_span
from views.palette import (
    FONT,
    TEMPLATE,
    TIER_COLOURS,
    TIER_LABELS,
    TIER_SHORT,
    UNKNOWN,
    UNKNOWN_COLOUR,
)
from views.text import hover_safe

__all__ = ["HEATMAP_CODES", "LABELLED_YEARS", "region_countries", "region_heatmap"]

# What a cell can show, best tier first; z codes count down the list, so the colour bar (which
# puts high values at the top) reads Tier 1 at the top and unknown at the bottom.
HEATMAP_CODES: tuple[str, ...] = (*TIER_LABELS, "Special Case", UNKNOWN)
_CODE = {label: len(HEATMAP_CODES) - 1 - i for i, label in enumerate(HEATMAP_CODES)}
KEY_NOTE = "? unknown (no source) · * medium confidence (inferred from an adjacent year)"
# Cells carry their label only while they are wide enough for it ("2WL*"): over more years the
# colour and the hover tell the tier, and the text alternative lists every cell.
LABELLED_YEARS = 12
UNLABELLED_NOTE = "Point at a cell for its tier; narrow the years to 12 or fewer to label cells."
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


def region_heatmap(
    yearly: pd.DataFrame, *, selected_iso3: str, years: tuple[int, int]
) -> go.Figure:
    """Report years by country, each cell the official tier; the selected country outlined."""
    span = year_span(yearly, years)
    countries = region_countries(yearly)
    names = [name for _, name in countries]
    z, labels = [], []
    xs, ys, custom, point_hovers = [], [], [], []
    grid = grid_rows(yearly, [c for c, _ in countries], span).to_dict("records")
    width = len(span)
    for n, (iso3, name) in enumerate(countries):
        records = grid[n * width : (n + 1) * width]
        z.append([_CODE.get(text_or_empty(r["tier"]) or UNKNOWN, _CODE[UNKNOWN]) for r in records])
        labels.append([_cell_label(r) for r in records])
        for r in records:
            xs.append(int(r["year"]))
            ys.append(name)
            custom.append([int(r["year"]), iso3, "cell"])
            point_hovers.append(_cell_hover(r, name))
    fig = go.Figure()
    fig.add_trace(
        go.Heatmap(
            x=span,
            y=names,
            z=z,
            text=labels,
            texttemplate="%{text}" if len(span) <= LABELLED_YEARS else "",
            textfont={"size": 11, "color": "#111111"},
            colorscale=_discrete_scale(),
            zmin=-0.5,
            zmax=len(_COLOURS) - 0.5,
            xgap=2,
            ygap=2,
            hoverinfo="skip",
            colorbar={
                "title": {"text": "Tier"},
                "tickvals": [_CODE[label] for label in HEATMAP_CODES],
                "ticktext": list(HEATMAP_CODES),
                "len": 0.9,
            },
            name="Official tier",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=ys,
            mode="markers",
            # Invisible, selected or not: the cell's colour is the mark.
            marker={"size": 18, "opacity": 0, "color": "#000000"},
            selected={"marker": {"opacity": 0}},
            unselected={"marker": {"opacity": 0}},
            customdata=custom,
            hovertext=point_hovers,
            hoverinfo="text",
            showlegend=False,
            name="cells",
        )
    )
    codes = [c for c, _ in countries]
    if selected_iso3 in codes and span:
        i = codes.index(selected_iso3)
        fig.add_shape(
            type="rect",
            xref="x",
            yref="y",
            x0=span[0] - 0.5,
            x1=span[-1] + 0.5,
            y0=i - 0.5,
            y1=i + 0.5,
            line={"color": "#000000", "width": 3},
            fillcolor="rgba(0,0,0,0)",
            name="selected country",
        )
    low, high = sorted((int(years[0]), int(years[1])))
    fig.update_layout(
        template=TEMPLATE,
        title={
            "text": f"Region: official TIP report tiers, {low}–{high}",
            "subtitle": {
                "text": KEY_NOTE if len(span) <= LABELLED_YEARS else UNLABELLED_NOTE,
                "font": {"size": 12, "color": "#555555"},
            },
            "x": 0,
        },
        font=FONT,
        # Tall enough for the colour bar's six labels even with one or two countries.
        height=max(340, 150 + 34 * len(names)),
        margin={"l": 130, "r": 30, "t": 80, "b": 50},
        hoverlabel={"align": "left", "font": {"size": 13}},
        clickmode="event+select",
    )
    fig.update_xaxes(
        range=[low - 0.5, high + 0.5],
        tickformat="d",
        dtick=1 if high - low <= 14 else 2,
        showgrid=False,
        title_text="Report year",
    )
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=names,
        autorange="reversed",  # alphabetical from the top
        tickvals=names,
        ticktext=[
            f"<b>{hover_safe(n)}</b>" if c == selected_iso3 else hover_safe(n) for c, n in countries
        ],
        fixedrange=True,
        showgrid=False,
    )
    return fig
