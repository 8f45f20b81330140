"""The layout floor for bench/dashboard_load.py: the dashboard's page layout, with no data work.

The same sidebar widgets (bound to the URL), header, tabs, columns and statement cards as
dashboard.py, holding fixed text and a one-line Plotly chart. Its time over bench/floor_app.py is
what Streamlit's rendering of this layout costs, before any of the dashboard's own work.
"""

import plotly.graph_objects as go
import streamlit as st

COUNTRIES = {
    "KHM": "Cambodia",
    "IDN": "Indonesia",
    "LAO": "Laos",
    "MYS": "Malaysia",
    "MMR": "Burma/Myanmar",
    "PHL": "Philippines",
    "THA": "Thailand",
    "VNM": "Vietnam",
}
ORG_TYPES = ["ngo", "government", "international", "media", "other"]
TABS = ["overview", "table", "claims", "region", "about"]

st.set_page_config(page_title="Layout floor", layout="wide")
with st.sidebar:
    st.header("Tier Watch")
    st.radio(
        "Country",
        list(COUNTRIES),
        captions=list(COUNTRIES.values()),
        key="country",
        bind="query-params",
    )
    years = st.slider(
        "Report years", 2001, 2025, value=(2001, 2025), key="years", bind="query-params"
    )
    st.multiselect(
        "Statements by", ORG_TYPES, default=ORG_TYPES[:2], key="org", bind="query-params"
    )
    st.expander("Link to this view", key="link_panel", on_change="rerun")
    st.expander("Add a document", key="add_panel", on_change="rerun")
st.title("Cambodia")
c1, c2, c3 = st.columns(3)
c1.metric("Latest tier", "Tier 3")
c2.metric("Latest report year", "2025")
c3.metric("Watch List years in a row", "0")
st.markdown("One plain sentence of where the country stands under the TVPA clock.")
overview = st.tabs(TABS, key="tab", bind="query-params")[0]
with overview:
    left, right = st.columns([3, 2], gap="medium")
    xs = list(range(years[0], years[1] + 1))
    left.plotly_chart(go.Figure(go.Scatter(x=xs, y=[(x * 7) % 4 for x in xs], mode="lines")))
    left.expander("The chart as text", key="chart_text", on_change="rerun")
    right.subheader("Statements")
    right.caption(f"7 statement(s) in {years[0]}–{years[1]} by ngo, government.")
    cards = [
        f"**Speaker {i}**, Role, Organisation (ngo), 2015  \n“Quote number {i}.”  \n"
        f"Source: [Document {i}](https://example.org/{i})"
        for i in range(7)
    ]
    right.container(border=True).markdown("\n\n---\n\n".join(cards))
