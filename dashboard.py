"""Tier Watch dashboard, layout only: URL state -> cached tables -> header, tabs, add-a-document.

Every table, figure and text comes from a pure function in views/ or loaders/; this script only
places them. View state lives in the URL: ``?country=KHM&compare=THA,VNM&years=2013&years=2015
&year=2014&org=ngo&tab=region``. The link is read once (views.urlstate, which names whatever it
ignores), seeds the widgets, and is written back from them each run, in urlstate's one spelling.
``?embed=true`` shows the chart and its statements, no sidebar. Document text is data: it reaches
the page only through views.text.inert, st.dataframe or st.code, never as HTML.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from app import paths, uploads
from app.first_start import FirstStart, fetch_once
from app.loading import Loaded, dir_fingerprint, file_fingerprint, load_tables
from dashboard_cache import (
    cached_axes,
    cached_chart_documents,
    cached_comparable,
    cached_download_tables,
    cached_header,
    cached_history_text,
    cached_history_view,
    cached_region,
    cached_region_text,
    cached_sources,
    cached_statement_list,
    cached_view_documents,
    cached_year_panel,
)
from loaders.schema import EventType, OrgType
from loaders.settings import load_settings
from views import (
    charts,
    columns,
    compared,
    credit,
    downloads,
    export,
    filters,
    pagemeta,
    urlstate,
    yearpanel,
)
from views.credit import Stamp
from views.heatmap import HEATMAP_KEY
from views.page_scripts import DROPZONE_ROLE_FIX, SHOW_COPY_BUTTONS, STACK_BELOW_1200
from views.text import inert

TIERS_PATH = paths.tiers_path()
ORG_TYPES = tuple(str(o) for o in OrgType)
EVENT_TYPES = tuple(str(e) for e in EventType)
MAX_STATEMENTS = 60  # beyond this the list is cut, with a pointer to the table tab
# Where a picked year came from, as the statements' caption says it.
YEAR_ORIGINS = {
    "chart": "the year picked on the chart",
    "picker": "the year chosen in “Year in detail”",
    "link": "the year this link opens on",
}
# The URL parameters this script writes itself, in urlstate's one spelling: a widget bound to the
# link would write its labels ("other or unknown") and drop a code it cannot match ("org=other").
WRITTEN_PARAMS = (
    urlstate.COUNTRY,
    urlstate.COMPARE,
    urlstate.YEARS,
    urlstate.YEAR,
    urlstate.ORG,
    urlstate.TAB,
)

st.set_page_config(page_title="Tier Watch", page_icon=":bar_chart:", layout="wide")


# ---- cached loaders: the tables here, every view of them in dashboard_cache.py -------------------
# A resource, not data: the tables are shared read-only by every run and session (the views copy
# what they change), where st.cache_data would unpickle the whole build on every rerun.
@st.cache_resource(show_spinner="Reading the record and the documents…", max_entries=16)
def cached_tables(
    documents_dir: str,
    tiers_path: str,
    build_dir: str,
    documents_key: str,
    tiers_key: str,
    added_key: tuple[str, ...],
    _added: tuple,
    _entries: dict | None = None,
) -> Loaded:
    """load_tables (data/build read when current, else built), keyed by the folder listing,
    tiers.csv's bytes and the added documents (their entries go with them: keyed by sha256)."""
    return load_tables(
        Path(documents_dir), Path(tiers_path), _added, build_dir=Path(build_dir), entries=_entries
    )


# ---- settings, URL, added documents ---------------------------------------------------------
settings = load_settings()
# The raw link, read before any widget runs: a bound widget drops a bad value silently.
raw_params = {k: st.query_params.get_all(k) for k in st.query_params}
# ?embed=true: Streamlit keeps it out of st.query_params and says so here.
embedded = bool(st.context.is_embedded)
added: dict = st.session_state.setdefault("added_documents", {})
pending: list = []  # documents read in this run, added once checked against the others

