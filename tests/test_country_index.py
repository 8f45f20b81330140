"""CountryIndex: one scan of a text answers every range exactly as a scan of that range would."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders.extract.context import DocumentContext
from loaders.extract.sentences import sentences
from loaders.gazetteer import CountryIndex, find_countries, main_country

TEXT = (
    "Cambodia remains on the Tier 2 Watch List. The Thai government\ngovernment disagreed.\n"
    "Papua New\nGuinea and Burma were named. Cambodians and Thailand's neighbour Laos; U.S. aid."
)

_AT = TEXT.index
CASES = [
    ((0, len(TEXT)), "whole text"),
    ((0, _AT(".") + 1), "first sentence"),
    ((_AT("The Thai"), _AT("disagreed")), "demonym with its government word"),
    ((_AT("The Thai"), _AT("Thai gov") + 8), "range ends inside the government word"),
    ((_AT("Papua"), _AT("Papua") + 10), "range ends inside a name over a line break"),
    ((_AT("Guinea"), _AT("were")), "range starts inside a name"),
    ((_AT("Cambodians"), _AT("Cambodians") + 8), "range ends inside a word"),
    ((_AT("were"), _AT("named")), "no country in range"),
    ((5, 5), "empty range"),
]


@pytest.mark.parametrize("bounds, _purpose", CASES, ids=[purpose for _, purpose in CASES])
def test_within_equals_a_scan_of_the_range(bounds: tuple[int, int], _purpose: str) -> None:
    start, end = bounds
    assert CountryIndex(TEXT).within(start, end) == list(find_countries(TEXT, start, end))


def test_within_negative_a_mention_outside_the_range_is_left_out() -> None:
    text = "Burma and Laos."
    assert [m.iso3 for m in CountryIndex(text).within(10, 15)] == ["LAO"]


_PIECES = ["Cambodia", "Cambodian", "Papua", "New", "Guinea", "Thai", "government", "Laos", "U.S."]
_TEXTS = st.lists(st.sampled_from([*_PIECES, " ", "\n", ".", ",", "'s", "x"]), max_size=30)


@given(_TEXTS.map("".join), st.data())
def test_within_property(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert CountryIndex(text).within(start, end) == list(find_countries(text, start, end))


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Cambodia and Thailand. Cambodia again.", "KHM"),
        ("Cambodia and Thailand.", ""),
        ("The United States ranked itself.", "USA"),
        ("No country here.", ""),
    ],
    ids=["most named", "tie", "only the united states", "none"],
)
def test_main_country_matches_the_gazetteer(body: str, expected: str) -> None:
    assert CountryIndex(body).main_country() == main_country(body) == expected


def test_context_sentences_get_the_same_countries() -> None:
    from loaders.documents import document_from_bytes

    ctx = DocumentContext.of(document_from_bytes("t.md", TEXT.encode()))
    for span in sentences(TEXT):
        assert ctx.countries.within(span.start, span.end) == list(
            find_countries(TEXT, span.start, span.end)
        )
