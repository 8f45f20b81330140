"""Countries: names, aliases and demonyms to ISO3 codes and the report's names.

The index is built once at import from pycountry plus loaders/lexicon/countries.py, and compiled
into one regex, so finding every country in a text is a single scan. Names are matched with their
case (proper nouns: "Chad" the country, not "chad"); hard line breaks inside a name are allowed.
Not handled: bare "Congo" and "Korea" (two countries each: yielding nothing beats a guess).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pycountry

from loaders.lexicon.countries import (
    ALIASES,
    CAPITALS,
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
    for mention, _ in _scan(text, start, len(text) if end is None else end):
        yield mention


def _scan(text: str, start: int, end: int) -> Iterator[tuple[CountryMention, int]]:
    """(mention, where its match ends): a demonym's match may run on over "government"."""
    for m in _COUNTRY_RE.finditer(text, start, end):
        name = m.group("name")
        if name:
            iso3 = NAME_TO_ISO3.get(name) or NAME_TO_ISO3[" ".join(name.split())]
            yield CountryMention(m.start(), m.end(), iso3, False, True), m.end()
        else:
            demonym = m.group("demonym")
            iso3 = DEMONYMS.get(demonym) or DEMONYMS[" ".join(demonym.split())]
            mention = CountryMention(m.start(), m.end("demonym"), iso3, True, bool(m.group("gov")))
            yield mention, m.end()


_WORD = re.compile(r"\w")
_CAPITAL_RE = re.compile(
    rf"(?<![\w.])(?P<name>{_pattern(list(CAPITALS))})(?![\w-])(?!['’]s\s+(?:streets|residents))"
)


def find_capitals(text: str, start: int, end: int) -> list[CountryMention]:
    """Capitals named in text[start:end], as mentions of their country (placements read them as
    subjects only: "Phnom Penh has been on the watch list")."""
    return [
        CountryMention(m.start(), m.end(), CAPITALS[" ".join(m.group("name").split())], False, True)
        for m in _CAPITAL_RE.finditer(text, start, end)
    ]


class CountryIndex:
    """Every country named in one text, found in one scan and then looked up by range."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = list(_scan(text, 0, len(text)))
        self.mentions = [mention for mention, _ in found]
        self._starts = [mention.start for mention in self.mentions]
        self._ends = [end for _, end in found]  # match ends (a demonym's may pass its end)

    def within(self, start: int, end: int) -> list[CountryMention]:
        """The same mentions as ``list(find_countries(text, start, end))``, without a new scan."""
        i, j = bisect_left(self._starts, start), bisect_left(self._starts, end)
        # Where the whole-text scan and a scan of the range could differ, scan the range: a match
        # running over either edge, or a word character right after the range (the scan of the
        # range sees its end as the end of the text).
        if (
            (i and self._ends[i - 1] > start)
            or (j > i and self._ends[j - 1] > end)
            or (end < len(self.text) and _WORD.match(self.text, end))
        ):
            return list(find_countries(self.text, start, end))
        return self.mentions[i:j]

    def main_country(self) -> str:
        """gazetteer.main_country of the text."""
        return _main_of(m.iso3 for m in self.mentions)


def main_country(body: str) -> str:
    """The ISO3 code of the country the text is mostly about, or "" when it cannot tell.

    Counts names and demonyms; the United States (the ranker in TIP texts) counts only when no
    other country is named. A tie for first place is ambiguous and gives "".
    """
    return _main_of(m.iso3 for m in find_countries(body))


def _main_of(codes: Iterable[str]) -> str:
    counts = Counter(codes)
    others = [(n, iso3) for iso3, n in counts.items() if iso3 != UNITED_STATES]
    if not others:
        return UNITED_STATES if counts else ""
    others.sort(reverse=True)
    if len(others) > 1 and others[0][0] == others[1][0]:
        return ""
    return others[0][1]
