"""Which report years a tier mention speaks of: the year read, then the span it implies.

First the year: the report the sentence names ("the 2015 report"), a year or a relative phrase of
the mention's own clause ("in 2014", "last year", "since 2013"), else the report current when the
text was written (its date). Then the span: "remains" and "again" add the year before; "for a third
year in a row" the two before; "the same categories as in the 2014 report" that year; "from X"
the year before, with X; "remained there in 2023" that year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from loaders.extract.mentions import Mention
from loaders.extract.sentences import Span
from loaders.extract.timeref import ReferenceTime, YearCue, compile_lower, year_cues
from loaders.lexicon import tiers as lex
from loaders.schema import TIER_RANK, Basis

_STAYED_THERE = compile_lower(lex.STAYED_THERE)
_REPORT_ANAPHOR = compile_lower(lex.REPORT_ANAPHOR)
_UP = compile_lower(lex.MOVED_UP)
_DOWN = compile_lower(lex.MOVED_DOWN)
_MOVED = compile_lower(lex.MOVED)
# "for three consecutive years from 2015": a run counted forward from the year that follows it.
_RUN_FROM = compile_lower(
    r"\s+(?:starting\s+|beginning\s+)?(?:from|in)\s+(?:the\s+)?((?:19|20)\d\d)\b"
)

_DETACH = compile_lower(lex.DETACHED_CLAUSE)
# A verb between a same-as and a tier ("..., and follows its climb to Tier 2"): a crude test, by
# endings and the commonest finite verbs.
_OWN_VERB = re.compile(
    r"\b(?:[a-z]{3,}ing|[a-z]{3,}ed|[a-z]{3,}s\s+(?:its|their|the|a|an)|was|were|is|are|has|had|"
    r"have)\b"
)
# Cues that name the report itself, and the basis each gives.
_STATED = {"explicit": Basis.EXPLICIT, "ordinal": Basis.ORDINAL, "current": Basis.DOCUMENT_DATE}
# Cues that say how long, not which year.
_RUNS = frozenset({"consecutive", "duration", "previous", "same-as"})
# Readings of the year that already are a span: no "remains" year is added to them.
_SPANS = frozenset({Basis.SINCE, Basis.NOT_SINCE, Basis.FIRST_SINCE})
_RELATIVE_BASES = {
    "this-year": Basis.THIS_YEAR,
    "last-year": Basis.LAST_YEAR,
    "years-ago": Basis.YEARS_AGO,
    "years-after": Basis.YEARS_AGO,
}


@dataclass(frozen=True, slots=True)
class YearReading:
    """The report years a mention names, and which reading gave them."""

    years: tuple[int, ...]
    basis: Basis


def clause_of(span: Span, offset: int) -> int:
    """Which ';'-separated part of the sentence an offset (into the sentence) falls in."""
    return span.text.count(";", 0, offset)


def year_counted_on(text: str, before: str, cues: Sequence[YearCue]) -> list[YearCue]:
    """ "A year later it had climbed to Tier 2": the year the sentence before gave, counted on."""
    later = [c for c in cues if c.kind == "later"]
    if not later:
        return []
    named = [c for c in year_cues(before) if c.kind in ("explicit", "year") and len(c.years) == 1]
    if not named:
        return []
    base = named[-1].years[0]
    return [YearCue(c.start, c.end, "year", (base + c.count,)) for c in later]


def report_named_before(text: str, before: str) -> list[YearCue]:
    """'... in it', 'in that report': the one report the sentence before named, as a cue here."""
    anaphor = _REPORT_ANAPHOR.search(text)
    if anaphor is None:
        return []
    named = {y for c in year_cues(before) if c.kind in ("explicit", "ordinal") for y in c.years}
    if len(named) != 1:
        return []  # none, or several: which one "it" is cannot be told
    return [YearCue(anaphor.start(), anaphor.end(), "explicit", (named.pop(),))]


def since(year: int, ref: ReferenceTime) -> YearReading | None:
    """ "since 2013": every report from 2013 to the latest out when the text was written."""
    if ref.latest_report_year is not None:
        last = ref.latest_report_year
    elif ref.year is not None:
        last = max(year, ref.year - 1)  # the reference year's report may not be out yet
    else:
        last = year  # no date at all: at least the year named
    if last < year:
        return None
    return YearReading(tuple(range(year, last + 1)), Basis.SINCE)


def _attached(
    text: str, mention: Mention, span: Span, cues: Sequence[YearCue], memo: dict
) -> list[YearCue]:
    """The cues that may speak of the mention: a cue after the tier, past a clause of its own
    ("..., which cited 36 convictions in 2009"; "..., with officials saying arrests fell last
    year"), speaks of something else. The clauses are found once a sentence."""
    if "clauses" not in memo:
        memo["clauses"] = [(m.start(), m.end()) for m in _DETACH.finditer(text)]
    clauses = memo["clauses"]
    end = mention.end - span.start
    i = bisect_left(clauses, (end, 0))
    if i == len(clauses):
        return list(cues)
    clause_end = clauses[i][1]
    return [c for c in cues if not (c.start >= end and clause_end <= c.start)]


def _nearest(span: Span, mains: Sequence[Mention], cue: YearCue) -> Mention | None:
    """The tier mention a year cue belongs to: the nearest one in its own ';' clause ("In 2009,
    ... Watch List; in 2010, ..."), else the nearest; the next one for "one year after X"."""
    if cue.kind == "years-after":
        later = [m for m in mains if m.start - span.start >= cue.end]
        return later[0] if later else None
    clause = clause_of(span, cue.start)
    same = [m for m in mains if clause_of(span, m.start - span.start) == clause]
    return min(same or mains, key=lambda m: _distance(span, cue, m))


def _distance(span: Span, cue: YearCue, m: Mention) -> int:
    return min(abs(m.start - span.start - cue.end), abs(cue.start - (m.end - span.start)))


def report_years(
    span: Span,
    text: str,
    mention: Mention,
    mains: Sequence[Mention],
    cues: Sequence[YearCue],
    ref: ReferenceTime,
    memo: dict | None = None,
) -> YearReading | None:
    """The report years a tier mention speaks of, and which reading gave them.

    ``text`` is the sentence, lower-cased (the cues' offsets point into it). ``memo`` keeps,
    across the mentions of one sentence, which mention each cue belongs to and where its
    detached clauses are: found once, the sentence costs mentions x cues, not that times the
    mentions again.
    """
    rel = mention.start - span.start
    memo = {} if memo is None else memo
    cues = _attached(text, mention, span, cues, memo)
    if ref.latest_report_year is not None:
        # "Monday's report", "the new report": the report current when the text was written.
        now = (ref.latest_report_year,)
        cues = [YearCue(c.start, c.end, "current", now) if c.kind == "current" else c for c in cues]
    else:
        cues = [c for c in cues if c.kind != "current"]

    def distance(cue: YearCue, m: Mention) -> int:
        return _distance(span, cue, m)

    # Which mention each cue belongs to, worked out once for the sentence's mentions.
    key = ("owners", tuple(id(m) for m in mains))
    owned = memo.setdefault(key, {})
    for c in cues:
        if (c.start, c.end) not in owned:
            owned[c.start, c.end] = _nearest(span, mains, c)

    stated = [c for c in cues if c.kind in ("explicit", "ordinal")]
    mine = [
        c
        for c in cues
        if owned[c.start, c.end] is mention and c.kind not in ("consecutive", "same-as")
    ]
    # One report named: the whole sentence is about it, unless this tier has a year of its own
    # ("upgraded to Tier 2 in the 2024 report, after being on the watch list last year").
    own = [c for c in mine if c.kind not in ("explicit", "ordinal")]
    if len({c.years for c in stated}) == 1 and not (
        own and min(distance(c, mention) for c in own) < distance(stated[0], mention)
    ):
        return YearReading(stated[0].years, Basis(stated[0].kind))
    mine.sort(key=lambda c: min(abs(c.start - rel), abs(c.end - rel)))
    for cue in mine:
        if cue.kind in _STATED:
            return YearReading(cue.years, _STATED[cue.kind])
        if cue.kind == "year" and cue.years:
            return YearReading(cue.years, Basis.EXPLICIT)
        if cue.kind == "since":
            return since(cue.years[0], ref)
        if cue.kind == "since-last" and ref.year is not None:
            return since(ref.year - 1, ref)
        if cue.kind == "not-since":  # "has not enjoyed tier 2 status since 2004"
            return YearReading(cue.years, Basis.NOT_SINCE)
        if cue.kind == "first-since" and ref.latest_report_year is not None:
            return YearReading((*cue.years, ref.latest_report_year), Basis.FIRST_SINCE)
        if ref.year is None:
            return None  # a relative phrase without a reference year: ambiguous
        if cue.kind == "this-year":
            return YearReading((ref.year,), Basis.THIS_YEAR)
        if cue.kind in ("last-year", "years-ago", "years-after"):
            return YearReading((ref.year - cue.count,), _RELATIVE_BASES[cue.kind])
    if ref.latest_report_year is None:
        return None
    return YearReading((ref.latest_report_year,), Basis.DOCUMENT_DATE)


def before_now(reading: YearReading, ref: ReferenceTime) -> YearReading | None:
    """Years read from a pluperfect ("had been on the watch list"): the current report is not
    among them."""
    latest = ref.latest_report_year
    if reading.basis not in (Basis.DOCUMENT_DATE, Basis.SINCE, Basis.CONSECUTIVE) or latest is None:
        return reading
    if reading.basis is Basis.DOCUMENT_DATE:
        return YearReading((latest - 1,), Basis.HAD_BEEN)
    kept = tuple(y for y in reading.years if y < latest)
    return YearReading(kept, reading.basis) if kept else None


def direction(was: Mention, now: Mention, clause: str) -> Basis:
    """Which way a move went, from the tiers' ranks or the clause's verb."""
    if was is now:
        return Basis.UPGRADED_FROM if _UP.search(clause) else Basis.DOWNGRADED_FROM
    a, b = TIER_RANK.get(str(was.tier)), TIER_RANK.get(str(now.tier))
    if a is None or b is None:
        return Basis.MOVED_FROM
    return Basis.UPGRADED_FROM if a > b else Basis.DOWNGRADED_FROM


def years_before(was: Mention, now: Mention, latest: int, clause: str) -> dict[int, Basis]:
    """The years a "from X" or "after N years on X" tier covers, before the current one."""
    first = {latest - 1: direction(was, now, clause)}
    return first | {latest - k: Basis.CONSECUTIVE for k in range(2, was.back + 1)}


def _distance(span: Span, cue: YearCue, m: Mention) -> int:
    return min(abs(m.start - span.start - cue.end), abs(cue.start - (m.end - span.start)))


def same_as_follows(
    span: Span, cue: YearCue, mention: Mention, mains: Sequence[Mention], cues: Sequence[YearCue]
) -> bool:
    """ "the same categories as in the 2014 report, with the first four as Tier 2 Watch List
    nations": a same-as before a tier covers it, unless the tier has a verb or a year of its own
    ("..., and briefly climbing up to Tier 2 in 2017")."""
    if cue.end > mention.start - span.start:
        return False
    gap = span.text[cue.end : mention.start - span.start].lower()
    if _OWN_VERB.search(gap):
        return False
    return not any(
        c.kind == "year"
        and c.start > cue.end
        and min(mains, key=lambda m, c=c: _distance(span, c, m)) is mention
        for c in cues
    )


def runs_of(
    span: Span,
    mention: Mention,
    mains: Sequence[Mention],
    cues: Sequence[YearCue],
    others: Sequence[Mention] = (),
) -> list[YearCue]:
    """The cues of how long ("third year in a row", "the same categories as in 2014") that belong
    to this tier: the one nearest to it (a same-as after it); a same-as before it by
    same_as_follows."""
    out = []
    runs = [
        (m.run_start - span.start, m.start - span.start)
        for m in [*mains, *others]
        if m.run_start >= 0 and m is not mention
    ]
    for cue in cues:
        if cue.kind not in _RUNS:
            continue
        if any(a <= cue.start < b for a, b in runs):
            continue  # "after four years on the watch list": that tier's years
        nearest = min(mains, key=lambda m, c=cue: _distance(span, c, m))
        if cue.kind == "same-as" and cue.end <= mention.start - span.start:
            if same_as_follows(span, cue, mention, mains, cues):
                out.append(cue)
        elif nearest is mention:
            out.append(cue)
    return out


@dataclass
class Covered:
    """Every year a mention covers, and whether they are a duration that may end before the
    current report ("on the watch list for four years", told when it has just left it)."""

    years: dict[int, Basis]
    is_duration: bool = False


def expand(
    reading: YearReading,
    span: Span,
    low: str,
    mention: Mention,
    bounds: tuple[int, int],
    own_clause: str,
    stays: bool,
    cues: Sequence[YearCue],
    mains: Sequence[Mention],
    others: Sequence[Mention] = (),
) -> Covered:
    """Every year the mention covers: the year read, and the span its clause implies."""
    lo, hi = bounds
    read = dict.fromkeys(reading.years, reading.basis)
    latest = max(reading.years)
    is_duration = False
    # "remains", "kept", "again": the year before had the same tier.
    # Only in the tier's own clause: "prosecution remains weak, and it is on the watch list".
    # ... but "was again downgraded" is a move, not a stay.
    moved = _UP.search(own_clause) or _DOWN.search(own_clause) or _MOVED.search(own_clause)
    runs = runs_of(span, mention, mains, cues, others)
    forward = any(_RUN_FROM.match(low, span.start + c.end) for c in runs)
    if reading.basis not in _SPANS and not moved and stays and not forward:
        read.setdefault(latest - 1, Basis.REMAINS)
    if moved and not mention.is_from:
        # A tier moved to was not held for years: "has been there for four years and was
        # downgraded to Tier 3" (the run is the tier before).
        runs = [c for c in runs if c.kind == "same-as"]
    # "for the previous two years ... had been": counted back from the current report.
    now = latest + 1 if reading.basis is Basis.HAD_BEEN else latest
    for cue in runs:
        start = _RUN_FROM.match(low, span.start + cue.end)
        if cue.kind in ("consecutive", "duration") and start:
            first = int(start[1])
            for year in range(first, first + cue.count):  # the text alone gives every year
                read.setdefault(year, Basis.EXPLICIT)
            continue
        if cue.kind == "consecutive":  # "for a third year in a row"
            for back in range(1, cue.count):
                read.setdefault(latest - back, Basis.CONSECUTIVE)
        if cue.kind == "duration":  # "for four years": up to now, or up to the year before
            for back in range(1, cue.count):
                read.setdefault(latest - back, Basis.CONSECUTIVE)
            is_duration = reading.basis is Basis.DOCUMENT_DATE
        if cue.kind == "previous" and reading.basis in (Basis.DOCUMENT_DATE, Basis.HAD_BEEN):
            # "for the previous three years": the years before the current report only
            read = {now - back: Basis.CONSECUTIVE for back in range(1, cue.count + 1)}
        if cue.kind == "same-as":  # "the same categories as in the 2014 report"
            for y in cue.years or (latest - cue.count,):
                read.setdefault(y, Basis.SAME_AS)
    for stay in _STAYED_THERE.finditer(low, mention.end, hi):
        for cue in cues:  # the years right after it: "remained there in 2023"
            if cue.kind in ("year", "explicit") and 0 <= span.start + cue.start - stay.end() <= 4:
                for year in cue.years:
                    read.setdefault(year, Basis.REMAINS)
            if cue.kind == "through" and 0 <= span.start + cue.start - stay.end() <= 4:
                for year in range(latest + 1, cue.years[0] + 1):  # "stayed there through 2004"
                    read.setdefault(year, Basis.REMAINS)
    if mention.is_from:
        # "taken off the watch list" with no new tier named: only the years before are known.
        # ("Having spent four years on the watch list, ... moved up": the count is this tier's.)
        runs = [
            c.count
            for c in runs_of(span, mention, [*mains, mention], cues)
            if c.kind in ("consecutive", "duration", "previous")
        ]
        mention.back = max([mention.back, *runs])
        read = years_before(mention, mention, latest, low[lo:hi])
    return Covered(read, is_duration)
