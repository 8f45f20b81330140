"""Tier mentions: where a sentence names a tier, which one, and what role the words around give it.

A mention is any writing of a tier in lexicon/tiers.py ("Tier 2 Watch List", "the blacklist",
"the lowest category"). Around it: another list's name ("the Treasury blacklist") or a comparison
("a step above the watch list", "one tier away from Tier 3") makes it no mention; "from X", "off
X", "out of X" with a move, or "after three years on X", make X a tier left behind (``is_from``);
a tier repeated in apposition ("the best ranking, Tier 1") is one mention, the more exact name kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from loaders.extract.patterns import required_words
from loaders.extract.sentences import Span
from loaders.extract.timeref import compile_lower
from loaders.extract.verbs import held_by_verb, moved_by_another_country
from loaders.gazetteer import CountryMention
from loaders.lexicon import tiers as lex
from loaders.schema import Tier

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TIER_LOW = compile_lower(
    r"\b(?:" + "|".join(f"(?P<a{i}>{p})" for i, (_, p, _) in enumerate(lex.TIER_ALIASES)) + ")"
)
_ALIAS_TIER = {f"a{i}": tier for i, (_, _, tier) in enumerate(lex.TIER_ALIASES)}
_ALIAS_LABEL = {f"a{i}": label for i, (label, _, _) in enumerate(lex.TIER_ALIASES)}
_BEFORE_TRIGGER, _AFTER_TRIGGER = 40, 60
_OTHER_LIST = compile_lower(lex.OTHER_LISTS)
_COMPARED = compile_lower(lex.COMPARED_BEFORE)
_FROM_BEFORE = compile_lower(lex.FROM_BEFORE)
_MOVED_ANY = compile_lower("|".join((lex.MOVED_UP, lex.MOVED_DOWN, lex.MOVED)))
_MOVED_AFTER = compile_lower(lex.MOVED_AFTER)
_PAST_RUN = compile_lower(lex.PAST_RUN)
_APPOSITION = compile_lower(lex.APPOSITION)
_AFTER_CLAUSE = compile_lower(r"\b(?:after|following)\b[^,;.]*$")
_TO_AFTER = re.compile(r"\bto\b")
_OPENING = compile_lower(lex.OPENING_PHRASE)
_COMMA = re.compile(r"[,;:]")
_HEADING_END = ".!?…\"'”’):;"


@dataclass
class Mention:
    """A tier named in a sentence, with the countries it is about."""

    start: int  # offsets into the body
    end: int
    tier: Tier
    label: str
    is_from: bool = False  # the tier before a move ("from X"), or a run before ("after 3 years on")
    back: int = 1  # how many years before the current one it covers
    subjects: list[CountryMention] = field(default_factory=list)
    shared: list[CountryMention] = field(default_factory=list)
    joined: list[CountryMention] = field(default_factory=list)  # "joins X and Y on Tier 3"
    in_opening: bool = False  # inside a phrase opening the sentence ("Having been at Tier 2, ...")
    run_start: int = -1  # where "after four years on" starts: its count is this tier's, no other's
    # "from Tier 3, where it was ranked in the 2021 and 2022 reports": the years a tier left held
    where_years: tuple[int, ...] = ()


def trigger_words() -> tuple[str, ...]:
    """The words at least one of which every tier alias contains (computed from the aliases)."""
    words: set[str] = set()
    for label, pattern, _ in lex.TIER_ALIASES:
        found = required_words(pattern)
        if not found:
            raise ValueError(f"tier alias {label!r} has no literal word to find it by")
        words |= found
    # A word that holds another trigger adds nothing: "black" finds "blacklist" too.
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


TRIGGER_WORDS = trigger_words()


def trigger_hits(low: str, spans: tuple[Span, ...]) -> dict[int, list[int]]:
    """Sentence index -> offsets of the trigger words in it (str.find: faster than a regex)."""
    starts = [s.start for s in spans]
    hits: dict[int, list[int]] = {}
    for word in TRIGGER_WORDS:
        at = low.find(word)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < spans[index].end:
                hits.setdefault(index, []).append(at)
            at = low.find(word, at + 1)
    return hits


def windows(span: Span, hits: list[int]) -> list[tuple[int, int]]:
    """Stretches of the sentence around its trigger words, merged: only there can an alias be
    ("one level up from the worst offenders" starts 22 characters before its trigger word)."""
    out: list[tuple[int, int]] = []
    for at in sorted(hits):
        lo, hi = max(span.start, at - _BEFORE_TRIGGER), min(span.end, at + _AFTER_TRIGGER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def is_heading(span: Span) -> bool:
    """A short line without closing punctuation: a headline or a narrative's heading."""
    return len(span.text) < 200 and span.text[-1] not in _HEADING_END


