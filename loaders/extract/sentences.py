"""Sentence and paragraph spans with character offsets into the original body.

Offsets always point into the body as read, so ``body[span.start:span.end] == span.text``.
Rules: a blank line always ends a paragraph and a sentence. A single line break ends a sentence
only where the line before ends in terminal punctuation (or is a short heading-like line followed
by a capital), because hard-wrapped text can break inside a name ("Tier" / "2 ranking").
Not handled: sentences broken by an abbreviation outside lexicon/sentences.py's ABBREVIATIONS;
lists without punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from loaders.lexicon.sentences import ABBREVIATIONS, NUMBER_ABBREVIATIONS

_SHORT_LINE = 60
# The longest sentence read whole. Real ones stay under ~650 characters (the development and
# held-out pages); past this a "sentence" is a flattened list or hostile text (_bounded).
MAX_SENTENCE = 1000
_TERMINALS = ".!?…"
_CLOSERS = "\"'”’)]»"
_LINE_END_CUTS = _TERMINALS + _CLOSERS + ":;"
_OPENERS = "\"“‘'"
_LONGEST = max(len(word) for word in ABBREVIATIONS)
# One cheap scan finds every place a sentence might end; Python decides at each (about a hundred
# a page), which is several times faster than a regex with look-arounds over the whole text.
_CANDIDATE = re.compile(r"[.!?…\n]")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


class Span(NamedTuple):
    start: int
    end: int
    text: str


def _spans(body: str, cuts: list[int]) -> tuple[Span, ...]:
    """The non-blank pieces between cuts, trimmed of white space."""
    spans = []
    start = 0
    for cut in [*cuts, len(body)]:
        piece = body[start:cut]
        stripped = piece.strip()
        if stripped:
            left = start + piece.find(stripped)
            spans.append(Span(left, left + len(stripped), stripped))
        start = cut
    return tuple(spans)


def _is_abbreviation(body: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence."""
    if dot > _LONGEST and body[dot - _LONGEST - 1 : dot].isalpha():
        return False  # a word longer than any abbreviation (most sentence ends): no walk back
    j = dot
    while j > 0 and dot - j < 12 and (body[j - 1].isalpha() or body[j - 1] == "."):
        j -= 1
    if j > 0 and body[j - 1].isalnum():
        return False
    word = body[j:dot].lower()
    if not word:
        return False
    if word in NUMBER_ABBREVIATIONS:
        return body[dot + 1 :].lstrip()[:1].isdigit()
    return word in ABBREVIATIONS or len(word) == 1 or bool(_INITIALS.fullmatch(word))


def _is_glued_sentence_end(body: str, dot: int, after: int) -> bool:
    """ "said the ambassador.The ministry": a lower-case word, a full stop, then a capitalised
    word with no space (not "U.S.", "e.g.", "3.5", "example.com")."""
    return (
        after == dot + 1
        and dot >= 3
        and body[dot - 3 : dot].isalpha()
        and body[dot - 3 : dot].islower()
        and body[after : after + 1].isupper()
        and body[after + 1 : after + 3].isalpha()
        and body[after + 1 : after + 3].islower()
    )


def _line_break_cuts(body: str, newline: int) -> bool:
    """True when the line break at ``newline`` ends a sentence (see the module docstring)."""
    k = newline - 1
    while k >= 0 and body[k] in " \t":
        k -= 1
    if k < 0 or body[k] == "\n":
        return True
    if body[k] in _CLOSERS and k and body[k - 1] == ",":
        return False  # '"...as a priority,"' then the attribution on the next line
    if body[k] in _LINE_END_CUTS:
        return True
    n = len(body)
    m = newline + 1
    while m < n and body[m] in " \t":
        m += 1
    if m >= n or body[m] == "\n":
        return True
    line_start = body.rfind("\n", 0, newline) + 1
    if not (body[m].isupper() or body[m] in _OPENERS):
        return False
    return newline - line_start < _SHORT_LINE or _is_title(body[line_start:newline])


def _is_title(line: str) -> bool:
    """A headline: most of its words capitalised ("IJM: TIP Report Disappoints as Cambodia ...")."""
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_SINGLE_BLANK = re.compile(r"\n[ \t]*\n(?![ \t]*\n)")
_OPEN_LINE_END = '.!?:;"”’)'


def unwrap_blank_lines(body: str) -> str:
    """The body as read, same length and offsets: in a text hard-wrapped with a blank line after
    every line (most of its blocks single lines of 50-110 characters ending mid-sentence), a single
    blank line is a line break, and only two or more end a paragraph."""
    blocks = [b.strip() for b in _PARAGRAPH_BREAK.split(body) if b.strip()]
    if len(blocks) < 6:
        return body
    open_lines = [
        b for b in blocks if "\n" not in b and 50 <= len(b) <= 110 and b[-1] not in _OPEN_LINE_END
    ]
    if len(open_lines) < 0.5 * len(blocks):
        return body
    return _SINGLE_BLANK.sub(lambda m: " " * (len(m.group()) - 1) + "\n", body)


@lru_cache(maxsize=256)
def paragraphs(body: str) -> tuple[Span, ...]:
    """Paragraphs: text between blank lines."""
    cuts = []
    for m in _PARAGRAPH_BREAK.finditer(body):
        cuts += [m.start(), m.end()]
    return _spans(body, cuts)


@lru_cache(maxsize=256)
def sentences(body: str) -> tuple[Span, ...]:
    """Sentences of the body, in order, with offsets into it."""
    cuts: list[int] = []
    n = len(body)
    resume = 0
    for m in _CANDIDATE.finditer(body):
        i = m.start()
        if i < resume:
            continue  # inside a run of terminals already handled
        if body[i] == "\n":
            if _line_break_cuts(body, i):
                cuts.append(i)
            continue
        j = i + 1
        while j < n and body[j] in _TERMINALS:
            j += 1
        single = j == i + 1
        while j < n and body[j] in _CLOSERS:
            j += 1
        resume = j
        if single and body[i] == "." and _is_glued_sentence_end(body, i, j):
            cuts.append(j)  # "Isarabhakdi.The Foreign Ministry": a space lost after a full stop
            continue
        if j >= n or not body[j].isspace():
            continue  # "3.5", "U.S.-Cambodia", or the end of the text
        # "U.S. Agency", "Lt. Gen.": an abbreviation's period ends no sentence. A sentence that
        # really ends in "U.S." is joined to the next one: a longer span, never a lost one.
        if single and body[i] == "." and _is_abbreviation(body, i):
            continue
        cuts.append(j)
    return tuple(piece for span in _spans(body, cuts) for piece in _bounded(span))


def _bounded(span: Span) -> tuple[Span, ...]:
    """A span no longer than MAX_SENTENCE: a longer one (no full stop for pages: a list, a
    table flattened, hostile text) is cut at the last clause break before the limit, else at
    a space, so that every reading of a sentence costs the same at any document size."""
    if len(span.text) <= MAX_SENTENCE:
        return (span,)
    cuts, text, start = [], span.text, 0
    while len(text) - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind(mark) for mark in ";,\n")
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ")
        start += cut + 1 if cut > 0 else MAX_SENTENCE
        cuts.append(start)
    return tuple(Span(p.start + span.start, p.end + span.start, p.text) for p in _spans(text, cuts))
