"""Subjects: which countries a tier mention in a sentence is about.

The ranked country is the subject of the tier, not every country in the sentence: a country
after a preposition ("victims from Burma"), a possessive before another country ("Thailand's
neighbour Cambodia") and the United States (the ranker) are not, unless the United States "ranked
itself". A list takes the role of its first item; "with X and Y retaining ..." makes them subjects
(an absolute clause); a relative clause ("Thailand, which remains on Tier 3") names its own subject.
After the tier, a list counts only where words introduce it ("Tier 3 countries include X",
"were X and Y", "the Tier 3 list that already counts X", a dash or a colon), not across a new
clause ("..., while X ..."). "shares the watch list with X", "along with X" and "as well as X"
add countries; "joins X and Y on the watch list" says X and Y are there (even when the joining is
only a prospect). When no country stands before the tier in its clause, "it", "the country", "the
kingdom" (or "we" ranked) take the last subject; "it rates ..." is the report, not a country.
A capital as a subject stands for its country ("Phnom Penh remains on the watch list"): placements
add it from the gazetteer (find_capitals), outside this module.
"""

from __future__ import annotations

import re
from typing import Protocol

from loaders.extract.mentions import Mention
from loaders.extract.sentences import Span
from loaders.extract.timeref import compile_lower
from loaders.gazetteer import UNITED_STATES, CountryMention, find_countries
from loaders.lexicon import tiers as lex

# The words before a country that make it no subject ("victims from Burma"), read as words:
# an end-anchored regex would be tried at every position of the text before the country.
_PREPOSITIONS = frozenset(lex.PREPOSITIONS.split())
_SKIPPED_BEFORE = frozenset(lex.SKIPPED_BEFORE_COUNTRY.split())
# "the government of Cambodia", "the ranking of Thailand": "of" after these names the state.
_STATE_NOUNS = frozenset(lex.STATE_NOUNS.split())
_LIST_GLUE = compile_lower(lex.LIST_GLUE)
_RELATIVE = compile_lower(r"\s*(?:\([^)]*\)\s*)?,\s*(?:which|who|where|that|whose)\b")
# "a space it shares with", "shares the watch list with": sharing a place in the ranking, not a
# border ("shares a border with Thailand").
_SHARED = compile_lower(r"\bshar(?:e|es|ed|ing)\b(?P<what>[^.;]{0,60}?)\bwith\b")
_SHARED_WHAT = compile_lower(lex.SHARED_PLACE)
# "downgraded to Tier 3 along with Malaysia and Venezuela": co-subjects after the tier.
_ALONG_WITH = compile_lower(lex.ALONG_WITH)
_ITSELF = re.compile(r"\bitself\b")
_CARRIED = compile_lower(lex.CARRIED_SUBJECT)
_CARRIED_WE = compile_lower(lex.CARRIED_WE)
_REPORT_IT = compile_lower(lex.REPORT_AS_IT)
_POSSESSIVE = re.compile(r"['’]s\b")
_ABSOLUTE_AFTER = compile_lower(lex.ABSOLUTE_AFTER)
_GERUND_SUBJECT_AFTER = compile_lower(lex.GERUND_SUBJECT_AFTER)
_GERUND_PREPOSITIONS = frozenset(lex.GERUND_PREPOSITIONS.split())
_US_ITEM = compile_lower(lex.LIST_ITEM_END)
_LIST_AFTER = compile_lower(lex.LIST_AFTER_TIER)
_NEW_CLAUSE = compile_lower(lex.NEW_CLAUSE)
_MEMBERS_AFTER = compile_lower(lex.MEMBERS_AFTER_TIER)
_JOIN = compile_lower(lex.JOIN)
_JOINED_BY = compile_lower(lex.JOINED_BY)
_VERBLESS = compile_lower(lex.VERBLESS_GAP)
_FRONTED_TIER = compile_lower(lex.FRONTED_TIER)
_GROUP = compile_lower(lex.GROUP_SUBJECT)
_FRONTED_END = compile_lower(r"\s*[\"”’']?\s*,")


class Antecedents(Protocol):
    """What earlier sentences named, for the words that point back at it."""

    def carried(self) -> str:
        """The country "it", "the country", "the kingdom" stand for ("" when none)."""
        ...

    def group(self, n: int, before: int) -> list[str]:
        """The n countries a list just before offset ``before`` named ([] when none did)."""
        ...


