"""Statements: direct quotes and who said them, with the sentence(s) that show both.

A statement is a quote in quote marks attributed by a reporting verb next to it ('"...," NAME,
TITLE, said'; 'NAME said: "..."'; '"...," she said'; 'according to NAME'; '"...," in the 2014
report, said NAME'), the continuation of such a quote ('"...," he said. "..."' is one statement),
or a block introduced by "As they explain:" / "to quote from the article:", which belongs to the
quoted article's named author ("reported in The Washington Post by NAME of ORG").

Decisions:
- The report's own words are left out: quotes attributed to "the report", "the document", "it",
  "in its report", and partial quotes in a sentence whose words before the verb name a report
  ('In its 2015 Trafficking in Persons report, US officials say Cambodia "does not fully comply
  ..."') are official text, not statements (so no "US officials" speaker is ever made up). A
  named organisation speaking ("the US Embassy said", "the embassy issued a press release
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

Not handled: quotes containing a straight quote mark of the other kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.attribution import Attributions
from loaders.extract.context import DocumentContext
from loaders.extract.sentences import Span
from loaders.extract.speakers import REPORT, Speaker
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
# A quoted phrase inside indirect speech is a statement from two words ('called the ranking
# "quite good"'); one word is a scare quote ("biased", "shocked").
_MIN_PARTIAL_WORDS = 2
# ... but a phrase of fewer words inside a clause that goes on after it is a borrowed phrase.
_MIN_EMBEDDED_WORDS = 4
_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:!?)\]—–]|$)")
# 'Thailand's embassy to America issued a press release headlined, "..."'.
_RELEASE_HEADLINE = re.compile(
    r"(?P<who>[A-Z][^,“”\"«;:]{2,100}?)\s+(?:issued|released|put\s+out|published|sent\s+out)\s+"
    r"(?:a|an|its)\s+(?:press\s+release|statement|communiqu[eé]|release)\s+"
    r"(?:headlined|titled|entitled)\s*[,:]?\s*$"
)
# A quote opened near the end with no closing mark after it (the excerpt stops mid-quote).
_LAST_OPENER = re.compile(r"(?<![\w])[“\"«](?=[^“”\"«»]*\Z)")
# A cut-off quote that stops on one of these stops mid-phrase: what was said cannot be told.
_DANGLING = frozenset("of the a an to and or in on for with by at from that".split())
_CUT_QUOTE_MAX = 1500
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
        leads = body[opener : opener + 1] in DOUBLE_OPENERS
        if not leads:
            pending = []
        elif any(c in p.text[lead + 1 :] for c in DOUBLE_CLOSERS):
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
    last = max(paragraph.rfind(c) for c in DOUBLE_OPENERS + DOUBLE_CLOSERS)
    if last < 0 or paragraph[last] not in DOUBLE_OPENERS or not paragraph[last + 1 :].strip():
        return None
    if last and not paragraph[last - 1].isspace() and paragraph[last - 1] not in "—–(":
        return None  # '... he said"': a straight mark closing a quote
    return last


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
        release = _RELEASE_HEADLINE.search(sentence_head)
        if release:  # 'the embassy issued a press release headlined, "..."': its own words
            return reader.named_in(release.group("who"), opener), None, True
        return None, None, True  # a headline or a book title, not speech
    if speaker is False:
        speaker = reader.head_speaker(head, opener)
    if speaker is False and head.rstrip().endswith(":"):  # 'NAME ... put it bluntly: "..."'
        speaker = reader.colon_subject(sentence_head, opener)
    if speaker is False and not head.strip():  # 'NAME told VOA:' then the quote
        sentence = reader.sentence(opener)
        previous = reader.sentence(sentence.start - 1) if sentence.start else None
        if previous is not None and previous.text.endswith(":"):
            return reader.intro_speaker(previous.text, previous.start), previous.start, True
    if speaker is False and n_words >= _MIN_PARTIAL_WORDS:
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
    # Whole-paragraph quotes with no attribution, waiting for the next paragraph's speaker.
    waiting: list[_Draft] = []
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

        following = _QUOTE_RE.search(body, m.end())  # it may close past this sentence
        if following and following.start() < tail_end:
            tail_end = following.start()  # the next quote's words are not this one's attribution
        tail = body[m.end() : tail_end]
        sentence_head = body[sentence.start : opener]
        head = body[max(sentence.start, previous_end) : opener]
        previous_end = m.end()
        paragraph = reader.paragraph(opener)
        is_adjacent = draft is not None and not body[draft.end : opener].strip()
        speaker = reader.tail_speaker(tail, opener)
        if speaker is False and not tail.strip() and _ENDS_SENTENCE.search(m.group()):
            named = reader.next_sentence_speaker(m.end())
            if named is not None:  # '"...." The words are those of NAME, who ...'
                speaker, tail_end = named
        if speaker is False and draft is not None and is_adjacent and paragraph == draft.paragraph:
            _extend(draft, body, m, _trim_end(body, tail_end))  # '"...," he said. "..."'
            continue
        speaker, intro_start, adjacent = _attribute(
            reader, speaker, head, sentence_head, opener, n_words
        )
        if (
            isinstance(speaker, Speaker)
            and draft is not None
            and is_adjacent
            and paragraph == draft.paragraph
            and speaker.name == draft.speaker.name
        ):
            _extend(draft, body, m, _trim_end(body, tail_end))  # '"A," said NAME. "B," he added.'
            continue
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
        leads = _leads_paragraph(ctx, opener)
        if waiting and not (leads and paragraph == waiting[-1].paragraph + 1):
            yield from _settle(ctx, reader, waiting, iso3)
            waiting = []
        if speaker is False and leads and n_words >= 2:
            # '"We have made efforts ..."' alone, then '"What is worrying ...," Virak said.'
            end = _trim_end(body, tail_end)
            waiting.append(_Draft(_NOBODY, [quote], opener, end, paragraph, m.end()))
            continue
        if isinstance(speaker, Speaker):
            for w in waiting:
                yield _statement(ctx, _Draft(speaker, w.parts, w.start, w.end, w.paragraph), iso3)
        elif waiting:
            yield from _settle(ctx, reader, waiting, iso3, speaker)
        waiting = []
        if not isinstance(speaker, Speaker) or n_words < _MIN_PARTIAL_WORDS:
            continue  # the report's words, nobody visible, or a scare quote
        raw = (m.group("q") or m.group("sq") or "").rstrip()
        ends = _ENDS_CLAUSE.match(body, m.end()) or raw[-1:] in ",.;:!?"
        if not adjacent and n_words < _MIN_EMBEDDED_WORDS and not ends:
            continue  # 'corruption was a "top tool" of traffickers': a phrase borrowed mid-clause
        start = sentence.start if intro_start is None else intro_start
        draft = _Draft(speaker, [quote], start, _trim_end(body, tail_end), paragraph, m.end())
        earlier = open_before.get(opener, ())
        if earlier:  # the paragraph(s) the quote began in: one quote, shown by this attribution
            draft.parts[:0] = [_clean(body[start + 1 : end]) for start, end in earlier]
            draft.start = min(draft.start, reader.sentence(earlier[0][0]).start)
    if draft is not None:
        yield _statement(ctx, draft, iso3)
    cut = _cut_off_quote(ctx, reader, previous_end)
    if cut is not None:
        if cut.speaker is _NOBODY:
            waiting.append(cut)
        else:
            yield _statement(ctx, cut, iso3)
    yield from _settle(ctx, reader, waiting, iso3)


# The speaker of a quote still waiting for its attribution.
_NOBODY = Speaker("")


_ENDS_SENTENCE = re.compile(r"[.!?][”\"’']$")


def _leads_paragraph(ctx: DocumentContext, opener: int) -> bool:
    """True when the quote mark opens its paragraph."""
    body = ctx.text
    start = body.rfind("\n", 0, opener) + 1
    return not body[start:opener].strip()


def _settle(
    ctx: DocumentContext,
    reader: Attributions,
    waiting: list[_Draft],
    iso3: str,
    after: Speaker | str | bool | None = False,
) -> Iterator[Statement]:
    """Quote paragraphs no attribution followed: in news style they continue the indirect speech
    of the paragraph before them ("..., Sar Kheng said, ..." then the quote); the report's words
    (``after`` is REPORT, or the paragraph before paraphrases the report) are left out."""
    if not waiting or after == REPORT:
        return
    speaker = reader.indirect_speaker(waiting[0].start)
    if speaker is None:
        return
    for w in waiting:
        yield _statement(ctx, _Draft(speaker, w.parts, w.start, w.end, w.paragraph), iso3)


def _cut_off_quote(ctx: DocumentContext, reader: Attributions, after: int) -> _Draft | None:
    """A quote opened and never closed before the text ends (an excerpt cut mid-quote), with its
    speaker: the words before it in its sentence ('..., called the ranking "quite good,'), else
    _NOBODY when it opens a paragraph (settled as a continuation); None otherwise."""
    body = ctx.text
    found = _LAST_OPENER.search(body, after)
    if found is None:
        return None
    opener = found.start()
    quote = _clean(body[opener + 1 :])
    if len(quote.split()) < _MIN_PARTIAL_WORDS or len(quote) > _CUT_QUOTE_MAX:
        return None
    if quote.split()[-1].lower() in _DANGLING:
        return None  # 'calling it "one of the worst forms of': cut mid-phrase
    sentence = reader.sentence(opener)
    head = body[max(sentence.start, after) : opener]
    speaker, intro_start, _adjacent = _attribute(
        reader, False, head, body[sentence.start : opener], opener, len(quote.split())
    )
    paragraph = reader.paragraph(opener)
    if isinstance(speaker, Speaker):
        start = sentence.start if intro_start is None else intro_start
        return _Draft(speaker, [quote], start, _trim_end(body, len(body)), paragraph)
    if speaker is False and _leads_paragraph(ctx, opener):
        return _Draft(_NOBODY, [quote], opener, _trim_end(body, len(body)), paragraph)
    return None


def _trim_end(body: str, end: int) -> int:
    while end > 0 and body[end - 1].isspace():
        end -= 1
    return end
