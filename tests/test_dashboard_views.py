"""dashboard.py through AppTest on the small world of tests/data/dashboard/countries: where each
statement is listed, added material marked, downloads named and credited."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apps import run_dashboard
from views.text import inert

ROOT = Path(__file__).resolve().parent.parent
WORLD = Path(__file__).resolve().parent / "data" / "dashboard" / "countries"
NOWHERE = "Fixture quote from nowhere in particular"
THAI = "Fixture quote about the fishing fleets"


@pytest.fixture
def app(monkeypatch, build_dir):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TIERWATCH_BUILD", str(build_dir))
    monkeypatch.setenv("TIERWATCH_TIERS", str(WORLD / "tiers.csv"))
    monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(WORLD / "documents"))

    def make(open_panels=(), **params) -> AppTest:
        return run_dashboard(params, open_panels)

    return make


def page(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "text", "caption", "code") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("country", ["KHM", "VNM", "THA"])
def test_a_quote_of_no_country_is_listed_under_none(app, country):
    at = app(country=country)
    at = ok(at.multiselect(key="org").set_value(["ngo", "government", "other"]).run())
    main = "\n".join(m.value for m in at.markdown if m.value.startswith("### "))
    assert inert(NOWHERE) not in main
    assert (inert(THAI) in main) == (country == "THA")


def test_a_quote_of_no_country_is_found_under_country_not_identified(app):
    closed = ok(app(country="VNM"))
    assert [e.label for e in closed.expander if "not identified" in e.label] == [
        "Statements, country not identified (1)"
    ]
    # Its speaker's organisation is unknown, yet the default filter (NGOs, officials) finds it.
    at = ok(app(country="VNM", open_panels=["not_identified"]))
    assert inert(NOWHERE) in page(at)


def test_statements_hidden_by_the_org_filter_are_counted_and_one_click_away(app):
    at = ok(app(country="THA", org="media"))
    assert inert(THAI) not in page(at)
    assert "1 more by organisation types not selected." in page(at)
    at.button(key="every_org").click().run()
    assert inert(THAI) in page(ok(at))


def test_org_other_in_a_link_is_applied_and_written_back_as_other(app):
    at = ok(app(country="VNM", org="other"))
    assert at.multiselect(key="org").value == ["other"] and not at.warning
    assert at.query_params["org"] == "other"
    at.multiselect(key="org").set_value(["ngo", "other"]).run()
    assert ok(at).query_params["org"] == ["ngo", "other"] and not at.warning


def test_an_empty_org_in_a_link_is_the_default(app):
    at = ok(app(org=""))
    assert at.multiselect(key="org").value == ["ngo", "government"] and not at.warning
    assert "org" not in at.query_params


def test_tabs_are_words_and_claims_opens_on_claims(app):
    at = ok(app(tab="claims", country="THA"))
    assert [t.label for t in at.tabs] == [
        "Overview", "Table", "Claims", "Region", "About"
    ]  # fmt: skip
    headers = [h.value for h in at.header]
    assert headers[0].startswith("What the documents claim") and headers[1].startswith("Events")
    assert at.query_params["tab"] == "claims"


def test_about_has_one_sources_heading_a_note_column_and_a_citable_citation(app):
    at = ok(app(tab="about", country="THA", years=["2014", "2015"]))
    headings = [h.value for kind in ("header", "subheader") for h in getattr(at, kind)]
    in_markdown = sum(m.value.count("## Sources") for m in at.markdown)
    assert "Sources" not in headings and in_markdown == 1
    official = at.dataframe[0].value
    assert "note" in official.columns and "evidence" not in official.columns
    (citation,) = [c.value for c in at.code if "accessed" in c.value]
    assert "data/tiers.csv" not in citation and "data version " in citation
    assert "years=2014&years=2015" in citation and "country=THA" in citation


ARTICLE = (
    Path(__file__).resolve().parent / "data" / "dashboard" / "upload_article.md"
).read_bytes()
UPLOADED = "Uploaded test quote about Cambodia"


def upload(at: AppTest, name: str, raw: bytes = ARTICLE) -> AppTest:
    return ok(at.file_uploader(key="upload").upload(name, raw, "text/markdown").run())


def test_added_material_is_marked_on_cards_hovers_and_tables(app):
    at = upload(app(years=["2015"], open_panels=["add_panel"]), "article.md")
    (cards,) = [m.value for m in at.markdown if inert(UPLOADED) in m.value and "###" in m.value]
    assert "**Added by you, not in the curated sources.**" in cards
    figure = at.get("plotly_chart")[0].proto.spec
    assert "added by you: Test Uploader" in figure
    # In the page, not the sidebar: a phone folds the sidebar away.
    assert any("a reload or a new tab loses them" in w.value for w in at.main.warning)
    assert "reloading or closing the page loses them" in page(at)
    at.session_state["tab"] = "Table"
    at = ok(at.run())
    # The table tab's statements (the add panel's own list of what the document gave comes first).
    statements = next(d.value for d in at.dataframe if {"quote", "origin"} <= set(d.value.columns))
    assert list(statements["origin"]) == ["added by you, not in the curated sources"]


def test_one_document_once_and_a_new_version_replaces_the_old(app):
    at = upload(app(years=["2015"], open_panels=["add_panel"]), "article.md")
    at = upload(at, "copy-of-article.md")  # the same bytes under another name
    assert list(at.session_state["added_documents"]) == ["upload-article.md"]
    assert any("the same text was added already" in e.value for e in at.error)
    newer = ARTICLE.replace(b"Uploaded test quote", b"Revised test quote")
    at = upload(at, "article.md", newer)
    (doc,) = at.session_state["added_documents"].values()
    assert b"Revised" in doc.body.encode() and any("replaced" in i.value for i in at.info)
    assert page(at).count(inert("Revised test quote about Cambodia")) >= 1
    assert inert(UPLOADED) not in page(at)


@pytest.mark.parametrize(
    "cell, written",
    [("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+1", "'+1"), ("-2", "'-2"),
     ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"),
     ("plain", "plain"), ("a=b", "a=b")],
    ids=["equals", "plus", "minus", "at", "tab", "cr", "already-quoted", "plain", "inside"],
)  # fmt: skip
def test_every_csv_cell_that_a_spreadsheet_would_run_is_made_text(cell, written):
    import pandas as pd

    from loaders.publish import cells_from_csv, csv_cell, csv_text

    assert csv_cell(cell) == written and list(cells_from_csv(pd.Series([written]))) == [cell]
    frame = pd.DataFrame({"title": [cell], "n": [-3]})
    text = csv_text(frame)
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    # A bare CR inside a cell is not quoted by a "\n"-terminated writer: checked by csv_cell only.
    assert "\r" in cell or rows == [["title", "n"], [written, "-3"]]


def test_the_build_writes_safe_csvs_and_reads_its_titles_back_unchanged(tmp_path):
    from loaders.build import build
    from loaders.publish import current_set
    from loaders.published import read_published

    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "formula.md").write_text(
        '---\ntitle: "=HYPERLINK(\\"http://evil.example\\")"\npublished: "2015-07"\n---\n'
        "Thailand was downgraded to Tier 3 in the 2014 Trafficking in Persons report.\n",
        "utf-8",
    )
    build(docs, WORLD / "tiers.csv", tmp_path / "build")
    folder = current_set(tmp_path / "build")
    assert "'=HYPERLINK" in (folder / "documents.csv").read_text("utf-8")
    (title,) = read_published(tmp_path / "build").tables.documents["title"]
    assert title == '=HYPERLINK("http://evil.example")'


def test_the_tables_own_csv_export_is_off():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["client"]["disableDataExport"] is True


def test_the_table_tab_offers_citable_downloads_with_a_codebook(app):
    at = ok(app(tab="table", country="THA", years=["2014", "2015"]))
    menu = at.selectbox(key="download_choice")
    assert menu.options == [
        "This view's tier history (THA, 2014–2015)",
        "The full tier history (every country and year)",
        "This view's statements (THA, 2014–2015)",
        "Every statement",
        "Every document",
    ]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == [
        "As CSV",
        "As JSON",
        "Everything as CSV and JSON, with the codebook (zip)",
        "Codebook (CSV)",
    ]
    assert inert("official record + ") in page(at) and inert("Data version ") in page(at)
