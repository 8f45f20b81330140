"""The layout floor for bench/dashboard_load.py: the dashboard's page layout, with no data work.

The same sidebar widgets, header sentence, link panel, tabs, columns, timeline under the chart,
search box and statement cards as dashboard.py, holding fixed text and a one-line Plotly chart.
Its time over bench/floor_app.py is what Streamlit's rendering of this layout costs, before any of
the dashboard's own work. The link is written back the way the dashboard writes it, and the line
changes with the country, as the dashboard's chart does.
"""

import plotly.graph_objects as go
import streamlit as st

COUNTRIES = {
    "MMR": "Burma/Myanmar",
    "KHM": "Cambodia",
    "IDN": "Indonesia",
    "LAO": "Laos",
    "MYS": "Malaysia",
    "PHL": "Philippines",
    "THA": "Thailand",
    "VNM": "Vietnam",
}
ORG_TYPES = ["ngo", "government", "international", "media", "other"]
TABS = ["overview", "table", "claims", "region", "about"]

st.set_page_config(page_title="Layout floor", layout="wide")
linked = st.query_params.get_all("years")
st.session_state.setdefault(
    "years", (int(linked[0]), int(linked[-1])) if len(linked) == 2 else (2001, 2025)
)
st.session_state.setdefault("country", st.query_params.get("country", "KHM"))
with st.sidebar:
    st.header("Tier Watch")
    country = st.selectbox(
        "Country", list(COUNTRIES), format_func=lambda c: f"{COUNTRIES[c]} ({c})", key="country"
    )
    st.multiselect(
        "Statements by", ORG_TYPES, default=ORG_TYPES[:2], key="org", bind="query-params"
    )
    st.expander("Add a document", key="add_panel", on_change="rerun")
years = st.session_state["years"]
st.title(COUNTRIES[country])
st.markdown(
    f"In the {years[0]}–{years[1]} reports, {COUNTRIES[country]} was on one tier in each, a "
    "sentence as long as the dashboard's; in the latest report (2025) it is on Tier 3."
)
st.expander("Link to this view", key="link_panel", on_change="rerun")
overview = st.tabs(TABS, key="tab", bind="query-params")[0]
with overview:
    left, right = st.columns([3, 2], gap="medium")
    with left:
        # One line per country, as the dashboard draws each country's own chart.
        xs = list(range(years[0], years[1] + 1))
        shift = list(COUNTRIES).index(country)
        line = go.Scatter(x=xs, y=[(x * 7 + shift) % 4 for x in xs], mode="lines")
        st.plotly_chart(go.Figure(line))
        st.slider("Report years shown", 2001, 2025, key="years")
        st.caption("A key to the marks, about as long as the dashboard's, in one caption.")
        st.expander("The chart as text", key="chart_text", on_change="rerun")
    with right:
        st.header("Statements", anchor=False)
        st.text_input("Search speaker, organisation or quote", key="q")
        st.caption(f"7 statement(s) in {years[0]}–{years[1]}, by ngo, government.")
        cards = [
            f"**Speaker {i}**, Role, Organisation (ngo), 2015  \n“Quote number {i}.”  \n"
            f"Source: [Document {i}](https://example.org/{i}), Publisher, 2015-07"
            for i in range(7)
        ]
        st.container(border=True).markdown("### 2015\n\n" + "\n\n---\n\n".join(cards))
years = st.session_state["years"]
wanted = [str(years[0]), str(years[1])] if years != (2001, 2025) else []
if st.query_params.get_all("years") != wanted:
    if wanted:
        st.query_params["years"] = wanted
    else:
        del st.query_params["years"]
if country != "KHM" and st.query_params.get("country") != country:
    st.query_params["country"] = country
