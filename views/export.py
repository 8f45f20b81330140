"""Credited chart exports: the figure as PNG or SVG carrying its title, key, source line, the
view's URL and the data date, as Our World in Data's Grapher prints them under every chart.

The page's chart keeps its key outside the figure (it wraps on a phone); an exported image has
no page around it, so everything a reader needs to cite it is drawn into the image itself.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import plotly.graph_objects as go

from views.credit import Stamp, data_line, source_line

WIDTH, HEIGHT = 1200, 760
FOOTER = 150  # px under the plot for the key and the credit lines
FORMATS = {"png": "image/png", "svg": "image/svg+xml"}


class ExportUnavailable(RuntimeError):
    """The image could not be drawn (kaleido or its browser is missing); the message says so."""


def credit_lines(key: str, stamp: Stamp) -> list[str]:
    """The lines printed under an exported chart: key, source, view URL, data version and date."""
    lines = [key, f"{source_line(stamp.n_documents)}. {data_line(stamp)}."]
    return lines + ([stamp.view_url] if stamp.view_url else [])


def credited_figure(figure: Mapping[str, Any], *, key: str, stamp: Stamp) -> go.Figure:
    """The chart (as to_plotly_json) with its credit lines drawn under the plot; the input is
    not modified."""
    layout = copy.deepcopy(dict(figure["layout"]))
    margin = dict(layout.get("margin") or {})
    margin["b"] = int(margin.get("b") or 0) + FOOTER
    layout.update(margin=margin, width=WIDTH, height=HEIGHT)
    notes = [
        {
            "text": line,
            "xref": "paper",
            "yref": "paper",
            "x": 0,
            "xanchor": "left",
            "y": 0,
            "yanchor": "top",
            "yshift": -60 - 26 * i,
            "showarrow": False,
            "align": "left",
            "font": {"size": 13 if i else 14},
        }
        for i, line in enumerate(credit_lines(key, stamp))
    ]
    layout["annotations"] = [*layout.get("annotations", ()), *notes]
    return go.Figure({"data": list(figure["data"]), "layout": layout})


def image_bytes(figure: go.Figure, fmt: str) -> bytes:
    """The figure as PNG or SVG bytes, drawn by kaleido (a headless Chromium)."""
    if fmt not in FORMATS:
        raise ValueError(f"not an image format: {fmt!r} (png or svg)")
    try:
        return figure.to_image(
            format=fmt, width=WIDTH, height=HEIGHT, scale=2 if fmt == "png" else 1
        )
    except Exception as exc:  # kaleido raises its own types, and ValueError without a browser
        raise ExportUnavailable(f"The chart image could not be drawn: {exc}") from exc


__all__ = ["FORMATS", "ExportUnavailable", "credit_lines", "credited_figure", "image_bytes"]
