"""views/export.py: exported charts carry their title, key, source, view URL and data date."""

from __future__ import annotations

import os
import shutil

import pytest
from test_downloads import YEARLY_DF

from loaders.schema import CLAIMS, DOCUMENTS, EVENTS, STATEMENTS, empty
from views import export, filters
from views.charts import MARKS_KEY, tier_history_figure, year_window
from views.compared import compare_key
from views.credit import Stamp, subject
from views.text import hover_safe

STAMP = Stamp("abc123def456", "2026-12-01", 3, "https://host.example/?country=KHM")


def figure() -> dict:
    claims = filters.with_source(empty(CLAIMS), empty(DOCUMENTS))
    built = tier_history_figure(
        YEARLY_DF, claims, empty(STATEMENTS), empty(EVENTS), iso3="KHM", years=(2001, 2015)
    )
    return year_window(built.to_plotly_json(), name="Cambodia", years=(2012, 2014))


COMPARED = Stamp(
    "abc123def456", "2026-12-01", 1, "https://host.example/?country=KHM&compare=THA",
    subject=subject(["Cambodia", "Thailand"], (2013, 2016)),
)  # fmt: skip


def test_credit_lines_name_key_source_url_and_date():
    lines = export.credit_lines(MARKS_KEY, STAMP)
    assert lines[0] == MARKS_KEY
    assert lines[1] == (
        "Source: Tier Watch, official record + 3 documents. "
        "Data version abc123def456 of 2026-12-01."
    )
    assert lines[2] == STAMP.view_url


def test_the_credit_names_every_country_drawn_and_their_key():
    keys = (MARKS_KEY, compare_key(["Thailand"]))
    lines = export.credit_lines(keys, COMPARED)
    assert lines[:2] == list(keys)
    assert lines[2] == (
        "Cambodia and Thailand, 2013–2016. Source: Tier Watch, official record + 1 document. "
        "Data version abc123def456 of 2026-12-01."
    )


def test_the_credited_figure_keeps_the_title_and_draws_the_credit_under_the_plot():
    shown = figure()
    credited = export.credited_figure(shown, key=MARKS_KEY, stamp=STAMP)
    texts = [a.text for a in credited.layout.annotations]
    drawn = export.footer_lines(export.credit_lines(MARKS_KEY, STAMP))
    assert [hover_safe(line) for line in drawn] == texts[-len(drawn) :]
    assert credited.layout.title.text == shown["layout"]["title"]["text"]
    assert "annotations" not in shown["layout"] or STAMP.view_url not in str(shown["layout"])


def test_every_footer_line_fits_the_image_and_keeps_every_word():
    # The 400-character key was one line: at 1200 px it ran past the image's edge.
    keys = (MARKS_KEY, compare_key(["Thailand", "Vietnam"]))
    credited = export.credited_figure(figure(), key=keys, stamp=COMPARED)
    notes = [a.text for a in credited.layout.annotations if a.yshift and a.yshift < 0]
    assert all(len(text) <= export.LINE_CHARS for text in notes), [len(t) for t in notes]
    words = " ".join(export.credit_lines(keys, COMPARED)).split()
    assert " ".join(notes).split() == [hover_safe(w) for w in words]
    # The image grows with its footer: the plot keeps its height.
    assert (
        credited.layout.height
        == export.PLOT_HEIGHT + credited.layout.margin.b - (figure()["layout"]["margin"]["b"])
    )


# CI installs chromium: there a missing browser must fail this test, never skip it.
@pytest.mark.skipif(
    not shutil.which("chromium") and not os.environ.get("CI"), reason="kaleido draws with Chromium"
)
def test_svg_and_png_carry_the_credit():
    credited = export.credited_figure(figure(), key=MARKS_KEY, stamp=STAMP)
    svg = export.image_bytes(credited, "svg").decode("utf-8")
    assert svg.startswith("<svg") and "official record + 3 documents" in svg
    assert "host.example" in svg and "2026-12-01" in svg
    assert export.image_bytes(credited, "png").startswith(b"\x89PNG")


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="png or svg"):
        export.image_bytes(export.credited_figure(figure(), key="", stamp=STAMP), "gif")
