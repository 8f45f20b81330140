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
from loaders.lexicon import time as time_lex
from loaders.lexicon.tiers import NUMBER_WORDS
from loaders.schema import FIRST_REPORT_YEAR

# The release day of each report with a source (lexicon/time.py); other reports came out in June
# or July (RELEASE_WINDOW), and then the text decides.
REPORT_RELEASES: dict[int, tuple[int, int]] = {r.year: (r.month, r.day) for r in time_lex.RELEASES}
RELEASE_WINDOW = time_lex.RELEASE_WINDOW

_Y = r"(?:19|20)\d\d"
# Years in a row: "2013, 2014 and 2015", "2010-2013", "2010 to 2013", "2014-15".
_YEARS = (
    rf"{_Y}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*[-–]\s*|\s+(?:to|through)\s+){_Y}"
    r"|\s*[-–/]\s*\d\d(?!\d))*"
)
_NUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th)?"
_REPORT = (
    r"(?:(?:U\.?S\.?|US|annual|global|State\s+Department(?:['’]s)?|American|\(TIP\))\s+)*"
    r"(?:(?:Trafficking\s+in\s+Persons|TIP|trafficking(?:[\s-]+in[\s-]+persons)?|human[\s-]+"
    r"trafficking|anti-trafficking)\s+(?:\(TIP\)\s+)?)?(?:report|ranking|rankings|edition|list)s?\b"
)
_MONTHS = time_lex.MONTHS


def compile_lower(pattern: str) -> re.Pattern[str]:
    """Compile a pattern to run on lower-cased text: literal capitals lowered, escapes kept.

    Case-sensitive matching on lower-cased text is several times faster than IGNORECASE.
    """

    def lowered(m: re.Match[str]) -> str:
        return m.group().lower() if len(m.group()) == 1 else m.group()

    return re.compile(re.sub(r"\\.|\(\?P|[A-Z]", lowered, pattern))


