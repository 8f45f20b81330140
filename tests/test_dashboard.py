"""dashboard.py through Streamlit's AppTest: views from links, garbage links, uploads, bad data.

AppTest runs the script in-process without a browser: it sees query parameters the test sets, and
the ones the server clears, but not the URL the browser writes when a user moves a bound widget
(tests/test_browser.py checks that). Here a filter change is checked through the view's link.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from dashboard_corpus import LINK_QUOTE, write_corpus
from streamlit.testing.v1 import AppTest

import loaders.workers
from views.text import WORD_JOINER, inert, visible

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "data" / "dashboard"
# Never data/: the seeds and the record as of the 2025 report, whatever data/ holds next year.
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
TIERS = Path(__file__).resolve().parent / "data" / "tiers.csv"
ARTICLE = (FIXTURES / "upload_article.md").read_bytes()


@pytest.fixture
def app(monkeypatch, build_dir):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TIERWATCH_BUILD", str(build_dir))  # not the repository's

    def make(
        documents: Path = CORPUS,
        tiers: Path = TIERS,
        open_panels=(),
        embedded: bool = False,
        url: str = "",
        **params,
    ) -> AppTest:
        monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(documents))
        monkeypatch.setenv("TIERWATCH_TIERS", str(tiers))
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
        at.context["is_embedded"] = embedded  # what ?embed=true sets in a browser
        if url:
            at.context["url"] = url  # the page's address, as the browser reports it
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


def plain(markdown: str) -> str:
    """Inert Markdown as a reader sees it: escapes and word joiners gone."""
    return re.sub(r"\\(.)", r"\1", visible(markdown))


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def test_default_view_renders(app):
    at = app()
    no_exception(at)
    assert [t.value for t in at.title] == ["Cambodia"]
    assert at.selectbox(key="country").value == "KHM"
    assert at.selectbox(key="country").options[0] == "Burma/Myanmar (MMR)"  # by name, code after
    assert at.slider(key="years").value == (2001, 2025)
    assert not at.warning, [w.value for w in at.warning]
    assert len(at.get("plotly_chart")) == 1


def test_shared_link_shows_the_watch_list_years_and_ijm_statements(app):
    at = app(country="KHM", years=["2013", "2015"], open_panels=["chart_text"])
    no_exception(at)
    assert at.slider(key="years").value == (2013, 2015)
    assert plain(at.markdown[0].value) == "**2013–2015: Tier 2 Watch List in each report**"
    header = plain(at.markdown[1].value)
    assert header.startswith("In the 2013–2015 reports, Cambodia was on the Tier 2 Watch List")
    assert "reaching 3 years in a row in 2015" in header and "latest report (2025)" in header
    page = texts(at)
    assert "That is disappointing" in page
    assert "Blair Burns" in page
    (chart_text,) = (t.value for t in at.text)
    assert "Tier 2 Watch List" in chart_text
    assert all(str(year) in chart_text for year in (2013, 2014, 2015))
    assert "2012" not in chart_text and "2016" not in chart_text


@pytest.mark.parametrize(
    "country, years, answer",
    [
        ("KHM", ["2013", "2015"], "2013–2015: Tier 2 Watch List in each report"),
        (
            "KHM",
            ["2012", "2016"],
            "2012–2016: Tier 2 Watch List in 2013–2015, Tier 2 in 2012 and 2016",
        ),
        (
            "VNM",
            ["2023", "2025"],
            "2023–2025: Tier 2 Watch List in 2023, Tier 2 in 2024, unknown in 2025",
        ),
    ],
    ids=["one-tier", "mixed-range", "unknown-year"],
)
def test_the_header_answers_the_claim_check_in_one_bold_line(app, country, years, answer):
    at = app(country=country, years=years)
    no_exception(at)
    assert plain(at.markdown[0].value) == f"**{answer}**"


def test_table_tab_lists_the_watch_list_years(app):
    at = app(years=["2013", "2015"], tab="table")
    no_exception(at)
    table = at.dataframe[0].value
    assert list(zip(table["year"], table["tier"], strict=True)) == [
        (2013, "Tier 2 Watch List"),
        (2014, "Tier 2 Watch List"),
        (2015, "Tier 2 Watch List"),
    ]
    assert len(at.get("download_button")) == 4


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
        ({"years": ["2013.5", "2015"]}, "not a whole year"),
        ({"years": ["2013", "2014", "2015"]}, "one or two report years"),
        ({"country": "QQQ"}, "unknown country"),
        ({"country": ["KHM", "THA"]}, "given 2 times"),
        ({"country": "K" * 10_000}, "unknown country"),
        ({"country": "<script>alert(1)</script>"}, "unknown country"),
        ({"tab": "<img src=x onerror=alert(1)>"}, "unknown tab"),
        ({"org": "spies"}, "unknown organisation type"),
    ],
    ids=["years-abc", "years-1850", "years-reversed", "years-fraction", "three-years",
         "unknown-country",
         "repeated-country", "10kB-value", "html-country", "html-tab", "unknown-org"],
)  # fmt: skip
def test_garbage_link_warns_and_falls_back(app, params, warning_has):
    at = app(**params)
    no_exception(at)
    warnings = [w.value for w in at.warning]
    assert any(warning_has in w for w in warnings), warnings
    assert all(len(w) < 600 and "<script" not in w and "<img" not in w for w in warnings)
    assert at.title[0].value in ("Cambodia", "Thailand")


def test_every_ignored_year_is_named_in_the_warning(app):
    at = app(years=["abc", "1800"])
    (warning,) = [w.value for w in at.warning]
    assert "“abc” is not a year" in warning and "“1800” is outside" in warning
    assert at.slider(key="years").value == (2001, 2025)


@pytest.mark.parametrize(
    "params, title, years",
    [
        ({"country": "khm"}, "Cambodia", (2001, 2025)),
        ({"country": "tha"}, "Thailand", (2001, 2025)),
        ({"years": "2014"}, "Cambodia", (2014, 2014)),
        ({"years": ["2015", "2013"]}, "Cambodia", (2013, 2015)),
    ],
    ids=["lower-case-default", "lower-case-other", "one-year", "reversed-put-in-order"],
)
def test_link_forms_people_type_are_read(app, params, title, years):
    at = app(**params)
    no_exception(at)
    assert (at.title[0].value, at.slider(key="years").value) == (title, years)
    assert "years=2015&years=2013" not in str(at.query_params)


def test_garbage_values_are_cleared_from_the_url(app):
    at = app(years="abc", country="QQQ", foo="bar")
    assert not {"years", "country", "foo"} & set(at.query_params), dict(at.query_params)


def test_the_link_is_written_in_its_canonical_form(app):
    at = app(country="tha", years=["2015", "2013"])
    assert at.query_params["country"] == "THA"
    assert at.query_params["years"] == ["2013", "2015"]


def test_filter_change_changes_the_link(app):
    at = app(open_panels=["link_panel"])
    assert "country=" not in at.code[0].value
    at.selectbox(key="country").set_value("THA").run()
    at.slider(key="years").set_value((2013, 2015)).run()
    no_exception(at)
    assert at.title[0].value == "Thailand"
    link = at.code[0].value
    assert "country=THA" in link and "years=2013&years=2015" in link
    assert at.query_params["country"] == "THA"


def test_a_picked_year_is_in_the_link_and_cleared_with_one_button(app):
    at = app(years=["2013", "2015"], year="2014", open_panels=["link_panel"])
    no_exception(at)
    # Where the year came from, truthfully: the link, not a click on the chart.
    assert "in 2014, the year this link opens on" in texts(at)
    assert "picked on the chart" not in texts(at)
    assert "year=2014" in at.code[0].value and at.query_params["year"] == "2014"
    assert "That is disappointing" not in texts(at)  # a 2015 quote
    at.button(key="clear_year").click().run()
    no_exception(at)
    assert "in 2013–2015, by" in texts(at) and "That is disappointing" in texts(at)
    assert "year" not in at.query_params and "year=" not in at.code[0].value
    assert not [b for b in at.button if b.key == "clear_year"]


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "documents")


def statement_headings(at: AppTest) -> list[str]:
    (cards,) = [m.value for m in at.markdown if m.value.startswith("### ")]
    return [line[4:] for line in cards.splitlines() if line.startswith("### ")]


def test_many_statements_are_grouped_by_year_newest_first(app, corpus):
    at = app(documents=corpus, years=["2010", "2020"])
    no_exception(at)
    # The newest 60 of 66 (6 a year): 2020 back to 2011, each year once.
    assert statement_headings(at) == [str(y) for y in range(2020, 2010, -1)]
    assert "66 statement(s) in 2010–2020" in texts(at)
    (cards,) = [m.value for m in at.markdown if m.value.startswith("### ")]
    # Every card credits its source: title linked to its page, then publisher and date.
    assert cards.count("Source: [Corpus article") == 60  # the first MAX_STATEMENTS
    assert "(https://corpus.example/2020/0), Corpus Gazette 0, 2020\\-07" in cards


@pytest.mark.parametrize(
    "search, n, heading_years",
    [
        ("Bopha", 10, None),
        ("corpus answer 40", 1, ["2019"]),
        ("MINISTRY 44", 1, ["2020"]),
        ("nothing like this", 0, []),
    ],
    ids=["speaker", "quote-words", "organisation-any-case", "no-match"],
)
def test_quote_search_over_speaker_organisation_and_quote(app, corpus, search, n, heading_years):
    at = app(documents=corpus)
    at.text_input(key="q").input(search).run()
    no_exception(at)
    assert f"{n} statement(s) in 2001–2025" in texts(at)
    if heading_years is not None:
        headings = statement_headings(at) if n else []
        assert headings == heading_years


def test_links_inside_a_quote_stay_text(app, corpus):
    at = app(documents=corpus, years=["2014"])
    no_exception(at)
    (cards,) = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert inert(LINK_QUOTE) in cards and WORD_JOINER in cards
    assert visible(inert(LINK_QUOTE)).replace("\\", "") == LINK_QUOTE


def test_embed_shows_the_chart_first_and_no_sidebar(app):
    at = app(embedded=True, years=["2013", "2015"])
    no_exception(at)
    assert len(at.sidebar) == 0 and not at.tabs
    assert len(at.get("plotly_chart")) == 1 and at.slider(key="years").value == (2013, 2015)


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


def test_the_chart_is_offered_as_credited_png_and_svg(app):
    at = app(years=["2013", "2015"])
    no_exception(at)
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Chart as PNG, with its credit" in labels and "Chart as SVG, with its credit" in labels


def test_the_embed_carries_a_credit_and_a_link_back(app):
    at = app(embedded=True, url="http://localhost:8501/?embed=true", years=["2013", "2015"])
    no_exception(at)
    (credit,) = [m.value for m in at.markdown if inert("Source: Tier Watch") in m.value]
    assert inert("official record + 2 documents") in credit and inert("Data version ") in credit
    assert "[Open this view in Tier Watch](http://localhost:8501/?" in credit
    assert "years=2013" in credit and "embed" not in credit.split("](")[1]


def year_panel_text(at: AppTest) -> str:
    (panel,) = [m.value for m in at.markdown if "Official tier," in m.value]
    return panel


def test_a_picked_year_opens_one_panel_with_the_official_source_as_a_link(app):
    at = app(years=["2013", "2015"], year="2013")
    no_exception(at)
    panel = year_panel_text(at)
    source = "https://english.cambodiadaily.com/news/no-change-to-cambodias-human-trafficking-rank-62097/"
    assert plain(panel).startswith("**Official tier, 2013: Tier 2 Watch List** (medium confidence")
    assert f"[the official source for 2013]({source})" in panel
    assert "statements from 2013" in panel and at.selectbox(key="year_pick").value == 2013


def test_choosing_a_year_in_the_picker_filters_the_view_and_the_link(app):
    at = app(years=["2013", "2015"], open_panels=["link_panel"])
    assert not [m for m in at.markdown if "Official tier," in m.value]
    assert at.selectbox(key="year_pick").value is None
    at.selectbox(key="year_pick").set_value(2015).run()
    no_exception(at)
    assert plain(year_panel_text(at)).startswith("**Official tier, 2015: Tier 2 Watch List** (high")
    assert "in 2015, the year chosen in “Year in detail”" in texts(at)
    assert "picked on the chart" not in texts(at)
    assert at.query_params["year"] == "2015"
    at.selectbox(key="year_pick").set_value(None).run()
    assert "year" not in at.query_params and "in 2013–2015, by" in texts(at)


def test_an_added_document_over_its_time_limit_is_not_read_and_the_others_are_kept(
    app, monkeypatch
):
    # The limits are read when a document is added: with none left, only the reader process's
    # clock can refuse the paste (extracted here, in the server's process, it would be read).
    at = app(years=["2013", "2015"], open_panels=["add_panel"])
    at.file_uploader(key="upload").upload("article.md", ARTICLE, "text/markdown").run()
    monkeypatch.setattr(loaders.workers, "DEFAULT_TIME_LIMIT", 0.0)
    monkeypatch.setattr(loaders.workers, "SECONDS_PER_MB", 0.0)
    at.text_input(key="paste_title").input("Pasted over time")
    at.text_area(key="paste_text").input("Thailand was placed on Tier 3 in the 2014 report.")
    at.button(key="FormSubmitter:paste-Add pasted text").click().run()
    no_exception(at)
    (error,) = [e.value for e in at.error]
    assert re.fullmatch(
        r"pasted-Pasted-over-time-\w{12}\.txt took over 0 s and was not read; the other "
        r"documents are kept\.",
        plain(error),
    ), error
    assert list(at.session_state["added_documents"]) == ["upload-article.md"]
    assert "Uploaded test quote about Cambodia" in texts(at)


def test_the_server_process_never_loads_the_model_for_an_added_document(build_dir):
    # In a fresh interpreter: this test process may have loaded spaCy for other tests.
    script = f"""
import sys
from streamlit.testing.v1 import AppTest
at = AppTest.from_file("dashboard.py", default_timeout=120)
at.session_state["add_panel"] = True
at.run()
at.file_uploader(key="upload").upload("article.md", {ARTICLE!r}, "text/markdown").run()
assert not at.exception, [e.value for e in at.exception]
assert "upload-article.md" in at.session_state["added_documents"]
print(sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc")))
"""
    env = {**os.environ, "TIERWATCH_BUILD": str(build_dir), "TIERWATCH_DOCUMENTS": str(CORPUS),
           "TIERWATCH_TIERS": str(TIERS)}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