# The page's top (warnings, the country pickers, the header), filled once the tables are read:
# the add panel below it must run first, as what it reads goes into those tables.
top = st.container()
if not embedded:
    filters_box = st.sidebar.container()
    # Lazy panels (on_change="rerun"): a closed panel's widgets are not built, which keeps reruns
    # short. In the page, not the sidebar: at 768 px and below the sidebar folds behind an icon,
    # which made adding a document three steps on a phone.
    add_box = st.expander("Add a document", key="add_panel", on_change="rerun")
    add_open = bool(add_box.open)
else:
    add_open = False

if add_open:
    with add_box:
        st.caption(
            f"Added documents are read at once and marked “{filters.ADDED}” wherever they "
            "appear. They live in this browser tab only: reloading or closing the page loses "
            "them (download the tables first, or save them where saving is allowed)."
        )
        limit = uploads.size_limit(settings.max_upload_bytes).split(" (")[0]
        upload = st.file_uploader(
            f"Upload a .txt, .md or .html file (at most {limit})",
            type=list(uploads.UPLOAD_SUFFIXES),
            key="upload",
            # Whole MB, as Streamlit counts them (1,048,576 bytes): the widget refuses a bigger
            # file itself, with its own message, before it is sent.
            max_upload_size=max(1, settings.max_upload_bytes // uploads.MB),
        )
        # Streamlit marks the drop zone role="presentation" yet gives it a label and a tabindex,
        # which screen readers cannot reconcile (axe: presentation-role-conflict); drop the role.
        st.html(DROPZONE_ROLE_FIX, unsafe_allow_javascript=True)
        if upload is not None:
            result = uploads.document_from_upload(
                upload.name, upload.getvalue(), max_bytes=settings.max_upload_bytes
            )
            if result.document is None:
                st.error(inert(result.error))
            else:
                pending.append(result.document)
        with st.form("paste", clear_on_submit=False, border=False):
            title = st.text_input("Title", key="paste_title")
            url = st.text_input("URL (optional, http:// or https://)", key="paste_url")
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
                pending.append(result.document)
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
                    pending.append(fetched)

# ---- data ---------------------------------------------------------------------------------------


documents_dir = paths.in_repo(settings.documents_dir)


@st.cache_resource
def first_start() -> FirstStart:
    """The server process's one fetch of the listed sources: its lock and, once done, its result."""
    return FirstStart()


if settings.fetch_sources:
    bar = top.empty()
    start = fetch_once(
        first_start(),
        paths.in_repo(settings.sources_file),
        documents_dir,
        lambda share, text: bar.progress(share, text=text),
    )
    bar.empty()
    if not embedded:
        with st.sidebar.expander(start.summary, expanded=False):
            st.caption(
                "Fetched once when the server started; a page that failed keeps its stored copy."
            )
            for line in start.failed or ["Every listed page was fetched or already current."]:
                st.caption(inert(line))
keys = (dir_fingerprint(documents_dir), file_fingerprint(TIERS_PATH))
build_dir = paths.build_dir(settings.build_dir)
if pending:
    # One document once: checked against the curated sources (the build without the session's
    # documents, cached) and the documents added before.
    curated = cached_tables(str(documents_dir), str(TIERS_PATH), str(build_dir), *keys, (), ())
    for document in pending:
        if curated.build is None:
            break
        outcome = uploads.add_document(added, document, curated.build.documents)
        added = st.session_state["added_documents"] = outcome.added
        if outcome.message:
            show = add_box.error if outcome.is_error else add_box.info
            show(inert(outcome.message))
    # Extracted once, now, in the time-limited reader process: the model never loads here, and
    # a document that runs over its limit is dropped with a line, the others kept.
    with add_box, st.spinner("Reading the added document…"):
        extracted = uploads.extract_added(added, st.session_state.get("added_entries", {}))
    added = st.session_state["added_documents"] = extracted.added
    st.session_state["added_entries"] = extracted.entries
    for error in extracted.errors:
        add_box.error(inert(error))
added_docs = tuple(added.values())
added_key = tuple(d.sha256 for d in added_docs)
loaded = cached_tables(
    str(documents_dir), str(TIERS_PATH), str(build_dir), *keys, added_key, added_docs,
    st.session_state.get("added_entries", {}),
)  # fmt: skip
data_key = "|".join((str(documents_dir), *keys, *added_key))
for warning in settings.warnings:
    top.warning(inert(str(warning)))
if loaded.build is None:
    top.title("Tier Watch")
    for error in loaded.errors:
        top.error(inert(error))
    st.stop()
build = loaded.build
if added and not embedded:
    top.warning(
        f"{len(added)} document(s) added by you in this tab only: a reload or a new tab loses them."
    )
if loaded.skipped:
    listed = "\n".join(f"- {inert(Path(s.path).name)}: {inert(s.reason)}" for s in loaded.skipped)
    top.warning(f"{len(loaded.skipped)} file(s) could not be read and were skipped:\n{listed}")

names, bounds = cached_axes(data_key, build)
countries = tuple(names)
comparable = cached_comparable(data_key, build)  # the official record's countries only
default = urlstate.default_state(countries=countries, year_bounds=bounds, org_types=ORG_TYPES)
linked, url_warnings = urlstate.parse_view_state(
    raw_params,
    countries=countries,
    year_bounds=bounds,
    org_types=ORG_TYPES,
    comparable=comparable,
)
if url_warnings:
    top.warning("Parts of this link were ignored:\n" + "\n".join(f"- {w}" for w in url_warnings))
# The link seeds the widgets once; from then on the widgets hold the view and the link follows.
st.session_state.setdefault(urlstate.COUNTRY, linked.country)
st.session_state.setdefault(urlstate.COMPARE, list(linked.compare))
st.session_state.setdefault(urlstate.YEARS, linked.years)
st.session_state.setdefault("picked_year", linked.year)
# Where the picked year came from, so the statements say so truthfully.
st.session_state.setdefault("picked_from", "link" if linked.year is not None else None)
st.session_state.setdefault(urlstate.ORG, list(linked.org))
st.session_state.setdefault("linked_tab", linked.tab)
st.session_state.setdefault("chart_generation", 0)


def pick_year(chart_key: str) -> None:
    """The chart's click: its year filters the statements (a click on nothing clears it)."""
    st.session_state["picked_year"] = filters.selected_year(st.session_state.get(chart_key))
    st.session_state["picked_from"] = "chart"


def choose_year() -> None:
    """The year picker's choice (the keyboard's way to what a chart click does); a new chart key
    drops the chart's own selection, which may name another year."""
    st.session_state["picked_year"] = st.session_state["year_pick"]
    st.session_state["picked_from"] = "picker"
    st.session_state["chart_generation"] += 1


def not_compared_with_itself() -> None:
    """A country newly shown leaves the countries compared with it."""
    shown = st.session_state[urlstate.COUNTRY]
    st.session_state[urlstate.COMPARE] = [
        c for c in st.session_state[urlstate.COMPARE] if c != shown
    ]


def country_label(code: str) -> str:
    """A country as the pickers write it: its name, then its code."""
    return f"{names.get(code, code)} ({code})"


def show_every_org() -> None:
    """Include every organisation type (the link follows, as the widget is bound to it)."""
    st.session_state[urlstate.ORG] = list(ORG_TYPES)


def org_label(kind: str) -> str:
    """An organisation type as the page says it."""
    return "other or unknown" if kind == str(OrgType.OTHER) else kind


def show_every_year() -> None:
    """Clear the picked year; a new chart key also clears the chart's own selection."""
    st.session_state["picked_year"] = None
    st.session_state["chart_generation"] += 1


# ---- filters: country and organisations in the sidebar (absent when embedded) ---------------
if not embedded:
    with filters_box:
        st.header("Tier Watch")
        org = st.multiselect(
            "Statements by",
            ORG_TYPES,
            key=urlstate.ORG,
            format_func=org_label,
            help="Organisation types: NGOs and officials by default. A speaker whose "
            "organisation the text does not name counts as other or unknown.",
        )
    # In the page, not the sidebar: at 768 px and below the sidebar folds behind an icon. The
    # countries to compare sit beside it (Grapher's entity picker): two clicks add Thailand.
    pick_country, pick_compare = top.columns(2)
    iso3 = pick_country.selectbox(
        "Country",
        countries,
        format_func=country_label,
        key=urlstate.COUNTRY,
        on_change=not_compared_with_itself,
    )
    pick_compare.multiselect(
        "Compare with",
        [c for c in comparable if c != iso3],
        format_func=country_label,
        key=urlstate.COMPARE,
        max_selections=urlstate.MAX_COMPARED,
        # No help icon: it would be one more Tab stop before the year picker and the timeline.
        placeholder=f"Up to {urlstate.MAX_COMPARED} countries of the official record",
    )
    compare = tuple(c for c in st.session_state[urlstate.COMPARE] if c != iso3)
else:
    iso3, org, compare = linked.country, list(linked.org), linked.compare
org = [o for o in ORG_TYPES if o in org]  # the link's order, whatever the order of picking
years = tuple(st.session_state[urlstate.YEARS])


def chart_name() -> str:
    """The countries the chart draws, as its title names them."""
    return compared.title_name([names.get(c, c) for c in (iso3, *compare)])


# The browser tab and a bookmark name the view (a link preview needs the host: README).
opened = urlstate.tab_code(st.session_state.get(urlstate.TAB) or st.session_state["linked_tab"])
tab_name = "" if embedded or opened == urlstate.TABS[0] else urlstate.TAB_LABELS[opened]
st.set_page_config(
    page_title=pagemeta.page_title(chart_name(), years, tab_name),
    menu_items={"About": pagemeta.page_description(chart_name(), years)},
)

# ---- header: every country the chart draws, the claim check for each ------------------------
top.title(inert(chart_name()), anchor=False)
answer, details = cached_header(data_key, iso3, years, compare, build)
top.markdown(f"**{inert(answer)}**")  # the claim check at a glance; the details follow
top.markdown(inert(details))


def timeline() -> None:
    """The report-year range under a chart, as in Our World in Data's Grapher (the link follows)."""
    st.slider("Report years shown", bounds[0], bounds[1], key=urlstate.YEARS)


def write_link(state: urlstate.ViewState) -> None:
    """Bring the link's own parameters in line with the view (only those that differ)."""
    wanted: dict[str, list[str]] = {}
    for name, value in urlstate.view_query(state, default):
        wanted.setdefault(name, []).append(value)
    for name in WRITTEN_PARAMS:
        if name in wanted and st.query_params.get_all(name) != wanted[name]:
            st.query_params[name] = wanted[name]
        elif name not in wanted and name in st.query_params:
            del st.query_params[name]
    for name in set(st.query_params) - set(urlstate.PARAMS) - urlstate.STREAMLIT_PARAMS:
        del st.query_params[name]  # named as ignored in the warning above


def history_shown(years: tuple[int, int]) -> tuple[dict, go.Figure]:
    """The tier chart of the shown country, the compared ones on it, showing ``years``: as JSON
    and as the figure the page sends (dashboard_cache.cached_history_view)."""
    return cached_history_view(data_key, iso3, compare, years, chart_name(), build)


def overview(years: tuple[int, int]) -> None:
    """The chart with its timeline and the statements beside it (stacked on a narrow screen)."""
    span = f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])
    picked = st.session_state.get("picked_year")
    if picked is not None and not years[0] <= picked <= years[1]:
        picked = st.session_state["picked_year"] = None
    search = st.session_state.get("q", "")
    year_panel(years, span, picked, search)
    st.html(STACK_BELOW_1200)
    left, right = st.columns([3, 2], gap="medium")
    with left, st.container(key="chart_side"):
        chart_key = f"history-{st.session_state['chart_generation']}"
        st.plotly_chart(
            history_shown(years)[1],
            key=chart_key,
            on_select=lambda: pick_year(chart_key),
            selection_mode="points",
            config=charts.chart_config(f"tierwatch-{iso3}-{years[0]}-{years[1]}"),
            alt=f"{chart_name()}: official TIP report tier by year, {span}. "
            "The chart as text is below.",
        )
        timeline()
        st.caption(charts.MARKS_KEY)
        if compare:
            st.caption(compared.compare_key([names.get(c, c) for c in compare]))
        chart_exports(chart_key, years)
        with st.expander("The chart as text", key="chart_text", on_change="rerun") as box:
            if box.open:
                st.text(cached_history_text(data_key, iso3, years, compare, build))
    with right:
        st.header("Statements", anchor=False)
        search = st.text_input(
            "Search speaker, organisation, role, quote or source",
            key="q",
            placeholder="a name, an organisation or its acronym, a word",
        )
        n_shown, cards, n_hidden = cached_statement_list(
            data_key, iso3, years, tuple(org), picked, search, MAX_STATEMENTS, build
        )
        origin = YEAR_ORIGINS[st.session_state["picked_from"] or "link"]
        where = f"in {picked}, {origin}" if picked is not None else f"in {span}"
        by = ", ".join(org_label(o) for o in org) or "no organisation type"
        matching = f" matching “{inert(search.strip())}”" if search.strip() else ""
        st.caption(f"{n_shown} statement(s) {where}, by {by}{matching}.")
        if not embedded:
            statements_download(years)
        if n_hidden:
            st.caption(f"{n_hidden} more by organisation types not selected.")
            st.button(
                f"Show every organisation type (+{n_hidden})",
                key="every_org",
                on_click=show_every_org,
            )
        if picked is not None:
            st.button(
                f"Show every year {span}", key="clear_year", on_click=show_every_year, icon="↩"
            )
        # One Markdown element for the whole list, a heading per year: a rerun sends one message.
        if cards:
            st.container(border=True).markdown(cards)
        if n_shown > MAX_STATEMENTS:
            where_all = "the table tab" if not embedded else "the full dashboard"
            st.caption(f"The newest {MAX_STATEMENTS} are shown; {where_all} has them all.")
        not_identified(years, picked, search)
    write_link(urlstate.ViewState(iso3, years, tuple(org), tab_now(), picked, compare))


