"""Statements: direct quotes and who said them, with the sentence(s) that show both.

A statement is a quote in quote marks attributed by a reporting verb next to it ('"...," NAME,
TITLE, said'; 'NAME said: "..."'; '"...," she said'; 'according to NAME'; '"...," in the 2014
report, said NAME'), the continuation of such a quote ('"...," he said. "..."' is one statement),
or a block introduced by "As they explain:" / "to quote from the article:", which belongs to the
quoted article's named author ("reported in The Washington Post by NAME of ORG").

Decisions:
- The report's own words are left out: quotes attributed to "the report", "the document", "in
  its report", and partial quotes in a sentence whose words before the verb name a report
  ('Officials in the 2015 TIP report say that Cambodia "does not fully comply ..."') are
  official text, not statements (so no "officials" speaker is ever made up). A named
  organisation speaking ("the US Embassy said", "the embassy issued a press release
  headlined, ...") is kept, the organisation being the speaker.
- Partial quotes inside indirect speech ('Sok said ... it has "a distance to go."') are kept when
  the sentence opens with a nameable speaker and a reporting verb; a phrase of two or three words
  only when it ends its clause ('called the ranking "quite good,"'), not when borrowed mid-clause
  ('was a "top tool" of traffickers'); one word is a scare quote.
- A quote that ends its own sentence may be attributed by the next sentence of the paragraph,
  when that sentence does nothing else ('"...." Mary Lane said.', '"...." The words are those of
  NAME, who ...', 'So said NAME.'); a next sentence that goes on ('The ministry said it would
  appeal.') attributes nothing.
- An attribution before a colon ('NAME, the US "envoy ...," put it bluntly: "..."') names the
  sentence's subject.
- A quote paragraph with no attribution takes the speaker of the next paragraph's quote ('"A."'
  then '"B," Virak said.'), else of the indirect speech in the paragraph before ('..., Sar Kheng
  said, ...' then '"A."'); never the report's.
- A quote the excerpt cuts off (opened, never closed before the text ends) counts with a speaker
  as above, unless it stops mid-phrase ("one of the worst forms of").
- Ambiguity yields nothing: "they"/"it", an unknown untitled surname, two people sharing a
  surname, a pronoun with no person named in the last ~8 sentences or after "A and B" subjects,
  a quote with no visible speaker, quoted titles ("titled", "the book").

A quote running over several paragraphs (each opened, only the last closed: news style; the first
may open after other words) is one statement, by the speaker the last paragraph names.

quote_verdicts(ctx) lists every quote with its verdict (verdicts.py): the statements, and why each
other quote was left out.

Not handled: quotes containing a straight quote mark of the other kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.attribution import Attributions
from loaders.extract.context import DocumentContext
from loaders.extract.sentences import Span
from loaders.extract.speakers import Speaker, one_of
from loaders.extract.verdicts import (
    NO_ATTRIBUTION,
    Found,
    NoAttribution,
    NotAStatement,
    ReportWords,
    Verdict,
)
from loaders.lexicon import speech as lex
from loaders.schema import Statement

_DOUBLE_MARKS = "".join(dict.fromkeys(lex.DOUBLE_OPENERS + lex.DOUBLE_CLOSERS))
_SINGLE_MARKS = "".join(dict.fromkeys(lex.SINGLE_OPENERS + lex.SINGLE_CLOSERS))
_OPENERS = lex.DOUBLE_OPENERS + lex.SINGLE_OPENERS
# A single-quoted phrase never runs across an English double mark (it is then a quote inside one).
_SINGLE_STOPS = _SINGLE_MARKS + '“”"'
# The pattern starts with a character class (the opening marks) so the regex engine skips ahead
# in C; "(?<![\w].)" then checks that the mark does not follow a letter.
_QUOTE_RE = re.compile(
    rf"[{_OPENERS}](?<![\w].)"
    rf"(?:(?<=[{lex.DOUBLE_OPENERS}])(?P<q>[^{_DOUBLE_MARKS}\n]+"
    rf"(?:\n(?![ \t]*\n)[^{_DOUBLE_MARKS}\n]*)*)[{lex.DOUBLE_CLOSERS}]"
    rf"|(?<=[{lex.SINGLE_OPENERS}])(?P<sq>[^{_SINGLE_STOPS}\n]+"
    rf"(?:[{lex.SINGLE_CLOSERS}](?=\w)[^{_SINGLE_STOPS}\n]*)*)[{lex.SINGLE_CLOSERS}])(?![\w])"
)
# A quoted phrase inside indirect speech is a statement from two words ('called the ranking
# "quite good"'); one word is a scare quote ("biased", "shocked").
_MIN_PARTIAL_WORDS = 2
# ... but a phrase of fewer words inside a clause that goes on after it is a borrowed phrase.
_MIN_EMBEDDED_WORDS = 4
_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:!?)\]—–]|$)")
# 'Thailand's embassy to America issued a press release headlined, "..."'.
_RELEASE_HEADLINE = re.compile(
    rf"(?P<who>[A-Z][^,“”\"«;:]{{2,100}}?)\s+{one_of(lex.RELEASE_VERBS)}\s+"
    rf"(?:a|an|its)\s+{one_of(lex.RELEASE_NOUNS)}\s+{one_of(lex.RELEASE_TITLE_VERBS)}\s*[,:]?\s*$"
)
# A quote opened near the end with no closing mark after it (the excerpt stops mid-quote).
_LAST_OPENER = re.compile(r"(?<![\w])[“\"«](?=[^“”\"«»]*\Z)")
_CUT_QUOTE_MAX = 1500
_LOWER_NEXT = re.compile(r"[ \t]+(?=[a-z])")
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’']$")  # a quote closing on a full stop, '?' or '!'
_TITLE_CUE = re.compile(rf"\b{one_of(lex.TITLE_CUES)}\s*[:,]?\s*$", re.I)


@dataclass(slots=True)
class _Quote:
    """A quote as read: its parts (a split quote has several), the evidence's span, its verdict."""

    verdict: Verdict
    parts: list[str]
    start: int
    end: int
    paragraph: int
    last_close: int = 0  # where the last quote part closed


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",").strip()


