"""Events: aid, enforcement, laws, reports, diplomacy and research, one per sentence and type.

A sentence is an event of a type when it holds one of that type's phrases (loaders/lexicon/
events.py). Its year is the 4-digit year (2000..2030) named in the sentence nearest to the phrase,
else the document's year; with neither, the sentence yields nothing. Its country is the one the
sentence names, else the document's main country; a sentence naming only the United States (the
donor, the ranker) belongs to the document's main country when it has one.

Not handled: negated events ("no arrests were made" is still enforcement); years written as words
or as ranges (the nearest year of a range is taken); events spread over two sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from loaders import gazetteer
from loaders.extract.context import DocumentContext
from loaders.lexicon.events import EVENT_KEYWORDS
from loaders.schema import Event

_EVENT_RE = re.compile(
    "|".join(
        rf"(?P<{kind.value}>(?<!\w)(?:{'|'.join(words)})(?!\w))" for kind, words in EVENT_KEYWORDS.items()
    ),
    re.IGNORECASE,
)
# "in recent years" is not a year; "FY2015" and "2015-16" still name 2015.
_YEAR_RE = re.compile(r"(?<!\d)(20[0-2]\d|2030)(?!\d)")


def _nearest_year(text: str, offset: int) -> int | None:
    years = [(abs(m.start() - offset), int(m.group())) for m in _YEAR_RE.finditer(text)]
    return min(years)[1] if years else None


def extract_events(ctx: DocumentContext) -> Iterator[Event]:
    """One event per sentence and type that the sentence's phrases name."""
    body = ctx.document.body
    starts = [s.start for s in ctx.sentences]
    found: dict[tuple[int, str], int] = {}  # (sentence index, type) -> first phrase offset
    for m in _EVENT_RE.finditer(body):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= ctx.sentences[i].end:
            continue  # between sentences (whitespace only): no sentence to cite
        found.setdefault((i, m.lastgroup or ""), m.start())
    if not found:
        return
    main = gazetteer.main_country(body)
    countries: dict[int, str] = {}
    for (i, kind), offset in sorted(found.items()):
        sentence = ctx.sentences[i]
        year = _nearest_year(sentence.text, offset - sentence.start) or ctx.reference.year
        if year is None:
            continue  # no year in the sentence and no document year: nothing to place it in
        if i not in countries:
            named = gazetteer.main_country(sentence.text)
            # The United States gives the aid, makes the threats and writes the report: in a
            # text about another country its sentences are events of that country.
            if named == gazetteer.UNITED_STATES and main:
                named = main
            countries[i] = named or main
        yield Event(**ctx.provenance(sentence), year=year, type=kind, iso3=countries[i])
