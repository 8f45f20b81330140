"""Statements: direct quotes and who said them, read on the dependency parse.

A quote (quotes.py: every kind of mark) is a statement of the subject of the reporting verb next
to it, a verb whose lemma says speech (lexicon REPORTING_LEMMAS: said, adds, told, warned, ...),
in the quote's own sentence(s), or in the short sentence right after a quote that ends its own
('"...." Hang added.'), or in the sentence before that ends in a colon ('NAME told VOA:'); or of
the object of 'according to'. A participle of the clause speaks for its subject ('rejected the
findings, saying'); 'the Times quoted NAME as saying' for the one quoted; a cue the parser left
with no subject, for the person named just before it with no verb between. The nearest such
verb outside any quote wins. Its subject becomes a speaker in speakers.py (entities, surnames,
pronouns, bodies, roles).

With no verb beside the quote: the name that opens the line before a colon, on the quote's line
or the line above ('NAME, ROLE: "..."', a caption or an interview's turn), or the subject of
that line's one clause when a person ('NAME, founder of X, was blunt:'); a pull quote's dash
and name ('"..." – NAME, ROLE'); the words' owner in the next sentence ('Those were the words of
NAME').

A line with no quote marks set off after a line that ends in a colon and introduces speech ('As
she explains:', 'to quote from the article:') is a block quote, read the same way. A writing ("the
article", or it/they right after one) speaks for its named author ('reported in a paper by
NAME'); a written statement ("the release said") for the body that issued it, and its later quotes
go on the same statement ('issued a release headlined "..."' is that body's words).

A quote with no attribution of its own:
- right after a statement in the same paragraph, goes on with it ('"A," he said. "B."' is one);
- opening a paragraph right after the paragraph of a statement, is that speaker's;
- opening a paragraph before one whose quote is attributed, is the next quote's speaker's;
- else, opening a paragraph, is the speaker of the indirect speech in the paragraph before;
- else, a paragraph of its own up to three paragraphs after a person's statement, with no other
  person or body named between, is a pull quote of that person's.

Left out (the verdict says why, quote_verdicts): the report's own words ("the report said"); a
one-word scare quote; a phrase of two to four words borrowed mid-clause ('was a "top tool" of
traffickers'); a quote a title word introduces ('a campaign titled "..."'); a quote whose verb's
subject names nobody ("they", "it", "A and B"). A document with no year has no statements.

A quote relayed from another publication ('NAME wrote in The Post', 'NAME was quoted in the
Mirror as saying') is its speaker's, never the paper's; 'told Reuters' is no relay. The record
has no field for the paper (schema.Statement): the evidence, the whole attribution sentence,
keeps where the words first appeared, and the statement names the publication (quoted_in).

Not handled: a quote resumed after 'NAME said.' is one statement with the first, not a second
one (the labels differ on it: most keep one statement).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from loaders.extract.context import DocumentContext
from loaders.extract.quotes import Quote, find_quotes
from loaders.extract.sentences import Span
from loaders.extract.speakers import (
    Speakers,
    ends_in_report,
    entity_of,
    publication_of,
)
from loaders.extract.verdicts import (
    NO_ATTRIBUTION,
    Found,
    NoAttribution,
    Nobody,
    NotAStatement,
    ReportWords,
    Verdict,
)
from loaders.lexicon import speech as lex
from loaders.schema import Statement

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# A quoted phrase of one word is a scare quote ("biased", "nonsense").
_MIN_WORDS = 2
# ... and of fewer words than this, inside a clause that goes on after it, a borrowed phrase.
_MIN_EMBEDDED_WORDS = 5
# The sentence after a quote attributes it only when it does nothing else ('Hang added.').
_MAX_ATTRIBUTION_TOKENS = 14
# A pull quote stands this close to its speaker's last statement (paragraphs).
_PULL_QUOTE_PARAGRAPHS = 3
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_ENDS = ",.;:!?)]—–"
_LINE = re.compile(r"[^\n]+")
_QUOTE_MARK = re.compile(r"[“”\"„«»‘’]|''|``")
_WRITTEN = lex.WRITTEN_STATEMENT_NOUNS


@dataclass(slots=True)
class _Read:
    """A quote as decided: its verdict, the parts it holds, its evidence span, its paragraph."""

    verdict: Verdict
    quote: Quote
    parts: list[tuple[int, int]] = field(default_factory=list)
    start: int = 0
    end: int = 0
    paragraph: int = 0
    leads: bool = False


def extract_statements(ctx: DocumentContext) -> Iterator[Statement]:
    """Every attributed direct quote of the document (see the module docstring for the rules)."""
    if ctx.reference.year is None:
        return  # a statement's year is its document's year: unknown means no statement
    body = ctx.text
    for read in _read_quotes(ctx):
        if isinstance(read.verdict, Found):
            yield _statement(ctx, read, read.verdict, body)


def quote_verdicts(ctx: DocumentContext) -> list[tuple[str, Verdict]]:
    """(quote, verdict) for every quote of the document: the statements (Found) and, for each
    quote left out, why."""
    return [(_words(ctx.text, r.parts), r.verdict) for r in _read_quotes(ctx)]


def _words(body: str, parts: list[tuple[int, int]]) -> str:
    return Quote(tuple(parts), 0, 0).text(body)


def _statement(ctx: DocumentContext, read: _Read, found: Found, body: str) -> Statement:
    span = Span(read.start, read.end, body[read.start : read.end])
    speaker = found.speaker
    return Statement(
        **ctx.provenance(span),
        year=ctx.reference.year,
        speaker=speaker.name,
        organization=speaker.organization,
        org_type=speaker.org_type,
        role=speaker.role,
        quote=_words(body, read.parts),
        iso3=ctx.main_country,
        quoted_in=found.quoted_in,
    )


class _Document:
    """The parse and the quotes of one document, with the lookups the rules need."""

    def __init__(self, ctx: DocumentContext, quotes: list[Quote]) -> None:
        self.ctx = ctx
        self.body = ctx.text
        self.doc = ctx.doc
        self.speakers = Speakers(ctx)
        self.quotes = quotes
        self._starts = [q.start for q in quotes]
        self._paragraph_starts = [p.start for p in ctx.paragraphs]
        self.sents = list(self.doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self.from_written: set[int] = set()  # quotes whose verb's subject is a written statement

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end

    def paragraph(self, pos: int) -> int:
        return max(bisect.bisect_right(self._paragraph_starts, pos) - 1, 0)

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._sent_starts, pos) - 1, 0)

    def leads_paragraph(self, pos: int) -> bool:
        start = self.body.rfind("\n", 0, pos) + 1
        return not self.body[start:pos].strip()


def _window(d: _Document, quote: Quote) -> list[SpacySpan]:
    """The sentences where the quote's attribution may stand: its own, the short one right after
    a quote that ends its sentence, the one before that ends in a colon."""
    first = d.sentence_index(quote.start)
    last = d.sentence_index(max(quote.end - 1, quote.start))
    window = d.sents[first : last + 1]
    after = d.sents[last + 1] if last + 1 < len(d.sents) else None
    tail = d.body[quote.end : d.sents[last].end_char].strip()
    if (
        after is not None
        and not tail
        and len(after) <= _MAX_ATTRIBUTION_TOKENS
        and not any(d.in_quote(t.idx) for t in after)
        # 'The ministry said it would appeal.' says something of its own: no attribution
        and not any(t.dep_ == "ccomp" for t in after)
        and d.paragraph(after.start_char) == d.paragraph(quote.start)
    ):
        window.append(after)
    head = d.body[d.sents[first].start_char : quote.start].strip()
    if first and not head and d.sents[first - 1].text.rstrip().endswith(":"):
        window.insert(0, d.sents[first - 1])
    return window


def _cue_subject(token: Token) -> Token | None:
    """The subject of a reporting verb: its own, or (a verb joined to another, 'declined to
    comment and said'; a participle of the clause, 'rejected the findings, saying') its head's;
    the object of 'by' for a passive ('was told by NAME'); the one quoted in 'NAME was quoted
    as saying'."""
    verbs = [token]
    if token.dep_ in ("conj", "xcomp") or (token.dep_ == "advcl" and token.tag_ == "VBG"):
        verbs.append(token.head)
    elif token.dep_ == "pcomp" and token.head.lower_ == "as":
        verbs.append(token.head.head)  # 'was quoted as saying': the subject of 'quoted'
    for verb in verbs:
        if verb is not token and verb.lemma_.lower() == "quote":
            # 'the Times quoted NAME as saying': the one quoted speaks, the paper relays
            quoted = [c for c in verb.children if c.dep_ == "dobj"]
            if quoted:
                return quoted[0]
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                return child
            if child.dep_ == "agent" and token.lemma_.lower() != "quote":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    head = token.head
    if token.dep_ == "acl" and head.dep_ == "ROOT" and head.ent_type_ == "PERSON":
        # 'NAME, who ..., called it "..."' parsed with the name as the sentence's root and the
        # verb as its modifier: the name is who speaks
        return head
    return None


def _is_quoted_person(token: Token) -> bool:
    """'NAME was quoted in the Post': the passive subject of 'quote' is the speaker, the paper
    where the words first appeared only relays them."""
    return token.lemma_.lower() == "quote" and any(c.dep_ == "nsubjpass" for c in token.children)


def _hung_on_the_quote(d: _Document, quote: Quote, cue: Token) -> Token | None:
    """The speaker of a cue the parser left without a subject because it hung the name on the
    quoted clause ('"...," NAME, with X at her side, said'): the first noun between the quote
    and the cue whose head is inside the quote."""
    for token in d.doc[cue.sent.start : cue.i]:
        if token.idx < quote.end or d.in_quote(token.idx):
            continue
        if token.pos_ in ("PROPN", "NOUN") and d.in_quote(token.head.idx):
            return token
    return None


def _name_just_before(d: _Document, cue: Token) -> Token | None:
    """The speaker of a cue the parser left without a subject because it hung the name on an
    opening phrase ('Speaking at the Club, the ambassador, NAME, said'): the person named last
    before the cue in its sentence, with no verb and no quote between them."""
    for token in reversed(d.doc[cue.sent.start : cue.i]):
        if d.in_quote(token.idx) or token.pos_ in ("VERB", "AUX"):
            return None
        if token.ent_type_ == "PERSON" and token.ent_iob_ in ("B", "I"):
            ent = entity_of(token)
            return ent.root if ent is not None else token
    return None


def _according_to(token: Token) -> Token | None:
    """The object of 'according to'."""
    if token.lower_ != "according":
        return None
    for to in token.children:
        if to.lower_ == "to":
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _attribution(d: _Document, quote: Quote) -> tuple[Verdict, int]:
    """The verdict of the words beside a quote, and where its evidence ends."""
    candidates: list[tuple[int, Token, Token]] = []  # (distance, cue, subject)
    for sent in _window(d, quote):
        for token in sent:
            if d.in_quote(token.idx):
                continue
            subject = _according_to(token) or _quoted_from(token)
            if subject is None and (
                (token.lemma_.lower() in lex.REPORTING_LEMMAS and token.pos_ in ("VERB", "AUX"))
                or _issues_a_statement(token)
                or _statement_reads(token)
                or _is_quoted_person(token)
            ):
                subject = (
                    _cue_subject(token)
                    or _hung_on_the_quote(d, quote, token)
                    or _name_just_before(d, token)
                )
                if subject is None:
                    subject = token  # a cue with no subject still attributes (to nobody)
            if subject is None:
                continue
            distance = min(abs(token.idx - quote.end), abs(quote.start - token.idx))
            candidates.append((distance, token, subject))
    if not candidates:
        named = _name_and_colon(d, quote) or _dash_and_name(d, quote) or _words_of(d, quote)
        if named is None:
            return NO_ATTRIBUTION, quote.end
        return d.speakers.resolve(named, quote.start), quote.end
    # The nearest verb that has a subject; a subjectless one ('announcing') only when alone.
    _distance, cue, subject = min(candidates, key=lambda c: (c[2] is c[1], c[0]))
    # the parse's sentence holds the line breaks after it: the evidence ends at its last word
    sentence_end = d.sents[d.sentence_index(cue.idx)].end_char
    end = max(quote.end, len(d.body[:sentence_end].rstrip()))
    if subject is cue:
        return Nobody("a reporting verb with no subject"), end
    if d.in_quote(subject.idx):
        # '"It is their right," Sopheak said.': the parser took the quote's first word for the
        # subject; the name beside the verb is the speaker
        beside = [
            t for t in cue.children if t.pos_ == "PROPN" and not d.in_quote(t.idx) and t.i < cue.i
        ]
        if not beside:
            return Nobody("the verb's subject is inside the quote"), end
        subject = beside[-1]
    spans_quote = subject.left_edge.idx <= quote.start and quote.end <= subject.right_edge.idx + 2
    if spans_quote and not subject.is_ancestor(cue):
        return NotAStatement("a quoted title inside the speaker's own name or role"), end
    if _in_report(cue):
        return ReportWords("said in the report"), end
    if subject.lemma_.lower() in _WRITTEN and subject is not cue:
        d.from_written.add(quote.start)  # '"...," the release said': more of that statement
    verdict = d.speakers.resolve(subject, quote.start)
    if isinstance(verdict, Found) and not verdict.quoted_in:
        verdict = replace(verdict, quoted_in=publication_of(cue))
    return verdict, end


def _name_and_colon(d: _Document, quote: Quote) -> Token | None:
    """'NAME, ROLE: "..."' (a caption, an interview's turn): a line that opens with a person's
    name and no verb, then a colon right before the quote or at the end of the line above a
    quote that opens its own; the name is the speaker."""
    line_start = d.body.rfind("\n", 0, quote.start) + 1
    head = d.body[line_start : quote.start].rstrip()
    if not head:
        # 'NAME, ROLE:' on a line of its own, the quote set off below it (found by offsets: a
        # copy of the body before each quote would be quadratic on a long document)
        end = line_start
        while end > 0 and d.body[end - 1].isspace():
            end -= 1
        line_start = d.body.rfind("\n", 0, end) + 1
        head = d.body[line_start:end]
    if not head.endswith(":"):
        return None
    span = d.doc.char_span(line_start, line_start + len(head), alignment_mode="contract")
    if span is None:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return _subject_of_the_line(span)
    people = [e for e in span.ents if e.label_ == "PERSON"]
    if not people:
        return _name_before_a_role(span)
    if people[0].start != span.start + _leading_titles(span):
        return None
    return people[0].root


def _subject_of_the_line(span: SpacySpan) -> Token | None:
    """'NAME, founder of X, was blunt:' set before a quote: the line's one clause speaks through
    its subject when that is a person the recogniser names (a colon after any verb introduces
    the words; 'The report was blunt:' has no person for a subject)."""
    # the parse may run the line into the quote below: its root is the word whose head is outside
    roots = [
        t for t in span if not t.is_punct and (t.head is t or not span.start <= t.head.i < span.end)
    ]
    if len(roots) != 1:
        return None
    subjects = [c for c in roots[0].children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].ent_type_ != "PERSON":
        return None
    return subjects[0]


def _name_before_a_role(span: SpacySpan) -> Token | None:
    """'NAME, a ROLE of X:' where the recogniser found no person: two to four capitalised
    words opening the line, then a comma and a phrase that holds a person's role."""
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text.istitle(), span))
    rest = span[len(run) :]
    if not 2 <= len(run) <= 4 or not len(rest) or rest[0].text != ",":
        return None
    if not any(t.lower_ in lex.ROLE_NOUNS and t.pos_ == "NOUN" for t in rest):
        return None
    return run[-1]


