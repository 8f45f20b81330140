"""Report-year resolution: the reference time of a document and the year cues of a sentence."""

from __future__ import annotations

import pytest

from loaders.documents import Document, document_from_bytes, parse_published
from loaders.extract.sentences import sentences
from loaders.extract.timeref import REPORT_RELEASES, parse_years, reference_time, year_cues
from loaders.lexicon.time import RELEASES


def _reference(body: str, published: str | None):
    date, _ = parse_published(published)
    doc = Document(id="t.md", body=body, sha256="0", published=date)
    return reference_time(doc, body, sentences(body))


@pytest.mark.parametrize(
    "body, published, expected",
    [
        ("Nothing about dates.", "2015-05", (2015, 5, False, 2014, False)),
        ("Nothing about dates.", "2015-08", (2015, 8, False, 2015, False)),
        # The 2015 report came out on 27 July: a July 2015 text without a day or cue is taken as
        # written after it, and that is marked as assumed.
        ("Nothing about dates.", "2015-07", (2015, 7, False, 2015, True)),
        ("Nothing about dates.", "2015-07-28", (2015, 7, False, 2015, False)),
        ("Nothing about dates.", "2015-07-20", (2015, 7, False, 2014, False)),
        ("The report released today is grim.", "2013-06", (2013, 6, False, 2013, False)),
        ("This year's trafficking report is grim.", "2013-06", (2013, 6, False, 2013, False)),
        ("Ahead of the upcoming report, NGOs worry.", "2013-06", (2013, 6, False, 2012, False)),
        ("Nothing about dates.", "2013-06", (2013, 6, False, 2013, True)),
        (
            "The State Department on Monday released its annual report.",
            "2013-06",
            (2013, 6, False, 2013, False),
        ),
        ("Nothing about dates.", "2014", (2014, None, False, 2014, True)),
        ("The 2014 trafficking report is out.", "2014", (2014, None, False, 2014, False)),
        ("The 2014 report will be released in June.", "2014", (2014, None, False, 2013, False)),
        # The 2025 report came out late, in September.
        ("Nothing about dates.", "2025-07", (2025, 7, False, 2024, False)),
        # No date: the latest report year the text names, marked inferred.
        (
            "The 2013 report and the 2015 TIP report differ. A 2016 law passed.",
            None,
            (2015, None, True, 2015, False),
        ),
        (
            "Cambodia has been on the watch list since 2013.",
            None,
            (None, None, True, None, False),
        ),
        ("PHNOM PENH, July 30, 2015 - The report is out.", None, (2015, 7, True, 2015, False)),
    ],
    ids=[
        "before-release-month",
        "after-release-month",
        "release-month-no-day-no-cue",
        "release-month-day-after",
        "release-month-day-before",
        "june-released-today",
        "june-this-years-report",
        "june-upcoming",
        "june-no-cue",
        "june-released-its-annual",
        "year-only-no-cue",
        "year-only-names-its-report",
        "year-only-report-to-come",
        "2025-late-report",
        "no-date-latest-named-report",
        "no-date-since-is-no-report-year",
        "no-date-dateline",
    ],
)
def test_reference_time(body: str, published: str | None, expected: tuple) -> None:
    ref = _reference(body, published)
    assert (
        ref.year,
        ref.month,
        ref.is_inferred,
        ref.latest_report_year,
        ref.is_release_assumed,
    ) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the 2015 Trafficking in Persons report", [("explicit", (2015,), 0)]),
        ("the 2010 TIP Report", [("explicit", (2010,), 0)]),
        ("the Trafficking in Persons Report for 2006", [("explicit", (2006,), 0)]),
        ("in the 2009 report", [("explicit", (2009,), 0)]),
        ("the 2013, 2014 and 2015 reports", [("explicit", (2013, 2014, 2015), 0)]),
        ("the 7th annual ranking", [("ordinal", (2007,), 0)]),
        ("the seventh annual report", [("ordinal", (2007,), 0)]),
        ("since 2013", [("since", (2013,), 0)]),
        ("has not been there since 2004", [("not-since", (2004,), 0)]),
        ("for the first time since 2005", [("first-since", (2005,), 0)]),
        ("last year", [("last-year", (), 1)]),
        ("this year", [("this-year", (), 0)]),
        ("two years ago", [("years-ago", (), 2)]),
        ("for a second consecutive year", [("consecutive", (), 2)]),
        ("third year in a row", [("consecutive", (), 3)]),
        ("for four consecutive years", [("duration", (), 4)]),
        ("the same categories as in the 2014 report", [("same-as", (2014,), 0)]),
        ("was placed there in 2012", [("year", (2012,), 0)]),
        ("from 2010 to 2013", [("year", (2010, 2011, 2012, 2013), 0)]),
        ("investigated 35 cases in 2013", []),
        ("the reporting period April 2015 to March 2016", []),
        ("its national action plan for 2014-2018", []),
        ("a law passed in 2008", []),
        ("no increasing efforts over the previous year", []),
        ("fewer arrests during the last year", []),
        ("on the watch list the previous year", [("last-year", (), 1)]),
        ("for the past four years", [("duration", (), 4)]),
        ("for the previous three years", [("previous", (), 3)]),
        ("in Monday's report", [("current", (), 0)]),
        ("the report released Friday", [("current", (), 0)]),
        ("in 2014-15", [("year", (2014, 2015), 0)]),
        ("the Trafficking in Persons Report for July 2022", [("explicit", (2022,), 0)]),
        ("the same rank it occupied in 2015 and 2016", [("same-as", (2015, 2016), 0)]),
        ("with 36 convicted in 2009 compared to only 11 in 2008", []),
        ("fell to Tier 3 in 2022", [("year", (2022,), 0)]),
        ("for a third year", [("consecutive", (), 3)]),
        ("one year after it was upgraded", [("years-after", (), 1)]),
        ("as recently as 2010", [("year", (2010,), 0)]),
    ],
    ids=[
        "explicit-tip-report",
        "explicit-tip-abbrev",
        "explicit-report-for-year",
        "explicit-in-the-year-report",
        "explicit-year-list",
        "ordinal-digits",
        "ordinal-word",
        "since",
        "not-since",
        "first-since",
        "last-year",
        "this-year",
        "years-ago",
        "second-consecutive",
        "third-in-a-row",
        "four-consecutive",
        "same-as",
        "bare-year",
        "bare-range",
        "distractor-statistics",
        "distractor-reporting-period",
        "distractor-plan",
        "distractor-law",
        "reporting-period-over-the-previous-year",
        "reporting-period-during-the-last-year",
        "previous-year-placement",
        "duration",
        "previous-years",
        "weekday-report-is-the-current",
        "report-released-weekday",
        "two-digit-range",
        "report-for-month-year",
        "same-rank-it-occupied",
        "distractor-figures",
        "tier-number-is-no-figure",
        "for-a-third-year",
        "one-year-after",
        "as-recently-as",
    ],
)
def test_year_cues(text: str, expected: list) -> None:
    assert [(c.kind, c.years, c.count) for c in year_cues(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2013, 2014 and 2015", (2013, 2014, 2015)),
        ("2010-2013", (2010, 2011, 2012, 2013)),
        ("2010 through 2012", (2010, 2011, 2012)),
        ("1999", ()),
    ],
    ids=["list", "dash-range", "through-range", "before-first-report"],
)
def test_parse_years(text: str, expected: tuple) -> None:
    assert parse_years(text) == expected


