"""Typed tables for tests: rows written with only the columns a test cares about."""

from __future__ import annotations

import pandas as pd

from loaders.schema import enforce

# Provenance every record carries; its values do not matter to the tests that use this.
PROV = {"doc_sha256": "0" * 64, "start": 0, "end": 1, "date_inferred": False}


def frame(table, rows):
    """``rows`` as ``table``'s typed DataFrame, every column left out set to None."""
    defaults = {c: None for c in table.columns}
    return enforce(pd.DataFrame([{**defaults, **PROV, **r} for r in rows]), table)