def year_panel(years: tuple[int, int], span: str, picked: int | None, search: str) -> None:
    """The year picker (labelled, before the chart: a keyboard reaches it in a few Tab presses)
    and, once a year is picked here or on the chart, that year in one panel."""
    # Not in an embed: the snippet's height is for the chart and a statement (urlstate).
    if not embedded:
        year_picker(span, picked, years)
    if picked is None:
        return
    n_shown, _, _ = cached_statement_list(
        data_key, iso3, years, tuple(org), picked, search, MAX_STATEMENTS, build
    )
    with st.container(border=True, key="year_panel"):
        st.markdown(cached_year_panel(data_key, iso3, picked, n_shown, build))


def year_picker(span: str, picked: int | None, years: tuple[int, int]) -> None:
    """The keyboard's way to what a chart click does: a labelled choice of one year."""
    st.session_state["year_pick"] = picked  # the chart's click shows here too
    st.selectbox(
        "Year in detail (or click a year on the chart)",
        yearpanel.year_choices(years),
        format_func=lambda year: yearpanel.year_label(year, span),
        key="year_pick",
        on_change=choose_year,
    )


def chart_exports(chart_key: str, years: tuple[int, int]) -> None:
    """The chart as a credited PNG or SVG (title, key, what it shows, source, link, data date);
    in an embed, the credit and a link back instead. The credit counts the documents behind
    what is drawn (and, in an embed, behind the statements listed beside it)."""
    state = urlstate.ViewState(iso3, years, tuple(org), urlstate.TABS[0], None, compare)
    link = urlstate.share_url(st.context.url or "", state, default)
    shows = credit.subject([names.get(c, c) for c in (iso3, *compare)], years)
    if embedded:
        n = cached_view_documents(data_key, iso3, years, tuple(org), build)
        stamp = Stamp(loaded.version, loaded.built, n, link, shows)
        back = f"[Open this view in Tier Watch]({filters.link_target(link)})"
        # Markdown, not a caption: a link in a caption's grey fails the contrast a reader needs.
        st.markdown(f"{inert(credit.credit_line(stamp))} {back}")
        return
    n = cached_chart_documents(data_key, iso3, years, build)
    stamp = Stamp(loaded.version, loaded.built, n, link, shows)
    shown, _ = history_shown(years)
    keys = (charts.MARKS_KEY, compared.compare_key([names.get(c, c) for c in compare]))

    def image(fmt: str) -> bytes:
        # The image has no page around it: the compared countries' key goes into it too.
        credited = export.credited_figure(shown, key=keys[: 1 + bool(compare)], stamp=stamp)
        return export.image_bytes(credited, fmt)

    stem = "-".join(("tierwatch", iso3, *compare, str(years[0]), str(years[1])))
    for column, fmt in zip(st.columns(2), export.FORMATS, strict=True):
        column.download_button(
            f"Chart as {fmt.upper()}, with its credit",
            lambda fmt=fmt: image(fmt),
            file_name=f"{stem}.{fmt}",
            mime=export.FORMATS[fmt],
            key=f"{chart_key}-{fmt}",
        )


