"""Placements: a country's tier in a report year, read sentence by sentence.

A sentence yields a placement when it names a tier (mentions.py), a ranked country (subjects.py:
the subject, not every country in it), and a report year (years.py: stated, or implied by the
document's date). Reading a sentence takes named steps: the filters that make a whole sentence
state nothing (vague spans, definitions), the roles of its tiers (the tier now, the tier left
behind), the subjects, the year cues, then per tier the filters of its own clause (threats,
hopes, negation), the year read and the span it implies. Each rule is one commented condition.

Not handled, on purpose (they yield nothing rather than a guess): bare "Congo"/"Korea"; a year from
an earlier sentence unless this one points back at the single report it named ("in it", "in that
report") or counts on from its year ("a year later"), so a time set by a sentence of its own
("Consider last summer.") is not carried; "there" standing for a tier except after a stay verb
("remained there", "stays there"); a second subject with its verb left out ("India stayed on the
watch list for a fourth year, and China for a third"); durations shared out by "respectively";
tiers written as bare numbers.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from loaders.extract.context import DocumentContext
from loaders.extract.groups import extend_groups
from loaders.extract.mentions import Mention, find_mentions, is_heading, trigger_hits, windows
from loaders.extract.patterns import required_words
from loaders.extract.sentences import Span
from loaders.extract.subjects import assign_subjects, list_groups
from loaders.extract.tables import table_cells
from loaders.extract.timeref import YearCue, compile_lower, lower_same_length, year_cues
from loaders.extract.verbs import held_by_verb, stays, us_moved
from loaders.extract.years import (
    before_now,
    expand,
    report_named_before,
    report_years,
    runs_of,
    same_as_follows,
    year_counted_on,
    years_before,
)
from loaders.gazetteer import UNITED_STATES, CountryMention, country_name, find_capitals
from loaders.lexicon import tiers as lex
from loaders.schema import Basis, Placement, Tier

# Every pattern here runs on the lower-cased body (compile_lower): far faster than IGNORECASE.
_TIP = compile_lower(lex.TIP_CONTEXT)
_NOT_PLACEMENT = compile_lower(lex.NOT_A_PLACEMENT)
_PENDING = compile_lower(lex.PENDING_AFTER)
_NEGATION = compile_lower(lex.NEGATION)
_DEFINITION = compile_lower(lex.DEFINITION)
_VAGUE = compile_lower(lex.VAGUE)
_PLUPERFECT = compile_lower(lex.PLUPERFECT)
_BOUNDARY = compile_lower(lex.CLAUSE_BOUNDARY)
_ASIDE = compile_lower(lex.ASIDE)
_AND = compile_lower(r"\band\b")
_CONDITIONAL = compile_lower(lex.CONDITIONAL_OPENER)
_PROSPECT = compile_lower(lex.PROSPECT_BEFORE)
_CATEGORY = compile_lower(lex.CATEGORY_ANAPHOR)
_THERE = compile_lower(lex.THERE)
_THEY = compile_lower(r"\b(?:they|them)\b")
_DATED_STAY = compile_lower(r"\s+(?:in|through|until|till|up\s+to)\s+(?:the\s+)?(?:19|20)\d\d")
_JUST_BEFORE = compile_lower(r"\s+(?:(?:also|has|had|still|again|too)\s+)*")
_PRONOUN_BEFORE = compile_lower(r"\b(?:it|they)\s+(?:(?:also|has|had|still|again|too)\s+)*$")
_CARRIED = compile_lower(lex.CARRIED_SUBJECT)
_WHERE_LEFT = compile_lower(
    r"(?:\s+(?:of|in)\s+the\s+[^,;.]{0,40}?report)?\s*[\"”’']?\s*,\s*where\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:been|was|were|sat|stood|"
    r"spent)\b[^.;,]*"
)
_SAME_PLACE_PATTERN = r"\bsame\s+(?:rank|tier|category|position|place|spot|level|status)"
_SAME_PLACE = compile_lower(_SAME_PLACE_PATTERN)
# The gate of _category_anaphors, computed from its two patterns
_POINTING_WORDS = frozenset(
    required_words(lex.CATEGORY_ANAPHOR) | required_words(_SAME_PLACE_PATTERN)
)
_SUBJECT_CLAUSE = compile_lower(lex.CLAUSE_BOUNDARY + "|" + lex.SUBORDINATOR)
_NEW_CLAUSE = compile_lower(lex.NEW_CLAUSE)
_UP = compile_lower(lex.MOVED_UP)
_RELATIVE_OPEN = compile_lower(r",\s*(?:which|who)\b")
_JUST_AFTER = compile_lower(r"[\"”’']?\s*,?\s*(?:in\s+)?")
# A sentence naming this many tiers and no country describes the ranking, it places no one.
_TIERS_LISTED = 3
_LEFT_BEHIND = frozenset({Basis.UPGRADED_FROM, Basis.DOWNGRADED_FROM, Basis.MOVED_FROM})
# Readings that rest on the report current at the document's date (not on a year the text gives).
_FROM_DOCUMENT_DATE = frozenset(
    {
        Basis.DOCUMENT_DATE,
        Basis.REMAINS,
        Basis.CONSECUTIVE,
        Basis.UPGRADED_FROM,
        Basis.DOWNGRADED_FROM,
        Basis.MOVED_FROM,
        Basis.HAD_BEEN,
        Basis.SINCE,
        Basis.SHARED,
    }
)


@dataclass(frozen=True, slots=True)
class Reading:
    """One placement a sentence states: a country's tier in a report year, and how it was read."""

    iso3: str
    year: int
    tier: Tier
    basis: Basis
    rests_on_date: bool  # the year came from the document's date, not from words of the text
    is_duration: bool = False  # one of a run of years that may end before the current report


