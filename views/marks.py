"""The marks of the country chart, each drawn from a typed table as plain Plotly dicts.

Row 1 is the tier panel: y is the tier rank (0 = Tier 1, at the top), labelled with the tier
names, plus the hidden overlay axis ``y3`` for marks that are not on the scale (unknown, Special
Case). Row 2 is the activity lane (statements, events). Every point carries ``customdata =
[year, iso3, kind]`` (views.charts.CUSTOMDATA_FIELDS). Document text reaches a label only
through views.text (clipped, then hover_safe).

Each function returns trace or shape dicts, not graph objects: views.charts validates the whole
figure once, where building it trace by trace validated every piece again (~4x slower).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pandas as pd

from loaders.schema import ClaimStatus, Confidence, Tier
from views.frames import int_or_none, text_or_empty
from views.palette import (
    CLAIM_STYLES,
    INK,
    TIER_COLOURS,
    TIER_LABELS,
    TIER_RANK,
    UNKNOWN,
    UNKNOWN_COLOUR,
    tier_colour,
)
from views.text import clip, hover_safe

__all__ = [
    "EDGE_LABELS",
    "LANES",
    "MARKS_KEY",
    "OFF_SCALE_Y",
    "claim_traces",
    "edge_label_positions",
    "lane_label_position",
    "lane_trace",
    "official_hover",
    "official_traces",
    "step_segments",
    "watchlist_bands",
]

LANES: tuple[str, ...] = ("Statements", "Events")
LANE_MARKER_MAX = 22  # px: a lane's row holds the mark and its count above or below
EDGE_LABELS = "edge-labels"  # meta of a trace whose labels lean inwards at the window's edges
CLAIM_OFFSET = 0.22  # claims sit just right of their year so they never hide the official mark
OFF_SCALE_Y = 0.5  # unknown and Special Case marks: the middle of the tier panel's overlay axis
SPECIAL = str(Tier.SPECIAL_CASE)
WATCH_LIST = str(Tier.WATCH_LIST)
HIGH = str(Confidence.HIGH)
ITEMS_IN_HOVER = 3  # a hover label lists this many sources, then "+N more"
# A hover line longer than this is cut: a wide label near the chart's edge is cut off by it.
HOVER_LINE = 52
# The key to the marks, in words with the marks' own shapes (written under the chart).
MARKS_KEY = (
    "● official tier from a source (solid line) · ○ inferred from an adjacent year, medium "
    "confidence (dotted) · □ unknown: no source · ★ Special Case · ◆ a document agrees with the "
    "record · ✕ a document conflicts with it · ▲ a document names a tier the record does not "
    "have · shaded: Tier 2 Watch List years · ■ statements and ● events per year (the number "
    "beside). Click a mark to list that year's statements."
)


# The axes of the two rows: the tier panel, its hidden overlay, and the activity lane.
TIER_AXES = {"xaxis": "x", "yaxis": "y"}
OVERLAY_AXES = {"xaxis": "x", "yaxis": "y3"}
LANE_AXES = {"xaxis": "x2", "yaxis": "y2"}


def _custom(year: int, iso3: str, kind: str) -> list[Any]:
    return [int(year), iso3, kind]


def _more(n_shown: int, n_total: int) -> list[str]:
    return [f"+{n_total - n_shown} more"] if n_total > n_shown else []


# ---- the official record ---------------------------------------------------------------------


def official_hover(
    row: Mapping[str, Any], name: str, claims: list[Mapping[str, Any]] | None = None
) -> str:
    """The official mark's label, with the year's document claims and their sites: a claim drawn
    on the same spot has no label of its own, so this one is never hidden by it."""
    year, tier = int(row["year"]), text_or_empty(row["tier"])
    lines = [f"<b>{hover_safe(name)}, {year} report: {hover_safe(tier or UNKNOWN)}</b>"]
    if not tier:
        lines.append("unknown: no source gives this year's tier")
    confidence = text_or_empty(row["tier_confidence"])
    if tier:
        lines.append(
            "confidence: high (a source states it)"
            if confidence == HIGH
            else f"confidence: {confidence or 'not stated'} (inferred from an adjacent year)"
        )
    source = text_or_empty(row["tier_source"])
    if source:
        lines.append(f"source: {hover_safe(clip(_site(source), HOVER_LINE - 8))}")
    streak = int_or_none(row["watchlist_streak"])
    if tier == WATCH_LIST and streak:
        lines.append(f"Watch List year {streak} in a row")
    note = text_or_empty(row["tvpa_note"])
    if note:
        lines += _wrapped(f"TVPA: {note}")
    claimed = text_or_empty(row["claimed_tiers"])
    if claimed:
        lines.append(f"documents claim: {hover_safe(clip(claimed, HOVER_LINE - 17))}")
    for item in (claims or [])[:ITEMS_IN_HOVER]:
        url = text_or_empty(item["document_url"])
        doc = _site(url) if url else text_or_empty(item["document"])
        tier = text_or_empty(item["claimed_tier"]) or UNKNOWN
        lines.append(hover_safe(clip(f"{doc}: {tier}", HOVER_LINE)))
    lines += _more(min(len(claims or []), ITEMS_IN_HOVER), len(claims or []))
    return "<br>".join(lines)


def _site(url: str) -> str:
    """A URL's host, without "www." (a hover names where to check, the table has the link)."""
    host = urlsplit(url).netloc or url
    return host.removeprefix("www.")