# '"..." – NAME, ROLE': a dash right after the quote, then who said it (a pull quote, a caption).
_DASH_AFTER = re.compile(r"[ \t]*\n?[ \t]*[–—―-]{1,2}[ \t]*(?=\w)")


def _dash_and_name(d: _Document, quote: Quote) -> Token | None:
    """'"..." – NAME, ROLE': a quote that opens its line, then a dash and a person's name (or a
    body's) opening the rest of the line; the name is the speaker."""
    if not d.leads_paragraph(quote.start):
        return None
    dash = _DASH_AFTER.match(d.body, quote.end)
    if dash is None:
        return None
    start = dash.end()
    line_end = d.body.find("\n", start)
    line_end = len(d.body) if line_end < 0 else line_end
    span = d.doc.char_span(start, line_end, alignment_mode="contract")
    if span is None or not span.ents or span.ents[0].start != span.start:
        return None
    first = span.ents[0]
    if first.label_ not in ("PERSON", "ORG"):
        return None
    return first.root


# Nouns for the words just quoted ("Those were the words of NAME", "The remarks came from NAME").
_QUOTED_WORDS = frozenset({"word", "remark", "comment"})


def _words_of(d: _Document, quote: Quote) -> Token | None:
    """'"..." Those were the words of NAME' (or 'The words are those of NAME', 'Those words were
    spoken ... by NAME'), in the sentence right after a quote that ends its own, in its
    paragraph or opening the next: the person the words are 'of' or 'by'."""
    last = d.sentence_index(max(quote.end - 1, quote.start))
    if last + 1 >= len(d.sents) or d.body[quote.end : d.sents[last].end_char].strip():
        return None
    after = d.sents[last + 1]
    if d.paragraph(after.start_char) > d.paragraph(quote.start) + 1:
        return None
    if not any(t.lemma_.lower() in _QUOTED_WORDS and t.pos_ == "NOUN" for t in after[:4]):
        return None
    for token in after:
        if (
            token.dep_ == "pobj"
            and token.head.lower_ in ("of", "by")
            and token.idx > quote.end
            and (token.ent_type_ in ("PERSON", "ORG") or token.pos_ == "PROPN")
        ):
            return token
    return None


