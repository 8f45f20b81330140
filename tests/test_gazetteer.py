"""Gazetteer: names, aliases and demonyms to ISO3 codes; the document's main country."""

from __future__ import annotations

import pytest

from loaders.gazetteer import (
    NAME_TO_ISO3,
    country_name,
    find_countries,
    iso3_of,
    main_country,
)
from loaders.lexicon.countries import ALIASES, DEMONYMS, REPORT_NAMES


@pytest.mark.parametrize(
    "name, iso3",
    [
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("Laos", "LAO"),
        ("Macau", "MAC"),
        ("Hong Kong", "HKG"),
        ("Taiwan", "TWN"),
        ("The Gambia", "GMB"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Ivory Coast", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Czech Republic", "CZE"),
        ("Russia", "RUS"),
        ("Vietnam", "VNM"),
        ("Iran", "IRN"),
        ("Syria", "SYR"),
        ("Bolivia", "BOL"),
        ("Venezuela", "VEN"),
        ("Tanzania", "TZA"),
        ("Moldova", "MDA"),
        ("Brunei", "BRN"),
        ("Timor-Leste", "TLS"),
        ("East Timor", "TLS"),
        ("Congo (Kinshasa)", "COD"),
        ("Congo (Brazzaville)", "COG"),
        ("Cambodia", "KHM"),
        ("Papua New Guinea", "PNG"),
        ("Kosovo", "XKX"),
        ("Cambodian", "KHM"),
        ("Congo", ""),
        ("Narnia", ""),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 3 else None,
)
def test_iso3_of(name: str, iso3: str) -> None:
    assert iso3_of(name) == iso3


@pytest.mark.parametrize(
    "iso3, name",
    [
        ("MMR", "Burma"),
        ("LAO", "Laos"),
        ("GMB", "The Gambia"),
        ("CIV", "Cote d'Ivoire"),
        ("KHM", "Cambodia"),
        ("VNM", "Vietnam"),
        ("PRK", "North Korea"),
        ("XKX", "Kosovo"),
    ],
    ids=["burma", "laos", "gambia", "cote-divoire", "cambodia", "vietnam", "north-korea", "kosovo"],
)
def test_country_name_is_the_reports(iso3: str, name: str) -> None:
    assert country_name(iso3) == name


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Papua New Guinea and Guinea", ["PNG", "GIN"]),
        ("Nigeria and Niger", ["NGA", "NER"]),
        ("South Sudan, Sudan", ["SSD", "SDN"]),
        ("Guinea-Bissau", ["GNB"]),
        ("New Jersey police", []),
        ("a chad of paper in turkey", []),
        ("Hong\nKong", ["HKG"]),
        ("the U.S. and the US", ["USA", "USA"]),
    ],
    ids=[
        "longest-name-wins",
        "niger-nigeria",
        "sudan",
        "hyphenated",
        "new-jersey-is-no-country",
        "lower-case-is-no-name",
        "line-break-inside-name",
        "us-abbreviations",
    ],
)
def test_find_countries(text: str, expected: list[str]) -> None:
    assert [m.iso3 for m in find_countries(text)] == expected


@pytest.mark.parametrize(
    "text, names_state",
    [
        ("the Cambodian government", True),
        ("Lao authorities", True),
        ("Cambodian police", False),
        ("Cambodia", True),
    ],
    ids=["demonym-government", "demonym-authorities", "demonym-police", "name"],
)
def test_demonym_names_the_state_only_before_a_government_word(
    text: str, names_state: bool
) -> None:
    (mention,) = find_countries(text)
    assert mention.names_state is names_state
    assert text[mention.start : mention.end] in {"Cambodian", "Lao", "Cambodia"}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Cambodia and the U.S. Cambodian police. The US said Cambodia.", "KHM"),
        ("The United States and America.", "USA"),
        ("Thailand and Vietnam.", ""),
        ("No country here.", ""),
        ("Thai authorities and Thailand; Burma once.", "THA"),
    ],
    ids=["most-named", "only-the-us", "tie-is-ambiguous", "none", "demonyms-count"],
)
def test_main_country(body: str, expected: str) -> None:
    assert main_country(body) == expected


def test_every_alias_and_report_name_resolves() -> None:
    bad = sorted(name for name, iso3 in ALIASES.items() if NAME_TO_ISO3.get(name) != iso3)
    assert bad == []
    unnamed = sorted(
        iso3
        for iso3 in set(ALIASES.values()) | set(DEMONYMS.values())
        if country_name(iso3) == iso3
    )
    assert unnamed == []
    assert [iso3 for iso3, name in REPORT_NAMES.items() if iso3_of(name) != iso3] == []