def list_groups(low: str, found: list[CountryMention]) -> list[list[CountryMention]]:
    """Runs of countries joined as a list ("Burma, North Korea and Laos"), in order."""
    groups: list[list[CountryMention]] = []
    closed = False  # the last item came after "and"/"or": the list ends there
    for c in found:
        glue = _LIST_GLUE.fullmatch(low, groups[-1][-1].end, c.start) if groups else None
        # "Along with Cuba and Eritrea, Laos was placed": a comma after the closing item
        # starts a new phrase, not a list item
        if glue is not None and not (closed and glue.group().strip() == ","):
            groups[-1].append(c)
        else:
            groups.append([c])
        closed = glue is not None and any(w in glue.group().split() for w in ("and", "or", "&"))
    return groups


def candidates(low: str, span: Span, found: list[CountryMention]) -> list[CountryMention]:
    """Of the countries found in a sentence, those that can be the ranked subject.

    ``low`` is the lower-cased body (the patterns here are compiled for it).
    """
    keep_us = bool(_ITSELF.search(low, span.start, span.end))  # "the US ranked itself Tier 1"
    out: list[CountryMention] = []
    for group in list_groups(low, found):
        head, last = group[0], group[-1]
        # A list takes the role of its first item ("Burma, North Korea and Laos remain").
        preposition = _preposition_before(low[max(span.start, head.start - 40) : head.start])
        head_ok = preposition is None
        if preposition == "with" and _ABSOLUTE_AFTER.match(low, last.end, span.end):
            head_ok = True  # "with Myanmar and Cambodia retaining their Tier 3 positions"
        if preposition in _GERUND_PREPOSITIONS and _GERUND_SUBJECT_AFTER.match(low, last.end):
            head_ok = True  # "resulted in Chile being given the top rating"
        for c in group:
            # "Thailand's neighbour Cambodia": the possessor is not the subject.
            possessive = _POSSESSIVE.match(low, c.end, c.end + 3)
            follows = [d for d in found if c.end < d.start <= c.end + 30]
            if (
                possessive
                and follows
                and _LIST_GLUE.fullmatch(low, possessive.end(), follows[0].start)
            ):
                follows = []  # "Laos's and Nepal's rankings": both possess, one list
            if possessive and follows:
                continue
            # a relative clause names its own subject: the list it follows ("Togo and Benin,
            # which both slipped")
            ok = head_ok or bool(_RELATIVE.match(low, last.end, last.end + 30))
            if ok and (c.iso3 != UNITED_STATES or keep_us):
                out.append(c)  # a relative clause names its own subject ("Thailand, which ...")
    return out


def _preposition_before(before: str) -> str | None:
    """The preposition the text before a country ends in ("victims from [the]"), if any."""
    words = before.replace(",", " , ").split()
    while words and words[-1] in _SKIPPED_BEFORE:
        words.pop()
    if not words:
        return None
    if words[-1] == "as" and words[-3:-1] == ["as", "well"]:
        return "as well as"
    if words[-1] == "of" and len(words) > 1 and words[-2] in _STATE_NOUNS:
        return None
    return words[-1] if words[-1] in _PREPOSITIONS else None


def _carried_subject(
    low: str, lo: int, mention: Mention, countries: list[CountryMention]
) -> int | None:
    """Where the tier's clause has "it", "the country" ... as its subject, with no country between
    it and the tier, and "it" not the report ("it rates each nation"); None when it has not."""
    pronouns = list(_CARRIED.finditer(low, lo, mention.start))
    if not pronouns:
        we = _CARRIED_WE.search(low, lo, mention.start)
        return None if we is None else we.start()
    pronoun = pronouns[-1]
    if _REPORT_IT.match(low, pronoun.start()):
        return None
    if any(pronoun.end() <= c.start < mention.start for c in countries):
        return None
    return pronoun.start()


def _is_fronted(low: str, span: Span, mention: Mention) -> bool:
    """ "On the watch list, Myanmar joins ...": the tier opens the sentence before its subject."""
    return bool(
        _FRONTED_TIER.fullmatch(low, span.start, mention.start)
        and _FRONTED_END.match(low, mention.end, span.end)
    )