@dataclass
class _State:
    """What carries from sentence to sentence: the last country named as a subject, and the
    lists of countries named (subjects.Antecedents)."""

    ctx: DocumentContext
    last_subject: str = ""
    # The last tier read and its countries, when they were a list ("they", "them" point back).
    last_list: tuple[Tier | None, tuple[str, ...]] = (None, ())
    main: str | None = None
    # Each country's tier in the current report, as read so far ("the same rank" points at it).
    current: dict[str, Tier] = field(default_factory=dict)

    def carried(self) -> str:
        if self.last_subject:
            return self.last_subject
        if self.main is None:
            self.main = self.ctx.main_country
        return self.main if self.main != UNITED_STATES else ""

    def group(self, n: int, before: int) -> list[str]:
        """The last list of exactly n countries in the sentence before the one at ``before``."""
        index = bisect_right(self._starts, before) - 1
        if index < 1:
            return []
        previous = self.ctx.sentences[index - 1]
        low = self._low
        found = [
            c for c in self.ctx.countries.within(previous.start, previous.end) if c.names_state
        ]
        runs = [g for g in list_groups(low, found) if len({c.iso3 for c in g}) == n]
        return [c.iso3 for c in runs[-1]] if runs else []

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.ctx.sentences]

    @cached_property
    def _low(self) -> str:
        return lower_same_length(self.ctx.text)


@dataclass(frozen=True)
class _Sentence:
    """A sentence being read: its span, the lower-cased body, its text and its year cues."""

    span: Span
    low: str
    text: str
    cues: list[YearCue]
    memo: dict = field(default_factory=dict)  # years.report_years' memo for this sentence