def statements_download(years: tuple[int, int]) -> None:
    """The listed country's statements of ``years`` as a citable CSV, one click from the list:
    speaker, role, organisation, quote, year and the source's title, URL, publisher, date and
    rights, added or curated, the data version (the table tab offers every other download)."""
    view = downloads.ViewFilter(iso3, years, tuple(org), compare)
    state = urlstate.ViewState(iso3, years, tuple(org), urlstate.TABS[0], None, compare)
    link = urlstate.share_url(st.context.url or "", state, default)
    stamp = Stamp(loaded.version, loaded.built, 0, link)
    tables = cached_download_tables(data_key, build)
    span = f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])
    st.download_button(
        # Short: the list's column is ~330 px wide at 1400 px, and a longer label was cut.
        f"Statements {span} as CSV, with sources",
        lambda: downloads.download("statements-view", "csv", tables, view, stamp)[0],
        file_name=downloads.file_name("statements-view", "csv", view, stamp),
        mime=downloads.MIME["csv"],
        key="statements_csv",
        icon=":material/download:",
    )


def not_identified(years: tuple[int, int], picked: int | None, search: str) -> None:
    """The statements whose document names no country: listed apart, never under a country, and
    by every organisation type (nothing else lists them)."""
    n, cards, _ = cached_statement_list(
        data_key, filters.NOT_IDENTIFIED, years, ORG_TYPES, picked, search, MAX_STATEMENTS, build
    )
    if not n:
        return
    label = f"Statements, {filters.NOT_IDENTIFIED_LABEL} ({n})"
    with st.expander(label, key="not_identified", on_change="rerun") as box:
        if box.open:
            st.caption(
                "Their documents name no country, so they are listed here, by every "
                "organisation type, and under no country's name."
            )
            st.container(border=True).markdown(cards)


