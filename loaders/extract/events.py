"""Events: things that happened, one per type and year in a document.

A document's events are the release of the report it treats as news, and the happenings it tells:
enforcement (arrests, raids, rescues, convictions, repatriations), funding (grants, aid given or
cut), legislation (a law, plan or agreement adopted or signed), diplomacy (sanctions, waivers,
visits, letters, a government rejecting the report) and research (a study, survey or
investigation published). The same event told in five sentences is one event; two events of one
type in one year are one record too (the first sentence that tells it is the evidence).

The report event: the document has a placement for the report current at its date, and that
report came out in the document's own year (a preview, or a text written months later about an
old report, tells no release). Its evidence is the first sentence placing a country in it.

A happening (lexicon/events.py: a past or perfect verb, a count, a dated noun; or, read on the
parse, a past verb by lemma with its object, however long the object's name) is an event when
its clause does not negate it ("did not prosecute", "no arrests"), does not make it a prospect,
a wish or a recommendation ("could face sanctions", "urged the government to prosecute"), and
is not a general state or trend ("law enforcement efforts", "the number of convictions rose").
Its year: each "N in YEAR" figure of the clause ("36 convicted in 2009 compared to only 11 in
2008": two), else the year written nearest in its clause (a year naming a report dates no
happening), else "that same year": the sentence before's, else "last year", "on Friday" and the
like against the document's date, else the report's reporting period when the report credits it
("the report credited the conviction of 42 traffickers", "found the government had convicted":
the year before the report's), else, for a past verb in a main clause, the document's year.
With none of these, it is no event.

Not handled: years written in words; a happening told over two sentences ("Police raided a
brothel. Nine were arrested in 2014." gives the arrests only); events of more than one country in
one sentence (the sentence's country is the one it names most).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from loaders import gazetteer
from loaders.extract.context import DocumentContext
from loaders.extract.patterns import required_words
from loaders.extract.sentences import Span
from loaders.extract.timeref import compile_lower, lower_same_length
from loaders.lexicon import events as lex
from loaders.lexicon import time as time_lex
from loaders.schema import Basis, Event, EventType, Placement

# Each phrase with the words it needs (patterns.required_words): it is tried only in sentences
# holding one of them.
_PHRASES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = tuple(
    (kind.value, compile_lower(phrase), frozenset(required_words(phrase)))
    for kind, phrases in lex.EVENT_PHRASES.items()
    for phrase in phrases
)


def _phrases_by_gate_word() -> dict[str, list[int]]:
    """Each gate word once, with the phrases (indexes into _PHRASES) it opens: a sentence tries
    only the phrases its words open, each word looked for once rather than once a phrase."""
    gated: dict[str, list[int]] = {}
    for i, (_, _, words) in enumerate(_PHRASES):
        for word in words:
            gated.setdefault(word, []).append(i)
    return gated


_GATED = _phrases_by_gate_word()
_UNGATED = [i for i, (_, _, words) in enumerate(_PHRASES) if not words]
_NEGATED = compile_lower(lex.NEGATION_BEFORE)
_NEGATED_SUBJECT = compile_lower(lex.NEGATED_SUBJECT)
_AGENT = compile_lower(lex.AGENTS)
# A named actor right before the verb, perhaps with an auxiliary: "Brunei has rejected"
_NAMED = re.compile(
    r"(?:\b[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)*|\b[A-Z]{2,}|\b[A-Z](?:[&.][A-Z])+\.?)\s*"
    r"(?:(?:has|have|had|also|again|already|now|swiftly|quickly)\s+)*$"
)
_ASSESSED = re.compile(r"\b(?:the\s+)?government\b|\bauthorities\b")
_COMMA = re.compile(r"[,—–]")
_COUNTED = frozenset({EventType.ENFORCEMENT.value, EventType.FUNDING.value})
# What an assessed government did, told with news of its report, happened in the report's period.
_DONE_IN_PERIOD = _COUNTED | {EventType.LEGISLATION.value}
_RESEARCH = EventType.RESEARCH.value
_RESEARCH_REACH = 40  # a study's year stands near it ("a 2013 survey", "published in 2013")
_BY_SOMEONE = re.compile(r"\s+(?:\S+\s+){0,2}?by\s+[a-z]")
_YEAR_RUN = re.compile(r"(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:and\s+)?(?:19|20)\d\d)*")
_MONTHS = {name: i % 12 + 1 for i, name in enumerate(time_lex.MONTHS.split("|")) if len(name) > 3}
_MONTH_ALONE = re.compile(
    rf"\b(?P<when>in|on|since|last)\s+(?:(?:early|late|mid)[\s-]+)?(?P<month>{'|'.join(_MONTHS)})\b"
    r"(?!\s+\d{1,2},?\s+(?:19|20)\d\d)(?!\s+(?:19|20)\d\d)"
)
# "In 2019, the group published a survey": a year opening the sentence dates all it tells.
_OPENING_YEAR = re.compile(
    r"\W*(?:in|since|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_NOT_YET = compile_lower(lex.NOT_YET)
_GENERAL = compile_lower(lex.GENERAL)
_CREDITS = compile_lower(lex.REPORT_CREDITS)
_NOW = compile_lower(lex.HAPPENED_NOW)
_LAST_YEAR = compile_lower(lex.HAPPENED_LAST_YEAR)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|whereas|although|though|however)\b|\(|\)")
_YEAR = re.compile(r"(?<![\d$,.])(?:19[89]\d|20[0-3]\d)(?!\d)(?!,\d)")
_FIGURE_YEAR = re.compile(
    r"(?<![\w.])(?:\$?\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+dozen|dozens|hundreds)\s+(?:\w+\s+){0,2}?in\s+(?P<year>(?:19|20)\d\d)\b"
)
# A year that names a TIP report ("the 2015 TIP report") dates the report, not a happening.
_REPORT_YEAR = re.compile(
    r"(?:19|20)\d\d(?:['’]s)?\s+(?:(?:u\.?s\.?|annual|global|state\s+department['’]?s?)\s+)*"
    r"(?:trafficking\s+in\s+persons|tip|trafficking)\s+(?:\(tip\)\s+)?report"
    # the year after the name: "Trafficking in Persons (TIP) 2018", "the TIP report for 2018"
    r"|(?:trafficking\s+in\s+persons|tip)\s+(?:\(tip\)\s+)?(?:report\s+)?(?:for\s+|of\s+)?"
    r"(?:19|20)\d\d"
)
# "In that same year, three traffickers were convicted": the year the sentence before wrote.
_SAME_YEAR = re.compile(r"\b(?:that|the)\s+(?:same\s+)?year\b(?!['’]s)")
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|took|gave|made|brought|sent|found|won|held|put|began|led|paid|wrote|"
    r"told|met|saw|spent|caught|kept|left|stood|had)\b"
)
_RELATIVE = re.compile(r"\b(?:which|who|whose|where)\b")
_FIRST_WORD = re.compile(r"[\W\d_]*([a-z]+)")  # after list markers: "- ", "1. ", "•"
# Readings of a tier left behind: they say nothing of the current report's release.
_LEFT_BEHIND = frozenset(
    {Basis.UPGRADED_FROM, Basis.DOWNGRADED_FROM, Basis.MOVED_FROM, Basis.HAD_BEEN}
)


@dataclass(frozen=True, slots=True)
class _Found:
    """A happening read on the parse, with the offsets a phrase's match would give."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def span(self) -> tuple[int, int]:
        return self.a, self.b