def _wrapped(text: str) -> list[str]:
    """Text as hover lines of at most HOVER_LINE characters (broken at spaces)."""
    return [hover_safe(line) for line in textwrap.wrap(text, HOVER_LINE)] or [""]


def step_segments(rows: pd.DataFrame, *, medium: bool) -> tuple[list, list]:
    """x, y of the steps leaving each on-scale year for the next; None breaks the line."""
    xs: list[int | None] = []
    ys: list[int | None] = []
    by_year = {int(r["year"]): r for r in rows.to_dict("records")}
    for year, row in by_year.items():
        nxt = by_year.get(year + 1)
        tier, next_tier = text_or_empty(row["tier"]), text_or_empty(nxt["tier"]) if nxt else ""
        if tier not in TIER_LABELS or next_tier not in TIER_LABELS:
            continue  # unknown and Special Case years are gaps in the line
        if (text_or_empty(row["tier_confidence"]) != HIGH) != medium:
            continue
        xs += [year, year + 1, None]
        ys += [TIER_RANK[tier], TIER_RANK[next_tier], None]
    return xs, ys


def official_traces(
    rows: pd.DataFrame, name: str, iso3: str, claims: pd.DataFrame | None = None
) -> list[dict[str, Any]]:
    """The official tier: steps, high/medium markers, unknown and Special Case marks; each mark's
    label lists that year's document claims (``claims``, any country's: the rows' are picked)."""
    claimed = _claims_by_year(claims, iso3)
    records = rows.to_dict("records")
    return [
        *_step_traces(rows),
        *_tier_marker_traces(records, name, iso3, claimed),
        *_off_scale_traces(records, name, iso3, claimed),
    ]


