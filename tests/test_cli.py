"""The extract command's contract: other tools read its output and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from loaders.cli import main
from loaders.documents import document_from_path
from loaders.schema import RECORD_TYPES, record_from_dict

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "tests" / "data" / "corpus"
REQUIRED_FIELDS = {"kind", "document", "evidence", "start", "end", "year", "date_inferred"}


def test_json_lines_are_records_with_exact_provenance(capsys):
    assert main(["extract", "--json", str(DOCUMENTS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines
    bodies = {p.name: document_from_path(p).body for p in DOCUMENTS.glob("*.md")}
    kinds = set()
    for line in lines:
        data = json.loads(line)
        assert set(data) >= REQUIRED_FIELDS
        record = record_from_dict(data)  # validates the fields against the record schema
        kinds.add(record.kind)
        assert bodies[record.document][record.start : record.end] == record.evidence
    assert kinds == set(RECORD_TYPES)


def test_table_output_and_skipped_inputs(tmp_path, capsys):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    code = main(["extract", str(DOCUMENTS / "004_ff9144a80c53a5eb.md"), str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.splitlines()[0].split()[:3] == ["kind", "year", "document"]
    assert "Tier 2 Watch List" in out
    assert f"skipped {tmp_path / 'binary.txt'}: binary content (NUL bytes)" in err.splitlines()


def test_exit_1_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "empty.md").write_bytes(b"")
    assert main(["extract", str(tmp_path / "empty.md"), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "skipped" in err and "empty file" in err and "no such file" in err


@pytest.mark.parametrize(
    "argv", [["extract"], ["extract", "--nope", "x"], ["frobnicate"], []], ids=str
)
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


@pytest.mark.parametrize(
    "argv, message",
    [
        (["build", "--jobs", "0"], "0 is not between 1 and 256"),
        (["build", "--time-limit", "0"], "0 is not between 0 and 3600 seconds"),
        (["fetch", "--timeout", "nan"], "nan is not between 0 and 600 seconds"),
        (["fetch", "--retries", "11"], "11 is not between 0 and 10"),
        (["fetch", "--retries", "two"], "two is not a number"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_numbers_out_of_range_are_usage_errors_naming_the_range(argv, message, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert message in capsys.readouterr().err


def test_extract_never_opens_the_official_record(tmp_path):
    # An audit hook sees every file the process opens: the extractor must not peek at tiers.csv.
    script = textwrap.dedent(
        f"""
        import sys
        opened = []
        sys.addaudithook(lambda event, args: event == "open" and opened.append(str(args[0])))
        from loaders.cli import main
        code = main(["extract", "--json", {str(DOCUMENTS)!r}])
        peeked = [p for p in opened if p.endswith("tiers.csv")]
        sys.stdout.flush()
        print("PEEKED", peeked, "CODE", code, file=sys.stderr)
        sys.exit(1 if peeked else code)
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert "PEEKED [] CODE 0" in run.stderr


def test_an_extractor_error_is_that_documents_skipped_line(tmp_path, capsys, monkeypatch):
    import loaders.extract

    real = loaders.extract.extract_records

    def crash_on_one(document):
        if document.id == "crash.md":
            raise RecursionError("a rule that loops")
        return real(document)

    monkeypatch.setattr(loaders.extract, "extract_records", crash_on_one)
    seed = DOCUMENTS / "004_ff9144a80c53a5eb.md"
    # Its own content: files of the same content are read once, and would share the skip.
    (tmp_path / "crash.md").write_bytes(seed.read_bytes() + b"\nOne more line.\n")
    assert main(["extract", "--json", str(tmp_path / "crash.md"), str(seed)]) == 0
    out, err = capsys.readouterr()
    crashed = f"skipped {tmp_path / 'crash.md'}: the extractors failed on it (RecursionError)"
    assert crashed in err.splitlines()
    assert {json.loads(line)["document"] for line in out.splitlines()} == {seed.name}


def test_records_come_out_in_the_same_order_whatever_the_hash_seed(tmp_path):
    # Runs of years that end before a change are moved a year back; they used to be gathered in
    # a set, so their order followed Python's string hashing, different in every process.
    (tmp_path / "a.md").write_text(
        '---\npublished: "2019-06-30"\n---\nFor the past four years Laos and Malaysia were on '
        "the trafficking watch list. This year Laos was downgraded to Tier 3 and Malaysia to "
        "Tier 3 as well, while Thailand stayed on Tier 2 for three years.\n",
        encoding="utf-8",
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-m", "loaders", "extract", "--json", str(tmp_path)],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3", "4", "5")
    }
    assert len(outputs) == 1 and outputs.pop().count(b'"kind":"placement"') >= 8
