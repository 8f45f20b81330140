"""Credited chart exports: the figure as PNG or SVG carrying its title, key, source line, the
view's URL and the data date, as Our World in Data's Grapher prints them under every chart.

The page's chart keeps its key outside the figure (it wraps on a phone); an exported image has
no page around it, so everything a reader needs to cite it is drawn into the image itself.
"""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

import plotly.graph_objects as go

from views.credit import Stamp, credit_line
from views.text import hover_safe

WIDTH, HEIGHT = 1200, 760
# The plot's height without the footer (760 px with the three lines the footer had at first).
PLOT_HEIGHT = HEIGHT - 150
LINE_PX = 26  # px from one footer line to the next
FOOTER_TOP = 60  # px from the plot's bottom to the first footer line (the year axis's title)
# Characters of a 13-14 px footer line in the width right of the tier labels (~1,060 px): a key
# of one line ran past the image's edge and lost half its marks.
LINE_CHARS = 135
FORMATS = {"png": "image/png", "svg": "image/svg+xml"}


class ExportUnavailable(RuntimeError):
    """The image could not be drawn (kaleido or its browser is missing); the message says so."""


def credit_lines(key: str | Sequence[str], stamp: Stamp) -> list[str]:
    """The lines printed under an exported chart: the key (``key``: one paragraph or several,
    as the compared countries add theirs), then what it shows with its source, data version
    and date, then the view's URL."""
    keys = [key] if isinstance(key, str) else list(key)
    lines = [*keys, credit_line(stamp)]
    return lines + ([stamp.view_url] if stamp.view_url else [])


def footer_lines(lines: Sequence[str]) -> list[str]:
    """The credit lines as drawn: each wrapped to the image's width (a URL is never cut)."""
    out: list[str] = []
    for line in lines:
        wrapped = textwrap.wrap(line, LINE_CHARS, break_long_words=False, break_on_hyphens=False)
        out += wrapped or [""]
    return out


def credited_figure(
    figure: Mapping[str, Any], *, key: str | Sequence[str], stamp: Stamp
) -> go.Figure:
    """The chart (as to_plotly_json) with its credit lines drawn under the plot, the image as
    much taller as they need; the input is not modified."""
    layout = copy.deepcopy(dict(figure["layout"]))
    drawn = footer_lines(credit_lines(key, stamp))
    footer = FOOTER_TOP + LINE_PX * len(drawn) + 12
    margin = dict(layout.get("margin") or {})
    margin["b"] = int(margin.get("b") or 0) + footer
    layout.update(margin=margin, width=WIDTH, height=PLOT_HEIGHT + footer)
    notes = [
        {
            "text": hover_safe(line),  # a name or URL with "<" or "&" stays text
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "xanchor": "left",
            "y": 0,
            "yanchor": "top",
            "yshift": -FOOTER_TOP - LINE_PX * i,
            "showarrow": False,
            "align": "left",
            "font": {"size": 13},
        }
        for i, line in enumerate(drawn)
    ]
    layout["annotations"] = [*layout.get("annotations", ()), *notes]
    return go.Figure({"data": list(figure["data"]), "layout": layout})


def image_bytes(figure: go.Figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes, drawn by kaleido (a headless Chromium)."""
    if fmt not in FORMATS:
        raise ValueError(f"not an image format: {fmt!r} (png or svg)")
    height = figure.layout.height or HEIGHT
    try:
        return figure.to_image(
            format=fmt, width=WIDTH, height=height, scale=2 if fmt == "png" else 1
        )
    except Exception as exc:  # kaleido raises its own types, and ValueError without a browser
        raise ExportUnavailable(f"The chart image could not be drawn: {exc}") from exc


__all__ = [
    "FORMATS",
    "ExportUnavailable",
    "credit_lines",
    "credited_figure",
    "footer_lines",
    "image_bytes",
]
