"""views/filters.py, app/uploads.py and app/loading.py on small typed frames and files."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from frames import frame

from app.loading import dir_fingerprint, file_fingerprint, load_tables
from app.uploads import add_document, document_from_paste, document_from_upload
from loaders.documents import Document
from loaders.schema import CLAIMS, DOCUMENTS, EVENTS, OFFICIAL_TIERS, STATEMENTS, YEARLY
from views.filters import (
    citation,
    claims_view,
    country_names,
    document_countries,
    events_view,
    link_target,
    prepare_events,
    prepare_statements,
    selected_year,
    split_by_org,
    statement_card,
    statements_view,
    web_url,
    year_bounds,
    yearly_view,
)

ORGS = ("ngo", "government")


DOCS = frame(
    DOCUMENTS,
    [
        {
            "document": "a.md",
            "title": "A",
            "url": "https://a.example/1",
            "publisher": "VOA",
            "published": "2015-07",
            "is_user_added": False,
        },
        {
            "document": "b.md",
            "title": "Bulletin",
            "url": "javascript:alert(1)",
            "is_user_added": True,
        },
    ],
)
STATEMENTS_DF = frame(
    STATEMENTS,
    [
        {"year": 2015, "speaker": "Blair Burns", "organization": "IJM", "org_type": "ngo",
         "role": "vice president", "quote": "That is disappointing", "iso3": "KHM",
         "document": "a.md", "evidence": "x"},
        {"year": 2014, "speaker": "A Minister", "organization": "Ministry",
         "org_type": "government", "role": "minister", "quote": "We act", "iso3": "KHM",
         "document": "b.md", "evidence": "x"},
        {"year": 2015, "speaker": "Reporter", "organization": "Paper", "org_type": "media",
         "role": "", "quote": "News", "iso3": "KHM", "document": "a.md", "evidence": "x"},
        {"year": 2015, "speaker": "Other", "organization": "IJM", "org_type": "ngo", "role": "",
         "quote": "Thai quote", "iso3": "THA", "document": "a.md", "evidence": "x"},
        {"year": 2010, "speaker": "Early", "organization": "IJM", "org_type": "ngo", "role": "",
         "quote": "Old", "iso3": "", "document": "a.md", "evidence": "x"},
        {"year": 2013, "speaker": "Mary Lane", "organization": "", "org_type": "", "role": "",
         "quote": "No organisation named", "iso3": "KHM", "document": "a.md", "evidence": "x"},
        {"year": 2015, "speaker": "Nobody Known", "organization": "", "org_type": "",
         "role": "", "quote": "A quote from nowhere", "iso3": "", "document": "c.md",
         "evidence": "x"},
    ],
)  # fmt: skip


def prepared_statements(statements=None):
    """The statements as the dashboard prepares them: each country-less one its document's."""
    statements = STATEMENTS_DF if statements is None else statements
    return prepare_statements(statements, DOCS, document_countries(statements))


