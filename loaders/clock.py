"""The TVPA Watch List clock: per country-year, the Watch List streak and what the law implies next.

22 U.S.C. 7107(b)(2)(D): since the 2008 reauthorization (signed 2008-12-23), a country on the Tier 2
Watch List for two consecutive years goes to Tier 3 in the next report unless waived. How many
waivers there may be changed with the law, so the limit is a parameter keyed by period, set from
the histories in data/tiers.csv:

- reports 2009-2018: up to four Watch List years in a row (two plus two waivers): Thailand
  2010-13 then Tier 3 in 2014, Burma 2012-15 then 2016, Laos 2014-17 then 2018, Malaysia 2010-13
  then 2014.
- reports from 2019 (the 2019 reauthorization): up to three (two plus one waiver): Cambodia and
  Vietnam 2019-21 then Tier 3 in 2022, Malaysia 2018-20 then 2021. Also since then, a country moved
  to Tier 3 this way that returns to the Watch List may stay one year only. We key that rule to
  this period because the earlier histories break it (Malaysia back on the list 2015-16 after its
  2014 downgrade, Thailand 2016-17 after 2014) and the later ones keep it (Vietnam 2023, Laos 2019).

Years before the first report under the rule (2009) count for the descriptive streak but not
for the law's clock: earlier streaks get no limit note. Not handled: waivers the record does not
show (the clock infers a waiver from a third Watch List year; it cannot see a denied one).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from loaders.schema import Tier

WATCH_LIST = str(Tier.WATCH_LIST)
TIER_3 = str(Tier.TIER_3)


@dataclass(frozen=True, slots=True)
class WatchListRule:
    """The limit in force for the report years from ``since`` (until the next rule)."""

    since: int  # first report year the rule governs
    max_years: int  # Watch List years in a row allowed, waivers included
    max_years_after_downgrade: int | None  # for a country back from an automatic Tier 3


# The 2008 reauthorization was signed 2008-12-23: the 2009 report is the first it governs.
TVPA_RULES: tuple[WatchListRule, ...] = (
    WatchListRule(since=2009, max_years=4, max_years_after_downgrade=None),
    WatchListRule(since=2019, max_years=3, max_years_after_downgrade=1),
)


@dataclass(frozen=True, slots=True)
class ClockYear:
    """One report year of one country on the clock."""

    year: int
    watchlist_streak: int | None  # consecutive Watch List years up to this one; None = unknown
    tvpa_note: str
    is_automatic_downgrade: bool = False


def rule_for(year: int, rules: Sequence[WatchListRule] = TVPA_RULES) -> WatchListRule | None:
    """The rule in force for a report year, or None before the first one."""
    current = None
    for rule in sorted(rules, key=lambda r: r.since):
        if rule.since <= year:
            current = rule
    return current


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _watchlist_note(count: int, limit: int, *, returned: bool, since: str) -> str:
    """What a Watch List year means under the law, given its place in the counted run."""
    if returned and count == 1 and limit == 1:
        return "back on the Watch List after an automatic downgrade: may stay one year only"
    head = f"{_ordinal(count)} consecutive Watch List year{since}"
    if count > limit:
        return f"{head}: beyond the {limit}-year limit"
    if count == 1:
        return ""
    # Past the law's two years, being on the list again means a waiver was granted.
    waived = count > 2
    if count < limit and waived:
        return f"{head}: waiver; Tier 3 next year unless waived again"
    if count < limit:
        return f"{head}: Tier 3 next year unless waived"
    if waived:
        return f"{head}: waiver (the last allowed); Tier 3 next year"
    return f"{head}: Tier 3 next year"


def watchlist_clock(
    tiers: Mapping[int, str | None], rules: Sequence[WatchListRule] = TVPA_RULES
) -> list[ClockYear]:
    """The clock for one country: ``tiers`` maps each report year to its tier (None = unknown).

    Years are walked in order; a year missing from the mapping, or None, is unknown and stops
    both counts (an unknown year may have been on the list: the next streak is unknown too).
    """
    out: list[ClockYear] = []
    streak: int | None = 0  # descriptive: consecutive Watch List years
    counted = 0  # the law's count: Watch List years in a row since the rule began
    after_downgrade = False  # in a Tier 3 stint that began as an automatic downgrade
    returned = False  # the current Watch List run started straight after such a stint
    previous_year: int | None = None
    first_rule_year = min((r.since for r in rules), default=0)
    for year in sorted(tiers):
        tier = tiers[year]
        gap = previous_year is not None and year != previous_year + 1
        previous_year = year
        if tier is None or gap:
            if tier is None:
                streak, counted, after_downgrade, returned = None, 0, False, False
                out.append(ClockYear(year, None, ""))
                continue
            streak, counted = None, 0
        rule = rule_for(year, rules)
        if tier == WATCH_LIST:
            if counted == 0:
                returned = after_downgrade
            streak = None if streak is None else streak + 1
            counted = counted + 1 if rule else 0
            after_downgrade = False
            note = ""
            if rule and streak is not None:
                limit = rule.max_years
                if returned and rule.max_years_after_downgrade is not None:
                    limit = rule.max_years_after_downgrade
                else:
                    returned = False
                since = "" if counted == streak else f" since the {first_rule_year} report"
                note = _watchlist_note(counted, limit, returned=returned, since=since)
            out.append(ClockYear(year, streak, note))
            continue
        automatic = False
        if tier == TIER_3 and rule and counted:
            limit = rule.max_years
            if returned and rule.max_years_after_downgrade is not None:
                limit = rule.max_years_after_downgrade
            automatic = counted >= limit
        # A Tier 3 stint keeps the mark of the automatic downgrade that began it.
        after_downgrade = tier == TIER_3 and (automatic or after_downgrade)
        note = ""
        if automatic:
            run = "1 Watch List year" if counted == 1 else f"{counted} consecutive Watch List years"
            note = f"automatic downgrade after {run}"
        out.append(ClockYear(year, 0, note, automatic))
        streak, counted, returned = 0, 0, False
    return out


__all__ = ["TVPA_RULES", "ClockYear", "WatchListRule", "rule_for", "watchlist_clock"]
