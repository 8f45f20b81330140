"""Next year's routine update breaks no test: a copy of the project gets a new document and the
next report's rows in data/, and the tests that once read data/ run green on it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The modules whose expected values once came from data/ (counts, years, document lists), the data
# check, and the dashboard's default view (its year range came from data/tiers.csv).
CHECKED = [
    "tests/test_data.py",
    "tests/test_official.py",
    "tests/test_clock.py",
    "tests/test_golden.py",
    "tests/test_yearly.py",
    "tests/test_cli.py",
    "tests/test_build.py",
    "tests/test_statements.py",
    "tests/test_settings.py",
    "tests/test_documents.py",
    "tests/test_dashboard.py::test_default_view_renders",
]
NEW_DOCUMENT = """---
title: "Made-up test article on the next report"
url: https://example.org/made-up/next-report
published: "2026-07"
publisher: Example Test Gazette
rights: © Example Test Gazette (made up for a test)
---
Thailand stayed on Tier 2 in the 2026 Trafficking in Persons report, released on Tuesday.
"""


def _project_copy(into: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    for name in listed:
        if (ROOT / name).is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, into / name)
    return into


def _next_report(data: Path) -> None:
    (data / "documents" / "made_up_next_report.md").write_text(NEW_DOCUMENT, "utf-8")
    rows = (data / "tiers.csv").read_text("utf-8").splitlines()
    latest = max(int(row.split(",")[2]) for row in rows[1:])
    countries = sorted({tuple(row.split(",")[:2]) for row in rows[1:]})
    new = [
        f"{country},{iso3},{latest + 1},Tier 2,medium,https://example.org/made-up/next-report,"
        "made-up row for a test"
        for country, iso3 in countries
    ]
    (data / "tiers.csv").write_text("\n".join([*rows, *new]) + "\n", "utf-8")


def test_a_new_document_and_next_years_rows_break_no_test(tmp_path):
    copy = _project_copy(tmp_path / "project")
    _next_report(copy / "data")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *CHECKED],
        cwd=copy, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