def tab_now() -> str:
    """The open tab's code (the link's spelling)."""
    opened = st.session_state.get(urlstate.TAB) or st.session_state["linked_tab"]
    return urlstate.tab_code(opened)


if embedded:
    overview(years)
    st.stop()

# The link panel sits under the header, where it has the page's width for the whole URL; it is
# filled at the end of the run, once the view is settled.
link_box = st.expander("Link to this view", key="link_panel", on_change="rerun")
tabs = st.tabs(
    [urlstate.TAB_LABELS[code] for code in urlstate.TABS],
    key=urlstate.TAB,
    default=urlstate.TAB_LABELS[st.session_state["linked_tab"]],
    on_change="rerun",
)
tab_overview, tab_table, tab_claims, tab_region, tab_about = tabs

if tab_overview.open is not False:
    with tab_overview:
        overview(years)
        years = tuple(st.session_state[urlstate.YEARS])
else:
    write_link(urlstate.ViewState(iso3, years, tuple(org), tab_now(), None, compare))
picked_now = st.session_state.get("picked_year")
state = urlstate.ViewState(iso3, years, tuple(org), tab_now(), picked_now, compare)
span = f"{years[0]}–{years[1]}"
view_url = urlstate.share_url(st.context.url or "", state, default)

if link_box.open:
    with link_box, st.container(key="share"):
        st.html(SHOW_COPY_BUTTONS)
        st.markdown("The link to exactly what you see (the button at its right copies it):")
        st.code(view_url, language=None, wrap_lines=True)
        st.markdown("Embed this view in a page:")
        # Plain text, not highlighted: the highlighter's blue fails the contrast a reader needs.
        st.code(
            urlstate.embed_snippet(st.context.url or "", state, default),
            language=None,
            wrap_lines=True,
        )


