"""Statements: direct quotes and who said them, with the sentence(s) that show both.

A statement is a quote in quote marks attributed by a reporting verb next to it ('"...," NAME,
TITLE, said'; 'NAME said: "..."'; '"...," she said'; 'according to NAME'), the continuation of
such a quote ('"...," he said. "..."' is one statement), or a block introduced by "As they
explain:" / "to quote from the article:", which belongs to the quoted article's named author
("reported in The Washington Post by NAME of ORG").

Decisions:
- The report's own words are left out: quotes attributed to "the report", "the document", "it",
  and partial quotes inside a sentence that names a report ('In its 2015 Trafficking in Persons
  report, US officials say Cambodia "does not fully comply ..."') are official text, not
  statements. A named organisation speaking ("the US Embassy said") is kept, the organisation
  being the speaker.
- Partial quotes inside indirect speech ('Burkhalter said ... it has "a distance to go."') are
  kept when the sentence opens with a nameable speaker and a reporting verb and the quote has at
  least four words; shorter quoted phrases without an adjacent verb are scare quotes.
- Ambiguity yields nothing: "they"/"it", an unknown surname, two people sharing a surname, a
  pronoun with no person named in the last ~8 sentences, a quote with no visible speaker.

Not handled: a quote running over several paragraphs whose first paragraph has no closing mark
(the first paragraph is lost); a speaker named only after the quote's sentence ('"..." / Smith
said.' as two sentences); quotes containing a straight quote mark of the other kind.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.context import DocumentContext
from loaders.extract.events import document_country
from loaders.extract.sentences import Span
from loaders.extract.speakers import (
    NAME,
    REPORT,
    Pending,
    People,
    Speaker,
    is_name,
    parse_speaker,
)
from loaders.lexicon.speech import (
    ACCORDING_TO,
    NOT_NAME_WORDS,
    REPORTING_VERBS,
    VERB_COMPLEMENTS,
)
from loaders.organisations import organisation_named
from loaders.schema import Statement

_NOT_QUOTE = '“”"„«»'
# The pattern starts with a character class (the opening marks) so the regex engine skips ahead
# in C; "(?<![\w].)" then checks that the mark does not follow a letter.
_QUOTE_RE = re.compile(
    r"[“\"„«‘'](?<![\w].)"
    rf"(?:(?<=[“\"„«])(?P<q>[^{_NOT_QUOTE}\n]+(?:\n(?![ \t]*\n)[^{_NOT_QUOTE}\n]*)*)[”\"»]"
    r"|(?<=[‘'])(?P<sq>[^‘’'“”\"\n]+(?:[’'](?=\w)[^‘’'“”\"\n]*)*)[’'])(?![\w])"
)
_VERB = r"(?:" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True)) + r")"
_AUX = r"(?:(?:also|later|then|has|had|once|again|recently)\s+)?"
_COMPLEMENT = r"(?:" + "|".join(re.escape(c) for c in VERB_COMPLEMENTS) + r")"
# The first reporting verb of a clause: '"...," Blair Burns, IJM's vice president, said ...'.
_FIRST_VERB = re.compile(rf"\s{_AUX}(?P<verb>{_VERB})\b")
# '"...," said John Smith, director of X.'
_TAIL_VERB_WHO = re.compile(rf"^\s*[,;]?\s*(?P<verb>{_VERB})\s+(?P<who>[^“”\"«]+?)\s*[.!?]?\s*$")
_TAIL_ACCORDING = re.compile(
    rf"^\s*[,;]?\s*{ACCORDING_TO}\s+(?P<who>[^“”\"«]+?)\s*[.!?]?\s*$", re.I
)
# 'Burkhalter said, "...' / 'Sharpe told VOA: "...' / 'According to Sharpe, "...'
_HEAD_VERB_END = re.compile(
    rf"\s{_AUX}(?P<verb>{_VERB})"
    rf"(?:\s+(?:{_COMPLEMENT}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}|reporters|journalists))?"
    r"\s*[,:]?\s*$"
)
_HEAD_ACCORDING = re.compile(rf"(?:^|[,;]\s*){ACCORDING_TO}\s+(?P<who>[^,“”\"«]+?)\s*,\s*$", re.I)
# Leading words that are not part of the speaker ("But", "In a statement,").
_LEAD = re.compile(
    r"^(?:(?:But|And|Yet|So|Still|However|Meanwhile|Now|Also|Separately|Instead)\b,?\s+)?"
    r"(?:(?:In|On|At|Last|Earlier|Later|Speaking|During|After|Before|Asked|Writing|When)\b"
    r"[^,]{0,80},\s+)?"
)
_WHO_TAIL_CUT = re.compile(
    rf",\s+(?:who|whose|which|adding|according|referring|noting|speaking|as|when|after|while)\b.*$"
    rf"|\s+(?:{_COMPLEMENT}|in\s+(?:an?|the|its|her|his)\s+\w+(?:\s+\w+)?)\s*$",
    re.S,
)
_REPORT_IN_REST = re.compile(r"\bin\s+(?:its|the|this|their)\s+(?:\w+\s+){0,4}report\b", re.I)
_REPORT_CUE = re.compile(r"\b(?:report|TIP|Trafficking\s+in\s+Persons)\b")
_TITLE_CUE = re.compile(
    r"\b(?:titled|entitled|headlined|called|named|dubbed|headline|book|film|documentary|"
    r"op-ed|article|column|campaign|slogan)\s*[:,]?\s*$",
    re.I,
)
# "reported in The Washington Post by Holly Burkhalter of International Justice Mission (IJM)"
_AUTHOR_WORK = re.compile(
    r"\b(?:written|reported|published|wrote|authored|penned|article|op-ed|column|piece|essay)\b"
    r"[^.:;“”\"]*$"
)
_AUTHOR_RE = re.compile(
    rf"by\s+(?P<name>{NAME})"
    r"(?:,?\s+(?:of|from|at)\s+(?:the\s+)?(?P<org>[A-Z][^,.;:()]{1,80}?))?"
    r"(?=\s*\(|\s*[,.;:]|\s+(?:there|is|was|and|who|in|on)\b|\s*$)"
)
_AUTHOR_CUE = re.compile(
    r"(?:\b(?:as|what)\s+(?P<who>they|she|he|it|the\s+(?:article|author|op-ed|piece))\s+"
    r"(?:explains?|writes?|wrote|puts?\s+it|says?|notes?|argues?|continues?)"
    r"|\bto\s+quote\s+(?:from\s+)?(?:the|her|his)\s+(?:article|op-ed|piece|author)"
    r"|\b(?:the|her|his)\s+(?:article|op-ed|piece)\s+(?:says|explains|reads|continues|notes))"
    r"\s*:\s*$",
    re.I,
)
_SUBJECT_RE = re.compile(
    r"^\W{0,2}(?P<who>(?:the\s+)?[A-Z][^,“”\"«;:]{0,80}?(?:,\s+[^,“”\"«;:]{2,150},)?)\s+"
    r"(?:(?:has|have|had|also|is|was|will|would|could|later)\s+)?"
    r"(?P<verb>(?!(?:of|and|or|in|on|for|to|the|at|from|with|de)\b)[a-z]+)\b"
)
_FULL_NAME_RE = re.compile(r"[A-Z](?<![\w.].)[a-z]+(?:\s+[A-Z][a-z]+){1,2}(?![\w’'])")
_PRONOUN_WINDOW = 1200  # characters (~8 sentences): a "she said" further away is ambiguous


@dataclass
class _Draft:
    speaker: Speaker
    parts: list[str]
    start: int
    end: int
    paragraph: int
    last_close: int = 0  # where the last quote part closed


class _Reader:
    """One document's quotes, read in order, with the people named so far."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.body = ctx.document.body
        self.sentence_starts = [s.start for s in ctx.sentences]
        self.paragraph_starts = [p.start for p in ctx.paragraphs]
        self.people = People()
        self.author: Speaker | None = None
        self._read_subjects: set[int] = set()  # sentences already read for their subject
        self._read_names: set[int] = set()  # sentences already read for full names
        self._authors()

    def _sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def _sentences_with(self, needle: str, before: int) -> list[int]:
        """Indexes of the sentences before ``before`` that contain ``needle`` (str.find: fast)."""
        found: list[int] = []
        pos = self.body.find(needle)
        while pos != -1 and pos < before:
            i = self._sentence_index(pos)
            if not found or found[-1] != i:
                found.append(i)
            pos = self.body.find(needle, pos + 1)
        return found

    def _authors(self) -> None:
        """Authors of quoted articles ("reported ... by NAME of ORG"), remembered as persons."""
        for i in self._sentences_with(" by ", len(self.body)):
            s = self.ctx.sentences[i]
            for by in re.finditer(r"\bby\s", s.text):
                if not _AUTHOR_WORK.search(s.text, max(0, by.start() - 110), by.start()):
                    continue  # "by" of something else than an article
                m = _AUTHOR_RE.match(s.text, by.start())
                if not m:
                    continue
                org = organisation_named(m.group("org")) if m.group("org") else None
                named = parse_speaker(m.group("name"))
                if isinstance(named, Speaker) and named.is_person:
                    self.author = self.people.add(
                        s.start + m.start("name"),
                        Speaker(named.name, org.name if org else "", org.org_type if org else ""),
                    )

    def _read_subject(self, i: int) -> None:
        """Remember the person or organisation a sentence opens with ("NAME, ROLE, thinks")."""
        if i in self._read_subjects:
            return
        self._read_subjects.add(i)
        s = self.ctx.sentences[i]
        text = _LEAD.sub("", s.text, count=1)
        first, _, rest = text.lstrip("“\"‘'(").partition(" ")
        if not first[:1].isupper() and first != "the":
            return  # a subject is a name or an organisation: it starts with a capital
        if first in NOT_NAME_WORDS and not rest[:1].isupper():
            return  # "The report said", "Cambodia remains": no person or organisation first
        m = _SUBJECT_RE.match(text)
        if not m:
            return
        parsed = parse_speaker(m.group("who"))
        if isinstance(parsed, Pending) and parsed.kind == "surname":
            parsed = self.people.resolve(parsed, s.start, _PRONOUN_WINDOW)
        if isinstance(parsed, Speaker):
            self.people.add(s.start, parsed)

    def _prepare(self, pending: Pending, pos: int) -> None:
        """Read what resolving ``pending`` needs: recent subjects, or the surname's mentions."""
        if pending.kind == "surname":
            for i in self._sentences_with(pending.value, pos):
                self._read_subject(i)
                if i not in self._read_names:
                    self._read_names.add(i)
                    for m in _FULL_NAME_RE.finditer(self.ctx.sentences[i].text):
                        if is_name(m.group()):
                            self.people.know(m.group())
            return
        first = self._sentence_index(max(0, pos - _PRONOUN_WINDOW))
        for i in range(first, self._sentence_index(pos) + 1):
            if self.ctx.sentences[i].start < pos:
                self._read_subject(i)

    def sentence(self, pos: int) -> Span:
        return self.ctx.sentences[self._sentence_index(pos)]

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def _speaker(self, who: str, pos: int) -> Speaker | str | None:
        """The speaker a phrase names at ``pos`` (REPORT for the report), remembered in order."""
        parsed = parse_speaker(who)
        if parsed is None and "," in who:  # "In a statement, the embassy"
            parsed = parse_speaker(_LEAD.sub("", who.strip(), count=1))
        if isinstance(parsed, Pending):
            self._prepare(parsed, pos)
            parsed = self.people.resolve(parsed, pos, _PRONOUN_WINDOW)
        if isinstance(parsed, Speaker):
            parsed = self.people.add(pos, parsed)
        return parsed

    def tail_speaker(self, tail: str, pos: int) -> Speaker | str | None | bool:
        """Attribution after the quote; False when the tail holds no attribution at all."""
        for pattern in (_TAIL_VERB_WHO, _TAIL_ACCORDING):
            m = pattern.match(tail)
            if m:
                return self._speaker(_WHO_TAIL_CUT.sub("", m.group("who")), pos)
        m = _FIRST_VERB.search(tail)
        if m:
            who = tail[: m.start()].strip().lstrip(",;").strip()
            if who and len(who) <= 220 and not _has_quote_mark(who + tail[m.end() :]):
                if _REPORT_IN_REST.search(tail, m.end()):
                    return REPORT
                return self._speaker(who, pos)
        return False

    def head_speaker(self, head: str, pos: int) -> Speaker | str | None | bool:
        """Attribution right before the quote; False when there is none."""
        m = _HEAD_ACCORDING.search(head) if "ccording" in head else None
        if m:
            who = m.group("who")
        else:
            m = _HEAD_VERB_END.search(head)
            if not m or _has_quote_mark(head[: m.start()]):
                return False
            who = head[: m.start()]
        who = _LEAD.sub("", who.strip(), count=1)
        return self._speaker(_WHO_TAIL_CUT.sub("", who), pos)

    def opening_speaker(self, head: str, pos: int) -> Speaker | str | None | bool:
        """The speaker a sentence opens with: 'Burkhalter said ... "a distance to go."'."""
        text = _LEAD.sub("", head, count=1).lstrip(" ([-—–*")
        m = _FIRST_VERB.search(text, 0, 200)
        if not m or m.start() > 160 or _has_quote_mark(text[: m.start()]):
            return False
        return self._speaker(text[: m.start()], pos)

    def intro_speaker(self, intro: str, pos: int) -> Speaker | str | None | bool:
        """The speaker of a block after "As they explain:" or "NAME said:"; False if no intro."""
        m = _AUTHOR_CUE.search(intro)
        if m:
            who = (m.group("who") or "").lower()
            if who in ("he", "she"):
                return self._speaker(who, pos)
            return self.author
        if intro.rstrip().endswith(":"):
            return self.head_speaker(intro, pos)
        return False


