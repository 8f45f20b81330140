"""The country chart: official tier by report year, with the documents' claims, statements, events.

Pure Plotly, no Streamlit: every function takes typed tables (loaders.schema) and returns a figure
or a dict. Two rows share the report-year axis:

- top, the tier panel: y is the tier's rank (0 = Tier 1, drawn at the top, to 3 = Tier 3) with
  the tier names as tick labels, so all four tiers always show. The official tier is drawn as
  steps (line_shape "hv"; solid after a sourced, high confidence year, dotted after a medium
  one), filled markers for high confidence, hollow for medium; Tier 2 Watch List years shaded;
  unknown years a gap with a grey "unknown" square and Special Case years a star, both on a
  hidden overlay axis in the middle of the panel (they are not on the scale); document claims
  beside each year (x + 0.22) by status: agree blue diamond, conflict black cross, document-only
  yellow triangle, sized by the number of claims.
- bottom, the activity lane: statements and events per year, sized and labelled by count.

Every point's ``customdata`` is ``[year, iso3, kind]`` (CUSTOMDATA_FIELDS): the report year as
an int, the country code, and what the point is (POINT_KINDS); views.filters.selected_year reads
the clicked year back out of a Streamlit ``on_select`` selection. The region heatmap
(views.heatmap, re-exported here with the text helpers) uses the same layout with kind "cell".

Downloads: ``chart_config`` sets the toolbar camera's format (PNG or SVG), made in the browser.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from views.compared import END_LABEL
from views.frames import country_name, country_rows, year_span
from views.heatmap import region_heatmap
from views.marks import (
    EDGE_LABELS,
    LANE_AXES,
    LANES,
    MARKS_KEY,
    TIER_AXES,
    claim_traces,
    edge_label_positions,
    lane_trace,
    official_traces,
    watchlist_bands,
)
from views.palette import FONT, HOVER_LABEL, INK, TEMPLATE, TIER_COLOURS, TIER_LABELS, TIER_ORDER
from views.summary import (
    header_answer,
    header_sentence,
    header_summary,
    region_heatmap_text,
    tier_history_text,
)
from views.text import hover_safe

__all__ = [
    "CUSTOMDATA_FIELDS",
    "IMAGE_FORMATS",
    "MARKS_KEY",
    "POINT_KINDS",
    "TIER_COLOURS",
    "TIER_ORDER",
    "chart_config",
    "header_answer",
    "header_sentence",
    "header_summary",
    "region_heatmap",
    "region_heatmap_text",
    "tier_history_figure",
    "tier_history_text",
    "unvalidated_figure",
    "year_window",
]

CUSTOMDATA_FIELDS: tuple[str, ...] = ("year", "iso3", "kind")
POINT_KINDS: tuple[str, ...] = (
    "official",
    "unknown",
    "special-case",
    "claim",
    "statements",
    "events",
    "cell",
    "compared",
)
IMAGE_FORMATS: tuple[str, ...] = ("png", "svg")
TOOLBAR_REMOVED: tuple[str, ...] = (
    "zoom2d",
    "pan2d",
    "select2d",
    "lasso2d",
    "zoomIn2d",
    "zoomOut2d",
    "autoScale2d",
    "resetScale2d",
)


# ---- the figure --------------------------------------------------------------------------


def tier_history_figure(
    yearly: pd.DataFrame,
    claims: pd.DataFrame,
    statements: pd.DataFrame,
    events: pd.DataFrame,
    *,
    iso3: str,
    years: tuple[int, int],
) -> go.Figure:
    """One country's official tier by report year, with document claims, statements and events."""
    span = year_span(yearly, years)
    name = country_name(yearly, iso3)
    rows = country_rows(yearly, iso3, span)
    # Plotly draws a subplot only when a trace uses it: an empty one keeps both panels (and the
    # year axis under the lower one) for a country with no tiers, statements or events.
    traces: list[dict[str, Any]] = [
        {"type": "scatter", **axes, "x": [], "y": [], "hoverinfo": "skip"}
        | {"showlegend": False, "name": "axes"}
        for axes in (TIER_AXES, LANE_AXES)
    ]
    traces += official_traces(rows, name, iso3, claims)
    traces += claim_traces(claims, iso3, span)
    lanes = (
        lane_trace(t, iso3, span, lane)
        for t, lane in ((statements, "Statements"), (events, "Events"))
    )
    traces += [t for t in lanes if t is not None]
    low, high = sorted((int(years[0]), int(years[1])))
    layout = _layout(_title(name, low, high), low, high)
    layout["shapes"] = watchlist_bands(rows)
    if not span:
        layout["annotations"] = [
            {
                "text": f"No TIP report years between {low} and {high}",
                "xref": "paper",
                "yref": "paper",
                "x": 0.5,
                "y": 0.6,
                "showarrow": False,
            }
        ]
    return go.Figure(data=traces, layout=layout)


