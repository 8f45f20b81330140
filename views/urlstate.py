"""The view's state as it lives in the URL: raw query parameters parsed, share links written.

The dashboard binds its widgets to the query string (``bind="query-params"``); a bound widget
drops a bad value silently. This module reads the *raw* parameters first so the user is told what
was ignored, each ignored value by name: a range is one or two in-bounds whole years (one is a
one-year range, a reversed pair is put in order); a country code is matched whatever its case; a
single-value parameter given twice keeps the last; unknown options are dropped; the countries
compared with the shown one are ISO3 codes of the official record, comma-separated
(``compare=THA,VNM``), an empty value meaning none. The dashboard
shows what ``parse_view_state`` returns and writes ``view_query`` back to the URL. Pure: no
Streamlit here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlencode, urlsplit, urlunsplit

from views.text import clip, inert

# Parameter names are part of every shared link: never rename them.
COUNTRY = "country"
YEARS = "years"
YEAR = "year"  # one report year picked on the chart, inside the range
ORG = "org"
TAB = "tab"
COMPARE = "compare"  # countries drawn beside the shown one, ISO3 codes: compare=THA,VNM
PARAMS = (COUNTRY, COMPARE, YEARS, YEAR, ORG, TAB)
# Streamlit's own parameters: passed through, never reported as unknown.
STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})

TABS = ("overview", "table", "claims", "region", "about")
# What each tab is called on the page, short enough that all five fit a 375 px phone; the link keeps
# the short code (links already shared work).
TAB_LABELS = {
    "overview": "Overview",
    "table": "Table",
    "claims": "Claims",
    "region": "Region",
    "about": "About",
}
DEFAULT_COUNTRY = "KHM"
# NGOs by default, alongside officials' statements (issue: "NGOs by default alongside officials").
DEFAULT_ORG_TYPES = ("ngo", "government")
QUOTE_CHARS = 40  # how much of a bad value a warning repeats
# Countries beside the shown one on one chart: each more is one more offset line in a tier's band,
# and past three the lines of a shared tier no longer stand apart.
MAX_COMPARED = 3


@dataclass(frozen=True, slots=True)
class ViewState:
    """What the page shows: one country, an inclusive range of report years, org types, a tab,
    the one year of that range picked on the chart (None: the whole range) and the countries
    drawn beside the shown one (in the order picked)."""

    country: str
    years: tuple[int, int]
    org: tuple[str, ...]
    tab: str
    year: int | None = None
    compare: tuple[str, ...] = ()


def default_state(
    *,
    countries: Sequence[str],
    year_bounds: tuple[int, int],
    org_types: Sequence[str],
    tabs: Sequence[str] = TABS,
) -> ViewState:
    """The view a link without parameters shows: Cambodia (or the first country), all years."""
    country = DEFAULT_COUNTRY if DEFAULT_COUNTRY in countries else (list(countries) or [""])[0]
    org = tuple(o for o in DEFAULT_ORG_TYPES if o in org_types) or tuple(org_types)
    return ViewState(country=country, years=year_bounds, org=org, tab=tabs[0])


def quote_value(value: str) -> str:
    """A user-supplied value as a warning may repeat it: one line, clipped, Markdown/HTML-inert."""
    one_line = " ".join(str(value).split())
    return "“" + inert(clip(one_line, QUOTE_CHARS)) + "”"


def _single(name: str, values: list[str], warnings: list[str]) -> str:
    # A single-value widget reads the last of repeated values; say so.
    if len(values) > 1:
        warnings.append(f"'{name}' was given {len(values)} times; used the last one.")
    return values[-1]


def _year_value(raw: str, bounds: tuple[int, int]) -> tuple[int | None, str]:
    """One 'years' value as a report year, or None and why it is ignored."""
    lo, hi = bounds
    try:
        number = float(raw)
    except ValueError:
        return None, "is not a year"
    if not math.isfinite(number) or not number.is_integer():
        return None, "is not a whole year"
    if not lo <= number <= hi:
        return None, f"is outside the report years {lo}–{hi}"
    return int(number), ""


def _parse_years(
    values: list[str], bounds: tuple[int, int], warnings: list[str]
) -> tuple[int, int] | None:
    # One value is a one-year range; two are its first and last year, in either order.
    if not 1 <= len(values) <= 2:
        shown = ", ".join(quote_value(v) for v in values[:3])
        warnings.append(
            f"'years' takes one or two report years (got {len(values)}: {shown}); ignored."
        )
        return None
    years: list[int] = []
    for raw in values:
        year, why = _year_value(raw, bounds)
        if year is None:
            warnings.append(f"'years' value {quote_value(raw)} {why}; ignored.")
        else:
            years.append(year)
    if not years:
        return None
    first, last = min(years), max(years)
    if len(years) < len(values):
        warnings.append(f"'years' read as {first} alone.")
    elif years[0] > years[-1]:
        warnings.append(f"'years' were given last year first; read as {first}–{last}.")
    return first, last


def _parse_year(values: list[str], years: tuple[int, int], warnings: list[str]) -> int | None:
    raw = _single(YEAR, values, warnings)
    year, why = _year_value(raw, years)
    if year is None:
        why = why.replace("the report years", "the years shown")
        warnings.append(f"'year' value {quote_value(raw)} {why}; ignored.")
    return year


def _parse_org(values: list[str], org_types: Sequence[str], warnings: list[str]) -> tuple[str, ...]:
    known = [v for v in dict.fromkeys(values) if v in org_types]
    unknown = [v for v in dict.fromkeys(values) if v not in org_types]
    if unknown:
        shown = ", ".join(quote_value(v) for v in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        warnings.append(
            f"unknown organisation type {shown}{more} ignored (known: {', '.join(org_types)})."
        )
    return tuple(o for o in org_types if o in known)


def _parse_compare(
    values: list[str], comparable: Sequence[str], shown: str, warnings: list[str]
) -> tuple[str, ...]:
    # One comma-separated value (what the page writes) or the parameter repeated; any case.
    codes = [c.strip() for v in values for c in v.split(",") if c.strip()]
    by_code = {c.casefold(): c for c in comparable}
    known = dict.fromkeys(by_code[c.casefold()] for c in codes if c.casefold() in by_code)
    unknown = [c for c in dict.fromkeys(codes) if c.casefold() not in by_code]
    if unknown:
        shown_codes = ", ".join(quote_value(c) for c in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        warnings.append(
            f"'compare' country {shown_codes}{more} not in the official record; ignored "
            "(use ISO3 codes such as THA)."
        )
    if shown in known:
        warnings.append(f"'compare' named {shown}, the country shown; not drawn twice.")
        known.pop(shown)
    picked = tuple(known)
    if len(picked) > MAX_COMPARED:
        dropped = ", ".join(picked[MAX_COMPARED:])
        warnings.append(f"'compare' takes at most {MAX_COMPARED} countries; ignored {dropped}.")
    return picked[:MAX_COMPARED]


def parse_view_state(
    raw_params: Mapping[str, Sequence[str]],
    *,
    countries: Sequence[str],
    year_bounds: tuple[int, int],
    org_types: Sequence[str],
    tabs: Sequence[str] = TABS,
    comparable: Sequence[str] | None = None,
) -> tuple[ViewState, list[str]]:
    """Query parameters (each name -> all its values) to a valid ViewState and warnings.

    ``comparable``: the countries that may be compared, those of the official record (None:
    ``countries``). Never raises: every bad value is replaced by the default and named in one
    warning.
    """
    state = default_state(
        countries=countries, year_bounds=year_bounds, org_types=org_types, tabs=tabs
    )
    warnings: list[str] = []
    params = {str(k): [str(v) for v in vs] for k, vs in raw_params.items() if len(vs)}
    for name in sorted(set(params) - set(PARAMS) - STREAMLIT_PARAMS):
        warnings.append(f"unknown parameter {quote_value(name)} ignored.")
    if COUNTRY in params:
        value = _single(COUNTRY, params[COUNTRY], warnings)
        # Codes are matched whatever their case: a hand-typed `country=khm` means KHM.
        by_code = {c.casefold(): c for c in countries}
        if value.strip().casefold() in by_code:
            state = replace(state, country=by_code[value.strip().casefold()])
        else:
            warnings.append(
                f"unknown country {quote_value(value)} ignored; showing {state.country} "
                "(use an ISO3 code such as KHM)."
            )
    if COMPARE in params:
        comparable = countries if comparable is None else comparable
        compare = _parse_compare(params[COMPARE], comparable, state.country, warnings)
        state = replace(state, compare=compare)
    if YEARS in params:
        years = _parse_years(params[YEARS], year_bounds, warnings)
        if years is not None:
            state = replace(state, years=years)
    if YEAR in params:
        state = replace(state, year=_parse_year(params[YEAR], state.years, warnings))
    # An empty org (`org=`, what a cleared form writes) means the default types, not none.
    org_values = [v for v in params.get(ORG, []) if v.strip()]
    if org_values:
        org = _parse_org(org_values, org_types, warnings)
        if org:
            state = replace(state, org=org)
        else:
            warnings.append("no known organisation type left; showing the default ones.")
    if TAB in params:
        value = _single(TAB, params[TAB], warnings)
        if value in tabs:
            state = replace(state, tab=value)
        else:
            warnings.append(f"unknown tab {quote_value(value)} ignored (tabs: {', '.join(tabs)}).")
    return state, warnings


def tab_code(label_or_code: str | None, default: str = TABS[0]) -> str:
    """The link's code of a tab, from its page label or its code (``default`` for anything else)."""
    by_label = {label: code for code, label in TAB_LABELS.items()}
    if label_or_code in TAB_LABELS:
        return str(label_or_code)
    return by_label.get(str(label_or_code), default)