EVENTS_DF = frame(
    EVENTS,
    [
        {"year": 2013, "type": "funding", "iso3": "KHM", "document": "a.md", "evidence": "USAID"},
        {
            "year": 2014,
            "type": "enforcement",
            "iso3": "KHM",
            "document": "b.md",
            "evidence": "raid",
        },
        {"year": 2014, "type": "enforcement", "iso3": "THA", "document": "b.md", "evidence": "th"},
    ],
)
OFFICIAL = frame(
    OFFICIAL_TIERS,
    [
        {"country": "Cambodia", "iso3": "KHM", "year": 2013, "tier": "Tier 2 Watch List",
         "confidence": "high", "source_url": "https://s/1", "evidence": "e"},
        {"country": "Burma", "iso3": "MMR", "year": 2024, "tier": "Tier 3",
         "confidence": "high", "source_url": "https://s/2", "evidence": "e"},
    ],
)  # fmt: skip
YEARLY_DF = frame(
    YEARLY,
    [
        {"country": "Cambodia", "iso3": "KHM", "year": 2013, "tier": "Tier 2 Watch List"},
        {"country": "Cambodia", "iso3": "KHM", "year": 2016, "tier": None},
        {"country": "Myanmar", "iso3": "MMR", "year": 2024, "tier": "Tier 3"},
    ],
)
CLAIMS_DF = frame(
    CLAIMS,
    [
        {"iso3": "KHM", "country": "Cambodia", "year": 2013, "claimed_tier": "Tier 2 Watch List",
         "official_tier": "Tier 2 Watch List", "claim_status": "agree", "document": "a.md",
         "evidence": "on the Watch List since 2013"},
        {"iso3": "KHM", "country": "Cambodia", "year": 2016, "claimed_tier": "Tier 2",
         "official_tier": None, "claim_status": "unofficial-only", "document": "b.md",
         "evidence": "back on Tier 2"},
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "iso3, years, org_types, year, expected_quotes",
    [
        ("KHM", (2001, 2025), ("ngo", "government"), None,
         ["That is disappointing", "We act", "Old"]),
        ("KHM", (2013, 2015), ("ngo", "government"), None, ["That is disappointing", "We act"]),
        ("KHM", (2013, 2015), ("ngo",), None, ["That is disappointing"]),
        ("KHM", (2013, 2015), ("media",), None, ["News"]),
        ("KHM", (2013, 2015), ("ngo", "government"), 2014, ["We act"]),
        ("KHM", (2013, 2015), ("ngo", "government"), 2020, []),
        ("THA", (2015, 2015), ("ngo",), None, ["Thai quote"]),
        ("KHM", (2016, 2025), ("ngo", "government", "media"), None, []),
        ("KHM", (2013, 2015), (), None, []),
        ("KHM", (2013, 2015), ("other",), None, ["No organisation named"]),
        ("THA", (2001, 2025), ("ngo",), None, ["Thai quote", "Old"]),
        ("", (2001, 2025), ("other",), None, ["A quote from nowhere"]),
        ("THA", (2001, 2025), ("other",), None, []),
    ],
    ids=["all-years-newest-first-with-the-documents-own", "watch-list-years", "ngo-only",
         "media-only", "clicked-year", "clicked-year-without-quotes", "other-country",
         "no-quotes-in-years", "no-org-type", "no-organisation-named-is-other",
         "country-less-quote-is-each-of-its-documents-countries", "country-not-identified",
         "a-quote-from-no-country-is-no-other-countrys"],
)  # fmt: skip
def test_statements_view(iso3, years, org_types, year, expected_quotes):
    rows = statements_view(
        prepared_statements(),
        iso3=iso3,
        years=years,
        org_types=org_types,
        year=year,
    )
    assert list(rows["quote"]) == expected_quotes


@pytest.mark.parametrize(
    "search, expected_quotes",
    [
        ("", ["That is disappointing", "We act", "Old"]),
        ("burns", ["That is disappointing"]),
        ("ijm", ["That is disappointing", "Old"]),
        ("MINISTRY", ["We act"]),
        ("disappoint", ["That is disappointing"]),
        ("ijm old", ["Old"]),
        ("vice president", ["That is disappointing"]),
        ("bulletin", ["We act"]),
        ("nobody", []),
    ],
    ids=["empty", "speaker", "organisation", "any-case", "part-of-a-quote", "every-word",
         "role", "source-title", "no-match"],
)  # fmt: skip
def test_statement_search_looks_at_speaker_organisation_role_quote_and_title(
    search, expected_quotes
):
    rows = statements_view(
        prepared_statements(),
        iso3="KHM",
        years=(2001, 2025),
        org_types=("ngo", "government"),
        search=search,
    )
    assert list(rows["quote"]) == expected_quotes


@pytest.mark.parametrize(
    "search", ["IJM", "ijm", "International Justice Mission", "justice mission"]
)
def test_an_acronym_finds_what_the_full_name_finds(search):
    statements = frame(
        STATEMENTS,
        [{"year": 2015, "speaker": "Jo Doe", "organization": "International Justice Mission",
          "org_type": "ngo", "role": "", "quote": "We counted", "iso3": "KHM",
          "document": "a.md", "evidence": "x"}],
    )  # fmt: skip
    rows = statements_view(
        prepared_statements(statements),
        iso3="KHM",
        years=(2001, 2025),
        org_types=("ngo",),
        search=search,
    )
    assert list(rows["quote"]) == ["We counted"]


def test_statements_the_org_filter_hides_are_counted():
    kw = {"iso3": "", "years": (2001, 2025), "org_types": ("ngo", "government")}
    assert split_by_org(prepared_statements(), **kw)[1] == 1
    assert split_by_org(prepared_statements(), **kw, search="elsewhere")[1] == 0


def test_added_material_is_marked_on_its_row_and_card():
    rows = statements_view(prepared_statements(), iso3="KHM", years=(2014, 2014), org_types=ORGS)
    assert list(rows["origin"]) == ["added by you, not in the curated sources"]
    assert "**Added by you, not in the curated sources.**" in statement_card(rows.iloc[0])
    curated = statements_view(prepared_statements(), iso3="KHM", years=(2015, 2015), org_types=ORGS)
    assert set(curated["origin"]) == {"curated sources"}
    assert "Added by you" not in statement_card(curated.iloc[0])


def test_statements_carry_their_source_and_only_web_links():
    rows = statements_view(
        prepared_statements(),
        iso3="KHM",
        years=(2013, 2015),
        org_types=("ngo", "government"),
    )
    assert list(zip(rows["title"], rows["publisher"], rows["document_url"], strict=True)) == [
        ("A", "VOA", "https://a.example/1"),
        ("Bulletin", "", ""),  # its javascript: URL is no link
    ]


@pytest.mark.parametrize(
    "types, expected",
    [(None, ["USAID", "raid"]), (["enforcement"], ["raid"]), ([], [])],
    ids=["all-types", "one-type", "no-type"],
)
def test_events_view(types, expected):
    rows = events_view(prepare_events(EVENTS_DF, DOCS), iso3="KHM", years=(2013, 2014), types=types)
    assert list(rows["evidence"]) == expected
    assert list(rows["publisher"]) == [{"USAID": "VOA", "raid": ""}[e] for e in expected]


def test_claims_view_says_unknown_where_the_record_is_silent():
    rows = claims_view(CLAIMS_DF, DOCS, iso3="KHM", years=(2013, 2016))
    assert list(zip(rows["year"], rows["official_tier"], rows["claim_status"], strict=True)) == [
        (2013, "Tier 2 Watch List", "agree"),
        (2016, "unknown", "unofficial-only"),
    ]


def test_yearly_view_filters_and_spells_unknown():
    rows = yearly_view(YEARLY_DF, iso3="KHM", years=(2010, 2020))
    assert list(zip(rows["year"], rows["tier"], strict=True)) == [
        (2013, "Tier 2 Watch List"),
        (2016, "unknown"),
    ]


def test_year_bounds_run_from_the_first_report_to_the_latest_known_year():
    assert year_bounds(OFFICIAL, YEARLY_DF) == (2001, 2024)


def test_country_names_prefer_the_official_record_and_sort_by_name():
    assert country_names(OFFICIAL, YEARLY_DF) == {"MMR": "Burma", "KHM": "Cambodia"}


@pytest.mark.parametrize(
    "selection, expected",
    [
        (None, None),
        ({"selection": {"points": []}}, None),
        ({"selection": {"points": [{"customdata": [2014, "Tier 2"], "x": 2014}]}}, 2014),
        ({"selection": {"points": [{"x": 2015}]}}, 2015),
        ({"selection": {"points": [{"customdata": ["abc"], "x": "2013"}]}}, 2013),
        ({"selection": {"points": [{"customdata": [None], "x": None}]}}, None),
        ({"selection": {"points": [{"x": 1850}]}}, None),
    ],
    ids=["nothing", "no-points", "customdata-year", "x-only", "bad-customdata-falls-back-to-x",
         "no-year", "implausible-year"],
)  # fmt: skip
def test_selected_year(selection, expected):
    assert selected_year(selection) == expected


def test_citation_names_the_url_and_access_date():
    text = citation("https://x/?country=KHM", accessed=dt.date(2026, 11, 23))
    assert "https://x/?country=KHM" in text and "(accessed 2026-11-23)" in text


# ---- uploads ------------------------------------------------------------------------------------

ARTICLE = (
    b"---\ntitle: Test\npublished: 2015-07\n---\n"
    b'"That is disappointing," Blair Burns, International Justice Mission\'s vice president, '
    b"said.\n"
)


@pytest.mark.parametrize(
    "name, raw, max_bytes, error_has",
    [
        ("a.pdf", b"%PDF-1.4", 1000, "only .txt, .md, .html files"),
        ("a.txt", b"\x00\x01\x02binary", 1000, "binary content"),
        ("a.md", b"x" * 2000, 1000, "over the upload limit of 1,000 bytes"),
        ("a.txt", b"   \n", 1000, "empty file"),
        ("<script>.md", b"\x00", 1000, "script-.md"),
    ],
    ids=["wrong-type", "binary", "oversized", "empty", "name-made-safe"],
)
def test_upload_refused_with_a_reason(name, raw, max_bytes, error_has):
    added = document_from_upload(name, raw, max_bytes=max_bytes)
    assert added.document is None
    assert error_has in added.error


def test_upload_read():
    added = document_from_upload("My Article.md", ARTICLE, max_bytes=10_000)
    assert added.error == "" and added.document is not None
    assert added.document.id == "upload-My-Article.md"
    assert added.document.title == "Test"


@pytest.mark.parametrize(
    "text, title, error_has",
    [
        ("", "T", "Paste the article"),
        ("Some text", " ", "title"),
        ("x" * 50, "T", "over the limit"),
    ],
    ids=["no-text", "no-title", "too-long"],
)
def test_paste_refused(text, title, error_has):
    added = document_from_paste(text, title=title, max_bytes=20)
    assert added.document is None and error_has in added.error


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<script>", "ftp://files.example/a", "www.ngo.example",
     "mailto:press@ngo.example"],
    ids=["javascript", "data", "ftp", "no-scheme", "mailto"],
)  # fmt: skip
def test_paste_refuses_a_url_that_is_not_a_web_page(url):
    added = document_from_paste("Some text", title="T", url=url, max_bytes=10_000)
    assert added.document is None
    assert "must be a web address starting with http:// or https://" in added.error


