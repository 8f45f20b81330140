"""Settings from the environment (bad values -> defaults plus a warning, never an exception) and
the sources list (broken entries -> one SourcesError naming each)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from loaders.files import MAX_BYTES
from loaders.settings import (
    DEFAULT_DOCUMENTS,
    MAX_UPLOAD_BYTES_CEILING,
    MAX_UPLOAD_BYTES_FLOOR,
    MB,
    Settings,
    load_settings,
    megabytes,
)
from loaders.sources import Source, SourcesError, load_sources, sources_from_toml

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "environ, expected, n_warnings",
    [
        ({}, Settings(), 0),
        (
            {"TIERWATCH_ALLOW_SAVE": "1", "TIERWATCH_ALLOW_URL_FETCH": "true"},
            Settings(allow_save=True, allow_url_fetch=True),
            0,
        ),
        ({"TIERWATCH_ALLOW_SAVE": " Yes "}, Settings(allow_save=True), 0),
        ({"TIERWATCH_ALLOW_SAVE": "off", "TIERWATCH_ALLOW_URL_FETCH": "0"}, Settings(), 0),
        ({"TIERWATCH_ALLOW_SAVE": ""}, Settings(), 0),
        ({"TIERWATCH_ALLOW_SAVE": "maybe"}, Settings(), 1),
        ({"TIERWATCH_ALLOW_URL_FETCH": "2"}, Settings(), 1),
        ({"TIERWATCH_MAX_UPLOAD_MB": "2"}, Settings(max_upload_bytes=2 * MB), 0),
        ({"TIERWATCH_MAX_UPLOAD_MB": "0.5"}, Settings(max_upload_bytes=MB // 2), 0),
        ({"TIERWATCH_MAX_UPLOAD_MB": "lots"}, Settings(), 1),
        ({"TIERWATCH_MAX_UPLOAD_MB": "-3"}, Settings(), 1),
        ({"TIERWATCH_MAX_UPLOAD_MB": "nan"}, Settings(), 1),
        ({"TIERWATCH_MAX_UPLOAD_MB": "inf"}, Settings(), 1),
        ({"TIERWATCH_MAX_UPLOAD_MB": "50"}, Settings(max_upload_bytes=5 * MB), 1),
        ({"TIERWATCH_DOCUMENTS": "/srv/tip"}, Settings(documents_dir=Path("/srv/tip")), 0),
        (
            {"TIERWATCH_ALLOW_SAVE": "sure", "TIERWATCH_MAX_UPLOAD_MB": "x"},
            Settings(),
            2,
        ),
    ],
    ids=[
        "defaults",
        "both-on",
        "yes-with-spaces",
        "explicit-off",
        "empty-is-unset",
        "garbage-flag",
        "number-flag",
        "upload-2MB",
        "upload-half-MB",
        "upload-garbage",
        "upload-negative",
        "upload-nan",
        "upload-inf",
        "upload-over-reader-limit",
        "documents-dir",
        "two-bad-values",
    ],
)
def test_settings_from_environment(environ, expected, n_warnings):
    settings = load_settings(environ)
    assert (
        settings.allow_save,
        settings.allow_url_fetch,
        settings.max_upload_bytes,
        settings.documents_dir,
    ) == (
        expected.allow_save,
        expected.allow_url_fetch,
        expected.max_upload_bytes,
        expected.documents_dir,
    )
    assert len(settings.warnings) == n_warnings
    assert all(isinstance(w, str) and "TIERWATCH_" in w for w in settings.warnings)


def test_documents_dir_that_is_a_file_falls_back(tmp_path):
    (tmp_path / "file").write_text("x")
    settings = load_settings({"TIERWATCH_DOCUMENTS": str(tmp_path / "file")})
    assert settings.documents_dir == DEFAULT_DOCUMENTS
    assert settings.warnings == (
        f"TIERWATCH_DOCUMENTS={str(tmp_path / 'file')!r} is a file, not a folder; "
        f"using {DEFAULT_DOCUMENTS}",
    )


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        load_settings({}).allow_save = True  # type: ignore[misc]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ('[[source]]\nurl = "https://example.org/a"\n', [Source(url="https://example.org/a")]),
        (
            '[[source]]\nurl = "https://example.org/a"\nfile = "001_a.md"\npublished = 2015-07-27\n'
            'title = "T"\npublisher = "P"\nauthor = "A"\n',
            [
                Source(
                    url="https://example.org/a",
                    file="001_a.md",
                    title="T",
                    published="2015-07-27",
                    publisher="P",
                    author="A",
                )
            ],
        ),
    ],
    ids=["empty", "url-only", "every-key-and-a-toml-date"],
)
def test_sources_from_toml(text, expected):
    assert sources_from_toml(text) == expected


@pytest.mark.parametrize(
    "text, offenders",
    [
        ("[[source]\n", ["not valid TOML"]),
        ('[[source]]\nurl = "file:///etc/passwd"\n', ["source #1 url 'file:///etc/passwd'"]),
        ("[[source]]\ntitle = 'no url'\n", ["source #1 url None is not an http(s) URL"]),
        (
            '[[source]]\nurl = "https://e.org/a"\nfile = "../x.md"\n'
            '[[source]]\nurl = "https://e.org/b"\nfile = "b.txt"\n',
            ["source #1 file '../x.md'", "source #2 file 'b.txt'"],
        ),
        ('[[source]]\nurl = "https://e.org/a"\ntitel = "typo"\n', ["unknown key 'titel'"]),
        ('[[source]]\nurl = "https://e.org/a"\ntitle = 3\n', ["source #1 title is not a string"]),
        (
            '[[source]]\nurl = "https://e.org/a"\n[[source]]\nurl = "https://e.org/a"\n',
            ["source #2 repeats #1's url"],
        ),
        ('urls = ["https://e.org/a"]\n', ["unknown top-level key 'urls'"]),
        ('source = "https://e.org/a"\n', ["must be a list of [[source]] tables"]),
    ],
    ids=[
        "bad-toml",
        "file-url",
        "no-url",
        "bad-file-names",
        "unknown-key",
        "not-a-string",
        "duplicate-url",
        "unknown-top-level",
        "source-not-a-list",
    ],
)
def test_sources_errors_name_every_offender(text, offenders):
    with pytest.raises(SourcesError) as exc:
        sources_from_toml(text, "s.toml")
    for offender in offenders:
        assert offender in str(exc.value)
    assert str(exc.value).startswith("s.toml: ")


def test_missing_sources_file_lists_nothing(tmp_path):
    assert load_sources(tmp_path / "absent.toml") == []


def test_the_server_upload_cap_lets_through_every_file_the_app_accepts():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    server_cap = config["server"]["maxUploadSize"] * 1024 * 1024  # Streamlit counts MiB
    multipart_headers = 64 * 1024  # far more than a browser's boundary and part headers
    assert MAX_UPLOAD_BYTES_CEILING == MAX_BYTES == 5_000_000  # 5 MB as the upload widget counts
    assert MAX_BYTES + multipart_headers <= server_cap <= MAX_BYTES + 1024 * 1024
    readme = (ROOT / "README.md").read_text("utf-8")
    low, high = megabytes(MAX_UPLOAD_BYTES_FLOOR), megabytes(MAX_UPLOAD_BYTES_CEILING)
    assert f"uploads capped at {high} MB" in readme
    assert (
        f"| `{high}` | upload size limit in MB (1,000,000 bytes), from {low} to {high}:" in readme
    )
