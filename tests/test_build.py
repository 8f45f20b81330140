"""The build step: outputs, the content-hash cache, the no-change shortcut, errors at the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import loaders.io
from loaders.build import OUTPUTS, build
from loaders.cache import CACHE_DIR, ExtractionCache
from loaders.cli import main
from loaders.publish import CURRENT, SET_FILE, check_set
from loaders.schema import CLAIMS, DOCUMENTS, YEARLY, record_from_dict

ROOT = Path(__file__).resolve().parent.parent
TIERS = ROOT / "tests" / "data" / "tiers.csv"
CORPUS = ROOT / "tests" / "data" / "corpus"
BAD_TIERS = ROOT / "tests" / "data" / "tiers" / "unknown_tier.csv"
CONFLICT_CASE = ROOT / "tests" / "data" / "documents" / "conflict_cambodia_tier3_2016.md"
AN_HOUR_AGO = time.time() - 3600


def _age(path: Path, seconds_ago: float = 3600) -> None:
    # Files written by a test are "racily clean" (see loaders/cache.py); real inputs are older.
    stamp = time.time() - seconds_ago
    os.utime(path, (stamp, stamp))


@pytest.fixture
def corpus(tmp_path) -> dict[str, Path]:
    docs = tmp_path / "documents"
    docs.mkdir()
    for path in [*sorted(CORPUS.glob("*.md")), CONFLICT_CASE]:
        shutil.copy(path, docs / path.name)
    (docs / "scan.pdf").write_bytes(b"%PDF-1.4")
    (docs / "empty.md").write_bytes(b"")
    tiers = tmp_path / "tiers.csv"
    shutil.copy(TIERS, tiers)
    for path in [*docs.iterdir(), tiers]:
        _age(path)
    return {"documents": docs, "tiers": tiers, "out": tmp_path / "build"}


def _build(corpus, **kwargs):
    return build(corpus["documents"], corpus["tiers"], corpus["out"], **kwargs)


def test_build_writes_every_output(corpus):
    summary = _build(corpus)
    out = corpus["out"] / CURRENT
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUTS, SET_FILE])
    assert check_set(out)
    assert summary.documents_read == 3
    assert [(Path(s.path).name, s.reason) for s in summary.skipped] == [
        ("empty.md", "empty file"),
        ("scan.pdf", "not a document type (.pdf)"),
    ]
    yearly = pd.read_csv(out / "yearly.csv", dtype=str, keep_default_na=False)
    assert list(yearly.columns) == list(YEARLY.columns)
    khm = yearly[yearly["iso3"] == "KHM"]
    assert list(khm["year"].astype(int)) == list(range(2001, 2026))
    assert khm.set_index("year").loc["2022", "tvpa_note"].startswith("automatic downgrade")
    assert list(pd.read_csv(out / "claims.csv", nrows=0).columns) == list(CLAIMS.columns)
    documents = pd.read_csv(out / "documents.csv", dtype=str, keep_default_na=False)
    assert list(documents.columns) == list(DOCUMENTS.columns)
    assert sorted(documents["document"]) == [
        "000_9ba1c1a8eba8ac37.md",
        "004_ff9144a80c53a5eb.md",
        "conflict_cambodia_tier3_2016.md",
    ]
    lines = (out / "records.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == sum(summary.records_by_kind.values())
    for line in lines:
        data = json.loads(line)
        assert record_from_dict(data).to_dict() == data


def test_unknown_years_are_empty_in_the_csv(corpus):
    _build(corpus)
    yearly = pd.read_csv(corpus["out"] / CURRENT / "yearly.csv", dtype=str, keep_default_na=False)
    vnm = yearly[(yearly["iso3"] == "VNM") & (yearly["year"] == "2025")].iloc[0]
    assert (vnm["tier"], vnm["tier_source"], vnm["change"]) == ("", "", "")


def test_a_conflict_is_listed(corpus):
    summary = _build(corpus)
    got = [(c.iso3, c.year, c.claimed_tier, c.official_tier) for c in summary.conflicts]
    assert got == [("KHM", 2016, "Tier 3", "Tier 2")]


def test_nothing_changed_means_nothing_redone(corpus):
    first = _build(corpus)
    stamps = {n: (corpus["out"] / CURRENT / n).stat().st_mtime_ns for n in OUTPUTS}
    again = _build(corpus)
    assert again.up_to_date and not first.up_to_date
    assert (again.documents_read, again.skipped, again.records_by_kind, again.conflicts) == (
        first.documents_read,
        first.skipped,
        first.records_by_kind,
        first.conflicts,
    )
    assert stamps == {n: (corpus["out"] / CURRENT / n).stat().st_mtime_ns for n in OUTPUTS}


def test_a_no_change_build_loads_neither_pandas_nor_the_validator(corpus):
    _build(corpus)
    script = (
        "import sys; from loaders.build import build; "
        f"s = build({str(corpus['documents'])!r}, {str(corpus['tiers'])!r}, "
        f"{str(corpus['out'])!r}); "
        "print(s.up_to_date, 'pandas' in sys.modules, 'pydantic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.split() == ["True", "False", "False"], done.stderr


@pytest.mark.parametrize(
    "change, expected",
    [
        ("append", (2, 1)),
        ("touch", (3, 0)),
        ("rename", (3, 0)),
        ("add", (3, 1)),
        ("tiers", (3, 0)),
    ],
    ids=[
        "edited-document-only-is-extracted",
        "touched-but-same-content-is-hashed-not-extracted",
        "renamed-document-found-by-content",
        "new-document-only-is-extracted",
        "new-record-reuses-every-document",
    ],
)
def test_incremental_rebuild(corpus, change, expected):
    _build(corpus)
    docs = corpus["documents"]
    seed = docs / "004_ff9144a80c53a5eb.md"
    if change == "append":
        seed.write_text(seed.read_text("utf-8") + "\nOne more line.\n", encoding="utf-8")
    elif change == "touch":
        os.utime(seed)
    elif change == "rename":
        seed.rename(docs / "renamed.md")
    elif change == "add":
        (docs / "new.md").write_text("Thailand remains on Tier 2 in the 2023 report.\n", "utf-8")
    elif change == "tiers":
        corpus["tiers"].write_bytes(corpus["tiers"].read_bytes() + b"\n")
    summary = _build(corpus)
    assert not summary.up_to_date
    assert (summary.from_cache, summary.extracted) == expected
    names = {
        json.loads(x)["document"]
        for x in (corpus["out"] / CURRENT / "records.jsonl").open(encoding="utf-8")
    }
    if change == "rename":
        # The cache is keyed by content, but records cite the file's current name.
        assert "004_ff9144a80c53a5eb.md" not in names
        documents = pd.read_csv(corpus["out"] / CURRENT / "documents.csv", dtype=str)
        assert "renamed.md" in set(documents["document"])


def test_same_size_edit_within_the_racy_window_is_seen(corpus):
    seed = corpus["documents"] / "004_ff9144a80c53a5eb.md"
    # Stamped after the cache's save, however long the first build takes (a loaded machine
    # takes more than the 2 s window to build): a stamp the cache cannot trust.
    _age(seed, -3600)
    _build(corpus)
    before = os.stat(seed)
    text = seed.read_text("utf-8")
    seed.write_text(text.replace("Cambodia", "Cambodja", 1), encoding="utf-8")
    os.utime(seed, ns=(before.st_atime_ns, before.st_mtime_ns))  # a coarse clock: same stamp
    assert os.stat(seed).st_size == before.st_size
    summary = _build(corpus)
    assert (summary.up_to_date, summary.extracted) == (False, 1)


def test_cold_build_and_other_extractor_versions_ignore_the_cache(corpus):
    _build(corpus)
    assert _build(corpus, reuse=False).extracted == 3
    cache = ExtractionCache(corpus["out"], "another version")
    assert cache.get("0" * 64) is None
    sha = json.loads((corpus["out"] / CACHE_DIR / "documents.json").read_text())["entries"]
    assert all(cache.get(s) is None for s in sha)


# Run in a copy of the project: the build fingerprints the files of the loaders it runs from.
_EDIT_AND_REBUILD = """
import sys
from pathlib import Path
import loaders
from loaders.build import build

