"""Placements: one row per shape of text, positives and negatives (expected [] = no placement).

Texts are written for these tests; the tiers they state are the report's real ones
(Cambodia Tier 2 Watch List 2013-2015, Thailand Tier 3 2014-2015, ...).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.documents import Document, parse_published
from loaders.extract.context import DocumentContext
from loaders.extract.mentions import TRIGGER_WORDS
from loaders.extract.placements import extract_placements
from loaders.lexicon.tiers import TIER_ALIASES
from loaders.schema import Placement

T1, T2, WL, T3, SC = "Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"


def _document(text: str, published: str | None) -> Document:
    date, _ = parse_published(published)
    return Document(id="case.md", body=text, sha256="0" * 64, published=date)


def _placements(text: str, published: str | None) -> list[Placement]:
    return list(extract_placements(DocumentContext.of(_document(text, published))))


def _found(text: str, published: str | None) -> set[tuple[str, int, str]]:
    return {(p.iso3, p.year, p.tier) for p in _placements(text, published)}


# (id, text, published, expected)
POSITIVES = [
    (
        "list-after-copula-then-while-clause-on-another-tier",
        "In the 2019 trafficking report, the African countries in Tier 2 are Kenya, Ghana and "
        "Mali, while Chad and Niger are on the Tier 2 Watch List.",
        "2019-07",
        {
            ("KEN", 2019, T2),
            ("GHA", 2019, T2),
            ("MLI", 2019, T2),
            ("TCD", 2019, WL),
            ("NER", 2019, WL),
        },
    ),
    (
        "subject-of-a-passive-gerund-after-a-preposition",
        "The 2019 trafficking report resulted in Chile being given the top rating, Tier 1.",
        "2019-07",
        {("CHL", 2019, T1)},
    ),
    (
        "united-states-as-an-item-of-a-list-after-the-tier",
        "In the 2019 trafficking report, Tier 1 countries include the US, the UK and Spain.",
        "2019-07",
        {("USA", 2019, T1), ("GBR", 2019, T1), ("ESP", 2019, T1)},
    ),
    (
        "tier-ii-roman-explicit-year",
        "Trafficking experts noted that Cambodia was ranked Tier II in the 2016 Trafficking in "
        "Persons report.",
        "2016-08",
        {("KHM", 2016, T2)},
    ),
    (
        "tier-two-word",
        "The State Department placed Thailand on Tier Two in its 2018 TIP report on trafficking.",
        "2018-07",
        {("THA", 2018, T2)},
    ),
    (
        "lower-case-tier-2",
        "Malaysia moved to tier 2 in the 2017 trafficking report.",
        "2017-09",
        {("MYS", 2017, T2)},
    ),
    (
        "line-break-inside-tier-name-kept",
        "Vietnam kept its Tier\n2 ranking in the 2013 trafficking report.",
        "2013-08",
        {("VNM", 2013, T2), ("VNM", 2012, T2)},
    ),
    (
        "watchlist-one-word-released-monday-june",
        "The trafficking report released Monday puts Laos on the Tier 2 Watchlist.",
        "2016-06",
        {("LAO", 2016, WL)},
    ),
    (
        "watch-list-hyphen-bare-year",
        "Malaysia was placed on the Tier 2 Watch-List in 2010 for its trafficking record.",
        "2011-03",
        {("MYS", 2010, WL)},
    ),
    (
        "tier-2-watch-shortened",
        "The 2019 TIP report put Vietnam on Tier 2 Watch over forced labour.",
        "2019-07",
        {("VNM", 2019, WL)},
    ),
    (
        "2wl-abbreviation",
        "The 2020 trafficking report rates Thailand Tier 2 and Malaysia 2WL.",
        "2020-08",
        {("THA", 2020, T2), ("MYS", 2020, WL)},
    ),
    (
        "plain-watch-list-is-tier-2-watch-list",
        "Cambodia is on the watch list in the 2014 trafficking report.",
        "2014-07",
        {("KHM", 2014, WL)},
    ),
    (
        "watch-list-of-tier-2",
        "The 2012 trafficking report placed Burma on the watch list of Tier 2.",
        "2012-07",
        {("MMR", 2012, WL)},
    ),
    (
        "special-watch-list",
        "Laos was put on the special watch list in the 2010 trafficking report.",
        "2010-07",
        {("LAO", 2010, WL)},
    ),
    (
        "next-to-lowest-ranking",
        "Vietnam received the next-to-lowest ranking in the 2020 human trafficking report.",
        "2020-07",
        {("VNM", 2020, WL)},
    ),
    (
        "tier-iii-roman",
        "The 2005 trafficking report ranked Cambodia in Tier III.",
        "2005-07",
        {("KHM", 2005, T3)},
    ),
    (
        "blacklist-news-for-tier-3",
        "Thailand was put on the US human trafficking blacklist in the 2014 report.",
        "2014-07",
        {("THA", 2014, T3)},
    ),
    (
        "worst-offenders",
        "Burma joined the worst offenders in the 2016 trafficking report.",
        "2016-07",
        {("MMR", 2016, T3)},
    ),
    (
        "lowest-of-three-categories",
        "The 2007 trafficking report put Malaysia in the lowest of three categories.",
        "2007-07",
        {("MYS", 2007, T3)},
    ),
    (
        "lowest-category-list-remain",
        "Burma, North Korea and Laos remain in the lowest category of the 2018 trafficking report.",
        "2018-07",
        {
            ("MMR", 2018, T3),
            ("PRK", 2018, T3),
            ("LAO", 2018, T3),
            ("MMR", 2017, T3),
            ("PRK", 2017, T3),
            ("LAO", 2017, T3),
        },
    ),
    (
        "bottom-rung",
        "Cambodia sits on the bottom rung of the 2022 trafficking report.",
        "2022-08",
        {("KHM", 2022, T3)},
    ),
    (
        "very-bottom-of-the-rankings",
        "In the 2014 trafficking report, Thailand landed at the very bottom of the rankings.",
        "2014-07",
        {("THA", 2014, T3)},
    ),
    (
        "the-basement",
        "The 2009 trafficking report left Malaysia in the basement.",
        "2009-07",
        {("MYS", 2009, T3)},
    ),
    (
        "lowest-ranking",
        "Cambodia received the lowest ranking in the 2023 trafficking report.",
        "2023-07",
        {("KHM", 2023, T3)},
    ),
    (
        "top-tier",
        "The Philippines made the top tier of the 2016 trafficking report.",
        "2016-07",
        {("PHL", 2016, T1)},
    ),
    (
        "highest-ranking",
        "The Philippines kept the highest ranking in the 2017 trafficking report.",
        "2017-07",
        {("PHL", 2017, T1), ("PHL", 2016, T1)},
    ),
    (
        "tier-1-digit",
        "The Philippines was rated Tier 1 in the 2019 trafficking report.",
        "2019-07",
        {("PHL", 2019, T1)},
    ),
    (
        "one-level-up-from-worst-offenders",
        "The 2008 trafficking report placed Cambodia one level up from the worst offenders.",
        "2008-07",
        {("KHM", 2008, T2)},
    ),
    (
        "special-case",
        "Somalia is listed as a Special Case in the 2019 trafficking report.",
        "2019-07",
        {("SOM", 2019, SC)},
    ),
    (
        "explicit-tip-report-for-year",
        "Under the Trafficking in Persons Report for 2006, Laos is on Tier 3.",
        "2006-09",
        {("LAO", 2006, T3)},
    ),
    (
        "explicit-in-the-year-report",
        "Indonesia was on Tier 2 in the 2009 report on trafficking.",
        "2012-01",
        {("IDN", 2009, T2)},
    ),
    (
        "ordinal-annual-ranking",
        "In the seventh annual ranking of trafficking, Malaysia is on Tier 3.",
        None,
        {("MYS", 2007, T3)},
    ),
    (
        "document-date-released-today-july",
        "The trafficking report released today keeps Thailand on Tier 3.",
        "2015-07",
        {("THA", 2015, T3), ("THA", 2014, T3)},
    ),
    (
        "document-date-before-release-month",
        "Cambodia is currently on the Tier 2 Watch List for trafficking.",
        "2015-05",
        {("KHM", 2014, WL)},
    ),
    (
        "june-date-with-day-after-release",
        "Trafficking watchdogs said Laos was placed on the watch list in the report.",
        "2015-07-28",  # the 2015 report came out on 2015-07-27
        {("LAO", 2015, WL)},
    ),
    (
        "june-date-with-day-before-release",
        "Trafficking experts said Laos is on the watch list.",
        "2015-07-10",
        {("LAO", 2014, WL)},
    ),
    (
        "june-no-day-this-years-report",
        "In this year's trafficking report, Malaysia is on Tier 2.",
        "2017-06",
        {("MYS", 2017, T2)},
    ),
    (
        "since-year-before-release",
        "Cambodia has been on the Tier 2 Watch List since 2013, trafficking experts say.",
        "2015-05",
        {("KHM", 2013, WL), ("KHM", 2014, WL)},
    ),
    (
        "since-year-after-release",
        "Cambodia has been on the Tier 2 Watch List since 2013, trafficking experts say.",
        "2015-08",
        {("KHM", 2013, WL), ("KHM", 2014, WL), ("KHM", 2015, WL)},
    ),
    (
        "since-year-no-date-at-least-that-year",
        "Cambodia has been on the Tier 2 Watch List since 2013, trafficking experts say.",
        None,
        {("KHM", 2013, WL)},
    ),
    (
        "last-year",
        "Last year, Malaysia was on Tier 3 of the trafficking report.",
        "2015-03",
        {("MYS", 2014, T3)},
    ),
    (
        "this-year",
        "This year, Malaysia is on the watch list of the trafficking report.",
        "2015-08",
        {("MYS", 2015, WL)},
    ),
    (
        "two-years-ago",
        "Two years ago, Thailand was on Tier 3 of the trafficking report.",
        "2016-08",
        {("THA", 2014, T3)},
    ),
    (
        "second-consecutive-year",
        "Thailand stays on Tier 3 of the trafficking report for a second consecutive year.",
        "2015-08",
        {("THA", 2015, T3), ("THA", 2014, T3)},
    ),
    (
        "third-year-in-a-row",
        "For the third year in a row, Burma was placed on the Tier 2 Watch List in the 2014 "
        "trafficking report.",
        "2014-07",
        {("MMR", 2014, WL), ("MMR", 2013, WL), ("MMR", 2012, WL)},
    ),
    (
        "second-straight-year",
        "Cambodia landed on the Tier 2 Watch List of the trafficking report for a second straight "
        "year.",
        "2014-08",
        {("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "four-consecutive-years",
        "Thailand has been on the Tier 2 Watch List for four consecutive years, the 2013 "
        "trafficking report shows.",
        "2013-07",
        {("THA", 2013, WL), ("THA", 2012, WL), ("THA", 2011, WL), ("THA", 2010, WL)},
    ),
    (
        "remains-after-release",
        "Cambodia remains on the watch list in the trafficking report.",
        "2015-08",
        {("KHM", 2015, WL), ("KHM", 2014, WL)},
    ),
    (
        "maintained",
        "The 2011 trafficking report maintained Vietnam on the Tier 2 Watch List.",
        "2011-07",
        {("VNM", 2011, WL), ("VNM", 2010, WL)},
    ),
    (
        "again-ranks",
        "Indonesia again ranks Tier 2 in the 2013 trafficking report.",
        "2013-07",
        {("IDN", 2013, T2), ("IDN", 2012, T2)},
    ),
    (
        "upgraded-from-to",
        "Cambodia was upgraded from the Tier 2 Watch List to Tier 2 in the 2016 trafficking "
        "report.",
        "2016-07",
        {("KHM", 2016, T2), ("KHM", 2015, WL)},
    ),
    (
        "downgraded-from-to",
        "Thailand was downgraded from the Tier 2 Watch List to Tier 3 in the 2014 trafficking "
        "report.",
        "2014-07",
        {("THA", 2014, T3), ("THA", 2013, WL)},
    ),
    (
        "dropping-to-from",
        "The 2022 trafficking report showed Cambodia dropping to Tier 3 from the watch list.",
        "2022-07",
        {("KHM", 2022, T3), ("KHM", 2021, WL)},
    ),
    (
        "demoted-to-tier-3",
        "The 2018 trafficking report demoted Laos to Tier 3.",
        "2018-07",
        {("LAO", 2018, T3)},
    ),
    (
        "promoted-from-watch-list-no-destination",
        "Malaysia was promoted from a watch list in the 2017 trafficking report.",
        "2017-07",
        {("MYS", 2016, WL)},
    ),
    (
        "taken-off-watch-list",
        "The 2016 trafficking report took Cambodia off the watch list and upgraded it to Tier 2.",
        "2016-07",
        {("KHM", 2016, T2), ("KHM", 2015, WL)},
    ),
    (
        "same-categories-as-year",
        "Thailand stayed on Tier 2 in the 2019 trafficking report, the same category as in the "
        "2018 report.",
        "2019-07",
        {("THA", 2019, T2), ("THA", 2018, T2)},
    ),
    (
        "not-since-year",
        "Burma has not enjoyed tier 2 status since 2004 in the trafficking report.",
        "2012-03",
        {("MMR", 2004, T2)},
    ),
    (
        "shares-regionally-with",
        "In the 2013 trafficking report Cambodia is on the Tier 2 Watch List, a space it shares "
        "regionally with China and Papua New Guinea.",
        "2013-07",
        {("KHM", 2013, WL), ("CHN", 2013, WL), ("PNG", 2013, WL)},
    ),
    (
        "which-shares-the-watch-list-with",
        "India, which shares the watch list with Cambodia in the 2015 trafficking report, "
        "objected.",
        "2015-08",
        {("IND", 2015, WL), ("KHM", 2015, WL)},
    ),
    (
        "respectively-first-four",
        "China, Laos, Burma and Cambodia are the first four on the Tier 2 Watch List and North "
        "Korea "
        "on Tier 3, respectively, in the 2014 trafficking report.",
        "2014-07",
        {
            ("CHN", 2014, WL),
            ("LAO", 2014, WL),
            ("MMR", 2014, WL),
            ("KHM", 2014, WL),
            ("PRK", 2014, T3),
        },
    ),
    (
        "two-countries-two-tiers",
        "The 2014 trafficking report downgraded Thailand to Tier 3, while Vietnam stayed on Tier "
        "2.",
        "2014-07",
        {("THA", 2014, T3), ("VNM", 2014, T2), ("VNM", 2013, T2)},
    ),
    (
        "subject-not-every-country",
        "Victims from Cambodia are sold in Thailand, which the 2015 trafficking report keeps on "
        "Tier 3.",
        "2015-07",
        {("THA", 2015, T3), ("THA", 2014, T3)},
    ),
    (
        "us-is-the-ranker",
        "The United States placed Burma on Tier 3 in the 2016 trafficking report.",
        "2016-07",
        {("MMR", 2016, T3)},
    ),
    (
        "us-ranked-itself",
        "The United States ranked itself Tier 1 in the 2010 trafficking report.",
        "2010-07",
        {("USA", 2010, T1)},
    ),
    (
        "pronoun-carries-subject",
        "The trafficking report came out on Monday. Cambodia was not spared. It remains on the "
        "watch list.",
        "2014-07",
        {("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "myanmar-is-burma",
        "Myanmar was put on Tier 3 in the 2016 trafficking report.",
        "2016-07",
        {("MMR", 2016, T3)},
    ),
    (
        "the-gambia",
        "The Gambia was on the Tier 2 Watch List in the 2019 trafficking report.",
        "2019-07",
        {("GMB", 2019, WL)},
    ),
    (
        "territory-macau",
        "Macau was on Tier 2 in the 2012 trafficking report.",
        "2012-07",
        {("MAC", 2012, T2)},
    ),
    (
        "demonym-government",
        "The Cambodian government was placed on Tier 3 in the 2005 trafficking report.",
        "2005-07",
        {("KHM", 2005, T3)},
    ),
    (
        "distractor-statistics-year",
        "In the 2014 trafficking report, which noted police investigated 35 cases in 2013, "
        "Laos was on the watch list.",
        "2014-07",
        {("LAO", 2014, WL)},
    ),
    (
        "distractor-reporting-period",
        "Covering April 2015 to March 2016, the trafficking report keeps Thailand on the watch "
        "list.",
        "2016-08",
        {("THA", 2016, WL), ("THA", 2015, WL)},
    ),
    (
        "no-date-infers-report-year",
        "Burma remains on Tier 3. The 2011 Trafficking in Persons report was grim reading.",
        None,
        {("MMR", 2011, T3), ("MMR", 2010, T3)},
    ),
    (
        "headline-contradicted-by-body",
        "Cambodia Stays at Tier 2\n\nThe trafficking report released Friday put Cambodia on the "
        "Tier 2 Watch List.",
        "2013-06",
        {("KHM", 2013, WL)},
    ),
    (
        "explicit-year-list",
        "Cambodia was on the Tier 2 Watch List in the 2013, 2014 and 2015 trafficking reports.",
        "2016-02",
        {("KHM", 2013, WL), ("KHM", 2014, WL), ("KHM", 2015, WL)},
    ),
    (
        "including-after-tier",
        "The 2020 trafficking report placed 19 countries on Tier 3, including Russia and China.",
        "2020-07",
        {("RUS", 2020, T3), ("CHN", 2020, T3)},
    ),
    (
        "along-with-co-subjects",
        "In 2014 Thailand was downgraded to Tier 3 along with Malaysia and Venezuela, the "
        "trafficking report showed.",
        "2014-09",
        {("THA", 2014, T3), ("MYS", 2014, T3), ("VEN", 2014, T3)},
    ),
    (
        "relative-clause-subject-with-since",
        "The trafficking report said Cambodia, which has been on Tier 2 since 2016, had made "
        "progress.",
        "2018-08-01",
        {("KHM", 2016, T2), ("KHM", 2017, T2), ("KHM", 2018, T2)},
    ),
    (
        "after-n-years-on",
        "Vietnam was moved to the Tier 2 Watch List in 2019 after spending three years on Tier 2, "
        "the trafficking report showed.",
        "2019-09",
        {("VNM", 2019, WL), ("VNM", 2018, T2), ("VNM", 2017, T2), ("VNM", 2016, T2)},
    ),
    (
        "pluperfect-run-ends-before-this-report",
        "Thailand was dropped to Tier 3. It had been on the Tier 2 Watch List for four consecutive "
        "years, the trafficking report noted.",
        "2014-08-21",
        {
            ("THA", 2014, T3),
            ("THA", 2013, WL),
            ("THA", 2012, WL),
            ("THA", 2011, WL),
            ("THA", 2010, WL),
        },
    ),
    (
        "own-year-beats-the-named-report",
        "Malaysia was upgraded to Tier 2 in the 2024 Trafficking in Persons report, after being on "
        "the Tier 2 Watch List last year.",
        "2024-06-25",
        {("MYS", 2024, T2), ("MYS", 2023, WL)},
    ),
    (
        "remains-only-in-the-tiers-clause",
        "Cambodia's prosecution of traffickers remains weak, and it is on the Tier 2 Watch List in "
        "the trafficking report.",
        "2015-08",
        {("KHM", 2015, WL)},
    ),
    (
        "semicolon-clauses-keep-their-years",
        "In 2009, Cambodia was placed on the Tier 2 Watch List; in 2010, it was upgraded to Tier 2 "
        "in the trafficking report.",
        "2012-01",
        {("KHM", 2009, WL), ("KHM", 2010, T2)},
    ),
    (
        "ranking-of-country",
        "The Tier 3 ranking of Thailand in 2014 and 2015 hurt its seafood exports, trafficking "
        "experts said.",
        "2016-03",
        {("THA", 2014, T3), ("THA", 2015, T3)},
    ),
    (
        "for-n-years",
        "Cambodia has been on the Tier 2 Watch List for two years, trafficking experts say.",
        "2015-03",
        {("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "report-narrative-capitals-heading",
        "CAMBODIA: TIER 2 WATCH LIST\n\nCambodia is a source country for trafficking. Cambodia is "
        "placed on Tier 2 Watch List for a third consecutive year.",
        "2015-07-27",
        {("KHM", 2015, WL), ("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "shares-a-border-is-not-shared-tier",
        "Laos shares a border with Thailand, which the trafficking report puts on Tier 2.",
        "2019-08",
        {("THA", 2019, T2)},
    ),
    (
        "possessor-is-not-the-subject",
        "Thailand's neighbour Cambodia remains on the Tier 2 Watch List in the trafficking report.",
        "2014-08",
        {("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "tier-countries-like",
        "Tier 2 countries like Cambodia must still improve, trafficking experts said.",
        "2017-01",
        {("KHM", 2016, T2)},
    ),
    (
        "move-told-after-the-only-tier",
        "Cambodia, a Tier 2 Watch List country for the past three years, was upgraded on "
        "Thursday in the trafficking report.",
        "2016-07-01",
        {("KHM", 2015, WL), ("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "neutral-move-from-to",
        "The 2016 trafficking report moved Cambodia from the Tier 2 Watch List to Tier 2.",
        "2016-07",
        {("KHM", 2016, T2), ("KHM", 2015, WL)},
    ),
    (
        "colon-list-after-tier",
        "Tier 2 Watch List: Afghanistan, Algeria, Belarus and Cambodia, in the trafficking report.",
        "2015-07-28",
        {("AFG", 2015, WL), ("DZA", 2015, WL), ("BLR", 2015, WL), ("KHM", 2015, WL)},
    ),
    (
        "negation-elsewhere-in-the-sentence",
        "Cambodia does not fully meet the minimum standards and is placed on the Tier 2 Watch "
        "List in the 2014 trafficking report.",
        "2014-07",
        {("KHM", 2014, WL)},
    ),
    (
        "modal-in-a-closed-relative-clause",
        "Cambodia, which the report says can do more, remains on the watch list in the "
        "trafficking report.",
        "2015-08",
        {("KHM", 2015, WL), ("KHM", 2014, WL)},
    ),
    (
        "respectively-pairs-in-order",
        "Thailand and Malaysia were placed on Tier 3 and the Tier 2 Watch List, respectively, in "
        "the 2014 trafficking report.",
        "2014-07",
        {("THA", 2014, T3), ("MYS", 2014, WL)},
    ),
    (
        "first-time-since",
        "Cambodia was downgraded to Tier 3 for the first time since 2005 in the trafficking "
        "report.",
        "2022-08",
        {("KHM", 2022, T3), ("KHM", 2005, T3)},
    ),
    (
        "again-downgraded-is-a-move",
        "Laos was again downgraded to Tier 3 in the 2018 trafficking report.",
        "2018-07",
        {("LAO", 2018, T3)},
    ),
    (
        "adjective-before-subject",
        "Neighbouring Thailand remained on Tier 2 in the trafficking report, while victims from "
        "neighbouring Burma were trafficked there.",
        "2019-08-21",
        {("THA", 2019, T2), ("THA", 2018, T2)},
    ),
    (
        "quoted-tier-name",
        "Cambodia was upgraded from the “Tier 2 Watch List” to Tier 2 in the 2016 trafficking "
        "report.",
        "2016-07-02",
        {("KHM", 2016, T2), ("KHM", 2015, WL)},
    ),
    (
        "dateline-when-no-date",
        "BANGKOK, August 2, 2016 - The trafficking report upgraded Thailand to the Tier 2 Watch "
        "List "
        "from Tier 3.",
        None,
        {("THA", 2016, WL), ("THA", 2015, T3)},
    ),
    (
        "after-a-year-on-the-blacklist",
        "Thailand was on the Tier 2 Watchlist in the 2015 trafficking report after a year on the "
        "blacklist.",
        "2015-08",
        {("THA", 2015, WL), ("THA", 2014, T3)},
    ),
    (
        "after-one-year-on-tier-3",
        "After one year on Tier 3, Malaysia was upgraded to the watch list in the 2015 "
        "trafficking report.",
        "2015-08",
        {("MYS", 2015, WL), ("MYS", 2014, T3)},
    ),
    # Groups read on the parse (extract/groups.py): every country tied to the tier's subjects.
    (
        "group-joined-together-with-like",
        "Bhutan, Mali, and Peru were dropped to Tier 3 in the 2019 trafficking report, joining "
        "their neighbours Iran and Cuba already on this list, together with countries like Sudan "
        "and Eritrea.",
        "2019-07",
        {(c, 2019, T3) for c in ("BTN", "MLI", "PER", "IRN", "CUB", "SDN", "ERI")},
    ),
    (
        "group-same-category-as-after-lowest-level-status",
        "In the trafficking report released on Friday, the State Department downgraded Chile and "
        "Fiji to lowest-level status, putting them in the same category as Sudan and Cuba.",
        "2019-06-21",
        {(c, 2019, T3) for c in ("CHL", "FJI", "SDN", "CUB")},
    ),
    (
        "group-including-between-subject-and-tier",
        "Mongolia was one of 19 countries, including Iran and Syria, that the 2022 trafficking "
        "report put on Tier 3.",
        "2022-07",
        {(c, 2022, T3) for c in ("MNG", "IRN", "SYR")},
    ),
    (
        "group-alongside-before-the-verb",
        "Kenya, alongside Peru, was moved to the watch list in the 2020 trafficking report.",
        "2020-07",
        {("KEN", 2020, WL), ("PER", 2020, WL)},
    ),
    (
        "group-unlike-sets-a-country-apart",
        "Cambodia, unlike Thailand, was downgraded to Tier 3 in the 2019 trafficking report, "
        "together with Eritrea.",
        "2019-07",
        {("KHM", 2019, T3), ("ERI", 2019, T3)},
    ),
    (
        "group-with-alone-links-nothing",
        "Laos was placed on the watch list in the 2019 trafficking report with help from Japan "
        "and Australia.",
        "2019-07",
        {("LAO", 2019, WL)},
    ),
    (
        "tier-left-after-from-last-years-ranking-of",
        "Laos was upgraded to Tier 2 in the 2019 trafficking report, an improvement from last "
        "year's ranking of Tier 2 Watch List.",
        "2019-07",
        {("LAO", 2019, T2), ("LAO", 2018, WL)},
    ),
    (
        "middle-ranking-before-the-watch-list-is-tier-2",
        "Laos was given the middle ranking in the 2002 trafficking report.",
        "2002-06",
        {("LAO", 2002, T2)},
    ),
    (
        "stay-read-by-lemma-stood-firm",
        "Mongolia stood firm at Tier 2 in the 2017 trafficking report.",
        "2017-07",
        {("MNG", 2017, T2), ("MNG", 2016, T2)},
    ),
    (
        "us-as-object-of-a-moving-verb-read-by-lemma",
        "Mongolia's labour minister was pleased on Friday. The United States bumped us up to "
        "Tier 2 in its 2017 trafficking report, he said.",
        "2017-07",
        {("MNG", 2017, T2)},
    ),
    (
        "worst-performing-list-is-tier-3",
        "The 2022 trafficking report put Mongolia on Tier 3. Other nations on the "
        "worst-performing list are Iran, Syria and Cuba.",
        "2022-07",
        {(c, 2022, T3) for c in ("MNG", "IRN", "SYR", "CUB")},
    ),
    (
        "passive-considered-classifies",
        "In the 2021 trafficking report, Mongolia, Chile and Peru are all considered Tier 2.",
        "2021-07",
        {(c, 2021, T2) for c in ("MNG", "CHL", "PER")},
    ),
    (
        "a-capital-outside-asia-as-the-subject-stands-for-its-country",
        "Accra has stayed on the Tier 2 Watch List in this year's trafficking report.",
        "2019-06-25",
        {("GHA", 2019, WL), ("GHA", 2018, WL)},
    ),
    (
        "last-year-right-after-a-tier-left-dates-that-tier",
        "Malaysia's fall to the Tier 2 Watch List, down from Tier 2 last year, in the 2014 "
        "trafficking report angered officials.",
        "2014-06-21",
        {("MYS", 2014, WL), ("MYS", 2013, T2)},
    ),
    (
        "a-move-after-the-tier-whose-subject-is-another-country",
        "The annual trafficking report put Thailand on the lowest tier, Tier 3, while Malaysia "
        "was downgraded.",
        "2014-06-20",
        {("THA", 2014, T3)},
    ),
    (
        "a-stay-governs-the-tier-and-a-move-follows-in-an-until-clause",
        "Cambodia remained on the trafficking watch list for 2015 as well until it was removed "
        "this year.",
        "2016-07-01",
        {("KHM", 2015, WL), ("KHM", 2014, WL)},
    ),
    (
        "a-run-of-consecutive-years-counted-forward-from-a-year",
        "In the trafficking report, Cambodia had stayed on the Tier 2 Watch List for three "
        "consecutive years from 2013.",
        "2017-07-01",
        {("KHM", 2013, WL), ("KHM", 2014, WL), ("KHM", 2015, WL)},
    ),
    (
        "a-stay-verb-far-before-its-tier-across-an-aside",
        "The trafficking report kept Thailand, a country criticised by many rights groups for "
        "forced labour at sea, on the lowest tier, Tier 3.",
        "2015-07-27",
        {("THA", 2015, T3), ("THA", 2014, T3)},
    ),
    (
        "stood-at-a-tier-states-it-and-is-no-stay",
        "In the 2014 Trafficking in Persons report released on June 20, Malaysia stood at Tier 3.",
        "2014-06-21",
        {("MYS", 2014, T3)},
    ),
]

NEGATIVES = [
    (
        "a-list-of-the-tiers-with-no-country-describes-the-ranking",
        "Cambodia improved. The US trafficking report has four tiers - Tier 3, Tier 2 Watch "
        "List, Tier 2 and Tier 1.",
        "2019-06-21",
    ),
    (
        "us-as-a-modifier-after-the-tier-is-no-list-item",
        "In the 2019 trafficking report, Tier 3 countries face US sanctions.",
        "2019-07",
    ),
    (
        "threat-risked-pariah-status",
        "Cambodia risked Tier III pariah status in the trafficking report.",
        "2015-05",
    ),
    (
        "prospect-of-being-demoted",
        "The prospect of being demoted to Tier III status in the trafficking report strengthened "
        "Cambodian reformers.",
        "2015-05",
    ),
    (
        "could-be-downgraded",
        "Malaysia could be downgraded to Tier 3 in the next trafficking report.",
        "2015-03",
    ),
    (
        "braces-for-possible-downgrade",
        "Thailand braces for a possible downgrade to Tier 3 in the trafficking report.",
        "2014-06",
    ),
    (
        "pending-another-year",
        "Officials are pushing for Cambodia to stay on the watch list for another year in the "
        "trafficking report.",
        "2015-05",
    ),
    (
        "recommended-upgrade",
        "IJM had recommended an upgrade to Tier 2 for Cambodia in the trafficking report.",
        "2015-05",
    ),
    (
        "hoping-to-catch-tier-1",
        "The minister said Vietnam was hoping to catch Tier 1 in the trafficking report.",
        "2016-05",
    ),
    ("fear-of-tier-4", "Malaysia fears Tier 3 or Tier 4 in the trafficking report.", "2014-05"),
    (
        "debate-whether-to-downgrade",
        "Officials argued over whether to downgrade India to the watch list in the trafficking "
        "report.",
        "2012-05",
    ),
    (
        "definition-of-tier-3",
        "Tier 3 countries are those whose governments do not fully meet the trafficking minimum "
        "standards.",
        "2015-07",
    ),
    (
        "state-sponsor-label",
        "Cambodia was named a state sponsor of trafficking in the 2025 report.",
        "2025-10",
    ),
    (
        "sanctions-blacklist",
        "Cambodia is on the Treasury sanctions blacklist, trafficking campaigners noted.",
        "2024-10",
    ),
    (
        "hotel-chhai-hour-ii",
        "Police raided the Chhai Hour II hotel in Phnom Penh over trafficking.",
        "2015-07",
    ),
    (
        "vague-bounced-between",
        "Cambodia has bounced between Tier 2, Tier 2 Watch List and Tier 3 in the last ten years "
        "of "
        "the trafficking report.",
        "2016-07",
    ),
    (
        "vague-years-since-watch-list",
        "It is more than 10 years since Laos was placed on the watch list in the trafficking "
        "report.",
        "2020-07",
    ),
    ("relative-only-no-date", "Burma remains on Tier 3 in the trafficking report.", None),
    ("no-country", "The trafficking report kept many countries on Tier 3.", "2015-07"),
    ("no-tip-context", "Cambodia is on a currency watch list.", "2015-07"),
    (
        "demonym-police-not-state",
        "Cambodian police dropped the hammer on traffickers, lifting the watch list gloom.",
        "2015-05",
    ),
    (
        "will-remain",
        "Experts say Cambodia will remain on the watch list in the trafficking report.",
        "2015-05",
    ),
    (
        "if-clause",
        "If Cambodia is placed on Tier 3 in the trafficking report, aid will be cut.",
        "2015-05",
    ),
    (
        "us-never-ranked-as-ranker",
        "The United States put Cambodia on notice in the trafficking report, not on the blacklist "
        "of terror sponsors.",
        "2015-07",
    ),
    (
        "negation-not-downgraded",
        "Thailand was not downgraded to Tier 3 in the trafficking report.",
        "2016-07",
    ),
    (
        "negation-did-not-place",
        "The trafficking report did not place Malaysia on Tier 3, despite criticism.",
        "2015-08",
    ),
    ("never-ranked", "Thailand has never been ranked Tier 1 in the trafficking report.", "2015-03"),
    (
        "comparison-a-step-above",
        "Trafficking aside, Laos and its ranking a step above the watch list drew little notice.",
        "2019-08",
    ),
    ("avoided-tier-3", "Malaysia avoided a Tier 3 ranking in the trafficking report.", "2015-08"),
    (
        "should-have-been",
        "Rights groups said Thailand should have been downgraded to Tier 3 in the trafficking "
        "report.",
        "2016-07",
    ),
    (
        "deserves-an-upgrade",
        "Cambodia deserves Tier 2 in the trafficking report, IJM said.",
        "2015-07",
    ),
    (
        "eu-blacklist-is-another-list",
        "Thailand's fishing fleet was blacklisted by the EU over trafficking at sea.",
        "2016-03",
    ),
    (
        "future-could-face-downgrade-is-not-a-move",
        "Trafficking experts say Cambodia could face a downgrade to Tier 3.",
        "2016-03",
    ),
    (
        "faces-automatic-downgrade",
        "Cambodia faces an automatic downgrade to Tier 3 in the next trafficking report.",
        "2015-03",
    ),
    (
        "downgrade-looms",
        "A downgrade to Tier 3 looms for Cambodia in the trafficking report.",
        "2015-03",
    ),
    (
        "religious-freedom-special-watch-list",
        "Vietnam is on the religious freedom Special Watch List, trafficking groups noted.",
        "2023-07",
    ),
    (
        "middle-ranking-after-the-watch-list-is-no-tier",
        "Laos was given the middle ranking in the 2012 trafficking report.",
        "2012-06",
    ),
    (
        "considering-a-downgrade-is-a-debate",
        "In the 2021 trafficking report, officials considered downgrading Mongolia to Tier 3.",
        "2021-07",
    ),
]


# Shapes real texts use (issue 10: the development set's misses, each named and written again here
# in our own words, with negatives beside them). Each text says "trafficking": the extractor reads
# only texts about the TIP report.
POSITIVES += [
    (
        "list-after-tier-needs-its-introducer",
        "Tier 2 Watch List countries in the region this year include Malaysia and Brunei."
        " Trafficking groups took note.",
        "2019-08",
        {("MYS", 2019, WL), ("BRN", 2019, WL)},
    ),
    (
        "copula-list-after-tier",
        "Other nations moved to the lowest ranking were Belize and Chad."
        " Trafficking groups took note.",
        "2016-08",
        {("BLZ", 2016, T3), ("TCD", 2016, T3)},
    ),
    (
        "carried-subject-beside-a-country-in-a-phrase",
        "Rights groups praised progress in Cambodia as the country was placed on the Tier 2 "
        "Watch List for a third straight year. Trafficking groups took note.",
        "2015-08",
        {("KHM", 2015, WL), ("KHM", 2014, WL), ("KHM", 2013, WL)},
    ),
    (
        "absolute-with-clause-list-keeping",
        "The ranking held no surprises, with Burma and North Korea keeping their Tier 3 places."
        " Trafficking groups took note.",
        "2010-07",
        {("MMR", 2010, T3), ("MMR", 2009, T3), ("PRK", 2010, T3), ("PRK", 2009, T3)},
    ),
    (
        "list-that-already-counts",
        "Vietnam was added to a trafficking blacklist that already counts North Korea."
        " Trafficking groups took note.",
        "2022-08",
        {("VNM", 2022, T3), ("PRK", 2022, T3)},
    ),
    (
        "fronted-tier-joins-a-list",
        "On the watch list, Burma joins Laos and Thailand. Trafficking groups took note.",
        "2017-08",
        {("MMR", 2017, WL), ("LAO", 2017, WL), ("THA", 2017, WL)},
    ),
    (
        "join-the-likes-of-in-a-prospect",
        "A demotion would see Malaysia join the likes of Iran and Cuba in the lowest category."
        " Trafficking groups took note.",
        "2014-05",
        {("IRN", 2013, T3), ("CUB", 2013, T3)},
    ),
    (
        "a-country-named-again-with-its-own-verb-keeps-both",
        "Laos and Burma both fell to Tier 3 in the 2016 report, but Laos last year was moved up "
        "to the watch list. Trafficking groups took note.",
        "2018-08",
        {("LAO", 2016, T3), ("MMR", 2016, T3), ("LAO", 2017, WL)},
    ),
    (
        "we-ranked-in-a-ministers-quote",
        "“Last year we were graded as Tier 2,” the Cambodian minister said."
        " Trafficking groups took note.",
        "2019-07",
        {("KHM", 2018, T2)},
    ),
    (
        "weekday-report-and-figures-in-a-which-clause",
        "Cambodia was upgraded to Tier 2 in Tuesday's trafficking report, which credited 40 "
        "convictions in 2014 compared with 12 in 2013.",
        "2015",
        {("KHM", 2015, T2)},
    ),
    (
        "apposition-after-a-comparison",
        "Laos kept its place on the watch list, one tier away from the bottom rung, Tier 3."
        " Trafficking groups took note.",
        "2016-08",
        {("LAO", 2016, WL), ("LAO", 2015, WL)},
    ),
    (
        "failed-to-regain-is-no-placement",
        "Burma dropped to Tier 3 in 2012 and has since failed to regain Tier 2."
        " Trafficking groups took note.",
        "2014-08",
        {("MMR", 2012, T3)},
    ),
    (
        "apposition-keeps-the-stay-verb",
        "Malaysia retained the top ranking among its neighbours, Tier 1, the report shows."
        " Trafficking groups took note.",
        "2020-08",
        {("MYS", 2020, T1), ("MYS", 2019, T1)},
    ),
    (
        "opening-phrase-tier-is-the-one-left",
        "Stuck for years on Tier 2, Indonesia slipped to the watch list in this year's report."
        " Trafficking groups took note.",
        "2023-08",
        {("IDN", 2023, WL), ("IDN", 2022, T2)},
    ),
    (
        "opening-phrase-years-spent-then-a-move",
        "Having spent four years on the watch list, the kingdom was finally moved up to Tier 2. "
        "Cambodia welcomed it. Trafficking groups took note.",
        "2016-08",
        {("KHM", 2016, T2)} | {("KHM", y, WL) for y in range(2012, 2016)},
    ),
    (
        "pluperfect-run-before-a-fall",
        "The country had sat on the watch list for three straight years before its fall to "
        "Tier 3 in the 2022 report. Vietnam said little. Trafficking groups took note.",
        "2022-08",
        {("VNM", 2022, T3), ("VNM", 2021, WL), ("VNM", 2020, WL), ("VNM", 2019, WL)},
    ),
    (
        "previous-two-years-pluperfect",
        "For the previous two years, Laos had been on Tier 2. It was demoted to the watch list "
        "this week. Trafficking groups took note.",
        "2019-07",
        {("LAO", 2018, T2), ("LAO", 2017, T2), ("LAO", 2019, WL)},
    ),
    (
        "past-n-years-end-before-a-change-this-year",
        "For the past three years the report kept Burma on the watch list; this year it was "
        "demoted to Tier 3. Trafficking groups took note.",
        "2016-07",
        {("MMR", 2016, T3), ("MMR", 2015, WL), ("MMR", 2014, WL), ("MMR", 2013, WL)},
    ),
    (
        "n-years-up-to-now-when-nothing-changed",
        "Laos has been on Tier 2 for three years. Trafficking groups took note.",
        "2012-08",
        {("LAO", 2012, T2), ("LAO", 2011, T2), ("LAO", 2010, T2)},
    ),
    (
        "a-numbered-group-points-back-at-a-list",
        "The State Department faulted Laos, Burma and Eritrea for a lack of effort. The three "
        "were among 20 countries ranked in the lowest category. Trafficking groups took note.",
        "2009-06",
        {("LAO", 2009, T3), ("MMR", 2009, T3), ("ERI", 2009, T3)},
    ),
    (
        "this-category-points-back-at-the-tier",
        "A watch list was created for Tier 2 countries showing warning signs. Vietnam and Fiji "
        "were included in this category this year. Trafficking groups took note.",
        "2008-07",
        {("VNM", 2008, WL), ("FJI", 2008, WL)},
    ),
    (
        "same-tier-it-held-in-years",
        "The downgrade returns Malaysia to the same tier it held in 2012 and 2013, the watch list."
        " Trafficking groups took note.",
        "2014-08",
        {("MYS", 2014, WL), ("MYS", 2013, WL), ("MYS", 2012, WL)},
    ),
    (
        "two-digit-year-range",
        "Sinking to the very bottom of the rankings in 2014-15, the kingdom pledged reform. "
        "Thailand is now on Tier 2. Trafficking groups took note.",
        "2018-07",
        {("THA", 2014, T3), ("THA", 2015, T3), ("THA", 2018, T2)},
    ),
    (
        "semicolon-clause-with-its-own-year",
        "The trafficking report, released on Monday, placed Sri Lanka on Tier 2; it was on the "
        "watch list in 2010, officials said.",
        "2012-06",
        {("LKA", 2012, T2), ("LKA", 2010, WL)},
    ),
    (
        "run-before-a-move-is-not-the-new-tier",
        "Although Laos meets the criteria for Tier 2 Watch List, it has been there for four "
        "consecutive years and was therefore downgraded to Tier 3. Trafficking groups took note.",
        "2018-06-28",
        {("LAO", 2018, T3)},
    ),
    (
        "like-country-after-tier-in-a-while-clause",
        "Tier 1 nations meet the standards, while tier two governments – like Nepal – show "
        "significant efforts. Trafficking groups took note.",
        "2017-07",
        {("NPL", 2017, T2)},
    ),
    (
        "a-relative-clause-states-a-fact-inside-a-debate",
        "Officials argued over whether downgrading Laos, which was kept on the watch list, to "
        "Tier 3 would hurt ties. Trafficking groups took note.",
        "2012-07",
        {("LAO", 2012, WL), ("LAO", 2011, WL)},
    ),
    (
        "worst-offenders-with-words-between-and-a-following-clause",
        "The US placed Chad, Fiji and Haiti on its list of worst human trafficking offenders on "
        "June 30, following criticism that last year's report was politicised."
        " Trafficking groups took note.",
        "2016",
        {("TCD", 2016, T3), ("FJI", 2016, T3), ("HTI", 2016, T3)},
    ),
]

POSITIVES += [
    (
        "from-with-an-adjective-and-a-tier-bypassed",
        "The 2005 trafficking report took Burma from its comfortable Tier 2 ranking, bypassed the "
        "watch list and dropped it into Tier 3.",
        "2005-07",
        {("MMR", 2005, T3), ("MMR", 2004, T2)},
    ),
    (
        "in-company-points-back-at-the-tier-just-given",
        "The 2005 trafficking report dropped Cambodia to Tier 3. The move put the kingdom in poor "
        "company: Sudan, Cuba and 10 others.",
        "2005-07",
        {("KHM", 2005, T3), ("SDN", 2005, T3), ("CUB", 2005, T3)},
    ),
    (
        "same-rank-points-at-the-current-tier",
        "Malaysia was placed on the watch list in the 2018 trafficking report. The downgrade "
        "returns it to the same rank it held in 2015, and follows its climb to Tier 2 in 2017.",
        "2018-08",
        {("MYS", 2018, WL), ("MYS", 2015, WL), ("MYS", 2017, T2)},
    ),
]

POSITIVES += [
    (
        "at-the-bottom-is-tier-3",
        "Laos stays at the bottom this year, the trafficking report shows.",
        "2019-07",
        {("LAO", 2019, T3), ("LAO", 2018, T3)},
    ),
    (
        "middle-group-is-tier-2-and-out-of-a-tier",
        "Indonesia climbed out of Tier 3 and into the middle group in the 2003 trafficking report.",
        "2003-07",
        {("IDN", 2003, T2), ("IDN", 2002, T3)},
    ),
    (
        "a-relative-clause-after-a-list-speaks-for-the-list",
        "Fiji and Samoa, which both slipped from Tier 2, were placed on the watch list in the "
        "2011 trafficking report.",
        "2011-07",
        {("FJI", 2011, WL), ("WSM", 2011, WL), ("FJI", 2010, T2), ("WSM", 2010, T2)},
    ),
    (
        "a-tier-left-in-a-clause-of-its-own",
        "Bhutan was ranked Tier 2, while Nepal climbed out of Tier 3 after prosecutions rose."
        " Trafficking groups took note.",
        "2012-07",
        {("BTN", 2012, T2), ("NPL", 2011, T3)},
    ),
    (
        "as-recently-as-a-year",
        "As recently as 2009 Laos was on the watch list, the trafficking report noted.",
        "2015-07",
        {("LAO", 2009, WL)},
    ),
    (
        "one-year-after-a-move",
        "The trafficking report moved Burma back to Tier 3, one year after the country was "
        "upgraded to the watch list.",
        "2016-07",
        {("MMR", 2016, T3), ("MMR", 2015, WL)},
    ),
    (
        "together-with-its-neighbours",
        "Cambodia now sits on the special watch list together with its neighbours Laos and Fiji, "
        "in the trafficking report.",
        "2014-07",
        {("KHM", 2014, WL), ("LAO", 2014, WL), ("FJI", 2014, WL)},
    ),
    (
        "has-spent-the-past-years-on",
        "Kenya has spent the past three years on the trafficking watch list.",
        "2016-08",
        {("KEN", 2016, WL), ("KEN", 2015, WL), ("KEN", 2014, WL)},
    ),
    (
        "a-year-in-a-clause-with-no-comma-is-that-clauses",
        "Norway keeps the top-tier rating it first earned last year, the trafficking report says.",
        "2016-08",
        {("NOR", 2016, T1), ("NOR", 2015, T1)},
    ),
    (
        "joined-on-a-tier-by-a-list",
        "Ghana was joined on the trafficking watch list by Togo and Benin, which both slipped "
        "from Tier 2.",
        "2013-07",
        {("GHA", 2013, WL), ("TGO", 2013, WL), ("BEN", 2013, WL)}
        | {("TGO", 2012, T2), ("BEN", 2012, T2)},
    ),
    (
        "they-were-joined-by-points-back",
        "Chad, Sudan and Eritrea were among the countries ranked in Tier 3. They were joined this "
        "year by Belize and Fiji. (Trafficking report.)",
        "2012-07",
        {(c, 2012, T3) for c in ("TCD", "SDN", "ERI", "BLZ", "FJI")},
    ),
    (
        "joining-a-list-after-the-tier",
        "Malaysia was dumped into the basement of the trafficking report, joining Sudan and Cuba "
        "among 16 countries.",
        "2007-07",
        {("MYS", 2007, T3), ("SDN", 2007, T3), ("CUB", 2007, T3)},
    ),
    (
        "a-tier-in-an-after-clause-is-the-one-left",
        "Thailand was downgraded to Tier 3 after it ran out of waivers on the Tier 2 Watch List, "
        "the trafficking report said.",
        "2014-07",
        {("THA", 2014, T3), ("THA", 2013, WL)},
    ),
    (
        "upgraded-to-the-watch-list-was-tier-3",
        "Mongolia was upgraded to the Tier 2 Watch List in this year's trafficking report.",
        "2016-07",
        {("MNG", 2016, WL), ("MNG", 2015, T3)},
    ),
]

POSITIVES += [
    (
        "a-capital-as-the-subject",
        "Phnom Penh has been on the trafficking watch list for two consecutive years.",
        "2018-08",
        {("KHM", 2018, WL), ("KHM", 2017, WL)},
    ),
    (
        "a-capital-after-a-preposition-is-a-place",
        "Vientiane is also on the watch list, the trafficking report said, while a group in "
        "Bangkok welcomed it.",
        "2018-08",
        {("LAO", 2018, WL)},
    ),
    (
        "since-last-years-report",
        "Malaysia has been on the trafficking watch list since last year's report.",
        "2019-05",
        {("MYS", 2018, WL)},
    ),
    (
        "remained-there-after-a-tier-in-the-sentence",
        "The trafficking report moved Venezuela to the bottom category, while North Korea "
        "remained there.",
        "2014-07",
        {("VEN", 2014, T3), ("PRK", 2014, T3), ("PRK", 2013, T3)},
    ),
    (
        "remains-there-in-the-next-sentence-after-falling-last-year",
        "The trafficking report placed Chad on Tier 3. Sudan also remains there after falling "
        "last year.",
        "2022-08",
        {("TCD", 2022, T3), ("SDN", 2022, T3), ("SDN", 2021, T3)},
    ),
    (
        "a-year-later-and-through-a-year",
        "When the first trafficking report appeared in 2001, Laos was placed in Tier 3. A year "
        "later it had climbed to Tier 2, and it stayed there through 2004.",
        "2010-08",
        {("LAO", 2001, T3), ("LAO", 2002, T2), ("LAO", 2003, T2), ("LAO", 2004, T2)},
    ),
    (
        "had-also-used-up-its-time",
        "Malaysia had also used up its time on the trafficking watch list.",
        "2014-07",
        {("MYS", 2013, WL)},
    ),
    (
        "special-cases-in-the-plural",
        "Chad stayed on Tier 3 of the trafficking report; Libya and Yemen were listed as "
        "special cases.",
        "2023-06",
        {("TCD", 2023, T3), ("TCD", 2022, T3), ("LBY", 2023, SC), ("YEM", 2023, SC)},
    ),
    (
        "also-in-the-group-names-more-of-the-tier-before",
        "The trafficking report put Chad in Tier 3, its lowest category. Also in the group were "
        "Eritrea and Cuba.",
        "2019-06",
        {("TCD", 2019, T3), ("ERI", 2019, T3), ("CUB", 2019, T3)},
    ),
    (
        "the-downgrade-ends-years-on-a-tier-of-the-country-before-no-gloss",
        "The 2019 trafficking report moves Laos from the watch list down to Tier 3. The downgrade "
        "ends three years on the watch list (Tier 2WL).",
        "2019-06",
        {("LAO", 2019, T3), ("LAO", 2018, WL), ("LAO", 2017, WL), ("LAO", 2016, WL)},
    ),
    (
        "the-lowest-rung",
        "Eritrea and Cuba remain on the lowest rung of the trafficking report.",
        "2021-07",
        {("ERI", 2021, T3), ("ERI", 2020, T3), ("CUB", 2021, T3), ("CUB", 2020, T3)},
    ),
    (
        "editions-counted-as-years",
        "Laos had spent the previous three editions of the trafficking report on the watch list.",
        "2021-07",
        {("LAO", 2018, WL), ("LAO", 2019, WL), ("LAO", 2020, WL)},
    ),
    (
        "a-semicolon-ends-the-clause-of-a-country-before",
        "Laos has just dropped back onto it; Eritrea is still on the lowest rung of the "
        "trafficking report.",
        "2012-07",
        {("ERI", 2012, T3), ("ERI", 2011, T3)},
    ),
    (
        "is-still-there",
        "Ghana moved up to the trafficking watch list, and Togo is still there.",
        "2016-07",
        {("GHA", 2016, WL), ("GHA", 2015, T3), ("TGO", 2016, WL), ("TGO", 2015, WL)},
    ),
    (
        "moved-us-up-a-government-of-its-own-country",
        "Ghana's police worked hard for years. In the 2011 trafficking report the United States "
        "moved us up to Tier 2.",
        "2011-07",
        {("GHA", 2011, T2)},
    ),
    (
        "held-on-to-a-tier",
        "Chile held on to its Tier 1 ranking in the trafficking report, and Peru held steady at "
        "Tier 2.",
        "2024-06",
        {("CHL", 2024, T1), ("CHL", 2023, T1), ("PER", 2024, T2), ("PER", 2023, T2)},
    ),
    (
        "a-where-clause-after-the-tier-left-has-its-years",
        "Laos has been upgraded to the watch list from Tier 3, where it was ranked in the 2019 "
        "and 2020 trafficking reports.",
        "2021-07",
        {("LAO", 2021, WL), ("LAO", 2019, T3), ("LAO", 2020, T3)},
    ),
    (
        "a-where-clause-with-previous-editions",
        "Chile was promoted to Tier 1 from Tier 2, where it had been ranked in the three previous "
        "editions of the trafficking report.",
        "2024-06",
        {("CHL", 2024, T1), ("CHL", 2023, T2), ("CHL", 2022, T2), ("CHL", 2021, T2)},
    ),
]

NEGATIVES += [
    (
        "a-new-clause-ends-the-list-after-a-tier",
        "Nineteen other countries were also designated Tier 3 this year, while 12 – including "
        "regional neighbour Laos and Burma – share a separate label. Trafficking groups took note.",
        "2025-10",
    ),
    (
        "it-rates-is-the-report-and-being-defines",
        "It ranks every government's record, with Tier 1 being the best and Tier 3 the worst. "
        "Thailand hopes for better. Trafficking groups took note.",
        "2014-07",
    ),
    (
        "a-drop-to-a-tier-that-would-happen",
        "Thailand and Malaysia now face a drop to Tier 3, which would put them alongside Iran."
        " Trafficking groups took note.",
        "2014-05",
    ),
    (
        "an-otherwise-required-downgrade",
        "The plan, if carried out, would spare Cambodia an otherwise required downgrade to Tier 3."
        " Trafficking groups took note.",
        "2021-07",
    ),
    (
        "enough-to-maintain-a-tier",
        "Officials said the reforms were enough to maintain Tier 2 status. Vietnam agreed."
        " Trafficking groups took note.",
        "2016-08",
    ),
    (
        "a-numbered-group-before-its-list-points-at-nothing",
        "The three were among 20 countries ranked in the lowest category. The State Department "
        "faulted Laos, Burma and Eritrea for a lack of effort. Trafficking groups took note.",
        "2009-06",
    ),
]


# (id, text, published, expected): stays and lists the parse reads (each one missed before).
STAYS_AND_LISTS = [
    (
        "held-at-a-tier-is-a-stay",
        "Indonesia held at Tier 2 in the 2015 Trafficking in Persons report released on July 27.",
        "2015-07-28",
        {("IDN", 2015, T2), ("IDN", 2014, T2)},
    ),
    (
        "a-list-held-at-a-tier",
        "In the 2016 Trafficking in Persons report released on June 30, Singapore and Japan held "
        "at Tier 2.",
        "2016-07-01",
        {("SGP", 2016, T2), ("SGP", 2015, T2), ("JPN", 2016, T2), ("JPN", 2015, T2)},
    ),
    (
        "the-report-held-its-object-at-a-tier",
        "The 2015 Trafficking in Persons report released on July 27 held Indonesia at Tier 2.",
        "2015-07-28",
        {("IDN", 2015, T2), ("IDN", 2014, T2)},
    ),
    (
        "a-list-object-held-at-a-tier",
        "The 2018 Trafficking in Persons report released on June 28 held Cuba, Iran and Syria at "
        "the lowest ranking.",
        "2018-06-29",
        {
            ("CUB", 2018, T3),
            ("CUB", 2017, T3),
            ("IRN", 2018, T3),
            ("IRN", 2017, T3),
            ("SYR", 2018, T3),
            ("SYR", 2017, T3),
        },
    ),
    (
        "stayed-put-parsed-as-an-auxiliary",
        "In the 2018 Trafficking in Persons report released on June 28, Cambodia stayed put on "
        "the Tier 2 Watch List.",
        "2018-06-29",
        {("KHM", 2018, WL), ("KHM", 2017, WL)},
    ),
    (
        "fronted-along-with-list-before-the-subject",
        "Along with Cuba and Eritrea, Laos was placed on Tier 3 in the 2015 Trafficking in "
        "Persons report released on July 27.",
        "2015-07-28",
        {("LAO", 2015, T3), ("CUB", 2015, T3), ("ERI", 2015, T3)},
    ),
    (
        "fronted-together-with-list-before-a-list-subject",
        "Together with Iran and Syria, Chad and Sudan were dropped to the lowest level in the "
        "2015 Trafficking in Persons report released on July 27.",
        "2015-07-28",
        {("TCD", 2015, T3), ("SDN", 2015, T3), ("IRN", 2015, T3), ("SYR", 2015, T3)},
    ),
    (
        "as-are-after-the-tier-adds-co-subjects",
        "In the 2019 Trafficking in Persons report released on June 20, Laos is on Tier 3, as are "
        "Iran and Syria.",
        "2019-06-21",
        {("LAO", 2019, T3), ("IRN", 2019, T3), ("SYR", 2019, T3)},
    ),
    (
        "as-was-after-the-tier-adds-a-co-subject",
        "Nepal was dropped to the watch list in the 2016 Trafficking in Persons report released "
        "on June 30, as was Bhutan.",
        "2016-07-01",
        {("NPL", 2016, WL), ("BTN", 2016, WL)},
    ),
    (
        "the-lowest-possible-ranking-is-no-prospect",
        "In the 2019 Trafficking in Persons report released on June 20, Laos received the lowest "
        "possible ranking.",
        "2019-06-21",
        {("LAO", 2019, T3)},
    ),
    (
        "the-lowest-classification",
        "Chad was dropped to the lowest classification in the 2019 Trafficking in Persons report "
        "released on June 20.",
        "2019-06-21",
        {("TCD", 2019, T3)},
    ),
    (
        "the-worst-category-with-a-list-shares-it",
        "In the 2019 Trafficking in Persons report released on June 20, Laos was placed in the "
        "worst category with Iran and Syria.",
        "2019-06-21",
        {("LAO", 2019, T3), ("IRN", 2019, T3), ("SYR", 2019, T3)},
    ),
    (
        "on-the-watch-list-with-a-list-shares-it",
        "Cambodia was put on the watch list with Laos and Burma in the 2016 Trafficking in Persons "
        "report released on June 30.",
        "2016-07-01",
        {("KHM", 2016, WL), ("LAO", 2016, WL), ("MMR", 2016, WL)},
    ),
    (
        "an-absolute-with-clause-names-its-own-tier",
        "In the 2016 Trafficking in Persons report released on June 30, Laos was ranked Tier 3, "
        "with Thailand and Burma on Tier 2.",
        "2016-07-01",
        {("LAO", 2016, T3), ("THA", 2016, T2), ("MMR", 2016, T2)},
    ),
    (
        "the-governments-of-a-list",
        "In the 2019 Trafficking in Persons report released on June 20, the governments of Laos "
        "and Nepal were placed on Tier 3.",
        "2019-06-21",
        {("LAO", 2019, T3), ("NPL", 2019, T3)},
    ),
    (
        "a-list-of-possessives-both-possess",
        "In the 2019 Trafficking in Persons report released on June 20, Laos's and Nepal's "
        "rankings fell to Tier 3.",
        "2019-06-21",
        {("LAO", 2019, T3), ("NPL", 2019, T3)},
    ),
    (
        "them-in-the-next-sentence-is-the-list-and-shares-the-category",
        "The 2016 Trafficking in Persons report released on June 30 downgraded Peru, Ghana and "
        "Oman to the lowest level. That puts them in the same category as Sudan and Cuba.",
        "2016-07-01",
        {
            ("PER", 2016, T3),
            ("GHA", 2016, T3),
            ("OMN", 2016, T3),
            ("SDN", 2016, T3),
            ("CUB", 2016, T3),
        },
    ),
    (
        "hung-on-to-a-tier-is-a-stay",
        "In the 2019 Trafficking in Persons report released on June 20, the Philippines hung on "
        "to its Tier 1 ranking.",
        "2019-06-21",
        {("PHL", 2019, T1), ("PHL", 2018, T1)},
    ),
]


@pytest.mark.parametrize(
    "text, published, expected",
    [pytest.param(t, p, e, id=i) for i, t, p, e in [*POSITIVES, *STAYS_AND_LISTS]]
    + [pytest.param(t, p, set(), id=i) for i, t, p in NEGATIVES],
)
def test_placements(text: str, published: str | None, expected: set) -> None:
    assert _found(text, published) == expected


# The readings whose year rests on the report current at the document's date.
_ON_THE_DATE = {
    "document-date",
    "remains",
    "consecutive",
    "upgraded-from",
    "downgraded-from",
    "moved-from",
    "had-been",
    "since",
}


@pytest.mark.parametrize("text, published", [pytest.param(t, p, id=i) for i, t, p, _ in POSITIVES])
def test_evidence_is_the_sentence_at_its_offsets(text: str, published: str | None) -> None:
    records = _placements(text, published)
    assert records
    # Inferred: no date at all, or a date that leaves the release unsettled (then only readings
    # resting on the date are marked).
    assumed = DocumentContext.of(_document(text, published)).reference.is_release_assumed
    for r in records:
        assert text[r.start : r.end] == r.evidence
        if r.basis != "shared":  # a shared reading takes the year of the one it shares
            assert r.date_inferred is (published is None or (assumed and r.basis in _ON_THE_DATE))


def test_one_record_per_country_year_tier_sentence() -> None:
    text = "Thailand remained on Tier 3, the lowest ranking, in the 2015 trafficking report."
    records = _placements(text, "2015-08")
    keys = [(r.iso3, r.year, r.tier, r.start) for r in records]
    assert len(keys) == len(set(keys)) == 2


@pytest.mark.parametrize(
    "text, published, basis",
    [
        ("Cambodia is on Tier 3 in the 2022 trafficking report.", "2022-08", {"explicit"}),
        (
            "Cambodia is on Tier 3 in the trafficking report released today.",
            "2022-07",
            {"document-date"},
        ),
        (
            "Cambodia has been on the watch list since 2013 in the trafficking report.",
            "2014-08",
            {"since"},
        ),
        (
            "Cambodia remains on the watch list in the trafficking report.",
            "2014-08",
            {"document-date", "remains"},
        ),
        (
            "Cambodia was upgraded from the watch list to Tier 2 in the trafficking report.",
            "2016-08",
            {"document-date", "upgraded-from"},
        ),
        (
            "Thailand was downgraded from Tier 2 to the watch list in the trafficking report.",
            "2021-08",
            {"document-date", "downgraded-from"},
        ),
        (
            "Cambodia is on Tier 3 of the trafficking report for a second consecutive year.",
            "2023-08",
            {"document-date", "consecutive"},
        ),
    ],
    ids=[
        "explicit",
        "document-date",
        "since",
        "remains",
        "upgraded-from",
        "downgraded-from",
        "consecutive",
    ],
)
def test_basis_names_the_reading(text: str, published: str, basis: set[str]) -> None:
    assert {r.basis for r in _placements(text, published)} == basis


def test_country_is_the_reports_name() -> None:
    records = _placements("Myanmar was put on Tier 3 in the 2016 trafficking report.", "2016-07")
    assert [(r.country, r.iso3) for r in records] == [("Burma", "MMR")]


def test_every_tier_alias_is_used_by_a_test_text() -> None:
    texts = [t for _, t, _, _ in POSITIVES] + [t for _, t, _ in NEGATIVES]
    unused = [
        label
        for label, pattern, _ in TIER_ALIASES
        if not any(re.search(pattern, t, re.IGNORECASE) for t in texts)
    ]
    assert unused == []


def test_every_alias_that_yields_a_placement_yields_its_tier() -> None:
    # Each alias has at least one positive row whose placements include the alias's tier.
    missing = []
    for label, pattern, tier in TIER_ALIASES:
        rows = [e for _, t, _, e in POSITIVES if re.search(pattern, t, re.IGNORECASE)]
        if not any(tier in {x[2] for x in e} for e in rows):
            missing.append(label)
    assert missing == []


@pytest.mark.xfail(strict=True, reason="pluperfect before a named report: years not shifted")
def test_known_gap_had_been_before_named_report() -> None:
    text = (
        "Cambodia had been Tier 2 for years before the 2013 trafficking report moved it to the "
        "Watch List."
    )
    assert _found(text, "2013-08") == {("KHM", 2013, WL), ("KHM", 2012, T2)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cambodia fell to Tier 3 in 2022 and remained there in 2023, the trafficking report "
            "says.",
            {("KHM", 2022, T3), ("KHM", 2023, T3)},
        ),
        (
            "Under the trafficking rankings Thailand went onto the watch list in 2014 and stayed "
            "on that list in 2015 and 2016.",
            {("THA", 2014, WL), ("THA", 2015, WL), ("THA", 2016, WL)},
        ),
        (
            "Cambodia fell to Tier 3 in 2022 and remained there until its courts acted, the "
            "trafficking report says.",
            {("KHM", 2022, T3)},
        ),
    ],
    ids=["remained-there-in-year", "stayed-on-that-list-years", "remained-there-no-year"],
)
def test_a_stay_there_gives_its_years_the_same_tier(text, expected) -> None:
    assert _found(text, "2024-08") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The 2012 trafficking report was harsh on the region. Cambodia was on Tier 2 in it, "
            "and Burma on the watch list.",
            {("KHM", 2012, T2), ("MMR", 2012, WL)},
        ),
        (
            "Nobody liked the ninth annual TIP report. Laos was put on Tier 3 in that report.",
            {("LAO", 2009, T3)},
        ),
        (
            "The 2012 trafficking report was harsh. Cambodia was on Tier 2 in 2014.",
            {("KHM", 2014, T2)},  # a year of its own wins
        ),
    ],
    ids=["in-it", "in-that-report-ordinal", "own-year"],
)
def test_a_report_named_in_the_sentence_before_dates_in_it(text, expected) -> None:
    assert _found(text, "2020-08") == expected


def test_in_it_after_two_reports_named_takes_neither() -> None:
    text = "The 2012 and 2013 trafficking reports were harsh. Cambodia was on Tier 2 in it."
    assert not {year for _, year, _ in _found(text, "2020-08")} & {2012, 2013}


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("Tier 23IWatchListblack Cambodia Burma since 2013 remains from to,.;'’\n")
        ),
        max_size=300,
    ),
    st.sampled_from([None, "2015-05", "2015-07", "2016-06"]),
)
def test_never_crashes_and_offsets_hold(text: str, published: str | None) -> None:
    for r in _placements(text + " trafficking", published):
        assert (text + " trafficking")[r.start : r.end] == r.evidence


def test_every_alias_match_passes_the_cheap_gates() -> None:
    # The sentence gate (TRIGGER_WORDS, computed from the aliases) must let every alias through:
    # an alias whose trigger word were missed would silently never match.
    texts = [t for _, t, _, _ in POSITIVES] + [t for _, t, _ in NEGATIVES]
    blocked = []
    for label, pattern, _ in TIER_ALIASES:
        for text in texts:
            for m in re.finditer(pattern, text, re.IGNORECASE):
                low = m.group().lower()
                if not any(w in low for w in TRIGGER_WORDS):
                    blocked.append((label, m.group()))
    assert blocked == []


@pytest.mark.parametrize(
    "published, inferred",
    [("2018-06", True), ("2018", True), ("2018-08", False), ("2018-06-29", True)],
    ids=["june-no-cue", "year-only-no-cue", "after-the-window", "june-unsourced-day"],
)
def test_a_release_not_settled_by_date_or_text_is_read_and_marked(published, inferred) -> None:
    # Never dropped silently: the report of the document's year is taken as out, and the reading
    # that rests on it says so (date_inferred); a year the text writes needs no such mark.
    found = _placements("Laos is on Tier 3 of the trafficking report.", published)
    assert [(p.iso3, p.year, p.tier, p.date_inferred) for p in found] == [
        ("LAO", 2018, T3, inferred)
    ]
    stated = _placements("Laos is on Tier 3 in the 2018 trafficking report.", published)
    assert [p.date_inferred for p in stated] == [False]