@pytest.mark.parametrize(
    "url, expected",
    [("https://a.example/x", "https://a.example/x"), (" http://a.example ", "http://a.example"),
     ("HTTPS://A.EXAMPLE", "https://A.EXAMPLE"), ("javascript:alert(1)", ""), ("https://", ""),
     (None, ""), (float("nan"), ""), (pd.NA, "")],
    ids=["https", "http-padded", "upper-case-scheme", "javascript", "no-host", "none", "nan",
         "na"],
)  # fmt: skip
def test_web_url_keeps_only_http_and_https(url, expected):
    assert web_url(url) == expected


@pytest.mark.parametrize(
    "url", ["https://www.ngo.example/a", "HTTPS://www.ngo.example/a", "Http://ngo.example"]
)
def test_a_link_column_names_the_site_of_any_web_url(url):
    # The display pattern is lower-case http(s): a link whose scheme is not showed the whole URL.
    from views.columns import LINK_TEXT

    assert re.match(LINK_TEXT, web_url(url)).group(1) == "ngo.example"


def test_paste_keeps_typed_metadata():
    added = document_from_paste(
        "Cambodia remains on the Watch List.", title="Pasted", url="https://p/1",
        published="2015-07", max_bytes=10_000,
    )  # fmt: skip
    doc = added.document
    assert doc is not None and (doc.title, doc.url, str(doc.published)) == (
        "Pasted",
        "https://p/1",
        "2015-07",
    )


