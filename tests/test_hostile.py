"""Hostile inputs on every route from files to records: each is its own skipped line or note, the
run goes on, and nothing hangs.

The folder holds the bundled documents, every hostile case file of tests/data/documents/, the
large inputs made by devtools/hostile_inputs.py, and what git cannot hold (a FIFO, links that loop,
a link to /dev/zero, a file name that is not UTF-8, an unreadable file and folder). The command
line runs in a subprocess with a time limit, as a user would run it; when the tests run as root,
it runs without root's power to read any file (setpriv drops CAP_DAC_OVERRIDE and
CAP_DAC_READ_SEARCH), so that the unreadable entries really are unreadable.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from devtools.hostile_inputs import KB, MB, deep_html, many_attributes_html, plain_document
from loaders.files import read_capped, shown

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "documents"
GOOD = sorted((ROOT / "tests" / "data" / "corpus").glob("*.md"))
NON_UTF8 = os.fsdecode(b"caf\xe9_report.md")  # the bytes of a Latin-1 name
# Root reads files whatever their mode; without these two capabilities it is held to the mode.
NO_DAC = "-dac_override,-dac_read_search"

# name in the folder -> what its skipped line must say (None: read, with or without a note)
SPECIAL: dict[str, str | None] = {
    "pipe.md": "not a regular file (a FIFO (named pipe))",
    "loop.md": "cannot read (Too many levels of symbolic links)",
    "dangling.md": "cannot read (No such file or directory)",
    "zeros.txt": "not a regular file (a character device)",
    "linked_folder": "a link to a folder; not followed",
    "unreadable.md": "cannot read file (Permission denied)",
    "locked": "cannot read folder (Permission denied)",
    "many_attributes.html": "100,000 attributes on one element, over the 1,000 read safely",
    "many_elements.html": "elements, over the 20,000 read safely",
    "over_5mb.txt": "over 5 MB",
    "deep.html": None,  # read from the page's text: the article reader sees nothing that deep
    "plain_5mb.md": None,
    shown(NON_UTF8): None,
}


def _case_files() -> list[Path]:
    return sorted(p for p in CASES.glob("hostile_*") if not p.name.endswith(".expect.yaml"))


def _sidecar_skip(path: Path) -> bool:
    sidecar = path.with_name(path.name + ".expect.yaml")
    return sidecar.exists() and "skipped:" in sidecar.read_text("utf-8")


@pytest.fixture
def hostile_folder(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    docs = base / "documents"
    docs.mkdir()
    for path in [*GOOD, *_case_files()]:
        shutil.copy(path, docs / path.name)
    (docs / "many_attributes.html").write_bytes(many_attributes_html(100_000))
    (docs / "many_elements.html").write_bytes(b"<html><body>" + b"<b>Tier 3</b> " * 30_000)
    (docs / "deep.html").write_bytes(deep_html(15_000))
    (docs / "over_5mb.txt").write_bytes(plain_document(5 * MB + KB))
    (docs / "plain_5mb.md").write_bytes(plain_document())
    os.mkfifo(docs / "pipe.md")
    (docs / "loop.md").symlink_to("loop.md")
    (docs / "dangling.md").symlink_to("nowhere.md")
    (docs / "zeros.txt").symlink_to("/dev/zero")
    (base / "elsewhere").mkdir()
    (docs / "linked_folder").symlink_to(base / "elsewhere", target_is_directory=True)
    (docs / NON_UTF8).write_bytes(GOOD[0].read_bytes())
    (docs / "unreadable.md").write_bytes(GOOD[0].read_bytes())
    (docs / "unreadable.md").chmod(0)
    (docs / "locked").mkdir()
    (docs / "locked" / "inside.md").write_bytes(GOOD[0].read_bytes())
    (docs / "locked").chmod(0)
    yield docs
    (docs / "locked").chmod(0o755)


# These tests are about what is listed and read, not the per-document time limit (test_reading
# has it): the 5 MB document takes about 150 s of CPU, past its limit on a loaded machine.
_READ_ALL = ("--jobs", "2", "--time-limit", "3600")


def _run(*argv: str, timeout: float = 900) -> subprocess.CompletedProcess:
    """python -m loaders ARGV..., held to file modes even when run as root."""
    prefix = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        assert setpriv, "setpriv (util-linux) is needed to test unreadable files as root"
        prefix = [setpriv, "--bounding-set", NO_DAC, "--inh-caps", NO_DAC]
    return subprocess.run(
        [*prefix, sys.executable, "-m", "loaders", *argv],
        cwd=ROOT,
        capture_output=True,
        timeout=timeout,
    )


def _skipped_lines(text: str, prefix: str) -> dict[str, str]:
    """{file name: reason} from 'PREFIX PATH: reason' lines."""
    found = {}
    for line in text.splitlines():
        if line.startswith(prefix) and ": " in line:
            path, reason = line[len(prefix) :].split(": ", 1)
            found[Path(path.strip()).name] = reason
    return found


def _expected_skips() -> dict[str, str]:
    skips = {name: reason for name, reason in SPECIAL.items() if reason}
    skips |= {p.name: "" for p in _case_files() if _sidecar_skip(p)}
    return skips


def test_build_over_every_hostile_input_exits_0_lists_each_and_builds_the_rest(
    hostile_folder, tmp_path_factory
):
    out = tmp_path_factory.mktemp("out")
    done = _run("build", *_READ_ALL, "--documents", str(hostile_folder), "--out", str(out))
    stdout = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert "Traceback" not in done.stderr.decode(errors="replace")
    skipped = _skipped_lines(stdout.split("skipped:", 1)[1].split("records:")[0], "  ")
    # The unreadable folder is listed itself ("locked"), what is inside it cannot be.
    for name, reason in _expected_skips().items():
        assert name in skipped, f"{name} not listed as skipped:\n{stdout}"
        assert reason in skipped[name], f"{name}: {skipped[name]}"
    assert set(skipped) == set(_expected_skips())
    documents = (out / "current" / "documents.csv").read_text("utf-8")
    for name in [*(p.name for p in GOOD), shown(NON_UTF8), "plain_5mb.md"]:
        assert f"\n{name}," in documents, name
    records = [json.loads(line) for line in (out / "current" / "records.jsonl").open("rb")]
    assert shown(NON_UTF8) in {r["document"] for r in records}


def test_extract_over_every_hostile_input_reads_the_rest(hostile_folder):
    # The build above reads the 5 MB document through the same reader; reading it twice costs
    # minutes of CPU and tests nothing more.
    (hostile_folder / "plain_5mb.md").unlink()
    done = _run(
        "extract",
        *_READ_ALL,
        "--json",
        str(hostile_folder),
        "/dev/zero",
        str(hostile_folder / "pipe.md"),
    )
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 0, stderr[-2000:]
    assert "Traceback" not in stderr
    skipped = _skipped_lines(stderr, "skipped ")
    for name, reason in _expected_skips().items():
        assert reason in skipped.get(name, "<missing>"), f"{name}: {skipped.get(name)}"
    assert "not a regular file (a character device)" in skipped["zero"]
    names = {json.loads(line)["document"] for line in done.stdout.splitlines()}
    assert {p.name for p in GOOD} | {shown(NON_UTF8)} <= names


@pytest.mark.parametrize(
    "make, reason",
    [
        (lambda p: os.mkfifo(p), "a FIFO"),
        (lambda p: p.symlink_to("/dev/zero"), "a character device"),
        (lambda p: p.mkdir(), "a folder"),
        (lambda p: p.symlink_to(p.name), "Too many levels of symbolic links"),
    ],
    ids=["fifo-does-not-block", "dev-zero-is-not-read", "folder", "link-loop"],
)
def test_only_regular_files_are_read(tmp_path, make, reason):
    path = tmp_path / "doc.md"
    make(path)
    with pytest.raises(Exception, match=reason) as info:
        read_capped(path)
    assert type(info.value).__name__ in ("NotReadable", "TooLarge")


def test_at_most_the_limit_plus_one_byte_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1000)
    assert read_capped(path, limit=1000) == b"a" * 1000
    with pytest.raises(Exception, match="more than 999 bytes"):
        read_capped(path, limit=999)


def test_the_size_stat_reports_is_not_trusted():
    # /proc files are regular files whose stat size is 0: only reading tells their size.
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(Exception, match="more than 10 bytes"):
        read_capped(Path("/proc/self/status"), limit=10)
