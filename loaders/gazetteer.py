"""Countries: names, aliases and demonyms to ISO3 codes and the report's names.

The index is built once at import from pycountry plus loaders/lexicon/countries.py, and compiled
into one regex, so finding every country in a text is a single scan. Names are matched with their
case (proper nouns: "Chad" the country, not "chad"); hard line breaks inside a name are allowed.
Not handled: bare "Congo" and "Korea" (two countries each: yielding nothing beats a guess).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pycountry

from loaders.lexicon.countries import (
    ALIASES,
    DEMONYMS,
    EXTRA_CODES,
    GOVERNMENT_NOUNS,
    REPORT_NAMES,
    SKIPPED_NAMES,
)

UNITED_STATES = "USA"


@dataclass(frozen=True, slots=True)
class CountryMention:
    """A country named in a text: offsets into the text, the ISO3 code, and how it was named."""

    start: int
    end: int
    iso3: str
    is_demonym: bool  # "Cambodian" rather than "Cambodia"
    names_state: bool  # a name, or a demonym before "government"/"authorities"


def _build_index() -> tuple[dict[str, str], dict[str, str]]:
    """(name in prose -> ISO3, ISO3 -> report name)."""
    names: dict[str, str] = {}
    report: dict[str, str] = dict(EXTRA_CODES)
    for c in pycountry.countries:
        iso3 = c.alpha_3
        report[iso3] = getattr(c, "common_name", None) or c.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            # "Korea, Republic of": inverted forms never occur in prose
            if value and "," not in value and value not in SKIPPED_NAMES:
                names[value] = iso3
    report.update(REPORT_NAMES)
    names.update(ALIASES)
    # Report narratives head each country in capitals ("CAMBODIA: TIER 2 WATCH LIST").
    names.update({name.upper(): iso3 for name, iso3 in list(names.items()) if len(name) > 3})
    return names, report


NAME_TO_ISO3, ISO3_TO_NAME = _build_index()


def _pattern(words: list[str]) -> str:
    """One regex alternation of the words, as a trie: Python's re tries a flat alternation of
    hundreds of names one by one at every position; a trie rejects a position at its first letter.
    Longer names win ("Papua New Guinea" over "Guinea") because the caller ends on a non-word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = []
    optional = False
    for ch, child in sorted(node.items(), key=lambda kv: kv[0] == ""):
        if ch == "":
            optional = True
            continue
        atom = r"\s+" if ch == " " else re.escape(ch)
        branches.append(atom + _trie_regex(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


_GOV = "|".join(GOVERNMENT_NOUNS)
_COUNTRY_RE = re.compile(
    rf"(?=[A-Z\u00c0-\u00de])(?<![\w.])(?:(?P<name>{_pattern(list(NAME_TO_ISO3))})"
    rf"|(?P<demonym>{_pattern(list(DEMONYMS))})(?P<gov>\s+(?:{_GOV})\b)?)(?![\w])"
)


def country_name(iso3: str) -> str:
    """The report's name for an ISO3 code ("MMR" -> "Burma"); the code itself when unknown."""
    return ISO3_TO_NAME.get(iso3, iso3)


def iso3_of(name: str) -> str:
    """The ISO3 code of a country name or alias as written ("" when it is not one)."""
    key = " ".join(name.split())
    return NAME_TO_ISO3.get(key) or DEMONYMS.get(key, "")


def find_countries(text: str, start: int = 0, end: int | None = None) -> Iterator[CountryMention]:
    """Every country named in text[start:end], in order, with offsets into ``text``."""
    for m in _COUNTRY_RE.finditer(text, start, len(text) if end is None else end):
        if m.group("name"):
            key = " ".join(m.group("name").split())
            yield CountryMention(m.start(), m.end(), NAME_TO_ISO3[key], False, True)
        else:
            key = " ".join(m.group("demonym").split())
            end_ = m.end("demonym")
            yield CountryMention(m.start(), end_, DEMONYMS[key], True, bool(m.group("gov")))


def main_country(body: str) -> str:
    """The ISO3 code of the country the text is mostly about, or "" when it cannot tell.

    Counts names and demonyms; the United States (the ranker in TIP texts) counts only when no
    other country is named. A tie for first place is ambiguous and gives "".
    """
    counts = Counter(m.iso3 for m in find_countries(body))
    others = [(n, iso3) for iso3, n in counts.items() if iso3 != UNITED_STATES]
    if not others:
        return UNITED_STATES if counts else ""
    others.sort(reverse=True)
    if len(others) > 1 and others[0][0] == others[1][0]:
        return ""
    return others[0][1]
