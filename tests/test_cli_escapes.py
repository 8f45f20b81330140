"""Printed text is inert: control characters from documents, paths and URLs come out escaped."""

from __future__ import annotations

from loaders.cli import main, printable


def test_printable_escapes_terminal_controls_and_keeps_text():
    hostile = "Tier 2\x1b]0;owned\x07\x1b[2J line\nbreak\r\u009b\u202e"
    assert printable(hostile) == "Tier 2\\x1b]0;owned\\x07\\x1b[2J line\\nbreak\\r\\x9b\\u202e"
    assert printable("Côte d’Ivoire “Tier 3”") == "Côte d’Ivoire “Tier 3”"


def test_extract_prints_no_escape_sequence_from_a_document(tmp_path, capsys):
    doc = tmp_path / "evil\x1b[2J.md"
    doc.write_text(
        '---\ntitle: "Retitle \\e]0;owned\\a"\n---\nLaos remained on the Tier 2 Watch List '
        "in the 2016 Trafficking in Persons report \x1b]0;owned\x07 the State Department said.\n",
        encoding="utf-8",
    )
    assert main(["extract", str(doc)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "\\x1b" in out


def test_a_newline_in_a_url_keeps_one_failed_line(tmp_path, capsys):
    url = "ftp://example.org/a\nfailed http://fake: injected"
    assert main(["fetch", url, "--into", str(tmp_path), "--sources", str(tmp_path / "n")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [
        "failed ftp://example.org/a\\nfailed http://fake: injected: ftp: URLs are refused; "
        "only http and https pages are fetched"
    ]
