"""Placements: a country's tier in a report year, read sentence by sentence.

A sentence yields a placement when it names a tier (any writing in lexicon/tiers.py), a ranked
country (the subject, not every country in it), and a report year (stated, or implied by the
document's date). Each rule below is one commented condition. Not handled, on purpose (they yield
nothing rather than a guess): bare "Congo"/"Korea"; a year from an earlier sentence unless this
one points back at the single report it named ("in it", "in that report"); "there" standing for
a tier except after a stay verb with its own year ("remained there in 2023"); tiers written as
bare numbers. Subjects: loaders/extract/subjects.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.context import DocumentContext
from loaders.extract.sentences import Span
from loaders.extract.subjects import Mention, assign_subjects
from loaders.extract.timeref import (
    ReferenceTime,
    YearCue,
    compile_lower,
    lower_same_length,
    year_cues,
)
from loaders.gazetteer import UNITED_STATES, country_name
from loaders.lexicon import tiers as lex
from loaders.schema import TIER_RANK, Placement, Tier

# One alternation of every alias, behind a lookahead on the aliases' first letters: most word
# starts fail there at once instead of trying every alias.
# Every pattern here runs on the lower-cased body (compile_lower): far faster than IGNORECASE.
_TIER_LOW = compile_lower(
    rf"\b(?={'|'.join(lex.ALIAS_STARTS)})(?:"
    + "|".join(f"(?P<a{i}>{p})" for i, (_, p, _) in enumerate(lex.TIER_ALIASES))
    + ")"
)
_BEFORE_TRIGGER, _AFTER_TRIGGER = 40, 60
_ALIAS_TIER = {f"a{i}": tier for i, (_, _, tier) in enumerate(lex.TIER_ALIASES)}
_ALIAS_LABEL = {f"a{i}": label for i, (label, _, _) in enumerate(lex.TIER_ALIASES)}
_TIP = compile_lower(lex.TIP_CONTEXT)
_OTHER_LIST = compile_lower(lex.OTHER_LISTS)
_NOT_PLACEMENT = compile_lower(lex.NOT_A_PLACEMENT)
_PENDING = compile_lower(lex.PENDING_AFTER)
_NEGATION = compile_lower(lex.NEGATION)
_DEFINITION = compile_lower(lex.DEFINITION)
_VAGUE = compile_lower(lex.VAGUE)
_REMAINS = compile_lower(lex.REMAINS)
_STAYED_THERE = compile_lower(lex.STAYED_THERE)
_REPORT_ANAPHOR = compile_lower(lex.REPORT_ANAPHOR)
_UP = compile_lower(lex.MOVED_UP)
_DOWN = compile_lower(lex.MOVED_DOWN)
_MOVED = compile_lower(lex.MOVED)
_MOVED_AFTER = compile_lower(lex.MOVED_AFTER)
_PAST_RUN = compile_lower(lex.PAST_RUN)
_PLUPERFECT = compile_lower(lex.PLUPERFECT)
_FROM_BEFORE = compile_lower(
    r"\b(?:from|off|out\s+of)\s+(?:(?:the|a|an|its|their|US|U\.S\.|American|State\s+Department"
    r"['’]s)\s+)*[\"“‘']?$"  # a tier name may be quoted: from the “Tier 2 Watch List”
)
# "a step above the watch list", "rather than Tier 3": a tier named only for comparison.
_COMPARED = compile_lower(
    r"\b(?:above|below|higher\s+than|lower\s+than|better\s+than|worse\s+than|short\s+of|"
    r"instead\s+of|rather\s+than|than)\s+(?:the\s+|a\s+)?$"
)
_BOUNDARY = compile_lower(r"[,;:—–(]|\bbut\b|\bwhile\b|\bwhereas\b")
_ASIDE = compile_lower(r",\s*(?:which|who|whose|the\s+\w+\s+says?|officials\s+said)\b[^,]*,")
_AND = compile_lower(r"\band\b")
_CLAUSE_IF = re.compile(r"^\W*(?:if|unless|whether|should|when|once)\b")
_HEADING_END = ".!?…\"'”’):;"


@dataclass
class _State:
    """What carries from sentence to sentence: the last country named as a subject."""

    ctx: DocumentContext
    last_subject: str = ""
    main: str | None = None

    def carried(self) -> str:
        if self.last_subject:
            return self.last_subject
        if self.main is None:
            self.main = self.ctx.main_country
        return self.main if self.main != UNITED_STATES else ""


def extract_placements(ctx: DocumentContext) -> Iterator[Placement]:
    """Every (country, report year, tier) the document states or clearly implies, with its sentence.

    One record per (iso3, year, tier, sentence). A heading's reading is dropped where the body
    gives the same country and year another tier (the body's precise sentence wins).
    """
    body = ctx.document.body
    # Cheap gates first: most documents and sentences never reach the readings below.
    low = lower_same_length(body)
    hits = _trigger_hits(low, ctx.sentences)
    if not hits or ("traffick" not in low and not _TIP.search(low)):
        return
    state = _State(ctx)
    records: dict[tuple[str, int, str, int], Placement] = {}
    headings: set[int] = set()
    for index in sorted(hits):
        span = ctx.sentences[index]
        if _is_heading(span):
            headings.add(span.start)
        mentions = _mentions(low, span, _windows(span, hits[index]))
        previous = ctx.sentences[index - 1] if index else None
        readings = _read_sentence(span, body, low, mentions, ctx.reference, state, previous)
        for iso3, year, tier, basis in readings:
            key = (iso3, year, str(tier), span.start)
            if key not in records:
                records[key] = Placement(
                    **ctx.provenance(span),
                    year=year,
                    country=country_name(iso3),
                    iso3=iso3,
                    tier=str(tier),
                    basis=basis,
                )
    # Headlines can contradict the body: the body's sentence wins, and a heading contradicted
    # for one year is not trusted for the others it implies.
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


def _trigger_hits(low: str, spans: tuple[Span, ...]) -> dict[int, list[int]]:
    """Sentence index -> offsets of the trigger words in it (str.find: faster than a regex)."""
    starts = [s.start for s in spans]
    hits: dict[int, list[int]] = {}
    for word in lex.TRIGGER_WORDS:
        at = low.find(word)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < spans[index].end:
                hits.setdefault(index, []).append(at)
            at = low.find(word, at + 1)
    return hits


def _windows(span: Span, hits: list[int]) -> list[tuple[int, int]]:
    """Stretches of the sentence around its trigger words, merged: only there can an alias be
    ("one level up from the worst offenders" starts 22 characters before its trigger word)."""
    out: list[tuple[int, int]] = []
    for at in sorted(hits):
        lo, hi = max(span.start, at - _BEFORE_TRIGGER), min(span.end, at + _AFTER_TRIGGER)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _is_heading(span: Span) -> bool:
    return len(span.text) < 200 and span.text[-1] not in _HEADING_END


def _mentions(low: str, span: Span, windows: list[tuple[int, int]]) -> list[Mention]:
    out = []
    body = low  # every search below runs on the lower-cased body
    text = low[span.start : span.end]
    found = [m for lo, hi in windows for m in _TIER_LOW.finditer(low, lo, hi)]
    for m in found:
        name = m.lastgroup or ""
        label = _ALIAS_LABEL[name]
        if not label.startswith("tier"):
            # "the Treasury blacklist", "currency watch list": another list, not a tier.
            near = body[max(span.start, m.start() - 30) : min(span.end, m.end() + 20)]
            if _OTHER_LIST.search(near):
                continue
        before = body[span.start : m.start()]
        if _COMPARED.search(before[-30:]):
            continue
        is_from = bool(_FROM_BEFORE.search(before[-50:])) and bool(
            _UP.search(text) or _DOWN.search(text) or _MOVED.search(text)
        )
        back = 1
        # "after a year on the blacklist", "after three years on the watch list": years left behind
        run = _PAST_RUN.search(before[-60:])
        years_on = 0 if run is None else _number_word(run["n"], one=True)
        if years_on:
            is_from, back = True, years_on
        out.append(Mention(m.start(), m.end(), _ALIAS_TIER[name], label, is_from, back))
    # "Cambodia, a Tier 2 Watch List country for three years, was upgraded on Thursday": a move
    # named after the only tier, with no tier to go to, makes that tier the one left behind.
    if len(out) == 1 and not out[0].is_from:
        after = body[out[0].end : span.end]
        move = _MOVED_AFTER.search(after)
        if move and not re.search(r"\bto\b", after[move.end() : move.end() + 12]):
            out[0].is_from = True
    return out


def _window(body: str, span: Span, mention: Mention, lo: int) -> str:
    """The predicate: from the clause holding the subject to the end of the tier words."""
    first = min((c.start for c in mention.subjects if c.start < mention.start), default=lo)
    first = max(first, lo)
    clause = max((m.end() for m in _BOUNDARY.finditer(body, lo, first)), default=lo)
    return body[clause : mention.end]


def _read_sentence(
    span: Span,
    body: str,
    low: str,
    mentions: list[Mention],
    ref: ReferenceTime,
    state: _State,
    previous: Span | None = None,
) -> Iterator[tuple[str, int, Tier, str]]:
    if not mentions:
        return
    text = low[span.start : span.end]
    # Vague spans and definitions state no placement.
    if _VAGUE.search(text) or _DEFINITION.search(text):
        return
    if len({m.tier for m in mentions}) > 1 and " between " in text:
        return
    mains = [m for m in mentions if not m.is_from] or mentions[:1]
    froms = [m for m in mentions if m.is_from and m not in mains]
    found = state.ctx.countries.within(span.start, span.end)
    assign_subjects(body, low, span, mains, state.carried, found)
    if not any(m.subjects for m in mains):
        return
    cues = year_cues(text)
    if previous is not None and not any(c.years for c in cues):
        cues += _report_named_before(text, low[previous.start : previous.end])
    body = low  # the readings below only search words: the lower-cased body
    for i, mention in enumerate(mains):
        lo = mains[i - 1].end if i else span.start
        hi = mains[i + 1].start if i + 1 < len(mains) else span.end
        if not mention.subjects:
            continue
        if mention.subjects[0].end > mention.subjects[0].start:
            state.last_subject = mention.subjects[0].iso3
        # A closed relative clause says nothing of the tier ("Cambodia, which can do more, is").
        window = _ASIDE.sub(",", _window(body, span, mention, lo))
        own_clause = window[max((m.end() for m in _BOUNDARY.finditer(window)), default=0) :]
        # Threats, hopes, recommendations, debates, pending decisions are not placements.
        if _NOT_PLACEMENT.search(window) or _CLAUSE_IF.search(body[lo : mention.start]):
            continue
        # Negation binds to the tier's own verb: "does not fully meet the standards and is
        # placed on the watch list" is a placement, "was not downgraded to Tier 3" is not.
        verb = own_clause[max((m.end() for m in _AND.finditer(own_clause)), default=0) :]
        if _NEGATION.search(verb) and not any(c.kind == "not-since" for c in cues):
            continue
        if _PENDING.search(body[mention.end : min(hi, mention.end + 40)]):
            continue
        years = _years(span, mention, mains, cues, ref)
        if years and _PLUPERFECT.search(window):
            years = _before_now(years, ref)  # "had been on the watch list": before this report
        if not years:
            continue
        clause = body[lo:hi]
        read = dict.fromkeys(years[0], years[1])
        latest = max(years[0])
        # "remains", "kept", "again": the year before had the same tier.
        # Only in the tier's own clause: "prosecution remains weak, and it is on the watch list".
        # ... but "was again downgraded" is a move, not a stay.
        moved = _UP.search(own_clause) or _DOWN.search(own_clause)
        stays = years[1] not in ("since", "not-since", "first-since") and not moved
        if stays and _REMAINS.search(own_clause):
            read.setdefault(latest - 1, "remains")
        for cue in cues:
            if not (lo <= span.start + cue.start < hi):
                continue
            if cue.kind == "consecutive":  # "for a third year in a row"
                for back in range(1, cue.count):
                    read.setdefault(latest - back, "consecutive")
            if cue.kind == "same-as":  # "the same categories as in the 2014 report"
                for y in cue.years or (latest - cue.count,):
                    read.setdefault(y, "same-as")
        for stay in _STAYED_THERE.finditer(body, mention.end, hi):
            for cue in cues:  # the years right after it: "remained there in 2023"
                if (
                    cue.kind in ("year", "explicit")
                    and 0 <= span.start + cue.start - stay.end() <= 4
                ):
                    for year in cue.years:
                        read.setdefault(year, "remains")
        if mention.is_from:
            # "taken off the watch list" with no new tier named: only the years before are known.
            runs = [c.count for c in cues if c.kind == "consecutive"]
            mention.back = max([mention.back, *runs])
            read = _before(mention, mention, latest, clause)
        tier_from = _from_mention(mention, froms, mains)
        if tier_from is not None:
            earlier = _before(tier_from, mention, latest, clause)
        for c in mention.subjects:
            for year, basis in read.items():
                yield c.iso3, year, mention.tier, basis
            if tier_from is not None:
                for year, basis in earlier.items():
                    yield c.iso3, year, tier_from.tier, basis
        for c in mention.shared:
            for year in years[0]:
                yield c.iso3, year, mention.tier, "shared"


def _report_named_before(text: str, before: str) -> list[YearCue]:
    """'... in it', 'in that report': the one report the sentence before named, as a cue here."""
    anaphor = _REPORT_ANAPHOR.search(text)
    if anaphor is None:
        return []
    named = {y for c in year_cues(before) if c.kind in ("explicit", "ordinal") for y in c.years}
    if len(named) != 1:
        return []  # none, or several: which one "it" is cannot be told
    return [YearCue(anaphor.start(), anaphor.end(), "explicit", (named.pop(),))]


def _from_mention(main: Mention, froms: list[Mention], mains: list[Mention]) -> Mention | None:
    """The "from X" tier tied to this main tier: the nearest one in its clause."""
    best = None
    for f in froms:
        nearest = min(mains, key=lambda m: abs(m.start - f.start))
        if nearest is main:
            best = f
    return best


def _before(was: Mention, now: Mention, latest: int, clause: str) -> dict[int, str]:
    """The years a "from X" or "after N years on X" tier covers, before the current one."""
    first = {latest - 1: _direction(was, now, clause)}
    return first | {latest - k: "consecutive" for k in range(2, was.back + 1)}


def _number_word(word: str, *, one: bool = False) -> int:
    """'three' -> 3, '4' -> 4; with ``one``, also 'a', 'an', 'one' -> 1 ("after a year on")."""
    word = word.lower()
    if one and word in ("a", "an", "one"):
        return 1
    return lex.NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)


def _direction(was: Mention, now: Mention, clause: str) -> str:
    if was is now:
        return "upgraded-from" if _UP.search(clause) else "downgraded-from"
    a, b = TIER_RANK.get(str(was.tier)), TIER_RANK.get(str(now.tier))
    if a is None or b is None:
        return "moved-from"
    return "upgraded-from" if a > b else "downgraded-from"


def _years(
    span: Span, mention: Mention, mains: list[Mention], cues: list[YearCue], ref: ReferenceTime
) -> tuple[tuple[int, ...], str] | None:
    """The report years a tier mention speaks of, and which reading gave them."""
    rel = mention.start - span.start

    def distance(cue: YearCue, m: Mention) -> int:
        return min(abs(m.start - span.start - cue.end), abs(cue.start - (m.end - span.start)))

    def nearest(cue: YearCue) -> Mention:
        # A year belongs to a tier of its own clause ("In 2009, ... Watch List; in 2010, ...").
        clause = _clause_of(span, cue.start)
        same = [m for m in mains if _clause_of(span, m.start - span.start) == clause]
        return min(same or mains, key=lambda m: distance(cue, m))

    stated = [c for c in cues if c.kind in ("explicit", "ordinal")]
    mine = [c for c in cues if nearest(c) is mention and c.kind not in ("consecutive", "same-as")]
    # One report named: the whole sentence is about it, unless this tier has a year of its own
    # ("upgraded to Tier 2 in the 2024 report, after being on the watch list last year").
    own = [c for c in mine if c.kind not in ("explicit", "ordinal")]
    if len({c.years for c in stated}) == 1 and not (
        own and min(distance(c, mention) for c in own) < distance(stated[0], mention)
    ):
        return stated[0].years, stated[0].kind
    mine.sort(key=lambda c: min(abs(c.start - rel), abs(c.end - rel)))
    for cue in mine:
        if cue.kind in ("explicit", "ordinal", "year") and cue.years:
            return cue.years, "ordinal" if cue.kind == "ordinal" else "explicit"
        if cue.kind == "since":
            return _since(cue.years[0], ref)
        if cue.kind == "not-since":  # "has not enjoyed tier 2 status since 2004"
            return cue.years, "not-since"
        if cue.kind == "first-since" and ref.latest_report_year is not None:
            return (*cue.years, ref.latest_report_year), "first-since"
        if ref.year is None:
            return None  # a relative phrase without a reference year: ambiguous
        if cue.kind == "this-year":
            return (ref.year,), "this-year"
        if cue.kind in ("last-year", "years-ago"):
            return (ref.year - cue.count,), cue.kind
    if ref.latest_report_year is None:
        return None
    return (ref.latest_report_year,), "document-date"


def _before_now(
    years: tuple[tuple[int, ...], str], ref: ReferenceTime
) -> tuple[tuple[int, ...], str] | None:
    """Years read from a pluperfect: the current report is not among them."""
    latest = ref.latest_report_year
    if years[1] not in ("document-date", "since", "consecutive") or latest is None:
        return years
    if years[1] == "document-date":
        return (latest - 1,), "had-been"
    kept = tuple(y for y in years[0] if y < latest)
    return (kept, years[1]) if kept else None


def _clause_of(span: Span, offset: int) -> int:
    """Which ';'-separated part of the sentence an offset (into the sentence) falls in."""
    return span.text.count(";", 0, offset)


def _since(year: int, ref: ReferenceTime) -> tuple[tuple[int, ...], str] | None:
    """ "since 2013": every report from 2013 to the latest out when the text was written."""
    if ref.latest_report_year is not None:
        last = ref.latest_report_year
    elif ref.year is not None:
        last = max(year, ref.year - 1)  # the reference year's report may not be out yet
    else:
        last = year  # no date at all: at least the year named
    if last < year:
        return None
    return tuple(range(year, last + 1)), "since"
