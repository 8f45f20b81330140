"""Outputs publish as one set: builds killed mid-write or run side by side never leave a reader
yearly.csv from one build and records.jsonl from another.

Two document folders, A and B, give different outputs; every check reads the current set through
``current_set`` (the link resolved once, as a reader does) and asks whether all four files come
from one build of one folder.
"""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from loaders.build import OUTPUTS, build
from loaders.publish import CURRENT, BuildLocked, build_lock, check_set, current_set

ROOT = Path(__file__).resolve().parent.parent
TIERS = ROOT / "tests" / "data" / "tiers.csv"
CORPUS = ROOT / "tests" / "data" / "corpus"
CASES = ROOT / "tests" / "data" / "documents"


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    """Folder A: the bundled documents and a few placement cases; B: a few statement cases.

    A few each: the subject is publishing, and every killed build re-reads its folder."""
    base = tmp_path_factory.mktemp("two")
    sources = {
        "A": [*CORPUS.glob("*.md"), *sorted(CASES.glob("placement_*.md"))[:4]],
        "B": sorted(CASES.glob("statement_*.md"))[:6],
    }
    for name, paths in sources.items():
        (base / name).mkdir()
        for path in paths:
            shutil.copy(path, base / name / path.name)
    return {name: base / name for name in sources}


def _which_folder(out: Path, folders: dict[str, Path]) -> str | None:
    """'A' or 'B' when the current set is whole and from one build of that folder; None when
    nothing is published; 'mixed' otherwise."""
    folder = current_set(out)
    if folder is None:
        assert not (out / CURRENT).exists()
        return None
    if not check_set(folder):
        return "mixed"
    with (folder / "documents.csv").open(encoding="utf-8") as handle:
        documents = {row["document"] for row in csv.DictReader(handle)}
    with (folder / "records.jsonl").open("rb") as handle:
        cited = {json.loads(line)["document"] for line in handle}
    with (folder / "claims.csv").open(encoding="utf-8") as handle:
        claimed = {row["document"] for row in csv.DictReader(handle)}
    for name, path in folders.items():
        names = {p.name for p in path.iterdir()}
        if documents == names and cited <= names and claimed <= names:
            return name
    return "mixed"


def _forked_build(documents: Path, out: Path) -> int:
    """Start build() in a forked child (modules already loaded: a build of a few ms); its pid."""
    pid = os.fork()
    if pid == 0:  # the child: build, then leave without running the parent's pytest teardown
        code = 1
        try:
            build(documents, TIERS, out, reuse=False, jobs=1, time_limit=None)
            code = 0
        finally:
            os._exit(code)
    return pid


def _exit_code(pid: int) -> int:
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def test_builds_killed_mid_write_never_leave_a_mixed_set(folders, tmp_path):
    out = tmp_path / "build"
    build(folders["A"], TIERS, out)  # warm the modules and learn how long one build takes
    took = 0.0
    for name in "AB":
        start = time.monotonic()
        assert _exit_code(_forked_build(folders[name], out)) == 0
        took = max(took, time.monotonic() - start)
    rng = random.Random(11)
    seen = []
    reach = 1.2 * took
    for run in range(60):
        pid = _forked_build(folders["AB"[run % 2]], out)
        time.sleep(rng.uniform(0, reach))  # anywhere in the build, writing included
        os.kill(pid, signal.SIGKILL)
        if _exit_code(pid) != 0:
            # Killed before it finished: on a loaded machine a build runs slower than the warm
            # ones did, so reach further or no kill would land after publishing.
            reach *= 1.05
        seen.append(_which_folder(out, folders))
    assert seen.count("mixed") == 0, seen
    assert {"A", "B"} <= set(seen)  # kills landed before and after publishing
    summary = build(folders["A"], TIERS, out, reuse=False)
    assert summary.documents_read == len(list(folders["A"].iterdir()))
    assert _which_folder(out, folders) == "A"
    assert len(list((out / "sets").iterdir())) <= 2  # killed builds' unfinished sets tidied


def test_concurrent_builds_into_one_folder_publish_whole_sets(folders, tmp_path):
    for run in range(10):
        out = tmp_path / f"build{run}"
        pids = [_forked_build(folders["A"], out), _forked_build(folders["B"], out)]
        assert [_exit_code(pid) for pid in pids] == [0, 0]
        assert _which_folder(out, folders) in ("A", "B")
        for folder in (out / "sets").iterdir():  # both sets whole, the earlier one kept
            assert check_set(folder), folder


def test_a_second_build_waits_for_the_lock_and_says_so(tmp_path):
    with build_lock(tmp_path), pytest.raises(BuildLocked, match="another build is writing"):
        build(CORPUS, TIERS, tmp_path, lock_wait=0.2)


def test_a_reader_of_the_current_set_is_not_disturbed_by_the_next_build(folders, tmp_path):
    out = tmp_path / "build"
    build(folders["A"], TIERS, out)
    reading = current_set(out)
    before = {name: (reading / name).read_bytes() for name in OUTPUTS}
    build(folders["B"], TIERS, out)
    assert current_set(out) != reading
    assert {name: (reading / name).read_bytes() for name in OUTPUTS} == before