def number_word(word: str, *, one: bool = False) -> int:
    """'three' -> 3, '4' -> 4; with ``one``, also 'a', 'an', 'one' -> 1 ("after a year on")."""
    word = word.lower()
    if one and word in ("a", "an", "one"):
        return 1
    return lex.NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)


def find_mentions(
    low: str,
    span: Span,
    hit_windows: list[tuple[int, int]],
    countries: Sequence[CountryMention] = (),
    doc: Doc | None = None,
) -> list[Mention]:
    """The tier mentions of a sentence, in order (``low`` is the lower-cased body; ``countries``
    the countries the sentence names; ``doc`` the body's parse, where there is one)."""
    text = low[span.start : span.end]
    has_move = bool(_MOVED_ANY.search(text))
    out: list[Mention] = []
    compared_end = -1  # where the last tier named only for comparison ended
    found = [m for lo, hi in hit_windows for m in _TIER_LOW.finditer(low, lo, hi)]
    for m in found:
        name = m.lastgroup or ""
        label = _ALIAS_LABEL[name]
        if not label.startswith("tier"):
            # "the Treasury blacklist", "currency watch list": another list, not a tier.
            near = low[max(span.start, m.start() - 30) : min(span.end, m.end() + 20)]
            if _OTHER_LIST.search(near):
                continue
        before = low[span.start : m.start()]
        if _COMPARED.search(before[-40:]) or (
            compared_end >= 0 and _APPOSITION.fullmatch(low, compared_end, m.start())
        ):
            compared_end = m.end()
            continue  # "a step above the watch list", "one tier away from the lowest, Tier 3"
        tier = _ALIAS_TIER[name]
        if (
            out
            and _APPOSITION.fullmatch(low, out[-1].end, m.start())
            and (out[-1].tier == tier or not out[-1].label.startswith("tier"))
        ):
            # "the best ranking, Tier 1": one tier named twice; the exact name wins.
            out[-1].end, out[-1].tier, out[-1].label = m.end(), tier, label
            continue
        is_from = has_move and bool(_FROM_BEFORE.search(before[-50:]))
        back = 1
        # "after a year on the blacklist", "after three years on the watch list": years left behind
        run = _PAST_RUN.search(before[-60:])
        years_on = 0 if run is None else number_word(run["n"], one=True)
        run_start = -1
        if years_on:
            is_from, back = True, years_on
            run_start = m.start() - len(before[-60:]) + run.start()
        elif out and has_move and _AFTER_CLAUSE.search(low, out[-1].end, m.start()):
            # "downgraded to Tier 3 after it ran out of waivers on the watch list": the tier left
            is_from = _MOVED_ANY.search(low, span.start, out[-1].end) is not None
        out.append(Mention(m.start(), m.end(), tier, label, is_from, back, run_start=run_start))
    # "Stalled at Tier 2, Vietnam fell to the watch list": a tier in an opening phrase, with a
    # move after the phrase ends, is the tier left.
    opening_names = any(span.start <= c.start < out[0].start for c in countries) if out else True
    if out and not opening_names and _OPENING.fullmatch(low, span.start, out[0].start):
        comma = _COMMA.search(low, out[0].end, span.end)
        if comma and (len(out) == 1 or comma.start() < out[1].start):
            out[0].in_opening = True
            if _MOVED_ANY.search(low, comma.end(), span.end):
                out[0].is_from = True
    # "Cambodia, a Tier 2 Watch List country for three years, was upgraded on Thursday": a move
    # named after the only tier, with no tier to go to, makes that tier the one left behind.
    if len(out) == 1 and not out[0].is_from:
        after = low[out[0].end : span.end]
        move = _MOVED_AFTER.search(after)
        if move and not _TO_AFTER.search(after[move.end() : move.end() + 12]):
            # "... to a list of worst offenders while Saudi Arabia was upgraded": a move whose
            # subject is another country says nothing of the tier named before it.
            at = out[0].end + move.start(), out[0].end + move.end()
            named = [c for c in countries if c.names_state]
            # "remained on the watch list for 2021 until it was removed": the stay governs the
            # tier; the move after it is another happening.
            tier = out[0].start, out[0].end
            other = doc is not None and (
                moved_by_another_country(doc, tier, at, named) or held_by_verb(doc, *tier)
            )
            out[0].is_from = not other
    return out
