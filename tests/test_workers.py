"""Reading documents in worker processes: the same bytes out whatever --jobs, a time limit per
document, and a worker that dies costs its document only."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

import loaders.workers
from loaders.build import OUTPUTS, build
from loaders.entries import document_entry
from loaders.publish import CURRENT
from loaders.workers import run_entries

ROOT = Path(__file__).resolve().parent.parent
TIERS = ROOT / "tests" / "data" / "tiers.csv"
CORPUS = ROOT / "tests" / "data" / "corpus"
CASES = ROOT / "tests" / "data" / "documents"
ARTICLE = (CORPUS / "004_ff9144a80c53a5eb.md").read_bytes()


def test_jobs_give_byte_identical_outputs(tmp_path):
    docs = tmp_path / "documents"
    docs.mkdir()
    for path in [*CASES.iterdir(), *CORPUS.iterdir()]:
        shutil.copy(path, docs / path.name)
    outputs = {}
    for jobs in (1, 2, 3):
        out = tmp_path / f"jobs{jobs}"
        summary = build(docs, TIERS, out, jobs=jobs, time_limit=None if jobs == 1 else 60)
        assert summary.extracted > 50
        outputs[jobs] = {name: (out / CURRENT / name).read_bytes() for name in OUTPUTS}
    assert outputs[1] == outputs[2] == outputs[3]


def _hostile_entry(name: str, raw: bytes) -> dict:
    # Stands in for a document the extractors take minutes on, or one that kills its process.
    if name == "slow.md":
        time.sleep(60)
    if name == "crash.md":
        os._exit(3)
    return document_entry(name, raw)


@pytest.mark.parametrize("count", [4, 40], ids=["one-at-a-time", "in-batches"])
@pytest.mark.parametrize(
    "name, reason",
    [
        ("slow.md", "reading it took over 1 s; stopped"),
        ("crash.md", "its reader process died (exit code 3)"),
    ],
    ids=["past-the-time-limit", "worker-died"],
)
def test_one_document_costs_the_run_at_most_its_limit(monkeypatch, name, reason, count):
    monkeypatch.setattr(loaders.workers, "document_entry", _hostile_entry)  # forked: inherited
    tasks = [(f"{i}.md", ARTICLE) for i in range(count)]
    tasks[count // 2 + 1] = (name, ARTICLE)  # inside a batch, not at its start
    start = time.monotonic()
    entries = run_entries(tasks, jobs=2, time_limit=1, start_method="fork")
    assert time.monotonic() - start < 10
    assert entries[count // 2 + 1] == {"skipped": reason}
    others = [i for i in range(count) if i != count // 2 + 1]
    assert [entries[i] for i in others] == [document_entry(*tasks[i]) for i in others]


def test_a_threaded_process_reads_in_process_never_forks():
    # Streamlit's server is threaded: forking there could deadlock the child.
    tasks = [("a.md", ARTICLE), ("empty.md", b"")]
    found = {}
    thread = threading.Thread(
        target=lambda: found.update(
            can_fork=loaders.workers.can_fork(), entries=run_entries(tasks, jobs=2, time_limit=1)
        )
    )
    thread.start()
    thread.join()
    assert found == {
        "can_fork": False,
        "entries": [document_entry(*tasks[0]), {"skipped": "empty file"}],
    }


def _slow_entry(name: str, raw: bytes) -> dict:
    time.sleep(3)  # past the 1 s base limit: only a document's size can grant the time
    return {"skipped": f"read {len(raw):,} bytes"}


def test_the_time_limit_grows_with_the_document_so_every_accepted_size_is_read(monkeypatch):
    monkeypatch.setattr(loaders.workers, "document_entry", _slow_entry)  # forked: inherited
    tasks = [("big.md", b"x" * 1_000_000), ("small.md", b"x")]
    entries = run_entries(tasks, jobs=2, time_limit=1, start_method="fork")
    assert entries == [
        {"skipped": "read 1,000,000 bytes"},  # 1 + 24 s for its 1 MB
        {"skipped": "reading it took over 1 s; stopped"},
    ]
