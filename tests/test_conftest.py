"""tests/conftest.py's CI rule: with CI set, a skipped test fails the run, in one process and
under pytest-xdist's workers alike (`make test` runs two; one worker has the same split)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parent / "conftest.py"
A_SKIP = (
    "import pytest\n\n\ndef test_runs():\n    pass\n\n\ndef test_skips():\n    pytest.skip('x')\n"
)


@pytest.mark.parametrize(
    "workers, ci, code",
    [([], "1", 1), (["-p", "xdist", "-n", "1"], "1", 1), (["-p", "xdist", "-n", "1"], "", 0)],
    ids=["one-process-ci-fails", "xdist-ci-fails", "xdist-without-ci-passes"],
)
def test_a_skip_fails_the_run_only_in_ci(tmp_path, workers, ci, code):
    shutil.copy(CONFTEST, tmp_path / "conftest.py")
    (tmp_path / "test_case.py").write_text(A_SKIP, encoding="utf-8")
    # Not this run's own xdist variables; no other plugin (hypothesis, playwright...): a quick run.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env |= {"CI": ci, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *workers, str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == code, done.stdout[-2000:]
    assert ("skips are failures in CI" in done.stdout) == bool(ci)
