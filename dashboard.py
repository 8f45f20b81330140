"""Tier Watch dashboard, layout only: URL state -> cached tables -> header, tabs, add-a-document.

Every table, figure and text comes from a pure function in views/ or loaders/; this script only
places them. View state lives in the URL through Streamlit's widget binding (``bind=
"query-params"``): ``?country=KHM&years=2013&years=2015&org=ngo&tab=region``. Document text is data:
it reaches the page only through views.text.inert, st.dataframe or st.code, never as HTML.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from pathlib import Path

import streamlit as st

from loaders.schema import EventType, OrgType
from loaders.settings import load_settings
from views import charts, filters, uploads, urlstate
from views.loading import Loaded, dir_fingerprint, file_fingerprint, load_tables
from views.text import inert

ROOT = Path(__file__).resolve().parent
TIERS_PATH = Path(os.environ.get("TIERWATCH_TIERS", ROOT / "data" / "tiers.csv"))
ORG_TYPES = tuple(str(o) for o in OrgType)
EVENT_TYPES = tuple(str(e) for e in EventType)
MAX_STATEMENTS = 60  # beyond this the list is cut, with a pointer to the table tab

st.set_page_config(page_title="Tier Watch", page_icon=":bar_chart:", layout="wide")


# ---- cached loaders: every cache wrapper of the app, together ----------------------------------
@st.cache_data(show_spinner="Reading the record and the documents…", max_entries=16)
def cached_tables(
    documents_dir: str,
    tiers_path: str,
    build_dir: str,
    documents_key: str,
    tiers_key: str,
    added_key: tuple[str, ...],
    _added: tuple,
) -> Loaded:
    """load_tables (data/build read when current, else built), keyed by the folder listing,
    tiers.csv's bytes and the added documents."""
    return load_tables(Path(documents_dir), Path(tiers_path), _added, build_dir=Path(build_dir))


# The wrappers below take `data_key` (the inputs' fingerprints) and skip hashing `_build`: the build
# is the same object whenever the key is.
@st.cache_data(show_spinner=False, max_entries=4)
def cached_axes(data_key: str, _build) -> tuple[dict[str, str], tuple[int, int]]:
    """Country names (ISO3 -> name) and the report-year bounds of one build."""
    official, yearly = _build.official, _build.yearly
    return filters.country_names(official, yearly), filters.year_bounds(official, yearly)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_header(data_key: str, iso3: str, _build) -> dict:
    """The header's facts for one country (views.charts.header_summary)."""
    return charts.header_summary(_build.yearly, iso3=iso3)


# A resource, not data: st.cache_data would unpickle the figure on every rerun, which rebuilds
# and revalidates it (~15 ms); the figure is only ever read (st.plotly_chart serialises it).
@st.cache_resource(show_spinner=False, max_entries=256)
def cached_history(data_key: str, iso3: str, years: tuple[int, int], _build):
    """The tier history figure of one country and year range (shared, never modified)."""
    b = _build
    return charts.tier_history_figure(
        b.yearly, b.claims, b.statements, b.events, iso3=iso3, years=years
    )


@st.cache_data(show_spinner=False, max_entries=256)
def cached_history_text(data_key: str, iso3: str, years: tuple[int, int], _build) -> str:
    """The text alternative of the tier history figure."""
    return charts.tier_history_text(_build.yearly, _build.claims, iso3=iso3, years=years)


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_region(data_key: str, iso3: str, years: tuple[int, int], _build):
    """The region heatmap with the selected country outlined (shared, never modified)."""
    return charts.region_heatmap(_build.yearly, selected_iso3=iso3, years=years)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_region_text(data_key: str, iso3: str, years: tuple[int, int], _build) -> str:
    """The text alternative of the region heatmap."""
    return charts.region_heatmap_text(_build.yearly, selected_iso3=iso3, years=years)


@st.cache_data(show_spinner=False, max_entries=64)
def cached_csv(data_key: str, _frame) -> bytes:
    """The full yearly table as CSV bytes (for its download button)."""
    return _frame.to_csv(index=False).encode("utf-8")