def _carried_at(
    low: str, lo: int, mention: Mention, countries: list[CountryMention], named: list
) -> int | None:
    """Where a carried subject stands: its pronoun, or the start of an opening phrase with no
    country in the sentence ("Having been at Tier 2 for years, ...")."""
    at = _carried_subject(low, lo, mention, countries)
    if at is None and mention.in_opening and not named:
        return lo
    return at


def _group_subject(low: str, lo: int, mention: Mention, before: Antecedents) -> list[str]:
    """ "the three are among 12 countries ranked ...": the list of that many named just before."""
    m = _GROUP.search(low, lo, mention.start)
    if m is None:
        return []
    n = 2 if m.group("both") else _count(m.group("n"))
    return before.group(n, lo) if n >= 2 else []


def _count(word: str) -> int:
    return int(word) if word.isdigit() else lex.NUMBER_WORDS.get(word, 0)


def _listed_after(
    low: str, span: Span, countries: list[CountryMention], mention: Mention, hi: int
) -> list[CountryMention]:
    """The countries a list right after the tier names ("Tier 3 countries include X, Y")."""
    after = [c for c in countries if mention.end <= c.start < hi]
    if not after:
        return []
    gap = low[mention.end : after[0].start]
    if _NEW_CLAUSE.search(gap):
        return []
    if not (_LIST_AFTER.search(gap) or _is_fronted(low, span, mention)):
        return []
    return _glued_run(low, after)


def _with_us_listed(
    low: str, countries: list[CountryMention], named: list[CountryMention]
) -> list[CountryMention]:
    """The candidates and the United States where it stands as a list item: in a list after
    the tier ("Tier 1 countries include the US, the UK ...") it is a member, not the ranker;
    "US standards", "the U.S. State Department" are not items."""
    us = [
        c
        for c in named
        if c.iso3 == UNITED_STATES and c not in countries and _US_ITEM.match(low, c.end)
    ]
    return sorted([*countries, *us], key=lambda c: c.start) if us else countries


def _glued_run(low: str, after: list[CountryMention]) -> list[CountryMention]:
    """The first country and those glued to it as a list."""
    run = after[:1]
    for c in after[1:]:
        if not _LIST_GLUE.fullmatch(low, run[-1].end, c.start):
            break
        run.append(c)
    return run


def _members_after(low: str, named: list[CountryMention], mention: Mention, hi: int):
    """ "a blacklist that already counts Malaysia": the members a relative clause names."""
    m = _MEMBERS_AFTER.match(low, mention.end, hi)
    if m is None:
        return []
    return _glued_run(low, [c for c in named if m.end() <= c.start < hi])


def _joined(low: str, named: list[CountryMention], span: Span, mention: Mention, hi: int):
    """ "X joins Laos and Thailand on the watch list", "join the likes of Syria and Iran in the
    lowest category": the countries joined are on that tier."""
    lo = span.start
    if low.find("join", lo, span.end) < 0:
        return []  # both shapes hold the word: most sentences stop here
    for m in _JOINED_BY.finditer(low, lo, span.end):
        # "Ghana was joined on the watch list by Togo", "They were joined this year by Belize"
        if m.start() <= mention.start < m.end() or mention.end <= m.start() <= mention.end + 2:
            return _glued_run(low, [c for c in named if m.end() <= c.start < span.end])
    for m in _JOIN.finditer(low, lo, hi):
        run = _glued_run(low, [c for c in named if m.end() <= c.start < hi])
        if not run:
            continue
        gap = low[run[-1].end : mention.start] if run[-1].end <= mention.start else ""
        before_tier = run[-1].end <= mention.start and _VERBLESS.fullmatch(gap)
        fronted = mention.end <= m.start() and _is_fronted(low, span, mention)
        # "dumped into the basement, joining Sudan and Cuba": the tier just named
        after_tier = mention.end <= m.start() and not _NEW_CLAUSE.search(
            low, mention.end, m.start()
        )
        if before_tier or fronted or after_tier:
            return run
    return []