# ---- loading ------------------------------------------------------------------------------------

TIERS_HEADER = "country,iso3,year,tier,confidence,source_url,evidence\n"


def test_load_tables_reports_a_bad_record_without_raising(tmp_path: Path):
    tiers = tmp_path / "tiers.csv"
    tiers.write_text(TIERS_HEADER + "Cambodia,KHM,2013,Tier 9,high,https://s,e\n")
    loaded = load_tables(tmp_path / "docs", tiers, build_dir=tmp_path / "build")
    assert loaded.build is None
    assert "Tier 9" in loaded.errors[0] or "line 2" in loaded.errors[0]


def test_load_tables_lists_unreadable_documents(tmp_path: Path):
    tiers = tmp_path / "tiers.csv"
    tiers.write_text(TIERS_HEADER + "Cambodia,KHM,2013,Tier 2 Watch List,high,https://s,e\n")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bin.txt").write_bytes(b"\x00\x00")
    (docs / "ok.md").write_bytes(ARTICLE)
    loaded = load_tables(docs, tiers, build_dir=tmp_path / "build")
    assert loaded.build is not None and loaded.errors == ()
    assert [(Path(s.path).name, s.reason) for s in loaded.skipped] == [
        ("bin.txt", "binary content (NUL bytes)")
    ]
    assert list(loaded.build.documents["document"]) == ["ok.md"]


