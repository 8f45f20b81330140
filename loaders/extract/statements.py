"""Statements: direct quotes and who said them, with the sentence(s) that show both.

A statement is a quote in quote marks attributed by a reporting verb next to it ('"...," NAME,
TITLE, said'; 'NAME said: "..."'; '"...," she said'; 'according to NAME'), the continuation of
such a quote ('"...," he said. "..."' is one statement), or a block introduced by "As they
explain:" / "to quote from the article:", which belongs to the quoted article's named author
("reported in The Washington Post by NAME of ORG").

Decisions:
- The report's own words are left out: quotes attributed to "the report", "the document", "it",
  "in its report", and partial quotes in a sentence whose words before the verb name a report
  ('In its 2015 Trafficking in Persons report, US officials say Cambodia "does not fully comply
  ..."') are official text, not statements (so no "US officials" speaker is ever made up). A
  named organisation speaking ("the US Embassy said") is kept, the organisation being the speaker.
- Partial quotes inside indirect speech ('Burkhalter said ... it has "a distance to go."') are
  kept when the sentence opens with a nameable speaker and a reporting verb and the quote has at
  least four words; shorter quoted phrases without an adjacent verb are scare quotes.
- Ambiguity yields nothing: "they"/"it", an unknown untitled surname, two people sharing a
  surname, a pronoun with no person named in the last ~8 sentences or after "A and B" subjects,
  a quote with no visible speaker, quoted titles ("titled", "the book").

A quote running over several paragraphs (each opened, only the last closed: news style) gives one
statement a paragraph, all by the speaker the last one names.

Not handled: a speaker named only after the quote's sentence ('"..." / Smith said.' as two
sentences); quotes containing a straight quote mark of the other kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.attribution import Attributions
from loaders.extract.context import DocumentContext
from loaders.extract.sentences import Span
from loaders.extract.speakers import Speaker
from loaders.lexicon.speech import DOUBLE_CLOSERS, DOUBLE_OPENERS, SINGLE_CLOSERS, SINGLE_OPENERS
from loaders.schema import Statement

_DOUBLE_MARKS = "".join(dict.fromkeys(DOUBLE_OPENERS + DOUBLE_CLOSERS))
_SINGLE_MARKS = "".join(dict.fromkeys(SINGLE_OPENERS + SINGLE_CLOSERS))
_OPENERS = DOUBLE_OPENERS + SINGLE_OPENERS
# A single-quoted phrase never runs across an English double mark (it is then a quote inside one).
_SINGLE_STOPS = _SINGLE_MARKS + '“”"'
# The pattern starts with a character class (the opening marks) so the regex engine skips ahead
# in C; "(?<![\w].)" then checks that the mark does not follow a letter.
_QUOTE_RE = re.compile(
    rf"[{_OPENERS}](?<![\w].)"
    rf"(?:(?<=[{DOUBLE_OPENERS}])(?P<q>[^{_DOUBLE_MARKS}\n]+"
    rf"(?:\n(?![ \t]*\n)[^{_DOUBLE_MARKS}\n]*)*)[{DOUBLE_CLOSERS}]"
    rf"|(?<=[{SINGLE_OPENERS}])(?P<sq>[^{_SINGLE_STOPS}\n]+"
    rf"(?:[{SINGLE_CLOSERS}](?=\w)[^{_SINGLE_STOPS}\n]*)*)[{SINGLE_CLOSERS}])(?![\w])"
)
# A quote ending in "?" or "!" ends the splitter's sentence, yet '"...?" she asked.' goes on.
_LOWER_NEXT = re.compile(r"[ \t]+(?=[a-z])")
_TITLE_CUE = re.compile(
    r"\b(?:titled|entitled|headlined|called|named|dubbed|headline|book|film|documentary|"
    r"op-ed|article|column|campaign|slogan)\s*[:,]?\s*$",
    re.I,
)


@dataclass
class _Draft:
    speaker: Speaker
    parts: list[str]
    start: int
    end: int
    paragraph: int
    last_close: int = 0  # where the last quote part closed


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",").strip()


def _joined(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


def _statement(ctx: DocumentContext, draft: _Draft, iso3: str) -> Statement:
    body = ctx.text
    span = Span(draft.start, draft.end, body[draft.start : draft.end])
    s = draft.speaker
    return Statement(
        **ctx.provenance(span),
        year=ctx.reference.year,
        speaker=s.name,
        organization=s.organization,
        org_type=s.org_type,
        role=s.role,
        quote=_joined(draft.parts),
        iso3=iso3,
    )


def _blocks(reader: Attributions) -> Iterator[_Draft]:
    """Blocks introduced by a sentence ending in a colon that names their speaker."""
    body = reader.body
    for s in reader.ctx.sentences:
        if not s.text.endswith(":") or body[s.end : s.end + 40].lstrip()[:1] in '“"‘«':
            continue
        speaker = reader.intro_speaker(s.text, s.start)
        if not isinstance(speaker, Speaker):
            continue
        gap = re.match(r"[ \t]*\n?[ \t]*(\n)?\s*", body[s.end :])
        start = s.end + gap.end()
        stop = r"\n[ \t]*\n" if gap.group(1) else r"\n"
        found = re.compile(stop).search(body, start)
        end = found.start() if found else len(body)
        while end > start and body[end - 1].isspace():
            end -= 1
        if end - start > 20:
            yield _Draft(speaker, [body[start:end]], s.start, end, reader.paragraph(start))


def _open_paragraphs(ctx: DocumentContext) -> dict[int, list[tuple[int, int]]]:
    """Quotes that run over paragraphs: each paragraph opened by a double quote mark but not
    closed, the next one opening again (news style), keyed by where the quote that finally
    closes opens. Values: (opening mark, paragraph end) of each open paragraph, in order."""
    body = ctx.text
    chains: dict[int, list[tuple[int, int]]] = {}
    pending: list[tuple[int, int]] = []
    for p in ctx.paragraphs:
        lead = len(p.text) - len(p.text.lstrip())
        opener = p.start + lead
        if body[opener : opener + 1] not in DOUBLE_OPENERS:
            pending = []
        elif any(c in p.text[lead + 1 :] for c in DOUBLE_CLOSERS):
            if pending:
                chains[opener] = pending
            pending = []
        else:
            pending = [*pending, (opener, _trim_end(body, p.end))]
    return chains


def _extend(draft: _Draft, body: str, quote: re.Match[str], end: int) -> None:
    """Add the next part of a quote split by its attribution ('"A," he said. "B."')."""
    between = body[draft.last_close : quote.start()].strip()
    if between.endswith(".") and draft.parts[-1][-1:].isalnum():
        draft.parts[-1] += "."  # the attribution ended the quote's first sentence
    draft.parts.append(_clean(quote.group("q") or quote.group("sq") or ""))
    draft.last_close = quote.end()
    draft.end = max(draft.end, end)


def _attribute(
    reader: Attributions,
    speaker: Speaker | str | bool | None,
    head: str,
    sentence_head: str,
    opener: int,
    n_words: int,
) -> tuple[Speaker | str | bool | None, int | None, bool]:
    """(speaker, start of the intro sentence if one was used, is the attribution adjacent).

    ``speaker`` is what the words after the quote said (False: nothing); the words before it
    (``head``, since the previous quote), an introducing sentence ending in a colon, and the
    sentence's opening (``sentence_head``) are tried in turn.
    """
    if speaker is False and _TITLE_CUE.search(head):
        return None, None, True  # a headline or a book title, not speech
    if speaker is False:
        speaker = reader.head_speaker(head, opener)
    if speaker is False and not head.strip():  # 'NAME told VOA:' then the quote
        sentence = reader.sentence(opener)
        previous = reader.sentence(sentence.start - 1) if sentence.start else None
        if previous is not None and previous.text.endswith(":"):
            return reader.intro_speaker(previous.text, previous.start), previous.start, True
    if speaker is False and n_words >= 4:
        opening = reader.opening_speaker(sentence_head, opener)  # partial quote, indirect speech
        if opening is not False:
            return opening, None, False
    return speaker, None, True


def extract_statements(ctx: DocumentContext) -> Iterator[Statement]:
    """Every attributed direct quote of the document (see the module docstring for the rules)."""
    body = ctx.text
    if ctx.reference.year is None:
        return  # a statement's year is its document's year: unknown means no statement
    if not any(mark in body for mark in _OPENERS) and ":" not in body:
        return
    reader = Attributions(ctx)
    iso3 = ctx.main_country
    blocks = list(_blocks(reader))
    for block in blocks:
        yield _statement(ctx, block, iso3)
    open_before = _open_paragraphs(ctx) if "\n" in body else {}
    draft: _Draft | None = None
    previous_end = 0  # where the previous quote closed: its words are nobody's attribution
    for m in _QUOTE_RE.finditer(body):
        opener = m.start()
        if any(b.start <= opener < b.end for b in blocks):
            continue  # a quote inside a quoted block belongs to the block
        quote = _clean(m.group("q") if m.group("q") is not None else m.group("sq"))
        n_words = len(quote.split())
        sentence = reader.sentence(opener)
        tail_end = max(reader.sentence(m.end() - 1).end, m.end())
        if tail_end == m.end() and _LOWER_NEXT.match(body, m.end()):
            tail_end = reader.sentence(_LOWER_NEXT.match(body, m.end()).end()).end  # '?" she asked'

        following = _QUOTE_RE.search(body, m.end(), tail_end)
        if following:
            tail_end = following.start()  # the next quote's words are not this one's attribution
        tail = body[m.end() : tail_end]
        sentence_head = body[sentence.start : opener]
        head = body[max(sentence.start, previous_end) : opener]
        previous_end = m.end()
        paragraph = reader.paragraph(opener)
        is_adjacent = draft is not None and not body[draft.end : opener].strip()
        speaker = reader.tail_speaker(tail, opener)
        if speaker is False and draft is not None and is_adjacent and paragraph == draft.paragraph:
            _extend(draft, body, m, _trim_end(body, tail_end))  # '"...," he said. "..."'
            continue
        speaker, intro_start, adjacent = _attribute(
            reader, speaker, head, sentence_head, opener, n_words
        )
        if (
            speaker is False
            and draft is not None
            and is_adjacent
            and paragraph == draft.paragraph + 1
            and not head.strip()
        ):
            speaker = draft.speaker  # a quote paragraph right after the speaker's last one
        if draft is not None:
            yield _statement(ctx, draft, iso3)
            draft = None
        if not isinstance(speaker, Speaker) or n_words < 2 or (n_words < 4 and not adjacent):
            continue  # the report's words, nobody visible, or a scare quote
        start = sentence.start if intro_start is None else intro_start
        draft = _Draft(speaker, [quote], start, _trim_end(body, tail_end), paragraph, m.end())
        for part_start, part_end in open_before.get(opener, ()):
            # The paragraph(s) the quote began in: the same speaker, shown by this attribution.
            part = [_clean(body[part_start + 1 : part_end])]
            yield _statement(ctx, _Draft(speaker, part, part_start, draft.end, paragraph), iso3)
    if draft is not None:
        yield _statement(ctx, draft, iso3)


def _trim_end(body: str, end: int) -> int:
    while end > 0 and body[end - 1].isspace():
        end -= 1
    return end
