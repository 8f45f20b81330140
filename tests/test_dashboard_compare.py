"""dashboard.py through AppTest: countries side by side (issue 16 item 7) and where a picked year
came from, on the small world of tests/data/dashboard/countries (Cambodia, Thailand and Vietnam,
2013-2016).

"Compare Cambodia with Thailand" is two steps: open "Compare with", choose Thailand. Here the
choice is set on the widget; the link carries it (``compare=THA``) and reopens it, and a link with
garbage codes names them and draws the rest.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from streamlit.testing.v1 import AppTest

from tests.apps import run_dashboard
from views.text import inert

ROOT = Path(__file__).resolve().parent.parent
WORLD = Path(__file__).resolve().parent / "data" / "dashboard" / "countries"
PAGE = "http://127.0.0.1:8501/"
# A document about a country the official record of this world lacks: it can be shown, not compared.
LAOS = """---
title: "Fixture: a Lao article"
url: https://fixture.example/laos
published: "2015-07"
publisher: Fixture Daily
---
Laos was placed on Tier 2 in the 2015 Trafficking in Persons report.
"""


@pytest.fixture
def app(monkeypatch, build_dir):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("TIERWATCH_BUILD", str(build_dir))
    monkeypatch.setenv("TIERWATCH_TIERS", str(WORLD / "tiers.csv"))
    monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(WORLD / "documents"))

    def make(
        open_panels=(), documents: Path | None = None, embedded: bool = False, **params
    ) -> AppTest:
        if documents is not None:
            monkeypatch.setenv("TIERWATCH_DOCUMENTS", str(documents))
        return run_dashboard(params, open_panels, {"url": PAGE, "is_embedded": embedded})

    return make


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def chart(at: AppTest, key: str = "history") -> dict:
    """A chart of the page as Plotly JSON, found by its widget key (history-N, region)."""
    (figure,) = [c for c in at.get("plotly_chart") if f"-{key}" in c.proto.id]
    return json.loads(figure.proto.spec)


def drawn(at: AppTest) -> set[tuple[str, str]]:
    """(iso3, kind) of every point the tier chart draws."""
    return {
        (c[1], c[2]) for t in chart(at)["data"] for c in (t.get("customdata") or []) if len(c) == 3
    }


def link(at: AppTest) -> str:
    (code,) = [c.value for c in at.code if c.value.startswith("http")]
    return code


def test_choosing_thailand_draws_it_beside_cambodia_and_puts_it_in_the_link(app):
    at = ok(app(open_panels=["link_panel"]))
    assert at.multiselect(key="compare").value == []
    assert ("THA", "compared") not in drawn(at)
    at = ok(at.multiselect(key="compare").set_value(["THA"]).run())
    assert {("KHM", "official"), ("THA", "compared")} <= drawn(at)
    figure = chart(at)
    assert figure["layout"]["title"]["text"].startswith("Cambodia and Thailand:<br>official")
    labels = [t["text"][0] for t in figure["data"] if t.get("meta") == "end-label"]
    assert labels == ["Cambodia", "Thailand"]
    assert at.query_params["compare"] == "THA"
    assert parse_qs(urlsplit(link(at)).query)["compare"] == ["THA"]
    captions = "\n".join(c.value for c in at.caption)
    assert "■ Thailand (dashed line)" in captions


def test_the_link_reopens_the_comparison(app):
    at = ok(app(compare="THA,VNM", years=["2013", "2016"], open_panels=["chart_text"]))
    assert at.multiselect(key="compare").value == ["THA", "VNM"]
    assert not at.warning, [w.value for w in at.warning]
    assert {("THA", "compared"), ("VNM", "compared")} <= drawn(at)
    (text,) = [t.value for t in at.text]
    assert "Compared, 2013–2016: Thailand:" in text and "Vietnam:" in text


def test_garbage_compare_codes_are_named_and_the_rest_drawn(app):
    at = ok(app(compare="tha,QQQ,<b>x</b>"))
    (warning,) = [w.value for w in at.warning]
    assert "'compare' country “QQQ”" in warning and "not in the official record" in warning
    assert "<b>" not in warning
    assert at.multiselect(key="compare").value == ["THA"]
    assert ("THA", "compared") in drawn(at)
    assert at.query_params["compare"] == "THA"  # the link rewritten in the one spelling


def test_an_empty_compare_is_none(app):
    at = ok(app(compare=""))
    assert not at.warning and at.multiselect(key="compare").value == []
    assert "compare" not in at.query_params


def test_only_countries_of_the_official_record_can_be_compared(app, tmp_path):
    documents = tmp_path / "documents"
    shutil.copytree(WORLD / "documents", documents)
    (documents / "laos.md").write_text(LAOS, encoding="utf-8")
    at = ok(app(documents=documents, compare="LAO"))
    assert "Laos (LAO)" in at.selectbox(key="country").options  # shown, from the document
    assert at.multiselect(key="compare").options == ["Thailand (THA)", "Vietnam (VNM)"]
    (warning,) = [w.value for w in at.warning]
    assert "“LAO” not in the official record" in warning


def test_a_newly_shown_country_leaves_the_comparison(app):
    at = ok(app(compare="THA,VNM"))
    at = ok(at.selectbox(key="country").set_value("THA").run())
    assert at.multiselect(key="compare").value == ["VNM"]
    assert not [o for o in at.multiselect(key="compare").options if "(THA)" in o]
    assert at.query_params["country"] == "THA" and at.query_params["compare"] == "VNM"


def test_the_region_map_outlines_the_compared_countries_from_the_link(app):
    at = ok(app(compare="VNM", tab="region"))
    figure = chart(at, "region")
    shapes = figure["layout"]["shapes"]
    assert sorted(s["name"] for s in shapes) == ["compared country", "selected country"]
    heat = figure["data"][0]
    assert {label for row in heat["text"] for label in row} >= {"2", "2WL", "3"}


def test_an_embedded_view_draws_the_linked_comparison_and_links_back_to_it(app):
    at = ok(app(compare="THA", embedded=True))
    assert ("THA", "compared") in drawn(at)
    back = [m.value for m in at.markdown if "Open this view in Tier Watch" in m.value]
    assert back and "compare=THA" in back[0]


# ---- the header and the credits name every country drawn (issue 16, closing note item 1) ----
KHM_THA_2013_2016 = (
    "2013–2016: Cambodia, Tier 2 Watch List in 2013–2015, Tier 2 in 2016; "
    "Thailand, Tier 2 Watch List in 2013 and 2016, Tier 3 in 2014–2015"
)


def test_the_header_names_every_country_drawn_with_its_answer(app):
    at = ok(app(compare="THA", years=["2013", "2016"]))
    assert [t.value for t in at.title] == [inert("Cambodia and Thailand")]
    assert f"**{inert(KHM_THA_2013_2016)}**" in [m.value for m in at.markdown]


def test_the_header_of_one_country_names_it_alone(app):
    at = ok(app(years=["2013", "2016"]))
    assert [t.value for t in at.title] == ["Cambodia"]
    answer = "2013–2016: Tier 2 Watch List in 2013–2015, Tier 2 in 2016"
    assert f"**{inert(answer)}**" in [m.value for m in at.markdown]


def credit_of(at: AppTest) -> str:
    (line,) = [m.value for m in at.markdown if "Open this view in Tier Watch" in m.value]
    return line


@pytest.mark.parametrize(
    "params, shows, n",
    [
        # Cambodia has no document in this world: its chart draws the official record alone.
        ({"compare": "THA"}, "Cambodia and Thailand, 2013–2016", "0 documents"),
        ({"country": "THA", "compare": "KHM,VNM"}, "Thailand, Cambodia and Vietnam", "1 document"),
        # The document that names no country is behind no country's view.
        ({"country": "THA"}, "Thailand, 2013–2016", "1 document"),
    ],
    ids=["compared", "three compared", "one country"],
)
def test_the_embed_credit_names_the_countries_drawn_and_counts_their_documents(
    app, params, shows, n
):
    at = ok(app(embedded=True, years=["2013", "2016"], **params))
    line = credit_of(at)
    assert line.startswith(inert(shows)), line
    assert inert(f"Source: Tier Watch, official record + {n}.") in line


def test_the_download_credit_counts_the_documents_behind_the_chosen_table(app):
    at = ok(app(compare="THA", tab="table", years=["2013", "2016"]))
    assert at.selectbox(key="download_choice").value == "view"
    (caption,) = [c.value for c in at.caption if inert("Source: Tier Watch") in c.value]
    # The view's tier history holds Thailand's rows beside Cambodia's: the Thai article's claim.
    assert inert("Source: Tier Watch, official record + 1 document.") in caption
    label = at.selectbox(key="download_choice").format_func("view")
    assert label == "This view's tier history (KHM, THA, 2013–2016)"
    at = ok(at.selectbox(key="download_choice").set_value("documents").run())
    (caption,) = [c.value for c in at.caption if inert("Source: Tier Watch") in c.value]
    assert inert("official record + 2 documents.") in caption
