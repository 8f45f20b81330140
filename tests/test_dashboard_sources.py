"""The hosted app's first start with TIERWATCH_FETCH_SOURCES=1: the listed pages are fetched into
the documents folder (against a real HTTP server on 127.0.0.1, one page failing), the summary
shown, and a second visitor's run fetches nothing again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import loaders.fetch as fetch
from app.first_start import sources_plan, summary
from loaders.documents import document_from_path

ROOT = Path(__file__).resolve().parent.parent
PAGE = """<html><head><title>Laos stays on the watch list</title></head><body><article>
<p>Laos remained on the Tier 2 Watch List in the 2016 Trafficking in Persons report, the State
Department said on Thursday, for a third year in a row.</p>
<p>“We will keep working with the police in every province,” said Keo Mony of Chab Dai.</p>
</article></body></html>"""


@pytest.fixture
def sources_file(httpserver, tmp_path) -> Path:
    httpserver.expect_request("/laos").respond_with_data(PAGE, content_type="text/html")
    httpserver.expect_request("/broken").respond_with_data("down", status=500)
    path = tmp_path / "sources.toml"
    path.write_text(
        "[[source]]\n"
        f'url = "{httpserver.url_for("/laos")}"\n'
        'published = "2016-07-01"\npublisher = "Example Post"\nrights = "© Example Post"\n\n'
        "[[source]]\n"
        f'url = "{httpserver.url_for("/broken")}"\n',
        encoding="utf-8",
    )
    return path


def _app(monkeypatch, tmp_path, sources_file) -> tuple[AppTest, Path]:
    # The test server is on this machine, which the address guard refuses: lifted here only.
    monkeypatch.setattr(fetch, "address_problem", lambda ip: "")
    documents = tmp_path / "documents"
    documents.mkdir()
    for path in (ROOT / "tests" / "data" / "corpus").glob("*.md"):
        shutil.copy(path, documents / path.name)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(documents))
    monkeypatch.setenv("TIERWATCH_TIERS", str(ROOT / "tests" / "data" / "tiers.csv"))
    monkeypatch.setenv("TIERWATCH_BUILD", str(tmp_path / "build"))
    monkeypatch.setenv("TIERWATCH_FETCH_SOURCES", "1")
    monkeypatch.setenv("TIERWATCH_SOURCES", str(sources_file))
    st.cache_resource.clear()
    st.cache_data.clear()
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120), documents


def test_first_start_fetches_the_sources_once_and_says_what_failed(
    monkeypatch, tmp_path, sources_file, httpserver
):
    at, documents = _app(monkeypatch, tmp_path, sources_file)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    (fetched,) = [p for p in documents.glob("*.md") if "laos" in p.name]
    document = document_from_path(fetched)
    assert document.metadata["rights"] == "© Example Post"
    labels = [e.label for e in at.sidebar.expander]
    assert "Sources at start: 1 fetched, 0 unchanged, 1 failed" in labels
    failures = [c.value for c in at.sidebar.caption if "broken" in c.value]
    assert failures and "500" in failures[0]
    # The fetched page is read like any document: the build holds its Laos placement.
    records = (tmp_path / "build" / "current" / "records.jsonl").read_text(encoding="utf-8")
    assert f'"document":"{fetched.name}"' in records and '"iso3":"LAO"' in records
    asked = len(httpserver.log)
    at.run()  # another run of the same server process: nothing fetched again
    assert len(httpserver.log) == asked


def test_an_unusable_sources_file_is_said_and_the_app_still_runs(monkeypatch, tmp_path):
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nurl = "ftp://example.org/x"\n', encoding="utf-8")
    at, _ = _app(monkeypatch, tmp_path, bad)
    at.run()
    assert not at.exception
    assert "Sources at start: not fetched" in [e.label for e in at.sidebar.expander]
    (reason,) = [c.value for c in at.sidebar.caption if "not fetched" in c.value]
    assert "http\\(s\\) URL" in reason
    assert len(at.get("plotly_chart")) == 1


def test_summary_counts_and_names_each_failure(tmp_path):
    from loaders.fetch import Outcome

    outcomes = [
        Outcome("https://a.example/1", "fetched", tmp_path / "a.md"),
        Outcome("https://a.example/2", "unchanged", tmp_path / "b.md"),
        Outcome("https://a.example/3", "failed", tmp_path / "c.md", "HTTP 500"),
    ]
    assert summary(outcomes) == (
        "Sources at start: 1 fetched, 1 unchanged, 1 failed",
        ["https://a.example/3: HTTP 500"],
    )
    assert sources_plan(tmp_path / "absent.toml", tmp_path).plan == ()


def test_the_first_start_fetches_once_per_server_process(tmp_path, monkeypatch):
    # The lock's state lives in the FirstStart the dashboard caches: a second run reads it.
    from app.first_start import FirstStart, fetch_once

    plans = []
    monkeypatch.setattr("app.first_start.fetch_each", lambda plan: plans.append(plan) or iter(()))
    listed = tmp_path / "sources.toml"
    listed.write_text('[[source]]\nurl = "https://a.example/x"\n', encoding="utf-8")
    start, shown = FirstStart(), []
    for _ in range(2):
        fetch_once(start, listed, tmp_path, lambda share, text: shown.append((share, text)))
    assert len(plans) == 1 and start.done
    assert start.summary == "Sources at start: 0 fetched, 0 unchanged, 0 failed"
    assert shown == [(0.0, "Fetching the listed sources: 0 of 1…")]