def _joined(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


def _statement(ctx: DocumentContext, quote: _Quote, speaker: Speaker, iso3: str) -> Statement:
    body = ctx.text
    span = Span(quote.start, quote.end, body[quote.start : quote.end])
    return Statement(
        **ctx.provenance(span),
        year=ctx.reference.year,
        speaker=speaker.name,
        organization=speaker.organization,
        org_type=speaker.org_type,
        role=speaker.role,
        quote=_joined(quote.parts),
        iso3=iso3,
    )


def extract_statements(ctx: DocumentContext) -> Iterator[Statement]:
    """Every attributed direct quote of the document (see the module docstring for the rules)."""
    if ctx.reference.year is None:
        return  # a statement's year is its document's year: unknown means no statement
    for quote in _read_quotes(ctx):
        if isinstance(quote.verdict, Found):
            yield _statement(ctx, quote, quote.verdict.speaker, ctx.main_country)


def quote_verdicts(ctx: DocumentContext) -> list[tuple[str, Verdict]]:
    """(quote, verdict) for every quote of the document, in the order decided: the statements
    (Found) and, for each quote left out, why. A document with no year has no statements, whatever
    its verdicts (extract_statements)."""
    return [(_joined(quote.parts), quote.verdict) for quote in _read_quotes(ctx)]


def _read_quotes(ctx: DocumentContext) -> Iterator[_Quote]:
    """Every quote of the document with its verdict, in the order decided: first the blocks an
    introducing sentence names ("As they explain:"), then each quote, its speaker looked for in
    the numbered steps below, then a quote the excerpt cuts off. A quote paragraph with no
    attribution waits for the quote after it (or the indirect speech before it: _settle)."""
    body = ctx.text
    if not any(mark in body for mark in _OPENERS) and ":" not in body:
        return
    reader = Attributions(ctx)
    blocks = list(_blocks(reader))
    yield from blocks
    open_before = _open_paragraphs(ctx) if "\n" in body else {}
    draft: _Quote | None = None  # the statement being read: more parts of it may follow
    # Whole-paragraph quotes with no attribution, waiting for the next paragraph's speaker.
    waiting: list[_Quote] = []
    previous_end = 0  # where the previous quote closed: its words are nobody's attribution
    quotes = list(_QUOTE_RE.finditer(body))
    for index, m in enumerate(quotes):
        opener = m.start()
        if any(b.start <= opener < b.end for b in blocks):
            continue  # a quote inside a quoted block belongs to the block
        quote = _clean(m.group("q") if m.group("q") is not None else m.group("sq"))
        n_words = len(quote.split())
        sentence = reader.sentence(opener)
        following = quotes[index + 1] if index + 1 < len(quotes) else None
        tail_end = _tail_end(reader, m, following)
        tail = body[m.end() : tail_end]
        sentence_head = body[sentence.start : opener]
        head = body[max(sentence.start, previous_end) : opener]
        previous_end = m.end()
        paragraph = reader.paragraph(opener)
        is_adjacent = draft is not None and not body[draft.end : opener].strip()
        goes_on = draft is not None and is_adjacent and paragraph == draft.paragraph

        # 1. The words after the quote: '"...," NAME, ROLE, said.'
        verdict = reader.tail_speaker(tail, opener)
        # 2. Nothing after a quote that ends its sentence: the next sentence, when it only
        # attributes ('"...." NAME said.', 'So said NAME.')
        if isinstance(verdict, NoAttribution) and not tail.strip() and _ENDS_SENTENCE.search(m[0]):
            named, named_end = reader.next_sentence_speaker(m.end())
            if not isinstance(named, NoAttribution):
                verdict, tail_end = named, named_end
        # 3. Still nothing, right after a statement in its paragraph: the statement goes on
        if isinstance(verdict, NoAttribution) and goes_on:
            _extend(draft, body, m, _trim_end(body, tail_end))  # '"...," he said. "..."'
            continue
        # 4. The words before the quote, an introducing sentence, the sentence's opening
        intro_start, adjacent = None, True
        if isinstance(verdict, NoAttribution):
            verdict, intro_start, adjacent = _before_quote(
                reader, head, sentence_head, opener, n_words
            )
        # 5. The same speaker again in the paragraph: '"A," said NAME. "B," he added.'
        if goes_on and isinstance(verdict, Found) and verdict.speaker.name == _speaker_name(draft):
            _extend(draft, body, m, _trim_end(body, tail_end))
            continue
        # 6. Still nothing, a quote paragraph right after the speaker's last one: theirs
        if (
            isinstance(verdict, NoAttribution)
            and draft is not None
            and is_adjacent
            and paragraph == draft.paragraph + 1
            and not head.strip()
        ):
            verdict = draft.verdict
        if draft is not None:
            yield draft
            draft = None
        leads = _leads_paragraph(ctx, opener)
        if waiting and not (leads and paragraph == waiting[-1].paragraph + 1):
            yield from _settle(reader, waiting)
            waiting = []
        end = _trim_end(body, tail_end)
        # 7. Still nothing, a whole quote paragraph: it waits for the next paragraph's speaker
        # ('"We have made efforts ..."' alone, then '"What is worrying ...," Virak said.')
        if isinstance(verdict, NoAttribution) and leads and n_words >= _MIN_PARTIAL_WORDS:
            waiting.append(_Quote(NO_ATTRIBUTION, [quote], opener, end, paragraph, m.end()))
            continue
        if waiting:  # the quote paragraphs just before this one
            yield from _settle(reader, waiting, verdict)
            waiting = []
        # 8. The verdict: the report's words, nobody usable or nobody visible leave it out, and
        # so do a scare quote and a short phrase borrowed mid-clause; else a statement begins
        if not isinstance(verdict, Found):
            yield _Quote(verdict, [quote], sentence.start, end, paragraph)
            continue
        if n_words < _MIN_PARTIAL_WORDS:
            yield _Quote(NotAStatement("one word: a scare quote"), [quote], opener, end, paragraph)
            continue
        raw = (m.group("q") or m.group("sq") or "").rstrip()
        ends = _ENDS_CLAUSE.match(body, m.end()) or raw[-1:] in ",.;:!?"
        if not adjacent and n_words < _MIN_EMBEDDED_WORDS and not ends:
            # 'corruption was a "top tool" of traffickers'
            borrowed = NotAStatement("a phrase of two or three words borrowed mid-clause")
            yield _Quote(borrowed, [quote], opener, end, paragraph)
            continue
        start = sentence.start if intro_start is None else intro_start
        draft = _Quote(verdict, [quote], start, end, paragraph, m.end())
        earlier = open_before.get(opener, ())
        if earlier:  # the paragraph(s) the quote began in: one quote, shown by this attribution
            draft.parts[:0] = [_clean(body[mark + 1 : stop]) for mark, stop in earlier]
            draft.start = min(draft.start, reader.sentence(earlier[0][0]).start)
    if draft is not None:
        yield draft
    cut = _cut_off_quote(ctx, reader, previous_end)
    if (
        cut is not None
        and isinstance(cut.verdict, NoAttribution)
        and _leads_paragraph(ctx, cut.start)
    ):
        waiting.append(cut)
    elif cut is not None:
        yield cut
    yield from _settle(reader, waiting)


def _speaker_name(quote: _Quote) -> str:
    return quote.verdict.speaker.name if isinstance(quote.verdict, Found) else ""


def _tail_end(reader: Attributions, quote: re.Match[str], following: re.Match[str] | None) -> int:
    """Where the words that may attribute a quote end: its sentence's end (the next sentence's
    after '?" she asked'), or the next quote's opening mark (``following``, which may close
    past this sentence), whichever comes first."""
    body = reader.body
    tail_end = max(reader.sentence(quote.end() - 1).end, quote.end())
    # A quote ending in "?" or "!" ends the splitter's sentence, yet '"...?" she asked.' goes on.
    lower_next = _LOWER_NEXT.match(body, quote.end()) if tail_end == quote.end() else None
    if lower_next:
        tail_end = reader.sentence(lower_next.end()).end
    if following and following.start() < tail_end:
        tail_end = following.start()  # the next quote's words are not this one's attribution
    return tail_end


def _blocks(reader: Attributions) -> Iterator[_Quote]:
    """Blocks introduced by a sentence ending in a colon that names their speaker."""
    body = reader.body
    for s in reader.ctx.sentences:
        if not s.text.endswith(":") or body[s.end : s.end + 40].lstrip()[:1] in '“"‘«':
            continue
        found = reader.intro_speaker(s.text, s.start)
        if not isinstance(found, Found):
            continue
        gap = re.match(r"[ \t]*\n?[ \t]*(\n)?\s*", body[s.end :])
        start = s.end + gap.end()
        stop = r"\n[ \t]*\n" if gap.group(1) else r"\n"
        found_stop = re.compile(stop).search(body, start)
        end = found_stop.start() if found_stop else len(body)
        while end > start and body[end - 1].isspace():
            end -= 1
        if end - start > 20:
            yield _Quote(found, [body[start:end]], s.start, end, reader.paragraph(start))


def _open_paragraphs(ctx: DocumentContext) -> dict[int, list[tuple[int, int]]]:
    """Quotes that run over paragraphs: a paragraph whose last double quote mark opens a quote
    it never closes (at its start, or after other words: "Exile groups were unimpressed. “This
    ..."), the next paragraphs opening again (news style), keyed by where the quote that finally
    closes opens. Values: (opening mark, paragraph end) of each open paragraph, in order."""
    body = ctx.text
    chains: dict[int, list[tuple[int, int]]] = {}
    pending: list[tuple[int, int]] = []
    for p in ctx.paragraphs:
        lead = len(p.text) - len(p.text.lstrip())
        opener = p.start + lead
        leads = body[opener : opener + 1] in lex.DOUBLE_OPENERS
        if not leads:
            pending = []
        elif any(c in p.text[lead + 1 :] for c in lex.DOUBLE_CLOSERS):
            if pending:
                chains[opener] = pending
            pending = []
        left_open = _left_open(p.text)
        if left_open is not None:
            pending = [*pending, (p.start + left_open, _trim_end(body, p.end))]
    return chains


def _left_open(paragraph: str) -> int | None:
    """Where the quote a paragraph leaves open begins: its last double mark opening a quote
    (at the start or after a space) with no mark after it; None when every quote closes."""
    last = max(paragraph.rfind(c) for c in lex.DOUBLE_OPENERS + lex.DOUBLE_CLOSERS)
    if last < 0 or paragraph[last] not in lex.DOUBLE_OPENERS or not paragraph[last + 1 :].strip():
        return None
    if last and not paragraph[last - 1].isspace() and paragraph[last - 1] not in "—–(":
        return None  # '... he said"': a straight mark closing a quote
    return last


def _extend(draft: _Quote, body: str, quote: re.Match[str], end: int) -> None:
    """Add the next part of a quote split by its attribution ('"A," he said. "B."')."""
    between = body[draft.last_close : quote.start()].strip()
    if between.endswith(".") and draft.parts[-1][-1:].isalnum():
        draft.parts[-1] += "."  # the attribution ended the quote's first sentence
    draft.parts.append(_clean(quote.group("q") or quote.group("sq") or ""))
    draft.last_close = quote.end()
    draft.end = max(draft.end, end)


def _before_quote(
    reader: Attributions, head: str, sentence_head: str, opener: int, n_words: int
) -> tuple[Verdict, int | None, bool]:
    """(verdict, start of the introducing sentence if one was used, is the attribution adjacent)
    for a quote the words after it do not attribute: the words before it (``head``, since the
    previous quote), an introducing sentence ending in a colon, and the sentence's opening
    (``sentence_head``) are tried in turn."""
    if _TITLE_CUE.search(head):
        release = _RELEASE_HEADLINE.search(sentence_head)
        if release:  # 'the embassy issued a press release headlined, "..."': its own words
            return reader.named_in(release.group("who"), opener), None, True
        return NotAStatement("a title or a headline, not speech"), None, True
    verdict = reader.head_speaker(head, opener)  # 'NAME said, "...'
    if isinstance(verdict, NoAttribution) and head.rstrip().endswith(":"):
        verdict = reader.colon_subject(sentence_head, opener)  # 'NAME ... put it bluntly: "..."'
    if isinstance(verdict, NoAttribution) and not head.strip():  # 'NAME told VOA:' then the quote
        sentence = reader.sentence(opener)
        previous = reader.sentence(sentence.start - 1) if sentence.start else None
        if previous is not None and previous.text.endswith(":"):
            return reader.intro_speaker(previous.text, previous.start), previous.start, True
    if isinstance(verdict, NoAttribution) and n_words >= _MIN_PARTIAL_WORDS:
        opening = reader.opening_speaker(sentence_head, opener)  # partial quote, indirect speech
        if not isinstance(opening, NoAttribution):
            return opening, None, False
    return verdict, None, True


def _leads_paragraph(ctx: DocumentContext, opener: int) -> bool:
    """True when the quote mark opens its paragraph."""
    body = ctx.text
    start = body.rfind("\n", 0, opener) + 1
    return not body[start:opener].strip()


def _settle(
    reader: Attributions, waiting: list[_Quote], after: Verdict = NO_ATTRIBUTION
) -> Iterator[_Quote]:
    """Quote paragraphs no attribution followed, with their verdict: the speaker of the quote
    ``after`` them (the report's words when that quote is the report's), else, news style, the
    speaker of the indirect speech in the paragraph before them ("..., Sar Kheng said, ..." then
    the quote)."""
    if not waiting:
        return
    if isinstance(after, Found | ReportWords):
        verdict = after
    else:
        verdict = reader.indirect_speaker(waiting[0].start)
    for quote in waiting:
        yield _Quote(verdict, quote.parts, quote.start, quote.end, quote.paragraph)


def _cut_off_quote(ctx: DocumentContext, reader: Attributions, after: int) -> _Quote | None:
    """A quote opened and never closed before the text ends (an excerpt cut mid-quote), with its
    verdict: the speaker the words before it in its sentence name ('..., called the ranking
    "quite good,'); None when there is no such quote. With no attribution, one that opens a
    paragraph is settled as a continuation (start: its opening mark)."""
    body = ctx.text
    found = _LAST_OPENER.search(body, after)
    if found is None:
        return None
    opener = found.start()
    quote = _clean(body[opener + 1 :])
    end = _trim_end(body, len(body))
    paragraph = reader.paragraph(opener)
    n_words = len(quote.split())
    if n_words < _MIN_PARTIAL_WORDS:
        return _Quote(
            NotAStatement("a cut-off quote of one word or none"), [quote], opener, end, paragraph
        )
    if len(quote) > _CUT_QUOTE_MAX:
        stray = NotAStatement("a quote mark left open over 1,500 characters before the end")
        return _Quote(stray, [quote], opener, end, paragraph)
    if quote.split()[-1].lower() in lex.DANGLING_WORDS:  # 'calling it "one of the worst forms of'
        mid_phrase = NotAStatement("a cut-off quote that stops mid-phrase")
        return _Quote(mid_phrase, [quote], opener, end, paragraph)
    sentence = reader.sentence(opener)
    head = body[max(sentence.start, after) : opener]
    verdict, intro_start, _adjacent = _before_quote(
        reader, head, body[sentence.start : opener], opener, n_words
    )
    if isinstance(verdict, Found):
        start = sentence.start if intro_start is None else intro_start
        return _Quote(verdict, [quote], start, end, paragraph)
    return _Quote(verdict, [quote], opener, end, paragraph)


def _trim_end(body: str, end: int) -> int:
    while end > 0 and body[end - 1].isspace():
        end -= 1
    return end