def extract_placements(ctx: DocumentContext) -> Iterator[Placement]:
    """Every (country, report year, tier) the document states or clearly implies, with its sentence.

    One record per (iso3, year, tier, sentence). A heading's reading is dropped where the body
    gives the same country and year another tier (the body's precise sentence wins).
    """
    body = ctx.text
    # Cheap gates first: most documents and sentences never reach the readings below.
    low = lower_same_length(body)
    hits = trigger_hits(low, ctx.sentences)
    if not hits or ("traffick" not in low and not _TIP.search(low)):
        return
    state = _State(ctx)
    records: dict[tuple[str, int, str, int], Placement] = {}
    durations: set[tuple[str, int, str, int]] = set()
    headings: set[int] = set()
    mentioned: dict[int, list[Mention]] = {}
    for index in sorted(set(hits) | set(_category_anaphors(low, ctx.sentences, hits))):
        span = ctx.sentences[index]
        if span.text.startswith("|"):
            continue  # a table: read by cell below
        if is_heading(span):
            headings.add(span.start)
        named = ctx.countries.within(span.start, span.end)
        mentions = (
            find_mentions(low, span, windows(span, hits[index]), named, ctx.doc)
            if index in hits
            else []
        )
        mentions = sorted([*mentions, *_there(low, span, mentions, named)], key=lambda m: m.start)
        mentioned[index] = mentions
        if not mentions:
            mentions = _tier_pointed_back(low, span, mentioned.get(index - 1, []))
        previous = ctx.sentences[index - 1] if index else None
        for r in _read_sentence(span, low, mentions, state, previous):
            key = (r.iso3, r.year, str(r.tier), span.start)
            if r.is_duration:
                durations.add(key)
            if r.year == ctx.reference.latest_report_year and r.basis not in _LEFT_BEHIND:
                state.current.setdefault(r.iso3, r.tier)
            if key not in records:
                provenance = ctx.provenance(span)
                if r.rests_on_date and ctx.reference.is_release_assumed:
                    provenance["date_inferred"] = True
                records[key] = Placement(
                    **provenance,
                    year=r.year,
                    country=country_name(r.iso3),
                    iso3=r.iso3,
                    tier=str(r.tier),
                    basis=str(r.basis),
                )
    for cell in table_cells(body, low, ctx.countries):
        key = (cell.iso3, cell.year, str(cell.tier), cell.row.start)
        records.setdefault(
            key,
            Placement(
                **ctx.provenance(cell.row),
                year=cell.year,
                country=country_name(cell.iso3),
                iso3=cell.iso3,
                tier=str(cell.tier),
                basis=str(Basis.EXPLICIT),
            ),
        )
    _end_durations_before_a_change(records, durations)
    yield from _body_over_headings(records, headings)


def _category_anaphors(low: str, spans: tuple[Span, ...], hits: dict[int, list[int]]) -> list[int]:
    """Sentences that name no tier but point back at one: "this category" (the tier of the
    sentence before), "the same rank it held in 2015" (its subject's current tier)."""
    if not any(w in low for w in _POINTING_WORDS):
        return []
    return [
        i
        for i, span in enumerate(spans)
        if i not in hits
        and (
            (i - 1 in hits and _CATEGORY.search(low, span.start, span.end))
            or _SAME_PLACE.search(low, span.start, span.end)
        )
    ]


def _there(
    low: str, span: Span, mentions: list[Mention], named: list[CountryMention]
) -> list[Mention]:
    """ "..., while North Korea remained there": a country's stay on the tier named just before
    it (not "the longest a country can stay there")."""
    if not mentions or " there" not in low[span.start : span.end]:
        return []
    out = []
    for m in _THERE.finditer(low, mentions[0].end, span.end):
        before = [x for x in mentions if x.end <= m.start() and not x.is_from]
        by_country = any(_JUST_BEFORE.fullmatch(low, c.end, m.start()) for c in named)
        by_country = by_country or bool(
            _PRONOUN_BEFORE.search(low, max(span.start, m.start() - 20), m.start())
        )
        dated = _DATED_STAY.match(low, m.end(), span.end)  # "stayed there through 2004": years.py
        if before and by_country and not dated:
            out.append(Mention(m.start(), m.end(), before[-1].tier, "there"))
    return out


def _tier_pointed_back(low: str, span: Span, before: list[Mention]) -> list[Mention]:
    """ "Cambodia and Malaysia were included in this category": the tier the sentence before
    opened with, as a mention at the pointing words."""
    m = _CATEGORY.search(low, span.start, span.end)
    now = [b for b in before if not b.is_from]
    if m is None or not now:
        return []
    return [Mention(m.start(), m.end(), now[0].tier, "pointed back")]


