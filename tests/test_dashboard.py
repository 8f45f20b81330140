"""dashboard.py through Streamlit's AppTest: views from links, garbage links, uploads, bad data.

AppTest runs the script in-process without a browser: it sees query parameters the test sets, and
the ones the server clears, but not the URL the browser writes when a user moves a bound widget
(tests/test_browser.py checks that). Here a filter change is checked through the view's link.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from views.text import inert

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "data" / "dashboard"
ARTICLE = (FIXTURES / "upload_article.md").read_bytes()


@pytest.fixture
def app(monkeypatch, build_dir):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TIERWATCH_BUILD", str(build_dir))  # not the repository's

    def make(
        documents: Path | None = None, tiers: Path | None = None, open_panels=(), **params
    ) -> AppTest:
        if documents is not None:
            monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(documents))
        if tiers is not None:
            monkeypatch.setenv("TIERWATCH_TIERS", str(tiers))
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        for name, value in params.items():
            at.query_params[name] = value
        for panel in open_panels:  # lazy expanders: open as a click would
            at.session_state[panel] = True
        return at.run()

    return make


def texts(at: AppTest) -> str:
    """Everything the page wrote as Markdown, text, caption or code, one string."""
    parts = [e.value for kind in ("markdown", "text", "caption", "code") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_default_view_renders(app):
    at = app()
    no_exception(at)
    assert [t.value for t in at.title] == ["Cambodia"]
    assert at.radio(key="country").value == "KHM"
    assert at.slider(key="years").value[0] == 2001
    assert not at.warning, [w.value for w in at.warning]
    assert len(at.get("plotly_chart")) == 1


def test_shared_link_shows_the_watch_list_years_and_ijm_statements(app):
    at = app(country="KHM", years=["2013", "2015"], open_panels=["chart_text"])
    no_exception(at)
    assert at.slider(key="years").value == (2013, 2015)
    page = texts(at)
    assert "That is disappointing" in page
    assert "Blair Burns" in page
    (chart_text,) = (t.value for t in at.text)
    assert "Tier 2 Watch List" in chart_text
    assert all(str(year) in chart_text for year in (2013, 2014, 2015))
    assert "2012" not in chart_text and "2016" not in chart_text


def test_table_tab_lists_the_watch_list_years(app):
    at = app(years=["2013", "2015"], tab="table")
    no_exception(at)
    table = at.dataframe[0].value
    assert list(zip(table["year"], table["tier"], strict=True)) == [
        (2013, "Tier 2 Watch List"),
        (2014, "Tier 2 Watch List"),
        (2015, "Tier 2 Watch List"),
    ]
    assert len(at.get("download_button")) == 3


@pytest.mark.parametrize("tab", ["claims", "region", "about"])
def test_every_tab_renders(app, tab):
    at = app(tab=tab, country="THA")
    no_exception(at)
    assert not at.warning


@pytest.mark.parametrize(
    "tab, panel, says",
    [
        ("overview", "chart_text", "Tier 2 Watch List in 2013, 2014 and 2015"),
        ("region", "map_text", "Cambodia (selected): Tier 2 Watch List"),
    ],
)
def test_text_alternatives_are_written_when_their_panel_opens(app, tab, panel, says):
    closed = app(tab=tab, years=["2013", "2015"])
    assert not closed.text  # built only on demand
    opened = app(tab=tab, years=["2013", "2015"], open_panels=[panel])
    no_exception(opened)
    assert says in opened.text[0].value and "2016" not in opened.text[0].value


@pytest.mark.parametrize(
    "params, warning_has",
    [
        ({"years": ["abc", "2015"]}, "is not a year"),
        ({"years": ["1850", "2015"]}, "outside the report years"),
        ({"years": ["2015", "2013"]}, "read as 2013–2015"),
        ({"years": "2013"}, "needs two values"),
        ({"country": "QQQ"}, "unknown country"),
        ({"country": ["KHM", "THA"]}, "given 2 times"),
        ({"country": "K" * 10_000}, "unknown country"),
        ({"country": "<script>alert(1)</script>"}, "unknown country"),
        ({"tab": "<img src=x onerror=alert(1)>"}, "unknown tab"),
        ({"org": "spies"}, "unknown organisation type"),
    ],
    ids=["years-abc", "years-1850", "years-reversed", "one-year", "unknown-country",
         "repeated-country", "10kB-value", "html-country", "html-tab", "unknown-org"],
)  # fmt: skip
def test_garbage_link_warns_and_falls_back(app, params, warning_has):
    at = app(**params)
    no_exception(at)
    warnings = [w.value for w in at.warning]
    assert any(warning_has in w for w in warnings), warnings
    assert all(len(w) < 600 and "<script" not in w and "<img" not in w for w in warnings)
    assert at.title[0].value in ("Cambodia", "Thailand")


def test_garbage_values_are_cleared_from_the_url(app):
    at = app(years="abc", country="QQQ")
    assert "years" not in at.query_params and "country" not in at.query_params


def test_filter_change_changes_the_link(app):
    at = app(open_panels=["link_panel"])
    assert "country=" not in at.code[0].value
    at.radio(key="country").set_value("THA").run()
    at.slider(key="years").set_value((2013, 2015)).run()
    no_exception(at)
    assert at.title[0].value == "Thailand"
    link = at.code[0].value
    assert "country=THA" in link and "years=2013&years=2015" in link


def test_quote_with_html_is_shown_as_text(app):
    at = app(documents=FIXTURES / "documents", years=["2013", "2016"])
    no_exception(at)
    quotes = [m for m in at.markdown if "Test quote" in m.value]
    assert quotes, texts(at)
    for element in quotes:
        assert "<script" not in element.value and "<img" not in element.value
        assert not element.proto.allow_html


def test_unreadable_document_is_listed_with_its_reason(app):
    at = app(documents=FIXTURES / "documents")
    no_exception(at)
    warnings = "\n".join(w.value for w in at.warning)
    assert inert("not_text.txt") in warnings and "binary content" in warnings


def test_bad_official_record_gives_an_error_not_a_traceback(app, tmp_path):
    tiers = tmp_path / "tiers.csv"
    tiers.write_text("country,iso3,year,tier\nCambodia,KHM,2013,Tier 9\n")
    at = app(tiers=tiers)
    no_exception(at)
    assert at.error and "official record" in at.error[0].value


def test_uploading_an_article_adds_its_statements(app):
    at = app(years=["2013", "2015"], open_panels=["add_panel"])
    before = texts(at)
    assert "Uploaded test quote" not in before
    at.file_uploader(key="upload").upload("article.md", ARTICLE, "text/markdown").run()
    no_exception(at)
    after = texts(at)
    assert "Uploaded test quote about Cambodia" in after
    assert inert("upload-article.md") in after and "added by you" in after


@pytest.mark.parametrize(
    "name, raw, message_has",
    [
        ("binary.txt", b"\x00\x01\x02\x03" * 10, "binary content"),
        ("big.md", b"a " * 3_000_000, "over the upload limit"),
    ],
    ids=["binary", "oversized"],
)
def test_bad_upload_gives_a_message_and_changes_nothing(app, name, raw, message_has):
    at = app(years=["2013", "2015"], open_panels=["add_panel"])
    before = [m.value for m in at.markdown]
    at.file_uploader(key="upload").upload(name, raw, "text/plain").run()
    no_exception(at)
    assert any(message_has in e.value for e in at.error), [e.value for e in at.error]
    assert at.session_state["added_documents"] == {}
    assert [m.value for m in at.markdown] == before


def test_fetch_is_offered_only_when_allowed_and_refuses_a_private_address(app, monkeypatch):
    at = app(open_panels=["add_panel"])
    assert not [b for b in at.button if b.key == "fetch"]
    monkeypatch.setenv("TIERWATCH_ALLOW_URL_FETCH", "1")
    at = app(open_panels=["add_panel"])
    at.text_input(key="fetch_url").input("http://127.0.0.1:9/article").run()
    at.button(key="fetch").click().run()
    no_exception(at)
    assert any("Not fetched" in e.value for e in at.error), [e.value for e in at.error]
    assert at.session_state["added_documents"] == {}


def test_save_is_offered_only_when_allowed_and_writes_the_document(app, monkeypatch, tmp_path):
    documents = tmp_path / "documents"
    documents.mkdir()
    at = app(documents=documents, open_panels=["add_panel"])
    at.file_uploader(key="upload").upload("article.md", ARTICLE, "text/markdown").run()
    assert not [b for b in at.button if b.key.startswith("save-")]
    monkeypatch.setenv("TIERWATCH_ALLOW_SAVE", "1")
    at = app(documents=documents, open_panels=["add_panel"])
    at.file_uploader(key="upload").upload("article.md", ARTICLE, "text/markdown").run()
    at.button(key="save-upload-article.md").click().run()
    no_exception(at)
    saved = list(documents.glob("*.md"))
    assert len(saved) == 1 and "Uploaded test quote about Cambodia" in saved[0].read_text()
    assert any("Saved as" in s.value for s in at.success)


def test_pasted_text_is_added_with_its_title(app):
    at = app(years=["2013", "2015"], open_panels=["add_panel"])
    body = ARTICLE.decode("utf-8").split("---\n", 2)[2]  # the article without its front matter
    at.text_input(key="paste_title").input("Pasted test article")
    at.text_input(key="paste_date").input("2015-07")
    at.text_area(key="paste_text").input(body)
    at.button(key="FormSubmitter:paste-Add pasted text").click().run()
    no_exception(at)
    page = texts(at)
    assert "Uploaded test quote about Cambodia" in page
    assert inert("Pasted test article") in page
    (doc,) = at.session_state["added_documents"].values()
    assert doc.title == "Pasted test article" and str(doc.published) == "2015-07"
