"""Report-year resolution: the document's reference time, and the year cues a sentence gives.

A TIP report's year is the year it came out (June or July; the 2025 report in late September).
A text dated before a report's release speaks of the previous report as the one in force: "since
2013" in May 2015 covers the 2013 and 2014 reports only. When the date falls in the release month
without a day, or gives no month, the text decides ("released today", "this year's report" -> out;
"upcoming", "ahead of" -> not yet); if it does not, the current report year stays unknown.
Not handled: years written in words ("two thousand and nine"); fiscal years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.documents import Document
from loaders.extract.sentences import Span
from loaders.lexicon.tiers import NUMBER_WORDS
from loaders.schema import FIRST_REPORT_YEAR

REPORT_MONTH = 6
# Release dates (month, day) of the reports, from the State Department's release announcements.
REPORT_RELEASES: dict[int, tuple[int, int]] = {
    2001: (7, 12), 2002: (6, 5), 2003: (6, 11), 2004: (6, 14), 2005: (6, 3), 2006: (6, 5),
    2007: (6, 12), 2008: (6, 4), 2009: (6, 16), 2010: (6, 14), 2011: (6, 27), 2012: (6, 19),
    2013: (6, 19), 2014: (6, 20), 2015: (7, 27), 2016: (6, 30), 2017: (6, 27), 2018: (6, 28),
    2019: (6, 20), 2020: (6, 25), 2021: (7, 1), 2022: (7, 19), 2023: (6, 15), 2024: (6, 24),
    2025: (9, 29),
}  # fmt: skip

_Y = r"(?:19|20)\d\d"
_YEARS = rf"{_Y}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*[-–]\s*|\s+(?:to|through)\s+){_Y})*"
_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th)?"
_REPORT = (
    r"(?:(?:U\.?S\.?|US|annual|global|State\s+Department(?:['’]s)?|American|\(TIP\))\s+)*"
    r"(?:(?:Trafficking\s+in\s+Persons|TIP|trafficking(?:[\s-]+in[\s-]+persons)?|human[\s-]+"
    r"trafficking|anti-trafficking)\s+(?:\(TIP\)\s+)?)?(?:report|ranking|rankings|edition|list)s?\b"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_NUMBER = {m: i % 12 + 1 for i, m in enumerate(_MONTHS.split("|"))}
_MONTH_NUMBER.update({"sept": 9, "may": 5})

_EXPLICIT = re.compile(
    rf"\b(?P<years>{_YEARS})(?:['’]s)?\s+{_REPORT}"
    rf"|\b(?:Trafficking\s+in\s+Persons|TIP|report|ranking)s?\s+(?:\(TIP\)\s+)?(?:report\s+)?"
    rf"(?:for\s+|of\s+)?(?P<after>{_Y})\b(?!\s*[-–]\s*{_Y})",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:annual\s+)?(?:Trafficking\s+in\s+Persons\s+|TIP\s+)?"
    r"(?:annual\s+)?(?:report|ranking|edition)\b",
    re.IGNORECASE,
)
_BARE = re.compile(
    rf"\b(?:in|for|of|during|from)\s+(?:the\s+)?(?P<years>{_YEARS})\b", re.IGNORECASE
)
_SINCE = re.compile(rf"\bsince\s+(?:the\s+)?(?P<year>{_Y})\b", re.IGNORECASE)
_NOT_SINCE = re.compile(rf"\b(?:not|never|n't)\b[^.;]*?\bsince\s+(?:the\s+)?{_Y}\b", re.IGNORECASE)
_RELATIVE = re.compile(
    rf"\b(?P<this>this\s+year(?:['’]s)?|the\s+current\s+report)\b"
    rf"|\b(?P<last>last\s+year(?:['’]s)?|(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+"
    rf"(?:previous|prior|last)\s+(?:year(?:['’]s)?|report|ranking))\b"
    rf"|\b(?P<n>{_NUM})\s+years\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
_CONSECUTIVE = re.compile(
    rf"\b(?P<n>{_NUM})\s+(?:consecutive|straight|successive)\s+(?:years?|times?|reports?)\b"
    rf"|\b(?P<n2>{_NUM})\s+(?:years?|times?)\s+(?:in\s+a\s+row|running)\b"
    rf"|\bfor\s+(?:a|the)\s+(?P<n3>{_NUM})\s+(?:year|time)\b"
    rf"|\bfor\s+(?:the\s+(?:past|last)\s+)?(?P<n4>{_NUM})\s+years\b",
    re.IGNORECASE,
)
_SAME_AS = re.compile(
    rf"\bsame\s+(?:categor(?:y|ies)|tiers?|rank(?:ing)?s?|positions?|places?|spots?)\s+as\s+"
    rf"(?:in\s+)?(?:the\s+)?(?:(?P<year>{_Y})|(?P<last>last\s+year|a\s+year\s+(?:ago|earlier)))",
    re.IGNORECASE,
)
# Years that are not report years: a plan's, a law's, a period's, a statistic's.
_DISTRACTOR = re.compile(
    rf"\b(?:{_MONTHS})\.?\s*(?:\d{{1,2}},?\s*)?$|\b(?:law|act|plan|strategy|sanction\w*|cases?|"
    r"convict\w*|prosecut\w*|investigat\w*|victims?|arrest\w*|budget|election|census|period|"
    r"fiscal|decree|signed|passed|enacted|adopted|memorandum|agreement|"
    r"visit\w*|founded|opened|elected)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
_DISTRACTOR_AFTER = re.compile(
    r"^\s*(?:[-–]\s*\d{2,4}|to\s+(?:" + _MONTHS + r")|(?:national\s+)?(?:action\s+)?(?:plan|law|"
    r"act|strategy|election|census|budget))",
    re.IGNORECASE,
)
_OUT_CUES = re.compile(
    r"\b(?:released|issued|published|unveiled|launched|presented|made\s+public)\s+"
    r"(?:on\s+)?(?:today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"this\s+week|last\s+week|earlier\s+this\s+(?:week|month)|on\s+(?:june|july|september)\b)"
    r"|\bthis\s+year['’]s\s+(?:\w+\s+){0,4}(?:report|ranking)|\b(?:newly|just)[\s-]+released\b"
    r"|\b(?:new|latest)\s+(?:annual\s+)?(?:TIP\s+|trafficking\s+(?:in\s+persons\s+)?)?report\b"
    r"|\b(?:today|yesterday|monday|tuesday|wednesday|thursday|friday)\s+(?:released|issued|"
    r"published|unveiled)\b|\b(?:released|issued|published|unveiled)\s+its\s+(?:annual|\d{4})\b",
    re.IGNORECASE,
)
_PRE_CUES = re.compile(
    r"\bupcoming\b|\bforthcoming\b|\bahead\s+of\b|\b(?:will|to)\s+be\s+(?:released|published|"
    r"issued)\b|\bdue\s+(?:out|to\s+be)\b|\bexpected\s+(?:to\s+be\s+(?:released|published)|"
    r"in\s+(?:june|july))\b|\bbraces?\s+for\b|\bnext\s+(?:month|week)['’]s\s+report\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Words without which _RELATIVE and _CONSECUTIVE cannot match (cheap tests first).
_RELATIVE_WORDS = ("this year", "last", "ago", "earlier", "before", "previous", "prior", "current")
_CONSECUTIVE_WORDS = (
    "consecutive",
    "straight",
    "successive",
    " row",
    "running",
    "for ",
)
_DATELINE = re.compile(
    rf"\b(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>{_Y})\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ReferenceTime:
    """When the document speaks from: its year and month, and whether they were inferred."""

    year: int | None
    month: int | None
    is_inferred: bool
    latest_report_year: int | None  # the newest report out when the document was written
    day: int | None = None


@dataclass(frozen=True, slots=True)
class YearCue:
    """A phrase in a sentence that says which report year(s) it speaks of."""

    start: int
    end: int
    kind: str  # explicit, ordinal, year, since, not-since, this-year, last-year, years-ago,
    # consecutive, same-as
    years: tuple[int, ...] = ()
    count: int = 0  # consecutive: how many years; years-ago/last-year: how far back


def _number(word: str) -> int:
    word = word.lower()
    return NUMBER_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)


def parse_years(text: str) -> tuple[int, ...]:
    """'2013, 2014 and 2015' -> (2013, 2014, 2015); '2010-2013' or '2010 to 2013' -> a range."""
    out: list[int] = []
    for m in re.finditer(rf"({_Y})(?:\s*(?:[-–]|to|through)\s*({_Y}))?", text):
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        out.extend(range(first, last + 1) if 0 <= last - first <= 25 else (first,))
    return tuple(y for y in out if y >= FIRST_REPORT_YEAR)


def _distracted(text: str, start: int, end: int) -> bool:
    return bool(_DISTRACTOR.search(text[max(0, start - 40) : start])) or bool(
        _DISTRACTOR_AFTER.match(text[end : end + 30])
    )


def year_cues(text: str) -> list[YearCue]:
    """Every year cue in a sentence, in order of position."""
    cues: list[YearCue] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    has_digit = bool(_DIGIT.search(text))
    # Each reading needs a word or a digit: test for it before running its regex.
    if "same" in low:
        for m in _SAME_AS.finditer(text):
            years = (int(m.group("year")),) if m.group("year") else ()
            cues.append(YearCue(m.start(), m.end(), "same-as", years, 0 if years else 1))
            taken.append(m.span())
    if has_digit:
        for m in _EXPLICIT.finditer(text):
            years = parse_years(m.group("years") or m.group("after"))
            if years and not any(a <= m.start() < b for a, b in taken):
                cues.append(YearCue(m.start(), m.end(), "explicit", years))
                taken.append(m.span())
    if "annual" in low or "edition" in low:
        for m in _ORDINAL.finditer(text):
            n = _number(m.group("n"))
            if 1 <= n <= 40 and not re.fullmatch(r"\d+", m.group("n")):
                year = FIRST_REPORT_YEAR - 1 + n
                cues.append(YearCue(m.start(), m.end(), "ordinal", (year,)))
    if has_digit and "since" in low:
        not_since = {m.end() for m in _NOT_SINCE.finditer(text)}
        for m in _SINCE.finditer(text):
            kind = "not-since" if m.end() in not_since else "since"
            cues.append(YearCue(m.start(), m.end(), kind, (int(m.group("year")),)))
            taken.append(m.span())
    if has_digit:
        for m in _BARE.finditer(text):
            inside = any(a <= m.start("years") < b for a, b in taken)
            if not inside and not _distracted(text, m.start("years"), m.end()):
                cues.append(YearCue(m.start(), m.end(), "year", parse_years(m.group("years"))))
    if any(w in low for w in _RELATIVE_WORDS):
        for m in _RELATIVE.finditer(text):
            if m.group("this"):
                cues.append(YearCue(m.start(), m.end(), "this-year"))
            elif m.group("last"):
                cues.append(YearCue(m.start(), m.end(), "last-year", count=1))
            else:
                n = _number(m.group("n"))
                cues.append(YearCue(m.start(), m.end(), "years-ago", count=n))
    if any(w in low for w in _CONSECUTIVE_WORDS):
        for m in _CONSECUTIVE.finditer(text):
            n = _number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4"))
            if n >= 2:
                cues.append(YearCue(m.start(), m.end(), "consecutive", count=n))
    return sorted(cues, key=lambda c: c.start)


def _is_out(year: int, month: int | None, day: int | None, text: str) -> bool | None:
    """Was the ``year`` report out at that date? None when neither date nor text tells."""
    release = REPORT_RELEASES.get(year, (REPORT_MONTH, 15))
    if month is not None and month != release[0]:
        return month > release[0]
    if month is not None and day is not None:
        return (month, day) >= release
    if _PRE_CUES.search(text):
        return False
    if _OUT_CUES.search(text):
        return True
    return True if year in _named_report_years(text) else None


def _named_report_years(text: str) -> list[int]:
    return [y for m in _EXPLICIT.finditer(text) for y in parse_years(m["years"] or m["after"])]


def reference_time(document: Document, spans: tuple[Span, ...]) -> ReferenceTime:
    """The document's reference time: its published date, else what its text says.

    Without a date: a dateline ("June 28, 2016") gives the date; else the latest report year the
    text names is taken as the current one (that report is out: the text names it).
    """
    body = document.body
    if document.published is not None:
        p = document.published
        out = _is_out(p.year, p.month, p.day, body)
        latest = None if out is None else (p.year if out else p.year - 1)
        return ReferenceTime(p.year, p.month, False, latest, p.day)
    m = _DATELINE.search(body, 0, 400)
    if m:
        year, month, day = int(m["year"]), _MONTH_NUMBER[m["month"].lower()], int(m["day"])
        out = _is_out(year, month, day, body)
        return ReferenceTime(year, month, True, year if out else year - 1, day)
    named = _named_report_years(body)
    year = max(named) if named else None
    return ReferenceTime(year, None, True, year)
