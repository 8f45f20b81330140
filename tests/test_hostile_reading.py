"""Hostile input, round two (issue 18), on the reading side: each case names what it protects."""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest

from loaders.documents import NotText, decode_text, document_from_bytes
from loaders.files import Skipped, scan_paths
from loaders.official import OfficialRecordError, load_official_record
from loaders.pages import Page, document_from_page
from loaders.reading import read_files
from loaders.sources import SourcesError, load_sources

TODAY = dt.date(2026, 1, 1)
_ARTICLE = b"In 2015 the State Department placed Cambodia on Tier 3 in its annual report. " * 4


def _nested(base: Path, depth: int) -> Path:
    # One mkdir per level: Path.mkdir(parents=True) recurses once per level too.
    folder = base
    for _ in range(depth):
        folder = folder / "d"
        os.mkdir(folder)
    return folder


def _remove_nested(base: Path) -> None:
    # pytest's own tmp_path cleanup (shutil.rmtree) recurses once per level and would crash the run.
    chain = [base]
    while (chain[-1] / "d").is_dir():
        chain.append(chain[-1] / "d")
    for folder in reversed(chain[1:]):
        for entry in folder.iterdir():
            if not entry.is_dir():
                entry.unlink()
        folder.rmdir()


def test_folders_nested_1000_deep_keep_every_document(tmp_path):
    (tmp_path / "top.md").write_text("Thailand is on Tier 3 in the 2015 report.\n")
    (_nested(tmp_path, 1000) / "deep.md").write_text("Laos is on Tier 2 in the 2015 report.\n")
    try:
        paths, skipped = scan_paths([tmp_path])
    finally:
        _remove_nested(tmp_path)
    assert sorted(p.name for p in paths) == ["deep.md", "top.md"]
    assert skipped == []


