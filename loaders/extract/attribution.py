"""Attribution: who a quote's neighbouring words name as its speaker, read against the document.

``Attributions(ctx)`` holds one document's persons and organisations (authors of quoted articles,
subjects of recent sentences, full names) and answers, for the words after, before or introducing
a quote, with an AttributionResult (verdicts.py): Found(speaker), ReportWords (the report's own
words), Nobody (a speaker is named but cannot be resolved: ambiguity yields nothing, with the
reason) or NO_ATTRIBUTION (no attribution there at all). Sentences are read lazily, only where a
pronoun, a surname or a group noun needs them.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from loaders.extract.context import DocumentContext
from loaders.extract.sentences import Span
from loaders.extract.speakers import (
    NAME,
    PRONOUN_WINDOW,
    Pending,
    People,
    Speaker,
    is_name,
    joined_titles,
    one_of,
    org_speaker,
    parse_speaker,
    proper_name,
)
from loaders.extract.verdicts import (
    NO_ATTRIBUTION,
    AttributionResult,
    Found,
    NoAttribution,
    Nobody,
    ReportWords,
)
from loaders.lexicon import speech as lex
from loaders.organisations import find_organisations, organisation_named

_VERB = r"(?:" + "|".join(sorted(lex.REPORTING_VERBS, key=len, reverse=True)) + r")"
_AUX = rf"(?:{one_of(lex.BEFORE_VERB)}\s+)?"
_COMPLEMENT = r"(?:" + "|".join(re.escape(c) for c in lex.VERB_COMPLEMENTS) + r")"
# The first reporting verb of a clause: '"...," Blair Burns, IJM's vice president, said ...'.
_FIRST_VERB = re.compile(rf"\s{_AUX}(?P<verb>{_VERB})\b")
# '"...," said John Smith, director of X.'
_TAIL_VERB_WHO = re.compile(rf"^\s*[,;]?\s*(?P<verb>{_VERB})\s+(?P<who>[^“”\"«]+?)\s*[.!?]?\s*$")
# '"...," in the upcoming report, said NAME': a short phrase of the quote's before the verb.
_TAIL_AFTER_PHRASE = re.compile(
    rf"^[^“”\"«,.;]{{1,60}},\s*(?P<verb>{_VERB})\s+(?P<who>[^“”\"«]+?)\s*[.!?]?\s*$"
)
# "..., the US Embassy said in a statement.": indirect speech told at the sentence's end.
_SAID_AT_END = re.compile(
    rf",\s+(?P<who>[^,“”\"«;:]{{2,120}}?)\s+{_AUX}(?:{_VERB})\b[^,“”\"«;:]{{0,80}}[.!?]?\s*$"
)
# A quoted word or two inside indirect speech: "disappointed", "the naughty step".
_SHORT_QUOTE = re.compile(r"[“\"‘]\w+(?:[\s-]\w+)?[,.]?[”\"’]")
# "but, Sar Kheng said, their history ...": an attribution set off by commas inside a sentence.
_SAID_INSIDE = re.compile(rf",\s+(?P<who>[^,“”\"«;:]{{2,80}}?)\s+(?:{_VERB}),")
_TAIL_ACCORDING = re.compile(
    rf"^\s*[,;]?\s*{lex.ACCORDING_TO}\s+(?P<who>[^“”\"«]+?)\s*[.!?]?\s*$", re.I
)
# 'Burkhalter said, "...' / 'Sharpe told VOA: "...' / 'According to Sharpe, "...'
_HEAD_VERB_END = re.compile(
    rf"\s{_AUX}(?P<verb>{_VERB})"
    rf"(?:\s+(?:{_COMPLEMENT}|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}|{'|'.join(lex.AUDIENCES)}))?"
    r"\s*[,:]?\s*$"
)
# Cheap tests before the "according to" patterns (matched in any case): the words without their
# first letter, which may be either case.
_ACCORDING_WORD = lex.ACCORDING_TO.split()[0][1:]  # "ccording"
_ACCORDING_PHRASE = lex.ACCORDING_TO[1:]  # "ccording to"
_HEAD_ACCORDING = re.compile(
    rf"(?:^|[,;]\s*){lex.ACCORDING_TO}\s+(?P<who>[^,“”\"«]+?)\s*,\s*$", re.I
)
# Leading words that are not part of the speaker ("But", "In a statement,").
_LEAD = re.compile(
    rf"^(?:{one_of(lex.LEAD_CONNECTIVES)}\b,?\s+)?(?:{one_of(lex.LEAD_PHRASE_WORDS)}\b[^,]{{0,80}},\s+)?"
)
# What joins an attribution to a quote before it: '"...," but Mr. Siphan said: "..."'.
_JOINER = re.compile(rf"^[\s,;:.]*(?:{one_of(lex.JOINERS)}\s+)?")
_REPORT_CUE = re.compile(rf"\b{one_of(lex.REPORT_CUES)}\b")
# A lead that makes the words after it a report's: "In its 2015 TIP report, ..." (not "Asked
# about the report, ...": someone answering)
_REPORT_LEAD = re.compile(
    rf"\W*(?:[Ii]n|[Ff]rom)\s+(?:its|the|this|their|a|an)\b[^,]*?\b{one_of(lex.REPORT_CUES)}\b"
)
# A quote's speaker named by the sentence after it: "Mary Lane said.", "The words are those of
# NAME, who ...", "So said NAME.", "Those were the words of NAME."
_NEXT_SENTENCE_WHO = re.compile(
    rf"\s*(?:{'|'.join(lex.WORDS_OF)})\s+(?P<who>[^“”\"«]+?)\s*[.!]?\s*$"
)
_NEXT_SENTENCE_SAID = re.compile(
    rf"\s*(?P<who>[A-Z][^,“”\"«;:]{{1,80}}?)\s+{_AUX}(?:{_VERB})"
    rf"(?:\s+{_COMPLEMENT}|\s+{one_of(lex.AFTER_VERB_PREPOSITIONS)}\s+[^“”\"«]{{1,60}}"
    rf"|\s+{one_of(lex.RELATIVE_DAYS)})?\s*[.!]\s*$"
)
# "the Ministry of Home Affairs (MHA)": a name and the acronym it goes by afterwards
_GLOSSED = re.compile(
    rf"(?P<name>{proper_name(lex.BODY_NAME_CONNECTORS)})\s+\((?P<acronym>[A-Z]{{2,8}})\)"
)
_NAME_GOES_ON = re.compile(r"\s[A-Z][a-z]+\b(?!['’]s)")
_WHO_TAIL_CUT = re.compile(
    rf",\s+{one_of(lex.AFTER_SPEAKER_CLAUSES)}\b.*$"
    rf"|\s+(?:{_COMPLEMENT}|in\s+(?:an?|the|its|her|his)\s+\w+(?:\s+\w+)?)\s*$",
    re.S,
)
_REPORT_IN_REST = re.compile(rf"\b{lex.IN_THE_REPORT}\b", re.I)
# "reported in The Washington Post by Holly Burkhalter of International Justice Mission (IJM)"
_AUTHOR_WORK = re.compile(rf"\b{one_of(lex.AUTHORSHIP_WORDS)}\b[^.:;“”\"]*$")
_AUTHOR_RE = re.compile(
    rf"by\s+(?P<name>{NAME})"
    r"(?:,?\s+(?:of|from|at)\s+(?:the\s+)?(?P<org>[A-Z][^,.;:()]{1,80}?))?"
    r"(?=\s*\(|\s*[,.;:]|\s+(?:there|is|was|and|who|in|on)\b|\s*$)"
)
# "As she writes:", "to quote from the article:", "The op-ed reads:" (the author, or an article's)
_WRITER = one_of((*lex.WRITINGS, "author"))
_AUTHOR_CUE = re.compile(
    rf"(?:\b(?:as|what)\s+(?P<who>{'|'.join(lex.WRITER_PRONOUNS)}|the\s+{_WRITER})\s+"
    rf"{one_of(lex.WRITER_VERBS)}"
    rf"|\bto\s+quote\s+(?:from\s+)?(?:the|her|his)\s+{_WRITER}"
    rf"|\b(?:the|her|his)\s+{one_of(lex.WRITINGS)}\s+{one_of(lex.WRITING_VERBS)})"
    r"\s*:\s*$",
    re.I,
)
_NOT_A_VERB = rf"(?!{one_of(lex.NOT_VERBS)}\b)"
_SUBJECT_RE = re.compile(
    r"^\W{0,2}(?P<who>(?:the\s+)?[A-Z][^,“”\"«;:]{0,80}?(?:,\s+[^,“”\"«;:]{2,150},)?)\s+"
    rf"(?:{one_of(lex.SUBJECT_AUXILIARIES)}\s+)?"
    rf"(?P<verb>{_NOT_A_VERB}[a-z]+)\b"
)
# "According to NAME, ROLE, the figures fell": a person introduced with a role, no quote.
_ACCORDING_SUBJECT = re.compile(
    rf"^{lex.ACCORDING_TO}\s+(?P<who>[^,“”\"«;:]{{2,80}}(?:,\s+[^,“”\"«;:]{{2,150}})?),", re.I
)
# "The figures fell, according to NAME, ROLE.": the same, at the sentence's end.
_ACCORDING_LATE = re.compile(
    rf",\s+{lex.ACCORDING_TO}\s+(?P<who>[^,“”\"«;:]{{2,80}}(?:,\s+[^,“”\"«;:]{{2,150}}?)?)"
    r"(?:,|\s*[.!?]?\s*$)",
    re.I,
)
# "Rights director Glorene Das believes ...": words before a full name, then a lower-case verb.
# Not after two people ("A of X and B of Y spoke": a pronoun then has no one speaker) nor after
# a reporting verb ("The report said Prime Minister NAME failed": NAME is not the subject).
_NAMED_SUBJECT = re.compile(
    rf"^(?P<who>(?:(?!(?:\b(?:and|{_VERB})\b|&))[^,“”\"«;:]){{0,60}}?"
    r"[A-Z][a-z]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)+)"
    rf"\s+{_NOT_A_VERB}[a-z]"
)
_CAPITAL = re.compile(r"\b[A-Z]")
# Words before a full name and its verb: "Interior Ministry spokesman Brigadier General Pol Sarith
# rejected", "IACAT chair Undersecretary Lorenzo Bautista was".
_TITLED_SUBJECT = re.compile(
    r"^(?P<who>[^,“”\"«;:]{0,100}?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\s+"
    rf"(?:{one_of(lex.TITLED_SUBJECT_VERBS)}\b|[a-z]+{one_of(lex.VERB_ENDINGS)}\b)"
)
# A dateline before a sentence: "WASHINGTON – ", "PHNOM PENH (Reuters) - ".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{2,40}(?:\s*\([^)]{1,40}\))?\s*[–—-]+\s*")
_FULL_NAME_RE = re.compile(r"[A-Z](?<![\w.-].)[a-z]+(?:\s+[A-Z][a-z]+){1,2}(?![\w’'])")


def has_quote_mark(text: str) -> bool:
    """True when the text holds a double quote mark or an opening single one."""
    return any(mark in text for mark in '“”"«»‘')


def _without_lead(text: str) -> tuple[str, bool]:
    """The text without its leading words ("But", "In a statement,"), and whether those named a
    report as the words' source ("In its 2015 TIP report, ...")."""
    lead = _LEAD.match(text)
    cut = lead.end() if lead else 0
    return text[cut:], bool(cut and _REPORT_LEAD.match(text, 0, cut))


