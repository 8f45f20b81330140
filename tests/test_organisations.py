"""The organisation gazetteer: every alias maps to its full name and type; unknowns stay visible."""

from __future__ import annotations

import pytest

from loaders.organisations import (
    GAZETTEER,
    find_organisations,
    organisation_named,
    unmapped_names,
    unused_aliases,
)


def found(text: str) -> list[tuple[str, str, str]]:
    """(text as written, full name, type) of every organisation in ``text``."""
    return [
        (text[m.start : m.end], m.organisation.name, m.organisation.org_type)
        for m in find_organisations(text)
    ]


CASES = [
    (
        "IJM’s director met NCCT officials.",
        [
            ("IJM", "International Justice Mission", "ngo"),
            ("NCCT", "National Committee for Counter Trafficking", "government"),
        ],
        "acronyms-possessive",
    ),
    (
        "The U.S. State Department and the United States Embassy spoke.",
        [
            ("U.S. State Department", "US Department of State", "government"),
            ("United States Embassy", "US Embassy", "government"),
        ],
        "us-spelled-three-ways",
    ),
    (
        "The United Nations Office on Drugs and Crime, not the United Nations, wrote it.",
        [
            (
                "United Nations Office on Drugs and Crime",
                "United Nations Office on Drugs and Crime",
                "international",
            ),
            ("United Nations", "United Nations", "international"),
        ],
        "longest-name-wins",
    ),
    (
        "Interior Ministry spokesman Khieu Sopheak spoke.",
        [("Interior Ministry", "Ministry of Interior", "government")],
        "x-ministry-is-ministry-of-x",
    ),
    (
        "The Ministry of Interior Secretary of State spoke.",
        [("Ministry of Interior", "Ministry of Interior", "government")],
        "ministry-name-stops-at-a-title",
    ),
    (
        "The Foreign Ministry and the Ministry of Labour and Vocational Training met.",
        [
            ("Foreign Ministry", "Ministry of Foreign Affairs", "government"),
            (
                "Ministry of Labour and Vocational Training",
                "Ministry of Labour and Vocational Training",
                "government",
            ),
        ],
        "ministries-of-any-country",
    ),
    (
        "The Royal Thai Police and the Thai government disagreed with the Cambodian Embassy.",
        [
            ("Royal Thai Police", "Royal Thai Police", "government"),
            ("Thai government", "Government of Thailand", "government"),
            ("Cambodian Embassy", "Embassy of Cambodia", "government"),
        ],
        "police-government-embassy-generic",
    ),
    (
        "Reuters, AP and AFP reported it; VOA Khmer too.",
        [
            ("Reuters", "Reuters", "media"),
            ("AP", "Associated Press", "media"),
            ("AFP", "Agence France-Presse", "media"),
            ("VOA Khmer", "Voice of America", "media"),
        ],
        "media",
    ),
    ("UNESCO and the APLEX group met.", [], "unknown-acronyms-are-not-guessed"),
    ("She gave a speech about amnesty and the union.", [], "lower-case-words-are-not-names"),
]


@pytest.mark.parametrize("text, expected", [c[:2] for c in CASES], ids=[c[2] for c in CASES])
def test_find_organisations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("IJM", ("International Justice Mission", "ngo")),
        ("the International Justice Mission", ("International Justice Mission", "ngo")),
        ("U.S. Department of State", ("US Department of State", "government")),
        ("the Thai government", ("Government of Thailand", "government")),
        ("CWCC", ("CWCC", "other")),
        ("Friends of the Delta", ("Friends of the Delta", "other")),
    ],
    ids=["acronym", "the-full-name", "us-dotted", "generic", "unknown-acronym", "unknown-name"],
)
def test_organisation_named(name: str, expected: tuple[str, str]) -> None:
    org = organisation_named(name)
    assert (org.name, org.org_type) == expected


ENTRIES = [(alias, name, str(t)) for name, t, aliases in GAZETTEER for alias in (name, *aliases)]


@pytest.mark.parametrize("alias, name, org_type", ENTRIES, ids=[e[0] for e in ENTRIES])
def test_every_alias_is_found_and_named(alias: str, name: str, org_type: str) -> None:
    text = f"On Monday {alias} said the ranking was unfair."
    assert found(text) == [(alias, name, org_type)]
    org = organisation_named(alias)
    assert (org.name, org.org_type) == (name, org_type)


def test_unused_aliases_and_unmapped_names_warn_both_ways() -> None:
    texts = [f"{alias} spoke." for alias, _name, _type in ENTRIES]
    assert unused_aliases(texts) == []
    assert "IJM" in unused_aliases(["Nothing to see here."])
    assert unmapped_names(["IJM", "CWCC", "CWCC", "Friends of the Delta"]) == [
        "CWCC",
        "Friends of the Delta",
    ]