# ---- settings, URL, added documents ---------------------------------------------------------
settings = load_settings()
# Raw parameters are read before any bound widget runs: a widget drops a bad value silently.
raw_params = {k: st.query_params.get_all(k) for k in st.query_params}
added: dict = st.session_state.setdefault("added_documents", {})

filters_box = st.sidebar.container()
# Lazy panels (on_change="rerun"): a closed panel's widgets are not built, which keeps reruns short.
add_box = st.sidebar.expander("Add a document", key="add_panel", on_change="rerun")

with add_box:
    if add_box.open:
        st.caption(
            "Added documents are read at once and shown in this session only, marked as yours."
        )
        upload = st.file_uploader(
            "Upload a .txt, .md or .html file",
            type=list(uploads.UPLOAD_SUFFIXES),
            key="upload",
            max_upload_size=max(1, math.ceil(settings.max_upload_bytes / 1_000_000)),
        )
        if upload is not None:
            result = uploads.document_from_upload(
                upload.name, upload.getvalue(), max_bytes=settings.max_upload_bytes
            )
            if result.document is None:
                st.error(inert(result.error))
            else:
                added.setdefault(result.document.id, result.document)
        with st.form("paste", clear_on_submit=False, border=False):
            title = st.text_input("Title", key="paste_title")
            url = st.text_input("URL (optional)", key="paste_url")
            published = st.text_input("Date (YYYY, YYYY-MM or YYYY-MM-DD)", key="paste_date")
            text = st.text_area("Text", key="paste_text", height=120)
            pasted = st.form_submit_button("Add pasted text")
        if pasted:
            result = uploads.document_from_paste(
                text, title=title, url=url, published=published, max_bytes=settings.max_upload_bytes
            )
            if result.document is None:
                st.error(inert(result.error))
            else:
                added.setdefault(result.document.id, result.document)
        if settings.allow_url_fetch:
            fetch_url = st.text_input("Or fetch a public web page (URL)", key="fetch_url")
            if st.button("Fetch", key="fetch") and fetch_url.strip():
                from loaders.documents import NotReadable
                from loaders.fetch import FetchError, fetch_public_document

                try:
                    fetched = fetch_public_document(fetch_url.strip())
                except (FetchError, NotReadable) as exc:
                    st.error(inert(f"Not fetched: {exc}"))
                else:
                    added.setdefault(fetched.id, fetched)

# ---- data ---------------------------------------------------------------------------------------
# A relative folder is the repo's (data/documents) unless it exists where the app was started.
documents_dir = Path(settings.documents_dir)
if not documents_dir.is_absolute() and not documents_dir.exists():
    documents_dir = ROOT / documents_dir
added_docs = tuple(added.values())
keys = (dir_fingerprint(documents_dir), file_fingerprint(TIERS_PATH))
added_key = tuple(d.sha256 for d in added_docs)
build_dir = settings.build_dir if settings.build_dir.is_absolute() else ROOT / settings.build_dir
loaded = cached_tables(
    str(documents_dir), str(TIERS_PATH), str(build_dir), *keys, added_key, added_docs
)
data_key = "|".join((str(documents_dir), *keys, *added_key))
for warning in settings.warnings:
    st.warning(inert(str(warning)))
if loaded.build is None:
    st.title("Tier Watch")
    for error in loaded.errors:
        st.error(inert(error))
    st.stop()
build = loaded.build
if loaded.skipped:
    listed = "\n".join(f"- {inert(Path(s.path).name)}: {inert(s.reason)}" for s in loaded.skipped)
    st.warning(f"{len(loaded.skipped)} file(s) could not be read and were skipped:\n{listed}")

names, bounds = cached_axes(data_key, build)
countries = tuple(names)
default = urlstate.default_state(countries=countries, year_bounds=bounds, org_types=ORG_TYPES)
_, url_warnings = urlstate.parse_view_state(
    raw_params, countries=countries, year_bounds=bounds, org_types=ORG_TYPES
)
if url_warnings:
    st.warning("Parts of this link were ignored:\n" + "\n".join(f"- {w}" for w in url_warnings))

