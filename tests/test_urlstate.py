"""views/urlstate.py: raw query parameters -> a valid view and warnings; views -> share links."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from views.urlstate import (
    TAB_LABELS,
    TABS,
    ViewState,
    default_state,
    embed_snippet,
    parse_view_state,
    share_url,
    tab_code,
    view_query,
)

COUNTRIES = ("IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "THA", "VNM")
BOUNDS = (2001, 2025)
ORG_TYPES = ("ngo", "government", "international", "media", "other")
KW = {"countries": COUNTRIES, "year_bounds": BOUNDS, "org_types": ORG_TYPES, "tabs": TABS}
DEFAULT = ViewState("KHM", (2001, 2025), ("ngo", "government"), "overview")


def parse(params):
    return parse_view_state(params, **KW)


@pytest.mark.parametrize(
    "params, expected",
    [
        ({}, DEFAULT),
        ({"country": ["THA"]}, ViewState("THA", BOUNDS, DEFAULT.org, "overview")),
        ({"years": ["2013", "2015"]}, ViewState("KHM", (2013, 2015), DEFAULT.org, "overview")),
        ({"years": ["2013.0", "2015"]}, ViewState("KHM", (2013, 2015), DEFAULT.org, "overview")),
        ({"years": ["2001", "2025"]}, DEFAULT),
        ({"years": ["2014", "2014"]}, ViewState("KHM", (2014, 2014), DEFAULT.org, "overview")),
        ({"years": ["2014"]}, ViewState("KHM", (2014, 2014), DEFAULT.org, "overview")),
        ({"country": ["khm"]}, DEFAULT),
        ({"country": ["tha"]}, ViewState("THA", BOUNDS, DEFAULT.org, "overview")),
        (
            {"years": ["2013", "2015"], "year": ["2014"]},
            ViewState("KHM", (2013, 2015), DEFAULT.org, "overview", 2014),
        ),
        ({"org": ["ngo"]}, ViewState("KHM", BOUNDS, ("ngo",), "overview")),
        ({"org": ["media", "ngo"]}, ViewState("KHM", BOUNDS, ("ngo", "media"), "overview")),
        ({"tab": ["region"]}, ViewState("KHM", BOUNDS, DEFAULT.org, "region")),
        ({"embed": ["true"]}, DEFAULT),
        (
            {"country": ["KHM"], "years": ["2013", "2015"], "org": ["ngo"], "tab": ["claims"]},
            ViewState("KHM", (2013, 2015), ("ngo",), "claims"),
        ),
    ],
    ids=[
        "empty-is-default",
        "country",
        "year-range",
        "float-spelled-year",
        "full-range",
        "one-year-range",
        "single-year-is-a-one-year-range",
        "lower-case-code-of-the-default",
        "lower-case-code",
        "picked-year-in-range",
        "one-org",
        "orgs-in-canonical-order",
        "tab",
        "streamlit-embed-param-is-not-ours",
        "all-four",
    ],
)
def test_valid_params_give_the_view_and_no_warning(params, expected):
    state, warnings = parse(params)
    assert (state, warnings) == (expected, [])


@pytest.mark.parametrize(
    "params, expected, warning_has",
    [
        (
            {"years": ["abc", "2015"]},
            ViewState("KHM", (2015, 2015), DEFAULT.org, "overview"),
            "“abc” is not a year",
        ),
        (
            {"years": ["1850", "2015"]},
            ViewState("KHM", (2015, 2015), DEFAULT.org, "overview"),
            "“1850” is outside the report years 2001–2025",
        ),
        (
            {"years": ["2013", "2099"]},
            ViewState("KHM", (2013, 2013), DEFAULT.org, "overview"),
            "“2099” is outside",
        ),
        (
            {"years": ["nan", "2015"]},
            ViewState("KHM", (2015, 2015), DEFAULT.org, "overview"),
            "“nan” is not a whole year",
        ),
        (
            {"years": ["2013.5", "2015"]},
            ViewState("KHM", (2015, 2015), DEFAULT.org, "overview"),
            "“2013\\.5” is not a whole year; ignored",
        ),
        ({"years": ["2013", "2014", "2015"]}, DEFAULT, "takes one or two report years"),
        ({"years": [""]}, DEFAULT, "“” is not a year"),
        (
            {"years": ["2015", "2013"]},
            ViewState("KHM", (2013, 2015), DEFAULT.org, "overview"),
            "read as 2013–2015",
        ),
        ({"country": ["QQQ"]}, DEFAULT, "unknown country “QQQ”"),
        (
            {"years": ["2013", "2015"], "year": ["2016"]},
            ViewState("KHM", (2013, 2015), DEFAULT.org, "overview"),
            "“2016” is outside the years shown",
        ),
        ({"year": ["x"]}, DEFAULT, "'year' value “x” is not a year"),
        ({"country": ["Cambodia"]}, DEFAULT, "unknown country “Cambodia”"),
        (
            {"country": ["KHM", "THA"]},
            ViewState("THA", BOUNDS, DEFAULT.org, "overview"),
            "'country' was given 2 times; used the last one",
        ),
        ({"tab": ["charts"]}, DEFAULT, "unknown tab “charts”"),
        ({"tab": ["Region"]}, DEFAULT, "unknown tab “Region”"),
        ({"org": ["ngos"]}, DEFAULT, "unknown organisation type “ngos”"),
        (
            {"org": ["ngo", "spies"]},
            ViewState("KHM", BOUNDS, ("ngo",), "overview"),
            "unknown organisation type “spies”",
        ),
        ({"foo": ["bar"]}, DEFAULT, "unknown parameter “foo” ignored"),
    ],
    ids=[
        "years-not-a-number",
        "years-before-first-report",
        "years-in-the-future",
        "years-nan",
        "years-fraction-ignored-not-rounded",
        "three-years",
        "years-empty",
        "years-reversed",
        "unknown-country",
        "picked-year-outside-the-range",
        "picked-year-not-a-number",
        "country-name-not-code",
        "repeated-country",
        "unknown-tab",
        "tab-wrong-case",
        "unknown-org",
        "one-unknown-org-among-known",
        "unknown-parameter",
    ],
)
def test_garbage_falls_back_and_warns(params, expected, warning_has):
    state, warnings = parse(params)
    assert state == expected
    assert any(warning_has in w for w in warnings), warnings


@pytest.mark.parametrize(
    "values, named",
    [
        (["abc", "1800"], ["“abc” is not a year", "“1800” is outside"]),
        (["2013.5", "x"], ["“2013\\.5” is not a whole year", "“x” is not a year"]),
    ],
    ids=["word-and-too-early", "fraction-and-word"],
)
def test_every_ignored_year_is_named(values, named):
    state, warnings = parse({"years": values})
    assert state == DEFAULT
    assert [any(n in w for w in warnings) for n in named] == [True] * len(named), warnings


def test_huge_value_is_clipped_in_the_warning():
    state, warnings = parse({"country": ["A" * 10_000]})
    assert state == DEFAULT
    assert len(warnings) == 1 and len(warnings[0]) < 200


@pytest.mark.parametrize(
    "value",
    ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[click](javascript:alert(1))"],
    ids=["script-tag", "img-onerror", "markdown-link"],
)
def test_markup_in_a_value_is_quoted_inert(value):
    _, warnings = parse({"country": [value]})
    (warning,) = warnings
    assert "<script" not in warning and "<img" not in warning and "](" not in warning


def test_every_warning_is_one_line_even_with_newlines_in_the_value():
    _, warnings = parse({"tab": ["a\nb\r\nc"]})
    assert all("\n" not in w for w in warnings)


def test_default_state_without_cambodia_takes_the_first_country():
    state = default_state(countries=("THA",), year_bounds=BOUNDS, org_types=ORG_TYPES)
    assert state.country == "THA"


@pytest.mark.parametrize(
    "state, expected",
    [
        (DEFAULT, []),
        (
            ViewState("KHM", (2013, 2015), DEFAULT.org, "overview"),
            [("years", "2013"), ("years", "2015")],
        ),
        (
            ViewState("THA", BOUNDS, ("ngo",), "region"),
            [("country", "THA"), ("org", "ngo"), ("tab", "region")],
        ),
        (ViewState("KHM", BOUNDS, ("government", "ngo"), "overview"), []),
        (ViewState("KHM", (2014, 2014), DEFAULT.org, "overview"), [("years", "2014")]),
        (
            ViewState("KHM", (2013, 2015), DEFAULT.org, "overview", 2014),
            [("years", "2013"), ("years", "2015"), ("year", "2014")],
        ),
    ],
    ids=[
        "default-has-no-params",
        "years",
        "country-org-tab",
        "org-order-does-not-matter",
        "one-year-range-is-one-value",
        "picked-year",
    ],
)
def test_view_query_leaves_defaults_out(state, expected):
    assert view_query(state, DEFAULT) == expected


@pytest.mark.parametrize(
    "state",
    [
        DEFAULT,
        ViewState("KHM", (2013, 2015), DEFAULT.org, "overview"),
        ViewState("VNM", (2019, 2022), ("ngo", "media"), "claims", 2020),
        ViewState("KHM", (2014, 2014), DEFAULT.org, "overview"),
    ],
    ids=["default", "cambodia-watch-list-years", "everything-changed", "one-year"],
)
def test_share_url_round_trips_through_the_parser(state):
    url = share_url("https://tierwatch.example.app/?old=1#frag", state, DEFAULT)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path, parts.fragment) == (
        "https",
        "tierwatch.example.app",
        "/",
        "",
    )
    assert parse(parse_qs(parts.query)) == (state, [])


def test_embed_snippet_is_an_iframe_of_the_embed_url():
    snippet = embed_snippet(
        "http://localhost:8501/", ViewState("THA", BOUNDS, DEFAULT.org, "overview"), DEFAULT
    )
    assert snippet.startswith('<iframe src="http://localhost:8501/?country=THA&amp;embed=true"')


@pytest.mark.parametrize(
    "params, expected_org",
    [
        ({"org": [""]}, ("ngo", "government")),
        ({"org": ["", "media"]}, ("media",)),
        ({"org": ["other"]}, ("other",)),
    ],
    ids=["empty-is-the-default", "empty-among-known-is-skipped", "other-is-kept"],
)
def test_org_links_read_one_spelling_and_empty_as_default(params, expected_org):
    state, warnings = parse(params)
    assert (state.org, warnings) == (expected_org, [])


def test_other_is_written_as_other_and_read_back():
    state = ViewState("KHM", BOUNDS, ("ngo", "other"), "overview")
    pairs = view_query(state, DEFAULT)
    assert pairs == [("org", "ngo"), ("org", "other")]
    assert parse({"org": [v for _, v in pairs]})[0] == state


def test_tabs_have_words_on_the_page_and_codes_in_the_link():
    assert [TAB_LABELS[t] for t in TABS] == [
        "Overview", "Table", "Claims", "Region", "About"
    ]  # fmt: skip
    assert [tab_code(TAB_LABELS[t]) for t in TABS] == list(TABS)
    assert (tab_code("claims"), tab_code("nonsense"), tab_code(None)) == (
        "claims", "overview", "overview"
    )  # fmt: skip


# ---- countries compared with the shown one (issue 16 item 7) -------------------------------
# The official record's countries: a country the documents name but the record lacks (FRA here)
# can be shown, never compared.
OFFICIAL = ("KHM", "LAO", "MMR", "THA", "VNM")


def parse_compare(params):
    return parse_view_state(
        params, **(KW | {"countries": (*COUNTRIES, "FRA")}), comparable=OFFICIAL
    )


@pytest.mark.parametrize(
    "params, compare, warning_has",
    [
        ({"compare": ["THA"]}, ("THA",), None),
        ({"compare": ["THA,VNM"]}, ("THA", "VNM"), None),
        ({"compare": ["vnm, tha"]}, ("VNM", "THA"), None),  # any case, spaces, the order kept
        ({"compare": ["THA", "VNM"]}, ("THA", "VNM"), None),  # the parameter repeated
        ({"compare": ["THA,THA"]}, ("THA",), None),
        ({"compare": [""]}, (), None),  # what a cleared form writes: none
        ({"compare": [","]}, (), None),
        ({"compare": ["THA,XYZ"]}, ("THA",), "'compare' country “XYZ” not in the official record"),
        ({"compare": ["FRA"]}, (), "“FRA” not in the official record"),
        (
            {"compare": ["xx,Thailand,1,2"]},
            (),
            "“xx”, “Thailand”, “1” and 1 more not in the official record",
        ),
        ({"compare": ["KHM,THA"]}, ("THA",), "named KHM, the country shown; not drawn twice"),
        (
            {"country": ["THA"], "compare": ["tha,KHM"]},
            ("KHM",),
            "named THA, the country shown",
        ),
        (
            {"compare": ["THA,VNM,LAO,MMR"]},
            ("THA", "VNM", "LAO"),
            "takes at most 3 countries; ignored MMR",
        ),
    ],
    ids=[
        "one",
        "two-comma-separated",
        "lower-case-and-spaces",
        "repeated-parameter",
        "duplicate",
        "empty-is-none",
        "only-a-comma",
        "garbage-named",
        "not-in-the-official-record",
        "names-listed-to-three",
        "the-shown-country",
        "the-shown-country-from-the-link",
        "more-than-three",
    ],
)
def test_compare_reads_official_iso3_codes_and_names_the_rest(params, compare, warning_has):
    state, warnings = parse_compare(params)
    assert state.compare == compare
    if warning_has is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and warning_has in warnings[0], warnings


def test_compare_warnings_are_inert():
    _, warnings = parse_compare({"compare": ["<script>x</script>"]})
    assert "<script>" not in warnings[0]


@pytest.mark.parametrize(
    "state, expected",
    [
        (ViewState("KHM", BOUNDS, DEFAULT.org, "overview", compare=("THA",)), [("compare", "THA")]),
        (
            ViewState("KHM", (2013, 2015), DEFAULT.org, "region", compare=("VNM", "THA")),
            [("compare", "VNM,THA"), ("years", "2013"), ("years", "2015"), ("tab", "region")],
        ),
    ],
    ids=["one", "two-in-their-order-with-the-region-tab"],
)
def test_compare_is_written_as_one_comma_separated_value(state, expected):
    assert view_query(state, DEFAULT) == expected
    url = share_url("https://tierwatch.example.app/", state, DEFAULT)
    assert parse_compare(parse_qs(urlsplit(url).query)) == (state, [])
