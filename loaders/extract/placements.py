"""Placements: a country's tier in a report year, read sentence by sentence.

A sentence yields a placement when it names a tier (any writing in lexicon/tiers.py), a ranked
country (the subject, not every country in it), and a report year (stated, or implied by the
document's date). Each rule below is one commented condition. Not handled, on purpose (they yield
nothing rather than a guess): bare "Congo"/"Korea"; a subject carried by anything but a pronoun
("the kingdom", "it"); a year carried from an earlier sentence; tiers written as bare numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

from loaders.extract.context import DocumentContext
from loaders.extract.sentences import Span
from loaders.extract.timeref import ReferenceTime, YearCue, year_cues
from loaders.gazetteer import UNITED_STATES, CountryMention, country_name, find_countries
from loaders.gazetteer import main_country as document_main_country
from loaders.lexicon import tiers as lex
from loaders.schema import TIER_RANK, Placement, Tier

_I = re.IGNORECASE
# One alternation of every alias, behind a lookahead on the aliases' first letters: most word
# starts fail there at once instead of trying every alias.
_TIER_RE = re.compile(
    rf"\b(?={'|'.join(lex.ALIAS_STARTS)})(?:"
    + "|".join(f"(?P<a{i}>{p})" for i, (_, p, _) in enumerate(lex.TIER_ALIASES))
    + ")",
    _I,
)
_ALIAS_TIER = {f"a{i}": tier for i, (_, _, tier) in enumerate(lex.TIER_ALIASES)}
_ALIAS_LABEL = {f"a{i}": label for i, (label, _, _) in enumerate(lex.TIER_ALIASES)}
_TIP = re.compile(lex.TIP_CONTEXT, _I)
_OTHER_LIST = re.compile(lex.OTHER_LISTS, _I)
_NOT_PLACEMENT = re.compile(lex.NOT_A_PLACEMENT, _I)
_PENDING = re.compile(lex.PENDING_AFTER, _I)
_DEFINITION = re.compile(lex.DEFINITION, _I)
_VAGUE = re.compile(lex.VAGUE, _I)
_REMAINS = re.compile(lex.REMAINS, _I)
_UP = re.compile(lex.MOVED_UP, _I)
_DOWN = re.compile(lex.MOVED_DOWN, _I)
_CARRIED = re.compile(lex.CARRIED_SUBJECT, _I)
_PAST_RUN = re.compile(lex.PAST_RUN, _I)
_FROM_BEFORE = re.compile(
    r"\b(?:from|off|out\s+of)\s+(?:(?:the|a|an|its|their|US|U\.S\.|American|State\s+Department"
    r"['’]s)\s+)*$",
    _I,
)
_PREPOSITION = re.compile(
    r"\b(?:in|from|to|into|with|by|against|than|between|across|near|at|for|of|about|like|"
    r"unlike|among|over|toward|towards|via|through|on|neighbou?ring|neighbou?r|"
    r"as\s+well\s+as)\s+(?:the\s+)?$",
    _I,
)
_STATE_OF = re.compile(
    r"\b(?:government|kingdom|republic|state|authorities)\s+of\s+(?:the\s+)?$", _I
)
_LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|as\s+well\s+as\s+)$", _I)
_RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:which|who|where|that|whose)\b", _I)
# "a space it shares with", "shares the watch list with": sharing a place in the ranking, not a
# border ("shares a border with Thailand").
_SHARED = re.compile(r"\bshar(?:e|es|ed|ing)\b(?P<what>[^.;]{0,60}?)\bwith\b", _I)
_SHARED_WHAT = re.compile(
    r"\b(?:space|place|spot|category|ranking|rank|list|status|position|distinction|company|tier|"
    r"level|rung|bottom|basement|designation|grade|rating)\b",
    _I,
)
# "downgraded to Tier 3 along with Malaysia and Venezuela": co-subjects after the tier.
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with|alongside|as\s+did|as\s+were)\s+$", _I)
_BOUNDARY = re.compile(r"[,;:—–(]|\bbut\b|\bwhile\b|\bwhereas\b", _I)
_CLAUSE_IF = re.compile(r"^\W*(?:if|unless|whether|should|when|once)\b", _I)
_ITSELF = re.compile(r"\bitself\b", _I)
_HEADING_END = ".!?…\"'”’):;"


@dataclass
class _Mention:
    start: int  # offsets into the body
    end: int
    tier: Tier
    label: str
    is_from: bool = False  # the tier before a move ("from X"), or a run before ("after 3 years on")
    back: int = 1  # how many years before the current one it covers
    subjects: list[CountryMention] = field(default_factory=list)
    shared: list[CountryMention] = field(default_factory=list)


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
            self.main = document_main_country(self.ctx.document.body)
        return self.main if self.main != UNITED_STATES else ""


def extract_placements(ctx: DocumentContext) -> Iterator[Placement]:
    """Every (country, report year, tier) the document states or clearly implies, with its sentence.

    One record per (iso3, year, tier, sentence). A heading's reading is dropped where the body
    gives the same country and year another tier (the body's precise sentence wins).
    """
    body = ctx.document.body
    # Cheap gates first: most documents and sentences never reach the readings below.
    low = body.lower()
    hit = _triggered_sentences(low, ctx.sentences)
    if not hit or ("traffick" not in low and not _TIP.search(body)):
        return
    state = _State(ctx)
    records: dict[tuple[str, int, str, int], Placement] = {}
    headings: set[int] = set()
    for index in hit:
        span = ctx.sentences[index]
        if _is_heading(span):
            headings.add(span.start)
        for iso3, year, tier, basis in _read_sentence(span, body, ctx.reference, state):
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


def _triggered_sentences(low: str, spans: tuple[Span, ...]) -> list[int]:
    """Indexes of the sentences holding a trigger word (str.find: far faster than a regex)."""
    starts = [s.start for s in spans]
    hit: set[int] = set()
    for word in lex.TRIGGER_WORDS:
        at = low.find(word)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            hit.add(index)
            # jump to the next sentence: one hit is enough for it
            nxt = spans[index + 1].start if index + 1 < len(spans) else len(low)
            at = low.find(word, max(at + 1, nxt))
    return sorted(i for i in hit if i >= 0)


def _is_heading(span: Span) -> bool:
    return len(span.text) < 200 and span.text[-1] not in _HEADING_END


def _mentions(body: str, span: Span) -> list[_Mention]:
    out = []
    for m in _TIER_RE.finditer(body, span.start, span.end):
        name = m.lastgroup or ""
        label = _ALIAS_LABEL[name]
        if not label.startswith("tier"):
            # "the Treasury blacklist", "currency watch list": another list, not a tier.
            near = body[max(span.start, m.start() - 30) : min(span.end, m.end() + 20)]
            if _OTHER_LIST.search(near):
                continue
        before = body[span.start : m.start()]
        is_from = bool(_FROM_BEFORE.search(before)) and bool(
            _UP.search(span.text) or _DOWN.search(span.text)
        )
        back = 1
        run = _PAST_RUN.search(before[-80:])
        if run and _number_word(run["n"]) > 1:
            is_from, back = True, _number_word(run["n"])
        out.append(_Mention(m.start(), m.end(), _ALIAS_TIER[name], label, is_from, back))
    return out


def _candidates(body: str, span: Span) -> list[CountryMention]:
    """Countries that can be the ranked subject: named as states, not after a preposition."""
    found = [c for c in find_countries(body, span.start, span.end) if c.names_state]
    keep_us = bool(_ITSELF.search(span.text))  # "the United States ranked itself Tier 1"
    out: list[CountryMention] = []
    head_ok = True
    prev: CountryMention | None = None
    for c in found:
        before = body[span.start : c.start]
        glued = prev is not None and _LIST_GLUE.match(body[prev.end : c.start])
        if not glued:
            # A list takes the role of its first item ("Burma, North Korea and Laos remain").
            head_ok = not _PREPOSITION.search(before[-40:]) or bool(_STATE_OF.search(before[-40:]))
            if _RELATIVE.match(body[c.end : c.end + 30]):
                head_ok = True  # "Thailand, which remains on Tier 3"
        prev = c
        if head_ok and (c.iso3 != UNITED_STATES or keep_us):
            out.append(c)
    return out


def _assign_subjects(body: str, span: Span, mains: list[_Mention], state: _State) -> None:
    countries = _candidates(body, span)
    shared_at = [
        m.end()
        for m in _SHARED.finditer(body, span.start, span.end)
        if _SHARED_WHAT.search(body[max(span.start, m.start() - 25) : m.end()])
        or any(m.start() < x.start < m.end() for x in mains)
    ]
    named = [c for c in find_countries(body, span.start, span.end) if c.names_state]
    for i, mention in enumerate(mains):
        lo = mains[i - 1].end if i else span.start
        hi = mains[i + 1].start if i + 1 < len(mains) else span.end
        before = [c for c in countries if lo <= c.start < mention.start]
        relative = [c for c in before if _RELATIVE.match(body[c.end : c.end + 30])]
        if relative:
            before = relative[-1:]
        # "a space it shares with China and Papua New Guinea": the others share the tier.
        after_shared = [c for c in named if shared_at and c.start > shared_at[0]]
        after_shared = [c for c in after_shared if c.iso3 != UNITED_STATES]
        mention.shared = [c for c in after_shared if mention.end <= c.start < hi or c in before]
        before = [c for c in before if c not in mention.shared]
        if before:
            mention.subjects = before + _along_with(body, named, mention.end, hi)
        elif i == 0:
            mention.subjects = [c for c in countries if mention.end <= c.start < hi]
            mention.subjects = [c for c in mention.subjects if c not in mention.shared]
        else:
            mention.subjects = list(mains[i - 1].subjects)
        if not mention.subjects and not named and _CARRIED.search(body[lo : mention.start]):
            iso3 = state.carried()
            if iso3:
                mention.subjects = [CountryMention(lo, lo, iso3, False, True)]
    # A country named again beside a later tier belongs to that one ("..., and North Korea on
    # Tier 3, respectively").
    for i, mention in enumerate(mains):
        later = {c.iso3 for m in mains[i + 1 :] for c in m.subjects if c.start > mention.end}
        mention.subjects = [c for c in mention.subjects if c.iso3 not in later]


def _along_with(body: str, named: list[CountryMention], lo: int, hi: int) -> list[CountryMention]:
    """Countries in a list after "along with" between lo and hi."""
    out: list[CountryMention] = []
    for c in named:
        if not lo <= c.start < hi:
            continue
        glued = out and _LIST_GLUE.match(body[out[-1].end : c.start])
        if glued or _ALONG_WITH.search(body[max(lo, c.start - 30) : c.start]):
            out.append(c)
    return out


def _window(body: str, span: Span, mention: _Mention, lo: int) -> str:
    """The predicate: from the clause holding the subject to the end of the tier words."""
    first = min((c.start for c in mention.subjects if c.start < mention.start), default=lo)
    first = max(first, lo)
    clause = max((m.end() for m in _BOUNDARY.finditer(body, lo, first)), default=lo)
    return body[clause : mention.end]


def _read_sentence(
    span: Span, body: str, ref: ReferenceTime, state: _State
) -> Iterator[tuple[str, int, Tier, str]]:
    mentions = _mentions(body, span)
    if not mentions:
        return
    # Vague spans and definitions state no placement.
    if _VAGUE.search(span.text) or _DEFINITION.search(span.text):
        return
    if len({m.tier for m in mentions}) > 1 and re.search(r"\bbetween\b", span.text, _I):
        return
    mains = [m for m in mentions if not m.is_from] or mentions[:1]
    froms = [m for m in mentions if m.is_from and m not in mains]
    _assign_subjects(body, span, mains, state)
    cues = year_cues(span.text)
    for i, mention in enumerate(mains):
        lo = mains[i - 1].end if i else span.start
        hi = mains[i + 1].start if i + 1 < len(mains) else span.end
        if not mention.subjects:
            continue
        if mention.subjects[0].end > mention.subjects[0].start:
            state.last_subject = mention.subjects[0].iso3
        window = _window(body, span, mention, lo)
        # Threats, hopes, recommendations, debates, pending decisions are not placements.
        if _NOT_PLACEMENT.search(window) or _CLAUSE_IF.search(body[lo : mention.start]):
            continue
        if _PENDING.search(body[mention.end : min(hi, mention.end + 40)]):
            continue
        years = _years(span, mention, mains, cues, ref)
        if not years:
            continue
        clause = body[lo:hi]
        read = dict.fromkeys(years[0], years[1])
        latest = max(years[0])
        # "remains", "kept", "again": the year before had the same tier.
        if years[1] not in ("since", "not-since") and _REMAINS.search(window):
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
        if mention.is_from:
            # "taken off the watch list" with no new tier named: only the years before are known.
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


def _from_mention(main: _Mention, froms: list[_Mention], mains: list[_Mention]) -> _Mention | None:
    """The "from X" tier tied to this main tier: the nearest one in its clause."""
    best = None
    for f in froms:
        nearest = min(mains, key=lambda m: abs(m.start - f.start))
        if nearest is main:
            best = f
    return best


def _before(was: _Mention, now: _Mention, latest: int, clause: str) -> dict[int, str]:
    """The years a "from X" or "after N years on X" tier covers, before the current one."""
    first = {latest - 1: _direction(was, now, clause)}
    return first | {latest - k: "consecutive" for k in range(2, was.back + 1)}


def _number_word(word: str) -> int:
    word = word.lower()
    return lex.NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else 0)


def _direction(was: _Mention, now: _Mention, clause: str) -> str:
    if was is now:
        return "upgraded-from" if _UP.search(clause) else "downgraded-from"
    a, b = TIER_RANK.get(str(was.tier)), TIER_RANK.get(str(now.tier))
    if a is None or b is None:
        return "moved-from"
    return "upgraded-from" if a > b else "downgraded-from"


def _years(
    span: Span, mention: _Mention, mains: list[_Mention], cues: list[YearCue], ref: ReferenceTime
) -> tuple[tuple[int, ...], str] | None:
    """The report years a tier mention speaks of, and which reading gave them."""
    rel = mention.start - span.start

    def nearest(cue: YearCue) -> _Mention:
        return min(
            mains,
            key=lambda m: min(
                abs(m.start - span.start - cue.end), abs(cue.start - (m.end - span.start))
            ),
        )

    stated = [c for c in cues if c.kind in ("explicit", "ordinal")]
    if len({c.years for c in stated}) == 1:
        return stated[0].years, stated[0].kind  # one report named: the whole sentence is about it
    mine = [c for c in cues if nearest(c) is mention and c.kind not in ("consecutive", "same-as")]
    mine.sort(key=lambda c: min(abs(c.start - rel), abs(c.end - rel)))
    for cue in mine:
        if cue.kind in ("explicit", "ordinal", "year") and cue.years:
            return cue.years, "ordinal" if cue.kind == "ordinal" else "explicit"
        if cue.kind == "since":
            return _since(cue.years[0], ref)
        if cue.kind == "not-since":  # "has not enjoyed tier 2 status since 2004"
            return cue.years, "not-since"
        if ref.year is None:
            return None  # a relative phrase without a reference year: ambiguous
        if cue.kind == "this-year":
            return (ref.year,), "this-year"
        if cue.kind in ("last-year", "years-ago"):
            return (ref.year - cue.count,), cue.kind
    if ref.latest_report_year is None:
        return None
    return (ref.latest_report_year,), "document-date"


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