# ---- filters (bound to the URL: the widget key is the parameter name) -----------------------
with filters_box:
    st.header("Tier Watch")
    iso3 = st.radio(
        "Country",
        countries,
        index=countries.index(default.country) if default.country in countries else 0,
        captions=[names[c] for c in countries],
        key=urlstate.COUNTRY,
        bind="query-params",
    )
    picked = st.slider(
        "Report years", bounds[0], bounds[1], value=bounds, key=urlstate.YEARS, bind="query-params"
    )
    years = (min(picked), max(picked))  # a reversed range in a link still means the same years
    org = st.multiselect(
        "Statements by",
        ORG_TYPES,
        default=list(default.org),
        key=urlstate.ORG,
        bind="query-params",
        help="Organisation types: NGOs and officials by default.",
    )

# ---- header ---------------------------------------------------------------------------------
summary = cached_header(data_key, iso3, build)
st.title(inert(str(summary.get("country") or names.get(iso3, iso3))))
c1, c2, c3 = st.columns(3)
latest_year = summary.get("latest_year")
c1.metric("Latest tier", str(summary.get("latest_tier") or "unknown"))
c2.metric("Latest report year", str(latest_year) if latest_year else "unknown")
c3.metric("Watch List years in a row", str(summary.get("watchlist_streak") or 0))
st.markdown(inert(str(summary.get("clock_sentence") or "")))

tabs = st.tabs(list(urlstate.TABS), key=urlstate.TAB, bind="query-params")
state = urlstate.ViewState(
    iso3, years, tuple(org), st.session_state.get(urlstate.TAB) or default.tab
)
view_url = urlstate.share_url(st.context.url or "", state, default)
span = f"{years[0]}–{years[1]}"
tab_overview, tab_table, tab_claims, tab_region, tab_about = tabs

link_box = filters_box.expander("Link to this view", key="link_panel", on_change="rerun")
if link_box.open:
    with link_box:
        st.caption("The link to exactly what you see (copy button at its right):")
        st.code(view_url, language=None, wrap_lines=True)
        st.caption("Embed this view in a page:")
        st.code(urlstate.embed_snippet(st.context.url or "", state, default), language="html")

if tab_overview.open is not False:
    with tab_overview:
        left, right = st.columns([3, 2], gap="medium")
        with left:
            event = st.plotly_chart(
                cached_history(data_key, iso3, years, build),
                key="history",
                on_select="rerun",
                selection_mode="points",
                config=charts.chart_config(f"tierwatch-{iso3}-{years[0]}-{years[1]}"),
            )
            with st.expander("The chart as text", key="chart_text", on_change="rerun") as box:
                if box.open:
                    st.text(cached_history_text(data_key, iso3, years, build))
        clicked = filters.selected_year(event)
        with right:
            st.subheader("Statements")
            shown = filters.statements_view(
                build.statements,
                build.documents,
                iso3=iso3,
                years=years,
                org_types=org,
                year=clicked,
            )
            titles = dict(zip(build.documents["document"], build.documents["title"], strict=True))
            where = f"in {clicked} (the point clicked on the chart)" if clicked else f"in {span}"
            st.caption(
                f"{len(shown)} statement(s) {where} by {', '.join(org) or 'no organisation type'}."
            )
            # One Markdown element for the whole list: a rerun sends one message, not one each.
            cards = [
                filters.statement_card(row, titles.get(row["document"]) or row["document"])
                for row in shown.head(MAX_STATEMENTS).to_dict(orient="records")
            ]
            if cards:
                st.container(border=True).markdown("\n\n---\n\n".join(cards))
            if len(shown) > MAX_STATEMENTS:
                st.caption(f"The first {MAX_STATEMENTS} are shown; the table tab has them all.")

