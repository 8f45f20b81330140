"""Sentence and paragraph spans with character offsets into the original body.

Offsets always point into the body as read, so ``body[span.start:span.end] == span.text``.
Rules: a blank line always ends a paragraph and a sentence. A single line break ends a sentence
only where the line before ends in terminal punctuation (or is a short heading-like line followed
by a capital), because hard-wrapped text can break inside a name ("Tier" / "2 ranking").
Not handled: sentences broken by an abbreviation outside ABBREVIATIONS; lists without punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Abbreviations whose period does not end a sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt rev sen rep gov st jr sr no nos vs etc inc ltd co "
    "corp dept jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m approx "
    "fig vol pol brig adm cmdr amb hon pres supt insp".split()
)
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’)]»"
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s)")
_SHORT_LINE = 60


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


def _trimmed(body: str, start: int, end: int) -> Span | None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Span(start, end, body[start:end]) if end > start else None


def _is_abbreviation(body: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (body[j - 1].isalpha() or body[j - 1] == "."):
        j -= 1
    word = body[j:dot].lower()
    if not word:
        return False
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return True
    # "U.S." and "U.N.": dotted initials
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _line_breaks_sentence(body: str, newline: int) -> bool:
    line_start = body.rfind("\n", 0, newline) + 1
    line = body[line_start:newline].rstrip()
    if not line:
        return True
    rest = body[newline + 1 :].lstrip(" \t")
    if not rest or rest.startswith("\n"):
        return True
    if line[-1] in _TERMINAL + _CLOSERS + ":;":
        return True
    # A short line followed by a capital is a heading, caption or byline.
    return len(line) < _SHORT_LINE and (rest[0].isupper() or rest[0] in "\"“‘'")


@lru_cache(maxsize=256)
def paragraphs(body: str) -> tuple[Span, ...]:
    """Paragraphs: text between blank lines."""
    spans = []
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", body):
        span = _trimmed(body, start, m.start())
        if span:
            spans.append(span)
        start = m.end()
    span = _trimmed(body, start, len(body))
    if span:
        spans.append(span)
    return tuple(spans)


@lru_cache(maxsize=256)
def sentences(body: str) -> tuple[Span, ...]:
    """Sentences of the body, in order, with offsets into it."""
    cuts: set[int] = set()
    for m in _BOUNDARY.finditer(body):
        end = m.end()
        dot = body.rfind(".", m.start(), end)
        # "U.S. Agency", "Lt. Gen.": an abbreviation's period ends no sentence. A sentence that
        # really ends in "U.S." is joined to the next one: a longer span, never a lost one.
        if m.group().rstrip(_CLOSERS) == "." and _is_abbreviation(body, dot):
            continue
        cuts.add(end)
    for m in re.finditer(r"\n", body):
        if _line_breaks_sentence(body, m.start()):
            cuts.add(m.start())
    spans = []
    start = 0
    for cut in sorted(cuts):
        span = _trimmed(body, start, cut)
        if span:
            spans.append(span)
        start = cut
    span = _trimmed(body, start, len(body))
    if span:
        spans.append(span)
    return tuple(spans)
