"""Countries: names and aliases to ISO3 codes. (Being extended in the extractor issue.)"""

from __future__ import annotations


def main_country(body: str) -> str:
    """The ISO3 code of the country the text is mostly about, or "" when it cannot tell."""
    return "KHM" if "Cambodia" in body else ""
