"""Time vocabulary as data: release dates with their sources, months, weekdays, and the cues that
tell whether a text was written before or after a report came out.

Patterns are regex fragments for lower-cased text (timeref compiles them with compile_lower).
"""

from __future__ import annotations

from typing import NamedTuple


class Release(NamedTuple):
    """The day a report came out, and where that is stated."""

    year: int
    month: int
    day: int
    source_url: str
    evidence: str  # what the source says, in short


# Every date here is stated (or fixed by a stated weekday) in the page cited; add a year only with
# its source: a wrong date silently moves claims between report years. Where a page gives only a
# weekday, the date is that weekday before the page's own date.
RELEASES: tuple[Release, ...] = (
    Release(2005, 6, 3, "https://www.phnompenhpost.com/national/against-all-odds",
            "On June 3 the US moved Cambodia from Tier 2 to Tier 3 (the 2005 report)"),
    Release(2006, 6, 5, "https://japan2.usembassy.gov/e/p/2006/tp-20060607-15.html",
            "the Trafficking in Persons Report for 2006, an annual report released June 5"),
    Release(2007, 6, 12, "https://burmese.voanews.com/amp/a-27-2007-06-12-voa1-93523349/1234313.html",
            "VOA of 2007-06-12: the report released today"),
    Release(2008, 6, 4, "http://idskhnews.blogspot.com/2008_06_06_archive.html",
            "Kyodo, June 5 (a Thursday): the 2008 TIP Report released in Washington on Wednesday"),
    Release(2009, 6, 16, "http://cambodia.usembassy.gov/pr_061709.html",
            "On Tuesday June 16th Secretary Clinton announced the release of the 2009 report"),
    Release(2010, 6, 14, "http://cambodia.usembassy.gov/pr_061510_article.html",
            "On Monday, June 14th Secretary Clinton announced the release of the 2010 report"),
    Release(2014, 6, 20, "https://www.economist.com/banyan/2014/06/20/half-a-peg-downward",
            "The Economist of 2014-06-20: this morning John Kerry released the 2014 TIP report"),
    Release(2015, 7, 27, "https://prnewswire.com/news-releases/ijm-tip-report-disappoints-as-cambodia-remains-on-tier-2-watch-list-300119194.html",
            "IJM, July 27, 2015: Cambodia placed on the Watch List today in the 2015 report"),
    Release(2016, 6, 30, "https://thewire.in/47574/us-human-trafficking-report-downgrades-myanmar-upgrades-thailand/",
            "Kerry holds up the 2016 TIP report, June 30, 2016; placements made on June 30"),
    Release(2019, 6, 20, "https://www.rfa.org/english/news/vietnam/rank-06202019161645.html",
            "RFA of 2019-06-20: the annual report released today"),
    Release(2022, 7, 19, "https://africatodaynewsnewyork.com/2022/07/20/us-includes-cambodia-macau-vietnam-to-trafficking-blacklist",
            "Article of 2022-07-20 (a Wednesday): the United States on Tuesday announced the report"),
    Release(2024, 6, 24, "https://english.cambodiadaily.com/news/us-double-downs-on-myanmar-laos-cambodia-over-human-trafficking-188411",
            "This year's Trafficking in Persons (TIP) Report, released on June 24"),
    Release(2025, 9, 29, "https://cambojanews.com/us-state-department-labels-cambodia-state-sponsor-of-human-trafficking",
            "the long-delayed 2025 report, released late in September (the reference notes: 2025-09-29/30)"),
)  # fmt: skip

# Where no release date is sourced: the months the report usually comes out.
RELEASE_WINDOW = (6, 7)

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# Verbs that tell a report's news: it came out, or it placed a country.
_NEWS_VERBS = (
    r"released|issued|published|unveiled|launched|presented|announced|made\s+public|came\s+out|"
    r"downgraded|upgraded|placed|kept|moved|dropped|demoted|promoted|ranked|named|maintained|"
    r"removed|listed|added|included|rated|graded|put|left|retained|lowered|raised|labell?ed|reported"
)
_REPORT = r"(?:report|ranking|rankings|edition)"

# Written after the year's report came out: the text tells its release or placements as news.
AFTER_RELEASE = (
    # "released today", "issued Monday", "released on June 24", "published this week"
    rf"\b(?:{_NEWS_VERBS})\s+(?:early\s+|late\s+)?(?:on\s+)?(?:today|yesterday|this\s+(?:week|morning)|"
    rf"last\s+week|earlier\s+this\s+(?:week|month)|{WEEKDAYS}|(?:june|july|september)\s+\d)",
    # "on Tuesday downgraded", "the State Department on Monday released"
    rf"\b(?:today|yesterday|{WEEKDAYS})\s+(?:\w+\s+)?(?:{_NEWS_VERBS})\b",
    # "Monday's report", "Tuesday’s report", "this year's report", "the latest report"
    rf"\b(?:{WEEKDAYS}|this\s+year)['’]s\s+(?:\w+\s+){{0,5}}{_REPORT}\b",
    rf"\b(?:new|newly\s+released|just\s+released)\s+(?:annual\s+)?(?:u\.?s\.?\s+|us\s+)?"
    rf"(?:state\s+department(?:['’]s)?\s+)?(?:tip\s+|trafficking\s+(?:in\s+persons\s+)?)?"
    rf"(?:\(tip\)\s+)?{_REPORT}\b",
    # "announced the release of", "released its annual report", "released the 2014 TIP report"
    r"\b(?:announced|marked)\s+the\s+release\b",
    rf"\b(?:released|issued|published|unveiled)\s+(?:its|the|their)\s+(?:\w+\s+){{0,4}}{_REPORT}\b",
)

# Written before: the report is still to come. Counted only in a sentence that speaks of a report
# ("expected to release the Reassessment List" is another list).
BEFORE_RELEASE = (
    r"\bupcoming\b",
    r"\bforthcoming\b",
    r"\bahead\s+of\b",
    r"\b(?:will|to)\s+be\s+(?:released|published|issued)\b",
    r"\bwill\s+(?:release|publish|issue|unveil)\b",
    r"\bdue\s+(?:out|to\s+be)\b",
    r"\bexpected\s+(?:to\s+be\s+(?:released|published)|in\s+(?:june|july))\b",
    r"\bbrac(?:e|es|ed|ing)\s+(?:\w+\s+)?for\b",
    r"\bnext\s+(?:month|week)['’]s\s+report\b",
    r"\b(?:expected|set|due|scheduled)\s+to\s+(?:release|publish|issue|unveil)\b",
    r"\blater\s+this\s+(?:month|week)\b",
    r"\b(?:when|before)\s+the\s+(?:u\.?s\.?\s+|us\s+)?state\s+department\s+releases\b",
    r"\bwhat\s+to\s+look\s+for\b",
)
