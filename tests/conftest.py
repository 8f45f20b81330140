"""Shared fixtures, and the CI rule: with CI set, a skipped test fails the run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TEST_DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI must run every test it is meant to check (the browser test above all): a skip there means
    # a missing install step, not an optional feature.
    if not os.environ.get("CI"):
        return
    # Under pytest-xdist (`make test`) each worker's skips are reported to the controller, whose
    # terminal reporter counts them all: the controller decides the run's exit status.
    if hasattr(session.config, "workerinput"):
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped:
        reporter.write_line(
            f"CI: {len(skipped)} test(s) skipped; skips are failures in CI", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory) -> Path:
    """One build folder for the dashboard's tests (never the repository's data/build): the first
    test builds it, the next ones with the same documents read it, as a server's visitors do."""
    return tmp_path_factory.mktemp("dashboard-build")
