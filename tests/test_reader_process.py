"""Documents added in the dashboard are extracted in a fresh process (loaders.reader_process),
each within the build's time limit: one over its limit is stopped and named, the others read."""

from __future__ import annotations

import sys

import pytest

from app.uploads import document_from_paste, extract_added, not_read
from devtools import hostile_inputs
from loaders.documents import Document
from loaders.reader_process import entries_in_a_process
from loaders.workers import time_limit_for

SHORT = "Cambodia was placed on the Tier 2 Watch List in the 2015 report, a minister said."


def _pasted(text: str, title: str) -> Document:
    document = document_from_paste(text, title=title, max_bytes=10 * hostile_inputs.MB).document
    assert document is not None
    return document


def test_a_document_over_its_limit_is_stopped_in_the_reader_process_the_others_read():
    # 1 MB of ordinary text takes seconds to extract; with 1 s and nothing per MB it runs over.
    # Extracted in this process, without a limit, it would be read like the short one.
    short = _pasted(SHORT, "Short")
    long = _pasted(hostile_inputs.plain_document(hostile_inputs.MB).decode(), "Long")
    entries = entries_in_a_process([short, long], time_limit=1.0, per_mb=0.0)
    assert entries[1] == {"skipped": "reading it took over 1 s; stopped"}
    assert entries[0]["row"]["document"] == short.id and entries[0]["row"]["is_user_added"]
    assert [r["kind"] for r in entries[0]["records"]] == ["placement", "event"]


def test_the_limit_grows_with_the_size_by_the_per_mb_given():
    assert time_limit_for(2_500_000, 60.0) == 60.0 + 24.0 * 2.5  # the build's and the dashboard's
    assert time_limit_for(2_500_000, 1.0, per_mb=0.5) == 2.25


def test_a_reader_process_that_fails_skips_every_document_with_the_reason(monkeypatch):
    monkeypatch.setattr(sys, "executable", "/bin/false")
    assert entries_in_a_process([_pasted(SHORT, "A"), _pasted(SHORT + " Two.", "B")]) == [
        {"skipped": "its reader process failed (1)"},
        {"skipped": "its reader process failed (1)"},
    ]


@pytest.mark.parametrize(
    "reason, line",
    [
        ("reading it took over 62 s; stopped",
         "doc.txt took over 62 s and was not read; the other documents are kept."),
        ("its reader process died (exit code 3)",
         "doc.txt: not added, its reader process died (exit code 3)."),
    ],
    ids=["over-its-time-limit", "any-other-reason"],
)  # fmt: skip
def test_the_line_for_a_document_not_read(reason, line):
    assert not_read("doc.txt", reason) == line


def test_only_new_documents_are_extracted_and_one_not_read_is_dropped_with_its_line():
    kept, slow, new = (_pasted(SHORT + f" {word}.", word) for word in ("Kept", "Slow", "New"))
    asked = []

    def read(documents):
        asked.append([d.id for d in documents])
        return [{"skipped": "reading it took over 3 s; stopped"} if d is slow else
                {"row": {"document": d.id}, "records": []} for d in documents]  # fmt: skip

    added = {d.id: d for d in (kept, slow, new)}
    earlier = {kept.sha256: {"row": {"document": kept.id}, "records": []}}
    result = extract_added(added, earlier, read)
    assert asked == [[slow.id, new.id]]  # the kept one was extracted when it was added
    assert list(result.added) == [kept.id, new.id]
    assert set(result.entries) == {kept.sha256, new.sha256}
    assert result.errors == [
        f"{slow.id} took over 3 s and was not read; the other documents are kept."
    ]
    assert extract_added(result.added, result.entries, read).errors == []
    assert len(asked) == 1  # nothing new: the reader process is not started
