"""Colours, marker shapes and tier order: one look for every chart and table of the dashboard.

Colours are Okabe-Ito (Okabe & Ito 2008), chosen to stay apart under the common colour-vision
deficiencies; every mark that a colour tells apart also differs in shape or label, so nothing
depends on colour alone.
"""

from __future__ import annotations

from typing import NamedTuple

from loaders.schema import TIER_ORDER, TIER_RANK, ClaimStatus, Tier

__all__ = [
    "CLAIM_STYLES",
    "FONT",
    "HOVER_LABEL",
    "INK",
    "TEMPLATE",
    "TIER_COLOURS",
    "TIER_LABELS",
    "TIER_ORDER",
    "TIER_RANK",
    "TIER_SHORT",
    "UNKNOWN",
    "UNKNOWN_COLOUR",
    "ClaimStyle",
    "tier_colour",
]

# Best to worst: green, sky blue, orange, vermillion; Special Case (off the scale) reddish purple.
TIER_COLOURS: dict[str, str] = {
    str(Tier.TIER_1): "#009E73",
    str(Tier.TIER_2): "#56B4E9",
    str(Tier.WATCH_LIST): "#E69F00",
    str(Tier.TIER_3): "#D55E00",
    str(Tier.SPECIAL_CASE): "#CC79A7",
}
UNKNOWN_COLOUR = "#BBBBBB"  # no source: neutral grey, never a tier's colour
UNKNOWN = "unknown"  # what the UI says where the source is silent

TIER_LABELS: tuple[str, ...] = tuple(str(t) for t in TIER_ORDER)  # top (best) to bottom (worst)

# Cell labels for the region heatmap, so a tier reads without its colour.
TIER_SHORT: dict[str, str] = {
    str(Tier.TIER_1): "1",
    str(Tier.TIER_2): "2",
    str(Tier.WATCH_LIST): "2WL",
    str(Tier.TIER_3): "3",
    str(Tier.SPECIAL_CASE): "SC",
}

# Every word and number drawn on a chart, on white: 13:1, where Streamlit's chart theme greys
# axis and hover text to #808495 (3.7:1; WCAG AA asks 4.5:1 for text this small).
INK = "#333333"
FONT = {"family": "Source Sans Pro, Arial, sans-serif", "size": 14, "color": INK}
# Hover labels white with dark text, whatever the mark's colour (a yellow box with white text
# failed the same contrast).
HOVER_LABEL = {
    "align": "left",
    "bgcolor": "#FFFFFF",
    "bordercolor": INK,
    "font": {"size": 13, "color": INK, "family": FONT["family"]},
}

# The part of Plotly's "plotly_white" template these charts use, as a plain template. The named
# template carries defaults for every trace type (3-D scenes, maps, parcoords...), and Streamlit
# validates a chart's whole figure on every rerun: that alone was half of a year change's time.
_GRID = "#EBF0F8"
_AXIS = {
    "gridcolor": _GRID,
    "linecolor": _GRID,
    "zerolinecolor": _GRID,
    "zerolinewidth": 2,
    "ticks": "",
    "tickfont": {"color": INK},
    "title": {"standoff": 15, "font": {"color": INK}},
    "automargin": True,
}
TEMPLATE = {
    "layout": {
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "font": {"color": INK},
        "hoverlabel": HOVER_LABEL,
        "xaxis": _AXIS,
        "yaxis": _AXIS,
    }
}


class ClaimStyle(NamedTuple):
    """How a document claim of one status is drawn."""

    label: str
    colour: str
    symbol: str


# Claims use the palette's colours the tiers do not: agree blue diamond, conflict black cross,
# unofficial-only yellow triangle; shapes differ as well as colours.
CLAIM_STYLES: dict[str, ClaimStyle] = {
    str(ClaimStatus.AGREE): ClaimStyle("Document agrees with the record", "#0072B2", "diamond"),
    str(ClaimStatus.CONFLICT): ClaimStyle("Document conflicts with the record", "#000000", "x"),
    str(ClaimStatus.UNOFFICIAL_ONLY): ClaimStyle(
        "Document only (record silent)", "#F0E442", "triangle-up"
    ),
}


def tier_colour(tier: str | None) -> str:
    """The tier's colour; grey for an empty or unrecognised tier."""
    return TIER_COLOURS.get(tier or "", UNKNOWN_COLOUR)