_VERB_OBJECTS = tuple(
    (kind.value, frozenset(verbs.split()), frozenset(nouns.split()))
    for kind, (verbs, nouns) in lex.VERB_OBJECTS.items()
)
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_MODALS = frozenset("will would could should may might must can shall".split())


def _parsed_happenings(ctx: DocumentContext, span: Span) -> list[tuple[str, _Found]]:
    """Past verbs of a happening and their objects, read on the parse (lexicon VERB_OBJECTS)."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return []
    out = []
    for t in words:
        if t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBN") or t.dep_ == "amod":
            continue
        if any(c.dep_ == "aux" and c.lemma_.lower() in _MODALS for c in t.children):
            continue  # "would have passed": not a happening
        lemma = t.lemma_.lower()
        objects = [c for c in t.children if c.dep_ in _OBJECT_DEPS]
        if t.dep_ == "acl":  # "a study published on Monday"
            objects.append(t.head)
        for kind, verbs, nouns in _VERB_OBJECTS:
            if lemma not in verbs:
                continue
            for o in objects:
                # "passed its Prevention and Combating of Trafficking in Persons Act": the noun
                # may end the object's name, parsed deep inside it.
                named = [w for w in o.subtree if w.tag_ == "NNP" and w.lemma_.lower() in nouns]
                head = o if o.lemma_.lower() in nouns else (named[-1] if named else None)
                if head is not None:
                    a, b = min(t.idx, head.idx), max(t.idx + len(t), head.idx + len(head))
                    out.append((kind, _Found(a, b)))
    return out


def extract_events(ctx: DocumentContext, placements: Sequence[Placement] = ()) -> Iterator[Event]:
    """The document's events, one per (type, year), in the order the text first tells them."""
    found: dict[tuple[str, int], Event] = {}
    report = report_event(ctx, placements)
    if report is not None:
        found[(report.type, report.year)] = report
    text = ctx.text
    low = lower_same_length(text)
    # The gate words the document holds at all: each sentence looks only for these.
    gates = [(word, phrases) for word, phrases in _GATED.items() if word in low]
    previous: Span | None = None
    for span in ctx.sentences:
        before, previous = previous, span
        if _is_recommendation(low, span):
            continue
        for kind, year in _happenings(ctx, low, span, gates, before):
            if (kind, year) not in found:
                found[(kind, year)] = Event(
                    **ctx.provenance(span), year=year, type=kind, iso3=_country(ctx, span)
                )
    yield from sorted(found.values(), key=lambda e: (e.start, e.type))


