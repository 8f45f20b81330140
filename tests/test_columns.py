"""views/columns.py: the phone's statements grid, one statement per row in one cell."""

from __future__ import annotations

import pandas as pd
import pytest

from views.columns import LABELS, narrow_statements, statement_line

FULL = {
    "year": 2015,
    "speaker": "A. Tester",
    "role": "director",
    "organization": "Example NGO",
    "org_type": "ngo",
    "quote": "We keep counting.",
    "title": "A test article",
    "publisher": "Test Daily",
    "origin": "curated",
    "document_url": "https://news.example/a",
}


@pytest.mark.parametrize(
    "row, line",
    [
        (
            FULL,
            "“We keep counting.” — A. Tester, director, Example NGO (ngo), 2015. "
            "Source: A test article, Test Daily (curated)",
        ),
        (
            FULL | {"speaker": None, "role": "", "organization": pd.NA, "org_type": None},
            "“We keep counting.” — unnamed speaker, 2015. Source: A test article, Test Daily "
            "(curated)",
        ),
        (
            FULL | {"title": None, "publisher": None, "origin": None, "year": None},
            "“We keep counting.” — A. Tester, director, Example NGO (ngo)",
        ),
        (
            FULL
            | {"speaker": "Example Ministry", "role": "spokesperson"}
            | {"organization": "Example Ministry", "org_type": "government"},
            "“We keep counting.” — Example Ministry, spokesperson (government), 2015. "
            "Source: A test article, Test Daily (curated)",
        ),
        (
            FULL | {"quoted_in": "The Example Post"},
            "“We keep counting.” — A. Tester, director, Example NGO (ngo), 2015. "
            "Source: first published in The Example Post, quoted in A test article, Test Daily "
            "(curated)",
        ),
    ],
    ids=[
        "everything",
        "no-speaker-named",
        "no-source-or-year",
        "a-body's-spokesperson",
        "relayed-from-a-publication",
    ],
)
def test_statement_line(row, line) -> None:
    assert statement_line(pd.Series(row)) == line


def test_narrow_statements_are_two_labelled_columns_in_the_rows_order() -> None:
    rows = pd.DataFrame([FULL, FULL | {"quote": "Second.", "document_url": None}], index=[7, 3])
    out = narrow_statements(rows)
    assert list(out.columns) == ["statement", "document_url"]
    assert all(c in LABELS for c in out.columns)
    assert out["statement"].str.startswith(("“We keep", "“Second")).tolist() == [True, True]
    assert out["statement"][1].startswith("“Second.”")
    assert out["document_url"].tolist() == ["https://news.example/a", pd.NA]
