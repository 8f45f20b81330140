"""The page's title and description for one view: what a browser tab, a bookmark and a shared
link's preview name.

Streamlit sets only the document's title (st.set_page_config, callable again once the view is
known) and the About text of its menu; it has no way to write <meta name="description"> or Open
Graph tags into the HTML a link-preview robot reads (robots do not run the page's script), so a
host adds those (README, "Link previews").
"""

from __future__ import annotations

SITE = "Tier Watch"


def _span(years: tuple[int, int]) -> str:
    return f"{years[0]}–{years[1]}" if years[0] != years[1] else str(years[0])


def page_title(country: str, years: tuple[int, int], tab: str = "") -> str:
    """'Cambodia, 2013–2015: TIP report tiers · Tier Watch' (the tab's name after the years)."""
    what = f"{tab} · " if tab else ""
    return f"{country}, {_span(years)}: TIP report tiers · {what}{SITE}"


def page_description(country: str, years: tuple[int, int]) -> str:
    """One sentence saying what the view shows, with its sources."""
    return (
        f"{country}'s tier in the US Trafficking in Persons reports, {_span(years)}, beside what "
        "documents claim and what NGOs and officials said, every row sourced."
    )


__all__ = ["SITE", "page_description", "page_title"]
