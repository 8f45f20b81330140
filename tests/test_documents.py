"""Reading documents: formats, front matter, dates, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from loaders.documents import (
    MAX_BYTES,
    EmptyDocument,
    NotText,
    PublishedDate,
    TooLarge,
    document_from_bytes,
    parse_published,
)
from loaders.files import Skipped
from loaders.reading import read_files

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    "value, expected, note_contains",
    [
        ("2015", PublishedDate(2015), ""),
        ("2015-05", PublishedDate(2015, 5), ""),
        ("2015-07-27", PublishedDate(2015, 7, 27), ""),
        (dt.date(2015, 7, 27), PublishedDate(2015, 7, 27), ""),
        ("2015-07-27T10:00:00Z", PublishedDate(2015, 7, 27), ""),
        ("2031-01", None, "future"),
        ("2026-12-01", None, "future"),
        ("1998-03", None, "before 2000"),
        ("2015-13", None, "not a real date"),
        ("July 2015", None, "not YYYY"),
        ("", None, ""),
        (None, None, ""),
        ("2015-02-30", None, "not a real date"),
        ("1999-02-29", None, "not a real date"),
        ("0000-01-01", None, "not a real date"),
        ("2015-07-01T25:00:00", None, "not a real date"),
        ("2015-07-27 10:00:00", PublishedDate(2015, 7, 27), ""),
        ("2015-07-27junk", None, "not YYYY"),
        (99999999999999999999, None, "'99999999999999999999' is not YYYY"),
        ([2015], None, "is a list"),
        (True, None, "true/false"),
    ],
    ids=[
        "year",
        "year-month",
        "full-date",
        "yaml-date",
        "timestamp",
        "future-year",
        "future-month",
        "before-2000",
        "month-13",
        "words",
        "empty",
        "missing",
        "february-30",
        "not-a-leap-year",
        "year-zero",
        "hour-25",
        "space-timestamp",
        "trailing-junk",
        "huge-number-not-year-9999",
        "list",
        "boolean",
    ],
)
def test_parse_published(value, expected, note_contains):
    date, note = parse_published(value, TODAY)
    assert date == expected
    assert note_contains in note
    assert bool(note) == bool(note_contains)


@pytest.mark.parametrize(
    "raw, error",
    [
        (b"", EmptyDocument),
        (b"  \n\t\n", EmptyDocument),
        (b"---\ntitle: x\n---\n\n", EmptyDocument),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotText),
        (b"text with a \x00 NUL", NotText),
        (b"\x81\x8d\x8f\x90\x9d" * 3, NotText),
        (b"a" * (MAX_BYTES + 1), TooLarge),
    ],
    ids=[
        "empty",
        "whitespace",
        "front-matter-only",
        "png",
        "nul-byte",
        "undefined-in-cp1252",
        "over-5-MB",
    ],
)
def test_unreadable_input_names_its_reason(raw, error):
    with pytest.raises(error) as info:
        document_from_bytes("case.txt", raw, today=TODAY)
    assert str(info.value)  # the reason users see


@pytest.mark.parametrize(
    "raw, body_start, note",
    [
        ("Cambodia – Tier 2".encode(), "Cambodia – Tier 2", None),
        ("\ufeffCambodia".encode(), "Cambodia", None),
        ("Cambodia’s “Tier 2”".encode("cp1252"), "Cambodia’s “Tier 2”", "cp1252"),
        ("Cambodia’s".encode("utf-16"), "Cambodia’s", "UTF-16"),
        (b"line one\r\nline two", "line one\nline two", None),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16-bom", "crlf"],
)
def test_decoding(raw, body_start, note):
    document = document_from_bytes("case.txt", raw, today=TODAY)
    assert document.body.startswith(body_start)
    if note is None:
        assert document.notes == ()
    else:
        assert any(note in n for n in document.notes)


@pytest.mark.parametrize(
    "text, metadata, body, note",
    [
        (
            "---\ntitle: T\npublished: '2015-07'\nurl: https://x.org/a\n---\nBody.",
            {"title": "T", "published": "2015-07", "url": "https://x.org/a"},
            "Body.",
            None,
        ),
        ("---\ntitle: T\nBody without a closing marker.", {}, "---\ntitle: T\n", "no closing"),
        ("---\ntitle: 'unclosed\nx: [\n---\nBody.", {}, "Body.", "YAML error"),
        ("---\n- a\n- b\n---\nBody.", {}, "Body.", "not a mapping"),
        ("No front matter at all.", {}, "No front matter", None),
        ("---\ndate: 2014-06-20\n---\nBody.", {"published": "2014-06-20"}, "Body.", None),
    ],
    ids=["good", "unclosed", "yaml-error", "list", "none", "date-alias"],
)
def test_front_matter(text, metadata, body, note):
    document = document_from_bytes("case.md", text.encode(), today=TODAY)
    for key, value in metadata.items():
        assert document.metadata[key] == value
    assert document.body.startswith(body)
    if note:
        assert any(note in n for n in document.notes), document.notes
    else:
        assert document.notes == ()


def test_future_date_is_dropped_with_a_note_and_the_text_kept():
    document = document_from_bytes("f.md", b"---\npublished: '2031-07-01'\n---\nBody.", today=TODAY)
    assert document.published is None
    assert document.body == "Body."
    assert any("future" in n for n in document.notes)


def test_metadata_override_wins_over_front_matter():
    document = document_from_bytes(
        "a.md", b"---\ntitle: From file\n---\nBody.", metadata={"title": "Typed"}, today=TODAY
    )
    assert document.title == "Typed"


def test_html_main_text_and_metadata_by_trafilatura():
    html = b"""<html><head><title>Cambodia stays on watch list</title>
    <meta name="author" content="Jane Reporter">
    <meta property="article:published_time" content="2015-07-28">
    </head><body><nav>Home | World | Menu</nav><article><h1>Cambodia stays on watch list</h1>
    <p>Cambodia remains on the Tier 2 Watch List in the 2015 Trafficking in Persons report,
    the State Department said on Monday in its annual assessment of global efforts.</p>
    <p>Rights groups said the ranking did not credit the police for their work against
    child sex trafficking in recent years, and called for a fair hearing next year.</p>
    </article><footer>Copyright</footer></body></html>"""
    document = document_from_bytes("page.html", html, today=TODAY)
    assert "remains on the Tier 2 Watch List" in document.body
    assert "Menu" not in document.body
    assert document.title == "Cambodia stays on watch list"
    assert document.metadata.get("author") == "Jane Reporter"
    assert document.published == PublishedDate(2015, 7, 28)


def test_an_inline_quotation_keeps_the_marks_a_browser_draws():
    html = b"""<html><head><title>Ministry answers the report</title></head><body><article>
    <h1>Ministry answers the report</h1>
    <p>The ministry's spokesman Sok Dara said <Q cite="x">we will study every finding</q>
    before the committee meets, and that the 2019 grade would be discussed in Washington.</p>
    <p>Rights groups said the ranking did not credit the police for their work against
    child sex trafficking in recent years, and called for a fair hearing next year.</p>
    </article></body></html>"""
    body = document_from_bytes("page.html", html, today=TODAY).body
    assert "said \u201cwe will study every finding\u201d before" in " ".join(body.split())


def test_html_without_main_text_is_skipped():
    with pytest.raises(EmptyDocument):
        document_from_bytes(
            "page.html", b"<html><body><script>var a = 1;</script></body></html>", today=TODAY
        )


def test_content_hash_is_of_the_raw_bytes_and_stable():
    a = document_from_bytes("a.txt", b"Cambodia.", today=TODAY)
    b = document_from_bytes("b.txt", b"Cambodia.", today=TODAY)
    c = document_from_bytes("c.txt", b"Cambodia!", today=TODAY)
    assert a.sha256 == b.sha256 != c.sha256
    assert len(a.sha256) == 64


def test_folder_reading_lists_every_file_it_did_not_read(tmp_path):
    (tmp_path / "good.md").write_text("Cambodia remains on the watch list.")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "huge.txt").write_bytes(b"a" * (MAX_BYTES + 10))
    (tmp_path / ".hidden.md").write_text("ignored: hidden files are not documents")
    reads = list(read_files([tmp_path, tmp_path / "missing.md"], time_limit=None))
    assert [r.row["document"] for r in reads if not isinstance(r, Skipped)] == ["good.md"]
    reasons = {Path(r.path).name: r.reason for r in reads if isinstance(r, Skipped)}
    assert set(reasons) == {"empty.txt", "photo.jpg", "huge.txt", "missing.md", ".hidden.md"}
    assert reasons[".hidden.md"] == "a hidden file; not read"
    assert "empty" in reasons["empty.txt"]
    assert "not a document type" in reasons["photo.jpg"]
    assert "over 5 MB" in reasons["huge.txt"]
    assert "no such file" in reasons["missing.md"]


@pytest.mark.parametrize(
    "url, kept",
    [
        ("https://example.org/a", True),
        ("http://example.org/a", True),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,<script>", False),
        ("https:///no-host", False),
        ("http://[::1", False),
    ],
    ids=["https", "http", "javascript", "file", "data", "no-host", "unclosed-bracket"],
)
def test_only_http_urls_are_kept_as_a_documents_url(url, kept):
    document = document_from_bytes("a.txt", b"Body.", metadata={"url": url}, today=TODAY)
    assert document.url == (url if kept else "")
    assert any("is not an http(s) URL; ignored" in n for n in document.notes) is not kept


def test_any_error_one_file_raises_is_its_skip_reason(tmp_path, monkeypatch):
    import loaders.documents
    from loaders.entries import document_entry

    def parser_bug(html, url=None):
        raise ValueError("lxml: a tree too odd to walk")

    monkeypatch.setattr(loaders.documents, "html_to_text", parser_bug)
    (tmp_path / "odd.html").write_text("<html><body><p>Text.</p></body></html>")
    (tmp_path / "good.md").write_text("Cambodia remains on the watch list.")
    reads = list(read_files([tmp_path], time_limit=None))
    assert [r.row["document"] for r in reads if not isinstance(r, Skipped)] == ["good.md"]
    reason = "could not be read (ValueError: lxml: a tree too odd to walk)"
    assert [(Path(r.path).name, r.reason) for r in reads if isinstance(r, Skipped)] == [
        ("odd.html", reason)
    ]
    assert document_entry("odd.html", b"<p>Text.</p>") == {"skipped": reason}
