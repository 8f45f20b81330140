"""The credit every published thing carries: where the data comes from, its version and date.

One wording for the downloads, the chart exports and the embed, as Our World in Data's Grapher
puts one source line under every chart it lets out.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stamp:
    """What a published file says about its data: version, build day, sources, the view's URL."""

    version: str
    built: str
    n_documents: int
    view_url: str = ""


def source_line(n_documents: int) -> str:
    """'Source: Tier Watch, official record + N documents' (one document: singular)."""
    noun = "document" if n_documents == 1 else "documents"
    return f"Source: Tier Watch, official record + {n_documents} {noun}"


def data_line(stamp: Stamp) -> str:
    """'Data version V of YYYY-MM-DD' (the date left out when the build has none)."""
    return f"Data version {stamp.version}" + (f" of {stamp.built}" if stamp.built else "")


__all__ = ["Stamp", "data_line", "source_line"]