documents, tiers, out = sys.argv[1:4]
print(Path(loaders.__file__).parent)
for edited in [None, *sys.argv[4:]]:
    if edited:
        path = Path(loaders.__file__).parent / edited
        path.write_text(path.read_text("utf-8") + "\\n# edited\\n", "utf-8")
    s = build(documents, tiers, out)
    print(edited, s.up_to_date, s.from_cache, s.extracted)
"""


def _edit_and_rebuild(tmp_path, corpus, edits: list[str]) -> list[list[str]]:
    """Build in a copy of the package, then after each edit (a path in the package) again."""
    project = tmp_path / "project"
    shutil.copytree(
        ROOT / "loaders", project / "loaders", ignore=shutil.ignore_patterns("__pycache__")
    )
    for extra in sorted(corpus["documents"].iterdir())[1:]:
        extra.unlink()  # one document: the point is the code, not the corpus
    done = subprocess.run(
        [sys.executable, "-c", _EDIT_AND_REBUILD, *map(str, corpus.values()), *edits],
        capture_output=True,
        text=True,
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
    )
    lines = done.stdout.splitlines()
    assert lines and lines[0] == str(project / "loaders"), done.stderr[-2000:]
    return [line.split() for line in lines[1:]]


def test_editing_code_in_the_entries_import_closure_makes_the_cache_stale(tmp_path, corpus):
    # entries.py (document_row) and files.py make every cached entry, yet the hand-kept list of
    # files the fingerprint once hashed left them out: the build said "nothing changed".
    rounds = _edit_and_rebuild(tmp_path, corpus, ["entries.py", "files.py", "extract/years.py"])
    assert rounds == [
        ["None", "False", "0", "1"],
        ["entries.py", "False", "0", "1"],
        ["files.py", "False", "0", "1"],
        ["extract/years.py", "False", "0", "1"],
    ]


def test_editing_code_outside_the_closure_keeps_the_cache(tmp_path, corpus):
    # The sources list and the fetch command make no entry and no output of a build.
    rounds = _edit_and_rebuild(tmp_path, corpus, ["sources.py", "cli/fetch.py"])
    assert rounds == [
        ["None", "False", "0", "1"],
        ["sources.py", "True", "0", "1"],
        ["cli/fetch.py", "True", "0", "1"],
    ]


def test_editing_the_build_code_redoes_the_outputs_from_the_cached_entries(tmp_path, corpus):
    # publish.py writes the outputs but makes no entry: outputs anew, entries from the cache.
    rounds = _edit_and_rebuild(tmp_path, corpus, ["publish.py"])
    assert rounds == [["None", "False", "0", "1"], ["publish.py", "False", "1", "0"]]


@pytest.mark.parametrize("damage", [b"{not json", b"[]", b'{"format": 1, "entries": {"x": 1}}'])
def test_a_damaged_cache_is_rebuilt(corpus, damage):
    _build(corpus)
    for name in ("documents.json", "manifest.json"):
        (corpus["out"] / CACHE_DIR / name).write_bytes(damage)
    summary = _build(corpus)
    assert (summary.documents_read, summary.extracted, summary.up_to_date) == (3, 3, False)


def test_a_damaged_cache_entry_is_extracted_again(corpus):
    _build(corpus)
    path = corpus["out"] / CACHE_DIR / "documents.json"
    cache = json.loads(path.read_text("utf-8"))
    damaged = next(e for e in cache["entries"].values() if e.get("records"))
    del damaged["records"][0]["evidence"]
    path.write_text(json.dumps(cache), "utf-8")
    (corpus["out"] / CACHE_DIR / "manifest.json").unlink()
    summary = _build(corpus)
    assert (summary.documents_read, summary.from_cache, summary.extracted) == (3, 2, 1)
    lines = (corpus["out"] / CURRENT / "records.jsonl").read_text("utf-8").splitlines()
    assert all("evidence" in json.loads(line) for line in lines)


def test_repeated_file_names_are_skipped_not_merged(corpus):
    sub = corpus["documents"] / "sub"
    sub.mkdir()
    shutil.copy(CONFLICT_CASE, sub / CONFLICT_CASE.name)
    summary = _build(corpus)
    reasons = {
        Path(s.path).relative_to(corpus["documents"]).as_posix(): s.reason for s in summary.skipped
    }
    assert reasons[f"sub/{CONFLICT_CASE.name}"].startswith("same file name as ")


def test_a_crash_mid_write_leaves_old_outputs_whole(corpus, monkeypatch):
    _build(corpus)
    old = {n: (corpus["out"] / CURRENT / n).read_bytes() for n in OUTPUTS}
    (corpus["documents"] / "new.md").write_text("Thailand was placed on Tier 3 in 2014.\n", "utf-8")
    calls = []

    def fsync_then_fail(fd):
        calls.append(fd)
        if len(calls) > 1:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(loaders.io.os, "fsync", fsync_then_fail)
    with pytest.raises(OSError):
        _build(corpus)
    for name in OUTPUTS:  # the new set was never published: the current one is untouched
        assert (corpus["out"] / CURRENT / name).read_bytes() == old[name]
    assert check_set(corpus["out"] / CURRENT)
    monkeypatch.undo()
    assert _build(corpus).documents_read == 4  # the next build tidies up and publishes
    assert [p.name.startswith(".new-") for p in (corpus["out"] / "sets").iterdir()] == [False] * 2


# ---- the command line --------------------------------------------------------------------------


def _cli(corpus, *extra, tiers=None):
    return main(
        [
            "build",
            "--documents",
            str(corpus["documents"]),
            "--tiers",
            str(tiers or corpus["tiers"]),
            "--out",
            str(corpus["out"]),
            *extra,
        ]
    )


def test_cli_prints_the_summary(corpus, capsys):
    assert _cli(corpus) == 0
    out = capsys.readouterr().out
    assert "documents read: 3" in out
    assert "skipped: 2" in out and "scan.pdf: not a document type (.pdf)" in out
    assert "records: " in out
    assert "conflicts with the official record: " in out
    assert _cli(corpus) == 0
    assert "nothing changed since the last build" in capsys.readouterr().out


def test_cli_lists_the_conflict(corpus, capsys):
    assert _cli(corpus) == 0
    out = capsys.readouterr().out
    assert "KHM 2016: conflict_cambodia_tier3_2016.md says Tier 3; the record says Tier 2" in out


def test_cli_bad_record_names_file_and_line_and_keeps_old_outputs(corpus, capsys):
    assert _cli(corpus) == 0
    old = {n: (corpus["out"] / CURRENT / n).read_bytes() for n in OUTPUTS}
    capsys.readouterr()
    assert _cli(corpus, tiers=BAD_TIERS) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{BAD_TIERS}: 1 problem:" in captured.err
    assert "line 3: tier: 'Tier 4' is not one of" in captured.err
    assert "Traceback" not in captured.err
    assert old == {n: (corpus["out"] / CURRENT / n).read_bytes() for n in OUTPUTS}


def test_cli_as_a_process_exits_1_without_traceback(corpus):
    done = subprocess.run(
        [sys.executable, "-m", "loaders", "build", "--tiers", str(BAD_TIERS), "--out",
         str(corpus["out"]), "--documents", str(corpus["documents"])],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 1
    assert "line 3" in done.stderr and "Traceback" not in done.stderr


def test_cli_unwritable_out_is_a_message(corpus, capsys):
    blocker = corpus["out"]
    blocker.write_text("a file where the output folder should be", "utf-8")
    assert _cli(corpus) == 1
    err = capsys.readouterr().err
    assert err.startswith("build: cannot write") and "Traceback" not in err


def test_an_extractor_crash_skips_that_document_and_builds_the_rest(corpus, monkeypatch):
    import loaders.extract

    real = loaders.extract.extract_records

    def crash_on_the_conflict_case(document):
        if document.id == CONFLICT_CASE.name:
            raise RuntimeError("a bug in one rule")
        return real(document)

    monkeypatch.setattr(loaders.extract, "extract_records", crash_on_the_conflict_case)
    summary = _build(corpus)
    reasons = {Path(s.path).name: s.reason for s in summary.skipped}
    assert reasons[CONFLICT_CASE.name] == "the extractors failed on it (RuntimeError)"
    assert summary.documents_read == 2
    assert summary.conflicts == []
