"""Every case file in tests/data/documents/ checked against the records its front matter expects.

Adding a file adds a case. The front matter's ``expect`` block says what must be read:

    expect:
      placements:            # exactly this set of "ISO3 YEAR TIER" ([] = no placement at all)
        - KHM 2016 Tier 2
      inferred:              # exactly these placements are marked date_inferred
        - KHM 2016 Tier 2
      statements:            # exactly these, in any order: "speaker | organization | quote start"
        - Blair Burns | International Justice Mission | That is disappointing
      events: [enforcement]  # event types that must be present
      no_events: [report]    # event types that must not be
      skipped: true          # the file must be skipped (with a reason), not read; or
      skipped: over 5 MB     # skipped, with this in its reason
      notes: [not a real date]  # each must be in one of the reader's notes (what it worked around)

A key left out is not checked for that case.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from loaders.documents import NotReadable, document_from_path
from loaders.extract import extract_records
from loaders.schema import Event, Placement, Statement

CASES = Path(__file__).parent / "data" / "documents"
_FRONT = re.compile(rb"\A---[ \t]*\r?\n(.*?)\r?\n---", re.DOTALL)


def _expectations(path: Path) -> dict:
    m = _FRONT.match(path.read_bytes())
    if not m:
        return {}
    try:
        meta = yaml.safe_load(m.group(1).decode("utf-8", errors="replace"))
    except yaml.YAMLError:
        return {}
    return (meta or {}).get("expect", {}) if isinstance(meta, dict) else {}


def _expectation_file(path: Path) -> Path:
    # Hostile files whose front matter cannot carry expectations (binary, cp1252 ...) keep them
    # in a sibling NAME.expect.yaml.
    sidecar = path.with_name(path.name + ".expect.yaml")
    return sidecar if sidecar.exists() else path


def _cases() -> list[Path]:
    return sorted(p for p in CASES.glob("*") if p.is_file() and not p.name.endswith(".expect.yaml"))


def _expect(path: Path) -> dict:
    source = _expectation_file(path)
    if source is path:
        return _expectations(path)
    return yaml.safe_load(source.read_text("utf-8")).get("expect", {})


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.name)
def test_case_file(path: Path) -> None:
    expect = _expect(path)
    assert expect, f"{path.name}: no `expect` block (front matter or {path.name}.expect.yaml)"
    if expect.get("skipped"):
        with pytest.raises(NotReadable) as info:
            document_from_path(path)
        if isinstance(expect["skipped"], str):
            assert expect["skipped"] in str(info.value), f"{path.name}: {info.value}"
        return
    document = document_from_path(path)
    for note in expect.get("notes") or []:
        assert any(note in n for n in document.notes), f"{path.name}: {document.notes}"
    records = extract_records(document)
    for r in records:
        assert document.body[r.start : r.end] == r.evidence, f"{path.name}: span != evidence"

    if "placements" in expect:
        found = sorted({f"{r.iso3} {r.year} {r.tier}" for r in records if isinstance(r, Placement)})
        assert found == sorted(set(expect["placements"] or [])), path.name
    if "inferred" in expect:
        inferred = {
            f"{r.iso3} {r.year} {r.tier}"
            for r in records
            if isinstance(r, Placement) and r.date_inferred
        }
        assert sorted(inferred) == sorted(set(expect["inferred"] or [])), path.name

    if "statements" in expect:
        statements = [r for r in records if isinstance(r, Statement)]
        wanted = [tuple(x.strip() for x in s.split("|")) for s in expect["statements"] or []]
        got = [(s.speaker, s.organization, " ".join(s.quote.split())) for s in statements]
        for speaker, organization, quote_start in wanted:
            assert any(
                g[0] == speaker and g[1] == organization and g[2].startswith(quote_start)
                for g in got
            ), f"{path.name}: missing {speaker} | {organization} | {quote_start}\n got {got}"
        assert len(got) == len(wanted), f"{path.name}: extra statements {got}"

    types = {r.type for r in records if isinstance(r, Event)}
    missing = set(expect.get("events") or []) - types
    assert not missing, f"{path.name}: event types {sorted(missing)} not found in {sorted(types)}"
    unwanted = set(expect.get("no_events") or []) & types
    assert not unwanted, f"{path.name}: event types {sorted(unwanted)} should not be found"