def assign_subjects(
    body: str,
    low: str,
    span: Span,
    mains: list[Mention],
    antecedents: Antecedents,
    found: list[CountryMention] | None = None,
) -> None:
    """Fill each main mention's subjects, shared and joined countries (in place).

    Countries are found in ``body`` (names keep their case) unless the caller already has the
    sentence's (``found``); words are read in ``low``.
    """
    if found is None:
        found = list(find_countries(body, span.start, span.end))
    named = [c for c in found if c.names_state]
    countries = candidates(low, span, named)
    shared_at = [
        m.end()
        for m in _SHARED.finditer(low, span.start, span.end)
        if _SHARED_WHAT.search(low, max(span.start, m.start() - 25), m.end())
        or any(m.start() < x.start < m.end() for x in mains)
    ]
    for i, mention in enumerate(mains):
        lo = mains[i - 1].end if i else span.start
        hi = mains[i + 1].start if i + 1 < len(mains) else span.end
        before = [c for c in countries if lo <= c.start < mention.start]
        if i:
            # "countries in Tier 2 are X and Y, while Z is on the watch list": a list read after
            # the tier before is that tier's, not this one's.
            taken = [c for c in mains[i - 1].subjects if c.start >= mains[i - 1].end]
            before = [c for c in before if c not in taken]
        semicolon = low.rfind(";", lo, mention.start)
        if semicolon >= 0 and any(c.start > semicolon for c in before):
            # "Cambodia has dropped back onto it; Burma is still on the lowest rung": the tier's
            # own clause names its subject
            before = [c for c in before if c.start > semicolon]
        relative = [c for c in before if _RELATIVE.match(low, c.end, c.end + 30)]
        if relative:
            # "Vietnam and Cambodia, which both slipped from Tier 2": the list before the pronoun.
            group = next(g for g in list_groups(low, before) if relative[-1] in g)
            before = group
        # "a space it shares with China and Papua New Guinea": the others share the tier.
        after_shared = [c for c in named if shared_at and c.start > shared_at[0]]
        after_shared = [c for c in after_shared if c.iso3 != UNITED_STATES]
        mention.shared = [c for c in after_shared if mention.end <= c.start < hi or c in before]
        before = [c for c in before if c not in mention.shared]
        mention.joined = _joined(low, named, span, mention, hi)
        before = [c for c in before if c not in mention.joined]
        if before:
            mention.subjects = before + _along_with(low, named, mention.end, hi)
        elif not named and (group := _group_subject(low, lo, mention, antecedents)):
            mention.subjects = [CountryMention(lo, lo, iso3, False, True) for iso3 in group]
        elif listed := _listed_after(
            low, span, _with_us_listed(low, countries, named), mention, hi
        ):
            mention.subjects = [c for c in listed if c not in mention.shared]
        elif (at := _carried_at(low, lo, mention, countries, named)) is not None and (
            iso3 := antecedents.carried()
        ):
            # A zero-length mention where the pronoun stands: a subject carried, not named.
            mention.subjects = [CountryMention(at, at, iso3, False, True)]
            mention.subjects += _along_with(low, named, mention.end, hi)
        elif i:
            mention.subjects = list(mains[i - 1].subjects)
        members = _members_after(low, named, mention, hi)
        mention.subjects += [c for c in members if c not in mention.subjects]
    _pair_respectively(low, span, mains)


def _pair_respectively(low: str, span: Span, mains: list[Mention]) -> None:
    """ "Thailand and Malaysia were placed on Tier 3 and the watch list, respectively": the n-th
    country takes the n-th tier. A country named again right before a later tier, with no verb
    between ("..., and North Korea in Tier 3"), belongs to that one."""
    first = mains[0].subjects if mains else []
    paired = len(mains) > 1 and len(first) == len(mains)
    paired = paired and all(m.subjects == first for m in mains[1:])
    if paired and "respectively" in low[span.start : span.end]:
        for mention, country in zip(mains, list(first), strict=True):
            mention.subjects = [country]
    for i, mention in enumerate(mains):
        later = {
            c.iso3
            for m in mains[i + 1 :]
            for c in m.subjects
            if c.start > mention.end and _VERBLESS.fullmatch(low, c.end, m.start)
        }
        mention.subjects = [c for c in mention.subjects if c.iso3 not in later]


def _along_with(low: str, named: list[CountryMention], lo: int, hi: int) -> list[CountryMention]:
    """Countries in a list after "along with", "as well as" between lo and hi."""
    out: list[CountryMention] = []
    for c in named:
        if not lo <= c.start < hi:
            continue
        glued = out and _LIST_GLUE.fullmatch(low, out[-1].end, c.start)
        if glued or _ALONG_WITH.search(low, max(lo, c.start - 30), c.start):
            out.append(c)
    return out
