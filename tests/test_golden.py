"""The golden extraction of the two seed documents (the project's first sources).

Checked on the fixture copies (tests/data/corpus, with their dates) and, for placements, on the
bare texts as first received (the bodies alone, so the year must be read from the text).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.documents import document_from_bytes, document_from_path, split_front_matter
from loaders.extract import extract_records
from loaders.schema import Event, Placement, Statement

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
BLOG = "000_9ba1c1a8eba8ac37"  # Sue Guiney's blog post, May 2015, quoting Holly Burkhalter
VOA = "004_ff9144a80c53a5eb"  # VOA Khmer, July 2015, after the 2015 report

WL = "Tier 2 Watch List"

# (document, iso3, year, tier, evidence contains)
REQUIRED_PLACEMENTS = [
    (BLOG, "KHM", 2013, WL, "Tier II Watch List since 2013"),
    (BLOG, "KHM", 2014, WL, "Tier II Watch List since 2013"),
    (VOA, "KHM", 2015, WL, "remains on a US watch list"),
    (VOA, "KHM", 2014, WL, "remains on a US watch list"),
]

# (document, iso3, year or None for any, tier or None for any, why)
FORBIDDEN_PLACEMENTS = [
    (BLOG, "KHM", None, "Tier 3", "'Tier III pariah status' is a prospect, not a placement"),
    (BLOG, "KHM", 2015, None, "'stay on that list for another year' was pending in May 2015"),
    (BLOG, "USA", None, None, "the United States ranks; it is not ranked here"),
    (VOA, "KHM", None, "Tier 3", "nothing in the VOA article puts Cambodia on Tier 3"),
    (VOA, "KHM", None, "Tier 2", "the watch list is its own category, not plain Tier 2"),
]

# The years each bare file must give with no date to go by.
BARE_REQUIRED_YEARS = [(BLOG, "KHM", WL, {2013}), (VOA, "KHM", WL, {2014, 2015})]

IJM = "International Justice Mission"
# (document, speaker, organization, role contains or "", quote starts)
REQUIRED_STATEMENTS = [
    (
        BLOG,
        "Holly Burkhalter",
        IJM,
        "",
        "The truth is that the Cambodian police dropped the hammer",
    ),
    (BLOG, "Holly Burkhalter", IJM, "", "Ironically, however, the State Department has been"),
    (VOA, "Blair Burns", IJM, "vice president of regional operations", "That is disappointing"),
    (VOA, "Holly Burkhalter", IJM, "vice president for advocacy", "It really is a success story"),
    (VOA, "Christa Sharpe", IJM, "director in Phnom Penh", "Cambodia has a good model here"),
    (VOA, "Christa Sharpe", IJM, "", "The bad image of Cambodia in the past"),
]

# (document, event type, evidence contains): the types expected.json requires. Its other examples
# (the "Tier III pariah status" prospect, police "efforts in recent years") are, by the labelling
# rules of ../shared/devset/README.md, a prospect and a general state: no events. The report's
# release is read from the placements; its evidence is the first sentence placing Cambodia.
REQUIRED_EVENTS = [
    (BLOG, "funding", "U.S. Agency for International Development provided millions of dollars"),
    (BLOG, "enforcement", "Cambodian police dropped the hammer"),
    (VOA, "report", "Cambodia Remains on US Watch List"),
    (VOA, "research", "IJM has found a sharp decline in the number of minors"),
]


def _records(path: Path) -> list:
    return extract_records(document_from_path(path))


def _bundled(name: str) -> list:
    return _records(CORPUS / f"{name}.md")


def _bare(name: str) -> list:
    """The seed as first received: its body alone, so no published date to go by."""
    _, body, _ = split_front_matter((CORPUS / f"{name}.md").read_text("utf-8"))
    return extract_records(document_from_bytes(f"{name}.txt", body.encode("utf-8")))


def _placements(records: list) -> list[Placement]:
    return [r for r in records if isinstance(r, Placement)]


@pytest.mark.parametrize(
    "document, iso3, year, tier, evidence", REQUIRED_PLACEMENTS, ids=lambda v: str(v)[:24]
)
def test_required_placement(document, iso3, year, tier, evidence):
    found = [
        p for p in _placements(_bundled(document)) if (p.iso3, p.year, p.tier) == (iso3, year, tier)
    ]
    assert found, f"{document}: no {iso3} {year} {tier}"
    assert any(evidence in " ".join(p.evidence.split()) for p in found)
    assert all(not p.date_inferred for p in found)


@pytest.mark.parametrize(
    "document, iso3, year, tier, why", FORBIDDEN_PLACEMENTS, ids=lambda v: str(v)[:24]
)
def test_forbidden_placement(document, iso3, year, tier, why):
    wrong = [
        p
        for p in _placements(_bundled(document))
        if p.iso3 == iso3 and year in (None, p.year) and tier in (None, p.tier)
    ]
    assert not wrong, why


@pytest.mark.parametrize("document, iso3, tier, years", BARE_REQUIRED_YEARS, ids=[BLOG, VOA])
def test_bare_seed_gives_its_stated_years_with_the_year_inferred(document, iso3, tier, years):
    placements = _placements(_bare(document))
    found = {p.year for p in placements if (p.iso3, p.tier) == (iso3, tier)}
    assert years <= found
    assert all(p.date_inferred for p in placements)
    assert not [p for p in placements if p.tier == "Tier 3" or p.iso3 == "USA"]


@pytest.mark.parametrize(
    "document, speaker, organization, role, quote", REQUIRED_STATEMENTS, ids=lambda v: str(v)[:20]
)
def test_required_statement(document, speaker, organization, role, quote):
    statements = [r for r in _bundled(document) if isinstance(r, Statement)]
    matches = [
        s
        for s in statements
        if s.speaker == speaker
        and s.organization == organization
        and " ".join(s.quote.split()).startswith(quote)
    ]
    assert matches, (
        f"{speaker}: {quote!r} not among {[(s.speaker, s.quote[:30]) for s in statements]}"
    )
    assert all(s.year == 2015 and s.org_type == "ngo" for s in matches)
    assert any(role.lower() in s.role.lower() for s in matches)


@pytest.mark.parametrize("document, type_, evidence", REQUIRED_EVENTS, ids=lambda v: str(v)[:24])
def test_required_event(document, type_, evidence):
    events = [r for r in _bundled(document) if isinstance(r, Event) and r.type == type_]
    assert any(evidence in " ".join(e.evidence.split()) for e in events), [
        e.evidence for e in events
    ]