# Wide enough for "Tier 2 Watch List" whole: at 375 px the grid cut it to "Tier 2 Watch L".
TIER_WIDTH = 150
TIER_COLUMNS = frozenset({"tier", "claimed_tier", "official_tier", "claimed_tiers"})
QUOTE_WIDTH = 300  # px: a phone's grid is ~340 px wide
NARROW_STATEMENT_WIDTH = 250  # px: with the small link column (75 px) in a phone's 343 px grid
# The statements' wide grid above 640 px, the phone's below (the width where Streamlit stacks
# columns).
STATEMENTS_BY_WIDTH = """<style>
@media (max-width: 640px) { .st-key-statements_wide { display: none; } }
@media (min-width: 641px) { .st-key-statements_narrow { display: none; } }
</style>"""


def column_width(name: str) -> str | int | None:
    """A table column's width: long text wide, tier names whole, the rest as the grid sizes it."""
    if name in columns.WIDE_COLUMNS:
        return "large"
    return TIER_WIDTH if name in TIER_COLUMNS else None


def table(frame, widths: dict[str, int | str] | None = None, **options) -> None:
    """A table with human column labels and http(s)-only links, long text wrapped (``widths``:
    pixel widths that override the usual ones)."""
    widths = widths or {}
    shown = columns.web_links_only(frame)
    config = {
        name: (
            st.column_config.LinkColumn(
                columns.LABELS[name],
                display_text=columns.LINK_TEXT,
                help=columns.LABELS[name],
                width=widths.get(name),
            )
            if name in columns.LINK_COLUMNS
            else st.column_config.Column(
                columns.LABELS[name], width=widths.get(name) or column_width(name)
            )
        )
        for name in shown.columns
        if name in columns.LABELS
    }
    st.dataframe(shown, hide_index=True, column_config=config, **options)