def _end_durations_before_a_change(
    records: dict[tuple[str, int, str, int], Placement], durations: set[tuple[str, int, str, int]]
) -> None:
    """ "For the past four years it was on the watch list" in a text that gives it another tier
    this year: the four years end the year before (in place)."""
    firm = {(r.iso3, r.year, r.tier) for k, r in records.items() if k not in durations}
    runs: dict[tuple[int, str, str], list[tuple[str, int, str, int]]] = {}
    for key in sorted(durations):
        runs.setdefault((key[3], key[0], key[2]), []).append(key)
    for (_, iso3, tier), keys in runs.items():
        top = max(k[1] for k in keys)
        if not any(i == iso3 and y == top and t != tier for i, y, t in firm):
            continue
        moved = [(key, records.pop(key)) for key in keys]
        for key, record in moved:
            shifted = (key[0], key[1] - 1, key[2], key[3])
            records[shifted] = replace(record, year=key[1] - 1, basis=str(Basis.CONSECUTIVE))


def _body_over_headings(
    records: dict[tuple[str, int, str, int], Placement], headings: set[int]
) -> Iterator[Placement]:
    """Headlines can contradict the body: the body's sentence wins, and a heading contradicted for
    one year is not trusted for the others it implies."""
    body_tiers = {(r.iso3, r.year, r.tier) for k, r in records.items() if k[3] not in headings}
    body_years = {(iso3, year) for iso3, year, _ in body_tiers}
    overruled = {
        (k[3], r.iso3)
        for k, r in records.items()
        if k[3] in headings
        and (r.iso3, r.year) in body_years
        and (r.iso3, r.year, r.tier) not in body_tiers
    }
    for key, record in records.items():
        if (key[3], record.iso3) not in overruled:
            yield record


def _sentence_states_nothing(text: str, mentions: list[Mention]) -> bool:
    """Vague spans and "between" several tiers state no placement."""
    if not mentions or _VAGUE.search(text):
        return True
    return len({m.tier for m in mentions}) > 1 and " between " in text


def _read_sentence(
    span: Span, low: str, mentions: list[Mention], state: _State, previous: Span | None
) -> Iterator[Reading]:
    """The placements one sentence states."""
    text = low[span.start : span.end]
    if "same" in text:
        yield from _same_place(span, low, text, mentions, state)
    if _sentence_states_nothing(text, mentions):
        return
    # The tiers now, and the tiers left behind ("from the watch list").
    mains = [m for m in mentions if not m.is_from] or mentions[:1]
    froms = [m for m in mentions if m.is_from and m not in mains]
    # A tier left in a clause of its own ("..., while Indonesia climbed out of Tier 3") is read
    # for its own subject, not tied to the tier of another clause.
    loose = [f for f in froms if not _tied(low, f, mains)]
    mains = sorted([*mains, *loose], key=lambda m: m.start)
    froms = [f for f in froms if f not in loose]
    found = state.ctx.countries.within(span.start, span.end)
    ranked = [c for c in found if c.iso3 != UNITED_STATES]  # the ranker, not a ranked country
    if not ranked and len({m.tier for m in mentions}) >= _TIERS_LISTED:
        return  # "The system has four tiers - Tier 3, Tier 2 Watch List, Tier 2 and Tier 1."
    capitals = find_capitals(state.ctx.text, span.start, span.end)
    if capitals:  # "Phnom Penh has been on the watch list": a capital as the subject
        found = sorted([*found, *capitals], key=lambda c: c.start)
    body = state.ctx.text
    assign_subjects(body, low, span, mains, state, found)
    _us_ranked(state, span, mains)
    _they_pointed_back(low, span, mains, state)
    # Lists, appositions and "like", "together with", "the same category as": read on the parse.
    extend_groups(state.ctx.doc, mains, [c for c in found if c.names_state])
    if not any(m.subjects or m.joined for m in mains):
        return
    cues = year_cues(text)
    if previous is not None:
        before = low[previous.start : previous.end]
        cues += year_counted_on(text, before, cues)  # "A year later it had climbed to Tier 2"
        if not any(c.years for c in cues):
            cues += report_named_before(text, before)
    cues = _where_clauses(low, span, froms, cues)
    cues = _last_year_of_tiers_left(low, span, froms, cues)
    sentence = _Sentence(span, low, text, cues)
    for i, mention in enumerate(mains):
        lo = mains[i - 1].end if i else span.start
        hi = mains[i + 1].start if i + 1 < len(mains) else span.end
        yield from _read_joined(sentence, mention, mains, state)
        if not mention.subjects:
            continue
        if mention.subjects[0].end > mention.subjects[0].start:
            state.last_subject = mention.subjects[0].iso3
        named_list = tuple(dict.fromkeys(c.iso3 for c in mention.subjects))
        state.last_list = (mention.tier, named_list if len(named_list) > 1 else ())
        yield from _read_mention(sentence, mention, mains, froms, (lo, hi), state)


