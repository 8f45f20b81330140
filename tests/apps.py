"""The dashboard run through Streamlit's AppTest, for the dashboard tests' fixtures."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent


def run_dashboard(
    params: Mapping[str, Any],
    open_panels: Iterable[str] = (),
    context: Mapping[str, Any] | None = None,
) -> AppTest:
    """dashboard.py run once with the link's ``params``, the named panels open and the page
    ``context`` (url, is_embedded) set, as a reader's first visit."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    for name, value in (context or {}).items():
        at.context[name] = value
    for name, value in params.items():
        at.query_params[name] = value
    for panel in open_panels:
        at.session_state[panel] = True
    return at.run()