def report_event(ctx: DocumentContext, placements: Sequence[Placement]) -> Event | None:
    """The release of the current report, when the document places a country in it and it came
    out in the document's year; its evidence is the first sentence that does."""
    ref = ctx.reference
    latest = ref.latest_report_year
    if latest is None or (ref.year is not None and latest != ref.year):
        return None
    current = [p for p in placements if p.year == latest and p.basis not in _LEFT_BEHIND]
    if not current:
        return None
    first = min(current, key=lambda p: p.start)
    span = Span(first.start, first.end, ctx.text[first.start : first.end])
    return Event(**ctx.provenance(span), year=latest, type=EventType.REPORT.value, iso3=first.iso3)


def _is_recommendation(low: str, span: Span) -> bool:
    m = _FIRST_WORD.match(low, span.start, span.end)
    return (
        bool(m) and m.group(1) in lex.RECOMMENDATION_OPENERS and low[m.end(1) : m.end(1) + 1] == " "
    )


def _clauses(low: str, span: Span) -> list[tuple[int, int]]:
    """The sentence cut at semicolons, colons, brackets and contrasting conjunctions."""
    cuts = [span.start, *(m.start() for m in _CLAUSE_END.finditer(low, span.start, span.end))]
    cuts.append(span.end)
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _happenings(
    ctx: DocumentContext,
    low: str,
    span: Span,
    gates: list[tuple[str, list[int]]],
    previous: Span | None = None,
) -> Iterator[tuple[str, int]]:
    """(type, year) of every happening the sentence tells (``gates``: the document's gate words
    and the phrases each opens; ``previous``: the sentence before, for "that same year")."""
    sentence = low[span.start : span.end]
    opened = set(_UNGATED)
    for word, phrases in gates:
        if word in sentence:
            opened.update(phrases)
    found: list[tuple[str, re.Match[str] | _Found]] = [
        (_PHRASES[i][0], m)
        for i in sorted(opened)
        for m in _PHRASES[i][1].finditer(low, span.start, span.end)
    ]
    # What the phrases missed, read on the parse (a phrase of the same type over it wins).
    found += [
        (kind, f)
        for kind, f in _parsed_happenings(ctx, span)
        if not any(k == kind and m.start() < f.b and f.a < m.end() for k, m in found)
    ]
    if not found:
        return
    clauses = _clauses(low, span)
    spans = [(kind, m.span()) for kind, m in found]
    for kind, m in found:
        lo, hi = next(((a, b) for a, b in clauses if a <= m.start() < b), (span.start, span.end))
        if _negated(low, lo, m.start()):
            continue
        comma = max((c.end() for c in _COMMA.finditer(low, lo, m.start())), default=lo)
        if _NOT_YET.search(low, comma, m.start()):
            continue
        # A year inside another type's phrase ("the enactment of the 2005 law") is that one's.
        others = [s for k, s in spans if k != kind]
        years = _years(ctx, low, span, (lo, hi), m, kind, others, previous)
        general = kind in _COUNTED and _GENERAL.search(low, lo, hi)
        if years and general and not _FIGURE_YEAR.search(low, lo, hi):
            continue  # a trend or a general state, not something that happened once
        for year in years:
            yield kind, year


def _year_before(low: str, clause: tuple[int, int], previous: Span | None) -> list[int]:
    """ "In that same year, ..." with no year of its own: the last year the sentence before
    wrote that names no report."""
    if previous is None or not _SAME_YEAR.search(low, *clause):
        return []
    reports = [r.span() for r in _REPORT_YEAR.finditer(low, previous.start, previous.end)]
    years = [
        int(y.group())
        for y in _YEAR.finditer(low, previous.start, previous.end)
        if not any(a <= y.start() < b for a, b in reports)
    ]
    return years[-1:]