def lower_same_length(text: str) -> str:
    """text.lower(), keeping offsets: a character whose lower case is longer ("İ") stays as is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_MONTH_NUMBER = {m: i % 12 + 1 for i, m in enumerate(_MONTHS.split("|"))}
_MONTH_NUMBER.update({"sept": 9, "may": 5})

_EXPLICIT = compile_lower(
    rf"\b(?P<years>{_YEARS})(?:['’]s)?\s+{_REPORT}"
    rf"|\b(?:Trafficking\s+in\s+Persons|TIP|report|ranking)s?\s+(?:\(TIP\)\s+)?(?:report\s+)?"
    rf"(?:for\s+|of\s+)?(?:(?:{time_lex.MONTHS})\.?\s+)?(?P<after>{_Y})\b(?!\s*[-–]\s*{_Y})"
)
_ORDINAL = compile_lower(
    rf"\b(?P<n>{_NUM})\s+(?:annual\s+)?(?:Trafficking\s+in\s+Persons\s+|TIP\s+)?"
    r"(?:annual\s+)?(?:report|ranking|edition)\b"
)
_BARE = compile_lower(
    rf"\b(?:in|for|of|during|from|as\s+recently\s+as|as\s+late\s+as|back\s+in)\s+(?:the\s+)?"
    rf"(?P<years>{_YEARS})\b"
)
_FIRST_TIME = re.compile(r"\bfirst\s+(?:time\s+)?$")
_SINCE = compile_lower(rf"\bsince\s+(?:the\s+)?(?P<year>{_Y})\b")
# "since last year's report knocked it down": every report from last year's on.
_SINCE_LAST = compile_lower(r"\bsince\s+last\s+year(?:['’]s)?\b")
_NOT_SINCE = compile_lower(rf"\b(?:not|never|n't)\b[^.;]*?\bsince\s+(?:the\s+)?{_Y}\b")
_RELATIVE = compile_lower(
    rf"\b(?P<this>this\s+year(?:['’]s)?|the\s+current\s+report)\b"
    rf"|\b(?P<last>last\s+year(?:['’]s)?|(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+"
    rf"(?:previous|prior|last)\s+(?:year(?:['’]s)?|report|ranking))\b"
    rf"|\b(?P<n>{_NUM})\s+years\s+(?:ago|earlier|before)\b"
    # "one year after the country was upgraded": that happened a year before the text's
    rf"|\b(?P<after>one|a|{_NUM})\s+years?\s+after\b"
)
# "A year later it had climbed to Tier 2": a year counted from the one the sentence before gave.
_LATER = compile_lower(
    rf"\b(?P<n>a|one|{_NUM})\s+years?\s+later\b|\bthe\s+(?:following|next)\s+(?:year|report)\b"
)
# "stayed there through 2004": the years up to that one.
_THROUGH = compile_lower(rf"\b(?:through|until|till|up\s+to)\s+(?:the\s+)?(?P<year>{_Y})\b")
# "efforts over the previous year", "during the last year": the period a report covers (its
# reporting period), not a placement a year back.
_PERIOD_BEFORE = re.compile(r"\b(?:over|during|throughout|across|within)\s+$")
# A run of years: "a third year in a row" (an ordinal: this year is the third), "four consecutive
# years", "for the past four years" (a duration: it may end before this year, see years.py),
# "for the previous three years" (the years before this one).
_CONSECUTIVE = compile_lower(
    rf"\b(?P<n>{_NUM})\s+(?:consecutive|straight|successive)\s+(?:years?|times?|reports?)\b"
    rf"|\b(?P<n2>{_NUM})\s+(?:years?|times?)\s+(?:in\s+a\s+row|running)\b"
    rf"|\bfor\s+(?:a|the)\s+(?P<n3>{_NUM})\s+(?:year|time)\b"
    rf"|\b(?:for|over|in|spent|spending|spends)\s+(?:the\s+(?P<last>past|last|previous|prior|"
    rf"preceding)\s+)?(?P<n4>{_NUM})\s+(?:years|editions|reports)\b"
    # "in the two previous editions": the count before the adjective
    rf"|\b(?:for|over|in|during)\s+the\s+(?P<n5>{_NUM})\s+(?P<last2>past|last|previous|prior|"
    rf"preceding)\s+(?:years|editions|reports)\b"
)
_ORDINAL_WORD = re.compile(r"(?:first|second|third|\w+th|\d+(?:st|nd|rd|th))$")
# "the same categories as in the 2014 report", "the same rank it occupied in 2015 and 2016".
_SAME_AS = compile_lower(
    rf"\bsame\s+(?:categor(?:y|ies)|tiers?|rank(?:ing)?s?|positions?|places?|spots?|levels?|"
    rf"status)\s+(?:as\s+|that\s+|which\s+)?(?:(?:it|they)\s+)?(?:(?:had|has|have)\s+)?"
    rf"(?:(?:appeared|occupied|held|had|were|was|enjoyed|stood|sat)\s+)?(?:in\s+|at\s+)?"
    rf"(?:the\s+)?(?:(?P<years>{_YEARS})|(?P<last>last\s+year|a\s+year\s+(?:ago|earlier)))"
)
# The report just out, by another name: "Monday's report", "the report released Friday".
_CURRENT = compile_lower(
    rf"\b(?:{time_lex.WEEKDAYS}|today|yesterday|this\s+week)['’]s\s+(?:\w+\s+){{0,4}}?"
    rf"(?:report|ranking)\b"
    rf"|\b(?:the\s+)?(?:new|newly\s+released|just[\s-]+released|latest)\s+(?:\w+\s+){{0,5}}?"
    rf"(?:report|ranking)\b"
    rf"|\breport\s+(?:released|issued|published)\s+(?:on\s+)?(?:today|yesterday|this\s+week|"
    rf"{time_lex.WEEKDAYS})\b"
)
# Years that are not report years: a plan's, a law's, a period's, a statistic's.
_DISTRACTOR = compile_lower(
    rf"\b(?:{_MONTHS})\.?\s*(?:\d{{1,2}},?\s*)?$|\b(?:law|act|plan|strategy|sanction\w*|cases?|"
    r"convict\w*|prosecut\w*|investigat\w*|victims?|arrest\w*|budget|election|census|period|"
    r"fiscal|decree|signed|passed|enacted|adopted|memorandum|agreement|"
    r"visit\w*|founded|opened|elected)\b[^.;]{0,25}$"
    # a figure's year: "36 convicted in 2009", "only 11 in 2008", "$877,407 in 2015"
    r"|(?<!tier\s)(?<!tier-)\b(?!(?:19|20)\d\d\b)\d[\d,.]*%?\s+(?:[a-z]+\s+){0,3}(?:in|during|by|for)\s+(?:the\s+)?$"
)
_DISTRACTOR_AFTER = compile_lower(
    r"^\s*(?:to\s+(?:" + _MONTHS + r")|(?:national\s+)?(?:action\s+)?(?:plan|law|"
    r"act|strategy|election|census|budget|reporting|fiscal|financial|school|academic|period))"
)
_AFTER_RELEASE = compile_lower("|".join(time_lex.AFTER_RELEASE))
_BEFORE_RELEASE = compile_lower("|".join(time_lex.BEFORE_RELEASE))
_SPEAKS_OF_REPORT = compile_lower(r"\breports?\b|\bTIP\b|\branking|\btrafficking\s+in\s+persons\b")
# The readings that need a digit need a year: a digit gates little ("Tier 2" is in most).
_YEAR = re.compile(_Y)
# Words without which _RELATIVE and _CONSECUTIVE cannot match (cheap tests first).
_RELATIVE_WORDS = (
    "this year",
    "last",
    "ago",
    "earlier",
    "before",
    "previous",
    "prior",
    "current",
    "after",
)
_CONSECUTIVE_WORDS = (
    "consecutive", "straight", "successive", " row", "running", "year", "edition", "reports",
)  # fmt: skip
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
    # True when nothing settled whether the year's report was out (a date with no month, or in an
    # unsourced release month, and no cue either way): it was taken as out, and the readings that
    # rest on it are marked inferred.
    is_release_assumed: bool = False


@dataclass(frozen=True, slots=True)
class YearCue:
    """A phrase in a sentence that says which report year(s) it speaks of."""

    start: int
    end: int
    # explicit, ordinal, current, year, since, not-since, first-since, this-year, last-year,
    # years-ago, years-after, later, through, consecutive, duration, previous, same-as
    kind: str
    years: tuple[int, ...] = ()
    count: int = 0  # consecutive: how many years; years-ago/last-year: how far back


def _number(word: str) -> int:
    word = word.lower()
    return NUMBER_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)


def parse_years(text: str) -> tuple[int, ...]:
    """'2013, 2014 and 2015' -> (2013, 2014, 2015); '2010-2013', '2010 to 2013' or '2014-15' ->
    a range."""
    out: list[int] = []
    for m in re.finditer(
        rf"({_Y})(?:\s*(?:[-–]|to|through)\s*({_Y})|\s*[-–/]\s*(\d\d)(?!\d))?", text
    ):
        first = int(m.group(1))
        last = int(m.group(2) or (m.group(1)[:2] + m.group(3) if m.group(3) else m.group(1)))
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
    text = low = lower_same_length(text)  # the cue patterns are compiled for lower-case text
    has_year = bool(_YEAR.search(text))
    # Each reading needs a word or a year: test for it before running its regex.
    if "same" in low:
        for m in _SAME_AS.finditer(text):
            years = parse_years(m.group("years")) if m.group("years") else ()
            cues.append(YearCue(m.start(), m.end(), "same-as", years, 0 if years else 1))
            taken.append(m.span())
    if "report" in low or "ranking" in low:
        for m in _CURRENT.finditer(text):
            cues.append(YearCue(m.start(), m.end(), "current"))
    if has_year:
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
    if has_year and "since" in low:
        not_since = {m.end() for m in _NOT_SINCE.finditer(text)}
        for m in _SINCE.finditer(text):
            kind = "not-since" if m.end() in not_since else "since"
            if _FIRST_TIME.search(text, max(0, m.start() - 25), m.start()):
                kind = "first-since"  # "for the first time since 2005": 2005 and now
            cues.append(YearCue(m.start(), m.end(), kind, (int(m.group("year")),)))
            taken.append(m.span())
    if "since last year" in low:
        for m in _SINCE_LAST.finditer(text):
            cues.append(YearCue(m.start(), m.end(), "since-last"))
            taken.append(m.span())
    if has_year:
        for m in _BARE.finditer(text):
            inside = any(a <= m.start("years") < b for a, b in taken)
            if not inside and not _distracted(text, m.start("years"), m.end()):
                cues.append(YearCue(m.start(), m.end(), "year", parse_years(m.group("years"))))
    if any(w in low for w in _RELATIVE_WORDS):
        for m in _RELATIVE.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue  # "since last year" is read above
            if m.group("this"):
                cues.append(YearCue(m.start(), m.end(), "this-year"))
            elif m.group("last"):
                if not _PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    cues.append(YearCue(m.start(), m.end(), "last-year", count=1))
            elif m.group("after"):  # "one year after X": X, the tier after it, a year back
                word = m.group("after")
                n = 1 if word in ("one", "a") else _number(word)
                cues.append(YearCue(m.start(), m.end(), "years-after", count=n))
            else:
                cues.append(YearCue(m.start(), m.end(), "years-ago", count=_number(m.group("n"))))
    if "later" in low or "following" in low or "next" in low:
        for m in _LATER.finditer(text):
            word = m.group("n")
            n = 1 if word is None or word in ("a", "one") else _number(word)
            cues.append(YearCue(m.start(), m.end(), "later", count=n))
    if has_year and ("through" in low or "until" in low or "till" in low or "up to" in low):
        for m in _THROUGH.finditer(text):
            cues.append(YearCue(m.start(), m.end(), "through", (int(m.group("year")),)))
    if any(w in low for w in _CONSECUTIVE_WORDS):
        for m in _CONSECUTIVE.finditer(text):
            word = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
            n = _number(word)
            if (m.group("last") or m.group("last2")) in ("previous", "prior", "preceding"):
                kind = "previous"
            elif _ORDINAL_WORD.match(word) or m.group("n3"):
                kind = "consecutive"
            else:
                kind = "duration"
            if n >= 2 or (kind == "previous" and n >= 1):
                cues.append(YearCue(m.start(), m.end(), kind, count=n))
    return sorted(cues, key=lambda c: c.start)


def _release_cues(body: str, spans: tuple[Span, ...]) -> tuple[int, int]:
    """How many sentences speak of the year's report as out, and how many as still to come."""
    low = lower_same_length(body)
    after = before = 0
    for span in spans:
        if _AFTER_RELEASE.search(low, span.start, span.end):
            after += 1
        elif _BEFORE_RELEASE.search(low, span.start, span.end) and _SPEAKS_OF_REPORT.search(
            low, span.start, span.end
        ):
            before += 1
    return after, before


