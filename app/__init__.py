"""The dashboard's data side, Streamlit-free: loading the published tables (loading.py), reading
added documents (uploads.py), the first start's fetch (first_start.py), the folders (paths.py).
views/ draws; this loads."""