def _leading_titles(span: SpacySpan) -> int:
    """How many title words open the span ('Dr', 'Minister') before the name."""
    n = 0
    for token in span:
        if token.ent_type_ == "PERSON":
            break
        n += 1
    return n if n <= 3 else -1


def _objects_of_in(cue: Token) -> list[Token]:
    return [
        obj
        for prep in cue.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _in_report(cue: Token) -> bool:
    """'said in its report', 'wrote in the report'."""
    return any(
        obj.lemma_.lower() in lex.REPORT_NOUNS or ends_in_report(obj) for obj in _objects_of_in(cue)
    )


def _issues_a_statement(token: Token) -> bool:
    """'the embassy issued a press release': a verb putting out a written statement."""
    return token.lemma_.lower() in lex.ISSUING_LEMMAS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _WRITTEN for c in token.children
    )


def _statement_reads(token: Token) -> bool:
    """'the embassy's statement read:': a written statement's words, by the verb 'read'."""
    return token.lemma_.lower() == "read" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _WRITTEN for c in token.children
    )


def _is_title(d: _Document, quote: Quote) -> bool:
    """True when a title word introduces the quote ('a report titled "..."'), except the
    headline of a body's own release ('issued a statement headlined "..."'): its words."""
    before = d.doc.char_span(max(quote.start - 40, 0), quote.start, alignment_mode="contract")
    if before is None:
        return False
    cues = [t for t in list(before)[-3:] if t.lemma_.lower() in lex.TITLE_LEMMAS]
    return any(not _issues_a_statement(t.head.head) for t in cues)