def _is_out(
    year: int, month: int | None, day: int | None, body: str, spans: tuple[Span, ...]
) -> tuple[bool, bool]:
    """(was the ``year`` report out at that date, was that assumed for want of date and cues)."""
    release = REPORT_RELEASES.get(year)
    if release is not None and month is not None:
        if month != release[0]:
            return month > release[0], False
        if day is not None:
            return (month, day) >= release, False
    if release is None and month is not None:
        first, last = RELEASE_WINDOW
        if month < first or month > last:
            return month > last, False
    # A date in the release month, or a year alone: the text tells, else the report is taken as
    # out (most texts about a report follow its release; a preview says it is still to come).
    after, before = _release_cues(body, spans)
    if before > after:
        return False, False
    if after or year in _named_report_years(body):
        return True, False
    return True, True


def _named_report_years(text: str) -> list[int]:
    found = _EXPLICIT.finditer(lower_same_length(text))
    return [y for m in found for y in parse_years(m["years"] or m["after"])]


def reference_time(document: Document, body: str, spans: tuple[Span, ...]) -> ReferenceTime:
    """The document's reference time: its published date, else what its text says.

    Without a date: a dateline ("June 28, 2016") gives the date; else the latest report year the
    text names is taken as the current one (that report is out: the text names it). ``body`` is
    the document's text as read.
    """
    if document.published is not None:
        p = document.published
        out, assumed = _is_out(p.year, p.month, p.day, body, spans)
        latest = p.year if out else p.year - 1
        return ReferenceTime(p.year, p.month, False, latest, p.day, assumed)
    m = _DATELINE.search(body, 0, 400)
    if m:
        year, month, day = int(m["year"]), _MONTH_NUMBER[m["month"].lower()], int(m["day"])
        out, _ = _is_out(year, month, day, body, spans)
        return ReferenceTime(year, month, True, year if out else year - 1, day)
    named = _named_report_years(body)
    year = max(named) if named else None
    return ReferenceTime(year, None, True, year)