def _has_quote_mark(text: str) -> bool:
    return any(mark in text for mark in "“”\"«»‘")


def _clean(quote: str) -> str:
    return quote.strip().rstrip(",").strip()


def _joined(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


def _statement(ctx: DocumentContext, draft: _Draft, iso3: str) -> Statement:
    body = ctx.document.body
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


def _blocks(reader: _Reader) -> Iterator[_Draft]:
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


def extract_statements(ctx: DocumentContext) -> Iterator[Statement]:
    """Every attributed direct quote of the document (see the module docstring for the rules)."""
    body = ctx.document.body
    if ctx.reference.year is None:
        return  # a statement's year is its document's year: unknown means no statement
    if not any(mark in body for mark in "“\"„«‘'") and ":" not in body:
        return
    reader = _Reader(ctx)
    iso3 = document_country(body)
    blocks = list(_blocks(reader))
    for block in blocks:
        yield _statement(ctx, block, iso3)
    draft: _Draft | None = None
    for m in _QUOTE_RE.finditer(body):
        opener = m.start()
        if any(b.start <= opener < b.end for b in blocks):
            continue  # a quote inside a quoted block belongs to the block
        quote = _clean(m.group("q") if m.group("q") is not None else m.group("sq"))
        n_words = len(quote.split())
        sentence = reader.sentence(opener)
        closer_sentence = reader.sentence(m.end() - 1)
        tail_end = closer_sentence.end if closer_sentence.end > m.end() else m.end()
        nxt = _QUOTE_RE.search(body, m.end(), tail_end)
        if nxt:
            tail_end = nxt.start()
        tail = body[m.end() : tail_end]
        head_start = sentence.start
        if draft is not None and draft.end > head_start and draft.end <= opener:
            head_start = draft.end
        head = body[head_start:opener]
        paragraph = reader.paragraph(opener)
        start, adjacent = sentence.start, True
        speaker = reader.tail_speaker(tail, opener)
        if speaker is False and draft is not None and paragraph == draft.paragraph:
            if not body[draft.end : opener].strip():  # '"...," he said. "..."': one statement
                if (
                    body[draft.last_close : opener].strip().endswith(".")
                    and draft.parts[-1][-1:].isalnum()
                ):
                    draft.parts[-1] += "."  # the attribution ended the quote's first sentence
                draft.parts.append(quote)
                draft.last_close = m.end()
                draft.end = max(draft.end, _trim_end(body, tail_end))
                continue
        if speaker is False and _TITLE_CUE.search(head):
            speaker = None  # a headline or a book title, not speech
        if speaker is False:
            speaker = reader.head_speaker(head, opener)
        if speaker is False and not head.strip():
            previous = reader.sentence(sentence.start - 1) if sentence.start else None
            if previous is not None and previous.text.endswith(":"):
                speaker = reader.intro_speaker(previous.text, previous.start)
                start = previous.start
        if speaker is False and n_words >= 4 and not _REPORT_CUE.search(head):
            opening = reader.opening_speaker(head, opener)
            if opening is not False:
                speaker, adjacent = opening, False
        if (
            speaker is False
            and draft is not None
            and paragraph == draft.paragraph + 1
            and not head.strip()
            and not body[draft.end : opener].strip()
        ):
            speaker = draft.speaker  # a quote paragraph right after the speaker's last one
        if draft is not None:
            yield _statement(ctx, draft, iso3)
            draft = None
        if not isinstance(speaker, Speaker) or n_words < 2 or (n_words < 4 and not adjacent):
            continue  # the report's words, nobody visible, or a scare quote
        draft = _Draft(speaker, [quote], start, _trim_end(body, tail_end), paragraph, m.end())
    if draft is not None:
        yield _statement(ctx, draft, iso3)


def _trim_end(body: str, end: int) -> int:
    while end > 0 and body[end - 1].isspace():
        end -= 1
    return end