def _own_verdict(d: _Document, quote: Quote) -> tuple[Verdict, int]:
    """The verdict of a quote by itself (before continuation rules), and its evidence's end."""
    words = _words(d.body, list(quote.parts))
    n_words = len(words.split())
    if n_words < _MIN_WORDS:
        return NotAStatement("one word: a scare quote"), quote.end
    if quote.is_cut and words.split()[-1].lower() in lex.DANGLING_WORDS:
        return NotAStatement("a cut-off quote that stops mid-phrase"), quote.end
    if _is_title(d, quote):
        return NotAStatement("a title or a headline, not speech"), quote.end
    verdict, end = _attribution(d, quote)
    after = d.body[quote.end : quote.end + 2].lstrip()[:1]
    last_inside = d.body[quote.parts[-1][1] - 1 : quote.parts[-1][1]]
    ends_clause = not after or after in _CLAUSE_ENDS or last_inside in _CLAUSE_ENDS
    if n_words < _MIN_EMBEDDED_WORDS and not ends_clause:
        return NotAStatement("a phrase of two to four words borrowed mid-clause"), quote.end
    return verdict, end


def _sentence_start(d: _Document, pos: int) -> int:
    return min(d.sents[d.sentence_index(pos)].start_char, pos)


def _indirect_speaker(d: _Document, quote: Quote, since: int) -> Verdict:
    """The speaker of the indirect speech just before a quote (the last reporting verb of the
    two sentences before it, after ``since``), if a person."""
    first = d.sentence_index(quote.start)
    for sent in reversed(d.sents[max(first - 2, 0) : first]):
        if sent.start_char < since:
            break
        for token in reversed(list(sent)):
            subject = _speech_noun_of(token)
            if subject is None:
                if token.lemma_.lower() not in lex.REPORTING_LEMMAS or token.pos_ != "VERB":
                    continue
                subject = _cue_subject(token)
            if subject is None or d.in_quote(subject.idx):
                continue
            verdict = d.speakers.resolve(subject, token.idx)
            if isinstance(verdict, Found) and verdict.speaker.is_person:
                return verdict
            return NO_ATTRIBUTION
    return NO_ATTRIBUTION


