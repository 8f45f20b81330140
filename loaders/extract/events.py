"""Events: aid, enforcement, laws, reports, diplomacy and research, one per sentence and type.

A sentence is an event of a type when it holds one of that type's phrases (loaders/lexicon/
events.py). Its year is the 4-digit year (2000..2030) named in the sentence nearest to the phrase,
else the document's year; with neither, the sentence yields nothing. Its country is the one the
sentence names, else the document's main country; a sentence naming only the United States (the
donor, the ranker) belongs to the document's main country when it has one.

Speed: a type's pattern is only tried (anchored) where one of its stems starts a word, found with
one trie regex over the ASCII-folded, lower-cased body; no type's pattern scans the whole text.

A report's recommendations ("Amend the 2008 law ...", lexicon RECOMMENDATION_OPENERS) are no
events. A phrase right after a negation ("no arrests", "did not investigate or prosecute", "failed
to convict") names no event of the types that can be negated (lexicon NEGATABLE); another phrase
of the same sentence still can ("police arrested 12 but did not prosecute any" is enforcement).

Not handled: years written as words or as ranges (the nearest year of a range is taken); events
spread over two sentences; a negation further than a word from its phrase ("no one was ever
arrested").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from loaders import gazetteer
from loaders.extract.context import DocumentContext
from loaders.lexicon.events import (
    EVENT_KEYWORDS,
    EVENT_STEMS,
    NEGATABLE,
    NEGATION_BEFORE,
    RECOMMENDATION_OPENERS,
)
from loaders.schema import Event

_PATTERNS: dict[str, re.Pattern[str]] = {
    kind.value: re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)
    for kind, words in EVENT_KEYWORDS.items()
}
_STEM_KINDS: dict[str, tuple[str, ...]] = {}  # stem -> the types whose phrases start with it
for _kind, _stems in EVENT_STEMS.items():
    for _stem in _stems:
        _STEM_KINDS[_stem] = (*_STEM_KINDS.get(_stem, ()), _kind.value)


def _trie(words: list[str]) -> str:
    """One regex alternation factored by common prefixes: a single pass finds every stem."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        group = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return group + ("?" if "" in node else "")

    return walk(root)


# The trie is greedy ("funding" over "fund"): a match stands for every stem it starts with.
_STEM_KINDS = {
    stem: tuple(
        dict.fromkeys(k for other, ks in _STEM_KINDS.items() if stem.startswith(other) for k in ks)
    )
    for stem in _STEM_KINDS
}
_STEM_RE = re.compile(r"(?<![a-z0-9])" + _trie(list(_STEM_KINDS)))
# "in recent years" is not a year; "FY2015" and "2015-16" still name 2015.
_YEAR_RE = re.compile(r"(?<!\d)(20[0-2]\d|2030)(?!\d)")
_NEGATED = re.compile(NEGATION_BEFORE)
_NEGATABLE = frozenset(kind.value for kind in NEGATABLE)
_NEGATION_REACH = 40  # characters before a phrase where its negation can be
_FIRST_WORD = re.compile(r"[\W\d_]*([a-z]+)")  # after list markers: "- ", "1. ", "•"


def _is_recommendation(low: str, start: int, end: int) -> bool:
    m = _FIRST_WORD.match(low, start, end)
    return bool(m) and m.group(1) in RECOMMENDATION_OPENERS and low[m.end(1) : m.end(1) + 1] == " "


def _phrases(body: str, low: str) -> Iterator[tuple[int, str]]:
    """(offset, type) where a phrase starts: patterns are tried only where a stem starts a word."""
    for m in _STEM_RE.finditer(low):
        pos = m.start()
        for kind in _STEM_KINDS.get(m.group(), ()):
            if _PATTERNS[kind].match(body, pos):
                yield pos, kind


def _nearest_year(text: str, offsets: list[int]) -> int | None:
    """The year named nearest to any of the type's phrases (offsets into ``text``)."""
    years = [
        (min(abs(m.start() - o) for o in offsets), int(m.group())) for m in _YEAR_RE.finditer(text)
    ]
    return min(years)[1] if years else None


def _sentence_country(ctx: DocumentContext, start: int, end: int) -> str:
    main = ctx.main_country
    counts = Counter(m.iso3 for m in ctx.countries.within(start, end))
    counts.pop(gazetteer.UNITED_STATES, None)  # the donor and ranker: see the module docstring
    if not counts:
        return main
    ranked = counts.most_common(2)
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else main


def extract_events(ctx: DocumentContext) -> Iterator[Event]:
    """One event per sentence and type that the sentence's phrases name."""
    body = ctx.text
    sentences = ctx.sentences
    starts = [s.start for s in sentences]
    # ASCII-folded (one character for one) so str.find runs on 1-byte text: several times faster
    low = body.encode("ascii", "replace").decode("ascii").lower()
    found: dict[tuple[int, str], list[int]] = {}  # (sentence index, type) -> phrase offsets
    for pos, kind in _phrases(body, low):
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= sentences[i].end:
            continue
        lo = max(sentences[i].start, pos - _NEGATION_REACH)
        if kind in _NEGATABLE and _NEGATED.search(low, lo, pos):
            continue
        found.setdefault((i, kind), []).append(pos - sentences[i].start)
    if not found:
        return
    countries: dict[int, str] = {}
    for (i, kind), offsets in sorted(found.items()):
        sentence = sentences[i]
        if _is_recommendation(low, sentence.start, sentence.end):
            continue
        year = _nearest_year(sentence.text, offsets) or ctx.reference.year
        if year is None:
            continue  # no year in the sentence and no document year: nothing to place it in
        if i not in countries:
            countries[i] = _sentence_country(ctx, sentence.start, sentence.end)
        yield Event(**ctx.provenance(sentence), year=year, type=kind, iso3=countries[i])
