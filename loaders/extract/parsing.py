"""The body through the English pipeline, in paragraph pieces, as one Doc with the body's offsets.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters), and a 5 MB document is
one the reader accepts. The body is cut into paragraphs (after each run of blank lines), a paragraph
longer than ``PIECE`` is cut after a sentence's end or else at white space, each piece is parsed on
its own and the pieces are joined with ``Doc.from_docs(..., ensure_whitespace=False)``: the joined
text is the body character for character, so every token's ``idx`` is its offset into the body.

A paragraph whose text was parsed already in this document is not parsed again (a parse depends
on its text only): digests and scraped pages repeat boilerplate paragraphs.
Not handled: a piece cut inside a sentence (a paragraph of over ``PIECE`` characters with no
sentence end) is parsed as two sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Far under spaCy's max_length: the parser's memory grows with the piece (about 1 GB a million
# characters, spaCy's docs), and a real paragraph is a few hundred characters.
PIECE = 100_000
_PARAGRAPH_END = re.compile(r"\n{2,}")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")
_WHITE = re.compile(r"\s+")


def pieces(text: str, limit: int = PIECE) -> list[tuple[int, int]]:
    """Consecutive (start, end) ranges covering ``text`` exactly, each at most ``limit`` long:
    whole paragraphs packed together while they fit (a body under ``limit`` is one piece, parsed
    as the pipeline parses any text: a paragraph alone reads differently to the recogniser), a
    paragraph longer than ``limit`` cut after a sentence's end, else after white space, else at
    ``limit`` (a run with no white space at all)."""
    ranges: list[tuple[int, int]] = []
    start = end = 0
    for bound in [*(m.end() for m in _PARAGRAPH_END.finditer(text)), len(text)]:
        if bound - start <= limit:
            end = bound
            continue
        if end > start:
            ranges.append((start, end))
            start = end
        if bound - start <= limit:
            end = bound
            continue
        ranges += _bounded(text, start, bound, limit)
        start = end = bound
    if end > start:
        ranges.append((start, end))
    return ranges


def _bounded(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in ranges of at most ``limit``, cut at the last sentence end (or white
    space) inside each window."""
    ranges = []
    while end - start > limit:
        window = text[start : start + limit]
        cut = _last_end(_SENTENCE_END, window) or _last_end(_WHITE, window) or limit
        ranges.append((start, start + cut))
        start += cut
    ranges.append((start, end))
    return ranges


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    """Where the last match of ``pattern`` in ``window`` ends (0: none)."""
    last = 0
    for m in pattern.finditer(window):
        last = m.end()
    return last


def parse(nlp: Language, text: str, limit: int = PIECE) -> Doc:
    """``text`` parsed by ``nlp`` piece by piece and joined: ``doc.text == text``."""
    from spacy.tokens import Doc

    limit = min(limit, nlp.max_length)
    ranges = pieces(text, limit)
    if len(ranges) <= 1:  # one piece (or an empty body): the pipeline's own Doc, nothing joined
        return nlp(text)
    unique = list(dict.fromkeys(text[a:b] for a, b in ranges))
    parsed = dict(zip(unique, map(_without_tensor, nlp.pipe(unique)), strict=True))
    # The tok2vec tensor (96 floats a token) is read by nothing after the pipeline: left out, a
    # 5 MB body's Doc takes about half the memory.
    joined = [parsed[text[a:b]] for a, b in ranges]
    return Doc.from_docs(joined, ensure_whitespace=False, exclude=["tensor"])


def _without_tensor(doc: Doc) -> Doc:
    doc.tensor = doc.tensor[:0].copy()  # an empty copy frees the array (a view would keep it)
    return doc
