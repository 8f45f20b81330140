"""Placements in tables: a country's tier by year, as a page lays them out in rows and columns.

Two layouts are read (Markdown tables, as pages converted to text give them):
- rows of a year and a tier ("| 2006 | Tier 2 Watch List |"): the country is one named in the row,
  else the one the text names last before the table ("Cambodia's ranking, by report year:");
- a header of years and rows of a country and its tiers ("| Country | 2014 | 2015 |").
A cell is a year when it is one ("2006", "2006 report"), a tier when a tier's name fills it.
Not read: tables with no year anywhere (which report they give is not said).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from loaders.extract.mentions import find_mentions
from loaders.extract.sentences import Span
from loaders.gazetteer import CountryIndex, find_countries, iso3_of
from loaders.schema import Tier

_ROW = re.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$", re.MULTILINE)
_RULE = re.compile(r"^[\s|:-]+$")
_YEAR_CELL = re.compile(
    r"\s*(?P<year>(?:19|20)\d\d)(?:\s+(?:report|tip\s+report|edition))?\s*", re.IGNORECASE
)
_BEFORE_TABLE = 300  # characters before a table where its country is named


@dataclass(frozen=True)
class TableCell:
    """One placement a table gives: the row it stands in, a country, a year and a tier."""

    row: Span
    iso3: str
    year: int
    tier: Tier


def _tier_of(low: str, start: int, end: int) -> Tier | None:
    """The tier a cell names, when its name fills the cell."""
    cell = Span(start, end, low[start:end])
    found = find_mentions(low, cell, [(start, end)])
    if len(found) != 1:
        return None
    rest = (low[start : found[0].start] + low[found[0].end : end]).strip(" *_\"'“”")
    return found[0].tier if not rest else None


def _cells(text: str, m: re.Match[str]) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, trimmed."""
    out = []
    at = m.start("cells")
    for piece in m.group("cells").split("|"):
        lead = len(piece) - len(piece.lstrip())
        out.append((at + lead, at + len(piece.rstrip())))
        at += len(piece) + 1
    return out


def table_cells(text: str, low: str, countries: CountryIndex) -> Iterator[TableCell]:
    """Every placement the document's tables give."""
    if "|" not in text:
        return
    header_years: dict[int, int] = {}  # column -> year, from the last header of years
    last_row_end = -2
    for m in _ROW.finditer(text):
        if m.start() > last_row_end + 1:
            header_years = {}  # a new table
        last_row_end = m.end()
        if _RULE.match(m.group("cells")):
            continue
        cells = _cells(text, m)
        row = Span(m.start(), m.end(), text[m.start() : m.end()])
        years = {
            i: int(y["year"])
            for i, (a, b) in enumerate(cells)
            if (y := _YEAR_CELL.fullmatch(text, a, b))
        }
        tiers = {i: t for i, (a, b) in enumerate(cells) if a < b and (t := _tier_of(low, a, b))}
        named = [
            iso3_of(text[a:b].strip(" *_")) for a, b in cells if iso3_of(text[a:b].strip(" *_"))
        ]
        if len(years) > 1 and not tiers:
            header_years = years  # "| Country | 2014 | 2015 |"
            continue
        if years and tiers:  # "| 2006 | Tier 2 Watch List |"
            iso3 = named[0] if named else _country_before(text, m.start(), countries)
            if iso3:
                year = next(iter(years.values()))
                for tier in tiers.values():
                    yield TableCell(row, iso3, year, tier)
        elif named and tiers and header_years:  # "| Cambodia | Tier 2 WL | Tier 2 |"
            for i, tier in tiers.items():
                if i in header_years:
                    yield TableCell(row, named[0], header_years[i], tier)


def _country_before(text: str, at: int, countries: CountryIndex) -> str:
    """The country the text names last before a table (its caption), or ""."""
    before = [c for c in countries.within(max(0, at - _BEFORE_TABLE), at) if c.names_state]
    if before:
        return before[-1].iso3
    found = list(find_countries(text, max(0, at - _BEFORE_TABLE), at))
    return found[-1].iso3 if found else ""