def view_query(state: ViewState, default: ViewState) -> list[tuple[str, str]]:
    """The query parameters of a view, defaults left out (the same shape the widgets write)."""
    pairs: list[tuple[str, str]] = []
    if state.country != default.country:
        pairs.append((COUNTRY, state.country))
    if state.compare:
        pairs.append((COMPARE, ",".join(state.compare)))
    if state.years != default.years:
        first, last = state.years
        pairs += [(YEARS, str(first))] + ([(YEARS, str(last))] if last != first else [])
    if state.year is not None:
        pairs.append((YEAR, str(state.year)))
    if set(state.org) != set(default.org):
        pairs += [(ORG, o) for o in state.org]
    if state.tab != default.tab:
        pairs.append((TAB, state.tab))
    return pairs


def share_url(base_url: str, state: ViewState, default: ViewState, *, embed: bool = False) -> str:
    """The full link of a view on the host the page came from (query and fragment replaced)."""
    parts = urlsplit(base_url or "")
    pairs = view_query(state, default) + ([("embed", "true")] if embed else [])
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(pairs), ""))


# The iframe's height (px): on a narrow page (under 640 px, where the columns stack) the embed's
# header, chart and timeline end near 830 px and the first statement card under 1,640 px
# (tests/test_browser.py at 600 px); 1,540 px cut that card once the chart grew to 540 px high,
# and 800 px cut the timeline. A wide page shows the timeline by 810 px and more statements.
EMBED_HEIGHT = 1640


def embed_snippet(base_url: str, state: ViewState, default: ViewState) -> str:
    """An HTML iframe snippet that embeds the current view (Streamlit's ``?embed=true``)."""
    src = share_url(base_url, state, default, embed=True).replace("&", "&amp;").replace('"', "%22")
    return (
        f'<iframe src="{src}" title="Tier Watch" width="100%" height="{EMBED_HEIGHT}" '
        'style="border:0"></iframe>'
    )