def test_load_tables_marks_added_documents(tmp_path: Path):
    tiers = tmp_path / "tiers.csv"
    tiers.write_text(TIERS_HEADER + "Cambodia,KHM,2013,Tier 2 Watch List,high,https://s,e\n")
    added = document_from_upload("new.md", ARTICLE, max_bytes=10_000).document
    loaded = load_tables(tmp_path / "none", tiers, [added], build_dir=tmp_path / "build")
    docs = loaded.build.documents
    assert list(zip(docs["document"], docs["is_user_added"], strict=True)) == [
        ("upload-new.md", True)
    ]
    assert [(Path(s.path).name, s.reason) for s in loaded.skipped] == [
        ("none", "no such file or folder")
    ]


def test_fingerprints_change_when_a_file_changes(tmp_path: Path):
    (tmp_path / "a.md").write_text("one")
    before = (dir_fingerprint(tmp_path), file_fingerprint(tmp_path / "a.md"))
    (tmp_path / "a.md").write_text("one two")
    after = (dir_fingerprint(tmp_path), file_fingerprint(tmp_path / "a.md"))
    assert before[0] != after[0] and before[1] != after[1]
    assert dir_fingerprint(tmp_path / "nope").startswith("missing:")


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://a.example/x?y=1", "https://a.example/x?y=1"),
        ("http://a.example/a b", "http://a.example/a%20b"),
        (
            "https://a.example/x)[evil](javascript:alert(1)",
            "https://a.example/x%29[evil]%28javascript:alert%281%29",
        ),
        ("javascript:alert(1)", ""),
        ("data:text/html,<script>", ""),
        ("", ""),
        (None, ""),
        ("https:///nohost", ""),
    ],
    ids=["plain", "space", "markdown-breakout", "javascript", "data", "empty", "none", "no-host"],
)
def test_link_target(url, expected):
    assert link_target(url) == expected


@pytest.mark.parametrize(
    "row, expected",
    [
        (
            {"speaker": "Blair Burns", "role": "vice president", "organization": "IJM",
             "org_type": "ngo", "year": 2015, "quote": "That is disappointing",
             "document": "a.md", "document_url": "https://a.example/1", "title": "NGO upset",
             "publisher": "VOA Khmer", "published": "2015-07"},
            "**Blair Burns, vice president, IJM** (ngo), 2015  \n“That is disappointing”  \n"
            "Source: [NGO upset](https://a.example/1), VOA Khmer, 2015\\-07",
        ),
        (
            {"speaker": "Blair Burns", "role": "", "organization": "IJM", "org_type": "ngo",
             "year": 2015, "quote": "That is disappointing", "document": "a.md",
             "document_url": "https://a.example/1", "title": "NGO upset",
             "publisher": "VOA Khmer", "published": "2015-07",
             "rights": "public domain (US government work)"},
            "**Blair Burns, IJM** (ngo), 2015  \n“That is disappointing”  \n"
            "Source: [NGO upset](https://a.example/1), VOA Khmer, 2015\\-07, public domain "
            "\\(US government work\\)",
        ),
        (
            {"speaker": "X", "role": "", "organization": None, "org_type": "ngo", "year": None,
             "quote": "<script>alert(1)</script> [a](javascript:x)", "document": "b.md",
             "document_url": "javascript:alert(1)", "title": "", "publisher": None,
             "published": ""},
            "**X** (ngo), unknown  \n“&lt;script&gt;alert\\(1\\)&lt;\\/script&gt; "
            "\\[a\\]\\(javascript\\:x\\)”  \nSource: b\\.md",
        ),
    ],
    ids=["plain-statement", "with-rights", "hostile-quote-and-url-no-role-no-year"],
)  # fmt: skip
def test_statement_card_is_inert_markdown(row, expected):
    assert statement_card(row) == expected


