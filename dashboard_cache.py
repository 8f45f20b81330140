"""The dashboard's cached views of one build: every st.cache_* wrapper but the tables' own.

A module, not part of dashboard.py, because Streamlit re-runs the script on every interaction and
each decorator there hashes its function's source again (~0.7 ms each, a tenth of a year change);
here they are made once per server process. Each wrapper takes ``data_key`` (the inputs'
fingerprints) and skips hashing ``_build``: the build is the same object whenever the key is.
Small immutable results (text, tuples) are cached as resources: shared, never unpickled per rerun,
and never modified by the page.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from views import charts, compared, credit, downloads, filters, summary, yearpanel


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_axes(data_key: str, _build) -> tuple[dict[str, str], tuple[int, int]]:
    """Country names (ISO3 -> name) and the report-year bounds of one build."""
    official, yearly = _build.official, _build.yearly
    return filters.country_names(official, yearly), filters.year_bounds(official, yearly)


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_comparable(data_key: str, _build) -> tuple[str, ...]:
    """The countries a reader may compare: those of the official record, ordered by name."""
    names = filters.country_names(_build.official, _build.yearly)
    held = set(_build.official["iso3"].dropna())
    return tuple(c for c in names if c in held)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_latest(data_key: str, iso3: str, _build) -> dict:
    """One country's latest tier and clock (views.charts.header_summary)."""
    return charts.header_summary(_build.yearly, iso3=iso3)


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_header(
    data_key: str, iso3: str, years: tuple[int, int], compare: tuple[str, ...], _build
) -> tuple[str, str]:
    """The header for one country and year range: the short answer naming every country drawn
    (views.summary.header_answer), then the shown one's details (views.summary.header_sentence)."""
    latest = cached_latest(data_key, iso3, _build)
    return summary.header(_build.yearly, iso3=iso3, years=years, latest=latest, compare=compare)


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_chart_documents(data_key: str, iso3: str, years: tuple[int, int], _build) -> int:
    """How many documents the tier chart of ``iso3`` draws from in ``years``: its claims,
    statement and event lanes (the compared countries draw the official record only)."""
    b = _build
    return credit.documents_behind((b.claims, b.statements, b.events), iso3s=(iso3,), years=years)


# Prepared once per build: a filter change only selects rows of these.
@st.cache_resource(show_spinner=False, max_entries=4)
def cached_sources(data_key: str, _build) -> tuple:
    """Statements and events with their sources (title, publisher, date, http(s) link)."""
    b = _build
    # A record with no country of its own is listed under its document's countries (or none).
    countries = filters.document_countries(b.placements, b.statements, b.events)
    return (
        filters.prepare_statements(b.statements, b.documents, countries),
        filters.prepare_events(b.events, b.documents, countries),
    )