def _step_traces(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """The line between on-scale years: solid after a sourced year, dotted after an inferred one."""
    traces = []
    for medium in (False, True):
        xs, ys = step_segments(rows, medium=medium)
        if not xs:
            continue
        traces.append(
            {
                "type": "scatter",
                **TIER_AXES,
                "x": xs,
                "y": ys,
                "mode": "lines",
                "line": {"shape": "hv", "color": "#444444", "width": 2.5}
                | ({"dash": "dot"} if medium else {}),
                "connectgaps": False,
                "hoverinfo": "skip",
                "showlegend": False,
                "legendgroup": "medium" if medium else "high",
                "name": "Official tier, inferred" if medium else "Official tier",
            }
        )
    return traces


def _tier_marker_traces(
    records: list[dict[str, Any]], name: str, iso3: str, claimed: dict[int, list]
) -> list[dict[str, Any]]:
    """The markers of on-scale years: filled where a source states the tier, hollow if inferred."""
    on_scale = [r for r in records if text_or_empty(r["tier"]) in TIER_LABELS]
    groups = {
        "high": [r for r in on_scale if text_or_empty(r["tier_confidence"]) == HIGH],
        "medium": [r for r in on_scale if text_or_empty(r["tier_confidence"]) != HIGH],
    }
    traces = []
    for group, points in groups.items():
        if not points:
            continue
        high = group == "high"
        traces.append(
            {
                "type": "scatter",
                **TIER_AXES,
                "x": [int(r["year"]) for r in points],
                "y": [TIER_RANK[str(r["tier"])] for r in points],
                "mode": "markers",
                "marker": {
                    "symbol": "circle" if high else "circle-open",
                    "size": 14,
                    "color": [tier_colour(str(r["tier"])) for r in points],
                    "line": {"width": 1.5 if high else 3} | ({"color": "white"} if high else {}),
                },
                "customdata": [_custom(r["year"], iso3, "official") for r in points],
                "hovertext": [official_hover(r, name, claimed.get(int(r["year"]))) for r in points],
                "hoverinfo": "text",
                "legendgroup": group,
                "name": (
                    "Official tier, sourced (filled, solid line)"
                    if high
                    else "Official tier, inferred: medium confidence (hollow, dotted)"
                ),
            }
        )
    return traces


class _OffScale(NamedTuple):
    """How one kind of year that is not on the tier scale is marked."""

    kind: str
    is_kind: Callable[[str], bool]  # of the year's tier ("" when unknown)
    label: str
    symbol: str
    size: int
    colour: str
    edge: tuple[float, str]  # the marker's outline: width, colour


_OFF_SCALE = (
    _OffScale(
        "unknown",
        lambda t: not t,
        "Unknown: no source (gap)",
        "square-open",
        14,
        UNKNOWN_COLOUR,
        (2.5, UNKNOWN_COLOUR),
    ),
    _OffScale(
        "special-case",
        lambda t: t == SPECIAL,
        "Special Case (not on the scale)",
        "star",
        16,
        TIER_COLOURS[SPECIAL],
        (1, "#333333"),
    ),
)


def _off_scale_traces(
    records: list[dict[str, Any]], name: str, iso3: str, claimed: dict[int, list]
) -> list[dict[str, Any]]:
    """Unknown and Special Case years: a labelled mark in the middle of the panel's overlay."""
    traces = []
    for style in _OFF_SCALE:
        points = [r for r in records if style.is_kind(text_or_empty(r["tier"]))]
        if not points:
            continue
        xs = [int(r["year"]) for r in points]
        first, last = int(records[0]["year"]), int(records[-1]["year"])
        traces.append(
            {
                "type": "scatter",
                **OVERLAY_AXES,
                "x": xs,
                "y": [OFF_SCALE_Y] * len(points),
                "mode": "markers+text",
                "text": [UNKNOWN if style.kind == "unknown" else SPECIAL for _ in points],
                "textposition": edge_label_positions(xs, first, last),
                "textfont": {"color": INK, "size": 12},
                # Not cut at the plot's edge; views.charts.year_window moves the labels inwards.
                "cliponaxis": False,
                "meta": EDGE_LABELS,
                "marker": {
                    "symbol": style.symbol,
                    "size": style.size,
                    "color": style.colour,
                    "line": {"width": style.edge[0], "color": style.edge[1]},
                },
                "customdata": [_custom(r["year"], iso3, style.kind) for r in points],
                "hovertext": [official_hover(r, name, claimed.get(int(r["year"]))) for r in points],
                "hoverinfo": "text",
                "name": style.label,
            }
        )
    return traces


def _claims_by_year(claims: pd.DataFrame | None, iso3: str) -> dict[int, list[dict[str, Any]]]:
    """The country's claims by report year, each year's by document."""
    if claims is None or claims.empty:
        return {}
    mine = claims.loc[claims["iso3"] == iso3].sort_values(["year", "document"])
    out: dict[int, list[dict[str, Any]]] = {}
    for row in mine.to_dict("records"):
        out.setdefault(int(row["year"]), []).append(row)
    return out


def _watchlist_runs(rows: pd.DataFrame) -> list[tuple[int, int]]:
    """(first, last) report years of each run of consecutive Watch List years."""
    runs: list[tuple[int, int]] = []
    for year in rows.loc[rows["tier"].fillna("") == WATCH_LIST, "year"].astype(int):
        if runs and runs[-1][1] == year - 1:
            runs[-1] = (runs[-1][0], year)
        else:
            runs.append((year, year))
    return runs


def watchlist_bands(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """A shaded band over each run of Tier 2 Watch List years, in the tier panel only."""
    return [
        # A band covers whole years: from half a year before the first to half after the last.
        {
            "type": "rect",
            "xref": "x",
            "yref": "y domain",  # the tier panel's full height, whatever its scale
            "x0": first - 0.5,
            "x1": last + 0.5,
            "y0": 0,
            "y1": 1,
            "fillcolor": TIER_COLOURS[WATCH_LIST],
            "opacity": 0.18,
            "layer": "below",
            "line": {"width": 0},
            "name": "Tier 2 Watch List years",
            "legendgroup": "watchlist",
            "showlegend": i == 0,
        }
        for i, (first, last) in enumerate(_watchlist_runs(rows))
    ]


# ---- documents: claims, statements, events ---------------------------------------------------


def _status_of(row: Mapping[str, Any]) -> str:
    """The claim's status; recomputed from the two tiers when the column holds something else."""
    status = text_or_empty(row["claim_status"])
    if status in CLAIM_STYLES:
        return status
    official = text_or_empty(row["official_tier"])
    if not official:
        return str(ClaimStatus.UNOFFICIAL_ONLY)
    same = official == text_or_empty(row["claimed_tier"])
    return str(ClaimStatus.AGREE if same else ClaimStatus.CONFLICT)


def _claim_hover(year: int, tier: str, status: str, items: list[Mapping[str, Any]]) -> str:
    official = text_or_empty(items[0]["official_tier"]) or UNKNOWN
    n = len(items)
    lines = [
        f"<b>{year} report: {n} document claim{'s' if n > 1 else ''} of {hover_safe(tier)}</b>",
        hover_safe(CLAIM_STYLES[status].label),
        f"official record: {hover_safe(official)}",
    ]
    for item in items[:ITEMS_IN_HOVER]:
        url = text_or_empty(item["document_url"])
        doc = _site(url) if url else text_or_empty(item["document"])
        lines.append(f"{hover_safe(clip(doc, HOVER_LINE - 1))}:")
        lines.append(f"  “{hover_safe(clip(text_or_empty(item['evidence']), HOVER_LINE - 4))}”")
    lines += _more(min(n, ITEMS_IN_HOVER), n)
    return "<br>".join(lines)


def claim_traces(claims: pd.DataFrame, iso3: str, span: list[int]) -> list[dict[str, Any]]:
    """Document claims, one marker per year, tier and status (sized by how many)."""
    mine = claims.loc[(claims["iso3"] == iso3) & claims["year"].isin(span)]
    groups: dict[tuple[int, str, str], list[dict[str, Any]]] = {}
    for row in mine.sort_values(["year", "document"]).to_dict("records"):
        key = (int(row["year"]), text_or_empty(row["claimed_tier"]), _status_of(row))
        groups.setdefault(key, []).append(row)
    off_scale = {k: v for k, v in groups.items() if k[1] not in TIER_LABELS}
    traces = []
    for on_mark in (False, True):
        for status, style in CLAIM_STYLES.items():
            points = {
                k: v
                for k, v in groups.items()
                if k[2] == status and k not in off_scale and _on_official_mark(v) == on_mark
            }
            if points:
                traces.append(_claim_trace(points, iso3, style.label, status, on_mark=on_mark))
        points = {k: v for k, v in off_scale.items() if _on_official_mark(v) == on_mark}
        if points:  # a claimed Special Case (or empty tier): beside the off-scale marks
            trace = _claim_trace(
                points, iso3, "Document claims off the scale", None, on_mark=on_mark
            )
            traces.append(
                trace | OVERLAY_AXES | {"y": [OFF_SCALE_Y] * len(points), "showlegend": False}
            )
    return traces


def _on_official_mark(items: list[Mapping[str, Any]]) -> bool:
    """Whether claims are drawn at the height of their year's official mark: a fraction of a
    year beside it, a few pixels on a phone, where their label would cover the official one."""
    official = text_or_empty(items[0]["official_tier"])
    claimed = text_or_empty(items[0]["claimed_tier"])
    if official in TIER_LABELS:
        return claimed == official
    return claimed not in TIER_LABELS  # both on the off-scale row (unknown, Special Case)


def _claim_trace(
    points: dict[tuple[int, str, str], list[dict[str, Any]]],
    iso3: str,
    name: str,
    status: str | None,
    *,
    on_mark: bool = False,
) -> dict[str, Any]:
    """One claims trace; ``on_mark``: drawn on the official mark's spot, so its points carry no
    label of their own (the official mark's lists them) and a pointer there reads the record."""
    keys = list(points)
    styles = [CLAIM_STYLES[k[2]] for k in keys]
    return {
        "type": "scatter",
        **TIER_AXES,
        "x": [k[0] + CLAIM_OFFSET for k in keys],
        "y": [TIER_RANK.get(k[1], OFF_SCALE_Y) for k in keys],
        "mode": "markers",
        "marker": {
            "symbol": [s.symbol for s in styles] if status is None else CLAIM_STYLES[status].symbol,
            "color": [s.colour for s in styles] if status is None else CLAIM_STYLES[status].colour,
            # Area grows with the number of claims, capped so one busy year stays readable.
            "size": [10 + 3 * min(len(points[k]) - 1, 4) for k in keys],
            "line": {"width": 1, "color": "#333333"},
        },
        "customdata": [_custom(k[0], iso3, "claim") for k in keys],
        "hovertext": [_claim_hover(k[0], k[1], k[2], points[k]) for k in keys],
        "hoverinfo": "skip" if on_mark else "text",
        "name": name,
    }


def _statement_line(row: Mapping[str, Any]) -> str:
    who = text_or_empty(row["speaker"]) or "unnamed speaker"
    org = text_or_empty(row["organization"])
    head = hover_safe(clip(f"{who} ({org})" if org else who, HOVER_LINE - 1))
    return f"{head}:<br>  “{hover_safe(clip(text_or_empty(row['quote']), HOVER_LINE - 4))}”"


def _event_line(row: Mapping[str, Any]) -> str:
    kind = text_or_empty(row["type"])
    evidence = clip(text_or_empty(row["evidence"]), HOVER_LINE - 4)
    return f"{hover_safe(kind)}:<br>  {hover_safe(evidence)}"


def lane_label_position(year: int) -> str:
    """Where a lane's count is written for a report year: above its mark or below it."""
    return "top center" if year % 2 == 0 else "bottom center"


def edge_label_positions(xs: list[Any], low: int, high: int) -> list[str]:
    """Above each mark, leaning inwards at the window's edges: a label centred on the last year
    ran past the plot's edge and was cut ("unknov")."""
    out = []
    for x in xs:
        if x == high and x != low:
            out.append("top left")
        elif x == low and x != high:
            out.append("top right")
        else:
            out.append("top center")
    return out


def lane_trace(table: pd.DataFrame, iso3: str, span: list[int], lane: str) -> dict[str, Any] | None:
    """Statements or events of the country per year in the activity lane, sized by count."""
    mine = table.loc[(table["iso3"] == iso3) & table["year"].isin(span)]
    if mine.empty:
        return None
    kind, noun = ("statements", "statement") if lane == "Statements" else ("events", "event")
    line = _statement_line if kind == "statements" else _event_line
    xs, sizes, texts, hovers = [], [], [], []
    for year, group in mine.sort_values(["year", "document", "start"]).groupby("year"):
        rows = group.to_dict("records")
        n = len(rows)
        xs.append(int(year))
        # Marker area in proportion to the count, capped so it stays inside its own year's room
        # and its row's (the count is written above or below it).
        sizes.append(min(8 + 4 * math.sqrt(n), LANE_MARKER_MAX))
        texts.append(str(n))
        head = f"<b>{int(year)}: {n} {noun}{'s' if n > 1 else ''}</b>"
        body = [line(r) for r in rows[:ITEMS_IN_HOVER]] + _more(min(n, ITEMS_IN_HOVER), n)
        where = (
            "click: this year's list, with sources"
            if kind == "statements"
            else ("the claims tab lists them, with sources")
        )
        hovers.append("<br>".join([head, *body, where]))
    return {
        "type": "scatter",
        **LANE_AXES,
        "x": xs,
        "y": [LANES.index(lane)] * len(xs),
        "mode": "markers+text",
        "text": texts,
        # Centred on its own year, above it in even years and below in odd ones: a count beside
        # its mark ran into the next year's mark, and neighbours on one side are two years apart.
        "textposition": [lane_label_position(x) for x in xs],
        "textfont": {"color": INK, "size": 12},
        "cliponaxis": False,  # a count at the first or last year stays whole
        "marker": {
            "symbol": "square" if kind == "statements" else "circle",
            "size": sizes,
            "color": "#555555" if kind == "statements" else "#999999",
            "line": {"width": 1, "color": "#222222"},
        },
        "customdata": [_custom(x, iso3, kind) for x in xs],
        "hovertext": hovers,
        "hoverinfo": "text",
        "name": f"{lane} (count)",
    }
