"""Quotes: the spans between quote marks, of every kind, with character offsets into the body.

Double marks open and close in turn within a paragraph: curly (“ ”), straight ("), low („ with
” or “), guillemets (« »), and two apostrophes ('') or backticks (``) all count, in any mix
('“...''' and '"...”' are one quote each), because real pages mix them. A curly mark says
which way it faces; a straight one takes the turn. A curly single quote (‘...’) is a quote when
no double quote is open around it (a single quote inside a double one is a quote within the
quote, part of it) and its closing mark is followed by no letter (‘don’t’ is one word).

A paragraph that leaves a double quote open is news style for a quote running on: when the next
paragraph opens with a mark, the quote goes on there (one Quote, several parts); when no paragraph
takes it up, the quote ends with its paragraph and is marked ``is_cut``.

A straight single mark right after a colon ('NAME, ROLE: 'words...', a caption) opens a quote
closed after a stop or cut at the line's end.

Other straight single marks make a quote when one opens a word after a space or at a line's start
and one closes it after a stop or a comma ('We will,' he said): never a mark inside a word or
after one ("don't", "workers' rights"), which is an apostrophe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# '' and `` first: two apostrophes (or backticks, old wire copy) are one double mark.
_MARK = re.compile(r"''|``|[“”\"„«»‟‘’]")
_OPENS = ("“", "„", "«", "‟", "``")
_CLOSES = "”»"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote: ``parts`` are (start, end) of each quoted stretch (the words inside the marks);
    ``start`` is its first opening mark, ``end`` just past its last closing mark (or its last
    paragraph's end when cut)."""

    parts: tuple[tuple[int, int], ...]
    start: int
    end: int
    is_cut: bool = False

    def text(self, body: str) -> str:
        """The quoted words, parts joined by a space, trailing commas dropped; a comma that
        stood for a full stop ('"A," she said. "B."') is one again ("A. B.")."""
        words = []
        for k, (a, b) in enumerate(self.parts):
            part = _clean(body[a:b])
            if not part:
                continue
            between = body[b : self.parts[k + 1][0]] if k + 1 < len(self.parts) else ""
            if _ends_sentence(between) and part[-1].isalnum() and body[a:b].rstrip()[-1:] == ",":
                part += "."
            words.append(part)
        return " ".join(words)


def _clean(words: str) -> str:
    return " ".join(words.split()).strip().rstrip(",").strip()


def _ends_sentence(between: str) -> bool:
    """True when the words between two parts of a quote end a sentence ('she said. ')."""
    return _MARK.sub("", between).rstrip().endswith(".")


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(body):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(body)))
    return spans


def _single_closes(body: str, pos: int) -> bool:
    nxt = body[pos + 1 : pos + 2]
    return not nxt.isalpha()


def _paragraph_quotes(body: str, start: int, end: int) -> tuple[list[Quote], int | None]:
    """The quotes closed inside body[start:end], and where a double quote left open begins."""
    found: list[Quote] = []
    double_open: int | None = None  # position just past the opening mark
    opened_with = ""  # that mark
    single_open: int | None = None
    for m in _MARK.finditer(body, start, end):
        mark, pos = m.group(), m.start()
        if mark in "‘’":
            if double_open is not None:
                continue  # a quote within the quote
            before = body[pos - 1 : pos] if pos else " "
            if mark == "‘" and single_open is None and not before.isalnum():
                single_open = m.end()
            elif mark == "’" and single_open is not None and _single_closes(body, pos):
                found.append(Quote(((single_open, pos),), single_open - 1, m.end()))
                single_open = None
            continue
        single_open = None  # a double mark ends any single quote left open
        faces_open = mark in _OPENS or (mark not in _CLOSES and double_open is None)
        if mark == "“" and double_open is not None and opened_with == "„":
            faces_open = False  # „...“: the low mark's own closing one
        if faces_open:
            double_open = m.end()  # a second opener drops the first: it was never closed
            opened_with = mark
        elif double_open is not None:
            found.append(Quote(((double_open, pos),), double_open - len(opened_with), m.end()))
            double_open = None
    if double_open is None:
        taken = [(q.start, q.end) for q in found]
        more = [q for q in _after_a_colon(body, start, end) if not _overlaps(q, taken)]
        taken += [(q.start, q.end) for q in more]
        more += [q for q in _straight_singles(body, start, end) if not _overlaps(q, taken)]
        found = sorted([*found, *more], key=lambda q: q.start)
    return found, double_open


