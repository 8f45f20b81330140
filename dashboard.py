"""Tier Watch dashboard (layout only). Being built in the dashboard issue."""

import streamlit as st

st.set_page_config(page_title="Tier Watch", layout="wide")
st.title("Tier Watch")
st.write("The dashboard is being built; `python -m loaders extract data/documents` works today.")