if tab_table.open is not False:
    with tab_table:
        table = filters.yearly_view(build.yearly, iso3=iso3, years=years)
        st.dataframe(table, hide_index=True, width="stretch")
        d1, d2, d3 = st.columns(3)
        d1.download_button(
            f"This table as CSV ({iso3}, {span})",
            table.to_csv(index=False).encode("utf-8"),
            file_name=f"tierwatch-{iso3}-{years[0]}-{years[1]}.csv",
            mime="text/csv",
        )
        d2.download_button(
            "The full yearly table as CSV",
            cached_csv(data_key, filters.show_unknown(build.yearly)),
            file_name="tierwatch-yearly.csv",
            mime="text/csv",
        )
        d3.download_button(
            "Every record as JSON",
            filters.records_json(build.placements, build.statements, build.events),
            file_name="tierwatch-records.json",
            mime="application/json",
        )
        st.subheader("Statements")
        st.dataframe(
            filters.statements_view(
                build.statements, build.documents, iso3=iso3, years=years, org_types=ORG_TYPES
            ),
            hide_index=True,
            column_config={"document_url": st.column_config.LinkColumn("source")},
        )

if tab_claims.open is not False:
    with tab_claims:
        st.subheader(f"Events, {span}")
        types = st.multiselect("Event types", EVENT_TYPES, default=list(EVENT_TYPES), key="etypes")
        st.dataframe(
            filters.events_view(build.events, build.documents, iso3=iso3, years=years, types=types),
            hide_index=True,
            column_config={"document_url": st.column_config.LinkColumn("source")},
        )
        st.subheader("What the documents claim, beside the official record")
        st.caption(
            "agree: the document's tier is the official one; conflict: it is not; "
            "unofficial-only: the official record has no tier for that year (unknown)."
        )
        claims = filters.with_document_url(
            filters.claims_view(build.claims, iso3=iso3, years=years), build.documents
        )
        st.dataframe(
            claims,
            hide_index=True,
            column_config={"document_url": st.column_config.LinkColumn("source")},
        )

if tab_region.open is not False:
    with tab_region:
        st.plotly_chart(
            cached_region(data_key, iso3, years, build),
            key="region",
            config=charts.chart_config("tierwatch-region"),
        )
        with st.expander("The map as text", key="map_text", on_change="rerun") as box:
            if box.open:
                st.text(cached_region_text(data_key, iso3, years, build))

if tab_about.open is not False:
    with tab_about:
        st.markdown(Path(ROOT / "views" / "about.md").read_text(encoding="utf-8"))
        st.subheader("Sources")
        official = filters.in_view(build.official, iso3=iso3, years=years)
        st.dataframe(
            official[["year", "tier", "confidence", "evidence", "source_url"]],
            hide_index=True,
            column_config={"source_url": st.column_config.LinkColumn("source")},
        )
        st.dataframe(
            build.documents[["title", "url", "published", "publisher", "is_user_added"]],
            hide_index=True,
            column_config={"url": st.column_config.LinkColumn("url")},
        )
        st.subheader("How to cite this view")
        st.code(
            filters.citation(view_url, accessed=dt.date.today()), language=None, wrap_lines=True
        )

# ---- what the added documents gave (after the build, so the lists are this run's) ----------
if add_box.open:
    with add_box:
        for doc_id in list(added):
            counts = {
                kind: int((getattr(build, kind)["document"] == doc_id).sum())
                for kind in ("placements", "statements", "events")
            }
            found = ", ".join(f"{n} {kind}" for kind, n in counts.items())
            st.markdown(f"**{inert(doc_id)}** (added by you): {found}")
            for kind in ("placements", "statements"):
                rows = getattr(build, kind)
                rows = rows[rows["document"] == doc_id].drop(columns=["doc_sha256", "document"])
                if len(rows):
                    st.dataframe(rows, hide_index=True)
            if settings.allow_save and st.button("Save to data/documents", key=f"save-{doc_id}"):
                from loaders.stored import NotSaved, save_document

                try:
                    path = save_document(added[doc_id], documents_dir)
                except NotSaved as exc:
                    st.error(inert(str(exc)))
                else:
                    # From the next run on it is read from the folder, no longer as an added one.
                    added.pop(doc_id)
                    st.success(f"Saved as {inert(str(path))}.")