def _overlaps(quote: Quote, taken: list[tuple[int, int]]) -> bool:
    return any(a < quote.end and quote.start < b for a, b in taken)


# 'NAME, ROLE: 'words...': a straight single mark opening a word right after a colon.
_COLON_SINGLE = re.compile(r":[ \t]+'(?=[A-Za-z])")
# ... closed by a straight mark after a word or a stop, before no letter ("workers' rights" has
# a space after the mark, but a letter and no stop before it: read as an apostrophe).
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?;])'(?![A-Za-z])")


def _after_a_colon(body: str, start: int, end: int) -> list[Quote]:
    """The quotes a straight single mark opens right after a colon (a caption 'NAME, ROLE:
    'words...'), each to its closing mark in its line or, cut, to the line's end. Elsewhere
    straight single marks are too often apostrophes to read."""
    quotes = []
    for m in _COLON_SINGLE.finditer(body, start, end):
        line_end = body.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        close = _SINGLE_CLOSE.search(body, m.end(), line_end)
        if close is not None:
            quotes.append(Quote(((m.end(), close.start()),), m.end() - 1, close.end()))
            continue
        stop = _trim(body, line_end)
        if stop > m.end():
            quotes.append(Quote(((m.end(), stop),), m.end() - 1, stop, is_cut=True))
    return quotes


# A straight single mark that opens a word after a space, a bracket or a dash, or at a line's
# start ('We will,' he said): never inside a word, as an apostrophe is ("don't", "workers'").
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))'(?=[A-Za-z])", re.M)


def _straight_singles(body: str, start: int, end: int) -> list[Quote]:
    """Quotes in straight single marks, some pages' only quote marks: opened before a word
    (_SINGLE_OPEN), closed by the first mark after a stop or a comma that no letter follows
    (_SINGLE_CLOSE), with no double mark between, within the paragraph."""
    quotes = []
    pos = start
    while (opener := _SINGLE_OPEN.search(body, pos, end)) is not None:
        close = _SINGLE_CLOSE.search(body, opener.end(), end)
        if close is None:
            break
        words = body[opener.end() : close.start()]
        if _MARK.search(words.replace("'", "")) is None:
            quotes.append(Quote(((opener.end(), close.start()),), opener.start(), close.end()))
            pos = close.end()
        else:
            pos = opener.end()
    return quotes


def find_quotes(body: str) -> list[Quote]:
    """Every quote of the body, in order (see the module docstring)."""
    quotes: list[Quote] = []
    running: list[tuple[int, int]] = []  # parts of a quote left open by earlier paragraphs
    running_start = 0
    for p_start, p_end in _paragraph_spans(body):
        found, left_open = _paragraph_quotes(body, p_start, p_end)
        lead = p_start + len(body[p_start:p_end]) - len(body[p_start:p_end].lstrip())
        if running:
            if found and found[0].start == lead:  # the running quote goes on and closes here
                first = found.pop(0)
                quotes.append(Quote((*running, *first.parts), running_start, first.end))
                running = []
            elif left_open is not None and left_open - 1 <= lead + 1 and not found:
                running.append((left_open, _trim(body, p_end)))  # it goes on, still open
                continue
            else:
                quotes.append(Quote(tuple(running), running_start, running[-1][1], is_cut=True))
                running = []
        quotes.extend(found)
        if left_open is not None:
            running = [(left_open, _trim(body, p_end))]
            running_start = left_open - 1
    if running:
        quotes.append(Quote(tuple(running), running_start, running[-1][1], is_cut=True))
    return quotes


def _trim(body: str, end: int) -> int:
    while end > 0 and body[end - 1].isspace():
        end -= 1
    return end