def _us_ranked(state: _State, span: Span, mains: list[Mention]) -> None:
    """ "The United States bumped us up to Tier 2": with no subject of its own, the tier is the
    country the text speaks for (the last subject), read on the parse (in place)."""
    for i, mention in enumerate(mains):
        if mention.subjects or mention.joined:
            continue
        lo = mains[i - 1].end if i else span.start
        at = us_moved(state.ctx.doc, lo, mention.start)
        if at is not None and (iso3 := state.carried()):
            mention.subjects = [CountryMention(at, at, iso3, False, True)]


def _they_pointed_back(low: str, span: Span, mains: list[Mention], state: _State) -> None:
    """ "Peru, Ghana and Oman fell to Tier 3. That puts them in the same category as Sudan": a
    tier pointed back at whose subject is "they"/"them" is the last list's, when that list was
    on this tier (in place)."""
    tier, countries = state.last_list
    for mention in mains:
        if mention.label != "pointed back" or mention.subjects or mention.tier is not tier:
            continue
        pronoun = _THEY.search(low, span.start, mention.start)
        if pronoun is not None:
            at = pronoun.start()
            mention.subjects = [CountryMention(at, at, c, False, True) for c in countries]


def _where_clauses(
    low: str, span: Span, froms: list[Mention], cues: list[YearCue]
) -> list[YearCue]:
    """ "upgraded to the watch list from Tier 3, where it was ranked in the 2021 and 2022
    reports": the years of a where-clause after a tier left are that tier's (set on it, in
    place), not the new tier's; the cues left for the rest of the sentence."""
    for f in froms:
        clause = _WHERE_LEFT.match(low, f.end, span.end)
        if clause is None:
            continue
        a, b = clause.start() - span.start, clause.end() - span.start
        inside = [c for c in cues if a <= c.start and c.end <= b]
        years = sorted({y for c in inside if c.kind in ("explicit", "year") for y in c.years})
        runs = [c.count for c in inside if c.kind in ("previous", "duration", "consecutive")]
        if years:
            f.where_years = tuple(years)
        elif runs:  # "where it had been ranked in the two previous editions"
            f.back = max(f.back, *runs)
        if years or runs:
            cues = [c for c in cues if c not in inside]
    return cues


def _last_year_of_tiers_left(
    low: str, span: Span, froms: list[Mention], cues: list[YearCue]
) -> list[YearCue]:
    """ "relegation to the watch list, down from Tier 2 last year, in the 2021 report": "last
    year" right after a tier left dates that tier (the year before the move, as years_before
    reads it), not the tier moved to."""
    return [
        c
        for c in cues
        if c.kind != "last-year"
        or not any(_JUST_AFTER.fullmatch(low, f.end, span.start + c.start) for f in froms)
    ]