def test_an_added_document_the_extractors_fail_on_is_skipped_not_fatal(tmp_path: Path):
    tiers = tmp_path / "tiers.csv"
    tiers.write_text(TIERS_HEADER + "Cambodia,KHM,2013,Tier 2 Watch List,high,https://s,e\n")
    good = document_from_upload("ok.md", ARTICLE, max_bytes=10_000).document
    broken = Document(id="broken.md", body=None, sha256="0" * 64)  # type: ignore[arg-type]
    loaded = load_tables(tmp_path / "none", tiers, [broken, good], build_dir=tmp_path / "build")
    assert list(loaded.build.documents["document"]) == ["upload-ok.md"]
    assert [(s.path, s.reason.split(" (")[0]) for s in loaded.skipped[1:]] == [
        ("broken.md", "the extractors failed on it")
    ]


def added_doc(doc_id: str, raw: bytes, url: str = "") -> Document:
    import hashlib

    return Document(
        id=doc_id, body=raw.decode(), sha256=hashlib.sha256(raw).hexdigest(), metadata={"url": url}
    )


CURATED = frame(
    DOCUMENTS,
    [
        {"document": "kept.md", "doc_sha256": added_doc("x", b"kept").sha256,
         "url": "https://news.example/kept", "is_user_added": False},
        {"document": f"saved-article_{added_doc('x', b'saved').sha256[:12]}.md",
         "doc_sha256": "f" * 64, "url": "", "is_user_added": False},
        {"document": "upload-mine.md", "doc_sha256": added_doc("x", b"mine").sha256,
         "url": "", "is_user_added": True},
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    "document, message_has",
    [
        (added_doc("upload-k.md", b"kept"), "the same text is in the curated sources as kept.md"),
        (added_doc("upload-s.md", b"saved"), "the same text is in the curated sources as saved"),
        (added_doc("upload-u.md", b"other", "https://NEWS.example/kept#top"),
         "the same page (URL) is in the curated sources as kept.md"),
        (added_doc("upload-b.md", b"first"), "the same text was added already as upload-a.md"),
        (added_doc("upload-c.md", b"x", "https://a.example/1"),
         "the same page (URL) was added already as upload-a.md"),
    ],
    ids=["curated-bytes", "saved-copy-of-these-bytes", "curated-url-any-case-no-fragment",
         "added-bytes", "added-url"],
)  # fmt: skip
def test_a_document_is_added_once(document, message_has):
    before = {"upload-a.md": added_doc("upload-a.md", b"first", "https://a.example/1")}
    outcome = add_document(before, document, CURATED)
    assert outcome.is_error and message_has in outcome.message
    assert outcome.added == before


def test_a_new_version_of_an_added_document_replaces_it_and_says_so():
    first = added_doc("upload-a.md", b"first")
    same = add_document({first.id: first}, first, CURATED)
    assert (same.message, list(same.added.values())) == ("", [first])
    newer = add_document({first.id: first}, added_doc("upload-a.md", b"second"), CURATED)
    assert newer.added["upload-a.md"].body == "second" and "replaced" in newer.message
    # The session's own rows in the documents table are no curated source.
    assert not add_document({}, added_doc("upload-m.md", b"mine"), CURATED).is_error


def test_words_relayed_from_a_publication_credit_it_on_the_card():
    rows = statements_view(prepared_statements(), iso3="KHM", years=(2015, 2015), org_types=ORGS)
    row = rows.iloc[0].to_dict()
    assert "first published in" not in statement_card(row)
    card = statement_card(row | {"quoted_in": "The *Example* Post"})
    assert "Source: first published in The \\*Example\\* Post, quoted in " in card
