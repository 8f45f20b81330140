"""Subjects: which countries a tier mention in a sentence is about.

The ranked country is the subject of the tier, not every country in the sentence: a country
after a preposition ("victims from Burma"), a possessive before another country ("Thailand's
neighbour Cambodia") and the United States (the ranker) are not, unless the United States "ranked
itself". A list takes the role of its first item; a relative clause ("Thailand, which remains on
Tier 3") names its own subject; "shares the watch list with X" and "along with X" add countries.
A sentence naming no country takes the last subject when it says "it", "the country", "the
kingdom". Not handled: capitals as metonyms ("Phnom Penh remains on the watch list").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.mentions import Mention
from loaders.extract.sentences import Span
from loaders.extract.timeref import compile_lower
from loaders.gazetteer import UNITED_STATES, CountryMention, find_countries
from loaders.lexicon import tiers as lex

# The words before a country that make it no subject ("victims from Burma"), read as words:
# an end-anchored regex would be tried at every position of the text before the country.
_PREPOSITIONS = frozenset(
    "in from to into with by against than between across near at for of about unlike among "
    "over toward towards via through on".split()
)
_SKIPPED_BEFORE = frozenset({"the", "neighbouring", "neighboring", "nearby"})
# "the government of Cambodia", "the ranking of Thailand": "of" after these names the state.
_STATE_NOUNS = frozenset(
    "government kingdom republic state authorities ranking rating placement status downgrade "
    "upgrade demotion promotion position".split()
)
_LIST_GLUE = compile_lower(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as\s+well\s+as\s+)$")
_RELATIVE = compile_lower(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:which|who|where|that|whose)\b")
# "a space it shares with", "shares the watch list with": sharing a place in the ranking, not a
# border ("shares a border with Thailand").
_SHARED = compile_lower(r"\bshar(?:e|es|ed|ing)\b(?P<what>[^.;]{0,60}?)\bwith\b")
_SHARED_WHAT = compile_lower(
    r"\b(?:space|place|spot|category|ranking|rank|list|status|position|distinction|company|tier|"
    r"level|rung|bottom|basement|designation|grade|rating)\b"
)
# "downgraded to Tier 3 along with Malaysia and Venezuela": co-subjects after the tier.
_ALONG_WITH = compile_lower(r"\b(?:along\s+with|together\s+with|alongside|as\s+did|as\s+were)\s+$")
_ITSELF = re.compile(r"\bitself\b")
_CARRIED = compile_lower(lex.CARRIED_SUBJECT)
_POSSESSIVE = re.compile(r"^['’]s\b")


def candidates(low: str, span: Span, found: list[CountryMention]) -> list[CountryMention]:
    """Of the countries found in a sentence, those that can be the ranked subject.

    ``low`` is the lower-cased body (the patterns here are compiled for it).
    """
    body = low
    keep_us = bool(_ITSELF.search(low, span.start, span.end))  # "the US ranked itself Tier 1"
    out: list[CountryMention] = []
    head_ok = True
    prev: CountryMention | None = None
    for c in found:
        before = body[span.start : c.start]
        glued = prev is not None and _LIST_GLUE.match(body[prev.end : c.start])
        if not glued:
            # A list takes the role of its first item ("Burma, North Korea and Laos remain").
            head_ok = not _after_preposition(before[-40:])
            if _RELATIVE.match(body[c.end : c.end + 30]):
                head_ok = True  # "Thailand, which remains on Tier 3"
        prev = c
        # "Thailand's neighbour Cambodia": the possessor is not the subject.
        follows = [d for d in found if c.end < d.start <= c.end + 30]
        if _POSSESSIVE.match(body[c.end : c.end + 3]) and follows:
            continue
        if head_ok and (c.iso3 != UNITED_STATES or keep_us):
            out.append(c)
    return out


def _after_preposition(before: str) -> bool:
    """True when the text before a country ends in a preposition ("victims from [the]")."""
    words = before.replace(",", " , ").split()
    while words and words[-1] in _SKIPPED_BEFORE:
        words.pop()
    if not words:
        return False
    if words[-1] == "as" and words[-3:-1] == ["as", "well"]:
        return True  # "as well as"
    if words[-1] == "of" and len(words) > 1 and words[-2] in _STATE_NOUNS:
        return False
    return words[-1] in _PREPOSITIONS


def assign_subjects(
    body: str,
    low: str,
    span: Span,
    mains: list[Mention],
    carried: Callable[[], str],
    found: list[CountryMention] | None = None,
) -> None:
    """Fill each main mention's subjects and shared countries (in place).

    Countries are found in ``body`` (names keep their case) unless the caller already has the
    sentence's (``found``); words are read in ``low``.
    """
    if found is None:
        found = list(find_countries(body, span.start, span.end))
    named = [c for c in found if c.names_state]
    countries = candidates(low, span, named)
    body = low
    shared_at = [
        m.end()
        for m in _SHARED.finditer(body, span.start, span.end)
        if _SHARED_WHAT.search(body[max(span.start, m.start() - 25) : m.end()])
        or any(m.start() < x.start < m.end() for x in mains)
    ]
    for i, mention in enumerate(mains):
        lo = mains[i - 1].end if i else span.start
        hi = mains[i + 1].start if i + 1 < len(mains) else span.end
        before = [c for c in countries if lo <= c.start < mention.start]
        relative = [c for c in before if _RELATIVE.match(body[c.end : c.end + 30])]
        if relative:
            before = relative[-1:]
        # "a space it shares with China and Papua New Guinea": the others share the tier.
        after_shared = [c for c in named if shared_at and c.start > shared_at[0]]
        after_shared = [c for c in after_shared if c.iso3 != UNITED_STATES]
        mention.shared = [c for c in after_shared if mention.end <= c.start < hi or c in before]
        before = [c for c in before if c not in mention.shared]
        if before:
            mention.subjects = before + _along_with(body, named, mention.end, hi)
        elif i == 0:
            mention.subjects = [c for c in countries if mention.end <= c.start < hi]
            mention.subjects = [c for c in mention.subjects if c not in mention.shared]
        else:
            mention.subjects = list(mains[i - 1].subjects)
        if not mention.subjects and not named and _CARRIED.search(body[lo : mention.start]):
            iso3 = carried()
            if iso3:
                mention.subjects = [CountryMention(lo, lo, iso3, False, True)]
    # "Thailand and Malaysia were placed on Tier 3 and the watch list, respectively": the n-th
    # country takes the n-th tier.
    first = mains[0].subjects if mains else []
    paired = len(mains) > 1 and len(first) == len(mains)
    paired = paired and all(m.subjects == first for m in mains[1:])
    if paired and "respectively" in low[span.start : span.end]:
        for mention, country in zip(mains, list(first), strict=True):
            mention.subjects = [country]
    # A country named again beside a later tier belongs to that one ("..., and North Korea on
    # Tier 3, respectively").
    for i, mention in enumerate(mains):
        later = {c.iso3 for m in mains[i + 1 :] for c in m.subjects if c.start > mention.end}
        mention.subjects = [c for c in mention.subjects if c.iso3 not in later]


def _along_with(body: str, named: list[CountryMention], lo: int, hi: int) -> list[CountryMention]:
    """Countries in a list after "along with" between lo and hi."""
    out: list[CountryMention] = []
    for c in named:
        if not lo <= c.start < hi:
            continue
        glued = out and _LIST_GLUE.match(body[out[-1].end : c.start])
        if glued or _ALONG_WITH.search(body[max(lo, c.start - 30) : c.start]):
            out.append(c)
    return out