def _same_place(
    span: Span, low: str, text: str, mentions: list[Mention], state: _State
) -> Iterator[Reading]:
    """ "Malaysia's downgrade returns it to the same rank it occupied in 2015 and 2016": with no
    tier of its own for the same-as to follow, the subject had in those years the tier it has now
    (as the document read it so far)."""
    cues = year_cues(text)
    mains = [m for m in mentions if not m.is_from]
    for cue in cues:
        if cue.kind != "same-as" or not cue.years:
            continue
        at = span.start + cue.start
        if any(same_as_follows(span, cue, m, mains, cues) for m in mains):
            continue  # a tier follows it: years.runs_of gives it the years
        subject = _subject_before(low, span, at, state)
        tier = state.current.get(subject)
        if tier is not None:
            for year in cue.years:
                yield Reading(subject, year, tier, Basis.SAME_AS, False)


def _subject_before(low: str, span: Span, at: int, state: _State) -> str:
    """The country a sentence is about before ``at``: the first named, else the one carried."""
    named = [c for c in state.ctx.countries.within(span.start, at) if c.names_state]
    if named:
        return named[0].iso3
    return state.carried() if _CARRIED.search(low, span.start, at) else ""


def _read_joined(
    s: _Sentence, mention: Mention, mains: list[Mention], state: _State
) -> Iterator[Reading]:
    """ "join the likes of Iran and Cuba in the lowest category": the countries joined are there
    already, in the year the sentence speaks of, whether or not the joining happens."""
    if not mention.joined:
        return
    reading = report_years(s.span, s.text, mention, mains, s.cues, state.ctx.reference, s.memo)
    if reading is None:
        return
    for c in mention.joined:
        for year in reading.years:
            yield Reading(
                c.iso3, year, mention.tier, Basis.SHARED, reading.basis in _FROM_DOCUMENT_DATE
            )


def _predicate(low: str, mention: Mention, lo: int, sentence_start: int) -> str:
    """From the clause holding the subject to the end of the tier words (asides removed).

    A tier inside a relative clause of its subject ("India, which shares the watch list with
    Cambodia, ...") has that clause as its predicate, not the sentence around it.
    """
    first = min((c.start for c in mention.subjects if c.start < mention.start), default=lo)
    start = lo if first >= lo else sentence_start  # a subject shared with an earlier tier
    clause = max((m.end() for m in _SUBJECT_CLAUSE.finditer(low, start, first)), default=start)
    relatives = list(_RELATIVE_OPEN.finditer(low, first, mention.start))
    relative = relatives[-1] if relatives else None
    if relative is not None and "," not in low[relative.end() : mention.start]:
        return low[relative.start() + 1 : mention.end]
    # A closed relative clause says nothing of the tier ("Cambodia, which can do more, is").
    return _ASIDE.sub(",", low[clause : mention.end])


def _mention_states_nothing(
    s: _Sentence, mention: Mention, predicate: str, own_clause: str, bounds: tuple[int, int]
) -> bool:
    """The filters of the tier's own clause: what makes it no placement."""
    lo, hi = bounds
    # Threats, hopes, recommendations, debates, pending decisions are not placements (read
    # before the tier's own words: "the lowest possible ranking" is a placement).
    words_before = predicate[: len(predicate) - (mention.end - mention.start)]
    if _NOT_PLACEMENT.search(words_before) or _CONDITIONAL.match(s.low, lo, mention.start):
        return True
    # "a downgrade to Tier 3 would ...", "enough to maintain Tier 2": a prospect or a purpose.
    if _PROSPECT.search(s.low, max(lo, mention.start - 70), mention.start):
        return True
    # A definition of the tier in its own clause ("Tier 3 countries are those whose ...").
    boundary = _BOUNDARY.search(s.low, mention.end, hi)
    after = s.low[mention.end : boundary.start() if boundary else hi]
    if _DEFINITION.search(predicate) or _DEFINITION.search(after):
        return True
    # Negation binds to the tier's own verb: "does not fully meet the standards and is
    # placed on the watch list" is a placement, "was not downgraded to Tier 3" is not.
    verb = own_clause[max((m.end() for m in _AND.finditer(own_clause)), default=0) :]
    if _NEGATION.search(verb) and not any(c.kind == "not-since" for c in s.cues):
        return True
    return bool(_PENDING.search(s.low, mention.end, min(hi, mention.end + 40)))


