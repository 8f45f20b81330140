"""The floor for bench/dashboard_load.py: a bare Streamlit page with one Plotly line chart.

Its load time is what any Streamlit + Plotly page costs here; the dashboard is measured against it.
A slider bound to the URL stands in for a filter, so a filter change is measured the same way.
"""

import plotly.graph_objects as go
import streamlit as st

years = st.slider("Report years", 2001, 2025, value=(2001, 2025), key="years", bind="query-params")
xs = list(range(years[0], years[1] + 1))
figure = go.Figure(go.Scatter(x=xs, y=[(x * 7) % 4 for x in xs], mode="lines+markers"))
st.plotly_chart(figure)