def _negated(low: str, lo: int, at: int) -> bool:
    """ "did not prosecute", "no arrests"; "No Malaysians ... have been prosecuted"."""
    return bool(_NEGATED.search(low, max(lo, at - 40), at)) or bool(
        _NEGATED_SUBJECT.match(low, lo, at)
    )


def _years(
    ctx: DocumentContext,
    low: str,
    span: Span,
    clause: tuple[int, int],
    m: re.Match[str] | _Found,
    kind: str,
    others: list[tuple[int, int]],
    previous: Span | None = None,
) -> list[int]:
    """The years a happening's clause gives it (see the module docstring, in that order)."""
    lo, hi = clause
    ref = ctx.reference
    latest = ref.year if ref.year is not None else ref.latest_report_year
    # Over the whole sentence: a bracket may cut a report's name from its year ("(TIP) 2018").
    taken = [r.span() for r in _REPORT_YEAR.finditer(low, span.start, span.end)] + [
        (a, b) for a, b in others if not (a <= m.start() < b)
    ]

    def free(at: int) -> bool:
        return not any(a <= at < b for a, b in taken)

    figures = [
        int(f.group("year")) for f in _FIGURE_YEAR.finditer(low, lo, hi) if free(f.start("year"))
    ]
    if figures and kind in _COUNTED:
        return sorted(set(figures))
    reach = (
        (m.start() - _RESEARCH_REACH, m.end() + _RESEARCH_REACH) if kind == _RESEARCH else (lo, hi)
    )
    written = [
        (min(abs(y.start() - m.start()), abs(y.start() - m.end())), y)
        for y in _YEAR.finditer(low, max(lo, reach[0]), min(hi, reach[1]))
        if free(y.start()) and (latest is None or int(y.group()) <= latest)
    ]
    opening = _OPENING_YEAR.match(low, span.start, m.start())
    if (
        opening
        and free(opening.start("year"))
        and (latest is None or int(opening["year"]) <= latest)
    ):
        written.append((0, _YEAR.match(low, opening.start("year"))))  # the sentence's own date
    if written:
        nearest = min(written, key=lambda w: w[0])[1]
        run = _YEAR_RUN.match(low, nearest.start())  # "published in 1997 and 2000": both
        return (
            sorted({int(y) for y in _YEAR.findall(run.group())}) if run else [int(nearest.group())]
        )
    carried = _year_before(low, clause, previous)
    if carried:
        return carried
    if ref.year is None:
        return []
    month = _MONTH_ALONE.search(low, lo, hi)
    if month:  # "in November": this year's, unless it comes after the text's own month
        now = ref.month or time_lex.RELEASE_WINDOW[1]
        later = _MONTHS[month.group("month")] >= now if month.group("when") == "last" else False
        later = later or _MONTHS[month.group("month")] > now
        return [ref.year - 1 if later else ref.year]
    if _LAST_YEAR.search(low, lo, hi):
        return [ref.year - 1]
    if _NOW.search(low, lo, hi):
        return [ref.year]
    period = ref.latest_report_year - 1 if ref.latest_report_year is not None else None
    if _CREDITS.search(low, span.start, span.end) and period is not None:
        return [period]
    if kind == _RESEARCH and _BY_SOMEONE.search(low, m.start(), hi):
        return [ref.year]  # "a documentary by Al Jazeera": news of the day
    before = low[lo : m.start()]
    if not _PAST.search(low, m.start(), min(hi, m.end() + 12)) or _RELATIVE.search(before):
        return []
    words = before.split()[-6:]
    if not (
        _AGENT.search(" ".join(words))
        or _NAMED.search(ctx.text, max(lo, m.start() - 40), m.start())
    ):
        return []
    # "the report found T&T had convicted a trafficker": a pluperfect with no date of its own,
    # told with news of the report, is set before it, in the report's period.
    assessed = kind in _DONE_IN_PERIOD and (
        _ASSESSED.search(" ".join(words)) or (words and words[-1] == "had")
    )
    if period is not None and period + 1 == ref.year and assessed:
        return [period]  # what the assessed government did, told with its report: that period
    return [ref.year]  # a past happening in a main clause, with no other date: the text's


def _country(ctx: DocumentContext, span: Span) -> str:
    """The country a sentence names most (the United States only when it names no other), else
    the document's main country."""
    main = ctx.main_country
    # A name counts twice a demonym: "Indonesia brought home citizens from Cambodian compounds".
    counts: Counter[str] = Counter()
    for m in ctx.countries.within(span.start, span.end):
        counts[m.iso3] += 1 if m.is_demonym else 2
    counts.pop(gazetteer.UNITED_STATES, None)  # the donor and ranker
    if not counts:
        return main
    ranked = counts.most_common(2)
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else main
