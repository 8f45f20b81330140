"""The dashboard over a documents folder holding hostile files: every visitor sees the charts, the
hostile files listed as skipped with their reasons; a second start reads data/build, not the
documents."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import app.loading
from devtools.hostile_inputs import many_attributes_html
from loaders.publish import current_set

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "documents"
HOSTILE = {
    "hostile_impossible_date_feb30.md": None,  # read, its date ignored with a note
    "hostile_binary_nul.txt": "binary content (NUL bytes)",
    "many_attributes.html": "HTML with 100,000 attributes on one element",
    "pipe.md": "not a regular file (a FIFO (named pipe))",
    "loop.md": "Too many levels of symbolic links",
}


@pytest.fixture
def folder(tmp_path) -> Path:
    docs = tmp_path / "documents"
    docs.mkdir()
    for path in (ROOT / "tests" / "data" / "corpus").glob("*.md"):
        shutil.copy(path, docs / path.name)
    for name in ("hostile_impossible_date_feb30.md", "hostile_binary_nul.txt"):
        shutil.copy(CASES / name, docs / name)
    (docs / "many_attributes.html").write_bytes(many_attributes_html(100_000))
    os.mkfifo(docs / "pipe.md")
    (docs / "loop.md").symlink_to("loop.md")
    an_hour_ago = time.time() - 3600  # older than the build: trusted by its stamps (cache.py)
    for path in docs.iterdir():
        os.utime(path, (an_hour_ago, an_hour_ago), follow_symlinks=False)
    return docs


def _run(monkeypatch, documents: Path, build: Path) -> AppTest:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(documents))
    monkeypatch.setenv("TIERWATCH_TIERS", str(ROOT / "tests" / "data" / "tiers.csv"))
    monkeypatch.setenv("TIERWATCH_BUILD", str(build))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["years"] = ["2013", "2015"]
    return at.run()


def test_hostile_documents_are_listed_and_the_charts_shown(monkeypatch, folder, tmp_path):
    at = _run(monkeypatch, folder, tmp_path / "build")
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 1
    (skipped,) = [w.value for w in at.warning if "skipped" in w.value]
    lines = dict(
        line.removeprefix("- ").split(": ", 1)
        for line in skipped.replace("\\", "").splitlines()[1:]
    )
    assert set(lines) == {name for name, reason in HOSTILE.items() if reason}
    for name, reason in lines.items():
        assert HOSTILE[name] in reason, (name, reason)
    assert "Blair Burns" in "\n".join(str(m.value) for m in at.markdown)


def test_a_second_start_reads_data_build_instead_of_extracting(monkeypatch, folder, tmp_path):
    build = tmp_path / "build"
    _run(monkeypatch, folder, build)
    published = current_set(build)
    calls = []
    monkeypatch.setattr(app.loading, "build_in_a_process", lambda *args: calls.append(args))
    st.cache_data.clear()  # a new server process: nothing in Streamlit's memory
    at = _run(monkeypatch, folder, build)
    assert calls == []  # answered from the manifest: nothing built, nothing extracted
    assert not at.exception, [e.value for e in at.exception]
    assert len(at.get("plotly_chart")) == 1
    assert current_set(build) == published