class Attributions:
    """One document's quotes, read in order, with the people named so far."""

    def __init__(self, ctx: DocumentContext) -> None:
        self.ctx = ctx
        self.body = ctx.text
        self.sentence_starts = [s.start for s in ctx.sentences]
        self.paragraph_starts = [p.start for p in ctx.paragraphs]
        self.people = People()
        self.author: Speaker | None = None
        self._read_subjects: set[int] = set()  # sentences already read for their subject
        self._read_names: set[int] = set()  # sentences already read for full names
        self._authors()
        self._publisher()

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

    def _publisher(self) -> None:
        """The page's publisher, when it is an organisation, named before the first sentence: an
        embassy's own statement says "the Embassy said" without ever naming itself."""
        publisher = self.ctx.document.metadata.get("publisher", "")
        found = find_organisations(publisher) if publisher else ()
        if found and found[0].start == 0:
            self.people.add(-1, org_speaker(found[0].organisation))

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
        """Remember the person or organisation a sentence opens with ("NAME, ROLE, thinks"), and
        the speaker of indirect speech told at its end or inside it ("..., NAME said.")."""
        if i in self._read_subjects:
            return
        self._read_subjects.add(i)
        s = self.ctx.sentences[i]
        self._read_said(s)
        text = _LEAD.sub("", _DATELINE.sub("", s.text, count=1), count=1)
        according = _ACCORDING_SUBJECT.match(text)
        if not according and _ACCORDING_PHRASE in text:
            according = _ACCORDING_LATE.search(text)
        first, _, rest = text.lstrip("“\"‘'(").partition(" ")
        if not according and not first[:1].isupper() and first not in ("the", "a", "an"):
            return  # a subject is a name or an organisation: it starts with a capital
        if not according and first in lex.NOT_NAME_WORDS and not _CAPITAL.search(rest, 0, 160):
            return  # "The report said", "Cambodia remains": no name follows ("Police chief NAME")
        phrases = [according.group("who")] if according else self._subject_phrases(text)
        for who in phrases:
            parsed = parse_speaker(who)
            if isinstance(parsed, Pending) and parsed.kind == "surname":
                parsed = self.people.resolve(parsed, s.start)
            if isinstance(parsed, Speaker):
                self.people.add(s.start, parsed)
                return

    def _read_said(self, s: Span) -> None:
        """ "..., the US Embassy said in a statement.", "but, Sar Kheng said, ...": remember that
        speaker, at where they are named."""
        text = _SHORT_QUOTE.sub(lambda q: " " * len(q.group()), s.text)  # "disappointed": words
        if has_quote_mark(text):
            return  # a quote's own attribution is read with the quote
        for pattern in (_SAID_AT_END, _SAID_INSIDE):
            m = pattern.search(text)
            if m:
                parsed = parse_speaker(_WHO_TAIL_CUT.sub("", m.group("who")))
                if isinstance(parsed, Pending) and parsed.kind != "group":
                    parsed = self.people.resolve(parsed, s.start)
                if isinstance(parsed, Speaker):
                    self.people.add(s.start + m.start("who"), parsed)
                    return

    def named_in(self, phrase: str, pos: int) -> Found | Nobody:
        """The first speaker a phrase names, reading from each capitalised word in turn ("ON JUNE
        12th Thailand's embassy to America" -> the embassy)."""
        for m in re.finditer(r"(?<![\w'’])[A-Z]", phrase):
            found = self._speaker(phrase[m.start() :], pos)
            if isinstance(found, Found):
                return found
        return Nobody("no speaker named as the release's sender")

    def colon_subject(self, sentence_head: str, pos: int) -> AttributionResult:
        """'John Miller, the US "Ambassador-at-large ...," put it bluntly: "..."': the subject
        the sentence opens with, before a colon that introduces the quote."""
        text = re.sub(r"[“”\"«»‘’]", " ", _LEAD.sub("", sentence_head.strip(), count=1))
        text = re.sub(r"^As\s+(?=[A-Z])", "", text)  # "As NAME, who runs a shelter, put it:"
        m = _SUBJECT_RE.match(text)
        return self._speaker(m.group("who"), pos) if m else NO_ATTRIBUTION

    def indirect_speaker(self, line_start: int) -> AttributionResult:
        """The speaker the paragraph (or line) before ``line_start`` reports in indirect speech,
        read from its last sentence back ("..., Sar Kheng said, their history ...", "NAME told
        reporters that ...")."""
        end = len(self.body[:line_start].rstrip())
        if end == 0:
            return NO_ATTRIBUTION
        start = self.body.rfind("\n", 0, end) + 1
        first = self._sentence_index(start)
        last = self._sentence_index(end - 1)
        for i in range(last, first - 1, -1):
            s = self.ctx.sentences[i]
            if has_quote_mark(s.text):  # its quote has a speaker of its own
                return NO_ATTRIBUTION
            for pattern in (_SAID_AT_END, _SAID_INSIDE):
                m = pattern.search(s.text)
                if m:
                    return self._speaker(_WHO_TAIL_CUT.sub("", m.group("who")), s.start)
            opening = self.opening_speaker(s.text, s.start)
            if not isinstance(opening, NoAttribution):
                return opening
        return NO_ATTRIBUTION

    def _titled_mentions(self, surname: str, i: int) -> None:
        """Remember "US Secretary of State Condoleezza Rice" (a name with its title) wherever a
        sentence names the surname with more words before it."""
        text = self.ctx.sentences[i].text
        for m in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if _NAME_GOES_ON.match(text, m.end()):
                continue  # "Minister Rahimi Osman": a given name, the full name is elsewhere
            words = text[max(0, m.start() - 90) : m.start()].split()
            for k in range(min(len(words), 8), 0, -1):
                phrase = " ".join([*words[-k:], surname])
                if not phrase[:1].isupper():
                    continue
                parsed = parse_speaker(phrase)
                if isinstance(parsed, Pending) and parsed.is_titled:
                    parsed = parsed.speaker  # "Undersecretary Lorenzo Bautista"
                if (
                    isinstance(parsed, Speaker)
                    and parsed.is_person
                    and parsed.name.endswith(surname)
                ):
                    self.people.add(self.ctx.sentences[i].start + m.start(), parsed)
                    break

    @staticmethod
    def _subject_phrases(text: str) -> list[str]:
        """What may name a sentence's subject, best first: the words before its reporting verb
        ("Tenaganita executive director Glorene Das said ..."), else before its first verb
        ("Kek Galabru, founder of Licadho, was blunt"), else before a full name's verb
        ("Rights director Glorene Das believes")."""
        phrases = []
        verb = _FIRST_VERB.search(text, 0, 200)
        if verb and verb.start() <= 160 and not has_quote_mark(text[: verb.start()]):
            phrases.append(text[: verb.start()])
        titled = _TITLED_SUBJECT.match(text)  # "Interior Ministry spokesman General NAME rejected"
        if titled:
            phrases.append(titled.group("who"))
        subject = _SUBJECT_RE.match(text)
        if subject:
            phrases.append(subject.group("who"))
        named = _NAMED_SUBJECT.match(text)
        if named:
            phrases.append(named.group("who"))
        return phrases

    def _prepare(self, pending: Pending, pos: int) -> None:
        """Read what resolving ``pending`` needs: recent subjects, or the surname's mentions."""
        if pending.kind == "surname":
            for i in self._sentences_with(pending.value, pos):
                self._read_subject(i)
                if i not in self._read_names:
                    self._read_names.add(i)
                    for m in _FULL_NAME_RE.finditer(joined_titles(self.ctx.sentences[i].text)):
                        if is_name(m.group()):
                            self.people.know(m.group())
                    self._titled_mentions(pending.value, i)
            return
        first = self._sentence_index(max(0, pos - PRONOUN_WINDOW))
        for i in range(first, self._sentence_index(pos) + 1):
            if self.ctx.sentences[i].start < pos:
                self._read_subject(i)

    def sentence(self, pos: int) -> Span:
        return self.ctx.sentences[self._sentence_index(pos)]

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """The acronyms the document glosses: "the Ministry of Home Affairs (MHA)" -> MHA."""
        if "(" not in self.body:
            return {}
        return {m.group("acronym"): m.group("name") for m in _GLOSSED.finditer(self.body)}

    def _speaker(self, who: str, pos: int) -> Found | ReportWords | Nobody:
        """The speaker a phrase names at ``pos``, remembered in order."""
        bare = who.strip(" ,")
        if bare.isupper() and bare in self.acronyms:  # "MHA said:": the name glossed before
            who = self.acronyms[bare]
        parsed = parse_speaker(who)
        if isinstance(parsed, Nobody) and "," in who:  # "In a statement, the embassy"
            parsed = parse_speaker(_LEAD.sub("", who.strip(), count=1))
        if isinstance(parsed, Pending):
            self._prepare(parsed, pos)
            parsed = self.people.resolve(parsed, pos)
        if isinstance(parsed, Speaker):
            return Found(self.people.add(pos, parsed))
        return parsed

    def tail_speaker(self, tail: str, pos: int) -> AttributionResult:
        """Attribution after the quote: '"...," NAME, ROLE, said.', '"...," said NAME.'."""
        for pattern in (_TAIL_VERB_WHO, _TAIL_ACCORDING, _TAIL_AFTER_PHRASE):
            m = pattern.match(tail)
            if m:
                return self._speaker(_WHO_TAIL_CUT.sub("", m.group("who")), pos)
        m = _FIRST_VERB.search(tail)
        if m:
            who = tail[: m.start()].strip().lstrip(",;").strip()
            if who and len(who) <= 220 and not has_quote_mark(who + tail[m.end() :]):
                if _REPORT_IN_REST.search(tail, m.end()):
                    return ReportWords("'in its report' after the reporting verb")
                return self._speaker(who, pos)
        return NO_ATTRIBUTION

    def next_sentence_speaker(self, quote_end: int) -> tuple[AttributionResult, int]:
        """(attribution, where it ends): the sentence after a quote that ends its own sentence,
        when that sentence only names who said it ("Mary Lane said.", "The words are those of
        NAME, who ..."); NO_ATTRIBUTION when it does something else or there is none."""
        i = self._sentence_index(quote_end - 1) + 1
        if i >= len(self.ctx.sentences):
            return NO_ATTRIBUTION, quote_end
        nxt = self.ctx.sentences[i]
        if has_quote_mark(nxt.text):
            return NO_ATTRIBUTION, quote_end
        # Only words that name the quote ("Those words were spoken by NAME") reach across a
        # paragraph break; "Mary Lane said." there is a paragraph of its own.
        across = "\n\n" in self.body[quote_end : nxt.start]
        for pattern in (
            (_NEXT_SENTENCE_WHO,) if across else (_NEXT_SENTENCE_WHO, _NEXT_SENTENCE_SAID)
        ):
            m = pattern.match(nxt.text)
            if m:
                return self._speaker(_WHO_TAIL_CUT.sub("", m.group("who")), nxt.start), nxt.end
        return NO_ATTRIBUTION, quote_end

    def head_speaker(self, head: str, pos: int) -> AttributionResult:
        """Attribution right before the quote: 'NAME said, "...', 'According to NAME, "...'."""
        m = _HEAD_ACCORDING.search(head) if _ACCORDING_WORD in head else None
        if m:
            who = m.group("who")
        else:
            m = _HEAD_VERB_END.search(head)
            if not m or has_quote_mark(head[: m.start()]):
                return NO_ATTRIBUTION
            who = head[: m.start()]
        stripped, lead_names_report = _without_lead(_JOINER.sub("", who))
        if lead_names_report:
            # 'In its 2015 TIP report, the State Department says Cambodia "does not ..."'
            return ReportWords("a report named before the reporting verb")
        return self._speaker(_WHO_TAIL_CUT.sub("", stripped), pos)

    def opening_speaker(self, head: str, pos: int) -> AttributionResult:
        """The speaker a sentence opens with: 'Burkhalter said ... "a distance to go."'."""
        text, lead_names_report = _without_lead(head)
        text = text.lstrip(" ([-—–*")
        m = _FIRST_VERB.search(text, 0, 200)
        if not m or m.start() > 160 or has_quote_mark(text[: m.start()]):
            return NO_ATTRIBUTION
        if lead_names_report or _REPORT_CUE.search(text, 0, m.start()):
            # 'Officials in the 2015 TIP report say that Cambodia "does not ..."', 'In its 2015
            # TIP report, the State Department says Cambodia "does not ..."'
            return ReportWords("a report named before the reporting verb")
        return self._speaker(text[: m.start()], pos)

    def intro_speaker(self, intro: str, pos: int) -> AttributionResult:
        """The speaker of a block after "As they explain:" or "NAME said:"."""
        m = _AUTHOR_CUE.search(intro)
        if m:
            who = (m.group("who") or "").lower()
            if who in lex.PERSON_PRONOUNS:
                return self._speaker(who, pos)
            if self.author is None:
                return Nobody("no author of a quoted article named before")
            return Found(self.author)
        if not intro.rstrip().endswith(":"):
            return NO_ATTRIBUTION
        found = self.head_speaker(intro, pos)
        if isinstance(found, NoAttribution):  # "Kek Galabru, founder of Licadho, was blunt:"
            m = _SUBJECT_RE.match(_LEAD.sub("", intro, count=1))
            found = self._speaker(m.group("who"), pos) if m else NO_ATTRIBUTION
        return found