def download_panel(tables: downloads.Tables) -> None:
    """The downloads: a table of the menu as CSV or JSON, everything as a zip, the codebook."""
    view = downloads.ViewFilter(iso3, years, tuple(org), compare)
    st.header("Download", anchor=False)
    key = st.selectbox(
        "Table to download",
        [c.key for c in downloads.CHOICES],
        format_func=lambda k: downloads.choice_label(k, view),
        key="download_choice",
    )
    # The caption credits the chosen table: the documents behind its own rows.
    stamp = downloads.stamp_for(key, tables, view, Stamp(loaded.version, loaded.built, 0, view_url))
    st.caption(f"{inert(credit.credit_line(stamp))} Column meanings: the codebook.")
    c1, c2, c3, c4 = st.columns(4)
    # Made on the click only (a callable): the menu's table, the zip and the codebook.
    for column, fmt in ((c1, "csv"), (c2, "json")):
        column.download_button(
            f"As {fmt.upper()}",
            lambda fmt=fmt: downloads.download(key, fmt, tables, view, stamp)[0],
            file_name=downloads.file_name(key, fmt, view, stamp),
            mime=downloads.MIME[fmt],
            key=f"download_{fmt}",
        )
    c3.download_button(
        "Everything as CSV and JSON, with the codebook (zip)",
        lambda: downloads.bundle(tables, view, stamp)[0],
        file_name=downloads.file_name("view", "zip", view, stamp),
        mime=downloads.MIME["zip"],
        key="download_zip",
    )
    c4.download_button(
        "Codebook (CSV)",
        downloads.codebook_csv,
        file_name="tierwatch-codebook.csv",
        mime="text/csv",
        key="download_codebook",
    )