TITLE_LINE = 46  # characters (~6.5 px each): a longer title is cut at a 375 px phone, so two lines
TITLE_PAD = 34  # px above the title: the toolbar's row
# Plotly lifts a two-line title by ~36 px (measured at 375 and 1400 px): the pad grows by that.
TITLE_LINE_PX = 40


def _title(name: str, low: int, high: int) -> str:
    """The chart's title as Plotly draws it (escaped): two lines once it is too long for one."""
    span = str(low) if low == high else f"{low}–{high}"
    rest = f"official TIP report tier, {span}"
    joint = ":<br>" if len(name) + len(rest) + 2 > TITLE_LINE else ": "
    return hover_safe(name) + joint + hover_safe(rest)


def _title_text(title: str) -> dict[str, Any]:
    """The title's text and its padding, below the toolbar's row however many lines it has."""
    return {"text": title, "pad": {"t": TITLE_PAD + TITLE_LINE_PX * title.count("<br>"), "l": 4}}


def _years_axis(low: int, high: int) -> dict[str, Any]:
    """What of the year axis depends on the range shown."""
    # Room right of the last year for the lane's count labels ("17") and the claim marks.
    return {"range": [low - 0.6, high + 0.8], "dtick": 1 if high - low <= 14 else 2}


def year_window(figure: Mapping[str, Any], *, name: str, years: tuple[int, int]) -> dict[str, Any]:
    """A country's all-years figure (as ``to_plotly_json``) showing only ``years``.

    Only the year axes and the title change: the traces are the same objects, so a new range
    costs a few dicts, not a new figure. The input is not modified.
    """
    low, high = sorted((int(years[0]), int(years[1])))
    data = [_in_window(t, low, high) if t.get("cliponaxis") is False else t for t in figure["data"]]
    layout = dict(figure["layout"])
    window = _years_axis(low, high)
    layout["xaxis"] = {**layout["xaxis"], **window}
    layout["xaxis2"] = {**layout["xaxis2"], **window}
    layout["title"] = {**layout["title"], **_title_text(_title(name, low, high))}
    return {"data": data, "layout": layout}


def unvalidated_figure(figure: Mapping[str, Any]) -> go.Figure:
    """A figure of this module's own JSON (``to_plotly_json``, windowed), not validated again.

    Given a dict, st.plotly_chart validates it through go.Figure on every run: ~20 ms for the tier
    chart, a fifth of a year change's script. The builders' output was validated once, when
    go.Figure built it; a Figure passed in is only copied (``to_dict``) and sent.
    """
    return go.Figure(data=list(figure["data"]), layout=dict(figure["layout"]), _validate=False)


def _in_window(trace: Mapping[str, Any], low: int, high: int) -> dict[str, Any]:
    """An unclipped trace (its labels may overhang the axes) without its points outside
    ``low``..``high``: the axes would not hide them, the margins would show them."""
    xs = list(trace.get("x") or [])
    keep = [i for i, x in enumerate(xs) if low <= x <= high]

    def pick(values: Any) -> Any:
        if isinstance(values, list | tuple) and len(values) == len(xs):
            return [values[i] for i in keep]
        return values

    out = {k: pick(v) for k, v in trace.items()}
    if isinstance(trace.get("marker"), Mapping):
        out["marker"] = {k: pick(v) for k, v in trace["marker"].items()}
    if trace.get("meta") == EDGE_LABELS:
        out["textposition"] = edge_label_positions(out["x"], low, high)
    if trace.get("meta") == END_LABEL and out["x"]:
        # A line's name is written once, at the height of its last year in view (the years are
        # in order), right of the plot's edge, where no claim or count of that year sits.
        out |= {"x": [_years_axis(low, high)["range"][1]], "y": out["y"][-1:]}
        out["text"] = out["text"][-1:]
    return out