def _read_mention(
    s: _Sentence,
    mention: Mention,
    mains: list[Mention],
    froms: list[Mention],
    bounds: tuple[int, int],
    state: _State,
) -> Iterator[Reading]:
    """The placements one tier mention states, for each of its subjects."""
    lo, hi = bounds
    predicate = _predicate(s.low, mention, lo, s.span.start)
    # The tier's own clause: after the last boundary before the tier words (an apposition inside
    # them, "the best ranking, Tier 1", is no boundary).
    head = len(predicate) - (mention.end - mention.start)
    own_clause = predicate[
        max((m.end() for m in _BOUNDARY.finditer(predicate, 0, head)), default=0) :
    ]
    if _mention_states_nothing(s, mention, predicate, own_clause, bounds):
        return
    ref = state.ctx.reference
    reading = report_years(s.span, s.text, mention, mains, s.cues, ref, s.memo)
    if reading and _PLUPERFECT.search(predicate):
        reading = before_now(reading, ref)  # "had been on the watch list": before this report
    if not reading:
        return
    # "remains", "kept", "stood firm", "again": read by lemma in the tier's own clause
    held = stays(state.ctx.doc, mention.end - len(own_clause), mention.end) or held_by_verb(
        state.ctx.doc, mention.start, mention.end
    )
    covered = expand(
        reading, s.span, s.low, mention, bounds, own_clause, held, s.cues, mains, froms
    )
    if mention.label == "middle ranking":
        # After 2004 the middle of the ranking is ambiguous (Tier 2 or the Watch List): no guess.
        kept = {y: b for y, b in covered.years.items() if y < lex.FIRST_WATCH_LIST_YEAR}
        covered = replace(covered, years=kept)
    rests_on_date = reading.basis in _FROM_DOCUMENT_DATE
    tier_from = _from_mention(mention, froms, mains)
    earlier = {}
    if tier_from is not None:
        # "Having spent four years on the watch list, ... moved up": the run is the tier left's.
        counts = [
            c.count
            for c in runs_of(s.span, tier_from, [*mains, tier_from], s.cues)
            if c.kind in ("consecutive", "duration", "previous")
        ]
        tier_from.back = max([tier_from.back, *counts])
    elif mention.tier is Tier.WATCH_LIST and not mention.is_from and _UP.search(own_clause):
        # "upgraded to the watch list": from the only tier below it, Tier 3
        tier_from = Mention(mention.start, mention.start, Tier.TIER_3, "implied")
    if tier_from is not None and tier_from.where_years:
        earlier = dict.fromkeys(tier_from.where_years, Basis.EXPLICIT)
    elif tier_from is not None:
        earlier = years_before(tier_from, mention, max(reading.years), s.low[lo:hi])
    for c in mention.subjects:
        for year, basis in covered.years.items():
            yield Reading(c.iso3, year, mention.tier, basis, rests_on_date, covered.is_duration)
        for year, basis in earlier.items():
            # years written in the where-clause rest on no date
            dated = rests_on_date and not (tier_from and tier_from.where_years)
            yield Reading(c.iso3, year, tier_from.tier, basis, dated)
    for c in mention.shared:
        for year in reading.years:
            yield Reading(c.iso3, year, mention.tier, Basis.SHARED, rests_on_date)


def _tied(low: str, left: Mention, mains: list[Mention]) -> bool:
    """True when a tier left belongs to the nearest tier moved to: no new clause between them."""
    if not mains:
        return False
    nearest = min(mains, key=lambda m: abs(m.start - left.start))
    a, b = min(left.end, nearest.end), max(left.start, nearest.start)
    return not (_NEW_CLAUSE.search(low, a, b) or _RELATIVE_OPEN.search(low, a, b))


def _from_mention(main: Mention, froms: list[Mention], mains: list[Mention]) -> Mention | None:
    """The "from X" tier tied to this main tier: the nearest one in its clause."""
    best = None
    for f in froms:
        nearest = min(mains, key=lambda m: abs(m.start - f.start))
        if nearest is main:
            best = f
    return best