def test_hidden_files_and_folders_are_named_as_skipped(tmp_path):
    (tmp_path / "good.md").write_text("Cambodia is on Tier 2.")
    (tmp_path / ".draft.md").write_text("Cambodia is on Tier 3.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "inside.md").write_text("Cambodia is on Tier 1.")
    reads = list(read_files([tmp_path], time_limit=None))
    assert [r.row["document"] for r in reads if not isinstance(r, Skipped)] == ["good.md"]
    reasons = {Path(r.path).name: r.reason for r in reads if isinstance(r, Skipped)}
    assert reasons == {".draft.md": "a hidden file; not read", ".git": "a hidden folder; not read"}


def test_undated_html_gets_no_date_from_a_year_in_its_text():
    html = b"<html><head><title>Report</title></head><body><article><p>" + _ARTICLE
    document = document_from_bytes("page.html", html + b"</p></article></body></html>")
    assert document.published is None


def test_html_dated_in_its_metadata_keeps_that_date():
    head = b'<head><meta property="article:published_time" content="2016-06-30"></head>'
    html = b"<html>" + head + b"<body><article><p>" + _ARTICLE + b"</p></article></body></html>"
    assert str(document_from_bytes("page.html", html, today=TODAY).published) == "2016-06-30"


def test_a_stray_latin1_byte_in_utf8_is_replaced_and_its_offset_named():
    raw = (
        "“Progress,” the minister said of Tier 2. The caf".encode() + b"\xe9" + " “owner”.".encode()
    )
    text, notes = decode_text(raw)
    assert "“Progress,”" in text and "caf\ufffd “owner”" in text
    offset = raw.index(b"\xe9")
    assert notes == [f"not valid UTF-8 at byte {offset}; that byte read as U+FFFD"]


def test_cp1252_text_is_still_read_as_cp1252():
    text, notes = decode_text("Cambodia’s “Tier 2” café".encode("cp1252"))
    assert text == "Cambodia’s “Tier 2” café"
    assert "cp1252" in notes[0]


@pytest.mark.parametrize("depth", [254, 300, 5000], ids=["254", "300", "5000"])
def test_html_nested_deep_is_read_from_the_pages_text(depth):
    html = b"<html><body>" + b"<div>" * depth + b"<p>" + _ARTICLE + b"</p>" + b"</div>" * depth
    document = document_from_bytes("deep.html", html + b"</body></html>", today=TODAY)
    assert "placed Cambodia on Tier 3" in document.body
    assert any("read the page's whole text" in n for n in document.notes)


def test_utf8_page_declared_utf16_is_read_as_utf8():
    html = b"<html><body><article><p>" + _ARTICLE + b"</p></article></body></html>"
    html += b" " * (len(html) % 2)  # an even length decodes as UTF-16 without an error
    page = Page("http://example.org/a", html, "text/html; charset=utf-16")
    assert "placed Cambodia on Tier 3" in document_from_page(page, name="a.md").body


def test_utf32_with_its_bom_is_read_as_utf32():
    text, notes = decode_text("Cambodia is on Tier 2.".encode("utf-32"))
    assert (text, notes) == ("Cambodia is on Tier 2.", ["decoded as UTF-32"])


@pytest.mark.parametrize("codec, label", [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_without_a_bom_is_read_not_called_binary(codec, label):
    text = "Cambodia is on Tier 2 in the 2015 report, Phnom Penh said.\n"
    got, notes = decode_text(text.encode(codec))
    assert got == text
    assert notes[0].startswith(f"decoded as UTF-16 {label} (no byte order mark")


def test_nul_bytes_that_are_no_utf16_stay_binary():
    with pytest.raises(NotText, match="binary content"):
        decode_text(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def test_a_double_bom_keeps_the_front_matter():
    raw = b"\xef\xbb\xbf\xef\xbb\xbf---\ntitle: Two marks\n---\nCambodia is on Tier 2.\n"
    document = document_from_bytes("bom.md", raw, today=TODAY)
    assert document.title == "Two marks"
    assert document.body.startswith("Cambodia")
    assert "repeated byte order marks at the start; removed" in document.notes


def test_an_added_documents_date_note_reaches_its_row():
    from loaders.entries import document_entry

    entry = document_entry("added.md", b"---\npublished: 2016-02-30\n---\nCambodia is on Tier 2.")
    assert "is not a real date; ignored" in entry["row"]["notes"]


_HEADER = "country,iso3,year,tier,confidence,source_url,evidence\n"
_ROW = "Cambodia,KHM,{year},Tier 2,high,https://example.org/{year},a note on {year}\n"


def _finishes(call, seconds: float = 10.0) -> BaseException | None:
    """What ``call`` raised, checked to come back at all (a blocking read would hang the suite)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert outcome, f"still blocked after {seconds} s"
    return outcome[0]


def test_an_unclosed_quote_in_tiers_csv_refuses_the_record_naming_its_line(tmp_path):
    rows = [_ROW.format(year=year) for year in range(2001, 2011)]
    rows[3] = rows[3].replace("a note on", '"a note never closed on')
    (tmp_path / "tiers.csv").write_text(_HEADER + "".join(rows))
    with pytest.raises(OfficialRecordError, match=r"line 5: .*quote"):
        load_official_record(tmp_path / "tiers.csv")


def test_a_huge_field_in_tiers_csv_is_a_bad_record_not_a_crash(tmp_path):
    big = _ROW.format(year=2001).replace("a note on", "x" * 200_000)
    (tmp_path / "tiers.csv").write_text(_HEADER + big)
    with pytest.raises(OfficialRecordError, match="line 2"):
        load_official_record(tmp_path / "tiers.csv")


@pytest.mark.parametrize("kind", ["fifo", "device"])
@pytest.mark.parametrize(
    ("name", "load", "error"),
    [
        ("tiers.csv", load_official_record, OfficialRecordError),
        ("sources.toml", load_sources, SourcesError),
    ],
    ids=["tiers.csv", "sources.toml"],
)
def test_a_fifo_or_device_as_a_record_file_is_refused_without_blocking(
    tmp_path, kind, name, load, error
):
    path = tmp_path / name
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    raised = _finishes(lambda: load(path))
    assert isinstance(raised, error), raised
    assert "regular" in str(raised)


def test_sources_toml_nested_deeply_is_a_clear_error(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n")
    with pytest.raises(SourcesError, match="nested too deeply"):
        load_sources(path)