def _layout(title: str, low: int, high: int) -> dict[str, Any]:
    years_axis = {
        **_years_axis(low, high),
        **_INKED,
        "tickformat": "d",
        "showgrid": True,
        "gridcolor": "#EEEEEE",
    }
    return {
        "template": TEMPLATE,
        # Below the toolbar's row (pad), so the toolbar never covers it on a narrow chart.
        "title": {
            **_title_text(title),
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "y": 1,
            "yanchor": "top",
            "yref": "container",
            "automargin": True,
            "font": {"color": INK},
        },
        "font": FONT,
        "height": 540,
        # The left margin grows to fit the tier names (automargin on the y axes).
        "margin": {"l": 10, "r": 10, "t": 70, "b": 40},
        "hovermode": "closest",
        "hoverlabel": HOVER_LABEL,
        "clickmode": "event+select",
        # The key is written under the chart by the page (MARKS_KEY): a legend inside the figure
        # wraps into many rows on a phone and is cut off.
        "showlegend": False,
        # Two rows sharing the year axis: the tier panel on top, the activity lane below (the
        # grid plotly.subplots.make_subplots(rows=2, shared_xaxes=True) lays out).
        "xaxis": {"anchor": "y", "domain": [0.0, 1.0], "matches": "x2", "showticklabels": False}
        | years_axis,
        "xaxis2": {"anchor": "y2", "domain": [0.0, 1.0]}
        | years_axis
        | {"title": {"text": "Report year", "font": {"color": INK}}},
        # The tiers are an ordinal scale: y is the rank, labelled with the tier names. Not a
        # category axis: Plotly drops categories no point uses, and every tier must show.
        "yaxis": {"anchor": "x", "domain": [0.36, 1.0], "automargin": True}
        | _ranked_axis(TIER_LABELS),  # reversed: rank 0 (Tier 1) at the top
        # The same for the lanes, so both show when a country has neither.
        # Tall enough for two rows of marks with a count above or below each.
        "yaxis2": {"anchor": "x2", "domain": [0.0, 0.28], "showgrid": True, "automargin": True}
        | _ranked_axis(LANES),
        # The overlay that holds unknown and Special Case marks: not a tier scale, so hidden.
        "yaxis3": {
            "overlaying": "y",
            "anchor": "x",
            "range": [0, 1],
            "visible": False,
            "fixedrange": True,
        },
    }


# Axis text colours set on the figure itself: Streamlit's chart theme overrides a template's.
_INKED = {"tickfont": {"color": INK}, "title": {"font": {"color": INK}}}


def _ranked_axis(labels: tuple[str, ...]) -> dict[str, Any]:
    """A y axis of ranks 0..n-1 labelled ``labels``, the first at the top, not zoomable."""
    return {
        **_INKED,
        "tickmode": "array",
        "tickvals": list(range(len(labels))),
        "ticktext": list(labels),
        "range": [len(labels) - 0.5, -0.5],
        "zeroline": False,
        "fixedrange": True,
    }


def chart_config(filename: str, *, image_format: str = "png") -> dict[str, Any]:
    """Plotly config whose toolbar camera saves the chart in the browser as PNG or SVG.

    Plotly's toolbar has one download button and its format is fixed by the config
    (``toImageButtonOptions.format``); a second button needs JavaScript, which a config from
    Python cannot carry. So the format is a parameter: the dashboard offers a PNG/SVG choice
    and passes it here. The image is made client-side (no kaleido on the server).
    """
    if image_format not in IMAGE_FORMATS:
        raise ValueError(f"image_format must be one of {list(IMAGE_FORMATS)}, got {image_format!r}")
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in filename).strip("-")
    return {
        "displaylogo": False,
        "displayModeBar": True,
        "toImageButtonOptions": {
            "format": image_format,
            "filename": safe or "tierwatch",
            # None keeps the chart's on-screen size; PNG at twice the pixels stays sharp.
            "height": None,
            "width": None,
            "scale": 2 if image_format == "png" else 1,
        },
        # The camera only: the timeline under the chart chooses the years, and each toolbar
        # button was a Tab stop before it (7 of the 20 to the timeline).
        "modeBarButtonsToRemove": list(TOOLBAR_REMOVED),
    }