if tab_table.open is not False:
    with tab_table:
        # A heading first: the grid's toolbar, drawn above its top edge, covered the tabs.
        st.header(f"Tier history, {span}", anchor=False)
        yearly_rows = filters.yearly_view(build.yearly, iso3=iso3, years=years)
        # The title names the country: the year and its tier lead, readable on a phone.
        shown_first = ["year", "tier", "tier_confidence"]
        rest = [c for c in yearly_rows.columns if c not in {*shown_first, "country", "iso3"}]
        table(yearly_rows, column_order=[*shown_first, *rest])
        prepared, _ = cached_sources(data_key, build)
        download_panel(cached_download_tables(data_key, build))
        st.header("Statements", anchor=False)
        # Taller rows wrap a long quote over several lines instead of cutting it; the quote leads,
        # narrower than a phone, so it is read without scrolling sideways.
        statement_rows = filters.statements_view(
            prepared, iso3=iso3, years=years, org_types=ORG_TYPES
        )
        quote_first = ["quote", *(c for c in statement_rows.columns if c != "quote")]
        # Two grids, one shown by width (STATEMENTS_BY_WIDTH): on a phone every column of the
        # wide one but the quote was out of view, behind a sideways scroll.
        st.html(STATEMENTS_BY_WIDTH)
        with st.container(key="statements_wide"):
            table(
                statement_rows,
                row_height=96,
                column_order=quote_first,
                widths={"quote": QUOTE_WIDTH},
            )
        with st.container(key="statements_narrow"):
            table(
                columns.narrow_statements(statement_rows),
                row_height=150,
                widths={"statement": NARROW_STATEMENT_WIDTH, "document_url": "small"},
            )

if tab_claims.open is not False:
    with tab_claims:
        # Claims first: the tab is named for them.
        st.header(f"What the documents claim, beside the official record, {span}", anchor=False)
        st.caption(
            "agree: the document's tier is the official one; conflict: it is not; "
            "unofficial-only: the official record has no tier for that year (unknown)."
        )
        table(
            filters.claims_view(build.claims, build.documents, iso3=iso3, years=years),
            row_height=72,
        )
        st.header(f"Events, {span}", anchor=False)
        types = st.multiselect("Event types", EVENT_TYPES, default=list(EVENT_TYPES), key="etypes")
        _, prepared_events = cached_sources(data_key, build)
        table(
            filters.events_view(prepared_events, iso3=iso3, years=years, types=types),
            row_height=72,
        )

if tab_region.open is not False:
    with tab_region:
        st.plotly_chart(
            cached_region(data_key, iso3, years, compare, build),
            key="region",
            config=charts.chart_config("tierwatch-region"),
            alt=f"Official TIP report tiers of the region's countries, {span}. "
            "The map as text is below.",
        )
        st.caption(HEATMAP_KEY)
        timeline()
        with st.expander("The map as text", key="map_text", on_change="rerun") as box:
            if box.open:
                st.text(cached_region_text(data_key, iso3, years, build))

if tab_about.open is not False:
    with tab_about:
        st.markdown(Path(paths.ROOT / "views" / "about.md").read_text(encoding="utf-8"))
        # about.md's "Sources" section heads these two tables.
        st.subheader("The official record", anchor=False)
        official = filters.in_view(build.official, iso3=iso3, years=years)
        table(filters.official_sources(official))
        st.subheader("The documents", anchor=False)
        table(filters.documents_view(build.documents))
        st.header("How to cite this view", anchor=False)
        st.code(
            filters.citation(
                view_url,
                accessed=dt.date.today(),
                version=loaded.version,
                built=loaded.built,
                n_documents=len(build.documents),
            ),
            language=None,
            wrap_lines=True,
        )

# ---- what the added documents gave (after the build, so the lists are this run's) ----------
if add_open:
    with add_box:
        for doc_id in list(added):
            counts = {
                kind: int((getattr(build, kind)["document"] == doc_id).sum())
                for kind in ("placements", "statements", "events")
            }
            found = ", ".join(f"{n} {kind}" for kind, n in counts.items())
            prepared, _ = cached_sources(data_key, build)
            mine = prepared.loc[prepared["document"] == doc_id, "iso3"].fillna("")
            where = ", ".join(sorted({names.get(c, c) for c in mine if c}))
            apart = int((mine == filters.NOT_IDENTIFIED).sum())
            listed = (f"; statements listed under {inert(where)}" if where else "") + (
                f"; {apart} under “{filters.NOT_IDENTIFIED_LABEL}”" if apart else ""
            )
            st.markdown(f"**{inert(doc_id)}** ({filters.ADDED}): {found}{listed}")
            for kind in ("placements", "statements"):
                rows = getattr(build, kind)
                rows = rows[rows["document"] == doc_id].drop(columns=["doc_sha256", "document"])
                if len(rows):
                    table(rows)
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