# One figure per country for every report year, kept as plain JSON and shared (never modified):
# a year range is only the axis range (charts.year_window), so a new range builds no figure.
@st.cache_resource(show_spinner=False, max_entries=64)
def cached_history(data_key: str, iso3: str, _build) -> dict:
    """The tier history figure of one country over every report year, as to_plotly_json."""
    b = _build
    bounds = filters.year_bounds(b.official, b.yearly)
    # Added material says so in the hovers too: the label each hover leads with is marked.
    docs = b.documents
    figure = charts.tier_history_figure(
        b.yearly,
        filters.marked_for_hover(b.claims, docs, "document", clear_url=True),
        filters.marked_for_hover(b.statements, docs, "speaker"),
        filters.marked_for_hover(b.events, docs, "evidence"),
        iso3=iso3,
        years=bounds,
    )
    return figure.to_plotly_json()


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_history_view(
    data_key: str, iso3: str, compare: tuple[str, ...], years: tuple[int, int], name: str, _build
) -> tuple[dict, go.Figure]:
    """The tier chart as shown: one country's figure, the compared countries on it, windowed to
    ``years`` and titled ``name``; as JSON (for the exports) and as the figure st.plotly_chart
    sends without validating it again (both shared, never modified: Streamlit copies it)."""
    figure = cached_history(data_key, iso3, _build)
    if compare:
        added_traces = list(cached_comparison(data_key, iso3, compare, _build))
        figure = compared.with_compared(figure, added_traces)
    shown = charts.year_window(figure, name=name, years=years)
    return shown, charts.unvalidated_figure(shown)


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_statement_list(
    data_key: str,
    iso3: str,
    years: tuple[int, int],
    org: tuple[str, ...],
    year: int | None,
    search: str,
    limit: int,
    _build,
) -> tuple[int, str, int]:
    """How many statements the view holds, the newest ``limit`` as Markdown cards, and how many
    more the organisation-type filter leaves out."""
    prepared, _ = cached_sources(data_key, _build)
    view = {"iso3": iso3, "years": years, "year": year, "search": search}
    shown, hidden = filters.split_by_org(prepared, org_types=org, **view)
    return len(shown), filters.statement_list(shown.head(limit)), hidden


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_comparison(data_key: str, iso3: str, compare: tuple[str, ...], _build) -> tuple:
    """What comparing adds to one country's all-years chart (views.compared), as trace dicts."""
    b = _build
    bounds = filters.year_bounds(b.official, b.yearly)
    return tuple(compared.comparison_traces(b.yearly, iso3=iso3, compare=compare, years=bounds))


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_history_text(
    data_key: str, iso3: str, years: tuple[int, int], compare: tuple[str, ...], _build
) -> str:
    """The text alternative of the tier history figure, the compared countries after."""
    own = charts.tier_history_text(_build.yearly, _build.claims, iso3=iso3, years=years)
    others = summary.compared_text(_build.yearly, compare=compare, years=years)
    return f"{own} {others}".strip()


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_region(
    data_key: str, iso3: str, years: tuple[int, int], compare: tuple[str, ...], _build
):
    """The region heatmap with the selected country outlined, the compared ones dashed (shared,
    never modified)."""
    return charts.region_heatmap(_build.yearly, selected_iso3=iso3, years=years, compared=compare)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_region_text(data_key: str, iso3: str, years: tuple[int, int], _build) -> str:
    """The text alternative of the region heatmap."""
    return charts.region_heatmap_text(_build.yearly, selected_iso3=iso3, years=years)


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_year_panel(data_key: str, iso3: str, year: int, n_statements: int, _build) -> str:
    """One year of one country in one panel (views.yearpanel.year_panel)."""
    _, events = cached_sources(data_key, _build)
    span = (year, year)
    return yearpanel.year_panel(
        _build.yearly,
        filters.claims_view(_build.claims, _build.documents, iso3=iso3, years=span),
        filters.events_view(events, iso3=iso3, years=span),
        iso3=iso3,
        year=year,
        n_statements=n_statements,
    )


@st.cache_resource(show_spinner=False, max_entries=256)
def cached_view_documents(
    data_key: str, iso3: str, years: tuple[int, int], org: tuple[str, ...], _build
) -> int:
    """How many documents an embedded view draws from: the chart's and those of the statements
    listed beside it (a statement listed under its document's country counts too)."""
    b = _build
    prepared, _ = cached_sources(data_key, _build)
    listed = filters.statements_view(prepared, iso3=iso3, years=years, org_types=org)
    return credit.documents_behind(
        (b.claims, b.statements, b.events, listed.assign(iso3=iso3)), iso3s=(iso3,), years=years
    )


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_download_tables(data_key: str, _build):
    """The tables the downloads are cut from (views.downloads.Tables), made once per build."""
    b = _build
    prepared, _ = cached_sources(data_key, _build)
    records = downloads.records_index(b.claims, b.statements, b.events)
    return downloads.Tables(b.yearly, prepared, b.documents, records)