def _speech_noun_of(token: Token) -> Token | None:
    """'comments from NAME drew attention', 'remarks by NAME': whose speech a noun for words
    spoken names, the quote paragraph after it being those words."""
    if token.lemma_.lower() not in lex.SPEECH_NOUNS or token.pos_ != "NOUN":
        return None
    # the one person named in the noun's phrase, wherever the parser hung the name
    people = {t.ent_iob_ == "B" and t.i for t in token.subtree if t.ent_type_ == "PERSON"}
    people.discard(False)
    if len(people) == 1:
        return token.doc[people.pop()]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _block_quotes(d: _Document) -> Iterator[Quote]:
    """A line set off after a line that ends in a colon and introduces speech ('As she
    explains:', 'to quote from the article:'), with no quote mark of its own: a block quote,
    the whole line."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(d.body)]
    for (line_start, b), (start, end) in itertools.pairwise(lines):
        intro = d.body[line_start:b].rstrip()
        block = d.body[start:end]
        if not intro.endswith(":") or _QUOTE_MARK.match(block) or len(block.split()) < 8:
            continue
        if d.in_quote(start) or d.in_quote(b - 1):
            continue
        # the parse reads the line break as a space: the intro's words are those before it
        last = d.sents[d.sentence_index(b - 1)]
        if any(_introduces_speech(t) for t in last if t.idx < b):
            yield Quote(((start, end),), start, end)


def _introduces_speech(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and (lemma in lex.REPORTING_LEMMAS or lemma == "quote")


def _quoted_from(token: Token) -> Token | None:
    """'to quote from the article:': the writing quoted, which speaks for its author."""
    if token.lemma_.lower() != "quote" or _is_quoted_person(token):
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "in"):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _read_quotes(ctx: DocumentContext) -> Iterator[_Read]:
    """Every quote of the document with its verdict, the continuation rules applied."""
    quotes = find_quotes(ctx.text)
    if not quotes and ":" not in ctx.text:
        return
    d = _Document(ctx, quotes)
    quotes = sorted([*quotes, *_block_quotes(d)], key=lambda q: q.start)
    if not quotes:
        return
    d = _Document(ctx, quotes)
    reads: list[_Read] = []
    for quote in quotes:
        verdict, end = _own_verdict(d, quote)
        start = _sentence_start(d, quote.start) if isinstance(verdict, Found) else quote.start
        reads.append(
            _Read(
                verdict,
                quote,
                list(quote.parts),
                start,
                end,
                d.paragraph(quote.start),
                d.leads_paragraph(quote.start),
            )
        )
    yield from _continue(d, reads)


def _continue(d: _Document, reads: list[_Read]) -> Iterator[_Read]:
    """Apply the continuation rules (module docstring) and yield the reads in order."""
    done: list[_Read] = []
    for i, read in enumerate(reads):
        previous = done[-1] if done else None
        if not isinstance(read.verdict, NoAttribution):
            if (
                previous is not None
                and isinstance(read.verdict, Found)
                and isinstance(previous.verdict, Found)
                and previous.paragraph == read.paragraph
                and previous.verdict.speaker.name == read.verdict.speaker.name
                and (
                    not d.body[previous.end : read.quote.start].strip()
                    or read.quote.start in d.from_written
                )
            ):
                _extend(previous, read)  # '"A," said NAME. "B," she added.'
                continue
            done.append(read)
            continue
        if previous is not None and isinstance(previous.verdict, Found):
            between = d.body[previous.end : read.quote.start]
            if previous.paragraph == read.paragraph and not between.strip():
                _extend(previous, read)  # '"A," he said. "B."'
                continue
            if read.leads and read.paragraph == previous.paragraph + 1:
                read.verdict = previous.verdict
                read.start = read.quote.start
                done.append(read)
                continue
        if read.leads:
            following = reads[i + 1] if i + 1 < len(reads) else None
            if (
                following is not None
                and isinstance(following.verdict, Found)
                and following.paragraph == read.paragraph + 1
                and following.leads
            ):
                read.verdict = following.verdict
                done.append(read)
                continue
            since = previous.quote.end if previous is not None else 0
            indirect = _indirect_speaker(d, read.quote, since)
            if isinstance(indirect, Found):
                read.verdict = indirect
            elif previous is not None and _pull_quote_of(d, done, read):
                read.verdict = previous.verdict
                read.start = read.quote.start
        done.append(read)
    yield from done


def _pull_quote_of(d: _Document, done: list[_Read], read: _Read) -> bool:
    """A quote that is a paragraph of its own, a few paragraphs after a person's statement with
    no one else named between, when that person is the only one quoted so far, is more of that
    person's words (a pull quote set off by the editor, the speaker named once above)."""
    previous = done[-1]
    if read.quote.is_cut:  # an unclosed mark: where the words end is a guess
        return False
    if not isinstance(previous.verdict, Found) or not previous.verdict.speaker.is_person:
        return False
    quoted = {r.verdict.speaker.name for r in done if isinstance(r.verdict, Found)}
    if len(quoted) > 1:
        return False
    if not 0 < read.paragraph - previous.paragraph <= _PULL_QUOTE_PARAGRAPHS:
        return False
    paragraph = d.ctx.paragraphs[read.paragraph]
    alone = d.body[paragraph.start : read.quote.start] + d.body[read.quote.end : paragraph.end]
    if alone.strip(" .,;:!?"):
        return False
    speaker = previous.verdict.speaker.name.split()
    between = d.doc.char_span(previous.end, read.quote.start, alignment_mode="contract")
    others = [
        e
        for e in (between.ents if between is not None else ())
        if e.label_ in ("PERSON", "ORG") and not set(e.text.split()) & set(speaker)
    ]
    return not others


def _extend(statement: _Read, more: _Read) -> None:
    """Add the next part of a quote split by its attribution ('"A," he said. "B."')."""
    statement.parts.extend(more.quote.parts)
    statement.end = max(statement.end, more.end)


__all__ = ["ReportWords", "extract_statements", "quote_verdicts"]