def test_every_release_date_has_its_source() -> None:
    # A release date moves claims between report years: each must cite the page that states it.
    assert REPORT_RELEASES[2015] == (7, 27) and REPORT_RELEASES[2025] == (9, 29)
    for release in RELEASES:
        assert release.source_url.startswith(("http://", "https://")), release
        assert release.evidence.strip(), release
        assert release.month in (6, 7, 9) and 1 <= release.day <= 31, release
    assert len({r.year for r in RELEASES}) == len(RELEASES)


@pytest.mark.parametrize(
    "published, text, latest",
    [
        ("2018-06-10", "Laos is on the watch list.", 2018),
        ("2018-07", "Laos is on the watch list.", 2018),
        ("2018-06-29", "The report came out on Thursday. Laos is on Tier 3.", 2018),
        ("2018-06-10", "The report, expected later this month, will rank Laos.", 2017),
        ("2018-08-02", "Laos is on Tier 3.", 2018),
        ("2018-05-30", "Laos is on the watch list.", 2017),
        ("2015-07-26", "Cambodia is on the watch list.", 2014),
        ("2015-07-27", "Cambodia is on the watch list.", 2015),
    ],
    ids=[
        "june-unsourced-no-cue-assumed-out",
        "july-no-day-no-cue-assumed-out",
        "release-window-out-cue",
        "release-window-pre-cue",
        "after-the-window",
        "before-the-window",
        "day-before-sourced-2015-release",
        "sourced-2015-release-day",
    ],
)
def test_latest_report_in_the_release_window(published, text, latest):
    # Only sourced release dates decide a June/July date by itself; otherwise the text tells, and
    # when it does not, the report is taken as out (and readings resting on that are inferred).
    document = document_from_bytes("t.md", f"---\npublished: '{published}'\n---\n{text}".encode())
    body = document.body
    assert reference_time(document, body, sentences(body)).latest_report_year == latest
